using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>
/// One name, one type per article: a name the model tagged somewhere is tagged wherever else it appears
/// (capitalised and not already inside an entity), with the type it was given most often; so are the initials of
/// a multi-word organisation or place name where the article uses them as a word.
/// </summary>
internal static class DocumentConsistency
{
    public static List<TaggedSpan> Apply(string text, ReadOnlySpan<Token> tokens, List<TaggedSpan> spans)
    {
        if (spans.Count == 0)
        {
            return spans;
        }

        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Vote(string name, string type)
        {
            if (!votes.TryGetValue(name, out var byType))
            {
                votes.Add(name, byType = new Dictionary<string, int>(StringComparer.Ordinal));
            }

            byType[type] = byType.GetValueOrDefault(type) + 1;
        }

        foreach (var span in spans)
        {
            Vote(text[tokens[span.First].Start..tokens[span.End - 1].End], span.Type);

            // A person named in full is later called by the surname alone ("Zelenskyy").
            if (span.Type == "PER" && span.Count > 1 && char.IsUpper(text[tokens[span.End - 1].Start]))
            {
                Vote(text.Substring(tokens[span.End - 1].Start, tokens[span.End - 1].Length), span.Type);
            }

            // An organisation or place named in full is also called by its initials ("Syrian Democratic Forces
            // (SDF)", later "the SDF"): the acronym gets the full name's type where the article writes it (a vote
            // for initials the article never writes changes nothing: only written words are looked up below).
            if (span.Type is "ORG" or "LOC" && span.Count > 1 && Initials(text, tokens, span.First, span.Count) is { } acronym)
            {
                Vote(acronym, span.Type);
            }
        }

        // A name the model typed differently in places takes the type most of its mentions got ("Firefox" ORG
        // three times and PER once is ORG everywhere); a tie leaves each mention as tagged.
        for (var s = 0; s < spans.Count; s++)
        {
            var byType = votes[text[tokens[spans[s].First].Start..tokens[spans[s].End - 1].End]];
            var own = byType[spans[s].Type];
            foreach (var (type, count) in byType)
            {
                if (count > own && count * 2 > byType.Values.Sum())
                {
                    spans[s] = spans[s] with { Type = type };
                    break;
                }
            }
        }

        var covered = new bool[tokens.Length];
        foreach (var span in spans)
        {
            covered.AsSpan(span.First, span.Count).Fill(true);
        }

        var result = new List<TaggedSpan>(spans.Count);
        var byFirstWord = votes.Keys.GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToList(), StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || !char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if (!byFirstWord.TryGetValue(word, out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                var count = Matches(text, tokens, i, name, covered);
                if (count > 0 && !PartOfLongerName(text, tokens, i, count))
                {
                    var type = votes[name].OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
                    result.Add(new TaggedSpan(i, count, type));
                    covered.AsSpan(i, count).Fill(true);
                    i += count - 1;
                    break;
                }
            }
        }

        if (result.Count == 0)
        {
            return spans;
        }

        result.AddRange(spans);
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    /// <summary>
    /// Whether the words right before or after a match continue it as a name ("Lake Tharthar", "Sungjoo Lee",
    /// "CTF 50"): then the match is part of another, longer name, which the model did not tag, not this one.
    /// </summary>
    private static bool PartOfLongerName(string text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        var next = first + count;
        if (next < tokens.Length && OnSameLine(text, tokens[next - 1], tokens[next]) && ContinuesName(text, tokens[next]))
        {
            return true;
        }

        // A capitalised word before the match continues it unless it opens a sentence.
        return first > 0 && OnSameLine(text, tokens[first - 1], tokens[first]) && char.IsUpper(text[tokens[first - 1].Start])
            && first > 1 && !OpensSentence(text, tokens[first - 2]);
    }

    // Words an acronym usually skips ("Islamic State of Iraq and the Levant": ISIL; "People's Defence Force": PDF).
    private static readonly string[] _skippedByInitials = ["of", "the", "and", "for", "on", "in", "de", "&", "-", "'s", "’s"];

    /// <summary>
    /// The initials of a multi-word name's words, upper case, leaving out the small words acronyms skip; null when
    /// the name holds other lower-case words or fewer than two initials.
    /// </summary>
    /// <remarks>Shared with the mention linker, which links the initials to the name they stand for.</remarks>
    internal static string? Initials(string text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        Span<char> initials = stackalloc char[8];
        var n = 0;
        for (var t = first; t < first + count; t++)
        {
            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            if (t > first && IsSkipped(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || n == initials.Length)
            {
                return null;
            }

            initials[n++] = word[0];
        }

        return n >= 2 ? new string(initials[..n]) : null;
    }

    private static bool IsSkipped(ReadOnlySpan<char> word)
    {
        foreach (var skipped in _skippedByInitials)
        {
            if (word.Equals(skipped, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContinuesName(string text, Token token) => char.IsUpper(text[token.Start]) || char.IsDigit(text[token.Start]);

    private static bool OpensSentence(string text, Token before) =>
        text[before.Start] is '.' or '!' or '?' or ':' or '"' or '\u201C' or ';' || !OnSameLine(text, before, before);

    private static bool OnSameLine(string text, Token left, Token right) => text.AsSpan(left.End, Math.Max(0, right.Start - left.End)).IndexOf('\n') < 0;

    /// <summary>How many tokens from <paramref name="first"/> spell <paramref name="name"/> (0 if they do not).</summary>
    private static int Matches(string text, ReadOnlySpan<Token> tokens, int first, string name, bool[] covered)
    {
        var position = 0;
        var i = first;
        while (i < tokens.Length && !covered[i])
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (position > 0)
            {
                if (position >= name.Length || name[position] != ' ')
                {
                    return 0;
                }

                position++;
            }

            if (!name.AsSpan(position).StartsWith(word, StringComparison.Ordinal))
            {
                return 0;
            }

            position += word.Length;
            i++;
            if (position == name.Length)
            {
                return i - first;
            }
        }

        return 0;
    }
}
