namespace Sitrep.Ingest;

/// <summary>Limits and defaults for reading input. Metadata given here fills what an input does not say itself.</summary>
public sealed record ReaderOptions
{
    /// <summary>The largest single article (a .txt, .html or .json file, or one .jsonl line) read, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The largest feed file read, in bytes (a feed holds many articles).</summary>
    public long MaxFeedBytes { get; init; } = 64 * 1024 * 1024;

    public DateOnly? DefaultPublished { get; init; }

    public string? DefaultSource { get; init; }

    public string? DefaultUrl { get; init; }
}
