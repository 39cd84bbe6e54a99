using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 13 status mechanisms, from the fresh dev batch 10's kinds of phrasing: counts read with "one" and "none", parts
/// of the dead, tolls of two bodies of one country, calm against fighting that went on, words that call a claim untrue,
/// "either side's account", takings of things, and another party confirming who holds a place. Fresh sentences, not in
/// the gold set.
/// </summary>
public class FreshBatchStatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_OneSoldierKilled_DisputesThreeSoldiersOfTheSameArmy()
    {
        var (t, claims) = Detect("The rebel group said its fighters had killed three Kenyan soldiers near Lamu on Friday. "
            + "The Kenyan army said one soldier had been killed in the attack.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its fighters had killed three").Status);
    }

    [Fact]
    public void Detect_NoneHadBeenKilled_DisputesACountOfDead()
    {
        var (t, claims) = Detect("Separatists said they had killed six gendarmes at a checkpoint near Kumba. "
            + "The gendarmerie said two gendarmes had been wounded and none had been killed.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "they had killed six gendarmes").Status);
    }

    [Fact]
    public void Detect_FourOfTheDead_IsAPartNotAnotherToll()
    {
        var (t, claims) = Detect("The provincial governor said gunmen had killed 14 police officers at a checkpoint. "
            + "A rights group said four of the dead were conscripts.");
        Assert.DoesNotContain(ClaimWith(t, claims, "gunmen had killed 14").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_TollsOfTwoBodiesOfOneCountry_DisputeButDoNotCorroborate()
    {
        var (t, claims) = Detect("Twelve inmates were killed in a riot at the prison in Esmeraldas, Ecuador's prison agency said. "
            + "Ecuador's interior minister, Rosa Vera, said 25 inmates had died.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "Twelve inmates were killed").Status);

        var (same, agreeing) = Detect("Twelve inmates were killed in a riot at the prison in Esmeraldas, Ecuador's prison agency said. "
            + "Ecuador's interior minister, Rosa Vera, said 12 inmates had died.");
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(same, agreeing, "Twelve inmates were killed").Status);
    }

    [Fact]
    public void Detect_OrderRestored_DisputedByGunfireThatContinued()
    {
        var (t, claims) = Detect("The police said order had been restored in the district within two hours. "
            + "Residents told local radio that gunfire had continued until dawn.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "order had been restored").Status);
    }

    [Fact]
    public void Detect_AccusationCalledAbsurd_IsDenied()
    {
        var (t, claims) = Detect("The opposition accused the presidential guard of burning the village of Kabo. "
            + "The presidency called the accusation \"absurd\".");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "the presidential guard of burning").Status);
    }

    [Fact]
    public void Detect_EitherSidesAccount_NotConfirmsBothSidesNotAResident()
    {
        var (t, claims) = Detect("Tajikistan's border troops said Kyrgyz guards had fired first at the post. "
            + "Kyrgyzstan's border guards said Tajik troops had opened fire on their post. "
            + "A villager told a local news site that the shooting had lasted an hour. "
            + "The monitoring mission said it could not confirm either side's account.");
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "Kyrgyz guards had fired first").Status);
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "Tajik troops had opened fire").Status);
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the shooting had lasted").Status);
    }

    [Fact]
    public void Detect_SeizingVehicles_IsNoTakingOfThePlaceTheArmyHeld()
    {
        var (t, claims) = Detect("The militia's commander said his men had seized four pickup trucks. "
            + "The army said soldiers had repelled an attack on the camp.");
        Assert.DoesNotContain(ClaimWith(t, claims, "his men had seized").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_ResidentsSayTheGroupEntered_ConfirmsItsCapture()
    {
        var (t, claims) = Detect("The insurgents said their fighters had captured the town of Ndele on Sunday. "
            + "Three residents told AFP that the insurgents had entered the town at dawn.");
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "their fighters had captured").Status);
    }

    [Fact]
    public void Detect_GroupWasNotBehindTheBombing_DisputesTheAttribution()
    {
        var (t, claims) = Detect("The army spokesman said the bombing bore the hallmarks of the Patani Liberation Front. "
            + "The Patani Liberation Front said it was not behind the bombing.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "the bombing bore the hallmarks").Status);
    }
}
