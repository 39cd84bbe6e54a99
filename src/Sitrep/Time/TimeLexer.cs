namespace Sitrep.Time;

internal enum TimeTokenKind : byte
{
    Word,

    /// <summary>Starts with a digit: "16", "16th", "2024", "2024-11-16", "16.11.2024", "19-20", "10,000".</summary>
    Number,

    Punctuation,
}

/// <summary>A token of the time scanner: offsets only, no text copied.</summary>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>
/// A small scanner that cuts text into words, numbers and punctuation for the time patterns. It keeps numeric
/// dates ("2024-11-16", "16.11.2024") and day ranges ("16-17") whole, which a general tokenizer may split,
/// so time detection does not depend on the text stage's tokenisation choices.
/// </summary>
internal static class TimeLexer
{
    public static List<TimeToken> Tokenize(ReadOnlySpan<char> text, int offset = 0)
    {
        var tokens = new List<TimeToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsAsciiLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (IsNumberJoiner(d) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new TimeToken(offset + start, offset + i, TimeTokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(offset + start, offset + i, TimeTokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new TimeToken(offset + start, offset + i, TimeTokenKind.Punctuation));
            }
        }

        return tokens;
    }

    // Separators inside numeric dates and ranges, and the thousands comma ("10,000" must not read as a day).
    private static bool IsNumberJoiner(char c) => c is '-' or '–' or '.' or '/' or ',';
}
