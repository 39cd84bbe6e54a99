using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>
/// How stances find the claims they answer: counter-claims without a stance verb, group aliases, object-less
/// stances, figures and predicative stances. Fresh sentences, not in the gold set.
/// </summary>
public class StanceTargetTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Theory]
    [InlineData("Local residents said the drones had instead hit a water station near the depot.")]
    [InlineData("Local residents said the drones had hit a water station and not an ammunition depot.")]
    public void Detect_LaterClaimWithCounterMarkerOnSameTopic_DisputesEarlierClaim(string second)
    {
        var (t, claims) = Detect("The army said its drones had destroyed a rebel ammunition depot near Kidal. " + second);
        var first = ClaimWith(t, claims, "its drones had destroyed");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        var stance = Assert.Single(first.Stances);
        Assert.Equal(StanceKind.Disputes, stance.Stance);
        Assert.Equal("Local residents", stance.By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_CounterMarkerWithoutSharedTopic_LeavesEarlierClaimClaimed()
    {
        var (t, claims) = Detect("The army said its drones had destroyed a rebel ammunition depot near Kidal. Residents said they had not received any food aid for weeks.");
        Assert.All(claims, c => Assert.Equal(ClaimStatus.Claimed, c.Status));
        Assert.Equal(2, claims.Length);
        Assert.Contains("depot", claims[0].Content.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CounterMarkerBySameSide_IsNoDispute()
    {
        var (_, claims) = Detect("The Pentagon said its jets had struck a weapons depot near Qaim. The Pentagon press secretary, Colonel Dana Moore, said no civilians had been near the depot.");
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Empty(c.Stances));
    }

    [Fact]
    public void Detect_CounterClaimWithWordsOfOneTopicClass_DisputesEarlierClaim()
    {
        var (t, claims) = Detect("Security officials said the strike had killed 12 militants near the border. The group said none of its fighters had been in the village.");
        var first = ClaimWith(t, claims, "the strike had killed");
        Assert.Equal(ClaimStatus.Disputed, first.Status);
        Assert.Equal("The group", Assert.Single(first.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_StanceByAcronym_AnswersClaimNamingTheGroupInFull()
    {
        var (t, claims) = Detect("Soldiers said fighters of the National Liberation Army had ambushed a patrol near Saravena. The governor said the attack showed the need for more troops. The ELN did not claim responsibility.");
        var ambush = ClaimWith(t, claims, "fighters of the National Liberation Army");
        var governor = ClaimWith(t, claims, "the attack showed");
        Assert.Equal(ClaimStatus.NotConfirmed, ambush.Status);
        Assert.Equal(ClaimStatus.Claimed, governor.Status);
    }

    [Theory]
    [InlineData("the ELN", "Fighters of the National Liberation Army attacked a base.", true)]
    [InlineData("the National Liberation Army", "The ELN attacked a base.", true)]
    [InlineData("the ELN", "Colombian soldiers attacked a base.", false)]
    [InlineData("the ELN", "The attack was condemned by the Belgian government.", false)]
    public void PartyAliases_Mentions_FindsAnyNameOfTheGroup(string party, string text, bool expected) =>
        Assert.Equal(expected, new PartyAliases(ActorResolver.Default).Mentions(party, text));

    [Fact]
    public void Detect_ObjectlessStanceAfterAStance_AnswersWhatThatStanceAnswered()
    {
        var (t, claims) = Detect("The army said the militia had shelled a school in Kadugli. The militia denied the claim and said its fighters had been attacked first. The governor declined to comment.");
        var shelling = ClaimWith(t, claims, "the militia had shelled");
        var answer = ClaimWith(t, claims, "its fighters had been attacked");
        Assert.Contains(shelling.Stances, s => s.Stance == StanceKind.NotConfirmed && s.By.NamingSpan.Slice(t) == "The governor");
        Assert.Empty(answer.Stances);
    }

    [Fact]
    public void Detect_StanceOnAFigure_ReachesEveryClaimGivingIt()
    {
        var (t, claims) = Detect("A community leader said the toll had risen to 64. A local hospital said 64 people had died. The army has not commented on the toll.");
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "the toll had risen").Status);
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "64 people had died").Status);
    }

    [Fact]
    public void Detect_PredicativeStanceThroughAppeared_SupportsTheClaimsItsSubjectNames()
    {
        var (t, claims) = Detect("The ministry said its forces had retaken 12 villages near Toretsk. Independent analysts said the ministry's figures appeared plausible.");
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "its forces had retaken").Status);
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the ministry's figures").Status);
    }

    [Fact]
    public void Detect_RejectedReport_ReachesTheReportsOwnAnonymousSources()
    {
        var (t, claims) = Detect("The Washington Post reported on Monday that the drones had been assembled in Belarus. The officials, who spoke on condition of anonymity, said the first drones had arrived in June. A source told Reuters that the factory was closed. Minsk called the report baseless.");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "the drones had been assembled").Status);
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "the first drones had arrived").Status);
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the factory was closed").Status);
    }
}
