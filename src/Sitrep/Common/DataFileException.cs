namespace Sitrep.Common;

/// <summary>A data file line that could not be read: the message names the file and line, so a user can fix it.</summary>
public sealed class DataFileException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;
}
