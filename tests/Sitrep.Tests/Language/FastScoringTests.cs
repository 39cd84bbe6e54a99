using System.Collections.Immutable;
using Sitrep.Language;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

/// <summary>
/// The taggers' fast paths (sparse weight rows, cached per-word role scores, sums in another order) must give the
/// same bits as scoring every feature in order: these compare them on the sample article and on random models.
/// </summary>
public class FastScoringTests
{
    private static string SampleText() =>
        File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));

    [Fact]
    public void NerEmissions_SampleArticle_FastPathEqualsReferenceBitForBit()
    {
        var text = SampleText();
        var layer = TestText.Analyze(text);
        var tags = PosTagger.Default.Tag(text, layer);
        AssertNerPathsAgree(NerTagger.Default, text, layer, tags);
    }

    [Fact]
    public void NerEmissions_ModelWithTinyWeight_FallsBackToFeatureOrderAndStillAgrees()
    {
        // One weight with a very low bit makes no sum provably exact in another order: every token takes the
        // in-order fallback, which must still match.
        var model = NerTagger.Default.Model;
        var (keys, weights) = Dense(model);
        keys.Add(0xABCDEF);
        var extra = new float[model.ClassCount];
        extra[0] = (float)Half.Epsilon;
        weights.AddRange(extra);
        var tiny = PerceptronModel.FromDense(model.Classes, keys.ToArray(), weights.ToArray());
        Assert.True(tiny.ExactBelow < 16);

        var tagger = new NerTagger(tiny, Sitrep.Places.Gazetteer.Default);
        var text = SampleText();
        var layer = TestText.Analyze(text);
        AssertNerPathsAgree(tagger, text, layer, PosTagger.Default.Tag(text, layer));
    }

    [Fact]
    public void PosTag_SampleArticle_FastPathEqualsReference()
    {
        var text = SampleText();
        var layer = TestText.Analyze(text);
        var fast = PosTagger.Default.Tag(text, layer);
        var reference = new Upos[layer.Tokens.Length];
        foreach (var sentence in layer.Sentences)
        {
            PosTagger.Default.Tag(text, layer.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount),
                reference.AsSpan(sentence.FirstToken, sentence.TokenCount), reference: true);
        }

        Assert.Equal(reference, fast);
    }

    [Fact]
    public void RoleContextAndDocumentFeatures_EveryToken_TogetherAreExactlyAllFeatures()
    {
        var text = "Ukrainian President Volodymyr Zelenskyy said 10,000 North Korean troops were in Kursk on Saturday.";
        var layer = TestText.Analyze(text);
        var tokens = layer.Tokens.AsSpan();
        var tags = PosTagger.Default.Tag(text, layer);
        var words = new WordInfo[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = WordInfo.Of(text.AsSpan(tokens[i].Start, tokens[i].Length), withClusters: true);
        }

        var kinds = new LexiconKind[tokens.Length];
        Lexicon.Default.Mark(text, tokens, kinds);
        var places = new byte[tokens.Length];
        PlaceMarks.Mark(Sitrep.Places.Gazetteer.Default, text, tokens, places);
        var documentMarks = new byte[tokens.Length];
        DocumentWords.MarkDocument(text, tokens, layer.Sentences.AsSpan(), documentMarks);
        var ambiguity = new uint[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            ambiguity[i] = (uint)(i * 7 % 5);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var all = new ulong[NerTagger.MaxFeatures];
            var n = NerTagger.Features(words, tags, kinds, places, documentMarks, i, NerDomain.General, all);
            var split = RoleKeys(words, i, NerTagger.RoleFeatures);
            var context = new ulong[NerTagger.MaxFeatures];
            split.AddRange(context.AsSpan(0, NerTagger.ContextFeatures(words, tags, kinds, places, i, context)).ToArray());
            split.AddRange(context.AsSpan(0, NerTagger.DocumentFeatures(words, tags, documentMarks, i, context)).ToArray());
            Assert.Equal(Sorted(all.AsSpan(0, n).ToArray()), Sorted(split));

            var posAll = new ulong[PosTagger.MaxFeatures];
            var posCount = PosTagger.Features(words, ambiguity, i, tags, posAll);
            var posSplit = RoleKeys(words, i, PosTagger.RoleFeatures);
            var posContext = new ulong[PosTagger.MaxFeatures];
            posSplit.AddRange(posContext.AsSpan(0, PosTagger.ContextFeatures(words, ambiguity, i, tags, posContext)).ToArray());
            Assert.Equal(Sorted(posAll.AsSpan(0, posCount).ToArray()), Sorted(posSplit));
        }
    }

    [Fact]
    public void Score_RandomSparseModel_EqualsDenseSumInFeatureOrder()
    {
        var random = new Random(11);
        ImmutableArray<string> classes = [.. Enumerable.Range(0, 17).Select(c => "C" + c)];
        var keys = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64(1, 1L << 48)).Distinct().ToArray();
        var weights = new float[keys.Length * classes.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            // Mostly zero, like trained rows; long rows too, so both inline and outside entries are used.
            weights[i] = random.Next(4) == 0 || i / classes.Length % 50 == 0 ? (float)(Half)((random.NextSingle() - 0.5f) * 40) : 0f;
        }

        var model = PerceptronModel.FromDense(classes, keys, weights);
        var scores = new float[classes.Length];
        var expected = new float[classes.Length];
        for (var trial = 0; trial < 500; trial++)
        {
            var features = Enumerable.Range(0, 40)
                .Select(_ => random.Next(3) == 0 ? (ulong)random.NextInt64(1, 1L << 48) : keys[random.Next(keys.Length)]).ToArray();
            model.Score(features, scores);
            Array.Clear(expected);
            foreach (var feature in features)
            {
                var row = Array.IndexOf(keys, feature);
                for (var c = 0; row >= 0 && c < classes.Length; c++)
                {
                    expected[c] += weights[(row * classes.Length) + c];
                }
            }

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), scores.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void RoundedTo_RandomModel_PutsWeightsOnTheGridAndRaisesTheExactSumLimit()
    {
        var random = new Random(5);
        ImmutableArray<string> classes = [.. Enumerable.Range(0, 5).Select(c => "C" + c)];
        var keys = Enumerable.Range(1, 400).Select(k => (ulong)k * 7919).ToArray();
        var weights = keys.SelectMany(_ => Enumerable.Range(0, classes.Length).Select(_ => (float)(Half)((random.NextSingle() - 0.5f) * 8))).ToArray();
        var model = PerceptronModel.FromDense(classes, keys, weights);
        const float step = 1f / 64;

        var rounded = model.RoundedTo(step);

        var original = model.Rows().ToDictionary(r => r.Key, r => r.Weights);
        foreach (var (key, row) in rounded.Rows())
        {
            foreach (var (c, weight) in row)
            {
                var before = original[key].Single(w => w.Class == c).Weight;
                Assert.Equal(0f, weight % step);
                Assert.True(Math.Abs(weight - before) <= step / 2, $"{before} -> {weight}");
            }
        }

        Assert.True(rounded.ExactBelow > model.ExactBelow, $"{model.ExactBelow} -> {rounded.ExactBelow}");
    }

    [Fact]
    public void ShippedNerModel_WeightsAreCoarseEnoughForTheFastPathToStayExact()
    {
        // With weights on a 1/64 grid a token's cached sums are exact up to 2^18 in weight units: the in-order fallback
        // (most tokens before the grid) should then never be needed for real sentences.
        Assert.True(NerTagger.Default.Model.ExactBelow >= 1 << 20, NerTagger.Default.Model.ExactBelow.ToString());
    }

    private static void AssertNerPathsAgree(NerTagger tagger, string text, TextLayer layer, Upos[] tags)
    {
        var classes = tagger.Labels.Length;
        var documentMarks = new byte[layer.Tokens.Length];
        DocumentWords.MarkDocument(text, layer.Tokens.AsSpan(), layer.Sentences.AsSpan(), documentMarks);
        foreach (var sentence in layer.Sentences)
        {
            var marks = documentMarks.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var tokens = layer.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var sentenceTags = tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var fast = new float[tokens.Length * classes];
            var reference = new float[tokens.Length * classes];
            tagger.Emissions(text, tokens, sentenceTags, Lexicon.Default, NerDomain.General, marks, fast, reference: false);
            tagger.Emissions(text, tokens, sentenceTags, Lexicon.Default, NerDomain.General, marks, reference, reference: true);
            Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), fast.Select(BitConverter.SingleToInt32Bits));
        }
    }

    private static List<ulong> RoleKeys(WordInfo[] words, int i, WordRoleCache.RoleFeatures roleFeatures)
    {
        var keys = new List<ulong>();
        var buffer = new ulong[32];
        void Add(in WordInfo word, int role) => keys.AddRange(buffer.AsSpan(0, roleFeatures(word, role, buffer)).ToArray());
        Add(words[i], WordRoleCache.Self);
        Add(i >= 1 ? words[i - 1] : WordInfo.Before, WordRoleCache.Previous);
        Add(i >= 2 ? words[i - 2] : WordInfo.Before, WordRoleCache.SecondPrevious);
        Add(i + 1 < words.Length ? words[i + 1] : WordInfo.After, WordRoleCache.Next);
        Add(i + 2 < words.Length ? words[i + 2] : WordInfo.After, WordRoleCache.SecondNext);
        return keys;
    }

    private static ulong[] Sorted(IEnumerable<ulong> keys) => [.. keys.Order()];

    private static (List<ulong> Keys, List<float> Weights) Dense(PerceptronModel model)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        foreach (var (key, row) in model.Rows())
        {
            keys.Add(key);
            var dense = new float[model.ClassCount];
            foreach (var (c, w) in row)
            {
                dense[c] = w;
            }

            weights.AddRange(dense);
        }

        return (keys, weights);
    }
}
