using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>Runs the default pipeline (text to events) on a text; the pipeline is built once for all tests.</summary>
internal static class EventsTestSupport
{
    private static readonly Lazy<SitrepPipeline> _pipeline = new(SitrepPipeline.CreateDefault);

    public static Document Analyze(string text, DateOnly? published = null, string id = "t")
    {
        var pipeline = new AnalysisPipeline(_pipeline.Value.Stages);
        return pipeline.Run(new Document(id, text, new ArticleMetadata { Published = published }));
    }

    public static EventsLayer Events(string text, DateOnly? published = null) => Analyze(text, published).Get<EventsLayer>();

    /// <summary>The default pipeline's stages before the events stage: a document ready for an events stage of a test's own.</summary>
    public static Document AnalyzeBeforeEvents(string text, DateOnly? published = null, string id = "t")
    {
        var pipeline = new AnalysisPipeline(_pipeline.Value.Stages.TakeWhile(s => s.Name != "events"));
        return pipeline.Run(new Document(id, text, new ArticleMetadata { Published = published }));
    }

    public static (string Text, DateOnly Published) Sample()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.jsonl");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return (json.RootElement.GetProperty("text").GetString()!, DateOnly.Parse(json.RootElement.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
