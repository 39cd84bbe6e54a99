using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 20 readings of fresh text: acts put on earlier occasions ("On previous nights"), a lone victim named by a
/// compound noun ("A taxi driver was shot dead": one), workers as civilians, "point blank range" beside a drill's blank
/// rounds, a general strike that names no actor, killings counted in an undated tally, and hostages taken with the verb
/// and its object apart ("took its 14 crew hostage"), and combatants "neutralised" in a communique. Each theory pairs the reading
/// with a contrast it must leave alone. The reports are written for these tests (not gold items).
/// </summary>
public class OccasionsVictimsAndProtestNamesTests
{
    private static readonly DateOnly _published = new(2025, 3, 11);

    private static List<EventAnnotation> All(string text) => [.. EventsTestSupport.Events(text, _published).Events];

    private static List<EventAnnotation> Asserted(string text) =>
        [.. All(text).Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("On previous nights, riot police had used water cannon and tear gas to disperse crowds in Tbilisi.")]
    [InlineData("On earlier occasions, soldiers had shelled the village of Kakopathar, residents said.")]
    public void Detect_ActOnEarlierOccasions_NoAssertedEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("On Sunday night, riot police used water cannon and tear gas to disperse crowds in Tbilisi.")]
    [InlineData("On Sunday, soldiers shelled the village of Kakopathar, residents said.")]
    public void Detect_ActOnTheDayOfTheNews_OneEvent(string text)
    {
        Assert.Single(Asserted(text));
    }

    [Fact]
    public void Detect_SimilarProtestsNameNoEarlierOccasion_ActAtThemAsserted()
    {
        // "Similar protests" names other protests, not an earlier period: the police's tear gas at them is news.
        Assert.Contains(All("Similar protests were held in Kutaisi on Sunday, where police used tear gas to disperse the crowd."),
            e => e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_EarlierOccasionsInAnotherClause_ActAsserted()
    {
        // "On previous nights" dates its own clause back, not the one "but" opens.
        Assert.NotEmpty(Asserted("On previous nights the protests in Tbilisi were peaceful, but on Tuesday police opened fire on the crowd, killing two."));
    }

    [Theory]
    [InlineData("A taxi driver was shot dead by gunmen in Rosario on Sunday, police said.", 1)]
    [InlineData("A petrol station attendant was shot dead by gunmen in Rosario on Sunday, police said.", 1)]
    [InlineData("Two taxi drivers were shot dead by gunmen in Rosario on Sunday, police said.", 2)]
    public void Detect_VictimNamedByACompoundNoun_Counted(string text, int fatalities)
    {
        Assert.Equal(fatalities, Assert.Single(Asserted(text)).Fatalities);
    }

    [Theory]
    [InlineData("An attendant was shot dead by gunmen in Rosario on Sunday, police said.", "Attack")]
    [InlineData("A soldier was shot dead by gunmen in Rosario on Sunday, police said.", "Armed clash")]
    public void Detect_LoneVictimByOccupation_CivilianUnlessACombatant(string text, string subEventType)
    {
        Assert.Equal(subEventType, Assert.Single(Asserted(text)).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ShotAtPointBlankRange_AnEvent()
    {
        var e = Assert.Single(Asserted("A journalist was shot at point blank range by gunmen in Tegucigalpa on Friday, police said."));

        Assert.Equal("Violence against civilians", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_BlankRoundsInADrill_NoAssertedEvent()
    {
        Assert.Empty(Asserted("Officers playing gunmen fired blank rounds as commandos stormed a train in Manila on Wednesday, in a drill, police said."));
    }

    [Fact]
    public void Detect_GeneralStrikeAsSubject_NamesNoForce()
    {
        var events = All("A general strike called by unions halted trains in Buenos Aires on Thursday, and thousands of workers marched through the city to protest against austerity.");

        Assert.Contains(events, e => e.Acled?.SubEventType == "Peaceful protest");
        Assert.DoesNotContain(events, e => e.Actor1?.Sector == "MIL" || e.Actor2?.Sector == "MIL");
    }

    [Fact]
    public void Detect_StrikesOfAnArmy_StillItsForces()
    {
        var e = Assert.Single(Asserted("Israeli strikes hit a house in Gaza City on Thursday, killing 12 people, medics said."));

        Assert.Equal("ISR", e.Actor1?.CountryIso3);
        Assert.Equal("MIL", e.Actor1?.Sector);
    }

    [Fact]
    public void Detect_KillingsCountedInAnUndatedTally_NoAssertedEvent()
    {
        Assert.Empty(Asserted("Mexico recorded 1,862 homicides in October, the national security system said on Wednesday. Guanajuato remained the most violent state, with 198 killings, followed by Chihuahua."));
    }

    [Fact]
    public void Detect_KillingsOfADay_StayAnEvent()
    {
        Assert.NotEmpty(Asserted("Gunmen shot dead two men in Rosario on Sunday in two killings that police linked to drug gangs."));
    }

    [Theory]
    [InlineData("Pirates boarded a fishing dhow off Eyl on Thursday and took its 14 crew hostage, the maritime agency said.")]
    [InlineData("Gunmen took three villagers hostage near Fiche on Sunday, officials said.")]
    public void Detect_TookHostageWithTheObjectBetween_Abduction(string text)
    {
        Assert.Contains(Asserted(text), e => e.Acled!.SubEventType == "Abduction/forced disappearance");
    }

    [Theory]
    [InlineData("Rebels took control of the town of Fiche on Sunday after heavy fighting with the army, officials said.")]
    [InlineData("Soldiers took part in a parade in Addis Ababa on Sunday, officials said.")]
    public void Detect_TookWithoutHostages_NoAbduction(string text)
    {
        Assert.DoesNotContain(Asserted(text), e => e.Acled!.SubEventType == "Abduction/forced disappearance");
    }

    [Theory]
    [InlineData("Naval personnel repelled sea robbers who attacked a tanker near Bonny on Wednesday, neutralising three of them, the navy said.", 3)]
    [InlineData("Soldiers repelled an attack on their post near Bosso on Thursday; 11 terrorists were neutralised, the ministry said.", 11)]
    [InlineData("Soldiers repelled an attack on their base near Bosso on Thursday and neutralised five gunmen, the ministry said.", 5)]
    [InlineData("Soldiers repelled an attack on their post near Bosso on Thursday; a terrorist was neutralised, the ministry said.", 1)]
    public void Detect_CombatantsNeutralised_Counted(string text, int fatalities)
    {
        Assert.Contains(Asserted(text), e => e.Fatalities == fatalities);
    }

    [Fact]
    public void Detect_DronesNeutralised_NoToll()
    {
        Assert.DoesNotContain(All("Air defences neutralised 40 drones over Kharkiv on Wednesday, the air force said."), e => e.Fatalities > 0);
    }
}
