namespace Sitrep.Store;

/// <summary>An article's bibliographic record, without its text or analysis: what a report cites.</summary>
public sealed record ArticleSummary(string Id, string? Source, string? Url, string? Title, DateOnly? Published);

public sealed record ArticleQuery
{
    /// <summary>Articles published on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Articles published on or before this day.</summary>
    public DateOnly? To { get; init; }

    public int? Limit { get; init; }
}

/// <summary>
/// The stored articles by publication date. Claims carry no date of their own, so a report dates them by the
/// article that published them.
/// </summary>
public interface IArticleIndex
{
    /// <summary>Articles published in the range, oldest first (ties by id); undated articles only when no range is given.</summary>
    IReadOnlyList<ArticleSummary> QueryArticles(ArticleQuery query);

    /// <summary>The latest publication date in the store, or null when no article is dated.</summary>
    DateOnly? LatestPublished();

    /// <summary>The articles with these ids that are stored, ordered by id.</summary>
    IReadOnlyList<ArticleSummary> ArticlesById(IReadOnlyCollection<string> ids);
}
