namespace Sitrep.Store;

/// <summary>
/// Memberships (claim id, fused claim id) a batch has written but not yet inserted into fused_claim_members (see
/// <c>SqlStore.FlushClaimMembers</c>), with each fused claim's pending claims at hand: a fused claim whose id moves or
/// that is deleted takes its pending memberships along, which scanning every pending membership did at a cost that
/// grew with the batch (an eighth of rebuilding fused claims).
/// </summary>
internal sealed class PendingClaimMembers
{
    /// <summary>Fused claim by claim, in the order added (a moved membership keeps its place).</summary>
    private readonly Dictionary<string, string> _fusedOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _claimsOf = new(StringComparer.Ordinal);

    public int Count => _fusedOf.Count;

    /// <summary>Holds a membership; false if the claim is already held (a claim joins one fused claim).</summary>
    public bool TryAdd(string claimId, string fusedId)
    {
        if (!_fusedOf.TryAdd(claimId, fusedId))
        {
            return false;
        }

        ClaimsOf(fusedId).Add(claimId);
        return true;
    }

    /// <summary>The fused claim a held claim joined.</summary>
    public string FusedOf(string claimId) => _fusedOf[claimId];

    /// <summary>Whether any of the fused claims has a held membership.</summary>
    public bool HasAny(IEnumerable<string> fusedIds) => fusedIds.Any(id => _claimsOf.TryGetValue(id, out var claims) && claims.Count > 0);

    /// <summary>The held memberships of <paramref name="fusedId"/> follow it to <paramref name="to"/>, or are dropped when null.</summary>
    public void Move(string fusedId, string? to)
    {
        if (!_claimsOf.Remove(fusedId, out var claims))
        {
            return;
        }

        foreach (var claimId in claims)
        {
            if (to is null)
            {
                _fusedOf.Remove(claimId);
            }
            else
            {
                _fusedOf[claimId] = to;
            }
        }

        if (to is not null)
        {
            ClaimsOf(to).UnionWith(claims);
        }
    }

    /// <summary>Every held membership as (claim id, fused claim id), emptying the holder.</summary>
    public List<(string ClaimId, string FusedId)> Drain()
    {
        var rows = _fusedOf.Select(p => (p.Key, p.Value)).ToList();
        _fusedOf.Clear();
        _claimsOf.Clear();
        return rows;
    }

    private HashSet<string> ClaimsOf(string fusedId)
    {
        if (!_claimsOf.TryGetValue(fusedId, out var claims))
        {
            claims = new HashSet<string>(StringComparer.Ordinal);
            _claimsOf.Add(fusedId, claims);
        }

        return claims;
    }
}
