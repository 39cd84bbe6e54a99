using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: accounts of who started an exchange of fire, compared by who they say acted.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>How many sentences apart an account of who fired first may answer an earlier claim of an attack.</summary>
        private const int _initiativeWindow = 4;

        /// <summary>
        /// "Cambodian troops had opened fire on a Thai patrol" / "Thai soldiers had advanced ... and fired first": a later
        /// claim by another party saying who started the exchange ("initiative" rows of contrary_predicates.tsv) disputes the
        /// first earlier claim of an attack (how it started), when it does not name that claim's attacker: the two accounts put the first act on different
        /// sides, whatever words they use. Naming the same attacker ("the rebels had fired first" after "rebels attacked
        /// the post") contradicts nothing. An open question ("could not establish who had fired first") asserts no one.
        /// </summary>
        private void FindInitiativeDisputes()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || FirstMover(later) is not { Count: > 0 } mover)
                {
                    continue;
                }

                // Who started it answers the account of how it started: the first attack claim another party made.
                foreach (var earlier in _drafts.OrderBy(d => d.Content.Start))
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _initiativeWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by) && x.Stance is StanceKind.Disputes or StanceKind.Denies)
                        || Attacker(earlier.Content) is not { Count: > 0 } attacker)
                    {
                        continue;
                    }

                    if (attacker.Intersect(mover, StringComparer.OrdinalIgnoreCase).Any())
                    {
                        break;
                    }

                    earlier.Stances.RemoveAll(x => SameParty(x.By, by) && x.Stance == StanceKind.Supports);
                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.Initiative });
                    break;
                }
            }
        }

        /// <summary>The subject's stems of an "initiative" phrase in a claim ("Thai soldiers ... fired first" -> thai, soldier), or null.</summary>
        private List<string>? FirstMover(Draft draft)
        {
            var first = TokenAt(draft.Content.Start);
            var last = TokenBefore(draft.Content.End);
            if (first < 0 || last < first)
            {
                return null;
            }

            foreach (var m in _lexicon.ContraryIndex.FindAll(_text, _tokens, first, last + 1))
            {
                // A passive ("had been attacked first") names the one attacked, not the one who started.
                if (m.Value.Class == "initiative" && !(m.Start > first && IsWord(m.Start - 1, "been")))
                {
                    return SubjectStems(first, m.Start);
                }
            }

            return null;
        }

        /// <summary>The subject's stems of the first attack in a claim ("Cambodian troops had opened fire on ..." -> cambod, troop), or null.</summary>
        private List<string>? Attacker(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, first); k <= last && k < _tokens.Length; k++)
            {
                if (IsAttackAct(k) || IsWord(k, "fire") || IsWord(k, "firing"))
                {
                    return k > first && IsWord(k - 1, "been") ? null : SubjectStems(first, k);
                }
            }

            return null;
        }

        /// <summary>
        /// The stems of the subject of a predicate at <paramref name="predicate"/>: the words from the start of its clause
        /// (the content's start or the last "that") up to its first auxiliary or verb; null when the clause asks rather than
        /// says ("who had fired first", "whether ...").
        /// </summary>
        private List<string>? SubjectStems(int first, int predicate)
        {
            var start = first;
            for (var k = predicate - 1; k >= first; k--)
            {
                if (IsWord(k, "who") || IsWord(k, "whether"))
                {
                    return null;
                }

                if (IsWord(k, "that"))
                {
                    start = k + 1;
                    break;
                }
            }

            var end = start;
            while (end < predicate && !IsAuxiliary(end) && !Has(_beVerbs, Word(end)) && !IsAttackAct(end))
            {
                end++;
            }

            return Stems(start, end);
        }
    }
}
