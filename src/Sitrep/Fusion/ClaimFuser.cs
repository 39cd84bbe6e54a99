namespace Sitrep.Fusion;

/// <summary>
/// Groups claims into propositions. A claim joins the group where it scores best, provided every member of that
/// group is the same proposition as it (no member vetoes it, so a chain of near-misses never links two
/// different claims); otherwise it founds a group. Members are taken in <see cref="MemberClaim.Canonical"/> order
/// and groups are tried in founding order, so the grouping depends only on the set of claims, not on the order
/// articles arrived in.
/// </summary>
public static class ClaimFuser
{
    /// <summary>
    /// A claim is compared with at most this many members of a group (its earliest reports): enough to rule out
    /// a different proposition, and it keeps a much-reported claim from making every new report slower.
    /// </summary>
    public const int MaxCompared = 16;

    public static IReadOnlyList<IReadOnlyList<MemberClaim>> Cluster(IEnumerable<MemberClaim> claims)
    {
        var groups = new List<List<MemberClaim>>();
        foreach (var claim in claims.DistinctBy(c => c.Claim.Id).Order(MemberClaim.Canonical))
        {
            List<MemberClaim>? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var group in groups)
            {
                var score = Score(claim, group);
                if (score > bestScore)
                {
                    best = group;
                    bestScore = score;
                }
            }

            if (best is null || bestScore < ClaimMatcher.SameThreshold)
            {
                groups.Add([claim]);
            }
            else
            {
                best.Add(claim);
            }
        }

        return groups;
    }

    /// <summary>The group's score for a claim: -inf when any member is not the same proposition, else the best member's score.</summary>
    public static double Score(MemberClaim claim, IReadOnlyList<MemberClaim> group)
    {
        if (group.Any(m => m.ArticleId == claim.ArticleId))
        {
            return double.NegativeInfinity; // one article's claims were already kept apart by the claims stage
        }

        var best = double.NegativeInfinity;
        foreach (var member in group.Take(MaxCompared))
        {
            var match = ClaimMatcher.Match(claim, member);
            if (match.Relation != ClaimRelation.Same)
            {
                return double.NegativeInfinity;
            }

            best = Math.Max(best, match.Score);
        }

        return best;
    }
}
