using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Reports;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Reports;

/// <summary>Situation reports built from a store filled by the real pipeline, on SQLite and (when available) PostgreSQL.</summary>
public partial class SituationReportTests
{
    private static readonly ReportPeriod _period = new(ReportCorpus.From, ReportCorpus.To);

    private static SituationReport Build(ISitrepStore store, ReportPeriod? period = null) =>
        SituationReportBuilder.For(store).Build(period ?? _period);

    private static SituationReport BuildFromCorpus(string backend = "sqlite")
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        ReportCorpus.IngestInto(store);
        return Build(store);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Build_TwoOutletsDisagreeOnDeaths_LowestCodedWithRangeAndWhoReportedWhat(string backend)
    {
        var report = BuildFromCorpus(backend);
        var kupiansk = Assert.Single(report.SignificantEvents, e => e.Event.Location == "Kupiansk");
        Assert.Equal(3, kupiansk.Event.Fatalities);
        Assert.Equal(5, kupiansk.Event.FatalitiesHigh);
        Assert.Equal(["Kyiv Independent", "Reuters"], kupiansk.Sources.Select(s => s.Outlet).Order(StringComparer.Ordinal));
        Assert.Equal([(3, "Kyiv Independent"), (5, "Reuters")], kupiansk.Figures.Where(f => f.Field == "fatalities").Select(f => (f.Value, f.Source.Outlet)));
        Assert.All(kupiansk.Sources, s => Assert.Equal(new DateOnly(2024, 11, 17), s.Published));
        Assert.Equal("Three killed in Kupiansk", kupiansk.Sources.Single(s => s.Outlet == "Kyiv Independent").Title);

        // The most deaths first: the event with the highest coded toll heads the list.
        Assert.Same(kupiansk, report.SignificantEvents[0]);
        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("3 (3\u20135 reported)", markdown);
        Assert.Contains("fatalities 3: Kyiv Independent (2024-11-17); fatalities 5: Reuters (2024-11-17)", markdown);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Build_Period_HeadlineCountsOnlyAssertedEventsAndPeriodClaims(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        ReportCorpus.IngestInto(store);
        var report = Build(store);

        var inPeriod = store.QueryEvents(new EventQuery { From = _period.From, To = _period.To });
        var asserted = inPeriod.Where(e => e.Event.Modality == "asserted").ToList();
        Assert.Equal(asserted.Count(e => e.Event.EventType is not null), report.Headline.Events);
        Assert.Equal(asserted.Count(e => e.Event.EventType is null), report.Interactions.Sum(r => r.Events));
        Assert.Equal(inPeriod.Count - asserted.Count, report.Quality.NotAsserted);
        Assert.True(report.Quality.NotAsserted >= 1, "the Defence Ministry's denial is a negated event, not an event");

        // Kupiansk 3 (up to 5) and Kherson 2; the Belgorod strike injured, killed no one.
        Assert.Equal(5, report.Headline.Fatalities);
        Assert.Equal(7, report.Headline.FatalitiesHigh);

        // Claims are dated by their article: those published from the 11th to the 17th, not the BBC's of the 20th.
        var periodArticles = new[] { "k1", "k2", "k3", "k6", "k8" };
        var expectedClaims = ReportCorpus.Analysed.Where(a => periodArticles.Contains(a.Analysis.Id)).Sum(a => a.Analysis.Claims.Count);
        Assert.Equal(expectedClaims, report.Headline.Claims);
        Assert.Equal(expectedClaims, report.ClaimStatuses.Sum(s => s.Claims));
        Assert.Equal(6, report.Headline.Articles);
        Assert.Equal(6, report.Headline.Outlets);

        // The week before: Odesa (4 dead) and the earlier Kupiansk shelling (1).
        Assert.Equal(2, report.PreviousHeadline.Events);
        Assert.Equal(5, report.PreviousHeadline.Fatalities);
    }

    [Fact]
    public void Build_StatementRepeatingAToll_ListedAsInteractionNotCountedAgain()
    {
        using var test = StoreBackends.Create("sqlite");
        using var store = test.Open();
        ReportCorpus.IngestInto(store);
        var before = Build(store);

        // A government's condemnation repeats the Kupiansk toll: an ACCUSE interaction, not a second violent event.
        var kupiansk = ReportCorpus.Analysed.Single(a => a.Analysis.Id == "k1");
        var shelling = kupiansk.Analysis.Events.First(e => e.EventType is not null);
        var statement = kupiansk.Analysis with
        {
            Id = "k9",
            Source = "Ministry of Foreign Affairs of Ukraine",
            Events = [shelling with { Id = "k9/ev0", EventType = null, SubEventType = null, PloverEvent = "ACCUSE", PloverMode = null, Fatalities = 3 }],
            Claims = [],
        };
        store.SaveBatch([new StoredArticle(statement, "The ministry condemned the shelling.", "k9-hash")]);
        var after = Build(store);

        Assert.Equal(before.Headline.Events, after.Headline.Events);
        Assert.Equal(before.Headline.Fatalities, after.Headline.Fatalities);
        Assert.Equal(before.Regions.Sum(r => r.Fatalities), after.Regions.Sum(r => r.Fatalities));
        Assert.DoesNotContain(after.SignificantEvents, e => e.Event.EventType is null);
        var row = Assert.Single(after.Interactions);
        Assert.Equal(("ACCUSE", 1), (row.PloverEvent, row.Events));
        Assert.Equal(shelling.Actor1?.Name is { } name ? [name] : [], row.TopActors);
        Assert.DoesNotContain(before.Interactions, r => r.PloverEvent == "ACCUSE");

        var markdown = MarkdownReportRenderer.Render(after);
        Assert.Contains("## Other interactions", markdown);
        Assert.Contains("| ACCUSE | 1 |", markdown);
        var html = new HtmlParser().ParseDocument(HtmlReportRenderer.Render(after));
        Assert.NotNull(html.GetElementById("interactions"));
        Assert.NotNull(html.QuerySelector("a[href='#interactions']"));
    }

    [Fact]
    public void Build_Regions_GroupedByAdmin1WithFatalityRanges()
    {
        var report = BuildFromCorpus();
        var kharkiv = Assert.Single(report.Regions, r => r.Admin1 == "Kharkiv");
        Assert.Equal(("Ukraine", 1, 3, 5), (kharkiv.Country, kharkiv.Events, kharkiv.Fatalities, kharkiv.FatalitiesHigh));
        Assert.Contains(report.Regions, r => r.Admin1 == "Kherson" && r.Fatalities == 2);
        Assert.Contains(report.Regions, r => r.Admin1 == "Belgorod" && r.Country == "Russia" && r.Fatalities == 0);
        Assert.DoesNotContain(report.Regions, r => r.Admin1 == "Odesa");
        Assert.Equal(report.Headline.Events, report.Regions.Sum(r => r.Events));
        Assert.Equal(report.Headline.Events, report.Types.Sum(t => t.Events));
        Assert.Equal(report.Headline.Fatalities, report.Types.Sum(t => t.Fatalities));

        // Most events first, then most deaths.
        Assert.Equal(report.Regions.OrderByDescending(r => r.Events).ThenByDescending(r => r.Fatalities).Select(r => r.Admin1), report.Regions.Select(r => r.Admin1));
    }

    [Fact]
    public void Build_PreviousPeriod_ChangesNewAdmin1sAndNewActors()
    {
        var report = BuildFromCorpus();
        var changes = report.Changes;
        Assert.Equal(new ReportPeriod(new DateOnly(2024, 11, 4), new DateOnly(2024, 11, 10)), changes.Previous);

        var odesa = Assert.Single(changes.ByRegion, r => r.Name == "Odesa, Ukraine");
        Assert.Equal((1, 0, -1, 4, 0, -4), (odesa.EventsBefore, odesa.EventsNow, odesa.EventsChange, odesa.FatalitiesBefore, odesa.FatalitiesNow, odesa.FatalitiesChange));
        var kharkiv = Assert.Single(changes.ByRegion, r => r.Name == "Kharkiv, Ukraine");
        Assert.Equal((1, 1, 1, 3), (kharkiv.EventsBefore, kharkiv.EventsNow, kharkiv.FatalitiesBefore, kharkiv.FatalitiesNow));

        // Kharkiv saw fighting the week before too: it is not new. Kherson and Belgorod are.
        var newAdmin1s = changes.NewAdmin1s.Select(r => r.Admin1).ToList();
        Assert.Contains("Kherson", newAdmin1s);
        Assert.Contains("Belgorod", newAdmin1s);
        Assert.DoesNotContain("Kharkiv", newAdmin1s);

        var newActors = changes.NewActors.Select(a => a.Name).ToList();
        Assert.Contains("Military Forces of Ukraine (2019-)", newActors);
        Assert.DoesNotContain("Military Forces of Russia (2000-)", newActors);

        Assert.Equal(report.Headline.Events, changes.ByType.Sum(r => r.EventsNow));
        Assert.Equal(report.PreviousHeadline.Events, changes.ByType.Sum(r => r.EventsBefore));
    }

    [Fact]
    public void Build_DataQuality_CountsImpreciseAndSingleSourceEvents()
    {
        var report = BuildFromCorpus();
        var quality = report.Quality;
        Assert.Equal(report.Headline.Events, quality.Events);

        // "last week" near Pokrovsk is dated to a week; only the Kupiansk shelling has two sources.
        Assert.True(quality.ImpreciseDates >= 1, $"imprecise dates: {quality.ImpreciseDates}");
        Assert.Equal(quality.Events - 1, quality.SingleSource);
        Assert.Equal((double)(quality.Events - 1) / quality.Events, quality.SingleSourceShare, 6);
        Assert.Contains($"Events reported by a single article: {quality.SingleSource} of {quality.Events}", MarkdownReportRenderer.Render(report));
    }

    [Fact]
    public void Build_KeyClaims_ClaimantChannelStatusAndSource()
    {
        var report = BuildFromCorpus();
        var governor = Assert.Single(report.KeyClaims, c => c.Claimants.Any(p => p.Name == "Oleh Syniehubov"));
        Assert.Equal("Telegram", governor.Channel);
        Assert.Equal("claimed", governor.Status);
        var source = Assert.Single(governor.Sources);
        Assert.Equal(("k1", "Kyiv Independent", new DateOnly(2024, 11, 17)), (source.ArticleId, source.Outlet, source.Published));

        // The previous week's claim by the same governor is not in this period.
        Assert.DoesNotContain(report.KeyClaims, c => c.Sources.Any(s => s.ArticleId is "k4" or "k5" or "k7"));
        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("- **Claimant:** Oleh Syniehubov", markdown);
        Assert.Contains("via Telegram", markdown);
    }

    [Fact]
    public void Build_DeniedAndHedgedClaims_StatusStanceAndCertaintyShown()
    {
        var report = BuildFromCorpus();
        Assert.Contains(report.ClaimStatuses, s => s.Status == "denied" && s.Claims >= 1);

        // Claims someone took a stance on outrank bare claims from single sources.
        var denied = Assert.Single(report.KeyClaims, c => c.Status == "denied" && c.Text.Contains("Kurakhove", StringComparison.Ordinal));
        // "The Russian Defence Ministry denied targeting civilians" answers the claim of five civilians killed.
        Assert.Equal("denied", Assert.Single(report.KeyClaims, c => c.Text.Contains("five civilians", StringComparison.Ordinal)).Status);
        Assert.All(report.KeyClaims.TakeWhile(c => c.Stances.Count > 0), c => Assert.NotEqual("claimed", c.Status));
        // The General Staff's denial; ISW's "could not independently verify" sits beside it as not_confirmed.
        var stance = Assert.Single(denied.Stances, s => s.Stance == "denies");
        Assert.Equal("General Staff", stance.By?.Name);

        var hedged = Assert.Single(report.KeyClaims, c => c.Certainty?.Likelihood == "very likely");
        Assert.Contains("Institute for the Study of War", ReportText.Claimants(hedged));
        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("- **Stances:** denies by General Staff", markdown);
        Assert.Contains("- **Certainty:** \u201Cvery likely\u201D: very likely, about 88%", markdown);
    }

    [Fact]
    public void RenderHtml_Report_WellFormedSelfContainedAndEscaped()
    {
        var html = HtmlReportRenderer.Render(BuildFromCorpus());
        var (document, errors) = Parse(html);
        Assert.Empty(errors);
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, link, img, base"));
        Assert.All(document.All, element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.Matches("^(https://|#[a-z]+$)", a.GetAttribute("href")));
        Assert.All(document.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));

        // Hostile strings are text: visible as typed, never markup, never a link.
        var text = document.Body!.TextContent;
        Assert.Contains(ReportCorpus.HostileTitle, text);
        Assert.Contains(ReportCorpus.HostileOutlet, text);
        Assert.Contains(ReportCorpus.HostileQuote, text);
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        // Claims sit in their own section, apart from the events.
        var claims = document.QuerySelector("section.claims");
        Assert.NotNull(claims);
        Assert.Null(claims.QuerySelector("article.event"));
        Assert.Equal(document.QuerySelectorAll("article.claim").Length, claims.QuerySelectorAll("article.claim").Length);
        Assert.True(document.QuerySelectorAll("article.event").Length >= 4);
    }

