using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 16: one incident typed alike across outlets when demonstrators fight (a riot, not a battle or excessive
/// force), when two sides fight each other (a battle, whoever the dead are named as), and when a labour strike or an
/// arson attack is named. The reports are written for these tests (not gold items).
/// </summary>
public class CrowdAndMutualFightingTests
{
    private static readonly DateOnly _published = new(2024, 7, 18);

    private static List<EventAnnotation> Acled(string text) => [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Acled is not null)];

    [Theory]
    [InlineData("At least 19 people were killed in the capital on Thursday as students protesting job quotas fought police with sticks and stones, hospital officials said.")]
    [InlineData("Nine people were killed in Dakar on Thursday as opposition supporters clashed with police, the government said.")]
    [InlineData("Protesters blocked the highway and clashed with police in Dhaka on Thursday.")]
    public void Detect_DemonstratorsFight_ViolentDemonstration(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_PoliceShootDemonstratorsWhoFightNobody_StillExcessiveForce()
    {
        // The riot reading needs the demonstrators as the subject of the fighting; protesters shot by police are victims.
        var e = Assert.Single(Acled("Police opened fire on protesters in Dhaka on Thursday, killing three of them, hospital officials said."));
        Assert.Equal("Excessive force against protesters", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_PeopleShotDuringProtests_NotAnAttackByCivilians()
    {
        // Civilians named before the trigger are the victims, not gunmen at a rally.
        var e = Assert.Single(Acled("A rights group registered two people killed in Caracas on 29 July, shot during protests."));
        Assert.Equal("Protests", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_AmbushBetweenWarringClans_ArmedClash()
    {
        var e = Assert.Single(Acled("At least 26 men were killed in an ambush between warring clans in Enga province on Sunday, police said."));
        Assert.Equal("Armed clash", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_KilledDuringThePeacefulStrike_NoAirStrike()
    {
        Assert.DoesNotContain(Acled("The opposition condemns the killing of three young people by the security forces in Conakry during the peaceful strike of 26 February."),
            e => e.Acled!.EventType == "Explosions/Remote violence");
    }

    [Fact]
    public void Detect_ArsonAttack_PropertyDestructionNotABattle()
    {
        var e = Assert.Single(Acled("Police said an arson attack in Tirua on Monday destroyed nine trucks and a loader."));
        Assert.Equal("Looting/property destruction", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ReportContradictedInItsSentence_NotAsserted()
    {
        var events = EventsTestSupport.Events("Local media reported an explosion near a military airfield in Crimea on Saturday, but officials said there had been no attack and no damage.", _published).Events;
        Assert.DoesNotContain(events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_NoOneHurtAfterBut_StillAsserted()
    {
        var events = EventsTestSupport.Events("A bomb exploded at a market in Kano on Saturday, but police said no one was hurt.", _published).Events;
        Assert.Contains(events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
    }
}
