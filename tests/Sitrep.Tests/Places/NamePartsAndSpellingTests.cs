using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>Names with articles and connectors inside, namesakes by spelling, and ACLED's ASCII names.</summary>
public sealed class NamePartsAndSpellingTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Fact]
    public void Find_NameWithAGluedArabicArticle_IsOneMention()
    {
        var m = Assert.Single(Find("An Israeli strike hit a house in Deir al-Balah on Tuesday."), m => m.Place is not null);
        Assert.Equal("Deir al-Balah", m.Text);
        Assert.Equal("PSE", m.Place!.Iso3);
    }

    [Fact]
    public void Find_LastWordOfALongerNameAfterAConnector_IsNoPlaceAlone() =>
        Assert.DoesNotContain(Find("Attackers threw a grenade at a wedding in Maguindanao del Sur on Tuesday."), m => m.Text == "Sur");

    [Fact]
    public void Find_SimilarSpellingOnlyInACountryTheArticleDoesNotName_IsAnUnknownPlace()
    {
        // Maroun al-Ras, this test's village until round 10, is now in extra_places_world.tsv.
        var mentions = Find("Soldiers fought near the border village of Marwahin in southern Lebanon on Thursday.");
        var village = Assert.Single(mentions, m => m.Text.StartsWith("Marwahin", StringComparison.Ordinal));
        Assert.Null(village.Place);
        Assert.Equal(PlaceReason.NotInGazetteer, village.Reason);
    }

    [Theory]
    [InlineData("Israel struck the port of Hodeidah on Saturday.", "Hodeidah", "YEM")] // GeoNames: Al Hudaydah
    [InlineData("Fighting resumed in Raqqah on Monday.", "Raqqah", "SYR")] // GeoNames: Ar Raqqah
    public void Find_ArabicTownWithoutItsLeadingArticle_IsFound(string text, string name, string iso3)
    {
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(iso3, m.Place?.Iso3);
    }

    [Fact]
    public void Find_WeaponSystemNamedLikeATown_IsNoPlace() =>
        Assert.DoesNotContain(Find("Two Iskander missiles exploded near the university in Sumy."), m => m.Text == "Iskander");

    [Fact]
    public void Find_NameInACityWhoseReadingsAreAllAbroad_IsPartOfTheCity()
    {
        var m = Assert.Single(Find("A car bomb exploded at Lido beach in Mogadishu on Friday."), m => m.Text == "Lido");
        Assert.Equal("SOM", m.Place?.Iso3);
    }

    [Fact]
    public void Find_TownInACountryNamedAfterIt_StaysATown()
    {
        // "Amadiya in Iraq's Duhok province": a country after "in" is no city to be part of.
        var m = Assert.Single(Find("Turkish troops set up a base near Amadiya in Iraq's Duhok province on Monday."), m => m.Text == "Amadiya");
        Assert.Equal("IRQ", m.Place?.Iso3);
        Assert.Equal("Duhok", m.Place?.Admin1);
    }

    [Theory]
    [InlineData("Rangers arrested him at the Islamabad High Court on Tuesday.", "Islamabad", "PAK")]
    [InlineData("Flights resumed at Kabul International Airport on Monday.", "Kabul", "AFG")]
    public void Find_PlaceOpeningAFacilityName_IsThePlace(string text, string name, string iso3)
    {
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(iso3, m.Place?.Iso3);
    }

    [Fact]
    public void Find_PlaceOpeningAnOrganisationName_IsNoPlace() =>
        Assert.DoesNotContain(Find("The Kyiv Post reported the strike."), m => m.Text == "Kyiv");

    [Theory]
    [InlineData("Kisii", "KE")]
    [InlineData("Montserrado", "LR")]
    public void Gazetteer_CountyDivisions_HaveAcledBareNames(string name, string iso2) =>
        Assert.Contains(Gazetteer.Default.Admin1, a => a.CountryIso2 == iso2 && a.AcledName == name);

    [Fact]
    public void LoadLexicon_CueAfterANameOfTwoWords_FailsWithFileAndLine()
    {
        // Only the word right after a name is looked up, so a two-word row would never match: refuse it.
        using var dir = new TempDirectory();
        dir.File("place_cues.tsv", "# cues\nin\tin\npower plant\tfacility\n");
        dir.File("stoplist.tsv", "# stop\n");
        var error = Assert.Throws<FormatException>(() => PlaceLexicon.Load(dir.Path));
        Assert.Contains("place_cues.tsv:3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("İzmir", "Izmir")]
    [InlineData("Ouham-Pendé", "Ouham-Pende")]
    [InlineData("Dayr al Balaḩ", "Dayr al Balah")]
    [InlineData("Xankǝndi", "Xankandi")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Kharkiv", "Kharkiv")]
    public void Fold_NameWithDiacritics_AcledAsciiSpelling(string name, string expected) =>
        Assert.Equal(expected, AsciiPlaceNames.Fold(name));

    [Fact]
    public void Gazetteer_EveryAcledAdmin1Name_IsAscii()
    {
        var notAscii = Gazetteer.Default.Admin1.Where(a => a.AcledName.Any(c => c >= 128)).Select(a => a.AcledName).Take(5).ToList();
        Assert.Empty(notAscii);
    }
}
