using System.Text;

namespace Sitrep.Common;

/// <summary>A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for evaluation files.</summary>
internal static class CsvRecords
{
    /// <summary>The rows as column-to-value maps; a header lacking one of <paramref name="requiredColumns"/> is an error naming the file.</summary>
    public static IEnumerable<Dictionary<string, string>> Read(string path, params string[] requiredColumns)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        string[]? header = null;
        foreach (var fields in ReadRows(reader))
        {
            if (header is null)
            {
                header = [.. fields.Select(f => f.Trim('\uFEFF'))];
                if (requiredColumns.FirstOrDefault(c => !header.Contains(c, StringComparer.Ordinal)) is { } missing)
                {
                    throw new FormatException($"{Path.GetFileName(path)}:1: no column '{missing}'");
                }

                continue;
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i] : string.Empty;
            }

            yield return row;
        }
    }

    private static IEnumerable<List<string>> ReadRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
