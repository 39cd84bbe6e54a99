namespace Sitrep.Claims;

/// <summary>
/// The Admiralty information-credibility grade (1-6) of a claim, from what others in the article say about it:
/// <list type="bullet">
/// <item>1 "confirmed by other sources": supported by two or more independent parties, or by one that says it
/// confirmed or verified it;</item>
/// <item>2 "probably true": supported by one independent party;</item>
/// <item>3 "possibly true": claimed (or not confirmed) only, by an identified source;</item>
/// <item>4 "doubtful": disputed;</item>
/// <item>5 "improbable": denied;</item>
/// <item>6 "truth cannot be judged": claimed only, by an anonymous source or with no source, or hedged below an
/// even chance ("unlikely", "without evidence").</item>
/// </list>
/// A party is independent when it is not the claimant itself. Objections win over support, as in
/// <see cref="ClaimStatusRule"/>: one denial is what a reader must see first.
/// </summary>
public static class CredibilityRule
{
    public static int Derive(string text, ClaimAnnotation claim, ResolvedClaimant? claimant)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(claim);
        switch (claim.Status)
        {
            case ClaimStatus.Denied:
                return 5;
            case ClaimStatus.Disputed:
                return 4;
            case ClaimStatus.Corroborated:
                var supporters = claim.Stances
                    .Where(s => s.Stance == StanceKind.Supports && !SameParty(s.Holder, claimant))
                    .ToList();
                var distinct = supporters.Select(s => s.Holder?.Name ?? s.Holder?.Text ?? s.By.Span.ToString()).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                var confirmed = supporters.Any(s => Confirming(s.Evidence.Slice(text)));
                return distinct >= 2 || confirmed ? 1 : supporters.Count > 0 ? 2 : 3;
            default:
                var unjudgeable = claimant is null || claimant.Anonymous || claim.Certainty is { Likelihood.High: < 50 };
                return unjudgeable ? 6 : 3;
        }
    }

    private static bool SameParty(ResolvedClaimant? a, ResolvedClaimant? b) =>
        a is not null && b is not null
        && (a.EntityId is not null && a.EntityId == b.EntityId || string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>"confirmed", "verified": the supporter checked the claim itself rather than agreeing with it.</summary>
    private static bool Confirming(string evidence) =>
        evidence.Contains("confirm", StringComparison.OrdinalIgnoreCase) && !evidence.Contains("not", StringComparison.OrdinalIgnoreCase)
        || evidence.Contains("verified", StringComparison.OrdinalIgnoreCase);
}
