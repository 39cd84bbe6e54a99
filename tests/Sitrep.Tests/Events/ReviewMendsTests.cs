using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 23 mends of round 22's readings (issue #5): a by-phrase names press or critics only in its own noun phrases,
/// "in protest" is a statement only for a diplomatic or official act or a doer that is no crowd or civilian group, a
/// past perfect report after a denying lead is denied only when it retells the denied act at no other place, and a
/// condemned plural dated to a day or told with a toll is one incident. Each pairs with the round 22 test it must keep
/// (PhraseAgentAndNamedVictimTests). The reports are written for these tests (not gold items).
/// </summary>
public class ReviewMendsTests
{
    private static readonly DateOnly _published = new(2025, 6, 17);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Fact]
    public void Detect_AttackByGunmenOnANewspaper_OneEvent()
    {
        // The by-phrase names gunmen; "newspaper" belongs to the target after "on".
        Assert.Single(Asserted("Masked gunmen carried out an attack by night on the offices of a regional newspaper in Culiacan on Sunday, police said."));
        Assert.Single(Asserted("An attack by gunmen on a newspaper office in Culiacan wounded two guards on Sunday."));
    }

    [Fact]
    public void Detect_AttacksByMembersOfThePress_NoAssertedAcledEvent()
    {
        Assert.Empty(Asserted("The senator complained on Monday of unfair attacks by members of the press and several columnists."));
    }

    [Theory]
    [InlineData("Market traders in Kano shut their shops on Tuesday in protest against a new municipal levy.")]
    [InlineData("Nurses at two state hospitals in Lagos went on strike on Monday in protest over months of unpaid wages.")]
    public void Detect_CivilianGroupActsInProtest_Protests(string text)
    {
        Assert.Contains(Asserted(text), e => e.Acled!.EventType == "Protests");
    }

    [Theory]
    [InlineData("Poland recalled its ambassador from Minsk in protest on Monday, the foreign ministry said.")]
    [InlineData("The foreign ministry in Warsaw lodged a formal note in protest on Monday.")]
    public void Detect_DiplomaticActOrOfficialDoerInProtest_NoProtestsType(string text)
    {
        Assert.DoesNotContain(EventsTestSupport.Events(text, _published).Events, e => e.Acled is { EventType: "Protests" });
    }

    [Fact]
    public void Detect_PastPerfectReportOfAnotherIncidentAfterADenyingLead_StaysAsserted()
    {
        var events = Asserted("Police in Eldoret denied reports that officers had beaten students during a sit-in. "
            + "Separately, the regional commissioner had said that bandits killed four herders near Marigat on Saturday.");

        Assert.Contains(events, e => e.Fatalities == 4);
    }

    [Fact]
    public void Detect_CondemnedAttacksDatedToADayWithAToll_OneIncident()
    {
        Assert.Single(Asserted("The interior ministry condemned deadly attacks on relief lorries in North Kordofan on Tuesday that killed three drivers."));
    }

    [Fact]
    public void Detect_CondemnedAttacksOfAKindWithALaterTally_NotAsserted()
    {
        Assert.Empty(Asserted("The aid agency's director on Friday condemned attacks on health workers in Myanmar, saying dozens had died since 2021."));
    }
}
