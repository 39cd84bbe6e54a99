using Sitrep.Output;

namespace Sitrep.Export;

/// <summary>Where an event was reported: an article and its outlet.</summary>
public sealed record EventSource(string ArticleId, string? Source, string? Url, DateOnly? Published, string? Title);

/// <summary>An event with the articles that reported it, as the exporters need it.</summary>
public sealed record ExportEvent(EventRecord Event, IReadOnlyList<EventSource> Sources, long? TimestampUnix = null)
{
    /// <summary>The fused record this event comes from, when it comes from the store's ledger.</summary>
    public FusedEventRecord? Fused { get; init; }

    public static ExportEvent FromFused(FusedEventRecord fused) => new(
        fused.Event,
        [.. fused.Sources.Select(s => new EventSource(s.ArticleId, s.Source, s.Url, s.Published, null))])
    {
        Fused = fused,
    };
}

/// <summary>Country facts the exports need beyond the event: ISO 3166 numeric code and ACLED's region.</summary>
public interface ICountryFacts
{
    int? IsoNumeric(string? iso3);

    string? AcledRegion(string? iso3);
}

/// <summary>Used until a country table is loaded: leaves both columns empty rather than guessing.</summary>
public sealed class NoCountryFacts : ICountryFacts
{
    public static NoCountryFacts Instance { get; } = new();

    public int? IsoNumeric(string? iso3) => null;

    public string? AcledRegion(string? iso3) => null;
}
