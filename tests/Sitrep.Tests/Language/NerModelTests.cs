using Sitrep.Language;
using Sitrep.Language.Corpora;
using Sitrep.Language.Evaluation;
using Sitrep.Language.Model;
using Sitrep.Language.Training;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Language;

public class NerModelTests
{
    private const string _corpora = "corpora";

    [Fact]
    public void SaveLoad_Roundtrip_TagsIdentically()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            NerTagger.Default.Save(path);
            var loaded = NerTagger.Load(path);
            Assert.Equal(NerTagger.Default.Labels.ToArray(), loaded.Labels.ToArray());
            const string text = "Sudanese army spokesman Nabil Abdallah said the Rapid Support Forces shelled Omdurman.";
            var layer = TestText.Analyze(text);
            var tags = PosTagger.Default.Tag(text, layer);
            var a = new byte[layer.Tokens.Length];
            var b = new byte[layer.Tokens.Length];
            NerTagger.Default.Tag(text, layer.Tokens.AsSpan(), tags, Lexicon.Default, a);
            loaded.Tag(text, layer.Tokens.AsSpan(), tags, Lexicon.Default, b);
            Assert.Equal(a, b);
            Assert.Contains(a, label => label != 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DefaultModel_File_IsCompactAndLoads()
    {
        // Load time is measured in the report, not asserted: tests share two busy cores.
        var path = Sitrep.Common.DataFiles.Require(NerTagger.DefaultModelPath);
        Assert.InRange(new FileInfo(path).Length, 1, 8L * 1024 * 1024);
        var model = NerTagger.Load(path);
        Assert.Equal(new[] { "PER", "ORG", "LOC", "NORP" }, model.Types.ToArray());
        Assert.True(model.FeatureCount > 10_000);
    }

    [Theory]
    [InlineData(new[] { "B-PER", "I-PER", "O", "B-LOC" }, "PER:0:2,LOC:3:1")]
    [InlineData(new[] { "I-ORG", "I-ORG", "I-LOC", "O" }, "ORG:0:2,LOC:2:1")]
    [InlineData(new[] { "B-PER", "B-PER", "O", "I-MISC" }, "PER:0:1,PER:1:1")]
    public void SpansOf_Iob1AndIob2_ReadsEntities(string[] labels, string expected)
    {
        var spans = NerCorpora.SpansOf(labels, t => t == "MISC" ? null : t);
        Assert.Equal(expected, string.Join(",", spans.Select(s => $"{s.Type}:{s.First}:{s.Count}")));
    }

    [Theory]
    [InlineData(0, 1, false, true)]
    [InlineData(0, 2, false, false)]
    [InlineData(1, 2, false, true)]
    [InlineData(1, 3, false, true)]
    [InlineData(1, 0, false, false)]
    [InlineData(1, 6, false, false)]
    [InlineData(1, 2, true, false)]
    [InlineData(0, 1, true, false)]
    [InlineData(0, 4, true, true)]
    public void Allowed_BilouTransitions_FollowTheScheme(int previous, int current, bool last, bool allowed) =>
        Assert.Equal(allowed, NerTagger.Allowed(previous, current, last));

    [Fact]
    public void Viterbi_RandomScores_AlwaysGivesValidBilou()
    {
        var random = new Random(7);
        var classes = NerTagger.Default.Labels.Length;
        for (var trial = 0; trial < 200; trial++)
        {
            var count = random.Next(1, 12);
            var emissions = RandomScores(random, count * classes);
            var transitions = RandomScores(random, (classes + 1) * classes);
            var labels = new byte[count];
            NerTagger.Viterbi(emissions, transitions, classes, labels, new float[2 * classes], new byte[count * classes]);
            for (var i = 0; i < count; i++)
            {
                Assert.True(NerTagger.Allowed(i > 0 ? labels[i - 1] : 0, labels[i], i == count - 1), $"trial {trial}: {string.Join(",", labels)}");
            }
        }
    }

    [Fact]
    public void Viterbi_ShortSentences_FindsTheBestValidLabelling()
    {
        var random = new Random(11);
        const int classes = 9; // O and B/I/L/U of two types
        for (var trial = 0; trial < 50; trial++)
        {
            var count = random.Next(1, 5);
            var emissions = RandomScores(random, count * classes);
            var transitions = RandomScores(random, (classes + 1) * classes);
            var labels = new byte[count];
            NerTagger.Viterbi(emissions, transitions, classes, labels, new float[2 * classes], new byte[count * classes]);
            var best = float.NegativeInfinity;
            var sequence = new int[count];
            for (var code = 0; code < Math.Pow(classes, count); code++)
            {
                var rest = code;
                for (var i = 0; i < count; i++)
                {
                    sequence[i] = rest % classes;
                    rest /= classes;
                }

                var score = 0f;
                var valid = true;
                for (var i = 0; i < count && valid; i++)
                {
                    var previous = i > 0 ? sequence[i - 1] : -1;
                    valid = NerTagger.Allowed(Math.Max(previous, 0), sequence[i], i == count - 1);
                    score += emissions[(i * classes) + sequence[i]] + transitions[((previous + 1) * classes) + sequence[i]];
                }

                if (valid)
                {
                    best = Math.Max(best, score);
                }
            }

            var found = 0f;
            for (var i = 0; i < count; i++)
            {
                found += emissions[(i * classes) + labels[i]] + transitions[((i > 0 ? labels[i - 1] : -1) + 1) * classes + labels[i]];
            }

            Assert.Equal(best, found, 3);
        }
    }

    [Theory]
    [InlineData("He met an official at Ukraine's National Security and Defense Council in Kyiv.", "at")]
    [InlineData("An official at the ministry said so.", "An")]
    public void Tag_FunctionWordsThatArePlaceNames_AreNotEntities(string text, string word)
    {
        var layer = TestText.Analyze(text);
        var tags = PosTagger.Default.Tag(text, layer);
        var labels = new byte[layer.Tokens.Length];
        NerTagger.Default.Tag(text, layer.Tokens.AsSpan(), tags, Lexicon.Default, labels);
        var index = layer.Tokens.IndexOf(layer.Tokens.First(t => t.Span.Slice(text) == word));
        Assert.Equal(0, labels[index]);
    }

    [Fact]
    public void Train_SmallCorpus_LearnsNamesFromContext()
    {
        // Made-up names no dictionary holds: only the contexts and the structured updates can teach them.
        string[] people = ["Orvik Tamsel", "Jaro Kellin", "Brisa Omenko", "Tavo Lindqvar", "Mera Quoss", "Pell Darnow"];
        string[] towns = ["Vellmoor", "Ostrakan", "Dunbrevik", "Harlowen", "Quenport", "Silvastad"];
        var sentences = new List<NerSentence>();
        for (var i = 0; i < 30; i++)
        {
            var person = people[i % people.Length].Split(' ');
            var town = towns[(i * 5) % towns.Length];
            string[] words = [.. person, "arrived", "in", town, "on", "Monday", "."];
            string[] labels = ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O"];
            var sentence = LabelledSentence.FromWords($"doc{i}", words, labels);
            sentences.Add(new NerSentence(sentence, NerCorpora.SpansOf(labels, t => t), NerDomain.General));
        }

        // No ORG prior: TypeBias is calibrated in the weight units of the full corpora, not of 30 sentences.
        var options = new NerTrainingOptions { Iterations = 5, DomainAdaptation = false, TypeBias = new Dictionary<string, float>() };
        var tagger = NerTrainer.Train(sentences, null, options, PosTagger.Default, Lexicon.Default);
        var result = NerEvaluator.Evaluate(tagger, sentences);
        Assert.Equal(1.0, result.Overall.F1, 3);
    }

    [Fact]
    public void Train_DomainTypeBias_MovesOnlyThatCorpusCopyOfTheOrgPrior()
    {
        var sentences = new List<NerSentence>();
        string[] clubs = ["Vellmoor Rovers", "Quenport Athletic", "Dunbrevik United"];
        for (var i = 0; i < 12; i++)
        {
            string[] words = [.. clubs[i % clubs.Length].Split(' '), "beat", "Orvik", "Tamsel", "."];
            string[] labels = ["B-ORG", "L-ORG", "O", "B-PER", "L-PER", "O"];
            sentences.Add(new NerSentence(LabelledSentence.FromWords($"doc{i}", words, labels), NerCorpora.SpansOf(labels, t => t), NerDomain.Wikigold));
        }

        var options = new NerTrainingOptions { Iterations = 2, TypeBias = new Dictionary<string, float>(), PruneBelow = 0, WeightStep = 0, DomainTypeBias = new Dictionary<NerDomain, IReadOnlyDictionary<string, float>>() };
        var plain = NerTrainer.Train(sentences, null, options, PosTagger.Default, Lexicon.Default).Model;
        var biased = NerTrainer.Train(sentences, null, options with
        {
            DomainTypeBias = new Dictionary<NerDomain, IReadOnlyDictionary<string, float>> { [NerDomain.Wikigold] = new Dictionary<string, float> { ["ORG"] = 2f } },
        }, PosTagger.Default, Lexicon.Default).Model;

        float[] Scores(PerceptronModel model, ulong key)
        {
            var scores = new float[model.ClassCount];
            model.Score([key], scores);
            return scores;
        }

        // The shared prior (what the pipeline tags with) is untouched; the corpus's copy rises by 2 for ORG labels only.
        Assert.Equal(Scores(plain, NerTagger.BiasFeature), Scores(biased, NerTagger.BiasFeature));
        var domainBias = NerTagger.DomainFeature(NerDomain.Wikigold, NerTagger.BiasFeature);
        var before = Scores(plain, domainBias);
        var after = Scores(biased, domainBias);
        for (var c = 0; c < plain.ClassCount; c++)
        {
            var expected = plain.Classes[c].EndsWith("-ORG", StringComparison.Ordinal) ? (float)(Half)(before[c] + 2f) : before[c];
            Assert.Equal(expected, after[c]);
        }
    }

    [Fact]
    public void Train_Ensemble_IsTheMeanOfItsMembers()
    {
        var sentences = new List<NerSentence>();
        string[] people = ["Orvik Tamsel", "Jaro Kellin", "Brisa Omenko", "Tavo Lindqvar"];
        string[] verbs = ["arrived", "spoke", "left", "waited"];
        for (var i = 0; i < 16; i++)
        {
            string[] words = [.. people[i % people.Length].Split(' '), verbs[(i / 4) % verbs.Length], "in", "Vellmoor", "."];
            string[] labels = ["B-PER", "L-PER", "O", "O", "U-LOC", "O"];
            sentences.Add(new NerSentence(LabelledSentence.FromWords($"doc{i % 3}", words, labels), NerCorpora.SpansOf(labels, t => t), NerDomain.General));
        }

        var options = new NerTrainingOptions { Iterations = 2, DomainAdaptation = false, TypeBias = new Dictionary<string, float>(), PruneBelow = 0, WeightStep = 0 };
        var first = NerTrainer.Train(sentences, null, options with { Seed = 5 }, PosTagger.Default, Lexicon.Default).Model;
        var second = NerTrainer.Train(sentences, null, options with { Seed = 6 }, PosTagger.Default, Lexicon.Default).Model;
        var ensemble = NerTrainer.Train(sentences, null, options with { Seed = 5, Ensemble = 2 }, PosTagger.Default, Lexicon.Default).Model;

        // Differently shuffled members disagree somewhere; the ensemble holds each feature's mean weight.
        var firstRows = first.Rows().ToDictionary(r => r.Key, r => r.Weights);
        var secondRows = second.Rows().ToDictionary(r => r.Key, r => r.Weights);
        Assert.Contains(firstRows, pair => !secondRows.TryGetValue(pair.Key, out var other) || !other.SequenceEqual(pair.Value));
        foreach (var (key, weights) in ensemble.Rows())
        {
            foreach (var (c, weight) in weights)
            {
                var sum = Weight(firstRows, key, c) + Weight(secondRows, key, c);
                Assert.Equal((float)(Half)(sum / 2), weight);
            }
        }

        Assert.Equal(firstRows.Keys.Union(secondRows.Keys).Count(key => Enumerable.Range(0, first.ClassCount).Any(c => Weight(firstRows, key, c) + Weight(secondRows, key, c) != 0)),
            ensemble.FeatureCount);

        static float Weight(Dictionary<ulong, (int Class, float Weight)[]> rows, ulong key, int c) =>
            rows.TryGetValue(key, out var row) ? row.Where(w => w.Class == c).Select(w => w.Weight).FirstOrDefault() : 0f;
    }

    [Fact]
    public void Tag_WordsUsedElsewhereInTheDocument_ScoreDifferentlyThanAlone()
    {
        // The shipped model reads the document's other uses of a word: the same sentence scores differently with
        // and without its document.
        const string text = "Mercy said the convoy was hit. Two sources confirmed it to Mercy and to the governor's office. Sources said more.";
        var layer = TestText.Analyze(text);
        var tags = PosTagger.Default.Tag(text, layer);
        var marks = new byte[layer.Tokens.Length];
        Sitrep.Language.Model.DocumentWords.MarkDocument(text, layer.Tokens.AsSpan(), layer.Sentences.AsSpan(), marks);
        var classes = NerTagger.Default.Labels.Length;
        var changed = 0;
        foreach (var sentence in layer.Sentences)
        {
            var tokens = layer.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var sentenceTags = tags.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var alone = new float[tokens.Length * classes];
            var inDocument = new float[tokens.Length * classes];
            NerTagger.Default.Emissions(text, tokens, sentenceTags, Lexicon.Default, NerDomain.General, default, alone, reference: false);
            NerTagger.Default.Emissions(text, tokens, sentenceTags, Lexicon.Default, NerDomain.General, marks.AsSpan(sentence.FirstToken, sentence.TokenCount), inDocument, reference: false);
            changed += Enumerable.Range(0, tokens.Length).Count(t => !alone.AsSpan(t * classes, classes).SequenceEqual(inDocument.AsSpan(t * classes, classes)));
        }

        Assert.True(changed > 0);
    }

    [Fact]
    public void NamesOnly_DropsPronounsAndNominals_KeepsNamesAndScoresOnlyNamedPredictions()
    {
        string[] words = ["Their", "homes", "near", "the", "U.S.", "base", "were", "shelled", "by", "the", "militia", "."];
        string[] labels = ["B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "B-ORG", "I-ORG", "O"];
        var sentence = LabelledSentence.FromWords("doc", words, labels);
        var gold = new NerSentence(sentence, NerCorpora.SpansOf(labels, t => t), NerDomain.Re3d);

        var named = NerEvaluator.NamesOnly([gold]).Single();

        // "Their homes" and "the militia" hold no capitalised word but the sentence-opening determiner; "the U.S. base" does.
        Assert.Equal([new TaggedSpan(3, 3, "LOC")], named.Gold.ToArray());
        Assert.False(NerEvaluator.HasCapitalisedWord(sentence, new TaggedSpan(9, 2, "ORG")));
        Assert.True(NerEvaluator.HasCapitalisedWord(sentence, new TaggedSpan(4, 1, "LOC")));
    }

    private static float[] RandomScores(Random random, int length)
    {
        var scores = new float[length];
        for (var i = 0; i < length; i++)
        {
            scores[i] = (float)((random.NextDouble() * 4) - 2);
        }

        return scores;
    }

    // Regression guards a little under the measured levels (see the report for the figures and the gap to the targets).
    [SharedDataFact(_corpora + "/UNER_English-EWT/en_ewt-ud-test.iob2")]
    public void Evaluate_UnerTest_AtMeasuredLevel()
    {
        var test = NerCorpora.Uner(SharedData.PathOf(_corpora), NerSplit.Test);
        var general = NerEvaluator.Evaluate(NerTagger.Default, test);
        Assert.True(general.Overall.F1 >= 0.70, general.ToString());
        var own = NerEvaluator.Evaluate(NerTagger.Default, test, NerDomain.Uner);
        Assert.True(own.Overall.F1 >= 0.73, own.ToString());
    }

    [SharedDataFact(_corpora + "/re3d-open/re3d-open-noBBC.test.conll")]
    public void Evaluate_Re3dTest_AtMeasuredLevel()
    {
        var test = NerCorpora.Re3d(SharedData.PathOf(_corpora), NerSplit.Test);
        var general = NerEvaluator.Evaluate(NerTagger.Default, test);
        Assert.True(general.Overall.F1 >= 0.47, general.ToString());
        var own = NerEvaluator.Evaluate(NerTagger.Default, test, NerDomain.Re3d);
        Assert.True(own.Overall.F1 >= 0.60, own.ToString());
    }

    // The dev split, tagged in re3d's own conventions: 60.9 with the 10-pass model, 62.4 with the 12-pass one
    // (NerTrainingOptions.Iterations; data/models/README.md has the three seeds' means).
    [SharedDataFact(_corpora + "/re3d-open/re3d-open-noBBC.train.conll")]
    public void Evaluate_Re3dDev_OwnDomain_AtTwelvePassLevel()
    {
        var dev = NerCorpora.Re3d(SharedData.PathOf(_corpora), NerSplit.Dev);
        var own = NerEvaluator.Evaluate(NerTagger.Default, dev, NerDomain.Re3d);
        Assert.True(own.Overall.F1 >= 0.62, own.ToString());
    }

    [SharedDataFact(_corpora + "/wikigold/CONLL-format/data/wikigold.conll.txt")]
    public void Evaluate_WikigoldTest_AtMeasuredLevel()
    {
        var result = NerEvaluator.Evaluate(NerTagger.Default, NerCorpora.Wikigold(SharedData.PathOf(_corpora), NerSplit.Test), NerDomain.Wikigold);
        Assert.True(result.Overall.F1 >= 0.70, result.ToString());
    }

    [SharedDataFact(_corpora + "/wikigold/CONLL-format/data/wikigold.conll.txt")]
    public void EvaluateSplits_WithoutTestSplits_ScoresEveryDevSplitAndNoTestSplit()
    {
        // While tuning, the figures compared must not show a test split (sitrep eval --task ner-splits --dev-only).
        var report = NerEvaluator.EvaluateSplits(NerTagger.Default, SharedData.PathOf(_corpora), testSplits: false);
        Assert.DoesNotContain(" test", report, StringComparison.Ordinal);
        foreach (var corpus in new[] { "UNER English-EWT", "re3d-open", "wikigold" })
        {
            Assert.Contains($"## {corpus} dev, document-consistent", report, StringComparison.Ordinal);
        }
    }

    [SharedDataFact(_corpora + "/re3d-open/re3d-open-noBBC.train.conll")]
    public void Re3d_DevSplit_IsDisjointFromTrainAndCoversAFifth()
    {
        var root = SharedData.PathOf(_corpora);
        var train = NerCorpora.Re3d(root, NerSplit.Train).Select(s => s.Sentence.Document).ToHashSet();
        var dev = NerCorpora.Re3d(root, NerSplit.Dev).Select(s => s.Sentence.Document).ToHashSet();
        Assert.Empty(train.Intersect(dev));
        Assert.InRange(dev.Count, (train.Count + dev.Count) / 6, (train.Count + dev.Count) / 4);
        Assert.DoesNotContain(NerCorpora.Training(root), s => dev.Contains(s.Sentence.Document) && s.Domain == NerDomain.Re3d);
    }

    [SharedDataFact(_corpora + "/wikigold/CONLL-format/data/wikigold.conll.txt")]
    public void Wikigold_Splits_AreDisjointDocuments()
    {
        var root = SharedData.PathOf(_corpora);
        var train = NerCorpora.Wikigold(root, NerSplit.Train).Select(s => s.Sentence.Document).ToHashSet();
        var dev = NerCorpora.Wikigold(root, NerSplit.Dev).Select(s => s.Sentence.Document).ToHashSet();
        var test = NerCorpora.Wikigold(root, NerSplit.Test).Select(s => s.Sentence.Document).ToHashSet();
        Assert.NotEmpty(dev);
        Assert.NotEmpty(test);
        Assert.Empty(train.Intersect(test));
        Assert.Empty(train.Intersect(dev));
        Assert.Empty(dev.Intersect(test));
    }

    [SharedDataFact(_corpora + "/wikigold/CONLL-format/data/wikigold.conll.txt")]
    public void EvaluateStage_WikigoldTest_AtMeasuredLevel()
    {
        var result = NerEvaluator.EvaluateStage(LanguageTestSupport.Stage, NerCorpora.Wikigold(SharedData.PathOf(_corpora), NerSplit.Test));
        Assert.True(result.Overall.F1 >= 0.63, result.ToString());
    }

    [Fact]
    public void ReadAny_UnerAndConllLayouts_MapLabels()
    {
        var uner = Path.GetTempFileName();
        var conll = Path.GetTempFileName();
        try
        {
            File.WriteAllText(uner, "# sent_id = 1\n1\tKim\tB-PER\t-\t-\n2\tvisited\tO\t-\t-\n3\tSeoul\tB-LOC\t-\t-\n\n");
            File.WriteAllText(conll, "-DOCSTART- x\n\nThe B-Organisation\nUN I-Organisation\nsaid O\nSyrian B-Nationality\ntanks B-Weapon\n\n");
            var a = NerCorpora.ReadAny(uner).Single();
            Assert.Equal("PER:0:1,LOC:2:1", string.Join(",", a.Gold.Select(s => $"{s.Type}:{s.First}:{s.Count}")));
            var b = NerCorpora.ReadAny(conll).Single();
            Assert.Equal("ORG:0:2,NORP:3:1", string.Join(",", b.Gold.Select(s => $"{s.Type}:{s.First}:{s.Count}")));
        }
        finally
        {
            File.Delete(uner);
            File.Delete(conll);
        }
    }
}
