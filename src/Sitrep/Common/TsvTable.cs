using System.Collections.Immutable;

namespace Sitrep.Common;

/// <summary>
/// A data file in the project's TSV shape: '#' comment lines, one header line naming the columns, then rows
/// with exactly that many TAB-separated fields. Errors name the file and line.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string file, ImmutableArray<string> header, ImmutableArray<TsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public string File { get; }

    public ImmutableArray<string> Header { get; }

    public ImmutableArray<TsvRow> Rows { get; }

    public static TsvTable Read(string path, params string[] requiredColumns) =>
        Parse(Path.GetFileName(path), System.IO.File.ReadAllText(path), requiredColumns);

    public static TsvTable Parse(string fileName, string content, params string[] requiredColumns)
    {
        ImmutableArray<string>? header = null;
        var rows = ImmutableArray.CreateBuilder<TsvRow>();
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = [.. fields];
                foreach (var required in requiredColumns)
                {
                    if (!fields.Contains(required, StringComparer.Ordinal))
                    {
                        throw new DataFileException(fileName, lineNumber, $"header lacks the column '{required}' (found: {string.Join(", ", fields)})");
                    }
                }

                continue;
            }

            if (fields.Length != header.Value.Length)
            {
                throw new DataFileException(fileName, lineNumber, $"expected {header.Value.Length} tab-separated fields ({string.Join(", ", header.Value)}), found {fields.Length}");
            }

            rows.Add(new TsvRow(fileName, lineNumber, [.. fields.Select(f => f.Trim())]));
        }

        if (header is null)
        {
            throw new DataFileException(fileName, lineNumber, "no header line");
        }

        var table = new TsvTable(fileName, header.Value, rows.ToImmutable());
        foreach (var row in table.Rows)
        {
            row.Table = table;
        }

        return table;
    }

    internal int ColumnIndex(string column) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw new DataFileException(File, 1, $"no column '{column}'");
}

/// <summary>One row of a <see cref="TsvTable"/>, with its line number for error messages.</summary>
public sealed class TsvRow
{
    internal TsvRow(string file, int line, ImmutableArray<string> fields)
    {
        File = file;
        Line = line;
        Fields = fields;
    }

    public string File { get; }

    public int Line { get; }

    public ImmutableArray<string> Fields { get; }

    internal TsvTable? Table { get; set; }

    public string this[string column] => Fields[Table!.ColumnIndex(column)];

    public string Required(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw Error($"column '{column}' is empty");
    }

    public ImmutableArray<string> List(string column) =>
        [.. this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public int? OptionalInt(string column)
    {
        var value = this[column];
        if (value.Length == 0)
        {
            return null;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Error($"column '{column}' is not a whole number: '{value}'");
    }

    public DateOnly? OptionalDate(string column)
    {
        var value = this[column];
        if (value.Length == 0)
        {
            return null;
        }

        return IsoDate.TryRead(value, out var d)
            ? d
            : throw Error($"column '{column}' is not a YYYY-MM-DD date: '{value}'");
    }

    public DataFileException Error(string problem) => new(File, Line, problem);
}
