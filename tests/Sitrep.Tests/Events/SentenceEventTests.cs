using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>Single reports from several conflicts: type, figures and modality of the main event.</summary>
public class SentenceEventTests
{
    private static readonly DateOnly _published = new(2024, 6, 12);

    private static EventAnnotation MainEvent(string text)
    {
        var layer = EventsTestSupport.Events(text, _published);
        Assert.NotEmpty(layer.Events);
        return layer.Events[0];
    }

    [Theory]
    [InlineData("Russian artillery shelled the town of Kupiansk in the Kharkiv region on Tuesday, killing two civilians.", "Shelling/artillery/missile attack", 2)]
    [InlineData("An Israeli airstrike hit a house in Rafah on Monday, killing 12 people.", "Air/drone strike", 12)]
    [InlineData("A roadside bomb exploded near a military convoy in Helmand province on Sunday, killing three soldiers.", "Remote explosive/landmine/IED", 3)]
    [InlineData("Police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday.", "Protest with intervention", null)]
    [InlineData("Gunmen abducted 20 students from a school in Kaduna state on Monday.", "Abduction/forced disappearance", null)]
    public void Detect_Sentence_SubEventTypeAndFatalities(string text, string subEventType, int? fatalities)
    {
        var e = MainEvent(text);
        Assert.Equal(subEventType, e.Acled?.SubEventType);
        Assert.Equal(fatalities, e.Fatalities);
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Fact]
    public void Detect_InterceptedDrones_DisruptedWeaponsUse()
    {
        var e = MainEvent("Air defences shot down 15 Ukrainian drones over the Belgorod region on Tuesday, the ministry said.");
        Assert.Equal("Disrupted weapons use", e.Acled?.SubEventType);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Detect_AirStrikeDuringBattle_Battles()
    {
        var e = MainEvent("Sudanese army troops clashed with the Rapid Support Forces in El Fasher on Sunday, backed by airstrikes.");
        Assert.Equal("Battles", e.Acled?.EventType);
    }

    [Fact]
    public void Detect_DidNotAttack_Negated()
    {
        var layer = EventsTestSupport.Events("The army said its forces did not attack the village of Tal Abyad on Monday.", _published);
        Assert.DoesNotContain(layer.Events, e => e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_WillLaunchOffensive_Future()
    {
        var layer = EventsTestSupport.Events("The rebels will launch an offensive on Goma next week, a commander said.", _published);
        Assert.All(layer.Events, e => Assert.NotEqual(EventModality.Asserted, e.Modality));
        Assert.NotEmpty(layer.Events);
    }

    [Fact]
    public void Detect_InjuredOnly_InjuriesNotFatalities()
    {
        var e = MainEvent("A Russian missile strike on Odesa on Friday injured five people.");
        Assert.Equal(5, e.Injuries);
        Assert.Null(e.Fatalities);
    }

    [Fact]
    public void Detect_StatementWithoutTrigger_NoEvent()
    {
        var layer = EventsTestSupport.Events("The foreign minister said on Monday that talks with the European Union were constructive.", _published);
        Assert.Empty(layer.Events);
    }
}
