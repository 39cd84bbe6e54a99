using System.Buffers;
using Sitrep.Documents;
using Sitrep.Language.Model;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>
/// The "language" stage: tags parts of speech, finds named entities (model, patterns and word lists) and
/// links their mentions within the article. Loads its models once; thread-safe.
/// </summary>
public sealed class LanguageStage : IStage
{
    private readonly PosTagger _pos;
    private readonly NerTagger _ner;
    private readonly Lexicon _lexicon;
    private readonly EntityRecognizer _recognizer;

    /// <summary>The shipped models and word lists.</summary>
    public LanguageStage()
        : this(PosTagger.Default, NerTagger.Default, Lexicon.Default)
    {
    }

    public LanguageStage(PosTagger pos, NerTagger ner, Lexicon lexicon, NerDomain domain = DefaultDomain)
    {
        _pos = pos;
        _ner = ner;
        _lexicon = lexicon;
        _recognizer = new EntityRecognizer(lexicon);
        Domain = domain;
    }

    /// <summary>
    /// The NER conventions the stage tags by: the weights shared by all training corpora, which on news text
    /// make fewer odd spans than any one corpus's conventions (checked on the sample articles).
    /// </summary>
    public const NerDomain DefaultDomain = NerDomain.General;

    public NerDomain Domain { get; }

    public string Name => "language";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(LanguageLayer)];

    public Document Run(Document document) => document.With(Analyze(document.Text, document.Get<TextLayer>()));

    public LanguageLayer Analyze(string text, TextLayer layer)
    {
        var tags = new Upos[layer.Tokens.Length];
        var spans = Tag(text, layer, tags);
        var candidates = _recognizer.Recognize(text, layer, tags, spans);
        var entities = MentionLinker.Link(text, layer, candidates, _lexicon);
        return new LanguageLayer([.. tags], entities);
    }

    /// <summary>POS tags into <paramref name="tags"/> and the NER model's spans, made consistent across the document.</summary>
    internal List<TaggedSpan> Tag(string text, TextLayer layer, Span<Upos> tags)
    {
        var tokens = layer.Tokens.AsSpan();
        var labels = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var documentMarks = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var spans = new List<TaggedSpan>();
        try
        {
            DocumentWords.MarkDocument(text, tokens, layer.Sentences.AsSpan(), documentMarks);
            foreach (var sentence in layer.Sentences)
            {
                var sentenceTokens = tokens.Slice(sentence.FirstToken, sentence.TokenCount);
                var sentenceTags = tags.Slice(sentence.FirstToken, sentence.TokenCount);
                var sentenceLabels = labels.AsSpan(0, sentence.TokenCount);
                _pos.Tag(text, sentenceTokens, sentenceTags);
                _ner.Tag(text, sentenceTokens, sentenceTags, _lexicon, sentenceLabels, Domain, documentMarks.AsSpan(sentence.FirstToken, sentence.TokenCount));
                _ner.Decode(sentenceLabels, sentence.FirstToken, spans);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<byte>.Shared.Return(documentMarks);
        }

        return DocumentConsistency.Apply(text, tokens, spans);
    }
}
