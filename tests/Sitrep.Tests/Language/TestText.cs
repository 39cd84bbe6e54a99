using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

/// <summary>Documents for the language tests, with the real text layer.</summary>
internal static class TestText
{
    public static Document Document(string text) =>
        new Document("test", text, new ArticleMetadata()).With(TextAnalyzer.Analyze(text));

    public static TextLayer Analyze(string text) => TextAnalyzer.Analyze(text);
}
