using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// The districts or neighbourhoods a report names in its own words: a capitalised name followed by a district word
/// ("the Dweila district of Damascus", "Damascus' Mezzeh district", "Cu Kuin district"; the words whose role is
/// <c>district</c> in data/gazetteer/place_cues.tsv). The gazetteer places such reports in their city, so two
/// incidents of one city on one day look alike to every coded field; the districts the outlets name tell them apart.
/// A possessive before the name is the city's, not part of the district's name.
/// </summary>
public static partial class NamedDistricts
{
    // A fused event's reports are compared with every report that could join it: each report's districts are read once.
    private static readonly ConditionalWeakTable<EventRecord, IReadOnlyList<string>> _named = [];

    /// <summary>The districts the report's evidence names, in order, each once.</summary>
    public static IReadOnlyList<string> Of(EventRecord e) => _named.GetValue(e, static e =>
    {
        var names = new List<string>();
        foreach (var evidence in e.Evidence)
        {
            foreach (var name in In(evidence.Text ?? string.Empty))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    });

    private static bool IsPlaceCue(string word) =>
        Places.PlaceLexicon.Default.Before.Any(c => c.Tokens.Length == 1 && word.Equals(c.Tokens[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>The district names of one text (see the class summary).</summary>
    public static IEnumerable<string> In(string text)
    {
        var words = Word().Matches(text);
        for (var i = 1; i < words.Count; i++)
        {
            if (Places.PlaceLexicon.Default.After(words[i].ValueSpan) != Places.CueRole.District)
            {
                continue;
            }

            // The capitalised words right before the district word, back to a possessive, a lower-case word or
            // punctuation; a sentence's leading "The" is no part of the name.
            var first = i;
            while (first > 0 && IsNamePart(words[first - 1].Value) && OnlySpacesBetween(text, words[first - 1], words[first]))
            {
                first--;
            }

            // A sentence's leading "The" or place cue ("In Mezzeh district") is no part of the name.
            if (first < i && (words[first].Value == "The" || IsPlaceCue(words[first].Value)))
            {
                first++;
            }

            // "Russian territory" names a country's land, not a district.
            if (first < i && !(i - first == 1 && Places.Gazetteer.Default.CountryByDemonym(words[first].ValueSpan) is not null))
            {
                yield return string.Join(' ', Enumerable.Range(first, i - first).Select(k => words[k].Value));
            }
        }
    }

    private static bool IsNamePart(string word) =>
        char.IsUpper(word[0]) && !word.EndsWith('\'') && !word.EndsWith('’')
        && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);

    private static bool OnlySpacesBetween(string text, Match before, Match after)
    {
        for (var k = before.Index + before.Length; k < after.Index; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
