using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>One gold event of <c>data/gold/events/acled_style.*.jsonl</c>: the fields the evaluator scores.</summary>
public sealed record GoldEvent(
    string EventType,
    string SubEventType,
    string? Actor1Country,
    string? Actor1Sector,
    string? Actor2Country,
    string? Actor2Sector,
    string? Admin1,
    DateOnly? Date,
    int Fatalities,
    TextSpan Evidence);

public sealed record GoldReport(string Id, string Text, DateOnly? Published, ImmutableArray<GoldEvent> Events);

/// <summary>Detection and field figures of the events stage on a gold split.</summary>
public sealed record EventsScore(
    int Gold,
    int Predicted,
    int Matched,
    int MatchedTyped,
    IReadOnlyDictionary<string, (int Correct, int Total)> Fields)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double TypedPrecision => Predicted == 0 ? 0 : (double)MatchedTyped / Predicted;

    public double TypedRecall => Gold == 0 ? 0 : (double)MatchedTyped / Gold;

    public double TypedF1 => TypedPrecision + TypedRecall == 0 ? 0 : 2 * TypedPrecision * TypedRecall / (TypedPrecision + TypedRecall);

    public double Accuracy(string field) => Fields.TryGetValue(field, out var f) && f.Total > 0 ? (double)f.Correct / f.Total : 0;

    public string Describe()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"gold {Gold}, predicted {Predicted}; detection P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}; ");
        sb.Append(CultureInfo.InvariantCulture, $"with event type P {TypedPrecision:0.000} R {TypedRecall:0.000} F1 {TypedF1:0.000}\n");
        foreach (var (field, (correct, total)) in Fields)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {field}: {correct}/{total} = {(total == 0 ? 0 : (double)correct / total):0.000}\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Scores events against the ACLED-style gold set. A predicted event is an asserted event with an ACLED type; it
/// matches a gold event when one of its evidence sentences overlaps the gold evidence sentence (and, for the typed
/// figures, the event types agree). Field accuracy is over the matched pairs; fatalities compare null as 0
/// (ACLED's "none reported").
/// </summary>
public static class EventsEvaluator
{
    public static ImmutableArray<GoldReport> Load(string path)
    {
        var reports = ImmutableArray.CreateBuilder<GoldReport>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            using var json = JsonDocument.Parse(raw);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var events = ImmutableArray.CreateBuilder<GoldEvent>();
            foreach (var e in root.GetProperty("gold").GetProperty("events").EnumerateArray())
            {
                var evidence = e.GetProperty("evidence").GetString()!;
                var start = text.IndexOf(evidence, StringComparison.Ordinal);
                if (start < 0)
                {
                    throw new FormatException($"{Path.GetFileName(path)}:{line}: evidence not found in the text");
                }

                events.Add(new GoldEvent(
                    e.GetProperty("event_type").GetString()!,
                    e.GetProperty("sub_event_type").GetString()!,
                    Str(e, "actor1", "country_iso3"),
                    Str(e, "actor1", "sector"),
                    Str(e, "actor2", "country_iso3"),
                    Str(e, "actor2", "sector"),
                    e.TryGetProperty("admin1", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null,
                    e.TryGetProperty("event_date", out var d) && d.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    e.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0,
                    new TextSpan(start, start + evidence.Length)));
            }

            reports.Add(new GoldReport(root.GetProperty("id").GetString()!, text, published, events.ToImmutable()));
        }

        return reports.ToImmutable();
    }

    private static string? Str(JsonElement e, string actor, string field) =>
        e.TryGetProperty(actor, out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static EventsScore Evaluate(IEnumerable<GoldReport> reports, AnalysisPipeline pipeline)
    {
        var fields = new[] { "event_type", "sub_event_type", "actor1_country", "actor1_sector", "actor2_country", "actor2_sector", "admin1", "date", "fatalities" }
            .ToDictionary(f => f, _ => (Correct: 0, Total: 0));
        int gold = 0, predicted = 0, matched = 0, typed = 0;
        foreach (var report in reports)
        {
            var document = pipeline.Run(new Document(report.Id, report.Text, new ArticleMetadata { Published = report.Published }));
            var events = document.Get<EventsLayer>().Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null).ToList();
            gold += report.Events.Length;
            predicted += events.Count;
            typed += Match(report.Events, events, typedMatch: true).Count;
            foreach (var (g, p) in Match(report.Events, events, typedMatch: false))
            {
                matched++;
                Count(fields, "event_type", g.EventType == p.Acled!.EventType);
                Count(fields, "sub_event_type", g.SubEventType == p.Acled!.SubEventType);
                Count(fields, "actor1_country", g.Actor1Country == p.Actor1?.CountryIso3);
                Count(fields, "actor1_sector", g.Actor1Sector == p.Actor1?.Sector);
                Count(fields, "actor2_country", g.Actor2Country == p.Actor2?.CountryIso3);
                Count(fields, "actor2_sector", g.Actor2Sector == p.Actor2?.Sector);
                Count(fields, "admin1", g.Admin1 == p.Place?.Place?.Admin1);
                Count(fields, "date", g.Date == p.Date?.EventDate);
                Count(fields, "fatalities", g.Fatalities == (p.Fatalities ?? 0));
            }
        }

        return new EventsScore(gold, predicted, matched, typed, fields.ToDictionary(p => p.Key, p => (p.Value.Correct, p.Value.Total)));
    }

