using System.Runtime.InteropServices;

namespace Sitrep.Store;

/// <summary>
/// One batch's copy of the claim key index (fused_claim_keys) for the days its claims can match: each term's
/// keys are read once, when a search first needs the term, and kept in step with the batch's own writes (keys
/// added, fused claims deleted with their keys). A batch searches candidates for every claim it stores and again
/// for the opponents of every fused claim it rebuilds, mostly with the same common terms ("kill", "attack")
/// over the same few weeks; asking the database each time re-read the same index ranges and grouped them in
/// temporary B-trees, which was the largest part of ingest. Answers are those of the SQL search exactly (same
/// counting, ties and limit); a search outside the window the copy holds is left to the SQL.
/// It lives inside the batch's transaction and dies with it: on PostgreSQL a term read once is not read again
/// in that batch, so keys other writers commit meanwhile are seen by the next batch (concurrent batches cannot
/// see each other's uncommitted keys either way).
/// </summary>
internal sealed class ClaimKeyCache(string low, string high, Func<string, IEnumerable<(string Day, string FusedId)>> load)
{
    /// <summary>Each term's keys by day, so that a search skips the days outside its range at once.</summary>
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _postings = new(StringComparer.Ordinal);

    /// <summary>The keys held for each fused claim, so that a deleted one's keys can be dropped.</summary>
    private readonly Dictionary<string, List<(string Term, string Day)>> _byFused = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (int Count, int LastTerm)> _hits = new(StringComparer.Ordinal);

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the keys of the terms not read yet, several terms at a time (<paramref name="loadMany"/> returns the keys
    /// of the terms it is given, as the single-term reader would): on PostgreSQL every read is a round trip.
    /// </summary>
    public void Preload(IEnumerable<string> terms, Func<IReadOnlyList<string>, IEnumerable<(string Term, string Day, string FusedId)>> loadMany, int chunk)
    {
        foreach (var group in terms.Where(t => !_postings.ContainsKey(t)).Distinct(StringComparer.Ordinal).Chunk(chunk))
        {
            foreach (var term in group)
            {
                _postings.Add(term, new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
            }

            foreach (var (term, day, fusedId) in loadMany(group))
            {
                Add(term, _postings[term], day, fusedId);
            }
        }
    }

    /// <summary>Whether searches over [from, to] (ISO days) can be answered here.</summary>
    public bool Covers(string from, string to) =>
        string.CompareOrdinal(from, low) >= 0 && string.CompareOrdinal(to, high) <= 0;

    /// <summary>
    /// Fused claims with a key among <paramref name="terms"/> on a day in [from, to] or undated, sharing at least two
    /// terms, most shared first (ties by id), at most <paramref name="limit"/>: the SQL search's answer.
    /// </summary>
    public List<string> Candidates(IReadOnlyList<string> terms, string from, string to, string? except, int limit)
    {
        _hits.Clear();
        _terms.Clear();
        for (var t = 0; t < terms.Count; t++)
        {
            if (!_terms.Add(terms[t]))
            {
                continue; // COUNT(DISTINCT term)
            }

            foreach (var (day, fusedIds) in Postings(terms[t]))
            {
                if (day.Length > 0 && (string.CompareOrdinal(day, from) < 0 || string.CompareOrdinal(day, to) > 0))
                {
                    continue;
                }

                foreach (var fusedId in fusedIds)
                {
                    ref var hit = ref CollectionsMarshal.GetValueRefOrAddDefault(_hits, fusedId, out var exists);
                    if (!exists || hit.LastTerm != t)
                    {
                        hit = (hit.Count + 1, t);
                    }
                }
            }
        }

        if (except is not null)
        {
            _hits.Remove(except);
        }

        var found = new List<(string Id, int Count)>();
        foreach (var (id, hit) in _hits)
        {
            if (hit.Count >= 2)
            {
                found.Add((id, hit.Count));
            }
        }

        found.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Id, b.Id));
        return [.. found.Take(limit).Select(f => f.Id)];
    }

    /// <summary>A key the batch inserted (the database ignores one it already holds, and so does this copy).</summary>
    public void Added(string term, string day, string fusedId)
    {
        if (_postings.TryGetValue(term, out var postings) && InWindow(day))
        {
            Add(term, postings, day, fusedId); // else not read yet (it will be read with this key), or never searched here
        }
    }

    /// <summary>A fused claim the batch deleted: its keys went with it.</summary>
    public void Deleted(string fusedId)
    {
        if (_byFused.Remove(fusedId, out var keys))
        {
            foreach (var (term, day) in keys)
            {
                _postings[term][day].Remove(fusedId);
            }
        }
    }

    private Dictionary<string, HashSet<string>> Postings(string term)
    {
        if (!_postings.TryGetValue(term, out var postings))
        {
            postings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            _postings.Add(term, postings);
            foreach (var (day, fusedId) in load(term))
            {
                Add(term, postings, day, fusedId);
            }
        }

        return postings;
    }

    private void Add(string term, Dictionary<string, HashSet<string>> postings, string day, string fusedId)
    {
        if (!postings.TryGetValue(day, out var fusedIds))
        {
            fusedIds = new HashSet<string>(StringComparer.Ordinal);
            postings.Add(day, fusedIds);
        }

        if (fusedIds.Add(fusedId))
        {
            if (!_byFused.TryGetValue(fusedId, out var keys))
            {
                keys = [];
                _byFused.Add(fusedId, keys);
            }

            keys.Add((term, day));
        }
    }

    private bool InWindow(string day) =>
        day.Length == 0 || (string.CompareOrdinal(day, low) >= 0 && string.CompareOrdinal(day, high) <= 0);
}
