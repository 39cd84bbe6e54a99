using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// An appositive calling a name a town ("La Paz, the capital of Honduras's La Paz department") keeps the town although
/// the text also names the division of the same name; the region named right after a district ("Bijapur district of
/// Chhattisgarh") decides between namesake districts; the place scores compare the gazetteer entry, not one spelling
/// of it.
/// </summary>
public class NamedTownsAndDistrictRegionsTests
{
    private static IReadOnlyList<PlaceMention> Find(string text) => Geocoder.Default.Find(text, TestText.Analyze(text));

    [Theory]
    [InlineData("Gunmen shot dead three workers in La Paz, the capital of Honduras's La Paz department, on Monday.")]
    [InlineData("Gunmen shot dead three workers in La Paz, a small town, in Honduras's La Paz department on Monday.")]
    public void Find_NameCalledACapitalOrTown_IsTheTownNotTheDivisionNamedLater(string text)
    {
        var m = Find(text)[0];
        Assert.Equal("La Paz", m.Text);
        Assert.Equal(PlaceKind.PopulatedPlace, m.Kind);
        Assert.Equal("Honduras", m.Place?.Country);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Fact]
    public void Find_DivisionNamedAlone_StaysTheDivision()
    {
        // No appositive: "the La Paz department" is the region, at precision 3.
        var m = Assert.Single(Find("Clashes were reported across Honduras's La Paz department on Monday."), m => m.Text == "La Paz");
        Assert.Equal(PlaceKind.Admin1, m.Kind);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void Find_DistrictFollowedByItsRegion_IsThatRegionsDistrictNotAForeignNamesake()
    {
        // Karnataka has a Bijapur town and district too; Chhattisgarh's Bijapur district is meant.
        var m = Assert.Single(Find("Maoist rebels ambushed a patrol in Bijapur district of Chhattisgarh on Tuesday."), m => m.Text == "Bijapur");
        Assert.Equal("Chhattisgarh", m.Place?.Admin1);
        Assert.Equal(2, m.GeoPrecision);
    }

    [Fact]
    public void Choose_UnlistedTownInADistrictOfANamedRegion_IsTheTownAtThatDistrictsPoint()
    {
        var location = EventLocating.Locate("Maoist rebels ambushed a patrol in Tarrem, in Bijapur district of Chhattisgarh, on Tuesday.", "ambushed");
        Assert.Equal("Tarrem", location.Mention?.LocationName);
        Assert.Equal("Chhattisgarh", location.Mention?.Place?.Admin1);
        Assert.True(location.Mention?.Place?.ApproximateCoordinates);
    }

    [Theory]
    [InlineData("Hodeidah")] // the text's spelling of the entry GeoNames calls Al Hudaydah
    [InlineData("al-Hudaydah")]
    public void LocationMatches_AnotherNameOfTheSameEntry_Counts(string goldLocation)
    {
        var m = Assert.Single(Find("Israeli warplanes struck fuel depots at the port of Hodeidah on Yemen's coast on Saturday."), m => m.Text == "Hodeidah");
        Assert.True(AcledPlacesEvaluator.LocationMatches(m, goldLocation, Gazetteer.Default));
        Assert.False(AcledPlacesEvaluator.LocationMatches(m, "Sanaa", Gazetteer.Default));
    }
}
