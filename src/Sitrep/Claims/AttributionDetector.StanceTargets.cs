using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Which earlier claims a stance answers: by the object's topic, by hints naming the claimant, by position.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>
        /// The most earlier claims one stance phrase is weighed against: the nearest ones. A news article holds a few
        /// dozen claims at most; text that repeats denials and claims by the hundred (scraped comment threads, machine
        /// output) would otherwise weigh every denial against every claim, and give each claim a stance from every
        /// later denial: a 370 KB text took 30 s and wrote 195 MB of stances.
        /// </summary>
        private const int _maxStanceCandidates = 40;

        private IEnumerable<Draft> StanceTargets(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<string> sentenceTopic, bool predicative)
        {
            var phraseStart = _tokens[match.Start].Start;
            var candidates = _drafts
                .Where(d => d.Content.End <= phraseStart && !d.Content.Contains(phraseStart) && !SameParty(d.Claimant, by))
                .Where(d => d.CueToken < match.Start || d.Content.End <= phraseStart)
                .ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            if (candidates.Count > _maxStanceCandidates)
            {
                // Drafts are kept in reading order, so the last ones are the nearest.
                candidates.RemoveRange(0, candidates.Count - _maxStanceCandidates);
            }

            var objectStems = predicative ? Stems(PredicateSubjectStart(match.Start), match.Start) : Stems(match.End, objectEnd);
            // Words caught in a phrase's gap ("supported Kyiv's claims") belong to the object; the phrase's own words do not.
            var literal = match.Value.Tokens;
            // A predicative phrase's gap holds modifiers of the predicate ("were pure propaganda"), not its object.
            if (!predicative)
            {
                objectStems.AddRange(Stems(match.Start, match.End).Where(p => !literal.Any(l => Stem(l) == p) && !_lexicon.GenericObjectStems.Contains(p)));
            }
            // "dismissed the separatists' statement as propaganda": words naming whose statement it was, or what the
            // speaker thinks of it, are not what it was about.
            var naming = PossessorStems(match.Start + 1, objectEnd, candidates);
            objectStems.RemoveAll(naming.Contains);
            var generic = objectStems.Count(st => !IsGenericStem(st)) <= 1;
            var topic = generic && sentenceTopic.Count(st => !IsGenericStem(st)) >= 2 ? sentenceTopic : objectStems;
            if (!generic || topic != objectStems)
            {
                var scored = candidates.Select(d => (Draft: d, Score: Overlap(topic, d, designations: true))).Where(x => x.Score.Lower >= 1).ToList();
                var strong = scored.Where(x => x.Score.Total >= 2).Select(x => x.Draft).ToList();
                if (strong.Count > 0)
                {
                    return predicative ? strong : ThoseStatingPredicate(strong, match.End, objectEnd);
                }

                if (!generic)
                {
                    // "denied that its troops had opened fire" after "troops fired on Indian posts": one shared content
                    // word is weak evidence, so only the latest claim sharing one is addressed.
                    if (scored.Count > 0)
                    {
                        return [scored.MaxBy(x => x.Draft.Content.Start).Draft];
                    }

                    // "dismissed the health ministry's figures as Hamas propaganda": the object names a claimant, not
                    // what it said, so the target is found by that name like a generic object's.
                    if (!candidates.Any(d => Hinted(match.Start + 1, objectEnd, d)) && !GenericHead(match.End, objectEnd))
                    {
                        var accused = DenialOfAccusation(by, match, objectEnd, candidates).ToList();
                        return accused.Count > 0 ? accused : ByTopicClass(match.End, objectEnd, objectStems, candidates);
                    }
                }
            }

            return GenericTargets(by, match, objectEnd, objectStems, predicative, candidates);
        }

        /// <summary>
        /// "did not respond to calls seeking comment on the general's death" after "the commander, Major General David
        /// Majur, had been killed": an object that shares no lower-case word with any claim still names its topic by
        /// class (topic_classes.tsv: "death" / "killed"). The claim sharing a class and most words (names too) is the
        /// one answered; the latest wins a tie.
        /// </summary>
        private IEnumerable<Draft> ByTopicClass(int from, int to, List<string> objectStems, List<Draft> candidates)
        {
            var classes = TopicClassesIn(Span(from, Math.Max(from + 1, to)));
            if (classes.Count == 0)
            {
                return [];
            }

            var best = candidates
                .Select(d => (Draft: d, Shared: TopicClassesIn(d.Content).Count(classes.Contains)))
                .Where(x => x.Shared > 0)
                .Select(x => (x.Draft, Score: x.Shared + Overlap(objectStems, x.Draft).Total))
                .OrderBy(x => x.Score).ThenBy(x => x.Draft.Content.Start)
                .LastOrDefault();
            return best.Draft is null ? [] : [best.Draft];
        }

        /// <summary>
        /// "A coalition spokesman, Jean-Bosco Ndakala" speaks for "The Coalition of Patriots for Change": a lower-case word
        /// of five letters or more before the speaker's title is a capitalised word of the organisation's name.
        /// </summary>
        private bool SpeaksFor(ClaimantMention speaker, ClaimantMention organisation)
        {
            var name = organisation.NamingSpan.Slice(_text);
            var first = TokenAt(speaker.NamingSpan.Start);
            for (var k = first; k >= 0 && k < _tokens.Length && _tokens[k].Start < speaker.NamingSpan.End; k++)
            {
                var w = Word(k);
                if (w.Length < 5 || !char.IsLower(w[0]) || _lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    continue;
                }

                var at = name.AsSpan().IndexOf(w, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && char.IsUpper(name[at]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a stance object is an accusation ("the allegation", "the accusations", "the charge").</summary>
        private bool IsAccusationNoun(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w.StartsWith("allegation", StringComparison.OrdinalIgnoreCase) || w.StartsWith("accusation", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("charge", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a phrase with a gap ("called the reports fabricated") holds an object in its gap.</summary>
        private bool HasGapWord(PhraseMatch<StancePhrase> match)
        {
            var literal = match.Value.Tokens;
            for (var k = match.Start; k < match.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && !literal.Any(l => Word(k).Equals(l, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a claimant answers another claim: it took a stance against it, or the claim, made before, names it.</summary>
        private bool Answers(ClaimantMention claimant, Draft other, Draft own) =>
            other != own && (other.Stances.Any(x => x.Stance is StanceKind.Denies or StanceKind.Disputes && (SameParty(claimant, x.By) || SameOrganisation(claimant, x.By)))
                || other.Content.End <= own.Content.Start && other.Claimant is { } accuser && !SameParty(accuser, claimant) && !SameOrganisation(accuser, claimant)
                    && (MentionsParty(other.Content, claimant) || SeatHintMatches(TokenAt(other.Content.Start), TokenBefore(other.Content.End) + 1, claimant)));

        /// <summary>
        /// Stems of a stance object that are not its topic: words naming a claimant ("the health ministry's figures",
        /// "the rebel account") and the characterisation after "as" ("dismissed ... as Hamas propaganda").
        /// </summary>
        private HashSet<string> NamingStems(PhraseMatch<StancePhrase> match, int objectEnd, bool predicative, List<Draft> candidates)
        {
            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (predicative)
            {
                return stems;
            }

            var asSeen = false;
            for (var k = match.Start + 1; k < objectEnd; k++)
            {
                // "called the Fano statement "a desperate lie"": a quotation or a noun phrase right after the claim noun
                // says what the speaker thinks of it ("for Ukrainian losses", "of a shooting" still say what it is about).
                asSeen |= IsWord(k, "as") || k > match.Start + 1 && _lexicon.IsGenericObject(Word(k - 1)) && !IsWord(k - 1, "that") && !IsWord(k - 1, "this") && !IsWord(k - 1, "it")
                    && (_tokens[k].Kind == TokenKind.Quote || IsWord(k, "a") || IsWord(k, "an"));
                if (asSeen || candidates.Any(d => d.Claimant is not null && HintMatches(k, k + 1, d.Claimant)))
                {
                    stems.Add(Stem(Word(k)));
                }
            }

            return stems;
        }

        /// <summary>
        /// "the separatists' statement", "the health ministry's figures": the words right before a claim noun (and its
        /// possessive mark) that name a claimant or its description say whose claim it is, not what it is about.
        /// </summary>
        private HashSet<string> PossessorStems(int from, int to, List<Draft> candidates)
        {
            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var g = from + 1; g < to; g++)
            {
                if (!_lexicon.IsGenericObject(Word(g)) || IsWord(g, "that") || IsWord(g, "this") || IsWord(g, "it"))
                {
                    continue;
                }

                var k = g - 1;
                while (k >= from && IsPossessiveMark(k))
                {
                    k--;
                }

                for (; k >= from && _tokens[k].Kind == TokenKind.Word && candidates.Any(d => d.Claimant is not null && (HintMatches(k, k + 1, d.Claimant) || DescriptionHintMatches(k, k + 1, d))); k--)
                {
                    stems.Add(Stem(Word(k)));
                }
            }

            return stems;
        }

        /// <summary>"the reports of a shooting at its facility": an object whose head is a generic claim noun, its topic a modifier.</summary>
        private bool GenericHead(int from, int to)
        {
            var k = from;
            while (k < to && Has(_determiners, Word(k)) && !IsWord(k, "of"))
            {
                k++;
            }

            return k < to && _lexicon.IsGenericObject(Word(k)) && !Word(k).Equals("that", StringComparison.OrdinalIgnoreCase) && !Word(k).Equals("this", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "Diane Uwase denied that any Rwandan soldiers had crossed into Congo" after "accused Rwanda of sending fresh
        /// troops": with no shared word, a denial answers the latest claim that names its author. The denial names its
        /// own side ("any Rwandan soldiers"), as the claim does.
        /// </summary>
        private IEnumerable<Draft> DenialOfAccusation(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<Draft> candidates)
        {
            var accusing = match.Value.Stance == StanceKind.Denies
                ? candidates.LastOrDefault(d => MentionsParty(d.Content, by) && NamesSameCapitalized(match.End, objectEnd, d.Content))
                : null;
            return accusing is null ? [] : [accusing];
        }

        /// <summary>The stems of the generic nouns of stance_objects.tsv in a span ("those reports": "report"), without pronouns.</summary>
        private List<string> GenericNounStems(int from, int to)
        {
            var stems = new List<string>();
            for (var k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
            {
                var w = Word(k);
                if (w.Length >= 4 && _lexicon.IsGenericObject(w) && !IsWord(k, "that") && !IsWord(k, "this") && !IsWord(k, "them"))
                {
                    stems.Add(Stem(w));
                }
            }

            return stems;
        }

        /// <summary>
        /// The claims of the last two distinct parties to speak in the pool, latest first (fewer when fewer spoke); with
        /// <paramref name="sidedOnly"/>, only parties known to be on a side of the fighting (party_sides.tsv, sectors).
        /// </summary>
        private List<Draft> LastTwoParties(List<Draft> pool, bool sidedOnly)
        {
            var sides = new List<Draft>(2);
            for (var i = pool.Count - 1; i >= 0 && sides.Count < 2; i--)
            {
                if (pool[i].Claimant is { } c && (!sidedOnly || ClaimantSide(c) != PartySide.Unknown)
                    && !sides.Any(x => SameParty(x.Claimant, c) || SameOrganisation(x.Claimant, c)))
                {
                    sides.Add(pool[i]);
                }
            }

            return sides;
        }

        /// <summary>The targets of a stance whose object says nothing of a claim's content: found by position, hints and numbers.</summary>
        private IEnumerable<Draft> GenericTargets(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<string> objectStems, bool predicative, List<Draft> candidates)
        {
            // "Iran called the report baseless. The Kremlin declined to comment.": a stance with no object at all
            // answers what the stance just before it answered.
            // "acknowledged that an MQ-9 had crashed but said the cause was under investigation": the same holder's
            // second stance in one sentence answers what its first did.
            if (!predicative && !HasWord(match.End, objectEnd) && !HasGapWord(match) && _lastStance is { } last && SentenceIndexOf(match.Start) - last.Sentence <= _followWindow
                && (!SameParty(last.By, by) || SentenceIndexOf(match.Start) == last.Sentence))
            {
                var followed = last.Targets.Where(candidates.Contains).ToList();
                if (followed.Count > 0)
                {
                    return followed;
                }
            }

            // A generic object ("the claim", "the allegations", "declined to comment") points back to the latest claims.
            // A predicative stance's object is its subject ("the Ukrainian figures appeared plausible").
            var (objectFrom, objectTo) = predicative ? (PredicateSubjectStart(match.Start), match.Start) : (match.Start, objectEnd);
            var hintFrom = predicative ? objectFrom : match.Start + 1;
            var hinted = candidates.Where(d => Hinted(hintFrom, objectTo, d)).ToList();
            var pool = hinted.Count > 0 ? hinted : candidates;
            if (predicative && hinted.Count > 0 && !candidates.Any(d => d.Claimant is not null && HintMatches(hintFrom, objectTo, d.Claimant)))
            {
                // "Kyiv's statements were pure propaganda": a government named by its capital answers that side's
                // statement, which is the first its claimant made, not every word quoted after it.
                return [hinted.MinBy(d => d.Content.Start)!];
            }

            if (HasDemonstrative(objectFrom, objectTo) && GenericNounStems(objectFrom, objectTo) is { Count: > 0 } nouns
                && pool.Where(d => Overlap(nouns, d).Lower > 0).ToList() is { Count: > 0 } spokeOf)
            {
                // "The Joint Command said those reports were "false"" after "The Ombudsman's Office said it had received
                // reports that ...": a demonstrative with a generic noun points at the latest claim that spoke of that
                // very thing, not at the article's lead.
                return [spokeOf[^1]];
            }

            if (Contains(objectFrom, objectTo, "report"))
            {
                // "called the report baseless": a claim someone reported.
                // Without a "reported" cue, "the report" is the article's lead: its first claim.
                var reported = pool.Where(d => TryVerb(d.CueToken, out var cue) && cue.Flavour == CueFlavour.Report).ToList();
                if (reported.Count > 0)
                {
                    // The report's anonymous sources ("The officials, who spoke on condition of anonymity, said ...")
                    // told the same story: rejecting the report rejects what they said too. A source that told
                    // another outlet ("a source told Reuters") is another report.
                    var report = reported[^1];
                    return [report, .. pool.Where(d => d.Content.Start > report.Content.Start && d.Claimant is { Anonymous: true } && !(IsOutlet(d.Channel) && d.Channel != report.Channel))];
                }

                pool = [pool.MinBy(d => d.Content.Start)!];
            }

            if (AboutNumbers(objectFrom, objectTo))
            {
                // "the casualty figure", "any of the tolls": claims that give a number.
                // Casualty counts first: "did not comment on the casualty figures" is not about "two of the port's cranes".
                var counted = pool.Where(d => CasualtyCounts(d.Content).Count > 0).ToList();
                counted = counted.Count > 0 ? counted : pool.Where(d => HasNumber(d.Content)).ToList();
                pool = counted.Count > 0 ? counted : pool;
            }

            var naming = NamingStems(match, objectEnd, predicative, candidates);
            var specific = objectStems.Where(st => !IsGenericStem(st) && !naming.Contains(st)).ToList();
            if (specific.Count > 0)
            {
                // "confirmed the exchange": the latest claim that mentions an exchange.
                // "did not comment on that strike" after "had also struck a house": with a demonstrative, which points at
                // the incident just told, a word of the same topic class counts. "the strike" is the article's strike.
                var objectClasses = HasDemonstrative(objectFrom, objectTo) ? TopicClassesIn(Span(objectFrom, Math.Max(objectFrom + 1, objectTo))) : [];
                var mentioning = pool.Where(d => Overlap(specific, d).Total > 0 || objectClasses.Count > 0 && TopicClassesIn(d.Content).Overlaps(objectClasses)).ToList();
                if (predicative && hinted.Count == 0 && mentioning.Count == 0)
                {
                    // "Kyiv's statements were pure propaganda" with no claim by or about what its subject names: a
                    // predicative stance names its target in its subject, so without a match there is nothing to guess.
                    return [];
                }

                pool = mentioning.Count > 0 ? mentioning : pool;
            }

            if (!predicative && (IsWord(match.End, "that") || IsWord(match.End, "this")) && match.End + 1 < objectEnd && _lexicon.IsGenericObject(Word(match.End + 1)))
            {
                // "It said the rebels had used civilians as human shields. The Arakan Army rejected that accusation.":
                // a demonstrative points at the claim just made, whoever it names.
                return [pool[^1]];
            }

            // "The ELN did not claim responsibility", "Rwanda has denied ...": a party answers the claim that names it.
            var namingParty = pool.Where(d => MentionsParty(d.Content, by)).ToList();
            var plural = HasPluralObject(objectFrom, objectTo);
            if (plural && namingParty.Count > 0)
            {
                // "Russian-installed officials called the reports fabricated": the reports are everything the accusers said,
                // not only the sentence that names the officials' side.
                namingParty = [.. pool.Where(d => d.Claimant is { } c && namingParty.Any(n => n.Claimant is { } a && (SameParty(a, c) || SameOrganisation(a, c))) || namingParty.Contains(d))];
            }

            pool = namingParty.Count > 0 ? namingParty : pool;

            if (Contains(objectFrom, objectTo, "either") || Contains(objectFrom, objectTo, "both"))
            {
                // "could not independently verify either account": the account of each of the last two parties to speak.
                // "could not confirm either side's account", "the casualty figures given by either side": the last two
                // parties on a side of the fighting (party_sides.tsv, sectors), not a resident or an outlet, and all
                // that each said.
                // When fewer than two parties are known to be on a side, the last two to speak are the sides.
                var namesSides = Contains(objectFrom, objectTo, "side") || Contains(objectFrom, objectTo, "sides");
                var sides = namesSides ? LastTwoParties(pool, sidedOnly: true) : [];
                var bySide = sides.Count == 2;
                if (!bySide)
                {
                    sides = LastTwoParties(pool, sidedOnly: false);
                }

                if (sides.Count == 2)
                {
                    var accounts = sides.Select(side => pool.Where(d => d.Claimant is { } c && (SameParty(side.Claimant, c) || SameOrganisation(side.Claimant, c))));
                    // Each side's account is the version it gave first.
                    return bySide ? accounts.SelectMany(a => a) : accounts.Select(a => a.First());
                }
            }

            if (plural)
            {
                // "Washington said it had no information to confirm them": the reports are the accusations, not the
                // answers to them. A party that already denied or disputed one of the pool's claims, or that an earlier
                // claim of the pool accuses ("Moscow accused Kyiv of ..."), is answering.
                var sentence = SentenceIndexOf(match.Start);
                var recent = pool.Where(d => d.Sentence >= sentence - 6).ToList();
                if (AboutNumbers(objectFrom, objectTo) && recent.Count(d => CasualtyCounts(d.Content).Count > 0) >= 2)
                {
                    // "was unable to verify the death tolls": every toll, the one given in answer to another too.
                    return recent.Where(d => CasualtyCounts(d.Content).Count > 0);
                }

                var accusations = recent.Where(d => d.Claimant is not { } c || !recent.Any(o => Answers(c, o, d))).ToList();
                return accusations.Count > 0 ? accusations : recent;
            }

            var latest = pool[^1];
            if (hinted.Count > 0 && !predicative && specific.Count == 0 && !AboutNumbers(objectFrom, objectTo) && latest.Claimant is { } named)
            {
                // "called the Fano statement a lie": the statement of the party the object names is all it said there.
                // "the RSF's account" is what the RSF told of events, not its adviser's verdict on the army's figures:
                // a claim that itself takes a stance is an answer, not an account.
                var accounts = pool.Where(d => !HoldsStance(d.Content)).ToList();
                if (accounts.Count > 0 && accounts.Count < pool.Count)
                {
                    latest = accounts[^1];
                    named = latest.Claimant ?? named;
                    pool = accounts;
                }

                return pool.Where(d => d.Claimant is { } c && (SameParty(c, named) || SameOrganisation(c, named)) && Math.Abs(d.Sentence - latest.Sentence) <= 1);
            }

            if (latest.Claimant is { } author && !predicative && specific.Count == 0 && !AboutNumbers(objectFrom, objectTo))
            {
                // "M23 rebels said they had captured the hill. 'The enemy fled,' M23 spokesman Innocent Habimana wrote.
                // Kinshasa dismissed the statement.": one side's statement is its claim and the quote next to it.
                var statement = candidates.Where(d => d != latest && Math.Abs(d.Sentence - latest.Sentence) <= 1 && d.Claimant is { } c
                    && (SameParty(c, author) || SameOrganisation(c, author) || SpeaksFor(author, c) || SpeaksFor(c, author))).ToList();
                // "The coalition said troops had killed 15 miners. A coalition spokesman told RFI that the victims had been
                // shot. The government rejected the allegation.": the spokesman's words are the same allegation.
                if (statement.Count > 0 && (latest.Kind == ClaimKind.DirectQuote || statement.Any(d => d.Kind == ClaimKind.DirectQuote)
                    || IsAccusationNoun(match.Start + 1, objectEnd) && statement.All(d => d.Content.End <= latest.Content.Start && latest.Sentence - d.Sentence == 1)))
                {
                    return [.. statement, latest];
                }
            }

            if (AboutNumbers(objectFrom, objectTo) && Figures(latest.Content) is { Count: > 0 } figures)
            {
                // "has not commented on the higher toll": every claim that gives that toll.
                return pool.Where(d => d == latest || Figures(d.Content).Overlaps(figures));
            }

            return [latest];
        }

        /// <summary>
        /// "It denied that its ship had rammed the Philippine vessel" after "had fired a water cannon at a ... vessel" and
        /// "had also rammed the vessel": both share the ship and the vessel, but a stance with a clause answers the
        /// claim that states its predicate (the verb of its clause), so only claims holding that verb's stem are kept,
        /// when some do and some do not. With no verb, or none stated by any claim, the overlap decides alone. The verb is
        /// looked for in [<paramref name="from"/>, <paramref name="objectEnd"/>): from the stance cue's end on.
        /// </summary>
        private List<Draft> ThoseStatingPredicate(List<Draft> strong, int from, int objectEnd)
        {
            if (strong.Count < 2)
            {
                return strong;
            }

            var verbs = new List<string>();
            for (var k = from; k < objectEnd && k < _tokens.Length; k++)
            {
                var w = Word(k);
                if (w.Length > 4 && char.IsLower(w[0]) && !IsAuxiliary(k) && (w.EndsWith("ed", StringComparison.Ordinal) || IsViolence(k)))
                {
                    verbs.Add(Stem(w));
                }
            }

            if (verbs.Count == 0)
            {
                return strong;
            }

            var stating = strong.Where(d => Stems(TokenAt(d.Content.Start), TokenBefore(d.Content.End) + 1).Any(verbs.Contains)).ToList();
            return stating.Count > 0 ? stating : strong;
        }

        /// <summary>Where the subject of a predicative stance starts: up to eight tokens back, not before the claim content holding it.</summary>
        private int PredicateSubjectStart(int phrase)
        {
            var from = Math.Max(_sentences[SentenceIndexOf(phrase)].FirstToken, phrase - 8);
            var enclosing = _drafts.LastOrDefault(d => d.Content.Contains(_tokens[phrase].Start));
            return enclosing is null ? from : Math.Max(from, TokenAt(enclosing.Content.Start));
        }

        private bool IsOutlet(string? channel) => channel is not null && _lexicon.Channels.Any(c => c.Channel == channel && c.Type == "outlet");
    }
}
