using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The precompiled index (gazetteer.bin beside the sources): the places and the name table exactly as
/// <see cref="LoadSources"/> builds them, laid out as they are used, so loading reads one file and copies a few
/// arrays: no decompression, no parsing, no name normalisation, no hashing of names and no object per place or name.
/// It is derived data, not kept in the repository (11 MB, and the sources already hold everything in it): the first
/// load that finds it missing or stale reads the sources and writes it (<see cref="Load"/>), so every later load
/// is fast. It records a SHA-256 of the source files it was built from; when they change (a user edits
/// aliases.tsv), it is ignored and rewritten. tools/build_gazetteer_index.cs writes it ahead of time.
/// </summary>
public sealed partial class Gazetteer
{
    public const string IndexFileName = "gazetteer.bin";

    private const string _magic = "SITREP-GAZ";
    private const int _formatVersion = 2;
    private static readonly string[] _sourceFiles = ["countries.tsv", "admin1.tsv", "places.tsv.gz", "aliases.tsv"];

    /// <summary>SHA-256 over the source files (name, length and bytes of each; a missing file counts as empty).</summary>
    public static byte[] SourceHash(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var name in _sourceFiles)
        {
            var path = Path.Combine(directory, name);
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            if (!File.Exists(path))
            {
                hash.AppendData(BitConverter.GetBytes(0L));
                continue;
            }

            using var file = File.OpenRead(path);
            hash.AppendData(BitConverter.GetBytes(file.Length));
            int read;
            while ((read = file.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return hash.GetHashAndReset();
    }

    /// <summary>True when the directory's index exists and was built from its current source files.</summary>
    public static bool IndexIsCurrent(string directory)
    {
        var path = Path.Combine(directory, IndexFileName);
        return File.Exists(path) && ReadHeader(path) is { } stored && stored.AsSpan().SequenceEqual(SourceHash(directory));
    }

    /// <summary>Builds the gazetteer from the source files of <paramref name="directory"/> and writes its index there.</summary>
    public static string WriteIndex(string directory) => WriteIndex(directory, LoadSources(directory));

    /// <summary>
    /// Writes the index of <paramref name="gazetteer"/>, loaded from the sources of <paramref name="directory"/>.
    /// Through a temporary file of its own, so processes that load at once never read a half-written index.
    /// </summary>
    private static string WriteIndex(string directory, Gazetteer gazetteer)
    {
        var path = Path.Combine(directory, IndexFileName);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = File.Create(temp))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                writer.Write(_magic);
                writer.Write(_formatVersion);
                var hash = SourceHash(directory);
                writer.Write(hash.Length);
                writer.Write(hash);
                gazetteer.WritePlaces(writer);
                gazetteer._names.Write(writer);
            }

            File.Move(temp, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(temp); // nothing left behind when the move failed (a no-op after it succeeded)
        }
    }

