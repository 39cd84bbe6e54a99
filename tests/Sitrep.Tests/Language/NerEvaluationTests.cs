using Sitrep.Language;
using Sitrep.Language.Corpora;
using Sitrep.Language.Evaluation;

namespace Sitrep.Tests.Language;

public class NerEvaluationTests
{
    // Four gold names; the predictor finds one exactly, cuts one short, mistypes one and misses one.
    private static readonly string[] _words = ["Tamsel", "of", "Vellmoor", "Works", "met", "Jaro", "Kellin", "in", "Orvik", "and", "Brisa", "."];
    private static readonly string[] _labels = ["U-PER", "O", "B-ORG", "L-ORG", "O", "B-PER", "L-PER", "O", "U-LOC", "O", "U-LOC", "O"];

    private static NerEvaluation Score(params TaggedSpan[] predicted)
    {
        var sentence = LabelledSentence.FromWords("doc", _words, _labels);
        var gold = new NerSentence(sentence, NerCorpora.SpansOf(_labels, t => t), NerDomain.General);
        return NerEvaluator.Evaluate([gold], _ => predicted);
    }

    [Fact]
    public void Misses_AreSortedByWhatWasPredictedOverThem()
    {
        var result = Score(
            new TaggedSpan(0, 1, "PER"), // exact
            new TaggedSpan(2, 1, "ORG"), // "Vellmoor" for "Vellmoor Works": boundary
            new TaggedSpan(5, 2, "ORG"), // "Jaro Kellin" as an organisation: type
            new TaggedSpan(8, 1, "LOC")); // exact; "Brisa" not predicted: unseen

        Assert.Equal(new MissKinds(0, 1, 0, 0), result.PerType.Single(s => s.Type == "ORG").Misses);
        Assert.Equal(new MissKinds(0, 0, 1, 0), result.PerType.Single(s => s.Type == "PER").Misses);
        Assert.Equal(new MissKinds(1, 0, 0, 0), result.PerType.Single(s => s.Type == "LOC").Misses);
        Assert.Equal(new MissKinds(1, 1, 1, 0), result.Overall.Misses);
        Assert.Equal(3, result.Overall.FalseNegatives);
    }

    [Fact]
    public void Misses_OtherTypeAndOtherBoundaries_CountAsBoth()
    {
        var result = Score(new TaggedSpan(3, 1, "PER"), new TaggedSpan(6, 2, "LOC"));

        Assert.Equal(1, result.PerType.Single(s => s.Type == "ORG").Misses.BoundaryAndType);
        Assert.Equal(1, result.PerType.Single(s => s.Type == "PER").Misses.BoundaryAndType);
        Assert.Contains("missed: 3 unseen, 0 boundary, 0 type, 2 both", result.Overall.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_ListEachMissWithItsCorpusLabelAndKind_AndEachWrongSpan()
    {
        var sentence = LabelledSentence.FromWords("doc", _words, _labels);
        var gold = new NerSentence(sentence, NerCorpora.SpansOf(_labels, t => t), NerDomain.General);
        var lines = NerEvaluator.Errors([gold], _ => [new TaggedSpan(0, 1, "PER"), new TaggedSpan(2, 1, "ORG"), new TaggedSpan(5, 2, "PER"), new TaggedSpan(8, 1, "LOC")])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.StartsWith("# doc: Tamsel of Vellmoor Works", lines[0], StringComparison.Ordinal);
        string[] expected = ["missed\tORG\tboundary\tORG\tVellmoor Works", "missed\tLOC\tunseen\tLOC\tBrisa", "false\tORG\t\t\tVellmoor"];
        Assert.Equal(expected, lines[1..].Order(StringComparer.Ordinal).Reverse().ToArray());
    }

    [Fact]
    public void Errors_LeaveOutSentencesScoredRight()
    {
        var sentence = LabelledSentence.FromWords("doc", _words, _labels);
        var gold = new NerSentence(sentence, NerCorpora.SpansOf(_labels, t => t), NerDomain.General);

        Assert.Empty(NerEvaluator.Errors([gold], _ => [.. gold.Gold]));
    }

    [Fact]
    public void NoMisses_PrintNoBreakdown()
    {
        var result = Score(new TaggedSpan(0, 1, "PER"), new TaggedSpan(2, 2, "ORG"), new TaggedSpan(5, 2, "PER"), new TaggedSpan(8, 1, "LOC"), new TaggedSpan(10, 1, "LOC"));

        Assert.Equal(0, result.Overall.FalseNegatives);
        Assert.DoesNotContain("missed", result.ToString(), StringComparison.Ordinal);
    }
}
