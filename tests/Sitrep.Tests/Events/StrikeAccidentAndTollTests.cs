using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 12 over-generation and typing mechanisms: labour strikes, accidents of weapon platforms, metaphorical
/// attacks, the month "May", gunfire with unnamed blasts, a toll told of "the fighting", arrests after an incident, and
/// the civilian sector of occupational victims. The reports are written for these tests (not gold items).
/// </summary>
public class StrikeAccidentAndTollTests
{
    private static readonly DateOnly _published = new(2025, 6, 12);

    private static List<EventAnnotation> Acled(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Acled is not null)];

    private static List<EventAnnotation> Asserted(string text) =>
        [.. Acled(text).Where(e => e.Modality == EventModality.Asserted)];

    [Theory]
    [InlineData("An air force transport plane crashed on landing at an airbase near Mandalay on Tuesday, killing six crew members, the military said.")]
    [InlineData("Nurses at public hospitals in Lagos went on strike on Tuesday over unpaid wages, their union said.")]
    [InlineData("Opposition senators launched a sharp attack on the government's budget in Abuja on Wednesday, accusing ministers of waste.")]
    public void Detect_AccidentStrikeOrMetaphor_NoAcledEvent(string text)
    {
        Assert.Empty(Acled(text));
    }

    [Fact]
    public void Detect_LabourStrikeRetold_NoAirStrike()
    {
        var document = EventsTestSupport.Events("Dock workers in Durban went on strike on Monday over pay, halting cargo handling. "
            + "Union officials said the strike would go on until the port authority made a better offer.", _published);

        Assert.DoesNotContain(document.Events, e => e.Acled is not null);
        Assert.Contains(document.Events, e => e.PloverEvent == "PROTEST" && e.PloverMode == "strike");
    }

    [Fact]
    public void Detect_DroneCrashedIntoAHouse_StillAStrike()
    {
        var events = Asserted("A Russian drone crashed into a house in Kharkiv on Tuesday, killing two people, the mayor said.");

        Assert.Equal("Air/drone strike", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_DateInMay_NotHypothetical()
    {
        var events = Asserted("On 19 May, soldiers repelled an attack by rebels on their post near Bambari, the army said.");

        Assert.Equal("Battles", Assert.Single(events).Acled!.EventType);
    }

    [Fact]
    public void Detect_GunfireAndExplosions_ArmedClash()
    {
        var events = Asserted("Intense gunfire and explosions were heard in the Abu Salim district of Tripoli on Tuesday night, residents said.");

        Assert.Equal("Armed clash", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_FightingToldByResidents_ArmedClashWithoutCivilianVictims()
    {
        var fight = Assert.Single(Asserted("Heavy fighting broke out in Tripoli late on Monday, with gunfire and explosions heard across the city, residents said."));

        Assert.Equal("Armed clash", fight.Acled!.SubEventType);
        Assert.NotEqual("CVL", fight.Actor2?.Sector);
    }

    [Fact]
    public void Detect_TollOfTheFighting_JoinsTheCapture()
    {
        var events = Asserted("Al-Shabaab fighters took control of the town of Bulo Burte in Somalia's Hiraan region on Sunday after clashes with government forces, residents said. "
            + "At least nine people were killed in the fighting, they said.");

        var capture = Assert.Single(events);
        Assert.Equal("Non-state actor overtakes territory", capture.Acled!.SubEventType);
        Assert.Equal(9, capture.Fatalities);
    }

    [Fact]
    public void Detect_SuspectsArrestedAfterALynching_NoArrestsEvent()
    {
        var events = Asserted("A mob beat to death a man accused of theft at a market in Kano on Sunday, police said. "
            + "Police said three suspects had been arrested.");

        Assert.DoesNotContain(events, e => e.Acled!.SubEventType == "Arrests");
        Assert.Single(events);
    }

    [Fact]
    public void Detect_ForcesDeployedAtAPostWereAttacked_NoDeployment()
    {
        var events = Acled("On 3 March, our units deployed at the Kalakot post were the target of a terrorist attack. Six attackers were sent to hell.");

        Assert.DoesNotContain(events, e => e.Acled!.EventType == "Strategic developments");
        Assert.Contains(events, e => e.Acled!.EventType == "Battles");
    }

    [Theory]
    [InlineData("Gunmen killed seven farmers in their fields near Katsina on Monday, residents said.")]
    [InlineData("Gunmen abducted 30 pupils from a school near Kaduna on Monday, police said.")]
    public void Detect_OccupationalVictims_CiviliansWithCivilianSector(string text)
    {
        var victims = Assert.Single(Asserted(text)).Actor2;

        Assert.NotNull(victims);
        Assert.StartsWith("Civilians (", victims.Name, StringComparison.Ordinal);
        Assert.Equal("CVL", victims.Sector);
    }
}
