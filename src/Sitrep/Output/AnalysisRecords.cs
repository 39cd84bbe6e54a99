using System.Text.Json.Serialization;

namespace Sitrep.Output;

// The contract's output shapes (../shared/CONTRACT.md). Field names become snake_case in JSON.
// Optional fields are null, never guessed; lists are empty until a stage fills them.

public sealed record SpanRecord(int Start, int End, string? Text = null);

public sealed record EntityRecord(string Id, string Type, string Text, string? Canonical, IReadOnlyList<SpanRecord> Mentions)
{
    public string? Title { get; init; }

    public string? Affiliation { get; init; }

    public string? CountryIso3 { get; init; }
}

public sealed record ActorRecord(string? Name, string? CountryIso3, string? Sector, string? Inter, string? Text);

public sealed record QuantityRecord(double Value, string? Unit, bool Approximate, string Text);

public sealed record EventRecord
{
    public required string Id { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    public string? DisorderType { get; init; }

    public string? PloverEvent { get; init; }

    public string? PloverMode { get; init; }

    public string? CameoCode { get; init; }

    public ActorRecord? Actor1 { get; init; }

    // The contract and ACLED spell these with an underscore before the digit; the snake-case policy alone gives "assoc_actor1".
    [JsonPropertyName("assoc_actor_1")]
    public IReadOnlyList<ActorRecord> AssocActor1 { get; init; } = [];

    public ActorRecord? Actor2 { get; init; }

    [JsonPropertyName("assoc_actor_2")]
    public IReadOnlyList<ActorRecord> AssocActor2 { get; init; } = [];

    public string? Interaction { get; init; }

    public bool CivilianTargeting { get; init; }

    public string? Country { get; init; }

    public string? Iso3 { get; init; }

    public string? Admin1 { get; init; }

    public string? Admin2 { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public long? Geonameid { get; init; }

    public int? GeoPrecision { get; init; }

    /// <summary>
    /// Null when latitude and longitude are the location's own point. For a settlement the gazetteer lacks, whose
    /// name the location keeps, the kind of known place whose point it borrows: <see cref="CoordinatesFromTown"/>
    /// (the town the text tells it from or puts it in) or <see cref="CoordinatesFromDivision"/> (the district or
    /// first-level division the text puts it in). An extension of the contract's event (snake_case "coordinates_from").
    /// </summary>
    public string? CoordinatesFrom { get; init; }

    public const string CoordinatesFromTown = "town";

    public const string CoordinatesFromDivision = "division";

    public DateOnly? EventDate { get; init; }

    public DateOnly? DateStart { get; init; }

    public DateOnly? DateEnd { get; init; }

    public int? TimePrecision { get; init; }

    public int? Fatalities { get; init; }

    public int? FatalitiesLow { get; init; }

    public int? FatalitiesHigh { get; init; }

    public int? Injuries { get; init; }

    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    public string Modality { get; init; } = "asserted";

    public IReadOnlyList<string> ClaimIds { get; init; } = [];

    public string? Notes { get; init; }

    public IReadOnlyList<SpanRecord> Evidence { get; init; } = [];
}

public sealed record ClaimantRecord(string? Name, string? Title, string? Affiliation, string? CountryIso3, string? Sector, bool Anonymous, string? Text);

public sealed record CertaintyRecord(string Phrase, string? Likelihood, double? Probability);

public sealed record StanceRecord(ClaimantRecord? By, string Stance, SpanRecord Evidence);

public sealed record ClaimRecord
{
    public required string Id { get; init; }

    public ClaimantRecord? Claimant { get; init; }

    public string? Channel { get; init; }

    public string? Cue { get; init; }

    public required string Kind { get; init; }

    public required SpanRecord Content { get; init; }

    public CertaintyRecord? Certainty { get; init; }

    public string Status { get; init; } = "claimed";

    public IReadOnlyList<StanceRecord> Stances { get; init; } = [];

    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    /// <summary>Admiralty source reliability A-F (F: cannot be judged), from the configurable grades file.</summary>
    public string? Reliability { get; init; }

    /// <summary>Admiralty information credibility 1-6, from corroboration and stances.</summary>
    public int? Credibility { get; init; }

    /// <summary>The two together, e.g. "B2".</summary>
    public string? Grade { get; init; }

    public IReadOnlyList<string> EventIds { get; init; } = [];

    public IReadOnlyList<SpanRecord> Evidence { get; init; } = [];
}

/// <summary>One analysed article, as <c>sitrep analyze</c> prints it.</summary>
public sealed record ArticleAnalysis
{
    public required string Id { get; init; }

    public DateOnly? Published { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<ClaimRecord> Claims { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleAnalysis))]
[JsonSerializable(typeof(List<ArticleAnalysis>))]
[JsonSerializable(typeof(EventRecord))]
[JsonSerializable(typeof(ClaimRecord))]
[JsonSerializable(typeof(EntityRecord))]
[JsonSerializable(typeof(FusedEventRecord))]
public sealed partial class SitrepJson : JsonSerializerContext;

/// <summary>One article's report of a fused event.</summary>
public sealed record FusedSourceRecord(string ArticleId, string? Source, string? Url, DateOnly? Published, string EventId, IReadOnlyList<SpanRecord> Evidence);

/// <summary>A figure one source reported (fatalities, injuries), kept side by side with the others, never averaged.</summary>
public sealed record ReportedFigureRecord(string Field, int Value, string ArticleId, string? ClaimId);

/// <summary>
/// An event as reported by all the articles fused into it: the merged, conservative fields of the contract's
/// EVENT, plus every source, every reported figure, and when it was first and last reported.
/// </summary>
public sealed record FusedEventRecord
{
    public required EventRecord Event { get; init; }

    public IReadOnlyList<FusedSourceRecord> Sources { get; init; } = [];

    public IReadOnlyList<ReportedFigureRecord> ReportedFigures { get; init; } = [];

    public DateOnly? FirstReported { get; init; }

    public DateOnly? LastReported { get; init; }

    public int SourceCount { get; init; }
}
