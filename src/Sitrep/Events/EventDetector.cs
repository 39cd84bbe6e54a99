using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Lexicon;
using Sitrep.Language;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>A trigger form matched on tokens [First, End).</summary>
internal readonly record struct TriggerHit(int First, int End, Trigger Trigger, bool Anaphoric, bool Noun = false);

internal readonly record struct CueHit(int First, int End, WeaponCue Cue);

/// <summary>
/// Finds candidate events sentence by sentence: trigger forms from the lexicon matched on tokens (verb-only forms
/// need a VERB tag), grouped per sentence and PLOVER family, typed by the weapon cues and ACLED's hierarchy, with
/// actors, place, date, figures and modality taken from the trigger's clause.
/// </summary>
public sealed class EventDetector
{
    private readonly TriggerLexicon _lexicon;
    private readonly Trigger? _demand;
    private readonly ContextWords _words;
    private readonly ActorResolver _actors;
    private readonly Lazy<CameoDictionary?> _dictionaryLoader;

    // Span lookups: the n-gram forms of a sentence are matched without allocating a string per n-gram.
    private readonly FrozenDictionary<string, ImmutableArray<Trigger>>.AlternateLookup<ReadOnlySpan<char>> _triggersByForm;
    private readonly FrozenDictionary<string, WeaponCue>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly FormPrefixes _triggerPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _generatedForms;
    private readonly FormPrefixes _cuePrefixes;

    public EventDetector(TriggerLexicon lexicon, ContextWords words, ActorResolver actors, CameoDictionary? dictionary = null)
        : this(lexicon, words, actors, new Lazy<CameoDictionary?>(dictionary))
    {
    }

    /// <summary>A detector whose verb dictionary is read when the first document needs it, not when the pipeline is built.</summary>
    public EventDetector(TriggerLexicon lexicon, ContextWords words, ActorResolver actors, Lazy<CameoDictionary?> dictionary)
    {
        _dictionaryLoader = dictionary;
        _lexicon = lexicon;
        _words = words;
        _actors = actors;
        _triggersByForm = lexicon.TriggersByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = lexicon.Cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _triggerPrefixes = new FormPrefixes(lexicon.TriggersByForm.Keys);
        _generatedForms = lexicon.GeneratedForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _cuePrefixes = new FormPrefixes(lexicon.Cues.Keys);
        // A reported obligation is coded as the lexicon codes "demand" (data/events/triggers.tsv), not by codes of its own.
        _demand = lexicon.Triggers.FirstOrDefault(t => t.Lemma == "demand" && t.PartOfSpeech == "verb");
    }

    /// <summary>
    /// The lookup key of every token (<see cref="ActorDictionary.Key"/>: lower case, plain quotes and dashes), one
    /// string per distinct word of the document rather than several allocations per token.
    /// </summary>
    private static string[] TokenKeys(string documentText, TextLayer text)
    {
        var words = new string[text.Tokens.Length];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Length; i++)
        {
            var token = documentText.AsSpan(text.Tokens[i].Start, text.Tokens[i].Length);
            if (token.Length > buffer.Length || token.ContainsAny(" \t\r\n\u00a0"))
            {
                words[i] = ActorDictionary.Key(token.ToString());
                continue;
            }

            var key = buffer[..token.Length];
            for (var k = 0; k < token.Length; k++)
            {
                key[k] = token[k] switch
                {
                    '\u2019' or '\u2018' or '`' => '\'',
                    '\u2013' or '\u2014' => '-',
                    var c => char.ToLowerInvariant(c),
                };
            }

            if (!lookup.TryGetValue(key, out var word))
            {
                word = key.ToString();
                lookup[key] = word;
            }

            words[i] = word;
        }

