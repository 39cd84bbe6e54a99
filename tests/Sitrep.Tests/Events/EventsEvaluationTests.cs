using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

public class EventsEvaluationTests(ITestOutputHelper output)
{
    private static EventsScore Score(string split)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "data", "gold", "events", $"acled_style.{split}.jsonl");
        return EventsEvaluator.Evaluate(EventsEvaluator.Load(path), new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages));
    }

    [Fact]
    public void Evaluate_DevSplit_PrintsFigures()
    {
        var score = Score("dev");
        output.WriteLine("dev: " + score.Describe());
        Assert.True(score.Gold > 50);
        Assert.True(score.F1 >= 0.80, score.Describe());
    }

    [Fact]
    public void Evaluate_TestSplit_ReachesMeasuredFigures()
    {
        var score = Score("test");
        output.WriteLine("test: " + score.Describe());
        // Measured 2026-11-26 (tuned on dev only) after round 11 added batch 8's held-out half (23 reports) to the
        // 78 earlier ones: detection F1 0.859 (P 0.820, R 0.901), typed F1 0.812, sub-event type 0.904, fatalities
        // 0.836 on the matched pairs (batch 8's fresh text: 0.765). Round 13 added batch 10's held-out half (10
        // reports, 7 events): detection F1 0.879 (P 0.845, R 0.916), typed F1 0.828, sub-event type 0.908,
        // fatalities 0.805 (the same before and after round 13's changes). Round 14 added batch 11's held-out half (9
        // reports, 6 events), scored before any change was tuned on its dev half: detection F1 0.877 (P 0.838, R 0.921),
        // typed F1 0.830, sub-event type 0.914, fatalities 0.785 (main and round 14 alike; batches 1-10 alone still
        // 0.805). Round 15 added batch 12's held-out half (11 reports, 7 events) and read tolls past "at least", in
        // passives and coordinations: detection F1 0.873 (P 0.826, R 0.926), typed F1 0.821, sub-event type 0.910,
        // fatalities 0.900. Round 21 added batch 17's held-out half (20 reports, 14 events; the whole batch scored
        // P 0.667 R 0.929 before any change): detection F1 0.843 (P 0.778, R 0.921), typed F1 0.807, sub-event type
        // 0.929, fatalities 0.936, the same before and after round 21's changes (actor 2 sector 0.664 -> 0.700).
        // Round 22 added batch 18's held-out half (20 reports, 13 events; the whole batch scored P 0.595 R 1.000 before
        // any change): detection F1 0.834 (P 0.757, R 0.927) before round 22's changes, F1 0.841 (P 0.769, R 0.927),
        // typed F1 0.802, sub-event type 0.922, fatalities 0.928 after them (actor 2 sector 0.699 -> 0.712).
        // Round 24 added batch 19's held-out half (18 reports, 11 events; the whole batch scored P 0.595 R 1.000 before
        // any change): detection F1 0.834 (P 0.755, R 0.931) before round 24's changes, F1 0.836 (P 0.758, R 0.931),
        // typed F1 0.795, sub-event type 0.908, fatalities 0.920 after them.
        // The floors sit just below.
        Assert.True(score.F1 >= 0.83, score.Describe());
        Assert.True(score.Precision >= 0.75, score.Describe());
        Assert.True(score.TypedF1 >= 0.78, score.Describe());
        Assert.True(score.Accuracy("sub_event_type") >= 0.87, score.Describe());
        Assert.True(score.Accuracy("fatalities") >= 0.88, score.Describe());
    }
}
