using System.Data;
using System.Data.Common;

namespace Sitrep.Store;

/// <summary>A named, typed statement parameter (typed so that a null still has a type PostgreSQL accepts).</summary>
internal readonly record struct Arg(string Name, object? Value, DbType Type)
{
    public static Arg Text(string name, string? value) => new(name, value, DbType.String);

    public static Arg Int(string name, int? value) => new(name, value, DbType.Int32);

    public static Arg Long(string name, long? value) => new(name, value, DbType.Int64);
}

/// <summary>
/// Statements run for every row of every article (inserts, fusion candidate searches) are kept prepared: one
/// command per SQL text, reused with new parameter values, so SQLite compiles each statement once per store
/// instead of once per row (compiling the many-branch candidate query cost more than running it).
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>Different SQL texts kept at most (candidate queries vary with their number of terms); beyond it the cache starts over.</summary>
    private const int _maxStatements = 512;

    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);

    private DbCommand Statement(string sql, DbTransaction? transaction, ReadOnlySpan<Arg> args)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            if (_statements.Count >= _maxStatements)
            {
                DisposeStatements();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            _statements.Add(sql, command);
        }

        command.Transaction = transaction;
        var parameters = command.Parameters;
        if (!HasNames(parameters, args))
        {
            // First use (the SQL text fixes the names, so later uses find them in place).
            parameters.Clear();
            foreach (var arg in args)
            {
                // Named with the SQL's own prefix: SQLite then finds each parameter by one lookup when binding
                // (an unprefixed name is looked up as given, then with each prefix in turn, on every execution).
                var created = command.CreateParameter();
                created.ParameterName = "@" + arg.Name;
                parameters.Add(created);
            }
        }

        for (var i = 0; i < args.Length; i++)
        {
            parameters[i].DbType = args[i].Type;
            parameters[i].Value = args[i].Value ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Runs a prepared statement that returns no rows.</summary>
    private int Run(string sql, DbTransaction transaction, params ReadOnlySpan<Arg> args) =>
        Statement(sql, transaction, args).ExecuteNonQuery();

    /// <summary>Most rows one multi-row statement inserts (a power of two; see <see cref="RunRows"/>).</summary>
    private const int _maxRowsPerStatement = 32;

    /// <summary>
    /// Inserts rows, each row's values in column order (their names are not used), as the dialect does it best
    /// (<see cref="InsertRows"/>).
    /// </summary>
    private void RunRows(string insert, IReadOnlyList<Arg[]> rows, DbTransaction transaction, string suffix = "") =>
        InsertRows(insert, rows, transaction, suffix);

    /// <summary>Inserts rows in the batch's transaction; by default with <see cref="MultiRowInsert"/>.</summary>
    private protected virtual void InsertRows(string insert, IReadOnlyList<Arg[]> rows, DbTransaction transaction, string suffix) =>
        MultiRowInsert(insert, rows, transaction, suffix);

    /// <summary>
    /// Inserts rows with as few statements as possible: "INSERT ... VALUES (...), (...)" with up to 32 rows each (on
    /// a server every statement is a round trip). The rows are split into power-of-two chunks so that each table
    /// needs at most six statement texts, all kept prepared.
    /// </summary>
    private protected void MultiRowInsert(string insert, IReadOnlyList<Arg[]> rows, DbTransaction transaction, string suffix)
    {
        var done = 0;
        while (done < rows.Count)
        {
            var chunk = _maxRowsPerStatement;
            while (chunk > rows.Count - done)
            {
                chunk /= 2;
            }

            var columns = rows[done].Length;
            if (columns > _maxColumns)
            {
                throw new ArgumentException($"{insert}: {columns} columns, at most {_maxColumns} fit the parameter names");
            }

            var sql = MultiRowSql(insert, chunk, columns, suffix);
            var args = _rowArgs.AsSpan(0, chunk * columns); // reused: the statement takes the values at once
            for (var r = 0; r < chunk; r++)
            {
                var row = rows[done + r];
                for (var c = 0; c < columns; c++)
                {
                    args[(r * columns) + c] = row[c] with { Name = RowParameter(r, c) };
                }
            }

            Run(sql, transaction, args);
            done += chunk;
        }
    }

    private readonly Arg[] _rowArgs = new Arg[_maxRowsPerStatement * _maxColumns];

    private readonly Dictionary<(string Insert, int Rows, int Columns, string Suffix), string> _multiRowSql = [];

    private string MultiRowSql(string insert, int rows, int columns, string suffix)
    {
        if (!_multiRowSql.TryGetValue((insert, rows, columns, suffix), out var sql))
        {
            var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => "@" + RowParameter(r, c))) + ")");
            sql = insert + " VALUES " + string.Join(", ", values) + suffix;
            _multiRowSql[(insert, rows, columns, suffix)] = sql;
        }

        return sql;
    }

    private static string RowParameter(int row, int column) => _rowParameters[(row * _maxColumns) + column];

    /// <summary>The widest table inserted row by row: fused_events (18 columns).</summary>
    private const int _maxColumns = 18;

    private static readonly string[] _rowParameters = [.. Enumerable.Range(0, _maxRowsPerStatement * _maxColumns)
        .Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"r{i / _maxColumns}c{i % _maxColumns}"))];

    /// <summary>Runs a prepared query; the reader must be disposed before the same SQL runs again.</summary>
    private DbDataReader Read(string sql, DbTransaction transaction, params ReadOnlySpan<Arg> args) =>
        Statement(sql, transaction, args).ExecuteReader();

    /// <summary>Ids one "IN (...)" read takes (a power of two; see <see cref="ReadIn"/>).</summary>
    private const int _maxIdsPerRead = 32;

    /// <summary>
    /// Runs a query whose SQL ends in "IN (list)" over many ids, in power-of-two chunks of at most 32 padded by
    /// repeating the last id (a repeated id matches nothing more), so each query needs at most six prepared SQL
    /// texts whatever the number of ids, and many ids take few round trips.
    /// </summary>
    private void ReadIn(Func<string, string> sqlFor, IReadOnlyList<string> ids, DbTransaction? transaction, Action<DbDataReader> row)
    {
        var done = 0;
        while (done < ids.Count)
        {
            var chunk = _maxIdsPerRead;
            while (chunk / 2 >= ids.Count - done && chunk > 1)
            {
                chunk /= 2;
            }

            var args = new Arg[chunk];
            var names = new string[chunk];
            for (var i = 0; i < chunk; i++)
            {
                args[i] = Arg.Text(_idParameters[i], ids[Math.Min(done + i, ids.Count - 1)]);
                names[i] = "@" + _idParameters[i];
            }

            using (var reader = Statement(sqlFor("(" + string.Join(", ", names) + ")"), transaction, args).ExecuteReader())
            {
                while (reader.Read())
                {
                    row(reader);
                }
            }

            done += chunk;
        }
    }

    private static readonly string[] _idParameters = [.. Enumerable.Range(0, _maxIdsPerRead)
        .Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"id{i}"))];

    /// <summary>The first column of every row a prepared query returns, as strings (nulls skipped).</summary>
    private List<string> Strings(string sql, DbTransaction transaction, params ReadOnlySpan<Arg> args)
    {
        var values = new List<string>();
        using var reader = Statement(sql, transaction, args).ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0))
            {
                values.Add(reader.GetString(0));
            }
        }

        return values;
    }

    private static bool HasNames(DbParameterCollection parameters, ReadOnlySpan<Arg> args)
    {
        if (parameters.Count != args.Length)
        {
            return false;
        }

        for (var i = 0; i < args.Length; i++)
        {
            var name = parameters[i].ParameterName;
            if (name.Length != args[i].Name.Length + 1 || !name.AsSpan(1).SequenceEqual(args[i].Name))
            {
                return false;
            }
        }

        return true;
    }

    private void DisposeStatements()
    {
        foreach (var command in _statements.Values)
        {
            command.Dispose();
        }

        _statements.Clear();
    }
}
