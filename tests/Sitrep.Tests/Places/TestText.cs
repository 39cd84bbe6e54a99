using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>
/// A small stand-in for the lead's tokenizer (UD/PTB conventions: possessive 's split off, hyphenated words and
/// numbers with separators kept whole, abbreviations keep their period) so the places tests run on their own.
/// </summary>
internal static partial class TestText
{
    [GeneratedRegex(@"(?:[A-Z]\.){2,}|(?:St|Gen|Mr|Mrs|Dr|Lt|Col|Sgt|Maj)\.|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|[""“”‘’']|[—–]|\S")]
    private static partial Regex TokenPattern();

    public static TextLayer Analyze(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            var value = m.Value;
            var kind = char.IsDigit(value[0]) ? TokenKind.Number
                : char.IsLetter(value[0]) ? TokenKind.Word
                : value is "\"" or "“" or "”" or "‘" or "’" or "'" ? TokenKind.Quote
                : value is "—" or "–" ? TokenKind.Dash
                : TokenKind.Punctuation;
            if (kind == TokenKind.Word && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)) && value.Length > 2)
            {
                tokens.Add(new Token(start, end - 2, TokenKind.Word));
                tokens.Add(new Token(end - 2, end, TokenKind.Word));
                continue;
            }

            tokens.Add(new Token(start, end, kind));
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = text[tokens[i].Start..tokens[i].End];
            var last = i == tokens.Count - 1;
            var boundary = t is "." or "!" or "?";
            var closer = i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Quote && NoSpaceBetween(text, tokens[i], tokens[i + 1]);
            if (boundary && closer)
            {
                i++;
            }

            last = i == tokens.Count - 1;
            var paragraphBreak = !last && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains('\n');
            if (boundary || last || paragraphBreak)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[i].End), first, i - first + 1));
                first = i + 1;
            }
        }

        return new TextLayer(tokens.ToImmutable(), sentences.ToImmutable(), [new TextSpan(0, text.Length)], [], null);
    }

    public static Document Document(string text, string id = "test") =>
        new Document(id, text, new ArticleMetadata()).With(Analyze(text));

    private static bool NoSpaceBetween(string text, Token a, Token b) => a.End == b.Start;
}
