using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) =>
        TextAnalyzer.Analyze(text).Tokens.Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("Russia's Defence Ministry", "Russia|'s|Defence|Ministry")]
    [InlineData("Russia’s Oryol region", "Russia|’s|Oryol|region")]
    [InlineData("the soldiers' families", "the|soldiers|'|families")]
    [InlineData("approximately 10,000 North Korean troops", "approximately|10,000|North|Korean|troops")]
    [InlineData("1.5 million people fled", "1.5|million|people|fled")]
    [InlineData("a nine-year-old boy", "a|nine-year-old|boy")]
    [InlineData("a 9-year-old boy", "a|9-year-old|boy")]
    [InlineData("the 95th Air Assault Brigade", "the|95th|Air|Assault|Brigade")]
    [InlineData("Gen. Oleksandr Syrskyi said", "Gen.|Oleksandr|Syrskyi|said")]
    [InlineData("Lt. Col. Ivan Petrov", "Lt.|Col.|Ivan|Petrov")]
    [InlineData("the U.S. and the U.K. agreed", "the|U.S.|and|the|U.K.|agreed")]
    [InlineData("on Feb. 24, 2022", "on|Feb.|24|,|2022")]
    [InlineData("They don't know", "They|do|n't|know")]
    [InlineData("Ivano-Frankivsk and Côte d'Ivoire", "Ivano-Frankivsk|and|Côte|d'Ivoire")]
    [InlineData("\"We will defend ourselves,\" he said.", "\"|We|will|defend|ourselves|,|\"|he|said|.")]
    [InlineData("“Stop,” she said — then left.", "“|Stop|,|”|she|said|—|then|left|.")]
    [InlineData("see https://example.org/a?b=1.", "see|https://example.org/a?b=1|.")]
    [InlineData("temperatures of -5 degrees", "temperatures|of|-5|degrees")]
    [InlineData("Kharkiv -- the city", "Kharkiv|--|the|city")]
    [InlineData("between 2014-2023 fighting", "between|2014-2023|fighting")]
    [InlineData("about 40% of $5 billion", "about|40|%|of|$|5|billion")]
    [InlineData("Donald J. Trump spoke", "Donald|J.|Trump|spoke")]
    [InlineData("wrote on X. Pakistan's office", "wrote|on|X|.|Pakistan|'s|office")]
    [InlineData("at 3 p.m. local time", "at|3|p.m.|local|time")]
    [InlineData("Wait... what", "Wait|...|what")]
    [InlineData("Запоріжжя і Київ", "Запоріжжя|і|Київ")]
    public void Tokenize_NewsEnglish_SplitsLikeUd(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
    }

    [Fact]
    public void Tokenize_NumbersAndWords_HaveKinds()
    {
        var text = "10,000 troops, 95th brigade";
        var kinds = TextAnalyzer.Analyze(text).Tokens.Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Word], kinds);
    }

    [Fact]
    public void Tokenize_AnyText_OffsetsAreOrderedAndInsideText()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var tokens = TextAnalyzer.Analyze(text).Tokens;
        Assert.True(tokens.Length > 500);
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.True(tokens[i].End > tokens[i].Start);
            Assert.True(i == 0 || tokens[i].Start >= tokens[i - 1].End);
            Assert.False(string.IsNullOrWhiteSpace(text[tokens[i].Start..tokens[i].End]));
        }
    }
}
