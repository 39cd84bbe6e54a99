using System.Collections.Immutable;
using System.Runtime.InteropServices;

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

    /// <summary>The capital's index in <see cref="Gazetteer.Places"/>, or -1 when the gazetteer has none.</summary>
    public int CapitalIndex { get; internal set; } = -1;
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

/// <summary>
/// One thing a name can mean: the kind and index of an entry and the source of the name. Packed in 32 bits (index,
/// kind, source) so that the gazetteer's name table answers with the index file's candidate array as it lies.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 4)]
public readonly record struct GazetteerCandidate
{
    private const int _maxIndex = (1 << 28) - 1;

    private readonly uint _packed;

    public GazetteerCandidate(PlaceKind kind, int index, NameSource source) => _packed = Pack(kind, index, source);

    public PlaceKind Kind
    {
        get => (PlaceKind)((_packed >> 2) & 3);
        init => _packed = Pack(value, Index, Source);
    }

    public int Index
    {
        get => (int)(_packed >> 4);
        init => _packed = Pack(Kind, value, Source);
    }

    public NameSource Source
    {
        get => (NameSource)(_packed & 3);
        init => _packed = Pack(Kind, Index, value);
    }

    private static uint Pack(PlaceKind kind, int index, NameSource source) =>
        index is >= 0 and <= _maxIndex && (uint)kind <= 3 && (uint)source <= 3
            ? ((uint)index << 4) | ((uint)kind << 2) | (uint)source
            : throw new ArgumentOutOfRangeException(nameof(index), $"gazetteer candidate ({kind}, {index}, {source}) does not fit in 32 bits.");
}
