using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Events.Dictionaries;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word (lower case); a stem matches any word it begins unless it ended in '_'.</summary>
    Word,

    /// <summary>'&amp;NAME': any member of a synonym set.</summary>
    Synset,

    /// <summary>'$': the source actor.</summary>
    Source,

    /// <summary>'+': the target actor.</summary>
    Target,

    /// <summary>'%': a compound actor (source and target together).</summary>
    Compound,

    /// <summary>'^': a skipped noun phrase.</summary>
    Skip,
}

/// <summary>
/// One element of a pattern. <see cref="Adjacent"/>: joined by '_' (or a group) to its neighbour nearer the verb, so it
/// must follow it directly; otherwise other words may come between.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, string Word, bool Stem, bool Adjacent);

/// <summary>
/// A verb pattern "- BEFORE * AFTER [code]": the words before the verb (nearest first) and after it, with the CAMEO
/// code it gives (null: "[---]", no event). <see cref="Line"/> and <see cref="Text"/> trace a coding to its pattern.
/// </summary>
public sealed record VerbPattern(ImmutableArray<PatternElement> Before, ImmutableArray<PatternElement> After, string? Code, string Text, int Line)
{
    /// <summary>How much of the sentence the pattern pins down: more elements, more specific.</summary>
    public int Specificity => Before.Length + After.Length;
}

/// <summary>A verb block "--- NAME [code] ---": its default code and the patterns its verbs share.</summary>
public sealed record VerbBlock(string Name, string? Code, ImmutableArray<VerbPattern> Patterns, string File, int Line);

/// <summary>
/// One verb form of a block: the words of a phrasal or compound verb ("break down", "wire tap") with the index of the
/// word that is the verb, and the code of its own line if it has one (else the block's).
/// </summary>
public sealed record VerbForm(ImmutableArray<string> Words, int VerbIndex, string? Code, bool OwnCode, VerbBlock Block);

/// <summary>
/// A PETRARCH/TABARI verb dictionary (PETRARCH-2's CAMEO.2.0.txt, its validation verbs, TABARI's .verbs files):
/// synonym sets ("&amp;NAME" then "+WORD" lines), verb blocks ("--- NAME [code] ---") whose verb lines list synonyms
/// with irregular forms in braces and multi-word verbs with '+' before the verb word, and patterns
/// ("- WORDS * WORDS [code]") where '*' is the verb, '$' the source, '+' the target, '%' a compound actor,
/// '^' a skipped phrase, '_' joins words that must be adjacent and parentheses or braces group adjacent words.
/// Codes are CAMEO codes; "[---]" means no event, "[a:b]" is a source:target pair of which the first is kept.
/// </summary>
public sealed class VerbDictionary
{
    private VerbDictionary(string name, FrozenDictionary<string, ImmutableArray<VerbForm>> byWord, FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> synsets, int blocks, int patterns)
    {
        Name = name;
        ByVerbWord = byWord;
        Synsets = synsets;
        BlockCount = blocks;
        PatternCount = patterns;
    }

    /// <summary>The file name the dictionary came from.</summary>
    public string Name { get; }

    /// <summary>Lower-case inflected verb word -> the forms whose verb word it is.</summary>
    public FrozenDictionary<string, ImmutableArray<VerbForm>> ByVerbWord { get; }

    /// <summary>Synset name (upper case, without '&amp;' and trailing '_') -> its members, each a word sequence.</summary>
    public FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> Synsets { get; }

    public int BlockCount { get; }

    public int PatternCount { get; }

    /// <summary>Patterns that were skipped while loading, with file:line and why.</summary>
    public ImmutableArray<string> Problems { get; private init; } = [];

    public static VerbDictionary Load(string path) => Load([path]);

    /// <summary>
    /// Several verb dictionaries read as one: a supplement's blocks add their verbs and patterns beside the main file's
    /// (a verb in both has the forms of both), its synonym sets add members to the sets of the same name, and the
    /// patterns of every file may name the synonym sets of any.
    /// </summary>
    public static VerbDictionary Load(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = paths.Select(p => (File: Path.GetFileName(p), Lines: File.ReadAllLines(p))).ToList();
        var synsets = new Dictionary<string, List<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var (file, lines) in files)
        {
            foreach (var (name, members) in ReadSynsets(file, lines))
            {
                // A supplement's set of a name the main file has adds members to it ("&FOOD" gains "+FLOUR").
                if (synsets.TryGetValue(name, out var known))
                {
                    known.AddRange(members.Where(m => !known.Any(k => k.SequenceEqual(m))));
                }
                else
                {
                    synsets[name] = members;
                }
            }
        }

