using Sitrep.Store;
using Sitrep.Tests.Reports;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>The store's id and offset filters the API pages with, on every backend.</summary>
public class LedgerPagingTests
{
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_OffsetAndId_PagesAndOneEvent(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        ReportCorpus.IngestInto(store);

        var all = store.QueryEvents(new EventQuery()).Select(e => e.Event.Id).ToList();
        var skipped = store.QueryEvents(new EventQuery { Offset = 2 }).Select(e => e.Event.Id).ToList();
        var page = store.QueryEvents(new EventQuery { Offset = 2, Limit = 3 }).Select(e => e.Event.Id).ToList();
        var one = store.QueryEvents(new EventQuery { Id = all[^1] });
        var filteredOut = store.QueryEvents(new EventQuery { Id = all[^1], From = new DateOnly(2099, 1, 1) });

        Assert.True(all.Count > 5);
        Assert.Equal(all.Skip(2), skipped);
        Assert.Equal(all.Skip(2).Take(3), page);
        Assert.Equal(all[^1], Assert.Single(one).Event.Id);
        Assert.Empty(filteredOut);
        Assert.Empty(store.QueryEvents(new EventQuery { Id = "Fnone" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryClaims_OffsetAndId_PagesAndOneClaim(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        ReportCorpus.IngestInto(store);

        var all = store.QueryClaims(new ClaimQuery()).Select(c => c.Claim.Id).ToList();
        var page = store.QueryClaims(new ClaimQuery { Offset = 1, Limit = 2 }).Select(c => c.Claim.Id).ToList();
        var one = store.QueryClaims(new ClaimQuery { Id = all[^1] });

        Assert.True(all.Count > 3);
        Assert.Equal(all.Skip(1).Take(2), page);
        Assert.Equal(all[^1], Assert.Single(one).Claim.Id);
        Assert.Empty(store.QueryClaims(new ClaimQuery { Id = "Cnone" }));
    }
}
