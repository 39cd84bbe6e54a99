using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Actors;
using Sitrep.Places;

namespace Sitrep.Events;

/// <summary>
/// One event per incident within an article: a candidate with the same type, a compatible place and date and the
/// same modality joins the earlier event; "the attack"/"the strike" joins the latest violent event before it. The
/// main event comes first (asserted, ACLED-coded, early in the article, with casualties), then ids and notes.
/// </summary>
public static class IncidentMerger
{
    public static ImmutableArray<EventAnnotation> Merge(string documentId, ImmutableArray<EventAnnotation> candidates, int leadEnd)
    {
        var events = new List<EventAnnotation>();
        foreach (var candidate in candidates)
        {
            // "the attack" joins the latest told event of its kind; "has not confirmed the deployment" stays apart,
            // marked negated.
            var index = !candidate.IsAnaphoric() ? events.FindIndex(e => Same(e, candidate))
                : candidate.Modality != EventModality.Asserted ? -1
                : events.FindLastIndex(e => SameKind(e, candidate) && e.Modality == EventModality.Asserted);
            if (index < 0 && !candidate.IsAnaphoric())
            {
                index = events.FindLastIndex(e => Elaborates(e, candidate));
            }

            // "Fighting broke out again in Omdurman on Monday ... Medics said four fighters died.": a toll told on its
            // own in the sentence right after an incident is that incident's toll, not an event of its own.
            // ("Dozens more died elsewhere in the city" tells other deaths: IsNewIncident.)
            if (index < 0 && candidate.IsBareToll() && candidate.Modality == EventModality.Asserted && !candidate.IsNewIncident())
            {
                index = events.FindLastIndex(e => Incident(e) && e.Modality == EventModality.Asserted && Adjacent(e, candidate));
            }

            // "At least 1,600 people were killed in gang violence between January and March ... Most of the victims
            // were shot in their homes": a reference back to a tally or an earlier incident takes that event's standing.
            if (index < 0 && candidate.IsAnaphoric() && candidate.Modality == EventModality.Asserted)
            {
                index = events.FindLastIndex(e => SameKind(e, candidate));
            }

            // "Bus drivers went on strike ... Union leaders said the strike would continue": after a labour strike
            // (PLOVER PROTEST/strike, no ACLED event), "the strike" that names no weapon is that strike, no air strike.
            if (index < 0 && candidate.IsAnaphoric() && candidate.PloverMode is null && candidate.Acled is { EventType: "Explosions/Remote violence" })
            {
                index = events.FindLastIndex(e => e.Acled is null && e.PloverEvent == "PROTEST" && e.PloverMode == "strike");
            }

            // "At least 1,400 people have been killed since ... Most of the victims were shot in Culiacan", "... a day after
            // government troops pulled out. The army said the withdrawal was tactical": after the first sentence, a
            // reference back whose antecedent is no event (a tally, a background act) tells no new act either.
            if (index < 0 && candidate.IsAnaphoric() && candidate.IsLaterMention() && candidate.Modality == EventModality.Asserted && candidate.Acled is not null)
            {
                continue;
            }

            if (index < 0 && candidate.IsBareToll() && candidate.Acled is null && candidate.PloverEvent is null)
            {
                continue; // a toll-only sentence with no incident right before it tells nothing coded
            }

            var clean = candidate with
            {
                Warnings = candidate.Warnings.Remove(AnaphoraMark.Warning).Remove(AnaphoraMark.LaterMention).Remove(AnaphoraMark.NewIncident).Remove(AnaphoraMark.Aftermath)
                    .Remove(AnaphoraMark.BareToll).Remove(AnaphoraMark.AddedToll),
            };
            if (index < 0 && events.Any(e => Aftermath(e, candidate)))
            {
                // ACLED codes the incident, not its aftermath; a deployment stays a PLOVER event (MOBILIZE), a flight none.
                if (clean.PloverEvent is not null)
                {
                    events.Add(clean with { Acled = null });
                }
            }
            else if (index < 0)
            {
                events.Add(clean);
            }
            else
            {
                events[index] = Join(events[index], clean, candidate.IsAddedToll(), candidate.IsBareToll() && candidate.Acled is null);
            }
        }

        return [.. events
            .Select((e, i) => (Event: e, Order: i))
            .OrderByDescending(p => Salience(p.Event, leadEnd))
            .ThenBy(p => p.Order)
            .Select((p, n) => p.Event with { Id = string.Create(CultureInfo.InvariantCulture, $"{documentId}/ev{n}"), Notes = Notes(p.Event) })];
    }

