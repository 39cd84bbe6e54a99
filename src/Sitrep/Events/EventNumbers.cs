using System.Globalization;
using Sitrep.Common;
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
            var personal = context.PersonKillingVerbs.Contains(words[i]);
            var fatal = context.FatalityCues.Contains(words[i]) || context.KillingVerbs.Contains(words[i]) || personal;
            var injury = context.InjuryCues.Contains(words[i]);
            if (!fatal && !injury)
            {
                continue;
            }

            // A person-only killing word reads into a set of its own, so that the figures it read can be checked.
            var read = personal ? new HashSet<int>() : used;
            var value = Near(text, language, words, context, lexicon, first, end, i, read);
            if (personal)
            {
                used.UnionWith(read);
            }

            if (value is null || (personal && !CountsPeople(words, context, read)))
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

    /// <summary>
    /// Whether the figures a person-only killing word just read ("11 terrorists were neutralised", "neutralising three
    /// of them") count people: a person, combatant or force word, or "of", right after each; "neutralised 40 drones"
    /// counts none. A toll read from person words alone, with no figure ("a terrorist was neutralised"), counts one.
    /// </summary>
    private static bool CountsPeople(string[] words, ContextWords context, HashSet<int> figures)
    {
        foreach (var k in figures)
        {
            var next = k + 1 < words.Length ? words[k + 1] : "";
            var singular = EnglishNouns.Singular(next);
            if (!(next == "of" || context.ForceWords.Contains(next) || context.PersonNouns.Contains(singular)
                || context.CombatantNouns.Contains(singular)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCue(ContextWords context, string word) =>
        context.FatalityCues.Contains(word) || context.KillingVerbs.Contains(word) || context.InjuryCues.Contains(word);

    private static int? Near(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int end, int cue, HashSet<int> used)
    {
        if (cue > first && words[cue - 1] is "no" or "zero")
        {
            return 0; // "no casualties", "no deaths"
        }

        // A passive cue has its victims before it, and what follows it may count another harm: "17 people were killed
        // and hundreds injured", "Four soldiers were killed and three wounded". "beat a man to death" has them before too.
        // Adverbs may stand between the auxiliary and the cue ("were also killed", "were reportedly killed").
        var auxiliary = cue - 1;
        while (auxiliary >= first && Tag(language, auxiliary) == Upos.ADV)
        {
            auxiliary--;
        }

        var before = auxiliary >= first && (context.PassiveAuxiliaries.Contains(words[auxiliary]) || (words[auxiliary] == "to" && words[cue] == "death"))
            || CountedJustBefore(text, language, words, context, lexicon, first, end, cue);
        return before
            ? Before(text, language, words, context, lexicon, first, cue, used) ?? After(text, language, words, context, lexicon, end, cue, used)
            : After(text, language, words, context, lexicon, end, cue, used) ?? Before(text, language, words, context, lexicon, first, cue, used);
    }

    /// <summary>
    /// A figure right before a cue that takes no object, perhaps with the victims' words: "3 deaths", "3 people dead",
    /// "66 injured". The cue counts that figure; what follows it ("3 deaths and 66 people injured") counts another
    /// harm. Not "two gunmen killed three villagers": a verb with an object counts its object.
    /// </summary>
    private static bool CountedJustBefore(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int end, int cue)
    {
        if (Tag(language, cue) is not (Upos.NOUN or Upos.ADJ) && cue + 1 < end && Tag(language, cue + 1) is not (Upos.CCONJ or Upos.PUNCT or Upos.ADP))
        {
            return false;
        }

        // The victims' words between the figure and the cue ("3 people", "4 Palestinian civilians").
        var j = cue - 1;
        while (j >= first && j >= cue - 3 && Tag(language, j) is Upos.NOUN or Upos.ADJ or Upos.PROPN && !IsCue(context, words[j]))
        {
            j--;
        }

        return j >= first && Number(text, language, words, lexicon, j) is not null;
    }

    /// <summary>
    /// Active: "killing 12", "killing at least 90 Palestinians", "killed a nine-year-old boy", "killing five children and
    /// a policeman" (6: coordinated victims add up), "killing a soldier and two civilians" (3), "killing him".
    /// </summary>
    private static int? After(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int end, int cue, HashSet<int> used)
    {
        if (cue + 1 < end && words[cue + 1] is "him" or "her")
        {
            return 1;
        }

        var persons = 0;
        for (var i = cue + 1; i < end && i <= cue + _window; i++)
        {
            var word = words[i];
            if (word == "at" && i + 1 < end && words[i + 1] is "least" or "most")
            {
                i++; // "at least 90": a bound on the figure, not a place
                continue;
            }

            if (IsCue(context, word) || word is "," or ";" or "in" or "on" or "at" or "after" or "when" or "by")
            {
                break;
            }

            // "killing a warder and freeing hundreds of inmates": a second participle tells another act ("lynched and
            // burned a dozen men" is one act told twice).
            if (word == "and" && i + 1 < end && Tag(language, i + 1) == Upos.VERB && (persons > 0 || words[i + 1].EndsWith("ing", StringComparison.Ordinal)))
            {
                break;
            }

            if (Number(text, language, words, lexicon, i) is { } n)
            {
                used.Add(i);
                // "killing the refugees minister and four other people" (5): persons named before "and" add to the figure
                // ("killing the chief's three bodyguards" names one group: 3).
                var before = persons > 0 && words[i - 1] == "and" ? persons : 0;
                return before + n + Coordinated(text, language, words, context, lexicon, i + 1, end, used);
            }

            // "his mother and infant sister": two people; "infant" modifies "sister".
            if (context.PersonNouns.Contains(word) && !(i + 1 < end && context.PersonNouns.Contains(words[i + 1])))
            {
                persons++;
            }
        }

        return persons > 0 ? persons : null;
    }

    /// <summary>
    /// A second group of victims joined by "and" after the first figure: "five children and a policeman" (+1),
    /// "12 soldiers and the attacker" (+1), "three soldiers and two civilians" (+2). Reading stops at any other word
    /// than the first group's nouns, so "killing 12 people and wounding 30" adds nothing.
    /// </summary>
    private static int Coordinated(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int from, int end, HashSet<int> used)
    {
        for (var j = from; j < end && j <= from + 3; j++)
        {
            if (words[j] != "and")
            {
                if (Tag(language, j) is not (Upos.NOUN or Upos.ADJ or Upos.PROPN))
                {
                    return 0;
                }

                continue;
            }

            if (j == from || j + 1 >= end)
            {
                return 0;
            }

            if (Number(text, language, words, lexicon, j + 1) is { } n && j + 2 < end && Tag(language, j + 2) is Upos.NOUN or Upos.ADJ)
            {
                used.Add(j + 1);
                return n;
            }

            if (words[j + 1] is "a" or "an" or "the" && j + 2 < end && context.PersonNouns.Contains(words[j + 2]))
            {
                return 1;
            }

            return 0;
        }

        return 0;
    }

    /// <summary>
    /// Passive or adjectival: "12 people were killed", "three dead", "Dozens of insurgents were killed", "16 soldiers and
    /// eight attackers were killed" (24), "two soldiers and a rebel dead" (3), "At least 10 people, including two police officers, were killed" (10: the
    /// figure after "including" is part of the total; so is "Three people, including a child, were killed": 3), "A farmer was killed" (1).
    /// </summary>
    private static int? Before(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int cue, HashSet<int> used)
    {
        var limit = cue - _window;
        var persons = 0;
        for (var i = cue - 1; i >= first && i >= limit; i--)
        {
            var word = words[i];
            if (IsCue(context, word) || word is ";")
            {
                break;
            }

            if (Number(text, language, words, lexicon, i) is not { } n)
            {
                if (context.SubsetMarkers.Contains(word))
                {
                    limit = i - _window; // "Three people, including a child, were killed": the part is named inside the total
                    continue;
                }

                if (persons == 0 && (context.PersonNouns.Contains(word) || context.CombatantNouns.Contains(word)) && SingularHead(language, words, first, i))
                {
                    persons = 1;
                }

                continue;
            }

            if (i - 1 >= first && context.SubsetMarkers.Contains(words[i - 1]))
            {
                limit = i - _window; // a part of the victims named inside the total: read on for the total
                continue;
            }

            // "two soldiers and a rebel dead": a group joined after the figure, before the cue, is also among the dead.
            used.Add(i);
            return n + CoordinatedBefore(text, language, words, context, lexicon, first, i, cue, used) + Coordinated(text, language, words, context, lexicon, i + 1, cue, used);
        }

        return persons > 0 ? persons : null;
    }

    /// <summary>
    /// Whether a person noun heads a noun phrase that "a"/"an" opens, across the nouns and adjectives that modify it: "A
    /// farmer was killed", "A taxi driver was shot dead", "a petrol station attendant" (one person each).
    /// </summary>
    private static bool SingularHead(LanguageLayer language, string[] words, int first, int head)
    {
        for (var j = head - 1; j >= first && j >= head - 4; j--)
        {
            if (words[j] is "a" or "an")
            {
                return true;
            }

            if (Tag(language, j) is not (Upos.NOUN or Upos.ADJ or Upos.PROPN) && words[j] != "-")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"16 soldiers and eight attackers": the first group of a coordination read backwards from the second.</summary>
    /// <remarks>The second group's noun must stand before the cue ("two killed and three injured" is another harm, not a
    /// group); a tagger may read it as a verb ("six gunmen dead"), as it may the first group's.</remarks>
    private static int CoordinatedBefore(TextLayer text, LanguageLayer language, string[] words, ContextWords context, TriggerLexicon lexicon, int first, int number, int cue, HashSet<int> used)
    {
        if (number - 1 < first || words[number - 1] != "and" || number + 1 >= cue || Tag(language, number + 1) is not (Upos.NOUN or Upos.ADJ or Upos.PROPN or Upos.VERB))
        {
            return 0;
        }

        for (var k = number - 2; k >= first && k >= number - 5; k--)
        {
            if (Number(text, language, words, lexicon, k) is { } n)
            {
                used.Add(k);
                return n;
            }

            // "eight suspects and": the first group's words (a tagger may read "suspects" as a verb); a cue word ends
            // the group ("3 deaths and 66 people injured": the deaths are another harm).
            if (Tag(language, k) is not (Upos.NOUN or Upos.ADJ or Upos.PROPN or Upos.VERB) || IsCue(context, words[k]))
            {
                return 0;
            }
        }

        return 0;
    }

    private static Upos Tag(LanguageLayer language, int i) => i < language.Tags.Length ? language.Tags[i] : Upos.X;

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
        return null;
    }
}