    /// <summary>
    /// Error analysis: per report, the predicted events that match no gold event (false positives), the gold
    /// events found by none (misses), the matched pairs whose sub-event type differs, those whose fatalities differ and
    /// those whose admin1 differs.
    /// </summary>
    public static string Errors(IEnumerable<GoldReport> reports, AnalysisPipeline pipeline)
    {
        var sb = new StringBuilder();
        foreach (var report in reports)
        {
            var document = pipeline.Run(new Document(report.Id, report.Text, new ArticleMetadata { Published = report.Published }));
            var all = document.Get<EventsLayer>().Events;
            var events = all.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null).ToList();
            var pairs = Match(report.Events, events, typedMatch: false);
            var lines = new List<string>();
            foreach (var p in events.Where(p => !pairs.Any(m => ReferenceEquals(m.Predicted, p))))
            {
                lines.Add($"  FP {p.Acled!.SubEventType} [{document.Text[p.Trigger.Start..p.Trigger.End]}] in: {document.Text[p.Evidence[0].Start..p.Evidence[0].End]}");
            }

            foreach (var g in report.Events.Where(g => !pairs.Any(m => ReferenceEquals(m.Gold, g))))
            {
                lines.Add($"  FN {g.SubEventType} in: {report.Text[g.Evidence.Start..g.Evidence.End]}");
            }

            foreach (var (g, p) in pairs.Where(m => m.Gold.SubEventType != m.Predicted.Acled!.SubEventType))
            {
                lines.Add($"  TYPE gold {g.SubEventType} / predicted {p.Acled!.SubEventType} [{document.Text[p.Trigger.Start..p.Trigger.End]}]");
            }

            // Fatalities are scored on matched events as the score above does (none reported = 0).
            foreach (var (g, p) in pairs.Where(m => m.Gold.Fatalities != (m.Predicted.Fatalities ?? 0)))
            {
                lines.Add($"  FATAL gold {g.Fatalities} / predicted {p.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "none"} [{document.Text[p.Trigger.Start..p.Trigger.End]}]");
            }

            // Admin1 as the score above compares it (the ACLED name of the event's place).
            foreach (var (g, p) in pairs.Where(m => m.Gold.Admin1 != m.Predicted.Place?.Place?.Admin1))
            {
                lines.Add($"  ADMIN1 gold {g.Admin1 ?? "none"} / predicted {p.Place?.Place?.Admin1 ?? "none"} ('{p.Place?.Text}') [{document.Text[p.Trigger.Start..p.Trigger.End]}]");
            }

            // The event date as the score above compares it (the resolved event date of the matched event).
            foreach (var (g, p) in pairs.Where(m => m.Gold.Date != m.Predicted.Date?.EventDate))
            {
                lines.Add($"  DATE gold {g.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"} / predicted {p.Date?.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"} ({p.Date?.Describe() ?? "no date"}; published {report.Published:yyyy-MM-dd}) [{document.Text[p.Trigger.Start..p.Trigger.End]}]");
            }

            if (lines.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{report.Id}: {report.Text}\n");
                foreach (var e in all.Where(e => !events.Contains(e)))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"  (other: {e.PloverEvent} {e.Acled?.SubEventType} {e.Modality.Name()} [{document.Text[e.Trigger.Start..e.Trigger.End]}])\n");
                }

                sb.AppendJoin('\n', lines).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void Count(Dictionary<string, (int Correct, int Total)> fields, string field, bool correct)
    {
        var (c, t) = fields[field];
        fields[field] = (c + (correct ? 1 : 0), t + 1);
    }

    /// <summary>
    /// Greedy one-to-one matching in text order. Among the predicted events of a gold event's sentence the one of the
    /// same sub-event type, else event type, is taken first: two events told in one sentence ("detained 12 people,
    /// and a drone strike killed three") pair by kind, not by the order the detector lists them.
    /// </summary>
    private static List<(GoldEvent Gold, EventAnnotation Predicted)> Match(ImmutableArray<GoldEvent> gold, List<EventAnnotation> predicted, bool typedMatch)
    {
        var pairs = new List<(GoldEvent, EventAnnotation)>();
        var used = new HashSet<EventAnnotation>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold)
        {
            var p = predicted
                .Where(p => !used.Contains(p) && p.Evidence.Any(s => s.Overlaps(g.Evidence)) && (!typedMatch || p.Acled!.EventType == g.EventType))
                .OrderBy(p => p.Acled!.SubEventType == g.SubEventType ? 0 : p.Acled!.EventType == g.EventType ? 1 : 2)
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
