using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: whose side a place predicate's subject is on, so that "who holds the place" is compared, not the verbs.
public sealed partial class AttributionDetector
{
    /// <summary>What two claims say of who holds a place: nothing comparable, the same holder, or different holders.</summary>
    private enum HolderRelation
    {
        Unknown,
        Agree,
        Contradict,
    }

    private sealed partial class Scan
    {
        /// <summary>How many tokens back from a place predicate its subject is looked for ("Islamic State fighters attacked the town of Mocimboa da Praia on Tuesday and held it").</summary>
        private const int _subjectReach = 14;

        /// <summary>
        /// Whether two holding predicates (contrary_predicates.tsv, column holding) of claims by different parties say the
        /// same side holds the place or different sides do. "the attackers had held the post" (an armed group holds it) contradicts "the gendarmes
        /// had repelled the assault" (the state holds it) though both are "held" verbs, and agrees with "its fighters had
        /// overrun the post"; "police had withdrawn" (the state gave it up) agrees with "his men now held Mirebalais".
        /// Read only when at least one subject is an armed group: two states at war both read "state" (party_sides.tsv),
        /// and are left to the predicate classes.
        /// </summary>
        private HolderRelation CompareHolders(PhraseMatch<ContraryPredicate> a, Draft aDraft, PhraseMatch<ContraryPredicate> b, Draft bDraft)
        {
            if (a.Value.Holding == PlaceHolding.None || b.Value.Holding == PlaceHolding.None)
            {
                return HolderRelation.Unknown;
            }

            var aSide = SubjectSide(a.Start, aDraft);
            var bSide = SubjectSide(b.Start, bDraft);
            if (aSide == PartySide.Unknown || bSide == PartySide.Unknown || aSide == PartySide.State && bSide == PartySide.State)
            {
                return HolderRelation.Unknown;
            }

            return Holder(aSide, a) == Holder(bSide, b) ? HolderRelation.Agree : HolderRelation.Contradict;
        }

        /// <summary>
        /// Who holds the place by a predicate of a subject on one side: the subject, unless it withdrew or fled, or it
        /// is the patient of a passive taking or holding ("the attackers had been repelled", "had been driven out").
        /// </summary>
        private PartySide Holder(PartySide subject, PhraseMatch<ContraryPredicate> predicate)
        {
            var gaveUp = predicate.Value.Holding == PlaceHolding.GivesUp
                || predicate.Value.Holding == PlaceHolding.Holds && predicate.Start > 0 && IsPassiveAuxiliary(predicate.Start - 1) && IsPastParticiple(predicate.Start);
            return !gaveUp ? subject : subject == PartySide.State ? PartySide.ArmedGroup : PartySide.State;
        }

        /// <summary>"repelled", "driven", "taken", not "still" ("were still holding" is not passive).</summary>
        private bool IsPastParticiple(int k) => Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Word(k).EndsWith("en", StringComparison.OrdinalIgnoreCase);

        private bool IsPassiveAuxiliary(int k) => IsWord(k, "been") || IsWord(k, "was") || IsWord(k, "were") || IsWord(k, "being");

        /// <summary>
        /// The side of a predicate's subject: the nearest side word before it in its clause ("the attackers had held",
        /// "soldiers had withdrawn"), or, for a possessive or pronoun subject ("its troops", "they", "his men"), the
        /// claimant's side.
        /// </summary>
        private PartySide SubjectSide(int predicateStart, Draft draft)
        {
            var first = Math.Max(0, TokenAt(draft.Content.Start));
            for (var k = predicateStart - 1; k >= first && k >= predicateStart - _subjectReach; k--)
            {
                if (IsWord(k, "that") || _tokens[k].Kind == TokenKind.Punctuation && Word(k) is ";")
                {
                    break;
                }

                if (_tokens[k].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[k].Start]))
                {
                    continue;
                }

                if (_lexicon.TryGetSide(Word(k), out var side))
                {
                    return side;
                }

                if (IsWord(k, "its") || IsWord(k, "their") || IsWord(k, "our") || IsWord(k, "his") || IsWord(k, "we") || IsWord(k, "they"))
                {
                    return draft.Claimant is { } claimant ? ClaimantSide(claimant) : PartySide.Unknown;
                }
            }

            return PartySide.Unknown;
        }

        /// <summary>The side a claimant is on: an armed-group word in its naming words wins over a state word ("M23 rebels", "the Congolese army"), else its sector.</summary>
        private PartySide ClaimantSide(ClaimantMention claimant)
        {
            var span = claimant.NamingSpan;
            var found = PartySide.Unknown;
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && char.IsLower(_text[_tokens[k].Start]) && _lexicon.TryGetSide(Word(k), out var side))
                {
                    if (side == PartySide.ArmedGroup)
                    {
                        return side;
                    }

                    found = side;
                }
            }

            return found != PartySide.Unknown ? found : claimant.SectorHint switch
            {
                "MIL" or "GOV" or "COP" => PartySide.State,
                "REB" or "CRM" => PartySide.ArmedGroup,
                _ => PartySide.Unknown,
            };
        }
    }
}