        var byWord = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
        int blocks = 0, patternCount = 0;
        var problems = new List<string>();
        foreach (var (file, lines) in files)
        {
            var (fileBlocks, filePatterns) = ReadBlocks(file, lines, synsets, byWord, problems);
            blocks += fileBlocks;
            patternCount += filePatterns;
        }

        return new VerbDictionary(
            string.Join("+", files.Select(f => f.File)),
            byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            synsets.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            blocks,
            patternCount)
        {
            Problems = [.. problems],
        };
    }

    /// <summary>The verb blocks of one file into <paramref name="byWord"/>: how many blocks and patterns it had.</summary>
    private static (int Blocks, int Patterns) ReadBlocks(string file, string[] lines, Dictionary<string, List<ImmutableArray<string>>> synsets, Dictionary<string, List<VerbForm>> byWord, List<string> problems)
    {
        int blocks = 0, patternCount = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (!line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            // A block: its header, then verb lines, then pattern lines, up to the next header or synset.
            var header = line.Trim('-').Trim();
            var name = header.Split('[')[0].Trim();
            var code = header.Contains('[', StringComparison.Ordinal) ? ParseCode(Bracket(header)) : null;
            var verbLines = new List<(string Text, int Line)>();
            var patternLines = new List<(string Text, int Line)>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var body = Clean(lines[j]);
                if (body.StartsWith("---", StringComparison.Ordinal) || body.StartsWith('&'))
                {
                    break;
                }

                if (body.Length == 0)
                {
                    continue;
                }

                if (body.StartsWith('-'))
                {
                    patternLines.Add((body[1..].Trim(), j + 1));
                }
                else
                {
                    verbLines.Add((body, j + 1));
                }
            }

            var patterns = ImmutableArray.CreateBuilder<VerbPattern>();
            foreach (var (text, number) in patternLines)
            {
                try
                {
                    patterns.Add(ParsePattern(file, number, text, synsets));
                }
                catch (SkippedPatternException skipped)
                {
                    problems.Add(skipped.Message);
                }
            }

            var block = new VerbBlock(name, code, patterns.ToImmutable(), file, i + 1);
            blocks++;
            patternCount += block.Patterns.Length;
            if (verbLines.Count == 0)
            {
                verbLines.Add((name, i + 1)); // "--- LASH OUT [122] ---" with no verb line: the name is the verb
            }

            foreach (var (text, number) in verbLines)
            {
                AddVerb(file, number, text, block, byWord);
            }

            i = j - 1;
        }

        if (blocks == 0)
        {
            throw new DataFileException(file, 1, "no verb block ('--- NAME [code] ---') found: not a PETRARCH/TABARI verb dictionary");
        }

        return (blocks, patternCount);
    }

    /// <summary>A line without its comment, XML comment and surrounding blanks.</summary>
    private static string Clean(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            line = line[..hash];
        }

        line = line.Trim();
        return line.StartsWith("<!--", StringComparison.Ordinal) || line.StartsWith('<') ? "" : line;
    }

    private static string Bracket(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        var close = text.IndexOf(']', open + 1);
        return open < 0 || close < 0 ? "" : text[(open + 1)..close];
    }

    /// <summary>"064" -> 064; "032:033" -> 032; ":173" -> 173; "025?" -> 025; "---", "+++", "abc" -> null (no CAMEO event).</summary>
    public static string? ParseCode(string code)
    {
        code = code.Trim();
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = colon == 0 ? code[1..] : code[..colon];
        }

        var digits = 0;
        while (digits < code.Length && char.IsAsciiDigit(code[digits]))
        {
            digits++;
        }

        return digits >= 2 ? code[..Math.Min(digits, 4)] : null;
    }

    private static Dictionary<string, List<ImmutableArray<string>>> ReadSynsets(string file, string[] lines)
    {
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var original in lines)
        {
            var line = Clean(original);
            if (line.StartsWith('&'))
            {
                var name = SynsetName(line.Split(' ', '\t')[0]);
                raw[name] = current = [];
            }
            else if (current is not null && line.StartsWith('+'))
            {
                current.Add(line[1..].Trim());
            }
            else if (line.Length > 0)
            {
                current = null;
            }
        }

        // Members may name other synsets ("+&TIETYPES"): expand them, guarding against cycles.
        var result = new Dictionary<string, List<ImmutableArray<string>>>(StringComparer.Ordinal);
        foreach (var name in raw.Keys)
        {
            var members = new List<ImmutableArray<string>>();
            Expand(name, raw, members, [], file);
            result[name] = members;
        }

        return result;
    }

    private static void Expand(string name, Dictionary<string, List<string>> raw, List<ImmutableArray<string>> into, HashSet<string> seen, string file)
    {
        if (!seen.Add(name) || !raw.TryGetValue(name, out var members))
        {
            return;
        }

        foreach (var member in members)
        {
            if (member.StartsWith('&'))
            {
                Expand(SynsetName(member), raw, into, seen, file);
                continue;
            }

            var words = Words(member);
            if (words.Length > 0)
            {
                into.Add(words);
            }
        }
    }

    private static string SynsetName(string token) => token.TrimStart('&').Trim().TrimEnd('_').ToUpperInvariant();

    /// <summary>"SECURITY_", "DISPLACED_PERSON", "YUM YENNYEN": lower-case words.</summary>
    private static ImmutableArray<string> Words(string phrase) =>
        [.. phrase.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant())];

    private static void AddVerb(string file, int line, string text, VerbBlock block, Dictionary<string, List<VerbForm>> byWord)
    {
        var code = block.Code;
        var ownCode = false;
        if (text.Contains('[', StringComparison.Ordinal))
        {
            code = ParseCode(Bracket(text));
            ownCode = true;
            text = text[..text.IndexOf('[', StringComparison.Ordinal)];
        }

        string[] irregular = [];
        var noRegular = false;
        if (text.Contains('{', StringComparison.Ordinal))
        {
            var open = text.IndexOf('{', StringComparison.Ordinal);
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new DataFileException(file, line, "'{' without '}' in a verb line");
            }

            irregular = text[(open + 1)..close].Split(' ', '\t', StringSplitOptions.RemoveEmptyEntries);
            noRegular = irregular.Length == 0; // "+ANGERED_BY {}": exactly this form
            text = text[..open];
        }

        var main = text.Trim();
        if (main.Length == 0)
        {
            return;
        }

        var forms = new List<string> { main };
        forms.AddRange(irregular);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var (words, verbIndex) = VerbWords(form);
            if (words.Length == 0)
            {
                continue;
            }

            var inflections = form == main && !noRegular ? Inflect(words[verbIndex]).Concat(BritishSpelling(words[verbIndex]) is { } british ? Inflect(british) : []) : [words[verbIndex]];
            foreach (var inflected in inflections)
            {
                var phrase = words.SetItem(verbIndex, inflected);
                if (!seen.Add(string.Join(' ', phrase)))
                {
                    continue;
                }

                if (!byWord.TryGetValue(inflected, out var list))
                {
                    byWord[inflected] = list = [];
                }

                list.Add(new VerbForm(phrase, verbIndex, code, ownCode, block));
            }
        }
    }

    /// <summary>"WIRE_+TAP" -> [wire, tap] with the verb at 1; "+BREAK_DOWN" -> [break, down] at 0; "LASH OUT" -> at 0.</summary>
    private static (ImmutableArray<string> Words, int VerbIndex) VerbWords(string form)
    {
        var parts = form.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verbIndex = Math.Max(0, Array.FindIndex(parts, p => p.StartsWith('+')));
        var words = parts.Select(p => p.TrimStart('+').ToLowerInvariant()).Where(p => p.Length > 0).ToImmutableArray();
        return (words, Math.Min(verbIndex, Math.Max(0, words.Length - 1)));
    }

    /// <summary>The regular forms PETRARCH generates from a base form: -s, -ed, -ing (with English spelling rules).</summary>
    public static IEnumerable<string> Inflect(string verb)
    {
        yield return verb;
        if (verb.Length < 2 || !char.IsAsciiLetter(verb[^1]))
        {
            yield break;
        }

        var consonantY = verb.EndsWith('y') && !IsVowel(verb[^2]);
        var sibilant = verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal);
        yield return consonantY ? verb[..^1] + "ies" : sibilant ? verb + "es" : verb + "s";
        yield return consonantY ? verb[..^1] + "ied" : verb.EndsWith('e') ? verb + "d" : verb + "ed";
        yield return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";

        // Short consonant-vowel-consonant verbs double their last letter: stab -> stabbed, stabbing.
        if (verb.Length >= 3 && !IsVowel(verb[^1]) && verb[^1] is not ('w' or 'x' or 'y') && IsVowel(verb[^2]) && !IsVowel(verb[^3]))
        {
            yield return verb + verb[^1] + "ed";
            yield return verb + verb[^1] + "ing";
        }
    }

    /// <summary>
    /// The British spelling of a verb the dictionary writes the American way ("criticize" -> "criticise", "paralyze" ->
    /// "paralyse"), or null: PETRARCH's dictionaries are American, much English-language news is not. Short words
    /// ("seize", "size") are not of the kind.
    /// </summary>
    public static string? BritishSpelling(string verb) =>
        verb.Length >= 6 && verb.EndsWith("ize", StringComparison.Ordinal) ? verb[..^3] + "ise"
        : verb.Length >= 6 && verb.EndsWith("yze", StringComparison.Ordinal) ? verb[..^3] + "yse"
        : null;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static VerbPattern ParsePattern(string file, int line, string text, Dictionary<string, List<ImmutableArray<string>>> synsets)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            throw new DataFileException(file, line, "pattern without a code in brackets");
        }

        var code = ParseCode(Bracket(text));
        var body = text[..text.IndexOf('[', StringComparison.Ordinal)].Trim();
        if (!body.Contains('*', StringComparison.Ordinal))
        {
            throw new DataFileException(file, line, "pattern without '*' (the verb)");
        }

        // Tokens with their adjacency: '_' and groups ("(TO BORDER)", "{ARMS SHIPMENT}") bind words together.
        var tokens = new List<(string Token, bool JoinedToPrevious)>();
        var depth = 0;
        var joinNext = false;
        var current = new System.Text.StringBuilder();
        void Flush(bool joinedAfter)
        {
            if (current.Length > 0)
            {
                tokens.Add((current.ToString(), joinNext));
                current.Clear();
                joinNext = joinedAfter;
            }
            else
            {
                joinNext |= joinedAfter;
            }
        }

        foreach (var c in body)
        {
            switch (c)
            {
                case '(' or '{':
                    Flush(false);
                    depth++;
                    break;
                case ')' or '}':
                    Flush(false);
                    depth = Math.Max(0, depth - 1);
                    break;
                case '_':
                    Flush(true);
                    break;
                case ' ' or '\t':
                    Flush(depth > 0);
                    break;
                case '*' or '$' or '+' or '%' or '^' when current.Length == 0:
                    current.Append(c);
                    Flush(false);
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }

        Flush(false);

        var verb = tokens.FindIndex(t => t.Token == "*");
        var before = ImmutableArray.CreateBuilder<PatternElement>();
        for (var k = verb - 1; k >= 0; k--)
        {
            // Nearest the verb first; a token is adjacent to its right neighbour when that neighbour was joined to it.
            before.Add(Element(file, line, tokens[k].Token, tokens[k + 1].JoinedToPrevious, synsets));
        }

        var after = ImmutableArray.CreateBuilder<PatternElement>();
        for (var k = verb + 1; k < tokens.Count; k++)
        {
            if (tokens[k].Token == "*")
            {
                throw new DataFileException(file, line, "pattern with two '*'");
            }

            after.Add(Element(file, line, tokens[k].Token, tokens[k].JoinedToPrevious, synsets));
        }

        return new VerbPattern(before.ToImmutable(), after.ToImmutable(), code, text.Trim(), line);
    }

    private static PatternElement Element(string file, int line, string token, bool adjacent, Dictionary<string, List<ImmutableArray<string>>> synsets)
    {
        switch (token)
        {
            case "$":
                return new PatternElement(PatternElementKind.Source, "$", false, adjacent);
            case "+":
                return new PatternElement(PatternElementKind.Target, "+", false, adjacent);
            case "%":
                return new PatternElement(PatternElementKind.Compound, "%", false, adjacent);
            case "^":
                return new PatternElement(PatternElementKind.Skip, "^", false, adjacent);
        }

        if (token.StartsWith('&'))
        {
            var name = SynsetName(token);
            if (!synsets.ContainsKey(name))
            {
                // PETRARCH skips such a pattern; so do we, and say so (Problems).
                throw new SkippedPatternException($"{file}:{line}: unknown synonym set '&{name}': pattern skipped");
            }

            return new PatternElement(PatternElementKind.Synset, name, false, adjacent);
        }

        return new PatternElement(PatternElementKind.Word, token.ToLowerInvariant(), Stem: token.Length >= 4, adjacent);
    }
}

/// <summary>A pattern the loader leaves out (as PETRARCH does) rather than failing the dictionary.</summary>
internal sealed class SkippedPatternException(string message) : Exception(message);
