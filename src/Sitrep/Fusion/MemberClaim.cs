using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// A per-article claim as fusion sees it: the claim, the article that reported it, and the fused events its
/// linked events belong to (so two claims about one fused event can be recognised as one proposition).
/// </summary>
public sealed record MemberClaim(ClaimRecord Claim, string ArticleId, string? Source, string? Url, DateOnly? Published, IReadOnlyList<string> FusedEventIds)
{
    private ClaimFeatures? _features;

    public ClaimFeatures Features => _features ??= ClaimFeatures.For(Claim);

    /// <summary>The order fusion sorts members in: earliest published first, then by ids, so results depend on the set only.</summary>
    public static IComparer<MemberClaim> Canonical { get; } = Comparer<MemberClaim>.Create((a, b) =>
    {
        var byDate = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
        if (byDate != 0)
        {
            return byDate;
        }

        var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        return byArticle != 0 ? byArticle : string.CompareOrdinal(a.Claim.Id, b.Claim.Id);
    });
}
