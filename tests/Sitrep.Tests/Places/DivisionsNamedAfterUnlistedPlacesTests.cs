using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// A place the gazetteer lacks, named after in/at and followed by a known division with its division word ("in
/// Nyamilima, Rutshuru territory", "at the Kalobeyei settlement camp in Turkana county"), is a settlement of that
/// division: it keeps its own name and lies at the division's point. A town followed by its region across a country's
/// possessive ("Tall Tamr, in Syria's Hasakah province") is the event's place, not the region.
/// </summary>
public class DivisionsNamedAfterUnlistedPlacesTests
{
    [Fact]
    public void Choose_UnlistedVillageCommaTerritory_IsPlacedInThatTerritoryUnderItsOwnName()
    {
        var location = EventLocating.Locate("Militiamen killed three farmers in Nyamilima, Rutshuru territory, on Friday.", "killed");

        Assert.Equal("Nyamilima", location.Mention?.LocationName);
        Assert.Equal("North Kivu", location.Mention?.Place?.Admin1);
        Assert.Equal(1, location.Mention?.GeoPrecision); // the village is named as where it happened
        Assert.NotEqual(PlacePoint.Own, location.Mention?.Point); // at a borrowed point
    }

    [Fact]
    public void Choose_UnlistedCampBeforeInCounty_IsPlacedInTheCountyUnderItsOwnName()
    {
        var location = EventLocating.Locate("Police fired tear gas at refugees at the Kalobeyei settlement camp in Turkana county on Monday.", "fired");

        Assert.Equal("Kalobeyei", location.Mention?.LocationName);
        Assert.Equal("Turkana", location.Mention?.Place?.Admin1);
        Assert.Equal(PlacePoint.Division, location.Mention?.Point); // the point is the county's, not the camp's
    }

    [Fact]
    public void Choose_UnlistedNameAfterInWithoutADivisionWord_IsNoPlace()
    {
        // Without a division word after it, a capitalised word after 'in' is too often no place ("in Congress").
        var location = EventLocating.Locate("Militiamen killed three farmers in Nyamilima on Friday.", "killed");

        Assert.Null(location.Mention?.Place);
    }

    [Fact]
    public void Choose_TownThenRegionAcrossACountrysPossessive_IsTheTown()
    {
        var location = EventLocating.Locate("Kurdish-led forces clashed with Turkish-backed factions in Tell Tamer, in Syria's Hasakah province, on Monday.", "clashed");

        Assert.Equal("Tall Tamr", location.Mention?.Place?.Name);
        Assert.Equal(1, location.Mention?.GeoPrecision);
    }

    [Theory]
    [InlineData("Raiders shot dead two herders in Kolowa, in Tiaty sub-county of Baringo county, on Friday.", "Kolowa", "Baringo")]
    [InlineData("Gunmen killed a trader in Enkaroni, in Oloibor district of Kajiado county, on Sunday.", "Enkaroni", "Kajiado")]
    public void Choose_UnlistedVillageInAnUnlistedDivisionOfAKnownOne_IsTheVillageInTheKnownDivision(string text, string village, string admin1)
    {
        // Round 26: a division the gazetteer lacks between the village and the known division ("Tiaty sub-county of
        // Baringo county") neither hides the village nor becomes the event's place.
        var location = EventLocating.Locate(text, text.Contains("shot dead", StringComparison.Ordinal) ? "shot dead" : "killed");

        Assert.Equal(village, location.Mention?.LocationName);
        Assert.Equal(admin1, location.Mention?.Place?.Admin1);
        Assert.Equal(1, location.Mention?.GeoPrecision);
    }

    [Fact]
    public void LookupAdmin2_FrenchProvinceNames_AreFoundByTheirBareName()
    {
        // GeoNames writes Burkina Faso's provinces "Province du Houet": reports write "Houet province".
        Assert.Contains(Gazetteer.Default.LookupAdmin2("Houet province"), d => d.CountryIso2 == "BF");
    }
}
