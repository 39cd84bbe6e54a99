using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Fusion;

public class FusionEvaluatorTests(ITestOutputHelper output)
{
    private const string _shelling = "Explosions/Remote violence";

    private static string GoldPath(string split) => Path.Combine(SharedData.RepositoryRoot, "data", "gold", "fusion", $"fusion.{split}.jsonl");

    /// <summary>A report of <paramref name="cluster"/> whose main event joined <paramref name="fused"/> (null: no event found).</summary>
    private static FusionOutcome Outcome(string id, string cluster, string? fused, string type = _shelling) => new(
        new FusionGoldReport(id, cluster, _shelling, new DateOnly(2024, 11, 16), "UKR"),
        fused is null ? null : new EventRecord { Id = id + "/ev0", EventType = type, Iso3 = "UKR", EventDate = new DateOnly(2024, 11, 16) },
        fused);

    [Fact]
    public void Score_HandMadeClusters_PairwiseAndBCubedFigures()
    {
        // Gold: A = {a1, a2, a3}, B = {b1}, C = {c1, c2}. System: F1 = {a1, a2, b1}, a3 found no event, F2 = {c1, c2}.
        var score = FusionEvaluator.Score(
        [
            Outcome("a1", "A", "F1"),
            Outcome("a2", "A", "F1"),
            Outcome("a3", "A", null),
            Outcome("b1", "B", "F1"),
            Outcome("c1", "C", "F2"),
            Outcome("c2", "C", "F2"),
        ]);

        Assert.Equal(4, score.GoldPairs); // a1a2 a1a3 a2a3 c1c2
        Assert.Equal(4, score.FusedPairs); // a1a2 a1b1 a2b1 c1c2
        Assert.Equal(2, score.CorrectPairs);
        Assert.Equal(["a1+b1", "a2+b1"], score.FalseMerges.Select(p => $"{p.A.Gold.Id}+{p.B.Gold.Id}"));
        Assert.Equal(["a1+a3", "a2+a3"], score.MissedMerges.Select(p => $"{p.A.Gold.Id}+{p.B.Gold.Id}"));
        Assert.Equal(0.5, score.FalseMergeRate, 6);
        Assert.Equal(0.5, score.MissedMergeRate, 6);
        Assert.Equal(0.5, score.MissedByExtractionRate, 6); // a3's missing event caused both misses
        Assert.Equal(0.0, score.MissedGivenExtractionRate, 6);
        Assert.All(score.MissedMerges, m => Assert.Equal("extraction: no event", m.Cause));
        Assert.All(score.FalseMerges, m => Assert.Equal("fusion", m.Cause));
        Assert.Equal(0.5, score.Precision, 6);
        Assert.Equal(0.5, score.Recall, 6);

        // B-cubed precision: a1, a2 2/3; a3 1; b1 1/3; c1, c2 1. Recall: a1, a2 2/3; a3 1/3; b1 1; c1, c2 1.
        Assert.Equal(14.0 / 18, score.BCubedPrecision, 6);
        Assert.Equal(14.0 / 18, score.BCubedRecall, 6);
        Assert.Equal(1, score.ExtractionErrors);
        Assert.Contains("false merges: 2/4 = 50.0%", score.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_TwoOrdersGroupReportsOtherwise_CountsTheReportsAndTheirIds()
    {
        var given = FusionEvaluator.Score([Outcome("a1", "A", "F1"), Outcome("a2", "A", "F1"), Outcome("b1", "B", "F2")]);

        // The same groups under other ids: the groups agree, the ids do not.
        var renamed = FusionScore.Agreement(given, FusionEvaluator.Score([Outcome("a1", "A", "G1"), Outcome("a2", "A", "G1"), Outcome("b1", "B", "G2")]));
        Assert.Equal(1.0, renamed.BCubedF1, 6);
        Assert.Equal(0, renamed.ReportsInOtherGroups);
        Assert.Equal(0, renamed.SameFusedIds);
        Assert.Equal(3, renamed.ReportsWithFusedIds);

        // a2 joined b1 in the other order: every report's group changed, a1 and b1 kept their ids.
        var moved = FusionScore.Agreement(given, FusionEvaluator.Score([Outcome("a1", "A", "F1"), Outcome("a2", "A", "F2"), Outcome("b1", "B", "F2")]));
        Assert.True(moved.BCubedF1 < 0.8, moved.ToString());
        Assert.Equal(3, moved.ReportsInOtherGroups);
        Assert.Equal(2, moved.SameFusedIds);
        Assert.Contains("reports in another group 3/3", moved.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PerfectFusion_NoFalseOrMissedMerges()
    {
        var score = FusionEvaluator.Score([Outcome("a1", "A", "F1"), Outcome("a2", "A", "F1"), Outcome("b1", "B", "F2")]);
        Assert.Empty(score.FalseMerges);
        Assert.Empty(score.MissedMerges);
        Assert.Equal(1.0, score.F1, 6);
        Assert.Equal(1.0, score.BCubedF1, 6);
    }

    [Fact]
    public void Score_MistypedReportNotFused_MissCountedAsExtraction()
    {
        var score = FusionEvaluator.Score([Outcome("a1", "A", "F1"), Outcome("a2", "A", "F2", type: "Battles")]);
        var miss = Assert.Single(score.MissedMerges);
        Assert.Equal("extraction: wrong type", miss.Cause);
        Assert.Equal(1.0, score.MissedByExtractionRate, 6);
    }

    [Fact]
    public void Arrange_ThreeOrders_GivenReversedAndARepeatableShuffle()
    {
        var items = Enumerable.Range(0, 50).ToList();

        var shuffled = FusionEvaluator.Arrange(items, ArrivalOrder.Shuffled);

        Assert.Equal(items, FusionEvaluator.Arrange(items, ArrivalOrder.Given));
        Assert.Equal(Enumerable.Range(0, 50).Reverse(), FusionEvaluator.Arrange(items, ArrivalOrder.Reversed));
        Assert.Equal(items, shuffled.Order()); // every item once
        Assert.NotEqual(items, shuffled);
        Assert.Equal(shuffled, FusionEvaluator.Arrange(items, ArrivalOrder.Shuffled)); // the fixed seed repeats it
        Assert.Equal(Enumerable.Range(0, 50), items); // the input is not reordered in place
    }

    [Fact]
    public void Summary_HandMadeClusters_FalseMissedAndBCubedOnOneLine()
    {
        var score = FusionEvaluator.Score([Outcome("a1", "A", "F1"), Outcome("a2", "A", "F2"), Outcome("b1", "B", "F2")]);

        Assert.Equal("false merges 1/1 = 100.0%, missed merges 1/1 = 100.0%, B-cubed F1 0.667", score.Summary());
    }

    [Fact]
    public void Load_RepositoryGold_BothSplitsWithManyClustersCountriesAndNearMisses()
    {
        var dev = FusionEvaluator.Load(GoldPath("dev"));
        var test = FusionEvaluator.Load(GoldPath("test"));
        var all = dev.Concat(test).ToList();

        Assert.True(all.Count >= 190, $"{all.Count} reports");
        Assert.True(all.Select(r => r.Cluster).Distinct().Count() >= 60);
        Assert.True(all.Select(r => r.Iso3).Distinct().Count() >= 15);
        Assert.Empty(dev.Select(r => r.Id).Intersect(test.Select(r => r.Id)));
        Assert.Empty(dev.Select(r => r.Cluster).Intersect(test.Select(r => r.Cluster))); // split by scenario
        foreach (var split in new[] { dev, test })
        {
            // Each split has events reported by several outlets and near-misses beside them (same scenario, other cluster).
            Assert.True(split.GroupBy(r => r.Cluster).Count(g => g.Count() >= 3) >= 10);
            var scenarios = split.GroupBy(r => r.Cluster[..r.Cluster.IndexOf('/')]);
            Assert.All(scenarios, s => Assert.True(s.Select(r => r.Cluster).Distinct().Count() >= 2, s.Key + " has no near-miss"));
        }
    }

    [Fact]
    public void Load_RepositoryGold_RecordsAreContractInputWithDistinctSources()
    {
        foreach (var split in new[] { "dev", "test" })
        {
            foreach (var line in File.ReadLines(GoldPath(split)))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()));
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("published").GetString());
                Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("source").GetString()));
                Assert.StartsWith("https://", root.GetProperty("url").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Load_MissingCluster_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("fusion.bad.jsonl",
            """
            {"id": "a", "text": "x", "gold": {"cluster": "s/main", "event_type": "Battles"}}
            {"id": "b", "text": "y", "gold": {"event_type": "Battles"}}
            """);
        var error = Assert.Throws<FormatException>(() => FusionEvaluator.Load(path));
        Assert.StartsWith("fusion.bad.jsonl:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DevSplit_MeetsMeasuredFloor()
    {
        // Fusion is incremental: the file's order is scored in full, the reverse and a fixed-seed shuffle on their own.
        var scores = FusionEvaluator.EvaluateOrders(GoldPath("dev"), SitrepPipeline.CreateDefault(), FusionEvaluator.AllOrders);
        var score = scores[0].Score;
        output.WriteLine("dev: " + score.Describe(details: false));
        foreach (var (order, other) in scores)
        {
            output.WriteLine($"dev {order}: {other.Summary()}");
        }

        // Measured 2026-11-26 after compatible types, place names in unlocated reports' words and name-weighted
        // evidence (issue #7) on the dev of batches 1-3 (226 reports): false merges 3/139 = 2.2% (one "overnight into
        // Friday" near-miss), missed 24.0% (15.6 points extraction), 10.7% of correctly extracted pairs, B-cubed F1
        // 0.937. Batch 4 (80 reports of under-represented conflicts, written before the code ran on it) then read
        // false 2/24, missed 73.5% (52.6% of correctly extracted pairs). After shared counts, publication windows for
        // undated reports, follow-up phrases, best-supported choice and looser cross-type evidence (issue #7, second
        // pass), the whole dev (306 reports): false 0/191 = 0.0%, missed 27.1% (21.4 points extraction), 8.4% of
        // correctly extracted pairs, B-cubed F1 0.938; batches 1-3 alone: false 0/149, missed 16.8% (5.7% given
        // extraction), B-cubed 0.961; batch 4 alone: false 0/42, missed 49.4% (18.4% given extraction), B-cubed 0.864.
        // The floors sit just above / below. Merged with the events work of the same day (issue #5: typing fixes that
        // make about ten more dev pairs correctly extracted, some of which fusion then misses): false 0/198, missed
        // 24.4% (14.9 points extraction), 12.6% of correctly extracted pairs, B-cubed F1 0.944. The share missed among
        // correctly extracted pairs rose because its denominator gained harder pairs, not because fusion changed.
        // Session 8's places work (issue #4) located two reports that had been unlocated or in the wrong country: a
        // "Lido beach" follow-up now in Mogadishu (fusion then joins it to the next bombing there, two days later)
        // and "the gendarmerie school in Faladie" in the only Faladie the gazetteer knows, a village outside Bamako's
        // district: false 1/198, missed 24.8%, 14.0% of correctly extracted pairs, B-cubed F1 0.942. Fusion code unchanged.
        // Session 12's events typing (issue #5: "deployed at" describing a force, "sent to hell", civilians who tell the
        // event are no victims, gunfire with unnamed blasts is fighting) extracted eight more dev pairs: false 1/202,
        // missed 25.2% -> 23.3% (14.1 -> 11.1 points extraction), 15.4% of correctly extracted pairs (the denominator
        // gained harder pairs; fusion code unchanged), B-cubed F1 0.945.
        // Session 14 added batch 5's dev part (39 reports of conflicts and outlet styles none had, written before the
        // code ran on it: false 2/12, missed 26/36 = 72.2%, 47.2 points extraction) to the dev split, then words naming
        // the other's place outranking the gazetteer's division, a count shared with one member counting for the
        // fused event and undated reports published on the event's day: the 306 older
        // reports false 1/202 -> 1/205, missed 23.3% -> 22.1%; batch 5 dev unchanged (false 2/12, missed 26/36); the
        // whole dev (345) false 3/214 -> 3/217 = 1.4%, missed 29.2% -> 28.2% (15.1 points extraction), 17.4% of
        // correctly extracted pairs, B-cubed F1 0.927 -> 0.930.
        // Session 15 added batch 6's dev part (49 reports, written before the code ran on it: false 1/11, missed 43/53
        // = 81.1%, 73.6 points extraction, mostly protests and riots typed as battles or attacks), which took the whole
        // dev to false 4/233 = 1.7%, missed 34.8%. Then protesters as unarmed targets with excessive force compatible
        // with violence against civilians, a shared site name placing an unplaced report, and a score without the
        // actors' overlap (no signal among unvetoed pairs) at threshold 0.48: false 2/240 = 0.8%, missed 32.2% (22.2
        // points extraction), 14.5% of correctly extracted pairs, B-cubed F1 0.921; batch 6 dev false 0/12, missed 41/53.
        // Session 16 added batch 7's dev part (38 reports, committed before the code ran on it: false 0/8, missed 28/36
        // = 77.8%, 58.3 points extraction), which took the whole dev to false 2/251 = 0.8%, missed 35.7% (24.8 points
        // extraction), 16.5% of correctly extracted pairs, B-cubed F1 0.911; a follow-up dated after an overnight
        // report's first day ruled out left these unchanged (it parts one near-miss pair the cluster mean kept apart).
        // Session 17 added batch 8's dev part (51 reports, committed before the code ran on it: false 2/16, missed 35/49
        // = 71.4%, 67.3 points extraction), which took the whole dev to false 2/277 = 0.7%, missed 161/436 = 36.9%. Then
        // near-type compatibility (armed clash with riots and protests met with force, looting with riots), a strike
        // and the strike back vetoed, and a settlement told by a bearing from a town ("in Oog, west of Las Anod") kept
        // apart from that town: false 0/277, missed 159/436 = 36.5% (27.3 points extraction), 14.3% of correctly
        // extracted pairs, B-cubed F1 0.910; batch 8 dev false 0/14, missed 35/49.
        // Session 18 added batch 9's dev part (39 reports, committed before the code ran on it: false 5/24, missed 17/36
        // = 47.2%, 44.4 points extraction), which took the whole dev to false 5/301 = 1.7%, missed 176/472 = 37.3%,
        // B-cubed F1 0.905. Then two named districts of one city kept apart (the church bombing in Dweila and the
        // roadside bomb in Mezzeh the same day): false 2/298 = 0.7%, missed 176/472 = 37.3% (28.6 points extraction),
        // 14.1% of correctly extracted pairs, B-cubed F1 0.906; batch 9 dev false 2/21 (both extraction), missed 17/36.
        // Session 19 added batch 10's dev part (49 reports, committed before the code ran on it: false 1/10, missed 37/46
        // = 80.4%, 78.3 points extraction), which took the whole dev to false 3/308 = 1.0%, missed 213/518 = 41.1%,
        // B-cubed F1 0.895. Then a part of a group ("four of the injured") no shared count, a site named by two reports
        // neither placed in a town, and a town and the district its words name not places apart: false 2/311 = 0.6%,
        // missed 209/518 = 40.3% (33.0 points extraction), 13.0% of correctly extracted pairs, B-cubed F1 0.899; an
        // undated report published within the lag days after the other's day agreeing 0.6 on date (was 0.5): false
        // 2/314, missed 206/518 = 39.8% (32.8 points extraction), 12.3% of correctly extracted pairs, B-cubed F1 0.901.
        // Session 20 added batch 11's dev part (48 reports, committed before the code ran on it: false 2/20, missed 40/58
        // = 69.0%, 56.9 points extraction), which took the whole dev to false 4/338 = 1.2%, missed 242/576 = 42.0%,
        // B-cubed F1 0.894. Then a report that fits two fused events kept apart merging them (the ledger the same in any
        // arrival order): false 4/344, missed 41.0%; and an unplaced report from an outlet named after the other's town
        // agreeing 0.7 on place (no near-miss pair moved): false 4/351 = 1.1%, missed 229/576 = 39.8%. This file's order
        // puts each incident's outlets before its near-misses; reversed, the same code gave false 13/351, shuffled
        // 10/349 (before the session 8/329 and 7/329): a bridge then merges only events whose reports each fit the
        // bridge and the joined event's reports (as they would had the bridge come first): false 5/350 = 1.4%, missed
        // 231/576 = 40.1% (34.2 points extraction), 10.7% of correctly extracted pairs, B-cubed F1 0.898; reversed
        // 10/345 and 41.8%, shuffled 6/342 and 41.7%; batch 11 dev unchanged (false 2/20, missed 40/58: riots typed
        // otherwise by the events stage).
        // Session 21 added batch 12's dev part (48 reports, committed before the code ran on it: false 5/23, missed 45/63
        // = 71.4%, 63.5 points extraction; reversed 6/21 and 76.2%), which took the whole dev to false 10/373 = 2.7%,
        // missed 276/639 = 43.2%, B-cubed F1 0.887; and the evaluation now scores three arrival orders (reversed 16/366,
        // 45.2%, 0.878; shuffled 13/368, 44.4%, 0.882). A report placed nowhere beside one placed in a town agreeing 0.2
        // on place (was 0.1): given false 9/377 = 2.4%, missed 271/639 = 42.4% (37.1 points extraction), 10.1% of
        // correctly extracted pairs, B-cubed F1 0.890; reversed 16/373, 44.1%, 0.881; shuffled 14/374, 43.7%, 0.884.
        // Session 22: per-pair type weights (loose_place) and Rehome: given false 9/383 = 2.3%, missed 265/639 = 41.5%
        // (36.5 points extraction), 9.5% of correctly extracted pairs, B-cubed F1 0.892; reversed 17/381, 43.0%, 0.884;
        // shuffled 11/382, 41.9%, 0.890.
        Assert.True(score.FalseMergeRate <= 0.025, score.Describe());
        Assert.True(score.MissedMergeRate <= 0.416, score.Describe());
        // Merged with the same session's date work (issue #4: a telling date gives way to the event's, 'overnight into X'):
        // given false 9/383 -> 8/382, missed 41.5%, 9.5% -> 9.7% of correctly extracted pairs, B-cubed F1 0.892 -> 0.893;
        // reversed 16/380, 43.0%; shuffled 10/381, 41.9%.
        // Session 23's events typing (issue #5: arrests and looting told in a named riot are that riot; a stabbing is an
        // attack) extracted more dev pairs correctly: given false 8/382 -> 6/385, missed 265 -> 260 (36.3 -> 35.1 points
        // extraction), 9.7% -> 10.4% of correctly extracted pairs (the denominator gained harder pairs; fusion code
        // unchanged), B-cubed F1 0.893 -> 0.895; reversed 16 -> 15 false, 43.0% -> 42.3%; shuffled 10 -> 8, 41.9% -> 41.2%.
        // Session 22's actor readings (issue #5: an office before a weapon, "army aircraft", is the army's) name both
        // sides where reports had a country-less force: events dev actor countries +6, and two Nyala air-strike pairs
        // now meet the actors veto because one report's actor 1 is mis-extracted from a "held by" phrase (an events
        // error, counted as fusion's): missed among correctly extracted pairs 10.4% -> 11.0%, the rest unchanged.
        Assert.True(score.MissedGivenExtractionRate <= 0.111, score.Describe());
        Assert.True(score.BCubedF1 >= 0.891, score.Describe());
        Assert.True(score.Precision >= 0.975, score.Describe());
        Assert.All(scores, s => Assert.True(s.Score.FalseMergeRate <= 0.045 && s.Score.MissedMergeRate <= 0.431 && s.Score.BCubedF1 >= 0.883, $"{s.Order}: {s.Score.Summary()}"));
    }

    [Fact]
    public void Evaluate_TestSplit_ReachesMeasuredFigures()
    {
        var score = FusionEvaluator.Evaluate(GoldPath("test"), SitrepPipeline.CreateDefault());
        output.WriteLine("test: " + score.Describe(details: false));

        // Measured 2026-11-26 after issue #7's second pass (never tuned on; aggregate figures only): false merges 6/56 =
        // 10.7% (no new false pair: the same six), missed 36.7% of gold pairs (35.4 points extraction; 2.4% of
        // correctly extracted pairs), B-cubed F1 0.895. Before that pass: false 6/49 = 12.2%, missed 45.6%. Before the
        // first (batch 2): false 6/45 = 13.3%, missed 50.6%, B-cubed F1 0.852. Session 14 (batch 5's test part added,
        // 27 reports; aggregate only): false 6/75 = 8.0%, missed 37.3% (all extraction), B-cubed F1 0.895; the older
        // 103 reports alone unchanged (false 6/57, missed 35.4%). Session 15 (batch 6's test part added, 25 reports;
        // aggregate only, once at the end): false 6/81 = 7.4%, missed 44.4% (39.3 points extraction; 10.8% of correctly
        // extracted pairs), B-cubed F1 0.871; the older 130 reports alone false 6/78 = 7.7%, missed 34.5% (all
        // extraction); batch 6's test part alone false 0/3, missed 22/25. Session 16 (aggregate only, once at the end):
        // events typing alone (riots, mutual fighting) on the 155 reports: false 6/80, missed 61/135 = 45.2% (main before
        // it 59/135; fusion dev's missed pairs fell 110 -> 104), a held-out cost recorded, not tuned away; batch 7's test
        // part (30 reports) alone false 4/16, missed 16/28: its near-misses merge where dev's did not. All of session 16
        // merged (typing, batch 7, candidates from every division of the country): false 10/96 = 10.4%, missed 77/163 =
        // 47.2% (42.9 points extraction; 9.6% of correctly extracted pairs), B-cubed F1 0.860. Session 17 (aggregate
        // only, once at the end; batch 8's test part added, 30 reports): false 10/108 = 9.3%, missed 95/193 = 49.2%
        // (45.6 points extraction; 9.6% of correctly extracted pairs), B-cubed F1 0.857; the older 185 reports alone
        // false 10/96 -> 10/99, missed 77/163 -> 74/163 = 45.4%, B-cubed F1 0.860 -> 0.867; batch 8's part false 0/9.
        // Session 18 (aggregate only, once at the end; batch 9's test part added, 26 reports): false 10/112 = 8.9%,
        // missed 115/217 = 53.0% (48.4 points extraction; 12.7% of correctly extracted pairs), B-cubed F1 0.848; the
        // older 215 reports alone unchanged by the session's fusion change (false 10/108, missed 95/193 = 49.2%, B-cubed
        // F1 0.857); batch 9's part alone false 0/4, missed 20/24 (17 of them extraction). Session 19 (aggregate only,
        // once at the end; batch 10's test part added, 29 reports): false 7/120 = 5.8%, missed 130/243 = 53.5% (49.8
        // points extraction; 11.0% of correctly extracted pairs), B-cubed F1 0.850; the older 241 reports alone unchanged
        // by the session's fusion changes (false 6/111, missed 112/217 = 51.6%, B-cubed F1 0.857); batch 10's part alone
        // false 1/9, missed 18/26 (all extraction). Session 20 (aggregate only, once at the end; batch 11's test part
        // added, 32 reports): false 10/133 = 7.5%, missed 154/277 = 55.6% (51.6 points extraction; 11.7% of correctly
        // extracted pairs), B-cubed F1 0.841; the older 270 reports alone unchanged by the session's fusion changes
        // (false 7/120, missed 130/243 = 53.5%, B-cubed F1 0.850); batch 11's part alone false 3/13, missed 24/34 (22 of
        // them extraction).
        // Session 21 (aggregate only, once at the end; batch 12's test part added, 33 reports, measured before any
        // tuning: false 0/13, missed 26/39 = 66.7%, B-cubed F1 0.793): the whole test with the session's evaluation
        // (three arrival orders) before its fusion change: given false 10/146 = 6.8%, missed 180/316 = 57.0%, B-cubed
        // F1 0.837; reversed 17/149, 58.2%, 0.829; shuffled 15/149, 57.6%, 0.832. After it (an unplaced report beside a
        // town agreeing 0.2 on place): given false 13/149 = 8.7%, missed 180/316 = 57.0% (16.7% of correctly extracted
        // pairs), B-cubed F1 0.835; reversed and shuffled unchanged: a held-out cost of the dev gain, recorded.
        // Session 22 (aggregate only, once at the end; per-pair type weights with loose_place, and Rehome moving a
        // report to the event a newer report fits it better): given false 13/151 = 8.6%, missed 178/316 = 56.3% (17.5%
        // of correctly extracted pairs, was 16.7%), B-cubed F1 0.837; reversed 17/151 = 11.3%, 57.6%, 0.831 (was 17/149,
        // 58.2%); shuffled 13/151 = 8.6%, 56.3%, 0.837 (was 15/149, 57.6%).
        // Round 22 (aggregate only, once at the end; the events stage's readings of fresh text, fusion dev identical):
        // given false 13/148 = 8.8%, missed 181/316 = 57.3% (16.7% of correctly extracted pairs), B-cubed F1 0.834, one
        // more pair missed through extraction: a held-out cost, recorded.
        // Round 24 (aggregate only, once at the end; cross-type margins 0.00 for armed violence, 0.10 kept for crowds):
        // given false 13/150 = 8.7%, missed 179/316 = 56.6% (was 57.0%), B-cubed F1 0.836; missed among correctly
        // extracted pairs 18.3% (was 16.7-17.5%): more pairs of one incident typed two ways fuse, and a fused pair with
        // a mistyped report leaves that figure's denominator (pairs whose both reports were extracted right or missed
        // through extraction), so it rises while the fuser's own misses (6.6% of gold pairs) stay.
        // Round 26 (aggregate only, once at the end; the events stage types riots, crowd missiles, burned property and
        // victims named by their work as the codebook does): given false 13/149 = 8.7%, missed 180/316 = 57.0% (extraction
        // 50.0 -> 49.4 points, fusion 6.6 -> 7.6), B-cubed F1 0.836; missed among correctly extracted pairs 20.7% (was
        // 18.3%): reports now typed right join the denominator, and some of their pairs the fuser does not join (the
        // near-misses of one city on one day it must then tell apart): a held-out cost of extraction's gain, recorded.
        // Later in round 26 (merged, aggregate only): the actor readings of fresh text (a speaker's own forces, blame in
        // the next sentence, the article's one country) retype two test reports' main events through their actors:
        // given false 13/147 = 8.8%, missed 182/316 = 57.6% (extraction 50.0 points), B-cubed F1 0.834 (under the old bound unrounded); fusion dev
        // identical; events test actor1 country 0.797 -> 0.819: a held-out cost, recorded.
        Assert.True(score.FalseMergeRate <= 0.09, score.Describe(details: false));
        Assert.True(score.MissedMergeRate <= 0.577, score.Describe(details: false));
        Assert.True(score.MissedGivenExtractionRate <= 0.21, score.Describe(details: false));
        Assert.True(score.BCubedF1 >= 0.833, score.Describe(details: false));
    }
}
