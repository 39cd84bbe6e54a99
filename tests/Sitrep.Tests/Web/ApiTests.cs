using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sitrep.Cli;
using Sitrep.Tests.Reports;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>The HTTP API over a real server and store: contract JSON, filters, paging, errors, headers.</summary>
public sealed class ApiTests(LedgerServer server) : IClassFixture<LedgerServer>
{
    private async Task<JsonElement> Json(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement page, string name) =>
        [.. page.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    [Fact]
    public async Task Events_NoFilters_EveryFusedEventInDateOrderWithContractFields()
    {
        var stats = await Json("/api/stats");
        var page = await Json("/api/events");

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(stats.GetProperty("fused_events").GetInt64(), events.Count);
        Assert.Equal(events.Count, page.GetProperty("count").GetInt32());
        var dates = events.Select(e => e.GetProperty("event_date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        foreach (var e in events)
        {
            // The contract's fused event: EVENT fields at top level, plus sources and reporting dates.
            Assert.StartsWith("F", e.GetProperty("id").GetString());
            Assert.True(e.TryGetProperty("sub_event_type", out _));
            Assert.True(e.TryGetProperty("fatalities_low", out _));
            Assert.Equal(e.GetProperty("sources").GetArrayLength(), e.GetProperty("source_count").GetInt32());
            Assert.True(e.TryGetProperty("first_reported", out _));
        }

        // Two outlets reported the same Kupiansk shelling with 3 and 5 dead: one event, both sources.
        var kupiansk = events.Single(e => e.GetProperty("source_count").GetInt32() == 2);
        Assert.Equal("Kupiansk", kupiansk.GetProperty("location").GetString());
        Assert.Equal(3, kupiansk.GetProperty("fatalities_low").GetInt32());
        Assert.Equal(5, kupiansk.GetProperty("fatalities_high").GetInt32());
    }

    [Theory]
    [InlineData("country=russia", "country", "Russia")]
    [InlineData("country=UKR", "iso3", "UKR")]
    [InlineData("admin1=Kharkiv", "admin1", "Kharkiv")]
    [InlineData("type=Air%2Fdrone%20strike", "sub_event_type", "Air/drone strike")]
    public async Task Events_Filter_OnlyMatchingEvents(string filter, string field, string expected)
    {
        var all = await Json("/api/events");
        var page = await Json("/api/events?" + filter);

        var matching = all.GetProperty("events").EnumerateArray().Where(e => e.GetProperty(field).GetString() == expected).Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(matching);
        Assert.True(matching.Count < all.GetProperty("events").GetArrayLength(), "the filter must leave some events out");
        Assert.Equal(matching, Ids(page, "events"));
    }

    [Fact]
    public async Task Events_ActorFilter_EventsNamingTheActor()
    {
        var all = (await Json("/api/events")).GetProperty("events").EnumerateArray().ToList();
        static IEnumerable<string> Names(JsonElement e) =>
            new[] { "actor1", "actor2" }.Select(p => e.TryGetProperty(p, out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("name", out var n) ? n.GetString() : null).OfType<string>();
        var name = all.SelectMany(Names).GroupBy(n => n).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        var page = await Json("/api/events?actor=" + Uri.EscapeDataString(name.ToUpperInvariant()));

        var naming = all.Where(e => Names(e).Contains(name)).Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(naming);
        Assert.Subset(Ids(page, "events").ToHashSet(), naming.ToHashSet());
        Assert.True(Ids(page, "events").Count < all.Count, $"'{name}' must leave some events out");
    }

    [Fact]
    public async Task Events_DateRange_InclusiveBounds()
    {
        var page = await Json("/api/events?from=2024-11-12&to=2024-11-14");

        var dates = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_date").GetString()!).ToList();
        Assert.Contains("2024-11-12", dates);
        Assert.Contains("2024-11-14", dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2024-11-12"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2024-11-14"), int.MinValue, 0));
    }

    [Fact]
    public async Task Events_Paging_PagesConcatenateToTheWholeList()
    {
        var all = Ids(await Json("/api/events"), "events");
        var paged = new List<string>();
        for (var offset = 0; offset < all.Count + 3; offset += 3)
        {
            var page = await Json($"/api/events?limit=3&offset={offset}");
            Assert.Equal(offset, page.GetProperty("offset").GetInt32());
            Assert.Equal(3, page.GetProperty("limit").GetInt32());
            paged.AddRange(Ids(page, "events"));
        }

        Assert.True(all.Count > 3);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task EventById_Known_SameRecordAsTheList()
    {
        var listed = (await Json("/api/events")).GetProperty("events").EnumerateArray().Last();
        var id = listed.GetProperty("id").GetString()!;

        var one = await Json("/api/events/" + id);

        Assert.Equal(listed.GetRawText(), one.GetRawText());
    }

    [Theory]
    [InlineData("/api/events/Fdoesnotexist", "Fdoesnotexist")]
    [InlineData("/api/claims/Cdoesnotexist", "Cdoesnotexist")]
    [InlineData("/api/nothing", "/api/nothing")]
    public async Task Get_Unknown_404NamesIt(string path, string named)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains(named, error);
    }

    [Theory]
    [InlineData("/api/events?from=2024-13-01", "'from'")]
    [InlineData("/api/events?to=yesterday", "'to'")]
    [InlineData("/api/events?limit=0", "'limit'")]
    [InlineData("/api/events?limit=abc", "'limit'")]
    [InlineData("/api/events?limit=100000", "'limit'")]
    [InlineData("/api/events?offset=-1", "'offset'")]
    [InlineData("/api/events?contry=Ukraine", "'contry'")]
    [InlineData("/api/events?country=Ukraine&country=Russia", "'country'")]
    [InlineData("/api/events?from=2024-11-15&to=2024-11-10", "'to'")]
    [InlineData("/api/claims?status=rumoured", "'status'")]
    [InlineData("/api/claims?from=11/12/2024", "'from'")]
    [InlineData("/api/report?format=pdf", "'format'")]
    [InlineData("/api/report?from=2024-11-20&to=2024-11-01", "'to'")]
    public async Task Get_BadParameter_400NamesTheParameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains("parameter " + parameter, error);
    }

    [Fact]
    public async Task Claims_StatusFilter_OnlyThatStatusWithClaimantsAndSources()
    {
        var all = (await Json("/api/claims")).GetProperty("claims").EnumerateArray().ToList();
        var denied = (await Json("/api/claims?status=denied")).GetProperty("claims").EnumerateArray().ToList();

        Assert.Equal(all.Count(c => c.GetProperty("status").GetString() == "denied"), denied.Count);
        Assert.NotEmpty(denied);
        Assert.True(denied.Count < all.Count);
        Assert.All(denied, c =>
        {
            Assert.Equal("denied", c.GetProperty("status").GetString());
            Assert.NotEqual(0, c.GetProperty("claimants").GetArrayLength());
            Assert.NotEqual(0, c.GetProperty("sources").GetArrayLength());
            Assert.False(c.GetProperty("content").GetProperty("text").GetString()!.Length == 0);
        });
    }

    [Fact]
    public async Task Claims_ClaimantAndLimit_FilterAndCap()
    {
        var peskov = (await Json("/api/claims?claimant=peskov")).GetProperty("claims").EnumerateArray().ToList();
        var first = await Json("/api/claims?limit=2");

        var claim = Assert.Single(peskov);
        Assert.Equal(ReportCorpus.HostileQuote + " | no army was there", claim.GetProperty("content").GetProperty("text").GetString());
        Assert.Equal(2, first.GetProperty("claims").GetArrayLength());
        var one = await Json("/api/claims/" + claim.GetProperty("id").GetString());
        Assert.Equal(claim.GetRawText(), one.GetRawText());
    }

    [Fact]
    public async Task Report_Markdown_ThePeriodAsked()
    {
        using var response = await server.Client.GetAsync("/api/report?from=2024-11-11&to=2024-11-17");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Situation report: 2024-11-11 to 2024-11-17\n", text);
    }

    [Fact]
    public async Task Report_Html_EscapedAndNoScriptAllowed()
    {
        using var response = await server.Client.GetAsync("/api/report?from=2024-11-11&to=2024-11-17&format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.Scripts);
        Assert.Equal("Situation report: 2024-11-11 to 2024-11-17", document.Title);
    }

    [Fact]
    public async Task Stats_CountsOfTheStore()
    {
        var stats = await Json("/api/stats");
        var claims = (await Json("/api/claims")).GetProperty("claims").GetArrayLength();

        Assert.Equal(8, stats.GetProperty("articles").GetInt64());
        Assert.Equal(claims, stats.GetProperty("fused_claims").GetInt64());
        Assert.True(stats.GetProperty("events").GetInt64() >= stats.GetProperty("fused_events").GetInt64());
    }

    [Fact]
    public async Task Dashboard_Root_SelfContainedPageWithStrictPolicy()
    {
        using var response = await server.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        var document = new HtmlParser().ParseDocument(html);
        // Every script and style comes from this server: no inline code, no CDN (the page works offline).
        Assert.All(document.Scripts, s => Assert.StartsWith("/", s.Source));
        Assert.All(document.Scripts, s => Assert.Equal(string.Empty, s.Text.Trim()));
        Assert.Empty(document.QuerySelectorAll("style, [style]"));
        foreach (var asset in document.Scripts.Select(s => s.Source!).Concat(document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)))
        {
            using var got = await server.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, got.StatusCode);
            Assert.True((await got.Content.ReadAsByteArrayAsync()).Length > 100, asset);
        }
    }

    [Fact]
    public async Task Post_ReadOnlyApi_MethodNotAllowed()
    {
        using var response = await server.Client.PostAsync("/api/events", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public void Serve_MissingDatabase_UsageErrorNamesIt()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "missing.db");
        var error = new StringWriter();

        var exit = SitrepCli.Run(["serve", "--db", path], new CliContext(new StringWriter(), error, () => Stream.Null, false));

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(path, error.ToString());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Serve_DefaultAddress_Loopback()
    {
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(Sitrep.Web.SitrepWebApp.DefaultUrl).Host)));
    }
}
