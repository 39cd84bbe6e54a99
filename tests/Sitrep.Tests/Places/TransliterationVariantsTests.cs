using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>
/// Romanisations of one name the gazetteer holds under another spelling (translit_variants.tsv): the variant key, and
/// the geocoder reading such a name as the gazetteer's town only where the article's countries or regions allow it.
/// </summary>
public sealed class TransliterationVariantsTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    private static string Key(string name) => TransliterationVariants.Default.Key(GazetteerNames.Normalize(name));

    [Theory]
    [InlineData("Ijdabiya", "Ajdabiya")] // the first vowel
    [InlineData("Tal Tamr", "Tall Tamr")] // Tal / Tall, a doubled letter
    [InlineData("Tell Abyad", "Tal Abyad")]
    [InlineData("al-Arish", "Arish")] // the Arabic article
    [InlineData("Qahtaniya", "Al Qahtaniyah")] // -iya / -iyah
    [InlineData("Kyaukphyu", "Kyaukpyu")] // ph / p
    [InlineData("Khan Shaykhoun", "Khan Shaykhun")] // ou / u
    [InlineData("Novogrodovka", "Novohrodivka")] // Russian g and -ovka, Ukrainian h and -ivka
    public void Key_RomanisationsOfOneName_AreEqual(string text, string gazetteer) =>
        Assert.Equal(Key(gazetteer), Key(text));

    [Theory]
    [InlineData("Sirte", "Surt")] // a vowel more is another name
    [InlineData("Idlib", "Adlaba")]
    [InlineData("Tamra", "Tamr")]
    [InlineData("Bakhmut", "Makhmur")]
    public void Key_DifferentNames_Differ(string a, string b) =>
        Assert.NotEqual(Key(a), Key(b));

    [Fact]
    public void Key_OtherScripts_AreEmpty() => Assert.Equal("", Key("Київ"));

    [Fact]
    public void LookupVariant_KeyOfFewerThanThreeConsonants_FindsNothing()
    {
        // "Tole" / "Tula" / "Tal": two consonants match too many names to be read as one.
        Assert.Empty(Gazetteer.Default.LookupVariant("Tole"));
        Assert.NotEmpty(Gazetteer.Default.LookupVariant("Tal Rifaat"));
    }

    [Fact]
    public void Find_VariantInTheRegionNamedWithIt_IsTheGazetteersTown()
    {
        var m = Assert.Single(Find("Rebels shelled Tal Rifaat in Syria's Aleppo province on Monday."), m => m.Text == "Tal Rifaat");
        Assert.Equal("SYR", m.Place?.Iso3);
        Assert.Equal("Aleppo", m.Place?.Admin1);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Fact]
    public void Find_VariantWhoseFirstWordIsAnotherPlace_IsReadWhole()
    {
        // "Tal" alone is a name of At Tall near Damascus; "Tal Kalakh" is Tallkalakh in Homs.
        var m = Assert.Single(Find("Shells hit homes in Tal Kalakh, in Syria's Homs province, on Monday."), m => m.Place?.Admin1 == "Homs" && m.Text.StartsWith("Tal", StringComparison.Ordinal));
        Assert.Equal("Tal Kalakh", m.Text);
        Assert.Equal(1, m.GeoPrecision);
    }

    [Fact]
    public void Find_VariantAfterInWithATownOfItsCountryNamedLater_IsThatCountrysTown()
    {
        var m = Assert.Single(Find("Fighters clashed in Ghiryan, south of Misrata, on Friday."), m => m.Text == "Ghiryan");
        Assert.Equal("LBY", m.Place?.Iso3);
        Assert.Equal("Gharyan", m.Place?.Name);
    }

    [Fact]
    public void Find_VariantInAnArticleNamingNoCountryOfIt_IsNotThatTown()
    {
        // The namesake guard: Ghiryan matches towns in Libya, Afghanistan, Russia, Colombia...; nothing says which.
        Assert.DoesNotContain(Find("Fighting broke out in Ghiryan on Friday."), m => m.Place?.Name == "Gharyan");
    }

    [Fact]
    public void LocationMatches_TheTextsVariantOfAVillageWithoutGeonameId_Counts()
    {
        // Novohrodivka comes from the postal dump (no GeoNames id); the gold writes the text's Russian-style spelling.
        var m = Assert.Single(Find("Russian artillery shelled Novogrodovka in the Donetsk region on Sunday."), m => m.Text == "Novogrodovka");
        Assert.Null(m.Place?.GeonameId);
        Assert.True(AcledPlacesEvaluator.LocationMatches(m, "Novogrodovka", Gazetteer.Default));
        Assert.False(AcledPlacesEvaluator.LocationMatches(m, "Pokrovsk", Gazetteer.Default));
    }
}
