using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round-8 status mechanisms: who the dead were (civilians or combatants), counts of none and tolls, stances whose
/// object names its claim by class, by a compound or by whose statement it was, an accusation and the spokesman's
/// words beside it, and contrary accounts of one event. Fresh sentences, not in the gold set.
/// </summary>
public class StatusSourcesTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_LaterClaimThatTheDeadWereCivilians_DisputesCountOfMilitants()
    {
        var (t, claims) = Detect("Police said security forces had killed four militants in a raid on a farm near Kohat. Relatives said the four were farmers.");
        var raid = ClaimWith(t, claims, "security forces had killed");
        Assert.Equal(ClaimStatus.Disputed, raid.Status);
        Assert.Equal("Relatives", Assert.Single(raid.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_CombatantWordNotAboutTheDead_IsNotDisputedByCiviliansClaim()
    {
        var (t, claims) = Detect("The army said the rebels had fired first. A rights group said the dead were civilians.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the rebels had fired first").Status);
    }

    [Fact]
    public void Detect_NoneOfItsFightersDied_DisputesOnlyTheCountOfFighters()
    {
        var (t, claims) = Detect("The defence ministry said rebels had killed three soldiers near Gao. It said troops had killed eleven attackers. The rebel group said none of its fighters had been killed.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "rebels had killed three soldiers").Status);
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "troops had killed eleven").Status);
    }

    [Fact]
    public void Detect_NoCiviliansHarmed_DisputesAnEarlierDeathToll()
    {
        var (t, claims) = Detect("Residents said an airstrike had killed 14 people in the village of Kalay. The army said no civilians had been harmed.");
        var toll = ClaimWith(t, claims, "an airstrike had killed");
        Assert.Equal(ClaimStatus.Disputed, toll.Status);
        Assert.Equal("The army", Assert.Single(toll.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_AttackersKilledByTroops_DoNotDisputeTheToll()
    {
        var (t, claims) = Detect("A local official said the toll was at least 60. The government spokesman said troops had killed 12 of the attackers.");
        Assert.Empty(ClaimWith(t, claims, "the toll was at least 60").Stances);
    }

    [Fact]
    public void Detect_OutletWasUnableToVerifyTheTolls_AnswersEveryToll()
    {
        var (t, claims) = Detect("Rebels said they had killed 30 soldiers in the attack. The army said 12 soldiers had died. The BBC was unable to verify the tolls.");
        var army = ClaimWith(t, claims, "12 soldiers had died");
        Assert.Contains(army.Stances, s => s.Stance == StanceKind.NotConfirmed && s.By.NamingSpan.Slice(t) == "The BBC");
        Assert.Contains(ClaimWith(t, claims, "they had killed 30").Stances, s => s.Stance == StanceKind.NotConfirmed);
    }

    [Fact]
    public void Detect_RefusalNamingItsTopicByClass_AnswersTheClaimOfThatDeath()
    {
        var (t, claims) = Detect("The UN mission said the garrison's commander, Colonel Peter Majok, had been killed in the fighting. It said a pilot had also been wounded. The army did not respond to calls seeking comment on the colonel's death.");
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "the garrison's commander").Status);
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "a pilot had also").Status);
    }

    [Fact]
    public void Detect_PassiveConfirmationOfTheStrike_FindsTheAirstrikeClaim()
    {
        var (t, claims) = Detect("The command said an airstrike carried out with the Jubaland government had killed nine fighters. Elders said a shepherd had been wounded in the strike. The strike was confirmed by the Jubaland government.");
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "an airstrike carried out").Status);
        Assert.DoesNotContain(ClaimWith(t, claims, "a shepherd had been").Stances, s => s.Stance == StanceKind.Supports);
    }

    [Fact]
    public void Detect_SecondSpeakerAfterCommaAnd_VerifiesTheFirstSpeakersToll()
    {
        var (t, claims) = Detect("The health ministry said 23 people had been killed, and the UN human rights office said its staff had verified the toll.");
        var ministry = ClaimWith(t, claims, "23 people had been killed");
        Assert.Equal(ClaimStatus.Corroborated, ministry.Status);
        Assert.DoesNotContain("office", ministry.Content.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AllegationRejected_CoversTheSpokesmansWordsBesideIt()
    {
        var (t, claims) = Detect("The Alliance for Change said soldiers had killed 12 miners near Bria. An alliance spokesman told RFI that the victims had been shot while fleeing. The government rejected the allegation.");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "soldiers had killed 12").Status);
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "the victims had been shot").Status);
    }

    [Fact]
    public void Detect_CrashBlamedOnTechnicalFault_DisputesShootingDown()
    {
        var (t, claims) = Detect("The rebels said they had shot down an army helicopter near Kassala. The army said the helicopter had crashed because of a technical fault.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "they had shot down").Status);
    }

    [Fact]
    public void Detect_DismissingTheSeparatistsStatement_AnswersTheSeparatistsNotTheClaimNamingThem()
    {
        var (t, claims) = Detect("Separatist fighters killed two gendarmes near Kumba, the ministry said. The Southern Front, one of the separatist groups, said troops had burned a market. A ministry spokesman dismissed the separatists' statement as propaganda.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "Separatist fighters killed").Status);
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "troops had burned").Status);
    }
}
