using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>
/// "analyze FILE [--rounds N] [--block B]": the whole <c>SitrepPipeline.Analyze</c> (stages and the projection to
/// output records) on one thread, as a process that has just started sees it and once it is warm. The first pass
/// prints the rate per block of B articles (default 25), each article seen for the first time, so that JIT
/// warm-up and caches still filling show as rising rates; the counted rounds after it give the steady rate and
/// split it into the stages and the projection. Times are the thread's CPU time (see <see cref="ThreadClock"/>).
/// </summary>
internal static class AnalyzeProfile
{
    public static void Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: analyze FILE [--rounds N] [--block B]");
            return;
        }

        var rounds = ProfileArgs.Rounds(args, 2);
        var block = args.Length >= 5 && args[3] == "--block" ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 25;
        var articles = new InputReader(new ReaderOptions()).Read([args[0]]).OfType<ArticleInput>().ToList();
        var pipeline = SitrepPipeline.CreateDefault();

        Console.WriteLine(FormattableString.Invariant($"{articles.Count} articles, one thread, {ThreadClock.Kind}"));
        Console.Write("first pass, articles/s per block of " + block + ":");
        var firstStart = ThreadClock.Now();
        for (var b = 0; b < articles.Count; b += block)
        {
            var start = ThreadClock.Now();
            var end = Math.Min(articles.Count, b + block);
            for (var i = b; i < end; i++)
            {
                pipeline.Analyze(articles[i]);
            }

            Console.Write(FormattableString.Invariant($" {(end - b) / ((ThreadClock.Now() - start) / 1e9):0}"));
        }

        Console.WriteLine(FormattableString.Invariant($"; whole first pass {articles.Count / ((ThreadClock.Now() - firstStart) / 1e9):0.0} articles/s"));

        long analyze = 0, stages = 0, projection = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var article in articles)
            {
                var start = ThreadClock.Now();
                pipeline.Analyze(article);
                analyze += ThreadClock.Now() - start;

                start = ThreadClock.Now();
                var document = article.ToDocument();
                foreach (var stage in pipeline.Stages)
                {
                    document = stage.Run(document);
                }

                var middle = ThreadClock.Now();
                AnalysisProjector.Project(document, article.TextIsDerived);
                stages += middle - start;
                projection += ThreadClock.Now() - middle;
            }
        }

        var count = (double)articles.Count * rounds;
        Console.WriteLine(FormattableString.Invariant(
            $"warm ({rounds} rounds): Analyze {count / (analyze / 1e9):0.0} articles/s; stages {stages / 1e6 / count:0.000} ms/article, projection {projection / 1e6 / count:0.000} ms/article"));
    }
}
