using System.Text.Json;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Export;

/// <summary>
/// PLOVER records, one JSON object per line, per the PLOVER manual's data fields: id, date, actor, recipient,
/// event, mode, context, event_loc, size{dead,injured}, text, cite_info. Actors and events are lists.
/// Events without a PLOVER code are skipped; auxiliary modes (future, negation...) are kept as PLOVER intends.
/// </summary>
public static class PloverJsonlExporter
{
    public static int Write(TextWriter output, IEnumerable<ExportEvent> events)
    {
        var count = 0;
        foreach (var item in events)
        {
            if (item.Event.PloverEvent is null)
            {
                continue;
            }

            output.Write(Serialize(item));
            output.Write('\n');
            count++;
        }

        return count;
    }

    public static string Serialize(ExportEvent item)
    {
        var e = item.Event;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            WriteDate(json, "date", e.EventDate);
            WriteDate(json, "enddate", e.DateEnd != e.DateStart ? e.DateEnd : null);
            json.WritePropertyName("actor");
            WriteActors(json, e.Actor1 is null ? e.AssocActor1 : [e.Actor1, .. e.AssocActor1]);
            json.WritePropertyName("recipient");
            WriteActors(json, e.Actor2 is null ? e.AssocActor2 : [e.Actor2, .. e.AssocActor2]);
            json.WritePropertyName("event");
            json.WriteStartArray();
            json.WriteStringValue(e.PloverEvent);
            json.WriteEndArray();
            json.WritePropertyName("mode");
            json.WriteStartArray();
            if (e.PloverMode is not null)
            {
                json.WriteStringValue(e.PloverMode);
            }

            var auxiliary = e.Modality switch
            {
                "negated" => "negation",
                "asserted" => null,
                var other => other,
            };
            if (auxiliary is not null)
            {
                json.WriteStringValue(auxiliary);
            }

            json.WriteEndArray();
            json.WritePropertyName("context");
            json.WriteStartArray();
            json.WriteEndArray();
            WriteLocation(json, e);
            json.WritePropertyName("size");
            json.WriteStartObject();
            WriteNumber(json, "dead", e.Fatalities);
            WriteNumber(json, "injured", e.Injuries);
            json.WriteEndObject();
            json.WriteString("text", e.Evidence.Count > 0 ? string.Join(" ", e.Evidence.Select(s => s.Text)) : null);
            if (e.CameoCode is not null)
            {
                json.WriteString("cameo_code", e.CameoCode);
            }

            var source = item.Sources.FirstOrDefault();
            json.WritePropertyName("cite_info");
            json.WriteStartObject();
            json.WriteString("url", source?.Url);
            json.WriteString("title", source?.Title);
            json.WriteString("publication", source?.Source);
            WriteDate(json, "published", source?.Published);
            json.WriteString("coder", "sitrep");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteActors(Utf8JsonWriter json, IEnumerable<ActorRecord> actors)
    {
        json.WriteStartArray();
        foreach (var actor in actors)
        {
            json.WriteStartObject();
            json.WriteString("code", actor.CountryIso3);
            json.WriteString("sector", actor.Sector);
            json.WriteString("entity_text", actor.Text);
            json.WriteString("name", actor.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, EventRecord e)
    {
        json.WritePropertyName("event_loc");
        if (e.Location is null && e.Admin1 is null && e.Country is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("resolved_place", e.Location ?? e.Admin1 ?? e.Country);
        if (e.Geonameid is long id)
        {
            json.WriteNumber("geonameid", id);
        }

        WriteNumber(json, "lat", e.Latitude);
        WriteNumber(json, "lon", e.Longitude);
        json.WriteString("district", e.Admin2);
        json.WriteString("province", e.Admin1);
        json.WriteString("country", e.Country);
        json.WriteString("country_code", e.Iso3);

        // PLOVER resolution: 4 city, 2 province, 1 country; ACLED precision 2 ("near") still names a town.
        int? resolution = e.GeoPrecision switch
        {
            1 or 2 => 4,
            3 => 2,
            _ => e.Country is not null ? 1 : null,
        };
        WriteNumber(json, "resolution", resolution);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is DateOnly d)
        {
            json.WriteString(name, IsoDate.Write(d));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
