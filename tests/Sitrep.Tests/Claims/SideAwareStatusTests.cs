using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 12 status mechanisms: whose side holds a place (party_sides.tsv), negations whose scope is harm to people, part
/// counts ("including", "among"), counts of other people, another target named without a possessive, and an acronym
/// naming the claimant's own organisation. Fresh sentences, not in the gold set.
/// </summary>
public class SideAwareStatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_AttackersHeldThePlace_DisputesTheStatesRepelledClaim()
    {
        var (t, claims) = Detect("The army said soldiers had repelled an assault on the garrison at Dori. "
            + "Three residents told AFP that the attackers had held the garrison until dawn.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "soldiers had repelled").Status);
    }

    [Fact]
    public void Detect_StateWithdrewAndGroupHolds_SayTheSameThing()
    {
        var (t, claims) = Detect("Residents told Reuters that police had withdrawn from the town of Kaga on Monday. "
            + "The gang's leader, Marc Olivier, said in a video that his fighters now held Kaga.");
        Assert.DoesNotContain(ClaimWith(t, claims, "police had withdrawn").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_AttackersHadBeenRepelled_DisputesTheGroupsClaimThatSoldiersFled()
    {
        var (t, claims) = Detect("The rebel group said the soldiers had fled the outpost at Gao. "
            + "The defence minister, Ali Coulibaly, said the attackers had been repelled at the outpost.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "the soldiers had fled").Status);
    }

    [Fact]
    public void Detect_NoOneKilled_DoesNotAnswerAClaimWithoutCasualties()
    {
        var (t, claims) = Detect("The Israeli military said it had warned residents of the building to leave before the strike. "
            + "Lebanon's civil defence said no one had been killed because the residents had left after the warning.");
        Assert.DoesNotContain(ClaimWith(t, claims, "it had warned residents").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_NoOneKilled_StillDisputesAClaimOfDead()
    {
        var (t, claims) = Detect("Residents said the shelling of the market had killed four people. "
            + "The army said no one had been killed in the market.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "the shelling of the market").Status);
    }

    [Fact]
    public void Detect_PartCountIncludingChildren_IsNotADifferentToll()
    {
        var (t, claims) = Detect("The civil defence agency said an airstrike on a school in Deir al-Balah killed 11 people, including four children. "
            + "Staff at al-Aqsa hospital said they had received 11 bodies from the school.");
        Assert.DoesNotContain(ClaimWith(t, claims, "an airstrike on a school").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_CountsOfOtherPeople_DoNotDisputeEachOther()
    {
        var (t, claims) = Detect("Kurdish officials said Turkish drones struck a bakery in Derik, killing five civilians. "
            + "Turkey's defence ministry said the army had neutralised 14 terrorists in northern Syria in the past week.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Turkish drones struck").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_AnotherTargetWithoutPossessive_DisputesTheClaim()
    {
        var (t, claims) = Detect("The governor wrote on Telegram that a missile struck an apartment block in Kharkiv, killing three people. "
            + "Russia's defence ministry said a strike had destroyed a command post of Ukrainian units in Kharkiv.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "a missile struck").Status);
    }

    [Fact]
    public void Detect_SameTargetNamedMoreFinely_IsNotAnotherTarget()
    {
        var (t, claims) = Detect("Aid workers said the RSF attacked the Abu Shouk displacement camp on Monday. "
            + "An RSF commander said the group had targeted army positions inside the camp.");
        Assert.DoesNotContain(ClaimWith(t, claims, "the RSF attacked").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_SpokesmanNamedByAcronym_IsTheClaimantsOwnOrganisation()
    {
        var (t, claims) = Detect("Drones struck a market in Kobani on Friday, killing six civilians, the Syrian Democratic Forces said. "
            + "SDF spokesman Rojhat Amed said two children were among the dead.");
        Assert.Empty(ClaimWith(t, claims, "Drones struck a market").Stances);
    }
}
