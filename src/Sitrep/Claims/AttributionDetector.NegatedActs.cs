using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: a negated act ("Eritrean troops had never entered Axum", "had not violated the airspace of any
// country") compared with another party's claim by who acts and on what, not by the verb: the other claim contradicts
// it when it tells, without a negation, of the same actor and the same place or thing ("Eritrean soldiers had killed
// ... in Axum", "had intercepted the jets inside Estonian airspace"), whatever it says they did there.
public sealed partial class AttributionDetector
{
    /// <summary>
    /// What a negated clause is about: the words of its subject (<see cref="Actor"/>: "Eritrean troops", "the jets") and
    /// of the object or place after its verb (<see cref="Thing"/>: "Axum", "the airspace of any country"), as stems
    /// and topic classes (topic_classes.tsv). "Troops" and "soldiers" are in no class and are stop stems, left out:
    /// "Eritrean troops" and "Eritrean soldiers" meet on "Eritrean".
    /// </summary>
    private sealed record NegatedAct(HashSet<string> Actor, HashSet<string> Thing, TextSpan Marker);

    private sealed partial class Scan
    {
        /// <summary>
        /// The first negated act of a content: "not", "never" or "n't" (counter_markers.tsv negations of a verb, kind negation), then
        /// its verb past auxiliaries, with words of both its subject and its object; null when there is none. A negation
        /// inside a contrary predicate ("had no links to") is the contrary rule's, and "no"/"none of" negate a noun (the
        /// negated-thing rule's).
        /// </summary>
        private NegatedAct? NegatedActIn(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            if (first < 0 || last < first)
            {
                return null;
            }

            List<PhraseMatch<ContraryPredicate>>? contraries = null;
            for (var k = first; k <= last; k++)
            {
                if (!_lexicon.IsVerbNegation(Word(k)))
                {
                    continue;
                }

                contraries ??= ContraryIn(content);
                if (contraries.Any(c => c.Start <= k && k < c.End))
                {
                    continue;
                }

                var verb = k + 1;
                while (verb <= last && (IsAuxiliary(verb) || Has(_beVerbs, Word(verb))))
                {
                    verb++;
                }

                if (verb > last || _tokens[verb].Kind != TokenKind.Word || EndsClause(verb))
                {
                    continue;
                }

                var end = verb + 1;
                while (end <= last && !EndsClause(end))
                {
                    end++;
                }

                var start = k - 1;
                while (start >= first && !EndsClause(start))
                {
                    start--;
                }

                var actor = ContentWords(start + 1, k - 1);
                if (actor.Count == 0)
                {
                    // "the jets had flown a scheduled route ... and had not violated the airspace": the subject of the
                    // coordinated verb is the content's own subject, before its first verb.
                    var subjectEnd = first;
                    while (subjectEnd <= last && !IsAuxiliary(subjectEnd) && !Has(_beVerbs, Word(subjectEnd)) && !EndsClause(subjectEnd))
                    {
                        subjectEnd++;
                    }

                    actor = ContentWords(first, subjectEnd - 1);
                }

                var thing = ContentWords(verb + 1, end - 1);
                if (actor.Count > 0 && thing.Count > 0)
                {
                    return new NegatedAct(actor, thing, Span(k, k + 1));
                }
            }

            return null;
        }

        /// <summary>A draft's first negated act (<see cref="NegatedActIn"/>), read once per draft.</summary>
        private NegatedAct? NegatedActOf(Draft draft)
        {
            if (!draft.FirstNegatedAct.Read)
            {
                draft.FirstNegatedAct = (true, NegatedActIn(draft.Content));
            }

            return draft.FirstNegatedAct.Act;
        }

        /// <summary>Whether a draft's content tells of a negated act's actor and of its object or place (a word of each).</summary>
        private bool TellsOf(NegatedAct act, Draft draft)
        {
            var words = draft.ContentWords ??= ContentWords(TokenAt(draft.Content.Start), TokenBefore(draft.Content.End));
            return words.Overlaps(act.Actor) && words.Overlaps(act.Thing);
        }

        /// <summary>
        /// The naming words of tokens [from, to]: names (capitalised; "The" and "An" are determiners) and lower-case words of
        /// four letters or more that are no auxiliary, verb of being, preposition, determiner or clause word, as stems,
        /// with each word's topic class.
        /// </summary>
        private HashSet<string> ContentWords(int from, int to)
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = Math.Max(0, from); k <= to && k < _tokens.Length; k++)
            {
                var w = Word(k);
                if (_tokens[k].Kind != TokenKind.Word || w.Length < 3 || IsAuxiliary(k) || Has(_beVerbs, w)
                    || IsPreposition(k) || Has(_determiners, w) || Has(_clauseStarters, w) || char.IsLower(w[0]) && w.Length < 4)
                {
                    continue;
                }

                var stem = Stem(w);
                if (_stopStems.Contains(stem))
                {
                    continue;
                }

                words.Add(stem);
                if (TopicClassOf(k, out var topicClass))
                {
                    words.Add("class:" + topicClass);
                }
            }

            return words;
        }
    }
}
