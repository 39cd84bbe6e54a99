using System.Net;
using System.Text;
using static Sitrep.Reports.ReportText;

namespace Sitrep.Reports;

/// <summary>
/// A situation report as one self-contained HTML page: inline CSS, no scripts, no external assets (a content
/// security policy forbids loading any), so it opens offline and can be mailed as a file. Every text is
/// HTML-escaped; only http(s) addresses become links. Claims are set apart visually from reported events.
/// </summary>
public static class HtmlReportRenderer
{
    private static readonly string _style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:62rem;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}.lede{color:#57606a}
        table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}th,td{border:1px solid #d0d7de;padding:.25rem .55rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .event{border-left:4px solid #57606a;padding:.1rem 0 .1rem .9rem;margin:1rem 0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.3rem 0}dt{font-weight:600;color:#57606a}dd{margin:0}
        ul.sources{margin:.2rem 0;padding-left:1.2rem}
        section.claims{background:#fff8e6;border:1px dashed #bf8700;border-radius:6px;padding:.2rem 1.1rem 1rem;margin-top:2rem}
        section.claims h2{border-bottom-color:#e5c07b}.claim{border-left:4px solid #bf8700;padding:.1rem 0 .1rem .9rem;margin:1rem 0}
        .label{display:inline-block;font-size:.72rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;padding:.05rem .4rem;border-radius:3px;margin-right:.4rem;vertical-align:middle}
        .label.fact{background:#ddf4ff;color:#0a3069}.label.claim{background:#ffebc2;color:#7a4a00}
        blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #e5c07b;color:#3d2c00}
        .status{font-weight:600}.status-disputed,.status-denied{color:#a40e26}.status-corroborated{color:#1a7f37}
        .up{color:#a40e26}.down{color:#1a7f37}.empty{font-size:1.1rem;padding:1rem;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa}
        footer{margin-top:2rem;color:#57606a;font-size:.9rem}nav{font-size:.9rem;margin:.4rem 0 1rem}
        @media print{nav{display:none}section.claims{background:none}a{color:inherit}}
        """;

    public static string Render(SituationReport report)
    {
        var html = new StringBuilder(16 * 1024);
        var title = "Situation report: " + Period(report.Period);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(_style).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(H(title)).Append("</h1>\n<p class=\"lede\">")
            .Append(H($"Period: {Days(report.Period.Days)}, {Period(report.Period)}. Compared with the previous {Days(report.Period.Days)} ({Period(report.Period.Previous)})."))
            .Append("</p>\n</header>\n");

        if (report.IsEmpty)
        {
            var before = report.PreviousHeadline;
            html.Append("<main>\n<p class=\"empty\"><strong>No events or claims are recorded for this period.</strong> ")
                .Append(H($"The previous period had {Count(before.Events, "event")} and {Count(before.Claims, "claim")}. Check the dates, or ingest articles covering the period."))
                .Append("</p>\n</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        html.Append("<nav><a href=\"#headline\">Headline</a> · <a href=\"#regions\">Regions</a> · <a href=\"#types\">Types</a> · ")
            .Append(report.Interactions.Count > 0 ? "<a href=\"#interactions\">Interactions</a> · " : string.Empty)
            .Append("<a href=\"#events\">Events</a> · <a href=\"#claims\">Claims</a> · <a href=\"#changes\">Changes</a> · <a href=\"#quality\">Data quality</a></nav>\n");
        html.Append("<main>\n<p>")
            .Append("<span class=\"label fact\">Reported events</span>are reports fused across articles; fatalities are the lowest figure any source reported ")
            .Append("(ACLED&#39;s conservative rule), with the range reported beside it. ")
            .Append("<span class=\"label claim\">Claims</span>are statements attributed to someone, listed apart: Sitrep does not verify them.</p>\n");

        Headlines(html, report);
        html.Append("<section id=\"regions\">\n<h2>Events by region</h2>\n");
        Table(html, ["Country", "Admin1", "Events", "Fatalities"], [false, false, true, true],
            report.Regions.Select(r => new[] { r.Country ?? "(unknown)", r.Admin1 ?? "(unknown)", Number(r.Events), Fatalities(r.Fatalities, r.FatalitiesHigh) }));
        html.Append("</section>\n<section id=\"types\">\n<h2>Events by type</h2>\n");
        Table(html, ["Event type", "Sub-event type", "Events", "Fatalities"], [false, false, true, true],
            report.Types.Select(r => new[] { r.EventType ?? "(not coded)", r.SubEventType ?? "(not coded)", Number(r.Events), Fatalities(r.Fatalities, r.FatalitiesHigh) }));
        html.Append("</section>\n");
        if (report.Interactions.Count > 0)
        {
            html.Append("<section id=\"interactions\">\n<h2>Other interactions</h2>\n<p>").Append(H(InteractionsNote)).Append("</p>\n");
            Table(html, ["PLOVER event", "Reports", "Most often by"], [false, true, false],
                report.Interactions.Select(r => new[] { r.PloverEvent, Number(r.Events), string.Join("; ", r.TopActors) }));
            html.Append("</section>\n");
        }

        SignificantEvents(html, report);
        ClaimsSection(html, report);
        ChangesSection(html, report);
        html.Append("</main>\n");
        QualityFooter(html, report.Quality);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Headlines(StringBuilder html, SituationReport report)
    {
        var now = report.Headline;
        var before = report.PreviousHeadline;
        html.Append("<section id=\"headline\">\n<h2>Headline figures</h2>\n");
        Table(html, ["", "This period", "Previous period", "Change"], [false, true, true, true],
        [
            ["Events", Number(now.Events), Number(before.Events), SignedChange(now.Events - before.Events)],
            ["Fatalities (lowest reported)", Fatalities(now.Fatalities, now.FatalitiesHigh), Fatalities(before.Fatalities, before.FatalitiesHigh), SignedChange(now.Fatalities - before.Fatalities)],
            ["Outlets", Number(now.Outlets), Number(before.Outlets), SignedChange(now.Outlets - before.Outlets)],
            ["Articles", Number(now.Articles), Number(before.Articles), SignedChange(now.Articles - before.Articles)],
            ["Claims", Number(now.Claims), Number(before.Claims), SignedChange(now.Claims - before.Claims)],
        ]);
        html.Append("</section>\n");
    }

    private static void SignificantEvents(StringBuilder html, SituationReport report)
    {
        html.Append("<section id=\"events\">\n<h2>Most significant events</h2>\n");
        if (report.SignificantEvents.Count == 0)
        {
            html.Append("<p>No events reported in this period.</p>\n</section>\n");
            return;
        }

        var more = report.Headline.Events - report.SignificantEvents.Count;
        html.Append("<p>By fatalities, then by number of sources. ")
            .Append(H(more > 0 ? $"{Count(more, "more event")} {(more == 1 ? "is" : "are")} in the tables above; sitrep events --from {Date(report.Period.From)} --to {Date(report.Period.To)} lists them all." : "All the period's events are listed."))
            .Append("</p>\n");
        var n = 0;
        foreach (var item in report.SignificantEvents)
        {
            var e = item.Event;
            html.Append("<article class=\"event\">\n<h3><span class=\"label fact\">Event</span>").Append(++n).Append(". ").Append(H(EventTitle(e))).Append("</h3>\n<dl>\n");
            Field(html, "Date", H(EventDate(e)));
            Field(html, "Place", H(Place(e)));
            Field(html, "Type", H(TypeLine(e.EventType, e.SubEventType)));
            Field(html, "Actors", H(ActorLine(e)));
            Field(html, "Fatalities", H(Fatalities(e.Fatalities ?? 0, Math.Max(e.Fatalities ?? 0, e.FatalitiesHigh ?? 0)) + (e.Fatalities is null ? " (no figure reported)" : string.Empty)));
            if (e.Injuries is { } injuries)
            {
                Field(html, "Injuries", H(Number(injuries)));
            }

            if (item.Figures.Count > 0)
            {
                Field(html, "Who reported what", string.Join("; ", item.Figures.Select(f => H($"{f.Field} {Number(f.Value)}: {Outlet(f.Source)} ({Date(f.Source.Published)})"))));
            }

            Field(html, $"Sources ({item.Sources.Count})", "<ul class=\"sources\">" + string.Concat(item.Sources.Select(s => "<li>" + Source(s) + "</li>")) + "</ul>");
            if (!string.IsNullOrWhiteSpace(e.Notes))
            {
                Field(html, "Notes", H(e.Notes));
            }

            html.Append("</dl>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void ClaimsSection(StringBuilder html, SituationReport report)
    {
        html.Append("<section class=\"claims\" id=\"claims\">\n<h2><span class=\"label claim\">Claims</span>What parties say (attributed, not verified)</h2>\n")
            .Append("<p>These are statements made by the named claimants in the period&#39;s articles. Their status says whether other sources corroborated, ")
            .Append("disputed or denied them; none is a finding of fact.</p>\n");
        if (report.ClaimStatuses.Count == 0)
        {
            html.Append("<p>No claims in this period&#39;s articles.</p>\n</section>\n");
            return;
        }

        Table(html, ["Status", "Claims"], [false, true], report.ClaimStatuses.Select(s => new[] { Status(s.Status), Number(s.Claims) }));
        html.Append("<h3>Key claims</h3>\n");
        foreach (var claim in report.KeyClaims)
        {
            html.Append("<article class=\"claim\">\n<blockquote>\u201C").Append(H(claim.Text)).Append("\u201D</blockquote>\n<dl>\n");
            Field(html, "Claimant", H(Claimants(claim)));
            var how = new[] { claim.Channel is null ? null : $"via {claim.Channel}", claim.Cue is null ? null : $"\u201C{claim.Cue}\u201D", claim.Kind.Replace('_', ' ') }.OfType<string>();
            Field(html, "How", H(string.Join(", ", how)));
            Field(html, "Certainty", H(Certainty(claim.Certainty)));
            Field(html, "Status", $"<span class=\"status status-{H(claim.Status)}\">{H(Status(claim.Status))}</span>" + (claim.Grade is null ? string.Empty : H($" (Admiralty grade {claim.Grade})")));
            if (claim.Stances.Count > 0)
            {
                Field(html, "Stances", H(string.Join("; ", claim.Stances.Select(Stance))));
            }

            Field(html, claim.Sources.Count == 1 ? "Source" : "Sources", string.Join("; ", claim.Sources.Select(Source)));
            html.Append("</dl>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void ChangesSection(StringBuilder html, SituationReport report)
    {
        var changes = report.Changes;
        html.Append("<section id=\"changes\">\n<h2>").Append(H($"What changed since the previous period ({Period(changes.Previous)})")).Append("</h2>\n<h3>By event type</h3>\n");
        ChangeTable(html, "Event type", changes.ByType);
        html.Append("<h3>By region</h3>\n");
        ChangeTable(html, "Region", changes.ByRegion);
        html.Append("<p><strong>Admin1s with activity, none in the previous period:</strong> ")
            .Append(changes.NewAdmin1s.Count == 0 ? "none" : H(string.Join("; ", changes.NewAdmin1s.Select(r => $"{SituationReportBuilder.RegionLabel(r.Country, r.Admin1)} ({Count(r.Events, "event")})"))))
            .Append("</p>\n<p><strong>Actors not seen in the previous period:</strong> ")
            .Append(changes.NewActors.Count == 0 ? "none" : H(string.Join("; ", changes.NewActors.Select(a => $"{a.Name} ({Count(a.Events, "event")})"))))
            .Append("</p>\n</section>\n");
    }

    private static void ChangeTable(StringBuilder html, string name, IReadOnlyList<ChangeRow> rows) =>
        Table(html, [name, "Events before", "Events now", "Change", "Fatalities before", "Fatalities now", "Change"], [false, true, true, true, true, true, true],
            rows.Select(r => new[]
            {
                r.Name, Number(r.EventsBefore), Number(r.EventsNow), SignedChange(r.EventsChange),
                Number(r.FatalitiesBefore), Number(r.FatalitiesNow), SignedChange(r.FatalitiesChange),
            }));

    private static void QualityFooter(StringBuilder html, DataQuality q)
    {
        html.Append("<footer id=\"quality\">\n<h2>Data quality</h2>\n<ul>\n")
            .Append("<li>").Append(H($"Events without coordinates: {Number(q.Unlocated)} of {Number(q.Events)}")).Append("</li>\n")
            .Append("<li>").Append(H($"Events dated less precisely than a day: {Number(q.ImpreciseDates)} of {Number(q.Events)}")).Append("</li>\n")
            .Append("<li>").Append(H($"Located events placed less precisely than a named town: {Number(q.ImprecisePlaces)} of {Number(q.Events)}")).Append("</li>\n")
            .Append("<li>").Append(H($"Events reported by a single article: {Number(q.SingleSource)} of {Number(q.Events)} ({Percent(q.SingleSourceShare)})")).Append("</li>\n")
            .Append("<li>").Append(H($"Mentions of events not counted (negated, hypothetical, future or historical): {Number(q.NotAsserted)}")).Append("</li>\n")
            .Append("<li>").Append(H($"Claims without an identified claimant: {Number(q.UnattributedClaims)}")).Append("</li>\n")
            .Append("</ul>\n</footer>\n");
    }

    /// <summary>A definition row; the value is already HTML.</summary>
    private static void Field(StringBuilder html, string name, string valueHtml) =>
        html.Append("<dt>").Append(H(name)).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");

    private static string Source(ReportSource source)
    {
        var outlet = H(Outlet(source));
        var link = SafeUrl(source.Url) is { } uri ? $"<a href=\"{H(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{outlet}</a>" : outlet;
        var title = string.IsNullOrWhiteSpace(source.Title) ? string.Empty : $": \u201C{H(source.Title)}\u201D";
        return $"{link}, {H(Date(source.Published))}{title}";
    }

    private static void Table(StringBuilder html, string[] header, bool[] numeric, IEnumerable<string[]> rows)
    {
        html.Append("<table>\n<thead><tr>");
        for (var i = 0; i < header.Length; i++)
        {
            html.Append(numeric[i] ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").Append(H(header[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(numeric[i] ? "<td class=\"n\">" : "<td>").Append(H(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string H(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
