using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

public sealed partial class AttributionDetector
{
    /// <summary>How a count bounds the true number: "54", "at least 40", "fewer than 20", "about 20".</summary>
    private enum CountBound
    {
        Exact,
        AtLeast,
        AtMost,
        About,
    }

    /// <summary>A casualty count in a claim's content: "killing 54 civilians" = (54, exact, killed, civilian).</summary>
    private readonly record struct CasualtyCount(double Value, CountBound Bound, CasualtyRole Kind, string? Class, string? Modifier, bool Toll = false, bool Part = false)
    {
        /// <summary>The class of a whole count whose claim lists parts of other classes ("96 people, among them 25 fighters and 19 civilians").</summary>
        public const string Mixed = "mixed";

        public (double Low, double High) Range => Bound switch
        {
            CountBound.AtLeast => (Value, double.PositiveInfinity),
            CountBound.AtMost => (0, Value),
            CountBound.About => (Value * 0.8, Value * 1.25),
            _ => (Value, Value),
        };

        /// <summary>Whether both counts can be of the same people: same kind, compatible classes and national modifiers.</summary>
        /// <remarks>"the toll was at least 70" counts the attack's victims, not "15 of the attackers" the troops killed.</remarks>
        public bool Comparable(CasualtyCount other) =>
            Kind == other.Kind && (Class is null || other.Class is null || Class == other.Class)
            && !(Toll && other.Class == "fighter" || other.Toll && Class == "fighter")
            && (Modifier is null || other.Modifier is null || Modifier.Equals(other.Modifier, StringComparison.OrdinalIgnoreCase));

        public bool Agrees(CasualtyCount other) => Range.Low <= other.Range.High && other.Range.Low <= Range.High;

        /// <summary>
        /// Agrees and says about as much: "22" / "at least 22", "31" / "at least 25". Two lower bounds ("at least 85" /
        /// "at least 120") always agree and confirm nothing; a count half the other is a different estimate.
        /// </summary>
        public bool Confirms(CasualtyCount other) =>
            Agrees(other) && (Bound is CountBound.Exact or CountBound.About || other.Bound is CountBound.Exact or CountBound.About)
            && Math.Max(Value, other.Value) <= 1.5 * Math.Max(1, Math.Min(Value, other.Value));
    }

    private sealed partial class Scan
    {
        private static readonly string[] _numberNames =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];

        private static readonly (string Word, CountBound Bound)[] _boundWords =
        [
            ("least", CountBound.AtLeast), ("than", CountBound.AtLeast), ("over", CountBound.AtLeast), ("nearly", CountBound.About), ("almost", CountBound.About),
            ("about", CountBound.About), ("around", CountBound.About), ("roughly", CountBound.About), ("some", CountBound.About), ("approximately", CountBound.About),
            ("most", CountBound.AtMost), ("to", CountBound.AtMost),
        ];

        /// <summary>How many sentences apart a later claim's casualty count or "also" may answer an earlier claim.</summary>
        private const int _implicitWindow = 6;

        // ---- seats of power ------------------------------------------------------------------------------------

        /// <summary>The country words of a mention that names a government only by its capital or seat ("Kyiv", "the Kremlin"), else none.</summary>
        private ImmutableArray<string> SeatCountry(ClaimantMention mention)
        {
            // Speed only: read once per naming span (SameSeat asks for both claimants of every pair of claims compared).
            if (!_seatCountries.TryGetValue(mention.NamingSpan, out var country))
            {
                country = ReadSeatCountry(mention.NamingSpan);
                _seatCountries.Add(mention.NamingSpan, country);
            }

            return country;
        }

        private readonly Dictionary<TextSpan, ImmutableArray<string>> _seatCountries = [];

        private ImmutableArray<string> ReadSeatCountry(TextSpan span)
        {
            var first = TokenAt(span.Start);
            var last = TokenBefore(span.End);
            if (first < 0 || last < first)
            {
                return [];
            }

            if (IsWord(first, "the"))
            {
                first++;
            }

            return _lexicon.SeatIndex.TryMatch(_text, _tokens, first, last + 1, out var match) && match.End == last + 1 ? match.Value.CountryWords : [];
        }

        /// <summary>"Kyiv" and "Ukraine's president", "Moscow" and "Kremlin spokesman Ilya Dorofeev": one government under two names.</summary>
        private bool SameSeat(ClaimantMention a, ClaimantMention b)
        {
            var seatA = SeatCountry(a);
            if (!seatA.IsEmpty && NamesCountry(b.NamingSpan, seatA))
            {
                return true;
            }

            var seatB = SeatCountry(b);
            return !seatB.IsEmpty && NamesCountry(a.NamingSpan, seatB);
        }

        /// <summary>Whether a span names a country by one of its words, or by a seat of the same country ("Kremlin" for Moscow's "russia").</summary>
        private bool NamesCountry(TextSpan span, ImmutableArray<string> countryWords)
        {
            var text = span.AsSpan(_text);
            foreach (var word in countryWords)
            {
                if (PartyAliases.ContainsWord(text, word))
                {
                    return true;
                }
            }

            var first = Math.Max(0, TokenAt(span.Start));
            foreach (var seat in _lexicon.SeatIndex.FindAll(_text, _tokens, first, TokenBefore(span.End) + 1))
            {
                if (seat.Value.CountryWords[0] == countryWords[0])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Kyiv's statements were propaganda": a seat in a stance's object points at claims by that country's claimants.</summary>
        private bool SeatHintMatches(int from, int to, ClaimantMention claimant)
        {
            for (var k = Math.Max(0, from); k < to; k++)
            {
                if (_lexicon.SeatIndex.TryMatch(_text, _tokens, k, to, out var seat) && NamesCountry(claimant.NamingSpan, seat.Value.CountryWords))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- stances no stance verb states ---------------------------------------------------------------------

        /// <summary>
        /// "Emergency Lawyers put the death toll at 38" after "killing 54 civilians"; "at least 20 soldiers had died"
        /// after "killed 27 soldiers": a later claim by another side whose casualty count of the same kind cannot be
        /// true together with an earlier claim's disputes it; one that agrees with it corroborates it. No counter word
        /// is needed: the numbers say it.
        /// </summary>
        private void FindCountStances()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || CasualtyCounts(later.Content).Count == 0)
                {
                    continue;
                }

                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || CasualtyCounts(earlier.Content).Count == 0 || SameParty(earlier.Claimant, by) || SameBody(earlier.Claimant, by) || SameAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by)) || !SameIncident(earlier, later))
                    {
                        continue;
                    }

                    // "Ecuador's prison agency" and "Ecuador's interior minister" share a country, not a body: one may give
                    // another toll (a dispute), but its agreeing toll is its own side's, no independent corroboration;
                    // so is a toll by any claimant of the same party to the incident (AssignSides).
                    var ownSide = SameOrganisation(earlier.Claimant, by) || SameSide(earlier, later);

                    // "600 Ukrainian soldiers" and "the Russian army had lost 430 soldiers" count different people; "three
                    // Indonesian soldiers" and "The Indonesian military said one soldier had been killed" the same: a
                    // claimant speaks of its own people unless it says otherwise.
                    // ("A Ukrainian general said the Russian army had lost 430 soldiers" names whose soldiers it counts).
                    var earlierText = string.Concat(earlier.Content.AsSpan(_text), " ", earlier.Claimant is { } ec && !NamesForce(earlier.Content) ? ec.NamingSpan.AsSpan(_text) : []);
                    var laterText = string.Concat(later.Content.AsSpan(_text), " ", !NamesForce(later.Content) ? by.NamingSpan.AsSpan(_text) : []);
                    var pairs = (from e in CasualtyCounts(earlier.Content)
                                 from l in CasualtyCounts(later.Content)
                                 where e.Comparable(l) && MentionsModifier(e, laterText) && MentionsModifier(l, earlierText)
                                 select (e, l)).ToList();
                    if (pairs.Count == 0)
                    {
                        continue;
                    }

