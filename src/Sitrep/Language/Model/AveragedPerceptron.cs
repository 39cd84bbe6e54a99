using System.Collections.Immutable;

namespace Sitrep.Language.Model;

/// <summary>
/// Averaged perceptron training (Collins 2002) with lazy averaging: each weight remembers when it last changed,
/// so an update costs only the features involved. Training only; <see cref="ToModel"/> freezes the averages.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly int _classCount;
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private readonly List<int> _rowUpdates = [];
    private int _instances;

    public AveragedPerceptron(ImmutableArray<string> classes)
    {
        Classes = classes;
        _classCount = classes.Length;
        _weights = new float[1024 * _classCount];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    public ImmutableArray<string> Classes { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var offset = row * _classCount;
                for (var c = 0; c < _classCount; c++)
                {
                    scores[c] += _weights[offset + c];
                }
            }
        }
    }

    /// <summary>Counts one training instance and, when the guess was wrong, moves weights toward the truth.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowOf(feature);
            Change((row * _classCount) + truth, 1f);
            Change((row * _classCount) + guess, -1f);
        }
    }

    /// <summary>Counts one training instance (for structured training, where one instance is a sentence).</summary>
    public void Tick() => _instances++;

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="label"/> for every feature.</summary>
    public void Add(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            _rowUpdates[row]++;
            Change((row * _classCount) + label, delta);
        }
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = _rows.Count;
        _rows.Add(feature, row);
        _rowUpdates.Add(0);
        var needed = (row + 1) * _classCount;
        if (needed > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        return row;
    }

    /// <summary>
    /// The averaged weights as an immutable model. Weights whose magnitude is below <paramref name="pruneBelow"/>
    /// are dropped, and so are features left with no weight: most features are rare and barely matter. Features
    /// whose weights were changed fewer than <paramref name="minUpdates"/> times by <see cref="Add"/> are dropped
    /// too: a feature that corrected one mistake is mostly noise, and a smaller model is scored faster.
    /// </summary>
    public PerceptronModel ToModel(float pruneBelow, int minUpdates = 0)
    {
        var keys = new List<ulong>(_rows.Count);
        var weights = new List<float>(_rows.Count * _classCount);
        var row = new float[_classCount];
        foreach (var (key, index) in _rows.OrderBy(pair => pair.Value))
        {
            if (_rowUpdates[index] < minUpdates)
            {
                continue;
            }

            var any = false;
            for (var c = 0; c < _classCount; c++)
            {
                var i = (index * _classCount) + c;
                var total = _totals[i] + ((double)(_instances - _stamps[i]) * _weights[i]);
                var average = (float)(total / Math.Max(1, _instances));
                // Rounded to half precision here, as saved, so a model in memory scores exactly as the same model loaded.
                row[c] = Math.Abs(average) < pruneBelow ? 0f : (float)(Half)average;
                any |= row[c] != 0f;
            }

            if (any)
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }

        return PerceptronModel.FromDense(Classes, keys.ToArray(), weights.ToArray());
    }
}
