using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Stances no stance verb states: casualty counts compared across sides, "also said", contrary predicates,
/// retractions, passive "confirmed by", capitals standing for governments and bare titles. Fresh sentences, not in
/// the gold set.
/// </summary>
public class ImplicitStanceTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_LaterCountThatCannotBeTrueTogether_DisputesEarlierClaim()
    {
        var (t, claims) = Detect("The army said rebels had shelled a market in Goma, killing 54 civilians. A local rights group put the death toll at 38.");
        var first = ClaimWith(t, claims, "rebels had shelled");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.Contains("rights group", Assert.Single(first.Stances).By.NamingSpan.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_LaterCountThatAgrees_CorroboratesEarlierClaim()
    {
        var (t, claims) = Detect("Local officials said an airstrike on a village killed at least 22 people. The opposition government said 22 people had died.");
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "an airstrike on a village").Status);
    }

    [Fact]
    public void Detect_TwoLowerBounds_ConfirmNothing()
    {
        var (t, claims) = Detect("Officials said the strike killed at least 85 villagers. Amnesty International said at least 120 people were killed.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the strike killed").Status);
    }

    [Fact]
    public void Detect_CountsOfDifferentSides_AreNotCompared()
    {
        var (t, claims) = Detect("The ministry said its forces had killed more than 600 Ukrainian soldiers near Pokrovsk. A Ukrainian general said the Russian army had lost 430 soldiers.");
        Assert.Empty(ClaimWith(t, claims, "its forces had killed").Stances);
    }

    [Fact]
    public void Detect_AnotherSideAlsoSaid_CorroboratesEarlierClaim()
    {
        var (t, claims) = Detect("The regional governor said a missile had hit the central railway station. The United Nations also said a missile had hit the railway station.");
        var first = ClaimWith(t, claims, "a missile had hit the central");
        Assert.Equal(ClaimStatus.Corroborated, first.Status);
        Assert.Equal("The United Nations", Assert.Single(first.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_AlsoSaidAfterTheContent_EvidenceSpansContentAndCue()
    {
        // The cue after its content: the stance's evidence must still run forwards over both.
        var text = "The regional governor said a missile had hit the central railway station. A missile had hit the railway station, the United Nations also said.";
        var (t, claims) = Detect(text);
        var first = ClaimWith(t, claims, "a missile had hit the central");
        var stance = Assert.Single(first.Stances);
        Assert.True(stance.Evidence.Start <= stance.Evidence.End, $"evidence [{stance.Evidence.Start},{stance.Evidence.End})");
        Assert.Contains("also", stance.Evidence.Slice(t), StringComparison.Ordinal);
        Assert.Contains("railway station", stance.Evidence.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_ContraryPredicateBySameThing_DisputesEarlierClaim()
    {
        var (t, claims) = Detect("M23 rebels said they had captured the hill of Kilolirwe. A government spokesman said the army still held the hill.");
        var first = ClaimWith(t, claims, "they had captured");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.Equal("still held", Assert.Single(first.Stances).Evidence.Slice(t));
    }

    [Fact]
    public void Detect_ContraryPredicateAboutOtherThing_IsNoDispute()
    {
        var (t, claims) = Detect("M23 rebels said they had captured the hill of Kilolirwe. A government spokesman said the talks in Luanda still held promise.");
        Assert.Empty(ClaimWith(t, claims, "they had captured").Stances);
    }

    [Fact]
    public void Detect_HoldingAPlaceNamedOtherwise_DisputesNearbyCapture()
    {
        // "Bunia" and "the town centre" share no word: nearness and the place word say it is one place.
        var (t, claims) = Detect("The rebels said on Monday that Bunia was now liberated. The army said its units still held the town centre.");
        var first = ClaimWith(t, claims, "Bunia was now liberated");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.Equal("still held", Assert.Single(first.Stances).Evidence.Slice(t));
    }

    [Fact]
    public void Detect_OtherSideWithdrawingFromThePlace_CorroboratesCapture()
    {
        // Gold rule 8: the side that held the town conceding its withdrawal supports the claim of its capture.
        var (t, claims) = Detect("The rebels said they had captured the town of Kalehe. Residents said the market was closed. The army said its troops had withdrawn from Kalehe to spare civilians.");
        var first = ClaimWith(t, claims, "they had captured");
        Assert.Equal(ClaimStatus.Corroborated, first.Status);
        Assert.Equal("withdrawn", Assert.Single(first.Stances).Evidence.Slice(t));
    }

    [Fact]
    public void Detect_PeopleFleeingNearACapture_IsNoDispute()
    {
        // People flee a town whoever holds it; only a withdrawal of forces answers a claim of holding it.
        var (t, claims) = Detect("The army said its units still held the town of Bunia. The UN said 3,000 people had fled the fighting.");
        Assert.Empty(ClaimWith(t, claims, "its units still held").Stances);
    }

    [Fact]
    public void Detect_SourceWithdrawsItsFigure_DisputesItsOwnClaim()
    {
        var (t, claims) = Detect("The rebel alliance said on Monday that 200 soldiers had surrendered in the town. The alliance later withdrew the figure of 200.");
        var first = ClaimWith(t, claims, "200 soldiers");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.StartsWith("withdrew the figure", Assert.Single(first.Stances).Evidence.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_PassiveConfirmedBy_TheAgentCorroborates()
    {
        var (t, claims) = Detect("The governor said nine people had died in the strike. The death toll was confirmed by the State Emergency Service.");
        var first = ClaimWith(t, claims, "nine people");
        Assert.Equal(ClaimStatus.Corroborated, first.Status);
        Assert.Contains("State Emergency Service", Assert.Single(first.Stances).By.NamingSpan.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CapitalInPredicativeSubject_PointsAtThatCountrysClaim()
    {
        var (t, claims) = Detect("Ukraine's president said Russian forces had lost 1,200 soldiers in a single day. The Kremlin said Kyiv's statements were pure propaganda.");
        var first = ClaimWith(t, claims, "Russian forces had lost");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.Equal("The Kremlin", Assert.Single(first.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_CapitalAsStanceHolder_DoesNotAnswerItsOwnGovernmentsClaim()
    {
        var (t, claims) = Detect("Ukraine's president said his forces had not struck any energy sites. Kyiv has not commented on the reports.");
        Assert.Empty(ClaimWith(t, claims, "his forces").Stances);
    }

    [Fact]
    public void Detect_BareTitle_IsThePersonLastNamed()
    {
        var (t, claims) = Detect("The ministry said its forces had killed more than 600 Ukrainian soldiers. General Ivan Petrenko said the Russian army had lost 430 soldiers. The commander-in-chief gave no figure for Ukrainian losses.");
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "its forces had killed").Status);
        Assert.Empty(ClaimWith(t, claims, "the Russian army had lost").Stances);
    }
}
