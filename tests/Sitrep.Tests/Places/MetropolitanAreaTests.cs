using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// "Greater Khartoum", "the Gran Rosario area": a metropolitan-area word before a city names the area around it, so
/// the city is read and the event placed near it (ACLED geo_precision 2); a name the gazetteer holds whole is kept.
/// </summary>
public class MetropolitanAreaTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Theory]
    [InlineData("On 24 June 2023, in the Gran Rosario area, truck drivers blocked several roads over fuel shortages.", "Rosario", "Santa Fe")]
    [InlineData("Paramilitary forces shelled homes in Greater Khartoum on Sunday, residents said.", "Khartoum", "Khartoum")]
    [InlineData("Fighting continued in greater Khartoum overnight.", "Khartoum", "Khartoum")]
    public void Find_MetroWordBeforeCity_IsTheCityAtPrecisionTwo(string text, string city, string admin1)
    {
        var mention = Assert.Single(Find(text), m => m.Place?.Name == city);

        Assert.Equal(PlaceKind.PopulatedPlace, mention.Kind);
        Assert.Equal(admin1, mention.Place?.Admin1);
        Assert.Equal(PlaceRelation.Near, mention.Relation);
        Assert.Equal(2, mention.GeoPrecision);
    }

    [Fact]
    public void Find_CityWithoutMetroWord_StaysAtPrecisionOne()
    {
        var mention = Assert.Single(Find("Paramilitary forces shelled homes in Khartoum on Sunday, residents said."), m => m.Place?.Name == "Khartoum");

        Assert.Equal(1, mention.GeoPrecision);
    }
}
