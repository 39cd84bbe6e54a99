using System.Collections.Immutable;
using System.IO.Compression;

namespace Sitrep.Language.Model;

/// <summary>
/// The weights of a trained linear classifier: for each hashed feature, one weight per class. Lookups go
/// through an open-addressing table of 48-bit keys, so scoring allocates nothing. Immutable and thread-safe.
/// </summary>
internal sealed class PerceptronModel
{
    // Key and row side by side: a lookup touches one cache line of the table, then one of the weights.
    private readonly Slot[] _slots;
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

        _slots = new Slot[size];
        _mask = size - 1;
        for (var row = 0; row < featureKeys.Length; row++)
        {
            var key = featureKeys[row];
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new ArgumentException($"Feature key {key:x} appears twice.", nameof(featureKeys));
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
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
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key == key)
            {
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & _mask;

    private readonly record struct Slot(ulong Key, int Row);

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
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                entries.Add((slot.Key, slot.Row));
            }
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

    public static GZipStream OpenWrite(Stream stream) => new(stream, CompressionLevel.SmallestSize, leaveOpen: true);
}
