using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Store;

/// <summary>
/// SQLite's insert path for the rows of every article (events, claims, entities, mentions, evidence, claim keys):
/// one single-row statement per table, prepared once and bound by position. Through Microsoft.Data.Sqlite every value
/// is bound by parameter name: each bind encodes the name to UTF-8, allocates a binder, and SQLite looks the name up
/// among all the statement's parameters, so a 32-row insert of 17 columns scanned 544 names per value (a quadratic
/// cost) and the binding allocated more than the rows' text. SQLite has no round trips to save, so rows one at a
/// time on a kept statement are its fastest insert; PostgreSQL keeps the multi-row statements.
/// Runs on the store's own connection, inside whatever transaction the connection holds.
/// </summary>
internal sealed class SqliteRowInserter(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<(string Insert, int Columns, string Suffix), sqlite3_stmt> _statements = [];

    /// <summary>Inserts each row (its values in column order) with "<paramref name="insert"/> VALUES (?1, ...)<paramref name="suffix"/>".</summary>
    public void Insert(string insert, IReadOnlyList<Arg[]> rows, string suffix)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // One statement for all the rows (looked up once: its key hashes the whole INSERT text).
        var columns = rows[0].Length;
        var statement = StatementFor(insert, columns, suffix);
        foreach (var row in rows)
        {
            if (row.Length != columns)
            {
                throw new ArgumentException($"{insert}: rows of {columns} and {row.Length} values in one insert", nameof(rows));
            }

            for (var c = 0; c < row.Length; c++)
            {
                Check(Bind(statement, c + 1, row[c]), insert);
            }

            var stepped = raw.sqlite3_step(statement);

            // Reset before reporting: a statement left mid-step would hold the table for the next use.
            _ = raw.sqlite3_reset(statement);
            if (stepped != raw.SQLITE_DONE)
            {
                Check(stepped, insert);
            }
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, Arg arg)
    {
        if (arg.Value is null or DBNull)
        {
            return raw.sqlite3_bind_null(statement, index);
        }

        return arg.Type switch
        {
            DbType.String => raw.sqlite3_bind_text16(statement, index, ((string)arg.Value).AsSpan()),
            DbType.Int32 or DbType.Int64 => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(arg.Value, CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"{arg.Type} values are not bound by the row inserter", nameof(arg)),
        };
    }

    private sqlite3_stmt StatementFor(string insert, int columns, string suffix)
    {
        if (!_statements.TryGetValue((insert, columns, suffix), out var statement))
        {
            var values = string.Join(", ", Enumerable.Range(1, columns).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture)));
            var sql = insert + " VALUES (" + values + ")" + suffix;
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out statement), sql);
            _statements.Add((insert, columns, suffix), statement);
        }

        return statement;
    }

    private void Check(int code, string sql)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            var message = raw.sqlite3_errmsg(connection.Handle).utf8_to_string();
            throw new SqliteException($"SQLite Error {code}: '{message}' ({sql})", code, raw.sqlite3_extended_errcode(connection.Handle));
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
