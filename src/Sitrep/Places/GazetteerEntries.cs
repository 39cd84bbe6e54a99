using System.Collections.Immutable;

namespace Sitrep.Places;

/// <summary>A country with its codes, names and demonyms ("Ukrainian", "North Korean").</summary>
public sealed record Country(
    string Iso2,
    string Iso3,
    string IsoNumeric,
    string Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms)
{
    /// <summary>The capital's entry in the gazetteer (PPLC), used for coordinates of a country-only mention.</summary>
    public GazetteerPlace? Capital { get; internal set; }
}

/// <summary>
/// A first-level division: ACLED's bare name ("Kharkiv", "Zaporizhia", "Oryol") and GeoNames' name
/// ("Zaporizhzhia", "Oryol oblast") side by side, its capital and a population-weighted centroid.
/// </summary>
public sealed record Admin1Division(
    string CountryIso2,
    string Code,
    string AcledName,
    string GeoNamesName,
    int? CapitalGeonameId,
    double CapitalLatitude,
    double CapitalLongitude,
    double CentroidLatitude,
    double CentroidLongitude,
    ImmutableArray<string> Aliases);

/// <summary>
/// A populated place. <see cref="Id"/> is the GeoNames id, or negative for villages taken from the GeoNames postal
/// dump (no geonameid). <see cref="ApproximateCoordinates"/>: the postal dump gives only the raion's coordinates.
/// </summary>
public sealed record GazetteerPlace(
    int Id,
    string Name,
    double Latitude,
    double Longitude,
    string FeatureCode,
    string CountryIso2,
    string Admin1Code,
    string Admin2Name,
    int Population,
    bool ApproximateCoordinates)
{
    public int? GeonameId => Id > 0 ? Id : null;

    public string Admin1Key => CountryIso2 + "." + Admin1Code;
}

public enum PlaceKind : byte
{
    Country,
    Admin1,
    PopulatedPlace,
}

/// <summary>Where a name came from: it decides how much a match is trusted.</summary>
public enum NameSource : byte
{
    /// <summary>The entry's own name (GeoNames name, ACLED admin1 name, country short name) or a preferred alias.</summary>
    Primary,

    /// <summary>An alias from aliases.tsv or admin1_names.tsv: written by people for this purpose.</summary>
    Curated,

    /// <summary>A GeoNames alternate name or a machine romanisation: many, and some are wrong.</summary>
    Alternate,
}

/// <summary>One thing a name can mean.</summary>
public readonly record struct GazetteerCandidate(PlaceKind Kind, int Index, NameSource Source);
