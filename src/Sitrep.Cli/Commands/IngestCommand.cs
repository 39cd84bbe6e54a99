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
        var before = store.Counts();
        var progress = IngestProgress.For(context);
        IngestTally? finished = null;
        progress.Run(tally =>
        {
            var batch = new List<StoredArticle>(BatchSize);
            foreach (var result in OrderedParallel.Map(reader.Read(paths), pipeline.Analyze).ToBlockingEnumerable())
            {
                if (result.Rejection is { } rejection)
                {
                    tally.Reject(rejection.Reason);
                    progress.Reject(rejection.Origin, rejection.Reason);
                    continue;
                }

                var article = (ArticleInput)result.Item;
                foreach (var warning in article.Warnings)
                {
                    progress.Warn(article.Origin, warning);
                }

                batch.Add(new StoredArticle(result.Analysis!, article.Text, ArticleIds.ContentHash(article.Text)));
                if (batch.Count == BatchSize)
                {
                    tally.Outcome += store.SaveBatch(batch);
                    batch.Clear();
                    progress.Update(tally);
                }
            }

            if (batch.Count > 0)
            {
                tally.Outcome += store.SaveBatch(batch);
            }

            finished = tally;
            return 0;
        });

        WriteSummary(context.Error, finished!, before, store.Counts(), storeName);
        return finished!.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Success;
    }

    /// <summary>What the run did: articles, rejections grouped by reason, and how the ledger grew.</summary>
    private static void WriteSummary(TextWriter error, IngestTally tally, StoreCounts before, StoreCounts after, string storeName)
    {
        var outcome = tally.Outcome;
        error.WriteLine(
            $"ingest: {tally.Stored + tally.Rejected} read, {outcome.New} new, {outcome.Updated} updated, " +
            $"{outcome.Unchanged} unchanged, {tally.Rejected} rejected into {storeName} in {tally.Clock.Elapsed.TotalSeconds:0.0} s ({tally.Rate})");
        foreach (var (reason, count) in tally.RejectedByReason.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            error.WriteLine($"ingest:   rejected {count} x {reason}");
        }

        // Reports that did not found a new ledger event joined an existing one (or replaced a revised article's).
        var reports = after.Events - before.Events;
        var founded = after.FusedEvents - before.FusedEvents;
        var claimReports = after.Claims - before.Claims;
        var claimsFounded = after.FusedClaims - before.FusedClaims;
        error.WriteLine(
            $"ingest: events {reports:+#;-#;0} reports, {founded:+#;-#;0} in the ledger ({Math.Max(0, reports - founded)} merged into existing events); " +
            $"claims {claimReports:+#;-#;0} reports, {claimsFounded:+#;-#;0} in the ledger ({Math.Max(0, claimReports - claimsFounded)} merged into existing claims)");
        error.WriteLine($"ingest: ledger now {after.FusedEvents} events and {after.FusedClaims} claims from {after.Articles} articles");
    }
}
