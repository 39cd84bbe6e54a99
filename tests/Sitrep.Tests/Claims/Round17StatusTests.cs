using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 17 status readings: two sides each making the other the actor of one incident (a general comparison of who
/// acted, not a list of phrasings). Fresh sentences, not in the gold set.
/// </summary>
public class Round17StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_AccusedSideNamesTheClaimantsSideAsTheActor_Disputes()
    {
        var (t, claims) = Detect("Armenia's interior ministry said an Azerbaijani drone had struck a police post near the village of Tegh, wounding two officers. "
            + "Azerbaijan's defence ministry said its units had fired at positions used by saboteurs and that the post had been hit by an Armenian mortar round.");
        var claim = ClaimWith(t, claims, "an Azerbaijani drone had struck");
        Assert.Equal(ClaimStatus.Disputed, claim.Status);
        Assert.DoesNotContain(claim.Stances, s => s.Stance == StanceKind.Supports);
    }

    [Fact]
    public void Detect_TargetNamingTheAttackerAsTheActor_StillConfirmsTheAttack()
    {
        // The Israeli military was the object of Hezbollah's claim, not its actor: its account of being hit confirms it.
        var (t, claims) = Detect("Hezbollah said its fighters had fired a salvo of rockets at an Israeli army base near Metula. "
            + "The Israeli military said about 20 projectiles fired by Hezbollah had crossed from Lebanon and that most had been intercepted.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its fighters had fired a salvo").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_AccusedSideTellingOfItsOwnStrikeOnTheOtherSide_IsNoCounterAccusation()
    {
        // "Ukrainian energy facilities" is the object of Russia's strike: its account names no Ukrainian actor.
        var (t, claims) = Detect("Ukraine's energy ministry said Russian missiles had struck a power plant in the Kharkiv region overnight. "
            + "Russia's defence ministry said its forces had struck Ukrainian energy facilities used by the army.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Russian missiles had struck").Stances, s => s.Stance == StanceKind.Disputes);
    }
}
