using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 10: ACLED's admin1 names where GeoNames' differ (Hebrew district names, Cameroon's French region names,
/// Serbia's regions, Gaza as a division, English letters for Azerbaijan), landmarks and small places from the hand
/// list, names that open with a lower-case Arabic article, and places the gazetteer lacks that the text situates.
/// </summary>
public class AcledNamesLandmarksAndSituatedPlacesTests
{
    private static EventLocation Locate(string text, string trigger) => EventLocating.Locate(text, trigger);

    private static IReadOnlyList<PlaceMention> Find(string text) => Geocoder.Default.Find(text, TestText.Analyze(text));

    [Theory]
    [InlineData("Rockets hit Nahariya in northern Israel on Sunday.", "Nahariya", "HaZafon")]
    [InlineData("Soldiers clashed with separatists in Kumbo, in Cameroon's North-West region, on Monday.", "Kumbo", "Nord-Ouest")]
    [InlineData("Police fired tear gas at protesters in Kragujevac on Friday.", "Kragujevac", "Sumadija and Western Serbia")]
    [InlineData("Students marched through Belgrade on Friday.", "Belgrade", "Belgrade")]
    [InlineData("An air strike hit a house in Gaza on Monday.", "Gaza", "Gaza Strip")]
    [InlineData("A blast hit the port of Tartus on Sunday.", "Tartus", "Tartus")]
    [InlineData("Gunmen attacked a bus near Nekemte in Oromia on Friday.", "Nekemte", "Oromia")]
    public void Find_PlaceOfADivisionGeoNamesNamesOtherwise_GetsAcledsAdmin1Name(string text, string name, string admin1)
    {
        var mention = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(admin1, mention.Place?.Admin1);
    }

    [Theory]
    [InlineData("AZ.61", "Khankendi")]
    [InlineData("AZ.03", "Aghdam")]
    [InlineData("AZ.28", "Lachin")]
    [InlineData("LB.06", "South")]
    [InlineData("IQ.01", "Al Anbar")]
    public void Admin1_AcledName_FollowsTheSpellingRules(string code, string acled) =>
        Assert.Equal(acled, Gazetteer.Default.Admin1ByCode(code)?.AcledName);

    [Theory]
    [InlineData("Turkish drones struck the Tishreen Dam on Sunday.", "Tishreen Dam", "Aleppo")]
    [InlineData("Rockets were fired at the Ain al-Asad air base on Monday.", "Ain al-Asad", "Al Anbar")]
    [InlineData("Shelling hit al-Kiswah on Monday.", "al-Kiswah", "Rural Damascus")]
    public void Find_LandmarkOrArticleName_IsReadInItsRegion(string text, string name, string admin1)
    {
        var mention = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(admin1, mention.Place?.Admin1);
    }

    [Fact]
    public void Find_LowerCaseArticleBeforeAnUnknownName_IsNoPlace() =>
        Assert.DoesNotContain(Find("Fighters of al-Shabaab attacked Jowhar on Monday."), m => m.Text.StartsWith("al-", StringComparison.Ordinal));

    [Fact]
    public void Find_DivisionNameToldAsATownshipWithOnlyANeighbourNamed_IsThatDivision()
    {
        var mention = Assert.Single(Find("Fighting erupted in Hpapun township near the border with Thailand on Sunday."), m => m.Text == "Hpapun");
        Assert.Equal("Kayin", mention.Place?.Admin1);
    }

    [Theory]
    [InlineData("Israeli troops raided the West Bank town of Tubas on Monday.", "raided", "Tubas")]
    [InlineData("A man was shot dead in the West Bank city of Nablus on Friday.", "shot", "Nablus")]
    public void Choose_RegionBeforeSettlementWordAndOf_PicksTheTown(string text, string trigger, string expected) =>
        Assert.Equal(expected, Locate(text, trigger).Mention?.Text);

    [Fact]
    public void Choose_UnknownVillageSituatedInADistrict_KeepsItsNameWithTheDistrictsRegion()
    {
        var location = Locate("Gunmen killed three farmers near Lipembe, a village in the Mecula district of Niassa, on Sunday.", "killed");
        Assert.Equal("Lipembe", location.Mention?.Text);
        Assert.Equal("Niassa", location.Mention?.Place?.Admin1);
        Assert.Equal("Lipembe", location.Mention?.Place?.Name);
        Assert.Equal(2, location.Mention?.GeoPrecision);
    }

    [Fact]
    public void Choose_UnknownPlaceWithNoDivisionAfterIt_StaysUnresolved() =>
        Assert.Null(Locate("Gunmen killed three farmers near Lipembe on Sunday, officials in Maputo said.", "killed").Mention?.Place);
}
