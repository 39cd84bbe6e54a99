using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: two sides each making the other the actor of one incident.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>How many tokens after a name its clause's verb may come for the name to stand as the clause's subject.</summary>
        private const int _subjectVerbReach = 6;

        /// <summary>Words that make the name after them an object or a place, not an actor ("at an Israeli base", "in Kyiv").</summary>
        private static readonly HashSet<string> _objectPrepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "on", "in", "at", "to", "from", "of", "against", "with", "near", "into", "for", "over", "across", "toward", "towards",
        };

        /// <summary>
        /// "a Russian Kh-101 cruise missile had struck the hospital" (Ukraine's air force) / Russia's defence ministry:
        /// "the damage in Kyiv had been caused by a Ukrainian air-defence missile". A later claim by the party an earlier
        /// claim makes its actor, about the same incident, that makes the earlier claimant's side the actor in turn puts
        /// the act on the other side, whatever words either uses: it disputes the claim. The target's account of being
        /// hit does not ("projectiles fired by Hezbollah" after Hezbollah's "fired at an Israeli army base"): there the
        /// answering party was the claim's object, not its actor. The dispute overrides the support the same party was
        /// credited with for telling of its own attack (gold README rule 7: "where the same party also contradicts the
        /// claim, that is a dispute").
        /// </summary>
        private void FindCounterAccusations()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || HoldsStance(later.Content))
                {
                    continue;
                }

                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Claimant is not { } accuser || earlier.Content.End > later.Content.Start
                        || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(accuser, by) || SameOrganisationOrAcronym(accuser, by) || SameSeat(accuser, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by) && x.Stance is StanceKind.Disputes or StanceKind.Denies))
                    {
                        continue;
                    }

                    if (!SameIncident(earlier, later, topic))
                    {
                        continue;
                    }

                    if (!NamedAsActor(by, accuser, earlier.Content) || !NamedAsActor(accuser, by, later.Content))
                    {
                        continue;
                    }

                    earlier.Stances.RemoveAll(x => SameParty(x.By, by) && x.Stance == StanceKind.Supports);
                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.CounterAccusation });
                }
            }
        }

        /// <summary>
        /// Whether a content makes a party its actor: a run of capitalised words that names the party more than the other
        /// one (their name words' first four letters: "Russian" names "Russia's defence ministry"; "North Korean" names
        /// neither of two Korean parties), standing as its clause's subject (no verb before it in the clause, a verb soon
        /// after, no preposition in front) or as the agent of a passive ("caused by a Ukrainian missile").
        /// </summary>
        private bool NamedAsActor(ClaimantMention party, ClaimantMention other, TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            if (first < 0 || last < first)
            {
                return false;
            }

            for (var k = first; k <= last; k++)
            {
                if (!IsCapitalized(k) || k > first && IsCapitalized(k - 1))
                {
                    continue;
                }

                var end = k;
                while (end + 1 <= last && IsCapitalized(end + 1))
                {
                    end++;
                }

                if (NameMatches(k, end + 1, party) > NameMatches(k, end + 1, other) && (IsPassiveAgent(k, first) || IsClauseSubject(k, end, first, last)))
                {
                    return true;
                }

                k = end;
            }

            return false;
        }

        /// <summary>How many words of a run start (first four letters) a capitalised name word of a party's mention.</summary>
        private int NameMatches(int from, int to, ClaimantMention party)
        {
            var prefixes = NamePrefixes(party);
            var count = 0;
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                foreach (var prefix in prefixes)
                {
                    if (w.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        count++;
                        break;
                    }
                }
            }

            return count;
        }

        /// <summary>"caused by a Ukrainian missile", "struck by Russian drones": "by" after a past participle, at most two words before the name, within its clause.</summary>
        private bool IsPassiveAgent(int k, int first)
        {
            for (var j = k - 1; j >= first && j >= k - 3; j--)
            {
                if (IsWord(j, "by"))
                {
                    return j > first && (IsViolence(j - 1) || IsPastParticiple(j - 1));
                }

                if (EndsClause(j))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// "the South had fired", "Russian missiles struck": the subject of an act of violence, with no verb or preposition
        /// before the name in its clause and the act soon after it. Another verb first ("the Philippine vessel had
        /// intruded") makes the name the actor of something else, which accuses no one of the act.
        /// </summary>
        private bool IsClauseSubject(int start, int end, int first, int last)
        {
            if (start > first && Has(_objectPrepositions, Word(start - 1)))
            {
                return false;
            }

            for (var j = start - 1; j >= first; j--)
            {
                if (IsWord(j, "that") || EndsClause(j))
                {
                    break;
                }

                if (IsPredicateWord(j))
                {
                    return false;
                }
            }

            for (var j = end + 1; j <= last && j <= end + _subjectVerbReach; j++)
            {
                if (IsPossessiveMark(j))
                {
                    continue;
                }

                if (EndsClause(j) || Has(_objectPrepositions, Word(j)))
                {
                    return false;
                }

                if (IsViolence(j))
                {
                    return true;
                }

                if (IsPredicateWord(j) && !IsAuxiliary(j) && !Has(_beVerbs, Word(j)))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>An auxiliary, a form of "be", an act of attack or a past form: the clause's predicate has begun.</summary>
        private bool IsPredicateWord(int j) =>
            IsAuxiliary(j) || Has(_beVerbs, Word(j)) || IsAttackAct(j)
            || _tokens[j].Kind == TokenKind.Word && char.IsLower(_text[_tokens[j].Start]) && Word(j).Length > 3 && Word(j).EndsWith("ed", StringComparison.Ordinal);
    }
}
