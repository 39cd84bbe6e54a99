using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Common;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Fusion;

/// <summary>One report of <c>data/gold/fusion/fusion.*.jsonl</c>: the event it reports (its cluster) and that event's type.</summary>
public sealed record FusionGoldReport(string Id, string Cluster, string EventType, DateOnly? EventDate, string? Iso3 = null, DateOnly? Published = null, string? Source = null);

/// <summary>What the system made of one gold report: its main event (null when none was found) and the fused event it joined.</summary>
public sealed record FusionOutcome(FusionGoldReport Gold, EventRecord? Main, string? FusedId)
{
    /// <summary>
    /// Extraction went wrong for this report: no event, or a main event of another type, country or date than the
    /// gold one (an unknown country or date is not wrong: the matcher lets it fit anything).
    /// </summary>
    public string? ExtractionError => Main switch
    {
        null => "no event",
        _ when Main.EventType != Gold.EventType => "wrong type",
        _ when Main.Iso3 is not null && Gold.Iso3 is not null && Main.Iso3 != Gold.Iso3 => "wrong country",
        _ when Gold.EventDate is { } date && (Main.DateStart ?? Main.EventDate) is { } start && (Main.DateEnd ?? Main.EventDate) is { } end
            && (date < start || date > end) => "wrong date",
        _ => null,
    };
}

/// <summary>The order in which the fusion evaluation ingests the gold reports (<see cref="FusionEvaluator.EvaluateOrders"/>).</summary>
public enum ArrivalOrder
{
    /// <summary>The file's order (each incident's outlets before its near-misses).</summary>
    Given,

    /// <summary>The file's order reversed (near-misses and follow-ups first).</summary>
    Reversed,

    /// <summary>A fixed-seed shuffle (<see cref="FusionEvaluator.ShuffleSeed"/>).</summary>
    Shuffled,
}

