using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Pipeline;
using Sitrep.Tests.Language;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

public class ClaimsStageTests
{
    private static Document Run(string text) =>
        new AnalysisPipeline([new TextStage(), LanguageTestSupport.Stage, new ClaimsStage()]).Run(new Document("d1", text, new ArticleMetadata()));

    [Fact]
    public void Stage_Declaration_NamedClaimsNeedsTextAndLanguageProducesClaims()
    {
        var stage = new ClaimsStage();
        Assert.Equal("claims", stage.Name);
        Assert.Equal([typeof(TextLayer), typeof(LanguageLayer)], stage.Requires);
        Assert.Equal([typeof(ClaimsLayer)], stage.Produces);
    }

    [Fact]
    public void Pipeline_WithoutTextStage_IsRejectedAtStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([new ClaimsStage()]));
        Assert.Contains("needs layer TextLayer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AfterTextAndLanguage_AddsClaimsLayerWithOffsetsIntoTheText()
    {
        const string text = "Kherson's governor said three people were wounded by shelling. The claim could not be independently verified.";
        var document = Run(text);
        var claim = Assert.Single(document.Get<ClaimsLayer>().Claims);
        Assert.Equal("three people were wounded by shelling", document[claim.Content]);
        Assert.Equal("Kherson's governor", document[claim.Claimant!.Span]);
        var quantity = Assert.Single(claim.Quantities);
        Assert.Equal(3, quantity.Value);
        Assert.Equal("people", quantity.Unit);
        Assert.Equal("GOV", claim.Who?.Sector);
    }

    [Theory]
    [InlineData("The Sudanese army said its troops had repelled an attack on the town.", "SDN")]
    [InlineData("Lebanon's health ministry said two people had been killed in the strike.", "LBN")]
    [InlineData("A Kenyan police officer said the bus had been attacked near the border.", "KEN")]
    public void Run_ClaimantWordsNameACountry_ResolvesThatCountry(string text, string iso3)
    {
        var claim = Assert.Single(Run(text).Get<ClaimsLayer>().Claims);
        Assert.Equal(iso3, claim.Who?.CountryIso3);
    }

    [Fact]
    public void Run_LocalVoiceWithoutCountry_GetsTheArticlesDominantCountry()
    {
        const string text = "The Sudanese army said its troops had retaken a bridge in Khartoum. Residents said the fighting had stopped. Reuters said it could not verify the accounts.";
        var claims = Run(text).Get<ClaimsLayer>().Claims;
        var residents = Assert.Single(claims, c => c.Who?.Text == "Residents");
        Assert.Equal("SDN", residents.Who!.CountryIso3);
    }

    [Fact]
    public void Run_PronounClaimant_ResolvesToThePersonWithTitleAndCountry()
    {
        const string text = "Ukrainian Defence Minister Rustem Umerov told reporters on Monday that Russian forces had lost 1,200 soldiers near Pokrovsk. He said the front line was holding.";
        var claims = Run(text).Get<ClaimsLayer>().Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("Rustem Umerov", c.Who?.Name));
        Assert.All(claims, c => Assert.Equal("GOV", c.Who?.Sector)); // a minister is GOV even of defence; a defence ministry is MIL
        Assert.Equal("UKR", claims[0].Who?.CountryIso3);
        var soldiers = Assert.Single(claims[0].Quantities);
        Assert.Equal((1200.0, "soldiers", false), (soldiers.Value, soldiers.Unit, soldiers.Approximate));
    }

    [Fact]
    public void Run_AnonymousOfficials_KeepWhatTheTextSaysAndGradeSix()
    {
        const string text = "Western officials said approximately 3,000 troops had been moved to the border.";
        var claim = Assert.Single(Run(text).Get<ClaimsLayer>().Claims);
        Assert.True(claim.Who?.Anonymous);
        Assert.Null(claim.Who?.Name);
        Assert.Equal("Western governments", claim.Who?.Affiliation);
        Assert.Equal("F6", claim.Grade?.Code);
        var troops = Assert.Single(claim.Quantities);
        Assert.Equal((3000.0, "troops", true), (troops.Value, troops.Unit, troops.Approximate));
    }

    [Fact]
    public void Run_DeniedClaim_CredibilityFiveAndOutletReliabilityFromData()
    {
        const string text = "Reuters reported that a convoy had been struck near Izium. Russia's Defence Ministry denied the report.";
        var claim = Assert.Single(Run(text).Get<ClaimsLayer>().Claims);
        Assert.Equal(ClaimStatus.Denied, claim.Status);
        Assert.Equal('B', claim.Grade?.Reliability);
        Assert.Equal(5, claim.Grade?.Credibility);
        Assert.NotNull(Assert.Single(claim.Stances).Holder);
    }

    [Fact]
    public void Run_ListedGroupWithAMilitaryWordInItsName_TakesTheListsSector()
    {
        // "Forces" is a military word, but the curated group list says what the Rapid Support Forces are (REB); the
        // abbreviation, linked to the full name, speaks for the same group.
        const string text = "The Rapid Support Forces (RSF) said its fighters had taken the town. The RSF said 12 soldiers were captured.";
        var claims = Run(text).Get<ClaimsLayer>().Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("REB", c.Who?.Sector));
    }

    [Fact]
    public void Run_ArmySpokesmanAndDefenceMinistry_OrganisationWordBeatsGenericTitle()
    {
        const string text = "An army spokesman said 40 fighters had been killed. Russia's Defence Ministry said the attack had been repelled.";
        var claims = Run(text).Get<ClaimsLayer>().Claims;
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("MIL", c.Who?.Sector));
    }

    [Fact]
    public void Run_LaterHedgeSentence_DoesNotQualifyAnEarlierQuote()
    {
        const string text = "\"We will hold the line,\" the commander said. Thousands of reservists are said to be arriving at the front.";
        var claim = Run(text).Get<ClaimsLayer>().Claims.Single(c => c.Kind == ClaimKind.DirectQuote);
        Assert.Null(claim.Certainty);
    }
}
