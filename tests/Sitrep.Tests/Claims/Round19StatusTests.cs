using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 19 status readings: figures of counted things (not people) compared between claims of different parties.
/// Fresh sentences, not in the gold set.
/// </summary>
public class Round19StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    private static bool FigureDispute(ClaimStance s) => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Figure;

    [Fact]
    public void Detect_OtherSidesFigureForTheSameThings_Disputes()
    {
        // No stance word: 90 drones and 40 drones cannot both be the night's count.
        var (t, claims) = Detect("Ukraine's air force said Russia had launched 90 drones at the Odesa region overnight. "
            + "The Russian defence ministry said 40 drones had been launched at military targets in the region.");
        Assert.Contains(ClaimWith(t, claims, "Russia had launched 90 drones").Stances, FigureDispute);
    }

    [Fact]
    public void Detect_FiguresOfDifferentThings_AreNotCompared()
    {
        var (t, claims) = Detect("Ukraine's air force said Russia had launched 90 drones at the Odesa region overnight. "
            + "The regional governor, Oleh Kiper, said 14 houses had been damaged in the region.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Russia had launched 90 drones").Stances, FigureDispute);
    }

    [Fact]
    public void Detect_SourceUpdatingItsOwnFigure_IsNoDispute()
    {
        var (t, claims) = Detect("The Philippine coast guard said Chinese ships had fired water cannon at three vessels near Second Thomas Shoal. "
            + "The Philippine coast guard said on Tuesday that five vessels had been damaged.");
        Assert.DoesNotContain(ClaimWith(t, claims, "Chinese ships had fired water cannon at three vessels").Stances, FigureDispute);
    }

    [Fact]
    public void Detect_NoneAgainstSomeOnTheSameDay_Disputes()
    {
        // "had not fired any shells" is a figure too: zero, which 60 shells the same day contradicts.
        var (t, claims) = Detect("The army said its artillery had not fired any shells on Saturday. "
            + "The monitoring mission said its observers had counted 60 shells fired from the army's positions on Saturday.");
        Assert.Contains(ClaimWith(t, claims, "its artillery had not fired any shells").Stances, FigureDispute);
    }

    [Fact]
    public void Detect_FiguresOfDifferentDays_AreOfDifferentIncidents()
    {
        var (t, claims) = Detect("The army said its artillery had not fired any shells on Saturday. "
            + "The monitoring mission said its observers had counted 60 shells fired from the army's positions on Friday.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its artillery had not fired any shells").Stances, FigureDispute);
    }

    [Fact]
    public void Detect_Durations_AreMeasuresNotCountedThings()
    {
        var (t, claims) = Detect("The airport's operator said flights had been suspended for two hours after the drone was seen. "
            + "Air-traffic controllers told the newspaper Politiken that flights had been suspended for five hours.");
        Assert.DoesNotContain(ClaimWith(t, claims, "flights had been suspended for two hours").Stances, FigureDispute);
    }
}

/// <summary>Round 19: the claimant's side in the incident (party A, party B, third party), read from the claimants' own words.</summary>
public class ClaimSideTests
{
    private static ClaimSide SideOf(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content).Side;

    [Fact]
    public void Detect_TwoStatesAndAMonitor_GetPartiesAAndBAndAThirdParty()
    {
        var (t, claims) = ClaimTestText.Detect("Armenia's defence ministry said Azerbaijani troops had fired mortars at posts near Sotk before dawn. "
            + "Azerbaijan's defence ministry said Armenian soldiers had started the shooting. "
            + "Monitors of the European Union Mission in Armenia said they had heard mortar rounds near Sotk. "
            + "Yerevan said a conscript had been wounded.");
        Assert.Equal(ClaimSide.PartyA, SideOf(t, claims, "Azerbaijani troops had fired mortars"));
        Assert.Equal(ClaimSide.PartyB, SideOf(t, claims, "Armenian soldiers had started the shooting"));
        Assert.Equal(ClaimSide.ThirdParty, SideOf(t, claims, "they had heard mortar rounds"));

        // The capital is the same party as the ministry that spoke for the country first.
        Assert.Equal(ClaimSide.PartyA, SideOf(t, claims, "a conscript had been wounded"));
    }

    [Fact]
    public void Detect_StateWithoutCountryAndArmedGroup_AreTheTwoParties()
    {
        var (t, claims) = ClaimTestText.Detect("The army said its forces had entered Sake. "
            + "M23 rebels said their fighters still held the eastern districts. "
            + "The army said later that soldiers had crossed the bridge.");
        var army = SideOf(t, claims, "its forces had entered Sake");
        Assert.Equal(ClaimSide.PartyA, army);
        Assert.Equal(army, SideOf(t, claims, "soldiers had crossed the bridge"));
        Assert.Equal(ClaimSide.PartyB, SideOf(t, claims, "their fighters still held the eastern districts"));
    }
}

/// <summary>Round 19: who a claim says did the act, compared between claims of different parties.</summary>
public class PerpetratorStanceTests
{
    private static bool PerpetratorStance(ClaimStance s, StanceKind kind) => s.Stance == kind && s.Origin == StanceOrigin.Perpetrator;

    [Fact]
    public void Detect_NamedPerpetratorSayingItHadNoPart_Disputes()
    {
        // The capital in the claim and the country in the answer are one perpetrator (seats_of_power.tsv).
        var (t, claims) = ClaimTestText.Detect("Kosovo's interior ministry said a bridge near Leposavic had been damaged by a bomb and that the attack had been carried out by \"groups directed by Belgrade\". "
            + "Serbia's foreign ministry said Serbia had nothing to do with the explosion.");
        Assert.Contains(ClaimTestText.ClaimWith(t, claims, "a bridge near Leposavic").Stances, s => PerpetratorStance(s, StanceKind.Disputes));
    }

    [Fact]
    public void Detect_AnotherPerpetrator_Disputes_AndTheClaimantNamedAsPerpetrator_Confirms()
    {
        var (t, claims) = ClaimTestText.Detect("Pakistan's interior minister said a bomb had exploded at a rally in Bajaur, killing 40 people, and that India was behind the attack. "
            + "The Islamic State group said in a statement that its fighters had carried out the bombing. "
            + "A US official told reporters that the attack was carried out by Islamic State's regional branch.");
        // The US official's perpetrator is not the minister's; the Islamic State's own claim is its act, not a phrase of
        // responsibility, so only the explicit attribution disputes.
        Assert.Contains(ClaimTestText.ClaimWith(t, claims, "a bomb had exploded at a rally").Stances, s => PerpetratorStance(s, StanceKind.Disputes));
        Assert.Contains(ClaimTestText.ClaimWith(t, claims, "its fighters had carried out the bombing").Stances, s => PerpetratorStance(s, StanceKind.Supports));
    }

    [Fact]
    public void Detect_SamePerpetratorNamedAgain_IsNoDispute()
    {
        var (t, claims) = ClaimTestText.Detect("Nigeria's police said the attack on the bus had been carried out by Boko Haram fighters. "
            + "Local officials in Maiduguri told the Daily Trust that Boko Haram was behind the attack.");
        Assert.DoesNotContain(ClaimTestText.ClaimWith(t, claims, "the attack on the bus").Stances, s => PerpetratorStance(s, StanceKind.Disputes));
    }
}
