using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's populated places, by index. Loaded from the precompiled index, a place is read from the index
/// file's fixed-width record the first time it is asked for and kept: an analysis touches a few hundred of the
/// 80,000 places, so loading makes no object per place. Thread-safe: two threads making the same place at once keep
/// one of two equal records.
/// </summary>
public sealed class GazetteerPlaces : IReadOnlyList<GazetteerPlace>
{
    private readonly GazetteerPlace?[] _made;
    private readonly PlaceRecords? _records;

    /// <summary>Places already made (read from the sources).</summary>
    internal GazetteerPlaces(GazetteerPlace[] places)
    {
        _made = places;
    }

    /// <summary>Places read on demand from the index file's records.</summary>
    internal GazetteerPlaces(PlaceRecords records)
    {
        _records = records;
        _made = new GazetteerPlace?[records.Count];
    }

    public int Length => _made.Length;

    int IReadOnlyCollection<GazetteerPlace>.Count => _made.Length;

    public GazetteerPlace this[int index] => _made[index] ?? Make(index);

    /// <summary>The GeoNames id of place <paramref name="index"/>, without making the place.</summary>
    internal int IdAt(int index) => _records?.Id(index) ?? _made[index]!.Id;

    /// <summary>The feature code ("PPLC", "PPLA") of place <paramref name="index"/>, without making the place.</summary>
    internal string FeatureCodeAt(int index) => _records?.FeatureCode(index) ?? _made[index]!.FeatureCode;

    private GazetteerPlace Make(int index)
    {
        var place = _records!.Read(index);
        return Interlocked.CompareExchange(ref _made[index], place, null) ?? place;
    }

    public GazetteerPlace[] ToArray()
    {
        var result = new GazetteerPlace[Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[i];
        }

        return result;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<GazetteerPlace> IEnumerable<GazetteerPlace>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(GazetteerPlaces places) : IEnumerator<GazetteerPlace>
    {
        private int _index = -1;

        public readonly GazetteerPlace Current => places[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < places.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>
/// The places section of the index file, used where it lies in the file's buffer: one fixed-width record per place
/// (<see cref="RecordSize"/> bytes: id, latitude and longitude in 10^-4 degrees, population, then the numbers of its
/// feature code, country, admin1 code and admin2 name in the column tables), an approximate-coordinates flag per place,
/// and the names as UTF-8 with a start offset per place.
/// </summary>
internal sealed class PlaceRecords(
    byte[] data, int records, int approximate, int nameStarts, int names, int count,
    string[] features, string[] countries, string[] admin1, LazyStrings admin2)
{
    public const int RecordSize = 24;

    public int Count => count;

    public int Id(int index) => Int(records + (index * RecordSize));

    public string FeatureCode(int index) => features[UShort(records + (index * RecordSize) + 16)];

    public GazetteerPlace Read(int index)
    {
        var at = records + (index * RecordSize);
        var nameStart = Int(nameStarts + (index * 4));
        var nameEnd = Int(nameStarts + ((index + 1) * 4));
        return new GazetteerPlace(
            Int(at),
            Encoding.UTF8.GetString(data, names + nameStart, nameEnd - nameStart),
            Int(at + 4) / 10_000.0,
            Int(at + 8) / 10_000.0,
            features[UShort(at + 16)],
            countries[UShort(at + 18)],
            admin1[UShort(at + 20)],
            admin2[UShort(at + 22)],
            Int(at + 12),
            data[approximate + index] != 0);
    }

    private int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(offset, 4));

    private ushort UShort(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(offset, 2));
}

/// <summary>
/// A column table of strings (7-bit length, UTF-8 bytes each, as <see cref="BinaryWriter.Write(string)"/> writes them)
/// decoded when first asked for: the 20,000 admin2 names, of which an analysis needs a few.
/// </summary>
internal sealed class LazyStrings
{
    private readonly byte[] _data;
    private readonly int[] _starts;
    private readonly string?[] _made;

    private LazyStrings(byte[] data, int[] starts)
    {
        _data = data;
        _starts = starts;
        _made = new string?[starts.Length];
    }

    public string this[int index] => _made[index] ?? Make(index);

    /// <summary>The table at <paramref name="offset"/> (an int count, then the strings); the offset is moved past it.</summary>
    public static LazyStrings Read(byte[] data, ref int offset)
    {
        var starts = new int[NameTable.ReadInt(data, ref offset)];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = offset;
            var length = NameTable.Read7Bit(data, ref offset);
            offset += length;
        }

        return new LazyStrings(data, starts);
    }

    private string Make(int index)
    {
        var offset = _starts[index];
        var length = NameTable.Read7Bit(_data, ref offset);
        var value = Encoding.UTF8.GetString(_data, offset, length);
        return Interlocked.CompareExchange(ref _made[index], value, null) ?? value;
    }
}
