namespace Sitrep.Cli;

/// <summary>
/// Where a command's output goes: machine-readable output to <see cref="Out"/>, messages and progress to
/// <see cref="Error"/>. Tests run commands in-process with their own writers.
/// </summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin, bool ErrorIsTerminal)
{
    public static CliContext FromConsole() => new(
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false },
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsErrorRedirected);

    public void Reject(string origin, string reason) => Error.WriteLine($"sitrep: {origin}: {reason}");

    /// <summary>A reader's warning about an input it still analysed ("not_english: ...", "bad_published_date: ...").</summary>
    public void Warn(string origin, string warning) => Error.WriteLine($"sitrep: {origin}: warning: {warning}");
}

/// <summary>The contract's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputsRejected = 1;
    public const int UsageError = 2;
}
