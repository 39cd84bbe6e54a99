using System.Text.Json;

namespace Sitrep.Tests.Support;

/// <summary>The texts of a gold JSONL file (one record per line with "id" and "text"; other lines are headers or comments).</summary>
public static class GoldTexts
{
    public static IEnumerable<(string Id, string Text)> Read(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value)
            {
                var id = json.RootElement.TryGetProperty("id", out var idElement) ? idElement.ToString() : "?";
                yield return (id, value);
            }
        }
    }
}
