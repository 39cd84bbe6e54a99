using Sitrep.Output;

namespace Sitrep.Reports;

/// <summary>
/// A situation report for a period: what was reported, where, by whom, what parties claimed, and what changed
/// since the period before. Everything is counted from the store's fused events (asserted ones only) and the
/// claims of the period's articles; renderers only format it.
/// </summary>
public sealed record SituationReport
{
    public required ReportPeriod Period { get; init; }

    public required Headline Headline { get; init; }

    public required Headline PreviousHeadline { get; init; }

    public IReadOnlyList<RegionRow> Regions { get; init; } = [];

    public IReadOnlyList<TypeRow> Types { get; init; } = [];

    /// <summary>Interactions coded in PLOVER only (statements, accusations, support): not ACLED events, not in the totals.</summary>
    public IReadOnlyList<InteractionRow> Interactions { get; init; } = [];

    /// <summary>The most significant events, most fatalities and most sources first.</summary>
    public IReadOnlyList<ReportEvent> SignificantEvents { get; init; } = [];

    public IReadOnlyList<StatusRow> ClaimStatuses { get; init; } = [];

    /// <summary>
    /// The key claims: most outlets, claimants and stances first; then attributed before anonymous, contested or
    /// confirmed before bare, with figures before without, and the newest first.
    /// </summary>
    public IReadOnlyList<ReportClaim> KeyClaims { get; init; } = [];

    public required PeriodChanges Changes { get; init; }

    public required DataQuality Quality { get; init; }

    public bool IsEmpty => Headline.Events == 0 && Headline.Claims == 0 && Interactions.Count == 0;
}

/// <summary>The period's totals. Fatalities are the sum of each event's lowest reported figure; the high end sums the highest.</summary>
public sealed record Headline(int Events, int Fatalities, int FatalitiesHigh, int Outlets, int Articles, int Claims);

public sealed record RegionRow(string? Country, string? Admin1, int Events, int Fatalities, int FatalitiesHigh);

public sealed record TypeRow(string? EventType, string? SubEventType, int Events, int Fatalities, int FatalitiesHigh);

public sealed record StatusRow(string Status, int Claims);

/// <summary>Reported interactions of one PLOVER event type, with the actors who most often initiated them.</summary>
public sealed record InteractionRow(string PloverEvent, int Events, IReadOnlyList<string> TopActors);

/// <summary>One source's figure for an event, named by outlet so a reader sees who reported what.</summary>
public sealed record ReportedFigure(string Field, int Value, ReportSource Source);

/// <summary>A fused event with its sources resolved to outlets, titles and dates.</summary>
public sealed record ReportEvent(FusedEventRecord Fused, IReadOnlyList<ReportSource> Sources, IReadOnlyList<ReportedFigure> Figures)
{
    public EventRecord Event => Fused.Event;
}

/// <summary>A row of a before/after comparison; the name is a label (an event type, or "Admin1, Country").</summary>
public sealed record ChangeRow(string Name, int EventsBefore, int EventsNow, int FatalitiesBefore, int FatalitiesNow)
{
    public int EventsChange => EventsNow - EventsBefore;

    public int FatalitiesChange => FatalitiesNow - FatalitiesBefore;
}

/// <summary>An actor seen in this period but not in the previous one, with its number of events now.</summary>
public sealed record NewActor(string Name, int Events);

/// <summary>What changed since the previous period of equal length.</summary>
public sealed record PeriodChanges(
    ReportPeriod Previous,
    IReadOnlyList<ChangeRow> ByType,
    IReadOnlyList<ChangeRow> ByRegion,
    IReadOnlyList<RegionRow> NewAdmin1s,
    IReadOnlyList<NewActor> NewActors);

/// <summary>How far the period's figures can be trusted: location, date and source coverage of its events.</summary>
public sealed record DataQuality(
    int Events,
    int Unlocated,
    int ImpreciseDates,
    int ImprecisePlaces,
    int SingleSource,
    int NotAsserted,
    int UnattributedClaims)
{
    /// <summary>The share of events reported by one article only, 0 when there are none.</summary>
    public double SingleSourceShare => Events == 0 ? 0 : (double)SingleSource / Events;
}
