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
