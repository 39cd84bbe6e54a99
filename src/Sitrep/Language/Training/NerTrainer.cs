using Sitrep.Language.Corpora;
using Sitrep.Language.Model;

namespace Sitrep.Language.Training;

/// <summary>Settings of a NER training run; the defaults produce the shipped model.</summary>
public sealed record NerTrainingOptions
{
    public int Iterations { get; init; } = 3;

    public int Seed { get; init; } = 20241117;

    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>Learn a per-corpus copy of each feature beside the shared one (see <see cref="NerTagger"/>).</summary>
    public bool DomainAdaptation { get; init; } = true;

    /// <summary>
    /// The share of training sentences seen without their corpus's copy of the features, so the shared copy alone
    /// (what the pipeline tags with) must also label them right rather than leaving corpus quirks to the copies.
    /// </summary>
    public double SharedOnlyShare { get; init; } = 0.5;

    public Action<string>? Log { get; init; }
}

/// <summary>Trains the named-entity tagger on the training splits of UNER English-EWT, re3d-open and wikigold.</summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains on the corpora under <paramref name="corporaRoot"/> (../shared/data/corpora), tagging them with
    /// <paramref name="posTagger"/> (the shipped one by default) so the POS features look as they will at run time.
    /// </summary>
    public static NerTagger Train(string corporaRoot, string? outputPath = null, NerTrainingOptions? options = null, PosTagger? posTagger = null, Lexicon? lexicon = null)
    {
        options ??= new NerTrainingOptions();
        posTagger ??= PosTagger.Default;
        lexicon ??= Lexicon.Default;
        var sentences = NerCorpora.Training(corporaRoot);
        options.Log?.Invoke($"ner: {sentences.Count} training sentences, {sentences.Sum(s => s.Gold.Length)} entities");
        return Train(sentences, outputPath, options, posTagger, lexicon);
    }

    internal static NerTagger Train(IReadOnlyList<NerSentence> sentences, string? outputPath, NerTrainingOptions options, PosTagger posTagger, Lexicon lexicon)
    {
        var gazetteer = Places.Gazetteer.Default;
        var labels = NerTagger.LabelsFor(NerCorpora.ModelTypes);
        var prepared = sentences.Select(s => Prepare(s, posTagger, lexicon, gazetteer)).ToList();
        var perceptron = new AveragedPerceptron(labels);
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[NerTagger.MaxFeatures];
        Span<float> scores = stackalloc float[labels.Length];
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            var errors = 0;
            var total = 0;
            foreach (var index in order)
            {
                var p = prepared[index];
                var domain = options.DomainAdaptation && random.NextDouble() >= options.SharedOnlyShare ? p.Domain : NerDomain.General;
                var guesses = new byte[p.Words.Length];
                for (var i = 0; i < p.Words.Length; i++)
                {
                    var n = NerTagger.Features(p.Words, p.Tags, p.Kinds, p.Places, guesses, i, domain, features);
                    perceptron.Score(features[..n], scores);
                    var guess = NerTagger.BestAllowed(scores, i > 0 ? guesses[i - 1] : 0, i == p.Words.Length - 1);
                    perceptron.Update(features[..n], p.Gold[i], guess);
                    guesses[i] = (byte)guess;
                    errors += guess == p.Gold[i] ? 0 : 1;
                    total++;
                }
            }

            options.Log?.Invoke($"ner: iteration {iteration}: token label errors {100.0 * errors / total:F2}%");
        }

        var tagger = new NerTagger(perceptron.ToModel(options.PruneBelow), gazetteer);
        options.Log?.Invoke($"ner: {tagger.FeatureCount} features kept");
        if (outputPath is not null)
        {
            tagger.Save(outputPath);
            options.Log?.Invoke($"ner: saved {outputPath} ({new FileInfo(outputPath).Length / 1024} KiB)");
        }

        return tagger;
    }

    private sealed record Prepared(WordInfo[] Words, Upos[] Tags, LexiconKind[] Kinds, byte[] Places, byte[] Gold, NerDomain Domain);

    private static Prepared Prepare(NerSentence s, PosTagger posTagger, Lexicon lexicon, Places.Gazetteer gazetteer)
    {
        var sentence = s.Sentence;
        var count = sentence.Tokens.Length;
        var tokens = sentence.Tokens.AsSpan();
        var words = new WordInfo[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = WordInfo.Of(sentence.Text.AsSpan(tokens[i].Start, tokens[i].Length));
        }

        var tags = new Upos[count];
        posTagger.Tag(sentence.Text, tokens, tags);
        var kinds = new LexiconKind[count];
        lexicon.Mark(sentence.Text, tokens, kinds);
        var places = new byte[count];
        PlaceMarks.Mark(gazetteer, sentence.Text, tokens, places);
        var gold = new byte[count];
        foreach (var span in s.Gold)
        {
            var type = NerCorpora.ModelTypes.IndexOf(span.Type);
            var b = (byte)(1 + (4 * type));
            if (span.Count == 1)
            {
                gold[span.First] = (byte)(b + 3);
                continue;
            }

            gold[span.First] = b;
            for (var i = span.First + 1; i < span.End - 1; i++)
            {
                gold[i] = (byte)(b + 1);
            }

            gold[span.End - 1] = (byte)(b + 2);
        }

        return new Prepared(words, tags, kinds, places, gold, s.Domain);
    }
}
