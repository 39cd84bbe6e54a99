using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

/// <summary>
/// A small stand-in for the pipeline's tokenizer, good enough for language-layer tests: splits on spaces and
/// punctuation, keeps "10,000", "1.5", "nine-year-old" and "U.S." whole, splits "'s" and "n't" off, and ends a
/// sentence at . ! ? followed by a space and a capital letter or at a blank line.
/// </summary>
internal static class TestText
{
    private static readonly HashSet<string> _abbreviations = ["Gen.", "Lt.", "Col.", "Mr.", "Mrs.", "Dr.", "U.S.", "U.N.", "St.", "Sgt.", "Maj.", "Capt."];

    public static Document Document(string text) =>
        new Document("test", text, new ArticleMetadata()).With(Analyze(text));

    public static TextLayer Analyze(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || ((text[i] is '-' or ',' or '.' or '\'' or '’') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && !(text[i] is ',' && !char.IsDigit(text[i - 1])))))
                {
                    i++;
                }

                var word = text[start..i];
                if (i < text.Length && text[i] == '.' && _abbreviations.Contains(word + "."))
                {
                    i++;
                }
                else if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                {
                    tokens.Add(new Token(start, i - 2, TokenKind.Word));
                    start = i - 2;
                }
                else if (word.EndsWith("n't", StringComparison.Ordinal))
                {
                    tokens.Add(new Token(start, i - 3, TokenKind.Word));
                    start = i - 3;
                }

                tokens.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            tokens.Add(new Token(start, i, text[start] is '"' or '“' or '”' ? TokenKind.Quote : TokenKind.Punctuation));
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var end = t == tokens.Count - 1;
            if (!end)
            {
                var gap = text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End);
                var isStop = text[tokens[t].Start] is '.' or '!' or '?' && tokens[t].Length == 1;
                var nextIsQuote = tokens[t + 1].Kind == TokenKind.Quote && gap.Length == 0;
                end = (isStop && !nextIsQuote && gap.Length > 0) || gap.Contains("\n\n", StringComparison.Ordinal)
                    || (t > 0 && tokens[t].Kind == TokenKind.Quote && text[tokens[t - 1].Start] is '.' or '!' or '?' && gap.Length > 0);
            }

            if (end)
            {
                var span = new TextSpan(tokens[first].Start, tokens[t].End);
                sentences.Add(new Sentence(span, first, t - first + 1));
                first = t + 1;
            }
        }

        return new TextLayer([.. tokens], sentences.ToImmutable(), [new TextSpan(0, text.Length)], [], null);
    }
}
