using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Common;

namespace Sitrep.Ingest;

/// <summary>
/// Extracts an article from an HTML page: the main text without navigation and boilerplate (SmartReader, a port
/// of Mozilla's Readability), its title, and its publication date from the page's metadata. Paragraphs become
/// blank-line separated text so the text layer sees them.
/// </summary>
public static class HtmlArticleExtractor
{
    public sealed record Extracted(string? Text, string? Title, DateOnly? Published, string? Error);

    private static readonly string[] _dateMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        "originalpublicationdate", "article:modified_time",
    ];

    public static Extracted Extract(string html, string? url)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var title = FirstNonEmpty(Meta(document, "og:title"), document.Title?.Trim());
        var published = FindPublished(document);

        string? text = null;
        try
        {
            var reader = new SmartReader.Reader(url ?? "http://localhost/article", document);
            var article = reader.GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                text = BlockText(parser.ParseFragment(article.Content, document.Body!));
                title = FirstNonEmpty(title, article.Title);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability can fail on odd pages; the whole-body fallback below still gives an answer.
            _ = e;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            // Short pages (a single-paragraph item) are below Readability's threshold: use the paragraphs of the body.
            // Readability pruned the parsed document in place, so this rare path parses the page afresh.
            var body = new HtmlParser().ParseDocument(html).Body;
            text = body is null ? null : ParagraphText(body);
        }

        return string.IsNullOrWhiteSpace(text)
            ? new(null, title, published, "HTML page has no article text (no paragraphs found)")
            : new(text, title, published, null);
    }

    /// <summary>Text of an HTML fragment (a feed item's content), paragraphs separated by blank lines.</summary>
    public static string FragmentText(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<html><body></body></html>");
        return BlockText(parser.ParseFragment(html, document.Body!));
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }
        }

        return null;
    }

    private static DateOnly? FindPublished(IDocument document)
    {
        foreach (var name in _dateMetaNames)
        {
            if (ParseDate(Meta(document, name)) is DateOnly d)
            {
                return d;
            }
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is DateOnly d)
            {
                return d;
            }
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (ParseDate(time.GetAttribute("datetime")) is DateOnly d)
            {
                return d;
            }
        }

        return null;
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return FindDateProperty(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly? FindDateProperty(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                    && ParseDate(value.GetString()) is DateOnly d)
                {
                    return d;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindDateProperty(property.Value) is DateOnly inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDateProperty(item) is DateOnly inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The calendar date of an ISO 8601 date or timestamp, or of an RFC 1123 date; null when unreadable.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length >= 10 && IsoDate.TryRead(value[..10], out var day))
        {
            return day;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string ParagraphText(IElement body)
    {
        foreach (var noise in body.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, svg"))
        {
            noise.Remove();
        }

        var builder = new StringBuilder();
        foreach (var p in body.QuerySelectorAll("p, h1, h2, h3, li, blockquote"))
        {
            var text = Collapse(p.TextContent);
            if (text.Length > 0)
            {
                Append(builder, text);
            }
        }

        return builder.ToString();
    }

    private static string BlockText(INodeList nodes)
    {
        var builder = new StringBuilder();
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            Walk(node, builder, inline);
        }

        Flush(builder, inline);
        return builder.ToString();
    }

    private static readonly HashSet<string> _blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "BLOCKQUOTE", "PRE",
        "TABLE", "TR", "FIGURE", "FIGCAPTION", "HEADER", "FOOTER", "MAIN", "DL", "DT", "DD", "HR", "BR",
    };

    private static readonly HashSet<string> _skippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "SVG", "IFRAME", "TEMPLATE", "BUTTON", "FORM",
    };

    private static void Walk(INode node, StringBuilder builder, StringBuilder inline)
    {
        switch (node)
        {
            case IText text:
                inline.Append(text.Data);
                return;
            case IElement element when _skippedTags.Contains(element.TagName):
                return;
            case IElement element when _blockTags.Contains(element.TagName):
                Flush(builder, inline);
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, builder, inline);
                }

                Flush(builder, inline);
                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child, builder, inline);
                }

                return;
        }
    }

    private static void Flush(StringBuilder builder, StringBuilder inline)
    {
        var text = Collapse(inline.ToString());
        inline.Clear();
        if (text.Length > 0)
        {
            Append(builder, text);
        }
    }

    private static void Append(StringBuilder builder, string paragraph)
    {
        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        builder.Append(paragraph);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
