using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Language;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit.Abstractions;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Measures the detector on the gold splits and prints the figures. The floors are the figures reached on the test
/// split (rounded down) and exist to catch regressions; the targets are F1 >= 0.85, claimant >= 90%, status >= 85%.
/// </summary>
public class ClaimsEvaluationTests(ITestOutputHelper output)
{
    internal static string GoldPath(string split) => Path.Combine(SharedData.RepositoryRoot, "data", "gold", "claims", $"claims.{split}.jsonl");

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Evaluate_GoldSplit_MeetsRegressionFloor(string split)
    {
        var gold = ClaimsGold.Load(GoldPath(split));
        var detector = new AttributionDetector(ClaimsLexicon.Default);
        var score = ClaimsEvaluator.Evaluate(gold, TextAnalyzer.Analyze, detector);
        output.WriteLine(ClaimsEvaluator.Format(split, score));
        if (Environment.GetEnvironmentVariable("SITREP_CLAIMS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(Path.Combine(dump, $"claims-{split}.txt"), Dump(gold, detector));
        }

        // Round 11: the test split grew by the test-only batch 8 (fresh text, 109 attributions): detection 0.990 on the old
        // test passages, 0.986 on batch 8, 0.988 together; dev 0.996.
        Assert.True(score.F1 >= 0.98, $"detection F1 {score.F1:0.000}");
        // 0.993 on test; dev grew by the harder dev-only batch 3 (2026-11-26: 0.996 on passages 001-063, 0.971 on
        // 064-079, 0.988 together), so the floor is 0.98, still far above the 90%.
        Assert.True(score.ClaimantAccuracy >= 0.98, $"claimant accuracy {score.ClaimantAccuracy:0.000}");
        // Status on the grown test split (batch 2 added, 2026-11-26) was 0.799 (0.812 before the counter-claim and
        // stance-target work, which took dev from 0.856 to 0.926; on passages 001-053 test went 0.841 -> 0.833).
        // Round 6 (implicit stances: casualty counts, contrary predicates, "also said", retractions, capitals, titles):
        // test 0.805, dev 0.901 (0.930 on passages 001-063, 0.838 on the dev-only batch 064-079, which was 0.626).
        // Round 7 (dev-only batch 4 on stance variety, and the status mechanisms it led to): dev 0.850 -> 0.901 (0.901 ->
        // 0.908 on passages 001-079), test 0.805 -> 0.799 (one claim of 149): the test split's misses are of other kinds.
        // Round 9 (dev-only batch 6, gold rules 7-8): dev 0.857 -> 0.872 (passages 001-109 0.910 -> 0.908, batch 6
        // 0.590 -> 0.693), test 0.799 -> 0.792 with rule 7 off as shipped (0.772 with it on: the test split follows the
        // older convention; see data/claims/status_rules.tsv).
        // Round 10 (dev-only batch 7, evidence/negation/contrary mechanisms, rule 7 switched on by the dev decision): dev
        // 0.838 (0.872 on batches 1-6 before batch 7) -> 0.862; test 0.792 -> 0.785 with rule 7 off, 0.765 with it on as
        // shipped (the test split follows the older convention of rule 7; see data/claims/status_rules.tsv).
        // Round 11: the old test passages re-annotated under gold rules 7-8 and the test-only batch 8 added; measured once
        // at the end of the round: old test passages 0.738, batch 8 0.651, test 0.702; dev 0.862 -> 0.868 ("place:"
        // classes and concessions in contrary_predicates.tsv, dev gold clm-015 and clm-065 brought in line with rules 8 and 4).
        // Round 12: dev grew by the dev-only batch 9 (fresh text, 78 attributions, 0.597 before the round-12 changes):
        // dev 0.841 -> 0.855 (passages 001-165 0.868 -> 0.868, batch 9 0.597 -> 0.740);
        // after the re-check of dev batch 3 under rules 7-8 (clm-066 claimed -> corroborated), dev 0.854.
        // Round 13: dev grew by the dev-only batch 10 (fresh text from 20 other conflicts, 121 attributions, 0.632 before the
        // round-13 changes, 0.769 after): dev 0.825 -> 0.844 (passages 001-181 0.854 -> 0.855, batch 9 0.740).
        // Round 14: batch 11 (fresh text, 88 attributions) split half dev / half test; before the round-14 changes dev half
        // 0.643, test half 0.714; after: dev 0.835 -> 0.848 (passages 001-201 0.844 -> 0.848, batch 11 dev half 0.833),
        // test 0.721 (passages of the old test 0.718 -> 0.722, batch 11 test half 0.714 unchanged).
        // Round 15: batch 12 (fresh text, 93 attributions) split half dev / half test; dev half 0.652 before the round-15
        // changes, 0.761 after; dev 0.838 -> 0.849 (passages 001-217 0.848 -> 0.853); test, measured once at the end:
        // 0.699 (passages of the old test 0.721 -> 0.724, batch 12 test half 0.533).
        // Round 16: batch 13 (fresh text, 80 attributions) split half dev / half test; dev half 0.732 before the round-16
        // changes, 0.780 after; dev 0.844 -> 0.846; test, measured once at the end: 0.703 before and after (batch 13 test
        // half 0.737).
        // Round 17: batch 14 (fresh text, 81 attributions) split half dev / half test; dev half 0.650 before the round-17
        // changes, 0.675 after; dev (now 1072 claims) 0.839 before and after (passages 001-249 0.846 unchanged), so the dev
        // floor is 0.83.
        // Round 20: batch 17 (fresh text, 75 attributions) split half dev / half test; its dev half 0.588 before the
        // round-20 changes took dev (now 1192 claims) from 0.837 to 0.8297, so the dev floor is 0.825; after the round-20
        // changes dev 0.834 (dev half 0.676), test 0.699 (batch 17 test half 0.595; the 507 older test claims 0.707).
        // Round 21: batch 18 (fresh text, 70 attributions) split half dev / half test: 0.686 on the whole batch before the
        // round-21 changes; dev (now 1227 claims) 0.831 -> 0.835 (dev half 0.714 -> 0.800), test 0.698 (batch 18 test
        // half 0.657; the 547 older test claims 0.699 -> 0.701).
        // Round 22: batch 19 (fresh text, 65 attributions) split half dev / half test: dev half 0.727, test half 0.774 before
        // the round-22 changes; dev (now 1261 claims) 0.831 -> 0.838 (dev half 0.758), test 0.701 (batch 19 test half 0.774).
        Assert.True(score.StatusAccuracy >= (split == "dev" ? 0.825 : 0.69), $"status accuracy {score.StatusAccuracy:0.000}");
        // Dev-only batch 4 brought channels the detector does not name (0.905 -> 0.886 on dev; test 0.953 unchanged);
        // dev-only batch 10 more of them (Hespress, Benar News, Jubi, Armenpress, al-Zallaqa: dev 0.882 -> 0.870).
        // Round 22: batch 19 (fresh text) brought outlets named after "told" that the detector does not know (Addis
        // Standard, Greater Kashmir, Rappler, L'Orient-Le Jour, Aden al-Ghad, Le Nouvelliste ...): channel on its dev half
        // 0.788, on its test half 0.548, test 0.849 with it (no code change moved channels), so the floor was 0.84.
        // Round 23: such outlets read by the shape of their names (OutletShapes): dev 0.863 -> 0.920, test 0.847 -> 0.902
        // (measured once), so the floor is 0.88.
        Assert.True(score.ChannelAccuracy >= 0.88, $"channel accuracy {score.ChannelAccuracy:0.000}");
        // 0.947 on passages 001-053 of test, 0.940 (140/149) with batch 2: the new passages' hedges, not a code change.
        Assert.True(score.CertaintyAccuracy >= 0.93, $"certainty accuracy {score.CertaintyAccuracy:0.000}");
    }

    /// <summary>The real pipeline (text, language, claims stages): claimants resolved to language-layer entities.</summary>
    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void EvaluatePipeline_GoldSplit_MeetsRegressionFloor(string split)
    {
        var gold = ClaimsGold.Load(GoldPath(split));
        var pipeline = new AnalysisPipeline([new TextStage(), LanguageTestSupport.Stage, new ClaimsStage()]);
        var score = ClaimsEvaluator.Evaluate(gold, text => pipeline.Run(new Document("gold", text, new ArticleMetadata())).Get<ClaimsLayer>().Claims);
        output.WriteLine(ClaimsEvaluator.Format(split + " (pipeline)", score));
        if (Environment.GetEnvironmentVariable("SITREP_CLAIMS_DUMP") is { Length: > 0 } dump)
        {
            var b = new System.Text.StringBuilder();
            foreach (var passage in gold)
            {
                var predicted = pipeline.Run(new Document("gold", passage.Text, new ArticleMetadata())).Get<ClaimsLayer>().Claims;
                foreach (var g in passage.Claims.Where(g => g.Claimant is not null))
                {
                    var p = predicted.FirstOrDefault(p => p.Content.Overlaps(g.ContentSpan));
                    var w = p?.Who;
                    b.AppendLine($"{passage.Id}\tG {g.Claimant!.Name}|{g.Claimant.Sector}|{g.Claimant.CountryIso3}|{g.Claimant.Text}\tP {w?.Name}|{w?.Sector}|{w?.CountryIso3}|{w?.Text}|{w?.Anonymous}");
                }
            }

            File.WriteAllText(Path.Combine(dump, $"resolved-{split}.txt"), b.ToString());
        }

        // Round 11: the test split grew by the test-only batch 8 (fresh text): detection on test 0.988 (CLI figures).
        Assert.True(score.F1 >= 0.98, $"detection F1 {score.F1:0.000}");
        // Floor as measured after the NER model retrained with gazetteer features (0.811 test, 0.837 dev; it was 0.864 before).
        // Dev-only batch 3 (new parties: Sudanese, Congolese, Yemeni, Burkinabe sources) took dev to 0.79; resolution code unchanged.
        // Dev-only batch 4 (Somali, Haitian, Colombian, Pakistani, Nigerian parties) took dev to 0.777; resolution code unchanged.
        // The NER model retrained with name-run features and an ORG prior (round 8, issue #3) moved dev to 0.768: a few
        // claimants' organisations now span other words; the claims code is unchanged by it.
        Assert.True(score.EntityAccuracy >= (split == "dev" ? 0.76 : 0.77), $"resolved claimant accuracy {score.EntityAccuracy:0.000}");
        // 0.712 on passages 001-053 of test, 0.685 with batch 2 (new parties' sectors; resolution code unchanged).
        // Dev-only batch 5 (round 8: parties such as MINUSCA, Karapatan, Cabo Ligado, the Kuki-Zo Council, whose sectors the
        // resolver does not know) took dev to 0.678 with the resolution code unchanged; the test floor stays 0.68.
        // Dev-only batch 7 (round 10: parties such as the Congo River Alliance, Cabo Ligado, Stellar Maritime) took dev to
        // 0.668 with the sector code unchanged.
        // Round 11: the test-only batch 8 (parties such as the Sudan Conflict Observatory, Black Bird Group, the Office of the
        // Citizen Protector, the SSA) took test to 0.647 with the sector code unchanged (0.685 on the old test passages).
        // Dev-only batch 10 (parties of 20 other conflicts) took dev to 0.640 with the sector code unchanged (0.661 on 001-181).
        // Round 14: batch 11 (fresh text, half to test: parties such as the Duhok governorate, Emergency, Redes da Maré, the
        // Sinai Foundation) took test to 0.636 with the sector code unchanged.
        // Round 15: batch 12's test half (parties such as the Yesha Council, Energoatom, Stabroek News) took test to 0.623
        // with the sector code unchanged.
        // Round 16: batch 13's test half (parties such as Ambrey, Bazan Group, Aspides, the Congo River Alliance) took test
        // to 0.611 with the sector code unchanged.
        // Round 17: batch 14's test half (parties such as the Asayish, Jubaland's security ministry, the Caspian Pipeline
        // Consortium, Dimtsi Weyane) took test to 0.606 with the sector code unchanged.
        Assert.True(score.SectorAccuracy >= 0.60, $"sector accuracy {score.SectorAccuracy:0.000}");
    }

    private static string Dump(IEnumerable<GoldPassage> gold, AttributionDetector detector)
    {
        var b = new System.Text.StringBuilder();
        foreach (var passage in gold)
        {
            var predicted = detector.Detect(passage.Text, TextAnalyzer.Analyze(passage.Text));
            b.AppendLine("=== " + passage.Id);
            foreach (var g in passage.Claims)
            {
                var match = predicted.FirstOrDefault(p => p.Content.Overlaps(g.ContentSpan));
                var mark = match is null ? "MISS" : ClaimsEvaluator.ClaimantMatches(g.Claimant, match.Claimant, passage.Text) ? (match.Status == g.Status ? "ok  " : "STAT") : "WHO ";
                b.AppendLine($"{mark} G [{g.Claimant?.Text}] {g.Cue} | {g.Content} | {ClaimNames.Of(g.Status)}");
                if (match is not null && mark != "ok  ")
                {
                    b.AppendLine($"     P [{match.Claimant?.NamingSpan.Slice(passage.Text)}] {match.Cue?.Slice(passage.Text)} | {match.Content.Slice(passage.Text)} | {ClaimNames.Of(match.Status)}");
                }
            }

            foreach (var p in predicted.Where(p => !passage.Claims.Any(g => g.ContentSpan.Overlaps(p.Content))))
            {
                b.AppendLine($"FP   P [{p.Claimant?.NamingSpan.Slice(passage.Text)}] {p.Cue?.Slice(passage.Text)} | {p.Content.Slice(passage.Text)} | {ClaimNames.Of(p.Status)}");
            }
        }

        return b.ToString();
    }
}
