using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: who a claim's content says did the act, compared between claims of different parties, so that
// another perpetrator, or a party saying it had no part, disputes without a stance word, and naming the claimant of an
// own-attack claim as the perpetrator confirms it.
public sealed partial class AttributionDetector
{
    /// <summary>
    /// The perpetrator a content names: the words that name it (countries for country words and capitals, so that
    /// "Belgrade" and "Serbia" are one; other names as written) and whether the content says it did not do it ("Serbia
    /// had nothing to do with the blast").
    /// </summary>
    /// <remarks>
    /// <see cref="Explicit"/>: named by a phrase of responsibility ("carried out by X", "X was behind", "X was
    /// responsible", "X had nothing to do with"), not only as the subject of its own attack ("its fighters had
    /// struck"): an act's subject may be one actor among several, so only explicit attributions contradict each other.
    /// </remarks>
    private sealed record Perpetrator(HashSet<string> Names, bool Negated, bool Explicit);

    private sealed partial class Scan
    {
        /// <summary>How many words an agent phrase may run ("Islamic State's Afghan branch", "agents of the Zionist regime").</summary>
        private const int _agentReach = 6;

        /// <summary>
        /// "the attack had been carried out by "gangs directed by Belgrade"" / "Serbia had nothing to do with the blast";
        /// "agents of the Zionist regime were behind the attack" / "the attack was carried out by Islamic State's Afghan
        /// branch": a later claim by another party that names another perpetrator for the same incident, or says the
        /// perpetrator an earlier claim names had no part in it, disputes the earlier claim, when both name it by a phrase
        /// of responsibility. One that names the claimant of an earlier own-act claim ("two of its members had detonated
        /// suicide vests") as the perpetrator confirms it (a party of another side; its own side's word is no confirmation). The perpetrator is read from the grammar of agency ("by X" after an act, "X was
        /// behind", "X was responsible"), not from a list of parties.
        /// </summary>
        private void FindPerpetratorStances()
        {
            var perpetrators = _drafts.ToDictionary(d => d, d => PerpetratorIn(d));
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || perpetrators[later] is not { } said)
                {
                    continue;
                }

                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by)) || perpetrators[earlier] is not { Negated: false } named
                        || !SameIncident(earlier, later))
                    {
                        continue;
                    }

                    var shared = named.Names.Overlaps(said.Names);
                    if (named.Explicit && said.Explicit && (said.Negated ? shared : !shared))
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.Perpetrator });
                    }
                    else if (said.Explicit && !said.Negated && shared && !named.Explicit && !SameSide(earlier, later))
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, later.Content) { Origin = StanceOrigin.Perpetrator });
                    }
                }
            }
        }

        /// <summary>The perpetrator a claim's content names, or null when it names none by the grammar of agency.</summary>
        private Perpetrator? PerpetratorIn(Draft draft)
        {
            var first = Math.Max(0, TokenAt(draft.Content.Start));
            var last = TokenBefore(draft.Content.End);
            for (var k = first; k <= last && k < _tokens.Length; k++)
            {
                // "carried out by X", "had been carried out by X" (not "hit by", "fired by": an instrument or one actor).
                if (IsWord(k, "by") && k - 2 >= first && IsWord(k - 1, "out") && IsAgentVerb(k - 2))
                {
                    return Names(k + 1, Math.Min(last, k + _agentReach), draft) is { Count: > 0 } agent ? new Perpetrator(agent, false, true) : null;
                }

                // "X was behind the attack", "X were responsible", "X had nothing to do with the blast".
                var negatedPhrase = NoPartAt(k, last);
                if (negatedPhrase || IsBeVerb(k) && k + 1 <= last && (IsWord(k + 1, "behind") || IsWord(k + 1, "responsible")
                    || IsWord(k + 1, "not") && k + 2 <= last && (IsWord(k + 2, "behind") || IsWord(k + 2, "responsible"))))
                {
                    var negated = negatedPhrase || IsWord(k + 1, "not");
                    var subjectStart = SubjectStart(k, first);
                    return Names(subjectStart, k - 1, draft) is { Count: > 0 } agent ? new Perpetrator(agent, negated, true) : null;
                }
            }

            // An own act names no agent phrase: its claimant is the perpetrator.
            return IsOwnAct(draft.Content) && draft.Claimant is { } own && Names(TokenAt(own.NamingSpan.Start), TokenBefore(own.NamingSpan.End), null) is { Count: > 0 } ownNames
                ? new Perpetrator(ownNames, false, false) : null;
        }

        /// <summary>
        /// Whether a content tells of the speaker's act, for who did it: an own attack (<see cref="IsOwnAttack"/>), or a
        /// possessive among the first five words with an attack or agent verb anywhere after it ("two of its members
        /// had detonated suicide vests").
        /// </summary>
        private bool IsOwnAct(TextSpan content)
        {
            if (IsOwnAttack(content))
            {
                return true;
            }

            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            if (first < 0 || last < first)
            {
                return false;
            }

            var possessive = false;
            for (var k = first; k <= Math.Min(last, first + 4); k++)
            {
                possessive |= IsPossessive(k);
            }

            if (!possessive)
            {
                return false;
            }

            for (var k = first; k <= last && k < _tokens.Length; k++)
            {
                if (IsAttackAct(k) || IsAgentVerb(k))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsBeVerb(int k) => Has(_beVerbs, Word(k));

        /// <summary>Verbs of doing an act ("carried out", "detonated"; agency_words.tsv): with "out by" they name the perpetrator; with a possessive subject, an own act.</summary>
        private bool IsAgentVerb(int k) => _tokens[k].Kind == TokenKind.Word && _lexicon.IsAgentVerb(Word(k));

        /// <summary>"had nothing to do with", "had no role in": the verb "had" followed by one of the no-part phrases (agency_words.tsv).</summary>
        private bool NoPartAt(int k, int last) =>
            (IsWord(k, "had") || IsWord(k, "has") || IsWord(k, "have")) && _lexicon.NoPartIndex.TryMatch(_text, _tokens, k + 1, last + 1, out _);

        /// <summary>The first word of the subject before a verb at <paramref name="verb"/>: back to "that", a comma or the content's start.</summary>
        private int SubjectStart(int verb, int first)
        {
            var k = verb - 1;
            while (k > first && k > verb - _agentReach && !IsWord(k - 1, "that") && !IsWord(k - 1, ",") && !IsWord(k - 1, "and"))
            {
                k--;
            }

            return k;
        }

        /// <summary>
        /// The names in an agent phrase: capitalised words, a country word or capital as its country, "its"/"their" as
        /// the claimant's own names. Generic capitalised words of a sentence start ("The") are not names.
        /// </summary>
        private HashSet<string> Names(int from, int to, Draft? draft)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = Math.Max(0, from); k <= to && k < _tokens.Length; k++)
            {
                if ((IsWord(k, "its") || IsWord(k, "their")) && draft?.Claimant is { } claimant)
                {
                    // The claimant's own words never say "its" of themselves, so this reads them once.
                    names.UnionWith(Names(TokenAt(claimant.NamingSpan.Start), TokenBefore(claimant.NamingSpan.End), null));
                    continue;
                }

                if (_tokens[k].Kind != TokenKind.Word || !IsCapitalized(k) || IsWord(k, "The") || IsWord(k, "A") || IsWord(k, "An"))
                {
                    continue;
                }

                // "the United States", "North Korea": a two-word country is one name, as "Washington" is.
                if (CountryAt(k, to) is var (country, words))
                {
                    names.Add(country);
                    k += words - 1;
                    continue;
                }

                names.Add(_lexicon.SeatIndex.TryMatch(_text, _tokens, k, Math.Min(_tokens.Length, to + 1), out var seat) ? seat.Value.CountryWords[0] : Word(k).ToString());
            }

            return names;
        }
    }
}
