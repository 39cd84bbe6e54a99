namespace Sitrep.Store;

/// <summary>
/// A writer's copy of the claim key index (fused_claim_keys): each term's keys are read once, when a search first
/// needs the term (all its days, or those in [low, high]), and kept in step with the writer's own writes (keys added,
/// fused claims deleted with their keys). A batch searches candidates for every claim it stores, mostly with the same
/// common terms ("kill", "attack") over the same few weeks; asking the database each time re-read the same index
/// ranges and grouped them in temporary B-trees, and reading the batch's terms again for every batch was still an
/// eighth of ingest. Answers are those of the SQL search exactly (same counting, ties and limit); a search outside
/// the days the copy holds is left to the SQL. The writer keeps it from batch to batch in its
/// <see cref="FusionCache"/> (valid while no other writer changes fused claims), and each batch reads what is
/// missing in its own transaction (<see cref="ReadWith"/>).
/// </summary>
internal sealed class ClaimKeyCache(string low, string high, Func<string, IEnumerable<(string Day, string FusedId)>> load)
{
    private Func<string, IEnumerable<(string Day, string FusedId)>> _load = load;

    /// <summary>Keys held (a writer drops a copy grown past its bound).</summary>
    public int KeyCount { get; private set; }

    /// <summary>
    /// The reader of a term's keys from now on: a writer keeps its copy of the whole index from batch to batch, and each
    /// batch reads what is missing in its own transaction.
    /// </summary>
    public void ReadWith(Func<string, IEnumerable<(string Day, string FusedId)>> load) => _load = load;

    /// <summary>
    /// Each term's keys by day, in day order ('' for undated first), so that a search visits only the days in its
    /// range (a common term has keys on every day of the store; a search wants a month); fused claims by number.
    /// </summary>
    private readonly Dictionary<string, SortedList<string, HashSet<int>>> _postings = new(StringComparer.Ordinal);

    /// <summary>
    /// Fused claim ids as small numbers (their index in <see cref="_names"/>): a search counts the terms of thousands
    /// of keys, and counting in arrays indexed by number costs a fraction of hashing each id into a dictionary.
    /// </summary>
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    private readonly List<string> _names = [];

    /// <summary>The keys held for each fused claim, so that a deleted one's keys can be dropped.</summary>
    private readonly Dictionary<int, List<(string Term, string Day)>> _byFused = [];

    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);

    // Per fused claim number: the terms it shares with the current search, the search and the term that last counted it.
    private int[] _count = new int[256];
    private int[] _searchOf = new int[256];
    private int[] _termOf = new int[256];
    private readonly List<int> _touched = [];
    private int _search;
    private int _term;

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
                _postings.Add(term, new SortedList<string, HashSet<int>>(StringComparer.Ordinal));
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
        _terms.Clear();
        _touched.Clear();
        _search++;
        for (var t = 0; t < terms.Count; t++)
        {
            if (!_terms.Add(terms[t]))
            {
                continue; // COUNT(DISTINCT term)
            }

            _term++;
            var postings = Postings(terms[t]);
            var days = postings.Keys;
            var numbers = postings.Values;
            if (days.Count > 0 && days[0].Length == 0)
            {
                Count(numbers[0]); // undated keys match any range
            }

            for (var d = FirstAtOrAfter(days, from); d < days.Count && string.CompareOrdinal(days[d], to) <= 0; d++)
            {
                Count(numbers[d]);
            }
        }

        // The best `limit` by shared terms (ties by id), kept sorted as they come: a common term touches thousands of
        // fused claims, and listing and sorting them all to keep sixteen was most of this search's allocation.
        var skip = except is not null && _numbers.TryGetValue(except, out var excepted) ? excepted : -1;
        _best.Clear();
        foreach (var number in _touched)
        {
            if (number == skip || _count[number] < 2)
            {
                continue;
            }

            if (_best.Count == limit && !Ahead(number, _best[^1]))
            {
                continue;
            }

            var at = _best.Count;
            while (at > 0 && Ahead(number, _best[at - 1]))
            {
                at--;
            }

            if (_best.Count == limit)
            {
                _best.RemoveAt(_best.Count - 1);
            }

            _best.Insert(at, number);
        }

        var ids = new List<string>(_best.Count);
        foreach (var number in _best)
        {
            ids.Add(_names[number]);
        }

        return ids;
    }

    /// <summary>Counts the current term once for each of these fused claims.</summary>
    private void Count(HashSet<int> fusedNumbers)
    {
        foreach (var number in fusedNumbers)
        {
            if (_searchOf[number] != _search)
            {
                _searchOf[number] = _search;
                _count[number] = 0;
                _termOf[number] = 0;
                _touched.Add(number);
            }

            if (_termOf[number] != _term)
            {
                _termOf[number] = _term;
                _count[number]++;
            }
        }
    }

    /// <summary>The current search's best candidates, most shared terms first (see <see cref="Candidates"/>).</summary>
    private readonly List<int> _best = [];

    /// <summary>Whether fused claim <paramref name="a"/> ranks before <paramref name="b"/>: more shared terms, then the smaller id.</summary>
    private bool Ahead(int a, int b) =>
        _count[a] != _count[b] ? _count[a] > _count[b] : string.CompareOrdinal(_names[a], _names[b]) < 0;

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
        if (_numbers.TryGetValue(fusedId, out var number) && _byFused.Remove(number, out var keys))
        {
            foreach (var (term, day) in keys)
            {
                if (_postings[term][day].Remove(number))
                {
                    KeyCount--;
                }
            }
        }
    }

    /// <summary>The index of the first dated day at or after <paramref name="from"/> ('' sorts first and is skipped).</summary>
    private static int FirstAtOrAfter(IList<string> days, string from)
    {
        int low = days.Count > 0 && days[0].Length == 0 ? 1 : 0, high = days.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(days[middle], from) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private SortedList<string, HashSet<int>> Postings(string term)
    {
        if (!_postings.TryGetValue(term, out var postings))
        {
            postings = new SortedList<string, HashSet<int>>(StringComparer.Ordinal);
            _postings.Add(term, postings);
            foreach (var (day, fusedId) in _load(term))
            {
                Add(term, postings, day, fusedId);
            }
        }

        return postings;
    }

    private int NumberOf(string fusedId)
    {
        if (!_numbers.TryGetValue(fusedId, out var number))
        {
            number = _names.Count;
            _numbers.Add(fusedId, number);
            _names.Add(fusedId);
            if (number >= _count.Length)
            {
                Array.Resize(ref _count, _count.Length * 2);
                Array.Resize(ref _searchOf, _searchOf.Length * 2);
                Array.Resize(ref _termOf, _termOf.Length * 2);
            }
        }

        return number;
    }

    private void Add(string term, SortedList<string, HashSet<int>> postings, string day, string fusedId)
    {
        if (!postings.TryGetValue(day, out var numbers))
        {
            numbers = [];
            postings.Add(day, numbers);
        }

        var number = NumberOf(fusedId);
        if (numbers.Add(number))
        {
            KeyCount++;
            if (!_byFused.TryGetValue(number, out var keys))
            {
                keys = [];
                _byFused.Add(number, keys);
            }

            keys.Add((term, day));
        }
    }

    private bool InWindow(string day) =>
        day.Length == 0 || (string.CompareOrdinal(day, low) >= 0 && string.CompareOrdinal(day, high) <= 0);
}
