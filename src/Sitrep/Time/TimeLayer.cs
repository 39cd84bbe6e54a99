using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>One time expression in a document and what it resolved to (or why it did not).</summary>
public sealed record TimeMention(TextSpan Span, string Text, TimeExpressionKind Kind, TimeRule Rule, TimeResolution Resolution)
{
    public TimeValue? Value => Resolution.Value;

    /// <summary>The warning this mention contributes when it did not resolve to one value; null when it did.</summary>
    public string? Warning => Resolution.Status == TimeResolutionStatus.Resolved
        ? null
        : $"time.{Resolution.Reason}: '{Text}' at {Span}: {Resolution.Detail}";
}

/// <summary>The time layer: every time expression of the document, in text order, resolved against publication.</summary>
public sealed record TimeLayer(ImmutableArray<TimeMention> Mentions, DateOnly? Published)
{
    /// <summary>The mentions inside a span (a sentence, a paragraph), in text order.</summary>
    public IEnumerable<TimeMention> Within(TextSpan span) => Mentions.Where(m => span.Contains(m.Span));
}
