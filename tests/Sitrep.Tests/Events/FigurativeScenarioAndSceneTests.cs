using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 18 readings of fresh text: non-violent senses of violent words (figurative_senses.tsv), an indefinite event
/// noun that is the subject of a modal (a scenario), an accident told in the sentence after an explosion, a violent act
/// "at the scene" of an incident already told, a month-dated sentence after a day-dated lead (background), the group that
/// claims or is blamed for an incident with an unnamed perpetrator (actor 1), and victims named before "and" a figure. Each theory pairs the reading
/// with a contrast it must leave alone. The reports are written for these tests (not gold items).
/// </summary>
public class FigurativeScenarioAndSceneTests
{
    private static readonly DateOnly _published = new(2025, 6, 17);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("The governor fired his chief of staff and two advisers in Lagos on Monday after a corruption scandal, his office said.")]
    [InlineData("The crew shot a music video in central Bamako on Saturday, the singer's label said.")]
    [InlineData("A documentary that was shot in the ruins of Mariupol was screened in Kyiv on Saturday, organisers said.")]
    [InlineData("Nigeria's striker fired twice as the team beat Ghana 2-1 in Accra on Sunday to reach the tournament's semi-finals.")]
    public void Detect_FigurativeSenseOfViolentWord_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("Soldiers fired rockets at rebel positions near Goma on Monday, the army said.")]
    [InlineData("Gunmen shot a trader in central Bamako on Saturday, police said.")]
    [InlineData("Gunmen fired on fans leaving a football stadium in Accra on Sunday, killing two people, police said.")]
    public void Detect_ViolentSenseBesideFigurativeLookalikes_OneEvent(string text)
    {
        Assert.Single(Asserted(text));
    }

    [Fact]
    public void Detect_IndefiniteEventNounSubjectOfModal_Hypothetical()
    {
        var events = EventsTestSupport.Events(
            "An assault on the port city of Hodeidah could displace hundreds of thousands of people, aid agencies warned on Monday.", _published).Events;

        Assert.DoesNotContain(events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
        Assert.Contains(events, e => e.Acled is not null && e.Modality == EventModality.Hypothetical);
    }

    [Theory]
    [InlineData("An air strike on a market in Hodeidah killed six people on Monday, officials said.")]
    [InlineData("The air strike on a market in Hodeidah on Monday could be the deadliest this year, officials said.")]
    public void Detect_ToldStrikeWithOrWithoutAModal_StaysAsserted(string text)
    {
        Assert.Equal("Air/drone strike", Assert.Single(Asserted(text)).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_AccidentToldInTheNextSentence_NoEvent()
    {
        Assert.Empty(Asserted("An explosion at a chemical plant in the Indian town of Dahej killed three workers on Tuesday, officials said. "
            + "The blast was caused by a spark during welding work, they said."));
    }

    [Fact]
    public void Detect_BombToldInTheNextSentence_StaysAnExplosion()
    {
        var e = Assert.Single(Asserted("An explosion at a market in Maiduguri killed three traders on Tuesday, officials said. "
            + "The blast was caused by a bomb hidden in a bag, police said."));

        Assert.Equal("Explosions/Remote violence", e.Acled!.EventType);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void Detect_ViolenceAtTheSceneOfAToldIncident_OneEvent()
    {
        var events = Asserted("A mob beat a suspected thief to death in the town of Kisii on Sunday, police said. "
            + "Officers who arrived at the scene were pelted with stones and could not leave until Monday morning.");

        Assert.Equal("Mob violence", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ViolenceElsewhereOnAnotherDay_TwoEvents()
    {
        var events = Asserted("A mob beat a suspected thief to death in the town of Kisii on Sunday, police said. "
            + "On Monday, rioters pelted officers with stones in Nakuru.");

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Detect_MonthDatedSentenceAfterADayDatedLead_Background()
    {
        var events = Asserted("Police arrested an opposition lawmaker in Harare on Monday, his lawyers said. "
            + "Last month, gunmen killed two opposition activists in Bulawayo, residents said.");

        Assert.Equal("Arrests", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_DayDatedSentenceAfterADayDatedLead_TwoEvents()
    {
        var events = Asserted("Police arrested an opposition lawmaker in Harare on Monday, his lawyers said. "
            + "On Sunday, gunmen killed two opposition activists in Bulawayo, residents said.");

        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("A suicide bomber blew himself up at a market in Mogadishu on Friday, killing 12 people, police said. "
        + "Al-Shabaab, which has carried out many bombings in the capital, claimed responsibility.", "Al Shabaab")]
    [InlineData("An explosive device went off outside a police station in Morales, Cauca, on Monday, wounding two officers, police said. "
        + "They blamed FARC dissidents.", "FARC Dissidents")]
    public void Detect_UnnamedPerpetratorClaimedOrBlamed_TheGroupIsActor1(string text, string actor1)
    {
        Assert.Equal(actor1, Assert.Single(Asserted(text)).Actor1?.Name);
    }

    [Theory]
    [InlineData("A roadside bomb hit an army truck near Boni in Mali's Mopti region on Tuesday, killing four soldiers, a military source said. "
        + "The army blamed JNIM, which did not claim the blast.", null)]
    [InlineData("A suicide bomber blew himself up at a market in Mogadishu on Friday, killing 12 people, police said. "
        + "Al-Shabaab did not claim responsibility.", "Unidentified")]
    [InlineData("Somali soldiers shot dead two civilians in Jowhar on Friday, residents said. Al-Shabaab claimed the attack.", "Military Forces of Somalia")]
    public void Detect_DeniedClaimOrNamedPerpetrator_Actor1Unchanged(string text, string? actor1Start)
    {
        var actor = Assert.Single(Asserted(text)).Actor1;

        if (actor1Start is null)
        {
            Assert.True(actor is null || actor.Name.StartsWith("Unidentified", StringComparison.Ordinal), actor?.Name);
        }
        else
        {
            Assert.StartsWith(actor1Start, actor?.Name ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("A gunman shot dead a village chief and three other people in Zamfara on Monday, police said.", 4)]
    [InlineData("A gunman shot dead the chief's three bodyguards in Zamfara on Monday, police said.", 3)]
    public void Detect_PersonsBeforeAndAFigure_AddUp(string text, int fatalities)
    {
        Assert.Equal(fatalities, Assert.Single(Asserted(text)).Fatalities);
    }
}
