using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>Builds the command line and runs it: usage errors exit 2 with a message on stderr.</summary>
public static class SitrepCli
{
    public static RootCommand Build(CliContext context) => new("Sitrep: news reports about armed conflict in, a sourced, geocoded ledger of events and claims out.")
    {
        AnalyzeCommand.Build(context),
        IngestCommand.Build(context),
        EventsCommand.Build(context),
        ClaimsCommand.Build(context),
        ReportCommand.Build(context),
        ServeCommand.Build(context),
        EvalCommand.Build(context),
        TrainCommand.Build(context),
    };

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"sitrep: {error.Message}");
            }

            context.Error.WriteLine("Run 'sitrep --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
        }
        finally
        {
            context.Out.Flush();
            context.Error.Flush();
        }
    }
}
