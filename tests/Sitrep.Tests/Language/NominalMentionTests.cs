using Sitrep.Language;
using Sitrep.Language.Corpora;
using Sitrep.Language.Evaluation;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Language;

public class NominalMentionTests
{
    private const string _corpora = "corpora";

    private static (string Text, Sitrep.Text.Token[] Tokens) Sentence(params string[] words)
    {
        var sentence = LabelledSentence.FromWords("doc", words, [.. words.Select(_ => "O")]);
        return (sentence.Text, [.. sentence.Tokens]);
    }

    [Fact]
    public void Candidates_AreLowerCaseNounPhrasesAndPronouns()
    {
        // "We said the old garrison near Tarvel lost two supply depots ."
        var (text, tokens) = Sentence("We", "said", "the", "old", "garrison", "near", "Tarvel", "lost", "two", "supply", "depots", ".");
        Upos[] tags = [Upos.PRON, Upos.VERB, Upos.DET, Upos.ADJ, Upos.NOUN, Upos.ADP, Upos.PROPN, Upos.VERB, Upos.NUM, Upos.NOUN, Upos.NOUN, Upos.PUNCT];

        var candidates = NominalMentionTagger.Candidates(text, tokens, tags);

        NominalMentionTagger.Candidate[] expected = [new(0, 1, 0, true), new(2, 3, 4, false), new(8, 3, 10, false)];
        Assert.Equal(expected, candidates);
    }

    [Fact]
    public void Candidates_LeaveOutPhrasesWithCapitalisedWords_AndOpenWithPossessives()
    {
        // "their Korvan allies" is a name's business, its possessive too; "our partners" opens with one, "it" stands alone.
        var (text, tokens) = Sentence("their", "Korvan", "allies", "and", "our", "partners", "saw", "it", ".");
        Upos[] tags = [Upos.PRON, Upos.ADJ, Upos.NOUN, Upos.CCONJ, Upos.PRON, Upos.NOUN, Upos.VERB, Upos.PRON, Upos.PUNCT];

        var candidates = NominalMentionTagger.Candidates(text, tokens, tags);

        NominalMentionTagger.Candidate[] expected = [new(4, 2, 5, false), new(7, 1, 7, true)];
        Assert.Equal(expected, candidates);
    }

    private static NerSentence Labelled(string[] words, string[] labels) =>
        new(LabelledSentence.FromWords("train", words, labels), NerCorpora.SpansOf(labels, t => t), NerDomain.Re3d);

    [Fact]
    public void Train_LearnsWhichHeadsTheCorpusMarks_AndNamesKeepTheirPlace()
    {
        // A made-up corpus that marks "the garrison" as a location and never "the decision".
        var training = new List<NerSentence>();
        for (var i = 0; i < 20; i++)
        {
            training.Add(Labelled(["Soldiers", "left", "the", "garrison", "after", "the", "decision", "."],
                ["O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O"]));
            training.Add(Labelled(["The", "decision", "angered", "the", "garrison", "."],
                ["O", "O", "O", "B-LOC", "I-LOC", "O"]));
        }

        var tagger = NominalMentionTagger.Train(training);
        var sentence = LabelledSentence.FromWords("test", ["They", "reached", "the", "garrison", "before", "the", "decision", "."], [.. Enumerable.Repeat("O", 8)]);
        var tags = new Upos[sentence.Tokens.Length];
        PosTagger.Default.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);

        var found = tagger.Find(sentence.Text, sentence.Tokens.AsSpan(), tags, []);
        var withName = tagger.Find(sentence.Text, sentence.Tokens.AsSpan(), tags, [new TaggedSpan(3, 1, "ORG")]);

        Assert.Contains(new TaggedSpan(2, 2, "LOC"), found);
        Assert.DoesNotContain(found, span => span.First == 5);
        Assert.DoesNotContain(withName, span => span.First == 2);
    }

    // re3d dev in its own conventions, the shipped name model's spans alone and with the mentions learned from re3d
    // train: 61.6 -> 63.3 (data/models/README.md has the three seeds' means).
    [SharedDataFact(_corpora + "/re3d-open/re3d-open-noBBC.train.conll")]
    public void Mentions_RaiseRe3dDevOwnDomainF1()
    {
        var root = SharedData.PathOf(_corpora);
        var dev = NerCorpora.Re3d(root, NerSplit.Dev).ToList();
        var names = NerEvaluator.DocumentPredictions(NerTagger.Default, dev, NerDomain.Re3d);
        var mentions = NominalMentionTagger.Train(NerCorpora.Re3d(root, NerSplit.Train));
        var withMentions = NerEvaluator.WithMentions(mentions, names);

        var before = NerEvaluator.Evaluate(dev, sentence => names[sentence]).Overall.F1;
        var after = NerEvaluator.Evaluate(dev, sentence => withMentions[sentence]).Overall.F1;

        Assert.True(after >= before + 0.01, $"{before:F3} -> {after:F3}");
    }
}
