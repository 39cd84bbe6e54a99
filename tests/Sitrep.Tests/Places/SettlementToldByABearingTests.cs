using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// "in X, west of Y", "in X, 60 km north of Y": the report places its incident in settlement X and tells where X lies by
/// a bearing from a better-known town Y. When the gazetteer lacks X, the event keeps X's name and lies near Y (Y's
/// divisions and point, coded 1 as the place named, the point marked as Y's), not in Y; when the gazetteer knows X in Y's country, X itself.
/// </summary>
public class SettlementToldByABearingTests
{
    [Theory]
    [InlineData("Gunmen killed four herders in Qardhoobe, west of Burao, on Monday, elders said.", "Qardhoobe", "SO")]
    [InlineData("Militiamen burned a market in Hillat Zerouba, 60 km north of Nyala, on Tuesday, witnesses said.", "Hillat Zerouba", "SD")]
    public void Choose_UnlistedSettlementBeforeABearing_IsThatSettlementNearTheReferenceTown(string text, string settlement, string iso2)
    {
        var location = EventLocating.Locate(text, text.Contains("burned", StringComparison.Ordinal) ? "burned" : "killed").Mention;
        Assert.NotNull(location);
        Assert.Equal(settlement, location.LocationName);
        Assert.Equal(1, location.GeoPrecision); // the settlement is named as where it happened
        Assert.Equal(PlacePoint.NearbyTown, location.Point); // at the reference town's point
        Assert.Equal(iso2, location.Place!.CountryIso2);
        Assert.True(location.Place.ApproximateCoordinates);
    }

    [Fact]
    public void Choose_UnlistedSettlementBeforeAnApproximateDistance_IsNearTheReferenceTown()
    {
        // Round 19: "about 20 km south of", "some 90 km north of": the approximation opens the bearing.
        const string text = "Gunmen killed four herders in Qardhoobe, about 20 km west of Burao, on Monday, elders said.";
        var location = EventLocating.Locate(text, "killed").Mention;
        Assert.Equal("Qardhoobe", location?.LocationName);
        Assert.Equal(1, location!.GeoPrecision);
        Assert.Equal(PlacePoint.NearbyTown, location.Point);
        Assert.Equal("SO", location.Place!.CountryIso2);
    }

    [Fact]
    public void Choose_ListedSettlementBeforeABearing_IsTheSettlementItself()
    {
        const string text = "Militiamen burned a market in Mellit, 60 km north of El Fasher, on Tuesday, witnesses said.";
        var location = EventLocating.Locate(text, "burned").Mention;
        Assert.Equal("Mellit", location?.LocationName);
        Assert.Equal(1, location!.GeoPrecision);
        Assert.False(location.Place!.ApproximateCoordinates);
    }

    [Fact]
    public void Find_UnknownNameAfterInWithoutABearing_IsNoPlace()
    {
        // Only the bearing after it makes an unknown capitalised name a settlement: "in Qardhoobe, officials said" does not.
        const string text = "Gunmen killed four herders in Qardhoobe, officials in Burao said on Monday.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "Qardhoobe");
    }
}
