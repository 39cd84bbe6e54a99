using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Gate;

namespace Sitrep.Tests.Events.Gate;

public class EventGateTests
{
    // Written for these tests: an incident, then a sentence whose attack is only threatened.
    private const string _text = "Gunmen stormed a police post in the town of Mubi on Tuesday, killing four officers. "
        + "The rebels have vowed that they will attack more posts in the coming weeks.";

    private static readonly DateOnly _published = new(2024, 3, 14);

    [Fact]
    public void Read_DescribesTheReportedIncidentAsKeptAndTheThreatAsSetAside()
    {
        var document = EventsTestSupport.Analyze(_text, _published);

        var candidates = GateReader.Default.Read(document, document.Get<EventsLayer>().Events);

        var kept = Assert.Single(candidates, c => c.Kept);
        Assert.Contains("sent=0", kept.Features);
        Assert.Contains("date", kept.Features);
        Assert.Contains(candidates, c => !c.Kept && c.Sentence.Start > kept.Sentence.End && c.Features.Contains("group=modal"));
    }

    [Fact]
    public void Filter_DropsOnlyTheAssertedAcledEventsScoredBelowTheThreshold()
    {
        var document = EventsTestSupport.Analyze(_text, _published);
        var events = document.Get<EventsLayer>().Events;
        Assert.Contains(events, e => e.Modality == EventModality.Asserted && e.Acled is not null);

        var sceptic = new EventGate(new Dictionary<string, float> { ["bias"] = -5f }, 0.5);
        var trusting = new EventGate(new Dictionary<string, float> { ["bias"] = 5f }, 0.5);

        var gated = sceptic.Filter(document, events);
        Assert.DoesNotContain(gated, e => e.Modality == EventModality.Asserted && e.Acled is not null);
        Assert.Equal(events.Count(e => e.Modality != EventModality.Asserted || e.Acled is null), gated.Length);
        Assert.Equal(events, trusting.Filter(document, events));
    }

    [Fact]
    public void Stage_WithAGate_RunsItAtItsSeam_AndWithoutOneKeepsTheRulesEvents()
    {
        var analyzed = EventsTestSupport.AnalyzeBeforeEvents(_text, _published);

        var plain = new EventsStage { Gate = null }.Run(analyzed).Get<EventsLayer>().Events;
        var gated = new EventsStage { Gate = new EventGate(new Dictionary<string, float> { ["bias"] = -5f }, 0.5) }.Run(analyzed).Get<EventsLayer>().Events;

        Assert.Contains(plain, e => e.Modality == EventModality.Asserted && e.Acled is not null);
        Assert.DoesNotContain(gated, e => e.Modality == EventModality.Asserted && e.Acled is not null);
    }

    [Fact]
    public void SaveAndLoad_KeepWeightsAndThreshold()
    {
        var path = Path.GetTempFileName();
        try
        {
            var gate = new EventGate(new Dictionary<string, float> { ["bias"] = 0.25f, ["cue=future@near"] = -1.5f, ["zero"] = 0f }, 0.4);
            gate.Save(path, ["a comment"]);

            var loaded = EventGate.Load(path);

            Assert.Equal(0.4, loaded.Threshold, 3);
            Assert.Equal(2, loaded.FeatureCount);
            Assert.Equal(gate.Probability(["bias", "cue=future@near"]), loaded.Probability(["bias", "cue=future@near"]), 4);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_WithoutAThreshold_NamesTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "feature\tweight\nbias\t1\n");

            var error = Assert.Throws<FormatException>(() => EventGate.Load(path));

            Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DefaultModel_Loads()
    {
        Assert.True(EventGate.Default.FeatureCount > 50);
        Assert.InRange(EventGate.Default.Threshold, 0.01, 0.99);
    }
}
