using System.Collections.Immutable;

namespace Sitrep.Places;

/// <summary>
/// What is known about an article's geography from outside its text (the data source's country, a headline, a
/// dateline): weights per country (ISO2) and per first-level division (GeoNames code, "UA.05"), added to what the
/// text itself names when ambiguous names are resolved.
/// </summary>
public sealed record PlaceContext(ImmutableDictionary<string, double> Countries, ImmutableDictionary<string, double> Admin1)
{
    public static PlaceContext Empty { get; } = new(ImmutableDictionary<string, double>.Empty, ImmutableDictionary<string, double>.Empty);

    /// <summary>
    /// Points where the events an article reports most likely are (the towns along a war's front at its date): an
    /// ambiguous village reads near them first. The weakest of the hints.
    /// </summary>
    public ImmutableArray<GeoPoint> Hotspots { get; init; } = [];

    /// <summary>The towns along the fronts of <paramref name="date"/> (every period when null) as hotspots.</summary>
    public PlaceContext WithFrontlines(Frontlines frontlines, DateOnly? date) => this with { Hotspots = [.. Hotspots, .. frontlines.TownsAt(date)] };

    public PlaceContext WithCountry(string iso2, double weight = 1) =>
        this with { Countries = Countries.SetItem(iso2, Countries.GetValueOrDefault(iso2) + weight) };

    public PlaceContext WithAdmin1(string code, double weight = 1) =>
        this with { Admin1 = Admin1.SetItem(code, Admin1.GetValueOrDefault(code) + weight) };

    /// <summary>The countries and regions of resolved mentions (e.g. of a headline).</summary>
    public PlaceContext With(IEnumerable<PlaceMention> mentions)
    {
        var countries = Countries.ToBuilder();
        var admin1 = Admin1.ToBuilder();
        foreach (var m in mentions)
        {
            if (m.Place is null)
            {
                continue;
            }

            countries[m.Place.CountryIso2] = countries.GetValueOrDefault(m.Place.CountryIso2) + 1;
            if (m.Place.Admin1Code is { } code)
            {
                admin1[code] = admin1.GetValueOrDefault(code) + 1;
            }
        }

        return new PlaceContext(countries.ToImmutable(), admin1.ToImmutable()) { Hotspots = Hotspots };
    }
}
