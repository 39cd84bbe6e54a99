using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Places;

public enum EventLocationReason : byte
{
    /// <summary>A place in the sentence was chosen.</summary>
    Chosen,

    /// <summary>The sentence names no place.</summary>
    NoPlaceInSentence,

    /// <summary>
    /// The sentence names no place it can resolve; the place is the one an earlier sentence of the paragraph puts
    /// events in ("Drones struck Belgorod overnight. Two people were killed.").
    /// </summary>
    PreviousSentence,
}

/// <summary>The place chosen as an event's location, with the reason and a short explanation.</summary>
public sealed record EventLocation(PlaceMention? Mention, EventLocationReason Reason, string Detail);

/// <summary>
/// Chooses an event's location among the places of its sentence: the place in the trigger's clause, introduced by
/// in/near/at/outside, a town rather than a region or country, and not a capital standing for its government
/// ("Kyiv said", "Moscow's claims"): the village struck, not the capital that commented.
/// </summary>
public static class EventLocator
{
    private static readonly LocatorWords _words = LocatorWords.Default;

    /// <summary>The location of the event whose trigger is <paramref name="trigger"/> in <paramref name="sentence"/>.</summary>
    public static EventLocation Choose(Document document, Sentence sentence, TextSpan trigger)
    {
        var places = document.Get<PlacesLayer>();
        return Choose(document.Text, document.Get<TextLayer>(), places.Mentions, sentence, trigger, places.Gazetteer);
    }

