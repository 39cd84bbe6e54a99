using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>Runs the attribution detector on one text, and finds a claim by the start of its content.</summary>
internal static class ClaimTestText
{
    private static readonly AttributionDetector _detector = new(ClaimsLexicon.Default);

    public static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) =>
        (text, _detector.Detect(text, TextAnalyzer.Analyze(text)));

    public static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        Assert.Single(claims, c => c.Content.Slice(text).StartsWith(content, StringComparison.Ordinal));
}
