using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 26 status readings: how a strike ended ("outcome:" classes of contrary_predicates.tsv). The attacker says its
/// strike hit, the target that it was shot down. The sentences are written for these tests.
/// </summary>
public class Round26StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_StrikeSaidToHitAndDronesSaidShotDown_Disputes()
    {
        var (t, claims) = Detect("The rebel movement said its drones had hit an ammunition store at the airbase outside Kassala on Friday. "
            + "The state governor said all the drones had been shot down before they reached the base.");
        Assert.Contains(ClaimWith(t, claims, "its drones had hit an ammunition store").Stances,
            s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_AttackersAccountThatAllTargetsWereHit_IsDisputedByInterceptions()
    {
        var (t, claims) = Detect("The Houthis said in a statement that their forces had carried out a missile strike on the port of Ashdod and that all targets had been hit. "
            + "Israel's army said it had intercepted the missile over the sea.");
        Assert.Contains(ClaimWith(t, claims, "their forces had carried out a missile strike").Stances,
            s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_AttackWithoutOutcome_IsNotDisputedByADownedDrone()
    {
        // "had attacked" says nothing of whether the drones got through: the debris of a downed one is no answer to it.
        var (t, claims) = Detect("The rebel movement said its drones had attacked an ammunition store at the airbase outside Kassala on Friday. "
            + "The state governor said debris from a downed drone had started a small fire near the base.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its drones had attacked an ammunition store").Stances,
            s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_TargetTellingOfItsDamage_IsNotDisputedByItsAirForce()
    {
        // The power company tells of missiles that struck its plant (its damage, not the attacker's account of its
        // strike); its country's air force tells of those it shot down. The two tell parts of one night.
        var (t, claims) = Detect("The grid operator Ukrenergo said in a statement that Russian missiles had struck its substation near Vinnytsia overnight. "
            + "The Ukrainian air force said it had shot down 40 of 52 missiles and drones over the centre of the country.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Russian missiles had struck its substation").Stances,
            s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_OutletQuotingItsSourceAsSaying_IsTheSourcesClaim()
    {
        // The object of "quoted" before "as saying" speaks; the name after its comma is its appositive.
        var (t, claims) = Detect("The news site Daily Trust quoted a village head, Sani Garba, as saying that gunmen had burned 40 houses in Kwari.");
        var claim = ClaimWith(t, claims, "gunmen had burned 40 houses");
        Assert.NotNull(claim.Claimant);
        Assert.Contains("village head", claim.Claimant!.NamingSpan.Slice(t), StringComparison.Ordinal);
        Assert.Equal("Daily Trust", claim.Channel);
    }

    [Fact]
    public void Detect_OutletCitingASourceAsSayingABareClause_IsTheSourcesClaim()
    {
        var (t, claims) = Detect("The agency cited a police officer in the town as saying the bridge had been closed to traffic since Monday.");
        var claim = ClaimWith(t, claims, "the bridge had been closed");
        Assert.NotNull(claim.Claimant);
        Assert.Contains("police officer", claim.Claimant!.NamingSpan.Slice(t), StringComparison.Ordinal);
    }
}
