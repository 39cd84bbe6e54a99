using Microsoft.Data.Sqlite;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>SQLite's positional row inserter: values land in their columns, errors surface, the connection closes cleanly.</summary>
public class SqliteRowInserterTests
{
    [Fact]
    public void Insert_RowsOfMixedTypesAndNulls_LandInTheirColumns()
    {
        using var connection = OpenMemory("CREATE TABLE t (a TEXT, b INTEGER, c TEXT, d INTEGER)");
        using (var inserter = new SqliteRowInserter(connection))
        {
            inserter.Insert(
                "INSERT INTO t (a, b, c, d)",
                [
                    [Arg.Text("", "Kharkiv"), Arg.Int("", 3), Arg.Text("", null), Arg.Long("", 5_000_000_000)],
                    [Arg.Text("", "Kyiv – Київ \"quoted\""), Arg.Int("", null), Arg.Text("", ""), Arg.Long("", -1)],
                ],
                suffix: string.Empty);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a, b, c, d FROM t ORDER BY rowid";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("Kharkiv", 3L, true, 5_000_000_000L), (reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2), reader.GetInt64(3)));
        Assert.True(reader.Read());
        Assert.Equal(("Kyiv – Київ \"quoted\"", true, string.Empty, -1L), (reader.GetString(0), reader.IsDBNull(1), reader.GetString(2), reader.GetInt64(3)));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Insert_ConstraintViolated_ThrowsNamingTheStatementAndStaysUsable()
    {
        using var connection = OpenMemory("CREATE TABLE t (a TEXT NOT NULL, b INTEGER)");
        using var inserter = new SqliteRowInserter(connection);
        var error = Assert.Throws<SqliteException>(() => inserter.Insert("INSERT INTO t (a, b)", [[Arg.Text("", null), Arg.Int("", 1)]], string.Empty));
        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO t (a, b)", error.Message, StringComparison.Ordinal);
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT

        // The failed statement was reset: the same statement inserts the next row.
        inserter.Insert("INSERT INTO t (a, b)", [[Arg.Text("", "ok"), Arg.Int("", 2)]], string.Empty);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Insert_ConflictSuffix_AppliesToEachRow()
    {
        using var connection = OpenMemory("CREATE TABLE t (a TEXT PRIMARY KEY)");
        using var inserter = new SqliteRowInserter(connection);
        inserter.Insert("INSERT INTO t (a)", [[Arg.Text("", "x")], [Arg.Text("", "x")], [Arg.Text("", "y")]], " ON CONFLICT DO NOTHING");
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t";
        Assert.Equal(2L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public void Dispose_AfterABatch_ClosesTheDatabaseFile()
    {
        // SQLite only closes a connection (checkpointing and removing its write-ahead log) once every statement
        // prepared on it is finalized: a kept insert statement left behind would hold the file open.
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "s.db");
        using (var store = SqliteStore.Open(path))
        {
            var text = "Kharkiv was shelled.";
            var analysis = new ArticleAnalysis
            {
                Id = "a",
                Published = new DateOnly(2024, 11, 17),
                Source = "Wire",
                Entities = [new EntityRecord("e1", "GPE", "Kharkiv", "Kharkiv", [new SpanRecord(0, 7)])],
                Events = [new EventRecord { Id = "a/ev0", EventType = "Battles", SubEventType = "Armed clash", Country = "Ukraine", Admin1 = "Kharkiv", EventDate = new DateOnly(2024, 11, 16), Evidence = [new SpanRecord(0, 7, "Kharkiv")] }],
            };
            Assert.Equal(new BatchOutcome(1, 0, 0), store.SaveBatch([new StoredArticle(analysis, text, ArticleIds.ContentHash(text))]));
            Assert.True(File.Exists(path + "-wal"));
        }

        Assert.False(File.Exists(path + "-wal"), "the write-ahead log outlived the store: a statement kept the connection open");
    }

    private static SqliteConnection OpenMemory(string schema)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = schema;
        command.ExecuteNonQuery();
        return connection;
    }
}
