namespace Sitrep.Actors;

/// <summary>A malformed line in an actor or lexicon data file; the message starts with <c>file:line:</c>.</summary>
public sealed class ActorDataException : Exception
{
    public ActorDataException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    public ActorDataException()
    {
        File = "";
    }

    public ActorDataException(string message)
        : base(message)
    {
        File = "";
    }

    public ActorDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
    }

    public string File { get; }

    public int Line { get; }
}