    /// <param name="gazetteer">
    /// The gazetteer <paramref name="mentions"/> were resolved against: a settlement it keeps in reserve is looked up there.
    /// </param>
    public static EventLocation Choose(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, Sentence sentence, TextSpan trigger, Gazetteer gazetteer)
    {
        var triggerToken = TokenAt(layer, sentence, trigger.Start);
        PlaceMention? best = null;
        var bestScore = double.MinValue;
        var considered = 0;
        foreach (var mention in mentions)
        {
            if (!sentence.Span.Contains(mention.Span) || mention.Span.Overlaps(trigger) ||
                (mention.Kind == PlaceKind.Country && AcrossBoundary(text, layer, sentence, mention)) || Launches(text, layer, sentence, mention) ||
                (mention.LaunchOrigin && ReachedAfter(text, layer, sentence, mention, mentions)))
            {
                continue; // "killed close to the border with Burkina Faso", "the missiles Russia launched", "fired from Saada at Sharurah": not the event's side
            }

            considered++;
            var score = Score(text, layer, sentence, mention, triggerToken, mentions) - (IsLandmark(mentions, mention, sentence) ? 2 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (mention, score);
            }
        }

        if (best is not null)
        {
            var locatedBy = LocatedBy(layer, mentions, best, sentence);
            if (locatedBy is { IsResolved: true, Kind: PlaceKind.PopulatedPlace } located &&
                located.Place!.Iso3 == best.Place?.Iso3)
            {
                // "Saydnaya prison north of Damascus": the event is at the place the bearing locates, not at the
                // reference city, even when the trigger stands nearer the reference.
                return new EventLocation(located, EventLocationReason.Chosen, $"'{located.Text}', which '{best.Text}' after it only locates");
            }

            if (locatedBy is { } told && best is { IsResolved: true, Kind: PlaceKind.PopulatedPlace } &&
                (!told.IsResolved || (told.Kind == PlaceKind.PopulatedPlace && told.Place!.Iso3 != best.Place?.Iso3)))
            {
                // "in Oog, west of Las Anod": the gazetteer lacks the settlement, or knows only a namesake abroad; the
                // event keeps the settlement's name and lies near the town the bearing is told from (precision 2).
                var near = PlacedNear(gazetteer, told, best);
                return new EventLocation(near, EventLocationReason.Chosen, $"'{told.Text}', near '{best.Text}', which the bearing tells it from");
            }

            if (PossessedPlace(text, layer, mentions, best, sentence) is { } part)
            {
                // A part the gazetteer lacks ("Amriya district") lies in the place that possesses it, at its point.
                var inOwner = part.IsResolved || best.Place is not { } owner ? part : part with
                {
                    Place = Unlisted(owner, part.Text),
                    GeoPrecision = 2,
                    Point = PlacePoint.NearbyTown,
                    Reason = PlaceReason.None,
                    Detail = $"'{part.Text}' is not in the gazetteer; placed in '{best.Text}', whose part the text makes it",
                };
                return new EventLocation(inOwner, EventLocationReason.Chosen, $"'{part.Text}', the part of '{best.Text}' its possessive names");
            }

            if (ContainedTown(text, layer, mentions, best, sentence) is { } town)
            {
                return new EventLocation(town, EventLocationReason.Chosen, $"'{town.Text}', which '{best.Text}' right after it only situates");
            }

            if (!best.IsResolved && BearingReference(text, layer, mentions, best, sentence) is { } reference)
            {
                var near = PlacedNear(gazetteer, best, reference);
                return new EventLocation(near, EventLocationReason.Chosen, $"'{best.Text}', near '{reference.Text}', which the bearing tells it from");
            }

            if (!best.IsResolved && SituatingPlace(text, layer, mentions, best, sentence) is { Place: { } around } situating)
            {
                // "near Chai, a village in the Macomia district of Cabo Delgado": a place the gazetteer lacks keeps its
                // name and lies in the division the text puts it in, at that division's point. ACLED codes the named
                // village the event was in 1 and "near" it 2, with the nearest point it knows; the mention's Point
                // says the point is borrowed (a known town's, or a division's).
                // A settlement the gazetteer keeps only in reserve in that division gets its own point (precision 1 when
                // the text puts the event in it).
                var kept = Reserved(gazetteer, around, best.Text);
                var placed = best with
                {
                    Place = kept?.In(around, inRegion: true) ?? Unlisted(around, best.Text),
                    GeoPrecision = kept is null && best.Kind != PlaceKind.PopulatedPlace ? 3 : best.Relation == PlaceRelation.In ? 1 : 2,
                    Point = kept is not null ? PlacePoint.Own : situating.Kind == PlaceKind.PopulatedPlace ? PlacePoint.NearbyTown : PlacePoint.Division,
                    Reason = PlaceReason.None,
                    Detail = kept is null
                        ? $"'{best.Text}' is not in the gazetteer; placed in '{situating.Text}', where the text puts it"
                        : $"'{best.Text}' is a reserve place of {around.Admin1}, where '{situating.Text}' puts it",
                };
                return new EventLocation(placed, EventLocationReason.Chosen, $"'{best.Text}', in '{situating.Text}'");
            }

            if (!best.IsResolved)
            {
                // "in Cordoba, ... blocked Centenario bridge", "in Puerto Madryn, ... outside the Mosconi building": a
                // landmark or neighbourhood the gazetteer cannot place lies in the town the text puts the event in (or,
                // when the sentence names none, the place of the sentences before); the event keeps the landmark's
                // words and takes that town's place, as ACLED codes a landmark to its town.
                var (holder, reason) = ResolvedLocative(text, layer, mentions, sentence, triggerToken, best) is { } inSentence
                    ? (inSentence, EventLocationReason.Chosen)
                    : (PreviousSentencePlace(text, layer, mentions, sentence), EventLocationReason.PreviousSentence);
                if (holder is not null)
                {
                    var detail = $"'{best.Text}' is not resolved ({best.Reason}); placed in '{holder.Text}'" +
                        (reason == EventLocationReason.Chosen ? ", which the sentence puts the event in" : ", from a sentence before it");
                    var placed = holder.IsUnlistedSettlement ? holder : best with
                    {
                        Place = holder.Place,
                        Kind = holder.Kind,
                        GeoPrecision = holder.GeoPrecision,
                        PloverResolution = holder.PloverResolution,
                        Reason = PlaceReason.None,
                        CandidateCount = 1,
                        Detail = detail,
                        Alternatives = [],
                    };
                    return new EventLocation(placed, reason, detail);
                }
            }

            return new EventLocation(best, EventLocationReason.Chosen, $"best of {considered} places in the sentence (score {bestScore:0.0})");
        }

        return PreviousSentencePlace(text, layer, mentions, sentence) is { } previous
            ? new EventLocation(previous, EventLocationReason.PreviousSentence, $"no place in the trigger's sentence; '{previous.Text}' from the sentence before it")
            : new EventLocation(null, EventLocationReason.NoPlaceInSentence, "no place named in the trigger's sentence");
    }

