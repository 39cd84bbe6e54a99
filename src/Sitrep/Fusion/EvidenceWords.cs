using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// The words of an evidence text, for the readers that look for place names in a report's evidence
/// (<see cref="NamedDistricts"/>, <see cref="BearingPlaces"/>, each caching what it reads per report). A word is a run
/// of letters and digits with its inner hyphens and apostrophes ("Al-Hilaliya", "Ma'rib", "Kharkiv's"); a trailing
/// apostrophe ("Damascus'") is left out, so a reader that cares whether a name is possessive looks at the character
/// after it.
/// </summary>
public static class EvidenceWords
{
    /// <summary>The report's evidence texts (empty for a span without text).</summary>
    public static IEnumerable<string> Texts(EventRecord e) => e.Evidence.Select(span => span.Text ?? string.Empty);

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
