using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class GazetteerTests
{
    private static Gazetteer Gaz => Gazetteer.Default;

    [Theory]
    [InlineData("Zaporiz'ka", "zaporizka")]
    [InlineData("ZAPORIZKA", "zaporizka")]
    [InlineData("Orël", "orel")]
    [InlineData("Ivano-Frankivsk", "ivano frankivsk")]
    [InlineData("St. Petersburg", "st petersburg")]
    [InlineData("Київ", "киів")]
    [InlineData("КИЇВ", "киів")]
    [InlineData("  Kryvyi   Rih ", "kryvyi rih")]
    [InlineData("Rafaḩ", "rafah")]
    [InlineData("Dayr al Balaḩ", "dayr al balah")]
    [InlineData("Ḩalab", "halab")]
    [InlineData("Ṣanʿāʾ", "sana")]
    public void Normalize_Variants_ShareOneKey(string name, string expected) =>
        Assert.Equal(expected, GazetteerNames.Normalize(name));

    [Theory]
    [InlineData("Kiev", "Kyiv")]
    [InlineData("Kyiv", "Kyiv")]
    [InlineData("Kharkov", "Kharkiv")]
    [InlineData("Zaporozhye", "Zaporizhzhia")]
    [InlineData("Zaporizhia", "Zaporizhzhia")]
    [InlineData("Odessa", "Odesa")]
    [InlineData("Orel", "Oryol")]
    [InlineData("Artemivsk", "Bakhmut")]
    [InlineData("Artemovsk", "Bakhmut")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Бахмут", "Bakhmut")]
    [InlineData("Rafah", "Rafaḩ")]
    [InlineData("Dayr al Balah", "Dayr al Balaḩ")]
    [InlineData("Deir al-Balah", "Dayr al Balaḩ")]
    [InlineData("Al Fasher", "El Fasher")]
    public void Lookup_AliasOrLegacySpelling_FindsCurrentName(string alias, string expected)
    {
        var names = new List<string>();
        foreach (var c in Gaz.Lookup(alias))
        {
            if (c.Kind == PlaceKind.PopulatedPlace)
            {
                names.Add(Gaz.Places[c.Index].Name);
            }
        }

        Assert.Contains(expected, names);
    }

    [Theory]
    [InlineData("UA.07", "Kharkiv", "Kharkiv")]
    [InlineData("UA.26", "Zaporizhia", "Zaporizhzhia")]
    [InlineData("UA.17", "Odesa", "Odesa")]
    [InlineData("UA.13", "Kyiv", "Kyiv Oblast")]
    [InlineData("RU.41", "Kursk", "Kursk Oblast")]
    [InlineData("RU.09", "Belgorod", "Belgorod Oblast")]
    [InlineData("RU.56", "Oryol", "Oryol oblast")]
    public void Admin1_ByCode_HasAcledAndGeoNamesNames(string code, string acled, string geonames)
    {
        var admin1 = Gaz.Admin1ByCode(code);
        Assert.NotNull(admin1);
        Assert.Equal(acled, admin1.AcledName);
        Assert.Equal(geonames, admin1.GeoNamesName);
        Assert.False(double.IsNaN(admin1.CapitalLatitude));
    }

    [Theory]
    [InlineData("Ukrainian", "UKR")]
    [InlineData("North Korean", "PRK")]
    [InlineData("Russian", "RUS")]
    public void CountryByDemonym_KnownDemonym_ReturnsCountry(string demonym, string iso3) =>
        Assert.Equal(iso3, Gaz.CountryByDemonym(demonym)?.Iso3);

    [Fact]
    public void Countries_All_HaveDistinctIsoCodes()
    {
        Assert.True(Gaz.Countries.Length >= 249);
        Assert.Equal(Gaz.Countries.Length, Gaz.Countries.Select(c => c.Iso3).Distinct().Count());
        Assert.Equal("804", Gaz.CountryByIso2("UA")?.IsoNumeric);
    }

    [Fact]
    public void Load_BrokenAliasFile_ReportsFileAndLine()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-gaz-");
        try
        {
            foreach (var file in new[] { "countries.tsv", "admin1.tsv", "places.tsv.gz" })
            {
                File.Copy(Sitrep.Common.DataFiles.Require("gazetteer/" + file), Path.Combine(dir.FullName, file));
            }

            File.WriteAllText(Path.Combine(dir.FullName, "aliases.tsv"), "# header\nKiev\tKyiv\tplace\tUA\nFoo\tNo Such Town Anywhere\tplace\tUA\n");
            var error = Assert.Throws<FormatException>(() => Gazetteer.Load(dir.FullName));
            Assert.Contains("aliases.tsv:3", error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
