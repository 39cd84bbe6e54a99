using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// A region written right after a town only situates it ("La Plata (Buenos Aires)", "Darregueira, Buenos Aires"): it is
/// read as the division even when a larger city of that name exists elsewhere, so the town and the event stay in
/// the province. A possessive place followed by a place names a part of it ("Baghdad's western Amriya district").
/// </summary>
public class SituatingRegionAndPossessiveTests
{
    [Theory]
    [InlineData("On 10 June 2022, in La Plata (Buenos Aires), students protested outside the school.", "Buenos Aires")]
    [InlineData("On 29 June 2022, in Chabas (Santa Fe), truck drivers gathered on the road to protest.", "Santa Fe")]
    [InlineData("Truck drivers blocked roads in Darregueira (Buenos Aires) on Tuesday.", "Buenos Aires")]
    public void Find_RegionInBracketsAfterATown_IsTheDivision(string text, string admin1)
    {
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        var region = mentions.Last();
        Assert.Equal(PlaceKind.Admin1, region.Place?.Kind);
        Assert.Equal(admin1, region.Place!.Admin1);
        Assert.Equal("AR", region.Place.CountryIso2);
    }

    [Theory]
    [InlineData("On 29 June 2022, in Zorzalito (Santa Fe), truck drivers blocked the national route.", "Zorzalito", "Santa Fe")]
    [InlineData("On 23 June 2022, in Quimerata (Cordoba), residents marched to the square.", "Quimerata", "Cordoba")]
    [InlineData("On 15 June 2022, in Villa Quimera (Rio Negro), hooded protesters blocked the road.", "Villa Quimera", "Rio Negro")]
    public void Find_UnlistedTownAfterInWithItsDivisionInBrackets_IsPlacedInTheDivisionUnderItsName(string text, string town, string admin1)
    {
        // Cordoba and Rio Negro are also divisions of Colombia and Uruguay: the town lies in the reading the article gives.
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == town);
        Assert.Equal(PlaceReason.NotInGazetteer, mention.Reason);
        Assert.Equal(admin1, mention.Place?.Admin1);
        Assert.Equal("AR", mention.Place!.CountryIso2);
        Assert.Equal(1, mention.GeoPrecision); // the town is named as where it happened
        Assert.Equal(PlacePoint.Division, mention.Point); // but its own point is unknown
    }

    [Fact]
    public void Find_UnknownNameWithDivisionInBracketsButNoIn_IsNoPlace()
    {
        const string text = "Governor Quimerata (Cordoba) said the roads would reopen.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text.Contains("Quimerata", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CapitalCityNamedAlone_StaysTheCity()
    {
        const string text = "Thousands of protesters marched in Buenos Aires on Wednesday.";
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)));
        Assert.Equal(PlaceKind.PopulatedPlace, mention.Place?.Kind);
        Assert.Equal("Ciudad Autonoma de Buenos Aires", mention.Place!.Admin1);
    }

    [Fact]
    public void Choose_TownThenItsProvince_TheEventIsInTheTownsProvince()
    {
        const string text = "On 10 June 2022, in La Plata (Buenos Aires), students protested outside the school.";
        var document = TestText.Document(text);
        var layer = document.Get<Sitrep.Text.TextLayer>();
        var mentions = Geocoder.Default.Find(text, layer);
        var trigger = text.IndexOf("protested", StringComparison.Ordinal);
        var chosen = EventLocator.Choose(text, layer, mentions, layer.Sentences[0], new Sitrep.Documents.TextSpan(trigger, trigger + 9), Gazetteer.Default).Mention;
        Assert.Equal("La Plata", chosen?.Text);
        Assert.Equal("Buenos Aires", chosen?.Place?.Admin1);
    }

    [Theory]
    [InlineData("A roadside bomb killed six people in Baghdad's western Amriya district on Thursday.", "killed", "Amriya")]
    [InlineData("Bodies were pulled from the rubble of a house in Kabul's western Dasht-e-Barchi district.", "pulled", "Dasht-e-Barchi")]
    public void Choose_PossessivePlaceThenAPlace_ThePartIsTheLocation(string text, string verb, string expected)
    {
        var layer = TestText.Analyze(text);
        var mentions = Geocoder.Default.Find(text, layer);
        var trigger = text.IndexOf(verb, StringComparison.Ordinal);
        var chosen = EventLocator.Choose(text, layer, mentions, layer.Sentences[0], new Sitrep.Documents.TextSpan(trigger, trigger + verb.Length), Gazetteer.Default).Mention;
        Assert.Equal(expected, chosen?.Text);
        Assert.NotNull(chosen?.Place); // placed in the city that possesses it
    }

    [Theory]
    [InlineData("In Cordoba, members of Evita Movement and Barrios de Pie staged a demonstration.", "Barrios")]
    [InlineData("On 2 June 2022, in San Agustin del Valle Fertil (San Juan), teachers gathered in a square.", "San Agustin")]
    public void Find_FirstPartOfALongerName_IsNoPlaceOfItsOwn(string text, string fragment)
    {
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        Assert.DoesNotContain(mentions, m => m.Text == fragment);
    }

    [Fact]
    public void Find_SixWordCityName_MatchedWhole()
    {
        const string text = "On 28 June 2022, in San Fernando del Valle de Catamarca (Catamarca), a group marched to the main square.";
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        var city = mentions.First();
        Assert.Equal("San Fernando del Valle de Catamarca", city.Text);
        Assert.Equal("Catamarca", city.Place?.Admin1);
    }

    [Fact]
    public void Find_ArmedGroupNamedAfterTheLevant_IsNoPlace()
    {
        const string text = "The Islamic State of Iraq and Al-Sham launched an offensive in the countryside of Aleppo.";
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        Assert.DoesNotContain(mentions, m => m.Text == "Al-Sham");
        Assert.Contains(mentions, m => m.Text == "Aleppo");
    }
}
