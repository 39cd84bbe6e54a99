using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 19 readings of fresh text: tallies over a period running up to now or named back ("this year", "over the same
/// period"), market language and drills told with violent words (figurative_senses.tsv), the act a court judges or
/// retells, a battle whose sides are named after its place and time, disturbances as riots, and force whose setting is
/// a demonstration or strike. Each
/// theory pairs the reading with a contrast it must leave alone. The reports are written for these tests (not gold items).
/// </summary>
public class TallyCourtAndSettingTests
{
    private static readonly DateOnly _published = new(2025, 6, 17);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("The army said on Monday that it had killed 925 militants in Khyber Pakhtunkhwa this year, in more than 14,000 operations.")]
    [InlineData("The army said its operations had gone on all year. At least 580 soldiers and police officers were killed over the same period, the spokesman said.")]
    public void Detect_TollOverAPeriod_NoAssertedEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("The army said on Monday that it had killed 25 militants in an air strike in Khyber Pakhtunkhwa on Sunday.")]
    [InlineData("At least 58 soldiers were killed in clashes with militants in Khyber Pakhtunkhwa on Sunday, the army said.")]
    public void Detect_TollOfOneIncident_StaysAnEvent(string text)
    {
        Assert.Single(Asserted(text));
    }

    [Theory]
    [InlineData("Nigeria's central bank fired a warning shot at currency speculators on Tuesday, the dealers said.")]
    [InlineData("Nigeria's central bank fired a warning shot at currency speculators on Tuesday, raiding their positions with a surprise sale of dollars.")]
    [InlineData("Traders said on Tuesday that the war against inflation, which is killing small businesses in Lagos, was far from over.")]
    [InlineData("Officers playing gunmen fired blank rounds as commandos stormed the train in Manila on Wednesday, in a drill, police said.")]
    public void Detect_MarketLanguageOrDrill_NoAssertedEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("Soldiers fired warning shots and then live rounds at a crowd in central Lagos on Tuesday, killing two people, witnesses said.")]
    [InlineData("Israeli forces in the West Bank fired on a car near Jenin on Tuesday, killing two men, the health ministry said.")]
    [InlineData("A gunman shot a trader at point-blank range in central Bamako on Saturday, police said.")]
    [InlineData("Gunmen killed two business owners in central Lagos on Tuesday, police said.")]
    [InlineData("The retailer said gunmen entered its store in central Lagos on Tuesday, killing two guards.")]
    [InlineData("Police said the militants tried again on Monday with a suicide car bomb at the army post in Bulo Burte.")]
    public void Detect_ViolenceBesideMarketAndDrillLookalikes_OneEvent(string text)
    {
        Assert.Single(Asserted(text));
    }

    [Theory]
    [InlineData("A court in Frankfurt on Monday sentenced a Syrian doctor to life in prison for torturing detainees and killing one of them at a military hospital in Homs.")]
    [InlineData("A court in Bangui sentenced a militia commander to life in prison on Monday. Judges said he had beaten prisoners and burned villages.")]
    [InlineData("A court in Bangui sentenced a militia commander to life in prison on Monday. Judges said he had beaten prisoners, set fire to a man's clothes and shot another.")]
    public void Detect_ActACourtJudgesOrRetells_NoAssertedEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("A man convicted for theft shot dead three people in Bamako on Monday, police said.")]
    [InlineData("Police said gunmen had killed five villagers in Zamfara on Monday.")]
    public void Detect_ViolenceBesideACourtLookalike_OneEvent(string text)
    {
        Assert.Single(Asserted(text));
    }

    [Theory]
    [InlineData("Heavy fighting broke out in Las Anod on Monday between Somaliland's army and clan militias, killing at least 20 people.", "Armed clash")]
    [InlineData("Gunmen attacked a village in Zamfara on Monday, killing at least 20 people, officials said.", "Attack")]
    public void Detect_SidesNamedAfterPlaceAndTime_BattleWhoeverTheDead(string text, string subEventType)
    {
        Assert.Equal(subEventType, Assert.Single(Asserted(text)).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Serious disturbances took place in Noumea on Tuesday night, and 54 gendarmes were injured, officials said.")]
    [InlineData("Violent disturbances broke out in Noumea on Tuesday night, officials said.")]
    public void Detect_DisturbancesByName_Riot(string text)
    {
        Assert.Equal("Riots", Assert.Single(Asserted(text)).Acled!.EventType);
    }

    [Fact]
    public void Detect_NoDisturbances_NoAssertedEvent()
    {
        Assert.Empty(Asserted("No serious disturbances were reported in Noumea on Tuesday night, officials said."));
    }

    [Theory]
    [InlineData("Security forces shot dead two young men in Conakry on Monday during a general strike called by unions, residents said.")]
    [InlineData("Police shot dead two men during a protest in Conakry on Monday, witnesses said.")]
    public void Detect_ForceDuringADemonstrationOrStrike_ExcessiveForce(string text)
    {
        Assert.Contains(Asserted(text), e => e.Acled!.SubEventType == "Excessive force against protesters");
    }

    [Fact]
    public void Detect_ForceAfterDemonstratorsViolenceInTheSentence_Riot()
    {
        var events = Asserted("Pro-democracy protesters looted and burned shops in Matsapha on Tuesday, and security forces opened fire, killing several people, witnesses said.");

        Assert.All(events, e => Assert.Equal("Violent demonstration", e.Acled!.SubEventType));
        Assert.Contains(events, e => e.Fatalities > 0);
    }

    [Theory]
    [InlineData("Gunmen burned a truck near Matsapha on Tuesday, and security forces opened fire on them, killing two of the attackers, police said.")]
    [InlineData("Eleven militants were killed in an encounter with police in Jiribam on Monday after an attack on a police station; houses were set ablaze in the market.")]
    public void Detect_ForceBesideViolenceNotByDemonstrators_NotARiot(string text)
    {
        Assert.DoesNotContain(Asserted(text), e => e.Acled!.EventType is "Riots" or "Protests");
    }

    [Theory]
    [InlineData("Two civilians were killed during a strike on the town of Kharkiv on Monday, officials said.", "Explosions/Remote violence")]
    [InlineData("Soldiers killed three militants during an operation in Borno on Monday, the army said.", "Battles")]
    public void Detect_ForceDuringOtherSettings_NotAProtest(string text, string eventType)
    {
        Assert.Equal(eventType, Assert.Single(Asserted(text)).Acled!.EventType);
    }
}
