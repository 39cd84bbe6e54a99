using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>The "claims" stage: finds attributions, stances and certainty on top of the text layer.</summary>
public sealed class ClaimsStage : IStage
{
    private readonly AttributionDetector _detector;

    public ClaimsStage()
        : this(ClaimsLexicon.Default)
    {
    }

    public ClaimsStage(ClaimsLexicon lexicon)
    {
        _detector = new AttributionDetector(lexicon);
    }

    public string Name => "claims";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(ClaimsLayer)];

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(new ClaimsLayer(_detector.Detect(document.Text, document.Get<TextLayer>())));
    }
}
