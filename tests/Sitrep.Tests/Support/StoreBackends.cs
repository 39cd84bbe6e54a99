using Npgsql;
using Sitrep.Postgres;
using Sitrep.Store;

namespace Sitrep.Tests.Support;

/// <summary>
/// The stores every store test runs against: SQLite always, PostgreSQL when SITREP_TEST_POSTGRES names a server
/// (CI starts one). Each test gets its own SQLite file or its own PostgreSQL schema.
/// </summary>
public static class StoreBackends
{
    public const string PostgresVariable = "SITREP_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresConnection is not null)
            {
                data.Add("postgres");
            }

            return data;
        }
    }

    public static TestStore Create(string backend) => backend switch
    {
        "sqlite" => TestStore.Sqlite(),
        "postgres" => TestStore.Postgres(PostgresConnection ?? throw new InvalidOperationException($"{PostgresVariable} is not set")),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };
}

/// <summary>A store for one test and how to reach it again (a path or a connection string); removed afterwards.</summary>
public sealed class TestStore : IDisposable
{
    private readonly Action _cleanup;

    private TestStore(string backend, string location, Func<ISitrepStore> open, Action cleanup)
    {
        Backend = backend;
        Location = location;
        Open = open;
        _cleanup = cleanup;
    }

    public string Backend { get; }

    /// <summary>The SQLite file path, or the PostgreSQL connection string with this test's schema.</summary>
    public string Location { get; }

    public Func<ISitrepStore> Open { get; }

    /// <summary>The command-line options that point `sitrep` at this store.</summary>
    public string[] CliOptions => Backend == "sqlite" ? ["--db", Location] : ["--postgres", Location];

    public static TestStore Sqlite()
    {
        var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "store.db");
        return new TestStore("sqlite", path, () => SqliteStore.Open(path), directory.Dispose);
    }

    public static TestStore Postgres(string serverConnection)
    {
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(serverConnection))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            create.ExecuteNonQuery();
        }

        var connection = new NpgsqlConnectionStringBuilder(serverConnection) { SearchPath = schema, Pooling = false }.ConnectionString;
        return new TestStore("postgres", connection, () => PostgresStore.Open(connection), () =>
        {
            using var admin = new NpgsqlConnection(serverConnection);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            drop.ExecuteNonQuery();
        });
    }

    /// <summary>Runs SQL on the store's database directly, to set up states the current code no longer writes.</summary>
    public void Execute(string sql) => Run(sql, command => command.ExecuteNonQuery());

    /// <summary>The first column of the first row a query on the store's database returns (null when none).</summary>
    public object? Scalar(string sql) => Run(sql, command => command.ExecuteScalar());

    /// <summary>Runs one statement on a connection of its own to the store's database (not the store's).</summary>
    private T Run<T>(string sql, Func<System.Data.Common.DbCommand, T> run)
    {
        using System.Data.Common.DbConnection connection = Backend == "sqlite"
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Location};Pooling=False")
            : new NpgsqlConnection(Location);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return run(command);
    }

    public void Dispose() => _cleanup();
}

/// <summary>A fact that needs the PostgreSQL test server; skipped with the reason when SITREP_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (StoreBackends.PostgresConnection is null)
        {
            Skip = $"needs a PostgreSQL server: set {StoreBackends.PostgresVariable} to a connection string (.ci/run starts one)";
        }
    }
}