    /// <summary>
    /// Loads the sources and, for the loads after this one, writes their index; a directory that cannot be written
    /// (a read-only install) only costs every load the slower read of the sources.
    /// </summary>
    private static Gazetteer LoadSourcesAndWriteIndex(string directory)
    {
        var gazetteer = LoadSources(directory);
        try
        {
            WriteIndex(directory, gazetteer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not cached: the gazetteer itself is complete.
        }

        return gazetteer;
    }

    /// <summary>The layout <see cref="PlaceRecords"/> reads: column tables, fixed-width records, flags, names.</summary>
    private void WritePlaces(BinaryWriter writer)
    {
        var features = new StringTable();
        var countries = new StringTable();
        var admin1 = new StringTable();
        var admin2 = new StringTable();
        foreach (var p in Places)
        {
            features.Add(p.FeatureCode);
            countries.Add(p.CountryIso2);
            admin1.Add(p.Admin1Code);
            admin2.Add(p.Admin2Name);
        }

        foreach (var table in new[] { features, countries, admin1, admin2 })
        {
            table.Write(writer);
        }

        writer.Write(Places.Length);
        foreach (var p in Places)
        {
            writer.Write(p.Id);
            writer.Write(Fixed(p.Latitude));
            writer.Write(Fixed(p.Longitude));
            writer.Write(p.Population);
            writer.Write((ushort)features.IndexOf(p.FeatureCode));
            writer.Write((ushort)countries.IndexOf(p.CountryIso2));
            writer.Write((ushort)admin1.IndexOf(p.Admin1Code));
            writer.Write((ushort)admin2.IndexOf(p.Admin2Name));
        }

        foreach (var p in Places)
        {
            writer.Write(p.ApproximateCoordinates);
        }

        var names = Places.Select(p => Encoding.UTF8.GetBytes(p.Name)).ToArray();
        var start = 0;
        foreach (var name in names)
        {
            writer.Write(start);
            start += name.Length;
        }

        writer.Write(start);
        foreach (var name in names)
        {
            writer.Write(name);
        }
    }

    /// <summary>Coordinates have 4 decimals in the sources: stored exactly as integers (x / 10^4 is the same double).</summary>
    private static int Fixed(double value)
    {
        var scaled = Math.Round(value * 10_000);
        return scaled / 10_000 == value ? (int)scaled : throw new InvalidDataException($"coordinate {value} has more than 4 decimals.");
    }

    private static byte[]? ReadHeader(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        try
        {
            return reader.ReadString() == _magic && reader.ReadInt32() == _formatVersion ? reader.ReadBytes(reader.ReadInt32()) : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>The gazetteer from the index, or null when there is none, it is stale or of another format.</summary>
    private static Gazetteer? TryLoadIndex(string directory)
    {
        var path = Path.Combine(directory, IndexFileName);
        if (!File.Exists(path) || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        var data = ReadAll(path);
        var offset = 0;
        if (ReadString(data, ref offset) != _magic || NameTable.ReadInt(data, ref offset) != _formatVersion)
        {
            return null;
        }

        var hashLength = NameTable.ReadInt(data, ref offset);
        if (!data.AsSpan(offset, hashLength).SequenceEqual(SourceHash(directory)))
        {
            return null; // built from other sources: read those
        }

        offset += hashLength;
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var countries = LoadCountries(Path.Combine(directory, "countries.tsv"), null, demonyms);
        var admin1 = LoadAdmin1(Path.Combine(directory, "admin1.tsv"), null);
        var places = ReadPlaces(data, ref offset);
        var names = NameTable.Read(data, ref offset);
        return new Gazetteer(countries, admin1, places, names, demonyms);
    }

    /// <summary>The whole file in one array left unzeroed (every byte is read over).</summary>
    private static byte[] ReadAll(string path)
    {
        using var handle = File.OpenHandle(path);
        var data = GC.AllocateUninitializedArray<byte>(checked((int)RandomAccess.GetLength(handle)));
        var read = 0;
        while (read < data.Length && RandomAccess.Read(handle, data.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        return read == data.Length ? data : throw new IOException($"{path}: the file changed while it was read.");
    }

    /// <summary>Reads the column tables and finds the sections <see cref="WritePlaces"/> wrote; the places are made on demand.</summary>
    private static GazetteerPlaces ReadPlaces(byte[] data, ref int offset)
    {
        var features = StringTable.Read(data, ref offset);
        var countries = StringTable.Read(data, ref offset);
        var admin1 = StringTable.Read(data, ref offset);
        var admin2 = LazyStrings.Read(data, ref offset);
        var count = NameTable.ReadInt(data, ref offset);
        var records = offset;
        offset += count * PlaceRecords.RecordSize;
        var approximate = offset;
        offset += count;
        var nameStarts = offset;
        offset += count * 4;
        var nameBytes = NameTable.ReadInt(data, ref offset);
        var names = offset;
        offset += nameBytes;
        if (offset > data.Length)
        {
            throw new InvalidDataException("gazetteer index: the places section runs past the end of the file.");
        }

        return new GazetteerPlaces(new PlaceRecords(data, records, approximate, nameStarts, names, count, features, countries, admin1, admin2));
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: 7-bit length, UTF-8 bytes.</summary>
    private static string ReadString(byte[] data, ref int offset)
    {
        var length = NameTable.Read7Bit(data, ref offset);
        var value = Encoding.UTF8.GetString(data, offset, length);
        offset += length;
        return value;
    }

    /// <summary>Distinct strings of one column (feature codes, country codes...), each stored once.</summary>
    private sealed class StringTable
    {
        private readonly List<string> _values = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Add(string value)
        {
            if (_index.TryAdd(value, _values.Count))
            {
                _values.Add(value);
            }
        }

        public int IndexOf(string value) => _values.Count <= ushort.MaxValue ? _index[value] : throw new InvalidDataException("too many distinct values for the index format.");

        public void Write(BinaryWriter writer)
        {
            writer.Write(_values.Count);
            foreach (var value in _values)
            {
                writer.Write(value);
            }
        }

        public static string[] Read(byte[] data, ref int offset)
        {
            var values = new string[NameTable.ReadInt(data, ref offset)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ReadString(data, ref offset);
            }

            return values;
        }
    }
}
