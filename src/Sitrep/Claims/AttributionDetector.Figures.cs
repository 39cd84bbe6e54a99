using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Claims;

// The scan's part: figures of counted things (not people) in claim contents, compared between claims of different
// parties, so that another figure for the same count disputes without a stance word.
public sealed partial class AttributionDetector
{
    /// <summary>
    /// A figure of counted things in a claim's content: "more than 200 artillery shells" = (200, at least, "shell");
    /// "had not fired any shells" = (0, exact, "shell"). <see cref="Stem"/> is the counted noun's topic stem, so that
    /// "shells" and "shell" are one thing and "shells" and "vehicles" two.
    /// </summary>
    private readonly record struct ThingCount(double Value, CountBound Bound, string Stem)
    {
        public (double Low, double High) Range => Bound switch
        {
            CountBound.AtLeast => (Value, double.PositiveInfinity),
            CountBound.AtMost => (0, Value),
            CountBound.About => (Value * 0.8, Value * 1.25),
            _ => (Value, Value),
        };

        public bool Agrees(ThingCount other) => Range.Low <= other.Range.High && other.Range.Low <= Range.High;
    }

    private sealed partial class Scan
    {

        /// <summary>How many words may stand between a number and the noun it counts ("200 artillery shells", "three armoured vehicles").</summary>
        private const int _countedNounReach = 3;

        private readonly Dictionary<TextSpan, List<ThingCount>> _thingCounts = [];

        /// <summary>
        /// "North Korea had fired more than 200 artillery shells" / KCNA: "the army had fired 192 shells"; "the army had
        /// not fired any shells on Saturday" / "it had detected about 60 more shells fired ... on Saturday": a later claim
        /// by another party whose figure of the same counted thing cannot be true together with an earlier claim's
        /// disputes it. The casualty rule compares counts of people; this one every other counted noun, read from the
        /// words, with no list of things. Two figures of different things ("14 wounded people" / "three armoured
        /// vehicles") share no noun and are not compared; a party updating its own figure is no dispute (the same
        /// party is never compared); figures of different days are of different incidents.
        /// </summary>
        private void FindFigureStances()
        {
            var days = DaysOfDrafts();
            foreach (var later in _drafts)
            {
                var laterCounts = ThingCounts(later.Content);
                if (later.Claimant is not { } by || laterCounts.Count == 0 || HoldsStance(later.Content))
                {
                    continue;
                }

                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || ThingCounts(earlier.Content).Count == 0 || SameParty(earlier.Claimant, by) || SameBody(earlier.Claimant, by) || SameAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by) && x.Stance is StanceKind.Disputes or StanceKind.Denies)
                        || days[earlier] is { } earlierDay && days[later] is { } laterDay && earlierDay != laterDay
                        || !SameIncident(earlier, later))
                    {
                        continue;
                    }

