using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Output;
using Sitrep.Reports;
using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>
/// The read-only HTTP API and dashboard over a store (<c>sitrep serve</c>). JSON bodies use the contract's fused
/// records exactly as <c>sitrep events</c> / <c>sitrep claims --format jsonl</c> write them.
/// </summary>
public static class SitrepWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] _claimStatuses = ["claimed", "corroborated", "disputed", "denied", "not_confirmed"];

    // Only same-origin scripts and styles: the page has no inline script, so injected markup could not run one.
    private const string _dashboardPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // The HTML report carries its own <style> and no script at all.
    private const string _reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Builds the server on the given addresses (port 0 picks a free one). The caller keeps ownership of the
    /// store; requests reach it one at a time, since a store holds a single connection. Warnings (a failing
    /// request) go to the console's standard error when asked for.
    /// </summary>
    public static WebApplication Create(ISitrepStore store, IEnumerable<string> urls, bool logWarnings = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SitrepWebApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (logWarnings)
        {
            // Standard output stays free for a command's own output.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        }

        builder.WebHost.UseUrls([.. urls]);
        var app = builder.Build();
        var gate = new StoreGate(store);

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _dashboardPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });

        foreach (var asset in DashboardAssets.All)
        {
            app.MapGet(asset.Path, () => Results.Bytes(asset.Content, asset.ContentType));
        }

        // Browsers ask for an icon on their own; the dashboard has none, and says so without an error.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/api/events", (HttpRequest request) => ListEvents(request, gate));
        app.MapGet("/api/events/{id}", (string id) => One(gate.Read(s => s.QueryEvents(new EventQuery { Id = id, Limit = 1 })), FusedJson.Flatten, "event", id));
        app.MapGet("/api/claims", (HttpRequest request) => ListClaims(request, gate));
        app.MapGet("/api/claims/{id}", (string id) => One(gate.Read(s => s.QueryClaims(new ClaimQuery { Id = id, Limit = 1 })), FusedClaimJson.Flatten, "claim", id));
        app.MapGet("/api/report", (HttpContext context) => Report(context, gate));
        app.MapGet("/api/stats", () => Json(JsonSerializer.Serialize(gate.Read(s => s.Counts()), WebJson.Default.StoreCounts)));
        app.MapFallback((HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? Problem(StatusCodes.Status404NotFound, $"no such resource: {context.Request.Path}")
            : Problem(StatusCodes.Status405MethodNotAllowed, $"read-only: {context.Request.Method} is not allowed, only GET"));
        return app;
    }

    private static IResult ListEvents(HttpRequest request, StoreGate gate)
    {
        var q = new QueryParameters(request.Query);
        var query = new EventQuery
        {
            From = q.Date("from"),
            To = q.Date("to"),
            Country = q.Text("country"),
            Admin1 = q.Text("admin1"),
            EventType = q.Text("type"),
            Actor = q.Text("actor"),
            Limit = q.Int("limit", DefaultLimit, 1, MaxLimit),
            Offset = q.Int("offset", 0, 0, int.MaxValue),
        };
        return Listing(q, "events", query.From, query.To, query.Offset, query.Limit!.Value, () => gate.Read(s => s.QueryEvents(query)).Select(FusedJson.Flatten));
    }

    private static IResult ListClaims(HttpRequest request, StoreGate gate)
    {
        var q = new QueryParameters(request.Query);
        var query = new ClaimQuery
        {
            Status = q.OneOf("status", _claimStatuses),
            Claimant = q.Text("claimant"),
            From = q.Date("from"),
            To = q.Date("to"),
            Country = q.Text("country"),
            Limit = q.Int("limit", DefaultLimit, 1, MaxLimit),
            Offset = q.Int("offset", 0, 0, int.MaxValue),
        };
        return Listing(q, "claims", query.From, query.To, query.Offset, query.Limit!.Value, () => gate.Read(s => s.QueryClaims(query)).Select(FusedClaimJson.Flatten));
    }

    /// <summary>A page of records once the parameters are valid (the date range included), else a 400 naming them.</summary>
    private static IResult Listing(QueryParameters q, string name, DateOnly? from, DateOnly? to, int offset, int limit, Func<IEnumerable<string>> records)
    {
        q.Before("from", from, "to", to);
        return q.Errors.Count > 0 ? BadRequest(q.Errors) : Json(Page(name, offset, limit, records()));
    }

    private static IResult Report(HttpContext context, StoreGate gate)
    {
        var q = new QueryParameters(context.Request.Query);
        var from = q.Date("from");
        var to = q.Date("to");
        var format = q.OneOf("format", "md", "html") ?? "md";
        q.Before("from", from, "to", to);
        if (q.Errors.Count > 0)
        {
            return BadRequest(q.Errors);
        }

        var text = gate.Read(store =>
        {
            var builder = SituationReportBuilder.For(store);
            var report = builder.Build(builder.ResolvePeriod(from, to, DateOnly.FromDateTime(DateTime.UtcNow)));
            return format == "html" ? HtmlReportRenderer.Render(report) : MarkdownReportRenderer.Render(report);
        });
        if (format == "html")
        {
            context.Response.Headers.ContentSecurityPolicy = _reportPolicy;
            return Results.Text(text, "text/html; charset=utf-8");
        }

        return Results.Text(text, "text/markdown; charset=utf-8");
    }

    private static IResult One<T>(IReadOnlyList<T> found, Func<T, string> flatten, string kind, string id) =>
        found.Count == 0 ? Problem(StatusCodes.Status404NotFound, $"no {kind} with id '{id}'") : Json(flatten(found[0]));

    /// <summary>A page of records already serialised as the contract's JSON objects, with its paging.</summary>
    private static string Page(string name, int offset, int limit, IEnumerable<string> records)
    {
        var json = new StringBuilder();
        json.Append("{\"offset\":").Append(offset).Append(",\"limit\":").Append(limit).Append(",\"count\":");
        var items = records.ToList();
        json.Append(items.Count).Append(",\"").Append(name).Append("\":[").AppendJoin(',', items).Append("]}");
        return json.ToString();
    }

    private static IResult Json(string json) => Results.Text(json, "application/json; charset=utf-8");

    private static IResult BadRequest(IReadOnlyList<string> errors) => Problem(StatusCodes.Status400BadRequest, string.Join("; ", errors));

    private static IResult Problem(int status, string message) =>
        Results.Text(JsonSerializer.Serialize(new ErrorBody(message), WebJson.Default.ErrorBody), "application/json; charset=utf-8", statusCode: status);

    /// <summary>Serialises store access: a store holds one connection, which is not safe for concurrent use.</summary>
    private sealed class StoreGate(ISitrepStore store)
    {
        private readonly Lock _lock = new();

        public T Read<T>(Func<ISitrepStore, T> read)
        {
            lock (_lock)
            {
                return read(store);
            }
        }
    }
}

internal sealed record ErrorBody(string Error);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ErrorBody))]
[System.Text.Json.Serialization.JsonSerializable(typeof(StoreCounts))]
internal sealed partial class WebJson : System.Text.Json.Serialization.JsonSerializerContext;
