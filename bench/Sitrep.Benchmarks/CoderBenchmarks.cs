using BenchmarkDotNet.Attributes;
using Sitrep.Actors;
using Sitrep.Events.Dictionaries;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The CAMEO verb-pattern coder alone (the default dictionary) over the sentences of 20 benchmark articles, tagged
/// once in setup: the events stage's dictionary step. Run: dotnet run -c Release --project bench/Sitrep.Benchmarks --
/// --filter *CoderBenchmarks* --job short (the "coder FILE" profile measures the same on a corpus file).
/// </summary>
[MemoryDiagnoser]
public class CoderBenchmarks
{
    private readonly List<(string[] Words, Upos[] Tags, Sentence[] Sentences)> _articles = [];
    private VerbPatternCoder _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var language = new LanguageStage();
        foreach (var article in BenchCorpus.Articles(20))
        {
            var layer = TextAnalyzer.Analyze(article);
            var tags = language.Analyze(article, layer).Tags.ToArray();
            var words = layer.Tokens.Select(t => ActorDictionary.Key(article.Substring(t.Start, t.Length))).ToArray();
            _articles.Add((words, tags, [.. layer.Sentences]));
        }

        _coder = CameoDictionary.Default.Coder;
    }

    [Benchmark]
    public int CodeSentences()
    {
        var codings = 0;
        foreach (var (words, tags, sentences) in _articles)
        {
            Upos Tag(int i) => i < tags.Length ? tags[i] : Upos.X;
            foreach (var sentence in sentences)
            {
                codings += _coder.Code(words, Tag, sentence.FirstToken, sentence.EndToken, null).Count;
            }
        }

        return codings;
    }
}
