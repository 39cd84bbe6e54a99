using Microsoft.AspNetCore.Builder;
using Sitrep.Store;
using Sitrep.Tests.Reports;
using Sitrep.Tests.Support;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>
/// A real Kestrel server on a free loopback port over an SQLite store holding the report corpus, ingested
/// through the real pipeline. Shared by the tests of a class: the server is read-only.
/// </summary>
public sealed class LedgerServer : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private SqliteStore? _store;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _store = SqliteStore.Open(Path.Combine(_directory.Path, "ledger.db"));
        ReportCorpus.IngestInto(_store);
        _app = SitrepWebApp.Create(_store, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _store?.Dispose();
        _directory.Dispose();
    }
}
