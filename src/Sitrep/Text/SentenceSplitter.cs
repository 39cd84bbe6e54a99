using Sitrep.Common;

namespace Sitrep.Text;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph. A sentence ends at '.', '!', '?' or an ellipsis
/// (with any closing quotes and brackets after it) when the next token can start a sentence. Abbreviations keep
/// their period inside the token, so "Gen. Syrskyi" never splits; an abbreviation that may end a sentence
/// ("in the U.S. The ...") splits before a capitalised word.
/// </summary>
/// <param name="sentenceStarts">Capitalised words that begin a sentence after an abbreviation that may end one.</param>
public sealed class SentenceSplitter(Abbreviations abbreviations, WordList sentenceStarts)
{
    public static SentenceSplitter Default { get; } =
        new(Abbreviations.Default, WordList.Load(DataFiles.Require("text/sentence_starts.tsv")));

    /// <summary>
    /// The most tokens one sentence keeps. News sentences run to 60-80 tokens; text without sentence punctuation
    /// (scraped lists, captions run together, machine output) would otherwise make one "sentence" of thousands of
    /// tokens, and the later stages' work per sentence grows faster than its length (a 370 KB text of one such run
    /// took 30 s and wrote 195 MB of evidence). A longer run is cut after its last comma, semicolon, colon or dash in
    /// the second half of the window, else at the window's end.
    /// </summary>
    public const int MaxTokens = 150;

    /// <summary>Appends the sentences of tokens [first, end) to <paramref name="output"/>.</summary>
    public void Split(string text, IReadOnlyList<Token> tokens, int first, int end, List<Sentence> output)
    {
        var sentenceStart = first;
        for (var t = first; t < end; t++)
        {
            if (t - sentenceStart >= MaxTokens)
            {
                var cut = LastSoftBreak(text, tokens, sentenceStart + (MaxTokens / 2), t);
                output.Add(Make(tokens, sentenceStart, cut + 1));
                sentenceStart = cut + 1;
            }

            var boundaryAfter = EndsSentenceAt(text, tokens, t, end);
            if (boundaryAfter < 0)
            {
                continue;
            }

            output.Add(Make(tokens, sentenceStart, boundaryAfter + 1));
            sentenceStart = boundaryAfter + 1;
            t = boundaryAfter;
        }

        if (sentenceStart < end)
        {
            output.Add(Make(tokens, sentenceStart, end));
        }
    }

    /// <summary>The last comma, semicolon, colon or dash among tokens [from, before), else the token before <paramref name="before"/>.</summary>
    private static int LastSoftBreak(string text, IReadOnlyList<Token> tokens, int from, int before)
    {
        for (var i = before - 1; i >= from; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Dash || (token.Kind == TokenKind.Punctuation && text[token.Start] is ',' or ';' or ':'))
            {
                return i;
            }
        }

        return before - 1;
    }

    private static Sentence Make(IReadOnlyList<Token> tokens, int first, int end) =>
        new(new(tokens[first].Start, tokens[end - 1].End), first, end - first);

    /// <summary>If token t ends a sentence, the index of the sentence's last token (after closing quotes); else -1.</summary>
    private int EndsSentenceAt(string text, IReadOnlyList<Token> tokens, int t, int end)
    {
        var token = tokens[t];
        var terminal = IsTerminal(text, token);
        var abbreviation = !terminal && token.Kind == TokenKind.Word && text[token.End - 1] == '.' && token.Length > 1
            ? abbreviations.Classify(text.AsSpan(token.Start, token.Length)) ?? AbbreviationClass.Other
            : (AbbreviationClass?)null;
        if (!terminal && abbreviation is null)
        {
            return -1;
        }

        var last = t;
        // Closing quotes and brackets attach to the terminal mark with no space between; a quote after a space
        // opens the next sentence.
        while (last + 1 < end && IsCloser(text, tokens[last + 1]) && tokens[last + 1].Start == tokens[last].End)
        {
            last++;
        }

        if (last + 1 >= end)
        {
            return last;
        }

        var next = tokens[last + 1];
        if (abbreviation is AbbreviationClass cls)
        {
            // A title ("Gen.") never ends a sentence; other abbreviations only before a capitalised word that is
            // not itself a name part right after a title-like abbreviation.
            return cls != AbbreviationClass.Title && last > t && StartsSentence(text, next) ? last
                : cls == AbbreviationClass.Other && StartsSentence(text, next) && IsCommonSentenceStart(text, next) ? last
                : -1;
        }

        return StartsSentence(text, next) ? last : -1;
    }

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && (text[token.Start] is '.' or '!' or '?' or '…');

    private static bool IsCloser(string text, Token token) =>
        (token.Kind == TokenKind.Quote && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A')
        || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']' or '}')
        || (token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '…');

    private static bool StartsSentence(string text, Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c) || !char.IsLetter(c),
            TokenKind.Number => true,
            TokenKind.Quote => c is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '\u201E',
            TokenKind.Punctuation => c is '(' or '[',
            TokenKind.Dash => false,
            _ => true,
        };
    }

    private bool IsCommonSentenceStart(string text, Token token) =>
        sentenceStarts.Contains(text.AsSpan(token.Start, token.Length));
}
