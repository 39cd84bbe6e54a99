using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's name index, frozen: every normalised key as UTF-8 in one byte array, each key's candidates as a
/// range of one candidate array, and an open-addressing hash table of key numbers. Nothing is allocated per key, so
/// it loads from the precompiled index file (<see cref="Gazetteer"/>) with a few array copies; lookups encode the
/// query key on the stack and compare bytes.
/// </summary>
internal sealed class NameTable
{
    private readonly byte[] _keys;
    private readonly int _keyBase;
    private readonly int[] _keyStart;
    private readonly int[] _candidateStart;
    private readonly GazetteerCandidate[] _candidates;
    private readonly int[] _buckets;
    private readonly int _mask;

    /// <param name="keys">UTF-8 keys, concatenated, from <paramref name="keyBase"/> on (the index file's buffer is used as it is).</param>
    /// <param name="keyStart">Start of key i after <paramref name="keyBase"/>; one more entry than keys (the end).</param>
    /// <param name="candidateStart">Start of key i's candidates; one more entry than keys.</param>
    /// <param name="candidates">All candidates, grouped by key in key order.</param>
    public NameTable(byte[] keys, int keyBase, int[] keyStart, int[] candidateStart, GazetteerCandidate[] candidates)
    {
        _keys = keys;
        _keyBase = keyBase;
        _keyStart = keyStart;
        _candidateStart = candidateStart;
        _candidates = candidates;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Count * 2));
        _buckets = new int[size];
        _mask = size - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var b = (int)Hash(KeyBytes(slot)) & _mask;
            while (_buckets[b] != 0)
            {
                b = (b + 1) & _mask;
            }

            _buckets[b] = slot + 1;
        }
    }

    public int Count => _keyStart.Length - 1;

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
        return new NameTable(bytes, 0, keyStart, candidateStart, ordered.AsSpan(0, position).ToArray());
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

    public ReadOnlySpan<GazetteerCandidate> CandidatesAt(int slot) =>
        _candidates.AsSpan(_candidateStart[slot], _candidateStart[slot + 1] - _candidateStart[slot]);

    private ReadOnlySpan<byte> KeyBytes(int slot) => _keys.AsSpan(_keyBase + _keyStart[slot], _keyStart[slot + 1] - _keyStart[slot]);

    private int Find(ReadOnlySpan<byte> key)
    {
        var b = (int)Hash(key) & _mask;
        while (_buckets[b] is var entry and not 0)
        {
            if (KeyBytes(entry - 1).SequenceEqual(key))
            {
                return entry - 1;
            }

            b = (b + 1) & _mask;
        }

        return -1;
    }

    /// <summary>FNV-1a: simple and good enough for short keys; the table is rebuilt at every load, so it need not be stable.</summary>
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>Writes the table: key count, key lengths and candidate counts (7-bit), key bytes, packed candidates.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var i = 0; i < Count; i++)
        {
            writer.Write7BitEncodedInt(_keyStart[i + 1] - _keyStart[i]);
            writer.Write7BitEncodedInt(_candidateStart[i + 1] - _candidateStart[i]);
        }

        writer.Write(_keyStart[Count]);
        writer.Write(_keys, _keyBase, _keyStart[Count]);
        writer.Write(_candidates.Length);
        foreach (var c in _candidates)
        {
            writer.Write(Pack(c));
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote, from <paramref name="data"/> at <paramref name="offset"/> (advanced).</summary>
    public static NameTable Read(byte[] data, ref int offset)
    {
        var count = ReadInt(data, ref offset);
        var keyStart = new int[count + 1];
        var candidateStart = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            keyStart[i + 1] = keyStart[i] + Read7Bit(data, ref offset);
            candidateStart[i + 1] = candidateStart[i] + Read7Bit(data, ref offset);
        }

        var keyBytes = ReadInt(data, ref offset);
        var keyBase = offset;
        offset += keyBytes;
        var candidateCount = ReadInt(data, ref offset);
        var packed = MemoryMarshal.Cast<byte, uint>(data.AsSpan(offset, candidateCount * 4));
        var candidates = new GazetteerCandidate[candidateCount];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = Unpack(BitConverter.IsLittleEndian ? packed[i] : BinaryPrimitives.ReverseEndianness(packed[i]));
        }

        offset += candidateCount * 4;
        if (keyStart[count] != keyBytes || candidateStart[count] != candidateCount)
        {
            throw new InvalidDataException("gazetteer index: key or candidate counts do not add up.");
        }

        return new NameTable(data, keyBase, keyStart, candidateStart, candidates);
    }

    private static uint Pack(GazetteerCandidate c) => ((uint)c.Index << 4) | ((uint)c.Kind << 2) | (uint)c.Source;

    private static GazetteerCandidate Unpack(uint value) => new((PlaceKind)((value >> 2) & 3), (int)(value >> 4), (NameSource)(value & 3));

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
