using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>Single reports from several conflicts: type, figures and modality of the main event.</summary>
public class SentenceEventTests
{
    private static readonly DateOnly _published = new(2024, 6, 12);

    private static EventAnnotation MainEvent(string text)
    {
        var layer = EventsTestSupport.Events(text, _published);
        Assert.NotEmpty(layer.Events);
        return layer.Events[0];
    }

    [Theory]
    [InlineData("Russian artillery shelled the town of Kupiansk in the Kharkiv region on Tuesday, killing two civilians.", "Shelling/artillery/missile attack", 2)]
    [InlineData("An Israeli airstrike hit a house in Rafah on Monday, killing 12 people.", "Air/drone strike", 12)]
    [InlineData("A roadside bomb exploded near a military convoy in Helmand province on Sunday, killing three soldiers.", "Remote explosive/landmine/IED", 3)]
    [InlineData("Riot police fired tear gas at protesters in Nairobi on Tuesday to break up the march.", "Protest with intervention", null)]
    [InlineData("Gunmen abducted 20 students from a school in Kaduna state on Monday.", "Abduction/forced disappearance", null)]
    public void Detect_Sentence_SubEventTypeAndFatalities(string text, string subEventType, int? fatalities)
    {
        var e = MainEvent(text);
        Assert.Equal(subEventType, e.Acled?.SubEventType);
        Assert.Equal(fatalities, e.Fatalities);
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Theory]
    [InlineData("Ukraine's foreign ministry accused Russia of war crimes on Friday.", "ACCUSE", "an ACCUSE event (PLOVER)")]
    [InlineData("Estonia's prime minister appealed for more air defence systems for Ukraine on Friday.", "REQUEST", "a REQUEST event (PLOVER)")]
    public void Detect_StatementNamingACountry_PartyNotPlaceAndPloverNotes(string text, string ploverEvent, string notes)
    {
        var e = MainEvent(text);
        Assert.Null(e.Acled);
        Assert.Equal(ploverEvent, e.PloverEvent);
        Assert.Null(e.Place); // the country is the accused or addressed party, not where the statement happened
        Assert.Contains(notes, e.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gunmen raided the village of Gidan Boka in the Zamfara region on Sunday, killing five people.", "Gidan Boka", "Zamfara", "NGA")]
    [InlineData("Boko Haram fighters raided the village of Ngamdu Kura in the Borno region on Sunday, killing seven civilians.", "Ngamdu Kura", "Borno", "NGA")]
    public void Project_VillageMissingFromGazetteer_KeepsItsNameAtPrecision1WithTheRegionsPoint(string text, string village, string admin1, string iso3)
    {
        var analysis = Sitrep.Output.AnalysisProjector.Project(EventsTestSupport.Analyze(text, _published), includeText: false);
        var e = analysis.Events.First(ev => ev.EventType is not null);
        Assert.Equal((village, admin1, iso3, 1), (e.Location, e.Admin1, e.Iso3, e.GeoPrecision));
        Assert.Equal(Sitrep.Output.EventRecord.CoordinatesFromDivision, e.CoordinatesFrom);
    }

    [Fact]
    public void Detect_AttackOnACountry_CountryStaysThePlace()
    {
        var e = MainEvent("Russian forces attacked Ukraine with 90 drones overnight.");
        Assert.Equal("Explosions/Remote violence", e.Acled?.EventType);
        Assert.Equal("UKR", e.Place?.Place?.Iso3);
    }

    [Fact]
    public void Detect_InterceptedDrones_DisruptedWeaponsUse()
    {
        var e = MainEvent("Air defences shot down 15 Ukrainian drones over the Belgorod region on Tuesday, the ministry said.");
        Assert.Equal("Disrupted weapons use", e.Acled?.SubEventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Detect_AirStrikeDuringBattle_Battles()
    {
        var e = MainEvent("Sudanese army troops clashed with the Rapid Support Forces in El Fasher on Sunday, backed by airstrikes.");
        Assert.Equal("Battles", e.Acled?.EventType);
    }

    [Fact]
    public void Detect_DidNotAttack_Negated()
    {
        var layer = EventsTestSupport.Events("The army said its forces did not attack the village of Tal Abyad on Monday.", _published);
        Assert.DoesNotContain(layer.Events, e => e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_WillLaunchOffensive_Future()
    {
        var layer = EventsTestSupport.Events("The rebels will launch an offensive on Goma next week, a commander said.", _published);
        Assert.All(layer.Events, e => Assert.NotEqual(EventModality.Asserted, e.Modality));
        Assert.NotEmpty(layer.Events);
    }

    [Fact]
    public void Detect_InjuredOnly_InjuriesNotFatalities()
    {
        var e = MainEvent("A Russian missile strike on Odesa on Friday injured five people.");
        Assert.Equal(5, e.Injuries);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Detect_StatementAboutTalks_ConsultWithoutAcledFields()
    {
        var layer = EventsTestSupport.Events("The foreign minister said on Monday that talks with the European Union were constructive.", _published);
        Assert.All(layer.Events, e => Assert.Null(e.Acled));
        // The lexicon codes "talks with" 040; the CAMEO verb patterns refine it to 046 (engage in negotiation): both CONSULT.
        Assert.Contains(layer.Events, e => e.PloverEvent == "CONSULT" && e.CameoCode is "040" or "046");
    }

    [Fact]
    public void Detect_Threat_ThreatenEventAndFutureAttackNoAcledEvent()
    {
        var layer = EventsTestSupport.Events("Yemen's Houthis threatened on Saturday to attack ships belonging to any company that deals with Israeli ports.", _published);
        Assert.Contains(layer.Events, e => e.PloverEvent == "THREATEN" && e.Acled is null && e.Modality == EventModality.Asserted);
        Assert.DoesNotContain(layer.Events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_Accusation_AccuseIsNotFusedWithTheViolence()
    {
        var layer = EventsTestSupport.Events("Ukraine accused Russian forces on Monday of shelling a hospital in Kherson, killing two nurses.", _published);
        Assert.Contains(layer.Events, e => e.PloverEvent == "ACCUSE" && e.Acled is null);
        Assert.Contains(layer.Events, e => e.PloverEvent == "ASSAULT" && e.Acled is not null);
    }

    [Theory]
    [InlineData("The Kremlin denied on Sunday that its troops had shelled a hospital in Sumy.")]
    [InlineData("The militia regularly attacks markets and bus stations in the north, officials said.")]
    [InlineData("Ukraine's grain exports rose by a fifth in the first half of the year despite attacks on ports.")]
    [InlineData("Forecasters expect heavy rains to worsen conditions in camps for displaced people in eastern Chad.")]
    [InlineData("Three years after Russian troops withdrew from Bucha, residents gathered for a memorial service.")]
    [InlineData("A Hamas official said the group would not agree to any deal that did not include an Israeli withdrawal from Gaza.")]
    public void Detect_DeniedHabitualBackgroundOrWanted_NoAssertedAcledEvent(string text)
    {
        var layer = EventsTestSupport.Events(text, _published);
        Assert.DoesNotContain(layer.Events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_BackgroundWithdrawal_OnlyTheCapture()
    {
        var layer = EventsTestSupport.Events("Russian forces captured the village of Krutyi Yar in the Donetsk region on Tuesday after Ukrainian units withdrew under fire.", _published);
        var e = Assert.Single(layer.Events, e => e.Acled is not null);
        Assert.Equal("Battles", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_CasualtySentenceAfterCapture_OneEventWithItsToll()
    {
        var layer = EventsTestSupport.Events("Nigerian troops regained control of the town of Malam Fatori in Borno state on Monday. Dozens of insurgents were killed, the army said.", _published);
        var e = Assert.Single(layer.Events, e => e.Acled is not null);
        Assert.Equal("Government regains territory", e.Acled!.SubEventType);
        Assert.Equal(12, e.Fatalities);
        Assert.Equal(2, e.Evidence.Length);
    }

    [Fact]
    public void Detect_SeparatelyMarkedSecondIncident_TwoEvents()
    {
        var layer = EventsTestSupport.Events("Russian drones struck Kharkiv on Monday, killing two people. Separately, five soldiers were killed on Monday, officials said.", _published);
        Assert.Equal(2, layer.Events.Count(e => e.Acled is not null));
    }

    [Fact]
    public void Detect_PassiveVictims_AreTargetNotPerpetrator()
    {
        var e = MainEvent("Five policemen were killed by gunmen in Bajaur on Monday.");
        Assert.NotEqual("COP", e.Actor1?.Sector);
        Assert.Equal("COP", e.Actor2?.Sector);
    }

    [Theory]
    [InlineData("The president sent condolences on Tuesday to the families of soldiers killed in last week's ambush.")]
    [InlineData("The defence minister sent a letter to the families of the troops on Monday.")]
    public void Detect_SendingWordsToSoldiers_IsNoDeployment(string sentence)
    {
        var layer = EventsTestSupport.Events(sentence, _published);
        Assert.DoesNotContain(layer.Events, e => e.Acled?.SubEventType == "Change to group/activity");
    }

    [Theory]
    [InlineData("Police in Bishkek detained 20 opposition supporters on Friday, a rights group said.", "COP")]
    [InlineData("Soldiers in Bamako arrested three journalists on Friday, their union said.", "MIL")]
    public void Detect_CapitalAfterIn_IsThePlaceNotTheGovernmentActor(string sentence, string sector)
    {
        // The capital stands for its government only as a subject ("Moscow said"); after "in" it says where.
        var e = MainEvent(sentence);
        Assert.Equal(sector, e.Actor1?.Sector);
    }

    [Fact]
    public void Detect_CountryNamedForShelling_ItsMilitaryIsActor1()
    {
        var e = MainEvent("Russia shelled Kharkiv on Monday, the governor said.");
        Assert.Equal("RUS", e.Actor1?.CountryIso3);
        Assert.Equal("MIL", e.Actor1?.Sector);
    }
}
