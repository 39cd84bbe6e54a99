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

/// <summary>The one place where the store's fused claims become report claims.</summary>
public static class ReportClaims
{
    /// <param name="articles">Titles and outlets of the articles the report knows, by id; other sources keep what the claim carries.</param>
    public static ReportClaim FromFused(FusedClaimRecord fused, IReadOnlyDictionary<string, ArticleSummary> articles)
    {
        var claim = fused.Claim;
        return new()
        {
            Id = claim.Id,
            Text = claim.Content.Text ?? string.Empty,
            Kind = claim.Kind,
            Status = claim.Status,
            Claimants = fused.Claimants.Count > 0 ? fused.Claimants : claim.Claimant is { } claimant ? [claimant] : [],
            Channel = claim.Channel,
            Cue = claim.Cue,
            Certainty = claim.Certainty,
            Grade = claim.Grade,
            Stances = claim.Stances,
            Quantities = claim.Quantities,
            Sources = [.. fused.Sources.Select(s => articles.TryGetValue(s.ArticleId, out var article)
                ? ReportSource.Of(article)
                : new ReportSource(s.ArticleId, s.Source, s.Url, s.Published, null))],
        };
    }

    /// <summary>The fused claims reported during the given dates (first or last report inside them), in the store's order.</summary>
    public static IReadOnlyList<ReportClaim> ReportedIn(ISitrepStore store, DateOnly from, DateOnly to, IReadOnlyDictionary<string, ArticleSummary> articles) =>
        [.. store.QueryClaims(new ClaimQuery { From = from, To = to }).Select(f => FromFused(f, articles))];
}
