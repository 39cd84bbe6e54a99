using System.Collections.Frozen;
using Sitrep.Common;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>What a dictionary phrase is, as bits: a token can be covered by phrases of several kinds.</summary>
[Flags]
public enum LexiconKind : uint
{
    None = 0,
    CountryName = 1,
    Demonym = 2,
    CountryPlace = 4,
    Title = 8,
    MilitaryUnitWord = 16,
    OrgWord = 32,
    FacilityWord = 64,
    LocWord = 128,
    GpeWord = 256,
    GovernmentSeat = 512,
    Number = 1 << 10,
    VagueNumber = 1 << 11,
    Approximator = 1 << 12,
    Unit = 1 << 13,
    Month = 1 << 14,
    DateWord = 1 << 15,
    PersonNameWord = 1 << 16,
    KnownOrganisation = 1 << 17,

    /// <summary>A word that widens a title without being one ("acting", "deputy", "former"): not an NER feature.</summary>
    TitleModifier = 1 << 18,

    /// <summary>The kinds the NER model sees as features (the model was trained with exactly these).</summary>
    NerFeatures = 1023 | PersonNameWord | KnownOrganisation,
}

/// <summary>A dictionary phrase: its kind, the country it belongs to (ISO3) if any, and its written form.</summary>
public sealed record LexiconEntry(string Phrase, LexiconKind Kind, string? Country, string? Detail, double? Value = null);

/// <summary>
/// The word lists of the language layer (data/language/*.tsv): countries and demonyms, titles, head words of
/// names, seats of government. Phrases are matched over tokens, case-insensitively, by hashing the lower-cased
/// tokens joined by single spaces, so matching allocates nothing.
/// </summary>
public sealed class Lexicon
{
    public const int MaxPhraseTokens = 6;

    private static readonly Lazy<Lexicon> _default = new(() => Load(DataFiles.Root));

    private readonly FrozenDictionary<ulong, LexiconEntry[]> _phrases;

    // The unfinished hashes of the first words of every phrase longer than those words: Mark stops extending a
    // phrase at a token when no phrase goes on from there.
    private readonly FrozenSet<ulong> _openPrefixes;

    private Lexicon(Dictionary<ulong, List<LexiconEntry>> phrases, HashSet<ulong> openPrefixes)
    {
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _openPrefixes = openPrefixes.ToFrozenSet();
    }

    public static Lexicon Default => _default.Value;

    public int Count => _phrases.Count;

