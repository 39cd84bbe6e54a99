using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Output;

public class CoordinateTests
{
    /// <summary>Israel's gazetteer entry has no capital, so its coordinates were NaN and the JSON writer threw.</summary>
    [Fact]
    public void Project_EventLocatedToCountryWithoutCapital_SerializesWithNullCoordinates()
    {
        var pipeline = SitrepPipeline.CreateDefault();
        var document = new AnalysisPipeline(pipeline.Stages).Run(
            new Document("il", "Israel said it hit Hezbollah targets on Wednesday.", new ArticleMetadata { Published = new DateOnly(2024, 10, 23) }));
        var analysis = AnalysisProjector.Project(document, false);

        var json = JsonSerializer.Serialize(analysis, SitrepJson.Default.ArticleAnalysis);

        var located = Assert.Single(analysis.Events, e => e.Iso3 == "ISR");
        Assert.Null(located.Latitude);
        Assert.Null(located.Longitude);
        Assert.Contains("\"ISR\"", json);
    }
}
