using System.ServiceModel.Syndication;
using System.Xml;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds: each item becomes an article (its content or summary, as text).</summary>
public static class FeedReader
{
    public static IEnumerable<ReadItem> Read(string origin, string xml, ReaderOptions options)
    {
        SyndicationFeed feed;
        var settings = new XmlReaderSettings
        {
            // Feeds come from anywhere: never resolve external entities or DTDs.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (XmlException e) when (e.LineNumber > 0)
        {
            return [new InputRejection(origin, $"broken feed XML: {e.Message}")];
        }
        catch (XmlException e)
        {
            // SyndicationFeed reports well-formed XML of another kind with an XmlException without a position (and an
            // <rss> element without a version it knows with a NotSupportedException, below).
            return [new InputRejection(origin, $"not an RSS or Atom feed: {e.Message}")];
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return [new InputRejection(origin, $"not an RSS or Atom feed: {e.Message}")];
        }

        return Items(origin, feed, options).ToList();
    }

    private static IEnumerable<ReadItem> Items(string origin, SyndicationFeed feed, ReaderOptions options)
    {
        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            var itemOrigin = $"{origin}#item{number}";
            var html = ContentOf(item);
            var text = html is null ? null : TextNormalizer.Normalize(HtmlArticleExtractor.FragmentText(html));
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return new InputRejection(itemOrigin, "feed item has no content or summary text");
                continue;
            }

            var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? options.DefaultUrl;
            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var metadata = new ArticleMetadata
            {
                Title = item.Title?.Text?.Trim(),
                Source = feed.Title?.Text?.Trim() ?? options.DefaultSource,
                Url = url,
                Published = date != default ? DateOnly.FromDateTime(date.UtcDateTime) : options.DefaultPublished,
                Origin = itemOrigin,
            };
            yield return new ArticleInput(itemOrigin, ArticleIds.FromContent(text), text, metadata, TextIsDerived: true, []);
        }
    }

    private static string? ContentOf(SyndicationItem item)
    {
        // RSS puts full text in <content:encoded>; Atom in <content>; both fall back to the summary/description.
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded")
            {
                var encoded = extension.GetObject<string>();
                if (!string.IsNullOrWhiteSpace(encoded))
                {
                    return encoded;
                }
            }
        }

        return item.Content is TextSyndicationContent content && !string.IsNullOrWhiteSpace(content.Text)
            ? content.Text
            : item.Summary?.Text;
    }
}
