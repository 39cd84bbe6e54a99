using Microsoft.Playwright;
using Sitrep.Tests.Reports;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>
/// The dashboard in real headless Chromium (the machine's own, never a downloaded one) against a real server:
/// filters update the tables, a row opens its detail, and hostile article text stays text.
/// </summary>
public sealed class DashboardBrowserTests(LedgerServer server) : IClassFixture<LedgerServer>
{
    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Args = Chromium.Arguments,
            Headless = true,
        });
        return (playwright, browser);
    }

    [ChromiumFact]
    public async Task Dashboard_FilterThenOpenDetail_TablesUpdateAndHostileTextStaysText()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync(server.BaseAddress.ToString());
        var eventRows = page.Locator("#events tbody tr");
        var claimRows = page.Locator("#claims tbody tr");
        using var stats = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/stats"));
        var total = stats.RootElement.GetProperty("fused_events").GetInt32();
        Assert.True(total > 1);
        await Assertions.Expect(eventRows).ToHaveCountAsync(total);
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync("8 articles");

        // Country and event type narrow the events; the claim status narrows the claims.
        await page.FillAsync("#f-country", "Ukraine");
        await page.FillAsync("#f-type", "Air/drone strike");
        await page.SelectOptionAsync("#f-status", "claimed");
        await page.ClickAsync("#apply");
        await Assertions.Expect(eventRows).ToHaveCountAsync(1);
        await Assertions.Expect(eventRows.First).ToContainTextAsync("Kherson");
        await Assertions.Expect(eventRows.First).ToContainTextAsync("Air/drone strike");
        var statuses = await page.Locator("#claims tbody tr .status").AllTextContentsAsync();
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal("claimed", s));

        // The event's detail: its source is the hostile outlet, shown as the literal text; its javascript:
        // address is not a link.
        await eventRows.First.ClickAsync();
        var detail = page.Locator("#detail");
        await Assertions.Expect(detail).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#detail-sources li").First.Locator("strong")).ToHaveTextAsync(ReportCorpus.HostileOutlet);
        Assert.Equal(0, await page.Locator("#detail b").CountAsync());
        Assert.Equal(0, await page.Locator("#detail a[href^='javascript']").CountAsync());
        await Assertions.Expect(page.Locator("#detail-sources")).ToContainTextAsync("javascript:alert(1)");
        Assert.NotEmpty(await page.Locator("#detail-sources blockquote").AllTextContentsAsync());

        // The claim whose content is a script tag (a Russian claimant, so outside the Ukraine filter): the
        // title shows the markup as text, and nothing ran.
        await page.ClickAsync("#detail-close");
        await Assertions.Expect(detail).ToBeHiddenAsync();
        await page.FillAsync("#f-country", "");
        await page.FillAsync("#f-type", "");
        await page.SelectOptionAsync("#f-status", "");
        await page.ClickAsync("#apply");
        await Assertions.Expect(eventRows).ToHaveCountAsync(total);
        var hostile = claimRows.Filter(new LocatorFilterOptions { HasText = "Peskov" });
        await Assertions.Expect(hostile).ToHaveCountAsync(1);
        await hostile.ClickAsync();
        await Assertions.Expect(page.Locator("#detail-title")).ToHaveTextAsync(ReportCorpus.HostileQuote + " | no army was there");
        Assert.Equal(1, await page.Locator("script").CountAsync());

        // The actor field narrows the events to those the API finds for that actor (the detail closed: it covers the form).
        using var events = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/events"));
        var actor = events.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => e.TryGetProperty("actor1", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Object ? a.GetProperty("name").GetString() : null)
            .OfType<string>().GroupBy(n => n).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        using var byActor = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/events?actor=" + Uri.EscapeDataString(actor)));
        var expected = byActor.RootElement.GetProperty("events").GetArrayLength();
        Assert.InRange(expected, 1, total - 1);
        await page.ClickAsync("#detail-close");
        await page.FillAsync("#f-actor", actor);
        await page.ClickAsync("#apply");
        await Assertions.Expect(eventRows).ToHaveCountAsync(expected);
        Assert.Empty(dialogs);
        Assert.Empty(consoleErrors);
    }

    [ChromiumFact]
    public async Task Dashboard_BadFilter_ShowsTheServersMessage()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#events tbody tr")).Not.ToHaveCountAsync(0);

        await page.FillAsync("#f-from", "2024-11-20");
        await page.FillAsync("#f-to", "2024-11-01");
        await page.ClickAsync("#apply");

        await Assertions.Expect(page.Locator("#error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error")).ToContainTextAsync("parameter 'to'");
    }

    [ChromiumFact]
    public async Task Dashboard_InjectedInlineScript_BlockedByThePolicy()
    {
        var (playwright, browser) = await LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseAddress.ToString());

        // Markup that slipped into the page as HTML would be inert: the policy forbids inline handlers.
        await page.EvaluateAsync("() => { const d = document.createElement('div'); d.innerHTML = '<img src=x onerror=\"window.__pwned = 1\">'; document.body.append(d); }");
        await page.WaitForTimeoutAsync(300);

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }
}
