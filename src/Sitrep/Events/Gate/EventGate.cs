using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Common;
using Sitrep.Documents;

namespace Sitrep.Events.Gate;

/// <summary>
/// The learned event gate: a logistic regression over <see cref="GateReader"/>'s features that gives each ACLED event
/// the stage reports the probability that it is an incident the article reports, and drops those below
/// <see cref="Threshold"/>. Trained by <see cref="EventGateTrainer"/> on the events gold dev split and stored as
/// <c>data/models/event-gate.tsv</c>. Immutable and thread-safe.
/// </summary>
public sealed class EventGate
{
    /// <summary>The model file under the data folder.</summary>
    public const string ModelFile = "models/event-gate.tsv";

    /// <summary>
    /// Whether the default events stage gates its events. Off: measured by leave-one-batch-out over the dev split's
    /// gold batches the gate did not raise pooled F1 without costing recall (figures in data/models/README.md).
    /// </summary>
    public static bool OnByDefault { get; } = false;

    private const string _thresholdRow = "@threshold";

    private static readonly Lazy<EventGate> _default = new(() => Load(DataFiles.Require(ModelFile)));

    private readonly FrozenDictionary<string, float> _weights;

    public EventGate(IReadOnlyDictionary<string, float> weights, double threshold, GateReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        Threshold = threshold;
        Reader = reader ?? GateReader.Default;
    }

    public static EventGate Default => _default.Value;

    /// <summary>Events whose probability is below this are dropped.</summary>
    public double Threshold { get; }

    public GateReader Reader { get; }

    public int FeatureCount => _weights.Count;

    public IReadOnlyDictionary<string, float> Weights => _weights;

    public EventGate WithThreshold(double threshold) => new(_weights, threshold, Reader);

    /// <summary>The probability that a candidate with these features is a reported incident.</summary>
    public double Probability(ImmutableArray<string> features)
    {
        var z = 0.0;
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var w))
            {
                z += w;
            }
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The document's events without the asserted ACLED events the gate scores below its threshold.</summary>
    public ImmutableArray<EventAnnotation> Filter(Document document, ImmutableArray<EventAnnotation> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = Reader.Read(document, events);
        HashSet<EventAnnotation>? dropped = null;
        foreach (var candidate in candidates)
        {
            if (candidate is { Kept: true, Event: { } e } && Probability(candidate.Features) < Threshold)
            {
                (dropped ??= new HashSet<EventAnnotation>(ReferenceEqualityComparer.Instance)).Add(e);
            }
        }

        return dropped is null ? events : [.. events.Where(e => !dropped.Contains(e))];
    }

    /// <summary>Reads a model file: '#' comment lines, the header <c>feature weight</c>, an <c>@threshold</c> row, one row per feature.</summary>
    public static EventGate Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        double? threshold = null;
        var header = false;
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }

            var fields = raw.Split('\t');
            if (!header)
            {
                header = fields is ["feature", "weight"] ? true : throw new FormatException($"{path}:{line}: " + "expected the header 'feature<TAB>weight'");
                continue;
            }

            if (fields.Length != 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"{path}:{line}: " + "expected a feature and a number");
            }

            if (fields[0] == _thresholdRow)
            {
                threshold = value;
            }
            else if (!weights.TryAdd(fields[0], (float)value))
            {
                throw new FormatException($"{path}:{line}: " + $"feature '{fields[0]}' is listed twice");
            }
        }

        return threshold is { } t ? new EventGate(weights, t) : throw new FormatException($"{path}:{line}: " + "no @threshold row");
    }

    /// <summary>Writes the model: the comment lines, the header, the threshold, features in ordinal order (weights to 4 decimals, zeros left out).</summary>
    public void Save(string path, IEnumerable<string> comment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(comment);
        var b = new StringBuilder();
        foreach (var line in comment)
        {
            b.Append("# ").Append(line).Append('\n');
        }

        b.Append("feature\tweight\n");
        b.Append(_thresholdRow).Append('\t').Append(Threshold.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (feature, w) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var rounded = Math.Round(w, 4);
            if (rounded != 0)
            {
                b.Append(feature).Append('\t').Append(rounded.ToString("0.####", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        File.WriteAllText(path, b.ToString());
    }
}
