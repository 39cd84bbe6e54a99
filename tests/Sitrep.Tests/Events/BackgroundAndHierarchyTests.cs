using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Over-generation and sub-event typing: background, tallies, plans and support told around an event are no events
/// of their own, and ACLED's hierarchy picks the sub-event. The reports are written for these tests (not gold items).
/// </summary>
public class BackgroundAndHierarchyTests
{
    private static readonly DateOnly _published = new(2024, 6, 12);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("In March, militants attacked a checkpoint in the same district, killing nine soldiers.")]
    [InlineData("Last year, a car bomb outside the governor's office in Kandahar killed 14 people.")]
    [InlineData("Residents have lived in fear since the army launched its offensive on the town.")]
    [InlineData("Schools in the valley reopened only recently after months of clashes between rival militias.")]
    [InlineData("The militia has killed more than 300 villagers over the past two years, a UN panel said.")]
    [InlineData("The rebel commander threatened in a video on Monday to attack the airport in Juba.")]
    [InlineData("The governor called on the gunmen holding the hostages to surrender.")]
    [InlineData("Both armies accused each other of breaching the ceasefire agreed in Addis Ababa.")]
    [InlineData("The minister said air strikes on hospitals must stop.")]
    [InlineData("Officials on Monday compensated the families of policemen killed in last month's ambush near Garissa.")]
    [InlineData("The bodies of six people abducted by gunmen were found in a river near Jos on Sunday, police said.")]
    [InlineData("The conflict in Tigray has killed hundreds of thousands of people, researchers said on Monday.")]
    [InlineData("The insurgents, who have ambushed convoys on the road for years, released a new video on Tuesday.")]
    [InlineData("Hamas said on Tuesday that its fighters were acting in response to an Israeli raid that killed three people in Jenin.")]
    [InlineData("A court in Nairobi on Monday jailed two men for their part in the 2013 attack on the Westgate mall.")]
    [InlineData("Rights groups said on Monday that the army had shelled the town dozens of times this year.")]
    [InlineData("The government on Monday accused the rebels of ambushing a convoy near Bunia last month.")]
    [InlineData("A similar attack on a bus in the same province killed eight people.")]
    [InlineData("Police launched a search for the gunmen on Monday.")]
    [InlineData("The president sent condolences to the families of the victims on Sunday.")]
    [InlineData("The militants hold a forest camp from which they raid villages for food, officials said on Monday.")]
    public void Detect_BackgroundTallyPlanOrDemand_NoAssertedAcledEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_TwoIncidentsJoinedByCommaAnd_TwoEvents()
    {
        var events = Asserted("Rebels shelled the outskirts of Goma on Friday, and a drone strike on a market in Sake killed four people, officials said.");

        Assert.Equal(["Air/drone strike", "Shelling/artillery/missile attack"], events.Select(e => e.Acled!.SubEventType).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Detect_IncidentWithItsToll_OneEvent()
    {
        var events = Asserted("Militants attacked an army post near Tillaberi on Sunday, and three soldiers were killed, the army said.");

        Assert.Equal(3, Assert.Single(events).Fatalities);
    }

    [Theory]
    [InlineData("Russia launched 40 drones at Kyiv overnight, officials said on Monday.", "Air/drone strike")]
    [InlineData("Gunmen shot dead three miners at a gold mine near Kamituga on Sunday, residents said.", "Attack")]
    [InlineData("Thousands of farmers marched through the capital on Monday to demand higher prices.", "Peaceful protest")]
    [InlineData("Relatives of the missing students marched through Mexico City on Monday to demand answers.", "Peaceful protest")]
    public void Detect_ContextThatLooksLikeBackground_StillAnEvent(string text, string subEventType)
    {
        Assert.Equal(subEventType, Asserted(text).First().Acled?.SubEventType);
    }

    [Fact]
    public void Detect_AccusationOfWhatGoesOn_Asserted()
    {
        var events = Asserted("Ukraine accused Russia on Tuesday of shelling Kherson, killing two people.");

        Assert.Contains(events, e => e.Acled?.EventType == "Explosions/Remote violence");
    }

    [Fact]
    public void Detect_AirSupportInGroundFight_OneBattlesEvent()
    {
        var events = Asserted("Malian troops, supported by helicopter gunships, killed 14 militants near Kidal on Monday, the army said.");

        var e = Assert.Single(events);
        Assert.Equal("Battles", e.Acled?.EventType);
    }

    [Fact]
    public void Detect_AbductionWithKilling_AttackWithFatalities()
    {
        var e = Assert.Single(Asserted("Gunmen stormed a village in Katsina state on Monday, kidnapping 30 residents and killing four of them."));

        Assert.Equal("Attack", e.Acled?.SubEventType);
        Assert.Equal(4, e.Fatalities);
    }

    [Theory]
    [InlineData("Soldiers burned down dozens of homes in a village in Sagaing region on Tuesday after residents had fled.", "Looting/property destruction")]
    [InlineData("Rebels shelled a market in Goma on Friday, killing six civilians.", "Shelling/artillery/missile attack")]
    [InlineData("Police fired tear gas and arrested 40 people outside the courthouse in Lagos on Monday.", "Protest with intervention")]
    [InlineData("Thousands of students marched through Belgrade on Sunday and dispersed peacefully in the evening.", "Peaceful protest")]
    [InlineData("Militants attacked an army base near Tillaberi on Sunday, battling soldiers for three hours.", "Armed clash")]
    [InlineData("A crowd in Port-au-Prince beat and burned to death two suspected thieves on Friday.", "Mob violence")]
    public void Detect_Hierarchy_PicksSubEventType(string text, string subEventType)
    {
        var e = Asserted(text).First();

        Assert.Equal(subEventType, e.Acled?.SubEventType);
    }

    [Fact]
    public void Detect_RallyYearsAfterDeadlyBlast_PeacefulWithoutTheBlastsToll()
    {
        var e = Assert.Single(Asserted("Hundreds rallied in Beirut on Tuesday, four years after the port explosion killed more than 200 people."));

        Assert.Equal("Peaceful protest", e.Acled?.SubEventType);
        Assert.True(e.Fatalities is null or 0);
    }

    [Fact]
    public void Merge_StateClaimsItsOwnStrike_OneIncident()
    {
        var events = Asserted("Ukrainian drones hit a fuel depot in Bryansk on Sunday, the regional governor said. "
            + "Ukraine's general staff said it had struck the depot to disrupt Russian supplies.");

        var e = Assert.Single(events);
        Assert.Equal(2, e.Evidence.Length);
    }

    [Fact]
    public void Merge_AttackersAlsoLooted_PartOfTheAttack()
    {
        var events = Asserted("Gunmen killed seven villagers in an attack on Kabanga in Ituri province on Tuesday, a local official said on Thursday. "
            + "The attackers also looted shops.");

        var e = Assert.Single(events);
        Assert.Equal("Attack", e.Acled?.SubEventType);
    }

    [Fact]
    public void Detect_WarningShots_NoAcledEvent()
    {
        Assert.Empty(Asserted("Soldiers fired into the air to clear the road near the market."));
    }
}
