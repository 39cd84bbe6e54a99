using Sitrep.Language;
using Sitrep.Language.Model;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

/// <summary>
/// The language layer's speed shortcuts (per-document phrase memo, place-mark early stops, per-word cached gazetteer
/// answers) must answer exactly as the plain lookups they replace: these compare both on the sample article and on
/// text made to hit the edge cases (separators, dropped characters, names of several words, glued tokens).
/// </summary>
public class ShortcutEquivalenceTests
{
    private const string _edgeCases =
        "Shelling hit Kryvyi Rih and New York on Monday. Kyiv \"said\" Donetsk's mayor fled to Stanytsia-Luhanska, near " +
        "Kharkiv.\nKyiv-based officials in Saint Petersburg, Rio de Janeiro and the Isle of Man said 10,000 North " +
        "Koreans and two dozen Russian-held towns, about 5km away, saw nine-year-old Ivan. Ho Chi Minh City; Al Hasakah " +
        "- Ras al-Ayn. \u2018Bakhmut\u2019 and \u201cAvdiivka.\u201d Defence Minister Rustem Umerov, a spokesman.";

    public static TheoryData<string> Texts() => new() { "sample", "edge" };

    private static string TextOf(string name) => name == "edge"
        ? _edgeCases
        : File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));

    [Theory]
    [MemberData(nameof(Texts))]
    public void PlaceMarks_Shortcuts_EqualEveryLengthLookedUp(string name)
    {
        var text = TextOf(name);
        var tokens = TestText.Analyze(text).Tokens.AsSpan();
        var gazetteer = Gazetteer.Default;
        var expected = ReferenceMarks(gazetteer, text, tokens);

        var plain = new byte[tokens.Length];
        PlaceMarks.Mark(gazetteer, text, tokens, plain);
        Assert.Equal(expected, plain);

        // With cached word forms: the first pass fills each form's answer, the second reads it.
        var words = new WordRoles[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = new WordRoles(WordInfo.Of(text.AsSpan(tokens[i].Start, tokens[i].Length)), [], []);
        }

        for (var pass = 0; pass < 2; pass++)
        {
            var cached = new byte[tokens.Length];
            PlaceMarks.Mark(gazetteer, text, tokens, cached, words);
            Assert.Equal(expected, cached);
        }

        Assert.Contains(expected, m => m != 0);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WordsFind_Memo_EqualsLexiconFindForEverySpanAndKind(string name)
    {
        var text = TextOf(name);
        var tokens = TestText.Analyze(text).Tokens.AsSpan();
        var lexicon = Lexicon.Default;
        var kinds = new[]
        {
            LexiconKind.Title, LexiconKind.Number, LexiconKind.VagueNumber, LexiconKind.Unit, LexiconKind.DateWord,
            LexiconKind.Demonym, LexiconKind.CountryName | LexiconKind.CountryPlace | LexiconKind.Demonym,
            LexiconKind.OrgWord | LexiconKind.MilitaryUnitWord, (LexiconKind)uint.MaxValue,
        };
        var words = new Words(text, tokens, lexicon);
        var found = 0;
        for (var first = 0; first < tokens.Length; first++)
        {
            for (var count = 1; count <= Lexicon.MaxPhraseTokens + 1 && first + count <= tokens.Length; count++)
            {
                foreach (var kind in kinds)
                {
                    var expected = lexicon.Find(text, tokens, first, count, kind);
                    Assert.Same(expected, words.Find(first, count, kind));
                    found += expected is null ? 0 : 1;
                }
            }
        }

        Assert.True(found > 10, $"only {found} phrases found: the comparison says little");
    }

    [Theory]
    [InlineData("North Korean")]
    [InlineData("  north   korean ")]
    [InlineData("km")]
    [InlineData("nine")]
    [InlineData("no such phrase")]
    [InlineData("")]
    public void LexiconFind_Span_EqualsString(string phrase)
    {
        foreach (var kind in new[] { LexiconKind.Demonym, LexiconKind.Unit, LexiconKind.Number, (LexiconKind)uint.MaxValue })
        {
            Assert.Same(Lexicon.Default.Find(phrase, kind), Lexicon.Default.Find(phrase.AsSpan(), kind));
        }
    }

    /// <summary>PlaceMarks without shortcuts: every length from every word, longest trusted name wins.</summary>
    private static byte[] ReferenceMarks(Gazetteer gazetteer, string text, ReadOnlySpan<Token> tokens)
    {
        var marks = new byte[tokens.Length];
        var i = 0;
        while (i < tokens.Length)
        {
            var bestLength = 0;
            var bestKinds = 0;
            if (tokens[i].Length > 1 && char.IsLetter(text[tokens[i].Start]))
            {
                for (var length = 1; length <= PlaceMarks.MaxNameTokens && i + length <= tokens.Length; length++)
                {
                    var kinds = 0;
                    foreach (var c in gazetteer.Lookup(text.AsSpan(tokens[i].Start, tokens[i + length - 1].End - tokens[i].Start)))
                    {
                        if (c.Source != NameSource.Alternate)
                        {
                            kinds |= c.Kind switch
                            {
                                PlaceKind.Country => 1,
                                PlaceKind.Admin1 => 2,
                                _ => gazetteer.Places[c.Index].Population >= 100_000 ? 12 : 4,
                            };
                        }
                    }

                    if (kinds != 0)
                    {
                        (bestLength, bestKinds) = (length, kinds);
                    }
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            var caseBit = char.IsUpper(text[tokens[i].Start]) ? 0 : 0x80;
            for (var j = 0; j < bestLength; j++)
            {
                var position = bestLength == 1 ? 4 : j == 0 ? 1 : j == bestLength - 1 ? 3 : 2;
                marks[i + j] = (byte)(bestKinds | (position << 4) | caseBit);
            }

            i += bestLength;
        }

        return marks;
    }
}
