using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Language.Model;

/// <summary>
/// The weights of a trained linear classifier: for each hashed feature, a weight per class. Lookups go through an
/// open-addressing table of 48-bit keys, so scoring allocates nothing. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Scoring is bound by memory: a token's few dozen features each touch a random place of a table of megabytes. A
/// feature has non-zero weights for only about three of its classes, so rows are stored sparsely, as entries of one
/// 32-bit word each: the weight's float bits with the class in the low byte (weights are half-precision values, whose
/// float form leaves the low 13 bits zero). Each 16-byte slot of the table holds the key, the row's
/// entry count and, for the majority of rows with at most two entries, the entries themselves, so that most lookups
/// touch one cache line. The whole NER model takes about a third of the memory of dense rows. Scores come out bit
/// for bit as a dense sum would give them: each class's weights are added in feature order, and zero weights (which
/// would add nothing) are skipped.
/// </remarks>
internal sealed class PerceptronModel
{
    private const int _countShift = 48;
    private const ulong _keyMask = (1UL << _countShift) - 1;
    private const ulong _countMask = 0xFF;
    private const int _boundShift = 56;
    private const int _inlineEntries = 2;
    private const uint _classMask = 0xFF;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _slotShift;

    // Row-major copy of the model (keys in row order, each row's entries), for saving and for rows too long to inline.
    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly uint[] _entries;

    /// <summary>A model from sparse rows: row r's entries are <paramref name="entries"/>[rowStart[r]..rowStart[r + 1]).</summary>
    private PerceptronModel(ImmutableArray<string> classes, ulong[] keys, int[] rowStart, uint[] entries)
    {
        if (classes.Length > _classMask + 1)
        {
            throw new ArgumentException($"A model holds at most {_classMask + 1} classes.", nameof(classes));
        }

        Classes = classes;
        _keys = keys;
        _rowStart = rowStart;
        _entries = entries;
        ExactBelow = ExactLimit(entries, rowStart);

        // Load factor at most 0.7: linear probing stays short, and slots of 16 bytes keep the table compact.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (keys.Length * 10 / 7) + 1));
        _slots = new Slot[size];
        _mask = size - 1;
        _slotShift = 64 - BitOperations.Log2((uint)size);
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0 || key > _keyMask)
            {
                throw new ArgumentException($"Feature key {key:x} is not a non-zero 48-bit key.", nameof(keys));
            }

            var slot = SlotOf(key);
            while (_slots[slot].Head != 0)
            {
                if ((_slots[slot].Head & _keyMask) == key)
                {
                    throw new ArgumentException($"Feature key {key:x} appears twice.", nameof(keys));
                }

                slot = (slot + 1) & _mask;
            }

