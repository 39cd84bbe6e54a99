using Sitrep.Language;
using Sitrep.Language.Model;

namespace Sitrep.Tests.Language;

/// <summary>The NER model's capitalised-run features and the training-time prior adjustment.</summary>
public class NameRunFeatureTests
{
    private static (WordInfo[] Words, LexiconKind[] Kinds) Describe(string text)
    {
        var layer = TestText.Analyze(text);
        var words = layer.Tokens.Select(t => WordInfo.Of(text.AsSpan(t.Start, t.Length))).ToArray();
        var kinds = new LexiconKind[words.Length];
        Lexicon.Default.Mark(text, layer.Tokens.AsSpan(), kinds);
        return (words, kinds);
    }

    private static ulong[] RunFeatures(string text, int token)
    {
        var (words, kinds) = Describe(text);
        var output = new ulong[NerTagger.MaxFeatures];
        var n = NerTagger.NameRunFeatures(words, kinds, token, output);
        return output[..n];
    }

    [Fact]
    public void NameRunFeatures_InsideLongName_SeeTheHeadWordBeyondTheWindow()
    {
        // "Department" (token 3) and "Housing" (token 5) are in one run that ends in "Development" (token 8), three
        // tokens after "Housing" (beyond its window): both get the same head-word feature, at their places in the run.
        const string text = "The United States Department of Housing and Urban Development sued them.";
        var department = RunFeatures(text, 3);
        var housing = RunFeatures(text, 5);
        var last = RunFeatures(text, 8);
        var development = WordInfo.Of("Development").Lower;
        Assert.Contains(FeatureHash.Key(150, 3UL, development), department);
        Assert.Contains(FeatureHash.Key(150, 3UL, development), housing);
        Assert.Contains(FeatureHash.Key(150, 4UL, development), last);
        Assert.Contains(FeatureHash.Key(155, 3UL, WordInfo.Of("sued").Lower), housing);
    }

    [Fact]
    public void NameRunFeatures_ConnectorBetweenNames_JoinsButNotAtTheEdge()
    {
        const string text = "Officials of the Bank of England and others met.";
        Assert.NotEmpty(RunFeatures(text, 2)); // "the" in "of the Bank": a capitalised word two tokens back and one ahead
        Assert.NotEmpty(RunFeatures(text, 4)); // "of" inside "Bank of England"
        Assert.Empty(RunFeatures(text, 6)); // "and" before "others": no capitalised word follows
        Assert.Empty(RunFeatures(text, 8)); // "met"
    }

    [Fact]
    public void NameRunFeatures_SingleCapitalisedWord_IsARunOfOne()
    {
        const string text = "Analysts at Zipdash said so.";
        var features = RunFeatures(text, 2);
        Assert.Contains(FeatureHash.Key(150, 1UL, WordInfo.Of("Zipdash").Lower), features);
        Assert.Contains(FeatureHash.Key(154, 1UL, WordInfo.Of("at").Lower), features);
        Assert.DoesNotContain(features, f => f == FeatureHash.Key(151, 1UL, WordInfo.Of("Zipdash").Lower));
    }

    [Fact]
    public void WithAdded_BiasFeature_ShiftsOnlyThatRowsScores()
    {
        var model = NerTagger.Default.Model;
        var deltas = new float[model.ClassCount];
        var org = model.Classes.IndexOf("U-ORG");
        deltas[org] = 2f;
        var shifted = model.WithAdded(NerTagger.BiasFeature, deltas);
        var before = new float[model.ClassCount];
        var after = new float[model.ClassCount];
        model.Score([NerTagger.BiasFeature], before);
        shifted.Score([NerTagger.BiasFeature], after);
        Assert.Equal((float)(Half)(before[org] + 2f), after[org]);
        Assert.Equal(before.Where((_, c) => c != org), after.Where((_, c) => c != org));

        var other = FeatureHash.Key(102, WordInfo.Of("said").Lower);
        model.Score([other], before);
        shifted.Score([other], after);
        Assert.Equal(before, after);
        Assert.Equal(model.FeatureCount, shifted.FeatureCount);
    }
}
