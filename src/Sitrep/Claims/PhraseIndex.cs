using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Multi-word phrases indexed by their first word, matched case-insensitively against the document's tokens
/// without allocating. A "..." element matches a gap of zero to <see cref="MaxGap"/> tokens.
/// </summary>
internal sealed class PhraseIndex<T>
{
    public const int MaxGap = 6;
    internal const string Gap = "...";

    private readonly Dictionary<string, List<(ImmutableArray<string> Tokens, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    /// <summary>
    /// Speed only: the shapes of the first words, a bit per length (63: longer) for each ASCII first character folded
    /// to lower case. Most tokens begin no phrase, and this rejects them without hashing the word. A word or first
    /// word that begins with any other character is always looked up (case folding beyond ASCII is left to the dictionary).
    /// </summary>
    private readonly ulong[] _firstShapes = new ulong[128];

    private readonly bool _lookUpAll;

    public PhraseIndex(IEnumerable<(ImmutableArray<string> Tokens, T Value)> phrases)
    {
        var byFirst = new Dictionary<string, List<(ImmutableArray<string>, T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            if (!byFirst.TryGetValue(phrase.Tokens[0], out var list))
            {
                byFirst[phrase.Tokens[0]] = list = [];
            }

            list.Add(phrase);
            var first = phrase.Tokens[0];
            if (first.Length == 0 || first[0] >= 128)
            {
                _lookUpAll = true;
            }
            else
            {
                _firstShapes[Fold(first[0])] |= LengthBit(first.Length);
            }
        }

        foreach (var list in byFirst.Values)
        {
            // Longest phrase first, so "has not officially confirmed" wins over "confirmed".
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }

        _byFirst = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, ImmutableArray<Token> tokens, int start, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (start >= limit)
        {
            return false;
        }

        var word = Word(text, tokens[start]);
        if (!_lookUpAll && word.Length > 0 && word[0] < 128 && (_firstShapes[Fold(word[0])] & LengthBit(word.Length)) == 0
            || !_byFirst.TryGetValue(word, out var candidates))
        {
            return false;
        }

        foreach (var (phrase, value) in candidates)
        {
            var end = MatchFrom(text, tokens, phrase, 1, start + 1, limit);
            if (end > 0)
            {
                match = new PhraseMatch<T>(start, end, value);
                return true;
            }
        }

        return false;
    }

    /// <summary>All non-overlapping matches in [start, limit), left to right.</summary>
    public IEnumerable<PhraseMatch<T>> FindAll(string text, ImmutableArray<Token> tokens, int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            if (TryMatch(text, tokens, i, limit, out var match))
            {
                yield return match;
                i = match.End - 1;
            }
        }
    }

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    internal static ReadOnlySpan<char> Word(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        // Curly apostrophes ("Russia’s", "n’t") match the straight ones the lexicons use.
        if (word.Length == 2 && word[0] == '\u2019' && word[1] == 's')
        {
            return "'s";
        }

        return word.Length == 3 && word[0] == 'n' && word[1] == '\u2019' && word[2] == 't' ? "n't" : word;
    }

    private static int MatchFrom(string text, ImmutableArray<Token> tokens, ImmutableArray<string> phrase, int p, int t, int limit)
    {
        if (p == phrase.Length)
        {
            return t;
        }

        if (phrase[p] == Gap)
        {
            for (var skip = 0; skip <= MaxGap && t + skip <= limit; skip++)
            {
                var end = MatchFrom(text, tokens, phrase, p + 1, t + skip, limit);
                if (end > 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return t < limit && Word(text, tokens[t]).Equals(phrase[p], StringComparison.OrdinalIgnoreCase)
            ? MatchFrom(text, tokens, phrase, p + 1, t + 1, limit)
            : -1;
    }
}

/// <summary>A phrase found over tokens [Start, End).</summary>
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value);
