namespace Sitrep.Documents;

/// <summary>What we know about an article apart from its words: where it came from and when it was published.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication date; relative dates ("on Saturday") resolve against it, and stay unresolved without it.</summary>
    public DateOnly? Published { get; init; }

    public string? Language { get; init; }

    /// <summary>Where the article was read from (a file path, "stdin", a feed item), for messages.</summary>
    public string? Origin { get; init; }
}
