using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// Ingest throughput with analysis and store apart, on the articles of <c>out/ingest-bench-400.jsonl</c> (varied
/// ~4 KB conflict reports: <c>python3 tools/make_ingest_bench.py</c>). Each operation is one article, so the mean is
/// the time per article and 1 / mean is articles per second on one core:
/// <list type="bullet">
/// <item><c>Analyse</c>: the default pipeline on one thread (what ingest does before storing).</item>
/// <item><c>Store</c>: <see cref="ISitrepStore.SaveBatch"/> in batches of 64 (as <c>sitrep ingest</c>) into a fresh
/// SQLite store (<see cref="Preloaded"/> = 0) or one already holding the articles of
/// <c>out/ingest-bench-1500.jsonl</c> (built once, then copied for each iteration).</item>
/// </list>
/// Analyses are cached beside the input files (<see cref="IngestCorpus"/>). Run (long operations: a few iterations):
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter *IngestBenchmarks* --inProcess</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IngestBenchmarks
{
    /// <summary>Articles stored per operation of <see cref="Store"/> (two batches).</summary>
    public const int StoredPerOperation = 128;

    /// <summary>Articles analysed per operation of <see cref="Analyse"/>.</summary>
    public const int AnalysedPerOperation = 16;

    private IReadOnlyList<StoredArticle> _articles = [];
    private IReadOnlyList<ReadItem> _inputs = [];
    private SitrepPipeline _pipeline = null!;
    private string? _template;
    private string _directory = "";
    private SqliteStore? _store;

    /// <summary>Articles in the store before the measured ones arrive: 0 (fresh) or 1500.</summary>
    [Params(0, 1500)]
    public int Preloaded { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var input = IngestCorpus.FindInput("ingest-bench-400.jsonl");
        _articles = [.. IngestCorpus.Load(input).Articles.Take(StoredPerOperation)];
        _inputs = [.. new InputReader(new ReaderOptions()).Read([input]).Take(AnalysedPerOperation)];
        _pipeline = SitrepPipeline.CreateDefault();
        _template = Preloaded > 0 ? PreloadedStore(Preloaded) : null;
    }

    [IterationSetup(Target = nameof(Store))]
    public void OpenStore()
    {
        _directory = Path.Combine(Path.GetTempPath(), "sitrep-bench", "ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "store.db");
        if (_template is not null)
        {
            File.Copy(_template, path);
        }

        _store = SqliteStore.Open(path);
    }

    [IterationCleanup(Target = nameof(Store))]
    public void CloseStore()
    {
        _store?.Dispose();
        _store = null;
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = StoredPerOperation, Description = "store, per article")]
    public int Store()
    {
        var added = 0;
        foreach (var batch in _articles.Chunk(64))
        {
            added += _store!.SaveBatch(batch).New;
        }

        return added;
    }

    [Benchmark(OperationsPerInvoke = AnalysedPerOperation, Description = "analyse, per article (one thread)")]
    public int Analyse()
    {
        var events = 0;
        foreach (var input in _inputs)
        {
            events += _pipeline.Analyze(input).Analysis?.Events.Count ?? 0;
        }

        return events;
    }

    /// <summary>A SQLite store holding the preload file's articles, built once per schema and kept in the temp folder.</summary>
    private static string PreloadedStore(int count) => CachedStore.Ensure($"ingest-preloaded-{count}", store =>
    {
        var (articles, _) = IngestCorpus.Load(IngestCorpus.FindInput($"ingest-bench-{count}.jsonl"));
        foreach (var batch in articles.Chunk(64))
        {
            store.SaveBatch(batch);
        }
    });
}
