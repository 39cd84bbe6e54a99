using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Sitrep.Claims;

/// <summary>
/// A linear model of a claim's status over what the detector reads of the claim and its relations (its stances by
/// kind, reading and holder, who answers it later, its hedges, channel and negation): one weight per feature and
/// status, the status with the highest sum wins, ties go to the weaker status. Trained by
/// <see cref="ClaimStatusTrainer"/> (an averaged perceptron) and stored as <c>data/claims/status_model.tsv</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ClaimStatusModel
{
    /// <summary>The statuses in the order of the model file's weight columns (weakest first, as <see cref="ClaimStatus"/>).</summary>
    public static readonly ClaimStatus[] Statuses = Enum.GetValues<ClaimStatus>();

    private readonly FrozenDictionary<string, float[]> _weights;

    public ClaimStatusModel(IReadOnlyDictionary<string, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Values.Any(w => w.Length != Statuses.Length))
        {
            throw new ArgumentException($"every feature needs {Statuses.Length} weights", nameof(weights));
        }

        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _weights.Count;

    public ClaimStatus Predict(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Span<float> scores = stackalloc float[Statuses.Length];
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var w))
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += w[i];
                }
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return Statuses[best];
    }

    /// <summary>
    /// Reads a model file: '#' comment lines, then one line per feature with a weight per status (tab-separated, in
    /// the order of the header line <c>feature claimed corroborated ...</c>). Errors are <c>file:line: problem</c>.
    /// </summary>
    public static ClaimStatusModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        // The lexicon's reader checks columns, empty fields and repeated features and reports file:line; the header
        // line is the first row it hands over. Features are case-sensitive ("w=Kyiv" is not "w=kyiv").
        var header = false;
        var rows = ClaimsLexicon.Read(Path.GetDirectoryName(path) ?? "", Path.GetFileName(path), Statuses.Length + 1, (fields, line) =>
        {
            if (!header)
            {
                header = fields.SequenceEqual(HeaderFields(), StringComparer.Ordinal)
                    ? true : throw new FormatException($"expected the header '{string.Join(' ', HeaderFields())}'");
                return ((string Feature, float[] Weights)?)null;
            }

            var w = new float[Statuses.Length];
            for (var i = 0; i < w.Length; i++)
            {
                if (!float.TryParse(fields[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out w[i]))
                {
                    throw new FormatException($"'{fields[i + 1]}' is not a number");
                }
            }

            return (fields[0], w);
        }, StringComparer.Ordinal);

        return header
            ? new ClaimStatusModel(rows.Where(r => r is not null).ToDictionary(r => r!.Value.Feature, r => r!.Value.Weights, StringComparer.Ordinal))
            : throw new LexiconFormatException(path, 0, "the file has no header line");
    }

    /// <summary>Writes the model with a header comment (<paramref name="comment"/> lines), features in ordinal order, weights rounded to 4 decimals.</summary>
    public void Save(string path, IEnumerable<string> comment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(comment);
        var b = new StringBuilder();
        foreach (var line in comment)
        {
            b.Append("# ").Append(line).Append('\n');
        }

        b.Append(string.Join('\t', HeaderFields())).Append('\n');
        foreach (var (feature, w) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            b.Append(feature);
            foreach (var x in w)
            {
                b.Append('\t').Append(Math.Round(x, 4).ToString("0.####", CultureInfo.InvariantCulture));
            }

            b.Append('\n');
        }

        File.WriteAllText(path, b.ToString());
    }

    private static string[] HeaderFields() => ["feature", .. Statuses.Select(ClaimNames.Of)];
}
