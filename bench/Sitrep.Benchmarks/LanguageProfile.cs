using System.Buffers;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Language;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// "language FILE [--rounds N]": the language stage's throughput on one thread over every article of FILE, in
/// tokens per second per core for POS tagging alone and for POS + NER tagging (the per-token models: issue #3's
/// figure), then the whole stage split into its steps (POS, NER, document consistency, rule-based recogniser,
/// mention linker). Times are the thread's CPU time where the OS gives it (see <see cref="ThreadClock"/>), so a
/// figure taken while other jobs share the machine still counts only this thread's work, and each step's figure is
/// its fastest round (the least disturbed by other jobs' use of the caches). The first round warms up.
/// </summary>
internal static class LanguageProfile
{
    public static void Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: language FILE [--rounds N]");
            return;
        }

        var rounds = ProfileArgs.Rounds(args, 3);
        var articles = new InputReader(new ReaderOptions()).Read([args[0]]).OfType<ArticleInput>()
            .Select(a => (a.Text, Layer: TextAnalyzer.Analyze(a.Text))).ToList();
        var tokenCount = articles.Sum(a => (long)a.Layer.Tokens.Length);

        var loadStart = System.Diagnostics.Stopwatch.GetTimestamp();
        var pos = PosTagger.Default;
        var posLoaded = System.Diagnostics.Stopwatch.GetElapsedTime(loadStart);
        var ner = NerTagger.Default;
        var nerLoaded = System.Diagnostics.Stopwatch.GetElapsedTime(loadStart) - posLoaded;
        var lexicon = Lexicon.Default;
        var recognizer = new EntityRecognizer(lexicon);
        var steps = new[] { "pos", "ner", "consistency", "recognizer", "linker" };
        var nanoseconds = new long[steps.Length];
        nanoseconds.AsSpan().Fill(long.MaxValue);
        var roundNanoseconds = new long[steps.Length];
        for (var round = 0; round <= rounds; round++)
        {
            var counted = round > 0;
            roundNanoseconds.AsSpan().Clear();
            foreach (var (text, layer) in articles)
            {
                var tags = new Upos[layer.Tokens.Length];
                Time(counted, roundNanoseconds, 0, () => TagPos(pos, text, layer, tags));
                var spans = Time(counted, roundNanoseconds, 1, () => TagNer(ner, lexicon, text, layer, tags));
                spans = Time(counted, roundNanoseconds, 2, () => DocumentConsistency.Apply(text, layer.Tokens.AsSpan(), spans));
                var candidates = Time(counted, roundNanoseconds, 3, () => recognizer.Recognize(text, layer, tags, spans));
                Time(counted, roundNanoseconds, 4, () => MentionLinker.Link(text, layer, candidates, lexicon));
            }

            for (var s = 0; counted && s < steps.Length; s++)
            {
                nanoseconds[s] = Math.Min(nanoseconds[s], roundNanoseconds[s]);
            }
        }

        var tokens = (double)tokenCount;
        var total = nanoseconds.Sum();
        Console.WriteLine(FormattableString.Invariant(
            $"{articles.Count} articles, {tokenCount} tokens, best of {rounds} rounds for each step, one thread, {ThreadClock.Kind}; models loaded in {posLoaded.TotalMilliseconds:0} ms (POS) + {nerLoaded.TotalMilliseconds:0} ms (NER, gazetteer)"));
        Console.WriteLine(FormattableString.Invariant($"  POS tagging        {tokens / (nanoseconds[0] / 1e9),10:#,0} tokens/s per core"));
        Console.WriteLine(FormattableString.Invariant($"  POS + NER tagging  {tokens / ((nanoseconds[0] + nanoseconds[1]) / 1e9),10:#,0} tokens/s per core"));
        Console.WriteLine(FormattableString.Invariant($"  whole stage        {tokens / (total / 1e9),10:#,0} tokens/s per core, {articles.Count / (total / 1e9):0.0} articles/s"));
        for (var s = 0; s < steps.Length; s++)
        {
            var ms = nanoseconds[s] / 1e6 / articles.Count;
            Console.WriteLine(FormattableString.Invariant($"    {steps[s],-12} {ms,8:0.000} ms/article  {100.0 * nanoseconds[s] / total,5:0.0} %"));
        }
    }

    private static void Time(bool counted, long[] nanoseconds, int step, Action action) =>
        Time(counted, nanoseconds, step, () =>
        {
            action();
            return 0;
        });

    private static T Time<T>(bool counted, long[] nanoseconds, int step, Func<T> action)
    {
        var start = ThreadClock.Now();
        var result = action();
        if (counted)
        {
            nanoseconds[step] += ThreadClock.Now() - start;
        }

        return result;
    }

    private static void TagPos(PosTagger pos, string text, TextLayer layer, Upos[] tags)
    {
        var tokens = layer.Tokens.AsSpan();
        foreach (var sentence in layer.Sentences)
        {
            pos.Tag(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }

    /// <summary>As <see cref="LanguageStage"/> tags NER, without the document-consistency pass (timed apart).</summary>
    private static List<TaggedSpan> TagNer(NerTagger ner, Lexicon lexicon, string text, TextLayer layer, Upos[] tags)
    {
        var tokens = layer.Tokens.AsSpan();
        var labels = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var documentMarks = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var spans = new List<TaggedSpan>();
        DocumentWords.MarkDocument(text, tokens, layer.Sentences.AsSpan(), documentMarks);
        foreach (var sentence in layer.Sentences)
        {
            var sentenceLabels = labels.AsSpan(0, sentence.TokenCount);
            ner.Tag(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), tags.AsSpan(sentence.FirstToken, sentence.TokenCount), lexicon, sentenceLabels, LanguageStage.DefaultDomain,
                documentMarks.AsSpan(sentence.FirstToken, sentence.TokenCount));
            ner.Decode(sentenceLabels, sentence.FirstToken, spans);
        }

        ArrayPool<byte>.Shared.Return(labels);
        ArrayPool<byte>.Shared.Return(documentMarks);
        return spans;
    }
}
