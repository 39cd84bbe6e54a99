namespace Sitrep.Places;

/// <summary>
/// The parts ACLED divides some first-level divisions into (Myanmar's Shan State into Shan-North, Shan-South and
/// Shan-East), by second-level division: admin1_parts.tsv, written by tools/build_gazetteer.py from the hand list
/// admin1_splits.tsv. A place or district of such a division reports its part's name as its ACLED admin1; the
/// division itself (and containment checks, which use GeoNames codes) stays whole.
/// </summary>
internal sealed class Admin1Parts
{
    public const string FileName = "admin1_parts.tsv";

    private readonly Dictionary<(string Admin1Code, string Admin2Name), string> _names;

    private Admin1Parts(Dictionary<(string Admin1Code, string Admin2Name), string> names) => _names = names;

    public static Admin1Parts None { get; } = new([]);

    public int Count => _names.Count;

    /// <summary>The ACLED name of the part holding <paramref name="admin2Name"/>, or null when the division is whole.</summary>
    public string? NameOf(string admin1Code, string? admin2Name) =>
        string.IsNullOrEmpty(admin2Name) || _names.Count == 0 ? null : _names.GetValueOrDefault((admin1Code, admin2Name));

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/>; none when the file is absent.</summary>
    public static Admin1Parts Load(string? directory, Gazetteer gazetteer)
    {
        var path = directory is null ? null : Path.Combine(directory, FileName);
        if (path is null || !File.Exists(path))
        {
            return None;
        }

        var names = new Dictionary<(string, string), string>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 3 || cols.Any(c => c.Trim().Length == 0))
            {
                throw new FormatException($"{path}:{lineNo}: expected 3 tab-separated columns (admin1 code, admin2 name, ACLED name), got '{line}'.");
            }

            if (gazetteer.Admin1ByCode(cols[0]) is null)
            {
                throw new FormatException($"{path}:{lineNo}: no first-level division '{cols[0]}' in the gazetteer.");
            }

            names[(cols[0], cols[1])] = cols[2];
        }

        return new Admin1Parts(names);
    }
}
