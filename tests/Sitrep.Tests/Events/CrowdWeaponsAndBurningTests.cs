using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 26: one riot typed alike however an outlet tells it: demonstrators named beside the police they fight ("fans and
/// police clashed", "clashes between police and students"), a crowd's own weapons (fireworks, petrol bombs, bottles,
/// stones), property burned by a crowd, a crowd as the agent of a passive; and the victims an outlet names by what they
/// were doing (workers, occupants of a house). The reports are written for these tests (not gold items).
/// </summary>
public class CrowdWeaponsAndBurningTests
{
    private static readonly DateOnly _published = new(2025, 3, 14);

    private static List<EventAnnotation> Acled(string text) => [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Acled is not null)];

    [Theory]
    [InlineData("Opposition supporters and police clashed again in Tamale on Thursday evening, a day after the vote count ended.")]
    [InlineData("Sporadic clashes between riot police and students went on in Kumasi on Thursday.")]
    [InlineData("Riot officers clashed with protesters near the electoral commission in Tamale on Thursday.")]
    public void Detect_DemonstratorsNamedBesideThePolice_ViolentDemonstration(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_TwoArmedSidesClash_StillArmedClash()
    {
        // Only demonstrators beside the force make the fighting a riot; soldiers and rebels are a battle.
        var e = Assert.Single(Acled("Soldiers and rebels clashed near Beni on Thursday, the army said."));
        Assert.Equal("Armed clash", e.Acled!.SubEventType);
    }

    [Theory]
    [InlineData("A crowd threw petrol bombs at a police line in Derry on Thursday night.")]
    [InlineData("Youths hurled bottles and threw fireworks at officers in the town centre of Leeds on Thursday.")]
    [InlineData("Protesters stoned the town hall in Kisumu on Thursday afternoon.")]
    public void Detect_CrowdWeapons_RiotNotABombingOrBattle(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Riots", e.Acled!.EventType);
    }

    [Theory]
    [InlineData("Rioters burned a bank and two trucks in Kisumu on Thursday; police fired tear gas.")]
    [InlineData("In Nakuru, demonstrators blocked the highway and burnt cars on Thursday.")]
    public void Detect_CrowdBurnsProperty_ViolentDemonstration(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_BurnedWithoutProperty_NoEvent()
    {
        // "burned" counts only beside a building or vehicle: flags burned at a rally are no property destruction.
        Assert.DoesNotContain(Acled("Marchers burned flags of the ruling party outside parliament in Nairobi on Thursday."),
            e => e.Acled!.SubEventType is "Looting/property destruction" or "Violent demonstration");
    }

    [Fact]
    public void Detect_PassiveAgentIsACrowd_ViolentDemonstration()
    {
        var e = Assert.Single(Acled("In Mombasa, the offices of the county governor were set on fire by a crowd on Thursday."));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_BusSetAlight_PropertyDestruction()
    {
        var e = Assert.Single(Acled("A bus was set alight in Portadown on Thursday night, police said."));
        Assert.Equal("Looting/property destruction", e.Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Gunmen shot dead three workers at a brick kiln near Sukkur on Thursday, police said.")]
    [InlineData("Unknown men entered a house in Maseru on Thursday night and opened fire on the occupants, killing four.")]
    public void Detect_VictimsNamedByTheirWork_ViolenceAgainstCivilians(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Violence against civilians", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_ExchangedGunfire_ArmedClash()
    {
        var e = Assert.Single(Acled("Two rival militias exchanged gunfire in Zawiya on Thursday, residents said."));
        Assert.Equal("Armed clash", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ProtestersStormABuilding_ViolentDemonstration()
    {
        var e = Assert.Single(Acled("Protesters stormed the regional assembly building in Osh on Thursday, witnesses said."));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_GuardsClashWithSmugglers_ArmedClashWhateverTheDeadAreCalled()
    {
        // A force as the subject of "clashed with" fights the other party: a battle, even when a villager's word names the dead.
        var e = Assert.Single(Acled("Border guards clashed with armed smugglers near Zaranj on Thursday; two villagers were killed."));
        Assert.Equal("Armed clash", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ForceMeetsDemonstratorsWhoDefacedABuilding_ViolentDemonstration()
    {
        // Defacing is vandalism: the force that follows meets a riot, not a peaceful protest.
        var e = Assert.Single(Acled("Police fired tear gas at protesters in Yerevan on Thursday after demonstrators defaced the walls of the ministry."));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }
}
