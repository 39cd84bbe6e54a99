using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>
/// The text layer: paragraphs, the dateline, tokens, sentences and quotations of an article, as offsets into its
/// unchanged text.
/// </summary>
public static partial class TextAnalyzer
{
    public static TextLayer Analyze(string text) => Analyze(text, Tokenizer.Default, SentenceSplitter.Default);

    public static TextLayer Analyze(string text, Tokenizer tokenizer, SentenceSplitter splitter)
    {
        var paragraphs = FindParagraphs(text);
        var dateline = paragraphs.Count > 0 ? FindDateline(text, paragraphs[0]) : null;

        var tokens = new List<Token>(text.Length / 5 + 8);
        var sentences = new List<Sentence>(text.Length / 100 + 2);
        foreach (var paragraph in paragraphs)
        {
            var firstToken = tokens.Count;
            tokenizer.Tokenize(text, paragraph.Start, paragraph.End, tokens);

            // The dateline ("KYIV, Ukraine (AP) —") is not part of the first sentence, nor is a live blog's entry time
            // ("09:40 Russian drones struck ...", "[10:15] The governor said"): read into it, it became part of a
            // claimant or a count.
            var headEnd = Math.Max(dateline is TextSpan d && paragraph.Contains(d) ? d.End : 0, FindEntryTime(text, paragraph) ?? 0);
            var sentenceFirst = firstToken;
            while (sentenceFirst < tokens.Count && tokens[sentenceFirst].Start < headEnd)
            {
                sentenceFirst++;
            }

            if (sentenceFirst < tokens.Count)
            {
                splitter.Split(text, tokens, sentenceFirst, tokens.Count, sentences);
            }
        }

        var quotations = QuotationFinder.Find(text, tokens, paragraphs);
        return new TextLayer([.. tokens], [.. sentences], [.. paragraphs], [.. quotations], dateline);
    }

    /// <summary>
    /// Paragraphs are separated by blank lines; a text with no blank line has one paragraph per line.
    /// Leading and trailing whitespace is not part of a paragraph.
    /// </summary>
    public static List<TextSpan> FindParagraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var blankLineSeparated = BlankLine().IsMatch(text);
        var start = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var atBreak = i == text.Length || (text[i] == '\n' && (!blankLineSeparated || IsBlankLineAfter(text, i)));
            if (!atBreak)
            {
                i++;
                continue;
            }

            AddTrimmed(text, start, i, paragraphs);
            start = i + 1;
            i++;
        }

        return paragraphs;
    }

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            switch (text[j])
            {
                case '\n':
                    return true;
                case ' ' or '\t' or '\r' or '\u00A0' or '\u3000' or '\u2003' or '\u2002':
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> paragraphs)
    {
        while (start < end && Tokenizer.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && Tokenizer.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            paragraphs.Add(new TextSpan(start, end));
        }
    }

    /// <summary>A wire-style dateline at the start of the first paragraph: "KYIV, Ukraine (AP) — ", "MOSCOW (Reuters) - ".</summary>
    public static TextSpan? FindDateline(string text, TextSpan firstParagraph)
    {
        var head = text.AsSpan(firstParagraph.Start, Math.Min(firstParagraph.Length, 120)).ToString();
        var match = Dateline().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value;
        var hasAgency = match.Groups["agency"].Success;
        var placeIsCaps = place.Any(char.IsLetter) && place.Split(',')[0].All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
        return placeIsCaps || hasAgency
            ? new TextSpan(firstParagraph.Start, firstParagraph.Start + match.Length)
            : null;
    }

    /// <summary>
    /// The end of a clock time that opens a paragraph before a capitalised word or a quotation mark, as live blogs and
    /// running updates stamp each entry ("09:40 Russian drones ...", "9.40am: The army said", "[14:05 GMT] Police"),
    /// or null. A figure with a unit or a count ("10.5 percent", "1,200 soldiers") is no clock time.
    /// </summary>
    public static int? FindEntryTime(string text, TextSpan paragraph)
    {
        var head = text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, 40));
        foreach (var match in EntryTime().EnumerateMatches(head))
        {
            return paragraph.Start + match.Length;
        }

        return null;
    }

    [GeneratedRegex(@"^\[?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[aApP]\.?[mM]\.?)?(?:\s(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|local time))?\]?(?:\s*[:—–|-])?\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex EntryTime();

    [GeneratedRegex(@"\n[ \t\r\u00A0]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(?<place>[\p{Lu}][\p{L}.'’\- ]{1,40}(?:,\s[\p{L}.'’\- ]{2,40}){0,2})(?:,\s(?<date>[\p{L}]{3,9}\.?\s\d{1,2}))?\s*(?:\((?<agency>[^()\n]{2,40})\))?\s*(?:\s*(?:—|–|--)\s*|\s+-\s+)")]
    private static partial Regex Dateline();
}

/// <summary>The pipeline's first stage: produces the <see cref="TextLayer"/>.</summary>
public sealed class TextStage : IStage
{
    public string Name => "text";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(TextLayer)];

    public Document Run(Document document) => document.With(TextAnalyzer.Analyze(document.Text));
}
