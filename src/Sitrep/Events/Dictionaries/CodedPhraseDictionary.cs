using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Common;

namespace Sitrep.Events.Dictionaries;

/// <summary>A code valid over a date range (either end open), as in "[HOBGOV 19950601 - 19990815]".</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly? date) => date is not { } d || ((From is null || d >= From) && (To is null || d <= To));
}

/// <summary>
/// One phrase of an actor or agent dictionary: its words (lower case), whether its last word must match exactly
/// (written with a trailing '_') or as a stem, and its codes. Agent codes keep their '~' ("~GOV": a role).
/// </summary>
public sealed record CodedPhrase(ImmutableArray<string> Words, bool ExactEnd, ImmutableArray<DatedCode> Codes, int Line)
{
    /// <summary>The code in force on a date: a dated code covering it, else the undated default, else the first.</summary>
    public string? CodeOn(DateOnly? date)
    {
        var dated = Codes.FirstOrDefault(c => (c.From is not null || c.To is not null) && date is not null && c.Covers(date));
        return (dated ?? Codes.FirstOrDefault(c => c.From is null && c.To is null) ?? Codes.FirstOrDefault())?.Code;
    }
}

/// <summary>A phrase found in a sentence: tokens [First, End) and its code.</summary>
public readonly record struct PhraseMatch(int First, int End, string Code, bool IsAgent);

/// <summary>
/// A PETRARCH/TABARI actor or agent dictionary: "NAME [CODE]" entries with "+SYNONYM" lines and indented dated
/// codes ("[HOBGOV 19950601 - 19990815]", "[RHO &lt;790606]"); agents ("PRESIDENT [~GOV]") with plural forms in braces
/// ("{}": none; otherwise an -s plural) and "!MACRO! = A, B" substitutions. '_' joins the words of a phrase; a
/// trailing '_' makes the last word exact, otherwise it matches as a stem ("ARGENTIN" -> Argentina, Argentine).
/// </summary>
public sealed class CodedPhraseDictionary
{
    private readonly FrozenDictionary<string, ImmutableArray<CodedPhrase>> _byFirstWord;
    private readonly ImmutableArray<CodedPhrase> _stemFirst;
    private readonly FrozenDictionary<string, CodedPhrase> _stemLookup;
    private readonly int _minStem;
    private readonly int _maxStem;

    // Speed only: the stems' first _minStem letters, so that a word starting otherwise skips the prefix probes.
    private readonly FrozenDictionary<string, CodedPhrase>.AlternateLookup<ReadOnlySpan<char>> _stemSpans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stemHeads;

