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

    // Place names recur across reports: each is folded (and padded with its spaces) once. Bounded: when full it starts again.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private const int _maxNames = 100_000;

    public static bool Mentions(EventRecord e, string placeName)
    {
        var padded = Padded(placeName);
        if (padded.Length == 0)
        {
            return false;
        }

        var text = _folded.GetValue(e, static e => " " + string.Join(" ", e.Evidence.Select(s => Fold(WithoutCompoundHyphens(WithoutPossessives(s.Text ?? string.Empty))))) + " ");
        return text.Contains(padded, StringComparison.Ordinal);
    }

    /// <summary>The place name folded and padded with a space each side; empty for a name too short to tell anything.</summary>
    private static string Padded(string placeName)
    {
        if (!_names.TryGetValue(placeName, out var padded))
        {
            var folded = Fold(WithoutCompoundHyphens(placeName));
            padded = folded.Length < 3 ? string.Empty : " " + folded + " ";
            if (_names.Count >= _maxNames)
            {
                _names.Clear();
            }

            _names[placeName] = padded;
        }

        return padded;
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

        if (!_outlets.TryGetValue(source, out var folded))
        {
            folded = " " + Fold(WithoutCompoundHyphens(WithoutPossessives(source))) + " ";
            if (_outlets.Count >= _maxNames)
            {
                _outlets.Clear();
            }

            _outlets[source] = folded;
        }

        var padded = Padded(placeName);
        return padded.Length > 0 && folded.Contains(padded, StringComparison.Ordinal);
    }

    // Outlets recur across reports: each name is folded once. Bounded as the place names are.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _outlets = new(StringComparer.Ordinal);

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
