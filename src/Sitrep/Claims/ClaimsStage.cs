using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>The "claims" stage: finds attributions, stances and certainty on top of the text layer, then resolves claimants, numbers and grades with the language layer.</summary>
public sealed class ClaimsStage : IStage
{
    private readonly AttributionDetector _detector;
    private readonly ClaimEnricher _enricher;

    public ClaimsStage()
        : this(ClaimsLexicon.Default)
    {
    }

    public ClaimsStage(ClaimsLexicon lexicon)
        : this(lexicon, keepStatusFeatures: false)
    {
    }

    /// <param name="lexicon">The claims lexicons (and status model, if any).</param>
    /// <param name="keepStatusFeatures">Whether each claim keeps what the status model reads of it, for training.</param>
    public ClaimsStage(ClaimsLexicon lexicon, bool keepStatusFeatures)
    {
        _detector = new AttributionDetector(lexicon) { KeepStatusFeatures = keepStatusFeatures };
        _enricher = new ClaimEnricher(lexicon);
    }

    public string Name => "claims";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer), typeof(LanguageLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(ClaimsLayer)];

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Get<TextLayer>();
        var claims = _detector.Detect(document.Text, text);
        return document.With(new ClaimsLayer(_enricher.Enrich(document.Text, text, document.Get<LanguageLayer>(), claims)));
    }
}
