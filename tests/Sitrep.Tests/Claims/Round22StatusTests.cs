using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 22 status readings: a party's denial of its own act answers only the claim naming it as the actor; an armed
/// side present and acting in a place ("looting", "still in", "patrolling the streets") holds it; "federal" forces are
/// the state's; "never set foot" gives a place up. The sentences are written for these tests (other names and
/// wording than the dev passages whose errors asked for them).
/// </summary>
public class Round22StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_DenialOfOwnAct_LeavesTheClaimNamingNoActorAlone()
    {
        var (t, claims) = Detect("The mayor of Tumaco said a car bomb had exploded outside the town's market on Friday, wounding six people. "
            + "The Oliver Sinisterra front said in a statement that it had not attacked the town.");
        Assert.DoesNotContain(ClaimWith(t, claims, "a car bomb had exploded").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_DenialOfOwnAct_StillDisputesTheClaimNamingIt()
    {
        var (t, claims) = Detect("The mayor of Tumaco said fighters of the Oliver Sinisterra front had attacked the town's market on Friday. "
            + "The Oliver Sinisterra front said in a statement that it had not attacked the market.");
        Assert.Contains(ClaimWith(t, claims, "fighters of the Oliver Sinisterra front").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_FederalForcesHoldingAgainstRebelsPatrolling_Disputes()
    {
        var (t, claims) = Detect("The interior ministry said federal forces remained in full control of Gondar. "
            + "A trader said by telephone that rebel fighters were patrolling the streets.");
        Assert.Contains(ClaimWith(t, claims, "federal forces remained").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_FightersLootingInTheTown_DisputesTheArmysHold()
    {
        var (t, claims) = Detect("The army said its troops still held the town of Um Rawaba. "
            + "Residents said RSF fighters had been looting shops in the town since Monday.");
        Assert.Contains(ClaimWith(t, claims, "its troops still held").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_ArmyStillInThePlace_DisputesItsCapture()
    {
        var (t, claims) = Detect("The rebels said their fighters had overrun the army camp at Kajo Keji on Friday. "
            + "A priest said the army was still in Kajo Keji on Saturday.");
        Assert.Contains(ClaimWith(t, claims, "their fighters had overrun").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_NeverSetFootAgainstPatrollingTheStreets_Disputes()
    {
        var (t, claims) = Detect("A gang leader said his men had never set foot in Mirebalais. "
            + "Residents said gang members were still patrolling the town's streets on Friday.");
        Assert.Contains(ClaimWith(t, claims, "his men had never set foot").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_IndependentAccountOfTheSameAct_Corroborates()
    {
        // The operator names the drone and the storage of the strike the ministry told of, in other words and with
        // another number of drones (that hit): an independent account of the same act.
        var (t, claims) = Detect("The energy ministry said three drones had struck the Khurmala gas plant on Sunday, setting a condensate storage tank on fire. "
            + "The plant's operator, Dana Gas, said in a statement that one drone had hit a condensate storage area.");
        Assert.Contains(ClaimWith(t, claims, "three drones had struck").Stances, s => s.Stance == StanceKind.Supports && s.Origin == StanceOrigin.SameAct);
    }

    [Fact]
    public void Detect_AccountsSharingOnlyWordsOfViolence_AreNotOneAct()
    {
        // "attack" and "punished" are what any two accounts of violence share: no corroboration.
        var (t, claims) = Detect("The gang said its members had attacked the town to punish people who helped the police. "
            + "The prime minister said the attack was a massacre and that those responsible would be punished.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its members had attacked").Stances, s => s.Origin == StanceOrigin.SameAct);
    }

    [Fact]
    public void Detect_NonConfirmationAfterADenial_LeavesTheDenialAlone()
    {
        // "the RSF's account" names the RSF, whose only claim here is its denial: the army's silence is on the shelling
        // the accusers told of, not a non-confirmation of the denial.
        var (t, claims) = Detect("The Sudan Doctors Network said the RSF had shelled a camp outside Tawila on Sunday, killing at least 30 people. "
            + "The RSF denied targeting civilians. The Sudanese army has not commented on the RSF's account.");
        Assert.DoesNotContain(ClaimWith(t, claims, "targeting civilians").Stances, s => s.Stance == StanceKind.NotConfirmed);
    }
}
