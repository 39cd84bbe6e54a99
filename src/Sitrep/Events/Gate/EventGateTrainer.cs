using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Gate;

/// <summary>One gold report read for the gate: its batch (the id's "bN-" prefix, "b1" for the first batch), gold events and candidates.</summary>
public sealed record GateReport(string Id, string Batch, ImmutableArray<GoldEvent> Gold, IReadOnlyList<GateCandidate> Candidates);

/// <summary>How the gate's logistic regression is trained: stochastic gradient descent, deterministic order.</summary>
public sealed record GateTrainingOptions
{
    public int Epochs { get; init; } = 40;

    /// <summary>The first epoch's step; epoch k uses Rate / (1 + k / 10).</summary>
    public double Rate { get; init; } = 0.1;

    /// <summary>L2 penalty per update on the features of the example (0.03: the best of 0.001, 0.01, 0.03 and 0.1 by leaving one batch out).</summary>
    public double L2 { get; init; } = 0.03;

    public int Seed { get; init; } = 26;

    /// <summary>The probability below which the gate drops an event (0.2: the best pooled F1 of 0.1-0.7 by leaving one batch out).</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>Feature templates left out of training (prefixes such as "w-1="): the model gives them no weight.</summary>
    public ImmutableArray<string> LeftOut { get; init; } = [];
}

/// <summary>Detection counts as the events evaluator takes them: gold events, predicted (asserted ACLED) events, matched pairs.</summary>
public readonly record struct GateScore(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static GateScore operator +(GateScore a, GateScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched);
}

/// <summary>
/// Trains the event gate on an events gold split and measures it by leaving one gold batch out at a time (each batch
/// was written apart, so scoring a batch the model did not see simulates fresh text). A kept candidate is positive
/// when the evaluator's one-to-one matching pairs it with a gold event; a set-aside one when its sentence holds the
/// evidence of a gold event no kept event matched.
/// </summary>
public static class EventGateTrainer
{
    public static string BatchOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 1 && id[0] == 'b' && id.AsSpan(1, dash - 1).ToString().All(char.IsAsciiDigit) ? id[..dash] : "b1";
    }

    /// <summary>Reads each gold report's candidates from its analysed document (the stage's events without the gate).</summary>
    public static List<GateReport> Read(IEnumerable<GoldReport> reports, Func<GoldReport, Document> analyze, GateReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(analyze);
        reader ??= GateReader.Default;
        var result = new List<GateReport>();
        foreach (var report in reports)
        {
            var document = analyze(report);
            result.Add(new GateReport(report.Id, BatchOf(report.Id), report.Events, reader.Read(document, document.Get<EventsLayer>().Events)));
        }

        return result;
    }

    /// <summary>The report's candidates with their labels.</summary>
    public static List<(GateCandidate Candidate, bool Positive)> Labelled(GateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kept = report.Candidates.Where(c => c.Kept).ToList();
        var pairs = Match(report.Gold, kept);
        var matchedGold = new HashSet<GoldEvent>(pairs.Select(p => p.Gold), ReferenceEqualityComparer.Instance);
        var matched = new HashSet<GateCandidate>(pairs.Select(p => p.Candidate), ReferenceEqualityComparer.Instance);
        var result = new List<(GateCandidate, bool)>(report.Candidates.Count);
        foreach (var c in report.Candidates)
        {
            result.Add((c, c.Kept ? matched.Contains(c) : report.Gold.Any(g => !matchedGold.Contains(g) && g.Evidence.Overlaps(c.Sentence))));
        }

        return result;
    }

    public static EventGate Train(IEnumerable<GateReport> reports, GateTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        options ??= new GateTrainingOptions();
        var examples = reports.SelectMany(Labelled)
            .Select(l => (Features: options.LeftOut.IsEmpty ? l.Candidate.Features : [.. l.Candidate.Features.Where(f => !options.LeftOut.Any(p => f.StartsWith(p, StringComparison.Ordinal)))], l.Positive))
            .ToList();
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = options.Rate / (1 + (epoch / 10.0));
            foreach (var i in order)
            {
                var (features, positive) = examples[i];
                var z = 0.0;
                foreach (var f in features)
                {
                    z += weights.GetValueOrDefault(f);
                }

                var gradient = (1 / (1 + Math.Exp(-z))) - (positive ? 1 : 0);
                foreach (var f in features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w - (rate * (gradient + (options.L2 * w)));
                }
            }
        }

        return new EventGate(weights.ToDictionary(p => p.Key, p => (float)p.Value, StringComparer.Ordinal), options.Threshold);
    }

    /// <summary>Detection figures of the kept candidates (the rules) or of those the gate passes.</summary>
    public static GateScore Score(IEnumerable<GateReport> reports, EventGate? gate)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var total = default(GateScore);
        foreach (var report in reports)
        {
            var predicted = report.Candidates.Where(c => c.Kept && (gate is null || gate.Probability(c.Features) >= gate.Threshold)).ToList();
            total += new GateScore(report.Gold.Length, predicted.Count, Match(report.Gold, predicted).Count);
        }

        return total;
    }

    /// <summary>For each batch: the rules' figures on it and the rules + a gate trained on every other batch, at each threshold.</summary>
    public static List<(string Batch, GateScore Rules, GateScore[] Gated)> LeaveOneBatchOut(IReadOnlyList<GateReport> reports, IReadOnlyList<double> thresholds, GateTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(thresholds);
        var result = new List<(string, GateScore, GateScore[])>();
        foreach (var batch in reports.Select(r => r.Batch).Distinct().OrderBy(b => int.Parse(b.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)))
        {
            var held = reports.Where(r => r.Batch == batch).ToList();
            var gate = Train(reports.Where(r => r.Batch != batch), options);
            result.Add((batch, Score(held, null), [.. thresholds.Select(t => Score(held, gate.WithThreshold(t)))]));
        }

        return result;
    }

    /// <summary>
    /// The events evaluator's greedy one-to-one matching: in gold order, the first unused candidate whose event's
    /// evidence overlaps the gold evidence, the same sub-event type first, then the same event type.
    /// </summary>
    private static List<(GoldEvent Gold, GateCandidate Candidate)> Match(ImmutableArray<GoldEvent> gold, List<GateCandidate> predicted)
    {
        var pairs = new List<(GoldEvent, GateCandidate)>();
        var used = new HashSet<GateCandidate>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold)
        {
            var p = predicted
                .Where(p => !used.Contains(p) && p.Event is { } e && e.Evidence.Any(s => s.Overlaps(g.Evidence)))
                .OrderBy(p => p.Event!.Acled?.SubEventType == g.SubEventType ? 0 : p.Event!.Acled?.EventType == g.EventType ? 1 : 2)
                .FirstOrDefault();
            if (p is not null)
            {
                used.Add(p);
                pairs.Add((g, p));
            }
        }

        return pairs;
    }
}
