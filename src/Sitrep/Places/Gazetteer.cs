using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>
/// Countries, first-level divisions and populated places, looked up by normalised name
/// (<see cref="GazetteerNames.Normalize(ReadOnlySpan{char})"/>). Loaded once (<see cref="Default"/>) from
/// data/gazetteer: countries.tsv, admin1.tsv, places.tsv.gz (built by tools/build_gazetteer.py) and the
/// user-extensible aliases.tsv. Thread-safe after loading: nothing changes.
/// </summary>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> _default = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameTable _names;
    private readonly Dictionary<string, int> _admin1ByKey;
    private readonly Dictionary<string, int> _countryByIso2;
    private readonly Dictionary<string, int> _countryByIso3;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _demonyms;
    private readonly Lazy<Dictionary<int, int>> _placeById;
    private readonly Lazy<SkeletonIndex> _skeletons;
    private readonly Lazy<Dictionary<string, List<int>>> _variants;

    // Where the files read on first use (admin2.tsv.gz) lie; null for a gazetteer built in memory.
    private string? _directory;

    private Gazetteer(
        ImmutableArray<Country> countries,
        ImmutableArray<Admin1Division> admin1,
        GazetteerPlaces places,
        NameTable names,
        Dictionary<string, int> demonyms)
    {
        Countries = countries;
        Admin1 = admin1;
        Places = places;
        _names = names;
        _skeletons = new Lazy<SkeletonIndex>(BuildSkeletons, LazyThreadSafetyMode.ExecutionAndPublication);
        _variants = new Lazy<Dictionary<string, List<int>>>(BuildVariants, LazyThreadSafetyMode.ExecutionAndPublication);
        _demonyms = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _admin1ByKey = new Dictionary<string, int>(admin1.Length, StringComparer.Ordinal);
        for (var i = 0; i < admin1.Length; i++)
        {
            _admin1ByKey[admin1[i].Code] = i;
        }

        _countryByIso2 = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _countryByIso3 = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < countries.Length; i++)
        {
            _countryByIso2[countries[i].Iso2] = i;
            _countryByIso3[countries[i].Iso3] = i;
        }

        // Only the capitals are made at load; the places read from the index are made when first asked for.
        for (var i = 0; i < places.Length; i++)
        {
            if (places.FeatureCodeAt(i) == "PPLC" && _countryByIso2.TryGetValue(places[i].CountryIso2, out var c))
            {
                if (countries[c].Capital is null)
                {
                    countries[c].Capital = places[i];
                    countries[c].CapitalIndex = i;
                }
            }
        }

        _placeById = new Lazy<Dictionary<int, int>>(() => IndexById(places), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Dictionary<int, int> IndexById(GazetteerPlaces places)
    {
        var result = new Dictionary<int, int>(places.Length);
        for (var i = 0; i < places.Length; i++)
        {
            result[places.IdAt(i)] = i;
        }

        return result;
    }

    /// <summary>The gazetteer in the data folder, loaded on first use.</summary>
    public static Gazetteer Default => _default.Value;

    public ImmutableArray<Country> Countries { get; }

    public ImmutableArray<Admin1Division> Admin1 { get; }

    public GazetteerPlaces Places { get; }

    public int NameCount => _names.Count;

    /// <summary>Everything the name can mean; empty when unknown. The name is normalised first.</summary>
    public ReadOnlySpan<GazetteerCandidate> Lookup(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 200 ? stackalloc char[name.Length * 2 + 2] : new char[name.Length * 2 + 2];
        var length = GazetteerNames.Normalize(name, buffer);
        return LookupKey(buffer[..length]);
    }

    /// <summary>Lookup of an already normalised key (no allocation).</summary>
    public ReadOnlySpan<GazetteerCandidate> LookupKey(scoped ReadOnlySpan<char> key) =>
        _names.Lookup(key);

    /// <summary>
    /// Populated places whose name has the same <see cref="GazetteerNames.WordSkeleton"/> as <paramref name="name"/>:
    /// other romanisations of the same name. The index is built on first use. Only for names of five letters or more
    /// (<see cref="_minFuzzyLetters"/>) with three consonants or more, and only names of as many words.
    /// </summary>
    public IReadOnlyList<int> LookupSkeleton(ReadOnlySpan<char> name)
    {
        var key = GazetteerNames.Normalize(name);
        var skeleton = GazetteerNames.WordSkeleton(key);
        return key.Length >= _minFuzzyLetters && Consonants(skeleton) >= _minSkeletonConsonants &&
            _skeletons.Value.TryGetValue(skeleton, out var places) ? places : [];
    }

    /// <summary>
    /// A skeleton reading (<see cref="LookupSkeleton"/>) needs a name of five letters or more: shorter ones share
    /// their consonants with too many places (a misspelling, <see cref="LookupMisspelt"/>, six).
    /// </summary>
    private const int _minFuzzyLetters = 5;

    private const int _minMisspeltLetters = 6;

    /// <summary>A skeleton of fewer consonants (a place's, or a district's: <see cref="LookupDistrict"/>) is shared by too many names to read one.</summary>
    private const int _minSkeletonConsonants = 3;

    /// <summary>The consonants of a word skeleton, without its word breaks.</summary>
    private static int Consonants(string skeleton) => skeleton.Length - skeleton.AsSpan().Count(' ');

    /// <summary>
    /// Populated places whose name has the same <see cref="TransliterationVariants"/> key as <paramref name="name"/>
    /// ("Ajdabiya" for Ijdabiya, "Tall Tamr" for Tal Tamr, "Kyaukpyu" for Kyaukphyu); empty for a key of fewer than
    /// three consonants, which too many names share. The index is built on first use.
    /// </summary>
    public IReadOnlyList<int> LookupVariant(ReadOnlySpan<char> name)
    {
        var variant = TransliterationVariants.Default.Key(GazetteerNames.Normalize(name));
        return TransliterationVariants.Consonants(variant) >= 3 && _variants.Value.TryGetValue(variant, out var places) ? places : [];
    }

    private Dictionary<string, List<int>> BuildVariants()
    {
        var variants = TransliterationVariants.Default;
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var slot = 0; slot < _names.Count; slot++)
        {
            string? variant = null;
            foreach (var c in _names.CandidatesAt(slot))
            {
                if (c.Kind != PlaceKind.PopulatedPlace)
                {
                    continue;
                }

                variant ??= variants.Key(_names.KeyAt(slot));
                if (TransliterationVariants.Consonants(variant) < 3)
                {
                    break; // never looked up (see LookupVariant): not worth its memory
                }

                if (!result.TryGetValue(variant, out var places))
                {
                    result[variant] = places = [];
                }

                if (!places.Contains(c.Index))
                {
                    places.Add(c.Index);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Populated places whose name is one slip away from <paramref name="name"/> ("Svitodarsk" for Svitlodarsk,
    /// "Luhanks" for Luhansk, "Stanysa Luganska" for Stanytsia Luhanska): their <see cref="GazetteerNames.Skeleton"/>
    /// differs by one consonant (inserted, dropped, changed or two swapped) and their own name by one letter (two in
    /// names of ten letters or more, three from fourteen, for towns of 5,000 or more: villages are more often missing
    /// from the gazetteer than misspelt).
    /// Only for names of six letters or more; a linear scan of the skeleton index, so only for names the words around
    /// them introduce as places and the gazetteer does not know.
    /// </summary>
    public IReadOnlyList<int> LookupMisspelt(ReadOnlySpan<char> name)
    {
        var key = GazetteerNames.Normalize(name);
        var skeleton = GazetteerNames.WordSkeleton(key);
        if (key.Length < _minMisspeltLetters || Consonants(skeleton) < 4)
        {
            return [];
        }

        var words = GazetteerNames.WordCount(key);

        var result = new List<int>();
        var index = _skeletons.Value;
        foreach (var slot in index.Near(skeleton))
        {
            var places = index.PlacesAt(slot);
            foreach (var p in places)
            {
                // Long names take more slips; villages are more often missing than misspelt: one letter at most.
                var limit = Places[p].Population < 5000 || key.Length < 10 ? 1 : key.Length < 14 ? 2 : 3;
                // A slip is of letters, never of a word boundary ("Lunda Norte" / "Lundanorte").
                var placeKey = GazetteerNames.Normalize(Places[p].Name);
                if (!result.Contains(p) && GazetteerNames.WordCount(placeKey) == words && EditDistanceAtMost(key, placeKey, limit))
                {
                    result.Add(p);
                }
            }
        }

        return result;
    }

    private static bool EditDistanceAtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        // Optimal string alignment, rows of the full table: names are short.
        var prev2 = new int[b.Length + 1];
        var prev = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                row[j] = Math.Min(Math.Min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    row[j] = Math.Min(row[j], prev2[j - 2] + 1);
                }
            }

            (prev2, prev, row) = (prev, row, prev2);
        }

        return prev[b.Length] <= limit;
    }

    private SkeletonIndex BuildSkeletons()
    {
        var result = new SkeletonIndex();
        for (var slot = 0; slot < _names.Count; slot++)
        {
            string? key = null;
            string? skeleton = null;
            foreach (var c in _names.CandidatesAt(slot))
            {
                if (c.Kind != PlaceKind.PopulatedPlace)
                {
                    continue;
                }

                key ??= _names.KeyAt(slot);
                if (!IsLatin(key))
                {
                    break;
                }

                skeleton ??= GazetteerNames.WordSkeleton(key);
                result.Add(skeleton, c.Index);
            }
        }

        return result.Freeze();
    }

    private static bool IsLatin(string key)
    {
        foreach (var c in key)
        {
            if (c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    public Country? CountryByIso2(string iso2) => _countryByIso2.TryGetValue(iso2, out var i) ? Countries[i] : null;

    public Country? CountryByIso3(string iso3) => _countryByIso3.TryGetValue(iso3, out var i) ? Countries[i] : null;

    /// <summary>The country of a demonym ("Ukrainian", "North Korean"), by normalised key.</summary>
    public Country? CountryByDemonym(ReadOnlySpan<char> demonym)
    {
        Span<char> buffer = demonym.Length <= 100 ? stackalloc char[demonym.Length * 2 + 2] : new char[demonym.Length * 2 + 2];
        var length = GazetteerNames.Normalize(demonym, buffer);
        return _demonyms.TryGetValue(buffer[..length], out var i) ? Countries[i] : null;
    }

    /// <summary>A first-level division by GeoNames code ("UA.07").</summary>
    public Admin1Division? Admin1ByCode(string code) => _admin1ByKey.TryGetValue(code, out var i) ? Admin1[i] : null;

    /// <summary><see cref="Admin1ByCode(string)"/> for a code inside a longer text (no allocation).</summary>
    public Admin1Division? Admin1ByCode(ReadOnlySpan<char> code) =>
        _admin1ByKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var i) ? Admin1[i] : null;

    public Admin1Division? Admin1Of(GazetteerPlace place) => Admin1ByCode(place.Admin1Key);

    public GazetteerPlace? PlaceById(int id) => _placeById.Value.TryGetValue(id, out var i) ? Places[i] : null;

    /// <summary>The resolved form of a candidate: names, codes and coordinates (4 decimals).</summary>
    public ResolvedPlace Resolve(GazetteerCandidate candidate)
    {
        switch (candidate.Kind)
        {
            case PlaceKind.Country:
                {
                    var country = Countries[candidate.Index];
                    var capital = country.Capital;
                    return new ResolvedPlace(PlaceKind.Country, country.Name, country.Name, country.Iso3, null, null, null,
                        Round(capital?.Latitude ?? double.NaN), Round(capital?.Longitude ?? double.NaN), null, null, 0)
                    { CountryIso2 = country.Iso2 };
                }

            case PlaceKind.Admin1:
                {
                    var admin1 = Admin1[candidate.Index];
                    var country = CountryByIso2(admin1.CountryIso2);
                    // ACLED: a region-only location goes to the provincial capital.
                    var lat = double.IsNaN(admin1.CapitalLatitude) ? admin1.CentroidLatitude : admin1.CapitalLatitude;
                    var lon = double.IsNaN(admin1.CapitalLongitude) ? admin1.CentroidLongitude : admin1.CapitalLongitude;
                    return new ResolvedPlace(PlaceKind.Admin1, admin1.AcledName, country?.Name ?? admin1.CountryIso2,
                        country?.Iso3 ?? "", admin1.AcledName, admin1.GeoNamesName, null, Round(lat), Round(lon), null, "ADM1", 0)
                    { Admin1Code = admin1.Code, CountryIso2 = admin1.CountryIso2 };
                }

            default:
                {
                    var place = Places[candidate.Index];
                    var country = CountryByIso2(place.CountryIso2);
                    var admin1 = Admin1Of(place);
                    return new ResolvedPlace(PlaceKind.PopulatedPlace, AsciiPlaceNames.Fold(place.Name), country?.Name ?? place.CountryIso2,
                        country?.Iso3 ?? "", AcledAdmin1(admin1, place.Admin2Name), admin1?.GeoNamesName,
                        place.Admin2Name.Length == 0 ? null : AsciiPlaceNames.Fold(place.Admin2Name), Round(place.Latitude), Round(place.Longitude),
                        place.GeonameId, place.FeatureCode, place.Population)
                    { Admin1Code = place.Admin1Key, CountryIso2 = place.CountryIso2, ApproximateCoordinates = place.ApproximateCoordinates };
                }
        }
    }

    private static double Round(double value) => double.IsNaN(value) ? value : Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Loads the gazetteer from <paramref name="directory"/> (default: data/gazetteer): from the precompiled index
    /// (<see cref="IndexFileName"/>) when it was built from the current source files, else from the sources, writing
    /// the index for the next load.
    /// </summary>
    public static Gazetteer Load(string? directory = null)
    {
        directory ??= Path.GetDirectoryName(DataFiles.Require("gazetteer/places.tsv.gz"))!;
        var gazetteer = TryLoadIndex(directory) ?? LoadSourcesAndWriteIndex(directory);
        gazetteer._directory = directory;
        return gazetteer;
    }

    /// <summary>Loads the gazetteer from its source files (TSV), ignoring any precompiled index.</summary>
    public static Gazetteer LoadSources(string directory)
    {
        var names = new NameIndexBuilder(300_000);
        var demonyms = new Dictionary<string, int>(StringComparer.Ordinal);

        var countries = LoadCountries(Path.Combine(directory, "countries.tsv"), names, demonyms);
        var admin1 = LoadAdmin1(Path.Combine(directory, "admin1.tsv"), names);
        var places = LoadPlaces(Path.Combine(directory, "places.tsv.gz"), names);

        var aliasesPath = Path.Combine(directory, "aliases.tsv");
        if (File.Exists(aliasesPath))
        {
            LoadAliases(aliasesPath, names, countries, admin1, places);
        }

        var (index, ranges, candidates) = names.Build();
        var keys = new string[index.Count];
        foreach (var (key, slot) in index)
        {
            keys[slot] = key;
        }

        return new Gazetteer(countries, admin1, new GazetteerPlaces([.. places]), NameTable.FromStrings(keys, ranges, candidates), demonyms)
        {
            _directory = directory,
        };
    }

    private static ImmutableArray<Country> LoadCountries(string path, NameIndexBuilder? names, Dictionary<string, int> demonyms)
    {
        var result = ImmutableArray.CreateBuilder<Country>();
        foreach (var (line, lineNo) in DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length != 6)
            {
                throw new FormatException($"{path}:{lineNo}: expected 6 tab-separated columns (iso2, iso3, numeric, name, aliases, demonyms), got {cols.Length}.");
            }

            var index = result.Count;
            var aliases = SplitList(cols[4]);
            var demonymList = SplitList(cols[5]);
            result.Add(new Country(cols[0], cols[1], cols[2], cols[3], aliases, demonymList));
            var candidate = new GazetteerCandidate(PlaceKind.Country, index, NameSource.Primary);
            names?.Add(cols[3], candidate);
            foreach (var alias in names is null ? [] : aliases)
            {
                names!.Add(alias, candidate with { Source = NameSource.Curated });
            }

            foreach (var demonym in demonymList)
            {
                demonyms.TryAdd(GazetteerNames.Normalize(demonym), index);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<Admin1Division> LoadAdmin1(string path, NameIndexBuilder? names)
    {
        var result = ImmutableArray.CreateBuilder<Admin1Division>(4000);
        foreach (var (line, lineNo) in DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{path}:{lineNo}: expected 10 tab-separated columns, got {cols.Length}.");
            }

            var index = result.Count;
            var aliases = SplitList(cols[9]);
            // ACLED's admin1 column is plain ASCII ("Izmir", "Ouham-Pende"); the key index folds diacritics anyway.
            result.Add(new Admin1Division(cols[0], cols[1], AsciiPlaceNames.Fold(cols[2]), cols[3],
                cols[4].Length == 0 ? null : ParseInt(cols[4], path, lineNo),
                ParseCoordinate(cols[5], path, lineNo), ParseCoordinate(cols[6], path, lineNo),
                ParseCoordinate(cols[7], path, lineNo), ParseCoordinate(cols[8], path, lineNo), aliases));
            var candidate = new GazetteerCandidate(PlaceKind.Admin1, index, NameSource.Primary);
            names?.Add(cols[2], candidate);
            foreach (var alias in names is null ? [] : aliases)
            {
                names!.Add(alias, candidate with { Source = NameSource.Curated });
            }
        }

        return result.ToImmutable();
    }

    private static List<GazetteerPlace> LoadPlaces(string path, NameIndexBuilder names)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gazetteer file '{path}' is missing; run tools/build_gazetteer.py.", path);
        }

        var result = new List<GazetteerPlace>(90_000);
        string all;
        using (var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        using (var reader = new StreamReader(stream, bufferSize: 1 << 16))
        {
            // One string for the whole file and spans into it: no string per line.
            all = reader.ReadToEnd();
        }

        var lineNo = 0;
        Span<Range> cols = stackalloc Range[11];
        foreach (var lineRange in all.AsSpan().Split('\n'))
        {
            lineNo++;
            var span = all.AsSpan(lineRange);
            if (span.Length == 0 || span[0] == '#')
            {
                continue;
            }

            if (span.Split(cols, '\t') != 10)
            {
                throw new FormatException($"{path}:{lineNo}: expected 10 tab-separated columns.");
            }

            var feature = span[cols[4]];
            var approximate = feature.EndsWith("~");
            var name = span[cols[1]].ToString();
            var place = new GazetteerPlace(
                ParseInt(span[cols[0]], path, lineNo),
                name,
                ParseCoordinate(span[cols[2]], path, lineNo),
                ParseCoordinate(span[cols[3]], path, lineNo),
                Intern(approximate ? feature[..^1] : feature),
                Intern(span[cols[5]]),
                Intern(span[cols[6]]),
                Intern(span[cols[7]]),
                span[cols[8]].Length == 0 ? 0 : ParseInt(span[cols[8]], path, lineNo),
                approximate);
            var index = result.Count;
            result.Add(place);
            var candidate = new GazetteerCandidate(PlaceKind.PopulatedPlace, index, NameSource.Primary);
            names.Add(name, candidate, sequential: true);
            var alternates = span[cols[9]];
            foreach (var range in alternates.Split('|'))
            {
                var alternate = alternates[range];
                if (alternate.Length > 0)
                {
                    names.Add(alternate, candidate with { Source = NameSource.Alternate }, sequential: true);
                }
            }
        }

        return result;
    }

    /// <summary>aliases.tsv: alias, target name or GeoNames id, kind (place|admin1|country), country iso2, flags.</summary>
    private static void LoadAliases(
        string path,
        NameIndexBuilder names,
        ImmutableArray<Country> countries,
        ImmutableArray<Admin1Division> admin1,
        List<GazetteerPlace> places)
    {
        foreach (var (line, lineNo) in DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length is < 4 or > 5)
            {
                throw new FormatException($"{path}:{lineNo}: expected alias, target, kind, country[, flags]; got {cols.Length} columns.");
            }

            var (alias, target, kindText, iso2) = (cols[0].Trim(), cols[1].Trim(), cols[2].Trim(), cols[3].Trim());
            var preferred = cols.Length == 5 && cols[4].Contains("preferred", StringComparison.OrdinalIgnoreCase);
            var kind = kindText switch
            {
                "place" => PlaceKind.PopulatedPlace,
                "admin1" => PlaceKind.Admin1,
                "country" => PlaceKind.Country,
                _ => throw new FormatException($"{path}:{lineNo}: kind must be place, admin1 or country, not '{kindText}'."),
            };
            var targetIndex = FindAliasTarget(target, kind, iso2, names, countries, admin1, places);
            if (targetIndex < 0)
            {
                throw new FormatException($"{path}:{lineNo}: alias target '{target}' ({kindText}, {iso2}) is not in the gazetteer.");
            }

            names.Add(alias, new GazetteerCandidate(kind, targetIndex, preferred ? NameSource.Primary : NameSource.Curated));
            if (preferred && kind == PlaceKind.PopulatedPlace)
            {
                places[targetIndex] = places[targetIndex] with { Name = alias };
            }
        }
    }

    private static int FindAliasTarget(
        string target,
        PlaceKind kind,
        string iso2,
        NameIndexBuilder names,
        ImmutableArray<Country> countries,
        ImmutableArray<Admin1Division> admin1,
        List<GazetteerPlace> places)
    {
        if (kind == PlaceKind.PopulatedPlace && int.TryParse(target, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            for (var i = 0; i < places.Count; i++)
            {
                if (places[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        var best = -1;
        var bestRank = long.MinValue;
        foreach (var candidate in names.Find(GazetteerNames.Normalize(target)))
        {
            if (candidate.Kind != kind)
            {
                continue;
            }

            var country = kind switch
            {
                PlaceKind.Country => countries[candidate.Index].Iso2,
                PlaceKind.Admin1 => admin1[candidate.Index].CountryIso2,
                _ => places[candidate.Index].CountryIso2,
            };
            if (iso2.Length > 0 && !string.Equals(country, iso2, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            long rank = (candidate.Source == NameSource.Primary ? 1L << 40 : 0) +
                (kind == PlaceKind.PopulatedPlace ? places[candidate.Index].Population : 0);
            if (rank > bestRank)
            {
                (best, bestRank) = (candidate.Index, rank);
            }
        }

        return best;
    }

    internal static IEnumerable<(string Line, int LineNo)> DataLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gazetteer file '{path}' is missing.", path);
        }

        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return (line, lineNo);
        }
    }

    private static ImmutableArray<string> SplitList(string text) =>
        text.Length == 0 ? [] : [.. text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _interned =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Intern(ReadOnlySpan<char> value)
    {
        lock (_interned.Dictionary)
        {
            if (!_interned.TryGetValue(value, out var s))
            {
                s = value.ToString();
                _interned[value] = s;
            }

            return s;
        }
    }

    private static int ParseInt(ReadOnlySpan<char> text, string path, int lineNo) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}:{lineNo}: '{text}' is not an integer.");

    private static double ParseCoordinate(ReadOnlySpan<char> text, string path, int lineNo) =>
        text.Length == 0
            ? double.NaN
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"{path}:{lineNo}: '{text}' is not a coordinate.");
}