            var start = rowStart[row];
            var count = rowStart[row + 1] - start;
            var head = key | ((ulong)count << _countShift) | ((ulong)RowBound(entries.AsSpan(start, count)) << _boundShift);
            _slots[slot] = count <= _inlineEntries
                ? new Slot(head, count > 0 ? entries[start] : 0, count > 1 ? entries[start + 1] : 0)
                : new Slot(head, (uint)start, 0);
        }
    }

    public ImmutableArray<string> Classes { get; }

    public int ClassCount => Classes.Length;

    public int FeatureCount => _keys.Length;

    /// <summary>
    /// Every weight is a whole multiple of one power of two q (half-precision values of at least the pruning
    /// threshold), so float sums of weights are exact while every partial sum stays below 2^24 q: this limit, in the
    /// units of <see cref="Add"/>'s bounds. A sum whose bounds total less than it is exact whatever the order of its
    /// additions. 0 when no weights or a weight too large for a bound byte: then no sum is taken as exact.
    /// </summary>
    public int ExactBelow { get; }

    /// <summary>A model from dense weights (one per feature and class, feature-major), each a half-precision value.</summary>
    public static PerceptronModel FromDense(ImmutableArray<string> classes, ReadOnlySpan<ulong> featureKeys, ReadOnlySpan<float> weights)
    {
        var classCount = classes.Length;
        if (weights.Length != featureKeys.Length * classCount)
        {
            throw new ArgumentException("One weight per feature and class is needed.", nameof(weights));
        }

        var rowStart = new int[featureKeys.Length + 1];
        var entries = new List<uint>(featureKeys.Length * 3);
        for (var row = 0; row < featureKeys.Length; row++)
        {
            rowStart[row] = entries.Count;
            for (var c = 0; c < classCount; c++)
            {
                var weight = weights[(row * classCount) + c];
                if (weight != 0)
                {
                    entries.Add(Entry(c, weight));
                }
            }
        }

        rowStart[featureKeys.Length] = entries.Count;
        return new PerceptronModel(classes, featureKeys.ToArray(), rowStart, [.. entries]);
    }

    /// <summary>
    /// The mean of models over the same classes (an ensemble folded into one model: tagging costs what one model
    /// costs). Features are kept in first-seen order; means below <paramref name="pruneBelow"/> in magnitude are
    /// dropped and the rest rounded to half precision, as <see cref="AveragedPerceptron.ToModel"/> does.
    /// </summary>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models, float pruneBelow)
    {
        var classes = models[0].Classes;
        if (models.Any(m => !m.Classes.SequenceEqual(classes)))
        {
            throw new ArgumentException("Models over different classes cannot be averaged.", nameof(models));
        }

        var classCount = classes.Length;
        var rowOf = new Dictionary<ulong, int>();
        var sums = new List<float>();
        var keys = new List<ulong>();
        foreach (var model in models)
        {
            foreach (var (key, weights) in model.Rows())
            {
                if (!rowOf.TryGetValue(key, out var row))
                {
                    rowOf[key] = row = keys.Count;
                    keys.Add(key);
                    sums.AddRange(new float[classCount]);
                }

                foreach (var (c, weight) in weights)
                {
                    sums[(row * classCount) + c] += weight;
                }
            }
        }

        var keptKeys = new List<ulong>(keys.Count);
        var kept = new List<float>(sums.Count);
        var mean = new float[classCount];
        for (var row = 0; row < keys.Count; row++)
        {
            var any = false;
            for (var c = 0; c < classCount; c++)
            {
                var value = sums[(row * classCount) + c] / models.Count;
                mean[c] = Math.Abs(value) < pruneBelow ? 0f : (float)(Half)value;
                any |= mean[c] != 0f;
            }

            if (any)
            {
                keptKeys.Add(keys[row]);
                kept.AddRange(mean);
            }
        }

        return FromDense(classes, [.. keptKeys], [.. kept]);
    }

    /// <summary>
    /// A copy with every weight rounded to a multiple of <paramref name="step"/> (a power of two), zeros dropped. A
    /// coarse lowest bit raises <see cref="ExactBelow"/>: the cached per-word sums of the taggers' fast path are then
    /// exact for nearly every token instead of falling back to summing in feature order.
    /// </summary>
    public PerceptronModel RoundedTo(float step)
    {
        if (step <= 0 || !float.IsPow2(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be a positive power of two.");
        }

        var keys = new List<ulong>(_keys.Length);
        var weights = new List<float>(_keys.Length * ClassCount);
        var row = new float[ClassCount];
        foreach (var (key, entries) in Rows())
        {
            Array.Clear(row);
            var any = false;
            foreach (var (c, weight) in entries)
            {
                row[c] = (float)(Half)(MathF.Round(weight / step) * step);
                any |= row[c] != 0f;
            }

            if (any)
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }

        return FromDense(Classes, [.. keys], [.. weights]);
    }

    /// <summary>
    /// A copy with <paramref name="deltas"/> (one per class) added to the weights of feature <paramref name="key"/>
    /// (added as a row when missing), each sum rounded to half precision as the model keeps weights.
    /// </summary>
    public PerceptronModel WithAdded(ulong key, ReadOnlySpan<float> deltas)
    {
        if (deltas.Length != ClassCount)
        {
            throw new ArgumentException("One delta per class is needed.", nameof(deltas));
        }

        var row = Array.IndexOf(_keys, key);
        var keys = row >= 0 ? _keys : [.. _keys, key];
        row = row >= 0 ? row : _keys.Length;
        var weights = new float[keys.Length * ClassCount];
        for (var r = 0; r < _keys.Length; r++)
        {
            for (var i = _rowStart[r]; i < _rowStart[r + 1]; i++)
            {
                weights[(r * ClassCount) + (int)(_entries[i] & _classMask)] = BitConverter.UInt32BitsToSingle(_entries[i] & ~_classMask);
            }
        }

        for (var c = 0; c < ClassCount; c++)
        {
            ref var weight = ref weights[(row * ClassCount) + c];
            weight = (float)(Half)(weight + deltas[c]);
        }

        return FromDense(Classes, keys, weights);
    }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (which it clears first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Add(features, scores);
    }

    /// <summary>
    /// Adds the weights of every known feature, in order, to <paramref name="scores"/> as they are. Returns a bound
    /// on what was added, in quarters: the sum over the features found of their largest weight's magnitude rounded up
    /// to a quarter.
    /// </summary>
    public int Add(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < Classes.Length)
        {
            throw new ArgumentException("One score per class is needed.", nameof(scores));
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var score = ref MemoryMarshal.GetReference(scores);
        var bound = 0;
        foreach (var feature in features)
        {
            var head = Probe(ref slots, feature, out var slot);
            if (head == 0)
            {
                continue;
            }

            ref var found = ref Unsafe.Add(ref slots, slot);
            var count = (int)((head >> _countShift) & _countMask);
            bound += (int)(head >> _boundShift);
            if (count <= _inlineEntries)
            {
                AddEntry(ref score, found.First);
                if (count == 2)
                {
                    AddEntry(ref score, found.Second);
                }
            }
            else
            {
                foreach (var entry in _entries.AsSpan((int)found.First, count))
                {
                    AddEntry(ref score, entry);
                }
            }
        }

        return bound;
    }

    /// <summary>The row's largest weight magnitude in quarters, rounded up (above 255: see <see cref="ExactLimit"/>).</summary>
    private static byte RowBound(ReadOnlySpan<uint> entries) => (byte)Math.Min(255, RowQuarters(entries));

    private static double RowQuarters(ReadOnlySpan<uint> entries)
    {
        var max = 0f;
        foreach (var entry in entries)
        {
            max = Math.Max(max, Math.Abs(BitConverter.UInt32BitsToSingle(entry & ~_classMask)));
        }

        return Math.Ceiling(max * 4.0);
    }

    /// <summary>2^24 times the value of the lowest bit set in any weight, in quarters (see <see cref="ExactBelow"/>).</summary>
    private static int ExactLimit(ReadOnlySpan<uint> entries, ReadOnlySpan<int> rowStart)
    {
        for (var row = 0; row + 1 < rowStart.Length; row++)
        {
            if (RowQuarters(entries[rowStart[row]..rowStart[row + 1]]) > 255)
            {
                return 0;
            }
        }

        var lowest = int.MaxValue;
        foreach (var entry in entries)
        {
            var bits = entry & ~_classMask;
            var exponent = (int)((bits >> 23) & 0xFF);
            var mantissa = (bits & 0x7FFFFF) | 0x800000;
            lowest = Math.Min(lowest, exponent - 127 - 23 + BitOperations.TrailingZeroCount(mantissa));
        }

        // 2^(lowest + 24) in quarters is 2^(lowest + 26); kept within int.
        return lowest == int.MaxValue ? 0 : 1 << Math.Clamp(lowest + 26, 0, 30);
    }

    /// <summary>
    /// Reads the table where <paramref name="features"/> will be looked up, so that the cache lines are on their way
    /// before <see cref="Add"/> needs them: lookups one by one wait for memory at each miss, while these reads do
    /// not depend on each other and overlap. Returns a value only so that the reads are not optimised away.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public ulong Prefetch(ReadOnlySpan<ulong> features)
    {
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var sink = 0UL;
        foreach (var feature in features)
        {
            sink ^= Unsafe.Add(ref slots, SlotOf(feature)).Head;
        }

        // Rows too long to inline live in the entry array: read their first entries too, now that the slots are near.
        ref var entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (var feature in features)
        {
            var head = Probe(ref slots, feature, out var slot);
            if (((head >> _countShift) & _countMask) > _inlineEntries)
            {
                sink ^= Unsafe.Add(ref entries, (int)Unsafe.Add(ref slots, slot).First);
            }
        }

        return sink;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddEntry(ref float scores, uint entry) =>
        Unsafe.Add(ref scores, (int)(entry & _classMask)) += BitConverter.UInt32BitsToSingle(entry & ~_classMask);

    private static uint Entry(int classIndex, float weight)
    {
        if ((float)(Half)weight != weight)
        {
            throw new ArgumentException($"Weight {weight} is not a half-precision value.", nameof(weight));
        }

        return BitConverter.SingleToUInt32Bits(weight) | (uint)classIndex;
    }

    /// <summary>
    /// The head of <paramref name="feature"/>'s slot, found by linear probing from <see cref="SlotOf"/>, or 0 for the
    /// empty slot that ends the probe when the feature is not in the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Probe(ref Slot slots, ulong feature, out int slot)
    {
        slot = SlotOf(feature);
        while (true)
        {
            var head = Unsafe.Add(ref slots, slot).Head;
            if ((head & _keyMask) == feature || head == 0)
            {
                return head;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _slotShift);

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

        var order = new int[_keys.Length];
        for (var row = 0; row < order.Length; row++)
        {
            order[row] = row;
        }

        Array.Sort(_keys.ToArray(), order);
        writer.Write(order.Length);
        var previous = 0UL;
        foreach (var row in order)
        {
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
            var entries = _entries.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);
            writer.Write((byte)entries.Length);
            foreach (var entry in entries)
            {
                writer.Write((byte)(entry & _classMask));
                writer.Write((Half)BitConverter.UInt32BitsToSingle(entry & ~_classMask));
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
        var rowStart = new int[count + 1];
        var entries = new List<uint>(count * 3);
        var previous = 0UL;
        for (var row = 0; row < count; row++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[row] = previous;
            rowStart[row] = entries.Count;
            int nonZero = reader.ReadByte();
            for (var i = 0; i < nonZero; i++)
            {
                int c = reader.ReadByte();
                if (c >= classCount)
                {
                    throw new InvalidDataException($"Feature {row} has a weight for class {c}, but the model has {classCount} classes.");
                }

                var weight = (float)reader.ReadHalf();
                if (weight != 0)
                {
                    entries.Add(Entry(c, weight));
                }
            }
        }

        rowStart[count] = entries.Count;
        return new PerceptronModel(classes.MoveToImmutable(), keys, rowStart, [.. entries]);
    }

    /// <summary>Every row as its key and its non-zero (class, weight) pairs, in row order (for tests and tools).</summary>
    internal IEnumerable<(ulong Key, (int Class, float Weight)[] Weights)> Rows()
    {
        for (var row = 0; row < _keys.Length; row++)
        {
            var weights = new (int, float)[_rowStart[row + 1] - _rowStart[row]];
            for (var i = 0; i < weights.Length; i++)
            {
                var entry = _entries[_rowStart[row] + i];
                weights[i] = ((int)(entry & _classMask), BitConverter.UInt32BitsToSingle(entry & ~_classMask));
            }

            yield return (_keys[row], weights);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Slot(ulong head, uint first, uint second)
    {
        /// <summary>The key (low 48 bits), the row's entry count and its bound (a byte each); 0 for an empty slot (keys are never 0).</summary>
        public readonly ulong Head = head;

        /// <summary>The first entry, or where the row's entries start when there are more than two.</summary>
        public readonly uint First = first;

        public readonly uint Second = second;
    }
}
