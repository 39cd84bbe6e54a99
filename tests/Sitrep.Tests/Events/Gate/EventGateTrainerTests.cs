using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Gate;

namespace Sitrep.Tests.Events.Gate;

public class EventGateTrainerTests
{
    [Theory]
    [InlineData("b12-04", "b12")]
    [InlineData("b3-10", "b3")]
    [InlineData("att-02", "b1")]
    [InlineData("neg-11", "b1")]
    [InlineData("b-1", "b1")]
    public void BatchOf_ReadsTheIdPrefix(string id, string batch) => Assert.Equal(batch, EventGateTrainer.BatchOf(id));

    private static GoldEvent Gold(int start, int end) => new("Battles", "Armed clash", null, null, null, null, null, null, 0, new TextSpan(start, end));

    private static GateCandidate Candidate(int start, int end, string? dropped, params string[] features) =>
        new(dropped is null ? new EventAnnotation { Id = $"e{start}", Trigger = new TextSpan(start, start + 1), Evidence = [new TextSpan(start, end)] } : null,
            new TextSpan(start, end), new TextSpan(start, start + 1), dropped, [.. features]);

    [Fact]
    public void Labelled_KeptMatchOneToOne_SetAsideArePositiveOnlyForUnmatchedGold()
    {
        var report = new GateReport("b5-01", "b5", [Gold(0, 10), Gold(20, 30)],
        [
            Candidate(0, 10, null, "bias"), Candidate(0, 10, null, "bias"), Candidate(0, 10, "veto", "bias"),
            Candidate(20, 30, "modality:future", "bias"), Candidate(40, 50, "veto", "bias"),
        ]);

        var labels = EventGateTrainer.Labelled(report).Select(l => l.Positive).ToArray();

        Assert.Equal([true, false, false, true, false], labels);
    }

    [Fact]
    public void Train_LearnsWhichFeatureMarksALookAlike_AndTheGateRaisesPrecision()
    {
        var reports = new List<GateReport>();
        for (var i = 0; i < 20; i++)
        {
            reports.Add(new GateReport($"b{2 + (i % 4)}-{i}", $"b{2 + (i % 4)}", [Gold(0, 10)],
            [
                Candidate(0, 10, null, "bias", "date"),
                Candidate(20, 30, null, "bias", "cue=habitual@near"),
                Candidate(40, 50, "veto", "bias", "cue=habitual@near"),
            ]));
        }

        var gate = EventGateTrainer.Train(reports);
        var rules = EventGateTrainer.Score(reports, null);
        var gated = EventGateTrainer.Score(reports, gate);

        Assert.True(gate.Probability(["bias", "date"]) > 0.5);
        Assert.True(gate.Probability(["bias", "cue=habitual@near"]) < 0.5);
        Assert.Equal(0.5, rules.Precision, 3);
        Assert.Equal(1.0, gated.Precision, 3);
        Assert.Equal(rules.Recall, gated.Recall, 3);

        var lobo = EventGateTrainer.LeaveOneBatchOut(reports, [0.5]);
        Assert.Equal(["b2", "b3", "b4", "b5"], lobo.Select(l => l.Batch));
        Assert.All(lobo, l => Assert.Equal(1.0, l.Gated[0].Precision, 3));
    }
}
