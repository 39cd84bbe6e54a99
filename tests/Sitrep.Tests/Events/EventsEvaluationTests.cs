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
        // Measured 2026-11-25 (tuned on dev only): detection F1 0.825 (P 0.797, R 0.855), typed F1 0.754,
        // sub-event type 0.809, fatalities 0.894 on the matched pairs. The floors sit just below.
        Assert.True(score.F1 >= 0.80, score.Describe());
        Assert.True(score.Precision >= 0.77, score.Describe());
        Assert.True(score.TypedF1 >= 0.72, score.Describe());
        Assert.True(score.Accuracy("sub_event_type") >= 0.78, score.Describe());
        Assert.True(score.Accuracy("fatalities") >= 0.85, score.Describe());
    }
}
