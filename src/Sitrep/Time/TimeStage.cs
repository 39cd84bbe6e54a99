using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// Finds and resolves the time expressions of an article against its publication date. Expressions are
/// searched paragraph by paragraph, so none runs across a paragraph break. Mentions that do not resolve to one
/// value are kept (nothing is dropped) and also reported as document warnings with their reason code.
/// </summary>
public sealed class TimeStage : IStage
{
    private readonly TimeDetector _detector;

    public TimeStage()
        : this(TimeDetector.Default)
    {
    }

    public TimeStage(TimeDetector detector) => _detector = detector;

    public string Name => "time";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(TimeLayer)];

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layer = Analyze(document.Text, document.Get<TextLayer>().Paragraphs, document.Metadata.Published);
        var warnings = layer.Mentions.Select(m => m.Warning).OfType<string>().ToArray();
        var result = document.With(layer);
        return warnings.Length == 0 ? result : result.WithWarnings(warnings);
    }

    /// <summary>The time layer of a text, without a document (paragraphs may be empty: the whole text is one region).</summary>
    public TimeLayer Analyze(string text, ImmutableArray<TextSpan> paragraphs, DateOnly? published)
    {
        var regions = paragraphs.IsDefaultOrEmpty ? [new TextSpan(0, text.Length)] : paragraphs;
        var mentions = ImmutableArray.CreateBuilder<TimeMention>();
        foreach (var region in regions)
        {
            foreach (var expression in _detector.Detect(text, region))
            {
                mentions.Add(new TimeMention(expression.Span, expression.Text, expression.Kind, expression.Rule, TimeResolver.Resolve(expression, published)));
            }
        }

        return new TimeLayer(mentions.ToImmutable(), published);
    }
}
