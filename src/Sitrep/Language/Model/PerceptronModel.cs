using System.Collections.Immutable;

namespace Sitrep.Language.Model;

/// <summary>
/// The weights of a trained linear classifier: for each hashed feature, one weight per class. Lookups go
/// through an open-addressing table of 48-bit keys, so scoring allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class PerceptronModel
{
    // Each slot packs a key fingerprint (its top 44 of 48 bits) and the row (20 bits) into one 64-bit word, so the
    // table is half the size of separate arrays and a lookup touches one cache line of it, then one of the weights.
    private const int _rowBits = 20;
    private const ulong _rowMask = (1UL << _rowBits) - 1;
    private readonly ulong[] _slots;
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    public PerceptronModel(ImmutableArray<string> classes, ReadOnlySpan<ulong> featureKeys, float[] weights)
    {
        if (weights.Length != featureKeys.Length * classes.Length)
        {
            throw new ArgumentException("One weight per feature and class is needed.", nameof(weights));
        }

        Classes = classes;
        _weights = weights;
        var size = 16;
        while (size < featureKeys.Length * 2)
        {
            size <<= 1;
        }

        if (featureKeys.Length >= (1 << _rowBits))
        {
            throw new ArgumentException($"A model holds at most {(1 << _rowBits) - 1} features.", nameof(featureKeys));
        }

        _slots = new ulong[size];
        _keys = featureKeys.ToArray();
        _mask = size - 1;
        for (var row = 0; row < featureKeys.Length; row++)
        {
            var key = featureKeys[row];
            var slot = SlotOf(key);
            var packed = Pack(key, row);
            var duplicate = false;
            while (_slots[slot] != 0 && !duplicate)
            {
                // Two keys with one fingerprint (odds about 1 in 10^8 per pair): the first keeps it, the other is unused.
                duplicate = _slots[slot] >> _rowBits == packed >> _rowBits;
                slot = (slot + 1) & _mask;
            }

            if (!duplicate)
            {
                _slots[slot] = packed;
            }
        }

        FeatureCount = featureKeys.Length;
    }

    public ImmutableArray<string> Classes { get; }

    public int ClassCount => Classes.Length;

    public int FeatureCount { get; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which it clears first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var classCount = Classes.Length;
        var weights = _weights.AsSpan();
        foreach (var feature in features)
        {
            var row = Find(feature);
            if (row < 0)
            {
                continue;
            }

            var rowWeights = weights.Slice(row * classCount, classCount);
            for (var c = 0; c < rowWeights.Length; c++)
            {
                scores[c] += rowWeights[c];
            }
        }
    }

    private int Find(ulong key)
    {
        var fingerprint = Fingerprint(key);
        var slot = SlotOf(key);
        while (true)
        {
            var entry = _slots[slot];
            if (entry >> _rowBits == fingerprint)
            {
                return (int)(entry & _rowMask);
            }

            if (entry == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;

    // The fingerprint is never 0, so an empty slot (0) never matches.
    private static ulong Fingerprint(ulong key) => (key >> 4) | 1;

    private static ulong Pack(ulong key, int row) => (Fingerprint(key) << _rowBits) | (uint)row;

    /// <summary>
    /// Writes the model sparsely: keys sorted and delta-coded as varints, and per feature only the classes with a
    /// non-zero weight, as half-precision floats. The caller wraps the stream in gzip.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Classes.Length);
        foreach (var name in Classes)
        {
            writer.Write(name);
        }

        var entries = new List<(ulong Key, int Row)>(FeatureCount);
        for (var row = 0; row < _keys.Length; row++)
        {
            entries.Add((_keys[row], row));
        }

        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(entries.Count);
        var previous = 0UL;
        var classCount = Classes.Length;
        foreach (var (key, row) in entries)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
            var nonZero = 0;
            for (var c = 0; c < classCount; c++)
            {
                if (_weights[(row * classCount) + c] != 0)
                {
                    nonZero++;
                }
            }

            writer.Write((byte)nonZero);
            for (var c = 0; c < classCount; c++)
            {
                var w = _weights[(row * classCount) + c];
                if (w != 0)
                {
                    writer.Write((byte)c);
                    writer.Write((Half)w);
                }
            }
        }
    }

    public static PerceptronModel Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var classes = ImmutableArray.CreateBuilder<string>(classCount);
        for (var c = 0; c < classCount; c++)
        {
            classes.Add(reader.ReadString());
        }

        var count = reader.ReadInt32();
        var keys = new ulong[count];
        var weights = new float[count * classCount];
        var previous = 0UL;
        for (var row = 0; row < count; row++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[row] = previous;
            int nonZero = reader.ReadByte();
            for (var i = 0; i < nonZero; i++)
            {
                int c = reader.ReadByte();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"Feature {row} has a weight for class {c}, but the model has {classCount} classes.");
                }

                weights[(row * classCount) + c] = (float)reader.ReadHalf();
            }
        }

        return new PerceptronModel(classes.MoveToImmutable(), keys, weights);
    }
}