    /// <summary>
    /// Violence, protest and riot events are one kind for "the attack", "the protest", "the fighting"; so are two
    /// events of one ACLED type told by different words ("moved into the town" ... "the withdrawal").
    /// </summary>
    private static bool SameKind(EventAnnotation a, EventAnnotation b) =>
        a.PloverEvent == b.PloverEvent || (Incident(a) && Incident(b)) || (a.Acled is not null && a.Acled == b.Acled);

    private static bool Incident(EventAnnotation e) => e.Acled is { EventType: not "Strategic developments" };

    /// <summary>
    /// A later sentence that adds to a violent incident rather than telling a new one: "Three soldiers were killed
    /// in the assault", "Residents reported gunfire through the night", "The military said it had targeted a
    /// commander". It is asserted violence with no place of its own (or the incident's), a compatible date, no
    /// other perpetrator, in another sentence, and not marked as another incident ("Separately, ...").
    /// </summary>
    private static bool Elaborates(EventAnnotation main, EventAnnotation candidate)
    {
        if (DisruptedClaim(main, candidate))
        {
            return true;
        }

        // Property destroyed or looted by the attackers is part of their attack ("the attackers also looted homes");
        // weapons destroyed in a battle are part of the battle ("destroyed several aircraft").
        var partOfAttack = candidate.Acled is { SubEventType: "Looting/property destruction" }
            || (candidate.Acled is { SubEventType: "Disrupted weapons use" } && main.Acled is { EventType: "Battles" });
        if (!Incident(main) || !(Incident(candidate) || partOfAttack) || main.Modality != EventModality.Asserted || candidate.Modality != EventModality.Asserted
            || candidate.IsNewIncident() || main.Evidence.Contains(candidate.Evidence[0]))
        {
            return false;
        }

        // A main event whose place went unresolved cannot rule the candidate's out: the date and actors still must fit.
        var placeOk = candidate.Place?.Place is not { } q || main.Place?.Place is null
            || (main.Place.Place is { } p && p.Iso3 == q.Iso3 && (p.Admin1 == q.Admin1 || q.Kind == PlaceKind.Country));
        // A date borrowed from an earlier sentence ("..., a rights group said on Monday") is no date of the candidate's own.
        var dateOk = main.Date is null || candidate.Date is null || candidate.HasParagraphDate()
            || (main.Date.DateStart <= candidate.Date.DateEnd && candidate.Date.DateStart <= main.Date.DateEnd);
        var actorOk = SamePerpetrator(main, candidate);
        // "Security forces fired tear gas to disperse the crowd": the force a demonstration or a riot meets is part of it.
        var forceOnCrowd = main.Acled is { EventType: "Protests" or "Riots" } && candidate.Acled is { EventType: "Protests" } && candidate.Actor1 is { } c && State(c);
        // "The army said its operation had targeted jihadists": a later sentence with no place, no day and no toll of its
        // own adds a party's account to the incident, whoever it names.
        // (A place borrowed from an earlier sentence of the paragraph is no place of its own either.)
        var account = (candidate.Place is null || candidate.HasParagraphPlace()) && candidate.Fatalities is null or 0
            && (candidate.Date is null || candidate.HasParagraphDate() || candidate.Warnings.Any(w => w.StartsWith("date from the story's running date", StringComparison.Ordinal)))
            && candidate.Injuries is null or 0;
        return placeOk && dateOk && (actorOk || forceOnCrowd || account);
    }

    /// <summary>How many days after an incident its aftermath (a deployment, a flight, a withdrawal) may be dated.</summary>
    private const int _aftermathDays = 2;

    /// <summary>
    /// "Gunmen attacked a gendarmerie post ... Reinforcements were sent from Tahoua", "... killing 51 people. Survivors
    /// fled to Bunia", "... overran a military base. Government forces withdrew towards Beledweyne": a deployment, a
    /// flight or a withdrawal told in a later sentence of a report about a violent incident, with no date of its own
    /// apart from the incident's and in its country, is what followed the incident, not a strategic development of its
    /// own. A deployment that counts its troops ("sent 3,000 more troops") stays news of its own.
    /// </summary>
    private static bool Aftermath(EventAnnotation main, EventAnnotation candidate)
    {
        if (!candidate.IsAftermathKind() || !Incident(main) || main.Modality != EventModality.Asserted || candidate.Modality != EventModality.Asserted
            || candidate.Acled is not { EventType: "Strategic developments" } || candidate.IsNewIncident() || main.Evidence.Contains(candidate.Evidence[0])
            || (candidate.PloverEvent == "MOBILIZE" && !candidate.Quantities.IsEmpty))
        {
            return false;
        }

        var placeOk = candidate.Place?.Place is not { } q || main.Place?.Place is not { } p || p.Iso3 == q.Iso3;
        // What follows an incident may be told on the days after it ("gunmen abducted 34 worshippers on Sunday ... security
        // forces had been deployed to rescue them", dated by Monday's statement), never before it.
        var dateOk = main.Date is null || candidate.Date is null || candidate.HasParagraphDate()
            || (main.Date.DateStart <= candidate.Date.DateEnd && candidate.Date.DateStart <= main.Date.DateEnd.AddDays(_aftermathDays));
        return placeOk && dateOk;
    }

