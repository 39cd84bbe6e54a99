using Sitrep.Language;
using Sitrep.Language.Evaluation;
using Sitrep.Language.Training;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Language;

public class PosTaggerTests
{
    private const string _ewtTest = "corpora/UD_English-EWT/en_ewt-ud-test.conllu";
    private const string _ewtDev = "corpora/UD_English-EWT/en_ewt-ud-dev.conllu";

    private static Upos[] TagText(string text)
    {
        var layer = TestText.Analyze(text);
        return PosTagger.Default.Tag(text, layer);
    }

    private static Upos TagOf(string text, string word)
    {
        var layer = TestText.Analyze(text);
        var tags = PosTagger.Default.Tag(text, layer);
        var index = layer.Tokens.ToList().FindIndex(t => t.Span.Slice(text) == word);
        Assert.True(index >= 0, $"'{word}' is not a token of '{text}'");
        return tags[index];
    }

    [Fact]
    public void Tag_NewsSentence_TagsNamesVerbsAndNumbers()
    {
        const string text = "Ukrainian President Volodymyr Zelenskyy said 10,000 North Korean troops had been sent to Russia.";
        Assert.Equal(Upos.PROPN, TagOf(text, "Zelenskyy"));
        Assert.Equal(Upos.VERB, TagOf(text, "said"));
        Assert.Equal(Upos.NUM, TagOf(text, "10,000"));
        Assert.Equal(Upos.NOUN, TagOf(text, "troops"));
        Assert.Equal(Upos.AUX, TagOf(text, "had"));
        Assert.Equal(Upos.PROPN, TagOf(text, "Russia"));
        Assert.Equal(Upos.PUNCT, TagOf(text, "."));
    }

    [Fact]
    public void Tag_AmbiguousWord_UsesContext()
    {
        Assert.Equal(Upos.VERB, TagOf("The rebels attack the town at night.", "attack"));
        Assert.Equal(Upos.NOUN, TagOf("The attack killed three civilians.", "attack"));
    }

    [Fact]
    public void Tag_EveryToken_GetsATag()
    {
        const string text = "Shelling hit Kharkiv on Monday. Officials said two people died.";
        var layer = TestText.Analyze(text);
        var tags = TagText(text);
        Assert.Equal(layer.Tokens.Length, tags.Length);
        Assert.Equal(2, layer.Sentences.Length);
    }

    [Fact]
    public void SaveLoad_Roundtrip_TagsIdentically()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-pos-{Guid.NewGuid():N}.bin.gz");
        try
        {
            PosTagger.Default.Save(path);
            var loaded = PosTagger.Load(path);
            const string text = "Russian forces shelled the village of Berestove near Bakhmut, killing a 54-year-old man.";
            var layer = TestText.Analyze(text);
            Assert.Equal(PosTagger.Default.Tag(text, layer), loaded.Tag(text, layer));
            Assert.Equal(PosTagger.Default.FeatureCount, loaded.FeatureCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_NotAModel_ThrowsWithPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-pos-{Guid.NewGuid():N}.bin.gz");
        try
        {
            using (var file = File.Create(path))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            using (var writer = new BinaryWriter(gzip))
            {
                writer.Write("something else");
            }

            var error = Assert.Throws<InvalidDataException>(() => PosTagger.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DefaultModel_File_IsCompact()
    {
        var path = Sitrep.Common.DataFiles.Require(PosTagger.DefaultModelPath);
        Assert.InRange(new FileInfo(path).Length, 1, 8L * 1024 * 1024);
    }

    [SharedDataFact(_ewtTest)]
    public void Evaluate_EwtTest_ReachesTarget()
    {
        var result = PosEvaluator.Evaluate(PosTagger.Default, SharedData.PathOf(_ewtTest));
        Assert.True(result.Accuracy >= 0.95, result.ToString());
    }

    [SharedDataFact(_ewtDev)]
    public void Evaluate_EwtDev_AboveNinetyFour()
    {
        var result = PosEvaluator.Evaluate(PosTagger.Default, SharedData.PathOf(_ewtDev));
        Assert.True(result.Accuracy >= 0.945, result.ToString());
    }

    [SharedDataFact("corpora/UD_English-EWT/en_ewt-ud-train.conllu")]
    public void Train_SameCorpusTwice_GivesSameModel()
    {
        // Two iterations on the full corpus keep the test short while still exercising shuffling and averaging.
        var options = new PosTrainingOptions { Iterations = 2 };
        var train = SharedData.PathOf("corpora/UD_English-EWT/en_ewt-ud-train.conllu");
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            PosTrainer.Train(train, a, options);
            PosTrainer.Train(train, b, options);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }
}
