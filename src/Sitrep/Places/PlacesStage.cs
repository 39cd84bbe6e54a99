using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// The "places" stage: finds and resolves place mentions. Unresolved and ambiguous mentions are kept in the layer
/// and also reported as document warnings ("place.NotInGazetteer: ..."). The fronts of the publication date
/// (<see cref="Frontlines"/>) are the context's hotspots.
/// </summary>
public sealed class PlacesStage : IStage
{
    private readonly Geocoder _geocoder;
    private readonly Frontlines? _frontlines;

    public PlacesStage()
        : this(Geocoder.Default, Frontlines.Default)
    {
    }

    /// <param name="frontlines">Where wars were fought when, a weak prior for ambiguous village names; null: none.</param>
    public PlacesStage(Geocoder geocoder, Frontlines? frontlines = null)
    {
        _geocoder = geocoder;
        _frontlines = frontlines;
    }

    public string Name => "places";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(PlacesLayer)];

    public Document Run(Document document)
    {
        var context = _frontlines is null ? null : PlaceContext.Empty.WithFrontlines(_frontlines, document.Metadata.Published);
        var mentions = _geocoder.Find(document.Text, document.Get<TextLayer>(), context);
        var warnings = mentions
            .Where(m => m.Reason != PlaceReason.None)
            .Select(m => $"place.{m.Reason} {m.Span}: {m.Detail}")
            .ToList();
        var result = document.With(new PlacesLayer(mentions, _geocoder.Gazetteer));
        return warnings.Count == 0 ? result : result.WithWarnings(warnings);
    }
}
