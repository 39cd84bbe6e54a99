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

    public static bool Mentions(EventRecord e, string placeName)
    {
        var name = Fold(placeName);
        if (name.Length < 3)
        {
            return false;
        }

        var text = _folded.GetValue(e, static e => " " + string.Join(" ", e.Evidence.Select(s => Fold(s.Text ?? string.Empty))) + " ");
        return text.Contains(" " + name + " ", StringComparison.Ordinal);
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
