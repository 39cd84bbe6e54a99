using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>Scores of the claims detector against a gold set. Accuracies are over matched gold claims.</summary>
public sealed record ClaimsScore(
    int Gold,
    int Predicted,
    int Matched,
    int ClaimantCorrect,
    int StatusCorrect,
    int KindCorrect,
    int ChannelCorrect,
    int CueComparable,
    int CueOverlapping,
    double ContentJaccardSum,
    int CertaintyCorrect,
    int EntityCorrect = 0,
    int SectorCorrect = 0,
    int CountryComparable = 0,
    int CountryCorrect = 0,
    int Attributed = 0,
    int SidePartyA = 0,
    int SidePartyB = 0,
    int SideThird = 0)
{
    /// <summary>Of matched claims with a detected claimant, the share given a side (<see cref="ClaimAnnotation.Side"/>).</summary>
    public double SideCoverage => Ratio(SidePartyA + SidePartyB + SideThird, Attributed);

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ClaimantAccuracy => Ratio(ClaimantCorrect, Matched);

    public double StatusAccuracy => Ratio(StatusCorrect, Matched);

    public double KindAccuracy => Ratio(KindCorrect, Matched);

    public double ChannelAccuracy => Ratio(ChannelCorrect, Matched);

    /// <summary>Matched claims whose hedge phrase is the gold one (or both have none).</summary>
    public double CertaintyAccuracy => Ratio(CertaintyCorrect, Matched);

    /// <summary>Share of matched claims (with a cue in gold and prediction) whose cue spans overlap.</summary>
    public double CueOverlap => Ratio(CueOverlapping, CueComparable);

    /// <summary>Mean Jaccard overlap of matched content spans (1 = identical boundaries).</summary>
    public double ContentOverlap => Matched == 0 ? 0 : ContentJaccardSum / Matched;

    /// <summary>Matched claims whose resolved claimant (<see cref="ClaimAnnotation.Who"/>) is the gold party: its name for a named one, anonymous with the right words for an unnamed one.</summary>
    public double EntityAccuracy => Ratio(EntityCorrect, Matched);

    /// <summary>Matched claims whose resolved sector equals the gold sector (both none for unattributed claims).</summary>
    public double SectorAccuracy => Ratio(SectorCorrect, Matched);

    /// <summary>Of matched claims whose gold claimant has a country, the share resolved to that country.</summary>
    public double CountryAccuracy => Ratio(CountryCorrect, CountryComparable);

    public static ClaimsScore operator +(ClaimsScore a, ClaimsScore b) => new(
        a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched, a.ClaimantCorrect + b.ClaimantCorrect,
        a.StatusCorrect + b.StatusCorrect, a.KindCorrect + b.KindCorrect, a.ChannelCorrect + b.ChannelCorrect,
        a.CueComparable + b.CueComparable, a.CueOverlapping + b.CueOverlapping, a.ContentJaccardSum + b.ContentJaccardSum,
        a.CertaintyCorrect + b.CertaintyCorrect, a.EntityCorrect + b.EntityCorrect, a.SectorCorrect + b.SectorCorrect,
        a.CountryComparable + b.CountryComparable, a.CountryCorrect + b.CountryCorrect, a.Attributed + b.Attributed,
        a.SidePartyA + b.SidePartyA, a.SidePartyB + b.SidePartyB, a.SideThird + b.SideThird);

    public static ClaimsScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>
/// Scores detected claims against gold passages. A detected claim matches a gold claim when their content spans
/// overlap by at least half of the shorter one (one-to-one, best overlap first). A claimant is right when the words
/// naming it (after pronoun resolution) are among the gold claimant's name, title, affiliation and mention words,
/// (or among the words of the same party's other mentions in the passage), or contain all of the gold mention's or
/// name's words; an unattributed gold claim needs no claimant.
/// </summary>
public static class ClaimsEvaluator
{
    private static readonly HashSet<string> _ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "in", "at", "on", "to", "for", "he", "she", "it", "they", "its", "his", "her", "their",
    };

    /// <summary>Runs the detector over gold passages; <paramref name="analyze"/> is the text stage (TextAnalyzer.Analyze).</summary>
    public static ClaimsScore Evaluate(IEnumerable<GoldPassage> gold, Func<string, TextLayer> analyze, AttributionDetector detector)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentNullException.ThrowIfNull(detector);
        var total = ClaimsScore.Zero;
        foreach (var passage in gold)
        {
            total += Score(passage, detector.Detect(passage.Text, analyze(passage.Text)));
        }

        return total;
    }

    /// <summary>Runs a whole analysis (e.g. text, language and claims stages) over gold passages.</summary>
    public static ClaimsScore Evaluate(IEnumerable<GoldPassage> gold, Func<string, ImmutableArray<ClaimAnnotation>> analyze)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyze);
        var total = ClaimsScore.Zero;
        foreach (var passage in gold)
        {
            total += Score(passage, analyze(passage.Text));
        }

        return total;
    }

    public static ClaimsScore Score(GoldPassage passage, ImmutableArray<ClaimAnnotation> predicted)
    {
        ArgumentNullException.ThrowIfNull(passage);
        int matched = 0, claimant = 0, status = 0, kind = 0, channel = 0, cueComparable = 0, cueOverlapping = 0, certainty = 0;
        int entity = 0, sector = 0, countryComparable = 0, country = 0, attributed = 0;
        Span<int> sides = stackalloc int[4];
        var jaccard = 0.0;
        foreach (var (g, p) in Align(passage, predicted))
        {
            matched++;
            var gold = passage.Claims[g];
            var pred = predicted[p];
            var aliases = AliasesOf(passage, gold.Claimant).ToList();
            var mentionRight = ClaimantMatches(gold.Claimant, pred.Claimant, passage.Text, aliases);
            claimant += mentionRight ? 1 : 0;
            entity += EntityMatches(gold.Claimant, pred.Who, mentionRight, aliases) ? 1 : 0;
            sector += gold.Claimant?.Sector == pred.Who?.Sector ? 1 : 0;
            if (pred.Claimant is not null)
            {
                attributed++;
                sides[(int)pred.Side]++;
            }

            if (gold.Claimant?.CountryIso3 is { } goldCountry)
            {
                countryComparable++;
                country += goldCountry == pred.Who?.CountryIso3 ? 1 : 0;
            }

            status += gold.Status == pred.Status ? 1 : 0;
            kind += gold.Kind == pred.Kind ? 1 : 0;
            channel += string.Equals(gold.Channel, pred.Channel, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            certainty += string.Equals(gold.Certainty?.Phrase, pred.Certainty?.Phrase, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (gold.CueSpan is { } goldCue && pred.Cue is { } predCue)
            {
                cueComparable++;
                cueOverlapping += goldCue.Overlaps(predCue) ? 1 : 0;
            }

            jaccard += Jaccard(gold.ContentSpan, pred.Content);
        }

        return new ClaimsScore(passage.Claims.Length, predicted.Length, matched, claimant, status, kind, channel, cueComparable, cueOverlapping, jaccard, certainty,
            entity, sector, countryComparable, country, attributed, sides[(int)ClaimSide.PartyA], sides[(int)ClaimSide.PartyB], sides[(int)ClaimSide.ThirdParty]);
    }

    /// <summary>
    /// Pairs gold and predicted claims whose content spans overlap by at least half of the shorter one, one-to-one,
    /// best overlap first; returns (gold index, predicted index) pairs.
    /// </summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Align(GoldPassage passage, ImmutableArray<ClaimAnnotation> predicted)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var pairs = new List<(int Gold, int Predicted, double Overlap)>();
        for (var g = 0; g < passage.Claims.Length; g++)
        {
            for (var p = 0; p < predicted.Length; p++)
            {
                var overlap = ShorterOverlap(passage.Claims[g].ContentSpan, predicted[p].Content);
                if (overlap >= 0.5)
                {
                    pairs.Add((g, p, overlap));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var aligned = new List<(int Gold, int Predicted)>();
        foreach (var (g, p, _) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold))
        {
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g);
                usedPredicted.Add(p);
                aligned.Add((g, p));
            }
        }

        return aligned;
    }

    /// <summary>
    /// A resolved claimant is right when, for a named gold party, its name shares the gold name's words (all of the
    /// shorter side's); for an anonymous gold party, it is anonymous or unnamed and its words were right; for an
    /// unattributed gold claim, there is none.
    /// </summary>
    public static bool EntityMatches(GoldClaimant? gold, ResolvedClaimant? predicted, bool mentionRight, IEnumerable<string>? aliases = null)
    {
        if (gold is null)
        {
            return predicted is null;
        }

        if (predicted is null)
        {
            return false;
        }

        if (gold.Anonymous)
        {
            return mentionRight && (predicted.Anonymous || predicted.Name is null);
        }

        if (predicted.Name is null)
        {
            return false;
        }

        var name = Words(predicted.Name);
        var goldName = Words(gold.Name);
        var goldWords = Words(string.Join(' ', [gold.Name, gold.Affiliation, .. aliases ?? []]));
        return name.Count > 0 && (name.IsSubsetOf(goldWords) || goldName.IsSubsetOf(name));
    }

    /// <summary>Every mention of the same gold party in the passage ("Russia's Defence Ministry", "the ministry", "It").</summary>
    private static IEnumerable<string> AliasesOf(GoldPassage passage, GoldClaimant? claimant) =>
        claimant is null ? [] : passage.Claims.Where(c => c.Claimant?.Name == claimant.Name).Select(c => c.Claimant!.Text).Distinct();

    public static bool ClaimantMatches(GoldClaimant? gold, ClaimantMention? predicted, string text, IEnumerable<string>? aliases = null)
    {
        if (gold is null)
        {
            return predicted is null;
        }

        if (predicted is null)
        {
            return false;
        }

        var pred = Words(predicted.NamingSpan.Slice(text));
        if (pred.Count == 0)
        {
            return false;
        }

        var goldWords = Words(string.Join(' ', [gold.Name, gold.Title, gold.Affiliation, gold.Text, .. aliases ?? []]));
        var mention = Words(gold.Text);
        var name = Words(gold.Name);
        return pred.IsSubsetOf(goldWords) || mention.Count > 0 && mention.IsSubsetOf(pred) || name.Count > 0 && name.IsSubsetOf(pred);
    }

    public static string Format(string label, ClaimsScore s)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"{label}: gold {s.Gold}, predicted {s.Predicted}, matched {s.Matched}");
        b.AppendLine(c, $"  detection   P {s.Precision:0.000}  R {s.Recall:0.000}  F1 {s.F1:0.000}");
        b.AppendLine(c, $"  claimant    {s.ClaimantAccuracy:0.000}   status {s.StatusAccuracy:0.000}   kind {s.KindAccuracy:0.000}   channel {s.ChannelAccuracy:0.000}");
        b.AppendLine(c, $"  cue overlap {s.CueOverlap:0.000}   content Jaccard {s.ContentOverlap:0.000}   certainty {s.CertaintyAccuracy:0.000}");
        b.AppendLine(c, $"  resolved    entity {s.EntityAccuracy:0.000}   sector {s.SectorAccuracy:0.000}   country {s.CountryAccuracy:0.000}");
        b.AppendLine(c, $"  sides       known {s.SideCoverage:0.000}   party A {s.SidePartyA}   party B {s.SidePartyB}   third party {s.SideThird}   of {s.Attributed} attributed");
        return b.ToString();
    }

    /// <summary>
    /// One block per passage with a wrong claim: each matched claim whose status or claimant mention is wrong, with
    /// gold and predicted status, claimant, content and the stances each side found, then missed gold claims and
    /// spurious predictions. Meant for dev splits only (tuning on a test split's errors spoils it).
    /// </summary>
    public static string Errors(IEnumerable<GoldPassage> gold, Func<string, ImmutableArray<ClaimAnnotation>> analyze)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyze);
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        int statusErrors = 0, claimantErrors = 0, channelErrors = 0;
        foreach (var passage in gold)
        {
            var predicted = analyze(passage.Text);
            var aligned = Align(passage, predicted);
            var block = new StringBuilder();
            foreach (var (g, p) in aligned)
            {
                var goldClaim = passage.Claims[g];
                var pred = predicted[p];
                var claimantRight = ClaimantMatches(goldClaim.Claimant, pred.Claimant, passage.Text, AliasesOf(passage, goldClaim.Claimant).ToList());
                var statusRight = goldClaim.Status == pred.Status;
                if (!string.Equals(goldClaim.Channel, pred.Channel, StringComparison.OrdinalIgnoreCase))
                {
                    channelErrors++;
                    block.AppendLine(c, $"  CHANNEL: gold [{goldClaim.Channel ?? "-"}], predicted [{pred.Channel ?? "-"}] for [{Clip(goldClaim.Content)}]");
                }

                if (claimantRight && statusRight)
                {
                    continue;
                }

                statusErrors += statusRight ? 0 : 1;
                claimantErrors += claimantRight ? 0 : 1;
                var what = (statusRight ? "" : "STATUS ") + (claimantRight ? "" : "CLAIMANT");
                block.AppendLine(c, $"  {what.Trim()}: gold {ClaimNames.Of(goldClaim.Status)} by [{goldClaim.Claimant?.Text ?? "-"}], predicted {ClaimNames.Of(pred.Status)} by [{(pred.Claimant is null ? "-" : pred.Claimant.NamingSpan.Slice(passage.Text))}]");
                block.AppendLine(c, $"    claim: {Clip(goldClaim.Content)}");
                foreach (var stance in goldClaim.Stances)
                {
                    block.AppendLine(c, $"    gold stance: {stance.By} {ClaimNames.Of(stance.Stance)} \"{Clip(stance.Evidence)}\"");
                }

                foreach (var stance in pred.Stances)
                {
                    block.AppendLine(c, $"    found stance: {stance.By.NamingSpan.Slice(passage.Text)} {ClaimNames.Of(stance.Stance)} \"{Clip(stance.Evidence.Slice(passage.Text))}\" ({stance.Origin})");
                }
            }

            foreach (var g in Enumerable.Range(0, passage.Claims.Length).Where(g => !aligned.Any(a => a.Gold == g)))
            {
                block.AppendLine(c, $"  MISSED: [{passage.Claims[g].Claimant?.Text ?? "-"}] {Clip(passage.Claims[g].Content)}");
            }

            foreach (var p in Enumerable.Range(0, predicted.Length).Where(p => !aligned.Any(a => a.Predicted == p)))
            {
                block.AppendLine(c, $"  SPURIOUS: [{(predicted[p].Claimant is null ? "-" : predicted[p].Claimant!.NamingSpan.Slice(passage.Text))}] {Clip(predicted[p].Content.Slice(passage.Text))}");
            }

            if (block.Length > 0)
            {
                b.AppendLine(c, $"== {passage.Id}");
                b.Append(block);
            }
        }

        b.AppendLine(c, $"{statusErrors} status errors, {claimantErrors} claimant errors, {channelErrors} channel errors");
        return b.ToString();
    }

    private static string Clip(string value)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    private static HashSet<string> Words(string value)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in value.Split([' ', ',', '\n', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Replace("\u2019", "'", StringComparison.Ordinal);
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            word = word.Trim('.', '\'', '"');
            if (word.Length > 0 && !_ignored.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static double ShorterOverlap(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap <= 0 ? 0 : (double)overlap / Math.Min(a.Length, b.Length);
    }

    private static double Jaccard(TextSpan a, TextSpan b)
    {
        var overlap = Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
        var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        return union == 0 ? 0 : (double)overlap / union;
    }
}
