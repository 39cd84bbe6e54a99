using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Reports;

/// <summary>An article a report cites: its outlet, address, date and title.</summary>
public sealed record ReportSource(string ArticleId, string? Outlet, string? Url, DateOnly? Published, string? Title)
{
    public static ReportSource Of(ArticleSummary article) => new(article.Id, article.Source, article.Url, article.Published, article.Title);
}

/// <summary>
/// A claim as a report shows it: the proposition, everyone who made it, how sure they sounded, its status and the
/// stances others took, and the articles that carried it. A fused claim maps onto it directly (its claimants and
/// sources); a per-article claim becomes a claim with one claimant and one source (<see cref="ReportClaims.FromRecord"/>).
/// </summary>
public sealed record ReportClaim
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public required string Kind { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<ClaimantRecord> Claimants { get; init; } = [];

    public string? Channel { get; init; }

    public string? Cue { get; init; }

    public CertaintyRecord? Certainty { get; init; }

    public string? Grade { get; init; }

    public IReadOnlyList<StanceRecord> Stances { get; init; } = [];

    public IReadOnlyList<QuantityRecord> Quantities { get; init; } = [];

    public IReadOnlyList<ReportSource> Sources { get; init; } = [];

    public DateOnly? FirstPublished => Sources.Select(s => s.Published).Min();

    /// <summary>Whether someone identifiable made the claim (not an anonymous official, not unattributed).</summary>
    public bool IsAttributed => Claimants.Any(c => !c.Anonymous && (c.Name ?? c.Text) is { Length: > 0 });
}

/// <summary>
/// The one place where the store's claims become report claims. Today the store returns per-article
/// <see cref="ClaimRecord"/>s, dated by the article that published them; when it returns fused claims, map their
/// claimants and sources here and nothing else in the report changes.
/// </summary>
public static class ReportClaims
{
    /// <summary>The article a per-article claim belongs to: claim ids are "{article id}/c{n}" (AnalysisProjector).</summary>
    public static string? ArticleIdOf(string claimId)
    {
        var slash = claimId.LastIndexOf("/c", StringComparison.Ordinal);
        return slash > 0 ? claimId[..slash] : null;
    }

    public static ReportClaim FromRecord(ClaimRecord claim, ArticleSummary? article) => new()
    {
        Id = claim.Id,
        Text = claim.Content.Text ?? string.Empty,
        Kind = claim.Kind,
        Status = claim.Status,
        Claimants = claim.Claimant is { } claimant ? [claimant] : [],
        Channel = claim.Channel,
        Cue = claim.Cue,
        Certainty = claim.Certainty,
        Grade = claim.Grade,
        Stances = claim.Stances,
        Quantities = claim.Quantities,
        Sources = article is null ? [] : [ReportSource.Of(article)],
    };

    /// <summary>The claims published in the period: those of the period's articles, in the store's order.</summary>
    public static IReadOnlyList<ReportClaim> PublishedIn(ISitrepStore store, IReadOnlyDictionary<string, ArticleSummary> periodArticles)
    {
        if (periodArticles.Count == 0)
        {
            return [];
        }

        var claims = new List<ReportClaim>();
        foreach (var claim in store.QueryClaims(new ClaimQuery()))
        {
            if (ArticleIdOf(claim.Id) is { } articleId && periodArticles.TryGetValue(articleId, out var article))
            {
                claims.Add(FromRecord(claim, article));
            }
        }

        return claims;
    }
}
