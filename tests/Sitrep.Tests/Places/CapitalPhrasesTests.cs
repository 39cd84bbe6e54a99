using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>"the Sudanese capital", "the Belarus capital Minsk": a capital named by its country.</summary>
public class CapitalPhrasesTests
{
    private static EventLocation Locate(string text, string trigger) => EventLocating.Locate(text, trigger);

    [Theory]
    [InlineData("Fighting erupted in the Sudanese capital on Saturday, killing 12 people.", "Sudanese capital", "SDN")]
    [InlineData("A drone struck an oil depot in the Ukrainian capital overnight.", "Ukrainian capital", "UKR")]
    [InlineData("Explosions were heard in the Belarusian capital on Monday.", "Belarusian capital", "BLR")]
    public void Find_DemonymAndCapital_IsTheCountrysCapitalCity(string text, string words, string iso3)
    {
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == words);

        Assert.Equal(PlaceKind.PopulatedPlace, mention.Kind);
        Assert.Equal(iso3, mention.Place?.Iso3);
        Assert.Equal("PPLC", mention.Place?.FeatureCode);
        Assert.Equal(1, mention.GeoPrecision);
    }

    [Fact]
    public void Find_DemonymCapitalAndItsName_LeavesTheNameToSpeak()
    {
        const string text = "A drone struck an oil depot in the Ukrainian capital Kyiv overnight.";
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));

        Assert.DoesNotContain(mentions, m => m.Text.Contains("capital", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Kyiv");
    }

    [Fact]
    public void Find_CapitalAsAdjective_IsNoPlace()
    {
        // "capital" in lower case after a demonym only; "the Sudanese Capital Markets Authority" is an organisation.
        const string text = "The Sudanese Capital Markets Authority said trading would resume.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Place?.FeatureCode == "PPLC");
    }

    [Fact]
    public void Choose_CountryThenCapitalWordThenTown_PicksTheTown()
    {
        var location = Locate("Explosions were reported in the Belarus capital Minsk on Sunday.", "reported");

        Assert.Equal("Minsk", location.Mention?.Text);
        Assert.Equal(PlaceKind.PopulatedPlace, location.Mention?.Kind);
        Assert.Equal("BLR", location.Mention?.Place?.Iso3);
    }
}
