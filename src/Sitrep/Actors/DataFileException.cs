namespace Sitrep.Actors;

/// <summary>
/// A malformed line in a data file (actors, lexicons); the message starts with <c>file:line:</c>. Lives here until a
/// shared home exists (Sitrep.Common is the lead's).
/// </summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    public DataFileException()
    {
        File = "";
    }

    public DataFileException(string message)
        : base(message)
    {
        File = "";
    }

    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
    }

    public string File { get; }

    public int Line { get; }
}
