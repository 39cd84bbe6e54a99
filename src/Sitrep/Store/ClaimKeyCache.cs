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
    private readonly Dictionary<string, HashSet<(string Day, string FusedId)>> _postings = new(StringComparer.Ordinal);

    /// <summary>The keys held for each fused claim, so that a deleted one's keys can be dropped.</summary>
    private readonly Dictionary<string, List<(string Term, string Day)>> _byFused = new(StringComparer.Ordinal);

    /// <summary>Whether searches over [from, to] (ISO days) can be answered here.</summary>
    public bool Covers(string from, string to) =>
        string.CompareOrdinal(from, low) >= 0 && string.CompareOrdinal(to, high) <= 0;

    /// <summary>
    /// Fused claims with a key among <paramref name="terms"/> on a day in [from, to] or undated, sharing at least two
    /// terms, most shared first (ties by id), at most <paramref name="limit"/>: the SQL search's answer.
    /// </summary>
    public List<string> Candidates(IReadOnlyList<string> terms, string from, string to, string? except, int limit)
    {
        var hits = new Dictionary<string, (int Count, int LastTerm)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < terms.Count; t++)
        {
            if (!seen.Add(terms[t]))
            {
                continue; // COUNT(DISTINCT term)
            }

            foreach (var (day, fusedId) in Postings(terms[t]))
            {
                if ((day.Length > 0 && (string.CompareOrdinal(day, from) < 0 || string.CompareOrdinal(day, to) > 0)) || fusedId == except)
                {
                    continue;
                }

                ref var hit = ref CollectionsMarshal.GetValueRefOrAddDefault(hits, fusedId, out var exists);
                if (!exists || hit.LastTerm != t)
                {
                    hit = (hit.Count + 1, t);
                }
            }
        }

        return [.. hits.Where(h => h.Value.Count >= 2)
            .OrderByDescending(h => h.Value.Count)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => h.Key)];
    }

    /// <summary>A key the batch inserted (the database ignores one it already holds, and so does this copy).</summary>
    public void Added(string term, string day, string fusedId)
    {
        if (!_postings.TryGetValue(term, out var postings) || !InWindow(day))
        {
            return; // not read yet (it will be read with this key), or never searched here
        }

        if (postings.Add((day, fusedId)))
        {
            Remember(term, day, fusedId);
        }
    }

    /// <summary>A fused claim the batch deleted: its keys went with it.</summary>
    public void Deleted(string fusedId)
    {
        if (_byFused.Remove(fusedId, out var keys))
        {
            foreach (var (term, day) in keys)
            {
                _postings[term].Remove((day, fusedId));
            }
        }
    }

    private HashSet<(string Day, string FusedId)> Postings(string term)
    {
        if (!_postings.TryGetValue(term, out var postings))
        {
            postings = [];
            foreach (var (day, fusedId) in load(term))
            {
                if (postings.Add((day, fusedId)))
                {
                    Remember(term, day, fusedId);
                }
            }

            _postings.Add(term, postings);
        }

        return postings;
    }

    private bool InWindow(string day) =>
        day.Length == 0 || (string.CompareOrdinal(day, low) >= 0 && string.CompareOrdinal(day, high) <= 0);

    private void Remember(string term, string day, string fusedId)
    {
        if (!_byFused.TryGetValue(fusedId, out var keys))
        {
            keys = [];
            _byFused.Add(fusedId, keys);
        }

        keys.Add((term, day));
    }
}
