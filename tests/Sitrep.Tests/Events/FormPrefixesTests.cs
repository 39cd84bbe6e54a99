using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary><see cref="FormPrefixes"/> may only cut n-grams that cannot be a form.</summary>
public class FormPrefixesTests
{
    private static readonly string[] _forms = ["shell", "shelling", "air strike", "air strike on", "car bomb attack", "opened fire", "fire"];

    [Theory]
    [InlineData("air strike on the town", 0, 3)]
    [InlineData("air strike", 0, 2)]
    [InlineData("car bomb attack", 0, 3)]
    [InlineData("car park", 0, 2)]
    [InlineData("the shelling of", 0, 1)]
    [InlineData("they opened fire", 1, 2)]
    public void MaxWords_Phrase_StopsAfterTheLastWordThatBeginsAForm(string sentence, int i, int expected)
    {
        var words = sentence.Split(' ');
        var prefixes = new FormPrefixes(_forms);
        Assert.Equal(expected, prefixes.MaxWords(words, i, Math.Min(4, words.Length - i), new char[256]));
    }

    [Fact]
    public void MaxWords_EveryStart_NeverCutsAFormOff()
    {
        var words = "the air strike on opened fire car bomb attack shelling air strike".Split(' ');
        var prefixes = new FormPrefixes(_forms);
        for (var i = 0; i < words.Length; i++)
        {
            var max = prefixes.MaxWords(words, i, Math.Min(4, words.Length - i), new char[256]);
            for (var n = max + 1; n <= Math.Min(4, words.Length - i); n++)
            {
                Assert.DoesNotContain(string.Join(' ', words[i..(i + n)]), _forms);
            }
        }
    }

    [Fact]
    public void MaxWords_WordsLongerThanTheBuffer_StopsWhereTheJoinNoLongerFits()
    {
        var words = new[] { "air", new string('x', 300), "on" };
        Assert.Equal(2, new FormPrefixes(_forms).MaxWords(words, 0, 3, new char[256]));
    }
}
