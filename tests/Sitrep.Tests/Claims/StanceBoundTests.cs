using System.Text;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// A stance phrase is weighed against the nearest earlier claims only, so text that repeats claims and denials by the
/// hundred stays linear: the denial still answers the accounts near it, not every account before it.
/// </summary>
public class StanceBoundTests
{
    [Fact]
    public void Detect_DenialAfterHundredsOfAccounts_AnswersOnlyTheNearestOnes()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            text.Append($"Witness number {i + 1} told reporters that militants had burned the market in Kalma. ");
        }

        text.Append("The militia denied that its fighters had burned the market in Kalma.");
        var (t, claims) = ClaimTestText.Detect(text.ToString());
        var accounts = claims.Where(c => t[c.Content.Start..c.Content.End].Contains("burned the market", StringComparison.Ordinal)
            && !t[c.Content.Start..c.Content.End].Contains("its fighters", StringComparison.Ordinal)).ToList();
        Assert.Equal(120, accounts.Count);
        var answered = accounts.Select(c => c.Stances.Any(s => s.Stance == StanceKind.Denies)).ToList();
        Assert.True(answered[^1], "the denial answers the account just before it");
        Assert.False(answered[0], "the denial is not weighed against the first of 120 accounts");
        Assert.True(answered.Count(a => a) <= 40);
    }
}
