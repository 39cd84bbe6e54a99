namespace Sitrep.Common;

/// <summary>A data file line that could not be read: the message names the file and line, so a user can fix it.</summary>
public sealed class DataFileException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;
}

/// <summary>
/// Reads Sitrep's tab-separated knowledge files: UTF-8, '#' starts a comment line, blank lines are skipped.
/// </summary>
public static class TsvFile
{
    /// <summary>Yields each data line's 1-based number and its fields, checking the column count.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int expectedColumns, int optionalColumns = 0)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = raw.Split('\t');
            if (fields.Length < expectedColumns || fields.Length > expectedColumns + optionalColumns)
            {
                var wanted = optionalColumns == 0 ? $"{expectedColumns}" : $"{expectedColumns} to {expectedColumns + optionalColumns}";
                throw new DataFileException(path, number, $"expected {wanted} tab-separated columns, found {fields.Length}");
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (number, fields);
        }
    }
}
