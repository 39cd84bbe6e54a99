using System.Globalization;
using System.Text.Json;
using Dapper;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>Articles by publication date, for reports that cite them and date their claims.</summary>
public abstract partial class SqlStore : IArticleIndex
{
    public IReadOnlyList<ArticleSummary> QueryArticles(ArticleQuery query)
    {
        var sql = """
            SELECT id AS Id, source AS Source, url AS Url, title AS Title, published AS Published FROM articles
            WHERE (@From IS NULL OR published >= @From)
              AND (@To IS NULL OR published <= @To)
            ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published, id
            LIMIT @Limit
            """;
        return Connection.Query<ArticleRow>(sql, new
        {
            From = Iso(query.From),
            To = Iso(query.To),
            Limit = (long?)query.Limit ?? long.MaxValue,
        }).Select(r => new ArticleSummary(r.Id, r.Source, r.Url, r.Title, ParseDate(r.Published))).ToList();
    }

    public DateOnly? LatestPublished() =>
        ParseDate(Connection.ExecuteScalar<string?>("SELECT MAX(published) FROM articles"));

    public IReadOnlyList<ArticleSummary> ArticlesById(IReadOnlyCollection<string> ids)
    {
        // Chunked: SQLite and PostgreSQL both limit the number of parameters in one statement. Parameters are named
        // one by one because Dapper expands a list for SQLite but passes an array to PostgreSQL, where IN needs ANY.
        var found = new List<ArticleSummary>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var parameters = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++)
            {
                parameters.Add("id" + i.ToString(CultureInfo.InvariantCulture), chunk[i]);
            }

            var list = string.Join(", ", Enumerable.Range(0, chunk.Length).Select(i => "@id" + i.ToString(CultureInfo.InvariantCulture)));
            found.AddRange(Connection.Query<ArticleRow>(
                $"SELECT id AS Id, source AS Source, url AS Url, title AS Title, published AS Published FROM articles WHERE id IN ({list})",
                parameters).Select(r => new ArticleSummary(r.Id, r.Source, r.Url, r.Title, ParseDate(r.Published))));
        }

        return [.. found.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An article's analysis as it was stored (without its text), put back together from the article's JSON and its
    /// event and claim rows in their original order; null when no article has the id.
    /// </summary>
    public ArticleAnalysis? StoredAnalysis(string articleId)
    {
        var json = Connection.ExecuteScalar<string?>("SELECT analysis_json FROM articles WHERE id = @articleId", new { articleId });
        if (json is null)
        {
            return null;
        }

        var analysis = JsonSerializer.Deserialize(json, SitrepJson.Default.ArticleAnalysis)!;
        var events = Connection.Query<string>("SELECT json FROM events WHERE article_id = @articleId ORDER BY ordinal", new { articleId })
            .Select(e => JsonSerializer.Deserialize(e, SitrepJson.Default.EventRecord)!);
        var claims = Connection.Query<string>("SELECT json FROM claims WHERE article_id = @articleId ORDER BY ordinal", new { articleId })
            .Select(c => JsonSerializer.Deserialize(c, SitrepJson.Default.ClaimRecord)!);
        return analysis with { Events = [.. events], Claims = [.. claims] };
    }

    private sealed record ArticleRow(string Id, string? Source, string? Url, string? Title, string? Published);
}
