using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 7 over-generation and typing mechanisms: earlier incidents named as context, retold incidents, plans in an
/// infinitive, demonstrations that turn violent, territory handed over. The reports are written for these tests (not
/// gold items).
/// </summary>
public class RetoldAndEarlierIncidentTests
{
    private static readonly DateOnly _published = new(2025, 4, 10);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Fact]
    public void Detect_DayPossessiveIncidentAfterLead_OnlyTheLeadEvent()
    {
        var events = Asserted("A drone strike on a market in Idlib killed four people on Wednesday, rescuers said. "
            + "Monday's attack on a bakery in the same province, which killed seven, was condemned by the UN.");

        var only = Assert.Single(events);
        Assert.Equal(4, only.Fatalities);
    }

    [Fact]
    public void Detect_DayPossessiveIncidentInLead_IsTheEvent()
    {
        var events = Asserted("Tuesday's attack on a police post in Kidal killed three officers, the army said.");

        Assert.Single(events);
    }

    [Theory]
    [InlineData("Kenya agreed on Monday to withdraw its troops from the town of Kismayo by June.")]
    [InlineData("The rebels, who had clashed with the army near Goma in February, said on Tuesday they would talk.")]
    [InlineData("The gang is blamed for dozens of killings in the port city.")]
    [InlineData("Satellite images show new trenches around the city, suggesting preparations for an assault, analysts said on Tuesday.")]
    public void Detect_PlannedEarlierOrAllegedAct_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_ForceMeetingRioters_OneViolentDemonstration()
    {
        var events = Asserted("In Kisumu, demonstrators hurled stones and burned tyres on Tuesday, and police fired tear gas to disperse them, witnesses said.");

        Assert.Equal("Violent demonstration", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ArrestsAfterProtestersTurnViolent_ViolentDemonstration()
    {
        var events = Asserted("Police detained 40 people in Tbilisi on Tuesday night after protesters threw stones at officers outside parliament.");

        Assert.Equal("Violent demonstration", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_RiotPoliceDispersingAProtest_ProtestWithIntervention()
    {
        var events = Asserted("Riot police used water cannon to disperse hundreds of protesters outside the parliament in Belgrade on Tuesday.");

        Assert.Equal("Protest with intervention", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ArrestOnChargesOverKillingOfProtesters_Arrests()
    {
        var events = Asserted("Police in Kathmandu arrested a former interior minister on Tuesday on charges linked to the killing of protesters last year.");

        Assert.Equal("Arrests", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_TownEnteredAndWithdrawalRetold_OneNonViolentTransfer()
    {
        var events = Asserted("Rebel fighters entered the town of Bambari on Tuesday without a fight after the army pulled out, residents said. "
            + "The army said the withdrawal was temporary.");

        Assert.Equal("Non-violent transfer of territory", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_MarchMarkingAnAnniversary_PeacefulProtestStillAsserted()
    {
        var events = Asserted("Hundreds of people marched through Bamako on Tuesday to demand the release of detained activists and mark the anniversary of the coup.");

        Assert.Equal("Peaceful protest", Assert.Single(events).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("The foreign ministry summoned the ambassador on Monday to complain of attacks on its citizens.", "ACCUSE")]
    [InlineData("The interior ministry banned the opposition party on Monday.", "COERCE")]
    [InlineData("Authorities deported 40 foreign workers to Niger on Monday.", "COERCE")]
    public void Detect_StatementOrCoercionVerb_PloverEvent(string text, string plover)
    {
        var events = EventsTestSupport.Events(text, _published).Events;

        Assert.Contains(events, e => e.PloverEvent == plover);
    }

    [Fact]
    public void Detect_AssaultsRepelledNearVillages_BattleNotAttackOnCivilians()
    {
        var events = Asserted("Ukrainian defenders repelled 20 Russian assaults near the villages of Kurakhove and Dachne on Tuesday, the General Staff said.");

        Assert.Equal("Battles", Assert.Single(events).Acled!.EventType);
    }

    [Fact]
    public void Detect_PassiveKillingOfABoy_ViolenceAgainstCivilians()
    {
        var events = Asserted("On Sunday, a boy of 12 was killed by sniper fire in the Al-Rawda neighbourhood of Taiz, local officials said.");

        Assert.Equal("Violence against civilians", Assert.Single(events).Acled!.EventType);
    }
}
