using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 16 status readings: how far a negation of harm reaches ("not aware of any injuries"), harm told after a claim
/// that there was none, none of one kind beside some of another, and the predicate a denial with a clause answers.
/// Fresh sentences, not in the gold set.
/// </summary>
public class Round16StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_NotAwareOfInjuries_IsDisputedByAnotherSidesWounded()
    {
        var (t, claims) = Detect("The border police said officers had fired warning shots at smugglers near the crossing and that the force was not aware of any injuries. "
            + "A hospital in the town said it had treated six people with gunshot wounds, two of whom had died.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "officers had fired warning shots").Status);
    }

    [Fact]
    public void Detect_NoInjuries_IsNotDisputedByHarmWithoutCasualties()
    {
        var (t, claims) = Detect("The border police said officers had fired warning shots at smugglers near the crossing and that the force was not aware of any injuries. "
            + "A hospital in the town said its staff had been told to prepare for patients but had received none.");
        Assert.DoesNotContain(ClaimWith(t, claims, "officers had fired warning shots").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_NoCiviliansHarmed_DoesNotContradictMilitantsKilled()
    {
        var (t, claims) = Detect("The air force said its jets had killed 12 militants at a camp in the hills east of the river. "
            + "A US military statement said it had supported the operation and that no civilians had been harmed.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its jets had killed 12 militants").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_DenialWithAClause_AnswersTheClaimStatingItsVerb()
    {
        var (t, claims) = Detect("The coast guard said a foreign patrol boat had fired flares at a fishing vessel near the reef. "
            + "Its spokesman said the patrol boat had also rammed the fishing vessel. "
            + "The foreign navy denied that its boat had rammed the fishing vessel.");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "the patrol boat had also rammed").Status);
        Assert.DoesNotContain(ClaimWith(t, claims, "a foreign patrol boat had fired flares").Stances, s => s.Stance == StanceKind.Denies);
    }
}
