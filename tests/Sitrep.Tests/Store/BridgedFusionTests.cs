using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>
/// A report that fits two fused events kept apart (two outlets' reports of one incident too unlike to merge) merges
/// them: the ledger is then the same whatever order the reports arrive in.
/// </summary>
public class BridgedFusionTests
{
    private static readonly ActorRecord _russia = new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces");
    private static readonly ActorRecord _civilians = new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "civilians");

    /// <summary>The town's outlet: the artillery strike on Kupiansk, placed and typed precisely, two dead.</summary>
    internal static EventRecord Town(string id) => Report(
        id,
        "Russian artillery struck Kupiansk overnight, burning a grocery shop and two cars.",
        placed: true,
        subEvent: "Shelling/artillery/missile attack",
        fatalities: 2);

    /// <summary>The governor's line: the same strike, placed nowhere and untyped, told by what it hit.</summary>
    internal static EventRecord Governor(string id) => Report(
        id,
        "A drone hit the central market, killing three vendors, the regional governor said.",
        placed: false,
        subEvent: null,
        fatalities: 3);

    /// <summary>The wire: placed in Kupiansk and telling both what the town's outlet and the governor told.</summary>
    internal static EventRecord Wire(string id) => Report(
        id,
        "Russian artillery struck Kupiansk, burning a grocery shop; a drone hit the central market, killing three vendors, the regional governor said.",
        placed: true,
        subEvent: "Shelling/artillery/missile attack",
        fatalities: 3);

    private static EventRecord Report(string id, string evidence, bool placed, string? subEvent, int fatalities) => new()
    {
        Id = id,
        EventType = "Explosions/Remote violence",
        SubEventType = subEvent,
        PloverEvent = "ASSAULT",
        Actor1 = _russia,
        Actor2 = _civilians,
        Country = "Ukraine",
        Iso3 = "UKR",
        Admin1 = placed ? "Kharkiv" : null,
        Location = placed ? "Kupiansk" : null,
        Latitude = placed ? 49.7106 : null,
        Longitude = placed ? 37.6156 : null,
        GeoPrecision = placed ? 1 : null,
        EventDate = new DateOnly(2024, 11, 16),
        DateStart = new DateOnly(2024, 11, 16),
        DateEnd = new DateOnly(2024, 11, 16),
        TimePrecision = 1,
        Fatalities = fatalities,
        Evidence = [new SpanRecord(0, evidence.Length, evidence)],
    };

    internal static MemberEvent Member(EventRecord e, string articleId) => new(e, articleId, articleId, null, new DateOnly(2024, 11, 17));

    private static StoredArticle Article(string id, EventRecord e)
    {
        var text = string.Join(" ", e.Evidence.Select(s => s.Text));
        return new StoredArticle(
            new ArticleAnalysis { Id = id, Source = id, Published = new DateOnly(2024, 11, 17), Events = [e] },
            text,
            ArticleIds.ContentHash(text));
    }

    private static readonly StoredArticle[] _articles =
    [
        Article("town", Town("town/ev0")),
        Article("governor", Governor("governor/ev0")),
        Article("wire", Wire("wire/ev0")),
    ];

    [Fact]
    public void Reports_AsWritten_TheTwoOutletsAloneStayApartAndTheWireFitsBoth()
    {
        // What the store tests below rest on: without the wire, the town's outlet and the governor are two events.
        var fuser = new EventFuser();
        var (town, governor, wire) = (Member(Town("t"), "town"), Member(Governor("g"), "governor"), Member(Wire("w"), "wire"));
        var apart = EventMatcher.Match(town, governor);
        Assert.True(apart.IsCompatible && apart.Score < fuser.Threshold, $"town and governor: {apart.Score:0.000} {apart.Veto}");
        Assert.True(EventMatcher.Match(wire, town).Score >= fuser.Threshold);
        Assert.True(EventMatcher.Match(wire, governor).Score >= fuser.Threshold);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_BridgingReportLast_MergesTheEventsItBridges(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = (SqlStore)test.Open();
        foreach (var article in _articles)
        {
            store.SaveBatch([article]);
        }

        var fused = store.QueryEvents(new EventQuery()).Single();
        Assert.Equal(["governor", "town", "wire"], fused.Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(3, fused.SourceCount);

        // Every source's figure is kept side by side, and the evidence of the merged-away event with its source.
        Assert.Equal([2, 3, 3], fused.ReportedFigures.Where(f => f.Field == "fatalities").Select(f => f.Value).Order());
        Assert.Contains(fused.Sources, s => s.ArticleId == "governor" && s.Evidence.Any(e => e.Text!.Contains("central market", StringComparison.Ordinal)));
        foreach (var (id, stored, rebuilt, storedFold, rebuiltFold) in store.FusedEventsAndRebuilds())
        {
            Assert.True(stored == rebuilt, $"fused event {id}:\nstored  {stored}\nrebuilt {rebuilt}");
            Assert.Equal(rebuiltFold, storedFold);
        }

        FusedActorsCheck.AssertMatchTheirReports(store);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_SameReportsInAnyOrder_SameLedger(string backend)
    {
        int[][] orders = [[0, 1, 2], [2, 0, 1], [1, 2, 0], [1, 0, 2]];
        var ledgers = new List<List<string>>();
        foreach (var order in orders)
        {
            foreach (var oneBatch in new[] { false, true })
            {
                using var test = StoreBackends.Create(backend);
                using var store = test.Open();
                var articles = order.Select(i => _articles[i]).ToList();
                if (oneBatch)
                {
                    store.SaveBatch(articles);
                }
                else
                {
                    foreach (var article in articles)
                    {
                        store.SaveBatch([article]);
                    }
                }

                ledgers.Add(Ledger(store));
            }
        }

        Assert.Single(ledgers[0]);
        foreach (var ledger in ledgers.Skip(1))
        {
            Assert.Equal(ledgers[0], ledger);
        }
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_BridgingReportLast_FusedClaimsPointToTheKeptEvent(string backend)
    {
        // Each outlet's claim is linked to its own report; the bridge moves one outlet's report into the other's fused
        // event, so the fused claim of the moved report's claim must name the kept fused event, not the deleted one.
        using var test = StoreBackends.Create(backend);
        using var store = (SqlStore)test.Open();
        foreach (var article in _articles)
        {
            store.SaveBatch([WithClaim(article)]);
        }

        var fusedId = store.QueryEvents(new EventQuery()).Single().Event.Id;
        var claims = store.QueryClaims(new ClaimQuery());
        Assert.Equal(3, claims.Sum(c => c.SourceCount));
        Assert.All(claims, c => Assert.Equal([fusedId], c.Claim.EventIds));
    }

    /// <summary>The article with a claim of its own outlet's words, linked to its one report.</summary>
    private static StoredArticle WithClaim(StoredArticle article)
    {
        var e = article.Analysis.Events.Single();
        var claim = new ClaimRecord
        {
            Id = article.Analysis.Id + "/c0",
            Kind = "indirect",
            Content = e.Evidence[0],
            EventIds = [e.Id],
        };
        return article with { Analysis = article.Analysis with { Claims = [claim] } };
    }

    /// <summary>
    /// The stored fused events without their ids (an id names the report that founded the event, which depends on
    /// the order), in a fixed order.
    /// </summary>
    private static List<string> Ledger(ISitrepStore store) =>
        [.. store.QueryEvents(new EventQuery())
            .Select(f => JsonSerializer.Serialize(f with { Event = f.Event with { Id = "" } }, SitrepJson.Default.FusedEventRecord))
            .Order(StringComparer.Ordinal)];
}
