using System.CommandLine;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>The options that say what to read and what to assume about it, shared by analyze and ingest.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = CommonOptions.Paths("articles: .txt, .html/.htm, RSS/Atom .xml, .json/.jsonl files, directories (recursively), or - for stdin");

    public Option<DateOnly?> Published { get; } = CommonOptions.Date("--published", "publication date for inputs that do not give one");

    public Option<string?> Source { get; } = CommonOptions.Text("--source", "outlet name for inputs that do not give one");

    public Option<string?> Url { get; } = CommonOptions.Text("--url", "URL for inputs that do not give one");

    public Option<long> MaxBytes { get; } = CommonOptions.MaxBytes();

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Published);
        command.Add(Source);
        command.Add(Url);
        command.Add(MaxBytes);
    }

    public ReaderOptions ReaderOptions(ParseResult parsed) => new()
    {
        DefaultPublished = parsed.GetValue(Published),
        DefaultSource = parsed.GetValue(Source),
        DefaultUrl = parsed.GetValue(Url),
        MaxArticleBytes = parsed.GetValue(MaxBytes),
    };

    public IReadOnlyList<string> PathsOf(ParseResult parsed)
    {
        var paths = parsed.GetValue(Paths) ?? [];
        return paths.Length == 0 ? ["-"] : paths;
    }
}
