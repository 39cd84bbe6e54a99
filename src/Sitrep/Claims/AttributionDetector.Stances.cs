using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Stances on earlier claims ("denied", "has not confirmed") and counter-claims that contradict an earlier claim in their own words.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private void FindStances(int s, int start, int end)
        {
            var found = new List<(PhraseMatch<StancePhrase> Match, ClaimantMention By, int ObjectEnd, bool Predicative)>();
            var sentenceTopic = new List<string>();
            for (var i = start; i < end; i++)
            {
                if (InQuote(i) || !_lexicon.StanceIndex.TryMatch(_text, _tokens, i, end, out var match))
                {
                    continue;
                }

                if (match.End - match.Start == 1 && (IsNounUse(i) || IsPassiveOrHedge(i)))
                {
                    continue;
                }

                // "Reuters was unable to verify the death tolls": a be-verb with an infinitive is the subject's act, its object after it.
                // "it was reviewing reports of ...": a progressive with its object is the subject's act too ("were
                // misleading" is an adjective: predicative).
                var predicative = (Has(_beVerbs, Word(i)) || _lexicon.IsCopula(Word(i))) && !match.Value.Tokens.Contains("to")
                    && !(match.Value.Tokens.Length > 2 && match.Value.Tokens[1].EndsWith("ing", StringComparison.Ordinal));
                var enclosing = _drafts.LastOrDefault(d => d.Content.Contains(_tokens[i].Start));
                var othersClaim = GenericHead(match.End, ClauseEnd(match.End, end, stopAtComma: true));
                if (enclosing is not null && !predicative && match.Value.Stance is StanceKind.Supports or StanceKind.Disputes && !IsWord(i, "no") && !othersClaim)
                {
                    // "the UN human rights office said its staff had verified the toll" is a stance on the toll others gave.
                    // "Mediazona said it had confirmed the names ...": a claimant's own finding, not a stance on others.
                    continue;
                }

                // "The death toll was confirmed by Ukraine's State Emergency Service": the agent takes the stance on the subject.
                var agent = AgentAfter(match, end);
                predicative |= agent is not null;
                // "The Israeli military said ...; a Syrian foreign ministry statement ... did not say whether": a semicolon
                // opens a clause of its own, whose subject is not the sentence's first.
                var clauseStart = start;
                for (var k = i - 1; k > start; k--)
                {
                    if (IsWord(k, ";"))
                    {
                        clauseStart = k + 1;
                        break;
                    }
                }

                var by = agent ?? (predicative ? OwnerOfContent(i) : IsParticiple(i) && i > clauseStart && IsWord(i - 1, ",") ? SubjectOfParticiple(i, clauseStart) : SubjectOf(i, clauseStart));
                if (by is null)
                {
                    continue;
                }

                by = OwnerOfPronoun(by, i) ?? by;
                if (enclosing?.Claimant is { } owner && enclosing.Content.Contains(by.Span.Start) && (IsWord(TokenAt(by.Span.Start), "there") || !NamesParty(by.Span)))
                {
                    // "The foundation said there was no truth in the reports": an existential stance is the speaker's.
                    // "... but said the cause was under investigation", "said it was aware of the residents' accounts and
                    // was trying to verify them": a subject that names no party ("the cause") leaves the stance to the speaker.
                    by = owner;
                }

                var objectEnd = ClauseEnd(match.End, end, stopAtComma: true);

                // "... that Russian claims about Ukrainian losses were exaggerated": the topic is the subject before the phrase.
                var stems = predicative ? Stems(PredicateSubjectStart(i), i) : Stems(match.End, objectEnd);
                sentenceTopic.AddRange(stems);
                found.Add((match, by, objectEnd, predicative));
                i = match.End - 1;
            }

            foreach (var (match, by, objectEnd, predicative) in found)
            {
                var stance = match.Value.Stance;
                var evidence = Span(match.Start, Math.Max(match.End, objectEnd));
                var targets = StanceTargets(by, match, objectEnd, sentenceTopic, predicative).ToList();
                foreach (var target in targets)
                {
                    if (stance == StanceKind.NotConfirmed && IsRebuttal(target))
                    {
                        // "did not respond to questions" after "the army said the claims were propaganda" / "denied
                        // targeting civilians": what a party is asked to confirm is the account, not another's rebuttal of it.
                        continue;
                    }

                    if (!target.Stances.Any(x => x.By.Span == by.Span && x.Stance == stance))
                    {
                        target.Stances.Add(new ClaimStance(by, stance, evidence) { Origin = StanceOrigin.Phrase });
                    }
                }

                if (targets.Count > 0)
                {
                    _lastStance = (SentenceIndexOf(match.Start), by, targets);
                }
            }
        }

        /// <summary>
        /// "Tuareg rebels said the drones had instead hit a market", "Ukrainian forces held 28 settlements, a far
        /// smaller figure": a claim with a counter marker (counter_markers.tsv) disputes each earlier claim, a few
        /// sentences back, by another party that shares a lower-case content word with it, though no stance verb
        /// says so. A party that already took a stance on the earlier claim keeps that stance.
        /// </summary>
        private void FindCounterClaims()
        {
            foreach (var later in _drafts.ToList())
            {
                if (later.Claimant is not { } by || !TryCounterMarker(later.Content, out var marker) || HasStancePhrase(later.Sentence)
                    || ContraryIn(later.Content).Any(c => Span(c.Start, c.End).Contains(marker.Start)))
                {
                    // A negation inside a contrary predicate ("had no links to any armed group": who the dead were) is
                    // read by the contrary rule, which knows what it answers; as a bare "no" it would answer any claim
                    // sharing a word.
                    // A sentence with a stance phrase ("said the claim that the missile could not be intercepted was
                    // probably overstated") already says what it answers.
                    continue;
                }

                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                var contrasted = ContrastedWord(marker) ?? OwnPartNoun(marker, later);
                var casualtiesDenied = NegatesCasualties(marker, later.Content);
                var negatedVerb = NegatedVerb(marker, later.Content);
                var negatedAct = NegatedActOf(later);
                var ownActDenied = negatedVerb >= 0 && !casualtiesDenied && NegatesSpeakersAct(marker, later.Content);
                var zeroClasses = CasualtyCounts(later.Content).Where(c => c.Value == 0 && c.Class is not null).Select(c => c.Class!).ToHashSet();
                foreach (var earlier in _drafts)
                {
                    // Order, reach and party first: most pairs fail them, and the checks below read the earlier content.
                    // "he could not confirm the number of children missing": a claim that only takes a stance asserts nothing to contradict.
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by)) || HoldsStance(earlier.Content))
                    {
                        continue;
                    }

                    if (zeroClasses.Count > 0 && CasualtyCounts(earlier.Content) is { Count: > 0 } counted && counted.All(c => c.Class is not null && !zeroClasses.Contains(c.Class)))
                    {
                        // "none of their fighters had died" answers "neutralised seven attackers", not "killed four soldiers".
                        continue;
                    }

                    if (casualtiesDenied && !ReportsCasualties(earlier.Content))
                    {
                        // "no one had been killed because the residents had fled after the warning" answers a claim of
                        // dead or wounded, not "it had warned residents to leave"; "no one had been hurt" not "drones had
                        // attacked a fuel depot".
                        continue;
                    }

                    if (TryVerb(earlier.CueToken, out var earlierCue) && earlierCue.Flavour == CueFlavour.Deny)
                    {
                        // "denied targeting civilians" is itself a negation: "we hit only military targets" agrees with it.
                        continue;
                    }

                    var sameActAndThing = negatedAct is not null && TellsOf(negatedAct, earlier);
                    if (negatedVerb >= 0 && !casualtiesDenied && !StatesPredicate(negatedVerb, earlier.Content)
                        && !(DeniesOwnPart(marker) && !IsViolence(negatedVerb) && NamedIn(by, earlier.Content)) && !sameActAndThing)
                    {
                        // "none of its tanks had been hit" answers "destroyed four Israeli tanks", not "Israeli tanks were
                        // stationed 200 metres from the border": a negation denies its own predicate, and the earlier
                        // claim must assert that predicate (or any violence, for a verb of violence) to be contradicted.
                        // "none of its members had been involved" denies the speaker's part in whatever a claim naming it says;
                        // "Eritrean troops had never entered Axum" denies whatever a claim says Eritrean soldiers did in Axum.
                        continue;
                    }

                    if (ownActDenied && !sameActAndThing && !NamedIn(by, earlier.Content))
                    {
                        // "the front said it had not attacked the town" denies its own part: it answers the claim that
                        // names it as the one who acted ("the attack had been carried out by the Jaime Martinez front"),
                        // not the account of the blast that names nobody (gold README: a denial of what a claim does not
                        // say answers no claim).
                        continue;
                    }

                    if (contrasted is not null && Overlap([contrasted], earlier).Total == 0)
                    {
                        // "police officers guarding the terminal, not militants" answers the claim about militants only.
                        continue;
                    }

                    if (Overlap(topic, earlier).Lower < 1 && !SharesTopicClass(later.Content, earlier.Content) && !(DeniesOwnPart(marker) && NamedIn(by, earlier.Content)) && !sameActAndThing)
                    {
                        continue;
                    }

                    // A negated act that tells of the earlier claim's actor and thing is the negated-act reading, as it is
                    // in the other order (FindNegatedThingsAsserted); any other negation is a counter marker.
                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, marker) { Origin = sameActAndThing ? StanceOrigin.NegatedAct : StanceOrigin.CounterMarker });
                }
            }
        }


        /// <summary>
        /// One organisation under its name or its acronym, for whether a later claim is another party's: "SDF spokesman
        /// Ciwan Ehmed" repeating "the Kurdish-led Syrian Democratic Forces" neither contradicts nor corroborates it.
        /// (Not used to pick a stance's targets: there one side's unrelated statements must stay apart.)
        /// </summary>
        private bool SameOrganisationOrAcronym(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            return SameOrganisation(a, b) || SameAcronym(a, b);
        }

        private bool SameAcronym(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            return Remembered(_sameAcronym, a.NamingSpan, b.NamingSpan, static (scan, x, y) =>
            {
                var (aText, bText) = (x.Slice(scan._text), y.Slice(scan._text));
                return IsAcronymIn(aText, bText) || IsAcronymIn(bText, aText);
            });
        }

        /// <summary>
        /// A comparison of two naming spans' texts, worked out once per pair: the status and counter-claim passes compare
        /// every pair of claims' claimants, and the same few claimants recur across a passage's claims.
        /// </summary>
        private bool Remembered(Dictionary<(TextSpan, TextSpan), bool> known, TextSpan a, TextSpan b, Func<Scan, TextSpan, TextSpan, bool> compare)
        {
            if (!known.TryGetValue((a, b), out var result))
            {
                result = compare(this, a, b);
                known.Add((a, b), result);
            }

            return result;
        }

        private readonly Dictionary<(TextSpan, TextSpan), bool> _sameAcronym = [];
        private readonly Dictionary<(TextSpan, TextSpan), bool> _sameBody = [];
        private readonly Dictionary<(TextSpan, TextSpan), bool> _sharesName = [];

        /// <summary>
        /// "SDF spokesman Ciwan Ehmed" and "the Kurdish-led Syrian Democratic Forces": an upper-case word of one (three to
        /// five letters) spells the initials of consecutive capitalised words of the other ("of", "and", "for" skipped).
        /// </summary>
        private static bool IsAcronymIn(string mention, string other)
        {
            // Spans of the two texts, no strings per word: the pairs compared are many (see Remembered).
            Span<char> initials = other.Length <= 256 ? stackalloc char[other.Length] : new char[other.Length];
            var n = 0;
            var otherText = other.AsSpan();
            foreach (var range in otherText.SplitAny(" ,"))
            {
                var w = otherText[range];
                if (w.IsEmpty)
                {
                    continue;
                }

                if (char.IsUpper(w[0]) && w is not "The")
                {
                    initials[n++] = w[0];
                }
                else if (w is not ("of" or "and" or "for"))
                {
                    initials[n++] = ' ';
                }
            }

            var spelled = initials[..n];
            var mentionText = mention.AsSpan();
            foreach (var range in mentionText.SplitAny(" ,"))
            {
                var word = mentionText[range].TrimEnd(".'\u2019s");
                if (word.Length is >= 3 and <= 5 && AllUpper(word) && spelled.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;

            static bool AllUpper(ReadOnlySpan<char> word)
            {
                foreach (var c in word)
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>"The Pentagon" within "The Pentagon press secretary, Colonel Dana Moore": every capitalised word of one is in the other.</summary>
        /// <summary>
        /// A mention without its post-modifier, whose last word is then its head: "Relatives gathered outside the prison"
        /// is relatives, not a prison ("the prison agency" is another body); "A nurse at Bamenda regional hospital" a nurse.
        /// </summary>
        private static string BeforePostModifier(string mention)
        {
            var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < words.Length; i++)
            {
                var w = words[i];
                var participle = w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal);
                if (char.IsLower(w[0]) && (IsPostModifierWord(w) || participle && i + 1 < words.Length && IsPostModifierWord(words[i + 1])))
                {
                    return string.Join(' ', words[..i]);
                }
            }

            return mention;

            static bool IsPostModifierWord(string w) =>
                w is "in" or "at" or "outside" or "inside" or "near" or "from" or "on" or "with" or "by" or "who" or "which" or "that";
        }

        /// <summary>
        /// Whether two mentions name different owners: each has a capitalised possessor ("Armenia's"; "the army's" is not
        /// one) and no possessor of one starts (first four letters) a possessor of the other.
        /// </summary>
        private static bool OtherOwners(string mention, string other)
        {
            // Spans, no list or string per word: the pairs compared are many (see Remembered).
            var text = mention.AsSpan();
            var any = false;
            foreach (var range in text.SplitAny(" ,"))
            {
                var owner = Owner(text[range]);
                if (owner.IsEmpty)
                {
                    continue;
                }

                any = true;
                if (HasOwner(other, owner[..Math.Min(4, owner.Length)]))
                {
                    return false;
                }
            }

            return any && HasOwner(other, []);

            // Whether a possessor of the text starts with the prefix (any possessor for an empty one).
            static bool HasOwner(string text, ReadOnlySpan<char> prefix)
            {
                var span = text.AsSpan();
                foreach (var range in span.SplitAny(" ,"))
                {
                    var owner = Owner(span[range]);
                    if (!owner.IsEmpty && owner.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            // The possessor a word names ("Armenia's": Armenia), or nothing.
            static ReadOnlySpan<char> Owner(ReadOnlySpan<char> w)
            {
                if (w.IsEmpty || !char.IsUpper(w[0]) || !(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)))
                {
                    return default;
                }

                var owner = w[..^2];
                return owner.Length >= 3 && owner is not "The" ? owner : default;
            }
        }

        private static bool HasAllNames(string mention, string other)
        {
            // "Ecuador's prison agency" is the prison agency of Ecuador: the owner's name does not name the body, so
            // "Ecuador's interior minister" is another body of one country.
            var any = false;
            var text = mention.AsSpan();
            foreach (var range in text.SplitAny(" ,"))
            {
                var w = text[range];
                if (w.IsEmpty || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    continue;
                }

                var name = w.TrimEnd(".'\u2019s");
                if (name.Length < 3 || !char.IsUpper(name[0]) || name is "The")
                {
                    continue;
                }

                if (!other.AsSpan().Contains(name, StringComparison.Ordinal))
                {
                    return false;
                }

                any = true;
            }

            return any;
        }

        private bool SharesName(TextSpan mention, string other)
        {
            var first = TokenAt(mention.Start);
            for (var k = first; k >= 0 && k < _tokens.Length && _tokens[k].Start < mention.End; k++)
            {
                var w = Word(k);
                if (!IsCapitalized(k) || w.Length < 3 || w.Equals("The", StringComparison.Ordinal) || _lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    continue;
                }

                var prefix = w[..Math.Min(5, w.Length)];
                if (other.AsSpan().Contains(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"none of its fighters" and "20 militants": a lower-case word of each span in one class of topic_classes.tsv.</summary>
        /// <summary>
        /// "the air force had struck a gathering of terrorists and no monastery had been hit" / a monk "had helped pull
        /// bodies from the rubble of the monastery": a later claim by another side that speaks of what an earlier claim
        /// says there was none of ("no monastery", "none of its fighters") contradicts it, though it has no counter
        /// word of its own. Contrariety is mutual, as with contrary predicates. So is a negated act: "Eritrean troops had
        /// never entered Axum" is contradicted by a later "Eritrean troops had killed more than 100 residents of Axum"
        /// (the same actor and place, <see cref="NegatedActIn"/>).
        /// </summary>
        private void FindNegatedThingsAsserted()
        {
            foreach (var earlier in _drafts)
            {
                if (earlier.Claimant is null)
                {
                    continue;
                }

                // A verdict on others' claims ("reports of an air strike were "fake news"") may go on to say what there
                // was none of ("and that no aircraft had flown"): that clause is a claim of fact like any other. The
                // negated act reading stays with claims holding no verdict.
                var negated = NegatedNouns(earlier.Content);
                var act = negated.Count == 0 && !HoldsStance(earlier.Content) ? NegatedActOf(earlier) : null;
                if (negated.Count == 0 && act is null)
                {
                    continue;
                }

                foreach (var later in _drafts)
                {
                    if (later == earlier || later.Claimant is not { } by || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by))
                        || TryCounterMarker(later.Content, out _) || HasStancePhrase(later.Sentence))
                    {
                        continue;
                    }

                    if (act is not null)
                    {
                        // "his men had never entered the town" / "its fighters were seen in the town": the same actor and place, told without a negation.
                        if (TellsOf(act, later))
                        {
                            earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.NegatedAct });
                        }

                        continue;
                    }

                    var first = TokenAt(later.Content.Start);
                    var last = TokenBefore(later.Content.End);
                    for (var k = Math.Max(0, first); k <= last; k++)
                    {
                        var w = Word(k);
                        if (char.IsLower(w[0]) && (w.Length >= 4 && negated.Contains(Stem(w)) || TopicClassOf(k, out var topicClass) && negated.Contains(topicClass)))
                        {
                            earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, later.Content) { Origin = StanceOrigin.NegatedThing });
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The stems of the nouns a claim says there were none of: the lower-case words right after "no" or "none of"
        /// ("no monastery", "no religious building", "none of its fighters"), but not a "no" inside a contrary
        /// predicate ("no links to", read by the contrary rule) nor "not", whose scope is a verb.
        /// </summary>
        private HashSet<string> NegatedNouns(TextSpan content)
        {
            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            if (first < 0 || last < first)
            {
                return stems;
            }

            var contraries = ContraryIn(content);
            List<PhraseMatch<StancePhrase>>? verdicts = null;
            for (var k = first; k <= last; k++)
            {
                if (!(IsWord(k, "no") || IsWord(k, "none") && IsWord(k + 1, "of")) || contraries.Any(c => c.Start <= k && k < c.End))
                {
                    continue;
                }

                // "there was no truth in", "had no information about": a "no" of a stance phrase is the phrase's.
                verdicts ??= [.. _lexicon.StanceIndex.FindAll(_text, _tokens, first, last + 1)];
                if (verdicts.Any(v => v.Start <= k && k < v.End))
                {
                    continue;
                }

                var j = IsWord(k, "none") ? k + 2 : k + 1;
                while (j <= last && Has(_determiners, Word(j)))
                {
                    j++;
                }

                for (var n = 0; n < 2 && j + n <= last; n++)
                {
                    var w = Word(j + n);
                    if (w.Length < 4 || !char.IsLower(w[0]) || IsAuxiliary(j + n) || Has(_beVerbs, w) || TryVerb(j + n, out _))
                    {
                        break;
                    }

                    var stem = Stem(w);
                    if (!_stopStems.Contains(stem) && !_lexicon.GenericObjectStems.Contains(stem))
                    {
                        stems.Add(stem);
                        // "no aircraft" is denied by "a jet", "no ships" by "a frigate": the noun's class names the same thing.
                        // One way only: the four-letter floor above keeps "no jet", "no car" and "no bus" out, so their
                        // class is never negated ("no jet" is not denied by "an aircraft", though "no aircraft" is by "a jet").
                        if (TopicClassOf(j + n, out var topicClass))
                        {
                            stems.Add(topicClass);
                        }
                    }
                }
            }

            return stems;
        }

        private bool SharesTopicClass(TextSpan a, TextSpan b)
        {
            var classes = TopicClassesIn(a);
            return classes.Count > 0 && TopicClassesIn(b).Overlaps(classes);
        }

        /// <summary>
        /// Every topic class a span names, words of violence included ("burned" is burning): the reading for stance
        /// objects and counter-claims. <see cref="ThingClasses"/> is the reading for comparing two accounts of an act,
        /// which leaves the words of violence out (any two accounts share them) and keeps the stems naming each class;
        /// the two differ on those words, so neither is built from the other.
        /// </summary>
        private HashSet<string> TopicClassesIn(TextSpan span)
        {
            var classes = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (TopicClassOf(k, out var topicClass))
                {
                    classes.Add(topicClass);
                }
            }

            return classes;
        }

        private bool HasDemonstrative(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (IsWord(k, "that") || IsWord(k, "this") || IsWord(k, "those") || IsWord(k, "these"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a claim answers others' claims rather than telling an act: its content holds a stance phrase or its cue
        /// is a denial ("denied that ...").
        /// </summary>
        private bool IsRebuttal(Draft claim) =>
            HoldsStance(claim.Content) || TryVerb(claim.CueToken, out var cue) && cue.Flavour == CueFlavour.Deny;

        /// <summary>Whether a claim's content holds a stance phrase ("the army's figures were "inflated fantasies"").</summary>
        private bool HoldsStance(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            return first >= 0 && last >= first && _lexicon.StanceIndex.FindAll(_text, _tokens, first, last + 1).Any();
        }

        private bool HasStancePhrase(int s)
        {
            var sentence = _sentences[s];
            return _lexicon.StanceIndex.FindAll(_text, _tokens, sentence.FirstToken, sentence.EndToken).Any();
        }

        /// <summary>
        /// "Hamas said none of its members had been present" after "struck senior Hamas militants": a negation of the
        /// speaker's own part ("none of its", "no ... their") answers the claim that names the speaker, shared words or not.
        /// </summary>
        /// <summary>The stem of the noun a bare "not" contrasts ("..., not militants"), or null when "not" negates a verb ("had not fired").</summary>
        private string? ContrastedWord(TextSpan marker)
        {
            var k = TokenBefore(marker.End) + 1;
            if (!marker.AsSpan(_text).Equals("not", StringComparison.OrdinalIgnoreCase) || k >= _tokens.Length || _tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = Word(k);
            return w.Length < 4 || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsAuxiliary(k) || Has(_beVerbs, w) || TryVerb(k, out _)
                || w.Equals("only", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase) ? null : Stem(w);
        }

        /// <summary>
        /// "none of its tanks had been hit": the speaker's own part is named ("tanks"); when an earlier claim by another
        /// party within reach mentions it ("destroyed four Israeli tanks"), the counter-claim answers only such claims.
        /// </summary>
        private string? OwnPartNoun(TextSpan marker, Draft later)
        {
            if (!DeniesOwnPart(marker))
            {
                return null;
            }

            var k = TokenBefore(marker.End) + 1;
            k += IsWord(k, "of") ? 2 : 1;
            if (k >= _tokens.Length || _tokens[k].Kind != TokenKind.Word || Word(k).Length < 4)
            {
                return null;
            }

            var noun = Stem(Word(k));
            return _drafts.Any(d => d != later && d.Content.End <= later.Content.Start && later.Sentence - d.Sentence <= _counterWindow
                && d.Claimant is { } c && !SameParty(c, later.Claimant!) && Overlap([noun], d).Total > 0) ? noun : null;
        }

        private bool DeniesOwnPart(TextSpan marker)
        {
            var k = TokenBefore(marker.End) + 1;
            if (IsWord(k, "of"))
            {
                k++;
            }

            // "none of its members", "none of our fighters" (a spokesman's own words in a quotation).
            return IsPossessive(k);
        }

        /// <summary>
        /// Whether a negation's subject is the speaker's own party: a pronoun ("it had not attacked", "they had never
        /// fired") or a possessive noun phrase ("its fighters had not entered", "our men did not shoot") right before
        /// the negation and its auxiliaries, at the start of its clause.
        /// </summary>
        private bool NegatesSpeakersAct(TextSpan marker, TextSpan content)
        {
            var first = TokenAt(content.Start);
            var k = TokenAt(marker.Start) - 1;
            while (k >= first && k >= 0 && (IsAuxiliary(k) || Has(_beVerbs, Word(k))))
            {
                k--;
            }

            if (k < first || k < 0)
            {
                return false;
            }

            var clauseStart = k == first || EndsClause(k - 1) || IsWord(k - 1, "that");
            if (Has(_pronouns, Word(k)))
            {
                return clauseStart;
            }

            return k - 1 >= first && (IsPossessive(k - 1) || IsWord(k - 1, "his")) && (k - 1 == first || EndsClause(k - 2) || IsWord(k - 2, "that"));
        }

        /// <summary>
        /// The verb a negation denies, read within its clause: "none of its tanks had been hit" -> "hit", "it had not
        /// attacked civilians" -> "attacked"; -1 when the clause has none ("no fighters in the town", "never set foot").
        /// A participle right after "no" is an adjective ("no armed group").
        /// </summary>
        private int NegatedVerb(TextSpan marker, TextSpan content)
        {
            var last = TokenBefore(content.End);
            var after = TokenBefore(marker.End) + 1;
            for (var k = after; k <= last; k++)
            {
                if (EndsClause(k))
                {
                    return -1;
                }

                if (IsAuxiliary(k) || Has(_beVerbs, Word(k)))
                {
                    continue;
                }

                // The predicate follows the negation ("had not attacked", "no injuries") or an auxiliary after the
                // negated subject ("none of its tanks had been hit"); "none of the dead were signatories" negates no
                // "dead", and a participle right after "no" is an adjective ("no armed group").
                var participle = Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && Word(k).Length > 4;
                var placed = k == after || IsAuxiliary(k - 1) || Has(_beVerbs, Word(k - 1));
                var adjective = k == after && participle && !(after >= 1 && _lexicon.IsVerbNegation(Word(after - 1)));
                if (placed && !adjective && (participle || IsViolence(k)))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>A word of violence: an attack ("struck", "shelled"), harm to people ("killed", "injuries") or damage ("damaged", "sunk").</summary>
        private bool IsViolence(int k)
        {
            // Speed only: read once per token (the pair scans ask for every word of every claim), with no iterator.
            _violence ??= new sbyte[_tokens.Length];
            if (_violence[k] == 0)
            {
                var violence = IsAttackAct(k) || _lexicon.TryGetCasualtyWord(Word(k), out var word) && word.Role is CasualtyRole.Killed or CasualtyRole.Wounded
                    || _lexicon.ContraryIndex.TryMatch(_text, _tokens, k, k + 1, out var damage) && damage.Value.Class == "damaged";
                _violence[k] = violence ? (sbyte)1 : (sbyte)-1;
            }

            return _violence[k] > 0;
        }

        private sbyte[]? _violence;

        /// <summary>
        /// Whether a claim asserts the predicate a negation denies: the same word stem, or, for a verb of violence, any
        /// violence or weapon ("dropped two bombs on the monastery" for "no religious building had been hit").
        /// </summary>
        private bool StatesPredicate(int negated, TextSpan content)
        {
            var stem = Stem(Word(negated));
            var violence = IsViolence(negated);
            var first = Math.Max(0, TokenAt(content.Start));
            for (var k = first; k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && (Stem(Word(k)) == stem
                    || violence && (IsViolence(k) || _lexicon.TryGetAttackWord(Word(k), out var kind) && kind == AttackWordKind.Weapon)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a negation's scope is harm to people: a killed or wounded participle in its clause ("no one had been killed", "none of the group's fighters had been killed").</summary>
        private bool NegatesCasualties(TextSpan marker, TextSpan content)
        {
            var last = TokenBefore(content.End);
            var after = TokenBefore(marker.End) + 1;
            for (var k = after; k <= last; k++)
            {
                if (EndsClause(k))
                {
                    break;
                }

                // A participle: "none of the dead were signatories" says who the dead were, not that none died.
                if (_lexicon.TryGetCasualtyWord(Word(k), out var word) && word.Role is CasualtyRole.Killed or CasualtyRole.Wounded
                    && (Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsWord(k, "hurt")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a claim tells of dead or wounded: a casualty count or a killed or wounded word.</summary>
        private bool ReportsCasualties(TextSpan content)
        {
            if (CasualtyCounts(content).Count > 0)
            {
                return true;
            }

            for (var k = Math.Max(0, TokenAt(content.Start)); k < _tokens.Length && _tokens[k].Start < content.End; k++)
            {
                if (_lexicon.TryGetCasualtyWord(Word(k), out var word) && word.Role is CasualtyRole.Killed or CasualtyRole.Wounded)
                {
                    return true;
                }
            }

            return false;
        }

        private bool TryCounterMarker(TextSpan content, out TextSpan marker)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            foreach (var m in _lexicon.CounterIndex.FindAll(_text, _tokens, Math.Max(0, first), last + 1))
            {
                marker = Span(m.Start, m.End);
                return true;
            }

            marker = default;
            return false;
        }

        /// <summary>
        /// One side, for counter-claims: "rebel spokesman Mohamed Ag Elmehdi" speaks for "Tuareg separatist rebels" (one
        /// mention's head noun is a word of the other); "the Pentagon press secretary" and "The Pentagon", "Russian
        /// officials" and "Russia's state media" share a name ("Pentag", "Russi"). Sides rarely contradict themselves.
        /// </summary>
        private bool SameOrganisation(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            return SameBody(a, b) || Remembered(_sharesName, a.NamingSpan, b.NamingSpan, static (scan, mention, other) => scan.SharesName(mention, other.Slice(scan._text)));
        }

        /// <summary>
        /// One body, not only one country: "rebel spokesman Mohamed Ag Elmehdi" and "Tuareg separatist rebels" (a head
        /// noun), "the Pentagon press secretary" and "The Pentagon" (all names). "A Ukrainian battalion commander" and
        /// "Ukraine's general staff" share a country, not a body: one may contradict the other.
        /// </summary>
        private bool SameBody(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            // "Armenia's interior ministry" and "Azerbaijan's defence ministry" share a head noun but name different owners.
            return Remembered(_sameBody, a.NamingSpan, b.NamingSpan, static (scan, x, y) =>
            {
                var (aText, bText) = (x.Slice(scan._text), y.Slice(scan._text));
                return (SharesHead(aText, bText) || SharesHead(bText, aText)) && !OtherOwners(aText, bText) || HasAllNames(aText, bText) || HasAllNames(bText, aText);
            });

            static bool SharesHead(string head, string other)
            {
                var word = Head(BeforePostModifier(head));
                if (word.Length < 4 || !char.IsLower(word[0]))
                {
                    return false;
                }

                var stem = Stem(word);
                var text = other.AsSpan();
                foreach (var range in text.SplitAny(" ,"))
                {
                    var w = text[range];
                    if (!w.IsEmpty && char.IsLower(w[0]) && Stem(w) == stem)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
