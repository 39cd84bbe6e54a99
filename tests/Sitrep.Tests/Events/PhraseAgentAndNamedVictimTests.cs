using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 22 readings of fresh text: a trigger inside a compound or idiom of no event (figurative_senses.tsv phrase role:
/// "strike price", "arrest warrant", "in protest", "under blockade"), attacks made by critics and the press (agent role),
/// verbs of guarding against a danger ("hedged against attacks"), a headline before the lead, and violence against one
/// named person an apposition describes as no combatant (an official, a mayor). Each theory pairs the reading with a
/// contrast it must leave alone. The reports are written for these tests (not gold items).
/// </summary>
public class PhraseAgentAndNamedVictimTests
{
    private static readonly DateOnly _published = new(2025, 6, 17);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("Brent crude options with a strike price of $100 a barrel traded heavily on Thursday, dealers said.")]
    [InlineData("Russia summoned Azerbaijan's ambassador in protest on Monday, the foreign ministry said.")]
    [InlineData("A judge in La Paz issued an arrest warrant for the former minister on Monday.")]
    [InlineData("More than 40 towns in Burkina Faso are under blockade by armed groups, the World Food Programme said on Tuesday.")]
    public void Detect_TriggerInsideAPhraseOfNoEvent_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("An air strike on a market in Hodeidah killed six people on Monday, officials said.", "Air/drone strike")]
    [InlineData("Thousands of people marched in protest against the new tax in Nairobi on Tuesday.", "Peaceful protest")]
    [InlineData("Police arrested the former minister in La Paz on Monday.", "Arrests")]
    public void Detect_SameWordsOutsideThePhrase_OneEvent(string text, string subEventType)
    {
        Assert.Equal(subEventType, Assert.Single(Asserted(text)).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ActInProtest_DissentWithNoAcledType()
    {
        var events = EventsTestSupport.Events("Russia summoned Azerbaijan's ambassador in protest on Monday, the foreign ministry said.", _published).Events;

        Assert.Contains(events, e => e.PloverEvent == "PROTEST" && e.Acled is null);
        Assert.DoesNotContain(events, e => e.Acled is { EventType: "Protests" });
    }

    [Fact]
    public void Detect_AttacksByThePress_NoAssertedAcledEvent()
    {
        Assert.Empty(Asserted("The minister has been the target of relentless attacks by the press and critics, his spokesman said on Monday."));
    }

    [Fact]
    public void Detect_AttackFromGunmen_OneEvent()
    {
        Assert.Single(Asserted("A convoy came under attack from gunmen near Pageri on Sunday, killing a driver, the agency said."));
    }

    [Fact]
    public void Detect_AttacksHedgedAgainst_NotAsserted()
    {
        var events = EventsTestSupport.Events("Traders hedged against attacks on tankers in the Strait of Hormuz on Thursday, analysts said.", _published).Events;

        Assert.DoesNotContain(events, e => e.Acled is not null && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_AttacksThatHappened_StayAsserted()
    {
        Assert.Single(Asserted("Houthi attacks on tankers in the Red Sea on Thursday damaged two ships, officials said."));
    }

    [Fact]
    public void Detect_MonthDatedSentenceAfterAHeadlineAndADayDatedLead_Background()
    {
        var events = Asserted("Cameroon: separatists abduct bus passengers near Kumbo. "
            + "Armed separatists abducted 11 travellers on the Kumbo-Ndop road on Monday, officials said. "
            + "Last month the army said it had killed a separatist commander in a raid near Nkambe.");

        Assert.Equal("Abduction/forced disappearance", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Detect_MonthDatedSentenceAfterAnUndatedLeadAlone_StaysAsserted()
    {
        // Only a lead with no time at all gives way to the sentence after it: a lead dated to a month keeps its place.
        var events = Asserted("In May, separatists abducted 11 travellers on the Kumbo-Ndop road, officials said. "
            + "Last month the army said it had killed a separatist commander in a raid near Nkambe.");

        Assert.Contains(events, e => e.Acled!.EventType == "Battles");
    }

    [Fact]
    public void Detect_NamedOfficialShot_AttackOnACivilianWithTheGovernmentAssociated()
    {
        var e = Assert.Single(Asserted("Members of a ruling party militia beat to death Eric Niyonzima, a local official of the opposition party, in Cibitoke province on Sunday, a rights group said."));

        Assert.Equal("Attack", e.Acled!.SubEventType);
        Assert.Equal("CVL", e.Actor2!.Sector);
        Assert.Contains(e.AssocActor2, a => a.Sector == "GOV");
    }

    [Fact]
    public void Detect_NamedCommanderShot_NoAttackOnCivilians()
    {
        var e = Assert.Single(Asserted("Soldiers shot Abu Omar, a Hamas commander, in Jenin on Sunday, the army said."));

        Assert.NotEqual("Violence against civilians", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_ClaimRetoldAfterALeadThatDeniesIt_NotAsserted()
    {
        Assert.Empty(Asserted("Ethiopia's government on Monday rejected Eritrean claims that its troops had shelled villages near Zalambessa. "
            + "Eritrea's information minister had said on social media that Ethiopian artillery fired on farmland over the weekend."));
    }

    [Fact]
    public void Detect_PastPerfectReportAfterALeadThatDeniesNothing_StaysAsserted()
    {
        Assert.Contains(Asserted("Ethiopia's government on Monday asked the UN to investigate the shelling of villages near Zalambessa. "
            + "Eritrea's information minister had said on social media that Ethiopian artillery fired on farmland over the weekend."),
            e => e.Acled!.EventType == "Explosions/Remote violence");
    }

    [Fact]
    public void Detect_AttacksOfAKindCondemned_NotAsserted()
    {
        Assert.Empty(Asserted("The European Union's foreign policy chief on Monday condemned attacks on aid workers in Sudan, saying at least 100 had been killed since April 2023."));
    }

    [Fact]
    public void Detect_AnAttackCondemnedByName_StaysAsserted()
    {
        Assert.Single(Asserted("The United Nations condemned the attack on an aid convoy near Pageri on Sunday, which killed a driver."));
    }

    [Fact]
    public void Detect_CapitalAfterAreaOf_IsWhereNotTheGovernment()
    {
        var e = Assert.Single(Asserted("Mortar shells fired by al-Shabaab militants landed in a residential area of Mogadishu on Tuesday night, killing two civilians, police said."));

        Assert.NotEqual("MIL", e.Actor2?.Sector);
        Assert.NotEqual("GOV", e.Actor2?.Sector);
    }
}
