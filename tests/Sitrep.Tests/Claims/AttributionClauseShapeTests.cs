using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Clause shapes around a reporting cue (issue #6, fresh-text findings 13, 21, 22, 23): zero relative clauses are
/// narration, a participle clause after a final source is not the content, and an "according to" inside a relative
/// clause vouches for that clause only. Sentences written for these tests.
/// </summary>
public class AttributionClauseShapeTests
{
    [Theory]
    [InlineData("The militia posted videos it said showed captured armoured vehicles near Kupiansk.")]
    [InlineData("Police in Mombasa arrested two men they say were planning an attack on the port.")]
    [InlineData("The insurgents have repeatedly abducted teachers they accuse of working for the government.")]
    [InlineData("The navy released footage it had earlier said showed a sea drone striking the frigate.")]
    [InlineData("Soldiers detained herders we blamed for the cattle raids last spring.")]
    [InlineData("The coast guard displayed drones which it says were assembled in a workshop near Hodeidah.")]
    [InlineData("Police in Peshawar detained two brothers whom they accuse of smuggling rifles across the border.")]
    public void Detect_RelativeClauseWithReportingVerb_IsNotAnAttribution(string text) => Assert.Empty(ClaimTestText.Detect(text).Claims);

    [Fact]
    public void Detect_ThatClauseAfterNounWithoutGap_IsStillAnAttribution()
    {
        var (t, claims) = ClaimTestText.Detect("The spokesman rejected reports that they said the checkpoint had been abandoned.");
        var claim = ClaimTestText.ClaimWith(t, claims, "the checkpoint had been abandoned");
        Assert.Equal("they", claim.Claimant!.Span.Slice(t));
    }

    [Fact]
    public void Detect_ZeroRelativeInsideReportedClause_KeepsOnlyTheOuterClaim()
    {
        var (text, claims) = ClaimTestText.Detect("Villagers in Dolo said fighters had burned granaries of families they accuse of helping the army.");
        var claim = Assert.Single(claims);
        Assert.Equal("Villagers in Dolo", claim.Claimant!.NamingSpan.Slice(text));
        Assert.StartsWith("fighters had burned granaries", claim.Content.Slice(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The interior ministry spoke of an operation in the north. After the raid it said three fighters had been detained.", "it", "three fighters had been detained")]
    [InlineData("The rebels' spokesmen spoke to reporters in Goma. Last week they said the road to the airport was open.", "they", "the road to the airport was open")]
    [InlineData("The militia posted videos, and it said the footage showed captured vehicles.", "it", "the footage showed captured vehicles")]
    public void Detect_PronounAfterAdverbialOrConjunction_IsStillAnAttributionByThePronoun(string text, string pronoun, string content)
    {
        var (t, claims) = ClaimTestText.Detect(text);
        var claim = ClaimTestText.ClaimWith(t, claims, content);
        Assert.Equal(content, claim.Content.Slice(t));
        Assert.Equal(pronoun, claim.Claimant!.Span.Slice(t));
    }

    [Theory]
    [InlineData("Shells hit the market in Kherson on Friday morning, the regional administration said, leaving a crater near the bus station that had been rebuilt last year.", "the regional administration", "Shells hit the market in Kherson on Friday morning")]
    [InlineData("Fighting resumed near Bentiu on Sunday, aid workers said, forcing hundreds of families towards a camp that was already full.", "aid workers", "Fighting resumed near Bentiu on Sunday")]
    public void Detect_ParticipleClauseAfterFinalSource_ContentIsTheClauseBefore(string text, string claimant, string content)
    {
        var (t, claims) = ClaimTestText.Detect(text);
        var claim = ClaimTestText.ClaimWith(t, claims, content);
        Assert.Equal(claimant, claim.Claimant!.NamingSpan.Slice(t));
        Assert.Equal(content, claim.Content.Slice(t));
    }

    [Fact]
    public void Detect_SourcePhraseAfterComma_StillReachesTheThatClause()
    {
        var (t, claims) = ClaimTestText.Detect("The monitoring group said, citing medics, that 14 civilians had been killed in the shelling of Huliaipole.");
        var claim = Assert.Single(claims);
        Assert.Equal("14 civilians had been killed in the shelling of Huliaipole", claim.Content.Slice(t));
    }

    [Fact]
    public void Detect_AccordingToInsideRelativeClause_VouchesForThatClauseOnly()
    {
        var (t, claims) = ClaimTestText.Detect("The governor blamed Islamic State fighters for the explosions, which killed at least nine people according to hospital staff.");
        Assert.Equal(2, claims.Length);
        var accordingTo = Assert.Single(claims, c => c.Kind == ClaimKind.AccordingTo);
        Assert.Equal("hospital staff", accordingTo.Claimant!.NamingSpan.Slice(t));
        Assert.Equal("killed at least nine people", accordingTo.Content.Slice(t));
        var blame = Assert.Single(claims, c => c.Kind == ClaimKind.Indirect);
        Assert.Equal("blamed", blame.Cue!.Value.Slice(t));
        Assert.Equal("Islamic State fighters for the explosions", blame.Content.Slice(t));
    }

    [Theory]
    [InlineData("Nine people were killed in the explosions according to hospital staff.", "Nine people were killed in the explosions")]
    [InlineData("The road was reopened on Monday, but two mines were found near the bridge according to army engineers.", "two mines were found near the bridge")]
    public void Detect_AccordingToInMidSentence_ContentIsTheClauseItAttachesTo(string text, string content)
    {
        var (t, claims) = ClaimTestText.Detect(text);
        var claim = Assert.Single(claims);
        Assert.Equal(ClaimKind.AccordingTo, claim.Kind);
        Assert.Equal(content, claim.Content.Slice(t));
    }
}
