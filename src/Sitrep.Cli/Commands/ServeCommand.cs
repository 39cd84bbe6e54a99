using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the read-only HTTP API and dashboard over a store, until interrupted.</summary>
internal static class ServeCommand
{
    public static Command Build(CliContext context)
    {
        var storeOptions = new StoreOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "addresses to listen on, separated by ';' (loopback by default; the API has no authentication)",
            DefaultValueFactory = _ => SitrepWebApp.DefaultUrl,
        };
        var command = new Command("serve", "HTTP API (/api/events, /api/claims, /api/report, /api/stats) and web dashboard (/) over the stored ledger") { urls };
        storeOptions.AddTo(command);
        command.SetAction(async (parsed, cancel) =>
        {
            using var store = storeOptions.Open(parsed, context, create: false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var addresses = parsed.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await using var app = SitrepWebApp.Create(store, addresses, logWarnings: true);
            await app.StartAsync(cancel);
            context.Error.WriteLine($"sitrep: serving {storeOptions.Describe(parsed)} at {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            context.Error.Flush();
            // Stops on Ctrl+C or SIGTERM, whichever of the host and the command line sees it first.
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
