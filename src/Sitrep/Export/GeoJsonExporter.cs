using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Export;

/// <summary>
/// An RFC 7946 FeatureCollection: one Feature per event, a Point at [longitude, latitude] with 4 decimals, or a
/// null geometry when the event is not located. Properties are the event's fields plus its sources.
/// </summary>
public static class GeoJsonExporter
{
    public static int Write(TextWriter output, IEnumerable<ExportEvent> events)
    {
        var features = new JsonArray();
        foreach (var item in events)
        {
            features.Add(Feature(item));
        }

        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = features,
        };
        output.Write(collection.ToJsonString());
        output.Write('\n');
        return features.Count;
    }

    public static JsonObject Feature(ExportEvent item)
    {
        var e = item.Event;
        var properties = JsonSerializer.SerializeToNode(e, SitrepJson.Default.EventRecord)!.AsObject();
        properties["sources"] = new JsonArray(item.Sources.Select(s => (JsonNode)new JsonObject
        {
            ["article_id"] = s.ArticleId,
            ["source"] = s.Source,
            ["url"] = s.Url,
            ["published"] = IsoDate.Write(s.Published),
        }).ToArray());
        properties["source_count"] = item.Sources.Count;
        JsonNode? geometry = e.Latitude is double lat && e.Longitude is double lon
            ? new JsonObject
            {
                ["type"] = "Point",
                ["coordinates"] = new JsonArray(Math.Round(lon, 4), Math.Round(lat, 4)),
            }
            : null;
        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = e.Id,
            ["geometry"] = geometry,
            ["properties"] = properties,
        };
    }
}