                    if (pairs.Any(p => !p.e.Agrees(p.l)))
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.Count });
                    }
                    else if (!ownSide && pairs.Any(p => p.e.Confirms(p.l)) && !NamedIn(by, earlier.Content))
                    {
                        // "Turkey's defence ministry said its forces had killed three members of the PKK" after "Turkish
                        // drones ... killing three people": the party the claim names owns the strike, it does not
                        // corroborate the count of its victims.
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, later.Content) { Origin = StanceOrigin.Count });
                    }
                }
            }
        }

        /// <summary>
        /// "it was not aware of any casualties" / the Red Cross "had received dozens of patients with gunshot wounds": a
        /// later claim by another side that tells of dead or wounded disputes an earlier claim that there were none of
        /// anyone, though neither gives a number the count rule could compare. Only a zero count of no particular kind
        /// is answered this way: "no civilians had been harmed" says nothing of fighters killed (rule 7), and a later
        /// claim with a negation of its own ("none had died") is read by the counter rules.
        /// </summary>
        private void FindHarmAfterNone()
        {
            // The later claims that could answer (telling of harm, with no stance or counter-marker of their own), and
            // their words, found once: every earlier claim of no harm is compared with each.
            List<(Draft Later, ClaimantMention By, List<string> Topic)>? harms = null;
            foreach (var earlier in _drafts)
            {
                if (earlier.Claimant is not { } claimant || !CasualtyCounts(earlier.Content).Any(c => c.Value == 0 && c.Class is null && c.Kind is CasualtyRole.Killed or CasualtyRole.Wounded))
                {
                    continue;
                }

                harms ??= [.. _drafts
                    .Where(d => d.Claimant is not null && !HoldsStance(d.Content) && !TryCounterMarker(d.Content, out _) && ReportsCasualties(d.Content))
                    .Select(d => (d, d.Claimant!, Stems(TokenAt(d.Content.Start), TokenBefore(d.Content.End) + 1)))];
                foreach (var (later, by, topic) in harms)
                {
                    if (later == earlier || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || SameParty(claimant, by) || SameOrganisationOrAcronym(claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by))
                        || !SameIncident(earlier, later, topic))
                    {
                        continue;
                    }

                    if (NamedIn(claimant, later.Content) && Overlap(topic, earlier).Total == 0)
                    {
                        // "most had been intercepted, with no injuries reported" / "an Israeli strike on a car in the town
                        // of Nabatieh had killed two people": harm the claimant's own side is said to have done, with
                        // nothing shared, is another act than the one the claimant says hurt no one.
                        continue;
                    }

                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.HarmAfterNone });
                }
            }
        }

        /// <summary>
        /// "M23 rebels said they had captured the hill" / "the army still held the hill": a later claim by another side
        /// with a predicate that contradicts one in an earlier claim (contrary_predicates.tsv), about the same thing
        /// (a shared content word or name), disputes it. It overrides a support the same party was credited with by
        /// word overlap ("confirmed that government troops had entered the positions" does not support "repelled").
        /// </summary>
        private void FindContraryClaims()
        {
            var predicates = _drafts.ToDictionary(d => d, d => FinalState(ContraryIn(d.Content), d));
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || predicates[later].Count == 0)
                {
                    continue;
                }

                // The topic is what the claim is about, not its contrary predicates' own words ("still controlled").
                var own = predicates[later].SelectMany(m => Stems(m.Start, m.End)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1).Where(t => !own.Contains(t)).ToList();
                var classes = ThingClasses(later.Content);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(earlier.Claimant, by) || SameBody(earlier.Claimant, by) || SameAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by) && x.Stance is StanceKind.Disputes or StanceKind.Denies))
                    {
                        // A refusal to give a figure ("did not give a death toll") does not stop the same party contradicting the rest.
                        continue;
                    }

                    // Contrariety is mutual: "repelled" after "fled" as much as "fled" after "repelled".
                    var contrary = predicates[later].FirstOrDefault(l => IdentityAnchored(l, later) && TakesPlace(l, later) && TellsOutcome(l, later)
                        && predicates[earlier].Any(e => IdentityAnchored(e, earlier) && TakesPlace(e, earlier) && TellsOutcome(e, earlier) && Opposed(l, later, e, earlier)));
                    // Nearness stands for a shared word only when both predicates tell the state of a place: "5,000
                    // people had fled the town" says nothing of who holds it.
                    var bothScene = contrary.Value is { } l && IsSceneClass(l.Class) && PlaceAnchored(contrary, later)
                        && predicates[earlier].Any(e => IdentityAnchored(e, earlier) && Opposed(contrary, later, e, earlier) && IsSceneClass(e.Value.Class) && PlaceAnchored(e, earlier));
                    // "the attack had been repelled" after "had overrun a military base": an event noun names the incident
                    // the claim just before told of, though the two share no word.
                    // "the dead were members of the PKK" / "the three were farmers": claims on who the people were speak
                    // of the same people when close, though they share no word.
                    // A thing named in other words ("the tanker" / "a vessel") is a shared word (topic_classes.tsv).
                    if (contrary.Value is null || Overlap(topic, earlier).Total < 1 && SharedClassesBeyondStems(classes, earlier.Content) == 0
                        && !(later.Sentence - earlier.Sentence <= 3 && (NamesEvent(later.Content) || NamesEvent(earlier.Content) || IsIdentityClass(contrary.Value.Class) || bothScene)))
                    {
                        continue;
                    }

                    earlier.Stances.RemoveAll(x => SameParty(x.By, by) && x.Stance == StanceKind.Supports);
                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, Span(contrary.Start, contrary.End)) { Origin = StanceOrigin.Contrary });
                }
            }

            FindConcessions(predicates);
        }

        /// <summary>
        /// "Houthi fighters had briefly entered positions on one of the hilltops but had been pushed back before dawn": a
        /// claim that tells of a place changing hands and changing back says who holds it by its last word on it, so a
        /// predicate on the holding that a later one of the same claim reverses is dropped. Without this the entry
        /// disputes "its forces still controlled the hilltops", which the whole sentence confirms.
        /// </summary>
        private List<PhraseMatch<ContraryPredicate>> FinalState(List<PhraseMatch<ContraryPredicate>> found, Draft draft)
        {
            if (found.Count < 2)
            {
                return found;
            }

            return [.. found.Where((m, i) => !IsSceneClass(m.Value.Class) || !found.Skip(i + 1).Any(later => IsSceneClass(later.Value.Class)
                && later.Start > m.End && CompareHolders(later, draft, m, draft) == HolderRelation.Contradict))];
        }

        /// <summary>
        /// Gold README rule 8. "The Arakan Army said it had captured the town of Maungdaw" / the junta "confirmed that
        /// troops had withdrawn from Maungdaw": a later claim by another side whose predicate concedes one of an earlier
        /// claim (contrary_predicates.tsv, column concedes), about the same place (a shared word or name, or both
        /// anchored to a place within three sentences), supports it. A party that already took a stance keeps it.
        /// </summary>
        private void FindConcessions(Dictionary<Draft, List<PhraseMatch<ContraryPredicate>>> predicates)
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || !predicates[later].Any(l => l.Value.Concedes.Length > 0 || l.Value.Holding != PlaceHolding.None))
                {
                    continue;
                }

                var own = predicates[later].SelectMany(m => Stems(m.Start, m.End)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1).Where(t => !own.Contains(t)).ToList();
                var classes = ThingClasses(later.Content);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(earlier.Claimant, by) || SameBody(earlier.Claimant, by) || SameAcronym(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by)))
                    {
                        continue;
                    }

                    // "soldiers had withdrawn" concedes "the attackers had held the post" as much as "had captured the post",
                    // but "the rebels had withdrawn" concedes nothing the rebels claimed to have taken.
                    var concession = predicates[later].FirstOrDefault(l => predicates[earlier].Any(e => Concedes(l, later, e, earlier) || ConfirmsHolder(l, later, e, earlier)));
                    if (concession.Value is null)
                    {
                        continue;
                    }

                    var near = later.Sentence - earlier.Sentence <= 3 && PlaceAnchored(concession, later)
                        && predicates[earlier].Any(e => (Concedes(concession, later, e, earlier) || ConfirmsHolder(concession, later, e, earlier)) && PlaceAnchored(e, earlier));
                    if (Overlap(topic, earlier).Total >= 1 || near || SharedClassesBeyondStems(classes, earlier.Content) > 0)
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, Span(concession.Start, concession.End)) { Origin = StanceOrigin.Concession });
                    }
                }
            }
        }

        /// <summary>
        /// A "who:" row speaks of who the people were when it is copular ("were civilians", "no links to") or its claim
        /// counts casualties ("killed five NPA rebels"); "the rebels had fired first" is not about the dead.
        /// </summary>
        private bool IdentityAnchored(PhraseMatch<ContraryPredicate> predicate, Draft draft) =>
            !IsIdentityClass(predicate.Value.Class) || predicate.Value.Tokens[0] is "were" or "was" or "no"
            || CasualtyCounts(draft.Content).Count > 0;

        /// <summary>
        /// A "place:" predicate speaks of a place when a place word (attack_words.tsv) or a capitalised name stands within
        /// four words after it ("still held the town centre", "now held Mirebalais"), or the claim's subject is a name
        /// or holds a place word ("Walikale is now liberated", "the town remained under its control"); "the talks
        /// still held promise" does not. Other classes need no anchor.
        /// </summary>
        private bool PlaceAnchored(PhraseMatch<ContraryPredicate> predicate, Draft draft)
        {
            if (!predicate.Value.Class.StartsWith("place:", StringComparison.Ordinal))
            {
                return true;
            }

            var first = TokenAt(draft.Content.Start);
            var last = TokenBefore(draft.Content.End);
            if (first < 0 || last < first)
            {
                return false;
            }

            for (var k = predicate.End; k <= last && k < predicate.End + 4; k++)
            {
                if (IsPlaceWord(k) || IsCapitalized(k) && !IsWord(k, "The"))
                {
                    return true;
                }
            }

            if (IsCapitalized(first) && !IsWord(first, "The"))
            {
                return true;
            }

            for (var k = first; k < predicate.Start; k++)
            {
                if (IsPlaceWord(k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A taking speaks of a place only when one stands by it: "his men had also seized two armoured vehicles", "the
        /// attackers had taken away weapons" take things, and answer no "repelled the assault". Holding needs no anchor
        /// ("had repelled the assault" holds whatever was attacked).
        /// </summary>
        private bool TakesPlace(PhraseMatch<ContraryPredicate> predicate, Draft draft) =>
            predicate.Value.Class != "place:taken" || PlaceAnchored(predicate, draft) || NamesPlaceBefore(predicate, draft);

        /// <summary>"insurgents had entered Macomia but had been driven out within a day": the place named earlier in the claim.</summary>
        private bool NamesPlaceBefore(PhraseMatch<ContraryPredicate> predicate, Draft draft)
        {
            for (var k = Math.Max(0, TokenAt(draft.Content.Start)) + 1; k < predicate.Start; k++)
            {
                if (IsCapitalized(k) && !IsWord(k, "The"))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsPlaceWord(int k) =>
            _lexicon.TryGetAttackWord(Word(k), out var kind) && kind is AttackWordKind.Place or AttackWordKind.MilitaryPlace or AttackWordKind.CivilianPlace;

        /// <summary>Whether a later claim's predicate contradicts an earlier one's: who holds the place when both subjects' sides are known, else the predicate classes.</summary>
        private bool Opposed(PhraseMatch<ContraryPredicate> later, Draft laterDraft, PhraseMatch<ContraryPredicate> earlier, Draft earlierDraft) =>
            CompareHolders(later, laterDraft, earlier, earlierDraft) switch
            {
                HolderRelation.Contradict => true,
                HolderRelation.Agree => false,
                _ => Contradict(later.Value, earlier.Value) && !CountsOtherPeople(later, laterDraft, earlier, earlierDraft),
            };

        /// <summary>
        /// Gold README rule 7: a count of other people does not contradict. "neutralised 12 PKK/YPG terrorists in northern
        /// Syria" and "killing six civilians" name the dead by bare nouns ("terrorists", "civilians") in two counts that
        /// differ: they are not the same dead, so the nouns say nothing of who either's dead were. Copular rows ("the
        /// dead were civilians") speak of the dead the other claim counted and are left alone.
        /// </summary>
        private bool CountsOtherPeople(PhraseMatch<ContraryPredicate> later, Draft laterDraft, PhraseMatch<ContraryPredicate> earlier, Draft earlierDraft)
        {
            if (!IsIdentityClass(later.Value.Class) || !IsIdentityClass(earlier.Value.Class) || IsCopularIdentity(later.Value) || IsCopularIdentity(earlier.Value))
            {
                return false;
            }

            var laterAll = CasualtyCounts(laterDraft.Content);
            var earlierAll = CasualtyCounts(earlierDraft.Content);
            if (NoneOfOthers(laterAll, earlierAll) || NoneOfOthers(earlierAll, laterAll))
            {
                // "no civilians had been harmed" beside "killed 27 militants": none of one kind and some of another are
                // not the same people, so the nouns say nothing of who the other claim's dead were.
                return true;
            }

            var laterCounts = laterAll.Where(c => c.Value > 0).ToList();
            var earlierCounts = earlierAll.Where(c => c.Value > 0).ToList();
            return laterCounts.Count > 0 && earlierCounts.Count > 0 && !laterCounts.Any(l => earlierCounts.Any(e => e.Agrees(l)));

            static bool IsCopularIdentity(ContraryPredicate predicate) => predicate.Tokens[0] is "were" or "was" or "no";

            static bool NoneOfOthers(IReadOnlyList<CasualtyCount> zeroSide, IReadOnlyList<CasualtyCount> countSide) =>
                zeroSide.Count > 0 && zeroSide.All(z => z.Value == 0 && z.Class is not null)
                && countSide.Any(c => c.Value > 0) && countSide.Where(c => c.Value > 0).All(c => c.Class is not null && !zeroSide.Any(z => z.Class == c.Class));
        }

        /// <summary>Whether a later withdrawal concedes an earlier claim: by its classes, unless the sides say the holders differ, or because they say the same side holds the place.</summary>
        private bool Concedes(PhraseMatch<ContraryPredicate> later, Draft laterDraft, PhraseMatch<ContraryPredicate> earlier, Draft earlierDraft)
        {
            if (later.Value.Concedes.Length == 0)
            {
                return false;
            }

            var relation = CompareHolders(later, laterDraft, earlier, earlierDraft);
            return relation == HolderRelation.Agree || relation == HolderRelation.Unknown && later.Value.Concedes.Contains(earlier.Value.Class);
        }

        /// <summary>
        /// "Two residents told Reuters that Fano fighters had entered the town" after Fano's "they had captured the town":
        /// another party's account that the same side holds the place confirms it, though it concedes nothing.
        /// </summary>
        private bool ConfirmsHolder(PhraseMatch<ContraryPredicate> later, Draft laterDraft, PhraseMatch<ContraryPredicate> earlier, Draft earlierDraft)
        {
            // Both say who holds it ("entered" / "captured"): "fighters had entered the town" says nothing new of a
            // withdrawal the other side announced. A taking of things ("seized three armoured vehicles") holds no place.
            return later.Value.Holding == PlaceHolding.Holds && earlier.Value.Holding == PlaceHolding.Holds
                && TakesPlace(later, laterDraft) && TakesPlace(earlier, earlierDraft) && !SameOrganisation(earlierDraft.Claimant, laterDraft.Claimant!)
                && CompareHolders(later, laterDraft, earlier, earlierDraft) == HolderRelation.Agree;
        }

        private static bool Contradict(ContraryPredicate a, ContraryPredicate b) => a.Opposites.Contains(b.Class) || b.Opposites.Contains(a.Class);

        /// <summary>
        /// A strike said to have reached its target ("outcome:hit") tells how the act ended only in the attacker's own
        /// account of it ("its drones had hit the barracks", "its forces had carried out a strike and all targets had
        /// been hit"), which the target's "all the drones had been shot down" contradicts. "Russian missiles had struck
        /// its plant" is the target telling of its damage, which its own air force's "had shot down 34 of 56 missiles"
        /// does not contradict; "a vessel had been hit" by a third party tells of a hit, not of whose strike got through.
        /// </summary>
        private bool TellsOutcome(PhraseMatch<ContraryPredicate> predicate, Draft draft) =>
            !TellsActReached(predicate.Value) || IsOwnAttack(draft.Content);

        /// <summary>
        /// "one drone had hit a storage area": a strike that reached its target ("outcome:hit") is an account of the act
        /// itself, not another version of it, so it leaves a claim to the same-act reading.
        /// </summary>
        private static bool TellsActReached(ContraryPredicate predicate) => predicate.Class == "outcome:hit";

        /// <summary>Classes of contrary_predicates.tsv that say who people were ("who:civilian", "who:combatant").</summary>
        private static bool IsIdentityClass(string contraryClass) => contraryClass.StartsWith("who:", StringComparison.Ordinal);

        /// <summary>
        /// Classes of contrary_predicates.tsv that tell the state of the place spoken of: whether it is calm or fought
        /// over ("scene:calm", "scene:fighting") and who holds it ("place:taken", "place:held"). Two sides' claims on one
        /// place name it differently ("Walikale" / "the town centre"), so nearness stands for the shared word.
        /// </summary>
        private static bool IsSceneClass(string contraryClass) =>
            contraryClass.StartsWith("scene:", StringComparison.Ordinal) || contraryClass.StartsWith("place:", StringComparison.Ordinal);

        /// <summary>Whether a content refers to an incident by an event noun ("the attack", "the attackers", "the raid").</summary>
        private bool NamesEvent(TextSpan content)
        {
            for (var k = Math.Max(0, TokenAt(content.Start)); k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                var w = Word(k);
                if (Has(_eventNouns, w) || w.Length > 5 && w.EndsWith("ers", StringComparison.OrdinalIgnoreCase) && Has(_eventNouns, w[..^3]))
                {
                    return true;
                }
            }

            return false;
        }

        private List<PhraseMatch<ContraryPredicate>> ContraryIn(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            if (first < 0 || last < first)
            {
                return [];
            }

            List<PhraseMatch<ContraryPredicate>> found = [.. _lexicon.ContraryIndex.FindAll(_text, _tokens, first, last + 1)];
            found.RemoveAll(m => m.Value.Holding != PlaceHolding.None && DescribesPlace(m, last));
            AddIdentityReadings(found, first, last);
            return found;
        }

        /// <summary>
        /// "Kidal, the northern town held by Tuareg-led rebels for almost a decade": a holding participle right after
        /// the place's noun, with its agent after "by" and no auxiliary, describes the place as it was, not what the
        /// claim says happened to it; read as the claim's event it contradicts the claim's own "had taken control".
        /// </summary>
        private bool DescribesPlace(PhraseMatch<ContraryPredicate> m, int last) =>
            m.End <= last && IsWord(m.End, "by") && m.Start > 0 && _tokens[m.Start - 1].Kind == TokenKind.Word
            && !Has(_beVerbs, Word(m.Start - 1)) && !IsAuxiliary(m.Start - 1) && !Has(_pronouns, Word(m.Start - 1));

        /// <summary>Stands for a statement of who people were read from identity_words.tsv; its first token marks it copular (see IdentityAnchored).</summary>
        private static readonly ContraryPredicate _saysCivilian = new(["were", "civilian"], "who:civilian", ["who:combatant"], []);

        private static readonly ContraryPredicate _saysCombatant = new(["were", "combatant"], "who:combatant", ["who:civilian"], []);

        /// <summary>
        /// "the dead included two shepherds", "identified one of the dead as a 16-year-old student", "the men killed ...
        /// were local police officers ..., not militants": in a claim that has named the dead, a person noun of a kind
        /// (identity_words.tsv) after a relation word says who the people were, whatever the phrasing; a negation just
        /// before it says they were of the other kind. Nouns already inside a "who:" row of contrary_predicates.tsv are
        /// read by that row.
        /// </summary>
        private void AddIdentityReadings(List<PhraseMatch<ContraryPredicate>> found, int first, int last)
        {
            var namesDead = false;
            for (var k = first; k <= last; k++)
            {
                if (!_lexicon.TryGetIdentityWord(Word(k), out var kind))
                {
                    continue;
                }

                // "civilians, including children, had been killed" names no dead before its nouns: it counts people, it does
                // not say who another claim's dead were.
                // "those killed in the raid" names the dead; "killed 46 people" is the verb, its object still to come.
                namesDead |= kind == IdentityWordKind.Dead && !(k + 1 <= last && _text[_tokens[k + 1].Start] is >= '0' and <= '9' || k + 1 <= last && IsWord(k + 1, "people"));
                if (!namesDead || kind is not (IdentityWordKind.Civilian or IdentityWordKind.Combatant))
                {
                    continue;
                }

                var negated = false;
                var related = false;
                for (var j = k - 1; j >= Math.Max(first, k - 4); j--)
                {
                    if (_lexicon.TryGetIdentityWord(Word(j), out var before))
                    {
                        negated |= before == IdentityWordKind.Negation && j >= k - 2;
                        related |= before == IdentityWordKind.Relation;
                    }
                }

                // A row of contrary_predicates.tsv reads the noun unless a negation turns it into the other kind: the bare
                // row "militants" would read "..., not militants" as saying the dead were militants.
                var covered = found.Any(m => IsIdentityClass(m.Value.Class) && m.Start <= k && k < m.End);
                if (negated)
                {
                    found.RemoveAll(m => IsIdentityClass(m.Value.Class) && m.Start <= k && k < m.End);
                }

                if (negated || related && !covered)
                {
                    var civilian = kind == IdentityWordKind.Civilian != negated;
                    found.Add(new PhraseMatch<ContraryPredicate>(k, k + 1, civilian ? _saysCivilian : _saysCombatant));
                }
            }
        }

        /// <summary>
        /// "The city's mayor also said that nine people had died": a claim by another side whose cue carries "also" and
        /// that shares content words with an earlier claim repeats it, which corroborates it.
        /// </summary>
        private void FindAlsoCorroborations()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || later.CueToken < 1 || !(IsWord(later.CueToken - 1, "also") || IsWord(later.CueToken + 1, "also")))
                {
                    continue;
                }

                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by)))
                    {
                        continue;
                    }

                    var overlap = Overlap(topic, earlier);
                    if (overlap.Lower >= 1 && overlap.Total >= 2 || Figures(earlier.Content).Overlaps(Figures(later.Content)) || SharesCount(earlier, later))
                    {
                        var also = IsWord(later.CueToken - 1, "also") ? later.CueToken - 1 : later.CueToken;
                        // "X also said that ..." puts the cue first, "..., X also said" last: the evidence spans both either way.
                        var evidence = new TextSpan(Math.Min(_tokens[also].Start, later.Content.Start), Math.Max(_tokens[also].End, later.Content.End));
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, evidence) { Origin = StanceOrigin.Also });
                    }
                }
            }
        }

        /// <summary>
        /// Gold README rule 7. "Turkish drones struck a vehicle ..., killing three people" / "Turkey's defence ministry
        /// said its forces had killed three members of the PKK": a party telling of its own attack (attack_words.tsv)
        /// confirms the claim, a few sentences back, that names it as the attacker, though it names the dead or the
        /// target otherwise. "Hezbollah said it had fired a salvo of rockets at an Israeli army base" / "The Israeli
        /// military said about 30 projectiles had crossed": the target, named in the attacker's claim, telling of
        /// being hit confirms it too. A party that already disputed or denied the claim keeps that stance.
        /// </summary>
        private void FindOwnAttackConfirmations()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by)
                {
                    continue;
                }

                var ownAttack = IsOwnAttack(later.Content);
                var hit = !ownAttack && IsTargetAccount(later.Content);
                if (!ownAttack && !hit)
                {
                    continue;
                }

                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > (ownAttack ? _ownAttackWindow : 2)
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by)))
                    {
                        continue;
                    }

                    // The attacker's own claim confirms a claim that tells of an attack by it; the target's account
                    // confirms an attacker's claim of its own attack that names the target's side.
                    var confirms = ownAttack
                        ? Has(earlier.Content, AttackWordKind.Act) && (NamedIn(by, earlier.Content) || HeadNamedIn(by, earlier.Content))
                        : earlier.Claimant is { } attacker && IsOwnAttack(earlier.Content) && !SameOrganisation(attacker, by) && NamedIn(by, earlier.Content);
                    if (!confirms)
                    {
                        continue;
                    }

                    // "its aircraft had struck "a temporary deployment point"" answers "hit a residential building": the
                    // attacker owns the strike but says it hit another kind of place.
                    var otherPlace = ownAttack && Has(later.Content, AttackWordKind.MilitaryPlace) && !Has(later.Content, AttackWordKind.CivilianPlace)
                        && Has(earlier.Content, AttackWordKind.CivilianPlace);
                    earlier.Stances.Add(new ClaimStance(by, otherPlace ? StanceKind.Disputes : StanceKind.Supports, later.Content) { Origin = StanceOrigin.OwnAttack });
                }
            }
        }

        /// <summary>
        /// Gold README rule 7, another target in other words than "its": "A Russian ballistic missile struck a five-storey
        /// apartment building" / Russia's defence ministry: "a strike had destroyed a command post ... in the city";
        /// "its aircraft had struck a Hezbollah command centre" / the civil defence: "the strike had flattened a
        /// residential building". A later claim by another party telling of an attack on only a military kind of place
        /// where an earlier claim of an attack, about the same incident (a shared word or name, or "the strike"), names
        /// only a civilian kind (or the other way round) disputes it; "it had struck rebel positions in the hills" after
        /// "a market in the town had been shelled" is another incident.
        /// </summary>
        private void FindOtherTargets()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || !Has(later.Content, AttackWordKind.Act) || HoldsStance(later.Content) || PlaceKind(later.Content) is not { } laterKind)
                {
                    continue;
                }

                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _ownAttackWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by)
                        || earlier.Stances.Any(x => SameParty(x.By, by) && x.Stance is StanceKind.Disputes or StanceKind.Denies)
                        || !Has(earlier.Content, AttackWordKind.Act) || PlaceKind(earlier.Content) is not { } earlierKind || earlierKind == laterKind
                        || Overlap(topic, earlier).Total < 1 && !NamesEvent(later.Content) || SharesPlaceWord(earlier.Content, later.Content))
                    {
                        // "had targeted army positions inside the camp" names the camp that was attacked: a finer account
                        // of the same target, not another one.
                        continue;
                    }

                    earlier.Stances.RemoveAll(x => SameParty(x.By, by) && x.Stance == StanceKind.Supports);
                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.OtherTarget });
                }
            }
        }

        /// <summary>Whether two contents name a place by one word of attack_words.tsv ("the Zamzam displacement camp" / "inside the camp").</summary>
        private bool SharesPlaceWord(TextSpan a, TextSpan b)
        {
            var places = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = Math.Max(0, TokenAt(a.Start)); k < _tokens.Length && _tokens[k].Start < a.End; k++)
            {
                if (IsPlaceWord(k))
                {
                    places.Add(Stem(Word(k)));
                }
            }

            for (var k = Math.Max(0, TokenAt(b.Start)); k < _tokens.Length && _tokens[k].Start < b.End; k++)
            {
                if (IsPlaceWord(k) && places.Contains(Stem(Word(k))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The one kind of place a claim says was hit, military or civilian, or null when it names neither or both.</summary>
        private AttackWordKind? PlaceKind(TextSpan content)
        {
            var military = Has(content, AttackWordKind.MilitaryPlace);
            var civilian = Has(content, AttackWordKind.CivilianPlace);
            return military == civilian ? null : military ? AttackWordKind.MilitaryPlace : AttackWordKind.CivilianPlace;
        }

        /// <summary>How many sentences back a party's account of its own attack may confirm the claim of that attack.</summary>
        private const int _ownAttackWindow = 4;

        /// <summary>
        /// Whether a claim's content tells of the speaker's own act: "its forces had killed", "it had struck", "they had
        /// attacked", "its aircraft had "neutralised"", "its forces had carried out a massive strike" (the speaker, or its
        /// people, as the subject of an attack verb or of an agent verb with an attack noun): rule 7's own attack.
        /// </summary>
        private bool IsOwnAttack(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            return first >= 0 && last >= first && IsOwnSubjectThenAttack(first, last);
        }

        /// <summary>A possessive that makes its noun the speaker's people: "its forces", "their fighters", "our troops".</summary>
        private bool IsPossessive(int k) => IsWord(k, "its") || IsWord(k, "their") || IsWord(k, "our");

        private bool IsOwnSubjectThenAttack(int k, int last)
        {
            if (IsWord(k, "it") || IsWord(k, "they") || IsWord(k, "we"))
            {
                k++;
            }
            else if (IsPossessive(k))
            {
                // The possessed noun: "its forces", "its sea drones", "their fighters".
                k++;
                for (var nouns = 0; k <= last && nouns < 2 && _tokens[k].Kind == TokenKind.Word && !IsAuxiliary(k) && !Has(_beVerbs, Word(k)) && !IsAttackAct(k); nouns++)
                {
                    k++;
                }
            }
            else
            {
                return false;
            }

            while (k <= last && (IsAuxiliary(k) || Has(_beVerbs, Word(k)) || _tokens[k].Kind == TokenKind.Quote))
            {
                k++;
            }

            return k <= last && (IsAttackAct(k) || IsAgentVerb(k) && AttackNounAfter(k, last));
        }

        /// <summary>How many words an agent verb's object may take before its attack noun ("carried out a massive strike").</summary>
        private const int _attackNounReach = 4;

        /// <summary>
        /// "carried out a massive strike", "launched an attack", "conducted airstrikes": an agent verb (agency_words.tsv)
        /// whose object, within a few words and before any preposition or clause end, is an attack word, so that the
        /// periphrastic act reads as the attack verb would.
        /// </summary>
        private bool AttackNounAfter(int verb, int last)
        {
            for (var k = verb + 1; k <= last && k <= verb + _attackNounReach; k++)
            {
                if (IsAttackAct(k))
                {
                    return true;
                }

                if (!IsWord(k, "out") && (IsPreposition(k) || EndsClause(k) || _tokens[k].Kind != TokenKind.Word))
                {
                    return false;
                }
            }

            return false;
        }

        private bool IsAttackAct(int k) => _lexicon.TryGetAttackWord(Word(k), out var kind) && kind == AttackWordKind.Act;

        private bool Has(TextSpan content, AttackWordKind wanted)
        {
            for (var k = Math.Max(0, TokenAt(content.Start)); k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                if (_lexicon.TryGetAttackWord(Word(k), out var kind) && kind == wanted)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "about 30 projectiles had crossed from Lebanon", "a vessel had reported being hit": the target telling of being
        /// attacked, with what was fired or an attack verb in the passive. "air defences had destroyed 48 drones" tells
        /// of the target's own act, not of being hit.
        /// </summary>
        private bool IsTargetAccount(TextSpan content)
        {
            var first = Math.Max(0, TokenAt(content.Start));
            var weapon = false;
            var passive = false;
            for (var k = first; k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                if (!_lexicon.TryGetAttackWord(Word(k), out var kind))
                {
                    continue;
                }

                if (kind == AttackWordKind.Act)
                {
                    if (k == first || !(Has(_beVerbs, Word(k - 1)) || IsWord(k - 1, "being")))
                    {
                        return false;
                    }

                    passive = true;
                }

                weapon |= kind == AttackWordKind.Weapon;
            }

            return weapon || passive;
        }

        /// <summary>"Gang members killed at least 70 people" names "The Gran Grif gang": the party's lower-case head noun, unless it is a generic word ("army", "group").</summary>
        private bool HeadNamedIn(ClaimantMention by, TextSpan content)
        {
            var head = Head(by.NamingSpan.Slice(_text));
            if (head.Length < 4 || !char.IsLower(head[0]) || _lexicon.ClaimantWords.ContainsKey(head))
            {
                return false;
            }

            for (var k = Math.Max(0, TokenAt(content.Start)); k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                if (Word(k).Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "SANA ... but later withdrew the report", "The MNDAA later withdrew the figure of 200": a source taking back
        /// its own claim disputes it. The target is the claim giving the figure named, else the latest claim by the same
        /// source.
        /// </summary>
        private void FindRetractions(int s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (InQuote(i) || !_lexicon.RetractionIndex.TryMatch(_text, _tokens, i, end, out var match))
                {
                    continue;
                }

                // "SANA reported that ..., but later withdrew the report": after a conjunction the subject is the reporter's.
                var before = i - 1;
                while (before > start && IsAuxiliary(before))
                {
                    before--;
                }

                var coordinated = IsWord(before, "but") || IsWord(before, "and");
                var by = coordinated ? _drafts.LastOrDefault(d => d.Sentence == s && d.Content.End <= _tokens[i].Start)?.Claimant : SubjectOf(i, start);
                if (by is null)
                {
                    continue;
                }

                var objectEnd = ClauseEnd(match.End, end, stopAtComma: true);
                var evidence = Span(match.Start, Math.Max(match.End, objectEnd));
                var earlier = _drafts.Where(d => d.Content.End <= _tokens[i].Start).ToList();
                var figures = Figures(Span(match.End, Math.Max(match.End + 1, objectEnd)));
                var target = figures.Count > 0
                    ? earlier.LastOrDefault(d => Figures(d.Content).Overlaps(figures))
                    : earlier.LastOrDefault(d => d.Claimant is { } c && (SameParty(c, by) || SameOrganisation(c, by)));
                if (target is not null && !target.Stances.Any(x => x.By.Span == by.Span && x.Stance == StanceKind.Disputes))
                {
                    target.Stances.Add(new ClaimStance(by, StanceKind.Disputes, evidence) { Origin = StanceOrigin.Retraction });
                }

                i = match.End - 1;
            }
        }

        /// <summary>"The death toll was confirmed by Ukraine's State Emergency Service": the agent of a passive stance phrase ending in "by".</summary>
        private ClaimantMention? AgentAfter(PhraseMatch<StancePhrase> match, int end)
        {
            if (match.Value.Tokens is not [.., "by"])
            {
                return null;
            }

            var k = match.End;
            var capitals = 0;
            while (k < end && _tokens[k].Kind == TokenKind.Word && (IsCapitalized(k) || IsWord(k, "of") || IsWord(k, "the") || IsWord(k, "'s") || IsWord(k, "\u2019s")))
            {
                capitals += IsCapitalized(k) ? 1 : 0;
                k++;
            }

            while (k > match.End && !IsCapitalized(k - 1))
            {
                k--;
            }

            return capitals > 0 && k > match.End ? Mention(match.End, k, appositive: null) : null;
        }

        /// <summary>Whether a claim's content names the party ("Turkish drones" names "Turkey's defence ministry"): a capitalised word's first four letters.</summary>
        private bool NamedIn(ClaimantMention by, TextSpan content)
        {
            var text = content.AsSpan(_text);
            foreach (var prefix in NamePrefixes(by))
            {
                if (text.Contains(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return MentionsParty(content, by);
        }

        /// <summary>
        /// The first four letters of each capitalised name word of a claimant's naming words, other than the lexicon's
        /// claimant words ("Ministry", "Council"): what names that claimant elsewhere ("Russian" for "Russia's defence
        /// ministry"). Read once per claimant: pairs of claims ask again and again.
        /// </summary>
        private List<string> NamePrefixes(ClaimantMention party)
        {
            if (_namePrefixes.TryGetValue(party, out var known))
            {
                return known;
            }

            var prefixes = new List<string>();
            for (var k = TokenAt(party.NamingSpan.Start); k >= 0 && k < _tokens.Length && _tokens[k].Start < party.NamingSpan.End; k++)
            {
                var w = Word(k);
                if (IsCapitalized(k) && w.Length >= 4 && !_lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    prefixes.Add(w[..4].ToString());
                }
            }

            _namePrefixes.Add(party, prefixes);
            return prefixes;
        }

        private readonly Dictionary<ClaimantMention, List<string>> _namePrefixes = new(ReferenceEqualityComparer.Instance);

        /// <summary>Whether a content names a force by a capitalised modifier ("the Russian army", "600 Ukrainian soldiers").</summary>
        private bool NamesForce(TextSpan content)
        {
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, TokenAt(content.Start)); k < last; k++)
            {
                if (IsCapitalized(k) && (_lexicon.TryGetSide(Word(k + 1), out _) || _lexicon.TryGetCasualtyWord(Word(k + 1), out var noun) && noun.Role == CasualtyRole.Noun))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MentionsModifier(CasualtyCount count, string otherContent) =>
            count.Modifier is null || otherContent.Contains(count.Modifier, StringComparison.Ordinal);

        // ---- casualty counts -----------------------------------------------------------------------------------

        private bool SharesCount(Draft a, Draft b)
        {
            var counts = CasualtyCounts(b.Content);
            return CasualtyCounts(a.Content).Any(x => counts.Any(y => x.Comparable(y) && x.Agrees(y)));
        }

        /// <summary>
        /// Two claims are about one incident when they share a content word or a name, or stand within three sentences
        /// (or the later one is too short to say otherwise). <paramref name="topic"/>: the later claim's stems, when the
        /// caller has them.
        /// </summary>
        private bool SameIncident(Draft earlier, Draft later, List<string>? topic = null) =>
            later.Sentence - earlier.Sentence <= 3 || WordCount(later.Content) <= 8
            || Overlap(topic ?? Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1), earlier).Total >= 1;

        /// <summary>
        /// The casualty counts a content states, read once per content: the status rules compare every pair of claims,
        /// and each comparison asks for both claims' counts.
        /// </summary>
        private IReadOnlyList<CasualtyCount> CasualtyCounts(TextSpan content)
        {
            if (!_casualtyCounts.TryGetValue(content, out var counts))
            {
                counts = ReadCasualtyCounts(content);
                _casualtyCounts.Add(content, counts);
            }

            return counts;
        }

        private readonly Dictionary<TextSpan, List<CasualtyCount>> _casualtyCounts = [];

        private List<CasualtyCount> ReadCasualtyCounts(TextSpan content)
        {
            var counts = new List<CasualtyCount>();
            var first = Math.Max(0, TokenAt(content.Start));
            var last = TokenBefore(content.End);
            var previousCount = -1;
            for (var k = first; k <= last && k < _tokens.Length; k++)
            {
                if (ZeroCount(k, first, last) is { } zero)
                {
                    counts.Add(zero);
                    if (zero.Kind == CasualtyRole.Wounded && IsHarmWordNear(k, first, last))
                    {
                        // "no civilians had been harmed" says none was killed either.
                        counts.Add(zero with { Kind = CasualtyRole.Killed });
                    }

                    continue;
                }

                if (VagueCount(k, last) is { } vague)
                {
                    // "dozens of soldiers had been killed": at least two dozen, of the people after "of".
                    if (NearestCasualtyKind(k, first, last) is { } vagueKind)
                    {
                        counts.Add(new CasualtyCount(vague.Least, CountBound.AtLeast, vagueKind, vague.Class, null));
                    }

                    continue;
                }

                if (!TryNumber(k, out var value) && !IsOneCounted(k, last, out value) || IsOthersFigure(k, first))
                {
                    continue;
                }

                // What follows the number: "54 civilians", "600 Ukrainian soldiers", "130 wounded patients", "38" (a toll).
                var next = k + 1;
                string? modifier = null;
                CasualtyRole? kind = null;
                if (next <= last && IsCapitalized(next))
                {
                    modifier = Word(next).ToString();
                    next++;
                }

                if (next <= last && _lexicon.TryGetCasualtyWord(Word(next), out var after) && after.Role != CasualtyRole.Noun && !IsBuriedUnder(next))
                {
                    kind = after.Role;
                    next++;
                }

                string? nounClass = null;
                if (next < last && IsWord(next, "of"))
                {
                    // "30 bodies of soldiers", "four of its fighters": the counted people follow "of", after a possessive.
                    var counted = CountedAfterOf(next);
                    if (counted <= last && _lexicon.TryGetCasualtyWord(Word(counted), out var ofNoun) && ofNoun.Role == CasualtyRole.Noun)
                    {
                        nounClass = ofNoun.Class;
                    }

                    next = last + 1;
                }

                if (next <= last && _tokens[next].Kind == TokenKind.Word && !IsPreposition(next) && !Has(_beVerbs, Word(next)) && !IsAuxiliary(next)
                    && !Has(_clauseStarters, Word(next)) && !IsWord(next, "and") && !IsWord(next, "or"))
                {
                    if (!_lexicon.TryGetCasualtyWord(Word(next), out var noun))
                    {
                        // "11 vehicles", "40 times", "200 metres": not a count of people.
                        continue;
                    }

                    if (noun.Role == CasualtyRole.Noun)
                    {
                        nounClass = noun.Class;
                    }
                    else if (kind is null && Word(next).Equals("dead", StringComparison.OrdinalIgnoreCase))
                    {
                        kind = CasualtyRole.Killed;
                    }
                }

                var toll = kind is null && IsTollNear(k, first, last);
                kind ??= NearestCasualtyKind(k, first, last);
                nounClass ??= AppositiveClass(k, last) ?? CopularClass(k, last);

                // "killing 14 people, including five children", "two children were among the dead": a part of the
                // dead, so at least that many, not their number; far from the killing word, a part is of the kind of
                // the whole before it ("the deaths of 96 people in the fighting, among them 25 SDF fighters").
                // "among them 25 fighters and 19 civilians": a count coordinated with a part is a part too.
                var part = IsPartCount(k, first, last) || counts.Count > 0 && counts[^1].Part && k - 1 >= first && (IsWord(k - 1, "and") || IsWord(k - 1, ","))
                    || IsPartOfThem(k, last, kind, counts, previousCount);
                if (kind is null && part && counts.Count > 0)
                {
                    kind = counts[^1].Kind;
                }

                if (kind is { } found)
                {
                    counts.Add(new CasualtyCount(value, part ? CountBound.AtLeast : BoundOf(k, first), found, nounClass, modifier, toll, part));
                    previousCount = k;
                }
            }

            // "the deaths of 96 people, among them 25 SDF fighters and 19 civilians": the whole is a sum of several
            // kinds of people, so it is compared with other wholes, not with another claim's count of fighters alone
            // (which the part of that class answers).
            // One part ("19 people, including two children") leaves the whole comparable: it may be of that kind alone.
            if (counts.Where(c => c.Part && c.Class is not null).Select(c => c.Class).Distinct().Count() > 1)
            {
                for (var i = 0; i < counts.Count; i++)
                {
                    var whole = counts[i].Kind;
                    if (!counts[i].Part && counts[i].Class is null && counts.Where(c => c.Part && c.Class is not null && c.Kind == whole).Select(c => c.Class).Distinct().Count() > 1)
                    {
                        counts[i] = counts[i] with { Class = CasualtyCount.Mixed };
                    }
                }
            }

            return counts;
        }

        /// <summary>
        /// "the army's figure of 15 dead was "propaganda"": a count named as another party's figure, toll or claim is the
        /// figure the claimant answers, not one it gives; read as its own it would dispute every other count near it.
        /// </summary>
        private bool IsOthersFigure(int number, int first)
        {
            if (number - 2 < first || !IsWord(number - 1, "of") || !_lexicon.IsGenericObject(Word(number - 2)))
            {
                return false;
            }

            // The possessive before the noun ("the army's figure", "the rebels' toll") says whose it is.
            return IsPossessiveMark(number - 3);
        }

        /// <summary>
        /// A count without a number (vague_counts.tsv): "dozens of soldiers", "hundreds of civilians", "scores of their
        /// fighters"; only before "of" and a word naming people, so "dozens of houses" counts no one. Null otherwise.
        /// </summary>
        private (double Least, string? Class)? VagueCount(int k, int last)
        {
            if (k + 2 > last || !_lexicon.TryGetVagueCount(Word(k), out var least) || !IsWord(k + 1, "of"))
            {
                return null;
            }

            var counted = CountedAfterOf(k + 1);
            return counted <= last && _lexicon.TryGetCasualtyWord(Word(counted), out var noun) && noun.Role == CasualtyRole.Noun ? (least, noun.Class) : null;
        }

        /// <summary>The word a count's "of" at <paramref name="of"/> counts: the next one, or the one after its/their/the ("four of its fighters").</summary>
        private int CountedAfterOf(int of) => IsWord(of + 1, "its") || IsWord(of + 1, "their") || IsWord(of + 1, "the") ? of + 2 : of + 1;

        /// <summary>"one soldier had been killed": "one" counts only before a counted noun ("one of the sources" is no count).</summary>
        private bool IsOneCounted(int k, int last, out double value)
        {
            value = 1;
            return IsWord(k, "one") && k + 1 <= last && _lexicon.TryGetCasualtyWord(Word(k + 1), out var noun) && noun.Role == CasualtyRole.Noun;
        }

        /// <summary>
        /// "killing nine people, six of them children", "12 wounded, three of whom seriously": a count before "of them" or
        /// "of whom" is a part of the people just counted, so only after a count of the same kind in the same sentence;
        /// alone ("troops had killed 15 of them") "them" are people named before, and the count is their number.
        /// </summary>
        private bool IsPartOfThem(int number, int last, CasualtyRole? kind, List<CasualtyCount> counts, int previousCount)
        {
            if (number + 2 > last || !IsWord(number + 1, "of") || !IsWord(number + 2, "them") && !IsWord(number + 2, "whom")
                || previousCount < 0 || counts.Count == 0 || kind is { } own && counts[^1].Kind != own)
            {
                return false;
            }

            for (var k = previousCount + 1; k < number; k++)
            {
                if (IsSentenceFinal(k) || IsWord(k, ";"))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a count is a part of the dead: "including five children", "the dead included seven children", "two
        /// children were among the dead", "four of the dead were conscripts".
        /// </summary>
        private bool IsPartCount(int number, int first, int last)
        {
            if (number - 1 >= first && (IsWord(number - 1, "including") || IsWord(number - 1, "included") || IsWord(number - 1, "includes")))
            {
                return true;
            }

            // "96 people, among them 25 fighters", "among whom 19 civilians".
            if (number - 2 >= first && IsWord(number - 2, "among") && (IsWord(number - 1, "them") || IsWord(number - 1, "whom") || IsWord(number - 1, "those")))
            {
                return true;
            }

            if (number + 3 <= last && IsWord(number + 1, "of") && IsWord(number + 2, "the")
                && _lexicon.TryGetCasualtyWord(Word(number + 3), out var whole) && (whole.Role == CasualtyRole.Killed || whole.Class == "any"))
            {
                return true;
            }

            for (var k = number + 1; k <= Math.Min(last, number + 4); k++)
            {
                if (IsWord(k, "among"))
                {
                    return true;
                }

                if (_tokens[k].Kind == TokenKind.Number)
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>
        /// Who a count of "people" were when an apposition says it: "46 people, most of them women and children" counts
        /// civilians, so that it is not a different figure for "about 20 militants" (gold README rule 7: a count of other
        /// people does not contradict).
        /// </summary>
        private string? AppositiveClass(int number, int last)
        {
            for (var k = number + 1; k <= Math.Min(last, number + 5); k++)
            {
                if (_tokens[k].Kind == TokenKind.Number)
                {
                    return null;
                }

                if (!IsWord(k, "them") && !IsWord(k, "mostly"))
                {
                    continue;
                }

                for (var j = k + 1; j <= Math.Min(last, k + 2); j++)
                {
                    if (_lexicon.TryGetCasualtyWord(Word(j), out var noun) && noun is { Role: CasualtyRole.Noun, Class: { } nounClass })
                    {
                        return nounClass;
                    }
                }

                return null;
            }

            return null;
        }

        /// <summary>"four of the dead were conscripts": who a part of the dead were, said after it with "were".</summary>
        private string? CopularClass(int number, int last)
        {
            if (number + 3 <= last && _lexicon.TryGetCasualtyWord(Word(number + 1), out var dead) && dead.Role == CasualtyRole.Killed
                && (IsWord(number + 2, "were") || IsWord(number + 2, "was")))
            {
                // "the three dead were Marma villagers": who the counted dead were, a national or ethnic name between.
                var k = IsCapitalized(number + 3) && number + 4 <= last ? number + 4 : number + 3;
                return _lexicon.TryGetCasualtyWord(Word(k), out var who) && who is { Role: CasualtyRole.Noun, Class: { } whoClass } ? whoClass : null;
            }

            if (!(number + 4 <= last && IsWord(number + 1, "of") && IsWord(number + 2, "the")))
            {
                return null;
            }

            for (var k = number + 4; k <= Math.Min(last, number + 5); k++)
            {
                if ((IsWord(k, "were") || IsWord(k, "was")) && k + 1 <= last
                    && _lexicon.TryGetCasualtyWord(Word(k + 1), out var noun) && noun is { Role: CasualtyRole.Noun, Class: { } nounClass })
                {
                    return nounClass;
                }
            }

            return null;
        }

        /// <summary>
        /// "none of their fighters had died", "no civilians were killed": a count of zero of a kind of people, when a
        /// killed or wounded word stands near.
        /// </summary>
        private CasualtyCount? ZeroCount(int k, int first, int last)
        {
            var noun = -1;
            if (IsWord(k, "none") && k + 2 <= last && IsWord(k + 1, "of"))
            {
                noun = CountedAfterOf(k + 1);
            }
            else if (IsWord(k, "no") && k + 1 <= last)
            {
                noun = k + 1;
                if (OfComplement(k, last) is var complement && complement > 0 && !IsCasualtyWord(noun))
                {
                    // "no record of civilian casualties", "no reports of injuries": the negation reaches over the "of" complement.
                    noun = complement;
                }
            }
            else if (IsWord(k, "not") && OfComplement(k, last) is var notComplement && notComplement > 0)
            {
                // "it was not aware of any injuries": "not" denies the speaker knows of any, which claims there were none.
                noun = notComplement;
            }
            else if (IsWord(k, "none") && k + 1 <= last && IsAuxiliary(k + 1))
            {
                // "two soldiers had been slightly wounded and none had been killed": none of the people just counted.
                // The word after it says what did not happen to them (the nearest word before may be another role).
                return NearestCasualtyKind(k, k, last) is { } noneKind ? new CasualtyCount(0, CountBound.Exact, noneKind, null, null) : null;
            }

            if (noun >= 0 && noun <= last && _lexicon.TryGetCasualtyWord(Word(noun), out var harmNoun) && harmNoun.Role is CasualtyRole.Killed or CasualtyRole.Wounded
                && IsPluralHarmNoun(noun))
            {
                // "no injuries", "no deaths", "not aware of any fatalities": the harm is the noun itself, of anyone.
                return new CasualtyCount(0, CountBound.Exact, harmNoun.Role, null, null);
            }

            if (noun < 0 || noun > last || !_lexicon.TryGetCasualtyWord(Word(noun), out var word) || word.Role != CasualtyRole.Noun)
            {
                return null;
            }

            return NegatedPredicate(noun, last) switch
            {
                ScopedPredicate.Harm harm => new CasualtyCount(0, CountBound.Exact, harm.Role, word.Class, null),
                ScopedPredicate.Other => null,
                _ => NearestCasualtyKind(noun, first, last) is { } kind ? new CasualtyCount(0, CountBound.Exact, kind, word.Class, null) : null,
            };
        }

        /// <summary>
        /// The casualty word a negation reaches through a short "of" complement in its clause: "not aware of any
        /// injuries", "no record of civilian casualties", "no reports of deaths" (up to three words to "of", two after
        /// it); -1 when none ("no trace of the vessel", "not part of the operation").
        /// </summary>
        private int OfComplement(int negation, int last)
        {
            for (var j = negation + 1; j <= Math.Min(last, negation + 4); j++)
            {
                if (EndsClause(j))
                {
                    return -1;
                }

                if (!IsWord(j, "of"))
                {
                    continue;
                }

                for (var m = j + 1; m <= Math.Min(last, j + 3); m++)
                {
                    if (EndsClause(m))
                    {
                        return -1;
                    }

                    if (IsCasualtyWord(m) && (IsPluralHarmNoun(m) || _lexicon.TryGetCasualtyWord(Word(m), out var w) && w.Role == CasualtyRole.Noun))
                    {
                        return m;
                    }
                }

                return -1;
            }

            return -1;
        }

        private bool IsCasualtyWord(int k) => _lexicon.TryGetCasualtyWord(Word(k), out _);

        /// <summary>"injuries", "deaths", "fatalities": a killed or wounded word that is a plural noun, not a participle ("killed", "wounding") nor "hurt".</summary>
        private bool IsPluralHarmNoun(int k)
        {
            var w = Word(k);
            return w.Length > 4 && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && _lexicon.TryGetCasualtyWord(w, out var harm)
                && harm.Role is CasualtyRole.Killed or CasualtyRole.Wounded;
        }

        /// <summary>What a negation of people says did not happen to them, read within its clause.</summary>
        private abstract record ScopedPredicate
        {
            /// <summary>"no civilians had been killed": a killed or wounded participle.</summary>
            public sealed record Harm(CasualtyRole Role) : ScopedPredicate;

            /// <summary>"none of its members had been involved": another predicate; the negation counts no dead.</summary>
            public sealed record Other : ScopedPredicate;
        }

        /// <summary>
        /// The predicate a negated noun ("no soldier", "none of its members") is the subject of: the first participle or
        /// verb after it before its clause ends (a comma, "and", "but", "who", a clause starter). "none of its members
        /// had been involved and that the three dead were villagers" says nothing of its members' deaths, though a
        /// killed word stands seven tokens away; null when the clause has no verb ("no casualties among the troops").
        /// </summary>
        private ScopedPredicate? NegatedPredicate(int noun, int last)
        {
            for (var k = noun + 1; k <= last; k++)
            {
                if (EndsClause(k))
                {
                    return null;
                }

                if (IsAuxiliary(k) || Has(_beVerbs, Word(k)))
                {
                    continue;
                }

                if (_lexicon.TryGetCasualtyWord(Word(k), out var w) && w.Role is CasualtyRole.Killed or CasualtyRole.Wounded)
                {
                    return new ScopedPredicate.Harm(w.Role);
                }

                if (Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || TryVerb(k, out _))
                {
                    return new ScopedPredicate.Other();
                }
            }

            return null;
        }

        /// <summary>Whether "hurt" or "harmed" (any harm, not only wounds) stands within six tokens after a "no"/"none".</summary>
        private bool IsHarmWordNear(int k, int first, int last)
        {
            for (var i = k + 1; i <= Math.Min(last, k + 6); i++)
            {
                if (IsWord(i, "hurt") || IsWord(i, "harmed"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether "toll" stands within three tokens before a number ("the toll was at least 70").</summary>
        private bool IsTollNear(int number, int first, int last)
        {
            for (var k = Math.Max(first, number - 4); k < number && k <= last; k++)
            {
                if (Word(k).StartsWith("toll", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The killed or wounded word nearest a number within seven tokens of it in the content ("killing 54", "six people were killed").</summary>
        private CasualtyRole? NearestCasualtyKind(int number, int first, int last)
        {
            // Seven tokens: "two herders and a boy had been killed".
            for (var distance = 1; distance <= 7; distance++)
            {
                foreach (var k in (ReadOnlySpan<int>)[number - distance, number + distance])
                {
                    if (k >= first && k <= last && _lexicon.TryGetCasualtyWord(Word(k), out var word) && word.Role != CasualtyRole.Noun && !IsBuriedUnder(k))
                    {
                        return word.Role;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// "20 people were believed buried under the rubble": buried under or beneath something is trapped, not dead and
        /// buried (casualty_words.tsv reads "buried" as a burial, "residents had buried 23 people").
        /// </summary>
        private bool IsBuriedUnder(int k) => IsWord(k, "buried") && (IsWord(k + 1, "under") || IsWord(k + 1, "beneath"));

        private CountBound BoundOf(int number, int first)
        {
            if (number - 1 < first)
            {
                return CountBound.Exact;
            }

            var before = Word(number - 1);
            foreach (var (word, bound) in _boundWords)
            {
                if (!before.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // "more than" / "fewer than", "at most" / "up to": the word before decides.
                if (word == "than" && number - 2 >= first && Word(number - 2) is var comparative)
                {
                    return comparative.Equals("fewer", StringComparison.OrdinalIgnoreCase) || comparative.Equals("less", StringComparison.OrdinalIgnoreCase) ? CountBound.AtMost : CountBound.AtLeast;
                }

                if (word == "to" && !(number - 2 >= first && IsWord(number - 2, "up")))
                {
                    return CountBound.Exact;
                }

                return bound;
            }

            return CountBound.Exact;
        }

        private bool TryNumber(int k, out double value)
        {
            value = 0;
            var word = Word(k);
            if (_tokens[k].Kind == TokenKind.Number)
            {
                Span<char> digits = stackalloc char[Math.Min(word.Length, 32)];
                var n = 0;
                foreach (var c in word)
                {
                    if (c != ',' && n < digits.Length)
                    {
                        digits[n++] = c;
                    }
                }

                // Years ("2024") are dates, not counts.
                return double.TryParse(digits[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                    && !(n == 4 && value is >= 1900 and <= 2100 && word.IndexOf(',') < 0);
            }

            for (var i = 0; i < _numberNames.Length; i++)
            {
                if (word.Equals(_numberNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    value = i;
                    return i > 1;
                }
            }

            return false;
        }
    }
}
