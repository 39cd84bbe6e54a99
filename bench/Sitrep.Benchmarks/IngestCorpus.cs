using System.Diagnostics;
using System.Text.Json;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// Benchmark input for ingest: a JSONL of articles in the contract's input shape (written by
/// <c>tools/make_ingest_bench.py</c>), analysed once through the default pipeline on all cores. The analyses are
/// cached beside the input (<c>FILE.analysed-HASH.jsonl</c>, keyed by the input's content) so that store
/// benchmarks measure the store only and do not analyse again; delete the cache to analyse anew.
/// </summary>
public static class IngestCorpus
{
    /// <summary>The input file's articles as the store receives them, and the seconds analysis took (0 when cached).</summary>
    public static (IReadOnlyList<StoredArticle> Articles, double AnalysisSeconds) Load(string input)
    {
        var hash = ArticleIds.ContentHash(File.ReadAllText(input))[..12];
        var cache = $"{input}.analysed-{hash}.jsonl";
        if (File.Exists(cache))
        {
            return (ReadCache(cache), 0);
        }

        var clock = Stopwatch.StartNew();
        var articles = Analyse(input);
        var seconds = clock.Elapsed.TotalSeconds;
        WriteCache(cache, articles);
        return (articles, seconds);
    }

    /// <summary>Analyses every article of the input as <c>sitrep ingest</c> does (ordered, in parallel).</summary>
    public static List<StoredArticle> Analyse(string input)
    {
        var pipeline = SitrepPipeline.CreateDefault();
        var reader = new InputReader(new ReaderOptions());
        var articles = new List<StoredArticle>();
        foreach (var result in OrderedParallel.Map(reader.Read([input]), pipeline.Analyze).ToBlockingEnumerable())
        {
            if (result is { Analysis: { } analysis, Item: ArticleInput article })
            {
                articles.Add(new StoredArticle(analysis, article.Text, ArticleIds.ContentHash(article.Text)));
            }
        }

        return articles;
    }

    /// <summary>Bench input files live in out/ at the repository root (git-ignored); finds it above the binaries.</summary>
    public static string FindInput(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "out", fileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"out/{fileName} not found above {AppContext.BaseDirectory}: run python3 tools/make_ingest_bench.py first");
    }

    private static void WriteCache(string path, IReadOnlyList<StoredArticle> articles)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            foreach (var article in articles)
            {
                // The analysis carries its text, so one line holds everything a StoredArticle needs.
                writer.WriteLine(JsonSerializer.Serialize(article.Analysis with { Text = article.Text }, SitrepJson.Default.ArticleAnalysis));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static List<StoredArticle> ReadCache(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            var analysis = JsonSerializer.Deserialize(line, SitrepJson.Default.ArticleAnalysis)!;
            var text = analysis.Text!;
            return new StoredArticle(analysis with { Text = null }, text, ArticleIds.ContentHash(text));
        })];
}
