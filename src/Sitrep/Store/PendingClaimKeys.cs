namespace Sitrep.Store;

/// <summary>
/// Claim keys a batch has written but not yet inserted into fused_claim_keys. Every claim stored adds a dozen keys,
/// which took several small INSERTs per claim (a round trip each on PostgreSQL); held here they go in 32 rows to a
/// statement when the batch's claims are done. Until then the batch sees them as if inserted: a term the key cache
/// reads from the database gets the pending keys of that term too (<see cref="Of"/>), a deleted fused claim's pending
/// keys go with it as its rows would (ON DELETE CASCADE), and the store inserts them before any other read of the
/// table. Duplicates are dropped as the INSERT's ON CONFLICT DO NOTHING would drop them.
/// </summary>
internal sealed class PendingClaimKeys
{
    /// <summary>Keys in the order added; a key dropped since (its fused claim deleted) is skipped when drained.</summary>
    private readonly List<(string Term, string Day, string FusedId)> _rows = [];
    private readonly HashSet<(string Term, string Day, string FusedId)> _held = [];
    private readonly Dictionary<string, List<(string Day, string FusedId)>> _byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Term, string Day)>> _byFused = new(StringComparer.Ordinal);

    public int Count => _held.Count;

    public void Add(string term, string day, string fusedId)
    {
        if (!_held.Add((term, day, fusedId)))
        {
            return;
        }

        _rows.Add((term, day, fusedId));
        if (!_byTerm.TryGetValue(term, out var keys))
        {
            keys = [];
            _byTerm.Add(term, keys);
        }

        keys.Add((day, fusedId));
        if (!_byFused.TryGetValue(fusedId, out var own))
        {
            own = [];
            _byFused.Add(fusedId, own);
        }

        own.Add((term, day));
    }

    /// <summary>The pending keys of a term.</summary>
    public IReadOnlyList<(string Day, string FusedId)> Of(string term) =>
        _byTerm.TryGetValue(term, out var keys) ? keys : [];

    /// <summary>The fused claim was deleted: its keys are not to be inserted.</summary>
    public void Deleted(string fusedId)
    {
        if (!_byFused.Remove(fusedId, out var own))
        {
            return;
        }

        foreach (var (term, day) in own)
        {
            _held.Remove((term, day, fusedId));
            _byTerm[term].Remove((day, fusedId));
        }
    }

    /// <summary>The pending keys in the order they were first added; the holder is then empty.</summary>
    public List<(string Term, string Day, string FusedId)> Drain()
    {
        var rows = new List<(string Term, string Day, string FusedId)>(_held.Count);
        foreach (var row in _rows)
        {
            if (_held.Remove(row))
            {
                rows.Add(row); // held (not dropped), and once even if it was dropped and added again
            }
        }

        _rows.Clear();
        _held.Clear();
        _byTerm.Clear();
        _byFused.Clear();
        return rows;
    }
}
