using System.Runtime.CompilerServices;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// A district a report names, with the keys two reports' districts are compared by, worked out once per report: its
/// gazetteer key (<see cref="Places.GazetteerNames.Normalize(System.ReadOnlySpan{char})"/>) and its romanisation's variant key
/// (<see cref="Places.TransliterationVariants"/>; empty when it has none).
/// </summary>
public sealed record NamedDistrict(string Name, string Key, string VariantKey)
{
    /// <summary>
    /// Two district names of one place: one gazetteer key, or one romanisation's variant key ("Rueso" / "Ruso": the
    /// vowels differ), however few its consonants, since a doubt here only leaves the pair to the score.
    /// </summary>
    public bool SamePlaceAs(NamedDistrict other) =>
        string.Equals(Key, other.Key, StringComparison.Ordinal) || (VariantKey.Length > 0 && string.Equals(VariantKey, other.VariantKey, StringComparison.Ordinal));

    public static NamedDistrict Of(string name)
    {
        var key = Places.GazetteerNames.Normalize(name);
        return new NamedDistrict(name, key, Places.TransliterationVariants.Default.Key(key));
    }
}

/// <summary>
/// The districts or neighbourhoods a report names in its own words: a capitalised name followed by a district word
/// ("the Dweila district of Damascus", "Damascus' Mezzeh district", "Cu Kuin district"; the words whose role is
/// <c>district</c> in data/gazetteer/place_cues.tsv). The gazetteer places such reports in their city, so two
/// incidents of one city on one day look alike to every coded field; the districts the outlets name tell them apart.
/// A possessive before the name is the city's, not part of the district's name.
/// </summary>
public static class NamedDistricts
{
    // A fused event's reports are compared with every report that could join it: each report's districts are read,
    // and their keys worked out, once.
    private static readonly ConditionalWeakTable<EventRecord, IReadOnlyList<NamedDistrict>> _named = [];

    /// <summary>The districts the report's evidence names, in order, each once, with their keys.</summary>
    public static IReadOnlyList<NamedDistrict> Of(EventRecord e) => _named.GetValue(e, static e =>
    {
        var names = new List<string>();
        foreach (var text in EvidenceWords.Texts(e))
        {
            foreach (var name in In(text, EvidenceWords.Split(text)))
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        // "in west Belfast" / "in south Belfast": the quarter of the report's own town is a district too (the riot at one
        // interface and the crowd across town that evening are two incidents of one city, day and type).
        if (e.GeoPrecision == 1 && e.Location is { Length: > 0 } town)
        {
            foreach (var text in EvidenceWords.Texts(e))
            {
                foreach (var quarter in QuartersOf(text, EvidenceWords.Split(text), town))
                {
                    if (!names.Contains(quarter, StringComparer.OrdinalIgnoreCase))
                    {
                        names.Add(quarter);
                    }
                }
            }
        }

        return [.. names.Select(NamedDistrict.Of)];
    });

    /// <summary>The quarters of <paramref name="town"/> a text names: a lower-case compass word right before the town's name ("west Belfast", "northern Gaza"), as "west Belfast".</summary>
    internal static IEnumerable<string> QuartersOf(string text, string town) => QuartersOf(text, EvidenceWords.Split(text), town);

    private static IEnumerable<string> QuartersOf(string text, IReadOnlyList<(int Start, int Length)> words, string town)
    {
        var townWords = town.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + townWords.Length < words.Count; i++)
        {
            if (Places.CompassWords.Quarter(Span(text, words[i])) is not { } quarter || !OnlySpacesBetween(text, words[i], words[i + 1]))
            {
                continue;
            }

            var named = true;
            for (var k = 0; k < townWords.Length && named; k++)
            {
                named = Span(text, words[i + 1 + k]).Equals(townWords[k], StringComparison.Ordinal);
            }

            if (named)
            {
                yield return quarter + " " + town;
            }
        }
    }

    private static bool IsPlaceCue(ReadOnlySpan<char> word)
    {
        foreach (var cue in Places.PlaceLexicon.Default.Before)
        {
            if (cue.Tokens.Length == 1 && word.Equals(cue.Tokens[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The district names of one text (see the class summary).</summary>
    public static IEnumerable<string> In(string text) => In(text, EvidenceWords.Split(text));

    /// <summary>The district names of one text, read from its words (<see cref="EvidenceWords"/>).</summary>
    private static IEnumerable<string> In(string text, IReadOnlyList<(int Start, int Length)> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (Places.PlaceLexicon.Default.After(Span(text, words[i])) != Places.CueRole.District)
            {
                continue;
            }

            // The capitalised words right before the district word, back to a possessive, a lower-case word or
            // punctuation.
            var first = i;
            while (first > 0 && IsNamePart(text, words[first - 1]) && OnlySpacesBetween(text, words[first - 1], words[first]))
            {
                first--;
            }

            // A sentence's leading "The" or place cue ("In Mezzeh district") is no part of the name.
            if (first < i && (Span(text, words[first]).SequenceEqual("The") || IsPlaceCue(Span(text, words[first]))))
            {
                first++;
            }

            // "Russian territory" names a country's land, not a district.
            if (first < i && !(i - first == 1 && Places.Gazetteer.Default.CountryByDemonym(Span(text, words[first])) is not null))
            {
                yield return string.Join(' ', Enumerable.Range(first, i - first).Select(k => Span(text, words[k]).ToString()));
            }
        }
    }

    private static ReadOnlySpan<char> Span(string text, (int Start, int Length) word) => text.AsSpan(word.Start, word.Length);

    /// <summary>A capitalised word that is not possessive ("Damascus'", "Kharkiv's": the city's, before its district).</summary>
    private static bool IsNamePart(string text, (int Start, int Length) word)
    {
        var span = Span(text, word);
        var end = word.Start + word.Length;
        return char.IsUpper(span[0]) && !(end < text.Length && text[end] is '\'' or '’')
            && !span.EndsWith("'s", StringComparison.Ordinal) && !span.EndsWith("’s", StringComparison.Ordinal);
    }

    private static bool OnlySpacesBetween(string text, (int Start, int Length) before, (int Start, int Length) after)
    {
        for (var k = before.Start + before.Length; k < after.Start; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
