using System.Globalization;

namespace Sitrep.Text;

/// <summary>
/// Splits news English into tokens following UD/PTB conventions, as offsets only (no strings are allocated):
/// possessive "'s" and clitics ("n't", "'re") are separate tokens; hyphenated words ("nine-year-old"), numbers
/// with separators ("10,000", "1.5"), ordinals ("95th"), abbreviations ("Gen.", "U.S.") and URLs stay whole.
/// Curly and straight quotes are tokens of their own kind, so the quotation finder can pair them.
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations)
{
    public static Tokenizer Default { get; } = new(Abbreviations.Default);

    public void Tokenize(string text, int start, int end, List<Token> output)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            i = c switch
            {
                _ when IsUrlStart(text, i, end) => Emit(output, i, ScanUrl(text, i, end), TokenKind.Url),
                _ when IsWordChar(c) => ScanWord(text, i, end, output),
                _ when IsQuoteChar(c) => Emit(output, i, i + 1, TokenKind.Quote),
                '—' or '–' or '―' => Emit(output, i, i + 1, TokenKind.Dash),
                '-' => ScanHyphens(text, i, end, output),
                '.' when i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.' => Emit(output, i, i + 3, TokenKind.Punctuation),
                _ when char.IsPunctuation(c) => Emit(output, i, i + 1, TokenKind.Punctuation),
                _ when char.IsSurrogate(c) && i + 1 < end => Emit(output, i, i + 2, TokenKind.Symbol),
                _ => Emit(output, i, i + 1, TokenKind.Symbol),
            };
        }
    }

    private static int Emit(List<Token> output, int start, int end, TokenKind kind)
    {
        output.Add(new Token(start, end, kind));
        return end;
    }

    private int ScanHyphens(string text, int i, int end, List<Token> output)
    {
        var j = i;
        while (j < end && text[j] == '-')
        {
            j++;
        }

        // A minus sign glued to a number ("-5") belongs to the number; a lone or doubled hyphen is a dash.
        if (j == i + 1 && j < end && char.IsAsciiDigit(text[j]) && (i == 0 || IsSpace(text[i - 1])))
        {
            return ScanWord(text, j, end, output, tokenStart: i);
        }

        return Emit(output, i, j, TokenKind.Dash);
    }

    private int ScanWord(string text, int start, int end, List<Token> output, int? tokenStart = null)
    {
        var i = start;
        var allDigits = true;
        var hasLetter = false;
        while (i < end)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (!char.IsAsciiDigit(c))
                {
                    allDigits = false;
                    hasLetter |= char.IsLetter(c);
                }

                i++;
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : '\0';

            // 10,000 and 1.5 and 3,500.75: separators between digits stay inside a number.
            if ((c == ',' || c == '.') && allDigits && char.IsAsciiDigit(next) && i > start)
            {
                i++;
                continue;
            }

            // nine-year-old, Ivano-Frankivsk, 2014-2023: a hyphen between word characters joins them.
            if ((c == '-' || c == '\u2010' || c == '\u2011') && IsWordChar(next))
            {
                allDigits = false;
                i++;
                continue;
            }

            if (IsApostrophe(c))
            {
                var clitic = CliticLength(text, i, end);
                if (clitic > 0)
                {
                    break;
                }

                // "n't" splits before the n: "don't" -> "do" + "n't".
                if ((text[i - 1] == 'n' || text[i - 1] == 'N') && (next == 't' || next == 'T') && !IsWordChar(At(text, i + 2, end)) && i - 1 > start)
                {
                    Emit(output, tokenStart ?? start, i - 1, TokenKind.Word);
                    return Emit(output, i - 1, i + 2, TokenKind.Word);
                }

                // O'Brien, d'Ivoire: an apostrophe between letters inside a name.
                if (char.IsLetter(next))
                {
                    allDigits = false;
                    i++;
                    continue;
                }

                break;
            }

            // U.S., U.N., a.m.: single letters separated by periods.
            if (c == '.' && char.IsLetter(next) && At(text, i + 2, end) == '.' && IsInitialRun(text, start, i))
            {
                i += 2;
                continue;
            }

            break;
        }

        var tokenEnd = i;
        var kind = allDigits || (!hasLetter && char.IsAsciiDigit(text[start])) ? TokenKind.Number : TokenKind.Word;
        if (kind == TokenKind.Word && tokenEnd < end && text[tokenEnd] == '.' && KeepsPeriod(text, start, tokenEnd, end))
        {
            tokenEnd++;
        }

        Emit(output, tokenStart ?? start, tokenEnd, kind);

        if (tokenEnd < end && IsApostrophe(text[tokenEnd]))
        {
            var clitic = CliticLength(text, tokenEnd, end);
            if (clitic > 0)
            {
                return Emit(output, tokenEnd, tokenEnd + clitic, TokenKind.Word);
            }
        }

        return tokenEnd;
    }

    /// <summary>Length of a clitic starting at an apostrophe ('s, 're, 've, 'll, 'd, 'm) followed by a non-letter, else 0.</summary>
    private static int CliticLength(string text, int apostrophe, int end)
    {
        if (apostrophe == 0 || !char.IsLetter(text[apostrophe - 1]))
        {
            return 0;
        }

        var first = char.ToLowerInvariant(At(text, apostrophe + 1, end));
        var second = char.ToLowerInvariant(At(text, apostrophe + 2, end));
        if ((first == 's' || first == 'd' || first == 'm') && !IsWordChar(second))
        {
            return 2;
        }

        if (((first == 'r' && second == 'e') || (first == 'v' && second == 'e') || (first == 'l' && second == 'l'))
            && !IsWordChar(At(text, apostrophe + 3, end)))
        {
            return 3;
        }

        return 0;
    }

    private bool KeepsPeriod(string text, int start, int periodAt, int end)
    {
        var word = text.AsSpan(start, periodAt - start + 1);
        if (abbreviations.Classify(word) is not null)
        {
            return true;
        }

        // Internal periods (U.S) or a single capital initial (Donald J. Trump) keep the final period.
        if (word[..^1].Contains('.'))
        {
            return true;
        }

        return periodAt - start == 1 && char.IsUpper(text[start]) && At(text, periodAt + 1, end) == ' '
            && char.IsUpper(At(text, periodAt + 2, end)) && !FollowsLowercaseWord(text, start);
    }

    /// <summary>
    /// "wrote on X. Pakistan's ...": a lone capital after a lower-case word is a name (the platform X, "Plan B"),
    /// not a name's initial, which follows a capitalised first name ("George W. Bush") or starts the name.
    /// </summary>
    private static bool FollowsLowercaseWord(string text, int start)
    {
        var k = start - 1;
        if (k < 0 || text[k] != ' ')
        {
            return false;
        }

        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        var wordEnd = k;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return wordEnd > k && char.IsLower(text[k]);
    }

    private static bool IsInitialRun(string text, int start, int periodAt)
    {
        // Accept "U", "U.S", "a.m" style runs: letter ('.' letter)*.
        for (var k = start; k < periodAt; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return (periodAt - start) % 2 == 1;
    }

    private static bool IsUrlStart(string text, int i, int end)
    {
        var rest = text.AsSpan(i, Math.Min(8, end - i));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && (i == 0 || IsSpace(text[i - 1])));
    }

    private static int ScanUrl(string text, int i, int end)
    {
        var j = i;
        while (j < end && !IsSpace(text[j]) && !IsQuoteChar(text[j]) && text[j] != '<' && text[j] != '>')
        {
            j++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?')
        {
            j--;
        }

        return j;
    }

    private static char At(string text, int i, int end) => i < end ? text[i] : '\0';

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    internal static bool IsQuoteChar(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
        or '\u00AB' or '\u00BB' or '\u201E' or '\u201A' or '\u2039' or '\u203A';

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
