using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Common;
using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Time.Evaluation;

namespace Sitrep.Places;

/// <summary>Figures for one split of an evaluation set.</summary>
public sealed record EventLocationScores(
    string Split,
    int Sentences,
    int WithGoldLocation,
    int GoldAmongCandidates,
    int ChosenCorrect,
    int MultiCandidate,
    int MultiCandidateCorrect,
    int RegionPrecision1)
{
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Of the sentences whose gold location the geocoder found, how often the chooser picked it.</summary>
    public double ChoiceAccuracy => Ratio(ChosenCorrect, GoldAmongCandidates);

    public double MultiCandidateAccuracy => Ratio(MultiCandidateCorrect, MultiCandidate);

    /// <summary>Of all sentences with a gold location, how often the chosen place is it (candidate recall x choice).</summary>
    public double EndToEnd => Ratio(ChosenCorrect, WithGoldLocation);

    internal static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
}

public sealed record UcdpScores(
    string Split,
    int Events,
    int NamingAPlace,
    int Resolved,
    int Admin1Correct,
    int RegionPrecision1)
{
    /// <summary>Admin1 correct over the events whose description names a place the geocoder recognised as one.</summary>
    public double Admin1Accuracy => EventLocationScores.Ratio(Admin1Correct, NamingAPlace);

    public double Admin1AccuracyResolved => EventLocationScores.Ratio(Admin1Correct, Resolved);

    public ImmutableArray<string> Errors { get; init; } = [];
}

/// <summary>
/// Evaluations of the places stage on the shared dev data (never shipped): the event-location chooser on
/// event_location_labeled_text.jsonl and admin1 geocoding on UCDP GED's where_description. Each set is split
/// deterministically (FNV-1a hash of the sentence text or event id: 1 in 5 to test) and both splits are reported.
/// </summary>
public static class PlacesEvaluator
{
    public static bool IsTest(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash % 5 == 0;
    }

