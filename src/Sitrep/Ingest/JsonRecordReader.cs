using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads the contract's input records: <c>{"id","text"|"html","published","source","url","title"}</c>, one per
/// line in .jsonl, or one object / an array of objects in .json.
/// </summary>
public static class JsonRecordReader
{
    public static ReadItem FromLine(string origin, string line, ReaderOptions options)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new InputRejection(origin, $"not JSON: {e.Message}");
        }

        using (parsed)
        {
            return parsed.RootElement.ValueKind == JsonValueKind.Object
                ? FromObject(origin, parsed.RootElement, options)
                : new InputRejection(origin, $"expected a JSON object, found {parsed.RootElement.ValueKind}");
        }
    }

    public static IEnumerable<ReadItem> FromDocument(string origin, string json, ReaderOptions options)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [new InputRejection(origin, $"not JSON: {e.Message}")];
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [FromObject(origin, root, options)],
                JsonValueKind.Array => root.EnumerateArray()
                    .Select((element, i) => element.ValueKind == JsonValueKind.Object
                        ? FromObject($"{origin}[{i}]", element, options)
                        : new InputRejection($"{origin}[{i}]", $"expected a JSON object, found {element.ValueKind}"))
                    .ToList(),
                _ => [new InputRejection(origin, $"expected a JSON object or array, found {root.ValueKind}")],
            };
        }
    }

    private static ReadItem FromObject(string origin, JsonElement record, ReaderOptions options)
    {
        var id = String(record, "id");
        var label = id is null ? origin : $"{origin} (id {id})";
        var rawText = String(record, "text");
        var html = String(record, "html");
        var warnings = new List<string>();

        string? text;
        string? title = String(record, "title");
        DateOnly? htmlDate = null;
        bool derived;
        if (!string.IsNullOrWhiteSpace(rawText))
        {
            text = TextNormalizer.Normalize(rawText);
            derived = !string.Equals(text, rawText, StringComparison.Ordinal);
        }
        else if (!string.IsNullOrWhiteSpace(html))
        {
            var extracted = HtmlArticleExtractor.Extract(html, String(record, "url"));
            if (extracted.Error is not null)
            {
                return new InputRejection(label, extracted.Error);
            }

            text = TextNormalizer.Normalize(extracted.Text!);
            title ??= extracted.Title;
            htmlDate = extracted.Published;
            derived = true;
        }
        else
        {
            return new InputRejection(label, MissingTextReason(record));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new InputRejection(label, "empty article text");
        }

        DateOnly? published = htmlDate ?? options.DefaultPublished;
        var publishedValue = String(record, "published");
        if (publishedValue is not null)
        {
            if (HtmlArticleExtractor.ParseDate(publishedValue) is DateOnly date)
            {
                published = date;
            }
            else
            {
                warnings.Add($"bad_published_date: '{publishedValue}' is not a date (YYYY-MM-DD); relative dates stay unresolved");
                published = null;
            }
        }

        var metadata = new ArticleMetadata
        {
            Title = title,
            Source = String(record, "source") ?? options.DefaultSource,
            Url = String(record, "url") ?? options.DefaultUrl,
            Published = published,
            Language = String(record, "language"),
            Origin = label,
        };
        return new ArticleInput(label, id ?? ArticleIds.FromContent(text), text, metadata, derived, warnings);
    }

    /// <summary>Says whether the text was absent, blank or of the wrong JSON kind: a producer that writes
    /// <c>"text": 123</c> or <c>"text": ["..."]</c> needs to hear that, not that the field is missing.</summary>
    private static string MissingTextReason(JsonElement record)
    {
        foreach (var name in (ReadOnlySpan<string>)["text", "html"])
        {
            if (record.TryGetProperty(name, out var value)
                && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return $"\"{name}\" is a JSON {value.ValueKind.ToString().ToLowerInvariant()}, not a string";
            }
        }

        return "record has neither \"text\" nor \"html\" (one is required)";
    }

    private static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
