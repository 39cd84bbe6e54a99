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

/// <summary>Country facts from the actor dictionary's country table (data/actors/countries.tsv): ISO numeric codes and ACLED regions.</summary>
public sealed class CountryTableFacts(IReadOnlyDictionary<string, Actors.CountryInfo> countries) : ICountryFacts
{
    public static CountryTableFacts Default { get; } = new(Actors.ActorDictionary.Default.Countries);

    // Countries known only from the Phoenix lists have no numeric code or region: leave the columns empty.
    public int? IsoNumeric(string? iso3) =>
        iso3 is not null && countries.TryGetValue(iso3, out var country) && country.IsoNumeric > 0 ? country.IsoNumeric : null;

    public string? AcledRegion(string? iso3) =>
        iso3 is not null && countries.TryGetValue(iso3, out var country) && country.Region.Length > 0 ? country.Region : null;
}
