using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Documents;

namespace Sitrep.Tests.Claims;

public class ClaimsEvaluatorTests
{
    internal const string Text = "The governor said two schools were hit. Police said the driver was arrested.";

    private static GoldClaim Gold(string content, string claimantText, ClaimStatus status = ClaimStatus.Claimed) => new(
        new GoldClaimant(claimantText, null, null, null, null, false, claimantText), null, "said", Text.IndexOf("said", Text.IndexOf(claimantText, StringComparison.Ordinal), StringComparison.Ordinal),
        ClaimKind.Indirect, content, Text.IndexOf(content, StringComparison.Ordinal), null, status, []);

    private static ClaimAnnotation Predicted(string content, string claimantText, ClaimStatus status = ClaimStatus.Claimed)
    {
        var c = Text.IndexOf(content, StringComparison.Ordinal);
        var w = Text.IndexOf(claimantText, StringComparison.Ordinal);
        return new ClaimAnnotation(ClaimKind.Indirect, new ClaimantMention(new TextSpan(w, w + claimantText.Length), null, false, null, null), null,
            new TextSpan(c, c + content.Length), null, null, [], status);
    }

    private static readonly GoldPassage _passage = new("p", Text, null, null, [Gold("two schools were hit", "The governor"), Gold("the driver was arrested", "Police")]);

    [Fact]
    public void Score_PerfectPrediction_AllOnes()
    {
        var score = ClaimsEvaluator.Score(_passage, [Predicted("two schools were hit", "The governor"), Predicted("the driver was arrested", "Police")]);
        Assert.Equal((1.0, 1.0, 1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1, score.ClaimantAccuracy, score.StatusAccuracy));
        Assert.Equal(1.0, score.ContentOverlap);
    }

    [Fact]
    public void Score_MissedClaimAndSpuriousClaim_LowersRecallAndPrecision()
    {
        var score = ClaimsEvaluator.Score(_passage, [Predicted("two schools were hit", "The governor"), Predicted("Police said", "Police")]);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0.5, score.Precision);
    }

    [Fact]
    public void Score_PartialContentOverlap_MatchesWithLowerJaccard()
    {
        var score = ClaimsEvaluator.Score(_passage, [Predicted("two schools", "The governor")]);
        Assert.Equal(1, score.Matched);
        Assert.True(score.ContentOverlap is > 0.4 and < 1.0);
    }

    [Fact]
    public void Score_WrongClaimantAndStatus_CountedAgainstAccuracies()
    {
        var score = ClaimsEvaluator.Score(_passage, [Predicted("two schools were hit", "Police", ClaimStatus.Denied)]);
        Assert.Equal(0, score.ClaimantCorrect);
        Assert.Equal(0, score.StatusCorrect);
    }

    [Fact]
    public void Errors_WrongStatus_ListsGoldAndPredictedStatusClaimAndStances()
    {
        var c = Text.IndexOf("two schools were hit", StringComparison.Ordinal);
        var w = Text.IndexOf("Police", StringComparison.Ordinal);
        var police = new ClaimantMention(new TextSpan(w, w + "Police".Length), null, false, null, null);
        var denied = Predicted("two schools were hit", "The governor", ClaimStatus.Denied) with
        {
            Stances = [new ClaimStance(police, StanceKind.Denies, new TextSpan(w, w + "Police said".Length))],
        };
        var listing = ClaimsEvaluator.Errors([_passage], _ => [denied, Predicted("the driver was arrested", "Police")]);
        Assert.Contains("== p", listing, StringComparison.Ordinal);
        Assert.Contains("STATUS: gold claimed by [The governor], predicted denied by [The governor]", listing, StringComparison.Ordinal);
        Assert.Contains("claim: two schools were hit", listing, StringComparison.Ordinal);
        Assert.Contains("found stance: Police denies \"Police said\"", listing, StringComparison.Ordinal);
        // The reading that found the stance follows it, so that an error points at the mechanism to mend.
        Assert.Contains("\"Police said\" (Phrase)", listing, StringComparison.Ordinal);
        Assert.Contains("1 status errors, 0 claimant errors", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_WrongChannel_ListsGoldAndPredictedChannel()
    {
        // Gold has no channel for either claim; a predicted one is a channel error even when claimant and status are right.
        var withChannel = Predicted("two schools were hit", "The governor") with { Channel = "Reuters" };
        var listing = ClaimsEvaluator.Errors([_passage], _ => [withChannel, Predicted("the driver was arrested", "Police")]);
        Assert.Contains("CHANNEL: gold [-], predicted [Reuters] for [two schools were hit]", listing, StringComparison.Ordinal);
        Assert.Contains("0 status errors, 0 claimant errors, 1 channel errors", listing, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_PerfectPrediction_ListsNoPassage()
    {
        var listing = ClaimsEvaluator.Errors([_passage], _ => [Predicted("two schools were hit", "The governor"), Predicted("the driver was arrested", "Police")]);
        Assert.DoesNotContain("==", listing, StringComparison.Ordinal);
        Assert.Contains("0 status errors, 0 claimant errors", listing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gladkov", true)]
    [InlineData("The governor", true)]
    [InlineData("The governor, Vyacheslav Gladkov", true)]
    [InlineData("The mayor", false)]
    [InlineData("he", false)]
    public void ClaimantMatches_MentionWords_AgainstGoldNameTitleAndText(string predicted, bool expected)
    {
        var text = predicted + " said.";
        var gold = new GoldClaimant("Vyacheslav Gladkov", "Governor of Belgorod Oblast", null, "RUS", "GOV", false, "Vyacheslav Gladkov");
        var mention = new ClaimantMention(new TextSpan(0, predicted.Length), null, false, null, null);
        Assert.Equal(expected, ClaimsEvaluator.ClaimantMatches(gold, mention, text));
    }

    [Fact]
    public void ClaimantMatches_UnattributedGold_NeedsNoClaimant()
    {
        Assert.True(ClaimsEvaluator.ClaimantMatches(null, null, Text));
        Assert.False(ClaimsEvaluator.ClaimantMatches(null, new ClaimantMention(new TextSpan(0, 3), null, false, null, null), Text));
    }

    [Fact]
    public void Add_Scores_SumsCounts()
    {
        var a = ClaimsEvaluator.Score(_passage, [Predicted("two schools were hit", "The governor")]);
        var sum = a + a;
        Assert.Equal(4, sum.Gold);
        Assert.Equal(2, sum.Matched);
        Assert.Equal(a.Recall, sum.Recall);
    }
}
