using System.Data.Common;
using Dapper;
using Npgsql;
using Sitrep.Store;

namespace Sitrep.Postgres;

/// <summary>
/// The server store: the same schema and behaviour as <see cref="SqliteStore"/> on PostgreSQL. Several ingest
/// processes may write at once: each batch takes a transaction-scoped advisory lock per article id (in sorted
/// order, so two batches never wait on each other in a cycle), so the same article is never stored twice.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    // Any constant: identifies "schema migration" among the advisory locks.
    private const long _migrationLock = 0x5179_7265_7000_0001;

    private PostgresStore(NpgsqlConnection connection)
        : base(connection)
    {
    }

    public static PostgresStore Open(string connectionString)
    {
        // Ingest runs the same few statements for every row: let the server keep them prepared unless told otherwise.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 128;
            builder.AutoPrepareMinUsages = 2;
        }

        // A writer waits on another process's per-article locks for as long as that process's batch takes, which
        // on a busy server exceeds Npgsql's 30 s default; keep a timeout the user sets, else allow ten minutes.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = 600;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        try
        {
            Migrate(
                connection,
                StoreSchema.PostgresMigrations,
                () => connection.BeginTransaction(),
                transaction => connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = _migrationLock }, transaction));
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new PostgresStore(connection);
    }

    protected override DbTransaction BeginWrite(IReadOnlyList<string> articleIds)
    {
        var connection = (NpgsqlConnection)Connection;
        var transaction = connection.BeginTransaction();
        foreach (var id in articleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            connection.Execute("SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", new { id }, transaction);
        }

        return transaction;
    }
}