        return words;
    }

    /// <summary>Writes words [i, i + n) joined by spaces into <paramref name="buffer"/>; -1 when they do not fit.</summary>
    private static int Join(string[] words, int i, int n, Span<char> buffer)
    {
        var length = 0;
        for (var k = 0; k < n; k++)
        {
            var word = words[i + k];
            if (length + word.Length + 1 > buffer.Length)
            {
                return -1;
            }

            if (k > 0)
            {
                buffer[length++] = ' ';
            }

            word.AsSpan().CopyTo(buffer[length..]);
            length += word.Length;
        }

        return length;
    }

    /// <summary>Every candidate event of the document, in text order, before in-article merging.</summary>
    public ImmutableArray<EventAnnotation> Detect(Document document)
    {
        var text = document.Get<TextLayer>();
        var language = document.Get<LanguageLayer>();
        var words = TokenKeys(document.Text, text);

        var view = new DocView(document, text, language, words);
        FindAttributionDates(view, document.Get<TimeLayer>());
        var result = ImmutableArray.CreateBuilder<EventAnnotation>();
        foreach (var sentence in text.Sentences)
        {
            var found = Triggers(view, sentence);
            var hits = WithoutBackground(view, sentence, found);
            // "entered the airport after troops withdrew following brief clashes": fighting told as the background of
            // a takeover still makes it a capture by force, not a non-violent transfer.
            var foughtBefore = found.Any(h => !hits.Contains(h) && _lexicon.Hierarchy["battle"].Contains(h.Trigger.Lemma));
            // "detained 79 people after protesters pelted officers with bottles": the demonstrators' violence told as
            // the background of the arrests still makes the demonstration a violent one (ACLED: Riots).
            var riot = new RiotBefore(found.Any(h => !hits.Contains(h) && _lexicon.Hierarchy["demonstration_violence"].Contains(h.Trigger.Lemma)), ByDemonstrators: false);
            var codings = _dictionaryLoader.Value?.Coder.Code(words, view.Tag, sentence.FirstToken, sentence.EndToken, document.Metadata.Published);
            if (hits.Count == 0 && codings is not { Count: > 0 })
            {
                if (TollOnly(view, sentence) is { } toll)
                {
                    result.Add(toll);
                }

                continue;
            }

            var cues = Cues(view, sentence);
            var sentenceEvents = new List<(EventAnnotation Event, List<TriggerHit> Hits)>();
            foreach (var (segmentFirst, segmentEnd) in Incidents(view, sentence, hits, cues))
            {
                var segmentHits = hits.Where(h => h.First >= segmentFirst && h.End <= segmentEnd).ToList();
                var groups = segmentHits.GroupBy(h => Family(h.Trigger)).ToList();
                foreach (var group in groups)
                {
                    var members = group.ToList();
                    var consequence = members.All(h => _words.ConsequenceLemmas.Contains(h.Trigger.Lemma));
                    if (groups.Count > 1 && consequence)
                    {
                        continue; // "..., forcing hundreds of residents to flee": a consequence of the sentence's event
                    }

                    // "seized control of the town after a gun battle, and freed more than 500 inmates from its prison": a
                    // release by the same attackers, with no subject of its own, is part of their assault, no agreement.
                    if (Family(members[0].Trigger) == "agreement" && members[0].First > segmentFirst && view.Words[members[0].First - 1] == "and"
                        && groups.Any(g => g.Key == "violence" && g.First().First < members[0].First))
                    {
                        continue;
                    }

                    var anaphoric = members.All(h => h.Anaphoric);
                    var used = anaphoric ? members : [.. members.Where(h => !h.Anaphoric)];
                    // "At least six people were killed in the fighting", "two soldiers died in the attack": a toll
                    // told of an incident named by an anaphoric noun refers back to that incident.
                    var toll = !anaphoric && members.Count > used.Count && used.All(h => h.End - h.First == 1
                        && (_words.FatalityCues.Contains(view.Words[h.First]) || _words.InjuryCues.Contains(view.Words[h.First])));
                    var told = anaphoric ? [] : members.Where(h => h.Anaphoric && TellsHow(view, h, used)).ToList();
                    if (Build(view, sentence, used, cues, anaphoric || toll, foughtBefore, segmentFirst, segmentEnd, riot, told, found) is { } built
                        && !(consequence && built.Prominence > 0))
                    {
                        // ("Funerals were held as residents fled", "people who fled the fighting": a flight told in a
                        // subordinate clause is the consequence of an incident told elsewhere, not news of its own.)
                        sentenceEvents.Add((built.WithAftermath(used.All(h => _words.AftermathLemmas.Contains(h.Trigger.Lemma))), used));
                    }
                }

                // "Protesters looted and burned shops ..., and security forces opened fire, killing several people": force
                // told after the demonstrators' violence in the same sentence meets that riot (ACLED: one Riots event).
                riot = riot with { ByDemonstrators = riot.ByDemonstrators || segmentHits.Any(h => _lexicon.Hierarchy["demonstration_violence"].Contains(h.Trigger.Lemma) && DemonstratorsAct(view, segmentFirst, h)) };
            }

            if (codings is not null)
            {
                ApplyDictionary(view, sentence, cues, codings, sentenceEvents);
            }

            SentenceStructure(view, sentence, cues, sentenceEvents);
            if (sentenceEvents.Count == 0 && TollOnly(view, sentence) is { } tollOnly)
            {
                result.Add(tollOnly);
            }

            result.AddRange(sentenceEvents.OrderBy(e => e.Event.Trigger.Start).Select(e => e.Event));
        }

        return ClaimedPerpetrators(view, RunningDates(result));
    }

    /// <summary>
    /// Codes the sentence's events with the verb dictionary: an event whose trigger is a coded verb takes the
    /// dictionary's CAMEO code when a pattern of the verb matched, or in <see cref="DictionaryMode.Alternative"/>
    /// always (its PLOVER event stays the lexicon's, which is better on the GSR dev split than the CAMEO map's); in that mode an event whose trigger is no coded verb loses its
    /// CAMEO code. A coded verb that is no trigger becomes a PLOVER/CAMEO event of its own (no ACLED type).
    /// </summary>
    private void ApplyDictionary(DocView view, Sentence sentence, List<CueHit> cues, List<VerbCoding> codings, List<(EventAnnotation Event, List<TriggerHit> Hits)> events)
    {
        var dictionary = _dictionaryLoader.Value!;
        var taken = new HashSet<VerbCoding>();
        for (var k = 0; k < events.Count; k++)
        {
            var (e, hits) = events[k];
            var coding = codings.FirstOrDefault(c => hits.Any(h => h.First < c.End && c.First < h.End));
            if (coding is null)
            {
                if (dictionary.Mode == DictionaryMode.Alternative)
                {
                    events[k] = (e with { CameoCode = null, CameoPattern = null }, hits);
                }

                continue;
            }

            taken.Add(coding);
            var alternative = dictionary.Mode == DictionaryMode.Alternative;
            if (!alternative && coding.Pattern is null && e.CameoCode is not null)
            {
                continue; // the lexicon's reading of a bare verb stands; a pattern says more
            }

            var plover = dictionary.Plover.Find(coding.Code);
            var keepPlover = e.Acled is not null || plover is null || e.PloverEvent is not null;
            events[k] = (e with
            {
                CameoCode = coding.Code,
                CameoPattern = coding.Describe(),
                PloverEvent = keepPlover ? e.PloverEvent : plover!.Value.Event,
                PloverMode = keepPlover ? e.PloverMode : plover!.Value.Mode,
            }, hits);
        }

        // The lexicon is the precise source: beside it, the dictionary tells the event of a sentence the lexicon has
        // none for, and only its most central verb's (a block's default code on every verb would be noise).
        var additional = dictionary.Mode == DictionaryMode.Additional;

        var added = new List<(EventAnnotation Event, List<TriggerHit> Hits)>();
        foreach (var coding in codings)
        {
            if (taken.Contains(coding) || events.Any(e => e.Hits.Any(h => h.First < coding.End && coding.First < h.End)))
            {
                continue;
            }

            var plover = dictionary.Plover.Find(coding.Code);
            var verb = view.Words[coding.First];
            if (additional && ((DegreeOfEvent(verb) && ObjectIsEvent(view, coding.End, sentence.EndToken, events))
                || (_words.Of("reflexive_no_act").Contains(verb) && Reflexive(view, coding.End, sentence.EndToken))))
            {
                // "are deepening their military cooperation": a verb that only starts, holds or grades its object
                // (context_words light_verbs, degree_verbs) leaves the lexicon's event noun to say what the sentence
                // reports (one COOPERATE, not a SUPPORT for "deepen" beside it); "welcomed the ceasefire" stays a
                // welcome. "We will defend ourselves": guarding oneself (reflexive_no_act) is no act between two
                // actors; "distanced itself from the remarks" still is.
                continue;
            }

            if (dictionary.Mode == DictionaryMode.Additional
                && (plover is null || _words.ReportVerbs.Contains(view.Words[coding.First]) || events.Any(e => e.Event.PloverEvent == plover.Value.Event)))
            {
                // Statements (CAMEO 01) and appeals (02) have no PLOVER event; "said"/"announced" report the event of
                // their complement, which is coded on its own verb.
                continue;
            }

            var trigger = new Trigger(coding.Form.Block.Name.ToLowerInvariant(), "verb", [], [], plover?.Event, plover?.Mode, coding.Code);
            var hit = new TriggerHit(coding.First, coding.End, trigger, Anaphoric: false);
            if (Build(view, sentence, [hit], cues, anaphoric: false) is { } built)
            {
                added.Add((built with { CameoPattern = coding.Describe() }, [hit]));
            }
        }

        // A coded main-clause verb joins a sentence with no lexicon event, or with one when a pattern of the verb
        // matched; a bare verb (no pattern) also needs a source actor: "the situation has intensified" says nothing
        // of who did what (PETRARCH codes source-verb-target).
        events.AddRange(additional
            ? added.Where(e => e.Event.Prominence == 0
                    && (e.Event.CameoPattern!.Contains(" - ", StringComparison.Ordinal) || (events.Count == 0 && e.Event.Actor1 is not null)))
                .OrderBy(e => e.Event.Trigger.Start).Take(1)
            : added);
    }

    /// <summary>
    /// Whether a lexicon event's noun trigger is the object of the verb ending at <paramref name="from"/>: it follows
    /// within four tokens with only determiners, possessives, adjectives and noun modifiers between.
    /// </summary>
    private static bool ObjectIsEvent(DocView view, int from, int end, List<(EventAnnotation Event, List<TriggerHit> Hits)> events)
    {
        for (var i = from; i < end && i < from + 5; i++)
        {
            if (events.Any(e => e.Hits.Any(h => h.First == i && h.Noun)))
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.DET or Upos.PRON or Upos.ADJ or Upos.NOUN or Upos.PROPN))
            {
                return false;
            }
        }

        return false;
    }

    private bool DegreeOfEvent(string verb) => _words.LightVerbs.Contains(verb) || _words.Of("degree_verbs").Contains(verb);

    /// <summary>Whether the verb ending at <paramref name="from"/> has a reflexive pronoun for its object ("defend ourselves").</summary>
    private bool Reflexive(DocView view, int from, int end) => from < end && _words.Of("reflexives").Contains(view.Words[from]);

    /// <summary>
    /// What the shape of the sentence says about its events: a noun event that is the object of a light verb
    /// ("launched a mediation effort") is as central as the verb, which is no event of its own; a reported
    /// obligation ("declared that China must drop barriers") is a demand by the reporter (PLOVER REQUEST); a promised
    /// act on a condition ("will boycott the elections unless ...") is a threat (PLOVER THREATEN).
    /// </summary>
    private void SentenceStructure(DocView view, Sentence sentence, List<CueHit> cues, List<(EventAnnotation Event, List<TriggerHit> Hits)> events)
    {
        for (var k = 0; k < events.Count; k++)
        {
            var (e, hits) = events[k];
            var first = hits[0].First;
            if (e.Prominence != 2)
            {
                continue;
            }

            for (var i = first - 1; i >= sentence.FirstToken && i >= first - 4; i--)
            {
                var light = view.Tag(i) is Upos.VERB && (_words.LightVerbs.Contains(view.Words[i]) || _words.ReportVerbs.Contains(view.Words[i]));
                if (view.Tag(i) is Upos.PUNCT || (view.Tag(i) is Upos.VERB && !light))
                {
                    break;
                }

                if (light)
                {
                    var verb = new TriggerHit(i, i + 1, hits[0].Trigger, Anaphoric: false);
                    events[k] = (e with { Prominence = _words.ReportVerbs.Contains(view.Words[i]) ? 0 : Prominence(view, sentence, verb) }, hits);
                    for (var j = 0; j < events.Count; j++)
                    {
                        if (events[j].Hits.Any(h => h.First <= i && i < h.End))
                        {
                            events[j] = (events[j].Event with { Prominence = 2 }, events[j].Hits);
                        }
                    }

                    break;
                }
            }
        }

        // A reported obligation: the reporting verb carries a demand; the obliged acts are what is demanded.
        var report = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (report < 0 && _words.ReportVerbs.Contains(view.Words[i]) && view.Tag(i) is Upos.VERB)
            {
                report = i;
            }
            else if (report >= 0 && _demand is { } demand && _words.Obligation.Contains(view.Words[i]) && !Any(view, report, i, _words.Negation))
            {
                for (var k = 0; k < events.Count; k++)
                {
                    var at = events[k].Hits[0].First;
                    if (at > i)
                    {
                        events[k] = (events[k].Event with { Prominence = Math.Max(events[k].Event.Prominence, 1) }, events[k].Hits);
                    }
                    else if (at > report && view.Tag(at) is Upos.NOUN or Upos.PROPN && events[k].Event.Modality == EventModality.Asserted)
                    {
                        // "said attacks on health care must stop": the subject of the obligation is what should end, in general.
                        events[k] = (events[k].Event with { Modality = EventModality.Hypothetical }, events[k].Hits);
                    }
                }

                var hit = new TriggerHit(report, report + 1, demand, Anaphoric: false);
                if (!events.Any(e => e.Hits.Any(h => h.First <= report && report < h.End)) && Build(view, sentence, [hit], cues, anaphoric: false) is { } built)
                {
                    events.Add((built, [hit]));
                }

                break;
            }
        }

        // "The army prepared to resume shelling": PLOVER codes the preparation of force, a show of force (MOBILIZE).
        for (var k = 0; k < events.Count; k++)
        {
            var (e, hits) = events[k];
            if (e.PloverEvent == "ASSAULT" && Preparation(view, sentence, hits[0].First))
            {
                events[k] = (e with { PloverEvent = "MOBILIZE", PloverMode = null, CameoCode = "150", CameoPattern = null }, hits);
            }
        }

        // "sent 21 personnel to Bosnia to investigate", "dispatched inspectors to monitor": a statement act that is the
        // purpose of a dispatch is what the sentence codes (the sending is how it is done).
        for (var k = 0; k < events.Count; k++)
        {
            var (purpose, purposeHits) = events[k];
            var at = purposeHits[0].First;
            if (purpose.Acled is not null || at - 1 <= sentence.FirstToken || view.Words[at - 1] != "to")
            {
                continue;
            }

            for (var j = 0; j < events.Count; j++)
            {
                var (sending, sendingHits) = events[j];
                var from = sendingHits[0].First;
                if (j != k && from < at && _words.Of("dispatch_verbs").Contains(view.Words[from]) && !Any(view, from + 1, at, _commaSet))
                {
                    events[k] = (purpose with { Prominence = sending.Prominence }, purposeHits);
                    events[j] = (sending with { Prominence = 2 }, sendingHits);
                    break;
                }
            }
        }

        // An aim of a promised act is no act: "we will continue to act with our partners to stop this war" codes no
        // de-escalation. (A done act's purpose may be what it was for and all the sentence codes: "summoned the
        // ambassador to complain of inaction" is the complaint; violence keeps its own modality rules.)
        events.RemoveAll(e => e.Event.Acled is null && e.Event.Prominence > 0 && e.Event.Modality != EventModality.Asserted
            && PurposeInfinitive(view, sentence, e.Hits[0].First));

        // Round 18 (plover18): "..., a human rights group protested here Wednesday", "the ministry protested that the
        // visit broke the accord": a protest verb that reports a statement (a "that" clause after it, or the closing
        // verb of an inverted report) is verbal disapproval (PLOVER ACCUSE/disapprove, CAMEO 111), no demonstration.
        for (var k = 0; k < events.Count; k++)
        {
            var (e, hits) = events[k];
            if (e.PloverEvent == "PROTEST" && hits.Count == 1 && view.Tag(hits[0].First) is Upos.VERB && ProtestsAStatement(view, sentence, hits[0]))
            {
                events[k] = (e with { PloverEvent = "ACCUSE", PloverMode = "disapprove", CameoCode = "111", CameoPattern = null, Acled = null }, hits);
            }
        }

        // A conditional promise: "will withdraw ... unless" is a threat.
        for (var k = 0; k < events.Count; k++)
        {
            var (e, hits) = events[k];
            if (e.Modality is EventModality.Future or EventModality.Hypothetical && e.Acled is null or { EventType: not "Battles" }
                && Any(view, hits[0].End, sentence.EndToken, _words.ThreatConditions) && !Any(view, sentence.FirstToken, hits[0].First, _words.ThreatConditions))
            {
                events[k] = (e with { PloverEvent = "THREATEN", PloverMode = null, CameoCode = "130", CameoPattern = null }, hits);
            }
        }
    }

    /// <summary>
    /// "will continue to act in coordination with all our partners to stop this war", "opened the bridge to allow
    /// deliveries": a "to" + verb after the object or adverbials of another verb says what that act is for. An
    /// infinitive that completes a verb or noun
    /// ("urged Russia to withdraw", "agreed with Kyiv to exchange", "plans to withdraw", "sent inspectors to
    /// investigate") is no purpose (context_words complement_governors, infinitive_nouns, dispatch_verbs).
    /// </summary>
    private bool PurposeInfinitive(DocView view, Sentence sentence, int trigger)
    {
        var to = trigger - 1;
        if (to - 1 <= sentence.FirstToken || view.Words[to] != "to" || view.Tag(to - 1) is not (Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM or Upos.ADJ)
            || _words.Of("infinitive_nouns").Contains(view.Words[to - 1]))
        {
            return false;
        }

        for (var i = to - 2; i >= sentence.FirstToken; i--)
        {
            if (view.Tag(i) is Upos.VERB)
            {
                var verb = view.Words[i];
                return !(_words.Of("complement_governors").Contains(verb) || _words.InfinitiveGoverners.Contains(verb)
                    || _words.Of("dispatch_verbs").Contains(verb) || _words.ReportVerbs.Contains(verb));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an anaphoric trigger names the act that the sentence's own triggers tell the outcome of: their subject
    /// ("The Israeli strikes on Hodeidah killed six", no verb between) or the incident they happened in ("were killed
    /// in the shelling"). Elsewhere it is another act ("arrested on charges linked to the killing", "protested
    /// against the detention").
    /// </summary>
    private static bool TellsHow(DocView view, TriggerHit told, List<TriggerHit> used)
    {
        var first = used.Min(h => h.First);
        var end = used.Max(h => h.End);
        if (told.End <= first)
        {
            return !Enumerable.Range(told.End, first - told.End).Any(i => view.Tag(i) is Upos.VERB or Upos.AUX);
        }

        var preposition = PrepositionBefore(view, told.First, end);
        return preposition >= end && view.Words[preposition] is "in" or "during" or "by"
            && !Enumerable.Range(end, preposition - end).Any(i => view.Tag(i) is Upos.VERB or Upos.AUX or Upos.PUNCT);
    }

    /// <summary>Whether an occasion marker right before a plural period ("previous nights", "earlier occasions") stands in [from, to).</summary>
    private bool OnEarlierOccasions(DocView view, int from, int to)
    {
        for (var i = from; i + 1 < to; i++)
        {
            if (_words.OccasionMarkers.Contains(view.Words[i]) && _words.EarlierOccasions.Contains(view.Words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"prepared to resume shelling", "readied to attack": a preparation word governs the infinitive before the trigger.</summary>
    private bool Preparation(DocView view, Sentence sentence, int trigger)
    {
        for (var i = trigger - 1; i > sentence.FirstToken && i >= trigger - 3; i--)
        {
            if (view.Words[i] == "to" && _words.Of("preparation").Contains(view.Words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Russia was preparing a new offensive in the region and had massed about 90,000 troops there": a build-up joined
    /// by "and" to its subject's preparation of an attack (a preparation word, then an event noun of the lexicon, no
    /// other predicate between) is that preparation, told with the plan it serves, not a deployment of its own.
    /// </summary>
    private bool PreparedBuildup(DocView view, Sentence sentence, int trigger)
    {
        var and = trigger - 1;
        while (and > sentence.FirstToken && (view.Tag(and) is Upos.AUX or Upos.ADV || view.Words[and] is "had" or "has" or "have"))
        {
            and--;
        }

        if (and <= sentence.FirstToken || view.Words[and] != "and")
        {
            return false;
        }

        var attackNamed = false;
        for (var i = and - 1; i >= sentence.FirstToken; i--)
        {
            var word = view.Words[i];
            if (_words.Of("preparation").Contains(word))
            {
                return attackNamed;
            }

            if (view.Tag(i) is Upos.VERB || word is "," or ";")
            {
                return false; // another predicate, or another clause, between the build-up and any preparation
            }

            attackNamed |= IsAcledTriggerForm(word);
        }

        return false;
    }

    /// <summary>A word form of the trigger lexicon that can make an ACLED event ("offensive", "attack"; not "statement").</summary>
    private bool IsAcledTriggerForm(string word) =>
        _triggersByForm.TryGetValue(word, out var triggers) && triggers.Any(t => !t.AcledCandidates.IsEmpty);

    /// <summary>
    /// An asserted ACLED event with no time expression in its sentence or paragraph takes the story's running date:
    /// the date of the nearest earlier event of the article (with a warning), as an analyst reading on would.
    /// </summary>
    private static ImmutableArray<EventAnnotation> RunningDates(ImmutableArray<EventAnnotation>.Builder events)
    {
        TimeValue? running = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Date is not null)
            {
                // A cited report's day dates what that report tells, not the story's later events.
                running = e.Modality == EventModality.Asserted && !e.HasReportDate() ? e.Date : running;
                continue;
            }

            if (running is not null && e.Acled is not null && e.Modality == EventModality.Asserted)
            {
                var day = running.EventDate is { } d ? Format.Day(d) : "unknown day";
                events[i] = e with
                {
                    Date = running,
                    Warnings = [.. e.Warnings.Where(w => !w.StartsWith("date unresolved", StringComparison.Ordinal)), $"date from the story's running date ({day})"],
                };
            }
        }

        return events.ToImmutable();
    }

    /// <summary>
    /// "A suicide bomber blew himself up ... The Balochistan Liberation Army claimed the attack", "... killing 12 people, the
    /// army said, blaming M23 rebels", "Local sources attributed the attack to JNIM": an armed group that claims an incident
    /// whose perpetrator the report leaves unnamed ("a suicide bomber", "gunmen", or none), or that the report's sources
    /// blame for it, is its actor 1 (ACLED codes the claimed or attributed perpetrator). The claim counts after the
    /// incident's trigger in its own sentence and in the two sentences after it, up to a sentence that tells another
    /// incident; a denied or passive one ("did not claim", "which has been blamed for ...", "blamed JNIM, which did not claim
    /// the blast") names no one.
    /// </summary>
    private ImmutableArray<EventAnnotation> ClaimedPerpetrators(DocView view, ImmutableArray<EventAnnotation> events)
    {
        static bool Incident(EventAnnotation e) => e.Modality == EventModality.Asserted && e.Acled is { EventType: not "Strategic developments" };
        static bool Unattributed(EventAnnotation e) => Incident(e) && e.Acled is not { EventType: "Protests" or "Riots" } && !e.IsAnaphoric()
            && (e.Actor1 is not { } named || named.Name.StartsWith("Unidentified", StringComparison.Ordinal) || OfNoCountry(named));
        // "Drones struck fuel depots in Port Sudan ... The army blamed the RSF": a weapon or force of no named country
        // ("Military Forces" from "drones", "aircraft") says what struck, not whose it was, so a blamed side names it.
        static bool OfNoCountry(Actor actor) => actor is { CountryIso3: null, Inter: ActorInter.StateForces };

        // The document's claims are read only when some incident could take a claimant: most articles have none.
        if (!events.Any(Unattributed) || ResponsibilityClaims(view) is not { Count: > 0 } claims)
        {
            return events;
        }

        // Each event's sentence, found once: the loop below asks it of every other event for every claim.
        var sentences = view.Text.Sentences;
        var sentenceOf = events.Select(e => sentences.IndexOf(sentences.FirstOrDefault(s => s.Span.Contains(e.Evidence[0])))).ToArray();
        var result = events.ToBuilder();
        for (var k = 0; k < result.Count; k++)
        {
            var e = result[k];
            if (!Unattributed(e))
            {
                continue;
            }

            var at = sentenceOf[k];
            var trigger = view.Text.FirstTokenAtOrAfter(e.Trigger.Start);
            foreach (var (sentence, verb, first, end) in claims)
            {
                if (sentence < at || (sentence == at && verb < trigger))
                {
                    continue;
                }

                // Another incident told before the claim's sentence is the one it may be about. (The claim's own sentence
                // may retell the incident: "claimed the attack, saying its fighter had detonated an explosive vest".)
                if (sentence > at + 2 || Enumerable.Range(0, events.Length).Any(o => o != k && Incident(events[o]) && !events[o].IsAnaphoric() && sentenceOf[o] > at && sentenceOf[o] < sentence))
                {
                    break;
                }

                var context = new ActorContext(e.Date?.EventDate, e.Place?.Place?.Iso3);
                if (ResolvePhrase(view, first, end, context) is not { } claimant
                    || claimant.Actor.Inter is ActorInter.Civilians or ActorInter.Protesters or ActorInter.Rioters || claimant.Actor.Name == e.Actor2?.Name)
                {
                    continue;
                }

                result[k] = e with
                {
                    Actor1 = claimant.Actor,
                    AssocActor1 = claimant.Assoc,
                    Warnings = e.Warnings.Add($"actor1 from a claim of responsibility or blame: '{view.Document[claimant.Span]}'"),
                };
                break;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The claims of responsibility and the blame of the report, in text order: the sentence, the claim's verb and the
    /// tokens [First, End) of the phrase that names who claims or is blamed. "X claimed responsibility", "X (later)
    /// claimed the attack", "X said it was responsible" (context_words claim_verbs, claim_objects: the subject);
    /// "blaming M23 rebels", "attributed the attack to JNIM" (blame_verbs: the object, or the phrase after "on"/"to").
    /// </summary>
    private List<(int Sentence, int Verb, int First, int End)> ResponsibilityClaims(DocView view)
    {
        var claims = new List<(int, int, int, int)>();
        var claimVerbs = _words.Of("claim_verbs");
        var claimObjects = _words.Of("claim_objects");
        var blameVerbs = _words.Of("blame_verbs");
        var sentences = view.Text.Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
            {
                var word = view.Words[i];
                var negated = Any(view, Math.Max(sentence.FirstToken, i - 3), i, _words.Negation);
                if (claimVerbs.Contains(word) && !negated
                    && (claimObjects.Contains(view.Words[i + 1]) || (_words.Anaphora.Contains(view.Words[i + 1]) && i + 2 < sentence.EndToken && IsAcledTriggerForm(view.Words[i + 2]))))
                {
                    Add(s, i, SubjectPhrase(view, sentence, i));
                }
                else if (word == "responsible" && i - 3 >= sentence.FirstToken && IsBe(view.Words[i - 1]) && view.Words[i - 2] is "it" or "they"
                    && ReportVerbAt(view, i - 3) && !negated)
                {
                    Add(s, i, SubjectPhrase(view, sentence, i - 3));
                }
                else if (blameVerbs.Contains(word) && !negated && !_words.PassiveAuxiliaries.Contains(view.Words[i - 1]) && view.Words[i + 1] != "for")
                {
                    var from = i + 1;
                    if (_words.Anaphora.Contains(view.Words[from]) && from + 1 < sentence.EndToken && IsAcledTriggerForm(view.Words[from + 1]))
                    {
                        from += 2;
                        from = from < sentence.EndToken && view.Words[from] is "on" or "to" ? from + 1 : sentence.EndToken;
                    }

                    var blamed = Phrases(view, from, sentence.EndToken).FirstOrDefault(p => p.First == from);
                    // "The army blamed JNIM, which did not claim the blast": the blamed group's own denial leaves it open.
                    // ("blamed the RSF for the attacks, which have not caused casualties": a negation that denies no claim
                    // is no denial.)
                    if (blamed.End > blamed.First && !(Any(view, blamed.End, sentence.EndToken, _words.Negation) && Any(view, blamed.End, sentence.EndToken, claimVerbs))
                        && !Any(view, blamed.End, sentence.EndToken, _words.ReportNegation))
                    {
                        Add(s, i, blamed);
                    }
                }
            }
        }

        return claims;

        void Add(int sentence, int verb, (int First, int End) phrase)
        {
            if (phrase.End > phrase.First)
            {
                claims.Add((sentence, verb, phrase.First, phrase.End));
            }
        }
    }

    /// <summary>
    /// The noun phrase a verb's subject ends with, across adverbs and auxiliaries ("the Islamic State West Africa Province
    /// later claimed"); after a relative clause between commas ("Al-Shabaab, which has carried out ..., claimed"), the
    /// phrase before the clause. Empty (0, 0) when there is none.
    /// </summary>
    private static (int First, int End) SubjectPhrase(DocView view, Sentence sentence, int verb)
    {
        var j = verb - 1;
        while (j > sentence.FirstToken && view.Tag(j) is Upos.ADV or Upos.AUX)
        {
            j--;
        }

        var end = j + 1;
        if (view.Words[j] == ",")
        {
            // The comma closes a relative clause: the subject ends at the comma that opens it.
            end = -1;
            for (var c = j - 1; c > sentence.FirstToken && end < 0; c--)
            {
                end = view.Words[c] == "," && view.Words[c + 1] is "which" or "who" ? c : -1;
            }

            // (The words before it, whatever their tags: the tagger may read a name before ", which" as a verb;
            // ResolvePhrase tries the span without its leading words too.)
            return end > sentence.FirstToken ? (sentence.FirstToken, end) : (0, 0);
        }

        var phrases = Phrases(view, sentence.FirstToken, end);
        return phrases.Count > 0 && phrases[^1].End == end ? phrases[^1] : (0, 0);
    }

    /// <summary>
    /// Triggers that may share one event in a sentence: violence, protest and seizure read together; a statement
    /// (ACCUSE, THREATEN...: no ACLED candidate) is its own event and never joins a violent one.
    /// </summary>
    private static string Family(Trigger trigger) => trigger.AcledCandidates.IsEmpty ? "statement:" + trigger.PloverEvent : trigger.PloverEvent switch
    {
        "ASSAULT" or "PROTEST" or "COERCE" => "violence",
        "MOBILIZE" => "mobilize",
        "RETREAT" or "SUPPORT" => "agreement",
        _ => "other:" + trigger.Lemma,
    };

    /// <summary>
    /// "Ukrainian drones hit the Engels airbase overnight, and a Russian missile struck Odesa": a sentence that joins
    /// two incidents with ", and" and a new subject tells two events. The sentence splits there when both parts have
    /// an incident trigger (not a bare "killed": ", and three soldiers were killed" is the same incident's toll) and
    /// the second differs from the first by its ACLED event type or by a weapon the first does not name.
    /// </summary>
    private List<(int First, int End)> Incidents(DocView view, Sentence sentence, List<TriggerHit> hits, List<CueHit> cues)
    {
        var parts = new List<(int First, int End)>();
        var start = sentence.FirstToken;
        for (var i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
        {
            if (view.Words[i] != "," || view.Words[i + 1] != "and" || view.Tag(i + 2) is Upos.VERB or Upos.AUX or Upos.PRON or Upos.ADV or Upos.ADP)
            {
                continue;
            }

            var left = hits.Where(h => h.First >= start && h.End <= i && IsIncident(h)).ToList();
            var next = NextJoin(view, sentence, i + 1);
            var right = hits.Where(h => h.First > i && h.End <= next && IsIncident(h)).ToList();
            if (left.Count == 0 || right.Count == 0)
            {
                continue;
            }

            // "protesters burned tyres and blocked roads, and police fired tear gas to clear them": the force a
            // demonstration meets belongs to the demonstration (ACLED codes one event by what happened in it).
            if (left.Any(h => DemonstrationLemma(h.Trigger.Lemma)) && right.All(h => ForceOnDemonstration(h, i + 1, next)))
            {
                continue;
            }

            var leftTypes = left.Select(h => h.Trigger.AcledCandidates[0].EventType).ToHashSet(StringComparer.Ordinal);
            var leftKinds = Kinds(left, start, i);
            var newType = right.Any(h => !leftTypes.Contains(h.Trigger.AcledCandidates[0].EventType));
            var newKind = leftKinds.Count > 0 && Kinds(right, i + 1, next).Any(k => !leftKinds.Contains(k));
            if (newType || newKind)
            {
                parts.Add((start, i));
                start = i + 1;
            }
        }

        parts.Add((start, sentence.EndToken));
        return parts;

        // The sub-event types a part names: by its weapons ("drones", "a missile") and its specific triggers (those
        // with a PLOVER mode of their own: "shelled", "drone strike", "detained"), not by "hit" or "attacked".
        HashSet<AcledSubEventType> Kinds(List<TriggerHit> part, int from, int to) =>
        [
            .. cues.Where(c => c.First >= from && c.End <= to && c.Cue.SubEventType is not null).Select(c => c.Cue.SubEventType!),
            .. part.Where(h => h.Trigger.PloverMode is not null).Select(h => h.Trigger.AcledCandidates[0]),
        ];

        bool DemonstrationLemma(string lemma) => _lexicon.Hierarchy["protest"].Contains(lemma) || _lexicon.Hierarchy["demonstration_violence"].Contains(lemma);

        bool ForceOnDemonstration(TriggerHit h, int from, int to) => _lexicon.Hierarchy["intervention"].Contains(h.Trigger.Lemma)
            || h.Trigger.PloverMode == "crowd-control"
            || cues.Any(c => c.First >= from && c.End <= to && c.Cue.PloverMode == "crowd-control");

        bool IsIncident(TriggerHit h) => !h.Trigger.AcledCandidates.IsEmpty && !h.Anaphoric
            && !(h.End - h.First == 1 && _words.FatalityCues.Contains(view.Words[h.First])) && !_words.ConsequenceLemmas.Contains(h.Trigger.Lemma);
    }

    private static int NextJoin(DocView view, Sentence sentence, int from)
    {
        for (var i = from; i + 1 < sentence.EndToken; i++)
        {
            if (view.Words[i] == "," && view.Words[i + 1] == "and")
            {
                return i;
            }
        }

        return sentence.EndToken;
    }

    /// <summary>
    /// Drops triggers that tell the background of another event of their sentence ("captured the village after
    /// Ukrainian units withdrew", "a day after a deadly attack in Ankara") and those that only set the scene
    /// ("despite attacks on ports", "amid fighting"): the marker lies between the previous trigger and this one.
    /// </summary>
    private List<TriggerHit> WithoutBackground(DocView view, Sentence sentence, List<TriggerHit> hits)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        var kept = new List<TriggerHit>(hits.Count);
        var droppedEnd = -1;
        var lastDropped = -1;
        for (var k = 0; k < hits.Count; k++)
        {
            if (droppedEnd >= 0 && hits[k].First - droppedEnd <= 2 && view.Tag(hits[k].First) is not (Upos.VERB or Upos.AUX))
            {
                droppedEnd = hits[k].End; // "since the rebels launched their offensive": the verb's object goes with it
                continue;
            }

            // The marker may lie anywhere after the last trigger kept: "rallied ..., four years after the port
            // explosion killed 200" drops both the explosion and its killing.
            var from = kept.Count == 0 ? sentence.FirstToken : kept[^1].End;
            var background = false;
            for (var i = hits[k].First - 1; i >= from; i--)
            {
                var word = view.Words[i];
                if (word == "," && i >= lastDropped && lastDropped >= 0)
                {
                    break; // "after hours of gunfire, taking control of the town": the comma closes the background
                }

                if (_words.CircumstanceMarkers.Contains(word) || (k > 0 && _words.BackgroundMarkers.Contains(word))
                    || (_words.ResponseMarkers.Contains(word) && i + 1 < hits[k].First && view.Words[i + 1] is "to" or "for"))
                {
                    background = true;
                    break;
                }
            }

            // "stole 200 head of cattle without firing a shot": what did not happen is no part of the event.
            var without = hits.Count > 1 && Enumerable.Range(Math.Max(sentence.FirstToken, hits[k].First - 2), hits[k].First - Math.Max(sentence.FirstToken, hits[k].First - 2)).Any(i => view.Words[i] == "without");
            background = background || without || (k == 0 && AnchorOfLaterEvent(view, hits)) || Fled(view, sentence, hits[k].First) || InEarlierEventClause(view, sentence, hits[k].First)
                || JudgedAct(view, sentence, hits[k].First) || CaseBeforeTheCourt(view, sentence, hits[k].First);
            if (!background && !Aggregate(view, from, hits[k].First) && !Supporting(view, from, hits[k].First))
            {
                kept.Add(hits[k]);
                droppedEnd = -1;
            }
            else
            {
                droppedEnd = hits[k].End;
                lastDropped = hits[k].End;
            }
        }

        return kept;
    }

    /// <summary>
    /// "sentenced a doctor to life in prison for torturing detainees and killing one of them", "convicted over the
    /// killing of 75 civilians": a trigger after "for"/"over"/"with" that a judicial verb governs is the act the court
    /// judged, an earlier one (context_words judicial_verbs); "sentenced ... on Monday after a clash" is left alone.
    /// </summary>
    private bool JudgedAct(DocView view, Sentence sentence, int trigger)
    {
        // The preposition right before the act, past its determiners ("over the killing"), or before the first of
        // several judged acts ("for torturing detainees and killing one of them"); "a man convicted for theft shot
        // dead three people" is a new act (a noun, not an act, follows the preposition).
        var i = PrepositionBefore(view, trigger, sentence.FirstToken);
        if (i > sentence.FirstToken && view.Words[i] is "and" or ",")
        {
            var j = i - 1;
            while (j > sentence.FirstToken && j >= i - 6 && (view.Tag(j) is Upos.NOUN or Upos.DET or Upos.ADJ or Upos.NUM or Upos.PRON || view.Words[j] == "of"))
            {
                j--;
            }

            if (!view.Words[j].EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            i = PrepositionBefore(view, j, sentence.FirstToken);
        }

        if (i <= sentence.FirstToken || view.Words[i] is not ("for" or "over" or "with"))
        {
            return false;
        }

        var judicialVerbs = _words.Of("judicial_verbs");
        var judicialPassives = _words.Of("judicial_passives");
        for (var j = i - 1; j >= sentence.FirstToken && j >= i - 12; j--)
        {
            if (view.Words[j] is ";" || _words.ReportVerbs.Contains(view.Words[j]))
            {
                return false;
            }

            if (judicialVerbs.Contains(view.Words[j])
                || (judicialPassives.Contains(view.Words[j]) && j > sentence.FirstToken && _words.PassiveAuxiliaries.Contains(view.Words[j - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the preposition of a noun phrase that starts its head at <paramref name="at"/> stands: the first word
    /// before it past its determiners and adjectives (and numbers, <paramref name="acrossNumbers"/>), not below
    /// <paramref name="floor"/> ("over the killing", "in the shelling", "during a general strike"). Callers check the word.
    /// </summary>
    private static int PrepositionBefore(DocView view, int at, int floor, bool acrossNumbers = false)
    {
        var j = at - 1;
        while (j > floor && (view.Tag(j) is Upos.DET or Upos.ADJ || (acrossNumbers && view.Tag(j) == Upos.NUM)))
        {
            j--;
        }

        return j;
    }

    // The auxiliaries of a perfect ("has/had killed"), for Perfect and CaseBeforeTheCourt.
    private static readonly FrozenSet<string> _perfectAuxiliaries = FrozenSet.ToFrozenSet(["has", "have", "had", "'ve"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _dangerPrepositions = FrozenSet.ToFrozenSet(["against", "from"], StringComparer.Ordinal);

    /// <summary>
    /// "shared as showing an Israeli air strike", "footage purporting to show a massacre": the trigger follows, in its
    /// clause and within eight tokens, a verb of depiction (context_words depiction_verbs) that "as" or a word of claiming
    /// (depiction_openers, also before "to") introduces.
    /// </summary>
    private bool ClaimedDepiction(DocView view, Sentence sentence, int trigger)
    {
        var verbs = _words.Of("depiction_verbs");
        var openers = _words.Of("depiction_openers");
        for (var i = trigger - 1; i > sentence.FirstToken && i >= trigger - 8; i--)
        {
            if (view.Words[i] is "," or ";")
            {
                return false;
            }

            if (verbs.Contains(view.Words[i])
                && (openers.Contains(view.Words[i - 1]) || (view.Words[i - 1] == "to" && i - 2 >= sentence.FirstToken && openers.Contains(view.Words[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "gave the army 72 hours to withdraw", "were given until Sunday to leave": the infinitive's trigger follows a time
    /// (context_words time_units or day_names) that a verb of granting (deadline_verbs), within five tokens before it, sets.
    /// </summary>
    private bool GivenADeadline(DocView view, int clauseFirst, int trigger)
    {
        var time = trigger - 2;
        if (time < clauseFirst || !(_words.Of("time_units").Contains(view.Words[time]) || _words.DayNames.Contains(view.Words[time])))
        {
            return false;
        }

        for (var i = time - 1; i >= clauseFirst && i >= time - 5; i--)
        {
            if (_words.Of("deadline_verbs").Contains(view.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the trigger's predicate counts it over a span: "during the war", "throughout the occupation"
    /// (span_prepositions and span_nouns, determiners, adjectives, numbers and names between), or "in recent weeks",
    /// "over the past two years" (recent_words and duration_nouns). The predicate runs to the next comma or verb; a noun
    /// trigger keeps its own verb ("strikes killed ... during the war"). A ranked trigger ("the heaviest shelling in
    /// recent weeks", "the first attack on the city during the war": ranking_words or an adjective in -est within three
    /// tokens before it or in its predicate before the span) is one incident measured against the span.
    /// </summary>
    private bool CountedOverASpan(DocView view, int clauseFirst, int clauseEnd, int trigger, bool noun)
    {
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 3; i--)
        {
            if (Ranks(view, i))
            {
                return false;
            }
        }

        var end = PredicateEnd(view, clauseEnd, trigger, noun);
        for (var i = trigger + 1; i < end; i++)
        {
            var word = view.Words[i];
            if (view.Tag(i) == Upos.VERB)
            {
                continue;
            }

            // "killed 14 people in the deadliest strike on the city during the war": the span ranks the strike.
            if (Ranks(view, i))
            {
                return false;
            }

            if (_words.Of("span_prepositions").Contains(word))
            {
                var j = i + 1;
                while (j < clauseEnd && j <= i + 4 && view.Tag(j) is Upos.DET or Upos.ADJ or Upos.NUM or Upos.PROPN && !_words.Of("span_nouns").Contains(view.Words[j]))
                {
                    j++;
                }

                if (j < clauseEnd && _words.Of("span_nouns").Contains(view.Words[j]))
                {
                    return true;
                }
            }

            if (_words.Of("recent_prepositions").Contains(word))
            {
                var j = i + 1;
                if (j < clauseEnd && view.Words[j] == "the")
                {
                    j++;
                }

                if (j < clauseEnd && _words.Of("recent_words").Contains(view.Words[j]))
                {
                    j++;
                    if (j < clauseEnd && view.Tag(j) == Upos.NUM)
                    {
                        j++;
                    }

                    if (j < clauseEnd && _words.DurationNouns.Contains(view.Words[j]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the trigger's predicate (up to the next comma or verb; a noun trigger keeps its own verb) counts it between
    /// two years: "between 2018 and 2024", "from 2019 to 2023" (context_words year_span_openers and year_span_joiners, the
    /// second year after the first).
    /// </summary>
    private bool CountedBetweenYears(DocView view, int clauseEnd, int trigger, bool noun)
    {
        var end = PredicateEnd(view, clauseEnd, trigger, noun);
        for (var i = trigger + 1; i < end && i + 3 < clauseEnd; i++)
        {
            var word = view.Words[i];
            if (view.Tag(i) == Upos.VERB)
            {
                continue;
            }

            if (_words.Of("year_span_openers").Contains(word) && Year(view, i + 1) is { } first
                && _words.Of("year_span_joiners").Contains(view.Words[i + 2]) && Year(view, i + 3) is { } last && last > first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the trigger's predicate ends: at the next comma or semicolon, or at a verb (a noun trigger keeps the first
    /// verb after it as its own: "attacks were recorded between 2019 and 2023").
    /// </summary>
    private static int PredicateEnd(DocView view, int clauseEnd, int trigger, bool noun)
    {
        var ownVerb = noun;
        for (var i = trigger + 1; i < clauseEnd; i++)
        {
            if (view.Words[i] is "," or ";")
            {
                return i;
            }

            if (view.Tag(i) == Upos.VERB)
            {
                if (!ownVerb)
                {
                    return i;
                }

                ownVerb = false;
            }
        }

        return clauseEnd;
    }

    /// <summary>A ranking word or a superlative ("the deadliest", "the worst"): a span that ranks an act is no tally of it.</summary>
    private bool Ranks(DocView view, int i) =>
        _words.Of("ranking_words").Contains(view.Words[i]) || (view.Tag(i) == Upos.ADJ && view.Words[i].EndsWith("est", StringComparison.Ordinal));

    /// <summary>A four-digit number read as a year (1900 or later), or null.</summary>
    private static int? Year(DocView view, int i) =>
        view.Words[i].Length == 4 && view.Tag(i) == Upos.NUM && int.TryParse(view.Words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            ? year
            : null;

    /// <summary>
    /// Whether a plural event noun is the object of a verb of documenting (context_words documentation_verbs) right
    /// before it, with only determiners, adjectives, numbers and adverbs between: "documents killings", "recorded 38
    /// attacks on schools".
    /// </summary>
    private bool ListedByADocument(DocView view, int clauseFirst, int trigger)
    {
        var form = view.Words[trigger];
        if (form.Length < 4 || form[^1] != 's' || form.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 4; i--)
        {
            // (The tagger may read "documents" or "records" before a plural as a noun.)
            if (_words.Of("documentation_verbs").Contains(view.Words[i]) && view.Tag(i) is Upos.VERB or Upos.NOUN)
            {
                return true;
            }

            if (view.Tag(i) == Upos.VERB)
            {
                return false;
            }

            if (view.Tag(i) is not (Upos.DET or Upos.ADJ or Upos.NUM or Upos.ADV))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Judges said he had beaten prisoners", "prosecutors said his fighters had burned villages": a past perfect a
    /// court or prosecutor tells (the subject right before the reporting verb) is the case before it, not news of an event.
    /// </summary>
    private bool CaseBeforeTheCourt(DocView view, Sentence sentence, int trigger)
    {
        for (var i = trigger - 1; i > sentence.FirstToken; i--)
        {
            if (_words.ReportVerbs.Contains(view.Words[i]) && view.Tag(i) is Upos.VERB)
            {
                // ("he had beaten prisoners, set fire to ... and injected": the auxiliary covers the coordinated verbs.)
                // A simple past counts too when the sentence dates nothing to a day of its own ("Prosecutors said men
                // under his command killed at least 200 people"); "prosecutors said gunmen killed five people on
                // Tuesday" is news the prosecutors give.
                return _words.Of("judicial_speakers").Contains(view.Words[i - 1])
                    && (Any(view, i + 1, trigger, _perfectAuxiliaries) || !OwnDayNamed(view, sentence));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the trigger's head is a plural noun and the first verb after it, past its modifiers ("its long-range
    /// strikes on the oil industry aim"), is one of purpose (context_words purpose_verbs), also after "are"/"were" ("the
    /// raids are meant to deter").
    /// </summary>
    private bool PurposeOfSuchActs(DocView view, int clauseEnd, int trigger)
    {
        // The head of a compound trigger ("drone strikes") is its last noun; it must be plural.
        var head = trigger;
        while (head + 1 < clauseEnd && view.Tag(head + 1) == Upos.NOUN)
        {
            head++;
        }

        if (!IsPluralNoun(view, head))
        {
            return false;
        }

        var purpose = _words.Of("purpose_verbs");
        for (var i = head + 1; i < clauseEnd && i <= head + 10; i++)
        {
            // ("aim to cut": the tagger may read "aim" as a noun; before "to" it is the verb.)
            if (purpose.Contains(view.Words[i]) && (view.Tag(i) == Upos.VERB || (i + 1 < clauseEnd && view.Words[i + 1] == "to")))
            {
                return true;
            }

            switch (view.Tag(i))
            {
                case Upos.VERB:
                    return false;
                case Upos.AUX:
                    continue;
                case Upos.ADP or Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.ADV or Upos.CCONJ:
                    continue;
                default:
                    return false; // a verb of another clause, or punctuation ("," and ";" are PUNCT)
            }
        }

        return false;
    }

    /// <summary>Whether the sentence holds a time of one or two days that dates no report verb ("on Tuesday", not "said on Tuesday").</summary>
    private static bool OwnDayNamed(DocView view, Sentence sentence)
    {
        foreach (var mention in view.Document.Get<TimeLayer>().Mentions)
        {
            if (sentence.Span.Contains(mention.Span) && mention.Resolution.Value is { DayCount: <= 2 } && !view.SpeechDates.ContainsKey(mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"people who fled fighting around El Fasher", "fleeing the violence": the trigger is what people fled.</summary>
    private bool Fled(DocView view, Sentence sentence, int trigger)
    {
        for (var i = trigger - 1; i >= sentence.FirstToken && i >= trigger - 4; i--)
        {
            if (_words.FlightVerbs.Contains(view.Words[i]))
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM) || view.Words[i] == "'s")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "marched to mark the anniversary of last year's anti-tax protests, in which more than 60 people were killed": a trigger in
    /// a relative clause ("in which", "during which") whose antecedent is dated back (last year's, the 2019, an
    /// anniversary) tells the earlier event, not the sentence's.
    /// </summary>
    private bool InEarlierEventClause(DocView view, Sentence sentence, int trigger)
    {
        for (var i = trigger - 1; i > sentence.FirstToken + 1; i--)
        {
            if (view.Words[i] != "which" || view.Tag(i - 1) != Upos.ADP)
            {
                if (view.Words[i] is "," or ";" || _words.Subordinators.Contains(view.Words[i]))
                {
                    return false;
                }

                continue;
            }

            // The antecedent: the phrase before the preposition (and its comma), back to the previous verb or comma.
            var j = i - 2;
            if (j >= sentence.FirstToken && view.Words[j] == ",")
            {
                j--;
            }

            for (var back = 0; j >= sentence.FirstToken && back < 8 && view.Tag(j) is not (Upos.VERB or Upos.AUX) && view.Words[j] is not ("," or ";"); j--, back++)
            {
                var word = view.Words[j];
                if (_words.Historical.Contains(word) || _words.EarlierMarkers.Contains(word)
                    || (word == "'s" && j >= 2 && view.Words[j - 1] is "year" or "month" or "week" && view.Words[j - 2] == "last")
                    || (word.Length == 4 && view.Tag(j) == Upos.NUM && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                        && view.Document.Metadata.Published is { } day && year >= 1900 && year < day.Year))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>"after years of insurgent attacks", "weeks of clashes": a trigger counted over a duration.</summary>
    private bool Aggregate(DocView view, int from, int trigger)
    {
        for (var i = trigger - 1; i >= from && i >= trigger - 3; i--)
        {
            if (view.Words[i] == "of" && i > from && _words.DurationNouns.Contains(view.Words[i - 1]))
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.ADJ or Upos.NOUN or Upos.PROPN) || view.Words[i] == "of")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The trigger's own clause dates it by a "since" range longer than a month that runs up to the report: what it
    /// tells has lasted since then ("have held positions since August"), it did not happen on a day.
    /// </summary>
    private static bool LastingState(DocView view, EventDateChoice dating) =>
        dating.Basis == EventDateBasis.Clause && dating.Value is null && dating.Mention?.Resolution.Value is { DayCount: > 31 } range
            && view.Document.Metadata.Published is { } published && range.DateEnd >= published.AddDays(-1)
            && dating.Mention.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>"has killed", "have been shelled": a perfect-tense verb trigger.</summary>
    private static bool Perfect(DocView view, int clauseFirst, int trigger)
    {
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 3; i--)
        {
            if (_perfectAuxiliaries.Contains(view.Words[i]))
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.ADV or Upos.AUX))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"has killed", "have recruited": a present-perfect verb trigger (not "had": the past perfect may date back in a lead).</summary>
    private static bool PresentPerfect(DocView view, int clauseFirst, int trigger)
    {
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 3; i--)
        {
            if (view.Words[i] is "has" or "have" or "'ve")
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.ADV or Upos.AUX))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"sexual violence has been used", "attacks have risen": a noun trigger that is the subject of a perfect.</summary>
    private static bool SubjectOfPerfect(DocView view, int clauseEnd, TriggerHit trigger)
    {
        if (!trigger.Noun && view.Tag(trigger.End - 1) != Upos.NOUN)
        {
            return false;
        }

        for (var i = trigger.End; i < clauseEnd && i < trigger.End + 2; i++)
        {
            if (view.Words[i] is "has" or "have")
            {
                return true;
            }

            if (view.Tag(i) is not Upos.ADV)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Attacks on the roads of central Mali have multiplied", "Settler attacks during the harvest have risen": a bare
    /// plural noun trigger (no article, number or possessive before it) heading the subject of a present perfect,
    /// across the phrase that qualifies it, names a kind of act in general, a trend, not an incident.
    /// </summary>
    private static bool GenericSubjectOfPerfect(DocView view, int clauseFirst, int clauseEnd, TriggerHit trigger)
    {
        if (!IsPluralNoun(view, trigger.End - 1))
        {
            return false;
        }

        var before = trigger.First - 1;
        while (before >= clauseFirst && view.Tag(before) is Upos.ADJ or Upos.NOUN or Upos.PROPN && view.Words[before] != "'s")
        {
            before--;
        }

        if (before >= clauseFirst && (view.Tag(before) is Upos.DET or Upos.NUM or Upos.PRON or Upos.VERB or Upos.ADP or Upos.AUX || view.Words[before] == "'s"))
        {
            return false; // "the attacks", "two attacks", "its attacks", "carried out attacks ... have": not a bare subject
        }

        for (var i = trigger.End; i < clauseEnd && i < trigger.End + 10; i++)
        {
            if (view.Words[i] == "have")
            {
                return i > trigger.End; // right after the noun, SubjectOfPerfect already reads it
            }

            if (view.Tag(i) is not (Upos.ADP or Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.ADV) || view.Words[i] == ",")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A noun in the plural by its form ("attacks", "killings"; not "press", "access").</summary>
    private static bool IsPluralNoun(DocView view, int i) =>
        view.Tag(i) == Upos.NOUN && view.Words[i].EndsWith('s') && !view.Words[i].EndsWith("ss", StringComparison.Ordinal);

    /// <summary>
    /// "killed more than 100 militants in a series of operations": the act is counted over a series (series_nouns).
    /// ("accused of a spate of robberies" names what the victims were charged with, not how the act was counted.)
    /// </summary>
    private bool OverSeries(DocView view, int from, int to)
    {
        for (var i = from + 2; i + 1 < to; i++)
        {
            if (view.Words[i + 1] == "of" && _words.SeriesNouns.Contains(view.Words[i]) && view.Words[i - 1] is "a" or "an"
                && view.Tag(i - 2) == Upos.ADP && view.Words[i - 2] != "of")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"over the same period", "during that period": a period named back (context_words period_nouns).</summary>
    private bool PeriodNamedBack(DocView view, int from, int to)
    {
        for (var i = from + 2; i < to; i++)
        {
            if (_words.Of("period_nouns").Contains(view.Words[i]) && view.Words[i - 1] is "same" or "that" && view.Tag(i - 2) is Upos.ADP or Upos.DET)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb whose tense a trigger takes: itself, or for a noun trigger the verb whose object it is ("has used car
    /// bombs", "has carried out scores of similar bombings").
    /// </summary>
    private static int PerfectHead(DocView view, int clauseFirst, TriggerHit trigger)
    {
        if (!trigger.Noun && view.Tag(trigger.End - 1) != Upos.NOUN)
        {
            return trigger.First;
        }

        for (var i = trigger.First - 1; i >= clauseFirst && i >= trigger.First - 6; i--)
        {
            if (view.Tag(i) == Upos.VERB)
            {
                return i;
            }

            if (view.Tag(i) is not (Upos.ADJ or Upos.NOUN or Upos.NUM or Upos.DET or Upos.ADP or Upos.ADV or Upos.PART) || view.Words[i] == ",")
            {
                break;
            }
        }

        return trigger.First;
    }

    /// <summary>
    /// "from which they raid nearby villages", "where gangs attack travellers": a bare present-tense verb trigger
    /// (its form is its lemma) right after a relative word and its subject.
    /// </summary>
    private static bool PresentInRelative(DocView view, Sentence sentence, TriggerHit trigger)
    {
        if (trigger.End - trigger.First != 1 || view.Tag(trigger.First) != Upos.VERB || view.Words[trigger.First] != trigger.Trigger.Lemma)
        {
            return false;
        }

        for (var i = trigger.First - 1; i >= sentence.FirstToken && i >= trigger.First - 4; i--)
        {
            var word = view.Words[i];
            if (word is "which" or "where" or "whom")
            {
                return true;
            }

            if (view.Tag(i) is not (Upos.PRON or Upos.NOUN or Upos.PROPN or Upos.DET or Upos.ADJ))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"dozens of times", "many times": the clause tells how often something was done.</summary>
    private bool Repeated(DocView view, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (view.Words[i] == "times" && (_words.RepetitionQuantifiers.Contains(view.Words[i - 1])
                || (view.Words[i - 1] == "of" && i > from + 1 && _words.RepetitionQuantifiers.Contains(view.Words[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "over the past decade", "in the last three years", "in recent months", "for years": a period that reaches back
    /// from now ("last year" is a point).
    /// </summary>
    private bool PastPeriod(DocView view, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (view.Words[i] is "recent" or "for" && i + 1 < to
                && (_words.DurationNouns.Contains(view.Words[i + 1])
                    || (i + 2 < to && view.Tag(i + 1) is Upos.ADJ or Upos.NUM or Upos.DET && _words.DurationNouns.Contains(view.Words[i + 2]))))
            {
                return true;
            }

            // "had killed 925 militants this year": a period running up to now.
            if (view.Words[i] == "this" && i + 1 < to && _words.DurationNouns.Contains(view.Words[i + 1]))
            {
                return true;
            }

            if (view.Words[i] is "past" or "last" && view.Words[i - 1] == "the")
            {
                for (var j = i + 1; j < to && j <= i + 2; j++)
                {
                    if (_words.DurationNouns.Contains(view.Words[j]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The clause's part up to the first background marker after the event's triggers ("..., after ...").</summary>
    private int BeforeBackground(DocView view, int afterTrigger, int clauseEnd)
    {
        for (var i = afterTrigger; i < clauseEnd; i++)
        {
            if (_words.BackgroundMarkers.Contains(view.Words[i]))
            {
                return i;
            }
        }

        return clauseEnd;
    }

    /// <summary>
    /// "rallied on Saturday, three months after the collapse of a canopy killed 15 people": the part after a time
    /// distance and a background marker tells another event; the event's figures and cues stop before it.
    /// </summary>
    private int BeforeOtherTime(DocView view, int afterTrigger, int clauseEnd)
    {
        for (var i = afterTrigger + 1; i < clauseEnd; i++)
        {
            if (_words.BackgroundMarkers.Contains(view.Words[i]) && _words.TimeUnits.Contains(view.Words[i - 1]))
            {
                return i;
            }
        }

        return clauseEnd;
    }

    /// <summary>
    /// The days from a dated mention to a trigger told after a distance from it: "on Tuesday, three days after the
    /// strikes" (-3), "on Monday, a day before the vote" (+1); null when no "&lt;count&gt; day(s) after/before" stands
    /// between the mention and the trigger.
    /// </summary>
    private static int? DaysAway(DocView view, TimeMention mention, int trigger)
    {
        for (var i = view.Text.FirstTokenAtOrAfter(mention.Span.End) + 2; i < trigger; i++)
        {
            if (DayDistance(view, i) is not { } days)
            {
                continue;
            }

            // The distance dates the event it introduces, not one told past a comma or semicolon ("on Tuesday, a day
            // after deadly protests; the rally ended peacefully": the rally is Tuesday's).
            return Any(view, i + 1, trigger, _clauseCommaSet) ? null : days;
        }

        return null;
    }

    /// <summary>
    /// The days a "&lt;count&gt; day(s) after/before" phrase ending at token <paramref name="i"/> puts between its event
    /// and the day named before it (-3 for "three days after"), or null when token i ends no such phrase. The unit and
    /// the count words are the time lexicon's (data/time: units.tsv, numbers.tsv).
    /// </summary>
    private static int? DayDistance(DocView view, int i)
    {
        var time = TimeLexicon.Default;
        if (i < 2 || view.Words[i] is not ("after" or "before") || !time.TryUnit(view.Words[i - 1], out var unit) || unit.Value != (int)TimeUnit.Day)
        {
            return null;
        }

        int? count = time.TryCardinal(view.Words[i - 2], out var number) ? number.Value
            : int.TryParse(view.Words[i - 2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 31 ? n : null;
        return count is { } c ? (view.Words[i] == "after" ? -c : c) : null;
    }

    /// <summary>
    /// "on Tuesday, a day after deadly protests; the rally ended peacefully": the sentence's first trigger is the object
    /// of a day distance (only words of its noun phrase between) and another trigger follows past a comma or
    /// semicolon, so the first only dates the other, as "two days after the attack" does when it comes second.
    /// </summary>
    private static bool AnchorOfLaterEvent(DocView view, List<TriggerHit> hits)
    {
        if (hits.Count < 2)
        {
            return false;
        }

        var first = hits[0].First;
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && view.Tag(i) is Upos.ADJ or Upos.DET or Upos.NUM)
        {
            i--;
        }

        return i >= 0 && DayDistance(view, i) is not null && Any(view, hits[0].End, hits[^1].First, _clauseCommaSet);
    }

    /// <summary>"Somali special forces, backed by US air strikes, killed ...": the strikes support the sentence's event.</summary>
    private bool Supporting(DocView view, int from, int trigger)
    {
        if (view.Tag(trigger) is Upos.VERB or Upos.AUX)
        {
            return false; // "Somali forces backed by clan fighters retook the town": the verb is the event
        }

        for (var i = trigger - 1; i >= from && i >= trigger - 3; i--)
        {
            if (view.Words[i] == "by" && i > 0 && _words.SupportMarkers.Contains(view.Words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record DocView(Document Document, TextLayer Text, LanguageLayer Language, string[] Words)
    {
        /// <summary>The nationalities the article names ("Russian", "North Korean"), each with its country.</summary>
        public ImmutableArray<Entity> Nations { get; } = [.. Language.Entities.Where(e => e.Type == EntityType.Norp && e.Country is not null)];

        /// <summary>
        /// Whether bare "soldiers" or "forces" of this clause could be either side's: the article names another nation,
        /// or the clause itself qualifies someone by the event country's nationality ("units defeated Ukrainian
        /// formations": the unqualified side is then the other one).
        /// </summary>
        public bool OtherSideNamed(string? eventCountry, int clauseFirst, int clauseEnd)
        {
            var start = Text.Tokens[clauseFirst].Start;
            var end = Text.Tokens[Math.Max(clauseFirst, clauseEnd - 1)].End;
            return Nations.Any(n => n.Country != eventCountry || n.Mentions.Any(m => m.Span.Start >= start && m.Span.End <= end));
        }

        public Upos Tag(int i) => i < Language.Tags.Length ? Language.Tags[i] : Upos.X;

        /// <summary>The time expressions that date an earlier report cited in a relative clause ("who in October reported"), with its verb.</summary>
        public Dictionary<TimeMention, int> Attributions { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Every time expression right before or after a report verb ("said on Monday"), with its verb.</summary>
        public Dictionary<TimeMention, int> SpeechDates { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// "The allegations follow earlier warnings from Western officials, who in October reported that 10,000 troops had
    /// been sent": a time expression right before or after a report verb (only prepositions and adverbs between) in a
    /// relative clause dates an earlier report the story cites, not the story's own news: it dates only what that report
    /// tells (the events after its verb), neither the sentence's main clause nor later sentences (as their paragraph's
    /// or the story's running date). The story's own attribution ("drones hit Kharkiv overnight, the governor said on
    /// Monday") is how ACLED dates what it reports, and stays a date like any other.
    /// </summary>
    private void FindAttributionDates(DocView view, TimeLayer times)
    {
        var tokens = view.Text.Tokens;
        foreach (var mention in times.Mentions)
        {
            var first = view.Text.FirstTokenAtOrAfter(mention.Span.Start);
            var end = first;
            while (end < tokens.Length && tokens[end].End <= mention.Span.End)
            {
                end++;
            }

            var verb = AttributionVerb(view, first, end);
            if (verb >= 0)
            {
                view.SpeechDates[mention] = verb;
            }
            else if (first >= 2 && view.Words[first - 2] == "as" && _words.TallyMarkers.Contains(view.Words[first - 1]))
            {
                view.SpeechDates[mention] = -1; // "as of this morning": the time of a tally, no verb's
            }

            var opening = Math.Min(first, verb);
            if (verb >= 0 && Any(view, Math.Max(0, opening - 3), opening, _words.Subordinators))
            {
                view.Attributions[mention] = verb;
            }
        }
    }

    /// <summary>
    /// The time expressions that may date an event told at <paramref name="trigger"/> in this sentence. "The army said on
    /// Monday that its troops had repelled an attack on a base in Wajiroko on Saturday": when the sentence names another
    /// time, the one that dates its report verb dates the telling, not the event (unless the event is that verb's own).
    /// </summary>
    private TimeLayer EventTimes(DocView view, TimeLayer times, Sentence sentence, int trigger)
    {
        var kept = ImmutableArray.CreateBuilder<TimeMention>(times.Mentions.Length);
        foreach (var mention in times.Mentions)
        {
            if (!view.Attributions.TryGetValue(mention, out var verb) || (sentence.Span.Contains(mention.Span) && trigger >= verb))
            {
                kept.Add(mention);
            }
        }

        var eventTimeInSentence = false;
        foreach (var mention in kept)
        {
            eventTimeInSentence |= sentence.Span.Contains(mention.Span) && !view.SpeechDates.ContainsKey(mention) && !DatesANoun(view, mention);
        }

        if (eventTimeInSentence)
        {
            kept.RemoveAll(m => sentence.Span.Contains(m.Span) && view.SpeechDates.TryGetValue(m, out var speech) && speech != trigger);
        }

        return times with { Mentions = kept.ToImmutable() };
    }

    /// <summary>
    /// "after last week's attack", "Sunday's massacre", "since the May offensive": a time in the possessive or right
    /// after a preposition of sequence dates the noun it governs (another, earlier event), not a clause's event.
    /// </summary>
    private bool DatesANoun(DocView view, TimeMention mention)
    {
        var first = view.Text.FirstTokenAtOrAfter(mention.Span.Start);
        var end = first;
        while (end < view.Words.Length && view.Text.Tokens[end].End <= mention.Span.End)
        {
            end++;
        }

        return (end < view.Words.Length && view.Words[end] is "'s" or "’s" or "'" or "’")
            || (first > 0 && _words.BackgroundMarkers.Contains(view.Words[first - 1]));
    }

    /// <summary>A day-valued time expression of the sentence that dates a report verb ("said on Monday"), other than <paramref name="except"/>.</summary>
    private static TimeMention? SpeechDayMention(DocView view, Sentence sentence, TimeMention except)
    {
        foreach (var (mention, verb) in view.SpeechDates)
        {
            // A tally's time ("as of Wednesday", no verb: -1) is no day anyone spoke on.
            if (verb >= 0 && !ReferenceEquals(mention, except) && sentence.Span.Contains(mention.Span) && mention.Value is DayValue)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The report verb a time expression (tokens first..end) is the date of, or -1.</summary>
    private int AttributionVerb(DocView view, int first, int end)
    {
        for (var i = end; i < Math.Min(view.Words.Length, end + 3); i++)
        {
            if (ReportVerbAt(view, i))
            {
                return i;
            }

            if (view.Tag(i) is not (Upos.ADV or Upos.ADP))
            {
                break;
            }
        }

        for (var i = first - 1; i >= 0 && i >= first - 3; i--)
        {
            if (ReportVerbAt(view, i))
            {
                return i;
            }

            if (view.Tag(i) is not (Upos.ADV or Upos.ADP))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a protest verb reports a statement: "that" follows it, or it closes an inverted report (a comma, then only
    /// its subject's words before it, a verb before the comma, and nothing after it but adverbs and days: "here
    /// Wednesday", "on Tuesday").
    /// </summary>
    private bool ProtestsAStatement(DocView view, Sentence sentence, TriggerHit hit)
    {
        if (hit.End < sentence.EndToken && view.Words[hit.End] == "that")
        {
            return true;
        }

        var comma = hit.First - 1;
        while (comma > sentence.FirstToken && hit.First - comma <= 6 && view.Tag(comma) is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.PRON)
        {
            comma--;
        }

        if (comma <= sentence.FirstToken || comma == hit.First - 1 || view.Words[comma] != "," || !Enumerable.Range(sentence.FirstToken, comma - sentence.FirstToken).Any(i => view.Tag(i) is Upos.VERB))
        {
            return false;
        }

        for (var i = hit.End; i < sentence.EndToken; i++)
        {
            var onADay = view.Tag(i) is Upos.ADP && i + 1 < sentence.EndToken && _words.DayNames.Contains(view.Words[i + 1]);
            if (view.Tag(i) is not (Upos.ADV or Upos.PUNCT) && !onADay && !_words.DayNames.Contains(view.Words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool ReportVerbAt(DocView view, int i) =>
        view.Tag(i) is Upos.VERB && _words.ReportVerbs.Contains(view.Words[i]) && view.Words[i] != "according";

    private List<TriggerHit> Triggers(DocView view, Sentence sentence)
    {
        var hits = new List<TriggerHit>();
        Span<char> buffer = stackalloc char[256];
        var end = sentence.EndToken;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var (start, found) = (i, hits.Count);
            for (var n = _triggerPrefixes.MaxWords(view.Words, i, Math.Min(_lexicon.MaxFormWords, end - i), buffer); n >= 1; n--)
            {
                var length = Join(view.Words, i, n, buffer);
                if (length < 0 || !_triggersByForm.TryGetValue(buffer[..length], out var triggers))
                {
                    continue;
                }

                // A form the loader completed ("condemn" from "condemned|condemns") counts only as a verb.
                var generated = _lexicon.GeneratedForms.Count > 0 && _generatedForms.Contains(buffer[..length]) && view.Tag(i) is not (Upos.VERB or Upos.AUX);
                if (generated || !Accept(view, sentence, i, n, triggers[0]))
                {
                    // "the families of soldiers killed in last week's ambush", "the bodies of men killed in an Israeli
                    // strike": the phrase that tells how the participle's victims died names the same earlier act.
                    if (n == 1 && view.Tag(i) == Upos.VERB && view.Words[i].EndsWith("ed", StringComparison.Ordinal) && ReducedRelativeInPhrase(view, sentence, i))
                    {
                        i = ParticiplePhraseEnd(view, sentence, i + 1) - 1;
                    }

                    break;
                }

                var anaphoric = n == 1 && triggers[0].PartOfSpeech is "noun" or "verb" && IsAnaphoric(view, sentence, i);
                var trigger = StatementOnly(view, sentence, i, triggers[0]) ? triggers[0] with { AcledCandidates = [] } : triggers[0];
                hits.Add(new TriggerHit(i, i + n, trigger, anaphoric, n == 1 && view.Tag(i) == Upos.NOUN));
                i += n - 1;
                break;
            }

            if (i == start && hits.Count == found && AdjectiveGapForm(view, sentence, i, buffer) is { } gapped)
            {
                hits.Add(new TriggerHit(i, gapped.End, gapped.Trigger, Anaphoric: false));
                i = gapped.End - 1;
            }
        }

        return WithObjectFrames(view, sentence, hits);
    }

    /// <summary>
    /// "opened intensive fire with artillery", "exchanged heavy fire": a verb-led form of the lexicon ("opened fire")
    /// with one or two adjectives inside it is the same form.
    /// </summary>
    private (int End, Trigger Trigger)? AdjectiveGapForm(DocView view, Sentence sentence, int i, Span<char> buffer)
    {
        var end = sentence.EndToken;
        if (view.Tag(i) != Upos.VERB || i + 2 >= end || view.Tag(i + 1) != Upos.ADJ)
        {
            return null;
        }

        var j = i + 1;
        while (j < end && j < i + 3 && view.Tag(j) == Upos.ADJ)
        {
            j++;
        }

        var head = view.Words[i];
        if (head.Length + 1 >= buffer.Length)
        {
            return null;
        }

        head.AsSpan().CopyTo(buffer);
        buffer[head.Length] = ' ';
        for (var m = Math.Min(_lexicon.MaxFormWords - 1, end - j); m >= 1; m--)
        {
            var rest = Join(view.Words, j, m, buffer[(head.Length + 1)..]);
            if (rest >= 0 && _triggersByForm.TryGetValue(buffer[..(head.Length + 1 + rest)], out var triggers)
                && triggers[0].PartOfSpeech == "verb" && Accept(view, sentence, i, j + m - i, triggers[0]))
            {
                return (j + m, triggers[0]);
            }
        }

        return null;
    }

    /// <summary>
    /// "lifted the curfew", "suspended their protests", "halted the offensive", "an end to the fighting": a verb whose
    /// object is a restriction, a protest or a military operation makes a concession or de-escalation
    /// (object_frames.tsv); it replaces the verb's own trigger ("suspended": a sanction) and the object's (the curfew
    /// is being ended, not imposed).
    /// </summary>
    private List<TriggerHit> WithObjectFrames(DocView view, Sentence sentence, List<TriggerHit> hits)
    {
        var frames = _lexicon.Frames;
        List<TriggerHit>? result = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!frames.FirstWords.Contains(view.Words[i]) || FrameAt(view, sentence, i) is not { } match)
            {
                continue;
            }

            result ??= [.. hits];
            result.RemoveAll(h => h.First < match.ObjectEnd && i < h.End);
            var at = result.FindIndex(h => h.First > i);
            result.Insert(at < 0 ? result.Count : at, new TriggerHit(i, match.VerbEnd, match.Frame.Trigger, Anaphoric: false, match.Nominal));
            i = match.ObjectEnd - 1;
        }

        return result ?? hits;
    }

    private (ObjectFrame Frame, int VerbEnd, int ObjectEnd, bool Nominal)? FrameAt(DocView view, Sentence sentence, int i)
    {
        foreach (var frame in _lexicon.Frames.Frames)
        {
            var verbEnd = view.Tag(i) is Upos.VERB ? PhraseEnd(view, sentence, i, frame.Verbs) : -1;
            var nominal = false;
            if (verbEnd < 0 && view.Tag(i) is Upos.NOUN && PhraseEnd(view, sentence, i, frame.Nouns) is var nounEnd and >= 0
                && nounEnd < sentence.EndToken && view.Words[nounEnd] is "of" or "to")
            {
                verbEnd = nounEnd;
                nominal = true;
            }

            if (verbEnd >= 0 && FrameObjectEnd(view, sentence, verbEnd, frame) is var objectEnd and >= 0)
            {
                return (frame, verbEnd, objectEnd, nominal);
            }
        }

        return null;
    }

    /// <summary>The end of the longest of <paramref name="phrases"/> that starts at token i; -1 when none does.</summary>
    private static int PhraseEnd(DocView view, Sentence sentence, int i, ImmutableArray<string[]> phrases)
    {
        var best = -1;
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > sentence.EndToken || i + phrase.Length <= best)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++)
            {
                ok = view.Words[i + k] == phrase[k];
            }

            if (ok)
            {
                best = i + phrase.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// The end of the frame's object within 6 tokens after the verb, reached over determiners, adjectives, numbers,
    /// adverbs, prepositions, light verbs and noun modifiers only ("suspended its three-week general strike", "lifted a state of emergency");
    /// a noun head that is no object ("ended talks on the curfew"), punctuation or a clause word stops the search.
    /// </summary>
    private int FrameObjectEnd(DocView view, Sentence sentence, int from, ObjectFrame frame)
    {
        var limit = Math.Min(sentence.EndToken, from + 7);
        for (var j = from; j < limit; j++)
        {
            var end = PhraseEnd(view, sentence, j, frame.Objects);
            if (end >= 0)
            {
                return end;
            }

            var tag = view.Tag(j);
            var modifier = tag is Upos.NOUN or Upos.PROPN && j + 1 < sentence.EndToken && view.Tag(j + 1) is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.PART;
            // "agreed to stop holding protests": a light verb's event is its object.
            var light = tag is Upos.VERB && _words.LightVerbs.Contains(view.Words[j]);
            if (!(tag is Upos.DET or Upos.ADJ or Upos.ADV or Upos.NUM or Upos.ADP or Upos.PRON or Upos.PART || modifier || light))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool Accept(DocView view, Sentence sentence, int i, int n, Trigger trigger)
    {
        var tag = view.Tag(i);
        if (n == 1 && tag == Upos.PROPN && i > sentence.FirstToken)
        {
            return false; // "March", "Strike Group", a name (a capitalised first word is often just a noun: "Protests over ...")
        }

        if (n == 1 && _words.VerbOnly.Contains(view.Words[i]) && tag is not (Upos.VERB or Upos.AUX))
        {
            return false;
        }

        // A participle that modifies a noun names a state, not an event: "camps for displaced people", "a destroyed bridge".
        // (after a preposition, determiner or verb: "troops killed civilians" keeps its subject before the verb).
        if (n == 1 && tag is Upos.ADJ or Upos.VERB && view.Words[i].EndsWith("ed", StringComparison.Ordinal) && i + 1 < sentence.EndToken
            && view.Tag(i + 1) == Upos.NOUN && (tag == Upos.ADJ || (i > sentence.FirstToken && view.Tag(i - 1) is Upos.ADP or Upos.DET or Upos.VERB)))
        {
            return false;
        }

        // "the occupied West Bank", "the besieged Bosnian town": after an article, a participle before a name or an
        // adjective modifies it too.
        if (n == 1 && tag is Upos.ADJ or Upos.VERB && view.Words[i].EndsWith("ed", StringComparison.Ordinal) && i + 1 < sentence.EndToken
            && view.Tag(i + 1) is Upos.PROPN or Upos.ADJ && i > sentence.FirstToken && view.Tag(i - 1) == Upos.DET)
        {
            return false;
        }

        // "our forces deployed at Point Triple, in the Alibori department, were the target of an attack": a participle
        // right after a force noun, with its place, before the clause's own "were", describes the force; no deployment.
        if (n == 1 && tag == Upos.VERB && view.Words[i].EndsWith("ed", StringComparison.Ordinal) && i > sentence.FirstToken
            && _words.ForceWords.Contains(view.Words[i - 1]) && i + 1 < sentence.EndToken && view.Words[i + 1] is "at" or "in" or "on" or "along" or "near"
            && BeforeMainBe(view, sentence, i + 2))
        {
            return false;
        }

        // "the families of soldiers killed in last week's ambush", "the bodies of six people abducted by militants": a
        // participle after the noun it describes, inside a prepositional phrase, names who suffered an earlier act.
        if (n == 1 && tag == Upos.VERB && view.Words[i].EndsWith("ed", StringComparison.Ordinal) && ReducedRelativeInPhrase(view, sentence, i))
        {
            return false;
        }

        // A noun that names the kind of a force is no event: "riot police", "assault troops", "strike units".
        if (n == 1 && tag is Upos.NOUN or Upos.PROPN or Upos.ADJ && i + 1 < sentence.EndToken
            && (_words.ForceWords.Contains(view.Words[i + 1]) || _words.ForceKindHeads.Contains(view.Words[i + 1])))
        {
            return false;
        }

        // Words of a name are not triggers: "95th Air Assault Brigade".
        var offset = view.Text.Tokens[i].Start;
        if (view.Language.EntityCovering(offset) is { Type: EntityType.Org or EntityType.MilitaryUnit or EntityType.Facility })
        {
            return false;
        }

        // "Firefighters battled the blaze", "launched his party's battle for votes": no war target, no event (what is
        // looted may be money).
        if (!_lexicon.Hierarchy["property"].Contains(trigger.Lemma) && NonCombatObject(view, sentence, i + n))
        {
            return false;
        }

        // "fired his chief of staff", "shot a music video", "the striker fired twice": a non-violent sense of the word.
        if (FigurativeSense(view, sentence, i, n, trigger))
        {
            return false;
        }

        // "sent a letter" is no deployment, "released images" no prisoner release: triggers.tsv's needs column.
        if (trigger.Needs is not { } needs)
        {
            return true;
        }

        var (from, to) = needs.Window is { } window
            ? (Math.Max(sentence.FirstToken, i - window), Math.Min(sentence.EndToken, i + n + window))
            : (sentence.FirstToken, sentence.EndToken);
        return Any(view, from, to, _words.Of(needs.Kind));
    }

    /// <summary>
    /// The end of the "in/during/by ..." phrase that follows a participle ("killed in an Israeli strike earlier in the
    /// week"): up to the next punctuation or verb; the participle's own end when no such phrase follows.
    /// </summary>
    private static int ParticiplePhraseEnd(DocView view, Sentence sentence, int from)
    {
        if (from >= sentence.EndToken || view.Words[from] is not ("in" or "during" or "by"))
        {
            return from;
        }

        var j = from + 1;
        while (j < sentence.EndToken && j < from + 10 && view.Tag(j) is not (Upos.PUNCT or Upos.VERB or Upos.AUX or Upos.PRON or Upos.SCONJ))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// "battled the blaze", "a battle for votes", "stormed to a 3-0 victory", "withdraw their money": the head of the
    /// phrase within seven tokens after the trigger (before any verb) is none of war's targets (context_words
    /// non_combat_objects); seven, so that a light verb's object reaches its target too ("launched a fierce attack on
    /// the government's budget"). A day name after the head ends its phrase: "was hit by a cyberattack Wednesday".
    /// </summary>
    private bool NonCombatObject(DocView view, Sentence sentence, int end)
    {
        for (var j = end; j < sentence.EndToken && j < end + 8; j++)
        {
            if (view.Tag(j) is Upos.PUNCT or Upos.VERB or Upos.AUX)
            {
                return false;
            }

            if (_words.NonCombatObjects.Contains(view.Words[j])
                && (j + 1 >= sentence.EndToken || view.Tag(j + 1) is not (Upos.NOUN or Upos.PROPN) || _words.DayNames.Contains(view.Words[j + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The governor fired his chief of staff" (a dismissal), "the crew shot a music video", "a documentary that was shot
    /// in Mariupol" (filming), "the striker fired twice as the team reached the semi-finals" (sport): the trigger's object
    /// head, subject head or sentence holds a word of a non-violent sense of its lemma (figurative_senses.tsv).
    /// </summary>
    private bool FigurativeSense(DocView view, Sentence sentence, int i, int n, Trigger trigger)
    {
        foreach (var sense in _lexicon.Senses.Of(trigger.Lemma))
        {
            var found = sense.Role switch
            {
                SenseRole.Object => ObjectHead(view, sentence, i + n) is var o && o >= 0 && sense.Words.Contains(view.Words[o]),
                // A proper name is never the common noun a row lists: "Israeli forces in the West Bank fired" is no bank.
                SenseRole.Subject => SubjectOf(view, sentence, i) is var h && h >= 0 && view.Tag(h) == Upos.NOUN && sense.Words.Contains(view.Words[h]),
                SenseRole.Phrase => InsidePhrase(view, sentence, i, sense.Phrases),
                SenseRole.Statement => false, // read by StatementOnly: the trigger stays, without its ACLED types
                SenseRole.Agent => AgentNamed(view, sentence, i + n, sense.Words),
                _ => Any(view, sentence.FirstToken, sentence.EndToken, sense.Words) || HasPhrase(view, sentence, sense.Phrases),
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the trigger stands inside a phrase of a statement sense (figurative_senses.tsv): "summoned the ambassador
    /// in protest" keeps its PLOVER PROTEST (dissent) and tells no ACLED demonstration.
    /// </summary>
    private bool StatementOnly(DocView view, Sentence sentence, int i, Trigger trigger)
    {
        foreach (var sense in _lexicon.Senses.Of(trigger.Lemma))
        {
            if (sense.Role == SenseRole.Statement && InsidePhrase(view, sentence, i, sense.Phrases))
            {
                return StatementAct(view, sentence, i);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the act done "in protest" is a statement rather than a protest: a diplomatic or official act (context_words
    /// statement_acts: "summoned the ambassador", "walked out", "resigned") before the phrase, or a clause whose subject is
    /// no crowd or civilian group ("the ministry cancelled the talks"). Shopkeepers closing their stalls or workers going
    /// on strike in protest are what ACLED codes as Protests; so is an act whose doer the clause does not name.
    /// </summary>
    private bool StatementAct(DocView view, Sentence sentence, int phrase)
    {
        for (var j = sentence.FirstToken; j < phrase; j++)
        {
            if (_words.Of("statement_acts").Contains(view.Words[j]))
            {
                return true;
            }
        }

        // The subject: the words before the clause's first verb ("Market traders in Kano shut their shops").
        var verb = sentence.FirstToken;
        while (verb < phrase && view.Tag(verb) != Upos.VERB)
        {
            verb++;
        }

        if (verb >= phrase)
        {
            return false;
        }

        for (var j = sentence.FirstToken; j < verb; j++)
        {
            var word = view.Words[j];
            if (view.Tag(j) == Upos.NOUN && (IsPluralNoun(view, j) || _words.CrowdWords.Contains(word) || _words.ProtesterWords.Contains(word)
                || _words.Of("civilian_nouns").Contains(word) || _words.Of("demonstrator_agents").Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the trigger's first token stands inside one of the phrases, at the place of a phrase token of its own form:
    /// "strike price" holds the trigger "strike", "in protest" the trigger "protest" ("in protests across the country" does
    /// not: the phrase's token is the singular).
    /// </summary>
    private static bool InsidePhrase(DocView view, Sentence sentence, int trigger, ImmutableArray<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var k = 0; k < phrase.Length; k++)
            {
                var start = trigger - k;
                if (phrase[k] != view.Words[trigger] || start < sentence.FirstToken || start + phrase.Length > sentence.EndToken)
                {
                    continue;
                }

                var ok = true;
                for (var m = 0; m < phrase.Length && ok; m++)
                {
                    ok = view.Words[start + m] == phrase[m];
                }

                if (ok)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a "by" or "from" phrase right after the trigger (past a closing quotation mark) names one of the words
    /// before the clause goes on: "'relentless attacks' by the opposition and the press", "came under attack from critics".
    /// </summary>
    private static bool AgentNamed(DocView view, Sentence sentence, int from, FrozenSet<string> words)
    {
        var j = from;
        while (j < sentence.EndToken && view.Words[j] is "'" or "’" or "\"" or "”")
        {
            j++;
        }

        if (j >= sentence.EndToken || view.Words[j] is not ("by" or "from"))
        {
            return false;
        }

        // Only the noun phrases the by-phrase names count, joined by "and"/"or" and "of" ("members of the press"): the
        // next preposition, verb or comma ends them ("an attack by gunmen on the offices of a newspaper" names gunmen).
        for (var k = j + 1; k < sentence.EndToken && k <= j + 8; k++)
        {
            var word = view.Words[k];
            if (words.Contains(word))
            {
                return true;
            }

            if (word is "and" or "or" or "of")
            {
                continue;
            }

            if (view.Tag(k) is not (Upos.DET or Upos.ADJ or Upos.NUM or Upos.NOUN or Upos.PROPN or Upos.PRON))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence holds the tokens of one of the phrases in a row ("blank rounds"): <see cref="PhraseEnd"/> at each token.</summary>
    private static bool HasPhrase(DocView view, Sentence sentence, ImmutableArray<string[]> phrases)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken && !phrases.IsEmpty; i++)
        {
            if (PhraseEnd(view, sentence, i, phrases) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The head noun of the noun phrase right after a verb ("fired his deputy defence minister": minister; "shot a music
    /// video": video), or -1 when a preposition, pronoun or anything else comes first ("fired on officials").
    /// </summary>
    private static int ObjectHead(DocView view, Sentence sentence, int from)
    {
        var head = -1;
        for (var j = from; j < sentence.EndToken && j < from + 6; j++)
        {
            var tag = view.Tag(j);
            if (tag is Upos.NOUN or Upos.PROPN)
            {
                head = j;
                continue;
            }

            var modifier = tag is Upos.DET or Upos.NUM or Upos.ADJ || view.Words[j] is "his" or "her" or "its" or "their" or "our" or "my" or "your";
            if (head >= 0 || !modifier)
            {
                break;
            }
        }

        return head;
    }

    /// <summary>
    /// The head noun right before a verb, across auxiliaries, adverbs and a relative pronoun ("the film had been shot":
    /// film; "a documentary that was shot": documentary; "the striker fired": striker), or -1.
    /// </summary>
    private static int SubjectHead(DocView view, Sentence sentence, int verb)
    {
        for (var j = verb - 1; j >= sentence.FirstToken && j >= verb - 5; j--)
        {
            var tag = view.Tag(j);
            if (tag is Upos.NOUN or Upos.PROPN)
            {
                return j;
            }

            if (tag is not (Upos.AUX or Upos.ADV) && view.Words[j] is not ("that" or "which"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The subject of a verb; for a participle after a comma with none of its own, the subject of the nearest verb
    /// before it that is no reporting verb ("the central bank fired a warning shot at speculators, raiding their
    /// positions": the bank raided; "the retailer said gunmen stormed its store, killing two guards": the gunmen killed).
    /// </summary>
    private int SubjectOf(DocView view, Sentence sentence, int verb)
    {
        var head = GoverningNoun(view, sentence, SubjectHead(view, sentence, verb));
        if (head >= 0 || verb - 1 <= sentence.FirstToken || view.Words[verb - 1] != "," || !view.Words[verb].EndsWith("ing", StringComparison.Ordinal))
        {
            return head;
        }

        for (var j = verb - 2; j >= sentence.FirstToken; j--)
        {
            if (view.Tag(j) == Upos.VERB)
            {
                return _words.ReportVerbs.Contains(view.Words[j]) ? -1 : SubjectHead(view, sentence, j);
            }
        }

        return -1;
    }

    /// <summary>
    /// For a proper name that ends an "of" phrase, the common noun the phrase belongs to: "the rebels of the Movement of
    /// Democratic Forces of Casamance had fled" has the rebels as its subject, not Casamance (names, determiners, "of" and
    /// "the" between; at most ten tokens back). Any other head is returned as it is.
    /// </summary>
    private static int GoverningNoun(DocView view, Sentence sentence, int head)
    {
        if (head < 0 || (view.Tag(head) != Upos.PROPN && !Capitalised(view, head)))
        {
            return head;
        }

        for (var j = head - 1; j > sentence.FirstToken && j >= head - 10; j--)
        {
            // (A capitalised noun is part of the name: "the Movement of Democratic Forces of Casamance".)
            var capitalised = Capitalised(view, j);
            if (view.Words[j] == "of")
            {
                if (view.Tag(j - 1) == Upos.NOUN && !Capitalised(view, j - 1))
                {
                    return j - 1;
                }

                continue;
            }

            if (view.Tag(j) is not (Upos.PROPN or Upos.DET or Upos.ADP) && !(capitalised && view.Tag(j) is (Upos.NOUN or Upos.ADJ)))
            {
                return head;
            }
        }

        return head;
    }

    /// <summary>Whether a token starts with a capital letter in the text (the word keys are lower case).</summary>
    private static bool Capitalised(DocView view, int i) => char.IsUpper(view.Document.Text[view.Text.Tokens[i].Start]);

    /// <summary>A form of "be" (an auxiliary) follows before any subordinator, reporting verb or other verb: the main clause's verb.</summary>
    private bool BeforeMainBe(DocView view, Sentence sentence, int from)
    {
        for (var j = from; j < sentence.EndToken; j++)
        {
            var word = view.Words[j];
            if (_words.Subordinators.Contains(word) || _words.ReportVerbs.Contains(word) || view.Tag(j) == Upos.VERB)
            {
                return false;
            }

            if (IsBe(word) && view.Tag(j) == Upos.AUX)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"of soldiers killed", "of six people abducted": a participle right after the noun phrase of a preposition.</summary>
    private bool ReducedRelativeInPhrase(DocView view, Sentence sentence, int participle)
    {
        var j = participle - 1;
        if (j <= sentence.FirstToken || view.Tag(j) != Upos.NOUN)
        {
            return false;
        }

        while (j > sentence.FirstToken && view.Tag(j) is Upos.NOUN or Upos.ADJ or Upos.NUM or Upos.DET && participle - j <= 5)
        {
            j--;
        }

        // "Thousands of demonstrators marched", "Relatives of the victims marched": a phrase that may be the sentence's
        // subject is a reduced relative only after a verb of its own ("sent condolences to the families of soldiers
        // killed") or with a passive agent ("the bodies of six people abducted by militants").
        if (view.Words[j] is not ("of" or "for" or "to")
            || (view.Words[j] == "of" && j > sentence.FirstToken && (view.Tag(j - 1) == Upos.NUM || _words.QuantityHeads.Contains(view.Words[j - 1]))))
        {
            return false;
        }

        var verbBefore = false;
        for (var k = sentence.FirstToken; k < j && !verbBefore; k++)
        {
            verbBefore = view.Tag(k) is Upos.VERB or Upos.AUX;
        }

        return verbBefore || (participle + 1 < sentence.EndToken && view.Words[participle + 1] == "by");
    }

    /// <summary>"the attack", "this strike": a noun trigger that refers back to an event already told.</summary>
    private bool IsAnaphoric(DocView view, Sentence sentence, int i)
    {
        if (view.Tag(i) is Upos.VERB)
        {
            // "Most of the victims were shot in their homes": the victims already told, and how they died.
            return (i - 3 >= sentence.FirstToken && view.Words[i - 1] is "were" or "was" && _words.VictimWords.Contains(view.Words[i - 2]) && view.Words[i - 3] == "the")
                || RetoldByItsGroup(view, sentence, i) || AtTheScene(view, sentence, i);
        }

        if (i == sentence.FirstToken)
        {
            return false;
        }

        var previous = i - 1;
        while (previous > sentence.FirstToken && view.Tag(previous) == Upos.ADJ)
        {
            previous--;
        }

        return _words.Anaphora.Contains(view.Words[previous]);
    }

    /// <summary>
    /// "Officers who arrived at the scene were pelted with stones": before a violent verb trigger, after the report's
    /// first sentence, a preposition and "the" + a scene noun (context_words scene_nouns) place the act where an incident
    /// already told happened, so it tells more of that incident. (A strategic development there, "arrested two men at
    /// the scene", keeps its own reading: the aftermath rules decide it.)
    /// </summary>
    private bool AtTheScene(DocView view, Sentence sentence, int verb)
    {
        if (sentence.FirstToken == view.Text.Sentences[0].FirstToken || !_triggersByForm.TryGetValue(view.Words[verb], out var triggers)
            || !triggers.Any(t => t.AcledCandidates.Any(c => c.EventType != "Strategic developments")))
        {
            return false;
        }

        var scene = _words.Of("scene_nouns");
        for (var j = sentence.FirstToken + 2; j < verb; j++)
        {
            if (scene.Contains(view.Words[j]) && view.Words[j - 1] == "the" && view.Tag(j - 2) == Upos.ADP)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place mentions an event may be located by: "... would continue until the war in Gaza ends": a place in a
    /// clause that an end condition opens (context_words end_conditions: until, unless), with a verb or a subject of
    /// its own, names the condition, not where the event happened; a trigger inside such a clause keeps its places.
    /// ("fought until dawn in Gaza" has neither after "until": Gaza stays the fighting's place.)
    /// </summary>
    private ImmutableArray<PlaceMention> OutsideEndConditions(DocView view, Sentence sentence, int trigger)
    {
        var mentions = view.Document.Get<PlacesLayer>().Mentions;
        var endConditions = _words.Of("end_conditions");
        for (var u = sentence.FirstToken; u < sentence.EndToken; u++)
        {
            if (!endConditions.Contains(view.Words[u]))
            {
                continue;
            }

            var end = u + 1;
            var verb = false;
            while (end < sentence.EndToken && view.Words[end] is not ("," or ";"))
            {
                verb |= view.Tag(end) == Upos.VERB;
                end++;
            }

            // The tagger misses some verbs of such clauses ("until the army left Gao"): a subject right after the word
            // (a determiner, pronoun or name) opens one too, unless it is a time ("until the morning").
            var subject = u + 1 < end && view.Tag(u + 1) is Upos.DET or Upos.PRON or Upos.PROPN
                && !view.Document.Get<TimeLayer>().Mentions.Any(m => m.Span.Start == view.Text.Tokens[u + 1].Start);
            if (!(verb || subject) || (trigger > u && trigger < end))
            {
                continue;
            }

            var condition = new TextSpan(view.Text.Tokens[u].Start, view.Text.Tokens[end - 1].End);
            mentions = mentions.RemoveAll(m => condition.Contains(m.Span));
        }

        return mentions;
    }

    /// <summary>
    /// "The Houthis' military spokesman said the group had fired two drones at the city": a past perfect whose subject
    /// is the definite group noun (context_words group_anaphors), reported by a speaker earlier in its sentence, is the
    /// speaker's own group retelling or claiming the incident the report tells, so it refers back to that incident.
    /// ("Residents said gunmen had fired on the convoy" names its own actors: a told act of its own.)
    /// </summary>
    private bool RetoldByItsGroup(DocView view, Sentence sentence, int verb)
    {
        var had = verb - 1;
        while (had > sentence.FirstToken && view.Tag(had) == Upos.ADV)
        {
            had--; // "the group had also fired"
        }

        if (had - 2 < sentence.FirstToken || view.Words[had] != "had" || view.Words[had - 2] != "the" || !_words.Of("group_anaphors").Contains(view.Words[had - 1]))
        {
            return false;
        }

        for (var i = sentence.FirstToken; i < had - 2; i++)
        {
            if (ReportVerbAt(view, i))
            {
                return true;
            }
        }

        return false;
    }

    private List<CueHit> Cues(DocView view, Sentence sentence)
    {
        var hits = new List<CueHit>();
        Span<char> buffer = stackalloc char[256];
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            for (var n = _cuePrefixes.MaxWords(view.Words, i, Math.Min(_lexicon.MaxFormWords, sentence.EndToken - i), buffer); n >= 1; n--)
            {
                var length = Join(view.Words, i, n, buffer);
                if (length >= 0 && _cues.TryGetValue(buffer[..length], out var cue))
                {
                    if (!cue.IsLookAlike)
                    {
                        hits.Add(new CueHit(i, i + n, cue));
                    }

                    i += n - 1;
                    break;
                }
            }
        }

        // "explosives-laden drones": a qualifier cue (context_words cue_qualifiers) only says what the next word carries;
        // when that word is a weapon cue of its own, the carrier is the means, so the qualifier's sub-event gives way.
        var qualifiers = _words.Of("cue_qualifiers");
        for (var k = hits.Count - 2; k >= 0; k--)
        {
            if (hits[k].End - hits[k].First == 1 && hits[k + 1].First == hits[k].End && qualifiers.Contains(view.Words[hits[k].First]))
            {
                hits.RemoveAt(k);
            }
        }

        return hits;
    }

    /// <summary>The clause around a token: between clause breakers (';', 'while', 'but'...) of its sentence.</summary>
    private (int First, int End) Clause(DocView view, Sentence sentence, int first, int end)
    {
        var from = first;
        while (from > sentence.FirstToken && !_words.ClauseBreakers.Contains(view.Words[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < sentence.EndToken && !_words.ClauseBreakers.Contains(view.Words[to]))
        {
            to++;
        }

        return (from, to);
    }

    /// <param name="told">
    /// Anaphoric triggers of the same incident left out of <paramref name="hits"/> ("the Israeli strikes killed six
    /// people", "were killed in the shelling"): they no longer anchor the event, but they still say how the deaths
    /// came about, so they take part in its typing.
    /// </param>
    private EventAnnotation? Build(DocView view, Sentence sentence, List<TriggerHit> hits, List<CueHit> allCues, bool anaphoric, bool foughtBefore = false,
        int segmentFirst = 0, int segmentEnd = int.MaxValue, RiotBefore riot = default, IReadOnlyList<TriggerHit>? told = null, IReadOnlyList<TriggerHit>? sentenceHits = null)
    {
        var first = hits[0];
        var (clauseFirst, clauseEnd) = Clause(view, sentence, hits.Min(h => h.First), hits.Max(h => h.End));
        (clauseFirst, clauseEnd) = (Math.Max(clauseFirst, segmentFirst), Math.Min(clauseEnd, segmentEnd));
        // "launched a boycott after its owner made a joke about marking prices daily": a habit told in the background
        // after the event (past a background marker) is the background's, not the event's.
        if (Any(view, clauseFirst, BeforeBackground(view, hits.Max(h => h.End), clauseEnd), _words.Habitual))
        {
            return null; // "the group frequently attacks hotels": what usually happens is no event
        }

        // "sexual violence has been used as a weapon of war": a noun trigger may be the subject of the perfect.
        var perfect = Perfect(view, clauseFirst, PerfectHead(view, clauseFirst, first)) || SubjectOfPerfect(view, clauseEnd, first)
            || GenericSubjectOfPerfect(view, clauseFirst, clauseEnd, first);
        // A tally's subject is the war itself, right before its verb ("the war in Sudan has killed"); a statement
        // made during a war ("a key ally in the war against terrorism, has refused") is no tally.
        var tally = !first.Trigger.AcledCandidates.IsEmpty && Any(view, Math.Max(clauseFirst, first.First - 6), first.First, _words.TallySubjects);
        if (perfect && (PastPeriod(view, clauseFirst, clauseEnd) || tally))
        {
            return null; // "has killed thousands of civilians over the past decade", "the war has killed 150,000": a tally
        }

        var head = PerfectHead(view, clauseFirst, first);
        if (perfect && clauseFirst > sentence.FirstToken && view.Words[clauseFirst - 1] is "which" or "who"
            && !Enumerable.Range(clauseFirst, Math.Max(0, head - clauseFirst)).Any(i => view.Tag(i) == Upos.VERB))
        {
            return null; // "the group, which has blockaded towns across the Sahel": what the actor has done, a description
        }

        if (perfect && Any(view, first.End, clauseEnd, _sinceSet))
        {
            return null; // "the army has carried out raids in the northern West Bank since January": what has gone on
        }

        if (PresentInRelative(view, sentence, first))
        {
            return null; // "a camp from which they raid nearby villages": the simple present tells a practice
        }

        if (Repeated(view, clauseFirst, clauseEnd))
        {
            return null; // "had bombed schools and hospitals dozens of times this year": a practice, not an event
        }

        if (OverSeries(view, first.End, clauseEnd))
        {
            return null; // "had killed more than 100 militants in a series of operations": a tally over several acts
        }

        if (PeriodNamedBack(view, first.End, clauseEnd))
        {
            return null; // "580 soldiers were killed over the same period": a toll over a period told before, a tally
        }


        clauseEnd = BeforeOtherTime(view, hits.Max(h => h.End), clauseEnd);
        var cues = allCues.Where(c => c.First >= clauseFirst && c.End <= clauseEnd && !Supporting(view, clauseFirst, c.First)).ToList();
        var triggerSpan = new TextSpan(view.Text.Tokens[first.First].Start, view.Text.Tokens[first.End - 1].End);
        var warnings = ImmutableArray.CreateBuilder<string>();

        // Place and date first: the actors' country and regime depend on them.
        var location = EventLocator.Choose(view.Document.Text, view.Text, OutsideEndConditions(view, sentence, first.First), sentence, triggerSpan, view.Document.Get<PlacesLayer>().Gazetteer);
        var place = location.Mention is { IsResolved: true } m && !Possessive(view, m) ? m : null;
        if (place is not null && place.ActorRole == PlaceActorRole.Source)
        {
            // "intelligence from the United States has supported Kyiv's claims": a place named as the source of
            // information stands for its government or services, not where the event happened.
            warnings.Add($"location unresolved: '{place.Text}' names a source of information, not the event's place");
            place = null;
        }
        else if (place is null)
        {
            warnings.Add(location.Mention is null ? $"location unresolved: {location.Detail}" : $"location unresolved: '{location.Mention.Text}' {location.Mention.Detail}");
        }
        else if (location.Reason == EventLocationReason.PreviousSentence)
        {
            warnings.Add(AnaphoraMark.ParagraphPlace);
        }

        // A cited report's date dates only what that report tells (FindAttributionDates).
        var dating = view.Attributions.Count == 0 && view.SpeechDates.Count == 0
            ? EventDater.Choose(view.Document, sentence, triggerSpan)
            : EventDater.Choose(view.Document.Text, view.Text, EventTimes(view, view.Document.Get<TimeLayer>(), sentence, first.First), sentence, triggerSpan);
        if (LastingState(view, dating))
        {
            return null; // "forces have held positions in Kursk since August": a state that lasts, not an event
        }

        // "Russian services have recruited Ukrainians through Telegram", "Al-Shabaab has used car bombs in many attacks":
        // after the lead, a present perfect with no time of its own in its sentence tells what has gone on, background.
        if (dating.Basis is EventDateBasis.Paragraph or EventDateBasis.None && sentence.FirstToken > view.Text.Sentences[0].FirstToken
            && (PresentPerfect(view, clauseFirst, PerfectHead(view, clauseFirst, first)) || SubjectOfPerfect(view, clauseEnd, first)
                || GenericSubjectOfPerfect(view, clauseFirst, clauseEnd, first)))
        {
            return null;
        }

        // "Guanajuato remained the most violent state, with 198 killings": people killed or arrested counted as acts, in a
        // sentence that dates none of them, are a tally, not an event. ("Two killings in Rosario on Sunday" is dated.)
        if (dating.Basis is EventDateBasis.Paragraph or EventDateBasis.None && hits.All(h => CountedActs(view, h)))
        {
            return null;
        }

        // "a fuel tanker overturned and exploded": an explosion with no weapon, in a clause that tells an accident.
        // "A military helicopter crashed during a training flight, killing all ten on board": deaths with no act of
        // violence at all (only a fatality word) in a clause that tells an accident, even with a weapon platform named;
        // "a drone crashed into a house" is a strike, not an accident.
        var bareDeaths = hits.All(h => h.End - h.First == 1 && _words.FatalityCues.Contains(view.Words[h.First]));
        if (hits.All(h => _lexicon.Hierarchy["accidental"].Contains(h.Trigger.Lemma) || (h.End - h.First == 1 && _words.FatalityCues.Contains(view.Words[h.First])))
            && (bareDeaths || (hits.Any(h => _lexicon.Hierarchy["accidental"].Contains(h.Trigger.Lemma)) && !cues.Any(c => c.Cue.SubEventType is not null)))
            && (AccidentClause(view, clauseFirst, clauseEnd) || AccidentToldNext(view, sentence)))
        {
            return null;
        }

        var date = dating.Value;
        if (dating.Mention is { Rule: TimeRule.RelativeDay } deictic && sentence.Span.Contains(deictic.Span)
            && SpeechDayMention(view, sentence, deictic) is { Value: DayValue spoke } speech
            && TimeResolver.Parse(deictic.Text, spoke.Date).Value is DayValue toldFrom && toldFrom.EventDate != date?.EventDate)
        {
            // "Gunmen killed two police officers in Quetta yesterday, police said on Wednesday", in a story stamped Friday:
            // "yesterday", "today" count from the day the sentence's speaker spoke, when it names that day. (Nights are
            // left to their own convention: the golds disagree on which day a bare "overnight" is coded, see NightValue.)
            date = toldFrom;
            warnings.Add($"'{deictic.Text}' counted from '{speech.Text}'");
        }

        if (date is DayValue day && dating.Mention is { } dayMention && sentence.Span.Contains(dayMention.Span) && DaysAway(view, dayMention, first.First) is { } days)
        {
            // "put out the blaze on Tuesday, three days after the Israeli strikes that killed six": told after a
            // distance from the day named before it, the event happened that many days earlier (or later).
            date = new DayValue(day.Date.AddDays(days));
            warnings.Add($"date {days:+0;-0} days from '{dayMention.Text}'");
        }

        if (date is null)
        {
            warnings.Add($"date unresolved: {dating.Resolution.Detail}");
        }
        else if (dating.Basis == EventDateBasis.Paragraph)
        {
            warnings.Add(AnaphoraMark.ParagraphDate);
        }

        if (date is not null && dating.Mention is { } dateMention && view.Attributions.ContainsKey(dateMention))
        {
            warnings.Add(AnaphoraMark.ReportDate);
        }

        var eventCountry = place?.Place?.Iso3 ?? ArticleCountry(view);
        var context = new ActorContext(date?.EventDate, eventCountry, view.OtherSideNamed(eventCountry, clauseFirst, clauseEnd));
        var (actor1, assoc1, actor2, assoc2, actorSpans) = Arguments(view, clauseFirst, clauseEnd, first, context);
        if (place is not null && actorSpans.Any(a => a.Span.Overlaps(place.Span) && a.Actor.CountryIso3 is { } iso && iso != place.Place?.Iso3))
        {
            // "a Hamas commander" read as Hamm, Germany: a place inside another country's actor name is a misreading.
            warnings.Add($"location unresolved: '{place.Text}' is part of the actor phrase of {actorSpans.First(a => a.Span.Overlaps(place.Span)).Actor.Name}");
            place = null;
            // The misread place's country named the other actors too ("Fano militiamen and federal troops" gave Italy's
            // troops): they are read again without an event country.
            context = new ActorContext(date?.EventDate, null, view.OtherSideNamed(null, clauseFirst, clauseEnd));
            (actor1, assoc1, actor2, assoc2, actorSpans) = Arguments(view, clauseFirst, clauseEnd, first, context);
        }
        var numbers = EventNumbers.Read(view.Text, view.Language, view.Words, _words, _lexicon, clauseFirst, clauseEnd);
        var quantities = Quantities(view, clauseFirst, PurposeStart(view, first.First, clauseEnd), numbers.Used);
        // The victims follow any of the incident's triggers ("the terrorist attack at Lido beach on 2 August that
        // killed 32 civilians"), or stand before a passive one ("the boy Ahmed M., 10, was killed by a sniper bullet").
        // "fired at Palestinians", "killing at least 90 Palestinians": a nation's people as the target are its
        // civilians, not its state (a battle's other side is named by its forces: "Palestinian gunmen"). Only when
        // violence is done to them: "we will defend ourselves against these North Koreans" names an enemy, not victims.
        if (actor2 is not null && hits.Any(h => _lexicon.Hierarchy["violent"].Contains(h.Trigger.Lemma)) && _actors.Nationals(actor2) is { } nationals)
        {
            actor2 = nationals;
        }

        var civilianVictims = actor2?.Inter == ActorInter.Civilians || CiviliansBesideToll(view, clauseFirst, clauseEnd)
            || hits.Any(h => _lexicon.Hierarchy["lethal"].Contains(h.Trigger.Lemma) && LoneNonCombatant(view, h.End, clauseEnd))
            || hits.Any(h => _lexicon.Hierarchy["violent"].Contains(h.Trigger.Lemma) && NamedNonCombatant(view, h.End, clauseEnd))
            || hits.Any(h => VictimsAreCivilians(view, h.End, clauseEnd)
                || (IsPassive(view, clauseFirst, h) && VictimsAreCivilians(view, Math.Max(clauseFirst, h.First - 8), h.First)));

        // "a crowd set fire to ...", and the passive's agent: "the party building was set on fire by a crowd".
        var crowd = Any(view, clauseFirst, first.First, _words.CrowdWords)
            || hits.Any(h => h.End < clauseEnd && view.Words[h.End] == "by" && Any(view, h.End + 1, Math.Min(clauseEnd, h.End + 4), _words.CrowdWords));
        // (Only demonstrators' violence told before makes the force meet a riot: a house set ablaze elsewhere in the
        // sentence does not.)
        var metRiot = riot.ByDemonstrators && hits.Any(h => _lexicon.Hierarchy["force_on_protesters"].Contains(h.Trigger.Lemma));
        var riotBefore = riot.InBackground || metRiot;
        var protesters = ProtestersTargeted(view, clauseFirst, clauseEnd) || ProtestSetting(view, sentence, hits, sentenceHits) || metRiot;
        // "clashed with police", and "an ambush between warring clans": fighting between two sides is a battle
        // whoever the dead are named as ("26 men were killed in an ambush between warring clans").
        // "border guards clashed with armed smugglers": a force as the subject of a clash "with" another party fights that
        // party, whatever its dead are named as.
        var againstForces = hits.Any(h => _lexicon.Hierarchy["battle"].Contains(h.Trigger.Lemma)
            && (SidesNamed(view, h.End, clauseEnd) || (h.End < clauseEnd && view.Words[h.End] == "with" && ArmedSubject(view, Math.Max(clauseFirst, h.First - 3), h.First))));
        var demonstratorsFight = hits.Any(h => _lexicon.Hierarchy["crowd_fighting"].Contains(h.Trigger.Lemma) && DemonstratorsAct(view, clauseFirst, h));
        // "attacked a military compound, killing 18 people including soldiers and civilians", "the assault on the
        // gendarmerie school": an attack on a base, post or convoy of armed forces is a battle, whoever else died.
        var militaryTarget = hits.Any(h => _lexicon.Hierarchy["violent"].Contains(h.Trigger.Lemma) && MilitaryTarget(view, h.End, clauseEnd));
        var seizure = new Seizure(ForcedRecruitment(view, sentence), hits.Any(h => _lexicon.Hierarchy["person_capture"].Contains(h.Trigger.Lemma) && CapturesPerson(view, sentence, h.End)),
            Any(view, sentence.FirstToken, sentence.EndToken, _words.Of("seizure_verbs")));
        List<TriggerHit> typing = told is { Count: > 0 } ? [.. hits, .. told] : hits;
        var (acled, mode) = Type(typing, cues, actor1, actor2, place, civilianVictims, numbers.Fatalities, crowd, protesters, againstForces, foughtBefore, riotBefore, seizure, militaryTarget, WeaponMeans(view, hits, cues), demonstratorsFight, RiotSetting(view, sentence.FirstToken, sentence.EndToken));
        if (acled is null && bareDeaths && numbers.Fatalities > 0)
        {
            warnings.Add(AnaphoraMark.BareToll);
        }

        if (numbers.Fatalities > 0 && AlsoKilled(view, clauseFirst, clauseEnd))
        {
            warnings.Add(AnaphoraMark.AddedToll);
        }

        if (acled is null && place is { Kind: PlaceKind.Country } && actorSpans.Any(a => a.Span.Overlaps(place.Span)))
        {
            // "accused Russia of war crimes", "appealed to Ukraine": in a statement the country is a party, not where it happened.
            warnings.Add($"location unresolved: '{place.Text}' is a party to the statement, not its place");
            place = null;
        }

        if (acled is { EventType: "Battles" or "Explosions/Remote violence" })
        {
            // "Ukraine continues its offensive", "Russia shelled": a state named for armed action is its military.
            actor1 = Military(actor1, context);
            actor2 = Military(actor2, context);
        }

        // Violence is PLOVER ASSAULT: "set fire to homes ... and attacked residents" is told by the attack, not the arson.
        var trigger = hits.Where(h => h.Trigger.PloverEvent is not null && acled is not null && h.Trigger.AcledCandidates.Contains(acled))
            .OrderBy(h => acled is { PoliticalViolence: true } && h.Trigger.PloverEvent != "ASSAULT" ? 1 : 0).FirstOrDefault().Trigger ?? first.Trigger;
        if (civilianVictims && actor2 is null && context.EventCountryIso3 is not null)
        {
            actor2 = _actors.Resolve("civilians", context).Actor;
        }

        // "shot dead the mayor of Portovelo", "beat to death a local official": violence against civilians is done to
        // civilians; an official it targets is one, and the office the official holds is associated with them (ACLED's
        // "Civilians (Ecuador)" with "Government of Ecuador" beside it). Why: ACLED's codebook counts any unarmed person
        // who is not taking part in the violence as a civilian, officials and politicians included, and its "Violence
        // against civilians" type requires a civilian victim as actor 2; a government actor 2 would name the state as
        // the side attacked, a battle's shape, so the office moves to the associated actor and the victim stays civilian.
        if (acled is { EventType: "Violence against civilians" } && actor2 is { Sector: "GOV" } official && context.EventCountryIso3 is not null
            && _actors.Resolve("civilians", context).Actor is { } civilians)
        {
            assoc2 = [official, .. assoc2];
            actor2 = civilians;
        }

        // "Russia and North Korea are deepening their military cooperation", "Russia and Ukraine exchanged 150
        // prisoners": a mutual act of two joined parties is done by each with the other, so the second is its
        // counterpart rather than an associate of the first (or what is exchanged).
        if (assoc1.Length > 0 && _lexicon.Hierarchy["reciprocal"].Contains(trigger.Lemma))
        {
            (actor2, assoc1) = (assoc1[0], assoc1[1..]);
        }

        // "captured part of a guerrilla stronghold after five days of fighting": territory taken in a battle is taken
        // by armed force (PLOVER ASSAULT), not a seizure (COERCE seizes people and property).
        var capturedInBattle = acled is { EventType: "Battles" } && trigger.PloverEvent == "COERCE";
        var modality = Modality(view, sentence, clauseFirst, clauseEnd, first.First, dating);
        if (modality == EventModality.Asserted && trigger.PloverEvent == "MOBILIZE" && PreparedBuildup(view, sentence, first.First))
        {
            modality = EventModality.Future;
        }

        return new EventAnnotation
        {
            Id = "",
            Acled = acled,
            PloverEvent = capturedInBattle ? "ASSAULT" : trigger.PloverEvent,
            PloverMode = capturedInBattle ? mode : mode ?? trigger.PloverMode,
            CameoCode = trigger.CameoCode,
            Actor1 = actor1,
            AssocActor1 = assoc1,
            Actor2 = actor2,
            AssocActor2 = assoc2,
            CivilianTargeting = civilianVictims && acled is { PoliticalViolence: true },
            Place = place,
            Date = date,
            Fatalities = numbers.Fatalities,
            Injuries = numbers.Injuries,
            Quantities = quantities,
            Modality = anaphoric && modality == EventModality.Asserted ? EventModality.Asserted : modality,
            Trigger = triggerSpan,
            Prominence = Prominence(view, sentence, first),
            Evidence = [sentence.Span],
            Warnings = warnings.ToImmutable(),
        }.WithAnaphora(anaphoric).WithLaterMention(anaphoric && sentence.FirstToken > view.Text.Sentences[0].FirstToken).WithNewIncident(Any(view, sentence.FirstToken, sentence.EndToken, _words.NewIncidentMarkers));
    }

    /// <summary>
    /// "The visuals depicted dozens of dead Russian and North Korean soldiers": a sentence that tells deaths and no act
    /// of its own gives a toll-only candidate (no ACLED type, no PLOVER event) that the merger joins to the incident
    /// told right before it, with the victims' parties, or drops.
    /// </summary>
    private EventAnnotation? TollOnly(DocView view, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (_words.FatalityCues.Contains(view.Words[i]) && view.Tag(i) is Upos.ADJ or Upos.VERB)
            {
                var hit = new TriggerHit(i, i + 1, new Trigger(view.Words[i], "toll", [], [], null, null, null), Anaphoric: false);
                if (Build(view, sentence, [hit], Cues(view, sentence), anaphoric: false) is not { } built || !built.IsBareToll() || built.Acled is not null)
                {
                    return null;
                }

                // "dozens of dead Russian and North Korean soldiers": an adjective's victims are the rest of its noun
                // phrase (up to a comma, a preposition or a verb), which the clause-level arguments do not read.
                var end = i + 1;
                while (end < sentence.EndToken && end < i + 9 && (view.Words[end] == "and" || view.Tag(end) is Upos.ADJ or Upos.PROPN or Upos.NOUN))
                {
                    end++;
                }

                var country = built.Place?.Place?.Iso3;
                var context = new ActorContext(built.Date?.EventDate, country, view.OtherSideNamed(country, sentence.FirstToken, sentence.EndToken));
                return view.Tag(i) == Upos.ADJ && end > i + 1 && ResolvePhrase(view, i + 1, end, context) is { } victims
                    ? built with { Actor1 = null, AssocActor1 = [], Actor2 = victims.Actor, AssocActor2 = victims.Assoc }
                    : built;
            }
        }

        return null;
    }

    /// <summary>"Four soldiers were also killed", "Two soldiers also died": a death word right after an additive adverb (additive_adverbs).</summary>
    private bool AlsoKilled(DocView view, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (_words.FatalityCues.Contains(view.Words[i])
                && (_words.AdditiveAdverbs.Contains(view.Words[i - 1]) || (i - 2 >= from && _words.AdditiveAdverbs.Contains(view.Words[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "students protesting job quotas fought police", "supporters of the opposition leader clashed with police":
    /// demonstrators or a crowd (context_words protester_words, crowd_words, demonstrator_agents) stand as the subject
    /// of the trigger, within eight tokens before it with no other party, reporting verb or subordinator between
    /// ("students were among those killed when militants attacked" names victims, not the attackers). Demonstrators
    /// joined to the force they fight as one subject ("protesters and police clashed", "youths and police fought") or
    /// named as one of the sides after "between"/"among" ("clashes between police and youths") fight too: ACLED codes
    /// fighting between demonstrators and the police as a violent demonstration, not an armed clash.
    /// </summary>
    private bool DemonstratorsAct(DocView view, int clauseFirst, TriggerHit trigger)
    {
        if (IsPassive(view, clauseFirst, trigger))
        {
            return false;
        }

        if (_lexicon.Hierarchy["battle"].Contains(trigger.Trigger.Lemma) && DemonstratorSide(view, trigger.End))
        {
            return true;
        }

        for (var i = trigger.First - 1; i >= clauseFirst && i >= trigger.First - 8; i--)
        {
            var word = view.Words[i];
            if (Demonstrators(word))
            {
                // "the deaths of protesters", "injuries of demonstrators": the demonstrators are the harmed, not the actors.
                var harmNoun = view.Words[Math.Max(clauseFirst, i - 2)];
                return !(i > clauseFirst && view.Words[i - 1] == "of" && (_words.FatalityCues.Contains(harmNoun) || _words.InjuryCues.Contains(harmNoun)));
            }

            // "Morales supporters and police clashed": the force is the demonstrators' partner in one subject, so the
            // scan goes on past "and" to them.
            var partner = _words.ForceWords.Contains(word) && i - 2 >= clauseFirst && view.Words[i - 1] == "and";
            if (!partner && (_words.ForceWords.Contains(word) || _words.ForceKindHeads.Contains(word) || _words.Of("combatant_nouns").Contains(word)
                || _words.Subordinators.Contains(word) || _words.ReportVerbs.Contains(word)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A force or combatants named right before a trigger ("troops", "border guards", "gunmen"): plural or singular.</summary>
    private bool ArmedSubject(DocView view, int from, int to)
    {
        var combatants = _words.Of("combatant_nouns");
        for (var i = from; i < to; i++)
        {
            var word = view.Words[i];
            if (_words.ForceWords.Contains(word) || combatants.Contains(word) || (word.Length > 3 && word[^1] == 's' && combatants.Contains(word[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    private bool Demonstrators(string word) =>
        _words.ProtesterWords.Contains(word) || _words.CrowdWords.Contains(word) || _words.Of("demonstrator_agents").Contains(word);

    /// <summary>"clashes between police and youths", "clashed with protesters": demonstrators are one of the sides named
    /// right after a battle trigger (within six tokens of "between"/"among"/"with", before any punctuation).</summary>
    private bool DemonstratorSide(DocView view, int from)
    {
        if (from >= view.Words.Length || !(_words.Of("mutual_prepositions").Contains(view.Words[from]) || view.Words[from] == "with"))
        {
            return false;
        }

        for (var i = from + 1; i < view.Words.Length && i <= from + 6; i++)
        {
            if (view.Tag(i) == Upos.PUNCT)
            {
                return false;
            }

            if (Demonstrators(view.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a battle trigger ending at <paramref name="from"/> names two sides: a force right after it ("clashed with
    /// police"), a mutual preposition right after it ("an ambush between warring clans"), or the sides named after the
    /// place and time ("Heavy fighting broke out in Las Anod on Monday between Somaliland's army and clan militias,
    /// killing at least 20 people": "between"/"among" and a force word). Such fighting is a battle, whoever the dead are
    /// named as (ACLED adds civilians killed in a battle to its fatalities).
    /// </summary>
    private bool SidesNamed(DocView view, int from, int clauseEnd)
    {
        if (Any(view, from, Math.Min(clauseEnd, from + 4), _words.ForceWords) || Any(view, from, Math.Min(clauseEnd, from + 1), _words.Of("mutual_prepositions")))
        {
            return true;
        }

        for (var i = from; i < clauseEnd && i < from + 10; i++)
        {
            if (view.Words[i] is "," or ";")
            {
                return false;
            }

            if (_words.Of("mutual_prepositions").Contains(view.Words[i]))
            {
                return Any(view, i + 1, Math.Min(clauseEnd, i + 6), _words.ForceWords);
            }
        }

        return false;
    }

    /// <summary>
    /// A riot named in the sentence (context_words riot_setting: "during riots", "following the public disorder"), not
    /// as the modifier of a noun ("riot police", "riot gear").
    /// </summary>
    private bool RiotSetting(DocView view, int from, int to)
    {
        var setting = _words.Of("riot_setting");
        for (var i = from; i < to; i++)
        {
            if (setting.Contains(view.Words[i]) && !(i + 1 < to && view.Tag(i + 1) is Upos.NOUN or Upos.PROPN))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(DocView view, int from, int to, IReadOnlySet<string> set)
    {
        for (var i = from; i < to; i++)
        {
            if (set.Contains(view.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private Actor? Military(Actor? actor, ActorContext context)
    {
        // A bare country name ("Ukraine", sector unset or GOV) resolves to its government; armed action is its military's.
        if (actor is not { CountryIso3: not null, Sector: null or "GOV" } || !actor.Name.StartsWith("Government of", StringComparison.Ordinal)
            || actor.Text.Contains(' ', StringComparison.Ordinal))
        {
            return actor;
        }

        return _actors.Resolve(actor.Text + " forces", context).Actor is { Sector: "MIL" } military && military.CountryIso3 == actor.CountryIso3
            ? military with { Text = actor.Text }
            : actor;
    }

    /// <summary>"Ukraine's National Security Council": a country named as an owner is not where things happened.</summary>
    private static bool Possessive(DocView view, PlaceMention mention) =>
        mention.Kind == PlaceKind.Country && mention.EndToken < view.Words.Length && view.Words[mention.EndToken] is "'s";

    /// <summary>
    /// Whether the clause names protesters as those the event involves: "the killing of protesters" in "arrested a
    /// former minister on charges linked to the killing of protesters" names the victims of another, earlier act.
    /// </summary>
    private bool ProtestersTargeted(DocView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_words.ProtesterWords.Contains(view.Words[i])
                && !(i - 2 >= from && view.Words[i - 1] == "of" && (_words.FatalityCues.Contains(view.Words[i - 2]) || _words.InjuryCues.Contains(view.Words[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Security forces shot dead two young men ... during a general strike", "killed at a rally": force whose setting is
    /// a demonstration or strike (a PROTEST trigger of the sentence right after a setting preposition, past determiners
    /// and adjectives) falls on its demonstrators. "killed during a strike on the town" is an air strike, no PROTEST.
    /// The setting may lie past the clause a different incident type would close ("were shot dead by police in Maputo
    /// during a march"), but not past another verb.
    /// </summary>
    private bool ProtestSetting(DocView view, Sentence sentence, List<TriggerHit> hits, IReadOnlyList<TriggerHit>? sentenceHits)
    {
        if (sentenceHits is null || !hits.Any(h => _lexicon.Hierarchy["force_on_protesters"].Contains(h.Trigger.Lemma)))
        {
            return false;
        }

        var end = hits.Max(h => h.End);
        foreach (var setting in sentenceHits)
        {
            if (setting.Trigger.PloverEvent != "PROTEST" || setting.First <= end || setting.First >= sentence.EndToken)
            {
                continue;
            }

            var j = PrepositionBefore(view, setting.First, end - 1, acrossNumbers: true);
            if (j >= end && _words.Of("setting_prepositions").Contains(view.Words[j])
                && !Enumerable.Range(end, j - end).Any(k => view.Tag(k) is Upos.VERB or Upos.AUX || view.Words[k] is ";"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A plural noun of an act that befalls one person each (hierarchy.tsv counted_by_person) counted by a figure of two
    /// or more right before it ("198 killings", "82 arrests"): a count of people. "The two killings" told back is left alone.
    /// </summary>
    private bool CountedActs(DocView view, TriggerHit hit)
    {
        return hit.First > 0 && _lexicon.Hierarchy["counted_by_person"].Contains(hit.Trigger.Lemma) && IsPluralNoun(view, hit.End - 1)
            && view.Tag(hit.First - 1) == Upos.NUM && view.Words[hit.First - 1] is not ("one" or "1")
            && !(hit.First > 1 && _words.Anaphora.Contains(view.Words[hit.First - 2]));
    }

    /// <summary>An accident cue in the clause that is not a weapon's impact ("crashed into a house").</summary>
    private bool AccidentClause(DocView view, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_words.AccidentCues.Contains(view.Words[i]) && !(i + 1 < end && view.Words[i + 1] == "into"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "An explosion at a fireworks warehouse killed four workers ... Officials said the blast was caused by a spark": the
    /// next sentence names the explosion again ("the blast", context_words anaphora before an accidental trigger form)
    /// and tells an accident (accident_cues): the cause given right after an explosion that names no weapon.
    /// ("The blast was caused by a bomb hidden in a bag" tells no accident: the explosion stays an attack.)
    /// </summary>
    private bool AccidentToldNext(DocView view, Sentence sentence)
    {
        var sentences = view.Text.Sentences;
        var index = sentences.IndexOf(sentence);
        if (index < 0 || index + 1 >= sentences.Length)
        {
            return false;
        }

        var next = sentences[index + 1];
        var namedAgain = false;
        for (var i = next.FirstToken + 1; i < next.EndToken && !namedAgain; i++)
        {
            namedAgain = _words.Anaphora.Contains(view.Words[i - 1]) && _triggersByForm.TryGetValue(view.Words[i], out var triggers)
                && triggers.Any(t => _lexicon.Hierarchy["accidental"].Contains(t.Lemma));
        }

        return namedAgain && AccidentClause(view, next.FirstToken, next.EndToken);
    }

    /// <summary>
    /// "shot dead a community leader", "killed a local councillor": the object of a killing is one person named by
    /// what he or she does, none of the combatants (context_words combatant_nouns, force_words).
    /// </summary>
    private bool LoneNonCombatant(DocView view, int end, int clauseEnd)
    {
        if (end >= clauseEnd || view.Words[end] is not ("a" or "an"))
        {
            return false;
        }

        // ("a Hamas commander", "an ELN leader": a named group's member is a party, not a bystander.)
        var head = -1;
        for (var j = end + 1; j < clauseEnd && j < end + 5 && view.Tag(j) is Upos.NOUN or Upos.ADJ; j++)
        {
            head = view.Tag(j) == Upos.NOUN ? j : head;
        }

        return head > 0 && (head + 1 >= clauseEnd || view.Tag(head + 1) is not (Upos.NOUN or Upos.PROPN))
            && !_words.Of("combatant_nouns").Contains(view.Words[head]) && !_words.ForceWords.Contains(view.Words[head])
            && !_words.Of("military_targets").Contains(view.Words[head]) && !_words.ForceKindHeads.Contains(view.Words[head]);
    }

    /// <summary>
    /// Whether the clause of a condemned plural ("condemned deadly attacks on aid convoys in Darfur on Monday that killed
    /// four drivers") tells one incident: it names a day after the trigger (the day before it may be the speech's), or holds a count or toll (a number or a vague quantity of
    /// fatality_words), up to the next comma ("condemned attacks on aid workers, saying 100 had been killed" stays a kind).
    /// </summary>
    private bool OneIncidentTold(DocView view, int trigger, int clauseEnd)
    {
        for (var j = trigger + 1; j < clauseEnd && view.Words[j] != ","; j++)
        {
            var word = view.Words[j];
            if (_words.Of("day_names").Contains(word.ToLowerInvariant())
                || (view.Tag(j) == Upos.NUM && !(word.Length == 4 && char.IsAsciiDigit(word[0])))
                || _lexicon.FatalityWords.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a past perfect report verb ("had said", "had first claimed") stands before the trigger in its sentence
    /// while the report's lead holds a denial word (context_words report_negation: "rejected Eritrean claims",
    /// "denied reports"): the sentence retells what was said before the denial the story leads with.
    /// </summary>
    private bool RetoldBeforeDenial(DocView view, Sentence sentence, int trigger)
    {
        var lead = view.Text.Sentences[0];
        if (!Any(view, lead.FirstToken, lead.EndToken, _words.ReportNegation))
        {
            return false;
        }

        for (var i = sentence.FirstToken; i + 1 < trigger; i++)
        {
            if (view.Words[i] != "had")
            {
                continue;
            }

            var verb = i + 1 < trigger && view.Tag(i + 1) == Upos.ADV ? i + 2 : i + 1;
            if (verb < trigger && (_words.ReportVerbs.Contains(view.Words[verb]) || _words.Of("claim_verbs").Contains(view.Words[verb])))
            {
                return RetellsTheDeniedClaim(view, lead, sentence, verb, trigger);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether what a past perfect report retells is the claim the lead denies: its trigger shares an ACLED event type
    /// with an event word of the lead after the denial ("rejected claims that its troops had shelled villages" ... "had
    /// said that artillery fired on farmland"), and it names no place the lead does not ("denied reports that officers
    /// had beaten protesters" ... "had said that bandits killed six herders near Baringo" is another incident).
    /// </summary>
    private bool RetellsTheDeniedClaim(DocView view, Sentence lead, Sentence sentence, int verb, int trigger)
    {
        var denial = lead.FirstToken;
        while (denial < lead.EndToken && !_words.ReportNegation.Contains(view.Words[denial]))
        {
            denial++;
        }

        for (var j = verb + 1; j + 1 < sentence.EndToken; j++)
        {
            if ((_words.Of("place_prepositions").Contains(view.Words[j]) || _words.Locatives.Contains(view.Words[j])) && view.Tag(j + 1) == Upos.PROPN
                && !_words.Of("day_names").Contains(view.Words[j + 1].ToLowerInvariant()) && !Holds(view, lead, view.Words[j + 1]))
            {
                return false;
            }
        }

        if (!_triggersByForm.TryGetValue(view.Words[trigger], out var retold))
        {
            return false;
        }

        for (var j = denial + 1; j < lead.EndToken; j++)
        {
            if (_triggersByForm.TryGetValue(view.Words[j], out var denied) && SharesEventType(retold, denied))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(DocView view, Sentence sentence, string word)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (view.Words[i] == word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SharesEventType(ImmutableArray<Trigger> a, ImmutableArray<Trigger> b)
    {
        foreach (var x in a)
        {
            foreach (var candidate in x.AcledCandidates)
            {
                foreach (var y in b)
                {
                    foreach (var other in y.AcledCandidates)
                    {
                        if (candidate.EventType == other.EventType)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "beat to death Eric Niyonzima, a local official of the opposition party", "fired several shots at Mr Dario Loja,
    /// mayor of Portovelo": violence done to one named person whom an apposition describes by a person noun that is no
    /// combatant's (an official, a mayor, a journalist) is done to a civilian, whatever office the person holds ("shot
    /// Abu Omar, a Hamas commander" names a party). The name follows the trigger within six tokens, with only its object
    /// and a preposition between ("fired several shots at").
    /// </summary>
    private bool NamedNonCombatant(DocView view, int end, int clauseEnd)
    {
        var name = -1;
        for (var j = end; j < clauseEnd && j < end + 6; j++)
        {
            if (view.Tag(j) == Upos.PROPN)
            {
                name = j;
                break;
            }

            if (view.Tag(j) is not (Upos.DET or Upos.NUM or Upos.ADJ or Upos.NOUN or Upos.ADP) || view.Words[j] == ",")
            {
                return false;
            }
        }

        if (name < 0)
        {
            return false;
        }

        var after = name;
        while (after < clauseEnd && after < name + 5 && view.Tag(after) == Upos.PROPN)
        {
            after++;
        }

        if (after + 1 >= clauseEnd || view.Words[after] != ",")
        {
            return false;
        }

        // The apposition's head: the last noun of its first words ("a local official", "mayor", "a 38-year-old farmer").
        var head = -1;
        for (var j = after + 1; j < clauseEnd && j < after + 6 && view.Tag(j) is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.NUM; j++)
        {
            head = view.Tag(j) == Upos.NOUN ? j : head;
        }

        if (head < 0)
        {
            return false;
        }

        var word = view.Words[head];
        return _words.PersonNouns.Contains(word) && !_words.Of("combatant_nouns").Contains(word) && !_words.ForceWords.Contains(word);
    }

    /// <summary>"that cost seven innocent lives", "32 civilians killed": a civilian noun next to a word of the toll.</summary>
    private bool CiviliansBesideToll(DocView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_words.FatalityCues.Contains(view.Words[i]) && view.Tag(i) is Upos.NOUN or Upos.VERB or Upos.ADJ)
            {
                for (var j = Math.Max(from, i - 2); j < Math.Min(to, i + 3); j++)
                {
                    if (j != i && _words.CivilianNouns.Contains(view.Words[j]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool VictimsAreCivilians(DocView view, int from, int to)
    {
        for (var i = from; i < to && i < from + 8; i++)
        {
            // "..., residents said", "villagers told reporters": the civilians who tell the event are its source.
            if (_words.CivilianNouns.Contains(view.Words[i]) && !(i + 1 < view.Words.Length && _words.ReportVerbs.Contains(view.Words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// ACLED's coding choice among the triggers' candidates: a disrupted weapon is not an attack; territory changes
    /// and battles outrank the remote violence inside them; weapon cues pick the remote-violence sub-event; violence
    /// against civilians needs civilian victims; protests are graded by the force they meet.
    /// </summary>
    private (AcledSubEventType? Acled, string? Mode) Type(
        List<TriggerHit> hits,
        List<CueHit> cues,
        Actor? actor1,
        Actor? actor2,
        PlaceMention? place,
        bool civilianVictims,
        int? fatalities,
        bool crowd,
        bool protesters,
        bool againstForces,
        bool foughtBefore,
        bool riotBefore,
        Seizure seizure,
        bool militaryTarget,
        IReadOnlySet<int> weaponMeans,
        bool demonstratorsFight,
        bool riotSetting)
    {
        if (hits.All(h => h.Trigger.AcledCandidates.IsEmpty))
        {
            return (null, null); // a statement: PLOVER/CAMEO only
        }

        hits = [.. hits.Where(h => !h.Trigger.AcledCandidates.IsEmpty)];
        var book = _lexicon.Codebook;
        var role = _lexicon.Hierarchy;
        var lemmas = hits.Select(h => h.Trigger.Lemma).ToHashSet(StringComparer.Ordinal);
        var bestCue = cues.Where(c => c.Cue.SubEventType is not null).OrderByDescending(c => c.Cue.Priority).Select(c => c.Cue).FirstOrDefault();
        var modeCue = cues.OrderByDescending(c => c.Cue.Priority).Select(c => c.Cue.PloverMode).FirstOrDefault();
        AcledSubEventType Sub(string name) => book.Find(name)!;
        bool Has(string name) => lemmas.Overlaps(role[name]);

        if (Has("coup"))
        {
            return (Sub("Other"), null); // a coup outranks the arrests and seizures inside it
        }

        // "destroyed 11 Ukrainian drones": a weapon as the object of destroying is a disrupted weapon.
        // ("neutralised in an air operation": after a preposition the weapon is the means, not the object.)
        var weaponObject = hits.Any(h => role["weapon_destroyers"].Contains(h.Trigger.Lemma)
            && cues.Any(c => c.First >= h.End && c.First <= h.End + 3 && c.Cue.SubEventType is { EventType: "Explosions/Remote violence" } && !weaponMeans.Contains(c.First)));
        // "seized weapons and vehicles after hours of fighting": weapons taken in a battle are part of the battle.
        if ((Has("disrupted") || weaponObject) && !Has("battle") && !foughtBefore)
        {
            return (Sub("Disrupted weapons use"), modeCue);
        }

        if (Has("regain"))
        {
            return (Sub("Government regains territory"), null);
        }

        // "rounded up young men and forced them into military service", "seized 40 men ... for military training under
        // the conscription law": detention for forced recruitment is an abduction (ACLED).
        if (seizure.ForcedRecruitment && (Has("arrest") || Has("vac_specific") || seizure.Person || (Has("recruitment") && seizure.Verb)))
        {
            return (Sub("Abduction/forced disappearance"), null);
        }

        // "captured the leader of the gang": a person captured by state forces is arrested; by others, abducted.
        if (seizure.Person)
        {
            return (Sub(actor1 is { Inter: ActorInter.StateForces } ? "Arrests" : "Abduction/forced disappearance"), null);
        }

        var battle = Has("battle");
        if (Has("capture") || (Has("capture_in_battle") && (battle || foughtBefore)))
        {
            var government = actor1 is { Inter: ActorInter.StateForces } a && place?.Place is { } p && a.CountryIso3 == p.Iso3;
            return (Sub(government ? "Government regains territory" : "Non-state actor overtakes territory"), null);
        }

        // Rioting by a crowd: vandalism is a violent demonstration, violence against people mob violence.
        if (crowd && !Has("protest") && (Has("riot_property") || Has("riot_people")))
        {
            return Has("riot_people") ? (Sub("Mob violence"), modeCue) : (Sub("Violent demonstration"), null);
        }

        // "Demonstrators ... then dispersed": protesters who disperse themselves (no tear gas, batons...) met no intervention.
        var selfDispersal = actor1 is { Inter: ActorInter.Protesters or ActorInter.Rioters or ActorInter.Civilians } && !cues.Any(c => c.Cue.PloverMode == "crowd-control");
        var intervention = lemmas.Where(l => role["intervention"].Contains(l) && !(selfDispersal && role["crowd_control"].Contains(l))).ToList();
        var protest = Has("protest") || demonstratorsFight || (protesters && Has("force_on_protesters")) || (!selfDispersal && Has("crowd_control"));
        if (protest)
        {
            var firearms = Has("firearms") || (fatalities ?? 0) > 0
                || (Has("gunfire") && modeCue == "firearms" && !Has("crowd_control"));
            // Demonstrators who turn violent make a riot, whatever force then meets them, lethal or not (ACLED:
            // Violent demonstration outranks Protest with intervention; excessive force is force on peaceful protesters).
            if (Has("demonstration_violence") || riotBefore || demonstratorsFight)
            {
                return (Sub("Violent demonstration"), null);
            }

            // Gunmen at a rally: violence against civilians, not state force (civilians named as the subject of a
            // passive toll, "two people killed ..., shot during protests", are its victims).
            if (firearms && actor1 is { Inter: not (ActorInter.StateForces or ActorInter.Protesters or ActorInter.Rioters or ActorInter.Civilians) })
            {
                return (Sub("Attack"), "firearms");
            }

            if (firearms)
            {
                return (Sub("Excessive force against protesters"), "firearms");
            }

            if (intervention.Count > 0)
            {
                return (Sub("Protest with intervention"), "crowd-control");
            }

            if (hits.FirstOrDefault(h => h.Trigger.PloverEvent == "PROTEST") is { Trigger: { } protestTrigger })
            {
                return (protestTrigger.AcledCandidates[0], null);
            }
        }

        // "arrested 30 people during riots", "shops were looted during the unrest", "vandalism and looting ...; the
        // security forces arrested those responsible": arrests, looting and burning told in a riot are that riot (ACLED
        // codes looting/property destruction as a strategic development only outside violent contexts).
        if ((riotSetting || Has("riot_named")) && lemmas.All(l => role["riot_setting_acts"].Contains(l)))
        {
            return (Sub("Violent demonstration"), null);
        }

        // "arrested 25 Palestinians in overnight raids": the raid is how the arrests were made.
        if (Has("arrest") && !Has("arrest_excluded"))
        {
            return (Sub("Arrests"), null);
        }

        if (battle && (!civilianVictims || againstForces))
        {
            return (Sub("Armed clash"), modeCue);
        }

        // "intense gunfire and explosions in Abu Salim": shots and unnamed blasts together tell fighting, not a bombing.
        if (Has("gunshots") && Has("unnamed_blasts") && !civilianVictims && bestCue?.SubEventType is not { EventType: "Explosions/Remote violence" })
        {
            return (Sub("Armed clash"), "firearms");
        }

        // Remote violence: the specific trigger ("drone attack", "shelled") or the strongest weapon cue, whichever
        // ranks higher. A specific trigger names remote violence first and says its weapon (a PLOVER mode:
        // "airstrike", "shelled"); "hit" or "fired" may be anything. "an Israeli strike", "strikes on Houthi
        // targets": the noun is a remote strike, whatever the victims.
        var explosiveHits = hits.Where(h => h.Trigger.AcledCandidates.All(s => s.EventType == "Explosions/Remote violence")
                || (h.Trigger.PloverMode is not null && h.Trigger.AcledCandidates[0].EventType == "Explosions/Remote violence")
                || (h.Noun && role["remote_noun"].Contains(h.Trigger.Lemma)))
            .ToList();
        var explosive = explosiveHits.Select(h => h.Trigger.AcledCandidates[0]).ToList();
        if (bestCue?.SubEventType is { EventType: "Explosions/Remote violence" } cueSub && (explosive.Count > 0 || Has("remote_generic")))
        {
            // A trigger that names its weapon (a PLOVER mode: "roadside bomb", "airstrike") ranks as that weapon's
            // cue; a bare "explosion" or "strike" leaves the choice to the cue.
            var named = explosiveHits.Where(h => h.Trigger.PloverMode is not null).Select(h => CuePriority(h.Trigger.AcledCandidates[0])).ToList();
            var triggerRank = named.Count == 0 ? -1 : named.Max();
            if (bestCue.Priority >= triggerRank)
            {
                return (cueSub, bestCue.PloverMode);
            }
        }

        if (explosive.Count > 0)
        {
            return (explosive.OrderByDescending(CuePriority).First(), modeCue);
        }

        if (Has("violent"))
        {
            // Sexual violence outranks an attack; an abduction with killing is an attack (ACLED: abduction "with
            // no further violence").
            var lethal = Has("lethal") || (fatalities ?? 0) > 0;
            foreach (var lemma in role.Ordered("vac_specific"))
            {
                if (lemmas.Contains(lemma) && (lemma == role.Ordered("vac_specific")[0] || !lethal))
                {
                    return (hits.First(h => h.Trigger.Lemma == lemma).Trigger.AcledCandidates[0], null);
                }
            }

            // "torched more than 100 houses": property destroyed with no violence against people.
            if (lemmas.All(l => role["property"].Contains(l)))
            {
                return (Sub("Looting/property destruction"), null);
            }

            if (!militaryTarget && (civilianVictims || actor2 is { Inter: ActorInter.Civilians } || Has("vac_attack")))
            {
                return (Sub("Attack"), modeCue);
            }

            return (Sub("Armed clash"), modeCue ?? "firearms");
        }

        if (Has("arrest"))
        {
            return (Sub("Arrests"), null);
        }

        // Otherwise the highest-ranking first candidate of the triggers (ACLED's hierarchy).
        return (hits.Select(h => h.Trigger.AcledCandidates[0]).OrderBy(s => s.Order).First(), null);
    }

    /// <summary>"attacked a military compound", "an assault on the gendarmerie school", "ambushed a convoy": the object is a post of armed forces (context_words military_targets).</summary>
    private bool MilitaryTarget(DocView view, int end, int clauseEnd)
    {
        var from = end < clauseEnd && view.Words[end] is "on" or "against" ? end + 1 : end;
        for (var j = from; j < clauseEnd && j < from + 5; j++)
        {
            if (view.Tag(j) is Upos.PUNCT or Upos.VERB or Upos.AUX || (j > from && view.Tag(j) == Upos.ADP))
            {
                return false;
            }

            if (_words.Of("military_targets").Contains(view.Words[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cues that follow a preposition after a trigger ("neutralised in an air operation"): the means, not the object.</summary>
    private static HashSet<int> WeaponMeans(DocView view, List<TriggerHit> hits, List<CueHit> cues)
    {
        var means = new HashSet<int>();
        foreach (var c in cues)
        {
            if (hits.Any(h => c.First >= h.End && Enumerable.Range(h.End, c.First - h.End).Any(i => view.Tag(i) == Upos.ADP)))
            {
                means.Add(c.First);
            }
        }

        return means;
    }

    /// <summary>What a sentence says about a seizure of people: for forced recruitment, of a person, by a seizing verb.</summary>
    private readonly record struct Seizure(bool ForcedRecruitment, bool Person, bool Verb);

    /// <summary>
    /// Demonstrators' violence told before an event in its sentence: as the event's background ("detained 79 people
    /// after protesters pelted officers with bottles") or in an earlier incident of the sentence ("Protesters looted
    /// shops ..., and security forces opened fire"), which force against a crowd then meets (one Riots event).
    /// </summary>
    private readonly record struct RiotBefore(bool InBackground, bool ByDemonstrators);

    /// <summary>"forced them into military service", "under the conscription law" (context_words forced_recruitment).</summary>
    private bool ForcedRecruitment(DocView view, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = view.Words[i];
            if (_words.ForcedRecruitment.Contains(word) && (word is not ("service" or "training") || (i > sentence.FirstToken && view.Words[i - 1] == "military")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"captured the leader of the Los Lobos gang", "captured 11 ELN members": the object is a person (context_words captive_nouns).</summary>
    private bool CapturesPerson(DocView view, Sentence sentence, int end)
    {
        for (var j = end; j < sentence.EndToken && j < end + 4; j++)
        {
            if (view.Tag(j) is Upos.PUNCT or Upos.VERB or Upos.AUX or Upos.ADP)
            {
                return false;
            }

            if (_words.CaptiveNouns.Contains(view.Words[j]))
            {
                return true;
            }
        }

        return false;
    }

    private int CuePriority(AcledSubEventType sub) =>
        _lexicon.Cues.Values.Where(c => c.SubEventType == sub).Select(c => c.Priority).DefaultIfEmpty(0).Max();

    /// <summary>
    /// actor1 is the nearest actor phrase before the trigger (or after "by" in a passive), actor2 the first after
    /// it; a compound phrase ("Russian and North Korean troops") gives an actor and its associates.
    /// </summary>
    private (Actor? A1, ImmutableArray<Actor> Assoc1, Actor? A2, ImmutableArray<Actor> Assoc2, List<Resolved> Spans) Arguments(
        DocView view, int clauseFirst, int clauseEnd, TriggerHit trigger, ActorContext context)
    {
        // "repelled 37 assaults ... near the villages of Myrolubivka and Promin": a phrase after a locative
        // preposition says where, not who (the villages are no civilian target).
        // So does a place after "of" that ends a place phrase: "landed in a residential area of Mogadishu", "on the
        // outskirts of Kyiv" (the capital is where, not its government).
        var phrases = Phrases(view, clauseFirst, clauseEnd).Where(p => (p.First == 0 || !(_words.Locatives.Contains(view.Words[p.First - 1])
            || (_words.PlacePrepositions.Contains(view.Words[p.First - 1]) && NamesOnlyAPlace(view, p.First, p.End, context))
            || (p.First >= 2 && view.Words[p.First - 1] == "of" && _words.Of("place_heads").Contains(view.Words[p.First - 2]) && NamesOnlyAPlace(view, p.First, p.End, context))))
            && !InsideLongerPlaceName(view, p.First, p.End)).ToList();
        var spans = new List<Resolved>();
        Resolved? left = null;
        Resolved? right = null;
        Resolved? agent = null;
        // Resolving a phrase is the costly step: left is the nearest resolved phrase before the trigger (or the
        // trigger noun's own modifiers: "An Israeli airstrike"), so walk back and stop at the first; right and the
        // passive agent ("by ...") are the first resolved after it.
        var leftMunition = false;
        for (var k = phrases.Count - 1; k >= 0 && left is null; k--)
        {
            var (first, end) = phrases[k];
            if (first < trigger.First)
            {
                var leftEnd = Math.Min(end, trigger.First < end ? trigger.End : end);
                left = ResolvePhrase(view, first, leftEnd, context);
                left = left is null ? null : SpeakersOwn(view, left, context) ?? left;
                leftMunition = left is { Actor.CountryIso3: null } && MunitionHead(view, leftEnd);
            }
        }

        var agentPossible = false;
        for (var i = trigger.End; i < clauseEnd && !agentPossible; i++)
        {
            agentPossible = view.Words[i] == "by";
        }

        foreach (var (phraseFirst, end) in phrases)
        {
            // "shot dead three men", "burned alive two traders": a trigger's last word ("dead", "alive") is read into the
            // noun phrase after it; the phrase past the trigger is its object.
            var first = phraseFirst >= trigger.First && phraseFirst < trigger.End && end > trigger.End ? trigger.End : phraseFirst;
            if (first < trigger.End || (right is not null && (agent is not null || !agentPossible)))
            {
                continue;
            }

            var byAgent = first > clauseFirst && view.Words[first - 1] == "by";
            if (byAgent && first - 2 >= trigger.End && _words.Of("holder_participles").Contains(view.Words[first - 2]))
            {
                continue; // "Nyala, the capital of South Darfur held by the RSF": who holds the place, not the event's agent
            }

            if (byAgent && EventNounBetween(view, trigger.End, first - 1))
            {
                continue; // "condemns the attack by armed elements": the agent of the nearer event noun, not of "condemns"
            }

            if ((byAgent ? agent : right) is not null || Attribution(view, first, end))
            {
                continue;
            }

            var resolved = ResolvePhrase(view, first, end, context);
            if (resolved is null)
            {
                continue;
            }

            // "killed in a drone strike", "fired rockets at Kiryat Shmona": a bare weapon is what was used, never the
            // side it hit. ("shot down 14 Russian drones": a weapon phrase that resolves to a country stands for that
            // country's forces; one whose owner has no country, "Hezbollah rockets", is dropped like a bare weapon.)
            if (!byAgent && resolved.Actor.CountryIso3 is null && MunitionHead(view, end))
            {
                continue;
            }

            if (byAgent)
            {
                agent = resolved;
            }
            else
            {
                right = resolved;
            }
        }

        foreach (var r in new[] { left, right, agent })
        {
            if (r is not null)
            {
                spans.Add(r);
            }
        }

        if (agent is not null)
        {
            // "X was attacked by Y": the subject is the target. "MINUSCA condemns the attack by armed elements on the
            // village": the agent of an event noun is named in its own phrase, and the subject of the clause around
            // it (a condemner, a reporter) is no party to it.
            // "Mortar shells fired by al-Shabaab militants landed ...": a bare weapon as the passive's subject is what
            // was fired, not its target ("60 Russian drones were shot down" names their owner).
            var nounAgent = view.Tag(trigger.First) == Upos.NOUN && trigger.End < clauseEnd && view.Words[trigger.End] == "by"
                && StatementVerbBefore(view, clauseFirst, trigger.First);
            (left, right) = (agent, nounAgent ? right : (leftMunition ? null : left) ?? right);
        }
        else if (IsPassive(view, clauseFirst, trigger))
        {
            // "Dozens of insurgents were killed": the subject of a passive is the target, not the perpetrator.
            (left, right) = (FoughtWith(view, trigger.End, clauseEnd, context), (leftMunition ? null : left) ?? right);
            if (left is not null)
            {
                spans.Add(left);
            }
        }

        if (MutualSides(view, trigger.End, clauseEnd, context) is { } sides)
        {
            spans.Add(sides.First);
            spans.Add(sides.Second);
            return (sides.First.Actor, sides.First.Assoc, sides.Second.Actor, sides.Second.Assoc, spans);
        }

        if (HolderOfTerritory(view, trigger.End, clauseEnd, context) is { } holder && (right is null || holder.Span.Start <= right.Span.End))
        {
            right = holder;
        }

        return (left?.Actor, left?.Assoc ?? [], right?.Actor, right?.Assoc ?? [], spans);
    }

    /// <summary>
    /// "The Sudanese army said its troops had repelled an attack", "JNIM said its fighters had ambushed a convoy": a
    /// possessive pronoun of the speaker (context_words speaker_possessives) before the actor phrase of a reported
    /// clause refers to the organisation whose report verb comes before it in the sentence. A reading of the phrase
    /// with no country, or an unidentified group, is that organisation's own: a state's troops or aircraft are its
    /// forces (the phrase read again with the state's country as owner), an armed group's fighters are the group.
    /// Null when the phrase is not so owned or its own reading already names someone.
    /// </summary>
    private Resolved? SpeakersOwn(DocView view, Resolved phrase, ActorContext context)
    {
        // (The tagger may read the pronoun as the phrase's determiner: the word before the resolved words counts.)
        var phraseFirst = view.Text.FirstTokenAtOrAfter(phrase.Span.Start);
        var owned = phraseFirst > 0 && _words.Of("speaker_possessives").Contains(view.Words[phraseFirst - 1]);
        if (!owned || (phrase.Actor.CountryIso3 is not null && !phrase.Actor.Name.StartsWith("Unidentified", StringComparison.Ordinal)))
        {
            return null;
        }

        var sentence = view.Text.Sentences.FirstOrDefault(s => s.FirstToken <= phraseFirst && phraseFirst < s.EndToken);
        for (var verb = phraseFirst - 2; verb > sentence.FirstToken; verb--)
        {
            if (!ReportVerbAt(view, verb))
            {
                continue;
            }

            var (first, end) = SubjectPhrase(view, sentence, verb);
            if (end <= first)
            {
                // "Al-Shabaab said": a name the tagger did not read as one is still the words back to the punctuation before it.
                (first, end) = (verb, verb);
                while (first > sentence.FirstToken && verb - first < 6 && view.Tag(first - 1) != Upos.PUNCT)
                {
                    first--;
                }
            }

            if (end <= first || ResolvePhrase(view, first, end, context with { ForeignNationsNamed = false }) is not { } speaker)
            {
                return null;
            }

            if (speaker.Actor is { Inter: ActorInter.StateForces or ActorInter.ExternalOtherForces, CountryIso3: { } iso3 } && _actors.Dictionary.Countries.TryGetValue(iso3, out var country))
            {
                var text = $"{country.Name}'s {view.Document[phrase.Span]}";
                return _actors.Resolve(text, context).Actor is { CountryIso3: { } own } forces && own == iso3 ? phrase with { Actor = forces } : null;
            }

            // An armed group speaks of its own fighters; a civilian speaker ("residents said their ...") owns no force.
            return speaker.Actor is { Inter: ActorInter.RebelGroup or ActorInter.PoliticalMilitia or ActorInter.IdentityMilitia } group
                && !group.Name.StartsWith("Unidentified", StringComparison.Ordinal)
                && phrase.Actor.Inter is not (ActorInter.Civilians or ActorInter.Protesters or ActorInter.Rioters)
                ? phrase with { Actor = group, Assoc = speaker.Assoc }
                : null;
        }

        return null;
    }

    /// <summary>
    /// "Two militants were killed in a gunfight with security forces in Kupwara": in a passive clause with no "by"
    /// agent, the side named right after "with" behind a fighting noun (a trigger form of the lexicon's battle
    /// hierarchy) fought the subject, so it is the event's actor 1.
    /// </summary>
    private Resolved? FoughtWith(DocView view, int from, int clauseEnd, ActorContext context)
    {
        var battle = _lexicon.Hierarchy["battle"];
        for (var i = from + 1; i + 1 < clauseEnd; i++)
        {
            if (view.Words[i] != "with" || !_triggersByForm.TryGetValue(view.Words[i - 1], out var triggers) || !triggers.Any(t => battle.Contains(t.Lemma)))
            {
                continue;
            }

            var phrase = Phrases(view, i + 1, clauseEnd).FirstOrDefault(p => p.First == i + 1);
            return phrase.End > phrase.First ? ResolvePhrase(view, phrase.First, phrase.End, context) : null;
        }

        return null;
    }

    /// <summary>
    /// "Residents said military aircraft had bombed the outskirts of the town": an event whose own place is not found
    /// happened in the article's country when every place the article names lies in one country and it names no other
    /// nation's people, so its unqualified forces, officials and civilians are that country's (as they are when the
    /// event's own place is found). Null for an article about more than one country or none.
    /// </summary>
    private static string? ArticleCountry(DocView view)
    {
        string? country = null;
        foreach (var mention in view.Document.Get<PlacesLayer>().Mentions)
        {
            if (mention.Place?.Iso3 is not { } iso3)
            {
                continue;
            }

            if (country is not null && country != iso3)
            {
                return null;
            }

            country = iso3;
        }

        return country is not null && view.Nations.All(n => n.Country == country) ? country : null;
    }

    /// <summary>
    /// "fighting broke out between Fano militiamen and federal troops": two sides joined by "and" right after a mutual
    /// preposition (context_words mutual_prepositions) after the trigger are its two actors, the first named first.
    /// Both must resolve to different actors ("between Gao and Mopti" names places, no sides).
    /// </summary>
    private (Resolved First, Resolved Second)? MutualSides(DocView view, int from, int clauseEnd, ActorContext context)
    {
        for (var i = from; i < clauseEnd - 3; i++)
        {
            if (view.Words[i] is "," or ";")
            {
                return null;
            }

            if (!_words.Of("mutual_prepositions").Contains(view.Words[i]))
            {
                continue;
            }

            var and = i + 1;
            while (and < clauseEnd && InNounPhrase(view, and))
            {
                and++;
            }

            if (and == i + 1 || and >= clauseEnd - 1 || view.Words[and] != "and")
            {
                return null;
            }

            var end = and + 1;
            while (end < clauseEnd && InNounPhrase(view, end))
            {
                end++;
            }

            if (end == and + 1 || ResolvePhrase(view, i + 1, and, context) is not { } first || ResolvePhrase(view, and + 1, end, context) is not { } second
                || first.Actor.Name == second.Actor.Name)
            {
                return null;
            }

            return (first, second);
        }

        return null;
    }

    private static bool InNounPhrase(DocView view, int i) =>
        view.Tag(i) is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM || view.Words[i] == "'s";

    /// <summary>
    /// Whether a verb before an event noun only speaks of it: a report verb or a statement trigger ("MINUSCA condemns
    /// the attack by ...", "police said"), unlike one whose subject takes part ("Soldiers repelled an attack by ...").
    /// </summary>
    private bool StatementVerbBefore(DocView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (view.Tag(i) == Upos.VERB && (_words.ReportVerbs.Contains(view.Words[i])
                || (_triggersByForm.TryGetValue(view.Words[i], out var triggers) && triggers[0].AcledCandidates.IsEmpty)))
            {
                if (_words.ReportVerbs.Contains(view.Words[i]) && Any(view, i + 1, to, _words.Of("speaker_pronouns")))
                {
                    continue; // "Sudan's army said it had repelled an assault by the RSF": the speaker is the reported clause's subject
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a noun between two tokens is a trigger form of the lexicon ("the attack", "the shelling").</summary>
    private bool EventNounBetween(DocView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (view.Tag(i) == Upos.NOUN && _triggersByForm.ContainsKey(view.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "..., police said": the source the report is attributed to, no party to the event (the victims or the target
    /// come before it).
    /// </summary>
    private bool Attribution(DocView view, int first, int end)
    {
        if (first > 0 && view.Words[first - 1] == "," && end < view.Words.Length && _words.ReportVerbs.Contains(view.Words[end]))
        {
            return true;
        }

        // "..., and a medical source at the Saudi hospital said six civilians were killed": a phrase inside the subject
        // of a report verb (after "," or "and", only noun phrases and prepositions up to the verb) is the source or
        // where it is, no party.
        var verb = end;
        while (verb < view.Words.Length && (view.Tag(verb) is Upos.ADP || InNounPhrase(view, verb)))
        {
            verb++; // "an official at the defence ministry said": the source's own phrase runs up to the report verb
        }

        var beforeVerb = verb < view.Words.Length && _words.ReportVerbs.Contains(view.Words[verb]);
        for (var i = first - 1; i >= 0; i--)
        {
            var word = view.Words[i];
            if (word is "," or "and")
            {
                return beforeVerb;
            }
            if (view.Tag(i) is not Upos.ADP && !InNounPhrase(view, i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "an offensive into Russian-held territories", "attacked Houthi-controlled areas": the holder of the territory
    /// the event goes into is its target, as that country's (or group's) forces.
    /// </summary>
    private Resolved? HolderOfTerritory(DocView view, int from, int to, ActorContext context)
    {
        for (var i = from; i < to && i < from + 6; i++)
        {
            var word = view.Words[i];
            foreach (var suffix in (ReadOnlySpan<string>)["-held", "-controlled", "-occupied"])
            {
                if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var owner = view.Document.Text.Substring(view.Text.Tokens[i].Start, word.Length - suffix.Length);
                    var span = new TextSpan(view.Text.Tokens[i].Start, view.Text.Tokens[i].Start + owner.Length);
                    if (_actors.Resolve(owner + " forces", context).Actor is { } actor)
                    {
                        return new Resolved(actor with { Text = owner }, [], span);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"were killed", "was reportedly shot", "have been abducted": a passive participle trigger.</summary>
    private static bool IsPassive(DocView view, int clauseFirst, TriggerHit trigger)
    {
        if (trigger.Noun)
        {
            return false;
        }

        for (var i = trigger.First - 1; i >= clauseFirst && i >= trigger.First - 3; i--)
        {
            if (view.Words[i] is "was" or "were" or "been" or "being" or "be" or "is" or "are" or "got")
            {
                return true;
            }

            if (view.Tag(i) is not Upos.ADV && view.Words[i] is not ("reported" or "allegedly" or "reportedly"))
            {
                return false;
            }
        }

        return false;
    }

    private sealed record Resolved(Actor Actor, ImmutableArray<Actor> Assoc, TextSpan Span);

    /// <summary>
    /// "in Sennar state", "Sudan's White Nile state", "the southern state of Chiapas": a phrase ending in a lower-case
    /// division word (context_words division_words) right after a name, or before "of" and a name, is a place, no actor
    /// (the PLOVER agent "state" is a government). A capitalised one is part of a name ("Islamic State").
    /// </summary>
    private bool DivisionOfAPlace(DocView view, int end)
    {
        var last = end - 1;
        if (last < 0 || !_words.Of("division_words").Contains(view.Words[last]) || !char.IsLower(view.Document.Text[view.Text.Tokens[last].Start]))
        {
            return false;
        }

        return (last >= 1 && view.Tag(last - 1) == Upos.PROPN)
            || (last + 2 < view.Words.Length && view.Words[last + 1] == "of" && view.Tag(last + 2) == Upos.PROPN);
    }

    /// <summary>A phrase ending in a weapon or munition ("mortar shells", "a drone", "an air strike"): context_words munition_heads.</summary>
    private bool MunitionHead(DocView view, int end) => end > 0 && _words.Of("munition_heads").Contains(view.Words[end - 1]);

    /// <summary>
    /// "east of Port of Spain", "in Bandar Seri Begawan": a phrase that is only part of a longer town's name ("Spain")
    /// names no actor. (A country's longer name, "the Democratic Republic of Congo", still stands for its state.)
    /// </summary>
    private static bool InsideLongerPlaceName(DocView view, int first, int end)
    {
        var span = new TextSpan(view.Text.Tokens[first].Start, view.Text.Tokens[end - 1].End);
        foreach (var mention in view.Document.Get<PlacesLayer>().Mentions)
        {
            if (mention.Kind != PlaceKind.Country && mention.Span.Contains(span) && mention.Span != span && mention.Span.Start < span.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the phrase is an actor only as a place: a country, or a capital standing for its government.</summary>
    /// <remarks>Leading words are tried off as <see cref="ResolvePhrase"/> does: "in southern Lebanon", "in northern Gaza".</remarks>
    private bool NamesOnlyAPlace(DocView view, int first, int end, ActorContext context)
    {
        // (Only words that describe the place are tried off: "at least 90 Palestinians" names people, and a people
        // is no place.)
        for (var start = first; start < end && (start == first || view.Tag(start - 1) is Upos.DET or Upos.ADJ); start++)
        {
            var resolution = _actors.Resolve(view.Document[new TextSpan(view.Text.Tokens[start].Start, view.Text.Tokens[end - 1].End)], context);
            if (resolution.Actor is not null || resolution.Reason is ActorReason.Compound or ActorReason.PlaceOnly)
            {
                return resolution.Reason is ActorReason.CountryMetonym or ActorReason.PlaceOnly
                    || (resolution.Reason is ActorReason.CountryOnly && _actors.Nationals(resolution.Actor!) is null);
            }
        }

        return false;
    }

    private Resolved? ResolvePhrase(DocView view, int first, int end, ActorContext context)
    {
        if (NamesAProtest(view, first, end) || DivisionOfAPlace(view, end))
        {
            return null;
        }

        // Try the whole phrase, then without its leading words ("On Saturday Ukrainian drones" -> "Ukrainian drones").
        for (var start = first; start < end; start++)
        {
            var span = new TextSpan(view.Text.Tokens[start].Start, view.Text.Tokens[end - 1].End);
            var resolution = _actors.Resolve(view.Document[span], context);
            if (resolution.Actor is { } actor)
            {
                return new Resolved(actor, [], span);
            }

            if (resolution.Reason == ActorReason.Compound && resolution.Candidates.Length > 1)
            {
                return new Resolved(resolution.Candidates[0], resolution.Candidates[1..], span);
            }

            if (resolution.Reason == ActorReason.PlaceOnly)
            {
                return null; // "in Guerrero state", "Borno state": the words after a place's name are part of it, no actor
            }
        }

        return null;
    }

    /// <summary>
    /// "A general strike called by unions halted trains": a phrase that ends in a demonstration's or strike's name of
    /// several words (a PROTEST trigger form of the lexicon) names that action, not who acts, though its last word alone
    /// may name a weapon ("strike") or its first an office ("general").
    /// </summary>
    private bool NamesAProtest(DocView view, int first, int end)
    {
        Span<char> buffer = stackalloc char[256];
        for (var k = Math.Max(first, end - _lexicon.MaxFormWords); k < end - 1; k++)
        {
            var length = Join(view.Words, k, end - k, buffer);
            if (length >= 0 && _triggersByForm.TryGetValue(buffer[..length], out var triggers) && triggers.Any(t => t.PloverEvent == "PROTEST"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Noun phrases of a clause: runs of determiners, adjectives, nouns, numbers and names, "and" inside.</summary>
    private static List<(int First, int End)> Phrases(DocView view, int from, int to)
    {
        var result = new List<(int, int)>();
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var inPhrase = i < to && (view.Tag(i) is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM
                || (view.Words[i] is "'s" && start >= 0)
                || (view.Words[i] == "and" && start >= 0 && i + 1 < to && view.Tag(i + 1) is Upos.ADJ or Upos.PROPN));
            if (inPhrase && start < 0)
            {
                start = i;
            }
            else if (!inPhrase && start >= 0)
            {
                // "Sudan's army": keep the owner with the head, but also offer the head alone (tried as a suffix).
                result.Add((start, i));
                start = -1;
            }
        }

        return result;
    }

    /// <summary>
    /// "soldiers were sent to the area to separate the two sides": an infinitive of purpose after the trigger tells what
    /// the act is for; its numbers ("the two sides") size nothing the act did. Where that infinitive starts, or the clause end.
    /// </summary>
    private static int PurposeStart(DocView view, int trigger, int clauseEnd)
    {
        for (var i = trigger + 1; i + 1 < clauseEnd; i++)
        {
            if (view.Words[i] == "to" && view.Tag(i) is Upos.PART or Upos.ADP && view.Tag(i + 1) == Upos.VERB)
            {
                return i;
            }
        }

        return clauseEnd;
    }

    private static ImmutableArray<EventQuantity> Quantities(DocView view, int first, int end, IReadOnlySet<int> usedTokens)
    {
        var span = new TextSpan(view.Text.Tokens[first].Start, view.Text.Tokens[end - 1].End);
        var result = ImmutableArray.CreateBuilder<EventQuantity>();
        foreach (var entity in view.Language.Entities)
        {
            if (entity.Type is not (EntityType.Cardinal or EntityType.Quantity) || entity.Value is not { } value)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (!span.Contains(mention.Span))
                {
                    continue;
                }

                // "a nine-year-old boy": an age, not a size.
                var words = view.Document.Text.AsSpan(mention.Span.Start, mention.Span.Length);
                if (words.EndsWith("old", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!usedTokens.Any(t => mention.Span.Contains(view.Text.Tokens[t].Start)))
                {
                    result.Add(new EventQuantity(value, null, entity.Approximate, mention.Span));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// How central the trigger is to its sentence: 0 for a verb of the main clause ("Libya has offered to hand
    /// over..."), 1 for a verb that is subordinate (an infinitive "to set up", a relative or adverbial clause "whom
    /// they had taken hostage", a participle "Ousted president", "In a letter handed over to...", "..., killing one"),
    /// 2 for a noun ("the withdrawal", "aid"). A one-event coder takes the most central event of a sentence.
    /// </summary>
    private int Prominence(DocView view, Sentence sentence, TriggerHit hit)
    {
        var t = hit.First;
        var tag = view.Tag(t);
        // "Teachers are out on strike", "there was fighting": a noun after a form of "be" is its clause's predicate,
        // as central as a verb.
        var predicate = tag is not (Upos.VERB or Upos.AUX) && t > sentence.FirstToken
            && (IsBe(view.Words[t - 1]) || (t - 1 > sentence.FirstToken && view.Words[t - 1] is "out" or "still" && IsBe(view.Words[t - 2])));
        if (tag is not (Upos.VERB or Upos.AUX) && !predicate)
        {
            // A multi-word trigger led by a verb ("called for", "opened fire") is verbal; otherwise nominal.
            return hit.End - hit.First > 1 && view.Tag(t) is Upos.VERB ? 0 : 2;
        }

        var word = predicate ? "" : view.Words[t];
        var previous = t > sentence.FirstToken ? view.Words[t - 1] : "";
        if (previous == "to" || (word.EndsWith("ing", StringComparison.Ordinal) && previous == ","))
        {
            return 1;
        }

        // "Ousted president", "Newly appointed Prime Minister", "the besieged town", "the devastating impact": a participle before a noun modifies it.
        if ((word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith("ing", StringComparison.Ordinal) && t > sentence.FirstToken && view.Tag(t - 1) is Upos.DET))
            && t + 1 < sentence.EndToken && view.Tag(t + 1) is Upos.NOUN or Upos.PROPN or Upos.ADJ
            && (t == sentence.FirstToken || view.Tag(t - 1) is Upos.DET or Upos.ADP
                || (view.Tag(t - 1) is Upos.ADV && (t - 1 == sentence.FirstToken || view.Tag(t - 2) is Upos.DET or Upos.ADP))))
        {
            return 1;
        }

        // "the family's damaged home": a participle after a possessive is a modifier, whatever tag its noun got.
        if (t > sentence.FirstToken && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
            && (view.Words[t - 1].EndsWith("'s", StringComparison.Ordinal) || view.Words[t - 1] is "their" or "its" or "his" or "her" or "our" or "my" or "your"))
        {
            return 1;
        }

        if (_words.ReportVerbs.Contains(word))
        {
            return 1; // "said", "announced": the reported event is the main one
        }

        // A relative or adverbial clause: its marker comes after the last verb before the trigger.
        for (var i = t - 1; i >= sentence.FirstToken; i--)
        {
            if (_words.Subordinators.Contains(view.Words[i]))
            {
                return 1;
            }

            if (view.Words[i] == "that" && i > sentence.FirstToken && view.Tag(i - 1) is not (Upos.VERB or Upos.AUX or Upos.PUNCT)
                && !Any(view, sentence.FirstToken, i, _words.ReportVerbs))
            {
                return 1; // "its demands that the government grant ...": the clause of a noun
            }

            if (view.Words[i] == "that" || (view.Tag(i) is Upos.VERB && _words.ReportVerbs.Contains(view.Words[i])))
            {
                return 0; // "Syria says (that) it is willing to withdraw": the reported clause is the main one
            }

            if (view.Tag(i) is Upos.VERB || view.Words[i] == ",")
            {
                // A fronted phrase ("In a letter handed over to the UN, ...") is no main clause either.
                var fronted = view.Words[i] != "," && view.Tag(sentence.FirstToken) == Upos.ADP && !Any(view, sentence.FirstToken, t, _commaSet);
                return fronted ? 1 : 0;
            }
        }

        return view.Tag(sentence.FirstToken) == Upos.ADP && t > sentence.FirstToken ? 1 : 0;
    }

    /// <summary>
    /// "Local media reported an explosion near the airfield, but officials said there had been no attack": a report
    /// that its own sentence contradicts (a contrast marker, then a reporting verb, then "no" before a violent
    /// trigger noun of the lexicon) is not told as fact. ("but police said no one was hurt" contradicts nothing.)
    /// </summary>
    private bool ContradictedLater(DocView view, Sentence sentence, int trigger)
    {
        var contrast = -1;
        var reported = false;
        for (var i = trigger + 1; i < sentence.EndToken; i++)
        {
            var word = view.Words[i];
            if (contrast < 0)
            {
                contrast = _words.Of("contrast_markers").Contains(word) ? i : -1;
                continue;
            }

            reported |= _words.ReportVerbs.Contains(word);
            if (reported && word == "no" && i + 1 < sentence.EndToken && IsAcledTriggerForm(view.Words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "M23 rebels entered Bukavu, the provincial capital, two days later", "A week later, the group seized ...": in a
    /// sentence after the report's first, an act dated only as so many days, weeks, months or years later than the
    /// incident told before is a sequel the report gives as context, not its news. The units and counts are the time
    /// lexicon's (data/time: units.tsv, numbers.tsv) and the vague counts the fatality words' ("several", "a few");
    /// hours are no sequel unit: "the army said hours later that the coup attempt had been foiled" is the same day's news.
    /// </summary>
    private bool Sequel(DocView view, Sentence sentence)
    {
        if (sentence.FirstToken <= view.Text.Sentences[0].FirstToken)
        {
            return false;
        }

        var time = TimeLexicon.Default;
        for (var i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
        {
            if (view.Words[i + 1] == "later" && time.TryUnit(view.Words[i], out var unit) && unit.Value > (int)TimeUnit.Hour
                && (view.Tag(i - 1) == Upos.NUM || time.TryCardinal(view.Words[i - 1], out _)
                    || (_lexicon.FatalityWords.TryGetValue(view.Words[i - 1], out var vague) && vague.Value > 0)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A Russian attack on the Suwalki gap, the strip of land between Belarus and Kaliningrad, could cut ...": the noun
    /// (with only adjectives, names and nouns before it) follows "a"/"an", and the first verb after it, with no other
    /// verb between, is a modal of context_words' hypothetical words followed by a verb other than "be" or "have"
    /// ("could have killed more" and "could be the deadliest" speak of a told event).
    /// </summary>
    private bool IndefiniteSubjectOfModal(DocView view, Sentence sentence, int clauseEnd, int trigger)
    {
        var d = trigger - 1;
        while (d > sentence.FirstToken && view.Tag(d) is Upos.ADJ or Upos.PROPN or Upos.NOUN)
        {
            d--;
        }

        if (d < sentence.FirstToken || view.Words[d] is not ("a" or "an"))
        {
            return false;
        }

        for (var j = trigger + 1; j + 1 < clauseEnd; j++)
        {
            if (view.Tag(j) == Upos.VERB || _words.Subordinators.Contains(view.Words[j]))
            {
                return false;
            }

            if (view.Tag(j) != Upos.AUX)
            {
                continue;
            }

            if (!_words.Hypothetical.Contains(view.Words[j]) || MonthMay(view, j))
            {
                return false;
            }

            var next = j + 1;
            while (next + 1 < clauseEnd && view.Tag(next) == Upos.ADV)
            {
                next++;
            }

            return view.Tag(next) == Upos.VERB && view.Words[next] is not ("be" or "have");
        }

        return false;
    }

    /// <summary>
    /// The report's first sentence names a day ("on Monday", "on 3 March"): its news is a day's. Any span of up to two
    /// days dates the news as closely: a night ("on Tuesday night") resolves to the two days it spans, and so do "at the
    /// weekend" and "on Saturday and Sunday".
    /// A first sentence that names no time and is a headline or a programme's opening, a label and a colon ("Burundi:
    /// opposition activist beaten to death in Cibitoke.") or no verb at all ("This is Radio Kumbo with the morning
    /// news."), is no lead: the lead is the sentence after it. (An undated lead that tells something, "Zelenskyy accused
    /// Russia of deploying troops", stays the lead.)
    /// </summary>
    private static bool LeadDatedToADay(DocView view, Sentence sentence)
    {
        var mentions = view.Document.Get<TimeLayer>().Mentions;
        var sentences = view.Text.Sentences;
        var lead = sentences[0].Span;
        if (sentences.Length > 1 && sentences[1].FirstToken < sentence.FirstToken && !mentions.Any(m => lead.Contains(m.Span)) && Headline(view, sentences[0]))
        {
            lead = sentences[1].Span;
        }

        foreach (var mention in mentions)
        {
            if (lead.Contains(mention.Span) && mention.Resolution.Value is { DayCount: <= 2 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label and a colon within its first four tokens ("LIVE:", "Burundi:"), or no verb at all: a headline or an opening line.</summary>
    private static bool Headline(DocView view, Sentence sentence)
    {
        var verb = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (view.Words[i] == ":" && i - sentence.FirstToken <= 3)
            {
                return true;
            }

            verb |= view.Tag(i) == Upos.VERB;
        }

        return !verb;
    }

    /// <summary>
    /// "the 7 October attack", "the March 3 bombing": the trigger noun's premodifier (names, numbers, adjectives and
    /// nouns only, up to four tokens) holds a date of one day that ended more than a week before publication.
    /// </summary>
    private static bool NamedByEarlierDay(DocView view, int clauseFirst, int trigger)
    {
        if (view.Document.Metadata.Published is not { } published)
        {
            return false;
        }

        var first = trigger;
        while (first - 1 >= clauseFirst && trigger - (first - 1) <= 4 && view.Tag(first - 1) is Upos.NUM or Upos.PROPN or Upos.ADJ or Upos.NOUN && view.Words[first - 1] != "'s")
        {
            first--;
        }

        if (first == trigger)
        {
            return false;
        }

        var from = view.Text.Tokens[first].Start;
        var to = view.Text.Tokens[trigger].Start;
        foreach (var mention in view.Document.Get<TimeLayer>().Mentions)
        {
            // The mention may begin with the phrase's determiner ("the 7 October"); it ends inside the premodifier.
            if (mention.Span.End > from && mention.Span.End <= to && mention.Resolution.Value is { DayCount: 1 } day
                && day.DateEnd.AddDays(7) < published)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"On 19 May, our forces repelled an attack": the month, not the modal "may" (a number beside it, or a name).</summary>
    private static bool MonthMay(DocView view, int i) =>
        view.Words[i] == "may"
        && (view.Tag(i) == Upos.PROPN || (i > 0 && view.Tag(i - 1) == Upos.NUM) || (i + 1 < view.Words.Length && view.Tag(i + 1) == Upos.NUM));

    private static bool IsBe(string word) => word is "is" or "are" or "was" or "were" or "been" or "be" or "'s" or "'re";

    /// <summary>How long before publication a coarse (month or vaguer) date must end to be the story's background.</summary>
    private const int _backgroundDays = 30;

    private static readonly FrozenSet<string> _commaSet = FrozenSet.ToFrozenSet([","], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _clauseCommaSet = FrozenSet.ToFrozenSet([",", ";"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _sinceSet = FrozenSet.ToFrozenSet(["since"], StringComparer.Ordinal);

    private EventModality Modality(DocView view, Sentence sentence, int clauseFirst, int clauseEnd, int trigger, EventDateChoice dating)
    {
        var date = dating.Value;
        var noun = view.Tag(trigger) == Upos.NOUN;
        // "fearing renewed fighting": a gerund right after its governor (an adjective at most between) is its object.
        var gerund = !noun && view.Words[trigger].EndsWith("ing", StringComparison.Ordinal);
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 6; i--)
        {
            var word = view.Words[i];
            if (_words.Negation.Contains(word) && trigger - i <= 4)
            {
                return EventModality.Negated;
            }

            if ((_words.Hypothetical.Contains(word) && !MonthMay(view, i)) || ((noun || (gerund && trigger - i <= 2)) && _words.IrrealisGovernors.Contains(word)))
            {
                return EventModality.Hypothetical;
            }

            if (_words.Future.Contains(word))
            {
                return EventModality.Future;
            }
        }

        // "anyone who attacked police stations", "whoever carried out the attack": no one's act in particular (the
        // relative pronoun opens the trigger's clause, so the agent is looked for across it).
        for (var i = trigger - 1; i >= sentence.FirstToken && i >= trigger - 3; i--)
        {
            if (_words.GenericAgents.Contains(view.Words[i]))
            {
                return EventModality.Hypothetical;
            }
        }

        // "Aid groups say returnees still face attacks on farmers": a violent event noun after a verb of danger (within
        // four tokens, no verb between) is what people are exposed to, not an attack that happened. The word must be
        // the verb: the noun "face" ("in the face of heavy shelling") exposes no one.
        if (noun && IsAcledTriggerForm(view.Words[trigger]))
        {
            for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 4 && view.Tag(i) is not Upos.AUX; i--)
            {
                if (view.Tag(i) == Upos.VERB)
                {
                    // A verb of guarding names a danger only through "against"/"from": "riot police guarded the
                    // protest" guards one that happens; "to protect convoys from attacks" names the danger.
                    if (_words.Of("danger_verbs").Contains(view.Words[i])
                        || (_words.Of("guard_verbs").Contains(view.Words[i]) && Any(view, i + 1, trigger, _dangerPrepositions)))
                    {
                        return EventModality.Hypothetical;
                    }

                    break;
                }
            }
        }

        // "A video shared as showing an Israeli air strike", "footage purporting to show a massacre": what a picture is
        // said to show is the claim a fact check weighs, not an incident the report tells.
        if (ClaimedDepiction(view, sentence, trigger))
        {
            return EventModality.Hypothetical;
        }

        // "Kyiv says its long-range strikes on refineries aim to cut Russia's revenues": a plural event noun whose verb
        // tells the purpose of such acts (context_words purpose_verbs), in a sentence that dates nothing to a day of its
        // own, states a policy, not an incident ("strikes on two refineries on Monday aimed to cut supplies" tells one).
        if (noun && PurposeOfSuchActs(view, clauseEnd, trigger) && !OwnDayNamed(view, sentence))
        {
            return EventModality.Hypothetical;
        }

        // "condemned attacks on aid workers", "denounced repeated strikes on hospitals": a bare plural event noun right
        // after a verb of condemnation (adjectives at most between) names a kind of act the speaker condemns, not an
        // incident ("condemned the attack", "condemned Tuesday's strikes" name one).
        if (noun && view.Words[trigger].EndsWith('s') && IsAcledTriggerForm(view.Words[trigger]))
        {
            var i = trigger - 1;
            while (i > clauseFirst && view.Tag(i) == Upos.ADJ)
            {
                i--;
            }

            if (i >= clauseFirst && _words.Of("condemnation_verbs").Contains(view.Words[i]) && !OneIncidentTold(view, trigger, clauseEnd))
            {
                return EventModality.Hypothetical;
            }
        }

        // "Those who attack humanitarians must be held to account": "those who" with a verb in its base form is whoever
        // does such things (a general statement), no one's act in particular. ("those who attacked the convoy" is past.)
        if (!noun && trigger - 2 >= sentence.FirstToken && view.Words[trigger - 1] == "who" && _words.Of("generic_pronouns").Contains(view.Words[trigger - 2])
            && _triggersByForm.TryGetValue(view.Words[trigger], out var forms) && forms.Any(t => t.Lemma == view.Words[trigger]))
        {
            return EventModality.Hypothetical;
        }

        // "would target any company that helps build a new base": a relative clause of a noun taken generically
        // (context_words generic_determiners) tells what anyone of that kind might do.
        for (var i = trigger - 1; i > sentence.FirstToken && i >= trigger - 4; i--)
        {
            if (view.Words[i] is "that" or "who" or "which" && Enumerable.Range(Math.Max(sentence.FirstToken, i - 3), i - Math.Max(sentence.FirstToken, i - 3))
                .Any(j => _words.Of("generic_determiners").Contains(view.Words[j])))
            {
                return EventModality.Hypothetical;
            }
        }

        // "ahead of protests planned for next Monday": a participle after the event noun puts it ahead.
        if (noun && trigger + 1 < clauseEnd && _words.FutureAfterNoun.Contains(view.Words[trigger + 1]))
        {
            return EventModality.Future;
        }

        // "its attacks will continue" (future), "said its attacks would continue until ...", "more strikes could follow"
        // (hypothetical: context_words' modals): an event noun that is the subject of a modal and a verb of going on
        // (context_words continuation_verbs) is what lies ahead, not a told incident.
        // ("The attack will be investigated" is a told attack: only going on, following or resuming puts it ahead.)
        if (noun && trigger + 2 < clauseEnd && _words.Of("continuation_verbs").Contains(view.Words[trigger + 2]))
        {
            var modal = view.Words[trigger + 1];
            if (_words.Future.Contains(modal))
            {
                return EventModality.Future;
            }

            if (_words.Hypothetical.Contains(modal))
            {
                return EventModality.Hypothetical;
            }
        }

        // "A Russian attack on the Suwalki gap could cut the Baltic states off": an event noun that an indefinite
        // article introduces and that is the subject of a modal and a verb of its own is a scenario, not a told incident.
        // ("The strike on the market could be the deadliest this year" judges a told strike: definite, and "be".)
        if (noun && IndefiniteSubjectOfModal(view, sentence, clauseEnd, trigger))
        {
            return EventModality.Hypothetical;
        }

        // "said it was ready for any attack": an event noun taken generically (context_words generic_determiners, with
        // only adjectives between) is whatever attack may come, no particular incident.
        if (noun)
        {
            var d = trigger - 1;
            while (d > clauseFirst && view.Tag(d) == Upos.ADJ)
            {
                d--;
            }

            if (d >= clauseFirst && _words.Of("generic_determiners").Contains(view.Words[d]))
            {
                return EventModality.Hypothetical;
            }
        }

        // "threatened in an audio message on Sunday to attack", "called on RSF fighters to surrender": an act in an
        // infinitive is what its governing verb wants, plans or threatens, not what happened.
        if (trigger > clauseFirst && view.Words[trigger - 1] == "to")
        {
            if (GivenADeadline(view, clauseFirst, trigger))
            {
                return EventModality.Hypothetical;
            }

            for (var i = trigger - 2; i >= clauseFirst; i--)
            {
                var word = view.Words[i];
                if (_words.Future.Contains(word))
                {
                    return EventModality.Future;
                }

                if ((_words.Hypothetical.Contains(word) && !MonthMay(view, i)) || _words.IrrealisGovernors.Contains(word))
                {
                    return EventModality.Hypothetical;
                }

                // "agreed last month to withdraw its forces", "ordered the troops to pull back": what is agreed or
                // ordered lies ahead of the report.
                if (_words.InfinitiveGoverners.Contains(word))
                {
                    return EventModality.Future;
                }
            }
        }

        // "recruited Ukrainians to carry out arson attacks": an act named by a noun after an infinitive is its purpose.
        if (noun)
        {
            for (var i = trigger - 1; i > clauseFirst && i >= trigger - 5; i--)
            {
                if (view.Words[i - 1] == "to" && view.Tag(i) == Upos.VERB && view.Tag(i - 1) is Upos.PART or Upos.ADP)
                {
                    return EventModality.Hypothetical;
                }

                if (view.Tag(i) is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.NUM or Upos.ADP or Upos.ADV) || view.Words[i] is "," or "to")
                {
                    break;
                }
            }
        }

        if (ContradictedLater(view, sentence, trigger))
        {
            return EventModality.Negated;
        }

        // "The Kremlin denied that its troops had shelled...": the denial governs the rest of the sentence.
        var accused = false;
        for (var i = sentence.FirstToken; i < trigger; i++)
        {
            if (_words.ReportNegation.Contains(view.Words[i]))
            {
                return EventModality.Negated;
            }

            accused |= _words.Accusation.Contains(view.Words[i]);
        }

        // "Ethiopia rejected Eritrean claims that its troops had shelled villages. Eritrea's minister had said that
        // Ethiopian artillery fired on farmland": after a lead that denies a report, a speaker's word told in the past
        // perfect ("had said", "had first claimed") retells the report the lead denies; it is denied with it.
        if (sentence.FirstToken > view.Text.Sentences[0].FirstToken && RetoldBeforeDenial(view, sentence, trigger))
        {
            return EventModality.Negated;
        }

        // "accused the PDF of attacking a police station last month": an alleged act of an earlier period. (An
        // accusation of what goes on, "accused Russia of deploying North Korean troops", reports the news.)
        if (accused && dating.Basis is EventDateBasis.Clause or EventDateBasis.Sentence && dating.Value is { DayCount: > 1 })
        {
            return EventModality.Hypothetical;
        }

        // "is blamed for hundreds of killings", "accused the army of attacks on villages": an undated act named by a noun
        // in an accusation is what an actor is charged with, not an incident the report tells.
        if (accused && noun && dating.Value is null)
        {
            return EventModality.Hypothetical;
        }

        // "a similar march", "a previous attack", "last month's ambush", "the 2016 truck attack": another, earlier
        // incident. ("last week's massacre" in a follow-up report still tells the incident: the fusion gold joins it.)
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 4; i--)
        {
            var word = view.Words[i];
            if (_words.EarlierMarkers.Contains(word)
                || (noun && word == "'s" && i >= 2 && view.Words[i - 1] is "month" or "year" && view.Words[i - 2] == "last")
                || (noun && word == "'s" && i >= 1 && _words.DayNames.Contains(view.Words[i - 1]) && sentence.FirstToken > view.Text.Sentences[0].FirstToken)
                || (noun && word.Length == 4 && view.Tag(i) == Upos.NUM && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    && view.Document.Metadata.Published is { } day && year >= 1900 && year < day.Year))
            {
                return EventModality.Historical;
            }
        }

        // "Police said they had repelled an earlier incursion", "in past attacks": a retrospective adjective right before an
        // event noun names another, earlier incident than the news ("earlier on Monday" stands before no noun; "crowds push
        // past barricades" is a preposition: the word must be an adjective, or follow a determiner).
        if (noun && trigger - 1 >= clauseFirst && _words.RetrospectiveAdjectives.Contains(view.Words[trigger - 1])
            && (view.Tag(trigger - 1) == Upos.ADJ || (trigger - 2 >= clauseFirst && view.Tag(trigger - 2) == Upos.DET)))
        {
            return EventModality.Historical;
        }

        // "Israel says the 7 October attack killed about 1,200 people": after the lead, an event noun named by its date,
        // a day more than a week before the report, is an incident the reader knows, not the report's news.
        if (noun && sentence.FirstToken > view.Text.Sentences[0].FirstToken && NamedByEarlierDay(view, clauseFirst, trigger))
        {
            return EventModality.Historical;
        }

        // "accused the police of beating detainees during previous rallies": an earlier marker right after the
        // trigger, before any other verb, dates it to another, earlier occasion.
        for (var i = trigger + 1; i < clauseEnd && i <= trigger + 4 && view.Tag(i) is not (Upos.VERB or Upos.AUX); i++)
        {
            if (_words.EarlierMarkers.Contains(view.Words[i]))
            {
                return EventModality.Historical;
            }

            // "houses destroyed in earlier strikes": the act's means, named as an earlier event, dates it back
            // (only before an event noun: "earlier on Monday", "earlier this week" date nothing back).
            if (_words.RetrospectiveAdjectives.Contains(view.Words[i]) && i + 1 < clauseEnd && view.Tag(i - 1) == Upos.ADP
                && _triggersByForm.ContainsKey(view.Words[i + 1]))
            {
                return EventModality.Historical;
            }
        }

        // "On previous nights, riot police had used water cannon", "On earlier occasions the army had shelled the town":
        // an occasion marker before a plural period, ahead of the trigger in its clause, puts the act on other, earlier
        // occasions than the news. ("Over the past three days" reaches the news and is no such marker; "On previous
        // nights police used water cannon, but on Tuesday they opened fire" dates only the first clause back.)
        if (OnEarlierOccasions(view, clauseFirst, trigger))
        {
            return EventModality.Historical;
        }

        // Historical words count in the event's clause and the clauses that lead to it, not in later ones
        // ("... detained people who came to a memorial" is no remembrance of the past).
        // After the trigger they count only up to the next verb: "marched ... to mark the anniversary of last year's
        // anti-tax protests" is today's march; "the massacre anniversary" is a remembrance.
        var historicalEnd = clauseEnd;
        var subordinate = Enumerable.Range(sentence.FirstToken, trigger - sentence.FirstToken).Any(i => _words.Subordinators.Contains(view.Words[i]));
        for (var i = trigger + 1; i < clauseEnd && !subordinate; i++)
        {
            if (view.Tag(i) == Upos.VERB)
            {
                historicalEnd = i;
                break;
            }
        }

        for (var i = sentence.FirstToken; i < historicalEnd; i++)
        {
            var word = view.Words[i];
            if (_words.Historical.Contains(word)
                || (i < trigger && _words.YearsAfter.Contains(word) && i + 1 < clauseEnd && view.Words[i + 1] is "after" or "since" or "later"))
            {
                return EventModality.Historical;
            }
        }

        if (date is not null && view.Document.Metadata.Published is { } published && date.DateEnd.AddYears(1) < published)
        {
            return EventModality.Historical;
        }

        // "In August, a JNIM attack on the same town killed hundreds", "Last year, a suicide bombing ...": an event
        // its own sentence dates only by a month or more, ended well before the report, is the story's background.
        if (dating.Basis is EventDateBasis.Clause or EventDateBasis.Sentence && dating.Mention?.Resolution.Value is { DayCount: > 7 } span
            && view.Document.Metadata.Published is { } issuedOn && span.DateEnd.AddDays(_backgroundDays) < issuedOn)
        {
            return EventModality.Historical;
        }

        // "Zimbabwean police arrested a lawmaker in Harare on Monday ... Last month the president fired two officials, after
        // both were seen at a rally": after a lead that dates its news to a day, a sentence that dates its event only by a
        // month or more tells the story's background, however recent.
        if (dating.Basis is EventDateBasis.Clause or EventDateBasis.Sentence && dating.Mention?.Resolution.Value is { DayCount: > 7 }
            && sentence.FirstToken > view.Text.Sentences[0].FirstToken && LeadDatedToADay(view, sentence))
        {
            return EventModality.Historical;
        }

        // "The fighters had clashed with government troops near Damascus in April": a past perfect dated only by a
        // month (or more) goes back behind the report's news; it is background.
        // ("who in October reported that 10,000 troops had been sent": the month dates the report, not the sending.)
        if (!noun && dating.Basis is EventDateBasis.Clause or EventDateBasis.Sentence && dating.Mention?.Resolution.Value is { DayCount: > 7 }
            && dating.Mention.Span.Start > view.Text.Tokens[trigger].End
            && Perfect(view, clauseFirst, trigger) && trigger - 1 >= clauseFirst && Enumerable.Range(Math.Max(clauseFirst, trigger - 3), trigger - Math.Max(clauseFirst, trigger - 3)).Any(i => view.Words[i] == "had"))
        {
            return EventModality.Historical;
        }

        // "the militants who attacked a passenger train last month": the trigger's own predicate (up to the next verb)
        // puts it a month or a year back, whatever date the sentence's report carries ("accused India on Monday").
        // (A participle inside a compound word, "Turkish-backed factions", is no verb of its own.)
        for (var i = trigger + 1; i + 1 < clauseEnd && (view.Tag(i) is not (Upos.VERB or Upos.AUX) || view.Words[i - 1] == "-" || view.Words[i].Contains('-', StringComparison.Ordinal)); i++)
        {
            if (view.Words[i] == "last" && view.Words[i + 1] is "month" or "year" or "week")
            {
                return EventModality.Historical;
            }

            // "heavy fighting ... earlier this year", "three men killed in a strike earlier in the week": an incident
            // the report recalls, not its news.
            if (view.Words[i] == "earlier" && i + 2 < clauseEnd && view.Words[i + 1] is "this" or "in" && (view.Words[i + 2] is "year" or "month" or "week"
                || (view.Words[i + 2] == "the" && i + 3 < clauseEnd && view.Words[i + 3] is "year" or "month" or "week")))
            {
                return EventModality.Historical;
            }
        }

        // "Israeli strikes killed more than 600 people in Iran during the war", "its forces had neutralised dozens of
        // terrorists in operations in recent weeks": an act its own predicate counts over a whole war or over recent
        // weeks is a tally, not one incident; one its sentence dates to a day ("attacked a village on Tuesday during the
        // insurgency") is that day's incident.
        if (CountedOverASpan(view, clauseFirst, clauseEnd, trigger, noun) && !OwnDayNamed(view, sentence))
        {
            return EventModality.Historical;
        }

        // "the unlawful killing of at least 87 civilians between 2018 and 2024, the UN said on Wednesday": an act its own
        // predicate counts between two years is a tally over them, whatever day its report names.
        if (CountedBetweenYears(view, clauseEnd, trigger, noun))
        {
            return EventModality.Historical;
        }

        // "The report documents killings, torture and the burning of villages": plural event nouns a report or register
        // lists are its contents, a tally ("documented the killing of five men" is one incident).
        if (noun && ListedByADocument(view, clauseFirst, trigger))
        {
            return EventModality.Historical;
        }

        if (Sequel(view, sentence))
        {
            return EventModality.Historical;
        }

        if (date is not null && view.Document.Metadata.Published is { } issued && date.DateStart > issued)
        {
            return EventModality.Future; // "protests are expected next week"
        }

        return EventModality.Asserted;
    }
}

/// <summary>Marks a candidate found only through "the attack"/"the strike": it merges into an earlier event.</summary>
internal static class AnaphoraMark
{
    public const string Warning = "anaphoric mention";

    public static EventAnnotation WithAnaphora(this EventAnnotation annotation, bool anaphoric) =>
        anaphoric ? annotation with { Warnings = annotation.Warnings.Add(Warning) } : annotation;

    public static bool IsAnaphoric(this EventAnnotation annotation) => annotation.Warnings.Contains(Warning);

    /// <summary>An anaphoric mention after the report's first sentence: "the withdrawal", "Most of the victims were shot".</summary>
    public const string LaterMention = "anaphoric mention after the first sentence";

    public static EventAnnotation WithLaterMention(this EventAnnotation annotation, bool marked) =>
        marked ? annotation with { Warnings = annotation.Warnings.Add(LaterMention) } : annotation;

    public static bool IsLaterMention(this EventAnnotation annotation) => annotation.Warnings.Contains(LaterMention);

    /// <summary>The date is the last one told earlier in the paragraph (often a reporting date: "..., it said on Monday").</summary>
    public const string ParagraphDate = "date from an earlier sentence of its paragraph";

    public static bool HasParagraphDate(this EventAnnotation annotation) => annotation.Warnings.Contains(ParagraphDate);

    /// <summary>The sentence names no place it can resolve; the place is the one an earlier sentence of the paragraph gives.</summary>
    public const string ParagraphPlace = "place from an earlier sentence of its paragraph";

    public static bool HasParagraphPlace(this EventAnnotation annotation) => annotation.Warnings.Contains(ParagraphPlace);

    /// <summary>The date is the day of an earlier report the story cites ("officials, who in October reported that ...").</summary>
    public const string ReportDate = "date of the report that tells it";

    public static bool HasReportDate(this EventAnnotation annotation) => annotation.Warnings.Contains(ReportDate);

    /// <summary>"Separately, ...", "elsewhere": the sentence tells another incident, never more of the previous one.</summary>
    public const string NewIncident = "new incident";

    public static EventAnnotation WithNewIncident(this EventAnnotation annotation, bool marked) =>
        marked ? annotation with { Warnings = annotation.Warnings.Add(NewIncident) } : annotation;

    public static bool IsNewIncident(this EventAnnotation annotation) => annotation.Warnings.Contains(NewIncident);

    /// <summary>A deployment, flight or withdrawal (context_words aftermath_lemmas): after a violent incident, its aftermath.</summary>
    public const string Aftermath = "aftermath kind";

    public static EventAnnotation WithAftermath(this EventAnnotation annotation, bool marked) =>
        marked ? annotation with { Warnings = annotation.Warnings.Add(Aftermath) } : annotation;

    public static bool IsAftermathKind(this EventAnnotation annotation) => annotation.Warnings.Contains(Aftermath);

    /// <summary>"Medics said four fighters died.": a toll with no act of its own (only a death word, no ACLED type).</summary>
    public const string BareToll = "toll with no act of its own";

    public static bool IsBareToll(this EventAnnotation annotation) => annotation.Warnings.Contains(BareToll);

    /// <summary>"Two soldiers also died in the exchange": the toll counts other victims of the incident, not the same ones again.</summary>
    public const string AddedToll = "toll of other victims";

    public static bool IsAddedToll(this EventAnnotation annotation) => annotation.Warnings.Contains(AddedToll);
}

internal static class Format
{
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
