using Sitrep.Output;

namespace Sitrep.Export;

/// <summary>Where an event was reported: an article and its outlet.</summary>
public sealed record EventSource(string ArticleId, string? Source, string? Url, DateOnly? Published, string? Title, string? Text = null);

/// <summary>An event with the articles that reported it, as the exporters need it.</summary>
public sealed record ExportEvent(EventRecord Event, IReadOnlyList<EventSource> Sources, long? TimestampUnix = null);

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
