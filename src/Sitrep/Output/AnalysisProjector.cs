using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Language;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Output;

/// <summary>
/// Turns an analysed document into the contract's output record. Each layer that has an output form is read here,
/// if a stage produced it; nothing is filled in for layers that do not exist.
/// </summary>
public static class AnalysisProjector
{
    public static ArticleAnalysis Project(Document document, bool includeText)
    {
        var language = document.Find<LanguageLayer>();
        var eventAnnotations = document.Find<EventsLayer>()?.Events ?? [];
        var claimAnnotations = document.Find<ClaimsLayer>()?.Claims ?? [];
        var events = eventAnnotations.Select(e => Event(document, e)).ToList();
        var claims = claimAnnotations.Select((c, i) => Claim(document, c, i)).ToList();
        var links = ClaimEventLinker.Link(
            [.. eventAnnotations.Select(e => (IReadOnlyList<TextSpan>)e.Evidence)],
            [.. claimAnnotations.Select(c => new ClaimPlacement(c.Content, EvidenceOf(c), c.Kind != ClaimKind.Unattributed))],
            document.Find<TextLayer>());
        var eventIdsOfClaim = claims.Select(_ => new List<string>()).ToList();
        for (var e = 0; e < events.Count; e++)
        {
            events[e] = events[e] with { ClaimIds = [.. links[e].Select(c => claims[c].Id)] };
            foreach (var c in links[e])
            {
                eventIdsOfClaim[c].Add(events[e].Id);
            }
        }

        for (var c = 0; c < claims.Count; c++)
        {
            claims[c] = claims[c] with { EventIds = eventIdsOfClaim[c] };
        }

        return new ArticleAnalysis
        {
            Id = document.Id,
            Published = document.Metadata.Published,
            Source = document.Metadata.Source,
            Url = document.Metadata.Url,
            Title = document.Metadata.Title,
            Text = includeText ? document.Text : null,
            Entities = language is null ? [] : [.. language.Entities.Select(e => Entity(document, e))],
            Events = events,
            Claims = claims,
            Warnings = [.. document.Warnings],
        };
    }

    private static EntityRecord Entity(Document document, Entity entity) => new(
        entity.Id,
        entity.Type.Name(),
        document[entity.Mentions[0].Span],
        entity.Name,
        [.. entity.Mentions.Select(m => new SpanRecord(m.Span.Start, m.Span.End))])
    {
        Title = entity.Title,
        Affiliation = entity.Affiliation,
        CountryIso3 = entity.Country,
    };

    private static ClaimRecord Claim(Document document, ClaimAnnotation claim, int index)
    {
        return new ClaimRecord
        {
            Id = $"{document.Id}/c{index}",
            Claimant = ClaimantOf(document, claim),
            Channel = claim.Channel,
            Cue = claim.Cue is TextSpan cue ? document[cue] : null,
            Kind = ClaimNames.Of(claim.Kind),
            Content = Span(document, claim.Content),
            Certainty = claim.Certainty is null
                ? null
                : new CertaintyRecord(claim.Certainty.Phrase, claim.Certainty.Likelihood.Term, claim.Certainty.Likelihood.Midpoint),
            Status = ClaimNames.Of(claim.Status),
            Stances = [.. claim.Stances.Select(s => new StanceRecord(
                s.Holder is { } holder ? Claimant(holder) : Unresolved(document, s.By),
                ClaimNames.Of(s.Stance),
                Span(document, s.Evidence)))],
            Quantities = [.. claim.Quantities.Select(q => new QuantityRecord(q.Value, q.Unit, q.Approximate, document[q.Span]))],
            Reliability = claim.Grade?.Reliability.ToString(),
            Credibility = claim.Grade?.Credibility,
            Grade = claim.Grade?.Code,
            Evidence = [Span(document, EvidenceOf(claim))],
        };
    }

    /// <summary>The whole attribution: from the first to the last of claimant, cue and content.</summary>
    private static TextSpan EvidenceOf(ClaimAnnotation claim)
    {
        var spans = new[] { claim.Content, claim.Claimant?.Span ?? claim.Content, claim.Cue ?? claim.Content };
        return new TextSpan(spans.Min(s => s.Start), spans.Max(s => s.End));
    }

