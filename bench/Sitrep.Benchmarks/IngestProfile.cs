using System.Diagnostics;
using System.Globalization;
using Sitrep.Postgres;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// One timed ingest, store side only, for profiling and for figures a benchmark run would take too long to give:
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- ingest FILE [--preload FILE] [--postgres CONNSTR | --db NEWFILE] [--batch N] [--analyse N]</c>.
/// Analyses come from <see cref="IngestCorpus"/> (analysed once, then cached), so what is timed is SaveBatch: first
/// the preload (a store already holding other articles), then the measured file, then the measured file again
/// (re-ingest: must add nothing). Analysis is timed apart on one thread (the first N articles, default 40; 0 skips
/// it), and the two per-core rates are combined into what ingest with analysis achieves per core.
/// </summary>
internal static class IngestProfile
{
    public static void Run(string[] args)
    {
        if (args is [] or ["--help" or "-h", ..])
        {
            Console.WriteLine("ingest FILE [--preload FILE] [--postgres CONNSTR | --db NEWFILE] [--batch N] [--analyse N]: store-only ingest timing (analyses cached), then N articles analysed on one thread (default 40, 0 skips)");
            return;
        }

        var input = args[0];
        string? preload = null, postgres = null, db = null;
        var batchSize = 64;
        var analysed = 40;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--preload": preload = args[i + 1]; break;
                case "--postgres": postgres = args[i + 1]; break;
                case "--db": db = args[i + 1]; break;
                case "--batch": batchSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--analyse": analysed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var (articles, analysisSeconds) = IngestCorpus.Load(input);
        Console.WriteLine($"{input}: {articles.Count} articles{(analysisSeconds > 0 ? $", analysed in {analysisSeconds:0.0} s ({articles.Count / analysisSeconds:0.0} articles/s on {Environment.ProcessorCount} cores)" : " (analyses cached)")}");

        var directory = Path.Combine(Path.GetTempPath(), "sitrep-bench", "ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        try
        {
            using var store = postgres is null ? (ISitrepStore)SqliteStore.Open(db ?? Path.Combine(directory, "store.db")) : PostgresStore.Open(postgres);
            if (preload is not null)
            {
                var (preloaded, _) = IngestCorpus.Load(preload);
                Save(store, preloaded, batchSize, "preload");
            }

            var storeRate = Save(store, articles, batchSize, "ingest");
            var before = store.Counts();
            Save(store, articles, batchSize, "re-ingest");
            Console.WriteLine(before == store.Counts() ? "re-ingest changed nothing" : $"RE-INGEST CHANGED THE STORE: {before} -> {store.Counts()}");
            var counts = store.Counts();
            Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events -> {counts.FusedEvents} fused, {counts.Claims} claims -> {counts.FusedClaims} fused");
            var largest = store.QueryEvents(new EventQuery()).OrderByDescending(f => f.SourceCount).Take(3);
            Console.WriteLine("largest fused events: " + string.Join("; ", largest.Select(f => $"{f.Sources.Count} reports from {f.SourceCount} articles ({f.Event.EventType}, {f.Event.Admin1 ?? f.Event.Country}, {f.Event.EventDate})")));
            if (analysed > 0)
            {
                var analysisRate = AnalysisRate(input, analysed);
                Console.WriteLine(
                    $"analysis: {analysisRate:0.0} articles per CPU-second on one thread ({ThreadClock.Kind}); " +
                    $"analysis + store: {1 / ((1 / analysisRate) + (1 / storeRate)):0.0} articles per CPU-second");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Articles per second of one thread's time through the default pipeline (loaded and warmed up first).</summary>
    private static double AnalysisRate(string input, int count)
    {
        var pipeline = Sitrep.Pipeline.SitrepPipeline.CreateDefault();
        var inputs = new Sitrep.Ingest.InputReader(new Sitrep.Ingest.ReaderOptions()).Read([input]).Take(count + 5).ToList();
        foreach (var warm in inputs.Take(5))
        {
            pipeline.Analyze(warm);
        }

        var start = ThreadClock.Now();
        foreach (var item in inputs.Skip(5))
        {
            pipeline.Analyze(item);
        }

        return (inputs.Count - 5) / ((ThreadClock.Now() - start) / 1e9);
    }

    /// <summary>Saves the articles in batches; returns the articles stored per CPU-second.</summary>
    private static double Save(ISitrepStore store, IReadOnlyList<StoredArticle> articles, int batchSize, string what)
    {
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var thread = ThreadClock.Now();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        foreach (var batch in articles.Chunk(batchSize))
        {
            var start = clock.Elapsed;
            store.SaveBatch(batch);
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, (clock.Elapsed - start).Ticks));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var threadSeconds = (ThreadClock.Now() - thread) / 1e9;
        Console.WriteLine(
            $"{what}: {articles.Count} articles in {seconds:0.00} s = {articles.Count / seconds:0.0} articles/s, " +
            $"CPU {cpuSeconds:0.00} s = {articles.Count / Math.Max(cpuSeconds, 0.001):0.0} articles per CPU-second (store only; slowest batch {slowest.TotalMilliseconds:0} ms)");
        // The ingesting thread's own time (without the runtime's background threads) and the garbage it made: steadier
        // figures than the process's CPU time when other processes share the cores.
        Console.WriteLine(
            $"{what}: ingesting thread {threadSeconds:0.00} s ({ThreadClock.Kind}) = {articles.Count / Math.Max(threadSeconds, 0.001):0.0} articles per second of it; " +
            $"allocated {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:0} MB, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s " +
            $"(collections gen0/1/2: {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}), heap {GC.GetTotalMemory(forceFullCollection: false) / 1e6:0} MB");
        return articles.Count / Math.Max(cpuSeconds, 0.001);
    }
}
