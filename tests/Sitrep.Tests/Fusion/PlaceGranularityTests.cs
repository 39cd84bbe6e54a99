using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// Round 19 of issue #7: one place told at two granularities (a town and the district it lies in), a site the gazetteer
/// lacks named by two reports neither of which it placed in a town, and a part of a group ("four of the injured") that is
/// no tally shared with the incident next door.
/// </summary>
public class PlaceGranularityTests
{
    private static readonly ActorRecord _rebels = new("JNIM: Group for Support of Islam and Muslims", "BFA", "REB", "Rebel group", "JNIM fighters");
    private static readonly ActorRecord _army = new("Military Forces of Burkina Faso (2022-)", "BFA", "MIL", "State forces", "the army");
    private static readonly DateOnly _day = new(2024, 6, 11);

    private static EventRecord Report(
        string id,
        string evidence,
        string? location = "Djibo",
        int? precision = 1,
        double lat = 14.1022,
        double lon = -1.6306,
        bool placed = true,
        bool dated = true) => new()
        {
            Id = id,
            EventType = "Battles",
            SubEventType = "Armed clash",
            PloverEvent = "ASSAULT",
            Actor1 = _rebels,
            Actor2 = _army,
            Country = placed ? "Burkina Faso" : null,
            Iso3 = placed ? "BFA" : null,
            Admin1 = placed ? "Sahel" : null,
            Location = placed ? location : null,
            Latitude = placed ? lat : null,
            Longitude = placed ? lon : null,
            GeoPrecision = placed ? precision : null,
            EventDate = dated ? _day : null,
            DateStart = dated ? _day : null,
            DateEnd = dated ? _day : null,
            TimePrecision = dated ? 1 : null,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };

    [Fact]
    public void Match_TownAndTheDistrictItsWordsName_NotVetoedAsPlacesApart()
    {
        // The district's point lies some 75 km from the town: farther than "near" reaches.
        var district = Report("a/e0", "Militants ambushed an army convoy in Soum district, killing soldiers.", location: "Soum District", precision: 2, lat: 13.5, lon: -2.0);
        var naming = Report("b/e0", "JNIM fighters ambushed a convoy near Djibo in the Soum district on Tuesday.", precision: 2);
        var silent = Report("c/e0", "JNIM fighters ambushed a convoy near Djibo on Tuesday.", precision: 2);

        var match = EventMatcher.Match(district, naming);
        Assert.True(match.IsCompatible, match.Veto);
        Assert.StartsWith("places", EventMatcher.Match(district, silent).Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_TwoTownPreciseReportsFarApart_StayVetoedWhateverTheirWordsName()
    {
        var djibo = Report("a/e0", "Fighting in Djibo, a day after the attack on Arbinda.");
        var arbinda = Report("b/e0", "Rebels attacked Arbinda as fighting raged in Djibo.", location: "Arbinda", lat: 14.2308, lon: -0.8681);
        Assert.StartsWith("places", EventMatcher.Match(djibo, arbinda).Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_UnplacedAndRegionOnlyReportsNamingOneUnlistedSite_AgreeOnPlaceOnlyWhenBothDated()
    {
        var region = Report("a/e0", "JNIM fighters clashed with troops in the gold-mining town of Gorgadji on Tuesday.", location: "Sahel", precision: 3, lat: 14.0, lon: -0.5);
        var claim = Report("b/e0", "On 11 June, our fighters attacked the junta's troops in Gorgadji and captured their outposts.", placed: false);
        var undatedClaim = Report("c/e0", "Our fighters attacked the junta's troops in Gorgadji and captured their outposts.", placed: false, dated: false);
        var otherSite = Report("d/e0", "On 11 June, our fighters attacked the junta's troops in Markoye and captured their outposts.", placed: false);

        Assert.Equal(EventMatcher.SharedNamePlaceAgreement, EventMatcher.Match(region, claim).Parts.Place, 9);
        Assert.Equal(0.3, EventMatcher.Match(region, undatedClaim).Parts.Place, 9);
        Assert.Equal(0.3, EventMatcher.Match(region, otherSite).Parts.Place, 9);
    }

    [Theory]
    [InlineData("The toll has risen to 9 dead, after four of the injured died in hospital.", "9")]
    [InlineData("Prosecutors charged 40 of the people arrested; 162 were injured.", "162")]
    [InlineData("At least four people were killed near the lake shore.", "4")]
    public void Read_APartOfAGroup_IsNoCount(string text, string expected) =>
        Assert.Equal(expected, string.Join(",", ReportedNumbers.Read([text]).Order().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Match_UpdateNamingAPartOfItsToll_SharesNoCountWithTheIncidentNextDoor()
    {
        var update = Report("a/e0", "Update: the toll of the shelling has risen to 9 dead, after four of the injured died in hospital.", placed: false);
        var nextDoor = Report("b/e0", "Heavy artillery fire hit the town on Monday; at least four people were killed near the lake shore.");
        var match = EventMatcher.Match(update, nextDoor);
        Assert.True(match.IsCompatible, match.Veto);
        Assert.False(match.Parts.SameCount);
    }
}
