using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Second-level divisions (districts, territories, provinces of the Philippines) named without a town.</summary>
public class DivisionNamesTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Theory]
    [InlineData("Masisi territory", "CD")] // GeoNames "Masisi Territory"
    [InlineData("Northern Samar", "PH")] // GeoNames "Province of Northern Samar"
    [InlineData("Macomia", "MZ")] // GeoNames "Circunscrição de Macomia": the prefix and the accent set aside
    [InlineData("Maungdaw township", "MM")] // GeoNames "Maungdaw District": one division word for another
    public void LookupAdmin2_NameWithOrWithoutDivisionWords_FindsTheDivision(string name, string country)
    {
        var found = Gazetteer.Default.LookupAdmin2(name);
        Assert.Contains(found, d => d.CountryIso2 == country && Gazetteer.Default.Admin1ByCode(d.Admin1Key) is not null);
    }

    [Theory]
    [InlineData("District")] // only the division word: nothing is left of a name
    [InlineData("Qwrtzplk territory")]
    public void LookupAdmin2_NoSuchDivision_FindsNothing(string name) =>
        Assert.Empty(Gazetteer.Default.LookupAdmin2(name));

    [Theory]
    [InlineData("Soldiers clashed with guerrillas in the mountains of Las Navas, Northern Samar, on Wednesday.", "Northern Samar", "Philippines")]
    [InlineData("Militants attacked a checkpoint in South Waziristan on Saturday.", "South Waziristan", "Pakistan")]
    public void Find_DivisionNameContainingAForeignPlaceName_IsTheDivisionAtPrecisionTwo(string text, string name, string country)
    {
        // "Samar" alone is an alternate name of Samara (Russia); the whole name is a Philippine province.
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(country, m.Place!.Country);
        Assert.Equal(2, m.GeoPrecision);
        Assert.DoesNotContain(Find(text), x => x.Place?.Country == "Russia");
    }

    [Fact]
    public void Find_UnlistedNameWithDivisionWord_ResolvesToTheDivisionsRegion()
    {
        const string text = "About 60 militia fighters surrendered to the army in Masisi territory, in Congo's North Kivu province, on Sunday.";
        var m = Assert.Single(Find(text), m => m.Text.StartsWith("Masisi", StringComparison.Ordinal));
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal("North Kivu", m.Place!.Admin1);
        Assert.Equal(2, m.GeoPrecision);
    }

    [Fact]
    public void Find_DivisionOfAnotherCountryThanTheArticles_StaysUnresolved()
    {
        // Samar Raion is Ukrainian (Dnipropetrovsk); an article about the Philippines must not land there.
        const string text = "Philippine troops clashed with rebels near the village of Samar district on Monday, the army in Manila said.";
        Assert.DoesNotContain(Find(text), m => m.Place?.Country == "Ukraine");
    }

    [Fact]
    public void Find_DivisionOfAnotherCountryThanTheRegionNamedWithIt_StaysUnresolved()
    {
        // Venezuela has a Municipio Catatumbo; the article names only Colombian places.
        const string text = "Guerrillas fought for control of villages in the Catatumbo region of Norte de Santander on Thursday.";
        Assert.DoesNotContain(Find(text), m => m.Place?.Country == "Venezuela");
    }

    [Fact]
    public void AffixWords_RowWithoutPosition_ReportsFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"admin2_words_{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\nprefix\tprovince of\nmiddle\tof\n");
        try
        {
            var e = Assert.Throws<FormatException>(() => Admin2Names.AffixWords.Load(path));
            Assert.Contains(path + ":3", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
