using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Common;
using Sitrep.Events;

namespace Sitrep.Places;

/// <summary>Place figures of one split of ACLED's coded notes.</summary>
public sealed record AcledPlaceScores(string Split, int Rows, int Located, int Admin1Correct, int LocationCorrect, int PrecisionCorrect, int RegionPrecision1)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"  {Split,-4} rows {Rows}, event located {Located}; admin1 {Admin1Correct}/{Rows} = {Ratio(Admin1Correct, Rows):0.000}, " +
        $"location {LocationCorrect}/{Rows} = {Ratio(LocationCorrect, Rows):0.000}, geo_precision {PrecisionCorrect}/{Rows} = {Ratio(PrecisionCorrect, Rows):0.000}, " +
        $"region-only mentions at precision 1: {RegionPrecision1}\n");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Scores the place of the event coded from each ACLED note against the row's admin1 (ACLED spelling), location and
/// geo_precision, on the dev/test split of <see cref="CodingEvaluators.IsDev"/> (the acled-notes split). The coder's
/// own remarks ("(coded to Rawson, Chubut)") are removed from the notes first: a news report never carries them.
/// Names compare without diacritics and case ("Córdoba" is ACLED's "Cordoba"); a region-only place matches ACLED's
/// location when ACLED names the region's capital, as its codebook does for precision 3.
/// </summary>
public static partial class AcledPlacesEvaluator
{
    private sealed record Row(string Id, string Text, DateOnly? Date, string Admin1, string Location, int GeoPrecision);

    /// <param name="path">An ACLED CSV export with notes, admin1, location and geo_precision.</param>
    /// <param name="placeOfEvent">The place of the main coded event of a text (id, text, publication date), or null.</param>
    /// <param name="errors">Append the dev split's misses (the test split's stay unseen).</param>
    public static string Evaluate(string path, Func<string, string, DateOnly?, PlaceMention?> placeOfEvent, bool errors = false, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var rows = Load(path);
        var sb = new StringBuilder("ACLED notes -> place of the coded event (admin1, location, geo_precision)\n");
        var failures = new StringBuilder();
        foreach (var split in new[] { "dev", "test" })
        {
            int count = 0, located = 0, admin1 = 0, location = 0, precision = 0, region1 = 0;
            foreach (var row in rows.Where(r => CodingEvaluators.IsDev(r.Id) == (split == "dev")))
            {
                count++;
                var mention = placeOfEvent(row.Id, row.Text, row.Date);
                var place = mention?.Place;
                located += place is null ? 0 : 1;
                region1 += mention is { GeoPrecision: 1, IsResolved: true, Kind: not PlaceKind.PopulatedPlace } ? 1 : 0;
                var admin1Ok = Admin1Matches(mention, row.Admin1);
                var locationOk = LocationMatches(mention, row.Location, gazetteer);
                var precisionOk = mention is not null && mention.GeoPrecision == row.GeoPrecision;
                admin1 += admin1Ok ? 1 : 0;
                location += locationOk ? 1 : 0;
                precision += precisionOk ? 1 : 0;
                if (errors && split == "dev" && !(admin1Ok && locationOk && precisionOk))
                {
                    failures.Append(CultureInfo.InvariantCulture,
                        $"  {row.Id}: gold {row.Admin1} / {row.Location} / {row.GeoPrecision}; got {place?.Admin1 ?? "-"} / {place?.Name ?? "-"} / {mention?.GeoPrecision.ToString(CultureInfo.InvariantCulture) ?? "-"} ('{mention?.Text}'{(mention is null || mention.IsResolved ? "" : " " + mention.Reason + ": " + mention.Detail)})\n    {row.Text}\n");
                }
            }

            sb.Append(new AcledPlaceScores(split, count, located, admin1, location, precision, region1).Describe());
        }

        return sb.Append(failures).ToString();
    }

    private static List<Row> Load(string path) =>
    [
        .. CsvRecords.Read(path, "event_id_cnty", "event_date", "notes", "admin1", "location", "geo_precision").Select(row => new Row(
            row["event_id_cnty"],
            CoderRemark().Replace(SizeNote().Replace(row["notes"], ""), "").Trim(),
            DateOnly.TryParseExact(row["event_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            row["admin1"],
            row["location"],
            int.TryParse(row["geo_precision"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0)),
    ];

    /// <summary>Whether the mention's place lies in the first-level division ACLED names <paramref name="admin1"/>.</summary>
    internal static bool Admin1Matches(PlaceMention? mention, string admin1) =>
        mention?.Place?.Admin1 is { } a && SameName(a, admin1);

    /// <summary>
    /// Whether the mention names ACLED's location: an unlisted settlement placed in its region is exported under its
    /// own words, a city part as "City - Part", as ACLED names them; a region-only place matches the region's capital.
    /// </summary>
    internal static bool LocationMatches(PlaceMention? mention, string location, Gazetteer gazetteer) =>
        mention is { Place: { } place, LocationName: { } name }
        && (SameName(name, location) || NameOfSamePlace(place, location, gazetteer)
            || (place.Kind == PlaceKind.Admin1 && CapitalOf(place, gazetteer) is { } capital && SameName(capital, location)));

    /// <summary>
    /// The gold writes the location as the text names it ("Hodeidah", "al-Arish", "Novogrodovka"); Sitrep exports the
    /// gazetteer's name of the place it resolved ("Al Hudaydah", "Arish", "Novohrodivka"). Another name of the very
    /// same gazetteer entry is the same location.
    /// </summary>
    private static bool NameOfSamePlace(ResolvedPlace place, string location, Gazetteer gazetteer)
    {
        if (place.Kind != PlaceKind.PopulatedPlace)
        {
            return false;
        }

        foreach (var candidate in gazetteer.Lookup(location))
        {
            if (candidate.Kind == PlaceKind.PopulatedPlace && IsEntryOf(gazetteer.Places[candidate.Index], place))
            {
                return true;
            }
        }

        // Another romanisation of the entry's name ("Novogrodovka" for Novohrodivka, "Kyaukphyu" for Kyaukpyu), as
        // the geocoder reads it.
        foreach (var index in gazetteer.LookupSkeleton(location).Concat(gazetteer.LookupVariant(location)))
        {
            if (IsEntryOf(gazetteer.Places[index], place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The gazetteer entry the place was resolved to: by GeoNames id, or (postal-dump villages have none) by name and point.</summary>
    private static bool IsEntryOf(GazetteerPlace entry, ResolvedPlace place) =>
        place.GeonameId is { } id
            ? entry.GeonameId == id
            : entry.GeonameId is null && entry.Name == place.Name && Math.Abs(entry.Latitude - place.Latitude) < 1e-3 && Math.Abs(entry.Longitude - place.Longitude) < 1e-3;

    private static string? CapitalOf(ResolvedPlace region, Gazetteer gazetteer) =>
        region.Admin1Code is { } code && gazetteer.Admin1ByCode(code) is { CapitalGeonameId: { } id } && gazetteer.PlaceById(id) is { } capital
            ? capital.Name
            : null;

    private static bool SameName(string a, string b) =>
        string.Equals(AsciiPlaceNames.Fold(a), AsciiPlaceNames.Fold(b), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\[size=[^\]]*\]")]
    private static partial Regex SizeNote();

    /// <summary>ACLED's note on where it placed a region-wide event: "(coded to Rawson, Chubut)".</summary>
    [GeneratedRegex(@"\s*\(coded to [^)]*\)")]
    private static partial Regex CoderRemark();
}
