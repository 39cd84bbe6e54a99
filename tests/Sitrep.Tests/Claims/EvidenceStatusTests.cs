using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round-10 status mechanisms: corroboration by a source's own evidence, negations read by the contrary rule, counter
/// words against a mere non-confirmation, claims of calm or fighting in one scene, and dismissals as false. Fresh
/// sentences, not in the gold set.
/// </summary>
public class EvidenceStatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_IndependentSatelliteImagesShowTheSameThing_Corroborate()
    {
        var (t, claims) = Detect("The navy said its missiles had destroyed a radar station on the island of Kamaran. A research group said satellite images showed the radar station in ruins.");
        var strike = ClaimWith(t, claims, "its missiles had destroyed");
        Assert.Equal(ClaimStatus.Corroborated, strike.Status);
        Assert.Equal("A research group", Assert.Single(strike.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_EvidenceAboutSomethingElse_DoesNotCorroborate()
    {
        var (t, claims) = Detect("The navy said its missiles had destroyed a radar station on the island of Kamaran. A research group said satellite images showed new trenches near the airport.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "its missiles had destroyed").Status);
    }

    [Fact]
    public void Detect_EvidenceOfDamageAfterAClaimOfNone_DoesNotCorroborateIt()
    {
        var (t, claims) = Detect("The ministry said no warehouse at the port had been damaged in the raid. A monitoring group said video showed a warehouse at the port burning.");
        Assert.NotEqual(ClaimStatus.Corroborated, ClaimWith(t, claims, "no warehouse at the port").Status);
    }

    [Fact]
    public void Detect_NegationInsideAWhoPredicate_DoesNotDisputeTheStrike()
    {
        var (t, claims) = Detect("Provincial police said a drone strike had killed two men on a motorbike near Wana. Their families said the two men on the motorbike were traders and had no ties to any armed group.");
        Assert.DoesNotContain(ClaimWith(t, claims, "a drone strike had killed").Stances, s => s.Stance == StanceKind.Disputes && s.By.NamingSpan.Slice(t) == "Their families");
    }

    [Fact]
    public void Detect_CounterClaimAfterANonConfirmation_LeavesTheNonConfirmationAlone()
    {
        var (t, claims) = Detect("The district governor said he could not confirm how many villagers were missing. Relatives said at least 40 villagers had not come home.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "he could not confirm").Status);
    }

    [Fact]
    public void Detect_FightingAfterCalm_DisputesIt()
    {
        var (t, claims) = Detect("The interior ministry said calm had returned to the old city. Residents said heavy fighting went on until dawn.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "calm had returned").Status);
    }

    [Fact]
    public void Detect_LiberatedAfterStillHeld_AreContrary()
    {
        var (t, claims) = Detect("The army said its soldiers still held the bridge at Kalehe. The rebels said the bridge was liberated.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its soldiers still held").Status);
    }

    [Fact]
    public void Detect_DismissedAsFalse_Denies()
    {
        var (t, claims) = Detect("The militia said it had shot down a government helicopter near Kidal. The defence ministry dismissed the claim as \"completely false\".");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "it had shot down").Status);
    }

    [Fact]
    public void Detect_LaterClaimSpeaksOfWhatTheClaimSaidThereWasNone_DisputesIt()
    {
        var (t, claims) = Detect("The army said its gunships had hit a rebel depot and that no school had been damaged. A teacher said the school's roof had collapsed on the pupils.");
        var army = ClaimWith(t, claims, "its gunships had hit");
        Assert.Equal(ClaimStatus.Disputed, army.Status);
        Assert.Equal("A teacher", Assert.Single(army.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_LaterClaimAboutSomethingElse_LeavesTheNegatedClaimAlone()
    {
        var (t, claims) = Detect("The army said its gunships had hit a rebel depot and that no school had been damaged. A teacher said the pupils had been sent home early.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "its gunships had hit").Status);
    }
}
