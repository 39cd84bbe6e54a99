using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 24 readings of fresh text: acts counted over a whole war or over recent weeks (a tally), what a picture is said
/// to show (a fact check), an act given a deadline (an ultimatum), a case prosecutors tell, cricket and parliamentary
/// war words, verbs of guarding without a danger, "in protest" after a singular noun in -ss, and a tally's time that no
/// one spoke on. Each theory pairs the reading with a contrast it must leave alone. The reports are written for these
/// tests (not gold items).
/// </summary>
public class SpanDepictionAndDeadlineTests
{
    private static readonly DateOnly _published = new(2025, 6, 20);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("Russian strikes killed more than 300 civilians in the Kharkiv region during the war, the governor said on Monday.")]
    [InlineData("Government soldiers killed 45 rebels in the hills in recent weeks, a spokesman said on Monday.")]
    [InlineData("Soldiers shot dead 40 smugglers on the border over the past two years, a rights group said on Monday.")]
    public void Detect_ActCountedOverASpan_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("A Russian missile killed 14 people in Kharkiv on Monday in the deadliest strike on the city during the war, the governor said.")]
    [InlineData("Police arrested 21 people suspected of spying for Israel during the war, the agency reported on Tuesday.")]
    [InlineData("Russian drones struck Kyiv on Sunday in the heaviest attack in recent weeks, officials said.")]
    [InlineData("Gunmen killed nine herders near Dogo on Tuesday during the insurgency in the north, police said.")]
    public void Detect_RankedOrOtherPredicateSpan_StaysAsserted(string text)
    {
        Assert.NotEmpty(Asserted(text));
    }

    [Theory]
    [InlineData("A video shared widely on Tuesday as showing an Israeli air strike on Beirut was filmed in 2020, fact-checkers said.")]
    [InlineData("Footage purporting to show soldiers shelling a village in Tigray was filmed in Syria, analysts said on Tuesday.")]
    public void Detect_ClaimedDepiction_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_StrikeThatAVideoShowsAfterwards_StaysAsserted()
    {
        Assert.NotEmpty(Asserted("An Israeli air strike hit a building in Beirut on Tuesday, and a video showed the moment of impact, officials said."));
    }

    [Theory]
    [InlineData("The rebel commander gave the army 48 hours to withdraw from Kadugli, a spokesman said on Monday.")]
    [InlineData("The militia was given until Sunday to withdraw from the port, the ministry said on Monday.")]
    public void Detect_ActGivenADeadline_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_WithdrawalThatHappened_StaysAsserted()
    {
        Assert.NotEmpty(Asserted("Government troops withdrew from Kadugli on Monday, handing the town to the rebels, a spokesman said."));
    }

    [Fact]
    public void Detect_CaseProsecutorsTellWithNoDayOfItsOwn_NoAssertedAcledEvent()
    {
        Assert.Empty(Asserted("Prosecutors said fighters under his command killed at least 200 villagers in attacks on three villages."));
    }

    [Fact]
    public void Detect_NewsProsecutorsGiveWithItsDay_StaysAsserted()
    {
        Assert.Single(Asserted("Prosecutors said gunmen killed five people at a bar in Celaya on Tuesday."));
    }

    [Theory]
    [InlineData("Their spinners bombarded the batsmen before the openers blasted 128 runs as India won by seven wickets on Sunday.")]
    [InlineData("Opposition leaders attacked the budget as a massacre of the middle class before the government survived a no-confidence vote on Tuesday.")]
    public void Detect_CricketAndParliamentWarWords_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_AttackOnAVillage_StaysAsserted()
    {
        Assert.Single(Asserted("Gunmen attacked a village in Plateau state on Tuesday, killing 12 people, police said."));
    }

    [Fact]
    public void Detect_ProtestThatPoliceGuarded_Asserted()
    {
        Assert.Contains(Asserted("Riot police guarded the protest outside parliament in Nairobi on Tuesday."), e => e.Acled!.EventType == "Protests");
    }

    [Fact]
    public void Detect_AttacksGuardedAgainst_NotAsserted()
    {
        Assert.Empty(Asserted("Villagers dug trenches to protect themselves from attacks, residents said on Tuesday."));
    }

    [Fact]
    public void Detect_InProtestAfterASingularNounInSs_StatementWithNoAcledType()
    {
        // "congress" ends in -s but names one body, no crowd: its act "in protest" is a statement (dissent).
        var events = EventsTestSupport.Events("The opposition's congress boycotted the vote in protest on Monday.", _published).Events;

        Assert.DoesNotContain(events, e => e.Acled is { EventType: "Protests" });
    }

    [Fact]
    public void Detect_TallyTimeBesideYesterday_YesterdayCountsFromPublication()
    {
        // 20 June 2025 is a Friday: "yesterday" is Thursday; "as of Wednesday" dates the toll, not anyone's words.
        var killing = Assert.Single(Asserted("Gunmen killed two police officers in Quetta yesterday, bringing the toll as of Wednesday to 40."));

        Assert.Equal(new DateOnly(2025, 6, 19), Assert.IsType<Sitrep.Time.DayValue>(killing.Date).Date);
    }

    [Fact]
    public void Detect_PurposeOfSuchActs_NoAssertedAcledEvent()
    {
        Assert.Empty(Asserted("Kyiv says its long-range drone strikes on refineries aim to cut the revenues that pay for the war."));
    }

    [Fact]
    public void Detect_PurposeOfStrikesOnADay_StaysAsserted()
    {
        Assert.NotEmpty(Asserted("Ukrainian drone strikes on two refineries in Samara on Monday aimed to cut fuel supplies, officials said."));
    }
}
