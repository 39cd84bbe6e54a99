using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Reads a news outlet's name by its shape rather than from a list (<c>data/claims/outlet_shapes.tsv</c>): the outlet a
/// speaker talks to ("told Radio X", "told the Haitian newspaper Le Y", "told Z, a Nigerian outlet") and a claimant
/// that is itself an outlet ("The Q Post reported that ..."). A name is an outlet's when a head word is in it
/// ("Radio", "Tribune"), a descriptor stands beside it ("newspaper", "broadcaster"), it opens with a foreign article
/// ("El", "Al") or with a capitalised "The" mid-sentence, or, for an addressee only, it is one word that the passage
/// has not used as a person's surname. A person ("told John Smith", "told Smith" after "John Smith") has none of these.
/// </summary>
public sealed class OutletShapes
{
    public const string File = "outlet_shapes.tsv";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _descriptors;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _articles;
    private readonly PhraseIndex<string> _leads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _quoting;

    /// <summary>How many words a descriptor phrase before a name may hold ("the Kyrgyz news site").</summary>
    private const int _descriptorReach = 4;

    /// <summary>How many words after a comma an appositive descriptor may come ("X, a Nigerian news outlet").</summary>
    private const int _appositiveReach = 5;

    private OutletShapes(IEnumerable<(string Phrase, string Role)> entries)
    {
        var list = entries.ToList();
        _heads = list.Where(e => e.Role is "head" or "both").Select(e => e.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptors = list.Where(e => e.Role is "descriptor" or "both").Select(e => e.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _articles = list.Where(e => e.Role == "article").Select(e => e.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _leads = new PhraseIndex<string>(list.Where(e => e.Role == "lead").Select(e => (ImmutableArray.Create(e.Phrase.Split(' ')), e.Phrase)));
        _quoting = list.Where(e => e.Role == "quoting").Select(e => e.Phrase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No shapes: no outlet is read beyond the channel list.</summary>
    public static OutletShapes Empty { get; } = new([]);

    public static OutletShapes Load(string directory)
    {
        var entries = ClaimsLexicon.Read(directory, File, 2, (f, line) =>
            f[0] == f[0].ToLowerInvariant() && f[1] is "head" or "descriptor" or "both" or "article" or "lead" or "quoting"
                ? (f[0], f[1])
                : throw new FormatException($"'{f[0]}' must be lower case with role head, descriptor, both, article, lead or quoting, got '{f[1]}'"));
        return new OutletShapes(entries);
    }

    /// <summary>Whether a word is one by which an outlet names the source it quotes ("quoted" in "quoted a nurse as saying").</summary>
    internal bool IsQuoting(ReadOnlySpan<char> word) => _quoting.Contains(word);

    /// <summary>
    /// The outlet addressed by a lead at token <paramref name="k"/> ("told", "speaking to"): its name and the token it
    /// starts at, or null when no lead is there or what follows is not an outlet's name.
    /// </summary>
    internal (string Name, int Start)? AddresseeAt(string text, ImmutableArray<Token> tokens, int k, int limit)
    {
        if (!_leads.TryMatch(text, tokens, k, limit, out var lead))
        {
            return null;
        }

        var i = lead.End;
        if (i < limit && Slice(text, tokens[i]).SequenceEqual("the"))
        {
            i++;
        }

        return ReadName(text, tokens, i, limit, addressee: true) is { } name ? (name, i) : null;
    }

    /// <summary>An outlet's name inside a claimant's tokens [first, end) ("The Q Post", "the state-run N News Agency"), or null.</summary>
    internal string? InClaimant(string text, ImmutableArray<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (ReadName(text, tokens, i, end, addressee: false) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private string? ReadName(string text, ImmutableArray<Token> tokens, int i, int limit, bool addressee)
    {
        // A descriptor phrase before the name: "the Haitian newspaper Le Y", "state broadcaster Z".
        var described = false;
        for (var j = i; j < limit - 1 && j < i + _descriptorReach && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (IsDescriptor(text, tokens[j]) && StartsName(text, tokens[j + 1], allowNumber: true))
            {
                described = true;
                i = j + 1;
                break;
            }
        }

        if (i >= limit || !StartsName(text, tokens[i], allowNumber: described))
        {
            return null;
        }

        var end = i + 1;
        var head = _heads.Contains(Slice(text, tokens[i]));
        while (end < limit)
        {
            var t = tokens[end];
            if (StartsName(text, t, allowNumber: true) && t.Start > tokens[end - 1].End)
            {
                head |= _heads.Contains(Slice(text, t));
                end++;
            }
            else if (t.Start == tokens[end - 1].End && t.Kind is TokenKind.Punctuation or TokenKind.Dash && end + 1 < limit
                && tokens[end + 1].Start == t.End && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Number
                && (StartsName(text, tokens[end + 1], allowNumber: true) || text[t.Start] == '.'))
            {
                // Joined pieces of one name: "Al-Masdar", "L'Orient-Le", "24.kg".
                end += 2;
            }
            else if (Slice(text, t).SequenceEqual("of") && end + 1 < limit && StartsName(text, tokens[end + 1], allowNumber: false))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        described |= end < limit && IsDescriptor(text, tokens[end]) || end < limit && IsAppositiveDescriptor(text, tokens, end, limit);
        var first = Slice(text, tokens[i]);
        var article = _articles.Contains(ArticleOf(first)) && (end > i + 1 || ArticleOf(first).Length < first.Length);
        var title = first.SequenceEqual("The") && end > i + 1 && addressee;
        var single = addressee && end == i + 1 && !UsedAsSurname(text, tokens[i]);
        if (first.SequenceEqual("The") && end == i + 1)
        {
            return null; // "The agency said": an article before a descriptor, no name
        }

        var outlet = described || head || (addressee && (article || title || single));
        if (!outlet)
        {
            return null;
        }

        // A claimant's capitalised "The" opens its sentence ("The Q Post reported"), it is not part of the name.
        var start = !addressee && first.SequenceEqual("The") ? tokens[i + 1].Start : tokens[i].Start;
        return text[start..tokens[end - 1].End];
    }

    /// <summary>", a Nigerian outlet" after a name: a comma, then within a few words a descriptor before any other punctuation.</summary>
    private bool IsAppositiveDescriptor(string text, ImmutableArray<Token> tokens, int k, int limit)
    {
        if (!Slice(text, tokens[k]).SequenceEqual(","))
        {
            return false;
        }

        for (var j = k + 1; j < limit && j <= k + _appositiveReach && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (IsDescriptor(text, tokens[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word closes a longer capitalised name earlier in the passage ("Smith" after "John Smith"): then it is a person.</summary>
    private static bool UsedAsSurname(string text, Token word)
    {
        var value = Slice(text, word);
        var at = text.AsSpan(0, word.Start).IndexOf(value, StringComparison.Ordinal);
        var offset = 0;
        while (at >= 0)
        {
            var position = offset + at;
            if (position >= 2 && text[position - 1] == ' ' && char.IsLetter(text[position - 2]))
            {
                var wordStart = position - 2;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (char.IsUpper(text[wordStart]))
                {
                    return true;
                }
            }

            offset = position + value.Length;
            at = text.AsSpan(offset, word.Start - offset).IndexOf(value, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>The part of a word before an apostrophe or hyphen ("L" of "L'Orient", "Al" of "Al-Masdar"), else the word.</summary>
    private static ReadOnlySpan<char> ArticleOf(ReadOnlySpan<char> word)
    {
        var cut = word.IndexOfAny("'\u2019-");
        return cut > 0 ? word[..cut] : word;
    }

    private bool IsDescriptor(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && _descriptors.Contains(Slice(text, token));

    /// <summary>
    /// A capitalised word (not a compound adjective such as "Houthi-run" or "PKK-affiliated", whose last part is lower
    /// case: it describes the name that follows), or a number where one may open or continue a name.
    /// </summary>
    private static bool StartsName(string text, Token token, bool allowNumber)
    {
        if (token.Kind != TokenKind.Word)
        {
            return allowNumber && token.Kind == TokenKind.Number;
        }

        var word = text.AsSpan(token.Start, token.Length);
        var hyphen = word.LastIndexOf('-');
        return char.IsUpper(word[0]) && (hyphen < 0 || hyphen == word.Length - 1 || !char.IsLower(word[hyphen + 1]));
    }

    private static ReadOnlySpan<char> Slice(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
