using System.Text;
using static Sitrep.Reports.ReportText;

namespace Sitrep.Reports;

/// <summary>
/// A situation report as Markdown (CommonMark with GitHub tables). Every text that comes from articles is escaped,
/// so a title such as "&lt;script&gt;" or "a | b" stays text and never breaks a table or becomes markup.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(SituationReport report)
    {
        var md = new StringBuilder();
        Write(md, report);
        return md.ToString();
    }

    private static void Write(StringBuilder md, SituationReport report)
    {
        var period = report.Period;
        md.Append("# Situation report: ").Append(Esc(Period(period))).Append("\n\n");
        md.Append("Period: ").Append(Days(period.Days)).Append(", ").Append(Esc(Period(period)))
            .Append(". Compared with the previous ").Append(Days(period.Days)).Append(" (").Append(Esc(Period(period.Previous))).Append(").\n\n");

        if (report.IsEmpty)
        {
            md.Append("**No events or claims are recorded for this period.** ");
            var before = report.PreviousHeadline;
            md.Append($"The previous period had {Count(before.Events, "event")} and {Count(before.Claims, "claim")}. Check the dates, or ingest articles covering the period.\n");
            return;
        }

        md.Append("Events are reports fused across articles; fatalities are the lowest figure any source reported (ACLED's conservative rule), ")
            .Append("with the range reported beside it. Claims are statements attributed to someone and are listed apart: Sitrep does not verify them.\n\n");

        Headlines(md, report);
        md.Append("## Events by region\n\n");
        Table(md, ["Country", "Admin1", "Events", "Fatalities"], [false, false, true, true],
            report.Regions.Select(r => new[] { r.Country ?? "(unknown)", r.Admin1 ?? "(unknown)", Number(r.Events), Fatalities(r.Fatalities, r.FatalitiesHigh) }));
        md.Append("## Events by type\n\n");
        Table(md, ["Event type", "Sub-event type", "Events", "Fatalities"], [false, false, true, true],
            report.Types.Select(r => new[] { r.EventType ?? "(not coded)", r.SubEventType ?? "(not coded)", Number(r.Events), Fatalities(r.Fatalities, r.FatalitiesHigh) }));

        if (report.Interactions.Count > 0)
        {
            md.Append("## Other interactions\n\n");
            md.Append(InteractionsNote).Append("\n\n");
            Table(md, ["PLOVER event", "Reports", "Most often by"], [false, true, false],
                report.Interactions.Select(r => new[] { r.PloverEvent, Number(r.Events), string.Join("; ", r.TopActors) }));
        }

        SignificantEvents(md, report);
        ClaimsSection(md, report);
        ChangesSection(md, report);
        QualitySection(md, report.Quality);
    }

    private static void Headlines(StringBuilder md, SituationReport report)
    {
        var now = report.Headline;
        var before = report.PreviousHeadline;
        md.Append("## Headline figures\n\n");
        Table(md, ["", "This period", "Previous period", "Change"], [false, true, true, true],
        [
            ["Events", Number(now.Events), Number(before.Events), SignedChange(now.Events - before.Events)],
            ["Fatalities (lowest reported)", Fatalities(now.Fatalities, now.FatalitiesHigh), Fatalities(before.Fatalities, before.FatalitiesHigh), SignedChange(now.Fatalities - before.Fatalities)],
            ["Outlets", Number(now.Outlets), Number(before.Outlets), SignedChange(now.Outlets - before.Outlets)],
            ["Articles", Number(now.Articles), Number(before.Articles), SignedChange(now.Articles - before.Articles)],
            ["Claims", Number(now.Claims), Number(before.Claims), SignedChange(now.Claims - before.Claims)],
        ]);
    }

    private static void SignificantEvents(StringBuilder md, SituationReport report)
    {
        md.Append("## Most significant events\n\n");
        if (report.SignificantEvents.Count == 0)
        {
            md.Append("No events reported in this period.\n\n");
            return;
        }

        md.Append("By fatalities, then by number of sources. ");
        var more = report.Headline.Events - report.SignificantEvents.Count;
        md.Append(more > 0 ? $"{Count(more, "more event")} {(more == 1 ? "is" : "are")} in the tables above; `sitrep events --from {Date(report.Period.From)} --to {Date(report.Period.To)}` lists them all.\n\n" : "All the period's events are listed.\n\n");
        var n = 0;
        foreach (var item in report.SignificantEvents)
        {
            var e = item.Event;
            md.Append("### ").Append(++n).Append(". ").Append(Esc(EventTitle(e))).Append("\n\n");
            Field(md, "Date", EventDate(e));
            Field(md, "Place", Place(e));
            Field(md, "Type", TypeLine(e.EventType, e.SubEventType));
            Field(md, "Actors", ActorLine(e));
            Field(md, "Fatalities", Fatalities(e.Fatalities ?? 0, Math.Max(e.Fatalities ?? 0, e.FatalitiesHigh ?? 0)) + (e.Fatalities is null ? " (no figure reported)" : string.Empty));
            if (e.Injuries is { } injuries)
            {
                Field(md, "Injuries", Number(injuries));
            }

            if (item.Figures.Count > 0)
            {
                md.Append("- **Who reported what:** ")
                    .Append(string.Join("; ", item.Figures.Select(f => Esc($"{f.Field} {Number(f.Value)}: {Outlet(f.Source)} ({Date(f.Source.Published)})"))))
                    .Append('\n');
            }

            md.Append("- **Sources (").Append(item.Sources.Count).Append("):**\n");
            foreach (var source in item.Sources)
            {
                md.Append("  - ").Append(Source(source)).Append('\n');
            }

            if (!string.IsNullOrWhiteSpace(e.Notes))
            {
                Field(md, "Notes", e.Notes);
            }

            md.Append('\n');
        }
    }

    private static void ClaimsSection(StringBuilder md, SituationReport report)
    {
        md.Append("## Claims: what parties say (attributed, not verified)\n\n");
        md.Append("> These are statements made by the named claimants in the period's articles. Their status says whether other sources corroborated, ")
            .Append("disputed or denied them; none is a finding of fact.\n\n");
        if (report.ClaimStatuses.Count == 0)
        {
            md.Append("No claims in this period's articles.\n\n");
            return;
        }

        Table(md, ["Status", "Claims"], [false, true], report.ClaimStatuses.Select(s => new[] { Status(s.Status), Number(s.Claims) }));
        md.Append("### Key claims\n\n");
        var n = 0;
        foreach (var claim in report.KeyClaims)
        {
            md.Append("#### Claim ").Append(++n).Append(": \u201C").Append(Esc(claim.Text)).Append("\u201D\n\n");
            Field(md, "Claimant", Claimants(claim));
            var how = new[] { claim.Channel is null ? null : $"via {claim.Channel}", claim.Cue is null ? null : $"\u201C{claim.Cue}\u201D", claim.Kind.Replace('_', ' ') }.OfType<string>();
            Field(md, "How", string.Join(", ", how));
            Field(md, "Certainty", Certainty(claim.Certainty));
            Field(md, "Status", Status(claim.Status) + (claim.Grade is null ? string.Empty : $" (Admiralty grade {claim.Grade})"));
            if (claim.Stances.Count > 0)
            {
                Field(md, "Stances", string.Join("; ", claim.Stances.Select(Stance)));
            }

            md.Append("- **Source").Append(claim.Sources.Count == 1 ? "" : "s").Append(":** ")
                .Append(string.Join("; ", claim.Sources.Select(Source))).Append("\n\n");
        }
    }

    private static void ChangesSection(StringBuilder md, SituationReport report)
    {
        var changes = report.Changes;
        md.Append("## What changed since the previous period (").Append(Esc(Period(changes.Previous))).Append(")\n\n");
        md.Append("### By event type\n\n");
        ChangeTable(md, "Event type", changes.ByType);
        md.Append("### By region\n\n");
        ChangeTable(md, "Region", changes.ByRegion);

        md.Append("**Admin1s with activity, none in the previous period:** ");
        md.Append(changes.NewAdmin1s.Count == 0
            ? "none"
            : string.Join("; ", changes.NewAdmin1s.Select(r => Esc($"{SituationReportBuilder.RegionLabel(r.Country, r.Admin1)} ({Count(r.Events, "event")})"))));
        md.Append("\n\n**Actors not seen in the previous period:** ");
        md.Append(changes.NewActors.Count == 0
            ? "none"
            : string.Join("; ", changes.NewActors.Select(a => Esc($"{a.Name} ({Count(a.Events, "event")})"))));
        md.Append("\n\n");
    }

    private static void ChangeTable(StringBuilder md, string name, IReadOnlyList<ChangeRow> rows) =>
        Table(md, [name, "Events before", "Events now", "Change", "Fatalities before", "Fatalities now", "Change"], [false, true, true, true, true, true, true],
            rows.Select(r => new[]
            {
                r.Name, Number(r.EventsBefore), Number(r.EventsNow), SignedChange(r.EventsChange),
                Number(r.FatalitiesBefore), Number(r.FatalitiesNow), SignedChange(r.FatalitiesChange),
            }));

    private static void QualitySection(StringBuilder md, DataQuality q)
    {
        md.Append("## Data quality\n\n");
        md.Append("- Events without coordinates: ").Append(Number(q.Unlocated)).Append(" of ").Append(Number(q.Events)).Append('\n');
        md.Append("- Events dated less precisely than a day: ").Append(Number(q.ImpreciseDates)).Append(" of ").Append(Number(q.Events)).Append('\n');
        md.Append("- Located events placed less precisely than a named town: ").Append(Number(q.ImprecisePlaces)).Append(" of ").Append(Number(q.Events)).Append('\n');
        md.Append("- Events reported by a single article: ").Append(Number(q.SingleSource)).Append(" of ").Append(Number(q.Events))
            .Append(" (").Append(Percent(q.SingleSourceShare)).Append(")\n");
        md.Append("- Mentions of events not counted (negated, hypothetical, future or historical): ").Append(Number(q.NotAsserted)).Append('\n');
        md.Append("- Claims without an identified claimant: ").Append(Number(q.UnattributedClaims)).Append('\n');
    }

    private static void Field(StringBuilder md, string name, string value) =>
        md.Append("- **").Append(name).Append(":** ").Append(Esc(value)).Append('\n');

    private static string Source(ReportSource source)
    {
        var outlet = Esc(Outlet(source));
        var link = SafeUrl(source.Url) is { } uri ? $"[{outlet}]({LinkTarget(uri)})" : outlet;
        var title = string.IsNullOrWhiteSpace(source.Title) ? string.Empty : $": \u201C{Esc(source.Title)}\u201D";
        return $"{link}, {Date(source.Published)}{title}";
    }

    // Parentheses and spaces would end a Markdown link early; the URI class has already percent-encoded the rest.
    private static string LinkTarget(Uri uri) => uri.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20");

    private static void Table(StringBuilder md, string[] header, bool[] numeric, IEnumerable<string[]> rows)
    {
        md.Append('|');
        foreach (var cell in header)
        {
            md.Append(' ').Append(Esc(cell)).Append(" |");
        }

        md.Append("\n|");
        foreach (var right in numeric)
        {
            md.Append(right ? "---:|" : "---|");
        }

        md.Append('\n');
        foreach (var row in rows)
        {
            if (row.Length != header.Length)
            {
                throw new InvalidOperationException($"a table row has {row.Length} cells for {header.Length} columns");
            }

            md.Append('|');
            foreach (var cell in row)
            {
                md.Append(' ').Append(Esc(cell)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>Text from articles as literal Markdown: one line, every character that could start markup backslash-escaped.</summary>
    public static string Esc(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n' or '\t')
            {
                escaped.Append(' ');
                continue;
            }

            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
