using Sitrep.Language.Corpora;
using Sitrep.Language.Model;

namespace Sitrep.Language.Training;

/// <summary>Settings of a POS training run; the defaults produce the shipped model.</summary>
public sealed record PosTrainingOptions
{
    public int Iterations { get; init; } = 12;

    /// <summary>Fixed so that training the same corpus twice gives the same model.</summary>
    public int Seed { get; init; } = 20241117;

    /// <summary>Averaged weights smaller than this are dropped: they hardly change a decision and bloat the file.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>A word enters the tag dictionary when seen this often...</summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    /// <summary>...and with one tag at least this share of the time.</summary>
    public double TagDictionaryMinShare { get; init; } = 0.97;

    /// <summary>A word gets an ambiguity class (the set of tags it takes) when seen this often.</summary>
    public int AmbiguityMinCount { get; init; } = 3;

    public Action<string>? Log { get; init; }
}

/// <summary>Trains the part-of-speech tagger on a CoNLL-U corpus (UPOS column).</summary>
public static class PosTrainer
{
    public const string DefaultTrainFile = "UD_English-EWT/en_ewt-ud-train.conllu";

    /// <summary>Trains on <paramref name="trainConllU"/> and, when <paramref name="outputPath"/> is given, saves the model there.</summary>
    public static PosTagger Train(string trainConllU, string? outputPath = null, PosTrainingOptions? options = null)
    {
        options ??= new PosTrainingOptions();
        var sentences = CorpusReader.ReadConllU(trainConllU).ToList();
        options.Log?.Invoke($"pos: {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens from {trainConllU}");
        var tagger = Train(sentences, options);
        if (outputPath is not null)
        {
            tagger.Save(outputPath);
            options.Log?.Invoke($"pos: saved {outputPath} ({new FileInfo(outputPath).Length / 1024} KiB)");
        }

        return tagger;
    }

    /// <summary>Trains on sentences already read (UPOS labels), e.g. one fold of a corpus.</summary>
    internal static PosTagger Train(List<LabelledSentence> sentences, PosTrainingOptions options)
    {
        var tags = sentences.Select(s => s.Labels.Select(ParseTag).ToArray()).ToList();

        var (tagDictionary, ambiguity) = BuildDictionaries(sentences, tags, options);
        var perceptron = new AveragedPerceptron(PosTagger.ClassNames);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        Span<ulong> features = stackalloc ulong[PosTagger.MaxFeatures];
        Span<float> scores = stackalloc float[PosTagger.ClassNames.Length];
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var gold = tags[index];
                var count = sentence.Tokens.Length;
                var words = new WordInfo[count];
                var classes = new uint[count];
                PosTagger.Describe(sentence.Text, sentence.Tokens.AsSpan(), words, classes, ambiguity);
                var guesses = new Upos[count];
                for (var i = 0; i < count; i++)
                {
                    if (tagDictionary.TryGetValue(words[i].Form, out var known))
                    {
                        guesses[i] = known;
                    }
                    else
                    {
                        var n = PosTagger.Features(words, classes, i, guesses, features);
                        perceptron.Score(features[..n], scores);
                        var guess = PosTagger.ArgMax(scores);
                        perceptron.Update(features[..n], (int)gold[i], guess);
                        guesses[i] = (Upos)guess;
                    }

                    correct += guesses[i] == gold[i] ? 1 : 0;
                    total++;
                }
            }

            options.Log?.Invoke($"pos: iteration {iteration}: training accuracy {100.0 * correct / total:F2}%");
        }

        var tagger = new PosTagger(perceptron.ToModel(options.PruneBelow), tagDictionary, ambiguity);
        options.Log?.Invoke($"pos: {tagger.FeatureCount} features kept, {tagDictionary.Count} words in the tag dictionary");
        return tagger;
    }

    internal static Upos ParseTag(string tag) =>
        Enum.TryParse<Upos>(tag, out var upos) ? upos
        : tag == "_" ? Upos.X
        : throw new InvalidDataException($"Unknown UPOS tag '{tag}'.");

    private static (Dictionary<ulong, Upos> TagDictionary, Dictionary<ulong, uint> Ambiguity) BuildDictionaries(
        List<LabelledSentence> sentences, List<Upos[]> tags, PosTrainingOptions options)
    {
        var formCounts = new Dictionary<ulong, int[]>();
        var lowerCounts = new Dictionary<ulong, int[]>();
        var classCount = PosTagger.ClassNames.Length;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var word = sentence.Text.AsSpan(sentence.Tokens[i].Start, sentence.Tokens[i].Length);
                Count(formCounts, FeatureHash.OfNormalised(word), (int)tags[s][i], classCount);
                Count(lowerCounts, FeatureHash.OfLowerNormalised(word), (int)tags[s][i], classCount);
            }
        }

        var tagDictionary = new Dictionary<ulong, Upos>();
        foreach (var (key, counts) in formCounts)
        {
            var total = counts.Sum();
            var best = PosTagger.ArgMax(counts.Select(c => (float)c).ToArray());
            if (total >= options.TagDictionaryMinCount && counts[best] >= options.TagDictionaryMinShare * total)
            {
                tagDictionary.Add(key, (Upos)best);
            }
        }

        var ambiguity = new Dictionary<ulong, uint>();
        foreach (var (key, counts) in lowerCounts)
        {
            var total = counts.Sum();
            if (total < options.AmbiguityMinCount)
            {
                continue;
            }

            var mask = 0u;
            for (var c = 0; c < classCount; c++)
            {
                if (counts[c] >= 0.05 * total)
                {
                    mask |= 1u << c;
                }
            }

            ambiguity.Add(key, mask);
        }

        return (tagDictionary, ambiguity);
    }

    private static void Count(Dictionary<ulong, int[]> counts, ulong key, int tag, int classCount)
    {
        if (!counts.TryGetValue(key, out var row))
        {
            counts.Add(key, row = new int[classCount]);
        }

        row[tag]++;
    }
}
