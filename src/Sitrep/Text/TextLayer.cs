using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Dash,
    Symbol,
    Url,
}

/// <summary>A token is only offsets and a kind; its text is read from the document when needed, so tokenising allocates no strings.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}

/// <summary>A sentence: its span and the range of tokens [FirstToken, FirstToken + TokenCount) it holds.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// A quotation: <see cref="Span"/> includes the quote marks, <see cref="Content"/> is what is inside them.
/// Nested quotes (single quotes inside double ones) have Depth 1 and the index of their parent.
/// A quote left open at a paragraph end that reopens in the next paragraph (news style) is one quotation.
/// </summary>
public sealed record Quotation(TextSpan Span, TextSpan Content, int Depth, int? Parent);

/// <summary>The text layer: tokens, sentences, paragraphs, quotations and the dateline, all as offsets.</summary>
public sealed record TextLayer(
    ImmutableArray<Token> Tokens,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<TextSpan> Paragraphs,
    ImmutableArray<Quotation> Quotations,
    TextSpan? Dateline)
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (Tokens.Length when none does).</summary>
    public int FirstTokenAtOrAfter(int offset) => FirstTokenAtOrAfter(Tokens, offset);

    /// <inheritdoc cref="FirstTokenAtOrAfter(int)"/>
    public static int FirstTokenAtOrAfter(ImmutableArray<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
