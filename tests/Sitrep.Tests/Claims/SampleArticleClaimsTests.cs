using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>Golden behaviour on the sample article (samples/kursk-north-korean-troops.txt).</summary>
public class SampleArticleClaimsTests
{
    private static readonly string _text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
    private static readonly Lazy<List<ClaimAnnotation>> _claims = new(() =>
        [.. new AttributionDetector(ClaimsLexicon.Default).Detect(_text, TextAnalyzer.Analyze(_text))]);

    private static string Slice(TextSpan span) => span.Slice(_text);

    private static ClaimAnnotation ClaimContaining(string words) =>
        Assert.Single(_claims.Value, c => Slice(c.Content).Contains(words, StringComparison.Ordinal));

    private static string? Claimant(ClaimAnnotation claim) => claim.Claimant is null ? null : Slice(claim.Claimant.NamingSpan);

    [Fact]
    public void Detect_ZelenskyyDailyAddressQuote_StatedInDailyAddressWithPreliminaryDataHedge()
    {
        var claim = ClaimContaining("We already have preliminary data");
        Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
        Assert.Equal("stated", Slice(claim.Cue!.Value));
        Assert.Equal("daily address", claim.Channel);
        Assert.Contains("Zelenskyy", Claimant(claim), StringComparison.Ordinal);
        Assert.Equal("preliminary data", claim.Certainty?.Phrase);
        Assert.Equal("likely", claim.Certainty?.Likelihood.Term);
        Assert.EndsWith("A significant number of them", Slice(claim.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_SecondZelenskyyQuote_AttributedThroughParticipleStating()
    {
        var claim = ClaimContaining("We will defend ourselves");
        Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
        Assert.Equal("stating", Slice(claim.Cue!.Value));
        Assert.Equal("Zelenskyy", Claimant(claim));
    }

    [Fact]
    public void Detect_HeFurtherNoted_ResolvesToZelenskyy()
    {
        var claim = ClaimContaining("the soldiers were integrated into Russian units");
        Assert.Equal(ClaimKind.Indirect, claim.Kind);
        Assert.Equal("He", Slice(claim.Claimant!.Span));
        Assert.Contains("Zelenskyy", Claimant(claim), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_KovalenkoQuote_WroteOnTelegram()
    {
        var claim = ClaimContaining("The task of the Koreans is to run under the blows");
        Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
        Assert.Equal("wrote", Slice(claim.Cue!.Value));
        Assert.Equal("Telegram", claim.Channel);
        Assert.Equal("Kovalenko", Claimant(claim));
        Assert.Equal("occupy certain areas", Slice(claim.Content)[^20..]);
    }

    [Fact]
    public void Detect_KovalenkoIndirectAndHeAlsoClaimed_BothAttributedToKovalenko()
    {
        Assert.Contains("Kovalenko", Claimant(ClaimContaining("the North Koreans are being used in high-risk assault operations")), StringComparison.Ordinal);
        var claimed = ClaimContaining("highlighted Moscow's desperation");
        Assert.Equal("claimed", Slice(claimed.Cue!.Value));
        Assert.Contains("Kovalenko", Claimant(claimed), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TenThousandTroops_ClaimedByAnonymousWesternOfficials()
    {
        var claim = ClaimContaining("10,000 North Korean troops");
        Assert.Equal("Western officials", Claimant(claim));
        Assert.True(claim.Claimant!.Anonymous);
        Assert.Equal("reported", Slice(claim.Cue!.Value));
    }

    [Fact]
    public void Detect_FiftyThousandTroops_DisclosedByTheNewYorkTimes()
    {
        var claim = ClaimContaining("50,000 Russian and North Korean troops");
        Assert.Equal("The New York Times", Claimant(claim));
        Assert.Equal("disclosed", Slice(claim.Cue!.Value));
        Assert.Equal("The New York Times", claim.Channel);
    }

    [Fact]
    public void Detect_DeploymentClaim_MoscowNotConfirmedAndWesternIntelligenceSupports()
    {
        var claim = ClaimContaining("Russia of deploying a significant number of North Korean troops");
        Assert.Equal("accused", Slice(claim.Cue!.Value));
        var moscow = Assert.Single(claim.Stances, s => Slice(s.By.Span) == "Moscow");
        Assert.Equal(StanceKind.NotConfirmed, moscow.Stance);
        Assert.Contains("has not officially confirmed", Slice(moscow.Evidence), StringComparison.Ordinal);
        var intelligence = Assert.Single(claim.Stances, s => Slice(s.By.Span).Contains("intelligence", StringComparison.Ordinal));
        Assert.Equal(StanceKind.Supports, intelligence.Stance);
        Assert.Contains("United States and Europe", Slice(intelligence.By.Span), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.NotConfirmed, claim.Status);
    }

    [Fact]
    public void Detect_NarratedStrike_IsNotAClaim()
    {
        Assert.DoesNotContain(_claims.Value, c => Slice(c.Content).Contains("Ukrainian drones struck an oil facility", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_DefendOurselvesQuote_TakesNoHedgeFromALaterSentence()
    {
        Assert.Null(ClaimContaining("We will defend ourselves").Certainty);
    }

    [Fact]
    public void Stage_TroopFigures_QuantitiesWithUnitAndApproximation()
    {
        var document = new Sitrep.Pipeline.AnalysisPipeline([new TextStage(), Sitrep.Tests.Language.LanguageTestSupport.Stage, new ClaimsStage()])
            .Run(new Document("kursk", _text, new ArticleMetadata()));
        var quantities = document.Get<ClaimsLayer>().Claims.SelectMany(c => c.Quantities).ToList();
        Assert.Contains(quantities, q => q is { Value: 10000, Unit: "troops", Approximate: true });
        Assert.Contains(quantities, q => q is { Value: 50000, Unit: "troops", Approximate: false });
    }
}
