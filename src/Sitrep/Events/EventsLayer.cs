using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Lexicon;
using Sitrep.Places;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>A figure found in the text (a troop number, a size) with the words it came from.</summary>
public sealed record EventQuantity(double Value, string? Unit, bool Approximate, TextSpan Span);

/// <summary>
/// One event of an article, coded ACLED/PLOVER/CAMEO style. ACLED fields are null for events ACLED does not code;
/// every unresolved argument is null and explained in <see cref="Warnings"/>. <see cref="Evidence"/> holds the
/// sentences that report it, the first the one it was detected in.
/// </summary>
public sealed record EventAnnotation
{
    public required string Id { get; init; }

    public AcledSubEventType? Acled { get; init; }

    public string? PloverEvent { get; init; }

    public string? PloverMode { get; init; }

    public string? CameoCode { get; init; }

    /// <summary>The verb-dictionary pattern that gave <see cref="CameoCode"/> ("file:line: - pattern"), or null (the lexicon's).</summary>
    public string? CameoPattern { get; init; }

    public Actor? Actor1 { get; init; }

    public ImmutableArray<Actor> AssocActor1 { get; init; } = [];

    public Actor? Actor2 { get; init; }

    public ImmutableArray<Actor> AssocActor2 { get; init; } = [];

    public bool CivilianTargeting { get; init; }

    public PlaceMention? Place { get; init; }

    public TimeValue? Date { get; init; }

    public int? Fatalities { get; init; }

    public int? Injuries { get; init; }

    public ImmutableArray<EventQuantity> Quantities { get; init; } = [];

    public EventModality Modality { get; init; } = EventModality.Asserted;

    /// <summary>How central the trigger is in its sentence: 0 a main-clause verb, 1 a subordinate verb, 2 a noun.</summary>
    public int Prominence { get; init; }

    /// <summary>The trigger words of the first detection.</summary>
    public required TextSpan Trigger { get; init; }

    public ImmutableArray<TextSpan> Evidence { get; init; } = [];

    public string? Notes { get; init; }

    public ImmutableArray<string> Warnings { get; init; } = [];
}

public enum EventModality
{
    Asserted,
    Negated,
    Hypothetical,
    Future,
    Historical,
}

public static class EventModalityNames
{
    public static string Name(this EventModality modality) => modality switch
    {
        EventModality.Negated => "negated",
        EventModality.Hypothetical => "hypothetical",
        EventModality.Future => "future",
        EventModality.Historical => "historical",
        _ => "asserted",
    };
}

/// <summary>The events layer: one annotation per incident, the article's main event first.</summary>
public sealed record EventsLayer(ImmutableArray<EventAnnotation> Events);
