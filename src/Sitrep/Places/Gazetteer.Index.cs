using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The precompiled index (data/gazetteer/gazetteer.bin.gz): the places and the name table exactly as
/// <see cref="LoadSources"/> builds them, so loading needs no parsing, no name normalisation and no string per name.
/// It records a SHA-256 of the source files it was built from; when they change (a user edits aliases.tsv), the
/// index is ignored and the sources are read. Rebuilt by tools/build_gazetteer_index.cs (run by build_gazetteer.py).
/// </summary>
public sealed partial class Gazetteer
{
    public const string IndexFileName = "gazetteer.bin.gz";

    private const string _magic = "SITREP-GAZ";
    private const int _formatVersion = 1;
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
    public static string WriteIndex(string directory)
    {
        var gazetteer = LoadSources(directory);
        var path = Path.Combine(directory, IndexFileName);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
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
            writer.Write(p.ApproximateCoordinates);
            writer.Write(p.Name);
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
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            return reader.ReadString() == _magic && reader.ReadInt32() == _formatVersion ? reader.ReadBytes(reader.ReadInt32()) : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>The gazetteer from the index, or null when there is none or it is stale.</summary>
    private static Gazetteer? TryLoadIndex(string directory)
    {
        var path = Path.Combine(directory, IndexFileName);
        if (!File.Exists(path) || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        byte[] data;
        using (var file = File.OpenRead(path))
        {
            // The gzip trailer's last 4 bytes are the uncompressed length: one exact buffer, no copies.
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            data = new byte[BitConverter.ToInt32(trailer)];
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            gzip.ReadExactly(data);
        }

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

    private static ImmutableArray<GazetteerPlace> ReadPlaces(byte[] data, ref int offset)
    {
        var features = StringTable.Read(data, ref offset);
        var countries = StringTable.Read(data, ref offset);
        var admin1 = StringTable.Read(data, ref offset);
        var admin2 = StringTable.Read(data, ref offset);
        var count = NameTable.ReadInt(data, ref offset);
        var places = ImmutableArray.CreateBuilder<GazetteerPlace>(count);
        for (var i = 0; i < count; i++)
        {
            var id = NameTable.ReadInt(data, ref offset);
            var latitude = NameTable.ReadInt(data, ref offset) / 10_000.0;
            var longitude = NameTable.ReadInt(data, ref offset) / 10_000.0;
            var population = NameTable.ReadInt(data, ref offset);
            var feature = features[ReadUShort(data, ref offset)];
            var country = countries[ReadUShort(data, ref offset)];
            var admin1Code = admin1[ReadUShort(data, ref offset)];
            var admin2Name = admin2[ReadUShort(data, ref offset)];
            var approximate = data[offset++] != 0;
            var name = ReadString(data, ref offset);
            places.Add(new GazetteerPlace(id, name, latitude, longitude, feature, country, admin1Code, admin2Name, population, approximate));
        }

        return places.MoveToImmutable();
    }

    private static ushort ReadUShort(byte[] data, ref int offset)
    {
        var value = (ushort)(data[offset] | (data[offset + 1] << 8));
        offset += 2;
        return value;
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
