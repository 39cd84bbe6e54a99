using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// Outlets that tell one incident differently (issue #7): a count they share, a report without a date or place of
/// its own, an overnight report that says it followed another incident, a side named generically, and the choice
/// between a fused event and a stray split from one article.
/// </summary>
public class MissedMergeTests
{
    private static readonly ActorRecord _jihadists = new("JNIM: Group for Support of Islam and Muslims", "BFA", "REB", "Rebel group", "JNIM fighters");
    private static readonly ActorRecord _army = new("Military Forces of Burkina Faso (2022-)", "BFA", "MIL", "State forces", "the army");
    private static readonly ActorRecord _villagers = new("Civilians (Burkina Faso)", "BFA", "CVL", "Civilians", "villagers");
    private static readonly ActorRecord _unresolvedArmy = new("Military Forces", null, "MIL", "State forces", "soldiers");
    private static readonly ActorRecord _otherGroup = new("Islamic State Sahel Province", "BFA", "REB", "Rebel group", "IS Sahel");

    private static readonly DateOnly _day = new(2024, 6, 11);

    /// <summary>A report of an assault on the army post of Djibo (Sahel region) on 11 June 2024; each argument varies what one outlet says.</summary>
    private static EventRecord Report(
        string id,
        string type = "Battles",
        string sub = "Armed clash",
        bool placed = true,
        DateOnly? day = null,
        DateOnly? end = null,
        bool dated = true,
        ActorRecord? actor1 = null,
        ActorRecord? actor2 = null,
        int? dead = null,
        string evidence = "JNIM fighters attacked the army post in Djibo, killing 41 soldiers after hours of fighting.") => new()
        {
            Id = id,
            EventType = type,
            SubEventType = sub,
            PloverEvent = "ASSAULT",
            Actor1 = actor1 ?? _jihadists,
            Actor2 = actor2,
            Country = placed ? "Burkina Faso" : null,
            Iso3 = placed ? "BFA" : null,
            Admin1 = placed ? "Sahel" : null,
            Location = placed ? "Djibo" : null,
            Latitude = placed ? 14.1022 : null,
            Longitude = placed ? -1.6306 : null,
            Geonameid = placed ? 2_360_966 : null,
            GeoPrecision = placed ? 1 : null,
            EventDate = dated ? day ?? _day : null,
            DateStart = dated ? day ?? _day : null,
            DateEnd = dated ? end ?? day ?? _day : null,
            TimePrecision = dated ? 1 : null,
            Fatalities = dead,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };

    /// <summary>The same incident told by its victims: "militants massacred villagers" (violence against civilians), placed nowhere.</summary>
    private static EventRecord Massacre(string id, string evidence, ActorRecord? actor2 = null) => Report(
        id,
        type: "Violence against civilians",
        sub: "Attack",
        placed: false,
        actor2: actor2 ?? _villagers,
        evidence: evidence);

