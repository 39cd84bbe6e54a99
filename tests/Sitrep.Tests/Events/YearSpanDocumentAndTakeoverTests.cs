using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 26 readings of fresh text: an act counted between two years (a tally), plural event nouns a report documents
/// (its contents), and a takeover fight told in war words. Each theory pairs the reading with a contrast it must leave
/// alone. The reports are written for these tests (not gold items).
/// </summary>
public class YearSpanDocumentAndTakeoverTests
{
    private static readonly DateOnly _published = new(2025, 9, 10);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("Soldiers and militias were behind the killing of at least 64 farmers between 2019 and 2023, an inquiry found on Tuesday.")]
    [InlineData("Gunmen attacked 140 schools in the region from 2020 to 2024, the education ministry said on Monday.")]
    public void Detect_ActCountedBetweenTwoYears_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("Gunmen killed seven farmers near Guma on Tuesday, police said, the worst attack on the village since 2019.")]
    [InlineData("Soldiers shot dead three smugglers on the border on Monday between the posts of Sari and Dalo, officials said.")]
    public void Detect_IncidentNamingAYearOrAPlace_StaysAsserted(string text)
    {
        Assert.NotEmpty(Asserted(text));
    }

    [Theory]
    [InlineData("The study documents abductions, beatings and the looting of shops in the eastern districts.")]
    [InlineData("Monitors recorded 52 attacks on health workers across the country, the group said in its yearly review.")]
    public void Detect_PluralActsADocumentLists_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_SingleKillingAGroupDocumented_StaysAsserted()
    {
        Assert.NotEmpty(Asserted("The monitoring group documented the killing of four traders by soldiers in Kalima on Monday."));
    }

    [Theory]
    [InlineData("The brewer fought off a hostile raid by a Dutch rival on Monday after shareholders rejected its offer.")]
    [InlineData("The chairman called the takeover bid 'an ambush' and said the company would attack the offer in court.")]
    public void Detect_TakeoverFightInWarWords_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_RaidOnAVillage_StaysAsserted()
    {
        Assert.NotEmpty(Asserted("Soldiers raided a village near Sake on Monday and shot dead two men, residents said."));
    }
}

/// <summary>
/// Round 26: fighters who flee retreat, they are not displaced (figurative_senses retreat), also when a name in an "of"
/// phrase stands between them and the verb. Written for these tests (not gold items).
/// </summary>
public class FightersFleeingTests
{
    private static readonly DateOnly _published = new(2025, 9, 10);

    private static List<EventAnnotation> Other(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Acled?.SubEventType == "Other")];

    [Theory]
    [InlineData("The army said the fighters of the Popular Front for the Liberation of Tamara had fled towards the hills.")]
    [InlineData("The militants fled into the forest when the helicopters arrived, a spokesman said.")]
    public void Detect_FightersFleeing_NoDisplacement(string text)
    {
        Assert.Empty(Other(text));
    }

    [Fact]
    public void Detect_VillagersFleeing_StaysDisplacement()
    {
        Assert.NotEmpty(Other("Tens of thousands of villagers fled Mabanga over the weekend after fighting reached the town, the UN said on Monday."));
    }
}