    private CodedPhraseDictionary(string name, bool agents, List<CodedPhrase> phrases)
    {
        Name = name;
        IsAgents = agents;
        Count = phrases.Count;
        _byFirstWord = phrases.Where(p => p.Words.Length > 1 || p.ExactEnd).GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
        _stemFirst = [.. phrases.Where(p => p.Words.Length == 1 && !p.ExactEnd)];
        _stemLookup = _stemFirst.GroupBy(p => p.Words[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _minStem = _stemFirst.IsEmpty ? 0 : _stemFirst.Min(p => p.Words[0].Length);
        _maxStem = _stemFirst.IsEmpty ? 0 : _stemFirst.Max(p => p.Words[0].Length);
        _stemSpans = _stemLookup.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemHeads = new HashSet<string>(_stemFirst.Select(p => p.Words[0][.._minStem]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    public bool IsAgents { get; }

    public int Count { get; }

    public static CodedPhraseDictionary LoadActors(string path) => Load(path, agents: false);

    public static CodedPhraseDictionary LoadAgents(string path) => Load(path, agents: true);

    private static CodedPhraseDictionary Load(string path, bool agents)
    {
        var file = Path.GetFileName(path);
        var phrases = new List<CodedPhrase>();
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var names = new List<(string Text, int Line)>();
        var codes = new List<DatedCode>();
        var lines = File.ReadAllLines(path);
        var inComment = false;

        void Close()
        {
            if (names.Count > 0 && codes.Count > 0)
            {
                foreach (var (text, number) in names)
                {
                    foreach (var expanded in Expand(text, macros))
                    {
                        AddPhrase(phrases, expanded, [.. codes], number, agents);
                    }
                }
            }

            names.Clear();
            codes.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inComment || line.TrimStart().StartsWith("<!", StringComparison.Ordinal))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).TrimEnd();
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = text.Trim();
            if (agents && trimmed.StartsWith('!') && trimmed.Contains('=', StringComparison.Ordinal))
            {
                var eq = trimmed.IndexOf('=', StringComparison.Ordinal);
                macros[trimmed[..eq].Trim()] = trimmed[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }

            var indented = char.IsWhiteSpace(text[0]);
            if (indented && trimmed.StartsWith('['))
            {
                codes.Add(ParseDated(file, i + 1, Between(trimmed, '[', ']')));
                continue;
            }

            if (trimmed.StartsWith('+'))
            {
                names.Add((trimmed[1..], i + 1));
                if (trimmed.Contains('[', StringComparison.Ordinal))
                {
                    codes.Add(ParseDated(file, i + 1, Between(trimmed, '[', ']')));
                }

                continue;
            }

            // A new entry: the previous one is complete.
            Close();
            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            names.Add((bracket >= 0 ? trimmed[..bracket] : trimmed, i + 1));
            if (bracket >= 0)
            {
                codes.Add(ParseDated(file, i + 1, Between(trimmed, '[', ']')));
            }
        }

        Close();
        if (phrases.Count == 0)
        {
            throw new DataFileException(file, 1, "no coded phrase ('NAME [CODE]') found: not a PETRARCH/TABARI actor or agent dictionary");
        }

        return new CodedPhraseDictionary(file, agents, phrases);
    }

    private static string Between(string text, char open, char close)
    {
        var a = text.IndexOf(open, StringComparison.Ordinal);
        var b = text.IndexOf(close, a + 1);
        return a < 0 ? "" : b < 0 ? text[(a + 1)..] : text[(a + 1)..b];
    }

    private static IEnumerable<string> Expand(string text, Dictionary<string, string[]> macros)
    {
        foreach (var (macro, values) in macros)
        {
            if (text.Contains(macro, StringComparison.Ordinal))
            {
                return values.SelectMany(v => Expand(text.Replace(macro, v, StringComparison.Ordinal), macros));
            }
        }

        return [text];
    }

    private static void AddPhrase(List<CodedPhrase> phrases, string text, ImmutableArray<DatedCode> codes, int line, bool agents)
    {
        string[] plurals = [];
        var explicitPlurals = false;
        if (text.Contains('{', StringComparison.Ordinal))
        {
            plurals = Between(text, '{', '}').Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
            explicitPlurals = true;
            text = text[..text.IndexOf('{', StringComparison.Ordinal)];
        }

        var name = text.Trim();
        if (name.Length == 0)
        {
            return;
        }

        var forms = new List<string> { name };
        forms.AddRange(plurals);
        if (agents && !explicitPlurals)
        {
            var bare = name.TrimEnd('_');
            forms.Add(bare.EndsWith('Y') && bare.Length > 2 && "AEIOU".IndexOf(bare[^2]) < 0 ? bare[..^1] + "IES" : bare.EndsWith('S') ? bare + "ES" : bare + "S");
        }

        foreach (var form in forms)
        {
            var exact = form.EndsWith('_') || agents;
            var words = form.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToImmutableArray();
            if (!words.IsEmpty)
            {
                phrases.Add(new CodedPhrase(words, exact, codes, line));
            }
        }
    }

    /// <summary>"HOB &lt; 950601", "HOBGOV 19950601 - 19990815", "HOBREB > 990816", "ZBW": a code and its dates.</summary>
    private static DatedCode ParseDated(string file, int line, string text)
    {
        var parts = text.Replace("<", " < ", StringComparison.Ordinal).Replace(">", " > ", StringComparison.Ordinal).Replace("-", " - ", StringComparison.Ordinal)
            .Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
        var code = parts.Length == 0 || parts[0] is "<" or ">" ? "" : parts[0].Trim();
        if (parts.Length > 0 && parts[0] == "-" && parts.Length >= 3 && parts[1] == "-")
        {
            code = "---";
        }

        var dates = parts.Where(p => p.All(char.IsAsciiDigit) && p.Length is 6 or 8).Select(Date).ToList();
        if (text.Contains('<', StringComparison.Ordinal) && dates.Count == 1)
        {
            return new DatedCode(code, null, dates[0]);
        }

        if (text.Contains('>', StringComparison.Ordinal) && dates.Count == 1)
        {
            return new DatedCode(code, dates[0], null);
        }

        return dates.Count == 2 ? new DatedCode(code, dates[0], dates[1]) : new DatedCode(code, null, null);
    }

    /// <summary>"950601" (TABARI's two-digit years: below 30 is 20xx) or "19950601".</summary>
    private static DateOnly Date(string digits)
    {
        var full = digits.Length == 8 ? digits : (int.Parse(digits[..2], CultureInfo.InvariantCulture) < 30 ? "20" : "19") + digits;
        return DateOnly.TryParseExact(full, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
    }

    /// <summary>The longest phrase of the dictionary starting at token <paramref name="i"/> of <paramref name="words"/>.</summary>
    public PhraseMatch? MatchAt(ReadOnlySpan<string> words, int i, int end, DateOnly? date)
    {
        var word = words[i];
        if (_byFirstWord.TryGetValue(word, out var candidates))
        {
            foreach (var phrase in candidates)
            {
                if (Matches(phrase, words, i, end))
                {
                    return Result(phrase, i, i + phrase.Words.Length, date);
                }
            }
        }

        // One-word stems: "argentin" matches "argentina"; try the word's prefixes, longest first.
        if (word.Length < _minStem || _minStem == 0 || !_stemHeads.Contains(word.AsSpan(0, _minStem)))
        {
            return null;
        }

        for (var n = Math.Min(word.Length, _maxStem); n >= _minStem && n > 0; n--)
        {
            if (_stemSpans.TryGetValue(word.AsSpan(0, n), out var stem))
            {
                return Result(stem, i, i + 1, date);
            }
        }

        return null;
    }

    private PhraseMatch? Result(CodedPhrase phrase, int first, int end, DateOnly? date) =>
        phrase.CodeOn(date) is { Length: > 0 } code && code != "---" ? new PhraseMatch(first, end, code, IsAgents) : null;

    private static bool Matches(CodedPhrase phrase, ReadOnlySpan<string> words, int i, int end)
    {
        if (i + phrase.Words.Length > end)
        {
            return false;
        }

        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var last = k == phrase.Words.Length - 1;
            var ok = last && !phrase.ExactEnd ? words[i + k].StartsWith(phrase.Words[k], StringComparison.Ordinal) : words[i + k] == phrase.Words[k];
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
