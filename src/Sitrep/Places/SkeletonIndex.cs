namespace Sitrep.Places;

/// <summary>
/// Populated places by name skeleton (<see cref="GazetteerNames.Skeleton"/>), in the order the skeletons were added.
/// <see cref="Near"/> finds the skeletons one edit away by generating every such string over the index's alphabet
/// and looking each up (a few hundred hash probes), not by scanning every skeleton: the same set, in the same order.
/// </summary>
internal sealed class SkeletonIndex
{
    private readonly List<string> _skeletons = [];
    private readonly List<List<int>> _places = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _alphabet = [];

    public SkeletonIndex() => _bySpan = _slots.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _skeletons.Count;

    /// <summary>Adds place <paramref name="place"/> under <paramref name="skeleton"/> (once per skeleton).</summary>
    public void Add(string skeleton, int place)
    {
        if (!_slots.TryGetValue(skeleton, out var slot))
        {
            slot = _skeletons.Count;
            _slots[skeleton] = slot;
            _skeletons.Add(skeleton);
            _places.Add([]);
        }

        var list = _places[slot];
        if (!list.Contains(place))
        {
            list.Add(place);
        }
    }

    /// <summary>Fixes the alphabet used by <see cref="Near"/>; call once after the last <see cref="Add"/>.</summary>
    public SkeletonIndex Freeze()
    {
        var seen = new SortedSet<char>();
        foreach (var skeleton in _skeletons)
        {
            foreach (var c in skeleton)
            {
                seen.Add(c);
            }
        }

        _alphabet = [.. seen];
        return this;
    }

    public bool TryGetValue(string skeleton, out List<int> places)
    {
        if (_slots.TryGetValue(skeleton, out var slot))
        {
            places = _places[slot];
            return true;
        }

        places = [];
        return false;
    }

    public string SkeletonAt(int slot) => _skeletons[slot];

    public List<int> PlacesAt(int slot) => _places[slot];

    /// <summary>
    /// The slots, ascending (the order they were added), of the skeletons at most one edit from
    /// <paramref name="skeleton"/>: equal, or one character inserted, dropped, changed, or two neighbours swapped.
    /// </summary>
    public List<int> Near(string skeleton)
    {
        var found = new List<int>();
        var n = skeleton.Length;
        Span<char> buffer = n < 250 ? stackalloc char[n + 1] : new char[n + 1];
        Probe(skeleton, found);

        // Dropped: every position.
        for (var i = 0; i < n; i++)
        {
            skeleton.AsSpan(0, i).CopyTo(buffer);
            skeleton.AsSpan(i + 1).CopyTo(buffer[i..]);
            Probe(buffer[..(n - 1)], found);
        }

        // Swapped neighbours.
        skeleton.AsSpan().CopyTo(buffer);
        for (var i = 0; i + 1 < n; i++)
        {
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            Probe(buffer[..n], found);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
        }

        // Changed: every position, every letter.
        for (var i = 0; i < n; i++)
        {
            var original = buffer[i];
            foreach (var c in _alphabet)
            {
                if (c != original)
                {
                    buffer[i] = c;
                    Probe(buffer[..n], found);
                }
            }

            buffer[i] = original;
        }

        // Inserted: every gap, every letter.
        for (var i = 0; i <= n; i++)
        {
            skeleton.AsSpan(0, i).CopyTo(buffer);
            skeleton.AsSpan(i).CopyTo(buffer[(i + 1)..]);
            foreach (var c in _alphabet)
            {
                buffer[i] = c;
                Probe(buffer[..(n + 1)], found);
            }
        }

        found.Sort();
        var distinct = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[distinct++] = found[i];
            }
        }

        found.RemoveRange(distinct, found.Count - distinct);
        return found;
    }

    private void Probe(ReadOnlySpan<char> candidate, List<int> found)
    {
        if (_bySpan.TryGetValue(candidate, out var slot))
        {
            found.Add(slot);
        }
    }

    /// <summary>Optimal string alignment distance of at most one (one insertion, deletion, substitution or adjacent swap).</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var ra = a.AsSpan(i);
        var rb = b.AsSpan(i);
        if (ra.Length == rb.Length)
        {
            return ra[1..].SequenceEqual(rb[1..]) // substitution
                || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..].SequenceEqual(rb[2..])); // swap
        }

        return ra.Length == rb.Length + 1 ? ra[1..].SequenceEqual(rb) : rb.Length == ra.Length + 1 && rb[1..].SequenceEqual(ra);
    }
}