/// <summary>Pairwise and B-cubed figures of event fusion on a gold set, and why pairs went wrong.</summary>
public sealed record FusionScore(
    int Reports,
    int GoldClusters,
    int GoldPairs,
    int FusedPairs,
    int CorrectPairs,
    double BCubedPrecision,
    double BCubedRecall,
    IReadOnlyList<(FusionOutcome A, FusionOutcome B, string Cause)> FalseMerges,
    IReadOnlyList<(FusionOutcome A, FusionOutcome B, string Cause)> MissedMerges,
    int ExtractionErrors)
{
    /// <summary>Pairs fused that the gold says are different events, as a share of fused pairs.</summary>
    public double FalseMergeRate => FusedPairs == 0 ? 0 : (double)FalseMerges.Count / FusedPairs;

    /// <summary>Pairs the gold says are one event that were not fused, as a share of gold pairs.</summary>
    public double MissedMergeRate => GoldPairs == 0 ? 0 : (double)MissedMerges.Count / GoldPairs;

    /// <summary>Missed merges whose cause is extraction (an event not found or typed otherwise), as a share of gold pairs.</summary>
    public double MissedByExtractionRate => GoldPairs == 0 ? 0 : (double)MissedMerges.Count(m => IsExtraction(m.Cause)) / GoldPairs;

    /// <summary>Missed merges among gold pairs whose both reports were extracted right: the fuser's own share.</summary>
    public double MissedGivenExtractionRate
    {
        get
        {
            var clean = GoldPairs - MissedMerges.Count(m => IsExtraction(m.Cause)) - CorrectPairsWithExtractionErrors;
            return clean <= 0 ? 0 : (double)MissedMerges.Count(m => !IsExtraction(m.Cause)) / clean;
        }
    }

    /// <summary>The matcher's score of each false merge's pair (null: vetoed or without an event), in the order of <see cref="FalseMerges"/>.</summary>
    public IReadOnlyList<double?> FalseMergeScores { get; init; } = [];

    /// <summary>The matcher's score of each missed merge's pair, in the order of <see cref="MissedMerges"/>.</summary>
    public IReadOnlyList<double?> MissedMergeScores { get; init; } = [];

    /// <summary>
    /// The matcher's scores of every pair it does not veto among reports of one scenario (the cluster's part before '/'):
    /// pairs of one event, and near-misses (the same scenario's other events). How far apart the two distributions lie
    /// says how much a scoring change separates, beyond the pairs it happens to flip.
    /// </summary>
    public PairScoreSpread Spread { get; init; } = new([], []);

    /// <summary>Unvetoed near-miss pairs (one scenario, two events) that were not fused but score within <see cref="CloseMargin"/> of the threshold or above it.</summary>
    public IReadOnlyList<(FusionOutcome A, FusionOutcome B, double Score)> CloseNearMisses { get; init; } = [];

    /// <summary>How far below the fuser's threshold a near-miss still counts as close.</summary>
    public const double CloseMargin = 0.10;

    /// <summary>Gold pairs fused although one report's extraction was wrong (they do not count as clean pairs).</summary>
    public int CorrectPairsWithExtractionErrors { get; init; }

    /// <summary>What became of each report (by gold id), so two arrival orders' groups can be compared (<see cref="OrderAgreement"/>).</summary>
    public IReadOnlyList<FusionOutcome> Outcomes { get; init; } = [];

    public double Precision => FusedPairs == 0 ? 1 : (double)CorrectPairs / FusedPairs;

    public double Recall => GoldPairs == 0 ? 1 : (double)CorrectPairs / GoldPairs;

    public double F1 => Harmonic(Precision, Recall);

    public double BCubedF1 => Harmonic(BCubedPrecision, BCubedRecall);

    public static bool IsExtraction(string cause) => cause.StartsWith("extraction", StringComparison.Ordinal);

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>One line: false and missed merges and B-cubed F1 (the figures each arrival order is compared on).</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"false merges {FalseMerges.Count}/{FusedPairs} = {FalseMergeRate:0.0%}, missed merges {MissedMerges.Count}/{GoldPairs} = {MissedMergeRate:0.0%}, B-cubed F1 {BCubedF1:0.000}");

    public string Describe(bool details = true)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"reports {Reports}, gold clusters {GoldClusters}, gold pairs {GoldPairs}, fused pairs {FusedPairs}; reports with an extraction error {ExtractionErrors}\n");
        sb.Append(inv, $"false merges: {FalseMerges.Count}/{FusedPairs} = {FalseMergeRate:0.0%} (target <= 2%)\n");
        sb.Append(inv, $"missed merges: {MissedMerges.Count}/{GoldPairs} = {MissedMergeRate:0.0%} (target <= 10%); ");
        sb.Append(inv, $"caused by extraction {MissedByExtractionRate:0.0%}, by fusion {MissedMergeRate - MissedByExtractionRate:0.0%}; ");
        sb.Append(inv, $"missed among correctly extracted pairs {MissedGivenExtractionRate:0.0%}\n");
        sb.Append(inv, $"pairwise P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}; B-cubed P {BCubedPrecision:0.000} R {BCubedRecall:0.000} F1 {BCubedF1:0.000}\n");
        AppendCauses(sb, "false merges by cause", FalseMerges);
        AppendCauses(sb, "missed merges by cause", MissedMerges);
        sb.Append(Spread.Describe(EventFuser.DefaultThreshold)).Append('\n');
        if (details)
        {
            for (var i = 0; i < FalseMerges.Count; i++)
            {
                var (a, b, cause) = FalseMerges[i];
                sb.Append(inv, $"  false merge: {a.Gold.Id} ({a.Gold.Cluster}) + {b.Gold.Id} ({b.Gold.Cluster}): {cause}{ScoreText(FalseMergeScores, i)}{PartsText(a, b)}\n");
            }

            for (var i = 0; i < MissedMerges.Count; i++)
            {
                var (a, b, cause) = MissedMerges[i];
                sb.Append(inv, $"  missed merge: {a.Gold.Id} + {b.Gold.Id} ({a.Gold.Cluster}): {cause}{ScoreText(MissedMergeScores, i)}{VerdictText(a, b)}{PartsText(a, b)}\n");
            }

            // The near-misses the score alone keeps apart by little: what a scoring change would merge first.
            foreach (var (a, b, score) in CloseNearMisses)
            {
                sb.Append(inv, $"  close near-miss: {a.Gold.Id} ({a.Gold.Cluster}) + {b.Gold.Id} ({b.Gold.Cluster}) (score {score:0.000}){PartsText(a, b)}\n");
            }

            // What extraction gave each report of a wrong pair: most misses are told by these fields alone.
            var involved = FalseMerges.Concat(MissedMerges).SelectMany(p => new[] { p.A, p.B })
                .DistinctBy(o => o.Gold.Id).OrderBy(o => o.Gold.Id, StringComparer.Ordinal);
            foreach (var o in involved)
            {
                sb.Append(inv, $"  report {o.Gold.Id}: gold {o.Gold.EventType} {o.Gold.EventDate}; fused {o.FusedId}; {Describe(o.Main)}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The matcher's veto of a missed pair blamed on extraction (a cross-type pair may still have been fusable).</summary>
    private static string VerdictText(FusionOutcome a, FusionOutcome b) =>
        a.Main is null || b.Main is null || (a.ExtractionError is null && b.ExtractionError is null) ? ""
            : EventMatcher.Match(a.Main, b.Main, publishedA: a.Gold.Published, publishedB: b.Gold.Published, sourceA: a.Gold.Source, sourceB: b.Gold.Source) is { Veto: { } veto } ? $" [veto: {veto}]"
            : string.Create(CultureInfo.InvariantCulture, $" [score {EventMatcher.Match(a.Main, b.Main, publishedA: a.Gold.Published, publishedB: b.Gold.Published, sourceA: a.Gold.Source, sourceB: b.Gold.Source).Score:0.000}]");

    /// <summary>The parts of an unvetoed pair's score: which agreement was missing.</summary>
    private static string PartsText(FusionOutcome a, FusionOutcome b) =>
        a.Main is null || b.Main is null ? ""
            : EventMatcher.Match(a.Main, b.Main, publishedA: a.Gold.Published, publishedB: b.Gold.Published, sourceA: a.Gold.Source, sourceB: b.Gold.Source) is { IsCompatible: true } match ? $" {{{match.Parts}}}" : "";

    private static string Describe(EventRecord? e) => e is null ? "no event" : string.Create(
        CultureInfo.InvariantCulture,
        $"{e.EventType}/{e.SubEventType} {e.Modality} {e.DateStart ?? e.EventDate}..{e.DateEnd ?? e.EventDate} p{e.TimePrecision}; {e.Location} p{e.GeoPrecision} ({e.Admin1}, {e.Iso3}); {EventMatcher.SideKey(e.Actor1) ?? e.Actor1?.Name ?? "-"} vs {EventMatcher.SideKey(e.Actor2) ?? e.Actor2?.Name ?? "-"}; fat {e.Fatalities}; counts {string.Join(',', ReportedNumbers.Of(e).Order())}; geonameid {e.Geonameid}");

    private static string ScoreText(IReadOnlyList<double?> scores, int i) =>
        i < scores.Count && scores[i] is double score ? string.Create(CultureInfo.InvariantCulture, $" (score {score:0.000})") : "";

    /// <summary>
    /// The false and missed merges by cause on one line each, and (with <paramref name="details"/>) the false merges
    /// listed: what an arrival order other than the file's got wrong, for a dev split.
    /// </summary>
    public string DescribeCauses(bool details)
    {
        var sb = new StringBuilder();
        AppendCauses(sb, "    false merges by cause", FalseMerges);
        AppendCauses(sb, "    missed merges by cause", MissedMerges);
        if (details)
        {
            for (var i = 0; i < FalseMerges.Count; i++)
            {
                var (a, b, cause) = FalseMerges[i];
                sb.Append(CultureInfo.InvariantCulture, $"    false merge: {a.Gold.Id} ({a.Gold.Cluster}) + {b.Gold.Id} ({b.Gold.Cluster}): {cause}{ScoreText(FalseMergeScores, i)}{PartsText(a, b)}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// How alike two arrival orders' ledgers are: the B-cubed F1 of one order's groups of reports scored against the
    /// other's (1: the same groups), how many reports share their group with other reports in one order and not the
    /// same ones in the other, and how many reports got the same fused id in both. Fusion should not depend on which
    /// outlet's report came first.
    /// </summary>
    public static OrderAgreement Agreement(FusionScore first, FusionScore second)
    {
        var other = second.Outcomes.ToDictionary(o => o.Gold.Id, StringComparer.Ordinal);
        var both = first.Outcomes.Where(o => other.ContainsKey(o.Gold.Id)).Select(o => (First: o, Second: other[o.Gold.Id])).ToList();
        static string Group(FusionOutcome o) => o.FusedId ?? "report:" + o.Gold.Id;
        var (precision, recall) = FusionEvaluator.BCubed(both, p => Group(p.First), p => Group(p.Second));
        var firstGroups = both.GroupBy(p => Group(p.First)).ToDictionary(g => g.Key, g => g.Select(p => p.First.Gold.Id).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var secondGroups = both.GroupBy(p => Group(p.Second)).ToDictionary(g => g.Key, g => g.Select(p => p.First.Gold.Id).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var differing = both.Count(p => !firstGroups[Group(p.First)].SequenceEqual(secondGroups[Group(p.Second)], StringComparer.Ordinal));
        var sameIds = both.Count(p => p.First.FusedId is not null && p.First.FusedId == p.Second.FusedId);
        var withIds = both.Count(p => p.First.FusedId is not null);
        return new OrderAgreement(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), differing, sameIds, withIds, both.Count);
    }

    private static void AppendCauses(StringBuilder sb, string title, IReadOnlyList<(FusionOutcome, FusionOutcome, string Cause)> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var causes = pairs.GroupBy(p => p.Cause).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        sb.Append(title).Append(": ").AppendJoin(", ", causes.Select(g => $"{g.Key} {g.Count()}")).Append('\n');
    }
}

/// <summary>
/// How alike two arrival orders' ledgers are (<see cref="FusionScore.Agreement"/>): the B-cubed F1 of one's groups
/// against the other's, the reports whose group holds other reports in one order than in the other, and the reports
/// with a fused event that got the same fused id in both.
/// </summary>
public sealed record OrderAgreement(double BCubedF1, int ReportsInOtherGroups, int SameFusedIds, int ReportsWithFusedIds, int Reports)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"B-cubed F1 {BCubedF1:0.000} against the file's order, reports in another group {ReportsInOtherGroups}/{Reports}, same fused id {SameFusedIds}/{ReportsWithFusedIds}");
}

/// <summary>The matcher's scores of unvetoed pairs of one event and of near-misses (<see cref="FusionScore.Spread"/>).</summary>
public sealed record PairScoreSpread(IReadOnlyList<double> SameEvent, IReadOnlyList<double> NearMiss)
{
    /// <summary>The score below which the given share of the scores lie (nearest rank), or NaN when there are none.</summary>
    public static double Quantile(IReadOnlyList<double> scores, double share)
    {
        if (scores.Count == 0)
        {
            return double.NaN;
        }

        var sorted = scores.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Describe(double threshold)
    {
        var inv = CultureInfo.InvariantCulture;
        string Line(IReadOnlyList<double> s) => string.Create(inv, $"n {s.Count}, p10 {Quantile(s, 0.1):0.000} p25 {Quantile(s, 0.25):0.000} median {Quantile(s, 0.5):0.000} p75 {Quantile(s, 0.75):0.000} p90 {Quantile(s, 0.9):0.000}");
        return string.Create(inv, $"unvetoed pair scores: same event {Line(SameEvent)}, below {threshold:0.00}: {SameEvent.Count(x => x < threshold)}; near-misses {Line(NearMiss)}, at or above {threshold:0.00}: {NearMiss.Count(x => x >= threshold)}");
    }
}

/// <summary>
/// Scores cross-article event fusion against the fusion gold set: the reports go through the normal pipeline into
/// a temporary SQLite store (in file order, in ingest-sized batches), and each report's main event (the first
/// asserted one in salience order) is followed to the fused event it joined. Two reports are fused when their
/// main events share a fused event; a report without an event is a cluster of its own. Pairs are then compared
/// with the gold clusters.
/// </summary>
public static class FusionEvaluator
{
    public const int BatchSize = 64;

    public static ImmutableArray<FusionGoldReport> Load(string path)
    {
        var reports = ImmutableArray.CreateBuilder<FusionGoldReport>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(raw);
                var root = json.RootElement;
                var id = root.GetProperty("id").GetString() ?? throw new FormatException("id is null");
                if (!ids.Add(id))
                {
                    throw new FormatException($"id '{id}' appears twice");
                }

                var gold = root.GetProperty("gold");
                var date = gold.TryGetProperty("event_date", out var d) && d.ValueKind == JsonValueKind.String
                    ? IsoDate.Read(d.GetString()!)
                    : null;
                reports.Add(new FusionGoldReport(
                    id,
                    gold.GetProperty("cluster").GetString() ?? throw new FormatException("gold.cluster is null"),
                    gold.GetProperty("event_type").GetString() ?? throw new FormatException("gold.event_type is null"),
                    date,
                    gold.TryGetProperty("iso3", out var iso3) && iso3.ValueKind == JsonValueKind.String ? iso3.GetString() : null,
                    root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.String ? IsoDate.Read(published.GetString()!) : null,
                    root.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String ? source.GetString() : null));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{Path.GetFileName(path)}:{line}: {e.Message}", e);
            }
        }

        return reports.ToImmutable();
    }

    /// <summary>The seed of the <see cref="ArrivalOrder.Shuffled"/> order: fixed, so the figures repeat.</summary>
    public const int ShuffleSeed = 21;

    /// <summary>Every arrival order the evaluation scores: the file's, its reverse and a fixed-seed shuffle.</summary>
    public static readonly IReadOnlyList<ArrivalOrder> AllOrders = [ArrivalOrder.Given, ArrivalOrder.Reversed, ArrivalOrder.Shuffled];

    /// <summary>Ingests the gold reports into a fresh temporary store in the file's order and scores the fused events.</summary>
    public static FusionScore Evaluate(string path, SitrepPipeline pipeline) => Score(Run(path, pipeline));

    /// <summary>
    /// Scores the gold reports ingested in each of <paramref name="orders"/>, each into a fresh store. Fusion is
    /// incremental (a report joins the fused events stored before it), so one order's figures may flatter it: the
    /// ledger should not depend on which outlet's report came first. Each report is analysed once.
    /// </summary>
    public static IReadOnlyList<(ArrivalOrder Order, FusionScore Score)> EvaluateOrders(string path, SitrepPipeline pipeline, IReadOnlyList<ArrivalOrder> orders)
    {
        var analysed = Analyse(path, pipeline);
        return [.. orders.Select(order => (order, Score(Fuse(analysed, order))))];
    }

    /// <summary>Ingests the gold reports into a fresh temporary store in the file's order; returns what became of each report.</summary>
    public static IReadOnlyList<FusionOutcome> Run(string path, SitrepPipeline pipeline) =>
        Fuse(Analyse(path, pipeline), ArrivalOrder.Given);

    /// <summary>
    /// The items in the given arrival order: as given, reversed, or shuffled by a Fisher-Yates pass seeded with
    /// <see cref="ShuffleSeed"/> (the same order on every run).
    /// </summary>
    public static IReadOnlyList<T> Arrange<T>(IReadOnlyList<T> items, ArrivalOrder order)
    {
        var arranged = items.ToList();
        switch (order)
        {
            case ArrivalOrder.Reversed:
                arranged.Reverse();
                break;
            case ArrivalOrder.Shuffled:
                var random = new Random(ShuffleSeed);
                for (var i = arranged.Count - 1; i > 0; i--)
                {
                    var j = random.Next(i + 1);
                    (arranged[i], arranged[j]) = (arranged[j], arranged[i]);
                }

                break;
        }

        return arranged;
    }

    /// <summary>The gold reports and, in file order, each one's analysis as the store takes it and its main event.</summary>
    private sealed record AnalysedGold(Dictionary<string, FusionGoldReport> Gold, IReadOnlyList<(StoredArticle Article, EventRecord? Main)> Articles);

    private static AnalysedGold Analyse(string path, SitrepPipeline pipeline)
    {
        var gold = Load(path).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var articles = new List<(StoredArticle, EventRecord?)>();
        foreach (var item in new InputReader(new ReaderOptions()).Read([path]))
        {
            var result = pipeline.Analyze(item);
            if (result.Analysis is not { } analysis || item is not ArticleInput article)
            {
                throw new InvalidDataException($"{item.Origin}: {result.Rejection?.Reason ?? "not an article"}");
            }

            articles.Add((new StoredArticle(analysis, article.Text, ArticleIds.ContentHash(article.Text)), MainEvent(analysis)));
        }

        return new AnalysedGold(gold, articles);
    }

    /// <summary>Saves the analysed reports into a fresh temporary store in the given order (in ingest-sized batches); returns what became of each.</summary>
    private static IReadOnlyList<FusionOutcome> Fuse(AnalysedGold analysed, ArrivalOrder order)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sitrep-fusion-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            IReadOnlyList<FusedEventRecord> fused;
            using (var store = SqliteStore.Open(Path.Combine(directory, "fusion.db")))
            {
                foreach (var batch in Arrange(analysed.Articles, order).Chunk(BatchSize))
                {
                    store.SaveBatch([.. batch.Select(a => a.Article)]);
                }

                fused = store.QueryEvents(new EventQuery());
            }

            var mains = analysed.Articles.ToDictionary(a => a.Article.Analysis.Id, a => a.Main, StringComparer.Ordinal);
            var fusedIdOf = fused.SelectMany(f => f.Sources.Select(s => (s.EventId, f.Event.Id)))
                .ToDictionary(p => p.EventId, p => p.Id, StringComparer.Ordinal);
            return [.. analysed.Gold.Values.Select(g =>
            {
                var main = mains.GetValueOrDefault(g.Id);
                return new FusionOutcome(g, main, main is null ? null : fusedIdOf.GetValueOrDefault(main.Id));
            })];
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The report's main event: the first asserted one (events come in salience order), else the first.</summary>
    public static EventRecord? MainEvent(ArticleAnalysis analysis) =>
        analysis.Events.FirstOrDefault(e => e.Modality == "asserted") ?? analysis.Events.FirstOrDefault();

    /// <summary>Scores outcomes against their gold clusters: pairwise false and missed merges, P/R/F1 and B-cubed.</summary>
    public static FusionScore Score(IReadOnlyList<FusionOutcome> outcomes)
    {
        // A report without a fused event is alone: its own id stands for its predicted cluster.
        string Predicted(FusionOutcome o) => o.FusedId ?? "report:" + o.Gold.Id;

        int goldPairs = 0, fusedPairs = 0, correct = 0, correctWithErrors = 0;
        var falseMerges = new List<(FusionOutcome, FusionOutcome, string)>();
        var falseScores = new List<double?>();
        var missedScores = new List<double?>();
        var missed = new List<(FusionOutcome, FusionOutcome, string)>();
        var close = new List<(FusionOutcome, FusionOutcome, double)>();
        var sameEventScores = new List<double>();
        var nearMissScores = new List<double>();
        var ordered = outcomes.OrderBy(o => o.Gold.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var (a, b) = (ordered[i], ordered[j]);
                var same = a.Gold.Cluster == b.Gold.Cluster;
                var fused = Predicted(a) == Predicted(b);
                if (Scenario(a) == Scenario(b) && PairScore(a, b) is double pairScore)
                {
                    (same ? sameEventScores : nearMissScores).Add(pairScore);
                    if (!same && !fused && pairScore >= EventFuser.DefaultThreshold - FusionScore.CloseMargin)
                    {
                        close.Add((a, b, pairScore));
                    }
                }

                goldPairs += same ? 1 : 0;
                fusedPairs += fused ? 1 : 0;
                if (same && fused)
                {
                    correct++;
                    correctWithErrors += a.ExtractionError is not null || b.ExtractionError is not null ? 1 : 0;
                }
                else if (same)
                {
                    missed.Add((a, b, MissCause(a, b)));
                    missedScores.Add(PairScore(a, b));
                }
                else if (fused)
                {
                    falseMerges.Add((a, b, a.ExtractionError is not null || b.ExtractionError is not null ? "extraction: " + (a.ExtractionError ?? b.ExtractionError) : "fusion"));
                    falseScores.Add(PairScore(a, b));
                }
            }
        }

        var (bPrecision, bRecall) = BCubed(ordered, o => o.Gold.Cluster, Predicted);
        return new FusionScore(
            ordered.Count,
            ordered.Select(o => o.Gold.Cluster).Distinct(StringComparer.Ordinal).Count(),
            goldPairs,
            fusedPairs,
            correct,
            bPrecision,
            bRecall,
            falseMerges,
            missed,
            ordered.Count(o => o.ExtractionError is not null))
        {
            CorrectPairsWithExtractionErrors = correctWithErrors,
            FalseMergeScores = falseScores,
            MissedMergeScores = missedScores,
            Spread = new PairScoreSpread(sameEventScores, nearMissScores),
            CloseNearMisses = close,
            Outcomes = ordered,
        };
    }

    private static string Scenario(FusionOutcome o) => o.Gold.Cluster.Split('/', 2)[0];

    /// <summary>The matcher's score for the two reports' main events (null when one has none, or a veto rules the pair out).</summary>
    private static double? PairScore(FusionOutcome a, FusionOutcome b) =>
        a.Main is null || b.Main is null ? null : EventMatcher.Match(a.Main, b.Main, publishedA: a.Gold.Published, publishedB: b.Gold.Published, sourceA: a.Gold.Source, sourceB: b.Gold.Source) is { IsCompatible: true } match ? match.Score : null;

    /// <summary>Why two reports of one event were not fused: extraction, the matcher's veto, a low score, or another choice.</summary>
    private static string MissCause(FusionOutcome a, FusionOutcome b)
    {
        if ((a.ExtractionError ?? b.ExtractionError) is { } error)
        {
            return "extraction: " + error;
        }

        var match = EventMatcher.Match(a.Main!, b.Main!, publishedA: a.Gold.Published, publishedB: b.Gold.Published, sourceA: a.Gold.Source, sourceB: b.Gold.Source);
        if (!match.IsCompatible)
        {
            return "fusion: " + (match.Veto!.StartsWith("places", StringComparison.Ordinal) ? "places apart" : match.Veto);
        }

        return match.Score < EventFuser.DefaultThreshold ? "fusion: pair score below threshold" : "fusion: mean score below threshold or another event chosen";
    }

    /// <summary>B-cubed precision and recall: per item, the share of its predicted cluster that is in its gold one, and back.</summary>
    internal static (double Precision, double Recall) BCubed<T>(IReadOnlyList<T> items, Func<T, string> gold, Func<T, string> predicted)
    {
        if (items.Count == 0)
        {
            return (1, 1);
        }

        var goldSize = items.GroupBy(gold).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var predictedSize = items.GroupBy(predicted).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var both = items.GroupBy(i => (gold(i), predicted(i))).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            var shared = both[(gold(item), predicted(item))];
            precision += (double)shared / predictedSize[predicted(item)];
            recall += (double)shared / goldSize[gold(item)];
        }

        return (precision / items.Count, recall / items.Count);
    }
}
