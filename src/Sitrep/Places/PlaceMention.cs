using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Places;

/// <summary>Why a mention is not (uniquely) resolved. Stable codes: they reach warnings and the store.</summary>
public enum PlaceReason : byte
{
    /// <summary>Resolved to one entry.</summary>
    None,

    /// <summary>The name introduced as a place ("in X", "X region", "village of X") is not in the gazetteer.</summary>
    NotInGazetteer,

    /// <summary>Several entries fit and the article gives no way to choose; see the candidate count.</summary>
    Ambiguous,

    /// <summary>"X region" where X is not a first-level division of the country in question.</summary>
    RegionNotFound,

    /// <summary>"X, Donetsk region" where the gazetteer knows an X only in other regions.</summary>
    OutsideNamedRegion,
}

/// <summary>
/// Whose point a resolved mention's coordinates are. A settlement the gazetteer lacks keeps its own name but borrows
/// the point of a known place: the town the text tells it from ("in Oog, west of Las Anod") or the division the text
/// puts it in ("the village of Gidan Boka in the Zamfara region"). Its geo_precision says how exactly the text names
/// where the event was (ACLED codes a named village 1 however it finds the point); this says how far the point can
/// be trusted, which is what fusion compares.
/// </summary>
public enum PlacePoint : byte
{
    /// <summary>The place's own point (a gazetteer entry, or the division itself for a region-only mention).</summary>
    Own,

    /// <summary>The point of a known town the settlement lies in or near.</summary>
    NearbyTown,

    /// <summary>The point of the district or first-level division the text puts the settlement in.</summary>
    Division,
}

/// <summary>How the place relates to the event: in it, near it, at a bearing and distance from it, or in a region.</summary>
public enum PlaceRelation : byte
{
    In,
    Near,
    Outskirts,
    Direction,
}

/// <summary>What the geocoder settled on: names, codes and coordinates as ACLED and PLOVER want them.</summary>
public sealed record ResolvedPlace(
    PlaceKind Kind,
    string Name,
    string Country,
    string Iso3,
    string? Admin1,
    string? Admin1GeoNames,
    string? Admin2,
    double Latitude,
    double Longitude,
    int? GeonameId,
    string? FeatureCode,
    int Population)
{
    public string? Admin1Code { get; init; }

    public string CountryIso2 { get; init; } = "";

    /// <summary>True when the coordinates are only the district's (villages from the GeoNames postal dump).</summary>
    public bool ApproximateCoordinates { get; init; }
}

/// <summary>
/// A place named in the article. Resolved mentions carry a place and ACLED / PLOVER precision; unresolved ones a
/// reason and detail. <see cref="Cue"/> is the span of the words that set the relation ("15 km south of").
/// </summary>
public sealed record PlaceMention(
    TextSpan Span,
    string Text,
    PlaceKind Kind,
    ResolvedPlace? Place,
    PlaceRelation Relation,
    TextSpan? Cue,
    int GeoPrecision,
    int PloverResolution,
    PlaceReason Reason,
    int CandidateCount,
    string Detail)
{
    public bool IsResolved => Place is not null;

    /// <summary>
    /// A settlement the gazetteer lacks, or lacks in the division the text names ("San Fernando (Buenos Aires)"), placed
    /// at that division's point: exported under its own words (<see cref="Text"/>), so a reader and fusion know which
    /// place was meant, while the coordinates and precision stay the division's.
    /// </summary>
    public bool IsUnlistedSettlement => IsResolved && Kind == PlaceKind.PopulatedPlace && Reason is PlaceReason.NotInGazetteer or PlaceReason.OutsideNamedRegion;

    /// <summary>Whose point the coordinates are: <see cref="PlacePoint.Own"/> unless the place is borrowed for a settlement the gazetteer lacks.</summary>
    public PlacePoint Point { get; init; }

    /// <summary>The first token of the mention and one past its last, in the TextLayer's token array.</summary>
    public int FirstToken { get; init; }

    public int EndToken { get; init; }

    /// <summary>True when the place word was introduced by a locative preposition (in, at, near, outside...).</summary>
    public bool Locative { get; init; }

    /// <summary>
    /// How the name stands for a government or people rather than for a place where something happened ("Moscow
    /// said", "Kyiv's claims", "shelled by Russia", "intelligence from the United States"); None when it does not,
    /// and always when a locative word introduces the name ("in Kyiv said" is not read so).
    /// </summary>
    public PlaceActorRole ActorRole { get; init; }

    /// <summary>
    /// True when the place is in a "from" phrase that a launch or crossing word opens ("drones fired from Yemen's Saada
    /// governorate at Sharurah", "border guards firing from Batken region"): where the weapons or attackers came from.
    /// Read once by the geocoder from the sentence and the other mentions; the event locator skips such a place when a
    /// place named after it says where they arrived.
    /// </summary>
    public bool LaunchOrigin { get; init; }

    /// <summary>
    /// True when the name only labels an area around it ("the Kupiansk direction", "the Bakhmut area", "Donetsk
    /// sector"): a front or sector, less exact than a settlement named beside it.
    /// </summary>
    public bool AreaOnly { get; init; }

    /// <summary>The distance the text states from this place ("about 15 km east of Parral"), in km; null when none.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Other readings when <see cref="Reason"/> is Ambiguous (the best first), for review.</summary>
    public ImmutableArray<ResolvedPlace> Alternatives { get; init; } = [];

    /// <summary>The part of the city the text names after a dash ("Melchor Romero" in "La Plata - Melchor Romero"), or null.</summary>
    public string? CityPart { get; init; }

    /// <summary>
    /// The location's name as ACLED writes it: an unlisted settlement's own words, "City - Part" for a named part of
    /// a city ("La Plata - Melchor Romero"), else the place's name; null when unresolved.
    /// </summary>
    public string? LocationName => Place is not { } place ? null
        : IsUnlistedSettlement ? Text
        : CityPart is { } part ? $"{place.Name} - {part}"
        : place.Name;
}

/// <summary>
/// The places layer: every place mention in document order, resolved or not, and the gazetteer they were resolved
/// against (later stages that look a name up again, such as <see cref="EventLocator"/>, must use the same one).
/// </summary>
public sealed record PlacesLayer(ImmutableArray<PlaceMention> Mentions, Gazetteer Gazetteer);

/// <summary>How a place name stands for a government or people (<see cref="PlaceMention.ActorRole"/>).</summary>
public enum PlaceActorRole : byte
{
    None,

    /// <summary>"Moscow said", "Kyiv has denied".</summary>
    Speaker,

    /// <summary>"Kyiv's claims", "Russia's defence ministry".</summary>
    Possessor,

    /// <summary>"shelled by Russia".</summary>
    Agent,

    /// <summary>"intelligence from the United States", "officials from Mali": who informs, not where anything happened.</summary>
    Source,
}
