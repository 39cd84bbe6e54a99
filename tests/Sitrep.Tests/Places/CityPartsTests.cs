using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// ACLED writes a locality inside a municipality as "City - Part" ("La Plata - Tolosa") and reports that follow its
/// style name it so; a numbered ward ("Comuna 4") is coded to the city itself. A dateline's dash is no city part.
/// </summary>
public class CityPartsTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Fact]
    public void Find_TownDashNamedPartBeforeBracketedDivision_IsTheTownUnderTheNameCityDashPart()
    {
        var mention = Assert.Single(Find("On 3 May 2023, in La Plata - Tolosa (Buenos Aires), railway workers blocked the tracks over unpaid wages."),
            m => m.Kind == PlaceKind.PopulatedPlace);

        Assert.Equal("La Plata - Tolosa", mention.Text);
        Assert.Equal("Tolosa", mention.CityPart);
        Assert.Equal("La Plata", mention.Place?.Name);
        Assert.Equal("Buenos Aires", mention.Place?.Admin1);
        Assert.Equal("La Plata - Tolosa", mention.LocationName);
        Assert.Equal(1, mention.GeoPrecision);
    }

    [Fact]
    public void Find_TownDashNumberedWard_IsCodedToTheTownItself()
    {
        var mention = Assert.Single(Find("On 3 May 2023, in Buenos Aires - Comuna 4 (Ciudad Autonoma de Buenos Aires), nurses marched to demand higher pay."),
            m => m.Kind == PlaceKind.PopulatedPlace);

        Assert.Null(mention.CityPart);
        Assert.Equal("Buenos Aires", mention.LocationName);
        Assert.Equal(1, mention.GeoPrecision);
    }

    [Fact]
    public void Find_DatelineDash_IsNoCityPart()
    {
        // A capitalised word after a town's dash starts a sentence here, and no bracketed division follows it.
        var mentions = Find("Shelling resumed near Kharkiv - Russian guns fired on the city's outskirts (Saltivka) on Monday.");

        Assert.DoesNotContain(mentions, m => m.CityPart is not null || m.Text.Contains(" - ", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.LocationName == "Kharkiv");
    }

    [Fact]
    public void LocationName_UnlistedSettlement_KeepsItsOwnWords()
    {
        // Not in the gazetteer: placed in the bracketed province, exported under the settlement's words.
        var mention = Assert.Single(Find("On 3 May 2023, in Villa Quebrachal Norte (Cordoba), farmers blocked a provincial road."),
            m => m.Kind == PlaceKind.PopulatedPlace);

        Assert.True(mention.IsUnlistedSettlement);
        Assert.Equal("Villa Quebrachal Norte", mention.LocationName);
    }

    [Fact]
    public void Find_CityByItsFullOfficialName_IsExportedUnderThatName()
    {
        // aliases.tsv: ACLED names Catamarca's capital by its full name, GeoNames by the short one.
        var mention = Assert.Single(Find("On 3 May 2023, in San Fernando del Valle de Catamarca (Catamarca), savers gathered outside a bank."),
            m => m.Kind == PlaceKind.PopulatedPlace);

        Assert.Equal("San Fernando del Valle de Catamarca", mention.LocationName);
        Assert.Equal("Catamarca", mention.Place?.Admin1);
    }
}