    [Theory]
    [InlineData("JNIM fighters killed 41 soldiers and wounded 27.", "27,41")]
    [InlineData("Thirty-two people died and forty wounded; a dozen houses burned.", "12,32,40")]
    [InlineData("Some 6,000 people fled the camp.", "6000")]
    [InlineData("On 7 June, at 10:15, a strike in 2024 killed two people.", "")]
    [InlineData("Security sources said on June 14 that one soldier died.", "")]
    public void Read_CountsInWordsOrDigits_DatesYearsClockTimesAndSmallCountsLeftOut(string text, string expected)
    {
        var counts = ReportedNumbers.Read([text]).Order().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, string.Join(",", counts));
    }

    [Theory]
    [InlineData("Djibo Community Radio", true)]
    [InlineData("Voice of Djibo", true)]
    [InlineData("Djibouti Times", false)]
    [InlineData("Global Wire", false)]
    [InlineData(null, false)]
    public void NamedByOutlet_WholeWordsOfTheOutletsName(string? source, bool expected) =>
        Assert.Equal(expected, PlaceWords.NamedByOutlet(source, "Djibo"));

    [Fact]
    public void Match_UnplacedReportOfAnOutletNamedAfterTheTown_AgreesOnPlaceAsOneInItsRegion()
    {
        // The town's radio tells "the army post in the town" without naming it; the wire names Djibo.
        var wire = Report("a/e0", actor2: _army);
        var local = Report("b/e0", placed: false, actor2: _army, evidence: "Jihadists stormed the army post at dawn; the fighting lasted hours.");
        var published = _day.AddDays(1);

        var fromTheTown = EventMatcher.Match(wire, local, publishedA: published, publishedB: published, sourceA: "Global Wire", sourceB: "Djibo Community Radio");
        var fromElsewhere = EventMatcher.Match(wire, local, publishedA: published, publishedB: published, sourceA: "Global Wire", sourceB: "Ouahigouya Community Radio");

        Assert.Equal(EventMatcher.OutletPlaceAgreement, fromTheTown.Parts.Place);
        Assert.True(fromElsewhere.Parts.Place < fromTheTown.Parts.Place, $"{fromElsewhere.Parts}");
        Assert.True(fromTheTown.Score > fromElsewhere.Score);
    }

    [Fact]
    public void Match_CrossTypeUnplacedReportSharingTheToll_MergesWithoutSharingItFails()
    {
        var battle = Report("a/e0", actor2: _army, dead: 41);
        var sameToll = Massacre("b/e0", "JNIM fighters killed 41 people in the attack on the army post, the governor said.");
        var otherToll = Massacre("c/e0", "JNIM fighters killed 9 people in the attack on the army post, the governor said.");

        var same = EventMatcher.Match(battle, sameToll);
        Assert.True(same.IsCompatible, same.Veto);
        Assert.True(same.Score >= EventFuser.DefaultThreshold, $"score {same.Score}");

        // Without a shared count a civilian massacre and a battle are two incidents, whatever else they share.
        var other = EventMatcher.Match(battle, otherToll);
        Assert.False(other.IsCompatible);
        Assert.Contains("civilian and armed targets", other.Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_BattleNamingNoSecondSideAndCiviliansKilledElsewhere_CivilianAndArmedTargets()
    {
        // A battle is fought between armed sides even when the report names only one of them.
        var battle = Report("a/e0", actor1: _army, evidence: "Soldiers exchanged fire with gunmen in Djibo; one attacker died.");
        var gunmen = new ActorRecord("Unidentified Armed Group (Burkina Faso)", "BFA", "UAG", "Political militia", "gunmen");
        var raid = Report("b/e0", type: "Violence against civilians", sub: "Attack", actor1: gunmen, actor2: _villagers, evidence: "Gunmen burst into a house in Djibo and shot dead the family inside.");
        var match = EventMatcher.Match(battle, raid);
        Assert.False(match.IsCompatible);
        Assert.Contains("civilian and armed targets", match.Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_UndatedCrossTypeReport_SameDayOnlyWhenPublishedWithinDaysAfter()
    {
        var battle = Report("a/e0", actor2: _army, dead: 41);
        var undated = Report("b/e0", type: "Explosions/Remote violence", sub: "Shelling/artillery/missile attack", dated: false, dead: 41,
            evidence: "Mortar fire and an assault on the Djibo army post killed 41 soldiers, a security source said.");

        var fresh = EventMatcher.Match(battle, undated, publishedB: _day.AddDays(1));
        Assert.True(fresh.IsCompatible, fresh.Veto);

        var weekLater = EventMatcher.Match(battle, undated, publishedB: _day.AddDays(7));
        Assert.False(weekLater.IsCompatible);
        Assert.Contains("not the same day", weekLater.Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_OvernightReportSayingItFollowedAnotherIncident_OfTheSecondDay()
    {
        var main = Report("a/e0", actor2: _army, dead: 41);
        const string Overnight = "JNIM fighters attacked Djibo again overnight, a day after the assault on the army post.";
        var followUp = Report("b/e0", end: _day.AddDays(1), actor2: _army, evidence: Overnight);
        var sameNight = Report("c/e0", end: _day.AddDays(1), actor2: _army, evidence: "JNIM fighters attacked the army post in Djibo overnight.");

        var vetoed = EventMatcher.Match(main, followUp);
        Assert.False(vetoed.IsCompatible);
        Assert.Equal("different dates", vetoed.Veto);
        Assert.True(EventMatcher.Match(main, sameNight).IsCompatible);
    }

    [Fact]
    public void Match_FollowUpOfTheNextDayAgainstAnOvernightReport_ApartButTheSameDaysFollowUpNot()
    {
        // The overnight assault spans the 11th and 12th; a report of the 12th that says it came "a day after" is the
        // later incident, although the dates overlap.
        var overnight = Report("a/e0", end: _day.AddDays(1), actor2: _army,
            evidence: "JNIM fighters attacked the army post in Djibo overnight, killing 41 soldiers.");
        const string Resumed = "JNIM fighters shelled Djibo again, a day after the assault on the army post.";
        var nextDay = Report("b/e0", day: _day.AddDays(1), actor2: _army, evidence: Resumed);
        var vetoed = EventMatcher.Match(overnight, nextDay);
        Assert.False(vetoed.IsCompatible);
        Assert.Equal("a follow-up of a later day", vetoed.Veto);
        Assert.Equal(vetoed.Veto, EventMatcher.Match(nextDay, overnight).Veto);

        // The same words dated to the overnight report's first day, or a next-day report without a follow-up phrase,
        // are not ruled out by it.
        Assert.True(EventMatcher.Match(overnight, Report("c/e0", actor2: _army, evidence: Resumed)).IsCompatible);
        var plainNextDay = Report("d/e0", day: _day.AddDays(1), actor2: _army, evidence: "JNIM fighters attacked the army post in Djibo.");
        Assert.True(EventMatcher.Match(overnight, plainNextDay).IsCompatible);
    }

    [Fact]
    public void Match_SecondSideUnresolved_NotTheOtherActorsButNamedOthersStillApart()
    {
        var named = Report("a/e0", actor2: _army);
        var generic = Report("b/e0", actor1: _army, actor2: _unresolvedArmy, evidence: "The army repelled an assault on its Djibo post by terrorists.");
        Assert.True(EventMatcher.Match(named, generic).IsCompatible);

        var otherGroup = Report("c/e0", actor1: _otherGroup, actor2: _army, evidence: "IS Sahel fighters attacked the army post in Djibo.");
        Assert.Equal("different actors", EventMatcher.Match(named, otherGroup).Veto);
    }

    [Fact]
    public void Choose_ReportFitsAStrayAndTheIncidentsFusedEvent_JoinsTheBetterSupported()
    {
        static MemberEvent Member(EventRecord e) => new(e, e.Id.Split('/')[0], e.Id, null, _day.AddDays(1));
        var incoming = Member(Report("d/e0", actor2: _army, dead: 41));
        var incident = new FusionCandidate("F1", [Member(Report("a/e0", actor2: _army, dead: 41)), Member(Report("b/e0", actor2: _army, dead: 41))]);
        var stray = new FusionCandidate("F0", [Member(Report("c/e1", actor2: _army, dead: 41))]);

        // Each member resembles the report alike, so the means tie; the incident's two outlets outweigh the stray.
        Assert.Equal(EventFuser.Score(incoming, incident), EventFuser.Score(incoming, stray), 9);
        Assert.Equal("F1", new EventFuser().Choose(incoming, [stray, incident]));
    }

    [Fact]
    public void LoadFollowUpPhrases_PhraseListedTwice_ErrorNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"follow-up-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["# comment", "a day after", "a day after"]);
        try
        {
            var error = Assert.Throws<FormatException>(() => FollowUpPhrases.Load(path));
            Assert.Contains(path + ":3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFollowUpPhrases_ShippedList_Loads()
    {
        Assert.Contains("a day after", FollowUpPhrases.Load(Sitrep.Common.DataFiles.Require(FollowUpPhrases.File)));
    }
}
