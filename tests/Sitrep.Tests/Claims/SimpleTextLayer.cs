using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>
/// A stand-in for Sitrep.Text.TextAnalyzer until it is merged: UD/PTB-like tokens (possessive "'s" and "n't" split,
/// hyphenated words and numbers with separators kept whole, abbreviations keep their period), sentences split at
/// . ! ? before a capital or a quote, paragraphs at blank lines, and double quotations paired (straight or curly).
/// </summary>
internal static partial class SimpleTextLayer
{
    [GeneratedRegex(@"\p{L}+(?=n['’]t\b)|n['’]t\b|(?<=\p{L})['’]s\b|(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Maj|Sgt|St|Rev|Prof|Sen|Gov|Brig|Adm)\.|\d+(?:[.,:]\d+)*(?:-[\p{L}\d]+)*|[\p{L}\d]+(?:(?:-|['’](?!s\b))[\p{L}\d]+)*|[""“”]|[—–-]|[.,;:!?()\[\]]|\S")]
    private static partial Regex TokenPattern();

    public static TextLayer Analyze(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            tokens.Add(new Token(m.Index, m.Index + m.Length, KindOf(m.Value)));
        }

        var quotations = Quotations(text, tokens);
        var paragraphs = Paragraphs(text);
        var sentences = Sentences(text, tokens, paragraphs);
        return new TextLayer(tokens.ToImmutable(), sentences, paragraphs, quotations, null);
    }

    private static TokenKind KindOf(string value)
    {
        if (value is "\"" or "“" or "”")
        {
            return TokenKind.Quote;
        }

        if (value is "—" or "–" or "-")
        {
            return TokenKind.Dash;
        }

        if (value.Any(char.IsLetter))
        {
            return TokenKind.Word;
        }

        if (char.IsDigit(value[0]))
        {
            return TokenKind.Number;
        }

        return char.IsPunctuation(value[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private static ImmutableArray<Quotation> Quotations(string text, ImmutableArray<Token>.Builder tokens)
    {
        var result = ImmutableArray.CreateBuilder<Quotation>();
        int? open = null;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var mark = text[token.Start];
            var opens = mark == '“' || mark == '"' && open is null;
            if (opens)
            {
                open = token.Start;
            }
            else if (open is { } start)
            {
                result.Add(new Quotation(new TextSpan(start, token.End), new TextSpan(start + 1, token.Start), 0, null));
                open = null;
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<TextSpan> Paragraphs(string text)
    {
        var result = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        foreach (Match m in Regex.Matches(text, @"\n\s*\n"))
        {
            if (m.Index > start)
            {
                result.Add(new TextSpan(start, m.Index));
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            result.Add(new TextSpan(start, text.Length));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<Sentence> Sentences(string text, ImmutableArray<Token>.Builder tokens, ImmutableArray<TextSpan> paragraphs)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            var isFinal = tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '!' or '?';
            if (isFinal && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Quote && text[tokens[i + 1].Start] is '"' or '”' && tokens[i + 1].Start == tokens[i].End)
            {
                end = i + 1;
            }

            var next = end + 1;
            var paragraphBreak = next < tokens.Count && paragraphs.Any(p => p.Contains(tokens[end].Start) && !p.Contains(tokens[next].Start));
            var boundary = next >= tokens.Count
                || paragraphBreak
                || isFinal && (char.IsUpper(text[tokens[next].Start]) || char.IsDigit(text[tokens[next].Start]) || tokens[next].Kind == TokenKind.Quote && end == i);
            if (!boundary)
            {
                continue;
            }

            result.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[end].End), first, end - first + 1));
            first = end + 1;
            i = end;
        }

        return result.ToImmutable();
    }
}
