using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>The gold set's schema: exact substrings at their offsets, disjoint splits, size, consistent statuses.</summary>
public class ClaimsGoldTests
{
    private static readonly Lazy<Dictionary<string, List<GoldPassage>>> _splits = new(() => new()
    {
        ["dev"] = [.. ClaimsGold.Load(ClaimsEvaluationTests.GoldPath("dev"))],
        ["test"] = [.. ClaimsGold.Load(ClaimsEvaluationTests.GoldPath("test"))],
    });

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Load_EveryString_IsExactSubstringAtItsOffset(string split)
    {
        foreach (var passage in _splits.Value[split])
        {
            var text = passage.Text;
            foreach (var claim in passage.Claims)
            {
                Assert.True(claim.ContentSpan.End <= text.Length && text.Substring(claim.ContentStart, claim.Content.Length) == claim.Content, $"{passage.Id}: content '{claim.Content}'");
                if (claim.CueSpan is { } cue)
                {
                    Assert.Equal(claim.Cue, cue.Slice(text));
                }

                Assert.True(claim.Kind == ClaimKind.Unattributed || claim.Cue is not null, $"{passage.Id}: attributed claim without cue");
                if (claim.Claimant is { } claimant)
                {
                    Assert.Contains(claimant.Text, text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.Equal(ClaimKind.Unattributed, claim.Kind);
                }

                if (claim.Certainty is { } certainty)
                {
                    Assert.Contains(certainty.Phrase, text, StringComparison.Ordinal);
                }

                foreach (var stance in claim.Stances)
                {
                    Assert.Equal(stance.Evidence, text.Substring(stance.EvidenceStart, stance.Evidence.Length));
                }
            }
        }
    }

    [Fact]
    public void Load_BothSplits_AtLeast40PassagesAnd300Attributions()
    {
        var all = _splits.Value.Values.SelectMany(p => p).ToList();
        Assert.True(all.Count >= 40, $"{all.Count} passages");
        Assert.True(all.Sum(p => p.Claims.Length) >= 300, $"{all.Sum(p => p.Claims.Length)} attributions");
    }

    [Fact]
    public void Load_Splits_AreDisjointAndRoughlySixtyForty()
    {
        var dev = _splits.Value["dev"];
        var test = _splits.Value["test"];
        Assert.Empty(dev.Select(p => p.Id).Intersect(test.Select(p => p.Id)));
        Assert.Empty(dev.Select(p => p.Text).Intersect(test.Select(p => p.Text)));
        // Dev-only and test-only batches (written to grow one split) are not split; the rule holds for the batches that are.
        var splitDev = dev.Count(p => !p.DevOnly);
        var splitTest = test.Count(p => !p.TestOnly);
        Assert.All(test, p => Assert.False(p.DevOnly));
        Assert.All(dev, p => Assert.False(p.TestOnly));
        // Batches 1-2 are split 60/40 and the fresh "half" batches (11 on) 50/50, so the share of the two lies between.
        var share = (double)splitDev / (splitDev + splitTest);
        Assert.InRange(share, 0.50, 0.65);
    }

    [Fact]
    public void Load_Statuses_FollowTheStanceRule()
    {
        foreach (var claim in _splits.Value.Values.SelectMany(p => p).SelectMany(p => p.Claims))
        {
            Assert.Equal(ClaimStatusRule.Derive(claim.Stances.Select(s => s.Stance)), claim.Status);
        }
    }

    [Fact]
    public void Load_Passages_HaveThreeToEightSentencesAndVariedKinds()
    {
        var all = _splits.Value.Values.SelectMany(p => p).ToList();
        foreach (var passage in all)
        {
            // Up to ten: batch 3 has stances more than four sentences after their claims.
            Assert.InRange(TextAnalyzer.Analyze(passage.Text).Sentences.Length, 3, 10);
        }

        var kinds = all.SelectMany(p => p.Claims).GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<ClaimKind>(), k => Assert.True(kinds.GetValueOrDefault(k) > 0, $"no {k} claims"));
        var statuses = all.SelectMany(p => p.Claims).Select(c => c.Status).ToHashSet();
        Assert.Equal(Enum.GetValues<ClaimStatus>().Length, statuses.Count);
    }

    [Fact]
    public void Load_HeaderLine_IsSkippedAndCarriesTheLicence()
    {
        var first = File.ReadLines(ClaimsEvaluationTests.GoldPath("dev")).First();
        Assert.Contains("CC BY 4.0", first, StringComparison.Ordinal);
        Assert.DoesNotContain(_splits.Value["dev"], p => string.IsNullOrEmpty(p.Id));
    }
}
