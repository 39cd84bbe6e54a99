using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Common;

namespace Sitrep.Time.Evaluation;

/// <summary>One report of the date gold (data/gold/dates): the expression that dates its event and what it denotes.</summary>
public sealed record DateGoldReport(string Id, string Text, DateOnly? Published, string Class, string Expression, DateOnly Start, DateOnly End, DateOnly EventDate, int TimePrecision);

/// <summary>What Sitrep made of one report: its time mentions and the date of the event it coded (null without one).</summary>
public sealed record DateGoldOutcome(ImmutableArray<TimeMention> Mentions, DateOnly? EventDate);

/// <summary>
/// Scores the time layer and the event's date against the date gold (data/gold/dates/README.md), overall and per class:
/// whether a detected mention covers the gold expression, whether that mention resolves to the gold start and end, and
/// whether the main coded event carries the gold event date (the figure issue #4 sets at 95 %).
/// </summary>
public static class DateGoldEvaluator
{
    public static IReadOnlyList<DateGoldReport> Load(string path) =>
    [
        .. GoldRecords.Read(path).Select(r => new DateGoldReport(
            r.Id,
            r.Text,
            r.Published,
            r.Gold.GetProperty("class").GetString()!,
            r.Gold.GetProperty("expression").GetString()!,
            IsoDate.Read(r.Gold.GetProperty("date_start").GetString())!.Value,
            IsoDate.Read(r.Gold.GetProperty("date_end").GetString())!.Value,
            IsoDate.Read(r.Gold.GetProperty("event_date").GetString())!.Value,
            r.Gold.GetProperty("time_precision").GetInt32())),
    ];

    /// <param name="reports">The gold reports of one split.</param>
    /// <param name="analyse">Sitrep's time mentions and main event date for a text (id, text, publication date).</param>
    /// <param name="errors">Append each miss (callers pass true for dev splits only).</param>
    public static string Evaluate(IReadOnlyList<DateGoldReport> reports, Func<string, string, DateOnly?, DateGoldOutcome> analyse, bool errors = false)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(analyse);
        var scored = reports.Select(r => Score(r, analyse(r.Id, r.Text, r.Published))).ToList();
        var sb = new StringBuilder("date gold -> the mention covering the gold expression (found, start and end) and the coded event's date\n");
        sb.Append(Line("all", scored));
        foreach (var group in scored.GroupBy(s => s.Report.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(Line(group.Key, [.. group]));
        }

        if (errors)
        {
            foreach (var s in scored.Where(s => !s.Resolved || !s.EventDateCorrect))
            {
                var got = s.Mention?.Value is { } v ? $"'{s.Mention.Text}' {v.DateStart:yyyy-MM-dd}..{v.DateEnd:yyyy-MM-dd}" : s.Mention is null ? "no mention" : $"'{s.Mention.Text}' {s.Mention.Resolution.Reason}";
                sb.Append(CultureInfo.InvariantCulture,
                    $"  {s.Report.Id} ({s.Report.Class}): gold '{s.Report.Expression}' {s.Report.Start:yyyy-MM-dd}..{s.Report.End:yyyy-MM-dd} event {s.Report.EventDate:yyyy-MM-dd}; got {got}, event {s.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} (published {s.Report.Published:yyyy-MM-dd})\n    {s.Report.Text}\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>The mention that overlaps the gold expression's first occurrence, and how it and the event date compare.</summary>
    internal static DateGoldScore Score(DateGoldReport report, DateGoldOutcome outcome)
    {
        var start = report.Text.IndexOf(report.Expression, StringComparison.Ordinal);
        var end = start + report.Expression.Length;
        TimeMention? mention = null;
        foreach (var m in outcome.Mentions)
        {
            if (start >= 0 && m.Span.Start < end && start < m.Span.End)
            {
                mention = m;
                break;
            }
        }

        var resolved = mention?.Value is { } v && v.DateStart == report.Start && v.DateEnd == report.End;
        return new DateGoldScore(report, mention, resolved, outcome.EventDate);
    }

    private static string Line(string label, IReadOnlyList<DateGoldScore> scores)
    {
        int found = 0, resolved = 0, eventDate = 0;
        foreach (var s in scores)
        {
            found += s.Mention is null ? 0 : 1;
            resolved += s.Resolved ? 1 : 0;
            eventDate += s.EventDateCorrect ? 1 : 0;
        }

        var n = scores.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"  {label,-11} reports {n,3}; found {found}/{n} = {Ratio(found, n):0.000}, start and end {resolved}/{n} = {Ratio(resolved, n):0.000}, event date {eventDate}/{n} = {Ratio(eventDate, n):0.000}\n");
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>One report's outcome: the mention covering its expression (if any), whether it resolved to the gold span, the event date found.</summary>
public sealed record DateGoldScore(DateGoldReport Report, TimeMention? Mention, bool Resolved, DateOnly? EventDate)
{
    public bool EventDateCorrect => EventDate == Report.EventDate;
}
