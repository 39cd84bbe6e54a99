using System.Collections.Frozen;
using Sitrep.Common;

namespace Sitrep.Ingest;

/// <summary>
/// Whether a text reads as English. Every stage reads English (its lexicons, patterns and models are English), so a
/// report in another language gives few or no events and claims; the reader says so instead of letting the article
/// pass silently. The test is the share of the words that are English function words
/// (<c>data/text/english_function_words.tsv</c>): a third or more in English prose, almost none in other languages.
/// </summary>
public sealed class EnglishCheck
{
    /// <summary>Below this many words a text is too short to judge (a headline, a list of names).</summary>
    public const int MinimumWords = 20;

    /// <summary>
    /// The share of function words under which a text is not English. English news prose measures 0.30-0.45; text
    /// in other languages stays under 0.05 (their own "a", "in" or "no"); a quarter of the English level leaves room
    /// for English text thick with names and figures.
    /// </summary>
    public const double MinimumShare = 0.10;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public EnglishCheck(IEnumerable<string> functionWords) =>
        _words = functionWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static EnglishCheck Default => _default.Value;

    private static readonly Lazy<EnglishCheck> _default = new(() =>
        new EnglishCheck(TsvTable.Read(DataFiles.Require("text/english_function_words.tsv"), "word").Rows.Select(r => r.Required("word"))));

    /// <summary>The article's warning when its text is not English, else null.</summary>
    public string? WarningFor(string text)
    {
        var (words, function) = Count(text);
        if (words < MinimumWords || (double)function / words >= MinimumShare)
        {
            return null;
        }

        return $"not_english: only {function} of its {words} words are common English words; Sitrep reads English, so it finds few or no events and claims in this text";
    }

    /// <summary>Words (runs of letters) and how many of them are English function words.</summary>
    public (int Words, int Function) Count(string text)
    {
        int words = 0, function = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words++;
                if (_words.Contains(text.AsSpan(start, i - start)))
                {
                    function++;
                }

                start = -1;
            }
        }

        return (words, function);
    }
}
