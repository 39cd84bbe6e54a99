using System.Diagnostics;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Gate;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train event-gate</c>: reads the events gold dev split's candidates (the stage's events without the gate,
/// and the candidates its rules set aside), reports leave-one-batch-out figures of the rules alone against rules +
/// gate, optionally scores a gate trained on the whole split on another gold file (aggregates only), and writes
/// <c>data/models/event-gate.tsv</c>.
/// </summary>
internal static class EventGateTraining
{
    private static readonly double[] _thresholds = [0.1, 0.2, 0.3, 0.5, 0.7];

    public static int Run(CliContext context, string gold, string outDir, string? check, double threshold, string? leftOut = null, double? l2 = null)
    {
        if (!File.Exists(gold))
        {
            context.Error.WriteLine($"sitrep: {gold}: no such file; pass --gold with an events gold split");
            return ExitCodes.UsageError;
        }

        if (Path.GetFileName(gold).Contains(".test.", StringComparison.Ordinal))
        {
            context.Error.WriteLine($"sitrep: {gold}: a test split is never trained on");
            return ExitCodes.UsageError;
        }

        // The standard stages with the events stage ungated: the gate learns from the rules' own candidates.
        var pipeline = new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages.Select(s => s is EventsStage e ? new EventsStage { Gate = null } : s));
        var analysing = new Stopwatch();
        Document Analyze(GoldReport r)
        {
            analysing.Start();
            var document = pipeline.Run(new Document(r.Id, r.Text, new ArticleMetadata { Published = r.Published }));
            analysing.Stop();
            return document;
        }

        var reading = Stopwatch.StartNew();
        var reports = EventGateTrainer.Read(EventsEvaluator.Load(gold), Analyze);
        reading.Stop();
        var options = new GateTrainingOptions { Threshold = threshold, LeftOut = [.. (leftOut ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)] };
        options = l2 is { } penalty ? options with { L2 = penalty } : options;
        var c = CultureInfo.InvariantCulture;
        var thresholds = _thresholds.Append(threshold).Distinct().Order().ToArray();
        var labelled = reports.SelectMany(EventGateTrainer.Labelled).ToList();
        context.Out.WriteLine(string.Create(c, $"# event-gate: {gold}, {reports.Count} reports, {labelled.Count} candidates ({labelled.Count(l => l.Candidate.Kept)} kept by the rules, {labelled.Count(l => l.Positive)} positive)"));
        // What the gate adds to an article's analysis: reading its candidates (scoring them is a sum of a few dozen weights).
        context.Out.WriteLine(string.Create(c, $"# cost: analysis {analysing.Elapsed.TotalMilliseconds / reports.Count:0.00} ms per report, gate features {(reading.Elapsed - analysing.Elapsed).TotalMilliseconds / reports.Count:0.000} ms per report"));
        foreach (var reason in labelled.Where(l => !l.Candidate.Kept).GroupBy(l => l.Candidate.DroppedBy).OrderByDescending(g => g.Count()))
        {
            context.Out.WriteLine(string.Create(c, $"#   set aside by {reason.Key}: {reason.Count()} ({reason.Count(l => l.Positive)} positive)"));
        }

        context.Out.WriteLine("# leave-one-batch-out: P/R/F1 of the rules, then rules + gate at each threshold (gold, predicted, matched)");
        context.Out.WriteLine("batch  gold  rules P/R/F1        " + string.Join("  ", thresholds.Select(t => string.Create(c, $"gate@{t:0.00} P/R/F1   "))));
        var lobo = EventGateTrainer.LeaveOneBatchOut(reports, thresholds, options);
        foreach (var (batch, rules, gated) in lobo)
        {
            context.Out.WriteLine(string.Create(c, $"{batch,-5} {rules.Gold,5}  {Figures(rules)}  {string.Join("  ", gated.Select(Figures))}"));
        }

        var pooledRules = lobo.Aggregate(default(GateScore), (a, b) => a + b.Rules);
        var pooledGated = thresholds.Select((_, i) => lobo.Aggregate(default(GateScore), (a, b) => a + b.Gated[i])).ToList();
        context.Out.WriteLine(string.Create(c, $"pooled {pooledRules.Gold,4}  {Figures(pooledRules)}  {string.Join("  ", pooledGated.Select(Figures))}"));
        context.Out.WriteLine(string.Create(c, $"pooled counts: rules {pooledRules.Predicted} predicted, {pooledRules.Matched} matched; ") + string.Join("; ", pooledGated.Select((g, i) => string.Create(c, $"gate@{thresholds[i]:0.00} {g.Predicted}/{g.Matched}"))));

        var gate = EventGateTrainer.Train(reports, options);
        var top = gate.Weights.OrderByDescending(p => p.Value).Take(20).Concat(gate.Weights.OrderBy(p => p.Value).Take(20));
        context.Out.WriteLine("# strongest features of the model trained on the whole split (positive: incident; negative: look-alike)");
        foreach (var (feature, weight) in top)
        {
            context.Out.WriteLine(string.Create(c, $"  {weight,7:0.000}  {feature}"));
        }

        if (check is not null)
        {
            // Aggregates only: a test split is scored, never looked into.
            var held = EventGateTrainer.Read(EventsEvaluator.Load(check), Analyze);
            context.Out.WriteLine(string.Create(c, $"check {check}: rules {Figures(EventGateTrainer.Score(held, null))}; ") + string.Join("; ", thresholds.Select(t => string.Create(c, $"gate@{t:0.00} {Figures(EventGateTrainer.Score(held, gate.WithThreshold(t)))}"))));
        }

        Directory.CreateDirectory(outDir);
        var target = Path.Combine(outDir, Path.GetFileName(EventGate.ModelFile));
        var pooled = pooledGated[Array.IndexOf(thresholds, threshold)];
        gate.Save(target,
        [
            "Sitrep events: the learned event gate (EventGate), a logistic regression over GateReader's features.",
            "Source: trained by `sitrep train event-gate` on the events gold dev split (own work). Licence: CC BY 4.0, Sitrep project.",
            string.Create(c, $"Trained on {Path.GetFileName(gold)}: {labelled.Count} candidates, {options.Epochs} epochs, rate {options.Rate}, L2 {options.L2}, seed {options.Seed}."),
            string.Create(c, $"Leave-one-batch-out, pooled: rules {Figures(pooledRules)}, rules + gate at {threshold:0.00} {Figures(pooled)} (P/R/F1)."),
            "Generated file: do not edit; regenerate with the command above.",
        ]);
        context.Error.WriteLine($"train: wrote {target} ({gate.FeatureCount} features)");
        return ExitCodes.Success;
    }

    private static string Figures(GateScore s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000}/{s.Recall:0.000}/{s.F1:0.000}");
}
