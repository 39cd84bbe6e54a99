using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 8 over-generation and typing mechanisms: metaphors and non-combat objects, accidents, earlier incidents named
/// through a participle or a relative clause, present-perfect background, captures of people, forced recruitment and
/// force met by a crowd. The reports are written for these tests (not gold items).
/// </summary>
public class MetaphorAccidentAndCaptureTests
{
    private static readonly DateOnly _published = new(2025, 6, 12);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("Firefighters battled the flames at a textile factory in Karachi for nine hours on Wednesday, officials said.")]
    [InlineData("The opposition leader launched his battle for votes in Lahore on Tuesday, promising to attack corruption.")]
    [InlineData("Nigeria stormed to a 2-0 victory over Ghana in Abuja on Tuesday.")]
    [InlineData("A gas tanker overturned and exploded on a highway near Kano on Tuesday, killing 12 people, road safety officials said.")]
    [InlineData("Relatives buried the bodies of four men killed in an air strike earlier in the week in the village of Tal Rifaat on Wednesday.")]
    [InlineData("Police in Herat continued a search on Wednesday for the gunmen who attacked a bus last week, officials said.")]
    public void Detect_MetaphorAccidentOrEarlierIncident_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_BackgroundPerfectAfterLead_OnlyTheLeadEvent()
    {
        var events = Asserted("Police arrested three men in Lviv on Tuesday on suspicion of spying for Russia, the SBU said. "
            + "Russian agents have recruited teenagers online to film air defence positions, the agency said.");

        Assert.Equal("Arrests", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_MarchRecallingEarlierKillings_PeacefulProtest()
    {
        var events = Asserted("Hundreds of students marched peacefully in Dhaka on Wednesday to mark the anniversary of last year's uprising, "
            + "in which hundreds of people were killed, witnesses said.");

        Assert.Equal("Peaceful protest", Assert.Single(events).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Mexican marines captured the leader of a cartel cell in Culiacan on Monday, the navy said.", "Arrests")]
    [InlineData("Gunmen captured two village chiefs near Maiduguri on Monday, residents said.", "Abduction/forced disappearance")]
    [InlineData("Soldiers rounded up dozens of young men at a market in Magway on Monday and forced them into military service, residents said.", "Abduction/forced disappearance")]
    public void Detect_PeopleSeized_ArrestOrAbduction(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Asserted(text)).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_TearGasOnARiotInALaterSentence_OneViolentDemonstration()
    {
        var events = Asserted("Protesters threw stones at police and burned tyres in Nairobi on Tuesday, witnesses said. "
            + "Officers responded with tear gas.");

        Assert.Equal("Violent demonstration", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_AttackOnArmyPostWithCivilianDead_ArmedClash()
    {
        var events = Asserted("Militants attacked an army post in Bannu on Monday, killing six people including soldiers and civilians, officials said.");

        Assert.Equal("Armed clash", Assert.Single(events).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Gunmen shot dead a local councillor outside his home in Tumaco on Monday, police said.", "Attack")]
    [InlineData("Rebels attacked an army outpost in Beni on Monday and seized weapons and vehicles after hours of fighting, the army said.", "Armed clash")]
    [InlineData("Four militants were neutralised in an air operation near Zakho on Monday, the ministry said.", "Air/drone strike")]
    public void Detect_KillingsAndWeaponsInContext_TypedByTheIncident(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Asserted(text)).Acled!.SubEventType);
    }
}
