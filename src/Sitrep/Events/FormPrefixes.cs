namespace Sitrep.Events;

/// <summary>
/// The word-boundary prefixes of a set of forms ("ceasefire" of "ceasefire violation"): the words from a token can
/// make a form of n words only if their first n - 1 words, joined by spaces, are such a prefix. Speed only: an n-gram
/// matcher tries the lengths <see cref="MaxWords"/> allows and skips lookups that cannot succeed.
/// </summary>
internal sealed class FormPrefixes
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    public FormPrefixes(IEnumerable<string> forms)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            for (var space = form.IndexOf(' '); space >= 0; space = form.IndexOf(' ', space + 1))
            {
                prefixes.Add(form[..space]);
            }
        }

        _prefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The most words from <paramref name="i"/> (at most <paramref name="max"/>, at least 1 when max is) that can
    /// make a form: past that, the joined words (as the matcher joins them, single spaces) are no form's beginning.
    /// Uses <paramref name="buffer"/> as scratch.
    /// </summary>
    public int MaxWords(string[] words, int i, int max, Span<char> buffer)
    {
        var n = 1;
        var length = 0;
        while (n < max)
        {
            var word = words[i + n - 1];
            if (length + word.Length + 1 > buffer.Length)
            {
                return n; // longer joins do not fit the matcher's buffer either
            }

            if (n > 1)
            {
                buffer[length++] = ' ';
            }

            word.AsSpan().CopyTo(buffer[length..]);
            length += word.Length;
            if (!_prefixes.Contains(buffer[..length]))
            {
                return n;
            }

            n++;
        }

        return max;
    }
}
