using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Output;

/// <summary>
/// A village the gazetteer lacks is exported as the place named (ACLED precision 1) with a known place's point, and the
/// event record says whose point that is ("coordinates_from"), so fusion and the store can tell it from the point's own
/// place.
/// </summary>
public class BorrowedCoordinatesTests
{
    private static ArticleAnalysis Analyse(string text) =>
        AnalysisProjector.Project(new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages).Run(
            new Document("t", text, new ArticleMetadata { Published = new DateOnly(2025, 2, 11) })), false);

    [Fact]
    public void Project_VillageMissingFromTheGazetteerInANamedRegion_IsPrecision1AtTheRegionsPoint()
    {
        var analysis = Analyse("Gunmen burned houses in the village of Qzxwvbnmka in Plateau state on Sunday, police said.");

        var e = Assert.Single(analysis.Events, e => e.Location == "Qzxwvbnmka");
        Assert.Equal(1, e.GeoPrecision);
        Assert.Equal(EventRecord.CoordinatesFromDivision, e.CoordinatesFrom);
        Assert.Null(e.Geonameid);
        Assert.NotNull(e.Latitude);
    }

    [Fact]
    public void Project_TownInTheGazetteer_HasItsOwnPoint() =>
        Assert.All(Analyse("Gunmen burned houses in Jos on Sunday, police said.").Events, e => Assert.Null(e.CoordinatesFrom));

    [Fact]
    public void Serialize_BorrowedPoint_RoundTripsAsCoordinatesFrom()
    {
        var record = new EventRecord { Id = "e0", Location = "Qzxwvbnmka", GeoPrecision = 1, CoordinatesFrom = EventRecord.CoordinatesFromTown };

        var json = JsonSerializer.Serialize(record, SitrepJson.Default.EventRecord);

        Assert.Contains("\"coordinates_from\":\"town\"", json, StringComparison.Ordinal);
        Assert.Equal(EventRecord.CoordinatesFromTown, JsonSerializer.Deserialize(json, SitrepJson.Default.EventRecord)!.CoordinatesFrom);
    }
}
