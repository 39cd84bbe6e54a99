using System.Collections.Immutable;

namespace Sitrep.Claims;

/// <summary>One detected claim matched to a gold claim: what the model reads, the gold status and the rule's.</summary>
public sealed record StatusExample(string PassageId, ImmutableArray<string> Features, ClaimStatus Gold, ClaimStatus Rule);

/// <summary>Accuracy of the model and of the stance rule on the same held-out claims.</summary>
public sealed record StatusFold(int Claims, int ModelCorrect, int RuleCorrect)
{
    public double ModelAccuracy => Claims == 0 ? 0 : (double)ModelCorrect / Claims;

    public double RuleAccuracy => Claims == 0 ? 0 : (double)RuleCorrect / Claims;
}

/// <summary>Settings of <see cref="ClaimStatusTrainer"/>; the defaults are the shipped model's.</summary>
public sealed record StatusTrainingOptions
{
    /// <summary>Passes over the training claims.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Seed of the order in which each pass visits the claims.</summary>
    public int Seed { get; init; } = 18;
}

/// <summary>
/// Trains <see cref="ClaimStatusModel"/> as an averaged perceptron (multiclass: when another status scores at least as
/// high as the gold one, the gold status's weights of the claim's features go up by one and that status's go down; the model is the average of the weights
/// over every step, which keeps it from chasing the last claims it saw). Deterministic: the visiting order comes from
/// a seeded shuffle. Cross-validation holds out whole passages, so a fold never sees the other claims of a passage it
/// is scored on.
/// </summary>
public static class ClaimStatusTrainer
{
    /// <summary>
    /// The matched claims of gold passages, from <paramref name="analyze"/> (a pipeline whose detector keeps its status
    /// features, <see cref="AttributionDetector.KeepStatusFeatures"/>); claims the detector missed or invented have no gold status and are left out.
    /// </summary>
    public static List<StatusExample> Examples(IEnumerable<GoldPassage> gold, Func<string, ImmutableArray<ClaimAnnotation>> analyze)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analyze);
        var examples = new List<StatusExample>();
        foreach (var passage in gold)
        {
            var predicted = analyze(passage.Text);
            foreach (var (g, p) in ClaimsEvaluator.Align(passage, predicted).OrderBy(x => x.Predicted))
            {
                examples.Add(new StatusExample(passage.Id, predicted[p].StatusFeatures, passage.Claims[g].Status, predicted[p].RuleStatus));
            }
        }

        return examples;
    }

    public static ClaimStatusModel Train(IReadOnlyList<StatusExample> examples, StatusTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new StatusTrainingOptions();
        var classes = ClaimStatusModel.Statuses.Length;
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var step = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                step++;
                var example = examples[i];
                var gold = (int)example.Gold;
                var predicted = Rival(weights, example.Features, gold, classes);
                if (predicted < 0)
                {
                    continue;
                }

                foreach (var feature in example.Features)
                {
                    Update(feature, gold, +1);
                    Update(feature, predicted, -1);
                }
            }
        }

        // The average of every step's weights, computed lazily: each weight's running total is brought up to date
        // when the weight changes and once more at the end.
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (feature, w) in weights)
        {
            var total = totals[feature];
            var stamp = stamps[feature];
            var mean = new float[classes];
            for (var c = 0; c < classes; c++)
            {
                mean[c] = (float)((total[c] + (step - stamp[c]) * w[c]) / Math.Max(1, step));
            }

            if (mean.Any(x => Math.Abs(x) >= 5e-5f))
            {
                averaged[feature] = mean;
            }
        }

        return new ClaimStatusModel(averaged);

        void Update(string feature, int status, int delta)
        {
            if (!weights.TryGetValue(feature, out var w))
            {
                weights[feature] = w = new float[classes];
                totals[feature] = new double[classes];
                stamps[feature] = new int[classes];
            }

            totals[feature][status] += (step - stamps[feature][status]) * (double)w[status];
            stamps[feature][status] = step;
            w[status] += delta;
        }
    }

    /// <summary>
    /// k-fold cross-validation by passage: passages in ordinal order of their ids, passage i in fold i mod k; each
    /// fold is scored by a model trained on the other folds, and the stance rule is scored on the same claims.
    /// </summary>
    public static IReadOnlyList<StatusFold> CrossValidate(IReadOnlyList<StatusExample> examples, int folds, StatusTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var passages = examples.Select(e => e.PassageId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i % folds, StringComparer.Ordinal);
        var result = new List<StatusFold>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where(e => passages[e.PassageId] != fold).ToList();
            var held = examples.Where(e => passages[e.PassageId] == fold).ToList();
            result.Add(Score(Train(train, options), held));
        }

        return result;
    }

    /// <summary>The model's and the rule's accuracy on <paramref name="examples"/>.</summary>
    public static StatusFold Score(ClaimStatusModel model, IReadOnlyList<StatusExample> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        return new StatusFold(examples.Count, examples.Count(e => model.Predict(e.Features) == e.Gold), examples.Count(e => e.Rule == e.Gold));
    }

    /// <summary>
    /// The status that scores at least as high as the gold one (the highest such), or -1: a tie counts as a mistake,
    /// so that the model learns to prefer the gold status rather than win it by the tie-break of all-zero weights.
    /// </summary>
    private static int Rival(Dictionary<string, float[]> weights, ImmutableArray<string> features, int gold, int classes)
    {
        Span<float> scores = stackalloc float[classes];
        foreach (var feature in features)
        {
            if (weights.TryGetValue(feature, out var w))
            {
                for (var c = 0; c < classes; c++)
                {
                    scores[c] += w[c];
                }
            }
        }

        var rival = -1;
        for (var c = 0; c < classes; c++)
        {
            if (c != gold && scores[c] >= scores[gold] && (rival < 0 || scores[c] > scores[rival]))
            {
                rival = c;
            }
        }

        return rival;
    }
}
