using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>The role a word plays around a place name (data/gazetteer/place_cues.tsv).</summary>
public enum CueRole : byte
{
    In,
    Near,
    Outskirts,
    Direction,
    Type,
    Region,
    District,
    Area,

    /// <summary>After a name: a street, avenue or square named after a place ("Pokrovska street"), not the place.</summary>
    Street,

    /// <summary>
    /// After a name: armed men the name labels ("Fano militants", "Idlib rebels"): a group's name or where its members
    /// come from, not where the event is.
    /// </summary>
    Fighters,

    /// <summary>
    /// Ending a capitalised name after a place: a facility in that place ("Islamabad High Court", "Kabul International
    /// Airport"), so the place is read although a capitalised word follows it.
    /// </summary>
    Facility,

    /// <summary>
    /// After a hyphenated pair of names: a road between two places ("the Juba-Nimule road", "the Kabul-Jalalabad
    /// highway"); the event is on the road out of the first place, near it.
    /// </summary>
    Route,

    /// <summary>
    /// Right before a city's name: its metropolitan area ("Greater Khartoum", "the Gran Rosario area"); the city is
    /// read and the event placed near it.
    /// </summary>
    Metro,
}

/// <summary>A cue phrase as lower-case tokens.</summary>
public sealed record PlaceCue(ImmutableArray<string> Tokens, CueRole Role);

/// <summary>
/// A name for part of a country that is not a first-level division ("Donbas", "eastern Ukraine"), with the
/// divisions it covers (ACLED names) and where it was read (for error messages).
/// </summary>
public sealed record MacroRegion(ImmutableArray<string> Tokens, string CountryIso2, ImmutableArray<string> Admin1Names, bool InCountryOnly, string Source);

