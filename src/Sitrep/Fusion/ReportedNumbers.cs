using System.Runtime.CompilerServices;
using Sitrep.Language;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// The counts a report gives (dead, wounded, abducted, assaults repelled, houses burned: "six soldiers", "41 people",
/// "Thirty-two", "6,000 displaced"), read from its evidence words and its fatality figure. Two outlets that give the same
/// count of something report it from the same tally, while the incident next door has its own figures; outlets that
/// word the same incident differently (and that the geocoder could not place) still share its numbers. Counts below
/// three, years and the day of a date ("7 June", "June 7") and clock times ("10:15") are not counted: every report has them;
/// nor is a part of a group ("four of the injured"), which is no tally of its own.
/// </summary>
public static class ReportedNumbers
{
    /// <summary>Smaller counts ("two people", "one soldier") are shared by too many unrelated incidents to tell anything.</summary>
    public const int Smallest = 3;

    private static readonly ConditionalWeakTable<EventRecord, HashSet<int>> _numbers = [];

    // Number and month words come from the language layer's lexicon (data/language/quantity-words.tsv).
    private static readonly Lexicon _lexicon = Lexicon.Default;

    /// <summary>Whether both reports give one same count (of at least <see cref="Smallest"/>).</summary>
    public static bool Share(EventRecord a, EventRecord b)
    {
        var numbersA = Of(a);
        var numbersB = Of(b);
        return numbersA.Count > 0 && numbersB.Count > 0 && numbersA.Overlaps(numbersB);
    }

    /// <summary>The report's counts, read once per report (it is compared with many others).</summary>
    public static HashSet<int> Of(EventRecord e) => _numbers.GetValue(e, static e =>
    {
        var numbers = Read(e.Evidence.Select(s => s.Text ?? string.Empty));
        if (e.Fatalities is >= Smallest and var fatalities)
        {
            numbers.Add(fatalities);
        }

        return numbers;
    });

    /// <summary>The counts the texts give.</summary>
    public static HashSet<int> Read(IEnumerable<string> texts)
    {
        var numbers = new HashSet<int>();
        foreach (var text in texts)
        {
            var words = Words(text);
            for (var i = 0; i < words.Count; i++)
            {
                var (word, clock) = words[i];
                int? value = null;
                if (char.IsDigit(word[0]))
                {
                    value = !clock && int.TryParse(word.Replace(",", "", StringComparison.Ordinal), out var n) && !(n is >= 1900 and <= 2100) ? n : null;
                }
                else if (NumberWord(word) is { } tens && tens is >= 20 and <= 100 && tens % 10 == 0)
                {
                    // "thirty-two" / "thirty two"; "a hundred"
                    value = i + 1 < words.Count && NumberWord(words[i + 1].Word) is { } unit && unit < 10 && tens < 100 ? tens + unit : tens;
                    if (value != tens)
                    {
                        i++;
                    }
                }
                else if (NumberWord(word) is { } unitValue && unitValue < 20)
                {
                    value = unitValue; // one to nineteen, "dozen"
                }

                var nextToMonth = (i > 0 && IsMonth(words[i - 1].Word)) || (i + 1 < words.Count && IsMonth(words[i + 1].Word));
                if (value is >= Smallest and var number && !nextToMonth && !IsPartitive(words, i))
                {
                    numbers.Add(number);
                }
            }
        }

        return numbers;
    }

    private static int? NumberWord(string word) => _lexicon.WholeNumber(word, max: 100);

    /// <summary>
    /// The count at <paramref name="i"/> is a part of a group ("four of the injured died", "40 of the people arrested"):
    /// a share of the incident's figures, not a tally of its own, and as likely as any small number to be the whole
    /// toll of the incident next door (the four killed across the border).
    /// </summary>
    private static bool IsPartitive(List<(string Word, bool Clock)> words, int i) =>
        i + 1 < words.Count && words[i + 1].Word == "of";

    // The lexicon writes abbreviations with their full stop ("jan."); the words here have none.
    private static bool IsMonth(string word) =>
        _lexicon.Find(word, LexiconKind.Month) is not null || _lexicon.Find(word + ".", LexiconKind.Month) is not null;

    /// <summary>Lower-case words (a digit run keeps its thousands commas); a digit run beside ':' is a clock time.</summary>
    private static List<(string Word, bool Clock)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] == ',' && start >= 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var clock = (start > 0 && text[start - 1] == ':') || (i < text.Length && text[i] == ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]));
                words.Add((text[start..i].ToLowerInvariant(), clock));
                start = -1;
            }
        }

        return words;
    }
}
