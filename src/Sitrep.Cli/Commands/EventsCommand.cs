using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: queries stored events with filters.</summary>
internal static class EventsCommand
{
    public static Command Build(CliContext context)
    {
        var database = CommonOptions.Database();
        var from = CommonOptions.Date("--from", "events on or after this date");
        var to = CommonOptions.Date("--to", "events on or before this date");
        var country = CommonOptions.Text("--country", "country name or ISO3 code");
        var admin1 = CommonOptions.Text("--admin1", "first-level division (ACLED spelling, e.g. Kharkiv)");
        var type = CommonOptions.Text("--type", "ACLED event or sub-event type, or PLOVER event");
        var limit = CommonOptions.Limit();
        var format = CommonOptions.Format("table", "table", "csv", "jsonl");
        var command = new Command("events", "query stored events") { database, from, to, country, admin1, type, limit, format };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(database)!;
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"sitrep: {path}: no such database; run 'sitrep ingest' first");
                return ExitCodes.UsageError;
            }

            using var store = SqliteStore.Open(path);
            var events = store.QueryEvents(new EventQuery
            {
                From = parsed.GetValue(from),
                To = parsed.GetValue(to),
                Country = parsed.GetValue(country),
                Admin1 = parsed.GetValue(admin1),
                EventType = parsed.GetValue(type),
                Limit = parsed.GetValue(limit),
            });
            Write(context, events, parsed.GetValue(format)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliContext context, IReadOnlyList<EventRecord> events, string format)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var e in events)
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(e, SitrepJson.Default.EventRecord));
                }

                break;
            case "csv":
                Table.WriteCsv(context.Out, _columns, events.Select(Row));
                break;
            default:
                Table.WriteText(context.Out, _columns, events.Select(Row), $"{events.Count} events");
                break;
        }
    }

    private static readonly string[] _columns =
        ["id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "fatalities", "modality"];

    private static string?[] Row(EventRecord e) =>
    [
        e.Id, e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.EventType ?? e.PloverEvent, e.SubEventType,
        e.Actor1?.Name ?? e.Actor1?.Text, e.Actor2?.Name ?? e.Actor2?.Text, e.Country, e.Admin1, e.Location,
        e.Fatalities?.ToString(CultureInfo.InvariantCulture), e.Modality,
    ];
}