    /// <summary>Scores <see cref="EventLocator"/> against gold LOCATION spans (sentences with a VERB span).</summary>
    public static ImmutableArray<EventLocationScores> EvaluateEventLocations(string path, Func<string, TextLayer> analyze, Geocoder? geocoder = null)
    {
        geocoder ??= Geocoder.Default;
        var tallies = new Dictionary<string, int[]> { ["dev"] = new int[7], ["test"] = new int[7] };
        var errors = new Dictionary<string, List<string>> { ["dev"] = [], ["test"] = [] };
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var text = item.GetProperty("text").GetString() ?? "";
            if (!item.TryGetProperty("spans", out var spans))
            {
                continue;
            }

            TextSpan? verb = null;
            var gold = new List<TextSpan>();
            foreach (var span in spans.EnumerateArray())
            {
                var s = new TextSpan(span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
                var label = span.GetProperty("label").GetString();
                if (label == "VERB")
                {
                    verb ??= s;
                }
                else if (label == "LOCATION")
                {
                    gold.Add(s);
                }
            }

            if (verb is null)
            {
                continue;
            }

            var split = IsTest(text) ? "test" : "dev";
            var t = tallies[split];
            t[0]++;
            var layer = analyze(text);
            var mentions = geocoder.Find(text, layer);
            t[6] += mentions.Count(m => m.Kind != PlaceKind.PopulatedPlace && m.GeoPrecision == 1);
            if (gold.Count == 0)
            {
                continue;
            }

            t[1]++;
            var sentence = layer.Sentences.FirstOrDefault(s => s.Span.Contains(verb.Value.Start));
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            var inSentence = mentions.Where(m => sentence.Span.Contains(m.Span) && !m.Span.Overlaps(verb.Value)).ToList();
            if (!inSentence.Any(m => gold.Any(g => g.Overlaps(m.Span))))
            {
                continue;
            }

            t[2]++;
            var chosen = EventLocator.Choose(text, layer, mentions, sentence, verb.Value, geocoder.Gazetteer).Mention;
            var correct = chosen is not null && gold.Any(g => g.Overlaps(chosen.Span));
            t[3] += correct ? 1 : 0;
            if (!correct)
            {
                AddError(errors[split], $"chose '{chosen?.Text}' for '{text[verb.Value.Start..verb.Value.End]}', gold '{string.Join("', '", gold.Select(g => text[g.Start..g.End]))}': {text}");
            }

            if (inSentence.Count >= 2)
            {
                t[4]++;
                t[5] += correct ? 1 : 0;
            }
        }

        return [.. tallies.Select(kv => new EventLocationScores(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5], kv.Value[6]) { Errors = [.. errors[kv.Key]] })];
    }

    /// <summary>
    /// Geocodes UCDP GED where_description and compares the admin1 with UCDP's adm_1 (mapped to ACLED names).
    /// Context given to the geocoder: the event's country and the places of its source headlines, never adm_1 or
    /// coordinates. With <paramref name="regionPrior"/>, the share of each admin1 among the dev split's events is
    /// added as a prior (learnt on dev, so only the test figures are out of sample).
    /// </summary>
    public static ImmutableArray<UcdpScores> EvaluateUcdp(string path, Func<string, TextLayer> analyze, Geocoder? geocoder = null, bool regionPrior = false, bool frontlines = true)
    {
        geocoder ??= Geocoder.Default;
        var gaz = geocoder.Gazetteer;
        var rows = ReadUcdp(path, gaz);
        var prior = PlaceContext.Empty;
        if (regionPrior)
        {
            var counts = rows.Where(r => r.Split == "dev")
                .GroupBy(r => gaz.Admin1.FirstOrDefault(a => a.CountryIso2 == "UA" && a.AcledName == r.Expected)?.Code)
                .Where(g => g.Key is not null)
                .ToDictionary(g => g.Key!, g => g.Count());
            var max = counts.Values.DefaultIfEmpty(1).Max();
            prior = prior with { Admin1 = counts.ToImmutableDictionary(kv => kv.Key, kv => (double)kv.Value / max) };
        }

        var tallies = new Dictionary<string, int[]> { ["dev"] = new int[5], ["test"] = new int[5] };
        var errors = new Dictionary<string, List<string>> { ["dev"] = [], ["test"] = [] };
        foreach (var row in rows)
        {
            var t = tallies[row.Split];
            t[0]++;
            var context = frontlines ? prior.WithFrontlines(Frontlines.Default, row.Published) : prior;
            if (row.CountryIso2 is { } iso2)
            {
                context = context.WithCountry(iso2);
            }

            if (row.Headline.Length > 0)
            {
                context = geocoder.ContextOf(row.Headline, analyze(row.Headline), context);
            }

            var mentions = geocoder.Find(row.Where, analyze(row.Where), context);
            t[4] += mentions.Count(m => m.Kind != PlaceKind.PopulatedPlace && m.GeoPrecision == 1);
            var named = mentions.Where(m => m.Kind != PlaceKind.Country).ToList();
            if (named.Count == 0)
            {
                continue;
            }

            t[1]++;
            var admin1 = PickAdmin1(row.Where, named, row.CountryIso2);
            if (admin1 is null)
            {
                AddError(errors[row.Split], $"unresolved: {row.Where} | {named[0].Reason}: {named[0].Detail} | headline: {row.Headline.Replace('\n', '/')}");
                continue;
            }

            t[2]++;
            if (admin1 == row.Expected)
            {
                t[3]++;
            }
            else
            {
                AddError(errors[row.Split], $"wrong: {row.Where} | got {admin1}, UCDP {row.Expected} | headline: {row.Headline.Replace('\n', '/')}");
            }
        }

        return [.. tallies.Select(kv => new UcdpScores(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4]) { Errors = [.. errors[kv.Key]] })];
    }

    private sealed record UcdpRow(string Split, string Where, string Expected, string? CountryIso2, string Headline, DateOnly? Published);

    private static List<UcdpRow> ReadUcdp(string path, Gazetteer gaz)
    {
        var rows = new List<UcdpRow>();
        foreach (var row in CsvRecords.Read(path))
        {
            if (!row.TryGetValue("id", out var id) || !row.TryGetValue("where_description", out var whereText) ||
                !row.TryGetValue("adm_1", out var adm1) || !row.TryGetValue("country", out var countryName) ||
                !row.TryGetValue("source_headline", out var headline))
            {
                throw new FormatException($"{path}: expected columns id, where_description, adm_1, country, source_headline.");
            }

            var where = whereText.Trim();
            var expected = UcdpAdmin1ToAcled(adm1, gaz);
            if (where.Length == 0 || expected is null)
            {
                continue;
            }

            string? iso2 = null;
            foreach (var c in gaz.Lookup(countryName))
            {
                if (c.Kind == PlaceKind.Country)
                {
                    iso2 = gaz.Countries[c.Index].Iso2;
                    break;
                }
            }

            // Headlines of several sources are joined by ';': one line each. The first source's date stands for the
            // article's publication date (what the pipeline knows of an article).
            var published = row.TryGetValue("source_date", out var sourceDate) &&
                DateOnly.TryParseExact(sourceDate.Split(';')[0].Trim(), (string[])["yyyy-MM-dd", "dd/MM/yyyy", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : (DateOnly?)null;
            rows.Add(new UcdpRow(IsTest(id) ? "test" : "dev", where, expected, iso2, headline.Replace(';', '\n'), published));
        }

        return rows;
    }

    private static void AddError(List<string> errors, string error)
    {
        if (errors.Count < 400)
        {
            errors.Add(error);
        }
    }

    /// <summary>
    /// The admin1 of a location description: its first resolved town in the event's country, else its first resolved region. A region the
    /// description names outranks a town whose name had several readings and none in that region ("the village of
    /// Leninskoe, Starobeshivskiy district, Donetsk region" when the gazetteer has no Leninskoe in Donetsk).
    /// </summary>
    private static string? PickAdmin1(string where, List<PlaceMention> mentions, string? countryIso2)
    {
        // The event is in the row's country: a place read abroad ("a checkpoint near Moscow. Gorlovka") comes last.
        // Several fronts listed ("Yuzhno-Donetsk and Zaporizhia directions: Vuhledar") do not locate the event: the
        // settlements named with them do. One front ("Kupyansk direction: Novoselovskoye, Masyutovka") stays first.
        mentions = [.. mentions
            .OrderBy(m => countryIso2 is not null && m.Place is { } p && p.CountryIso2 != countryIso2 ? 1 : 0)
            .ThenBy(m => m.AreaOnly && PluralAreaWord(where, m) ? 1 : 0)];
        var region = mentions.FirstOrDefault(m => m.Kind == PlaceKind.Admin1 && m.IsResolved)?.Place!.Admin1;
        var towns = mentions.Where(m => m.Kind == PlaceKind.PopulatedPlace && m.IsResolved).ToList();
        if (region is not null && towns.Count > 0 && towns.All(t => t.CandidateCount > 1 && t.Place!.Admin1 != region))
        {
            return region;
        }

        return towns.FirstOrDefault()?.Place!.Admin1 ?? region;
    }

    private static bool PluralAreaWord(string text, PlaceMention m)
    {
        var rest = text.AsSpan(m.Span.End).TrimStart();
        var end = rest.IndexOfAny(' ', ',', ':');
        var word = end < 0 ? rest : rest[..end];
        return word.Length > 1 && word[^1] is 's' or 'S';
    }

    /// <summary>UCDP adm_1 ("Donetsk oblast", "Zaporizhzhya oblast", "Kiev Special Republican city") as ACLED's admin1.</summary>
    public static string? UcdpAdmin1ToAcled(string adm1, Gazetteer gazetteer)
    {
        var name = adm1.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        if (name.Contains("Special Republican city", StringComparison.OrdinalIgnoreCase))
        {
            return name.StartsWith("Sevastopol", StringComparison.OrdinalIgnoreCase) ? "Sevastopol" : "Kyiv City";
        }

        foreach (var suffix in new[] { " oblast", " Oblast", " region", " Autonomous Republic" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
            }
        }

        foreach (var c in gazetteer.Lookup(name))
        {
            if (c.Kind == PlaceKind.Admin1 && gazetteer.Admin1[c.Index].CountryIso2 == "UA")
            {
                return gazetteer.Admin1[c.Index].AcledName;
            }
        }

        return name;
    }

    /// <summary>The dev split's failures, one a line, for <c>sitrep eval --errors</c>; a test split's stay unseen.</summary>
    public static string FormatDevErrors(IEnumerable<EventLocationScores> scores, IEnumerable<UcdpScores> ucdp)
    {
        var sb = new StringBuilder();
        foreach (var error in scores.Where(s => s.Split == "dev").SelectMany(s => s.Errors).Concat(ucdp.Where(s => s.Split == "dev").SelectMany(s => s.Errors)))
        {
            sb.AppendLine(error);
        }

        return sb.ToString();
    }

    public static string Format(IEnumerable<EventLocationScores> scores, IEnumerable<UcdpScores> ucdp)
    {
        var sb = new StringBuilder();
        sb.AppendLine("event location chooser (event_location_labeled_text.jsonl)");
        foreach (var s in scores)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.Split,-4} sentences {s.Sentences}, with gold location {s.WithGoldLocation}, gold among candidates {s.GoldAmongCandidates} " +
                $"({EventLocationScores.Ratio(s.GoldAmongCandidates, s.WithGoldLocation):P1}), chosen correctly {s.ChosenCorrect} ({s.ChoiceAccuracy:P1} of those; " +
                $"{s.MultiCandidateAccuracy:P1} of {s.MultiCandidate} with 2+ candidates), end-to-end {s.EndToEnd:P1}, region mentions at precision 1: {s.RegionPrecision1}");
        }

        sb.AppendLine("UCDP GED where_description -> admin1 (ucdp_ged_ukraine_2014_2023.csv)");
        foreach (var s in ucdp)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.Split,-4} events {s.Events}, naming a place {s.NamingAPlace}, resolved {s.Resolved}, admin1 correct {s.Admin1Correct} " +
                $"({s.Admin1Accuracy:P1} of those naming a place; {s.Admin1AccuracyResolved:P1} of resolved), region mentions at precision 1: {s.RegionPrecision1}");
        }

        return sb.ToString();
    }
}
