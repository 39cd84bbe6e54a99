using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>Why two reports are not the same event, or how alike they are.</summary>
public readonly record struct MatchResult(double Score, string? Veto, bool CrossType = false)
{
    public bool IsCompatible => Veto is null;

    /// <summary>What the score is made of, each part before its weight (for the evaluation's error listing).</summary>
    public ScoreParts Parts { get; init; }
}

/// <summary>The agreements a compatible pair's score sums (each 0..1 before its weight), and whether both give one same count.</summary>
public readonly record struct ScoreParts(double Date, double Place, double SubEvent, double Text, bool SameCount)
{
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"date {Date:0.00} place {Place:0.00} sub {SubEvent:0.00} text {Text:0.00}{(SameCount ? " same count" : "")}");
}

/// <summary>
/// Decides whether two reported events are the same real-world event. Hard rules first, as ACLED aggregates:
/// one event per type, actor pair, place and day, so a different day, a different named town, a different
/// first-level division or country, different actors or an incompatible event type is never the same event.
/// Outlets type one incident differently ("shelling", "clashes", "an attack on civilians"): types that may describe
/// one incident (<see cref="TypeCompatibility"/>) merge only on strong evidence (the same day and named place,
/// targets of one kind) and pay their pair's margin on their score (<see cref="CrossTypeWeights"/>). Among compatible candidates a score
/// ranks them by how much they agree (precise date and place, sub-event type, one same count) and by the words of their
/// evidence; a report the geocoder could not place agrees on place when its words name the other's town.
/// </summary>
public static class EventMatcher
{
    /// <summary>Named places farther apart than this are different places, whatever their names.</summary>
    public const double SamePlaceKm = 2.0;

    /// <summary>"Near X" (precision 2) reaches this far from X.</summary>
    public const double NearPlaceKm = 25.0;

    /// <summary>
    /// A report that gives no date of its own ("33 martyrs in the bombing of the school", a ministry's condolences, a
    /// breaking-news line) reports something of the last days before its publication: its event may have happened
    /// from this many days before it was published to the day itself.
    /// </summary>
    public const int ReportLagDays = 2;

    /// <summary>
    /// The farthest an undated report reaches back: what it tells is at most this many days older than its
    /// publication (news of a fortnight ago gives its date; an undated mention of an older incident is background, not
    /// a new report of it). It bounds whom an undated report can join: without it, a report without date or place was
    /// a candidate for every event of its type in the store, which made ingest slower the larger the store grew.
    /// </summary>
    public const int UndatedReachDays = 14;

    /// <summary>The days an undated report published on <paramref name="published"/> may tell of (a day's slack for time zones).</summary>
    public static (DateOnly First, DateOnly Last) UndatedReach(DateOnly published) =>
        (published.AddDays(-UndatedReachDays), published.AddDays(1));

    /// <summary>Two reports as the fuser sees them: with the dates their articles were published.</summary>
    public static MatchResult Match(MemberEvent a, MemberEvent b) =>
        Match(a.Event, b.Event, publishedA: a.Published, publishedB: b.Published, sourceA: a.Source, sourceB: b.Source);

    public static MatchResult Match(
        EventRecord a,
        EventRecord b,
        IReadOnlyList<string>? evidenceA = null,
        IReadOnlyList<string>? evidenceB = null,
        DateOnly? publishedA = null,
        DateOnly? publishedB = null,
        string? sourceA = null,
        string? sourceB = null)
    {
        var (relation, crossType) = a.Modality != b.Modality ? (TypeRelation.Incompatible, null) : TypeCompatibility.Default.Compare(a, b);
        var veto = (relation == TypeRelation.Incompatible ? (a.Modality != b.Modality ? "different modality" : "different event type") : null)
            ?? DateVeto(a, b) ?? FollowUpVeto(a, b) ?? ReachVeto(a, b, publishedA, publishedB) ?? PlaceVeto(a, b);
        if (veto is not null)
        {
            return new MatchResult(0, veto, relation == TypeRelation.Compatible);
        }

        // Each report's sides and whether both give one same count are looked up once per pair: the vetoes ask for
        // both sides' sets, the cross-type veto and the score for the count.
        var sidesA = SidesOf(a);
        var sidesB = SidesOf(b);
        var sameCount = false;
        var margin = 0.0;
        veto = ActorVeto(a, b, sidesA, sidesB) ?? OppositeRolesVeto(a, b);
        if (veto is null)
        {
            sameCount = ReportedNumbers.Share(a, b);
            if (crossType is not null)
            {
                (veto, margin) = CrossTypeVeto(a, b, publishedA, publishedB, sameCount, crossType);
            }
        }

        if (veto is not null)
        {
            return new MatchResult(0, veto, relation == TypeRelation.Compatible);
        }

        // Weights tuned on data/gold/fusion/fusion.dev.jsonl only. The evidence words weigh most: reports with an
        // imprecise place or date agree on every field with the strike next door and differ only in what they say.
        // Actors are no part of the score: the actor veto already keeps apart reports whose sides differ, and among the
        // pairs it lets through the sides' overlap was the same for one event's reports and its near-misses (dev mean
        // 0.55 against 0.54), so its weight went to the place, which tells them apart (0.69 against 0.37).
        var parts = new ScoreParts(
            DateAgreement(a, b, publishedA, publishedB),
            PlaceAgreement(a, b, sameCount, sourceA, sourceB),
            a.SubEventType is not null && a.SubEventType == b.SubEventType ? 1 : a.PloverMode is not null && a.PloverMode == b.PloverMode ? 1 : 0,
            evidenceA is null && evidenceB is null
                ? TextSimilarity.Cosine(a, b)
                : TextSimilarity.Cosine(evidenceA ?? Texts(a), evidenceB ?? Texts(b)),
            sameCount);
        var score = (0.25 * parts.Date) + (0.30 * parts.Place) + (0.10 * parts.SubEvent) + (0.35 * parts.Text)
            + (sameCount ? SharedNumberWeight : 0);
        // A compatible-but-different pair pays its margin (the pair's weights in data/fusion/type_compatibility.tsv).
        return relation == TypeRelation.Compatible
            ? new MatchResult(score - margin, null, CrossType: true) { Parts = parts }
            : new MatchResult(score, null) { Parts = parts };
    }

