using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A batch is one transaction, so an interrupted ingest (even
/// kill -9) leaves whole batches only, and re-running it completes the rest without duplicates.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private SqliteStore(SqliteConnection connection, string path)
        : base(connection) => Path = path;

    public string Path { get; }

    public static SqliteStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        try
        {
            // WAL lets readers work during an ingest; NORMAL sync is crash-safe for the application in WAL mode.
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;");

            // Fusion reads back recent fused records and their indexes all the time: a 64 MB page cache (the
            // default is 2 MB) keeps them in memory instead of re-reading pages from the file on every batch.
            connection.Execute("PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");

            // An ingest batch writes some megabytes (texts, analyses, fused records), more than the default checkpoint
            // threshold (1,000 pages, 4 MB): every commit then copied the WAL into the file and synced it, and pages
            // rewritten by every batch (fused events, indexes) were copied each time. Checkpointing every 64 MB
            // copies each such page once per several batches.
            connection.Execute("PRAGMA wal_autocheckpoint=16384;");

            // IMMEDIATE transactions take the write lock first, so two processes opening a new store do not both migrate.
            Migrate(connection, StoreSchema.Migrations, () => connection.BeginTransaction(deferred: false));
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteStore(connection, path);
    }

    /// <summary>An IMMEDIATE transaction holds SQLite's single write lock for the whole batch.</summary>
    protected override System.Data.Common.DbTransaction BeginWrite(IReadOnlyList<string> articleIds) =>
        ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    private SqliteRowInserter? _rows;

    /// <summary>Rows one at a time on kept single-row statements bound by position (see <see cref="SqliteRowInserter"/>).</summary>
    private protected override void InsertRows(string insert, IReadOnlyList<Arg[]> rows, System.Data.Common.DbTransaction transaction, string suffix)
    {
        _rows ??= new SqliteRowInserter((SqliteConnection)Connection);
        _rows.Insert(insert, rows, suffix);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Before the connection closes: SQLite keeps a connection with unfinalized statements open.
            _rows?.Dispose();
            _rows = null;
        }

        base.Dispose(disposing);
    }

    /// <summary>SQLite's own consistency check: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => Connection.ExecuteScalar<string>("PRAGMA integrity_check") ?? "no answer";
}
