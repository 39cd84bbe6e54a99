using System.Globalization;
using Sitrep.Events.Lexicon;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Fatalities and injuries read from one clause, and the tokens that gave them (not quantities then).</summary>
public sealed record EventFigures(int? Fatalities, int? Injuries, IReadOnlySet<int> Used);

/// <summary>
/// Reads deaths and injuries next to their cue words: "killing 12", "12 people were killed", "Dozens of insurgents
/// were killed" (12, ACLED's figure), "killed a nine-year-old boy" (1), "injured his mother and infant sister" (2),
/// "no casualties" (0). Injuries never count as fatalities; nothing mentioned stays null.
/// </summary>
public static class EventNumbers
{
    // Number words ("one" .. "ninety", "hundred") come from the language layer's lexicon (quantity-words.tsv);
    // "a dozen" is read below, and larger words ("thousand", "million") are not tolls on their own.
    private static readonly Sitrep.Language.Lexicon _quantities = Sitrep.Language.Lexicon.Default;

    private const int _window = 7;

    public static EventFigures Read(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int end)
    {
        int? fatalities = null;
        int? injuries = null;
        var used = new HashSet<int>();
        for (var i = first; i < end; i++)
        {
            var fatal = context.FatalityCues.Contains(words[i]);
            var injury = context.InjuryCues.Contains(words[i]);
            if (!fatal && !injury)
            {
                continue;
            }

            var value = Near(text, language, words, context, lexicon, first, end, i, used);
            if (value is null)
            {
                continue;
            }

            if (fatal)
            {
                fatalities = Math.Max(fatalities ?? 0, value.Value);
            }
            else
            {
                injuries = Math.Max(injuries ?? 0, value.Value);
            }
        }

        return new EventFigures(fatalities, injuries, used);
    }

    private static int? Near(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int end, int cue, HashSet<int> used)
    {
        if (cue > first && words[cue - 1] is "no" or "zero")
        {
            return 0; // "no casualties", "no deaths"
        }

        // Active: "killing 12", "killed a nine-year-old boy and ...": after the cue.
        var persons = 0;
        for (var i = cue + 1; i < end && i <= cue + _window; i++)
        {
            var word = words[i];
            if (context.FatalityCues.Contains(word) || context.InjuryCues.Contains(word) || word is "," or ";" or "in" or "on" or "at" or "after" or "when" or "by")
            {
                break;
            }

            if (Number(text, language, words, lexicon, i) is { } n)
            {
                used.Add(i);
                return n;
            }

            // "his mother and infant sister": two people; "infant" modifies "sister".
            if (context.PersonNouns.Contains(word) && !(i + 1 < end && context.PersonNouns.Contains(words[i + 1])))
            {
                persons++;
            }
        }

        if (persons > 0)
        {
            return persons;
        }

        // Passive or adjectival: "12 people were killed", "three dead", "Dozens of insurgents were killed".
        for (var i = cue - 1; i >= first && i >= cue - _window; i--)
        {
            var word = words[i];
            if (context.FatalityCues.Contains(word) || context.InjuryCues.Contains(word) || word is ";" or "and")
            {
                break;
            }

            if (Number(text, language, words, lexicon, i) is { } n)
            {
                used.Add(i);
                return n;
            }
        }

        return null;
    }

    private static int? Number(TextLayer text, LanguageLayer language, string[] words, TriggerLexicon lexicon, int i)
    {
        var word = words[i];
        if (word.Length > 0 && char.IsAsciiDigit(word[0]))
        {
            // "12", "1,200"; not "nine-year-old" (a word) nor "2024" (a year next to the cue is rare but wrong).
            var digits = word.Replace(",", "", StringComparison.Ordinal);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 1900)
            {
                return n;
            }

            return null;
        }

        if (word is not "dozen" && _quantities.WholeNumber(word, max: 100) is { } value)
        {
            return value;
        }

        if (lexicon.FatalityWords.TryGetValue(word, out var vague) && vague.Value > 0 && word is not "fatalities" and not "casualties")
        {
            return vague.Value;
        }

        if (word is "dozen" && i > 0 && words[i - 1] is "a")
        {
            return 12;
        }

        _ = text;
        _ = language;
        return null;
    }
}
