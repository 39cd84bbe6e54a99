using System.Runtime.InteropServices;

namespace Sitrep.Places;

/// <summary>
/// Collects (normalised name, candidate) pairs as chains in flat arrays, then packs them into one candidate array
/// with a (start, count) range per name: a few large arrays instead of a list per name keeps loading fast.
/// </summary>
internal sealed class NameIndexBuilder
{
    private readonly Dictionary<string, int> _heads;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _headLookup;
    private GazetteerCandidate[] _items;
    private int[] _next;
    private int _count;

    public NameIndexBuilder(int capacity)
    {
        _heads = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _headLookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _items = new GazetteerCandidate[capacity];
        _next = new int[capacity];
    }

    /// <summary>
    /// Adds a name. <paramref name="sequential"/>: every earlier name of this candidate was added just before (the
    /// places file adds each place's names together), so a duplicate can only be the chain's head; the whole chain
    /// of a common name ("Oleksandrivka": hundreds of villages) need not be walked.
    /// </summary>
    public void Add(ReadOnlySpan<char> name, GazetteerCandidate candidate, bool sequential = false)
    {
        Span<char> buffer = name.Length <= 200 ? stackalloc char[name.Length * 2 + 2] : new char[name.Length * 2 + 2];
        var length = GazetteerNames.Normalize(name, buffer);
        if (length == 0)
        {
            return;
        }

        // One hash lookup for both the test and the insert.
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_headLookup, buffer[..length], out var exists);
        if (!exists)
        {
            head = -1;
        }

        for (var i = head; i >= 0; i = sequential ? -1 : _next[i])
        {
            if (_items[i].Kind == candidate.Kind && _items[i].Index == candidate.Index)
            {
                // Keep the most trusted source for this name.
                if (candidate.Source < _items[i].Source)
                {
                    _items[i] = candidate;
                }

                return;
            }
        }

        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }

        _items[_count] = candidate;
        _next[_count] = head;
        head = _count;
        _count++;
    }

    public IEnumerable<GazetteerCandidate> Find(string key)
    {
        if (!_heads.TryGetValue(key, out var head))
        {
            yield break;
        }

        for (var i = head; i >= 0; i = _next[i])
        {
            yield return _items[i];
        }
    }

    /// <summary>Packs the chains; the name dictionary is reused, its values becoming indexes into the ranges (in key order).</summary>
    public (Dictionary<string, int> Index, (int Start, int Count)[] Ranges, GazetteerCandidate[] Candidates) Build()
    {
        var ranges = new (int, int)[_heads.Count];
        var packed = new GazetteerCandidate[_count];
        var position = 0;
        var slot = 0;
        foreach (var key in _heads.Keys)
        {
            ref var value = ref CollectionsMarshal.GetValueRefOrNullRef(_heads, key);
            var start = position;
            for (var i = value; i >= 0; i = _next[i])
            {
                packed[position++] = _items[i];
            }

            // Chains are newest first; put them back in file order (countries, regions, places by population).
            Array.Reverse(packed, start, position - start);
            ranges[slot] = (start, position - start);
            value = slot++;
        }

        return (_heads, ranges, packed);
    }
}
