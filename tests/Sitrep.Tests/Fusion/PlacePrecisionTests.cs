using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// Round 14 of issue #7: a report's first-level division weighs by how precisely it was placed (words naming the other
/// report's place outrank the gazetteer's division), a count shared with one member of a fused event counts for the
/// event, and an undated report published on the event's day.
/// </summary>
public class PlacePrecisionTests
{
    private static readonly ActorRecord _rebels = new("JNIM: Group for Support of Islam and Muslims", "BFA", "REB", "Rebel group", "JNIM fighters");
    private static readonly ActorRecord _army = new("Military Forces of Burkina Faso (2022-)", "BFA", "MIL", "State forces", "the army");
    private static readonly DateOnly _day = new(2024, 6, 11);

    private static EventRecord Report(
        string id,
        string location = "Djibo",
        string admin1 = "Sahel",
        int precision = 1,
        double lat = 14.1022,
        double lon = -1.6306,
        bool dated = true,
        string type = "Battles",
        string sub = "Armed clash",
        ActorRecord? actor2 = null,
        int? dead = null,
        string evidence = "JNIM fighters attacked the army post in Djibo after hours of fighting.") => new()
        {
            Id = id,
            EventType = type,
            SubEventType = sub,
            PloverEvent = "ASSAULT",
            Actor1 = _rebels,
            Actor2 = actor2 ?? _army,
            Country = "Burkina Faso",
            Iso3 = "BFA",
            Admin1 = admin1,
            Location = location,
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = precision,
            EventDate = dated ? _day : null,
            DateStart = dated ? _day : null,
            DateEnd = dated ? _day : null,
            TimePrecision = dated ? 1 : null,
            Fatalities = dead,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };

    /// <summary>A report placed only in a district the gazetteer files under another (outdated) division, 150 km away.</summary>
    private static EventRecord DistrictReport(string id) =>
        Report(id, location: "Soum", admin1: "Nord", precision: 3, lat: 13.5, lon: -2.6, evidence: "Rebels attacked an army position in Soum, killing soldiers.");

    [Fact]
    public void Match_DivisionsDifferButTheTownReportNamesTheOthersDistrict_NotVetoed()
    {
        var district = DistrictReport("a/e0");
        var naming = Report("b/e0", evidence: "JNIM fighters attacked the army post in Djibo, in Soum province, after hours of fighting.");
        var silent = Report("c/e0");

        var match = EventMatcher.Match(district, naming);
        Assert.True(match.IsCompatible, match.Veto);
        Assert.Equal(0.7, match.Parts.Place, 9);
        Assert.Equal("different first-level divisions", EventMatcher.Match(district, silent).Veto);
    }

    [Fact]
    public void Match_DistrictOnlyReportAndATownOfThatDistrictFarFromItsCentroid_NotVetoed()
    {
        // Round 19 (issue #4): "the province of Lanao del Norte" (precision 2, its centroid) and Munai, 26 km away in it; here 35 km.
        var district = Report("a/e0", location: "Seno", precision: 2, lat: 14.3, lon: -0.15, evidence: "JNIM fighters attacked an army post in Seno province.");
        district = district with { Admin2 = "Seno" };
        var town = Report("b/e0", location: "Dori", lat: 14.0354, lon: 0.0345, evidence: "JNIM fighters attacked an army post in Dori.");
        town = town with { Admin2 = "Seno" };
        var elsewhere = town with { Admin2 = "Soum" };
        Assert.True(EventMatcher.Match(district, town).IsCompatible, EventMatcher.Match(district, town).Veto);
        Assert.NotNull(EventMatcher.Match(district, elsewhere).Veto);
    }

    [Fact]
    public void Match_TwoTownsInDifferentDivisions_VetoedWhateverTheirWordsName()
    {
        var djibo = Report("a/e0", evidence: "Fighting in Djibo, a day after the attack on Kaya.");
        var kaya = Report("b/e0", location: "Kaya", admin1: "Centre-Nord", lat: 13.0917, lon: -1.0844, evidence: "Rebels attacked Kaya as fighting raged in Djibo.");
        Assert.Equal("different first-level divisions", EventMatcher.Match(djibo, kaya).Veto);
    }

