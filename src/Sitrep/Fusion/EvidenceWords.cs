using System.Runtime.CompilerServices;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>One evidence text and its words, as (start, length) into it.</summary>
public sealed record WordedText(string Text, IReadOnlyList<(int Start, int Length)> Words);

/// <summary>
/// The words of a report's evidence, split once per report for the readers that look for place names in them
/// (<see cref="NamedDistricts"/>, <see cref="BearingPlaces"/>): a report is compared with many others, and each reader
/// used to split the same texts again. A word is a run of letters and digits with its inner hyphens and apostrophes
/// ("Al-Hilaliya", "Ma'rib", "Kharkiv's"); a trailing apostrophe ("Damascus'") is left out, so a reader that cares
/// whether a name is possessive looks at the character after it.
/// </summary>
public static class EvidenceWords
{
    private static readonly ConditionalWeakTable<EventRecord, IReadOnlyList<WordedText>> _read = [];

    /// <summary>The report's evidence texts with their words, split once per record instance.</summary>
    public static IReadOnlyList<WordedText> Of(EventRecord e) => _read.GetValue(e, static e =>
        [.. e.Evidence.Select(span => span.Text ?? string.Empty).Select(text => new WordedText(text, Split(text)))]);

    /// <summary>The text's words (see the class summary), in order.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i - start));
            }
        }

        return words;
    }
}
