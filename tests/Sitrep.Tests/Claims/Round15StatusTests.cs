using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 15 status readings: what a negation denies (the predicate of its clause, not any word near it), whose figure a
/// count is, and who counted dead were. Fresh sentences, not in the gold set.
/// </summary>
public class Round15StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_NoneOfItsMembersInvolved_CountsNoDeadAgainstANegativeClaim()
    {
        var (t, claims) = Detect("The army said soldiers had come under fire from rebels near Guimara and that three attackers had been killed. "
            + "The army said no soldier had been hurt. "
            + "The rebel front said in a statement that none of its members had been involved and that the three dead were Marma villagers.");
        Assert.DoesNotContain(ClaimWith(t, claims, "no soldier had been hurt").Stances, s => s.Stance == StanceKind.Disputes);
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "soldiers had come under fire").Status);
    }

    [Fact]
    public void Detect_AnotherPartysFigureNamed_IsNotTheClaimantsOwnCount()
    {
        var (t, claims) = Detect("The army said its troops had repelled an attack near Erigavo and killed 15 of the attackers. "
            + "The army's commander, Colonel Abdi Yusuf, told reporters that two soldiers had been killed. "
            + "The rebels' information secretary, Ali Warsame, said the army's figure of 15 dead was \"propaganda\" and that three of its fighters had been killed.");
        Assert.DoesNotContain(ClaimWith(t, claims, "two soldiers had been killed").Stances, s => s.Stance == StanceKind.Disputes);
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its troops had repelled").Status);
    }

    [Fact]
    public void Detect_NegatedVerbOfViolence_AnswersOnlyAClaimOfViolence()
    {
        var (t, claims) = Detect("The armed group said its fighters had destroyed four army tanks near the crossing. "
            + "A local radio station reported that army tanks were stationed 200 metres from the border. "
            + "The army said none of its tanks had been hit.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its fighters had destroyed").Status);
        Assert.DoesNotContain(ClaimWith(t, claims, "army tanks were stationed").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_NoneKilledFarFromTheNegation_AnswersOnlyAClaimOfDead()
    {
        var (t, claims) = Detect("The defence ministry said its aircraft had killed 14 militants in strikes on caves in the mountains. "
            + "The ministry said the strikes had hit shelters and ammunition depots used by the group. "
            + "A news agency close to the group said none of the group's fighters had been killed in the raids.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its aircraft had killed 14 militants").Status);
        Assert.DoesNotContain(ClaimWith(t, claims, "the strikes had hit shelters").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_OnlyOneHit_DisputesAClaimOfMoreDestroyed()
    {
        var (t, claims) = Detect("The armed group said in a statement that its fighters had destroyed two police vehicles near Elwak. "
            + "A police spokesman, Rono Mutai, said only one vehicle had been hit.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its fighters had destroyed two police vehicles").Status);
    }

    [Fact]
    public void Detect_OnlyWithAnotherPredicate_AnswersNothing()
    {
        var (t, claims) = Detect("The rebels said in a statement that they had captured the village of Kaguit. "
            + "The army said only one soldier had been wounded in the area.");
        Assert.DoesNotContain(ClaimWith(t, claims, "they had captured the village").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_OtherSideFiredFirst_DisputesAClaimOfAnAttack()
    {
        var (t, claims) = Detect("The border police said Kyrgyz guards had opened fire on a Tajik patrol near the village of Vorukh. "
            + "Kyrgyzstan's border service said Tajik soldiers had crossed the line and fired first.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "Kyrgyz guards had opened fire").Status);
    }

    [Theory]
    [InlineData("A monitoring mission said it could not establish who had fired first.")]
    [InlineData("A monitoring mission said the Kyrgyz guards had fired first.")]
    public void Detect_AnOpenQuestionOrTheSameAttacker_DisputesNothing(string answer)
    {
        var (t, claims) = Detect("The border police said Kyrgyz guards had opened fire on a Tajik patrol near the village of Vorukh. " + answer);
        Assert.DoesNotContain(ClaimWith(t, claims, "Kyrgyz guards had opened fire").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_WhoFiredFirst_AnswersHowItStartedNotEveryLaterAttack()
    {
        var (t, claims) = Detect("The army said rebel fighters had opened fire on a patrol near the bridge. "
            + "A spokeswoman, Colonel Mai Tran, said rebel gunmen had also fired rockets at a village, killing a farmer. "
            + "The rebel command said army soldiers had advanced on its positions and fired first.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "rebel fighters had opened fire").Status);
        Assert.DoesNotContain(ClaimWith(t, claims, "rebel gunmen had also fired rockets").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_StanceAfterASemicolon_IsNotTheSentenceSubjects()
    {
        var (t, claims) = Detect("The monitoring group said it had documented the killing of 21 civilians in the city. "
            + "The Israeli military said its aircraft had struck government tanks near the city; a foreign ministry statement condemned the strikes but did not say whether any tanks had been hit.");
        Assert.DoesNotContain(claims.SelectMany(c => c.Stances), s => s.By.NamingSpan.Slice(t) == "The Israeli military");
    }
}
