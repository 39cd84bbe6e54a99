using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 18 status readings: parts of a casualty count and a place described by who held it. Fresh sentences, not in
/// the gold set.
/// </summary>
public class Round18StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_WholeCountWithPartsOfSeveralKinds_ItsPartAnswersTheSoldiersCount()
    {
        // 40 dead of two kinds is no other figure for the 12 soldiers: the part "12 soldiers" agrees with it.
        var (t, claims) = Detect("Mozambique's defence ministry said 12 of its soldiers had been killed in fighting near Macomia. "
            + "Cabo Ligado, a conflict monitoring project, said it had recorded the deaths of 40 people in the fighting, among them 12 soldiers and 28 villagers.");
        var claim = ClaimWith(t, claims, "12 of its soldiers");
        Assert.DoesNotContain(claim.Stances, s => s.Stance == StanceKind.Disputes);
        Assert.Contains(claim.Stances, s => s.Stance == StanceKind.Supports && s.Origin == StanceOrigin.Count);
    }

    [Fact]
    public void Detect_WholeCountWithOnePart_StaysAnotherFigureForTheSamePeople()
    {
        // "19 people, including two children" may all be of one kind: a count of 19 still answers a count of 30.
        var (t, claims) = Detect("The regional governor said a missile had killed 19 people, including two children, in the town of Okhtyrka. "
            + "The State Emergency Service said 30 people had been killed in the strike.");
        Assert.Contains(ClaimWith(t, claims, "a missile had killed 19 people").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Count);
    }

    [Fact]
    public void Detect_PlaceDescribedByWhoHeldIt_IsNotTheClaimsEvent()
    {
        // "held by rebels since 2012" tells the town's past; the resident's "the army had entered" agrees with the capture.
        var (t, claims) = Detect("Mali's army said it had taken control of Ber, a town held by rebels since 2012, and that the rebels had fled. "
            + "A resident of Ber told Radio France Internationale that the army had entered the town on Tuesday morning.");
        Assert.DoesNotContain(ClaimWith(t, claims, "it had taken control of Ber").Stances, s => s.Stance == StanceKind.Disputes);
    }
}
