using System.Text.Json;

namespace Sitrep.Common;

/// <summary>
/// The lines of a one-report-per-line gold file (data/gold/places, data/gold/dates): the input fields every such
/// record has (id, text, published) and its "gold" object, which each evaluator reads in its own shape.
/// </summary>
public static class GoldRecords
{
    public static IEnumerable<(string Id, string Text, DateOnly? Published, JsonElement Gold)> Read(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            using var json = JsonDocument.Parse(raw);
            var root = json.RootElement;
            var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? IsoDate.Read(p.GetString()) : null;
            yield return (root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, published, root.GetProperty("gold").Clone());
        }
    }
}
