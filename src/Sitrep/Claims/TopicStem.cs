namespace Sitrep.Claims;

/// <summary>A crude English stem for topic overlap between claims and stances: inflections off, first six letters ("deployment", "deploying" -> "deploy").</summary>
internal static class TopicStem
{
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

        return new string(w[..Math.Min(6, w.Length)]);
    }
}