    /// <summary>
    /// The resolved town or region, introduced by in/near/at... before an unresolved <paramref name="unresolved"/>, that
    /// scores best in the sentence; not a country and not a place standing for its government ("Kyiv said"). A place
    /// after it is more often the speaker's ("killed farmers near Lipembe, officials in Maputo said").
    /// </summary>
    private static PlaceMention? ResolvedLocative(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, Sentence sentence, int trigger, PlaceMention unresolved)
    {
        PlaceMention? best = null;
        var bestScore = double.MinValue;
        foreach (var mention in mentions)
        {
            if (mention == unresolved || !mention.IsResolved || !mention.Locative || mention.Kind == PlaceKind.Country ||
                !sentence.Span.Contains(mention.Span) || mention.EndToken > unresolved.FirstToken || Speaks(text, layer, sentence, mention))
            {
                continue;
            }

            var score = Score(text, layer, sentence, mention, trigger, mentions);
            if (score > bestScore)
            {
                (best, bestScore) = (mention, score);
            }
        }

        return best;
    }

    /// <summary>
    /// The place of the nearest earlier sentence of the same paragraph that names places, when it is unambiguous there:
    /// resolved towns or regions of one region, not a country and not a capital speaking ("Kyiv said"). Sentences
    /// that name no place are passed over ("... by the D. A. office. Protesters threw eggs."), up to three.
    /// </summary>
    private static PlaceMention? PreviousSentencePlace(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, Sentence sentence)
    {
        var index = layer.Sentences.IndexOf(sentence);
        for (var back = 1; back <= 3 && index - back >= 0; back++)
        {
            var previous = layer.Sentences[index - back];
            if (!SameParagraph(layer, sentence, previous))
            {
                return null;
            }

            if (NamesPlace(mentions, previous))
            {
                return PlaceOfSentence(text, layer, mentions, previous);
            }
        }

        return null;
    }

