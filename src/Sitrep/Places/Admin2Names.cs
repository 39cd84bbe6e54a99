using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Places;

/// <summary>
/// GeoNames second-level divisions by name without the words around it (admin2_words.tsv), read from admin2.tsv.gz
/// (tools/build_gazetteer.py). A division without a point of its own (no cities500 place in it) is placed at its
/// region's centroid.
/// </summary>
internal sealed class Admin2Names
{
    private readonly Dictionary<string, List<District>>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly AffixWords _words;

    private Admin2Names(Dictionary<string, List<District>> byName, AffixWords words)
    {
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
    }

    public int Count => _byName.Dictionary.Count;

    public static Admin2Names Load(string? directory, Gazetteer gazetteer)
    {
        var wordsPath = directory is null ? null : Path.Combine(directory, "admin2_words.tsv");
        var words = wordsPath is not null && File.Exists(wordsPath) ? AffixWords.Load(wordsPath) : AffixWords.None;
        var byName = new Dictionary<string, List<District>>(StringComparer.Ordinal);
        var path = directory is null ? null : Path.Combine(directory, "admin2.tsv.gz");
        if (path is null || !File.Exists(path))
        {
            return new Admin2Names(byName, words); // a gazetteer without divisions: lookups find nothing
        }

        // One string for the file and spans for its fields: the table has about 47,000 rows and is read on the first
        // document that names an unknown place, so it must not cost much more than the gazetteer's own index.
        string content;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            content = reader.ReadToEnd();
        }

        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[512];
        Span<Range> cols = stackalloc Range[6];
        var lineNo = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            lineNo++;
            var line = content.AsSpan(range);
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var code = line[..Math.Max(0, line.IndexOf('\t'))];
            var lastDot = code.LastIndexOf('.');
            if (line.Split(cols, '\t') != 5 || lastDot <= 0 || code[..lastDot].IndexOf('.') <= 0 || line[cols[1]].Length * 2 + 2 > buffer.Length)
            {
                throw new FormatException($"{path}:{lineNo}: expected 5 tab-separated columns (code CC.A1.A2, name, lat, lon, places), got '{line}'.");
            }

            if (gazetteer.Admin1ByCode(code[..lastDot]) is not { } admin1)
            {
                continue; // a division of a region the gazetteer does not list
            }

            var (lat, lon) = line[cols[2]].Length > 0
                ? (double.Parse(line[cols[2]], CultureInfo.InvariantCulture), double.Parse(line[cols[3]], CultureInfo.InvariantCulture))
                : (admin1.CentroidLatitude, admin1.CentroidLongitude);
            var key = words.Strip(buffer[..GazetteerNames.Normalize(line[cols[1]], buffer)]);
            if (key.Length < 3 || double.IsNaN(lat))
            {
                continue;
            }

            if (!lookup.TryGetValue(key, out var list))
            {
                byName[key.ToString()] = list = [];
            }

            if (!list.Exists(d => d.Admin1Key == admin1.Code))
            {
                list.Add(new District(line[cols[1]].ToString(), admin1.CountryIso2, admin1.Code, lat, lon));
            }
        }

        return new Admin2Names(byName, words);
    }

    public IReadOnlyList<District> Lookup(ReadOnlySpan<char> name) => LookupKey(GazetteerNames.Normalize(name));

    /// <summary>Whether <paramref name="word"/> (normalised) is a word divisions carry after their names ("county", "township").</summary>
    public bool IsSuffixWord(ReadOnlySpan<char> word) => _words.IsSuffix(word);

    /// <summary>Lookup of an already normalised name (no allocation).</summary>
    public IReadOnlyList<District> LookupKey(ReadOnlySpan<char> key) =>
        _byName.TryGetValue(_words.Strip(key), out var found) ? found : [];

    /// <summary>The words before and after a division's name, longest first so "provincia del" wins over "provincia de".</summary>
    internal sealed class AffixWords(string[] prefixes, string[] suffixes)
    {
        public static readonly AffixWords None = new([], []);

        public static AffixWords Load(string path)
        {
            var prefixes = new List<string>();
            var suffixes = new List<string>();
            foreach (var (line, lineNo) in Gazetteer.DataLines(path))
            {
                var cols = line.Split('\t');
                var words = cols.Length == 2 ? GazetteerNames.Normalize(cols[1]) : "";
                var target = cols[0] switch { "prefix" => prefixes, "suffix" => suffixes, _ => null };
                if (target is null || words.Length == 0)
                {
                    throw new FormatException($"{path}:{lineNo}: expected 'prefix' or 'suffix', a tab and the words, got '{line}'.");
                }

                target.Add(words);
            }

            return new AffixWords(
                [.. prefixes.OrderByDescending(w => w.Length)],
                [.. suffixes.OrderByDescending(w => w.Length)]);
        }

        public bool IsSuffix(ReadOnlySpan<char> word)
        {
            foreach (var s in suffixes)
            {
                if (word.SequenceEqual(s.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }

        public ReadOnlySpan<char> Strip(ReadOnlySpan<char> key)
        {
            foreach (var p in prefixes)
            {
                if (key.Length > p.Length + 1 && key.StartsWith(p.AsSpan(), StringComparison.Ordinal) && key[p.Length] == ' ')
                {
                    key = key[(p.Length + 1)..];
                    break;
                }
            }

            foreach (var s in suffixes)
            {
                if (key.Length > s.Length + 1 && key.EndsWith(s.AsSpan(), StringComparison.Ordinal) && key[^(s.Length + 1)] == ' ')
                {
                    key = key[..^(s.Length + 1)];
                    break;
                }
            }

            return key;
        }
    }
}
