using System.Collections.Immutable;
using Sitrep.Language.Corpora;
using Sitrep.Language.Training;

namespace Sitrep.Language.Evaluation;

/// <summary>Per-tag figures: how often the gold tag was found, and how often a predicted tag was right.</summary>
public sealed record TagScore(Upos Tag, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
}

public sealed record PosEvaluation(int Tokens, int Correct, ImmutableArray<TagScore> PerTag)
{
    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;

    public override string ToString() => $"UPOS accuracy {100 * Accuracy:F2}% ({Correct}/{Tokens} tokens)";
}

/// <summary>Scores a POS tagger against a CoNLL-U file (UPOS column).</summary>
public static class PosEvaluator
{
    public static PosEvaluation Evaluate(PosTagger tagger, string conllUPath)
    {
        var classCount = PosTagger.ClassNames.Length;
        var gold = new int[classCount];
        var predicted = new int[classCount];
        var correct = new int[classCount];
        var tokens = 0;
        var right = 0;
        foreach (var sentence in CorpusReader.ReadConllU(conllUPath))
        {
            var tags = new Upos[sentence.Tokens.Length];
            tagger.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var truth = PosTrainer.ParseTag(sentence.Labels[i]);
                gold[(int)truth]++;
                predicted[(int)tags[i]]++;
                tokens++;
                if (truth == tags[i])
                {
                    correct[(int)truth]++;
                    right++;
                }
            }
        }

        var perTag = Enumerable.Range(0, classCount).Select(c => new TagScore((Upos)c, gold[c], predicted[c], correct[c]));
        return new PosEvaluation(tokens, right, [.. perTag]);
    }
}
