using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 20 status readings: a negated act ("had never entered the town") compared with another party's claim by its
/// actor and its object or place, not by its verb. Fresh sentences, not in the gold set.
/// </summary>
public class Round20StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    private static bool Dispute(ClaimStance s) => s.Stance == StanceKind.Disputes;

    [Fact]
    public void Detect_LaterActorAndPlaceTold_DisputeAnEarlierNegatedAct()
    {
        // "never entered Kidal" / "had burned ... in Kidal": the verbs differ, the actor and the place do not.
        var (t, claims) = Detect("The Malian army's spokesman said Wagner fighters had never entered Kidal during the operation. "
            + "The Azawad Liberation Front said Wagner fighters had burned houses in Kidal on Tuesday.");
        Assert.Contains(ClaimWith(t, claims, "Wagner fighters had never entered Kidal").Stances, s => Dispute(s) && s.Origin == StanceOrigin.NegatedAct);
    }

    [Fact]
    public void Detect_LaterNegatedActOfTheSameActorAndPlace_DisputesAnEarlierClaim()
    {
        var (t, claims) = Detect("The Azawad Liberation Front said Wagner fighters had burned houses in Kidal on Tuesday. "
            + "The Malian army's spokesman said Wagner fighters had never entered Kidal during the operation.");
        Assert.Contains(ClaimWith(t, claims, "Wagner fighters had burned houses in Kidal").Stances, Dispute);
    }

    [Fact]
    public void Detect_SameActorAtAnotherPlace_IsNoDispute()
    {
        // Wagner fighters in Tessalit say nothing of whether they entered Kidal.
        var (t, claims) = Detect("The Malian army's spokesman said Wagner fighters had never entered Kidal during the operation. "
            + "The Azawad Liberation Front said Wagner fighters had burned houses in Tessalit on Tuesday.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Wagner fighters had never entered Kidal").Stances, Dispute);
    }

    [Fact]
    public void Detect_ThePlaceWithAnotherActor_IsNoDispute()
    {
        // Residents in Kidal are not the actor the negation is about.
        var (t, claims) = Detect("The Malian army's spokesman said Wagner fighters had never entered Kidal during the operation. "
            + "The Azawad Liberation Front said residents had buried 12 people in Kidal on Tuesday.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Wagner fighters had never entered Kidal").Stances, s => Dispute(s) && s.Origin == StanceOrigin.NegatedAct);
    }

    [Fact]
    public void Detect_AttackerCarryingOutAStrike_ConfirmsTheStrikeClaim()
    {
        // "carried out a strike" is the attacker's own attack as "struck" would be (gold rule 7).
        var (t, claims) = Detect("Ukraine's energy ministry said Russian missiles had struck a power plant in the Lviv region overnight. "
            + "Russia's defence ministry said its forces had carried out a massive strike on energy facilities in western Ukraine.");
        Assert.Contains(ClaimWith(t, claims, "Russian missiles had struck a power plant").Stances,
            s => s.Stance == StanceKind.Supports && s.Origin == StanceOrigin.OwnAttack);
    }

    [Fact]
    public void Detect_AttackerCarryingOutSomethingElse_IsNoConfirmation()
    {
        // The agent verb's object is "repairs"; the attack word comes after a preposition, in another phrase.
        var (t, claims) = Detect("Ukraine's energy ministry said Russian missiles had struck a power plant in the Lviv region overnight. "
            + "Russia's defence ministry said its forces had carried out repairs after the strike on the plant.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Russian missiles had struck a power plant").Stances, s => s.Origin == StanceOrigin.OwnAttack);
    }
}