    /// <summary>
    /// "The Israeli military said it intercepted a missile ... The Houthis said they had fired a missile at Ben Gurion":
    /// the launch of the stopped weapon, told by the side that launched it with no harm done, is the interception's
    /// incident (ACLED codes only the disrupted weapons use).
    /// </summary>
    private static bool DisruptedClaim(EventAnnotation main, EventAnnotation candidate) =>
        main.Acled is { SubEventType: "Disrupted weapons use" } && candidate.Acled is { EventType: "Explosions/Remote violence" }
        && main.Modality == EventModality.Asserted && candidate.Modality == EventModality.Asserted && !candidate.IsNewIncident()
        && candidate.Actor1?.CountryIso3 is { } launcher && launcher == main.Actor2?.CountryIso3
        && candidate.Fatalities is null or 0 && candidate.Injuries is null or 0
        && (candidate.Place?.Place is not { } q || main.Place?.Place is not { } p || p.Iso3 == q.Iso3);

    /// <summary>
    /// Whether the candidate's perpetrator may be the main event's: "the attackers", "gunmen" (unnamed) may be the named
    /// perpetrator again; "Russia's defence ministry said it had struck ..." is the same state as its forces.
    /// </summary>
    private static bool SamePerpetrator(EventAnnotation main, EventAnnotation candidate) =>
        candidate.Actor1 is null || main.Actor1 is null || candidate.Actor1.Inter == ActorInter.Civilians || candidate.Actor1.Name == main.Actor1.Name
        || main.AssocActor1.Any(a => a.Name == candidate.Actor1.Name) || candidate.Actor1.Name == main.Actor2?.Name
        || candidate.Actor1.Name.StartsWith("Unidentified", StringComparison.Ordinal)
        || (State(candidate.Actor1) && State(main.Actor1) && candidate.Actor1.CountryIso3 is { } iso && iso == main.Actor1.CountryIso3);

    private static bool State(Actor actor) => actor.Inter == ActorInter.StateForces || actor.Sector is "GOV" or "MIL" or "COP";

    private static bool Same(EventAnnotation a, EventAnnotation b)
    {
        if (a.Modality != b.Modality || a.Acled != b.Acled || a.PloverEvent != b.PloverEvent)
        {
            return false;
        }

        var placeOk = a.Place?.Place is not { } p || b.Place?.Place is not { } q
            || (p.Iso3 == q.Iso3 && (p.Name == q.Name || p.Admin1 == q.Admin1 || p.Kind == PlaceKind.Country || q.Kind == PlaceKind.Country));
        var dateOk = a.Date is null || b.Date is null || (a.Date.DateStart <= b.Date.DateEnd && b.Date.DateStart <= a.Date.DateEnd);
        // "Israeli settlers set fire to homes ... When Israeli soldiers arrived, they fired at Palestinians": violence of
        // the same type by another perpetrator is another event (ACLED: different actors, separate events).
        // (Only armed perpetrators tell incidents apart: crowds are named in many ways, and "The UN has documented
        // thousands of cases" names who counts, not who acted.)
        var armed = b.Actor1 is { Sector: "MIL" or "COP" or "REB" or "UAF" or "CRM" or "SPY" }
            && a.Acled is { PoliticalViolence: true } && a.Acled.EventType != "Protests"
            && !a.Evidence.Contains(b.Evidence[0]); // one sentence's "defenders repelled 37 Russian assaults" names both sides of one
        return placeOk && dateOk && (!armed || SamePerpetrator(a, b));
    }

    /// <summary>
    /// ACLED codes a demonstration by what happened in it: peaceful, met with intervention, turned violent, or met
    /// with lethal force; a later sentence of the same protest ("They beat up three drivers") escalates its type.
    /// </summary>
    private static int Escalation(EventAnnotation e) => e.Acled?.SubEventType switch
    {
        "Peaceful protest" => 1,
        "Protest with intervention" => 2,
        "Violent demonstration" => 3,
        "Excessive force against protesters" => 4,
        _ => 0,
    };

    /// <summary>The candidate's sentence follows the event's last one directly (only spaces or a paragraph break between).</summary>
    private static bool Adjacent(EventAnnotation main, EventAnnotation candidate)
    {
        var gap = candidate.Evidence[0].Start - main.Evidence.Max(s => s.End);
        return gap is >= 0 and <= 3;
    }