    /// <summary>
    /// What one same count in both reports (<see cref="ReportedNumbers"/>: "41 villagers" / "killing 41 people") adds to
    /// the score: outlets that place or date one incident differently still give its tally. A bonus only: tolls rise
    /// and sources disagree, so different figures say nothing. Tuned on data/gold/fusion/fusion.dev.jsonl only.
    /// </summary>
    public const double SharedNumberWeight = 0.10;

    /// <summary>
    /// Two types that may describe one incident are one event only on strong evidence, since they may as well be two
    /// incidents side by side (the drone strike during the battle, the protest after the bombing): the same day at
    /// day precision, the same named place (one town, or the town of one report named in the other's words), and
    /// targets of one kind: civilians killed in a raid and the army fought in the same town that day are two
    /// incidents (ACLED's violence against civilians has civilian targets, a battle two armed sides). A place less precisely told than one named town (one region, one
    /// report unplaced: <see cref="PlacedOnlyLoosely"/>) merges only at the pair's
    /// <see cref="CrossTypeWeights.LoosePlaceMargin"/>. Returns the veto, or none and what the pair pays on its score:
    /// nothing when both give one same count, the strong evidence the margin asks for (the two tell one tally).
    /// </summary>
    private static (string? Veto, double Margin) CrossTypeVeto(
        EventRecord a, EventRecord b, DateOnly? publishedA, DateOnly? publishedB, bool sameCount, CrossTypeWeights weights)
    {
        // One same count (the 41 killed, the 7 dead) is what tells one incident typed two ways from two incidents side
        // by side: the place and day may then be told less precisely by one outlet, and its victims called civilians
        // by one side and fighters by the other.
        if (!SameDay(a, b, publishedA, publishedB) && !(sameCount && OverlappingDays(a, b, publishedA, publishedB)))
        {
            return ("different event type, not the same day", 0);
        }

        // Victims called civilians by one outlet and fighters by the other is as likely the raid on the village and the
        // fight with the army beside it, the same town the same day: such reports stay apart unless they give one same
        // count. (Dev, S eval data/gold/fusion/fusion.dev.jsonl: letting Battles / Violence against civilians merge at
        // a 0.10 margin with the same named place gained 7 pairs in the file's order but added 3 false merges reversed
        // and 9 shuffled: the battle beside the raid in one city, the gang shoot-out in another district of it.)
        if (!sameCount && TargetsCivilians(a) is { } civiliansA && TargetsCivilians(b) is { } civiliansB && civiliansA != civiliansB)
        {
            return ("different event type, civilian and armed targets", 0);
        }

        var margin = sameCount ? 0 : weights.Margin;
        if (SameNamedPlace(a, b) || (sameCount && LooselySamePlace(a, b)))
        {
            return (null, margin);
        }

        // A place told less precisely by one outlet (the region only, no place at all; not the town "near" it, which
        // for two kinds of incident is the fighting outside the town struck) is weaker evidence: the pair pays its
        // loose-place margin on top, or stays apart when its weights say so.
        return weights.LoosePlaceMargin is { } loose && PlacedOnlyLoosely(a, b)
            ? (null, margin + loose)
            : ("different event type, not the same named place", 0);
    }

