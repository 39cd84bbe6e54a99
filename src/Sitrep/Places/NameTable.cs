using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's name index, frozen, in one buffer laid out as the precompiled index file (<see cref="Gazetteer"/>)
/// stores it: key count, key starts, candidate starts, every normalised key as UTF-8, every key's candidates (32 bits
/// each, grouped by key) and an open-addressing hash table of key numbers. Loading the index uses the file's buffer
/// as it is: nothing is copied, parsed, hashed or allocated per key; lookups encode the query key on the stack and
/// compare bytes. Little-endian machines only (the loader checks).
/// </summary>
internal sealed class NameTable
{
    private readonly byte[] _data;
    private readonly int _count;
    private readonly int _keyStarts;
    private readonly int _candidateStarts;
    private readonly int _keys;
    private readonly int _candidates;
    private readonly int _buckets;
    private readonly int _mask;

    private NameTable(byte[] data, int count, int keyStarts, int candidateStarts, int keys, int candidates, int buckets, int bucketCount)
    {
        _data = data;
        _count = count;
        _keyStarts = keyStarts;
        _candidateStarts = candidateStarts;
        _keys = keys;
        _candidates = candidates;
        _buckets = buckets;
        _mask = bucketCount - 1;
    }

    public int Count => _count;

    /// <summary>Builds the table from string keys with (start, count) ranges into <paramref name="candidates"/>.</summary>
    public static NameTable FromStrings(IReadOnlyList<string> keys, (int Start, int Count)[] ranges, GazetteerCandidate[] candidates)
    {
        var keyStart = new int[keys.Count + 1];
        var total = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            keyStart[i] = total;
            total += Encoding.UTF8.GetByteCount(keys[i]);
        }

        keyStart[keys.Count] = total;
        var bytes = new byte[total];
        for (var i = 0; i < keys.Count; i++)
        {
            Encoding.UTF8.GetBytes(keys[i], bytes.AsSpan(keyStart[i]));
        }

        // Candidates in key order, so that each key's range is [start[i], start[i + 1]).
        var ordered = new GazetteerCandidate[candidates.Length];
        var candidateStart = new int[keys.Count + 1];
        var position = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            candidateStart[i] = position;
            candidates.AsSpan(ranges[i].Start, ranges[i].Count).CopyTo(ordered.AsSpan(position));
            position += ranges[i].Count;
        }

        candidateStart[keys.Count] = position;
        var buckets = BuildBuckets(bytes, keyStart);

        // The same layout as the index file, so that both loads answer from one representation.
        using var image = new MemoryStream();
        using (var writer = new BinaryWriter(image, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(keys.Count);
            writer.Write(MemoryMarshal.AsBytes(keyStart.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(candidateStart.AsSpan()));
            writer.Write(total);
            writer.Write(bytes);
            writer.Write(position);
            writer.Write(MemoryMarshal.AsBytes(ordered.AsSpan(0, position)));
            writer.Write(buckets.Length);
            writer.Write(MemoryMarshal.AsBytes(buckets.AsSpan()));
        }

        var offset = 0;
        return Read(image.ToArray(), ref offset);
    }

    /// <summary>
    /// The hash table: key number + 1 in the slot of its hash (linear probing), 0 for empty, twice as many slots as
    /// keys (a power of two).
    /// </summary>
    private static int[] BuildBuckets(byte[] keys, int[] keyStart)
    {
        var count = keyStart.Length - 1;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var buckets = new int[size];
        var mask = size - 1;
        for (var slot = 0; slot < count; slot++)
        {
            var b = (int)Hash(keys.AsSpan(keyStart[slot], keyStart[slot + 1] - keyStart[slot])) & mask;
            while (buckets[b] != 0)
            {
                b = (b + 1) & mask;
            }

            buckets[b] = slot + 1;
        }

        return buckets;
    }

    /// <summary>The candidates of a normalised key; empty when unknown.</summary>
    public ReadOnlySpan<GazetteerCandidate> Lookup(scoped ReadOnlySpan<char> key)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> utf8 = max <= 1024 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        var slot = Find(utf8[..length]);
        return slot < 0 ? [] : CandidatesAt(slot);
    }

    public string KeyAt(int slot) => Encoding.UTF8.GetString(KeyBytes(slot));

    public ReadOnlySpan<GazetteerCandidate> CandidatesAt(int slot)
    {
        var start = IntAt(_candidateStarts, slot);
        return MemoryMarshal.Cast<byte, GazetteerCandidate>(
            _data.AsSpan(_candidates + (start * 4), (IntAt(_candidateStarts, slot + 1) - start) * 4));
    }

    private ReadOnlySpan<byte> KeyBytes(int slot)
    {
        var start = IntAt(_keyStarts, slot);
        return _data.AsSpan(_keys + start, IntAt(_keyStarts, slot + 1) - start);
    }

    private int IntAt(int section, int index) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(section + (index * 4), 4));

    private int Find(ReadOnlySpan<byte> key)
    {
        var b = (int)Hash(key) & _mask;
        while (IntAt(_buckets, b) is var entry and not 0)
        {
            if (KeyBytes(entry - 1).SequenceEqual(key))
            {
                return entry - 1;
            }

            b = (b + 1) & _mask;
        }

        return -1;
    }

    /// <summary>
    /// FNV-1a: simple and good enough for short keys. The index file stores the hash table built with it: a change
    /// here needs a new index format version.
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>Writes the table as it lies in its buffer (which <see cref="Read"/> uses as it is).</summary>
    public void Write(BinaryWriter writer) =>
        writer.Write(_data, _keyStarts - 4, _buckets + ((_mask + 1) * 4) - (_keyStarts - 4));

    /// <summary>
    /// The table <see cref="Write"/> wrote, in <paramref name="data"/> at <paramref name="offset"/> (advanced past
    /// it); the buffer is used as it is and must not change.
    /// </summary>
    public static NameTable Read(byte[] data, ref int offset)
    {
        var count = ReadInt(data, ref offset);
        var keyStarts = offset;
        offset += (count + 1) * 4;
        var candidateStarts = offset;
        offset += (count + 1) * 4;
        var keyBytes = ReadInt(data, ref offset);
        var keys = offset;
        offset += keyBytes;
        var candidateCount = ReadInt(data, ref offset);
        var candidates = offset;
        offset += candidateCount * 4;
        var bucketCount = ReadInt(data, ref offset);
        var buckets = offset;
        offset += bucketCount * 4;
        var table = new NameTable(data, count, keyStarts, candidateStarts, keys, candidates, buckets, bucketCount);
        if (offset > data.Length || table.IntAt(keyStarts, count) != keyBytes || table.IntAt(candidateStarts, count) != candidateCount ||
            !BitOperations.IsPow2(bucketCount) || bucketCount <= count)
        {
            throw new InvalidDataException("gazetteer index: key, candidate or hash table sizes do not add up.");
        }

        return table;
    }

    internal static int ReadInt(byte[] data, ref int offset)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(offset, 4));
        offset += 4;
        return value;
    }

    internal static int Read7Bit(byte[] data, ref int offset)
    {
        var result = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[offset++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return result;
    }
}
