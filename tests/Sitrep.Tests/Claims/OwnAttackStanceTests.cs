using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Common;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 9 status mechanisms (gold README rules 7-8): a party's account of its own attack, the target's account of
/// being hit, a concession, acronyms naming their party, and stances inside a claim. Fresh
/// sentences, not in the gold set.
/// </summary>
public class OwnAttackStanceTests
{
    /// <summary>The lexicon with status_rules.tsv's own_attack_corroborates switched on (it ships on since round 10; this keeps the tests independent of the shipped switch).</summary>
    private static readonly Lazy<AttributionDetector> _withRule7 = new(() =>
    {
        var copy = Path.Combine(Path.GetTempPath(), "sitrep-claims-rule7-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf(ClaimsLexicon.Folder), "*.tsv"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var rules = Path.Combine(copy, "status_rules.tsv");
        File.WriteAllText(rules, File.ReadAllText(rules).Replace("own_attack_corroborates\tfalse", "own_attack_corroborates\ttrue", StringComparison.Ordinal));
        var lexicon = ClaimsLexicon.Load(copy);
        Directory.Delete(copy, recursive: true);
        Assert.True(lexicon.OwnAttackCorroborates);
        return new AttributionDetector(lexicon);
    });

    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) DetectWithRule7(string text) =>
        (text, _withRule7.Value.Detect(text, TextAnalyzer.Analyze(text)));

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_AttackerTellsOfItsOwnStrike_CorroboratesClaimOfTheStrike()
    {
        var (t, claims) = DetectWithRule7("Local officials said Turkish drones struck a car near Amadiya, killing two people. "
            + "Turkey's defence ministry said its forces had killed two PKK militants in the area.");
        var first = ClaimWith(t, claims, "Turkish drones struck");
        Assert.Equal(ClaimStatus.Corroborated, first.Status);
        Assert.Contains("defence ministry", Assert.Single(first.Stances).By.NamingSpan.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AttackerNamesMilitaryPlaceForCivilianOne_DisputesClaim()
    {
        var (t, claims) = DetectWithRule7("The governor said a Russian missile hit a residential building in Kharkiv, killing four people. "
            + "Russia's defence ministry said its forces had struck a deployment point of Ukrainian units in the city.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "a Russian missile hit").Status);
    }

    [Fact]
    public void Detect_OwnAttackOfPartyTheClaimDoesNotName_LeavesClaimAlone()
    {
        var (t, claims) = DetectWithRule7("Residents said a market in the town had been shelled on Sunday. The army said it had struck rebel positions in the hills.");
        Assert.Empty(ClaimWith(t, claims, "a market in the town").Stances);
    }

    [Fact]
    public void Detect_TargetTellsOfProjectiles_CorroboratesAttackersClaim()
    {
        var (t, claims) = DetectWithRule7("Hezbollah said it had fired rockets at an Israeli army base near Metula. "
            + "The Israeli military said about 20 projectiles had crossed from Lebanon.");
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "it had fired rockets").Status);
    }

    [Fact]
    public void Detect_TargetTellsOfItsOwnInterceptions_DoesNotCorroborate()
    {
        var (t, claims) = DetectWithRule7("Kyiv said its drones had struck an oil depot in Russia's Bryansk region. "
            + "Russia's defence ministry said air defences had destroyed 30 Ukrainian drones over several regions.");
        Assert.NotEqual(ClaimStatus.Corroborated, ClaimWith(t, claims, "its drones had struck").Status);
    }

    [Fact]
    public void Detect_OwnAttackWithTheShippedSwitch_Corroborates()
    {
        // Round 10: the switch ships on (decided by dev; see status_rules.tsv).
        var (t, claims) = ClaimTestText.Detect("Local officials said Turkish drones struck a car near Amadiya, killing two people. "
            + "Turkey's defence ministry said its forces had killed two PKK militants in the area.");
        Assert.True(ClaimsLexicon.Default.OwnAttackCorroborates);
        Assert.Equal(ClaimStatus.Corroborated, ClaimWith(t, claims, "Turkish drones struck").Status);
    }

    [Fact]
    public void Detect_ConcessionAndInvestigationInOneSentence_LeaveClaimNotConfirmed()
    {
        var (t, claims) = Detect("The Houthis said they had shot down an American MQ-9 drone over Marib. "
            + "A US official acknowledged that an MQ-9 had crashed in Yemen but said the cause was under investigation.");
        var first = ClaimWith(t, claims, "they had shot down");
        Assert.Equal(ClaimStatus.NotConfirmed, first.Status);
        Assert.Contains(first.Stances, s => s.Stance == StanceKind.Supports);
        Assert.All(first.Stances, s => Assert.Contains("US official", s.By.NamingSpan.Slice(t), StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_AcronymPossessor_PointsAtThatPartysAccount()
    {
        var (t, claims) = Detect("The RSF said its forces had withdrawn from Bara in good order. Residents said the town was quiet on Sunday. "
            + "The army did not comment on the RSF's account.");
        Assert.Equal(ClaimStatus.NotConfirmed, ClaimWith(t, claims, "its forces had withdrawn").Status);
        Assert.Equal(ClaimStatus.Claimed, ClaimWith(t, claims, "the town was quiet").Status);
    }

    [Fact]
    public void Detect_ProgressiveReview_IsNotConfirmedByTheSpeaker()
    {
        var (t, claims) = Detect("The civil defence agency said an airstrike on a house in Deir al-Balah killed 11 people. "
            + "The Israeli military said it was reviewing reports of civilian casualties.");
        var first = ClaimWith(t, claims, "an airstrike on a house");
        Assert.Equal(ClaimStatus.NotConfirmed, first.Status);
        Assert.Equal("The Israeli military", Assert.Single(first.Stances).By.NamingSpan.Slice(t));
    }

    [Fact]
    public void Detect_PronounAfterTitledPersonOfAnOrganisation_ResolvesToThePerson()
    {
        var (t, claims) = Detect("Gunmen stormed a hotel in Mogadishu, killing 12 people, police spokesman Abdi Warsame Nur told reporters. "
            + "The siege ended after troops killed all four attackers, he said.");
        var second = ClaimWith(t, claims, "The siege ended");
        Assert.Contains("Abdi Warsame Nur", second.Claimant!.NamingSpan.Slice(t), StringComparison.Ordinal);
        Assert.Empty(ClaimWith(t, claims, "Gunmen stormed").Stances);
    }
}
