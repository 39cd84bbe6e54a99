namespace Sitrep.Claims;

/// <summary>A crude English stem for topic overlap between claims and stances: inflections off, first six letters ("deployment", "deploying" -> "deploy").</summary>
internal static class TopicStem
{
    /// <summary>
    /// Speed only: the claims scan stems the same words for every pair of claims it compares, so each thread keeps the
    /// stems it made and hands the same string out again (stems are at most six letters; the set is emptied when full).
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, string>? _stems;

    private const int _maxKept = 50_000;

    public static string Of(string word) => Of(word.AsSpan());

    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var length = word[..lower.Length].ToLowerInvariant(lower);
        var w = lower[..length];
        if (w.Length > 4 && w[^1] == 's' && w[^2] != 's')
        {
            w = w[..^1];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ment", "ing", "ion", "ed"])
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }

        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return Shared(w[..Math.Min(6, w.Length)]);
    }

    private static string Shared(ReadOnlySpan<char> stem)
    {
        var stems = _stems ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(stem, out var shared))
        {
            return shared;
        }

        if (stems.Count >= _maxKept)
        {
            stems.Clear();
        }

        var made = new string(stem);
        stems.Add(made, made);
        return made;
    }
}
