using Sitrep.Documents;
using Sitrep.Fusion;
using Sitrep.Output;
using Sitrep.Tests.Events;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// Claim fusion on the gold splits (data/gold/claim-fusion) through the real pipeline: pairwise false and missed
/// merges and the fused status of each proposition. The thresholds were set on dev; the floors are the figures
/// measured on each split.
/// </summary>
public class ClaimFusionEvaluationTests(ITestOutputHelper output)
{
    internal static string GoldPath(string split) => Path.Combine(SharedData.RepositoryRoot, "data", "gold", "claim-fusion", $"claim-fusion.{split}.jsonl");

    internal static ClaimFusionScores Score(string split) => ClaimFusionEvaluator.Evaluate(
        ClaimFusionEvaluator.Load(GoldPath(split)),
        article => AnalysisProjector.Project(EventsTestSupport.Analyze(article.Text, article.Published, article.Id), includeText: false));

    [Theory]
    [InlineData("dev", 0.0, 0.10, 0.85)]
    [InlineData("test", 0.05, 0.20, 0.70)]
    public void Evaluate_GoldSplit_MergesWithinTargets(string split, double maxFalse, double maxMissed, double minStatus)
    {
        var scores = Score(split);
        output.WriteLine($"{split}: {ClaimFusionEvaluator.Describe(scores)}");
        Assert.True(scores.Aligned >= scores.GoldClaims - 1, ClaimFusionEvaluator.Describe(scores));
        Assert.True(scores.FalseMergeRate <= maxFalse, ClaimFusionEvaluator.Describe(scores));
        Assert.True(scores.MissedMergeRate <= maxMissed, ClaimFusionEvaluator.Describe(scores));
        Assert.True(scores.StatusCorrect >= minStatus * scores.StatusChecked, ClaimFusionEvaluator.Describe(scores));
    }

    [Fact]
    public void Load_ContentNotInText_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "bad.jsonl");
        File.WriteAllText(path, "# header\n{\"id\":\"x\",\"text\":\"The army said so.\",\"claims\":[{\"content\":\"missing words\",\"group\":\"G\"}]}\n");
        var error = Assert.Throws<FormatException>(() => ClaimFusionEvaluator.Load(path));
        Assert.Contains("bad.jsonl:2", error.Message, StringComparison.Ordinal);
    }
}