    /// <summary>
    /// Whether the event's target is unarmed (true: civilians, protesters, a crowd), armed (false) or unknown (null). A
    /// battle is fought between armed sides, so a battle report names an armed target even when it names no second
    /// side. Protesters and rioters are no organised armed group (ACLED's actor types 5 and 6): the crowd police fired
    /// on is "protesters" to one outlet and "civilians" to another, one incident told either way.
    /// </summary>
    private static bool? TargetsCivilians(EventRecord e) =>
        e.Actor2 is not null ? IsCivilian(e.Actor2) || IsCrowd(e.Actor2) : e.EventType == _battles ? false : null;

    private static bool IsCrowd(ActorRecord actor) =>
        actor.Inter is "Protesters" or "Rioters"
        || (actor.Name?.StartsWith("Protesters", StringComparison.Ordinal) ?? false)
        || (actor.Name?.StartsWith("Rioters", StringComparison.Ordinal) ?? false);

    private const string _battles = "Battles";

    /// <summary>
    /// The day-precision dates of the two reports overlap within two days ("overnight", "late on Sunday" told on
    /// Monday), or an undated report was published within <see cref="ReportLagDays"/> of the other's day or publication.
    /// </summary>
    private static bool OverlappingDays(EventRecord a, EventRecord b, DateOnly? publishedA, DateOnly? publishedB)
    {
        if (a.TimePrecision == 1 && b.TimePrecision == 1)
        {
            var (aStart, aEnd) = Interval(a);
            var (bStart, bEnd) = Interval(b);
            return aStart is not null && bStart is not null && aEnd is not null && bEnd is not null
                && aEnd.Value.DayNumber - aStart.Value.DayNumber <= 1 && bEnd.Value.DayNumber - bStart.Value.DayNumber <= 1
                && Math.Abs(aStart.Value.DayNumber - bStart.Value.DayNumber) <= 1;
        }

        var undatedBoth = a.EventDate is null && a.DateStart is null && b.EventDate is null && b.DateStart is null;
        return undatedBoth && publishedA is { } pa && publishedB is { } pb && Math.Abs(pa.DayNumber - pb.DayNumber) <= ReportLagDays;
    }

    /// <summary>
    /// A place less precisely told but not another one: the same town "in" one report and "near" it in the other, both
    /// placed only in one first-level division, or one report placed nowhere at all.
    /// </summary>
    private static bool LooselySamePlace(EventRecord a, EventRecord b)
    {
        if (a.Iso3 is null || b.Iso3 is null)
        {
            return true;
        }

        if ((a.Geonameid is not null && a.Geonameid == b.Geonameid)
            || (TownName(a) is { } townA && TownName(b) is { } townB
                && SamePlaceKey(townA, townB)))
        {
            return true;
        }

        return OnlyInOneRegion(a, b);
    }

