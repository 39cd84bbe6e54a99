using System.Diagnostics;
using System.Globalization;
using Sitrep.Postgres;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// One timed ingest, store side only, for profiling and for figures a benchmark run would take too long to give:
/// <c>dotnet run -c Release --project bench/Sitrep.Benchmarks -- ingest FILE [--preload FILE] [--postgres CONNSTR | --db NEWFILE] [--batch N]</c>.
/// Analyses come from <see cref="IngestCorpus"/> (analysed once, then cached), so what is timed is SaveBatch: first
/// the preload (a store already holding other articles), then the measured file, then the measured file again
/// (re-ingest: must add nothing).
/// </summary>
internal static class IngestProfile
{
    public static void Run(string[] args)
    {
        var input = args[0];
        string? preload = null, postgres = null, db = null;
        var batchSize = 64;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--preload": preload = args[i + 1]; break;
                case "--postgres": postgres = args[i + 1]; break;
                case "--db": db = args[i + 1]; break;
                case "--batch": batchSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
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

            Save(store, articles, batchSize, "ingest");
            var before = store.Counts();
            Save(store, articles, batchSize, "re-ingest");
            Console.WriteLine(before == store.Counts() ? "re-ingest changed nothing" : $"RE-INGEST CHANGED THE STORE: {before} -> {store.Counts()}");
            var counts = store.Counts();
            Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events -> {counts.FusedEvents} fused, {counts.Claims} claims -> {counts.FusedClaims} fused");
            var largest = store.QueryEvents(new EventQuery()).OrderByDescending(f => f.SourceCount).Take(3);
            Console.WriteLine("largest fused events: " + string.Join("; ", largest.Select(f => $"{f.Sources.Count} reports from {f.SourceCount} articles ({f.Event.EventType}, {f.Event.Admin1 ?? f.Event.Country}, {f.Event.EventDate})")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Save(ISitrepStore store, IReadOnlyList<StoredArticle> articles, int batchSize, string what)
    {
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
        Console.WriteLine(
            $"{what}: {articles.Count} articles in {seconds:0.00} s = {articles.Count / seconds:0.0} articles/s, " +
            $"CPU {cpuSeconds:0.00} s = {articles.Count / Math.Max(cpuSeconds, 0.001):0.0} articles per CPU-second (store only; slowest batch {slowest.TotalMilliseconds:0} ms)");
    }
}
