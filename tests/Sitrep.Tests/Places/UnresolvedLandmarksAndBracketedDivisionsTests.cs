using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// An event whose nearest place cannot be resolved (a landmark, a neighbourhood) lies in the town the text puts it in;
/// a division in brackets after a town says which division the town is in.
/// </summary>
public class UnresolvedLandmarksAndBracketedDivisionsTests
{
    private static EventLocation Locate(string text, string trigger) => EventLocating.Locate(text, trigger);

    [Fact]
    public void Choose_UnresolvedLandmarkNearTheTrigger_TakesTheTownTheSentencePutsTheEventIn()
    {
        // 'Centenario' names towns in Peru and in Neuquen: the bridge the protesters blocked cannot be placed by itself.
        const string text = "In Cordoba on Saturday morning, hundreds of members of several political organizations blocked Centenario bridge to demand justice.";
        var location = Locate(text, "blocked");

        // The landmark's words stay the event's (the span a reader sees); its place is the town's.
        Assert.Equal("Centenario", location.Mention!.Text);
        Assert.Equal("Cordoba", location.Mention.Place?.Name);
        Assert.Equal("AR", location.Mention.Place?.CountryIso2);
        Assert.Equal(PlaceKind.PopulatedPlace, location.Mention.Kind);
        Assert.Equal(1, location.Mention.GeoPrecision);
        Assert.Equal(PlaceReason.None, location.Mention.Reason);
    }

    [Fact]
    public void Choose_UnresolvedPlaceBeforeASpeakersPlace_StaysUnresolved() =>
        Assert.Null(Locate("Gunmen burned houses near Quimeroza on Sunday, officials in Pemba said.", "burned").Mention?.Place);

    [Fact]
    public void Choose_SentencesWithoutPlaces_ArePassedOverToTheLastSentenceNamingOne()
    {
        const string text = "Hundreds of teachers marched in Puerto Madryn on Monday. They demanded higher pay. Police later fired tear gas at the marchers.";
        var location = Locate(text, "fired");

        Assert.Equal(EventLocationReason.PreviousSentence, location.Reason);
        Assert.Equal("Puerto Madryn", location.Mention?.Place?.Name);
    }

    [Fact]
    public void Choose_SentenceBeforeInAnotherParagraph_GivesNoPlace()
    {
        const string text = "Hundreds of teachers marched in Puerto Madryn on Monday.\n\nThey demanded higher pay. Police later fired tear gas at the marchers.";
        var location = Locate(text, "fired");

        Assert.Equal(EventLocationReason.NoPlaceInSentence, location.Reason);
        Assert.Null(location.Mention);
    }

    [Fact]
    public void Choose_AmbiguousNeighbourhoodAlone_LiesInThePlaceOfTheSentenceBefore()
    {
        // 'San Martin' names towns in several Argentine provinces: alone it cannot be resolved.
        const string text = "On 14 June 2022, teachers gathered in Puerto Madryn. They protested in the San Martin neighborhood to complain about the lack of heating.";
        var location = Locate(text, "protested");

        Assert.Equal("Chubut", location.Mention?.Place?.Admin1);
        Assert.Equal("Puerto Madryn", location.Mention?.Place?.Name);
    }

    [Fact]
    public void Find_TownNotInTheBracketedDivision_IsAnUnlistedSettlementOfThatDivision()
    {
        // General Roca names towns of Rio Negro and Cordoba, none in La Pampa: the bracket decides.
        const string text = "On 29 June 2022, in General Roca (La Pampa), around 50 residents protested in front of the city hall.";
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "General Roca");

        Assert.Equal(PlaceReason.OutsideNamedRegion, mention.Reason);
        Assert.Equal("La Pampa", mention.Place?.Admin1);
        Assert.True(mention.IsUnlistedSettlement); // exported under its own name, at the division's point
        Assert.Equal(PlacePoint.Division, mention.Point);
        Assert.Equal(1, mention.GeoPrecision);
    }

    [Fact]
    public void Find_BracketWithSecondAndFirstLevelDivisions_ChoosesTheTownOfThatDivision()
    {
        const string text = "On 18 June 2022, in San Justo (La Matanza, Buenos Aires), social organizations staged a demonstration.";
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "San Justo");

        Assert.Equal(PlaceReason.None, mention.Reason);
        Assert.Equal("Buenos Aires", mention.Place?.Admin1);
        Assert.Equal(PlaceKind.PopulatedPlace, mention.Place?.Kind);
        Assert.False(mention.IsUnlistedSettlement);
    }

    [Theory]
    [InlineData("On 23 June 2022, in Los Quimerales (Tucuman), truck drivers held protests.", "Los Quimerales", "Tucuman")]
    [InlineData("On 22 June 2022, in Pueblo Zorzal (Santa Fe), truck drivers blocked the road.", "Pueblo Zorzal", "Santa Fe")]
    [InlineData("On 23 June 2022, near Puerto General Quimera (Santa Fe), truck drivers held protests.", "Puerto General Quimera", "Santa Fe")]
    [InlineData("On 2 June 2022, in San Quimero del Valle Zorzal (San Juan), teachers gathered in a square.", "San Quimero del Valle Zorzal", "San Juan")]
    public void Find_SeveralWordsBetweenLocativeAndBracketedDivision_AreOneUnlistedName(string text, string name, string admin1)
    {
        // A settlement word ('Pueblo') or a known name inside ('General', 'San') does not cut the name short.
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == name);

        Assert.True(mention.IsUnlistedSettlement);
        Assert.Equal(admin1, mention.Place?.Admin1);
        Assert.Equal("AR", mention.Place?.CountryIso2);
    }

    [Fact]
    public void Find_SeveralCapitalisedWordsWithBracketButNoLocative_AreNoPlace()
    {
        const string text = "Governor Ramon Quimerales (Tucuman) said the roads would reopen.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text.Contains("Quimerales", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_TownOutsideADivisionNameCountriesShare_LiesInTheReadingTheArticleGives()
    {
        // The gazetteer lacks Sinsacate; Cordoba is a division of Argentina, Colombia and Spain.
        const string text = "On 7 June 2022, in Sinsacate (Cordoba), around 300 residents carried out a silent march.";
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "Sinsacate");

        Assert.True(mention.IsUnlistedSettlement);
        Assert.Equal("Cordoba", mention.Place?.Admin1);
        Assert.Equal("AR", mention.Place?.CountryIso2);
    }
}
