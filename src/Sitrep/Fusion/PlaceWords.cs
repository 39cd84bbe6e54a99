using System.Runtime.CompilerServices;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// Whether a report's own words name a place: its evidence text and the place name are compared as gazetteer keys
/// (lower case, diacritics and punctuation folded, <see cref="Places.GazetteerNames.Normalize(System.ReadOnlySpan{char})"/>),
/// whole words only, so "Rafaḩ" is found in "in Rafah," but "Sumy" not in "Sumyna".
/// </summary>
public static class PlaceWords
{
    // Each report is compared with many others: fold its words once.
    private static readonly ConditionalWeakTable<EventRecord, string> _folded = [];

    // Place names recur across reports: each is folded once, padded with a space each side (empty when too short to
    // tell anything: a name of one or two letters is found in too many texts).
    private static readonly FoldedNames _places = new(static name =>
    {
        var folded = Fold(WithoutCompoundHyphens(name));
        return folded.Length < 3 ? string.Empty : " " + folded + " ";
    });

    // Outlets recur across reports: each name is folded once, as a report's words are.
    private static readonly FoldedNames _outlets = new(static source => " " + FoldWords(source) + " ");

    public static bool Mentions(EventRecord e, string placeName)
    {
        var padded = _places.Get(placeName);
        if (padded.Length == 0)
        {
            return false;
        }

        var text = _folded.GetValue(e, static e => " " + string.Join(" ", e.Evidence.Select(s => FoldWords(s.Text ?? string.Empty))) + " ");
        return text.Contains(padded, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether an outlet's name names the place as a whole word ("Sumy Region News", "Tbilisi Live", "Embassy of
    /// India, Abu Dhabi"): a local outlet's report that names no place of its own tells of its town.
    /// </summary>
    public static bool NamedByOutlet(string? source, string placeName)
    {
        if (source is not { Length: > 0 })
        {
            return false;
        }

        var padded = _places.Get(placeName);
        return padded.Length > 0 && _outlets.Get(source).Contains(padded, StringComparison.Ordinal);
    }

    /// <summary>
    /// A bounded cache of folded names (places, outlets), shared by all threads: when it holds <see cref="MaxNames"/>
    /// it starts again, so a long ingest of ever new names does not grow it without end.
    /// </summary>
    private sealed class FoldedNames(Func<string, string> fold)
    {
        public const int MaxNames = 100_000;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _folded = new(StringComparer.Ordinal);

        public string Get(string name)
        {
            if (!_folded.TryGetValue(name, out var folded))
            {
                folded = fold(name);
                if (_folded.Count >= MaxNames)
                {
                    _folded.Clear();
                }

                _folded[name] = folded;
            }

            return folded;
        }
    }

    /// <summary>Running text (a report's evidence, an outlet's name) as whole folded words: possessives and compound hyphens undone first.</summary>
    private static string FoldWords(string text) => Fold(WithoutCompoundHyphens(WithoutPossessives(text)));

    /// <summary>
    /// The text with each possessive "'s" a space: "Bamako's Faladie district" names Bamako, but the gazetteer key drops
    /// apostrophes and would read "bamakos".
    /// </summary>
    private static string WithoutPossessives(string text)
    {
        if (text.IndexOf("'s", StringComparison.Ordinal) < 0 && text.IndexOf("’s", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if ((chars[i] is '\'' or '’') && (chars[i + 1] is 's' or 'S') && char.IsLetter(chars[i - 1])
                && (i + 2 == chars.Length || !char.IsLetterOrDigit(chars[i + 2])))
            {
                chars[i] = ' ';
                chars[i + 1] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The text with each hyphen between two capitalised words dropped, so that the compound reads as one word: "the
    /// Dhaka-Chattogram highway" is a road out of Dhaka, not a mention of Chattogram, and "Kyiv-Moscow talks" name no
    /// place of fighting. A hyphenated place name is read the same way on both sides ("Ivano-Frankivsk" still names
    /// itself), and a lower-case article before a hyphen ("al-Arish", "Deir el-Balah") is left a separate word.
    /// </summary>
    private static string WithoutCompoundHyphens(string text)
    {
        if (text.IndexOf('-', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var joined = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i + 1 < text.Length && char.IsUpper(text[i + 1]) && StartsCapitalisedWord(text, i))
            {
                continue;
            }

            joined.Append(text[i]);
        }

        return joined.ToString();
    }

    /// <summary>Whether the word that ends just before position <paramref name="end"/> begins with a capital letter.</summary>
    private static bool StartsCapitalisedWord(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && char.IsUpper(text[start]);
    }

    /// <summary>The gazetteer key with every remaining non-word character (";", "(", ...) a space, runs of spaces as one.</summary>
    private static string Fold(string text)
    {
        var key = Places.GazetteerNames.Normalize(text);
        var folded = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            var word = char.IsLetterOrDigit(c);
            if (word || (folded.Length > 0 && folded[^1] != ' '))
            {
                folded.Append(word ? c : ' ');
            }
        }

        return folded.ToString().TrimEnd();
    }
}
