using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 21: ACLED's bare admin1 names where GeoNames adds 'District' or writes Azerbaijani letters, second-level
/// divisions GeoNames misnames (admin2_names.tsv), and the reserve of settlements the gazetteer leaves out, found only
/// inside the division the text names.
/// </summary>
public class ReservePlacesAndDivisionNamesTests
{
    private static EventLocation Locate(string text, string trigger) => EventLocating.Locate(text, trigger);

    private static IReadOnlyList<PlaceMention> Find(string text) => Geocoder.Default.Find(text, TestText.Analyze(text));

    [Theory]
    [InlineData("LS.13", "Mafeteng")]
    [InlineData("BT.20", "Thimphu")]
    [InlineData("HK.HSO", "Southern District")] // only a compass word would stay
    [InlineData("BR.07", "Federal District")]
    [InlineData("AZ.20", "Ganja")]
    [InlineData("AZ.09", "Baku")]
    [InlineData("CI.93", "Abidjan")]
    public void Admin1_AcledName_DropsTheDistrictWordAndWritesEnglishLetters(string code, string acled) =>
        Assert.Equal(acled, Gazetteer.Default.Admin1ByCode(code)?.AcledName);

    [Theory]
    [InlineData("Sanmatenga", "BF.05")]
    [InlineData("Soum", "BF.12")]
    [InlineData("Tapoa", "BF.08")]
    public void LookupAdmin2_ProvinceGeoNamesMisnames_IsFoundByItsOwnName(string name, string admin1Key) =>
        Assert.Contains(Gazetteer.Default.LookupAdmin2(name), d => d.Admin1Key == admin1Key);

    [Fact]
    public void Find_BorderTownNeitherGeoNamesExportHas_IsReadInItsRegion()
    {
        var mention = Assert.Single(Find("Rebels said they fought the army in Tinzaouatene on Saturday."), m => m.Text == "Tinzaouatene");
        Assert.Equal("Kidal", mention.Place?.Admin1);
    }

    [Fact]
    public void LookupReserve_FindsASettlementOnlyInItsOwnDivision()
    {
        Assert.NotNull(Gazetteer.Default.LookupReserve("KE.19", "Kitengela"));
        Assert.Null(Gazetteer.Default.LookupReserve("KE.05", "Kitengela"));
        Assert.Null(Gazetteer.Default.LookupReserve("KE.19", "Nowhereville"));
    }

    [Fact]
    public void Choose_ReserveTownInTheCountyTheTextNames_HasItsOwnPointAtPrecisionOne()
    {
        var location = Locate("Police fired tear gas at traders in Kitengela, in Kajiado county, on Tuesday.", "fired");
        Assert.Equal("Kitengela", location.Mention?.Place?.Name);
        Assert.Equal("Kajiado", location.Mention?.Place?.Admin1);
        Assert.Equal(1, location.Mention?.GeoPrecision);
        Assert.Equal(-1.476, location.Mention!.Place!.Latitude, 2);
    }

    [Fact]
    public void Choose_ReserveNamesakeFarBeyondTheStatedDistance_IsNotItsPoint()
    {
        // The reserve's Barreales lies near Ciudad Juarez, some 500 km from Parral in the same state (Chihuahua).
        Assert.NotNull(Gazetteer.Default.LookupReserve("MX.06", "Barreales"));
        var location = Locate("Gunmen killed four men in Barreales, about 15 km east of Parral, on Sunday.", "killed");
        Assert.Equal("Barreales", location.Mention?.Text);
        Assert.Equal(PlacePoint.NearbyTown, location.Mention?.Point); // Parral's point, not the reserve's
    }

    [Fact]
    public void Choose_ReserveTownWithinTheStatedDistance_HasItsOwnPoint()
    {
        // Barreales (reserve, MX.06) is some 45 km south-east of Ciudad Juarez.
        var location = Locate("Gunmen killed four men in Barreales, about 45 km southeast of Ciudad Juarez, on Sunday.", "killed");
        Assert.Equal(1, location.Mention?.GeoPrecision);
        Assert.Equal(31.398, location.Mention!.Place!.Latitude, 2);
    }

    [Fact]
    public void Choose_ReserveVillageInTheDistrictTheTextNames_KeepsThatDistrict()
    {
        var location = Locate("Gunmen killed four men in Barreales, a village in the Guadalupe district of Chihuahua, on Sunday.", "killed");
        Assert.Equal(31.398, location.Mention!.Place!.Latitude, 2);
        Assert.Equal("Guadalupe", location.Mention.Place.Admin2);
    }

