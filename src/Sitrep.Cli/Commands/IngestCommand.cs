using System.CommandLine;
using System.Diagnostics;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest</c>: analyses articles and stores them, one transaction per batch, idempotently.</summary>
internal static class IngestCommand
{
    public const int BatchSize = 64;

    public static Command Build(CliContext context)
    {
        var inputs = new InputOptions();
        var storeOptions = new StoreOptions();
        var command = new Command("ingest", "analyse articles and store them (re-ingesting the same article changes nothing)");
        inputs.AddTo(command);
        storeOptions.AddTo(command);
        command.SetAction(parsed =>
        {
            using var store = storeOptions.Open(parsed, context, create: true)!;
            return Run(context, inputs.PathsOf(parsed), inputs.ReaderOptions(parsed), store, storeOptions.Describe(parsed));
        });
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<string> paths, ReaderOptions options, ISitrepStore store, string storeName)
    {
        var pipeline = SitrepPipeline.CreateDefault();
        var reader = new InputReader(options, context.OpenStdin);
        var progress = new IngestProgress(context);
        var batch = new List<StoredArticle>(BatchSize);
        var outcome = new BatchOutcome(0, 0, 0);
        var rejected = 0;

        foreach (var result in OrderedParallel.Map(reader.Read(paths), pipeline.Analyze).ToBlockingEnumerable())
        {
            if (result.Rejection is { } rejection)
            {
                rejected++;
                context.Reject(rejection.Origin, rejection.Reason);
                continue;
            }

            var article = (ArticleInput)result.Item;
            batch.Add(new StoredArticle(result.Analysis!, article.Text, ArticleIds.ContentHash(article.Text)));
            if (batch.Count == BatchSize)
            {
                outcome += store.SaveBatch(batch);
                batch.Clear();
                progress.Report(outcome, rejected);
            }
        }

        if (batch.Count > 0)
        {
            outcome += store.SaveBatch(batch);
        }

        progress.Finish(outcome, rejected, storeName);
        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }

    /// <summary>A live line on a terminal; a plain line every few seconds when stderr is redirected.</summary>
    private sealed class IngestProgress(CliContext context)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _lastReport = TimeSpan.Zero;

        public void Report(BatchOutcome outcome, int rejected)
        {
            var interval = context.ErrorIsTerminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
            if (_clock.Elapsed - _lastReport < interval)
            {
                return;
            }

            _lastReport = _clock.Elapsed;
            var line = $"ingest: {Processed(outcome)} articles stored or checked, {rejected} rejected, {Rate(outcome)}";
            if (context.ErrorIsTerminal)
            {
                context.Error.Write("\r" + line + "   ");
            }
            else
            {
                context.Error.WriteLine(line);
            }
        }

        public void Finish(BatchOutcome outcome, int rejected, string database)
        {
            if (context.ErrorIsTerminal)
            {
                context.Error.Write("\r");
            }

            context.Error.WriteLine(
                $"ingest: {Processed(outcome) + rejected} read, {outcome.New} new, {outcome.Updated} updated, " +
                $"{outcome.Unchanged} unchanged, {rejected} rejected into {database} in {_clock.Elapsed.TotalSeconds:0.0} s ({Rate(outcome)})");
        }

        private static int Processed(BatchOutcome outcome) => outcome.New + outcome.Updated + outcome.Unchanged;

        private string Rate(BatchOutcome outcome) =>
            $"{Processed(outcome) / Math.Max(_clock.Elapsed.TotalSeconds, 0.001):0} articles/s";
    }
}
