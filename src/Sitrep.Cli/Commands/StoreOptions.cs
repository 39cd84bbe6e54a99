using System.CommandLine;
using Sitrep.Postgres;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>Where the store is: an SQLite file (--db, the default) or a PostgreSQL server (--postgres).</summary>
internal sealed class StoreOptions
{
    public Option<string> Database { get; } = CommonOptions.Database();

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string (e.g. 'Host=localhost;Username=sitrep;Password=...;Database=sitrep') instead of --db",
    };

    public void AddTo(Command command)
    {
        command.Add(Database);
        command.Add(Postgres);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Postgres) is not null && result.GetResult(Database) is { Implicit: false })
            {
                result.AddError("--db and --postgres cannot be used together");
            }
        });
    }

    /// <summary>Describes the store for messages without printing a password.</summary>
    public string Describe(ParseResult parsed) => parsed.GetValue(Postgres) is { } connection
        ? "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(connection) { Password = null }.ConnectionString
        : parsed.GetValue(Database)!;

    /// <summary>Opens the store, creating it if needed; or null (with a message) when a query's database is missing.</summary>
    public ISitrepStore? Open(ParseResult parsed, CliContext context, bool create)
    {
        if (parsed.GetValue(Postgres) is { } connection)
        {
            return PostgresStore.Open(connection);
        }

        var path = parsed.GetValue(Database)!;
        if (!create && !File.Exists(path))
        {
            context.Error.WriteLine($"sitrep: {path}: no such database; run 'sitrep ingest' first");
            return null;
        }

        return SqliteStore.Open(path);
    }
}
