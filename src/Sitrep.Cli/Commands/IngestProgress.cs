using System.Diagnostics;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>What an ingest run has done so far; the progress display and the final summary read it.</summary>
internal sealed class IngestTally
{
    private readonly Dictionary<string, int> _rejectedByReason = new(StringComparer.Ordinal);

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public BatchOutcome Outcome { get; set; } = new(0, 0, 0);

    public int Rejected { get; private set; }

    public int Stored => Outcome.New + Outcome.Updated + Outcome.Unchanged;

    public IReadOnlyDictionary<string, int> RejectedByReason => _rejectedByReason;

    public void Reject(string reason)
    {
        Rejected++;
        _rejectedByReason[ReasonKind(reason)] = _rejectedByReason.GetValueOrDefault(ReasonKind(reason)) + 1;
    }

    public string Rate => $"{Stored / Math.Max(Clock.Elapsed.TotalSeconds, 0.001):0.#} articles/s";

    // Reasons may end with a detail after a colon ("line 7: not JSON: ..."); the summary groups by the words before it.
    private static string ReasonKind(string reason)
    {
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && colon < 60 ? reason[..colon] : reason.Length <= 80 ? reason : reason[..80] + "...";
    }
}

/// <summary>How ingest shows it is alive: a Spectre.Console live bar on a terminal, a plain line every few seconds otherwise.</summary>
internal interface IIngestProgress
{
    /// <summary>Runs the ingest loop while progress is shown.</summary>
    int Run(Func<IngestTally, int> ingest);

    void Update(IngestTally tally);

    /// <summary>Prints one rejected input's message without breaking the live display.</summary>
    void Reject(string origin, string reason);

    /// <summary>A reader's warning about an article that is still analysed and stored.</summary>
    void Warn(string origin, string warning);
}

internal static class IngestProgress
{
    public static IIngestProgress For(CliContext context) =>
        context.ErrorIsTerminal ? new TerminalIngestProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) })) : new PlainIngestProgress(context);
}

internal sealed class PlainIngestProgress(CliContext context) : IIngestProgress
{
    private static readonly TimeSpan _interval = TimeSpan.FromSeconds(5);
    private TimeSpan _lastReport = TimeSpan.Zero;

    public int Run(Func<IngestTally, int> ingest) => ingest(new IngestTally());

    public void Update(IngestTally tally)
    {
        if (tally.Clock.Elapsed - _lastReport < _interval)
        {
            return;
        }

        _lastReport = tally.Clock.Elapsed;
        context.Error.WriteLine($"ingest: {tally.Stored} articles stored or checked, {tally.Rejected} rejected, {tally.Rate}");
    }

    public void Reject(string origin, string reason) => context.Reject(origin, reason);

    public void Warn(string origin, string warning) => context.Warn(origin, warning);
}

internal sealed class TerminalIngestProgress(IAnsiConsole console) : IIngestProgress
{
    private ProgressTask? _task;

    public int Run(Func<IngestTally, int> ingest) => console.Progress()
        .AutoClear(true)
        .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
        .Start(progress =>
        {
            _task = progress.AddTask("ingest: starting", autoStart: true).IsIndeterminate();
            return ingest(new IngestTally());
        });

    public void Update(IngestTally tally)
    {
        if (_task is not null)
        {
            _task.Description = Markup.Escape($"ingest: {tally.Stored} articles stored or checked, {tally.Rejected} rejected, {tally.Rate}");
        }
    }

    public void Reject(string origin, string reason)
    {
        // Written through the live display so the bar redraws below the message.
        console.MarkupLine(Markup.Escape($"sitrep: {origin}: {reason}"));
    }

    public void Warn(string origin, string warning) => console.MarkupLine(Markup.Escape($"sitrep: {origin}: warning: {warning}"));
}
