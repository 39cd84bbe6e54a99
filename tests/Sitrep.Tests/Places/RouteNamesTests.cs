using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Roads named after the two places they join ("the Juba-Nimule road").</summary>
public class RouteNamesTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Theory]
    [InlineData("Gunmen attacked a passenger bus on the Juba-Nimule road on Saturday, killing five people.", "Juba", "South Sudan")]
    [InlineData("A roadside bomb hit a convoy on the Kabul-Jalalabad highway on Monday.", "Kabul", "Afghanistan")]
    [InlineData("Insurgents ambushed soldiers on the Maiduguri–Damboa road in Borno state.", "Maiduguri", "Nigeria")]
    public void Find_HyphenatedPairBeforeRouteWord_ReadsTheFirstPlaceNearIt(string text, string place, string country)
    {
        var m = Assert.Single(Find(text), m => m.Text.StartsWith(place, StringComparison.Ordinal));
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(place, m.Place!.Name);
        Assert.Equal(country, m.Place.Country);
        Assert.Equal(PlaceRelation.Near, m.Relation);
        Assert.Equal(2, m.GeoPrecision); // on a road out of the town, not in it
    }

    [Fact]
    public void Find_HyphenatedPairWithoutRouteWord_IsNotReadAsItsFirstPart()
    {
        // "the Kabul-Islamabad talks": a pair of capitals naming a relation, not a road.
        Assert.DoesNotContain(Find("Officials met for the Kabul-Islamabad talks on Monday."), m => m.Place?.Name == "Kabul");
    }
}
