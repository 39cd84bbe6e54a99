using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>
/// "stages FILE [--rounds N] [--warm OTHERFILE]": runs the default pipeline's stages one after another over every article of FILE on
/// one thread and prints each stage's time per article and share, so that speed work on <c>analyze</c> starts from
/// where the time goes. Times are the thread's CPU time where the OS gives it (<see cref="ThreadClock"/>): figures
/// stay meaningful while other jobs share the machine; each stage's figure is its fastest round, and the bytes it
/// allocates are shown beside it (collections are paid by the allocating thread). The first round warms up (JIT,
/// lazy data) and is not counted; with --warm it runs over other articles, so that a single counted round shows the
/// stages on articles they have not seen (caches kept across articles then only hold what earlier articles left).
/// </summary>
public static class StageProfile
{
    public static void Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: stages FILE [--rounds N] [--warm OTHERFILE]");
            return;
        }

        var rounds = ProfileArgs.Rounds(args, 2);
        var documents = Read(args[0]);
        var warm = Array.IndexOf(args, "--warm") is var w and >= 0 && w + 1 < args.Length ? Read(args[w + 1]) : documents;
        var stages = SitrepPipeline.CreateDefault().Stages;
        var ticks = new long[stages.Count];
        ticks.AsSpan().Fill(long.MaxValue);
        var roundTicks = new long[stages.Count];
        var allocated = new long[stages.Count];
        var paused = TimeSpan.Zero;
        var collections = 0;
        for (var round = 0; round <= rounds; round++)
        {
            roundTicks.AsSpan().Clear();
            var (pausedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            foreach (var document in round == 0 ? warm : documents)
            {
                var current = document;
                for (var s = 0; s < stages.Count; s++)
                {
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadClock.Now();
                    current = stages[s].Run(current);
                    roundTicks[s] += ThreadClock.Now() - start;
                    if (round > 0)
                    {
                        allocated[s] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    }
                }
            }

            for (var s = 0; round > 0 && s < stages.Count; s++)
            {
                ticks[s] = Math.Min(ticks[s], roundTicks[s]);
            }

            if (round > 0)
            {
                paused += GC.GetTotalPauseDuration() - pausedBefore;
                collections += GC.CollectionCount(0) - collectionsBefore;
            }
        }

        if (!ReferenceEquals(warm, documents))
        {
            Console.WriteLine("warmed up on other articles: the counted rounds see these articles for the first time in round 1 (caches of earlier articles only)");
        }

        // Each stage's fastest round: the one least disturbed by other jobs sharing the machine's cores and caches.
        var total = ticks.Sum();
        var articles = (double)documents.Count;
        Console.WriteLine(FormattableString.Invariant($"{documents.Count} articles, best of {rounds} rounds for each stage, one thread, {ThreadClock.Kind}: {articles / (total / 1e9):0.0} articles/s"));
        // Collections are paid inside the stages' times by whichever stage allocates when the budget runs out.
        Console.WriteLine(FormattableString.Invariant($"  GC pauses {paused.TotalMilliseconds / (articles * rounds):0.000} ms/article ({collections} collections in {rounds} rounds)"));
        for (var s = 0; s < stages.Count; s++)
        {
            var ms = ticks[s] / 1e6 / articles;
            var kilobytes = allocated[s] / 1024.0 / (articles * rounds);
            Console.WriteLine(FormattableString.Invariant($"  {stages[s].Name,-12} {ms,8:0.000} ms/article  {100.0 * ticks[s] / total,5:0.0} %  {kilobytes,8:0} KB allocated/article"));
        }
    }

    private static List<Document> Read(string path) =>
        new InputReader(new ReaderOptions()).Read([path]).OfType<ArticleInput>().Select(a => a.ToDocument()).ToList();
}