    [Fact]
    public void Mentions_PlaceHyphenedToAnotherName_NotAMentionOfIt()
    {
        // A road, a route or talks between two places name neither as where the event happened; a hyphenated place
        // name still names itself, and an article joined by a hyphen leaves the name after it a word of its own.
        Assert.False(PlaceWords.Mentions(Report("a/e0", evidence: "Protesters blocked the Dhaka-Chattogram highway at Jatrabari."), "Chattogram"));
        Assert.True(PlaceWords.Mentions(Report("b/e0", evidence: "Police fired on protesters in Chattogram on Thursday."), "Chattogram"));
        Assert.True(PlaceWords.Mentions(Report("c/e0", evidence: "A missile struck an airfield near Ivano-Frankivsk overnight."), "Ivano-Frankivsk"));
        Assert.True(PlaceWords.Mentions(Report("d/e0", evidence: "Gunmen attacked a checkpoint south of al-Arish."), "Arish"));
    }

    [Fact]
    public void Match_NeighbourhoodResolvedToANamesakeNamesTheCityPossessively_NotVetoed()
    {
        // "Djibo's Mentao district" names Djibo although the gazetteer's key of "Djibo's" is "djibos".
        var city = Report("a/e0");
        var namesake = Report("b/e0", location: "Mentao", admin1: "Nord", precision: 2, lat: 13.9, lon: -2.0, evidence: "Heavy gunfire this morning in Djibo's Mentao district, where JNIM fighters stormed the army post.");
        Assert.True(PlaceWords.Mentions(namesake, "Djibo"));
        Assert.True(EventMatcher.Match(city, namesake).IsCompatible);
        Assert.False(PlaceWords.Mentions(Report("c/e0", evidence: "Djibos market was quiet."), "Djibo"));
    }

    [Fact]
    public void Score_CountSharedWithOneMember_CountsForTheWholeFusedEvent()
    {
        static MemberEvent Member(EventRecord e) => new(e, e.Id.Split('/')[0], e.Id, null, _day);
        var wire = Member(Report("a/e0", dead: 18, evidence: "Suicide bombers and gunmen attacked the army post in Djibo; 18 people were killed."));
        var army = Member(Report("b/e0", dead: 16, evidence: "Sixteen attackers were neutralised at the Djibo post."));
        var incoming = Member(Report("c/e0", dead: 16, evidence: "All 16 terrorists who tried to breach the Djibo post were killed."));

        var toWire = EventMatcher.Match(incoming, wire);
        var toArmy = EventMatcher.Match(incoming, army);
        Assert.False(toWire.Parts.SameCount);
        Assert.True(toArmy.Parts.SameCount);

        var score = EventFuser.Score(incoming, new FusionCandidate("F", [wire, army]));
        Assert.Equal((toWire.Score + EventMatcher.SharedNumberWeight + toArmy.Score) / 2, score, 9);

        // Without a count shared with any member the mean is the plain mean.
        var other = Member(Report("d/e0", dead: 40, evidence: "Forty terrorists who tried to breach the Djibo post were killed."));
        Assert.Equal((EventMatcher.Match(other, wire).Score + EventMatcher.Match(other, army).Score) / 2, EventFuser.Score(other, new FusionCandidate("F", [wire, army])), 9);
    }

    [Fact]
    public void Match_UndatedReportPublishedOnTheEventsDay_AgreesMoreThanOneDaysLater()
    {
        var dated = Report("a/e0");
        var undated = Report("b/e0", dated: false);
        var sameDay = EventMatcher.Match(dated, undated, publishedA: _day, publishedB: _day);
        var nextDay = EventMatcher.Match(dated, undated, publishedA: _day, publishedB: _day.AddDays(1));
        Assert.Equal(EventMatcher.UndatedSameDayAgreement, sameDay.Parts.Date, 9);
        Assert.Equal(EventMatcher.UndatedWithinWindowAgreement, nextDay.Parts.Date, 9);
        Assert.True(sameDay.Score > nextDay.Score);

        // An undated report the day after disagrees on nothing: it agrees more than a dated report of another day.
        var otherDay = Report("c/e0") with { EventDate = _day.AddDays(1), DateStart = _day, DateEnd = _day.AddDays(1) };
        var dated2 = EventMatcher.Match(dated, otherDay, publishedA: _day, publishedB: _day.AddDays(1));
        Assert.True(dated2.IsCompatible, dated2.Veto);
        Assert.True(nextDay.Parts.Date > dated2.Parts.Date, $"{nextDay.Parts.Date} <= {dated2.Parts.Date}");
    }

    [Fact]
    public void Quantile_NearestRank()
    {
        double[] scores = [0.4, 0.1, 0.3, 0.2];
        Assert.Equal(0.1, PairScoreSpread.Quantile(scores, 0.1), 9);
        Assert.Equal(0.2, PairScoreSpread.Quantile(scores, 0.5), 9);
        Assert.Equal(0.4, PairScoreSpread.Quantile(scores, 1.0), 9);
        Assert.True(double.IsNaN(PairScoreSpread.Quantile([], 0.5)));
    }
}
