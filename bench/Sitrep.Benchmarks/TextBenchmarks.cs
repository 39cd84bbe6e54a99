using BenchmarkDotNet.Attributes;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The text layer (tokens, sentences, paragraphs, quotations, dateline) over 1,000 news articles of about 4 KB,
/// on one thread. MB/s per core = CorpusBytes / mean time; the figure is printed at setup.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private IReadOnlyList<string> _articles = [];

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Articles(1000);
        CorpusBytes = _articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a));
        Console.WriteLine($"// corpus: {_articles.Count} articles, {CorpusBytes / 1e6:0.00} MB, {CorpusBytes / _articles.Count} bytes/article");
    }

    [Benchmark]
    public int AnalyzeTextLayer()
    {
        var tokens = 0;
        foreach (var article in _articles)
        {
            tokens += TextAnalyzer.Analyze(article).Tokens.Length;
        }

        return tokens;
    }
}
