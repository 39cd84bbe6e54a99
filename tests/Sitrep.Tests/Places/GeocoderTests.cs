using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class GeocoderTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    private static PlaceMention Single(string text, string name) =>
        Assert.Single(Find(text), m => m.Text == name);

    [Theory]
    [InlineData("Shelling hit a trolleybus in Kiev on Thursday.", "Kiev", "Kyiv", "UKR")]
    [InlineData("Explosions were heard in Kharkov overnight.", "Kharkov", "Kharkiv", "UKR")]
    [InlineData("A missile struck an apartment block in Zaporozhye.", "Zaporozhye", "Zaporizhzhia", "UKR")]
    [InlineData("Drones attacked a fuel depot in Orel.", "Orel", "Oryol", "RUS")]
    [InlineData("Fighting continued around Artemivsk, officials said.", "Artemivsk", "Bakhmut", "UKR")]
    [InlineData("Вибухи пролунали у місті Харків.", "Харків", "Kharkiv", "UKR")]
    public void Find_AliasInSentence_ResolvesCurrentName(string text, string mention, string expected, string iso3)
    {
        var m = Single(text, mention);
        Assert.Equal(expected, m.Place?.Name);
        Assert.Equal(iso3, m.Place?.Iso3);
        Assert.Equal(PlaceKind.PopulatedPlace, m.Kind);
    }

    [Fact]
    public void Find_ResolvedTown_HasAdminNamesCoordinatesAndId()
    {
        var m = Single("Russian forces shelled Kherson on Monday.", "Kherson");
        var p = Assert.IsType<ResolvedPlace>(m.Place);
        Assert.Equal("Kherson", p.Admin1);
        Assert.Equal("UKR", p.Iso3);
        Assert.NotNull(p.GeonameId);
        Assert.Equal(Math.Round(p.Latitude, 4), p.Latitude);
        Assert.InRange(p.Latitude, 46.5, 46.8);
        Assert.Equal(1, m.GeoPrecision);
        Assert.Equal(4, m.PloverResolution);
    }

    [Theory]
    [InlineData("Drones struck Kursk region overnight.", "Kursk", "Kursk", "RUS")]
    [InlineData("Shelling continued in the Donetsk region.", "Donetsk", "Donetsk", "UKR")]
    [InlineData("Fighting continued in Kursk Oblast on Friday.", "Kursk Oblast", "Kursk", "RUS")]
    [InlineData("A drone hit a depot in Russia's Oryol region.", "Oryol", "Oryol", "RUS")]
    [InlineData("Authorities in the Kurskaya oblast reported an attack.", "Kurskaya", "Kursk", "RUS")]
    [InlineData("Power was cut in the Zaporizhzhia region.", "Zaporizhzhia", "Zaporizhia", "UKR")]
    [InlineData("Attacks hit Kharkiv Oblast again.", "Kharkiv", "Kharkiv", "UKR")]
    public void Find_RegionPhrase_ResolvesAdmin1WithPrecision3(string text, string mention, string acled, string iso3)
    {
        var m = Single(text, mention);
        Assert.Equal(PlaceKind.Admin1, m.Kind);
        Assert.Equal(acled, m.Place?.Admin1);
        Assert.Equal(iso3, m.Place?.Iso3);
        Assert.Equal(3, m.GeoPrecision);
        Assert.Equal(2, m.PloverResolution);
    }

    [Fact]
    public void Find_RegionOnly_UsesAdmin1CapitalCoordinates()
    {
        var region = Single("Drones struck the Belgorod region.", "Belgorod");
        var capital = Gazetteer.Default.Admin1ByCode("RU.09")!;
        Assert.Equal(Math.Round(capital.CapitalLatitude, 4), region.Place!.Latitude);
        Assert.Equal(Math.Round(capital.CapitalLongitude, 4), region.Place.Longitude);
    }

    [Fact]
    public void Find_PluralRegions_BothNamesAreRegions()
    {
        var mentions = Find("Shelling was reported in the Kursk and Belgorod regions.");
        Assert.All(mentions, m => Assert.Equal(PlaceKind.Admin1, m.Kind));
        Assert.Equal(["Kursk", "Belgorod"], mentions.Select(m => m.Place!.Admin1));
    }

    [Theory]
    [InlineData("Heavy fighting was reported near Pokrovsk in eastern Ukraine.", "Pokrovsk", PlaceRelation.Near, "near")]
    [InlineData("A convoy was hit 15 km south of Kherson.", "Kherson", PlaceRelation.Direction, "15 km south of")]
    [InlineData("Shells fell on the outskirts of Kharkiv.", "Kharkiv", PlaceRelation.Outskirts, "on the outskirts of")]
    [InlineData("Troops advanced north of Bakhmut in Ukraine.", "Bakhmut", PlaceRelation.Direction, "north of")]
    public void Find_RelativeLocation_MarksPrecision2AndCue(string text, string mention, PlaceRelation relation, string cue)
    {
        var m = Single(text, mention);
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(relation, m.Relation);
        Assert.Equal(2, m.GeoPrecision);
        Assert.Equal(cue, text[m.Cue!.Value.Start..m.Cue.Value.End]);
    }

    [Fact]
    public void Find_DistanceCue_ReportsKilometres()
    {
        var m = Single("A convoy was hit 15 km south of Kherson.", "Kherson");
        Assert.Contains("15 km", m.Detail);
    }

    [Fact]
    public void Find_TownInNamedVillage_Precision1()
    {
        var m = Single("Shelling damaged houses in the village of Berestove, Donetsk region.", "Berestove");
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal("Donetsk", m.Place!.Admin1);
        Assert.True(m.Locative);
    }

    [Fact]
    public void Find_AmbiguousVillageWithoutContext_ReportsAmbiguousWithCount()
    {
        var m = Single("Shelling damaged houses in the village of Berestove.", "Berestove");
        Assert.Equal(PlaceReason.Ambiguous, m.Reason);
        Assert.Null(m.Place);
        Assert.True(m.CandidateCount >= 3);
        Assert.NotEmpty(m.Alternatives);
    }

    [Theory]
    [InlineData("Ukrainian troops entered Pokrovsk after heavy fighting in Ukraine.", "UKR")]
    [InlineData("Residents of Pokrovsk in Russia's Yakutia watched the news.", "RUS")]
    [InlineData("The museum in Alexandria, Egypt reopened.", "EGY")]
    [InlineData("Flooding closed roads in Alexandria, Virginia, United States.", "USA")]
    public void Find_AmbiguousName_CountryMentionedDecides(string text, string iso3)
    {
        var m = Find(text).First(m => m.Text is "Pokrovsk" or "Alexandria");
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(iso3, m.Place!.Iso3);
    }

    [Fact]
    public void Find_UnknownVillageAfterCue_ReportsNotInGazetteer()
    {
        var m = Single("Shelling hit the village of Zzyxkivka overnight.", "Zzyxkivka");
        Assert.Equal(PlaceReason.NotInGazetteer, m.Reason);
        Assert.False(m.IsResolved);
        Assert.Equal(0, m.GeoPrecision);
    }

    [Fact]
    public void Find_UnknownRegionInKnownCountry_ReportsRegionNotFound()
    {
        var m = Single("Drones struck Russia's Kharkiv region.", "Kharkiv");
        Assert.Equal(PlaceReason.RegionNotFound, m.Reason);
    }

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelenskyy spoke on Saturday.")]
    [InlineData("The New York Times reported the figures.")]
    [InlineData("However, Police said nothing about it.")]
    [InlineData("On Monday officials met in private.")]
    public void Find_PersonOrCommonWords_NoPlace(string text) =>
        Assert.DoesNotContain(Find(text), m => m.Kind != PlaceKind.Country);

    [Fact]
    public void Find_RegionOnlyMentions_NeverPrecision1()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var mentions = Find(text);
        Assert.All(mentions.Where(m => m.Kind != PlaceKind.PopulatedPlace), m => Assert.NotEqual(1, m.GeoPrecision));
    }

    [Fact]
    public void Find_SampleArticle_KursKOryolBelgorodAreRussianRegionsWithPrecision3()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var mentions = Find(text);
        foreach (var name in new[] { "Kursk", "Oryol", "Belgorod" })
        {
            var region = mentions.Where(m => m.Place?.Admin1 == name).ToList();
            Assert.NotEmpty(region);
            Assert.All(region, m =>
            {
                Assert.Equal(PlaceKind.Admin1, m.Kind);
                Assert.Equal("RUS", m.Place!.Iso3);
                Assert.Equal(3, m.GeoPrecision);
            });
        }

        Assert.Contains(mentions, m => m.Text == "Kursk Oblast" && m.Place?.Admin1 == "Kursk");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Volodymyr", StringComparison.Ordinal));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]));
    }

    [Fact]
    public void Find_TownNamedWithAnotherRegion_ReportsOutsideNamedRegionAndKeepsRegion()
    {
        var mentions = Find("Shelling was reported near the village of Luhansk, Donetsk region.");
        var town = Assert.Single(mentions, m => m.Text == "Luhansk");
        Assert.Equal(PlaceReason.OutsideNamedRegion, town.Reason);
        Assert.Equal("Donetsk", Assert.Single(mentions, m => m.Text == "Donetsk").Place?.Admin1);
    }

    [Fact]
    public void Find_RussianSpellingOfUkrainianVillageInUkrainianContext_ResolvesByRomanisationKey()
    {
        var text = "Ukrainian troops came under fire near Hranitne village; officials in Ukraine said shells hit Granitnoe village, Donetsk region.";
        var m = Single(text, "Granitnoe");
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal("Donetsk", m.Place!.Admin1);
        Assert.Contains("romanisation", m.Detail);
    }

    [Theory]
    [InlineData("Shelling was reported near Andreyevka village, Donetsk region.", "Andreyevka", "Donetsk")]
    [InlineData("Two soldiers were wounded near the settlement of Semenovka, Donetsk region.", "Semenovka", "Donetsk")]
    [InlineData("Mortar fire hit Vodyanoye, Donetsk region, on Monday.", "Vodyanoye", "Donetsk")]
    public void Find_RussianStyleSpellingOfUkrainianVillage_ResolvesByGeneratedAlternate(string text, string name, string admin1)
    {
        var m = Single(text, name);
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal(admin1, m.Place!.Admin1);
        Assert.DoesNotContain("romanisation", m.Detail);
    }

    [Fact]
    public void Find_VillageNamedBesideKnownTown_ResolvedNearThatTown()
    {
        var m = Single("Shelling hit Zaitseve, a village outside Bakhmut.", "Zaitseve");
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal("Donetsk", m.Place!.Admin1);
    }

    [Theory]
    [InlineData("Ukrainian soldiers were killed near Hranitne in the Donbas.")]
    [InlineData("Shelling hit Hranitne in eastern Ukraine.")]
    public void Find_AmbiguousVillageWithPartOfCountry_ReadInThatPartsRegions(string text)
    {
        var m = Single(text, "Hranitne");
        Assert.Equal(PlaceReason.None, m.Reason);
        Assert.Equal("Donetsk", m.Place?.Admin1);
    }

    [Fact]
    public void Find_RussianSpellingWhoseOnlyExactReadingIsOutsideTheArticlesRegion_ReadInThatRegion()
    {
        // The gazetteer's exact "Leninskoye"s are outside Donetsk; the Donetsk villages are spelt the Ukrainian way.
        var alone = Single("A militiaman was killed near Leninskoye.", "Leninskoye");
        Assert.NotEqual("Donetsk", alone.Place?.Admin1);
        var inDpr = Single("A DPR militiaman was killed near Leninskoye.", "Leninskoye");
        Assert.Equal("Donetsk", inDpr.Place?.Admin1);
    }

    [Fact]
    public void Find_AmbiguousVillageAlone_StaysAmbiguous()
    {
        var m = Single("Ukrainian soldiers were killed near Hranitne.", "Hranitne");
        Assert.Equal(PlaceReason.Ambiguous, m.Reason);
    }

    [Fact]
    public void Find_RebelEastWithoutTheCountry_DoesNotDecide()
    {
        // "the rebel east" is Ukraine's only in an article about Ukraine.
        var m = Single("A soldier was wounded near Krymske in the rebel east.", "Krymske");
        Assert.Equal(PlaceReason.Ambiguous, m.Reason);
        // Krymske is a village of Donetsk and one of Luhansk (and Krymskoye one of Crimea): the rebel east keeps the first two.
        var inUkraine = Single("A Ukrainian soldier was wounded near Krymske in the rebel east.", "Krymske");
        var readings = inUkraine.Place is { } place ? [place] : inUkraine.Alternatives.Take(2).ToList();
        Assert.NotEmpty(readings);
        Assert.All(readings, p => Assert.Contains(p.Admin1, (string[])["Donetsk", "Luhansk"]));
    }

    [Theory]
    [InlineData("Shelling hit the Sverdlovsk region, Luhansk region.")]
    [InlineData("Shelling hit the Sverdlovsk district, Luhansk region.")]
    public void Find_DistrictNamedBeforeForeignRegion_IsNotThatCountrysRegion(string text)
    {
        var sverdlovsk = Single(text, "Sverdlovsk");
        Assert.NotEqual("RUS", sverdlovsk.Place?.Iso3);
        Assert.NotEqual(PlaceKind.Admin1, sverdlovsk.Kind);
        Assert.Equal("Luhansk", Single(text, "Luhansk").Place?.Admin1);
    }

    [Fact]
    public void Find_ListOfRegionsOfOneCountry_StaysRegions()
    {
        var mentions = Find("Drones were shot down over the Kursk region, Belgorod region and Bryansk region.");
        Assert.Equal(["Kursk", "Belgorod", "Bryansk"], mentions.Where(m => m.Kind == PlaceKind.Admin1).Select(m => m.Place!.Admin1));
    }

    [Fact]
    public void Find_SettlementWordsCapitalised_AreNotPartOfTheName()
    {
        var mentions = Find("Shelling near Ilovaysk Town Donetsk region.");
        Assert.Equal("Donetsk", Assert.Single(mentions, m => m.Text == "Ilovaysk").Place?.Admin1);
        Assert.Equal(PlaceKind.Admin1, Assert.Single(mentions, m => m.Text == "Donetsk").Kind);
    }

    [Theory]
    [InlineData("On Nov. 6, protesters marched to the White House.")]
    [InlineData("German forces retreated from the bridge.")]
    [InlineData("Guards stood at checkpoint No. 31 on the highway.")]
    public void Find_AbbreviationsDemonymsAndStopNames_AreNotPlaces(string text) =>
        Assert.Empty(Find(text));
}