                    var differs = ThingCounts(earlier.Content).Any(e => laterCounts.Any(l => e.Stem == l.Stem && !e.Agrees(l)));
                    if (differs)
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.Figure });
                    }
                }
            }
        }

        /// <summary>
        /// The weekday each claim speaks of: the one its content names, else the one the last claim before it named
        /// ("... on Friday morning. KCNA said the army had fired 192 shells": Friday's shelling). Null before any is named.
        /// </summary>
        private Dictionary<Draft, int?> DaysOfDrafts()
        {
            var days = new Dictionary<Draft, int?>(_drafts.Count);
            int? current = null;
            foreach (var draft in _drafts.OrderBy(d => d.Content.Start))
            {
                current = WeekdayIn(draft.Content) ?? current;
                days[draft] = current;
            }

            return days;
        }

        private int? WeekdayIn(TextSpan content)
        {
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, TokenAt(content.Start)); k <= last && k < _tokens.Length; k++)
            {
                // A weekday's full name (data/time/weekdays.tsv; its flagged abbreviations, "sat", "Sun.", are left out).
                if (char.IsUpper(_text[_tokens[k].Start]) && TimeLexicon.Default.TryWeekday(Word(k), out var day) && day.Flags == TimeWordFlags.None)
                {
                    return day.Value;
                }
            }

            return null;
        }

        private List<ThingCount> ThingCounts(TextSpan content)
        {
            if (!_thingCounts.TryGetValue(content, out var counts))
            {
                counts = ReadThingCounts(content);
                _thingCounts.Add(content, counts);
            }

            return counts;
        }

        /// <summary>
        /// The figures of counted things a content gives: a number, up to three modifiers, and a plural noun that names
        /// neither people (casualty_words.tsv: the casualty rule reads those) nor a measure (measure_words.tsv); and
        /// zero figures, "not ... any shells" and "no shells". Another party's figure the content answers ("the army's
        /// figure of 15") is not the content's own.
        /// </summary>
        private List<ThingCount> ReadThingCounts(TextSpan content)
        {
            var counts = new List<ThingCount>();
            var first = Math.Max(0, TokenAt(content.Start));
            var last = TokenBefore(content.End);
            for (var k = first; k <= last && k < _tokens.Length; k++)
            {
                if (IsZeroQuantifier(k, first) && CountedNoun(k + 1, last, plural: false) is { } none)
                {
                    counts.Add(new ThingCount(0, CountBound.Exact, TopicStem.Of(Word(none))));
                    continue;
                }

                if (!TryNumber(k, out var value) || IsOthersFigure(k, first) || CountedNoun(k + 1, last, plural: true) is not { } noun)
                {
                    continue;
                }

                // "60 more shells": an addition to a figure said before, so at least that many in all (it contradicts
                // "had not fired any shells", not "192 shells").
                var added = IsWord(k + 1, "more") || IsWord(k + 1, "other") || IsWord(k + 1, "further") || IsWord(k + 1, "additional");
                counts.Add(new ThingCount(value, added ? CountBound.AtLeast : BoundOf(k, first), TopicStem.Of(Word(noun))));
            }

            return counts;
        }

        /// <summary>"no" before a noun, or "any" after a negation (counter_markers.tsv) in the few words before it ("had not fired any").</summary>
        private bool IsZeroQuantifier(int k, int first)
        {
            if (IsWord(k, "no"))
            {
                return true;
            }

            if (!IsWord(k, "any"))
            {
                return false;
            }

            for (var j = k - 1; j >= first && j >= k - 4; j--)
            {
                if (_lexicon.IsNegation(Word(j)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The noun a number or quantifier at <paramref name="from"/> - 1 counts: the first word within reach that ends
        /// a noun phrase (a plural, or with <paramref name="plural"/> false any noun before a verb or preposition),
        /// when it names neither people nor a measure; null when a clause word, a name or punctuation comes first.
        /// </summary>
        private int? CountedNoun(int from, int last, bool plural)
        {
            for (var j = from; j <= last && j < from + _countedNounReach; j++)
            {
                if (_tokens[j].Kind != TokenKind.Word || IsCapitalized(j) || IsPreposition(j) || IsAuxiliary(j) || Has(_beVerbs, Word(j))
                    || Has(_clauseStarters, Word(j)) || IsWord(j, "and") || IsWord(j, "or") || IsWord(j, "of"))
                {
                    return null;
                }

                var word = Word(j);
                if (_lexicon.TryGetCasualtyWord(word, out _) || _lexicon.IsMeasureWord(word) || _lexicon.IsCountNoun(word))
                {
                    return null;
                }

                var endsPhrase = j + 1 > last || _tokens[j + 1].Kind != TokenKind.Word || IsPreposition(j + 1) || IsAuxiliary(j + 1)
                    || Has(_beVerbs, Word(j + 1)) || Has(_clauseStarters, Word(j + 1)) || IsWord(j + 1, "and") || IsWord(j + 1, "or") || Word(j + 1).EndsWith("ed", StringComparison.Ordinal);
                var isPlural = word.Length > 3 && word[^1] == 's' && word[^2] != 's';
                if (isPlural && (plural || endsPhrase) || !plural && endsPhrase && word.Length > 3)
                {
                    return j;
                }
            }

            return null;
        }
    }
}