    [Fact]
    public void RenderHtml_Tables_HeaderAndRowsSameWidth()
    {
        var (document, _) = Parse(HtmlReportRenderer.Render(BuildFromCorpus()));
        var tables = document.QuerySelectorAll("table");
        Assert.True(tables.Length >= 6, $"{tables.Length} tables");
        foreach (var table in tables)
        {
            var width = table.QuerySelectorAll("thead th").Length;
            Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(width, row.Children.Length));
        }
    }

    [Fact]
    public void RenderMarkdown_Tables_ConsistentColumnCounts()
    {
        var markdown = MarkdownReportRenderer.Render(BuildFromCorpus());
        var tables = Tables(markdown);
        Assert.True(tables.Count >= 6, $"{tables.Count} tables");
        foreach (var table in tables)
        {
            var widths = table.Select(CellCount).ToList();
            Assert.True(widths.All(w => w == widths[0]), $"column counts {string.Join(",", widths)} in:\n{string.Join('\n', table)}");
            Assert.Matches(@"^\|(-{3}:?\|)+$", table[1]);
        }
    }

    [Fact]
    public void RenderMarkdown_HostileStrings_EscapedNeverMarkupOrLinks()
    {
        var markdown = MarkdownReportRenderer.Render(BuildFromCorpus());
        Assert.DoesNotMatch(UnescapedAngle(), markdown);
        Assert.Contains(@"\<script\>alert(2)\</script\>", markdown);
        Assert.Contains(@"Evil \<b\>Outlet\</b\> \| pipe", markdown);
        Assert.DoesNotContain("](javascript:", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[Reuters](https://example.org/k2)", markdown);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Build_EmptyPeriod_ShortClearReport(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        ReportCorpus.IngestInto(store);
        var report = Build(store, new ReportPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 31)));
        Assert.True(report.IsEmpty);
        Assert.Empty(report.SignificantEvents);
        Assert.Empty(report.KeyClaims);
        Assert.Equal(0, report.Quality.SingleSourceShare);

        var markdown = MarkdownReportRenderer.Render(report);
        Assert.Contains("No events or claims are recorded for this period", markdown);
        Assert.True(markdown.Split('\n').Length < 10, markdown);
        var (document, errors) = Parse(HtmlReportRenderer.Render(report));
        Assert.Empty(errors);
        Assert.Contains("No events or claims are recorded for this period", document.Body!.TextContent);
    }

    [Fact]
    public void Build_EmptyStore_EmptyReport()
    {
        using var test = StoreBackends.Create("sqlite");
        using var store = test.Open();
        var builder = SituationReportBuilder.For(store);
        var period = builder.ResolvePeriod(null, null, new DateOnly(2025, 3, 9));
        Assert.Equal(new ReportPeriod(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 9)), period);
        Assert.True(builder.Build(period).IsEmpty);
    }

    [Fact]
    public void Build_ArticlesIngestedInReverse_SameReport()
    {
        string Render(bool reversed)
        {
            using var test = StoreBackends.Create("sqlite");
            using var store = test.Open();
            ReportCorpus.IngestInto(store, reversed);
            var report = Build(store);
            return MarkdownReportRenderer.Render(report) + HtmlReportRenderer.Render(report);
        }

        var forward = Render(false);
        Assert.Equal(forward, Render(false));
        Assert.Equal(forward, Render(true));
    }

    [Fact]
    public void ResolvePeriod_MissingBounds_DefaultFromLatestArticle()
    {
        using var test = StoreBackends.Create("sqlite");
        using var store = test.Open();
        ReportCorpus.IngestInto(store);
        var builder = SituationReportBuilder.For(store);
        var today = new DateOnly(2030, 1, 1);
        Assert.Equal(new ReportPeriod(new DateOnly(2024, 11, 14), new DateOnly(2024, 11, 20)), builder.ResolvePeriod(null, null, today));
        Assert.Equal(new ReportPeriod(new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 20)), builder.ResolvePeriod(new DateOnly(2024, 11, 1), null, today));
        Assert.Equal(new ReportPeriod(new DateOnly(2024, 11, 4), new DateOnly(2024, 11, 10)), builder.ResolvePeriod(null, new DateOnly(2024, 11, 10), today));
    }

    [Theory]
    [InlineData("2024-11-11", "2024-11-17", "2024-11-04", "2024-11-10")]
    [InlineData("2024-11-01", "2024-11-30", "2024-10-02", "2024-10-31")]
    [InlineData("2024-03-01", "2024-03-01", "2024-02-29", "2024-02-29")]
    public void Previous_AnyPeriod_SameLengthEndingTheDayBefore(string from, string to, string previousFrom, string previousTo)
    {
        var period = new ReportPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(previousFrom, ReportText.Date(period.Previous.From));
        Assert.Equal(previousTo, ReportText.Date(period.Previous.To));
        Assert.Equal(period.Days, period.Previous.Days);
    }

    [Fact]
    public void ReportPeriod_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new ReportPeriod(new DateOnly(2024, 11, 17), new DateOnly(2024, 11, 11)));

    private static (IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        return (parser.ParseDocument(html), errors);
    }

    /// <summary>The tables of a Markdown text: runs of lines that start with a pipe.</summary>
    private static List<List<string>> Tables(string markdown)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                (current ??= []).Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        return tables;
    }

    /// <summary>Cells in a table row: pipes that a backslash does not escape, minus the closing one.</summary>
    private static int CellCount(string row) => UnescapedPipe().Matches(row).Count - 1;

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"(?<!\\)<")]
    private static partial Regex UnescapedAngle();
}
