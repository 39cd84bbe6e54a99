using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Pairs quote tokens into quotations. Curly marks say which side they are; straight marks are judged by the
/// characters around them. Single quotes inside double quotes nest (depth 1). News style continues a quote into
/// the next paragraph by leaving it open and reopening it there: such a quote becomes one quotation. A quote
/// still open at a paragraph end that does not continue is closed at that paragraph's end.
/// </summary>
public static class QuotationFinder
{
    private readonly record struct Open(int Start, bool IsDouble, int? Parent, int Index, int Depth, char Mark);

    public static List<Quotation> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TextSpan> paragraphs)
    {
        var found = new List<Quotation?>();
        var stack = new List<Open>();
        var paragraph = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            while (paragraph < paragraphs.Count && token.Start >= paragraphs[paragraph].End)
            {
                var continues = ContinuesIntoNextParagraph(text, tokens, t, stack);
                if (!continues)
                {
                    CloseAll(stack, found, paragraphs[paragraph].End);
                }

                paragraph++;
            }

            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var c = text[token.Start];
            var isDouble = c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';
            // German-style quotes open low („) and close with the mark English uses to open (“).
            var side = c == '\u201C' && stack.Count > 0 && stack[^1].Mark == '\u201E' ? Side.Close : SideOf(text, token, c);

            // A paragraph-opening quote that continues an open quote is not a new quotation.
            if (side == Side.Open && stack.Count > 0 && IsParagraphStart(text, paragraphs, paragraph, token)
                && stack[^1].IsDouble == isDouble)
            {
                continue;
            }

            var openIndex = stack.FindLastIndex(o => o.IsDouble == isDouble);
            if (side == Side.Close || (side == Side.Either && openIndex >= 0))
            {
                if (openIndex < 0)
                {
                    continue; // a stray closing mark (or an apostrophe at a word end): nothing to pair it with
                }

                // Closing an outer quote also closes unfinished inner ones.
                while (stack.Count - 1 > openIndex)
                {
                    Close(stack, found, token.Start);
                }

                var open = stack[openIndex];
                stack.RemoveAt(openIndex);
                found[open.Index] = new Quotation(
                    new TextSpan(open.Start, token.End),
                    new TextSpan(open.Start + 1, token.Start),
                    open.Depth,
                    open.Parent);
                continue;
            }

            if (side == Side.Close)
            {
                continue;
            }

            found.Add(null);
            stack.Add(new Open(token.Start, isDouble, stack.Count > 0 ? stack[^1].Index : null, found.Count - 1, stack.Count, c));
        }

        CloseAll(stack, found, paragraphs.Count > 0 ? paragraphs[^1].End : text.Length);
        return Compact(found);
    }

    /// <summary>Drops empty quotations and renumbers parents to the indices of the returned list.</summary>
    private static List<Quotation> Compact(List<Quotation?> found)
    {
        var newIndex = new int[found.Count];
        var result = new List<Quotation>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var q = found[i];
            if (q is null || q.Content.IsEmpty)
            {
                newIndex[i] = -1;
                continue;
            }

            newIndex[i] = result.Count;
            var parent = q.Parent is int p && newIndex[p] >= 0 ? newIndex[p] : (int?)null;
            result.Add(q with { Parent = parent, Depth = parent is null ? 0 : q.Depth });
        }

        return result;
    }

    private enum Side
    {
        Open,
        Close,
        Either,
    }

    private static Side SideOf(string text, Token token, char c)
    {
        switch (c)
        {
            case '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '\u201A' or '\u2039':
                return Side.Open;
            case '\u201D' or '\u00BB' or '\u203A':
                return Side.Close;
        }

        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        var spaceBefore = Tokenizer.IsSpace(before) || before is '(' or '[' or '—' or '–';
        var spaceAfter = Tokenizer.IsSpace(after) || char.IsPunctuation(after);
        if (c == '\u2019')
        {
            // A right single quote is a closer (or an apostrophe), unless it starts a word after a space.
            return spaceBefore && !spaceAfter ? Side.Open : Side.Close;
        }

        return spaceBefore && !spaceAfter ? Side.Open
            : !spaceBefore && spaceAfter ? Side.Close
            : Side.Either;
    }

    private static bool ContinuesIntoNextParagraph(string text, IReadOnlyList<Token> tokens, int t, List<Open> stack)
    {
        if (stack.Count == 0 || tokens[t].Kind != TokenKind.Quote)
        {
            return false;
        }

        var c = text[tokens[t].Start];
        var opensDouble = c is '"' or '\u201C' or '\u00AB' or '\u201E';
        return opensDouble == stack[^1].IsDouble && SideOf(text, tokens[t], c) != Side.Close;
    }

    private static bool IsParagraphStart(string text, IReadOnlyList<TextSpan> paragraphs, int paragraph, Token token) =>
        paragraph < paragraphs.Count && paragraphs[paragraph].Start == token.Start && paragraph > 0;

    private static void Close(List<Open> stack, List<Quotation?> found, int at)
    {
        var open = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        found[open.Index] = new Quotation(new TextSpan(open.Start, at), new TextSpan(open.Start + 1, at), open.Depth, open.Parent);
    }

    private static void CloseAll(List<Open> stack, List<Quotation?> found, int at)
    {
        while (stack.Count > 0)
        {
            Close(stack, found, at);
        }
    }
}
