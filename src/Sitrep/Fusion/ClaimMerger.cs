using Sitrep.Claims;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// Builds a fused claim from its reports and the claims in other articles that oppose or conflict with it. The
/// wording is the earliest report's; claimants, sources, quantities, stances and events are all of them. The
/// status follows <see cref="ClaimStatusRule"/> over every stance: those the articles report, one "supports" when
/// two independent camps make the claim (two outlets quoting one minister corroborate nothing), "denies" when
/// a party the claim is about denies it in another article (a denial by a third party disputes it), and
/// "disputes" when another article disputes it or gives a different figure. The result depends only on the sets
/// given, so fusing the same articles in any order gives the same record.
/// </summary>
public static class ClaimMerger
{
    /// <summary>A fused claim's id: from its earliest report's claim id, so it is stable across re-ingests.</summary>
    public static string FusedIdFor(string foundingClaimId) => FusedIds.From('C', foundingClaimId);

    public static string FusedIdFor(IReadOnlyList<MemberClaim> members) => FusedIdFor(members.Min(MemberClaim.Canonical)!.Claim.Id);

    public static FusedClaimRecord Merge(string fusedId, IReadOnlyList<MemberClaim> members, IReadOnlyList<(MemberClaim Other, ClaimRelation Relation)>? opponents = null)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("a fused claim needs at least one report", nameof(members));
        }

        var sorted = members.Order(MemberClaim.Canonical).ToList();
        var claims = sorted.Select(m => m.Claim).ToList();
        var first = claims[0];

        var stances = claims.SelectMany(c => c.Stances).ToList();
        foreach (var (other, relation) in (opponents ?? []).OrderBy(o => o.Other, MemberClaim.Canonical))
        {
            var kind = relation == ClaimRelation.Opposes && other.Features.Polarity == ClaimPolarity.Denies && IsTarget(other, sorted)
                ? StanceKind.Denies
                : StanceKind.Disputes;
            stances.Add(new StanceRecord(other.Claim.Claimant, ClaimNames.Of(kind), other.Claim.Evidence.Count > 0 ? other.Claim.Evidence[0] : other.Claim.Content));
        }

        stances = [.. stances.DistinctBy(s => (s.By?.Name ?? s.By?.Text, s.Stance, s.Evidence.Text))];
        var camps = Camps(sorted);
        var kinds = stances.Select(s => ClaimNames.TryParseStance(s.Stance, out var k) ? k : StanceKind.Supports).ToList();
        if (camps >= 2)
        {
            kinds.Add(StanceKind.Supports);
        }

        var status = ClaimStatusRule.Derive(kinds);
        var reliability = claims.Select(c => c.Reliability).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var credibility = Credibility(status, camps, kinds.Count(k => k == StanceKind.Supports), claims);
        var merged = first with
        {
            Id = fusedId,
            Status = ClaimNames.Of(status),
            Stances = stances,
            Quantities = [.. claims.SelectMany(c => c.Quantities).DistinctBy(q => (q.Value, q.Unit))],
            EventIds = [.. sorted.SelectMany(m => m.FusedEventIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Reliability = reliability,
            Credibility = credibility,
            Grade = reliability is null ? null : $"{reliability}{credibility}",
        };

        var published = sorted.Select(m => m.Published).OfType<DateOnly>().ToList();
        return new FusedClaimRecord
        {
            Claim = merged,
            Claimants = [.. claims.Select(c => c.Claimant).OfType<ClaimantRecord>().DistinctBy(c => (c.Name ?? c.Text)?.ToLowerInvariant())],
            Sources = [.. sorted.Select(m => new FusedClaimSourceRecord(m.ArticleId, m.Source, m.Url, m.Published, m.Claim.Id, m.Claim.Evidence))],
            FirstReported = published.Count > 0 ? published.Min() : null,
            LastReported = published.Count > 0 ? published.Max() : null,
            SourceCount = sorted.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    /// <summary>
    /// The denier is a party the claim is about: a country its content names other than the claimants' own
    /// ("Russia deployed North Korean troops", said by Ukraine, denied by the Kremlin). A claim that names no
    /// other country ("our forces captured the village") is about the other side, so any other camp's denial counts.
    /// </summary>
    private static bool IsTarget(MemberClaim denial, IReadOnlyList<MemberClaim> members)
    {
        var claimants = members.Select(m => m.Claim.Claimant?.CountryIso3).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var targets = members.SelectMany(m => m.Features.Countries).Where(c => !claimants.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (denial.Claim.Claimant?.CountryIso3 is { } denier && targets.Count > 0)
        {
            return targets.Contains(denier);
        }

        return denial.Features.Identity.Count > 0 && !members.Any(m => m.Features.SameCamp(denial.Features));
    }

    /// <summary>
    /// How many independent camps make the claim: claimants linked by a shared name, country or affiliation are one.
    /// Two members are one camp when their identities share a key (<see cref="ClaimFeatures.SameCamp"/>), so camps
    /// are the groups of members linked through shared keys: each member is joined to its keys (linear in the
    /// members, where comparing every pair grew with their square on much-reported claims).
    /// </summary>
    public static int Camps(IReadOnlyList<MemberClaim> members)
    {
        // Only a claimant with a name, country or affiliation can be told independent: "the military" cannot.
        var identified = members.Where(m => m.Features.Identity.Any(k => !k.StartsWith("text:", StringComparison.Ordinal))).ToList();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>(identified.Count);
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var i = 0; i < identified.Count; i++)
        {
            parent.Add(i);
        }

        for (var i = 0; i < identified.Count; i++)
        {
            foreach (var key in identified[i].Features.Identity)
            {
                if (keys.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    keys.Add(key, i);
                }
            }
        }

        return Enumerable.Range(0, identified.Count).Select(Find).Distinct().Count();
    }

    /// <summary>Admiralty credibility as <see cref="CredibilityRule"/> grades it, with camps across articles as independent sources.</summary>
    private static int Credibility(ClaimStatus status, int camps, int supports, IReadOnlyList<ClaimRecord> claims) => status switch
    {
        ClaimStatus.Denied => 5,
        ClaimStatus.Disputed => 4,
        ClaimStatus.Corroborated => camps >= 3 || supports >= 2 ? 1 : 2,
        _ => claims.All(c => c.Claimant is null || c.Claimant.Anonymous) ? 6 : 3,
    };
}
