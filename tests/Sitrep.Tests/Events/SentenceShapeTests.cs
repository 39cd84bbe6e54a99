using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>What the shape of a sentence says about its main event: reported demands, conditional threats, light verbs.</summary>
public class SentenceShapeTests
{
    private static readonly DateOnly _published = new(2024, 6, 12);

    private static EventAnnotation MainEvent(string text)
    {
        var events = EventsTestSupport.Events(text, _published).Events;
        Assert.NotEmpty(events);
        return events.OrderBy(e => e.Prominence).ThenBy(e => e.Trigger.Start).First();
    }

    [Theory]
    [InlineData("The foreign minister declared on Tuesday that the neighbouring government must release the detained journalists.")]
    [InlineData("The opposition leader said the army should withdraw from the capital before the elections.")]
    public void Detect_ReportedObligation_Request(string text) => Assert.Equal("REQUEST", MainEvent(text).PloverEvent);

    [Fact]
    public void Detect_PromiseOnCondition_Threaten()
    {
        var e = MainEvent("The party said it will boycott the parliamentary elections unless the president resigns.");
        Assert.Equal("THREATEN", e.PloverEvent);
    }

    [Fact]
    public void Detect_LightVerbWithEventNoun_NounIsMain()
    {
        var e = MainEvent("The emir launched a mediation effort between the two governments on Saturday.");
        Assert.Equal("CONSULT", e.PloverEvent);
        Assert.Equal(0, e.Prominence);
    }

    [Fact]
    public void Detect_ParticipleModifier_NotTheMainEvent()
    {
        var e = MainEvent("The newly appointed prime minister rejected the proposal on Monday.");
        Assert.Equal("REJECT", e.PloverEvent);
    }

    [Fact]
    public void Detect_ReportVerb_NoEventOfItsOwn()
    {
        var events = EventsTestSupport.Events("Officials said on Monday that the talks were useful.", _published).Events;
        Assert.DoesNotContain(events, e => e.Trigger.Start == "Officials ".Length);
    }

    [Theory]
    [InlineData("Azerbaijani troops attacked Armenian-held positions in the Lachin district on Tuesday, the ministry said.", "ARM")]
    [InlineData("The Ukrainian army continues its offensive into Russian-held areas near the border.", "RUS")]
    public void Detect_OffensiveIntoHeldTerritory_HolderIsTarget(string text, string iso3)
    {
        var e = EventsTestSupport.Events(text, _published).Events.First(e => e.Acled is not null);
        Assert.Equal(iso3, e.Actor2?.CountryIso3);
        Assert.Equal("MIL", e.Actor2?.Sector);
    }
}
