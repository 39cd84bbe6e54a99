using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Lexicon;
using Sitrep.Language;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>A trigger form matched on tokens [First, End).</summary>
internal readonly record struct TriggerHit(int First, int End, Trigger Trigger, bool Anaphoric);

internal readonly record struct CueHit(int First, int End, WeaponCue Cue);

/// <summary>
/// Finds candidate events sentence by sentence: trigger forms from the lexicon matched on tokens (verb-only forms
/// need a VERB tag), grouped per sentence and PLOVER family, typed by the weapon cues and ACLED's hierarchy, with
/// actors, place, date, figures and modality taken from the trigger's clause.
/// </summary>
public sealed class EventDetector
{
    private readonly TriggerLexicon _lexicon;
    private readonly ContextWords _words;
    private readonly ActorResolver _actors;

    public EventDetector(TriggerLexicon lexicon, ContextWords words, ActorResolver actors)
    {
        _lexicon = lexicon;
        _words = words;
        _actors = actors;
    }

    /// <summary>Every candidate event of the document, in text order, before in-article merging.</summary>
    public ImmutableArray<EventAnnotation> Detect(Document document)
    {
        var text = document.Get<TextLayer>();
        var language = document.Get<LanguageLayer>();
        var words = new string[text.Tokens.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ActorDictionary.Key(document.Text.Substring(text.Tokens[i].Start, text.Tokens[i].Length));
        }

        var view = new DocView(document, text, language, words);
        var result = ImmutableArray.CreateBuilder<EventAnnotation>();
        foreach (var sentence in text.Sentences)
        {
            var hits = Triggers(view, sentence);
            if (hits.Count == 0)
            {
                continue;
            }

            var cues = Cues(view, sentence);
            foreach (var group in hits.GroupBy(h => Family(h.Trigger)))
            {
                var members = group.ToList();
                if (members.All(h => h.Anaphoric))
                {
                    result.Add(Build(view, sentence, members, cues, anaphoric: true));
                    continue;
                }

                result.Add(Build(view, sentence, [.. members.Where(h => !h.Anaphoric)], cues, anaphoric: false));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Triggers that may share one event in a sentence: violence, protest and seizure read together.</summary>
    private static string Family(Trigger trigger) => trigger.PloverEvent switch
    {
        "ASSAULT" or "PROTEST" or "COERCE" => "violence",
        "MOBILIZE" => "mobilize",
        "RETREAT" or "SUPPORT" => "agreement",
        _ => "other:" + trigger.Lemma,
    };

    private sealed record DocView(Document Document, TextLayer Text, LanguageLayer Language, string[] Words)
    {
        public Upos Tag(int i) => i < Language.Tags.Length ? Language.Tags[i] : Upos.X;
    }

    private List<TriggerHit> Triggers(DocView view, Sentence sentence)
    {
        var hits = new List<TriggerHit>();
        var builder = new StringBuilder();
        var end = sentence.EndToken;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            for (var n = Math.Min(_lexicon.MaxFormWords, end - i); n >= 1; n--)
            {
                builder.Clear();
                for (var k = 0; k < n; k++)
                {
                    if (k > 0)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(view.Words[i + k]);
                }

                if (!_lexicon.TriggersByForm.TryGetValue(builder.ToString(), out var triggers))
                {
                    continue;
                }

                if (n == 1 && !Accept(view, sentence, i, triggers[0]))
                {
                    break;
                }

                var anaphoric = n == 1 && triggers[0].PartOfSpeech is "noun" or "verb" && IsAnaphoric(view, sentence, i);
                hits.Add(new TriggerHit(i, i + n, triggers[0], anaphoric));
                i += n - 1;
                break;
            }
        }

        return hits;
    }

    private bool Accept(DocView view, Sentence sentence, int i, Trigger trigger)
    {
        var tag = view.Tag(i);
        if (tag == Upos.PROPN)
        {
            return false; // "March", "Strike Group", a name
        }

        if (_words.VerbOnly.Contains(view.Words[i]) && tag is not (Upos.VERB or Upos.AUX))
        {
            return false;
        }

        // Words of a name are not triggers: "95th Air Assault Brigade".
        var offset = view.Text.Tokens[i].Start;
        if (view.Language.EntityCovering(offset) is { Type: EntityType.Org or EntityType.MilitaryUnit or EntityType.Facility })
        {
            return false;
        }

        // "sent a letter" is no deployment, "released images" no prisoner release: these need their object.
        var needs = trigger.Lemma switch
        {
            "deploy" => _words.ForceWords,
            "prisoner exchange" => _words.ReleaseObjects,
            _ => null,
        };
        if (needs is null)
        {
            return true;
        }

        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (needs.Contains(view.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the attack", "this strike": a noun trigger that refers back to an event already told.</summary>
    private bool IsAnaphoric(DocView view, Sentence sentence, int i)
    {
        if (view.Tag(i) is Upos.VERB || i == sentence.FirstToken)
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

    private List<CueHit> Cues(DocView view, Sentence sentence)
    {
        var hits = new List<CueHit>();
        var builder = new StringBuilder();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            for (var n = Math.Min(_lexicon.MaxFormWords, sentence.EndToken - i); n >= 1; n--)
            {
                builder.Clear();
                for (var k = 0; k < n; k++)
                {
                    if (k > 0)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(view.Words[i + k]);
                }

                if (_lexicon.Cues.TryGetValue(builder.ToString(), out var cue))
                {
                    hits.Add(new CueHit(i, i + n, cue));
                    i += n - 1;
                    break;
                }
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

    private EventAnnotation Build(DocView view, Sentence sentence, List<TriggerHit> hits, List<CueHit> allCues, bool anaphoric)
    {
        var first = hits[0];
        var (clauseFirst, clauseEnd) = Clause(view, sentence, hits.Min(h => h.First), hits.Max(h => h.End));
        var cues = allCues.Where(c => c.First >= clauseFirst && c.End <= clauseEnd).ToList();
        var triggerSpan = new TextSpan(view.Text.Tokens[first.First].Start, view.Text.Tokens[first.End - 1].End);
        var warnings = ImmutableArray.CreateBuilder<string>();

        // Place and date first: the actors' country and regime depend on them.
        var location = EventLocator.Choose(view.Document, sentence, triggerSpan);
        var place = location.Mention is { IsResolved: true } m && !Possessive(view, m) ? m : null;
        if (place is null)
        {
            warnings.Add(location.Mention is null ? $"location unresolved: {location.Detail}" : $"location unresolved: '{location.Mention.Text}' {location.Mention.Detail}");
        }

        var dating = EventDater.Choose(view.Document, sentence, triggerSpan);
        var date = dating.Value;
        if (date is null)
        {
            warnings.Add($"date unresolved: {dating.Resolution.Detail}");
        }

        var context = new ActorContext(date?.EventDate, place?.Place?.Iso3);
        var (actor1, assoc1, actor2, assoc2) = Arguments(view, clauseFirst, clauseEnd, first, context);
        var numbers = EventNumbers.Read(view.Text, view.Language, view.Words, _words, _lexicon, clauseFirst, clauseEnd);
        var quantities = Quantities(view, clauseFirst, clauseEnd, numbers.Used);
        var civilianVictims = actor2?.Inter == ActorInter.Civilians || VictimsAreCivilians(view, first.End, clauseEnd);

        var (acled, mode) = Type(hits, cues, actor1, actor2, place, civilianVictims, numbers.Fatalities);
        var trigger = hits.FirstOrDefault(h => h.Trigger.PloverEvent is not null && acled is not null && h.Trigger.AcledCandidates.Contains(acled)).Trigger ?? first.Trigger;
        if (civilianVictims && actor2 is null && context.EventCountryIso3 is not null)
        {
            actor2 = _actors.Resolve("civilians", context).Actor;
        }

        var modality = Modality(view, sentence, clauseFirst, first.First, date);
        return new EventAnnotation
        {
            Id = "",
            Acled = acled,
            PloverEvent = trigger.PloverEvent,
            PloverMode = mode ?? trigger.PloverMode,
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
            Evidence = [sentence.Span],
            Warnings = warnings.ToImmutable(),
        }.WithAnaphora(anaphoric);
    }

    /// <summary>"Ukraine's National Security Council": a country named as an owner is not where things happened.</summary>
    private static bool Possessive(DocView view, PlaceMention mention) =>
        mention.Kind == PlaceKind.Country && mention.EndToken < view.Words.Length && view.Words[mention.EndToken] is "'s";

    private bool VictimsAreCivilians(DocView view, int from, int to)
    {
        for (var i = from; i < to && i < from + 8; i++)
        {
            if (_words.CivilianNouns.Contains(view.Words[i]))
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
        int? fatalities)
    {
        var book = _lexicon.Codebook;
        var lemmas = hits.Select(h => h.Trigger.Lemma).ToHashSet(StringComparer.Ordinal);
        var bestCue = cues.Where(c => c.Cue.SubEventType is not null).OrderByDescending(c => c.Cue.Priority).Select(c => c.Cue).FirstOrDefault();
        var modeCue = cues.OrderByDescending(c => c.Cue.Priority).Select(c => c.Cue.PloverMode).FirstOrDefault();
        AcledSubEventType Sub(string name) => book.Find(name)!;

        if (lemmas.Contains("intercept") || lemmas.Contains("defuse"))
        {
            return (Sub("Disrupted weapons use"), modeCue);
        }

        if (lemmas.Contains("recapture"))
        {
            return (Sub("Government regains territory"), null);
        }

        var battle = lemmas.Contains("clash") || lemmas.Contains("ambush");
        if (lemmas.Contains("capture") || (lemmas.Contains("take over") && battle))
        {
            var government = actor1 is { Inter: ActorInter.StateForces } a && place?.Place is { } p && a.CountryIso3 == p.Iso3;
            return (Sub(government ? "Government regains territory" : "Non-state actor overtakes territory"), null);
        }

        var protest = lemmas.Contains("protest") || lemmas.Contains("labour strike") || lemmas.Contains("hunger strike") || lemmas.Contains("blockade road");
        if (protest)
        {
            if (lemmas.Contains("kill") || lemmas.Contains("shoot") || (fatalities ?? 0) > 0)
            {
                return (Sub("Excessive force against protesters"), "firearms");
            }

            if (lemmas.Contains("disperse") || lemmas.Contains("arrest"))
            {
                return (Sub("Protest with intervention"), "crowd-control");
            }

            if (lemmas.Contains("riot"))
            {
                return (Sub("Violent demonstration"), null);
            }

            return (hits.First(h => h.Trigger.PloverEvent == "PROTEST").Trigger.AcledCandidates[0], null);
        }

        if (battle && !civilianVictims)
        {
            return (Sub("Armed clash"), modeCue);
        }

        // Remote violence: the specific trigger ("drone attack") or the strongest weapon cue, whichever ranks higher.
        // A specific trigger names remote violence only ("airstrike", "drone attack"); "hit" or "fired" may be anything.
        var explosive = hits.Where(h => h.Trigger.AcledCandidates.All(s => s.EventType == "Explosions/Remote violence")).Select(h => h.Trigger.AcledCandidates[0]).ToList();
        var generic = lemmas.Overlaps(["strike", "shell", "fire", "bomb", "attack", "kill", "explode", "destroy", "massacre", "shoot"]);
        if (bestCue?.SubEventType is { EventType: "Explosions/Remote violence" } cueSub && (explosive.Count > 0 || generic))
        {
            var triggerRank = explosive.Count == 0 ? -1 : explosive.Max(s => CuePriority(s));
            if (bestCue.Priority >= triggerRank)
            {
                return (cueSub, bestCue.PloverMode);
            }
        }

        if (explosive.Count > 0)
        {
            return (explosive.OrderByDescending(CuePriority).First(), modeCue);
        }

        var violent = lemmas.Overlaps(["kill", "shoot", "attack", "raid", "strike", "fire", "execute", "assassinate", "massacre", "torture", "beat", "abduct", "rape", "destroy"]);
        if (violent)
        {
            foreach (var lemma in new[] { "rape", "abduct" })
            {
                if (lemmas.Contains(lemma))
                {
                    return (hits.First(h => h.Trigger.Lemma == lemma).Trigger.AcledCandidates[0], null);
                }
            }

            if (civilianVictims || actor2 is { Inter: ActorInter.Civilians } || lemmas.Overlaps(["execute", "assassinate", "massacre", "torture"]))
            {
                return (Sub("Attack"), modeCue);
            }

            if (lemmas.Contains("destroy") && lemmas.Count == 1)
            {
                return (Sub("Looting/property destruction"), null);
            }

            return (Sub("Armed clash"), modeCue ?? "firearms");
        }

        if (lemmas.Contains("arrest"))
        {
            return (Sub("Arrests"), null);
        }

        // Otherwise the highest-ranking first candidate of the triggers (ACLED's hierarchy).
        return (hits.Select(h => h.Trigger.AcledCandidates[0]).OrderBy(s => s.Order).First(), null);
    }

    private int CuePriority(AcledSubEventType sub) =>
        _lexicon.Cues.Values.Where(c => c.SubEventType == sub).Select(c => c.Priority).DefaultIfEmpty(0).Max();

    /// <summary>
    /// actor1 is the nearest actor phrase before the trigger (or after "by" in a passive), actor2 the first after
    /// it; a compound phrase ("Russian and North Korean troops") gives an actor and its associates.
    /// </summary>
    private (Actor? A1, ImmutableArray<Actor> Assoc1, Actor? A2, ImmutableArray<Actor> Assoc2) Arguments(
        DocView view, int clauseFirst, int clauseEnd, TriggerHit trigger, ActorContext context)
    {
        var phrases = Phrases(view, clauseFirst, clauseEnd);
        Resolved? left = null;
        Resolved? right = null;
        Resolved? agent = null;
        foreach (var (first, end) in phrases)
        {
            if (end <= trigger.First)
            {
                left = ResolvePhrase(view, first, end, context) ?? left;
            }
            else if (first >= trigger.End)
            {
                var resolved = ResolvePhrase(view, first, end, context);
                if (resolved is null)
                {
                    continue;
                }

                if (first > clauseFirst && view.Words[first - 1] == "by" && agent is null)
                {
                    agent = resolved;
                }
                else
                {
                    right ??= resolved;
                }
            }
        }

        if (agent is not null)
        {
            (left, right) = (agent, left ?? right);
        }

        return (left?.Actor, left?.Assoc ?? [], right?.Actor, right?.Assoc ?? []);
    }

    private sealed record Resolved(Actor Actor, ImmutableArray<Actor> Assoc);

    private Resolved? ResolvePhrase(DocView view, int first, int end, ActorContext context)
    {
        // Try the whole phrase, then without its leading words ("On Saturday Ukrainian drones" -> "Ukrainian drones").
        for (var start = first; start < end; start++)
        {
            var span = new TextSpan(view.Text.Tokens[start].Start, view.Text.Tokens[end - 1].End);
            var resolution = _actors.Resolve(view.Document[span], context);
            if (resolution.Actor is { } actor)
            {
                return new Resolved(actor, []);
            }

            if (resolution.Reason == ActorReason.Compound && resolution.Candidates.Length > 1)
            {
                return new Resolved(resolution.Candidates[0], resolution.Candidates[1..]);
            }
        }

        return null;
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
                // "a nine-year-old boy": an age, not a size.
                var words = view.Document[mention.Span];
                if (words.EndsWith("old", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (span.Contains(mention.Span) && !usedTokens.Any(t => mention.Span.Contains(view.Text.Tokens[t].Start)))
                {
                    result.Add(new EventQuantity(value, null, entity.Approximate, mention.Span));
                }
            }
        }

        return result.ToImmutable();
    }

    private EventModality Modality(DocView view, Sentence sentence, int clauseFirst, int trigger, TimeValue? date)
    {
        for (var i = trigger - 1; i >= clauseFirst && i >= trigger - 6; i--)
        {
            var word = view.Words[i];
            if (_words.Negation.Contains(word) && trigger - i <= 4)
            {
                return EventModality.Negated;
            }

            if (_words.Hypothetical.Contains(word))
            {
                return EventModality.Hypothetical;
            }

            if (_words.Future.Contains(word))
            {
                return EventModality.Future;
            }
        }

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (_words.Historical.Contains(view.Words[i]))
            {
                return EventModality.Historical;
            }
        }

        if (date is not null && view.Document.Metadata.Published is { } published && date.DateEnd.AddYears(1) < published)
        {
            return EventModality.Historical;
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
}

internal static class Format
{
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
