using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// Admin1 as ACLED codes it: the parts ACLED splits a division into, hyphen-insensitive names, places the text puts in a
/// named region, names of one division in two countries, and the place a bearing locates rather than its reference.
/// </summary>
public class AcledAdmin1AndRelativePlacesTests
{
    private static IReadOnlyList<PlaceMention> Find(string text) => Geocoder.Default.Find(text, TestText.Analyze(text));

    private static EventLocation Locate(string text, string trigger) => EventLocating.Locate(text, trigger);

    [Theory]
    [InlineData("Fighting broke out in Lashio on Monday.", "Lashio", "Shan-North")]
    [InlineData("Troops were deployed to Taunggyi on Monday.", "Taunggyi", "Shan-South")]
    [InlineData("A bomb exploded in Tachileik on Monday.", "Tachileik", "Shan-East")]
    [InlineData("Protesters marched in Pyay on Monday.", "Pyay", "Bago-West")]
    [InlineData("Protesters marched in Taungoo on Monday.", "Taungoo", "Bago-East")]
    public void Find_TownOfADivisionAcledSplits_GetsThePartsName(string text, string town, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == town);
        Assert.Equal(admin1, m.Place?.Admin1);
    }

    [Fact]
    public void Find_RegionOnlyMentionOfASplitDivision_KeepsTheWholeDivision()
    {
        var m = Assert.Single(Find("Clashes were reported in Shan State on Monday."), m => m.Text.StartsWith("Shan", StringComparison.Ordinal));
        Assert.Equal("Shan", m.Place?.Admin1);
        Assert.Equal(3, m.GeoPrecision);
    }

    [Fact]
    public void Find_QatarsCapital_GetsAcledsCapitalisedAdmin1() =>
        Assert.Equal("Ad Dawhah", Assert.Single(Find("Talks resumed in Doha on Monday."), m => m.Text == "Doha").Place?.Admin1);

    [Theory]
    [InlineData("Residents of Petion-Ville lynched a man on Wednesday.", "Petion-Ville", "Ouest")]
    [InlineData("Gangs burned houses in Cite Soleil on Friday.", "Cite Soleil", "Ouest")]
    public void Find_NameSpeltWithHyphenOrWithoutAccents_Resolves(string text, string name, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == name);
        Assert.Equal(admin1, m.Place?.Admin1);
    }

    [Theory]
    [InlineData("Police fired on a crowd in Kashipur in Odisha on Monday.", "Kashipur", "Odisha")]
    [InlineData("Gunmen looted a warehouse in Tawila, North Darfur, on Sunday.", "Tawila", "North Darfur")]
    public void Find_TownWhoseReadingsLieOutsideTheRegionNamedAfterIt_IsPlacedInThatRegion(string text, string town, string admin1)
    {
        var m = Assert.Single(Find(text), m => m.Text == town);
        Assert.Equal(admin1, m.Place?.Admin1);
        Assert.Equal(PlaceReason.OutsideNamedRegion, m.Reason);
        Assert.Equal(PlacePoint.Division, m.Point); // the region's point, not one of the namesakes elsewhere
        Assert.Equal(1, m.GeoPrecision); // the town is named as where it happened
    }

    [Fact]
    public void Find_DivisionNameOfTwoCountries_ResolvesTheNameAtRegionPrecision()
    {
        var m = Assert.Single(Find("Farmers blocked a highway in Punjab on Tuesday."), m => m.Text == "Punjab");
        Assert.Equal("Punjab", m.Place?.Admin1);
        Assert.Equal(3, m.GeoPrecision);
        Assert.Contains("also a division of", m.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_MisspeltTownOfACountryNamedLaterInTheSentence_Resolves()
    {
        var m = Assert.Single(Find("Militants kidnapped women near Arbinda in northern Burkina Faso on Thursday."), m => m.Text == "Arbinda");
        Assert.Equal("BFA", m.Place?.Iso3);
    }

    [Fact]
    public void Choose_TriggerNearerTheReferenceOfABearing_PicksTheLocatedPlace()
    {
        var location = Locate("Rescuers opened the cells of Saydnaya prison north of Damascus and found signs of mass executions.", "executions");
        Assert.Equal("Saydnaya", location.Mention?.Text);
        Assert.Equal("Rural Damascus", location.Mention?.Place?.Admin1);
    }

    [Fact]
    public void Choose_ForeignTownNameModifyingANoun_IsNotTheEventsPlace()
    {
        var location = Locate("Kuki militants and soldiers exchanged fire near Moreh in Manipur on Sunday.", "exchanged fire");
        Assert.Equal("Manipur", location.Mention?.Place?.Admin1);
    }

    [Fact]
    public void Choose_CountryThatLaunchedTheWeapons_IsNotTheEventsPlace()
    {
        var location = Locate("Air defences intercepted most of the 90 drones that Russia launched overnight.", "intercepted");
        Assert.NotEqual("Russia", location.Mention?.Text);
    }

    [Fact]
    public void Choose_LaunchSiteAndTarget_PicksTheTarget()
    {
        var location = Locate("Drones that Iran fired overnight struck a base near Erbil, officials said.", "struck");
        Assert.Equal("Erbil", location.Mention?.Text);
    }
}
