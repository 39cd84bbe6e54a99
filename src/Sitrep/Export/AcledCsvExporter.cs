using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Export;

/// <summary>
/// ACLED's 31-column CSV in ACLED's column order (CONTRACT.md, CONVENTIONS.md §1.9). Only ACLED events that
/// happened are rows: statements (no ACLED type) and negated, hypothetical or future events are not.
/// </summary>
public sealed class AcledCsvExporter(ICountryFacts countries)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static bool IsAcledEvent(EventRecord e) =>
        e.EventType is not null && e.SubEventType is not null && e.Modality is "asserted" or "historical";

    public int Write(TextWriter output, IEnumerable<ExportEvent> events)
    {
        output.Write(string.Join(',', Columns));
        output.Write("\r\n");
        var rows = 0;
        foreach (var item in events)
        {
            if (!IsAcledEvent(item.Event))
            {
                continue;
            }

            output.Write(string.Join(',', Row(item).Select(Csv.Quote)));
            output.Write("\r\n");
            rows++;
        }

        return rows;
    }

    public string?[] Row(ExportEvent item)
    {
        var e = item.Event;
        var inv = CultureInfo.InvariantCulture;
        return
        [
            EventIdCnty(e),
            IsoDate.Write(e.EventDate),
            e.EventDate?.Year.ToString(inv),
            e.TimePrecision?.ToString(inv),
            e.DisorderType,
            e.EventType,
            e.SubEventType,
            e.Actor1?.Name,
            Join(e.AssocActor1),
            e.Actor1?.Inter,
            e.Actor2?.Name,
            Join(e.AssocActor2),
            e.Actor2?.Inter,
            e.Interaction,
            e.CivilianTargeting ? "Civilians targeted" : string.Empty,
            countries.IsoNumeric(e.Iso3)?.ToString(inv),
            countries.AcledRegion(e.Iso3),
            e.Country,
            e.Admin1,
            e.Admin2,
            null,
            e.Location,
            e.Latitude?.ToString("0.0000", inv),
            e.Longitude?.ToString("0.0000", inv),
            e.GeoPrecision?.ToString(inv),
            string.Join("; ", item.Sources.Select(s => s.Source).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct()),
            null,
            e.Notes,
            (e.Fatalities ?? 0).ToString(inv),
            null,
            item.TimestampUnix?.ToString(inv),
        ];
    }

    private static string Join(IReadOnlyList<ActorRecord> actors) =>
        string.Join("; ", actors.Select(a => a.Name).Where(n => !string.IsNullOrWhiteSpace(n)));

    /// <summary>ACLED ids are the country code and a number; ours is a stable hash of the event id, so re-exports agree.</summary>
    public static string EventIdCnty(EventRecord e)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(e.Id), digest);
        var hash = BinaryPrimitives.ReadUInt64BigEndian(digest);
        return (e.Iso3 ?? "XXX") + (hash % 100_000_000UL).ToString("D8", CultureInfo.InvariantCulture);
    }
}

/// <summary>RFC 4180 quoting.</summary>
public static class Csv
{
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
