namespace Sitrep.Places;

/// <summary>
/// A second-level division (raion, rayon, district) as far as the gazetteer knows it: its first-level division and
/// approximate coordinates (the mean of its places, or its administrative centre's).
/// </summary>
public sealed record District(string Name, string CountryIso2, string Admin1Key, double Latitude, double Longitude);

public sealed partial class Gazetteer
{
    private static readonly string[] _districtTypeWords = ["raion", "rayon", "rajon", "district", "miskrada", "mis krada", "urban", "okrug", "city council", "gorsovet"];

    // Built on first use; a race builds it twice, harmlessly (the result is the same and the reference write atomic).
    private Dictionary<string, List<District>>? _districts;
    private Admin2Names? _admin2;
    private Admin1Parts? _admin1Parts;
    // The reserve is the costly one (decompressing 2.9 MiB): parallel analysis loads it once, under a lock.
    private ReservePlaces? _reserve;
    private object? _reserveLock;

    /// <summary>
    /// Second-level divisions whose name is exactly <paramref name="name"/> once the words divisions carry around their
    /// names are set aside (admin2_words.tsv: "Masisi territory" is GeoNames' "Masisi Territory", "Northern Samar" its
    /// "Province of Northern Samar"). Unlike <see cref="LookupDistrict"/> this is an exact match, so short names are safe,
    /// and it knows every GeoNames division (admin2.tsv.gz), also those no populated place of the gazetteer lies in.
    /// </summary>
    public IReadOnlyList<District> LookupAdmin2(ReadOnlySpan<char> name) => Admin2Index.Lookup(name);

    /// <summary><see cref="LookupAdmin2"/> of an already normalised name (no allocation).</summary>
    public IReadOnlyList<District> LookupAdmin2Key(ReadOnlySpan<char> key) => Admin2Index.LookupKey(key);

    /// <summary>
    /// Whether a word after a name marks it as a division ("Turkana county", "Tabayin township"): one of the words
    /// divisions carry after their names (admin2_words.tsv), lower case.
    /// </summary>
    internal bool IsDivisionSuffixWord(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[(2 * word.Length) + 2];
        return word.Length is > 0 and <= 24 && Admin2Index.IsSuffixWord(key[..GazetteerNames.Normalize(word, key)]);
    }

    private Admin2Names Admin2Index => _admin2 ??= Admin2Names.Load(_directory, this);

    /// <summary>
    /// The settlement called <paramref name="name"/> among those the gazetteer leaves out (<see cref="ReservePlaces"/>)
    /// in first-level division <paramref name="admin1Key"/> (CC.A1): only for a settlement the text already puts in
    /// that division, never a reading of a name on its own.
    /// </summary>
    public ReservePlace? LookupReserve(string admin1Key, ReadOnlySpan<char> name) =>
        LazyInitializer.EnsureInitialized(ref _reserve, ref _reserveLock, () => ReservePlaces.Load(_directory)).Find(admin1Key, name);

    private Admin1Parts Admin1PartsIndex => _admin1Parts ??= Admin1Parts.Load(_directory, this);

    /// <summary>
    /// The ACLED admin1 name of a place or district of <paramref name="admin1"/> in second-level division
    /// <paramref name="admin2Name"/>: the division's own, or the part ACLED splits it into (Lashio District: Shan-North).
    /// </summary>
    public string? AcledAdmin1(Admin1Division? admin1, string? admin2Name) =>
        admin1 is null ? null : Admin1PartsIndex.NameOf(admin1.Code, admin2Name) ?? admin1.AcledName;

    /// <summary>
    /// Districts a name can mean ("Yasinovatsky", "Shakhtersky", "Popasnyansky", "Lutuginsky"): second-level divisions
    /// named in the gazetteer's places, and districts named after their centre town, which is how most raions are
    /// named (Yasynuvata -> Yasynuvatskyi, Marinka -> Marinskyi, Polohy -> Polohivskyi). Matching uses the
    /// romanisation-insensitive <see cref="GazetteerNames.Skeleton"/> with the adjectival ending -sky(i) removed, so
    /// the Russian and Ukrainian forms meet. Built on first use.
    /// </summary>
    public IReadOnlyList<District> LookupDistrict(ReadOnlySpan<char> name)
    {
        var index = _districts ??= BuildDistricts();
        var skeleton = GazetteerNames.Skeleton(StripDistrictWords(GazetteerNames.Normalize(name)));
        foreach (var key in DistrictQueryKeys(skeleton))
        {
            if (Consonants(key) >= _minSkeletonConsonants && index.TryGetValue(key, out var found))
            {
                return found;
            }
        }

        return [];
    }

    /// <summary>The name itself, then without the adjectival ending (-sk), then without the -iv/-ov before it too.</summary>
    private static IEnumerable<string> DistrictQueryKeys(string skeleton)
    {
        yield return skeleton;
        if (skeleton.EndsWith("sk", StringComparison.Ordinal))
        {
            var stem = skeleton[..^2];
            yield return stem;
            if (stem.EndsWith('v'))
            {
                yield return stem[..^1];
            }
        }
    }

    private static string StripDistrictWords(string key)
    {
        foreach (var word in _districtTypeWords)
        {
            if (key.EndsWith(" " + word, StringComparison.Ordinal))
            {
                return key[..^(word.Length + 1)];
            }
        }

        return key;
    }

    private Dictionary<string, List<District>> BuildDistricts()
    {
        var result = new Dictionary<string, List<District>>(StringComparer.Ordinal);
        var groups = new Dictionary<(string Admin1Key, string Admin2), (double Lat, double Lon, int Count)>();
        foreach (var p in Places)
        {
            if (p.Admin2Name.Length > 0)
            {
                var k = (p.Admin1Key, p.Admin2Name);
                var (lat, lon, count) = groups.GetValueOrDefault(k);
                groups[k] = (lat + p.Latitude, lon + p.Longitude, count + 1);
            }
        }

        foreach (var ((admin1Key, admin2), (lat, lon, count)) in groups)
        {
            var key = GazetteerNames.Skeleton(StripDistrictWords(GazetteerNames.Normalize(admin2)));
            Add(result, key, new District(admin2, admin1Key[..2], admin1Key, lat / count, lon / count));
        }

        // Districts named after their centre: towns large enough to be one (or marked as a seat), under their name
        // and without a final -k/-kh, which the adjective drops (Marinka -> Marinskyi, Volnovakha -> Volnovaskyi).
        foreach (var p in Places)
        {
            if (p.Population < 5000 && p.FeatureCode is not ("PPLA" or "PPLA2" or "PPLA3"))
            {
                continue;
            }

            var skeleton = GazetteerNames.Skeleton(GazetteerNames.Normalize(p.Name));
            var district = new District(p.Name + " district", p.CountryIso2, p.Admin1Key, p.Latitude, p.Longitude);
            Add(result, skeleton, district);
            if (skeleton.Length > 3 && skeleton[^1] is 'k' or 'h')
            {
                Add(result, skeleton[..^1], district);
            }
        }

        return result;
    }

    /// <summary>Files <paramref name="district"/> under <paramref name="key"/>, once per first-level division (the first one found).</summary>
    private static void Add(Dictionary<string, List<District>> index, string key, District district)
    {
        if (Consonants(key) < _minSkeletonConsonants)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Exists(d => d.Admin1Key == district.Admin1Key))
        {
            list.Add(district);
        }
    }
}