    private static bool SameParagraph(TextLayer layer, Sentence sentence, Sentence earlier)
    {
        foreach (var paragraph in layer.Paragraphs)
        {
            if (paragraph.Contains(sentence.Span.Start) && !paragraph.Contains(earlier.Span.Start))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesPlace(ImmutableArray<PlaceMention> mentions, Sentence sentence)
    {
        foreach (var mention in mentions)
        {
            if (sentence.Span.Contains(mention.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one region's place of a sentence, or null when it names several regions or none resolved.</summary>
    private static PlaceMention? PlaceOfSentence(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, Sentence previous)
    {
        PlaceMention? found = null;
        foreach (var mention in mentions)
        {
            if (!previous.Span.Contains(mention.Span) || !mention.IsResolved || mention.Kind == PlaceKind.Country || Speaks(text, layer, previous, mention))
            {
                continue;
            }

            if (found is not null && found.Place!.Admin1 != mention.Place!.Admin1)
            {
                return null; // two regions: which one the next sentence means is not said
            }

            found ??= mention;
        }

        return found;
    }

    /// <summary>
    /// "Sittwe in Rakhine State", "Kupiansk, Kharkiv region", "Kidal, Mali": a region or country named right after a
    /// town it contains only says where the town is; the town is the event's place.
    /// </summary>
    private static PlaceMention? ContainedTown(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention region, Sentence sentence)
    {
        if (region.Kind is not (PlaceKind.Admin1 or PlaceKind.Country) || region.Place is not { } container)
        {
            return null;
        }

        foreach (var town in mentions)
        {
            if (town.Kind == PlaceKind.PopulatedPlace && town.Place is { } place && sentence.Span.Contains(town.Span) &&
                ((town.EndToken <= region.FirstToken && region.FirstToken - town.EndToken - CountryWordsBetween(text, layer, mentions, town, region) <= 3) || NamesTownOf(text, layer, region, town)) &&
                place.Iso3 == container.Iso3 && (region.Kind == PlaceKind.Country || place.Admin1 == container.Admin1))
            {
                return town;
            }
        }

        return null;
    }

    /// <summary>
    /// The tokens of a country's name and its possessive between a town and its region ("Tal Tamr, in Syria's Hasakah
    /// province"): they say which country the region is in, not that the town lies elsewhere.
    /// </summary>
    private static int CountryWordsBetween(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention town, PlaceMention region)
    {
        foreach (var country in mentions)
        {
            if (country.Kind == PlaceKind.Country && country.FirstToken >= town.EndToken && country.EndToken < region.FirstToken &&
                Word(text, layer, country.EndToken) is "'s" or "’s")
            {
                return country.EndToken - country.FirstToken + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// "in Baghdad's western Amriya district", "Gaza City's southern neighbourhood of Zeitun": a place in the possessive
    /// followed, after at most three lower-case words, by another place names the part of it where the event was.
    /// </summary>
    private static PlaceMention? PossessedPlace(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention owner, Sentence sentence)
    {
        var next = owner.EndToken;
        if (owner.Kind == PlaceKind.Country || next >= sentence.EndToken || Word(text, layer, next) is not ("'s" or "’s"))
        {
            return null;
        }

        foreach (var part in mentions)
        {
            if (part.FirstToken <= next || part.FirstToken - next > 4 || !sentence.Span.Contains(part.Span) || part.Kind == PlaceKind.Country ||
                (part.Place is { } p && p.Iso3 != owner.Place?.Iso3))
            {
                continue;
            }

            for (var t = next + 1; t < part.FirstToken; t++)
            {
                var word = Word(text, layer, t);
                if (word.IsEmpty || !char.IsLower(word[0]))
                {
                    return null;
                }
            }

            return part;
        }

        return null;
    }

    /// <summary>
    /// The resolved town a bearing right after an unresolved settlement is told from: "in Oog, west of Las Anod",
    /// "Oog, 40 km west of Las Anod" (only a comma between the settlement and the bearing's words).
    /// </summary>
    private static PlaceMention? BearingReference(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention settlement, Sentence sentence)
    {
        foreach (var other in mentions)
        {
            if (other.Relation != PlaceRelation.Direction || other.Cue is not { } cue || other.FirstToken < settlement.EndToken ||
                !sentence.Span.Contains(other.Span) || other is not { IsResolved: true, Kind: PlaceKind.PopulatedPlace })
            {
                continue;
            }

            var cueToken = TokenAt(layer, sentence, cue.Start);
            for (var t = settlement.EndToken; t < cueToken; t++)
            {
                if (Word(text, layer, t) is not ",")
                {
                    return null;
                }
            }

            return cueToken >= settlement.EndToken ? other : null;
        }

        return null;
    }

    /// <summary>A settlement the gazetteer lacks, by the name the text gives it, at the point and in the divisions of the place that holds it.</summary>
    private static ResolvedPlace Unlisted(ResolvedPlace holder, string name) =>
        holder with { Kind = PlaceKind.PopulatedPlace, Name = name, GeonameId = null, FeatureCode = null, Population = 0, ApproximateCoordinates = true };

    /// <summary>
    /// A settlement the gazetteer cannot place (or places only abroad), at the point of the town the text tells it from:
    /// its own name, that town's divisions, ACLED precision 2 (near a known town).
    /// </summary>
    private static PlaceMention PlacedNear(Gazetteer gazetteer, PlaceMention settlement, PlaceMention town) =>
        settlement.Relation == PlaceRelation.In && Reserved(gazetteer, town.Place!, settlement.Text) is { } kept && WithinToldDistance(kept, town)
            // "in Tsakholo, about 15 km east of Mafeteng": a village the gazetteer keeps in reserve in the town's region
            // is at its own point.
            ? Settled(settlement, town, kept.In(town.Place!), 1, $"'{settlement.Text}' is a reserve place of {town.Place!.Admin1}, near '{town.Text}', which the text tells it from")
            // A village the gazetteer lacks that the text puts the event in ("in Oog, west of Las Anod") is named as
            // the place (ACLED precision 1) at the town's point, which the mention's Point marks as borrowed.
            : Settled(settlement, town, Unlisted(town.Place!, settlement.Text), settlement.Relation == PlaceRelation.In ? 1 : 2,
                $"'{settlement.Text}' is not in the gazetteer here; placed near '{town.Text}', which the text tells it from") with
            { Point = PlacePoint.NearbyTown };

    /// <summary>
    /// Whether a reserve settlement lies as far from <paramref name="town"/> as the text says: the first-level division
    /// it is looked up in can be hundreds of km across, and a namesake there is not the village "about 15 km east" of
    /// the town. Stated distances are rounded and often by road, so a margin is added; with no distance stated the
    /// bearing still means nearby.
    /// </summary>
    private static bool WithinToldDistance(ReservePlace kept, PlaceMention town) =>
        PlaceDistance.ApproximateKm(kept.Latitude, kept.Longitude, town.Place!.Latitude, town.Place.Longitude) <=
            (town.DistanceKm is { } stated ? stated + _toldDistanceMarginKm : _unstatedNearKm);

    /// <summary>Added to a stated distance ("about 15 km east of"): rounding, road distance, the town's own extent.</summary>
    private const double _toldDistanceMarginKm = 25;

    /// <summary>How far a settlement told from a town by a bearing alone ("west of Las Anod") may lie.</summary>
    private const double _unstatedNearKm = 50;

    /// <summary>
    /// The settlement called <paramref name="name"/> that <paramref name="gazetteer"/> keeps in reserve (<see cref="Gazetteer.LookupReserve"/>)
    /// in the first-level division of <paramref name="holder"/>, the place the text puts it in or tells it from.
    /// </summary>
    private static ReservePlace? Reserved(Gazetteer gazetteer, ResolvedPlace holder, string name) =>
        holder.Admin1Code is { } key ? gazetteer.LookupReserve(key, name) : null;

    /// <summary>A settlement told from <paramref name="town"/>, placed at <paramref name="place"/>.</summary>
    private static PlaceMention Settled(PlaceMention settlement, PlaceMention town, ResolvedPlace place, int precision, string detail) => settlement with
    {
        Place = place,
        Kind = PlaceKind.PopulatedPlace,
        GeoPrecision = precision,
        PloverResolution = town.PloverResolution,
        Reason = PlaceReason.None,
        CandidateCount = 1,
        Alternatives = [],
        Detail = detail,
    };

    /// <summary>
    /// The first resolved town or division within eight tokens after an unknown place, introduced by "in" or "of" with only
    /// an apposition between: ", a village in the Macomia district", "in Plaine Savo in Djugu territory".
    /// </summary>
    private static PlaceMention? SituatingPlace(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention unknown, Sentence sentence)
    {
        foreach (var other in mentions)
        {
            if (!other.IsResolved || other.Kind == PlaceKind.Country || !sentence.Span.Contains(other.Span) ||
                other.FirstToken < unknown.EndToken || other.FirstToken - unknown.EndToken > 8)
            {
                continue;
            }

            for (var t = unknown.EndToken; t < other.FirstToken; t++)
            {
                // Only an apposition or a settlement phrase between them (", a village in the"), not "officials in"; a
                // country in the possessive may own the division ("Mpeketoni, in Kenya's Lamu county").
                // ... or a division the gazetteer lacks between them, named with its division word ("Chemolingot, in
                // Tiaty sub-county of Baringo county"): the known division after it places both.
                var word = Word(text, layer, t);
                if (word is not ("," or "a" or "an" or "the" or "in" or "of" or "'s" or "’s") && !_words.IsSettlement(word) &&
                    !InCountryMention(mentions, t) && !InUnknownDivision(text, layer, mentions, unknown, t))
                {
                    return null;
                }
            }

            var before = other.FirstToken - 1;
            while (before > unknown.EndToken && (Word(text, layer, before) is "the" or "The" or "'s" or "’s" || InCountryMention(mentions, before)))
            {
                before--; // "in the", "in Kenya's"
            }

            // "in Kibirizi, Rutshuru territory": a comma right before the division situates the place as "in" does.
            return Word(text, layer, before) is "in" or "of" or "," ? other : null;
        }

        return null;
    }

    /// <summary>
    /// Whether token <paramref name="token"/> lies inside an unresolved mention other than <paramref name="unknown"/> that a
    /// division word follows ("Tiaty sub-county"): a division the gazetteer lacks, not a place of its own to choose.
    /// </summary>
    private static bool InUnknownDivision(string text, TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention unknown, int token)
    {
        foreach (var m in mentions)
        {
            if (m != unknown && !m.IsResolved && m.FirstToken <= token && token < m.EndToken && m.EndToken < layer.Tokens.Length &&
                _words.IsSettlement(Word(text, layer, m.EndToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="token"/> lies inside a mention of a country.</summary>
    private static bool InCountryMention(ImmutableArray<PlaceMention> mentions, int token)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == PlaceKind.Country && m.FirstToken <= token && token < m.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the West Bank town of Jenin", "the Kharkiv region village of Pisky", "the Belarus capital Minsk": a region or
    /// country before a settlement word (and "of").
    /// </summary>
    private static bool NamesTownOf(string text, TextLayer layer, PlaceMention region, PlaceMention town)
    {
        var gap = town.FirstToken - region.EndToken;
        return (gap is 2 or 3 && Word(text, layer, town.FirstToken - 1).Equals("of", StringComparison.OrdinalIgnoreCase) &&
            _words.IsSettlement(Word(text, layer, town.FirstToken - 2))) ||
            (gap == 1 && _words.IsSettlement(Word(text, layer, region.EndToken)));
    }

    /// <summary>
    /// "In Hilla, just south of Baghdad", "the village of Tsurif near Hebron": a place given as a bearing or
    /// neighbourhood of another place named just before it only says where that place is.
    /// </summary>
    private static bool IsLandmark(ImmutableArray<PlaceMention> mentions, PlaceMention mention, Sentence sentence)
    {
        if (mention.Relation is not (PlaceRelation.Near or PlaceRelation.Direction) || mention.Cue is not { } cue)
        {
            return false;
        }

        foreach (var other in mentions)
        {
            if (other != mention && sentence.Span.Contains(other.Span) && other.Span.End <= cue.Start &&
                other.EndToken >= mention.FirstToken - 12 && other.Kind != PlaceKind.Country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Saydnaya prison north of Damascus", "the town of X south of Y": the place a bearing phrase follows closely (at
    /// most four words between it and the bearing's first word), which the bearing's reference place only locates. The
    /// caller takes it only in the reference's country ("a Black Hawk was shot down near Tikrit" names no place).
    /// </summary>
    private static PlaceMention? LocatedBy(TextLayer layer, ImmutableArray<PlaceMention> mentions, PlaceMention mention, Sentence sentence)
    {
        if (mention.Relation is not (PlaceRelation.Near or PlaceRelation.Direction) || mention.Cue is not { } cue)
        {
            return null;
        }

        var cueToken = TokenAt(layer, sentence, cue.Start);
        PlaceMention? located = null;
        foreach (var other in mentions)
        {
            if (other != mention && sentence.Span.Contains(other.Span) && other.Span.End <= cue.Start &&
                other.EndToken >= cueToken - 4 && other.Kind != PlaceKind.Country)
            {
                located = other; // the last such place before the cue
            }
        }

        return located;
    }

    private static int TokenAt(TextLayer layer, Sentence sentence, int offset)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (layer.Tokens[i].End > offset)
            {
                return i;
            }
        }

        return sentence.EndToken - 1;
    }

    private static double Score(string text, TextLayer layer, Sentence sentence, PlaceMention mention, int trigger, ImmutableArray<PlaceMention> mentions)
    {
        var score = mention.Kind switch
        {
            PlaceKind.PopulatedPlace => 3.0,
            PlaceKind.Admin1 => 2.2,
            _ => 1.0,
        };
        if (!mention.IsResolved)
        {
            score -= 0.3;
        }

        if (mention.Locative)
        {
            score += 2;
        }
        else if (mention.Cue is null && PrecededBy(text, layer, sentence, mention, "from", "by"))
        {
            score -= 1; // "officials from Kyiv", "detained by Moscow"
        }

        // A place standing for its government or people: "Kyiv said", "Moscow's claims", "Russia's Oryol region".
        var next = mention.EndToken;
        if (next < sentence.EndToken)
        {
            var word = Word(text, layer, next);
            if (word is "'s" or "’s")
            {
                score -= 2.5;
            }
            else if (_words.Speaks(word))
            {
                score -= 3;
            }
            else if (mention.Kind == PlaceKind.Country && !mention.Locative && mention.Cue is null &&
                (word is "-" or "‑" || (word.Length > 0 && char.IsLower(word[0]) && !_words.ContinuesPlace(word) && StartsNounPhrase(text, layer, sentence, mention))))
            {
                score -= 1.5; // a country as a modifier: "U.S. jets", "the US-led coalition", "a Russian-made"
            }
            else if (mention.Kind == PlaceKind.PopulatedPlace && !mention.Locative && mention.Cue is null && word.Length > 0 &&
                char.IsLower(word[0]) && !_words.ContinuesPlace(word) && StartsNounPhrase(text, layer, sentence, mention) &&
                ForeignToSentence(mentions, mention, sentence))
            {
                score -= 3; // "Kuki militants ... near Moreh in Manipur": a modifier whose only reading lies abroad
            }
        }

        var (from, to) = trigger < mention.FirstToken ? (trigger + 1, mention.FirstToken) : (mention.EndToken, trigger);
        var distance = Math.Max(0, to - from);
        score -= Math.Min(2.5, 0.12 * distance);
        if (trigger < mention.FirstToken)
        {
            // "bombed Kyauk Ni Maw village on Ramree Island in Rakhine State": the trigger's object is what was hit,
            // as much as a place introduced by "in"; the region after it only situates it.
            score += distance == 0 && mention.Kind != PlaceKind.Country ? 1.5 : 0.3;
        }

        for (var i = from; i < to; i++)
        {
            var word = Word(text, layer, i);
            if (word == ",")
            {
                score -= 0.4;
            }
            else if (_words.BreaksClause(word))
            {
                score -= 1.5;
            }
        }

        return score;
    }

    /// <summary>
    /// The mention opens a noun phrase (sentence start, after the/a/an or a number: "U.S. jets", "the 1989 US
    /// invasion"), so a lower-case word after it is the noun it modifies, not a verb ("over northern Iraq use").
    /// </summary>
    private static bool StartsNounPhrase(string text, TextLayer layer, Sentence sentence, PlaceMention mention)
    {
        var prev = mention.FirstToken - 1;
        return prev < sentence.FirstToken || layer.Tokens[prev].Kind == TokenKind.Number || _words.IsDeterminer(Word(text, layer, prev));
    }

    /// <summary>The mention's country is none of the other resolved places' of the sentence, which name one.</summary>
    private static bool ForeignToSentence(ImmutableArray<PlaceMention> mentions, PlaceMention mention, Sentence sentence)
    {
        if (mention.Place is not { } place)
        {
            return false;
        }

        var others = false;
        foreach (var other in mentions)
        {
            if (other != mention && other.Place is { } p && sentence.Span.Contains(other.Span))
            {
                if (p.Iso3 == place.Iso3)
                {
                    return false;
                }

                others = true;
            }
        }

        return others;
    }

    /// <summary>"Kyiv said", "Moscow's claims": the place stands for its government or people.</summary>
    private static bool Speaks(string text, TextLayer layer, Sentence sentence, PlaceMention mention)
    {
        if (mention.Locative || mention.EndToken >= sentence.EndToken)
        {
            return false;
        }

        var word = Word(text, layer, mention.EndToken);
        return word is "'s" or "’s" || _words.Speaks(word);
    }

    /// <summary>"the 127 missiles that Russia launched", "drones Iran fired at Israel": the place the weapons left from.</summary>
    private static bool Launches(string text, TextLayer layer, Sentence sentence, PlaceMention mention) =>
        !mention.Locative && mention.EndToken < sentence.EndToken && _words.Launches(Word(text, layer, mention.EndToken));

    /// <summary>A place named after the launch site that is not itself in the launch phrase: where the weapons or attackers arrived.</summary>
    private static bool ReachedAfter(string text, TextLayer layer, Sentence sentence, PlaceMention origin, ImmutableArray<PlaceMention> mentions)
    {
        foreach (var other in mentions)
        {
            if (other.FirstToken >= origin.EndToken && sentence.Span.Contains(other.Span) && !Speaks(text, layer, sentence, other) &&
                !other.LaunchOrigin)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the border with Burkina Faso", "its frontier with Chad": the country across a boundary.</summary>
    private static bool AcrossBoundary(string text, TextLayer layer, Sentence sentence, PlaceMention mention)
    {
        var prev = mention.FirstToken - 1;
        while (prev >= sentence.FirstToken && _words.IsDeterminer(Word(text, layer, prev)))
        {
            prev--;
        }

        return prev - 1 >= sentence.FirstToken && Word(text, layer, prev).Equals("with", StringComparison.OrdinalIgnoreCase) &&
            _words.IsBoundary(Word(text, layer, prev - 1));
    }

    private static bool PrecededBy(string text, TextLayer layer, Sentence sentence, PlaceMention mention, params string[] words)
    {
        var prev = mention.FirstToken - 1;
        while (prev >= sentence.FirstToken && Word(text, layer, prev) is "the" or "The")
        {
            prev--;
        }

        return prev >= sentence.FirstToken && IsAny(Word(text, layer, prev), words);
    }

    private static ReadOnlySpan<char> Word(string text, TextLayer layer, int i) =>
        text.AsSpan(layer.Tokens[i].Start, layer.Tokens[i].Length);

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
