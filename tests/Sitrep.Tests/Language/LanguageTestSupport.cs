using Sitrep.Language;

namespace Sitrep.Tests.Language;

/// <summary>Runs the language stage over text tokenised by <see cref="TestText"/> and finds entities by their words.</summary>
internal static class LanguageTestSupport
{
    private static readonly Lazy<LanguageStage> _stage = new(() => new LanguageStage());

    public static LanguageStage Stage => _stage.Value;

    public static LanguageLayer Analyze(string text) => Stage.Analyze(text, TestText.Analyze(text));

    /// <summary>The entity one of whose mentions is exactly <paramref name="words"/>; fails the test if there is none.</summary>
    public static Entity EntityNamed(this LanguageLayer layer, string text, string words)
    {
        var entity = layer.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Slice(text) == words));
        Assert.True(entity is not null, $"No entity mention '{words}'. Found: {Describe(layer, text)}");
        return entity!;
    }

    public static string Describe(LanguageLayer layer, string text) =>
        string.Join("; ", layer.Entities.Select(e => $"{e.Type.Name()} '{e.Name}' [{string.Join(" | ", e.Mentions.Select(m => m.Span.Slice(text)))}]"));
}