/// <summary>
/// Words the geocoder reads around names: cue phrases (place_cues.tsv) and the stoplist of capitalised common
/// words that are also place names (stoplist.tsv).
/// </summary>
public sealed class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> _default = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _stop;
    private readonly Dictionary<string, CueRole>.AlternateLookup<ReadOnlySpan<char>> _after;

    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _regionWordCountries;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _seatWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _metroWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _approximators;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _unitsKm;

    private PlaceLexicon(ImmutableArray<PlaceCue> before, Dictionary<string, CueRole> after, Dictionary<string, bool> stop, ImmutableArray<MacroRegion> macroRegions,
        Dictionary<string, HashSet<string>> regionWordCountries, HashSet<string> connectors, HashSet<string> seatWords, DistanceWords distance)
    {
        _approximators = distance.Approximators.GetAlternateLookup<ReadOnlySpan<char>>();
        _unitsKm = distance.UnitsKm.GetAlternateLookup<ReadOnlySpan<char>>();
        _seatWords = seatWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Before = before;
        _connectors = connectors.GetAlternateLookup<ReadOnlySpan<char>>();
        // The geocoder asks of nearly every token whether it is one: a set, not a walk through the cues.
        _metroWords = before.Where(c => c.Role == CueRole.Metro && c.Tokens.Length == 1).Select(c => c.Tokens[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _regionWordCountries = regionWordCountries.GetAlternateLookup<ReadOnlySpan<char>>();
        MacroRegions = macroRegions;
        _after = after.GetAlternateLookup<ReadOnlySpan<char>>();
        _stop = stop.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PlaceLexicon Default => _default.Value;

    /// <summary>Cues that come before a name, longest first so "on the outskirts of" wins over "outskirts of".</summary>
    public ImmutableArray<PlaceCue> Before { get; }

    /// <summary>Parts of countries that say which regions an article is about (macro_regions.tsv; empty when absent).</summary>
    public ImmutableArray<MacroRegion> MacroRegions { get; }

    /// <summary>The role of a word that follows a name ("region", "district", "area", "street"), if any.</summary>
    public CueRole? After(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _after.TryGetValue(lower, out var role) ? role : null;
    }

    /// <summary>
    /// Whether the country calls its first-level divisions by this region word ("state" in Nigeria, not in Benin);
    /// null when the word says nothing about countries ("region") (region_words.tsv).
    /// </summary>
    public bool? CountryUsesRegionWord(ReadOnlySpan<char> word, string countryIso2)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _regionWordCountries.TryGetValue(lower, out var countries) ? countries.Contains(countryIso2) : null;
    }

    /// <summary>
    /// A lower-case word inside a place name ("del" in "Maguindanao del Sur", "de" in "Rio de Janeiro"); from the
    /// 'connector' rows of place_cues.tsv.
    /// </summary>
    public bool IsNameConnector(ReadOnlySpan<char> word) => _connectors.Contains(word);

    /// <summary>
    /// A lower-case word heading an appositive that calls the name before it a town ("La Paz, the capital of
    /// Honduras's La Paz department", "Natal, a port city"); from the 'seat' rows of place_cues.tsv.
    /// </summary>
    public bool IsSeatWord(ReadOnlySpan<char> word) => _seatWords.Contains(word);

    /// <summary>A one-word metropolitan-area cue ("Greater", "Gran"; the metro rows of place_cues.tsv), in any case.</summary>
    public bool IsMetroWord(ReadOnlySpan<char> word) => _metroWords.Contains(word);

    /// <summary>
    /// A word an approximate distance opens with ("about 20 km south of", "some 90 km north of"), in any case
    /// (distance_words.tsv): the geocoder reads it into a bearing's cue, and other stages that read distances can ask.
    /// </summary>
    public bool IsDistanceApproximator(ReadOnlySpan<char> word) => _approximators.Contains(word);

    /// <summary>A unit of length after a number ("15 km", "500 metres", "3 miles"), in any case (distance_words.tsv).</summary>
    public bool IsDistanceUnit(ReadOnlySpan<char> word) => _unitsKm.ContainsKey(word);

    /// <summary>Kilometres in one <paramref name="unit"/> ("miles": 1.609344); false when the word is no unit of length.</summary>
    public bool TryKilometresPerUnit(ReadOnlySpan<char> unit, out double kilometres) => _unitsKm.TryGetValue(unit, out kilometres);

    /// <summary>True when the single word is never a place alone (always), or not at a sentence start (initial).</summary>
    public bool IsStopWord(ReadOnlySpan<char> word, bool sentenceInitial)
    {
        word = word.Length > 1 && word[^1] == '.' ? word[..^1] : word; // "No." as "No"
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _stop.TryGetValue(lower, out var always) && (always || sentenceInitial);
    }

    public static PlaceLexicon Load(string? directory = null)
    {
        directory ??= Path.GetDirectoryName(DataFiles.Require("gazetteer/place_cues.tsv"))!;
        var before = new List<PlaceCue>();
        var after = new Dictionary<string, CueRole>(StringComparer.Ordinal);
        var connectors = new HashSet<string>(StringComparer.Ordinal);
        var seatWords = new HashSet<string>(StringComparer.Ordinal);
        var cuesPath = Path.Combine(directory, "place_cues.tsv");
        foreach (var (line, lineNo) in Gazetteer.DataLines(cuesPath))
        {
            var cols = line.Split('\t');
            if (cols.Length == 2 && cols[1] == "connector")
            {
                connectors.Add(cols[0].Trim());
                continue;
            }

            if (cols.Length == 2 && cols[1] == "seat")
            {
                seatWords.Add(cols[0].Trim());
                continue;
            }

            if (cols.Length != 2 || !Enum.TryParse<CueRole>(cols[1], ignoreCase: true, out var role))
            {
                throw new FormatException($"{cuesPath}:{lineNo}: expected 'phrase<TAB>role' with role in|near|outskirts|direction|type|region|district|area|street|fighters|facility|route|metro|connector|seat.");
            }

            var phrase = cols[0].Trim().ToLowerInvariant();
            if (role is CueRole.Region or CueRole.District or CueRole.Area or CueRole.Street or CueRole.Fighters or CueRole.Facility or CueRole.Route)
            {
                if (phrase.Contains(' ', StringComparison.Ordinal))
                {
                    throw new FormatException($"{cuesPath}:{lineNo}: '{phrase}': a cue after a name is one word (the word right after the name is looked up).");
                }

                after[phrase] = role;
            }
            else
            {
                before.Add(new PlaceCue([.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)], role));
            }
        }

        var stop = new Dictionary<string, bool>(StringComparer.Ordinal);
        var stopPath = Path.Combine(directory, "stoplist.tsv");
        foreach (var (line, lineNo) in Gazetteer.DataLines(stopPath))
        {
            var cols = line.Split('\t');
            if (cols.Length != 2 || cols[1] is not ("always" or "initial"))
            {
                throw new FormatException($"{stopPath}:{lineNo}: expected 'word<TAB>always|initial'.");
            }

            stop[cols[0].Trim().ToLowerInvariant()] = cols[1] == "always";
        }

        var macro = ImmutableArray.CreateBuilder<MacroRegion>();
        var macroPath = Path.Combine(directory, "macro_regions.tsv");
        if (File.Exists(macroPath))
        {
            foreach (var (line, lineNo) in Gazetteer.DataLines(macroPath))
            {
                var cols = line.Split('\t');
                if (cols.Length is < 3 or > 4 || cols[1].Trim().Length != 2 || cols[2].Trim().Length == 0 ||
                    (cols.Length == 4 && cols[3].Trim() is not ("" or "in-country")))
                {
                    throw new FormatException($"{macroPath}:{lineNo}: expected 'phrase<TAB>country iso2<TAB>admin1|admin1...[<TAB>in-country]'.");
                }

                macro.Add(new MacroRegion(
                    [.. cols[0].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                    cols[1].Trim().ToUpperInvariant(),
                    [.. cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                    cols.Length == 4 && cols[3].Trim() == "in-country",
                    $"{macroPath}:{lineNo}"));
            }
        }

        var regionWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var regionWordsPath = Path.Combine(directory, "region_words.tsv");
        if (File.Exists(regionWordsPath))
        {
            foreach (var (line, lineNo) in Gazetteer.DataLines(regionWordsPath))
            {
                var cols = line.Split('\t');
                var word = cols[0].Trim().ToLowerInvariant();
                var countries = cols.Length == 2 ? cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (countries.Length == 0 || countries.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
                {
                    throw new FormatException($"{regionWordsPath}:{lineNo}: expected 'word<TAB>ISO2 ISO2 ...' (upper-case alpha-2 codes).");
                }

                if (after.GetValueOrDefault(word) != CueRole.Region)
                {
                    throw new FormatException($"{regionWordsPath}:{lineNo}: '{word}' is not a region word in place_cues.tsv.");
                }

                regionWords[word] = [.. countries];
            }
        }

        before.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        macro.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        return new PlaceLexicon([.. before], after, stop, macro.ToImmutable(), regionWords, connectors, seatWords, LoadDistanceWords(Path.Combine(directory, "distance_words.tsv")));
    }

    private static DistanceWords LoadDistanceWords(string path)
    {
        var words = new DistanceWords(new HashSet<string>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase));
        foreach (var (line, lineNo) in Gazetteer.DataLines(path))
        {
            var cols = line.Split('\t');
            var word = cols[0].Trim();
            if (cols.Length == 2 && cols[1].Trim() == "approximator" && word.Length > 0)
            {
                words.Approximators.Add(word);
            }
            else if (cols.Length == 3 && cols[1].Trim() == "unit" && word.Length > 0 &&
                double.TryParse(cols[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km > 0)
            {
                words.UnitsKm[word] = km;
            }
            else
            {
                throw new FormatException($"{path}:{lineNo}: expected 'word<TAB>approximator' or 'word<TAB>unit<TAB>kilometres per unit'.");
            }
        }

        return words;
    }

    /// <summary>The approximators and the units (with kilometres per unit) of distance_words.tsv.</summary>
    private sealed record DistanceWords(HashSet<string> Approximators, Dictionary<string, double> UnitsKm);
}
