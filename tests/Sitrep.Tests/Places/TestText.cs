using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Documents for the places tests, with the real text layer.</summary>
internal static class TestText
{
    public static TextLayer Analyze(string text) => TextAnalyzer.Analyze(text);

    public static Document Document(string text, string id = "test") =>
        new Document(id, text, new ArticleMetadata()).With(TextAnalyzer.Analyze(text));
}
