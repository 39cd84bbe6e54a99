using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Time;

/// <summary>Documents for the time tests, with the real text layer.</summary>
internal static class TimeTestText
{
    public static DateOnly? Date(string text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TextLayer Layer(string text) => TextAnalyzer.Analyze(text);

    public static Document Document(string text, string? published) =>
        new Document("test", text, new ArticleMetadata { Published = Date(published ?? string.Empty) }).With(Layer(text));

    private static void AddSentences(string text, TextSpan paragraph, ImmutableArray<Sentence>.Builder sentences)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                sentences.Add(new Sentence(new TextSpan(start, i + 1), 0, 0));
                start = i + 2;
            }
        }

        sentences.Add(new Sentence(new TextSpan(start, paragraph.End), 0, 0));
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
