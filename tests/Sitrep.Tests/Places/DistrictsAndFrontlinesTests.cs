using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Districts (raions) named in the text, city districts, misspelt town names and the front-line prior.</summary>
public class DistrictsAndFrontlinesTests
{
    private static readonly PlaceContext _ukraine = PlaceContext.Empty.WithCountry("UA");

    private static List<PlaceMention> Find(string text, PlaceContext? context = null) =>
        [.. Geocoder.Default.Find(text, TestText.Analyze(text), context ?? _ukraine)];

    [Theory]
    [InlineData("Yasinovatsky", "UA.05")] // Russian adjective of Yasynuvata (Donetsk)
    [InlineData("Shakhtersky", "UA.05")] // of Shakhtarsk: a raion the gazetteer's places do not name
    [InlineData("Lutuginsky", "UA.14")] // of Lutuhyne (Luhansk)
    [InlineData("Popasnyansky", "UA.14")] // Popasnianskyi raion (Luhansk)
    [InlineData("Chuguevsky", "UA.07")] // of Chuhuiv (Kharkiv)
    public void LookupDistrict_RussianAdjective_FindsRaionInItsRegion(string name, string admin1)
    {
        var districts = Gazetteer.Default.LookupDistrict(name);
        Assert.Contains(districts, d => d.Admin1Key == admin1);
    }

    [Fact]
    public void LookupDistrict_UnrelatedWord_FindsNothing() =>
        Assert.Empty(Gazetteer.Default.LookupDistrict("Qwrtzplk"));

    [Theory]
    [InlineData("Shelling hit the village of Peski (Yasinovatsky district) on Monday.", "Peski")]
    [InlineData("A soldier was killed near Heorhiyivka town, Lutuginsky district.", "Heorhiyivka")]
    public void Find_TownBeforeDistrict_OnlyReadInDistrictsRegion(string text, string town)
    {
        var mentions = Find(text);
        var district = Assert.Single(mentions, m => m.Text != town);
        Assert.True(district.IsResolved, district.Detail);
        var region = district.Place!.Admin1;
        var m = Assert.Single(mentions, m => m.Text == town);
        // Either the town is found in the district's region, or it is reported as absent there: never elsewhere.
        Assert.True(m.Place is null ? m.Reason == PlaceReason.OutsideNamedRegion : m.Place.Admin1 == region, m.Detail);
    }

    [Fact]
    public void Find_DistrictAlone_ResolvesToItsRegionAtPrecision2()
    {
        var m = Assert.Single(Find("Fighting went on in the Yasinovatsky district overnight."));
        Assert.Equal("Donetsk", m.Place?.Admin1);
        Assert.Equal("ADM2", m.Place?.FeatureCode);
        Assert.Equal(2, m.GeoPrecision);
        Assert.Equal(PlaceKind.PopulatedPlace, m.Kind);
    }

    [Theory]
    [InlineData("Shells hit the Voroshilovsky district of Donetsk.", "Voroshilovsky")]
    [InlineData("Two people died at a market in the Kuibyshevsky district, Donetsk.", "Kuibyshevsky")]
    public void Find_DistrictOfCity_IsPartOfTheCity(string text, string district)
    {
        var mentions = Find(text);
        var m = Assert.Single(mentions, m => m.Text == district);
        Assert.Equal("Donetsk", m.Place?.Name);
        Assert.Equal("Donetsk", m.Place?.Admin1);
        Assert.Equal(1, m.GeoPrecision);
        Assert.Equal(5, m.PloverResolution);
    }

    [Theory]
    [InlineData("A soldier was wounded near Svitodarsk.", "Svitodarsk", "Svetlodarsk", "Donetsk")] // Svitlodarsk, GeoNames' Svetlodarsk
    [InlineData("Shelling was reported near Luhanks town.", "Luhanks", "Luhansk", "Luhansk")]
    public void Find_MisspeltTownIntroducedAsPlace_ResolvesToTheTown(string text, string mention, string expected, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == mention);
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(expected, m.Place!.Name);
        Assert.Equal(admin1, m.Place.Admin1);
        Assert.Contains("spelt", m.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_MissingVillageNotCloseToAnyTown_StaysNotInGazetteer()
    {
        var m = Assert.Single(Find("Clashes were reported near the village of Qzxwvbnmka."));
        Assert.Equal(PlaceReason.NotInGazetteer, m.Reason);
    }

    [Fact]
    public void Find_VillageSharedByRegions_FrontLineOfTheDateDecides()
    {
        const string text = "A soldier was killed near Zaitseve.";
        var without = Assert.Single(Find(text));
        Assert.Equal(PlaceReason.Ambiguous, without.Reason);

        var at2017 = _ukraine.WithFrontlines(Frontlines.Default, new DateOnly(2017, 3, 1));
        var with = Assert.Single(Find(text, at2017));
        Assert.True(with.IsResolved, with.Detail);
        Assert.Equal("Donetsk", with.Place!.Admin1); // Zaitseve by Horlivka, not its namesakes in Chernihiv or Dnipropetrovsk
    }

    [Fact]
    public void Frontlines_TownsAt_OnlyPeriodsCoveringTheDate()
    {
        var fronts = Frontlines.Default;
        Assert.NotEmpty(fronts.Periods);
        var before = fronts.TownsAt(new DateOnly(2010, 1, 1));
        var minsk = fronts.TownsAt(new DateOnly(2018, 6, 1));
        var all = fronts.TownsAt(null);
        Assert.Empty(before);
        Assert.NotEmpty(minsk);
        Assert.True(all.Length > minsk.Length);
        // Every town of the 2014-2022 line lies in Donbas (Donetsk and Luhansk oblasts: 46.8-50.2 N, 36.5-40.3 E).
        Assert.All(minsk, p => Assert.True(p.Latitude is > 46.8 and < 50.2 && p.Longitude is > 36.5 and < 40.3, p.ToString()));
    }

    [Fact]
    public void Frontlines_Load_UnknownTown_ErrorNamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frontlines-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# test\nUA\t2014-04-12\t\tDonetsk\tHorlivka|Nowhereville\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => Frontlines.Load(Gazetteer.Default, path));
            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
            Assert.Contains("Nowhereville", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
