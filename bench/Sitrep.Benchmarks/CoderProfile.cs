using Sitrep.Actors;
using Sitrep.Events.Dictionaries;
using Sitrep.Ingest;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// "coder FILE [--rounds N]": the CAMEO verb-pattern coder alone (the default dictionary) over every sentence of FILE,
/// tagged by the language stage first, on one thread (its fastest round, thread CPU time): the events stage's
/// dictionary step apart from the rest.
/// </summary>
internal static class CoderProfile
{
    public static void Run(string[] args)
    {
        var rounds = ProfileArgs.Rounds(args, 3);
        var language = new LanguageStage();
        var documents = new InputReader(new ReaderOptions()).Read([args[0]]).OfType<ArticleInput>()
            .Select(a =>
            {
                var layer = TextAnalyzer.Analyze(a.Text);
                var tags = language.Analyze(a.Text, layer).Tags;
                var words = layer.Tokens.Select(t => ActorDictionary.Key(a.Text.Substring(t.Start, t.Length))).ToArray();
                return (Layer: layer, Tags: tags, Words: words, a.ToDocument().Metadata.Published);
            }).ToList();
        var coder = CameoDictionary.Default.Coder;
        var best = long.MaxValue;
        var codings = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var start = ThreadClock.Now();
            codings = 0;
            foreach (var (layer, tags, words, published) in documents)
            {
                Upos Tag(int i) => i < tags.Length ? tags[i] : Upos.X;
                foreach (var sentence in layer.Sentences)
                {
                    codings += coder.Code(words, Tag, sentence.FirstToken, sentence.EndToken, published).Count;
                }
            }

            if (round > 0)
            {
                best = Math.Min(best, ThreadClock.Now() - start);
            }
        }

        long passExact = 0, passStem = 0, passSynset = 0, lookups = 0, verbs = 0, forms = 0, patterns = 0, maxForms = 0;
        var lookupStart = ThreadClock.Now();
        foreach (var (layer, tags, words, _) in documents)
        {
            for (var i = 0; i < words.Length; i++)
            {
                lookups++;
                if (coder.Verbs.ByVerbWord.TryGetValue(words[i], out var found) && i < tags.Length && tags[i] == Upos.VERB)
                {
                    verbs++;
                    forms += found.Length;
                    maxForms = Math.Max(maxForms, found.Length);
                    patterns += found[0].Block.Patterns.Length;
                    var clause = new HashSet<string>(words, StringComparer.Ordinal);
                    foreach (var pattern in found[0].Block.Patterns)
                    {
                        var elements = pattern.Before.Concat(pattern.After).ToList();
                        if (elements.Where(e => e.Kind == PatternElementKind.Word && !e.Stem).All(e => clause.Contains(e.Word)))
                        {
                            passExact++;
                            if (elements.Where(e => e.Kind == PatternElementKind.Word && e.Stem).All(e => words.Any(w => w.StartsWith(e.Word, StringComparison.Ordinal))))
                            {
                                passStem++;
                                if (elements.Where(e => e.Kind == PatternElementKind.Synset).All(e => coder.Verbs.Synsets[e.Word].Any(m => words.Any(w => m[0].Length >= 4 ? w.StartsWith(m[0], StringComparison.Ordinal) : w == m[0]))))
                                {
                                    passSynset++;
                                }
                            }
                        }
                    }
                }
            }
        }

        Console.WriteLine(FormattableString.Invariant($"lookups {lookups} in {(ThreadClock.Now() - lookupStart) / 1e6 / documents.Count:0.000} ms/article; verbs {verbs}, forms {forms} (max {maxForms}), patterns of first block {patterns}, passing exact {passExact}, stem {passStem}, synset {passSynset} (whole document as the clause)"));
        Console.WriteLine(FormattableString.Invariant($"{documents.Count} articles, {codings} codings: {best / 1e6 / documents.Count:0.000} ms/article (best of {rounds} rounds, {ThreadClock.Kind})"));
    }
}