    [Fact]
    public void Choose_ReserveVillageToldFromATown_HasNotTheTownsDistrict()
    {
        // Told from Ciudad Juarez (Juarez municipality), Barreales may lie in another municipality: none is claimed.
        var location = Locate("Gunmen killed four men in Barreales, about 45 km southeast of Ciudad Juarez, on Sunday.", "killed");
        Assert.Equal(1, location.Mention?.GeoPrecision);
        Assert.Null(location.Mention!.Place!.Admin2);
    }

    [Fact]
    public void Find_ReserveTownNamedAlone_IsNoReading() =>
        Assert.DoesNotContain(Find("Police fired tear gas at traders in Kitengela on Tuesday."), m => m.Text == "Kitengela" && m.IsResolved);

    [Fact]
    public void Choose_ReserveTownOfAnotherRegion_StaysAtTheNamedRegionsPoint()
    {
        // Kitengela is in Kajiado county; named with Nairobi county it is not the reserve's Kitengela.
        var location = Locate("Police fired tear gas at traders in Kitengela, in Nairobi county, on Tuesday.", "fired");
        Assert.NotEqual(PlacePoint.Own, location.Mention?.Point); // a borrowed point, not the reserve's
    }

    [Theory]
    [InlineData("Riot police dispersed a march in Santiago, the Dominican Republic's second city, on Monday.", "DOM")]
    [InlineData("Riot police dispersed a march in Santiago, the Dominican Republic, on Monday.", "DOM")]
    [InlineData("Riot police dispersed a march in Santiago, Chile, on Monday.", "CHL")]
    public void Find_TownQualifiedByACountryWithItsArticle_IsThatCountrysTown(string text, string iso3) =>
        Assert.Equal(iso3, Assert.Single(Find(text), m => m.Text == "Santiago").Place?.Iso3);

    [Theory]
    [InlineData("Russian missiles struck Kharkiv, the United States said on Tuesday.")]
    [InlineData("Russian missiles struck Kharkiv, the United Kingdom reported on Tuesday.")]
    public void Locate_TownFollowedByAReportingClauseWhoseSubjectIsACountry_KeepsTheTown(string text)
    {
        var location = Locate(text, "struck");
        Assert.Equal("Kharkiv", location.Mention?.Text);
        Assert.Equal("UKR", location.Mention?.Place?.Iso3);
        Assert.Equal(1, location.Mention?.GeoPrecision);
    }

    [Theory]
    [InlineData("A drone struck fuel tankers near Erbil's airport on Monday.", 1)]
    [InlineData("A drone struck fuel tankers near Erbil's main international airport on Monday.", 1)]
    [InlineData("A drone struck fuel tankers near Erbil on Monday.", 2)]
    public void Find_NearAFacilityTheTownPossesses_IsInTheTown(string text, int precision) =>
        Assert.Equal(precision, Assert.Single(Find(text), m => m.Text == "Erbil").GeoPrecision);

    [Fact]
    public void Find_SimilarSpellingAbroadOfANameTheTextPutsInAnotherCountrysDistrict_IsNoReading()
    {
        // 'Tanduo' is spelt like Tandag (Philippines); the text puts it in Lahad Datu, a district of Malaysia's Sabah.
        var mentions = Find("Troops exchanged fire with intruders from the Philippines at Tanduo, in the Lahad Datu district of Sabah, on Tuesday.");
        Assert.NotEqual("PHL", Assert.Single(mentions, m => m.Text == "Tanduo").Place?.Iso3);
    }

    [Fact]
    public void ReservePlacesLoad_FindsANameOnlyInItsDivisionAndRejectsADivisionSplitAcrossTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-reserve-").FullName;
        try
        {
            Write(directory, "# header\n1\tAlpha\t1.0\t2.0\tKE\t19\t600\tAlfa\n\tBeta\t3.0\t4.0\tKE\t51\t0\t\n");
            var reserve = ReservePlaces.Load(directory);
            Assert.Equal(2, reserve.DivisionCount);
            Assert.Equal(1, reserve.Find("KE.19", "alfa")?.GeonameId);
            Assert.Null(reserve.Find("KE.51", "Alpha"));
            Assert.Equal(3.0, reserve.Find("KE.51", "Beta")?.Latitude);

            Write(directory, "1\tAlpha\t1.0\t2.0\tKE\t19\t600\t\n\tBeta\t3.0\t4.0\tKE\t51\t0\t\n\tGamma\t3.0\t4.0\tKE\t19\t0\t\n");
            Assert.Throws<FormatException>(() => ReservePlaces.Load(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        static void Write(string directory, string rows)
        {
            using var file = File.Create(Path.Combine(directory, "reserve_places.tsv.gz"));
            using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(rows));
        }
    }
}