    /// <summary>Both reports placed only in one first-level division, the same one.</summary>
    private static bool OnlyInOneRegion(EventRecord a, EventRecord b) =>
        PointPrecision(a) == 3 && PointPrecision(b) == 3 && a.Admin1 is not null && string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Placed alike without naming one town: one report or both placed nowhere (the geocoder missed a place, or the
    /// report names none), or both placed only in one first-level division. Unlike <see cref="LooselySamePlace"/>, one town "in" one
    /// report and "near" it in the other is not taken: for two kinds of incident those are the strike on the city and
    /// the fighting outside it (<see cref="SameNamedPlace"/>).
    /// </summary>
    private static bool PlacedOnlyLoosely(EventRecord a, EventRecord b) =>
        a.Iso3 is null || b.Iso3 is null || OnlyInOneRegion(a, b);

    /// <summary>
    /// Both reports are of one day: the same date at day precision, or one report gives no date and the other's day
    /// is within the days before its publication (<see cref="ReportLagDays"/>).
    /// </summary>
    private static bool SameDay(EventRecord a, EventRecord b, DateOnly? publishedA, DateOnly? publishedB)
    {
        if (a.EventDate is not null && b.EventDate is not null)
        {
            return a.EventDate == b.EventDate && a.TimePrecision == 1 && b.TimePrecision == 1;
        }

        return WithinPublicationWindow(a, b, publishedA) || WithinPublicationWindow(b, a, publishedB);
    }

    /// <summary>The undated report <paramref name="undated"/> was published within <see cref="ReportLagDays"/> after the dated one's day.</summary>
    private static bool WithinPublicationWindow(EventRecord undated, EventRecord dated, DateOnly? published) =>
        undated.EventDate is null && undated.DateStart is null && published is { } day
        && dated.EventDate is { } date && dated.TimePrecision == 1
        && date <= day && date >= day.AddDays(-ReportLagDays);

    /// <summary>Both reports name one town: the same gazetteer entry or unlisted name, or one's town in the other's words.</summary>
    internal static bool SameNamedPlace(EventRecord a, EventRecord b)
    {
        var townA = TownName(a);
        var townB = TownName(b);
        if (townA is not null && townB is not null)
        {
            // "In X" and "near X" are not one spot for two kinds of incident: the strike on the city and the fighting
            // on the front outside it.
            return PointPrecision(a) == PointPrecision(b) && ((a.Geonameid is not null && a.Geonameid == b.Geonameid)
                || SamePlaceKey(townA, townB));
        }

        return (townA is not null && PlaceWords.Mentions(b, townA)) || (townB is not null && PlaceWords.Mentions(a, townB));
    }

    /// <summary>The town a report is placed in or near (precision 1 or 2, or an unlisted settlement in its region), or null.</summary>
    private static string? TownName(EventRecord e) =>
        UnlistedSettlement(e) ?? (PointPrecision(e) is 1 or 2 ? e.Location : null);

    /// <summary>
    /// How precisely a report's point places it, which is what place comparisons weigh: its geo_precision, except that
    /// a settlement the gazetteer lacks (<see cref="EventRecord.CoordinatesFrom"/>) is coded as precisely as the text
    /// names it (ACLED's 1 for the village the event was in) while its point is only a nearby town's (as precise as
    /// "near" it, 2) or a division's (3). "In Oog, west of Las Anod" is then placed near Las Anod, not at it.
    /// </summary>
    internal static int? PointPrecision(EventRecord e) => e.CoordinatesFrom switch
    {
        EventRecord.CoordinatesFromDivision => 3,
        EventRecord.CoordinatesFromTown => Math.Max(e.GeoPrecision ?? 2, 2),
        _ => e.GeoPrecision,
    };

    private static string? DateVeto(EventRecord a, EventRecord b)
    {
        var (aStart, aEnd) = Interval(a);
        var (bStart, bEnd) = Interval(b);
        if (aStart is null || bStart is null)
        {
            return null;
        }

        return aStart <= bEnd && bStart <= aEnd ? null : "different dates";
    }

    /// <summary>
    /// A report of one day that says its incident came after another one (<see cref="FollowUpPhrases"/>: "shelling
    /// resumed on Wednesday, a day after the worst fighting in two years") is not a report dated from an earlier day:
    /// their dates overlap only because the other spans two days ("overnight shelling on 13 September" reaches the
    /// 14th), and the follow-up says its incident is the later one. Reports of one incident that mention an earlier
    /// one keep its day, so they are not ruled out: only a follow-up dated after the other's first day is.
    /// </summary>
    private static string? FollowUpVeto(EventRecord a, EventRecord b) =>
        LaterFollowUp(a, b) || LaterFollowUp(b, a) ? "a follow-up of a later day" : null;

    private static bool LaterFollowUp(EventRecord followUp, EventRecord other)
    {
        if (followUp.TimePrecision != 1 || other.TimePrecision != 1)
        {
            return false;
        }

        var (start, end) = Interval(followUp);
        var (otherStart, _) = Interval(other);
        // The phrase test last: it reads the evidence, the dates only compare.
        return start is { } day && end == day && otherStart is { } first && first < day && FollowUpPhrases.Says(followUp);
    }

    private static string? ReachVeto(EventRecord a, EventRecord b, DateOnly? publishedA, DateOnly? publishedB) =>
        OutOfReach(a, b, publishedA) || OutOfReach(b, a, publishedB) ? "undated report published long after the other's dates" : null;

    /// <summary>The undated report's publication does not reach the other's dates (<see cref="UndatedReach"/>).</summary>
    private static bool OutOfReach(EventRecord undated, EventRecord other, DateOnly? published)
    {
        if (published is not { } day || undated.DateStart is not null || undated.EventDate is not null
            || (other.DateStart ?? other.EventDate) is not { } start || (other.DateEnd ?? other.EventDate) is not { } end)
        {
            return false;
        }

        var (first, last) = UndatedReach(day);
        return end < first || start > last;
    }

    /// <summary>
    /// The days the report may be of. A report over two days ("overnight into Friday") that says it came after another
    /// incident (<see cref="FollowUpPhrases"/>: "a day after a deadly strike") is of the second day: the first is the
    /// earlier incident's.
    /// </summary>
    private static (DateOnly? Start, DateOnly? End) Interval(EventRecord e)
    {
        var (start, end) = (e.DateStart ?? e.EventDate, e.DateEnd ?? e.EventDate);
        return start is { } s && end is { } t && t.DayNumber - s.DayNumber == 1 && e.TimePrecision == 1 && FollowUpPhrases.Says(e)
            ? (t, t)
            : (start, end);
    }

    /// <summary>
    /// <paramref name="district"/> is located to a second-level division only (precision 2, the division's name as
    /// its location: "the province of Lanao del Norte") and <paramref name="other"/> lies in that division.
    /// </summary>
    private static bool InItsDistrict(EventRecord district, EventRecord other) =>
        PointPrecision(district) == 2 && district.Admin2 is { Length: > 0 } admin2 &&
        string.Equals(district.Location, admin2, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(other.Admin2, admin2, StringComparison.OrdinalIgnoreCase);

    private static string? PlaceVeto(EventRecord a, EventRecord b)
    {
        if (a.Iso3 is not null && b.Iso3 is not null && a.Iso3 != b.Iso3)
        {
            return "different countries";
        }

        if (a.Admin1 is not null && b.Admin1 is not null && !string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            // The outlets' own words outrank the gazetteer's choice: its divisions and points are then those of a
            // namesake or of an outdated division, not another place.
            return WordsPlaceTogether(a, b) ? null : "different first-level divisions";
        }

        if (DifferentNamedPlaces(a, b))
        {
            return "different named places";
        }

        if (DifferentDistricts(a, b))
        {
            return "different named districts";
        }

        if (PointPrecision(a) is null or 3 || PointPrecision(b) is null or 3 || a.Latitude is null || b.Latitude is null)
        {
            return null; // a region-only report fits any place in its region
        }

        var km = Geo.DistanceKm(a.Latitude.Value, a.Longitude!.Value, b.Latitude.Value, b.Longitude!.Value);
        var reach = PointPrecision(a) == 1 && PointPrecision(b) == 1 ? SamePlaceKm : NearPlaceKm;
        return km <= reach || OnePlaceTwoGranularities(a, b) ? null : $"places {km:0} km apart";
    }

    /// <summary>
    /// One place told at two granularities, whose points lie farther apart than "near" reaches (a district's centroid
    /// may lie far from its own towns): one report is placed at a district and the other lies in it (the gazetteer's
    /// district field, <see cref="InItsDistrict"/>), or one report's words name the other's place ("near Parachinar
    /// in the Kurram district" against the wire's "Kurram district", <see cref="WordsPlaceTogether"/>).
    /// </summary>
    private static bool OnePlaceTwoGranularities(EventRecord a, EventRecord b) =>
        InItsDistrict(a, b) || InItsDistrict(b, a) || WordsPlaceTogether(a, b);

    /// <summary>
    /// One report's own words name the other's place, and the two are not both placed in towns: the geocoder read a
    /// less precise mention (a district, a regency, a neighbourhood) and may have filed it under another first-level
    /// division than the town the other outlet names ("Sugapa district, Intan Jaya" against a report placed only in
    /// Intan Jaya, which the gazetteer files under a province it was split from; "Bamako's Faladie district" resolved
    /// to a village Faladie outside Bamako). A region named only as a first-level division or a country links nothing:
    /// the strike in the town of one province does not name the province next door. Two town-precise reports in
    /// different divisions are two places, whatever they mention. The store offers a report the fused events of every
    /// division of its country, so this is the test that lets a report join a fused event one of whose members the
    /// gazetteer filed elsewhere (and a place hyphened to another, "the Dhaka-Chattogram highway", names neither:
    /// <see cref="PlaceWords.Mentions"/>).
    /// </summary>
    private static bool WordsPlaceTogether(EventRecord a, EventRecord b) =>
        !(PointPrecision(a) == 1 && PointPrecision(b) == 1)
        && ((LinkingPlaceName(a) is { } placeA && PlaceWords.Mentions(b, placeA))
            || (LinkingPlaceName(b) is { } placeB && PlaceWords.Mentions(a, placeB)));

    /// <summary>The report's place name when it names more than a first-level division or a country, else null.</summary>
    private static string? LinkingPlaceName(EventRecord e) =>
        e.Location is not { Length: > 0 } location
        || string.Equals(location, e.Country, StringComparison.OrdinalIgnoreCase)
        || (PointPrecision(e) is not (1 or 2) && string.Equals(location, e.Admin1, StringComparison.OrdinalIgnoreCase))
            ? null
            : location;

    /// <summary>
    /// A report of a settlement the gazetteer lacks carries the region's point (<see cref="EventRecord.CoordinatesFrom"/>)
    /// but the settlement's own name; it "fits any place in its region" only as a report that names no settlement does. Against a
    /// report naming another settlement it is another place: the bombed village is not the town struck that day.
    /// </summary>
    private static bool DifferentNamedPlaces(EventRecord a, EventRecord b)
    {
        var unlistedA = UnlistedSettlement(a);
        var unlistedB = UnlistedSettlement(b);
        if (unlistedA is null && unlistedB is null)
        {
            return DifferentBearingPlaces(a, b) || DifferentBearingPlaces(b, a);
        }

        var nameA = unlistedA ?? (PointPrecision(a) is 1 or 2 ? a.Location : null);
        var nameB = unlistedB ?? (PointPrecision(b) is 1 or 2 ? b.Location : null);
        return nameA is not null && nameB is not null && !SamePlaceKey(nameA, nameB);
    }

    /// <summary>
    /// Both reports name a district or neighbourhood in their own words (<see cref="NamedDistricts"/>), none of one's is
    /// the other's, and neither report's words name a district of the other: the suicide bombing of a church in one
    /// district of a city and the roadside bomb in another district the same day are two incidents, however alike the
    /// city, day and type make them. A report that names no district says nothing against one that does.
    /// </summary>
    private static bool DifferentDistricts(EventRecord a, EventRecord b)
    {
        var districtsA = NamedDistricts.Of(a);
        var districtsB = NamedDistricts.Of(b);
        if (districtsA.Count == 0 || districtsB.Count == 0)
        {
            return false;
        }

        // Each district's keys were worked out once with its report (NamedDistrict): the pairs compare them only.
        foreach (var district in districtsA)
        {
            if (PlaceWords.Mentions(b, district.Name))
            {
                return false;
            }

            foreach (var other in districtsB)
            {
                if (district.SamePlaceAs(other))
                {
                    return false;
                }
            }
        }

        foreach (var district in districtsB)
        {
            if (PlaceWords.Mentions(a, district.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The report placed near a town names its own settlement before a bearing from that town ("in Oog, west of Las
    /// Anod": <see cref="BearingPlaces"/>), and the other, placed in or near a town, names another place and not that
    /// settlement: the fighting at the village checkpoint is not the battle for the town it is told from.
    /// </summary>
    private static bool DifferentBearingPlaces(EventRecord bearing, EventRecord other) =>
        PointPrecision(other) is 1 or 2 && other.Location is { } location
        && BearingPlaces.Settlement(bearing) is { } settlement
        && !SamePlaceKey(settlement, location) && !PlaceWords.Mentions(other, settlement);

    /// <summary>
    /// Whether two place names share one gazetteer key (<see cref="Places.GazetteerNames.Normalize(ReadOnlySpan{char})"/>):
    /// the keys are written to the stack and compared there, since every compared pair of reports asks.
    /// </summary>
    private static bool SamePlaceKey(string a, string b)
    {
        if (a.Length > _stackKeyChars || b.Length > _stackKeyChars)
        {
            return string.Equals(Places.GazetteerNames.Normalize(a), Places.GazetteerNames.Normalize(b), StringComparison.Ordinal);
        }

        Span<char> keyA = stackalloc char[(2 * _stackKeyChars) + 2];
        Span<char> keyB = stackalloc char[(2 * _stackKeyChars) + 2];
        var lengthA = Places.GazetteerNames.Normalize(a, keyA);
        var lengthB = Places.GazetteerNames.Normalize(b, keyB);
        return keyA[..lengthA].SequenceEqual(keyB[..lengthB]);
    }

    /// <summary>Longest name whose key <see cref="SamePlaceKey"/> writes to the stack (a key takes at most twice its name's length plus two).</summary>
    private const int _stackKeyChars = 128;

    /// <summary>
    /// The name of a settlement the gazetteer lacks, placed at the point of the division the text puts it in (the
    /// record says so: <see cref="EventRecord.CoordinatesFrom"/>), when it is neither the region nor the country.
    /// </summary>
    private static string? UnlistedSettlement(EventRecord e) =>
        e.CoordinatesFrom == EventRecord.CoordinatesFromDivision && e.Location is { } location &&
        !string.Equals(location, e.Admin1, StringComparison.OrdinalIgnoreCase) &&
        !string.Equals(location, e.Country, StringComparison.OrdinalIgnoreCase)
            ? location
            : null;

    /// <summary>
    /// Actor order carries no meaning (two outlets may name the sides of a battle either way round), but each
    /// report's first side must appear somewhere in the other: a shared victim does not make two attackers one.
    /// Only sides that identify someone count (<see cref="SideKey"/>): outlets that say "the army", "gunmen" or
    /// "civilians" where another names the unit or group do not contradict it.
    /// </summary>
    private static string? ActorVeto(EventRecord a, EventRecord b, EventSides sidesA, EventSides sidesB)
    {
        var firstA = sidesA.First;
        var firstB = sidesB.First;
        if (firstA.Count == 0 || firstB.Count == 0)
        {
            return null;
        }

        return (firstA.Overlaps(sidesB.All) || HasUnidentifiedArmedSide(b)) && (firstB.Overlaps(sidesA.All) || HasUnidentifiedArmedSide(a))
            ? null
            : "different actors";
    }

    /// <summary>
    /// A strike and the strike back: in a one-sided event (remote violence, violence against civilians) the first actor
    /// acts and the second is acted on, so two reports whose identified sides are the same two with their roles swapped
    /// tell two attacks, one each way (the rockets on the border town and the air strike in reply the same day), even
    /// when each report names both sides and so passes the actor veto. A battle has no such roles (ACLED: the order of
    /// a battle's actors carries no meaning), nor have protests and riots (outlets put the crowd or the police first).
    /// </summary>
    private static string? OppositeRolesVeto(EventRecord a, EventRecord b) =>
        IsOneSided(a) && IsOneSided(b)
        && SideKey(a.Actor1) is { } attackerA && SideKey(a.Actor2) is { } targetA && attackerA != targetA
        && attackerA == SideKey(b.Actor2) && targetA == SideKey(b.Actor1)
            ? "opposite attacker and target"
            : null;

    private static bool IsOneSided(EventRecord e) => e.EventType is "Explosions/Remote violence" or "Violence against civilians";

    /// <summary>
    /// The report names a second side that identifies no one but is armed ("Russian assaults" resolved to a bare
    /// "Military Forces", "gunmen"): it may be the other report's first side, so its absence there contradicts nothing.
    /// </summary>
    private static bool HasUnidentifiedArmedSide(EventRecord e) =>
        e.Actor2 is { Name.Length: > 0 } side && SideKey(side) is null && !IsCivilian(side);

    // A fused event's reports are compared with every report that could join it: their sides are worked out once
    // per record instance (the sets are only read), both kinds in one entry (one table lookup per report and pair).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EventRecord, EventSides> _sides = [];

    /// <summary>A report's first side (with its associates) and all its sides, as <see cref="SideKey"/>s.</summary>
    private sealed record EventSides(HashSet<string> First, HashSet<string> All);

    private static EventSides SidesOf(EventRecord e) =>
        _sides.GetValue(e, static e => new EventSides(SidesOf(e, firstSideOnly: true), SidesOf(e, firstSideOnly: false)));

    private static HashSet<string> SidesOf(EventRecord e, bool firstSideOnly)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var actors = firstSideOnly
            ? new[] { e.Actor1 }.Concat(e.AssocActor1)
            : new[] { e.Actor1, e.Actor2 }.Concat(e.AssocActor1).Concat(e.AssocActor2);
        foreach (var actor in actors)
        {
            if (SideKey(actor) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static readonly string[] _statePrefixes = ["Military Forces of ", "Police Forces of ", "Government of "];

    /// <summary>
    /// What identifies an actor across reports, or null when it identifies no one: civilians (victims, and often
    /// put first by mistake), unidentified groups, and generic or unresolved names without a country ("Military
    /// Forces", "Government"). A state's army, police and government are one side ("state:SDN"): one outlet writes
    /// "the Sudanese army", another "the government".
    /// </summary>
    internal static string? SideKey(ActorRecord? actor)
    {
        if (actor?.Name is not { Length: > 0 } name || actor.CountryIso3 is null
            || actor.Inter == "Civilians" || actor.Sector == "CVL"
            || name.StartsWith("Unidentified ", StringComparison.Ordinal))
        {
            return null;
        }

        return _statePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? "state:" + actor.CountryIso3 : name;
    }

    private static bool IsCivilian(ActorRecord actor) =>
        actor.Sector == "CVL" || actor.Inter == "Civilians" || (actor.Name?.StartsWith("Civilians", StringComparison.Ordinal) ?? false);

    private static double DateAgreement(EventRecord a, EventRecord b, DateOnly? publishedA, DateOnly? publishedB)
    {
        if (a.EventDate is null || b.EventDate is null)
        {
            // An undated report published on the other's day tells that day's news ("this morning", a breaking line);
            // one published in the days after it may well report it; one published before it or long after tells
            // nothing.
            return PublishedThatDay(a, b, publishedA) || PublishedThatDay(b, a, publishedB) ? UndatedSameDayAgreement
                : WithinPublicationWindow(a, b, publishedA) || WithinPublicationWindow(b, a, publishedB) ? UndatedWithinWindowAgreement : 0.3;
        }

        return a.EventDate == b.EventDate ? (a.TimePrecision == 1 && b.TimePrecision == 1 ? 1.0 : 0.7) : 0.5;
    }

    /// <summary>The date agreement of an undated report published on the day of the other's event (day precision).</summary>
    public const double UndatedSameDayAgreement = 0.8;

    /// <summary>
    /// The date agreement of an undated report published within <see cref="ReportLagDays"/> after the other's day (the
    /// next morning's paper, a statement the day after): no disagreement, so more than two dated reports of different
    /// days whose spans overlap (0.5), less than one published on the day. Tuned on data/gold/fusion/fusion.dev.jsonl
    /// only (0.5 -> 0.6: three more pairs of one event merged, no near-miss at or above the threshold).
    /// </summary>
    public const double UndatedWithinWindowAgreement = 0.6;

    private static bool PublishedThatDay(EventRecord undated, EventRecord dated, DateOnly? published) =>
        undated.EventDate is null && undated.DateStart is null && published is { } day
        && dated.EventDate is { } date && dated.TimePrecision == 1 && date == day;

    private static double PlaceAgreement(EventRecord a, EventRecord b, bool sameCount, string? sourceA, string? sourceB)
    {
        // A report the geocoder could not place (or placed only in its country or region) that names the other's
        // town in its own words reports that town: the outlet wrote "Deir el-Balah" or "Mogoke" where the gazetteer
        // failed, not another place.
        var townA = TownName(a);
        var townB = TownName(b);
        var (unplaced, unplacedSource, town) = townA is null && townB is not null ? (a, sourceA, townB)
            : townB is null && townA is not null ? (b, sourceB, townA)
            : (null, null, null);
        if (unplaced is not null && PlaceWords.Mentions(unplaced, town!))
        {
            return 0.9;
        }

        // A report placed in no town whose outlet is named after the other's town ("Sumy Region News" on "the city
        // centre", "Tbilisi Live" on "Rustaveli Avenue") tells of its own town in words the gazetteer does not place.
        if (unplaced is not null && PlaceWords.NamedByOutlet(unplacedSource, town!))
        {
            return OutletPlaceAgreement;
        }

        if (a.Admin1 is not null && b.Admin1 is not null && !string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            // Only words naming the other's place let such a pair through (PlaceVeto).
            return TownInRegionAgreement;
        }

        if (a.Geonameid is not null && a.Geonameid == b.Geonameid)
        {
            // "In X" and "near X" name the same town but not necessarily the same spot: the shelling of a
            // village outside a city is geocoded to the city at precision 2.
            return PointPrecision(a) == PointPrecision(b) ? 1.0 : 0.6;
        }

        if (a.Admin1 is not null && string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return PointPrecision(a) == 3 || PointPrecision(b) == 3 ? TownInRegionAgreement : 0.5;
        }

        // A report placed in a town and one placed nowhere that does not name it (the outlet that saw that town's
        // incident names it): weak evidence against (UnplacedBesideTownAgreement). Otherwise (same country with a
        // region unknown, or neither report placed in a town) nothing for or against, as an unknown date or unnamed
        // actors.
        // One same count, though, says the unplaced report tells the same tally, so its silence on the town is no
        // evidence.
        // Unless both name one site, village or unit the gazetteer could not place (TextSimilarity.ShareName): the
        // president's "attack in Gatumba" and the wire's "the village of Vugizo near Gatumba" are one incident, and
        // the region's strike next door names its own.
        if ((townA is not null && b.Iso3 is null) || (townB is not null && a.Iso3 is null))
        {
            return sameCount ? 0.3 : TextSimilarity.ShareName(a, b, sourceA, sourceB) ? SharedNamePlaceAgreement : UnplacedBesideTownAgreement;
        }

        // Neither report is placed in a town and one is placed nowhere: both naming one site or village the gazetteer
        // lacks ("Mogoke township" in the armed group's claim, "the ruby-mining town of Mogoke" in the wire placed only
        // in its region) is the agreement a town and a report that names it would have. Only between dated reports: a
        // report with neither place nor date of its own shares the site's name with its next day's incident as well.
        if (townA is null && townB is null && (a.Iso3 is null || b.Iso3 is null)
            && a.EventDate is not null && b.EventDate is not null && TextSimilarity.ShareName(a, b, sourceA, sourceB))
        {
            return SharedNamePlaceAgreement;
        }

        return 0.3;
    }

    /// <summary>
    /// The place agreement of a town and a report placed only in its first-level division (or of two reports in different
    /// divisions whose words place them together): no contradiction, but not the same spot told. The weaker signs of
    /// one place below get as much.
    /// </summary>
    public const double TownInRegionAgreement = 0.7;

    /// <summary>
    /// The place agreement of a report placed in a town and one placed nowhere (not even in a country) whose words do not
    /// name that town: weak evidence against, less than no place told at all (0.3), since the outlet that saw the town's
    /// incident would name it; but statements, follow-ups and summaries often name no place, and the geocoder misses
    /// some they do name, so not much less. Tuned on data/gold/fusion/fusion.dev.jsonl only, in all three arrival
    /// orders (0.1 -> 0.2: 5 to 7 fewer missed pairs in each order, false merges 10 -> 9, 16 -> 16, 13 -> 14).
    /// </summary>
    public const double UnplacedBesideTownAgreement = 0.2;

    /// <summary>
    /// The place agreement of two reports whose words share a name that is not the region's, the country's, an actor's
    /// or an outlet's (<see cref="TextSimilarity.ShareName"/>) where at most one is placed in a town and one is placed
    /// nowhere (a town and an unplaced report; two dated reports neither placed in a town): as much as a town and a
    /// report placed only in its region.
    /// </summary>
    public const double SharedNamePlaceAgreement = TownInRegionAgreement;

    /// <summary>
    /// The place agreement of a report placed in no town, from an outlet named after the other report's town
    /// (<see cref="PlaceWords.NamedByOutlet"/>): as much as a town and a report placed only in its region. Tuned on
    /// data/gold/fusion/fusion.dev.jsonl only.
    /// </summary>
    public const double OutletPlaceAgreement = TownInRegionAgreement;

    private static IReadOnlyList<string> Texts(EventRecord e) => [.. e.Evidence.Select(s => s.Text ?? string.Empty)];
}

/// <summary>Great-circle distances.</summary>
public static class Geo
{
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180.0;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