    /// <summary>
    /// Two reports of one incident: the later fills what the earlier lacks; their tolls give the larger figure, or
    /// their sum when the later counts other victims ("Four soldiers were also killed").
    /// </summary>
    private static EventAnnotation Join(EventAnnotation main, EventAnnotation other, bool addsToll, bool tollOnly) => main with
    {
        Acled = Escalation(main) > 0 && Escalation(other) > Escalation(main) ? other.Acled : main.Acled,
        Actor1 = main.Actor1 ?? other.Actor1,
        AssocActor1 = main.Actor1 is null ? other.AssocActor1 : main.AssocActor1,
        Actor2 = main.Actor2 ?? other.Actor2,
        CivilianTargeting = main.CivilianTargeting || (other.CivilianTargeting && main.Acled == other.Acled),
        Place = Finer(main.Place, other.Place),
        Date = main.Date ?? other.Date,
        AssocActor2 = main.Actor2 is null ? other.AssocActor2 : tollOnly ? WithVictims(main, other) : main.AssocActor2,
        Fatalities = addsToll && main.Fatalities is { } known && other.Fatalities is { } more ? known + more : Max(main.Fatalities, other.Fatalities),
        Injuries = Max(main.Injuries, other.Injuries),
        Quantities = main.Quantities.AddRange(other.Quantities),
        Evidence = main.Evidence.Contains(other.Evidence[0]) ? main.Evidence : main.Evidence.AddRange(other.Evidence),
        Warnings = main.Place is not null && main.Date is not null ? main.Warnings : main.Warnings.AddRange(other.Warnings).Distinct().ToImmutableArray(),
    };

    /// <summary>
    /// "... battles in Kursk Oblast. The visuals depicted dozens of dead Russian and North Korean soldiers": the parties
    /// a toll-only sentence names beside the incident's target side are that side's associates.
    /// </summary>
    private static ImmutableArray<Actor> WithVictims(EventAnnotation main, EventAnnotation other)
    {
        Actor?[] named = [other.Actor1, .. other.AssocActor1, other.Actor2, .. other.AssocActor2];
        var victims = named.OfType<Actor>().ToList();
        if (!victims.Any(v => v.Name == main.Actor2!.Name))
        {
            return main.AssocActor2;
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { main.Actor2!.Name };
        if (main.Actor1 is { } a1)
        {
            known.Add(a1.Name);
        }

        known.UnionWith(main.AssocActor1.Select(a => a.Name));
        known.UnionWith(main.AssocActor2.Select(a => a.Name));
        return main.AssocActor2.AddRange(victims.Where(v => known.Add(v.Name)));
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>The other report's place when it is finer and inside the main one's first-level division (a town in
    /// another province contradicts the main place, it does not refine it).</summary>
    private static PlaceMention? Finer(PlaceMention? a, PlaceMention? b) =>
        a is null ? b : b is null ? a
        : b.GeoPrecision < a.GeoPrecision && b.Place?.Iso3 == a.Place?.Iso3 && (a.Place?.Admin1 is null || b.Place?.Admin1 == a.Place.Admin1) ? b : a;

    private static int Salience(EventAnnotation e, int leadEnd)
    {
        var score = e.Modality == EventModality.Asserted ? 8 : 0;
        score += e.Acled is not null ? 4 : 0;
        score += e.Evidence[0].Start < leadEnd ? 2 : 0;
        score += e.Fatalities > 0 ? 1 : 0;
        return score;
    }

    /// <summary>An ACLED-style one-sentence summary: "On 16 November 2024, X carried out an air/drone strike in Oryol (Oryol)."</summary>
    public static string? Notes(EventAnnotation e)
    {
        if (e.Acled is null && e.PloverEvent is null)
        {
            return null;
        }

        var when = e.Date?.EventDate is { } d ? $"On {Format.Day(d)}, " : "On an unknown date, ";
        var who = e.Actor1?.Name ?? "an unidentified actor";
        var what = e.Acled is { } a ? $"{a.EventType.ToLowerInvariant()} ({a.SubEventType.ToLowerInvariant()})" : $"{(e.PloverEvent! is ['A' or 'E' or 'I' or 'O' or 'U', ..] ? "an" : "a")} {e.PloverEvent} event (PLOVER)";
        var against = e.Actor2 is { } t ? $" against {t.Name}" : "";
        var where = e.Place?.Place is { } p ? (p.Name == p.Country ? $" in {p.Country}" : $" in {p.Name}{(p.Admin1 is { } a1 && a1 != p.Name ? $" ({a1})" : "")}, {p.Country}") : "";
        var modality = e.Modality == EventModality.Asserted ? "" : $" [{e.Modality.Name()}]";
        var toll = e.Fatalities is { } f ? string.Create(CultureInfo.InvariantCulture, $" Fatalities: {f}.") : "";
        return $"{when}{who}: {what}{against}{where}{modality}.{toll}";
    }
}
