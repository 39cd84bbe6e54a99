using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 23: arrests, looting and burning told in a riot named in their sentence are that riot (a Violent
/// demonstration), not a strategic development, so that an outlet reporting the arrests or the looted shops types the
/// incident as the others do; a stabbing is an attack. The reports are written for these tests (not gold items).
/// </summary>
public class RiotSettingAndStabbingTests
{
    private static readonly DateOnly _published = new(2024, 3, 2);

    private static List<EventAnnotation> Acled(string text) => [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Acled is not null)];

    [Theory]
    [InlineData("Police arrested 30 people during riots in the northern city of Kano on Friday.")]
    [InlineData("Shops were looted and set on fire during the unrest in Durban on Friday.")]
    [InlineData("Forty people were detained after the public disorder in the centre of Leeds on Friday night.")]
    public void Detect_ArrestsOrLootingInANamedRiot_ViolentDemonstration(string text)
    {
        var e = Assert.Single(Acled(text));
        Assert.Equal("Violent demonstration", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_LootingWithNoRiotNamed_StaysPropertyDestruction()
    {
        // The contrast: the same looting with no riot in its sentence is property destruction.
        var e = Assert.Single(Acled("Shops were looted and set on fire in Durban on Friday."));
        Assert.Equal("Looting/property destruction", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_RiotPoliceArrestProtesters_NotARiot()
    {
        // "riot police" names a unit, not a riot: the arrest of protesters stays an intervention in their protest.
        var e = Assert.Single(Acled("Riot police arrested 30 protesters in Nairobi on Friday."));
        Assert.Equal("Protest with intervention", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ArrestsWithNoRiotNamed_StayArrests()
    {
        var e = Assert.Single(Acled("Police arrested 30 people in the northern city of Kano on Friday."));
        Assert.Equal("Arrests", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_Stabbing_AttackOnCivilians()
    {
        var e = Assert.Single(Acled("A man stabbed two women outside a supermarket in Malmo on Tuesday, police said."));
        Assert.Equal("Violence against civilians", e.Acled!.EventType);
        Assert.Equal("Attack", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_StabbedToDeath_AKillingWithItsToll()
    {
        var e = Assert.Single(Acled("A teenager was stabbed to death at a bus stop in Nairobi on Tuesday."));
        Assert.Equal("Attack", e.Acled!.SubEventType);
        Assert.Equal(1, e.Fatalities);
    }
}
