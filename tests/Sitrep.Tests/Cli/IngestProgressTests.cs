using Sitrep.Cli.Commands;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Tests.Cli;

public class IngestProgressTests
{
    [Fact]
    public void TerminalProgress_RejectionDuringLiveDisplay_IsPrintedAndWorkRuns()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        var progress = new TerminalIngestProgress(console);
        IngestTally? seen = null;
        var exit = progress.Run(tally =>
        {
            tally.Reject("binary content, not text");
            progress.Reject("blob.bin", "binary content, not text [with markup-like text]");
            tally.Outcome += new BatchOutcome(64, 0, 0);
            progress.Update(tally);
            seen = tally;
            return 7;
        });
        Assert.Equal(7, exit);
        Assert.Equal(64, seen!.Stored);
        Assert.Contains("sitrep: blob.bin: binary content, not text [with markup-like text]", output.ToString());
    }

    [Fact]
    public void Tally_ReasonsWithDetails_GroupByTheirKind()
    {
        var tally = new IngestTally();
        tally.Reject("not JSON: 'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.");
        tally.Reject("not JSON: Expected depth to be zero at the end of the JSON payload.");
        tally.Reject("no such file or directory");
        Assert.Equal(3, tally.Rejected);
        Assert.Equal(2, tally.RejectedByReason.Count);
        Assert.Equal(2, tally.RejectedByReason["not JSON"]);
        Assert.Equal(1, tally.RejectedByReason["no such file or directory"]);
    }
}
