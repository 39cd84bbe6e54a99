using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>The expectations for the sample article (Kursk, North Korean troops), as far as they are met.</summary>
public class SampleArticleTests
{
    private static readonly Lazy<(string Text, EventsLayer Layer)> _sample = new(() =>
    {
        var (text, published) = EventsTestSupport.Sample();
        return (text, EventsTestSupport.Analyze(text, published, "kursk").Get<EventsLayer>());
    });

    private static string Evidence(EventAnnotation e) => string.Join(" ", e.Evidence.Select(s => s.Slice(_sample.Value.Text)));

    /// <summary>The one event of a PLOVER type reported in the sentences with these words (a sentence may also hold statements).</summary>
    private static EventAnnotation Single(string evidenceWords, string ploverEvent = "ASSAULT") =>
        Assert.Single(_sample.Value.Layer.Events, e => e.PloverEvent == ploverEvent && Evidence(e).Contains(evidenceWords, StringComparison.Ordinal));

    [Fact]
    public void Detect_OryolOilFacility_DroneStrikeByUkraineInOryolNoFatalities()
    {
        var e = Single("oil facility");
        Assert.Equal("Air/drone strike", e.Acled?.SubEventType);
        Assert.Equal("ASSAULT", e.PloverEvent);
        Assert.Equal("drone", e.PloverMode);
        Assert.Equal("UKR", e.Actor1?.CountryIso3);
        Assert.Equal("MIL", e.Actor1?.Sector);
        Assert.Equal("Oryol", e.Place?.Place?.Admin1);
        Assert.Equal(new DateOnly(2024, 11, 16), e.Date?.EventDate);
        Assert.True(e.Fatalities is null or 0);
        Assert.Equal(EventModality.Asserted, e.Modality);
        Assert.Contains(e.Evidence, s => s.Slice(_sample.Value.Text).StartsWith("The attack caused", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_BelgorodDroneAttack_KillsOneInjuresTwoCivilians()
    {
        var e = Single("nine-year-old boy");
        Assert.Equal(new DateOnly(2024, 11, 16), e.Date?.EventDate); // the story's running date (Oryol, Saturday)
        Assert.Equal("Explosions/Remote violence", e.Acled?.EventType);
        Assert.Equal("Air/drone strike", e.Acled?.SubEventType);
        Assert.Equal(1, e.Fatalities);
        Assert.Equal(2, e.Injuries);
        Assert.Equal("CVL", e.Actor2?.Sector);
        Assert.Equal("RUS", e.Actor2?.CountryIso3);
        Assert.True(e.CivilianTargeting);
        Assert.Equal("Belgorod", e.Place?.Place?.Admin1);
        Assert.Empty(e.Quantities); // "nine-year-old" is an age
    }

    [Fact]
    public void Detect_FightingInKursk_BattleWithRussianAndNorthKoreanForcesInvolved()
    {
        var battles = _sample.Value.Layer.Events.Where(e => e.Acled?.EventType == "Battles" && e.Place?.Place?.Admin1 == "Kursk").ToList();
        Assert.NotEmpty(battles);
        var countries = battles.SelectMany(e => new[] { e.Actor1, e.Actor2 }.Concat(e.AssocActor1).Concat(e.AssocActor2)).Select(a => a?.CountryIso3).ToHashSet();
        Assert.Contains("UKR", countries);
        Assert.Contains("PRK", countries);

        // The asserted fighting ("Ukraine continues its offensive into Russian-held territories in Kursk") is Ukraine against Russia.
        Assert.Contains(battles, e => e.Modality == EventModality.Asserted && e.Actor1?.CountryIso3 == "UKR" && e.Actor2?.CountryIso3 == "RUS");
    }

    [Fact]
    public void Detect_FightingInKursk_DeadRussianAndNorthKoreanSoldiersAreItsToll()
    {
        // "... the aftermath of battles in Kursk Oblast. The visuals depicted dozens of dead Russian and North Korean
        // soldiers": the toll-only sentence after the battle gives its fatalities ("dozens" = 12) and North Korea beside
        // Russia on the target side.
        var battle = Assert.Single(_sample.Value.Layer.Events, e => e.Acled?.EventType == "Battles" && e.Modality == EventModality.Asserted);
        Assert.Equal(12, battle.Fatalities);
        Assert.Equal("RUS", battle.Actor2?.CountryIso3);
        Assert.Contains(battle.AssocActor2, a => a.CountryIso3 == "PRK");
    }

    [Fact]
    public void Detect_NorthKoreanTroops_MobilizeWithTenThousand()
    {
        var e = Single("approximately 10,000", "MOBILIZE");
        Assert.Equal("Change to group/activity", e.Acled?.SubEventType);
        Assert.Equal("MOBILIZE", e.PloverEvent);
        Assert.Equal("troops", e.PloverMode);
        Assert.Contains(e.Quantities, q => q.Value == 10000 && q.Approximate);
        Assert.Contains(new[] { e.Actor1, e.Actor2 }, a => a?.CountryIso3 == "PRK");
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Fact]
    public void Detect_PlannedCounteroffensive_FutureWithFiftyThousand()
    {
        var e = Single("counteroffensive");
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Contains(e.Quantities, q => q.Value == 50000);
        Assert.Equal("RUS", e.Actor1?.CountryIso3);
        Assert.Contains(e.AssocActor1, a => a.CountryIso3 == "PRK");
    }

    [Fact]
    public void Detect_MoscowHasNotConfirmed_Negated()
    {
        var e = Single("has not officially confirmed", "MOBILIZE");
        Assert.Equal(EventModality.Negated, e.Modality);
    }

    [Fact]
    public void Detect_MoscowHasNotConfirmed_NotLocatedAtTheSourceOfIntelligence()
    {
        // "intelligence from the United States and Europe has supported Kyiv's claims": the United States informs.
        var e = Single("has not officially confirmed", "MOBILIZE");
        Assert.NotEqual("USA", e.Place?.Place?.Iso3);
    }

    [Fact]
    public void Detect_DeepeningMilitaryCooperation_OneCooperateEvent()
    {
        // The lexicon's "cooperation" is the object of the dictionary verb "deepening": one event, not a SUPPORT beside it.
        var events = _sample.Value.Layer.Events.Where(e => Evidence(e).Contains("deepening their military cooperation", StringComparison.Ordinal)).ToList();
        Assert.Equal("COOPERATE", Assert.Single(events).PloverEvent);
    }

    [Fact]
    public void Detect_DeepeningMilitaryCooperation_RussiaWithNorthKorea()
    {
        // A mutual act of two joined parties: each is a party to it, not one acting on no one.
        var e = Single("deepening their military cooperation", "COOPERATE");
        Assert.Equal("RUS", e.Actor1?.CountryIso3);
        Assert.Equal("PRK", e.Actor2?.CountryIso3);
    }

    [Fact]
    public void Detect_ActToStopThisWar_NoEventForTheAim()
    {
        // "we will continue to act ... to stop this war decisively": what the act is for, no de-escalation.
        Assert.DoesNotContain(_sample.Value.Layer.Events, e => Evidence(e).Contains("to stop this war", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_DefendOurselves_NoAidEvent()
    {
        Assert.DoesNotContain(_sample.Value.Layer.Events, e => e.PloverEvent == "AID" && Evidence(e).Contains("defend ourselves", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_Sample_CitedReportsMonthDatesNoLaterEvent()
    {
        // "Western officials, who in October reported ...": October dates that report, not the Kursk fighting told
        // after it nor Zelenskyy's accusation told before it.
        var october = _sample.Value.Layer.Events.Where(e => e.Date?.EventDate is { Month: 10 }).ToList();
        Assert.DoesNotContain(october, e => e.Acled?.EventType == "Battles");
        Assert.DoesNotContain(october, e => e.PloverEvent == "ACCUSE");
    }

    [Theory]
    [InlineData("the situation has intensified", "COOPERATE")]
    [InlineData("have held positions in Kursk", "COERCE")]
    public void Detect_Sample_VerbDictionaryAloneCodesNoEventWithoutActors(string words, string ploverEvent)
    {
        // A Phoenix verb with no source and target ("intensified" COOPERATE, "held positions" COERCE) is no event.
        Assert.DoesNotContain(_sample.Value.Layer.Events, e => e.PloverEvent == ploverEvent && Evidence(e).Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_Sample_MainEventFirstIdsAndNotes()
    {
        var events = _sample.Value.Layer.Events;
        Assert.Equal(EventModality.Asserted, events[0].Modality);
        Assert.Equal(Enumerable.Range(0, events.Length).Select(i => $"kursk/ev{i}"), events.Select(e => e.Id));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Notes)));
        Assert.Contains("Oryol", Single("oil facility").Notes, StringComparison.Ordinal);
    }
}
