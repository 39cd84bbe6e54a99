using Sitrep.Actors;
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

            return found != PartySide.Unknown ? found : SideOfSector(claimant.SectorHint);
        }

        /// <summary>
        /// A claimant's side by its sector (sectors.tsv codes), read as the actor resolver reads an actor's kind
        /// (<see cref="SectorInter"/>): the state's organs (military, government, police, intelligence, legislature,
        /// judiciary) are the state, rebels, unidentified armed forces and criminal groups an armed group; every other
        /// sector (UN bodies, NGOs, civilians, churches, schools, businesses, media) is no party's side.
        /// </summary>
        private static PartySide SideOfSector(string? sector) => SectorInter.Of(sector) switch
        {
            ActorInter.StateForces => PartySide.State,
            ActorInter.PoliticalMilitia => PartySide.ArmedGroup,
            _ => PartySide.Unknown,
        };

        /// <summary>Sectors whose claimants are third parties to the incident, not sides of it: UN bodies, NGOs, civilians, churches, schools and businesses.</summary>
        private static bool IsThirdPartySector(string? sector) => sector is "IGO" or "NGO" or "CVL" or "REL" or "EDU" or "BUS";

        /// <summary>A party to the incident as the article's claimants reveal it: a state (by country when named) or an armed group, with the first mention that named it.</summary>
        private sealed class Party(PartySide kind, string? country, ClaimantMention first)
        {
            public PartySide Kind { get; } = kind;

            /// <summary>The state's country; set later when the first mention named none ("The army", then "Sudan's army").</summary>
            public string? Country { get; set; } = country;

            public ClaimantMention First { get; } = first;
        }

        /// <summary>
        /// Each claim's side (<see cref="ClaimSide"/>): its claimant is a third party when it is a UN body, an NGO, a
        /// civilian, a church, a school or a business (sector), else the party its words name, a state by its country
        /// ("Armenia's defence ministry", "Yerevan", "the Azerbaijani army") or an armed group, one party with an earlier
        /// claimant of the same body, acronym or country. The first party a claim is made for is A, the next B; a
        /// third state or group with claims of its own ("A US official" after Tehran and the Islamic State) is a third
        /// party. A state claimant with no country ("The army") is the article's one state when that one's country is named.
        /// </summary>
        private void AssignSides()
        {
            var parties = new List<Party>();
            foreach (var draft in _drafts.OrderBy(d => d.Content.Start))
            {
                if (draft.Claimant is not { } claimant)
                {
                    continue;
                }

                var sector = claimant.SectorHint ?? SectorOfWords(claimant);
                if (IsThirdPartySector(sector))
                {
                    draft.Side = ClaimSide.ThirdParty;
                    continue;
                }

                var country = CountryOf(claimant);
                var kind = ClaimantSide(claimant);
                if (kind == PartySide.Unknown)
                {
                    kind = SideOfSector(sector) is var bySector && bySector != PartySide.Unknown ? bySector
                        : country is not null ? PartySide.State : PartySide.Unknown;
                }

                if (kind == PartySide.Unknown)
                {
                    continue;
                }

                var index = parties.FindIndex(p => SameParty(p.First, claimant) || SameOrganisationOrAcronym(p.First, claimant)
                    || kind == PartySide.State && p.Kind == PartySide.State && (country is not null && p.Country == country));
                if (index < 0 && kind == PartySide.State)
                {
                    // "The army" after "Sudan's army", the article's one state: that state. A named country joins a state
                    // party whose country was not named yet, when it is the only state. Two state claimants with no
                    // country ("Local officials", "The opposition government") may be the two sides: not joined.
                    var states = parties.Select((p, i) => (p, i)).Where(x => x.p.Kind == PartySide.State).ToList();
                    if (states.Count == 1 && (country is null) != (states[0].p.Country is null))
                    {
                        index = states[0].i;
                        states[0].p.Country ??= country;
                    }
                }

                if (index < 0)
                {
                    parties.Add(new Party(kind, country, claimant));
                    index = parties.Count - 1;
                }

                draft.Side = index switch
                {
                    0 => ClaimSide.PartyA,
                    1 => ClaimSide.PartyB,
                    _ => ClaimSide.ThirdParty,
                };
            }
        }

        /// <summary>Whether two claims are made for the same party to the incident (A or B), as <see cref="AssignSides"/> read them.</summary>
        private static bool SameSide(Draft a, Draft b) => a.Side == b.Side && a.Side is ClaimSide.PartyA or ClaimSide.PartyB;

        /// <summary>
        /// The sector of a claimant's naming words (sectors.tsv), the most specific first ("army spokesman": MIL, "A
        /// local fisherman": CVL, "The European Union Mission in Armenia": IGO), as the claims stage reads it later for
        /// the resolved claimant; null when no word has one.
        /// </summary>
        private string? SectorOfWords(ClaimantMention claimant) => _lexicon.SectorOf(NamingWords(claimant));

        private IEnumerable<string> NamingWords(ClaimantMention claimant)
        {
            var span = claimant.NamingSpan;
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word)
                {
                    yield return Word(k).ToString();
                }
            }
        }

        /// <summary>The country a claimant's naming words name ("Armenia's", "Azerbaijani", "Kyiv"), or null.</summary>
        private string? CountryOf(ClaimantMention claimant)
        {
            if (SeatCountry(claimant) is { Length: > 0 } seat)
            {
                return seat[0];
            }

            var span = claimant.NamingSpan;
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (!IsCapitalized(k))
                {
                    continue;
                }

                if (CountryAt(k, TokenBefore(span.End)) is var (country, _))
                {
                    return country;
                }
            }

            return null;
        }

        /// <summary>
        /// The country a capitalised word at <paramref name="k"/> names (seats_of_power.tsv country words), with how many
        /// words name it: a two-word country before a one-word one ("North Korea's", "South Sudan's", "the United
        /// States": not "Korea"), both words capitalised and at most <paramref name="last"/>; null when neither does.
        /// The one country lookup of claimant words and agent phrases.
        /// </summary>
        private (string Country, int Words)? CountryAt(int k, int last)
        {
            if (k + 1 <= last && k + 1 < _tokens.Length && IsCapitalized(k + 1) && _lexicon.TryGetCountry(string.Concat(Word(k), " ", Word(k + 1)), out var twoWords))
            {
                return (twoWords, 2);
            }

            return _lexicon.TryGetCountry(Word(k), out var country) ? (country, 1) : null;
        }
    }
}