    /// <summary>Loads the lists from a data folder (the one with language/countries.tsv...).</summary>
    public static Lexicon Load(string dataRoot)
    {
        var phrases = new Dictionary<ulong, List<LexiconEntry>>();
        var openPrefixes = new HashSet<ulong>();
        void Add(string phrase, LexiconKind kind, string? country, string? detail, double? value = null)
        {
            var key = KeyOf(phrase, openPrefixes);
            if (!phrases.TryGetValue(key, out var list))
            {
                phrases.Add(key, list = []);
            }

            list.Add(new LexiconEntry(phrase, kind, country, detail, value));
        }

        foreach (var (file, line, columns) in Rows(dataRoot, "countries.tsv", 3))
        {
            var kind = columns[2] switch
            {
                "NAME" => LexiconKind.CountryName,
                "DEMONYM" => LexiconKind.Demonym,
                "PLACE" => LexiconKind.CountryPlace,
                _ => throw new InvalidDataException($"{file}:{line}: kind must be NAME, DEMONYM or PLACE, not '{columns[2]}'."),
            };
            Add(columns[0], kind, columns[1], null);
        }

        foreach (var (_, _, columns) in Rows(dataRoot, "demonyms-extra.tsv", 2))
        {
            Add(columns[0], LexiconKind.Demonym, columns[1], null);
        }

        foreach (var (_, _, columns) in Rows(dataRoot, "titles.tsv", 2))
        {
            if (columns[1] == "MODIFIER")
            {
                Add(columns[0], LexiconKind.TitleModifier, null, null);
            }
            else
            {
                Add(columns[0], LexiconKind.Title, null, columns[1]);
            }
        }

        foreach (var (file, line, columns) in Rows(dataRoot, "entity-words.tsv", 2))
        {
            var kind = columns[1] switch
            {
                "MILITARY_UNIT" => LexiconKind.MilitaryUnitWord,
                "ORG" => LexiconKind.OrgWord,
                "FACILITY" => LexiconKind.FacilityWord,
                "LOC" => LexiconKind.LocWord,
                "GPE" => LexiconKind.GpeWord,
                _ => throw new InvalidDataException($"{file}:{line}: kind must be MILITARY_UNIT, ORG, FACILITY, LOC or GPE, not '{columns[1]}'."),
            };
            Add(columns[0], kind, null, null);
        }

        foreach (var (_, _, columns) in Rows(dataRoot, "government-seats.tsv", 3))
        {
            Add(columns[0], LexiconKind.GovernmentSeat, columns[1], columns[2]);
        }

        foreach (var (file, line, columns) in Rows(dataRoot, "quantity-words.tsv", 3))
        {
            var kind = columns[1] switch
            {
                "NUMBER" => LexiconKind.Number,
                "VAGUE" => LexiconKind.VagueNumber,
                "APPROX" => LexiconKind.Approximator,
                "UNIT" => LexiconKind.Unit,
                "MONTH" => LexiconKind.Month,
                "DATE" => LexiconKind.DateWord,
                _ => throw new InvalidDataException($"{file}:{line}: kind must be NUMBER, VAGUE, APPROX, UNIT, MONTH or DATE, not '{columns[1]}'."),
            };
            double? value = columns[2] == "-" ? null
                : double.TryParse(columns[2], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
                : throw new InvalidDataException($"{file}:{line}: value must be a number or '-', not '{columns[2]}'.");
            Add(columns[0], kind, null, null, value);
        }

        foreach (var (_, _, columns) in Rows(dataRoot, "person-names.tsv", 2))
        {
            Add(columns[0], LexiconKind.PersonNameWord, null, null);
        }

        foreach (var (_, _, columns) in Rows(dataRoot, "organisations.tsv", 2))
        {
            Add(columns[0], LexiconKind.KnownOrganisation, null, columns[1] == "-" ? null : columns[1]);
        }

        return new Lexicon(phrases, openPrefixes);
    }

    /// <summary>The entries for exactly the tokens [first, first + count), or an empty list.</summary>
    public ReadOnlySpan<LexiconEntry> Lookup(string text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        var key = KeyOf(text, tokens.Slice(first, count));
        return _phrases.TryGetValue(key, out var entries) ? entries : [];
    }

    /// <summary>The first entry of a kind for exactly these tokens, or null.</summary>
    public LexiconEntry? Find(string text, ReadOnlySpan<Token> tokens, int first, int count, LexiconKind kinds)
    {
        foreach (var entry in Lookup(text, tokens, first, count))
        {
            if ((entry.Kind & kinds) != 0)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Looks up a single word or a phrase given as a string (for rules that already hold the words).</summary>
    public LexiconEntry? Find(string phrase, LexiconKind kinds) => Find(phrase.AsSpan(), kinds);

    /// <summary>As <see cref="Find(string, LexiconKind)"/>, for a slice of a token (no string made).</summary>
    public LexiconEntry? Find(ReadOnlySpan<char> phrase, LexiconKind kinds)
    {
        if (_phrases.TryGetValue(KeyOf(phrase), out var entries))
        {
            foreach (var entry in entries)
            {
                if ((entry.Kind & kinds) != 0)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The value of a number word ("seven", "ninety", "hundred": quantity-words.tsv) when it is a whole number no larger
    /// than <paramref name="max"/>; null for other words.
    /// </summary>
    public int? WholeNumber(ReadOnlySpan<char> word, int max) =>
        Find(word, LexiconKind.Number)?.Value is { } v && v == Math.Floor(v) && v <= max ? (int)v : null;

    /// <summary>
    /// Marks every token with the kinds of the phrases that cover it (longest matches first, all kinds kept).
    /// </summary>
    public void Mark(string text, ReadOnlySpan<Token> tokens, Span<LexiconKind> kinds)
    {
        kinds[..tokens.Length].Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            var hash = FeatureHash.Of([]);
            for (var length = 1; length <= MaxPhraseTokens && i + length <= tokens.Length; length++)
            {
                var token = tokens[i + length - 1];
                if (length > 1)
                {
                    hash = FeatureHash.Add(hash, ' ');
                }

                foreach (var c in text.AsSpan(token.Start, token.Length))
                {
                    hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
                }

                if (_phrases.TryGetValue(FeatureHash.Finish(hash), out var entries))
                {
                    var all = LexiconKind.None;
                    foreach (var entry in entries)
                    {
                        all |= entry.Kind;
                    }

                    for (var j = i; j < i + length; j++)
                    {
                        kinds[j] |= all;
                    }
                }

                if (!_openPrefixes.Contains(hash))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The entries of the phrases starting at token <paramref name="first"/>: <paramref name="entries"/>[L - 1] gets
    /// those of the first L tokens (null when none), for L up to the span's length, hashing each token once. Stops
    /// (leaving the rest null) once no phrase goes on from the words so far, as <see cref="Mark"/> does: the same
    /// answers as <see cref="Lookup"/> for each length, at the cost of one lookup.
    /// </summary>
    internal void EntriesFrom(string text, ReadOnlySpan<Token> tokens, int first, Span<LexiconEntry[]?> entries)
    {
        var hash = FeatureHash.Of([]);
        var canStop = true;
        for (var length = 1; length <= entries.Length && first + length <= tokens.Length; length++)
        {
            var token = tokens[first + length - 1];
            if (length > 1)
            {
                hash = FeatureHash.Add(hash, ' ');
            }

            foreach (var c in text.AsSpan(token.Start, token.Length))
            {
                // A token with a space in it may hold more than one of a phrase's words: no early stop then.
                canStop &= c != ' ';
                hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
            }

            entries[length - 1] = _phrases.TryGetValue(FeatureHash.Finish(hash), out var found) ? found : null;
            if (canStop && token.Length > 0 && !_openPrefixes.Contains(hash))
            {
                break;
            }
        }
    }

    internal static ulong KeyOf(string text, ReadOnlySpan<Token> tokens)
    {
        var hash = FeatureHash.Of([]);
        for (var t = 0; t < tokens.Length; t++)
        {
            if (t > 0)
            {
                hash = FeatureHash.Add(hash, ' ');
            }

            foreach (var c in text.AsSpan(tokens[t].Start, tokens[t].Length))
            {
                hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
            }
        }

        return FeatureHash.Finish(hash);
    }

    /// <param name="openPrefixes">When given, receives the unfinished hash after each word but the last.</param>
    private static ulong KeyOf(ReadOnlySpan<char> phrase, HashSet<ulong>? openPrefixes = null)
    {
        var hash = FeatureHash.Of([]);
        var first = true;
        foreach (var range in phrase.Split(' '))
        {
            var word = phrase[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!first)
            {
                openPrefixes?.Add(hash);
                hash = FeatureHash.Add(hash, ' ');
            }

            first = false;
            foreach (var c in word)
            {
                hash = FeatureHash.Add(hash, char.ToLowerInvariant(c));
            }
        }

        return FeatureHash.Finish(hash);
    }

    private static IEnumerable<(string File, int Line, string[] Columns)> Rows(string dataRoot, string name, int columns)
    {
        var path = Path.Combine(dataRoot, "language", name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Sitrep data file 'language/{name}' is missing from {dataRoot}.", path);
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != columns || parts.Any(p => p.Trim().Length == 0))
            {
                throw new InvalidDataException($"{path}:{number}: expected {columns} non-empty tab-separated columns, found '{line}'.");
            }

            yield return (path, number, parts);
        }
    }
}
