using System.Globalization;
using System.Text.Json;
using Sitrep.Common;
using Sitrep.Export;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary>Writes events in the formats users ask for: a table, plain CSV, JSONL, ACLED CSV, PLOVER JSONL or GeoJSON.</summary>
internal static class EventWriter
{
    public static readonly string[] Formats = ["table", "csv", "jsonl", "acled", "plover", "geojson"];

    public static void Write(TextWriter output, IReadOnlyList<ExportEvent> events, string format, ICountryFacts countries)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var e in events)
                {
                    output.WriteLine(e.Fused is null ? JsonSerializer.Serialize(e.Event, SitrepJson.Default.EventRecord) : FusedJson.Flatten(e.Fused));
                }

                break;
            case "acled":
                new AcledCsvExporter(countries).Write(output, events);
                break;
            case "plover":
                PloverJsonlExporter.Write(output, events);
                break;
            case "geojson":
                GeoJsonExporter.Write(output, events);
                break;
            case "csv":
                Table.WriteCsv(output, _columns, events.Select(e => Row(e.Event)));
                break;
            default:
                Table.WriteText(output, _columns, events.Select(e => Row(e.Event)), $"{events.Count} events");
                break;
        }
    }

    private static readonly string[] _columns =
        ["id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "fatalities", "modality"];

    private static string?[] Row(EventRecord e) =>
    [
        e.Id, IsoDate.Write(e.EventDate), e.EventType ?? e.PloverEvent, e.SubEventType,
        e.Actor1?.Name ?? e.Actor1?.Text, e.Actor2?.Name ?? e.Actor2?.Text, e.Country, e.Admin1, e.Location,
        e.Fatalities?.ToString(CultureInfo.InvariantCulture), e.Modality,
    ];
}
