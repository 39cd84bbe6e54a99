using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>
/// The phrase index matches first words case-insensitively; its shape filter (first letter and length) only skips
/// words no first word can equal, and words or phrases beginning with a letter beyond ASCII are always looked up.
/// </summary>
public sealed class PhraseIndexTests
{
    private static readonly PhraseIndex<string> _index = new(
    [
        (["did", "not", "confirm"], "denial"),
        (["confirmed"], "support"),
        (["Škoda", "plant"], "place"),
        (["according", "...", "to"], "source"),
    ]);

    private static string? Match(string text, int start = 0)
    {
        var tokens = TextAnalyzer.Analyze(text).Tokens;
        return _index.TryMatch(text, tokens, start, tokens.Length, out var match) ? $"{match.Value} {match.Start}-{match.End}" : null;
    }

    [Theory]
    [InlineData("did not confirm the figure", "denial 0-3")]
    [InlineData("DID NOT CONFIRM the figure", "denial 0-3")]
    [InlineData("Did not Confirm the figure", "denial 0-3")]
    [InlineData("Confirmed by the ministry", "support 0-1")]
    [InlineData("ŠKODA PLANT workers left", "place 0-2")]
    [InlineData("škoda plant workers left", "place 0-2")]
    [InlineData("According, as ever, to the mayor", "source 0-6")]
    public void TryMatch_FirstWordInAnyCase_Matches(string text, string expected) => Assert.Equal(expected, Match(text));

    [Theory]
    [InlineData("dig not confirm")] // same first letter and length, another word
    [InlineData("didn't confirm")]
    [InlineData("confirm the figure")] // a shorter word of a first word's letter
    [InlineData("Skoda plant workers")]
    [InlineData("accordingly to the mayor")]
    public void TryMatch_NoFirstWord_NoMatch(string text) => Assert.Null(Match(text));

    [Fact]
    public void FindAll_Text_MatchesLeftToRight()
    {
        const string text = "Officials did not confirm it; the army later confirmed the strike.";
        var tokens = TextAnalyzer.Analyze(text).Tokens;
        var found = _index.FindAll(text, tokens, 0, tokens.Length).Select(m => m.Value).ToArray();
        Assert.Equal(["denial", "support"], found);
    }
}
