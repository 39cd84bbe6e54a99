using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>One report of the place gold (data/gold/places): where its one event happened, as ACLED would code it.</summary>
public sealed record PlaceGoldReport(string Id, string Text, DateOnly? Published, string Class, string Admin1, string Location, int GeoPrecision);

/// <summary>Place figures of one class (or all) of a place gold file.</summary>
public sealed record PlaceGoldScores(string Label, int Reports, int Located, int Admin1Correct, int LocationCorrect, int PrecisionCorrect, int RegionPrecision1)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"  {Label,-12} reports {Reports,3}, located {Located,3}; admin1 {Admin1Correct}/{Reports} = {Ratio(Admin1Correct, Reports):0.000}, " +
        $"location {LocationCorrect}/{Reports} = {Ratio(LocationCorrect, Reports):0.000}, geo_precision {PrecisionCorrect}/{Reports} = {Ratio(PrecisionCorrect, Reports):0.000}, " +
        $"region-only at precision 1: {RegionPrecision1}\n");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Scores the place of the event Sitrep codes from each report of the place gold (data/gold/places/README.md) against
/// its admin1, location and geo_precision, overall and per hard class (namesakes, unlisted villages, towns in a named
/// region, landmarks, cross-border strikes). Names compare as <see cref="AcledPlacesEvaluator"/> compares them.
/// </summary>
public static class PlaceGoldEvaluator
{
    public static IReadOnlyList<PlaceGoldReport> Load(string path) =>
    [
        .. GoldRecords.Read(path).Select(r => new PlaceGoldReport(
            r.Id,
            r.Text,
            r.Published,
            r.Gold.GetProperty("class").GetString()!,
            r.Gold.GetProperty("admin1").GetString()!,
            r.Gold.GetProperty("location").GetString()!,
            r.Gold.GetProperty("geo_precision").GetInt32())),
    ];

    /// <param name="reports">The gold reports of one split.</param>
    /// <param name="placeOfEvent">The place of the main coded event of a text (id, text, publication date), or null.</param>
    /// <param name="errors">Append each miss (callers pass true for dev splits only).</param>
    public static string Evaluate(IReadOnlyList<PlaceGoldReport> reports, Func<string, string, DateOnly?, PlaceMention?> placeOfEvent, bool errors = false, Gazetteer? gazetteer = null)
    {
        gazetteer ??= Gazetteer.Default;
        var outcomes = reports.Select(r => (Report: r, Mention: placeOfEvent(r.Id, r.Text, r.Published))).ToList();
        var sb = new StringBuilder("place gold -> place of the coded event (admin1, location, geo_precision)\n");
        sb.Append(Score("all", outcomes, gazetteer).Describe());
        foreach (var group in outcomes.GroupBy(o => o.Report.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(Score(group.Key, [.. group], gazetteer).Describe());
        }

        if (errors)
        {
            foreach (var (report, mention) in outcomes.Where(o => !AllCorrect(o.Report, o.Mention, gazetteer)))
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"  {report.Id}: gold {report.Admin1} / {report.Location} / {report.GeoPrecision}; got {mention?.Place?.Admin1 ?? "-"} / {mention?.LocationName ?? "-"} / {mention?.GeoPrecision.ToString(CultureInfo.InvariantCulture) ?? "-"} ('{mention?.Text}'{(mention is null || mention.IsResolved ? "" : " " + mention.Reason + ": " + mention.Detail)})\n    {report.Text}\n");
            }
        }

        return sb.ToString();
    }

    private static PlaceGoldScores Score(string label, IReadOnlyList<(PlaceGoldReport Report, PlaceMention? Mention)> outcomes, Gazetteer gazetteer)
    {
        int located = 0, admin1 = 0, location = 0, precision = 0, region1 = 0;
        foreach (var (report, mention) in outcomes)
        {
            located += mention?.Place is null ? 0 : 1;
            region1 += mention is { GeoPrecision: 1, IsResolved: true, Kind: not PlaceKind.PopulatedPlace } ? 1 : 0;
            admin1 += AcledPlacesEvaluator.Admin1Matches(mention, report.Admin1) ? 1 : 0;
            location += AcledPlacesEvaluator.LocationMatches(mention, report.Location, gazetteer) ? 1 : 0;
            precision += mention?.GeoPrecision == report.GeoPrecision ? 1 : 0;
        }

        return new PlaceGoldScores(label, outcomes.Count, located, admin1, location, precision, region1);
    }

    private static bool AllCorrect(PlaceGoldReport report, PlaceMention? mention, Gazetteer gazetteer) =>
        AcledPlacesEvaluator.Admin1Matches(mention, report.Admin1)
        && AcledPlacesEvaluator.LocationMatches(mention, report.Location, gazetteer)
        && mention?.GeoPrecision == report.GeoPrecision;
}
