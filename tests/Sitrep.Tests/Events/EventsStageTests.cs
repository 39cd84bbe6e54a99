using Sitrep.Events;

namespace Sitrep.Tests.Events;

public class EventsStageTests
{
    [Fact]
    public void Run_DefaultStage_ReadsTheVerbDictionaryOnItsFirstDocumentOnly()
    {
        var analyzed = EventsTestSupport.AnalyzeBeforeEvents("Rebels shelled a market in Goma on Friday, killing six civilians.", new DateOnly(2024, 6, 12));
        var stage = new EventsStage();

        Assert.False(stage.DictionaryLoaded);

        var events = stage.Run(analyzed).Get<EventsLayer>().Events;

        Assert.True(stage.DictionaryLoaded);
        Assert.NotNull(stage.Dictionary);
        Assert.Contains(events, e => e.CameoCode is not null);
    }
}
