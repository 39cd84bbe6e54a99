using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// The "places" stage: finds and resolves place mentions. Unresolved and ambiguous mentions are kept in the layer
/// and also reported as document warnings ("place.NotInGazetteer: ...").
/// </summary>
public sealed class PlacesStage : IStage
{
    private readonly Geocoder _geocoder;

    public PlacesStage()
        : this(Geocoder.Default)
    {
    }

    public PlacesStage(Geocoder geocoder) => _geocoder = geocoder;

    public string Name => "places";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(PlacesLayer)];

    public Document Run(Document document)
    {
        var mentions = _geocoder.Find(document.Text, document.Get<TextLayer>());
        var warnings = mentions
            .Where(m => m.Reason != PlaceReason.None)
            .Select(m => $"place.{m.Reason} {m.Span}: {m.Detail}")
            .ToList();
        var result = document.With(new PlacesLayer(mentions));
        return warnings.Count == 0 ? result : result.WithWarnings(warnings);
    }
}
