using System.CommandLine;
using Sitrep.Export;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: queries stored events with filters.</summary>
internal static class EventsCommand
{
    public static Command Build(CliContext context)
    {
        var storeOptions = new StoreOptions();
        var from = CommonOptions.Date("--from", "events on or after this date");
        var to = CommonOptions.Date("--to", "events on or before this date");
        var country = CommonOptions.Text("--country", "country name or ISO3 code");
        var admin1 = CommonOptions.Text("--admin1", "first-level division (ACLED spelling, e.g. Kharkiv)");
        var type = CommonOptions.Text("--type", "ACLED event or sub-event type, or PLOVER event");
        var actor = CommonOptions.Text("--actor", "part of an actor's name or of a report's words for it (e.g. Wagner, Civilians (Sudan), Houthi)");
        var limit = CommonOptions.Limit();
        var format = CommonOptions.Format("table", EventWriter.Formats);
        var command = new Command("events", "query the ledger of fused events (each real-world event once, with all its sources)") { from, to, country, admin1, type, actor, limit, format };
        storeOptions.AddTo(command);
        command.SetAction(parsed =>
        {
            using var store = storeOptions.Open(parsed, context, create: false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            var events = store.QueryEvents(new EventQuery
            {
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                Country = parsed.GetValue(country),
                Admin1 = parsed.GetValue(admin1),
                EventType = parsed.GetValue(type),
                Actor = parsed.GetValue(actor),
                Limit = parsed.GetValue(limit),
            });
            var exported = events.Select(ExportEvent.FromFused).ToList();
            EventWriter.Write(context.Out, exported, parsed.GetValue(format)!, CountryTableFacts.Default);
            return ExitCodes.Success;
        });
        return command;
    }
}