    /// <summary>The claims stage's resolution; when it found no name, the entity covering the claimant's words.</summary>
    /// <summary>The claims stage's resolved claimant; without a language layer there is none, and only the claimant's words are known.</summary>
    private static ClaimantRecord? ClaimantOf(Document document, ClaimAnnotation claim) =>
        claim.Who is { } who ? Claimant(who) : claim.Claimant is { } mention ? Unresolved(document, mention) : null;

    private static ClaimantRecord Claimant(ResolvedClaimant who) =>
        new(who.Name, who.Title, who.Affiliation, who.CountryIso3, who.Sector, who.Anonymous, who.Text);

    private static ClaimantRecord Unresolved(Document document, ClaimantMention mention) =>
        new(null, null, mention.AffiliationHint, null, mention.SectorHint, mention.Anonymous, document[mention.NamingSpan]);

    private static EventRecord Event(Document document, EventAnnotation e)
    {
        var place = e.Place?.Place;
        return new EventRecord
        {
            Id = e.Id,
            EventType = e.Acled?.EventType,
            SubEventType = e.Acled?.SubEventType,
            DisorderType = e.Acled?.DisorderType,
            PloverEvent = e.PloverEvent,
            PloverMode = e.PloverMode,
            CameoCode = e.CameoCode,
            Actor1 = ActorOf(e.Actor1),
            AssocActor1 = [.. e.AssocActor1.Select(a => ActorOf(a)!)],
            Actor2 = ActorOf(e.Actor2),
            AssocActor2 = [.. e.AssocActor2.Select(a => ActorOf(a)!)],
            Interaction = e.Acled is not null && e.Actor1?.Inter is { } i1 ? Events.Lexicon.TriggerLexicon.Default.Codebook.Interaction(i1, e.Actor2?.Inter).Label : null,
            CivilianTargeting = e.CivilianTargeting,
            Country = place?.Country,
            Iso3 = place?.Iso3,
            Admin1 = place?.Admin1,
            Admin2 = place?.Admin2,
            Location = e.Place?.LocationName, // an unlisted settlement keeps its own words; a city part is "City - Part"
            Latitude = Coordinate(place?.Latitude),
            Longitude = Coordinate(place?.Longitude),
            Geonameid = place?.GeonameId,
            GeoPrecision = place is null ? null : e.Place!.GeoPrecision,
            CoordinatesFrom = place is null ? null : e.Place!.Point switch
            {
                PlacePoint.NearbyTown => EventRecord.CoordinatesFromTown,
                PlacePoint.Division => EventRecord.CoordinatesFromDivision,
                _ => null,
            },
            EventDate = e.Date?.EventDate,
            DateStart = e.Date?.DateStart,
            DateEnd = e.Date?.DateEnd,
            TimePrecision = e.Date?.AcledTimePrecision,
            Fatalities = e.Fatalities,
            FatalitiesLow = e.Fatalities,
            FatalitiesHigh = e.Fatalities,
            Injuries = e.Injuries,
            Quantities = [.. e.Quantities.Select(q => new QuantityRecord(q.Value, q.Unit, q.Approximate, document[q.Span]))],
            Modality = e.Modality.Name(),
            Notes = e.Notes,
            Evidence = [.. e.Evidence.Select(s => Span(document, s))],
        };
    }

    private static ActorRecord? ActorOf(Actor? actor) =>
        actor is null ? null : new ActorRecord(actor.Name, actor.CountryIso3, actor.Sector, actor.Inter?.Label(), actor.Text);

    private static SpanRecord Span(Document document, TextSpan span) => new(span.Start, span.End, document[span]);

    /// <summary>
    /// A coordinate, or null when the gazetteer has none (NaN: a country located without a capital, as Israel's
    /// entry is): JSON cannot carry NaN, and a null says "unlocated" as CONTRACT.md asks.
    /// </summary>
    private static double? Coordinate(double? value) => value is double v && double.IsFinite(v) ? v : null;
}
