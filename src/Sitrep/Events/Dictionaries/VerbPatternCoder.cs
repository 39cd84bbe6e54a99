using System.Collections.Immutable;
using System.Runtime.Intrinsics;
using Sitrep.Language;

namespace Sitrep.Events.Dictionaries;

/// <summary>
/// A verb of a sentence coded by a verb dictionary: tokens [First, End) of the verb (phrase), the CAMEO code of the
/// most specific matching pattern (or of the verb's block when none matches), the pattern, and whether an actor of
/// the actor/agent dictionaries stands before (source) and after (target) it in its clause.
/// </summary>
public sealed record VerbCoding(int First, int End, string Code, VerbForm Form, VerbPattern? Pattern, bool HasSource, bool HasTarget)
{
    /// <summary>"SAID [023]" or "- * TALKS [031] (line 12)": where the code came from.</summary>
    public string Describe() => Pattern is { } p
        ? $"{Form.Block.File}:{p.Line}: - {p.Text}"
        : $"{Form.Block.File}:{Form.Block.Line}: {Form.Block.Name} [{Code}]";
}

/// <summary>
/// Codes the verbs of a sentence with a PETRARCH/TABARI verb dictionary the way those coders read it on a shallow
/// parse: a verb word (tagged VERB or AUX) of the dictionary, its phrase words around it, then the longest of its
/// block's patterns whose words, synonym sets and actor slots are found before and after it in the sentence ('_' and
/// groups: directly; otherwise with words between). With actor and agent dictionaries, '$', '+' and '%' need an actor
/// phrase of theirs (otherwise any noun phrase), and <see cref="RequireActor"/> drops verbs with no actor in their clause.
/// </summary>
public sealed class VerbPatternCoder
{
    private static readonly HashSet<string> _clauseBreakers = new(StringComparer.Ordinal) { ";", "while", "whereas", "but", "although", "though" };

    /// <summary>
    /// Words a pattern's gap does not cross: PETRARCH matches a pattern inside the verb's own phrase of the parse,
    /// which ends at punctuation and at the start of a new clause.
    /// </summary>
    private static readonly HashSet<string> _barriers = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "(", ")",
    };

    /// <summary>At most this many words between two elements of a pattern that are not joined by '_'.</summary>
    private const int _maxGap = 5;

    // Speed only: each block's patterns, most specific first, so that the first that matches is the one to take;
    // their synonym sets looked up once here rather than at each word a pattern is tried on.
    private readonly Dictionary<VerbBlock, CompiledPattern[]> _bySpecificity = new(ReferenceEqualityComparer.Instance);

    public VerbPatternCoder(VerbDictionary verbs, CodedPhraseDictionary? actors = null, CodedPhraseDictionary? agents = null, bool requireActor = false)
    {
        Verbs = verbs;
        Actors = actors;
        Agents = agents;
        RequireActor = requireActor && (actors is not null || agents is not null);
        foreach (var forms in verbs.ByVerbWord.Values)
        {
            foreach (var form in forms)
            {
                if (!_bySpecificity.ContainsKey(form.Block))
                {
                    // Stable: among patterns as specific, the first in the file still wins.
                    _bySpecificity[form.Block] = [.. form.Block.Patterns.OrderByDescending(p => p.Specificity).Select(p => CompiledPattern.Of(p, verbs))];
                }
            }
        }
    }

    public VerbDictionary Verbs { get; }

    public CodedPhraseDictionary? Actors { get; }

    public CodedPhraseDictionary? Agents { get; }

    /// <summary>Code a verb only when an actor of the dictionaries stands in its clause (PETRARCH codes actor-verb-actor).</summary>
    public bool RequireActor { get; }

    /// <summary>The coded verbs of tokens [first, end) in text order; verbs whose code is "[---]" are left out.</summary>
    public List<VerbCoding> Code(string[] words, Func<int, Upos> tag, int first, int end, DateOnly? date)
    {
        var result = new List<VerbCoding>();
        int[]? actorEnd = null;
        if (Actors is not null || Agents is not null)
        {
            actorEnd = new int[end - first];
            for (var i = first; i < end; i++)
            {
                var match = Actors?.MatchAt(words, i, end, date) ?? Agents?.MatchAt(words, i, end, date);
                actorEnd[i - first] = match?.End ?? -1;
            }
        }

        // The sentence's tags and word classes, read once: patterns ask for them at every word they are tried on.
        var tags = new Upos[end - first];
        var barriers = new bool[end - first];
        var breakers = new bool[end - first];
        for (var i = first; i < end; i++)
        {
            tags[i - first] = tag(i);
            barriers[i - first] = _barriers.Contains(words[i]);
            breakers[i - first] = _clauseBreakers.Contains(words[i]);
        }

        var scope = new Scope(words, tags, barriers, first, end, actorEnd);
        for (var i = first; i < end; i++)
        {
            if (tags[i - first] is not Upos.VERB || !Verbs.ByVerbWord.TryGetValue(words[i], out var forms) || scope.InActor(i))
            {
                continue;
            }

            // The longest verb phrase around the word: "break down" before "break".
            VerbForm? chosen = null;
            var phraseFirst = i;
            var phraseEnd = i + 1;
            foreach (var form in forms)
            {
                var start = i - form.VerbIndex;
                if (start < first || start + form.Words.Length > end || (chosen is not null && form.Words.Length <= chosen.Words.Length))
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < form.Words.Length && ok; k++)
                {
                    ok = words[start + k] == form.Words[k];
                }

                if (ok)
                {
                    chosen = form;
                    phraseFirst = start;
                    phraseEnd = start + form.Words.Length;
                }
            }

            if (chosen is null)
            {
                continue;
            }

            var (clauseFirst, clauseEnd) = Clause(breakers, first, end, phraseFirst, phraseEnd);
            var clause = scope with { First = clauseFirst, End = clauseEnd };
            var starts = WordStarts.Of(words, clauseFirst, clauseEnd);
            VerbPattern? best = null;
            foreach (var pattern in _bySpecificity[chosen.Block])
            {
                if (pattern.MayMatch(starts) && clause.Matches(pattern, phraseFirst, phraseEnd, Verbs))
                {
                    best = pattern.Pattern;
                    break;
                }
            }

            // A verb line with its own code ("DOWNPLAY [014]") keeps it unless a pattern says more.
            var code = best is not null ? best.Code : chosen.Code;
            var hasSource = clause.ActorBetween(clauseFirst, phraseFirst);
            var hasTarget = clause.ActorBetween(phraseEnd, clauseEnd);
            i = phraseEnd - 1;
            if (code is null || (RequireActor && !hasSource && !hasTarget))
            {
                continue;
            }

            result.Add(new VerbCoding(phraseFirst, phraseEnd, code, chosen, best, hasSource, hasTarget));
        }

        return result;
    }

    /// <summary>The clause around the verb: up to the nearest clause breakers (<paramref name="breakers"/>: per word of the sentence from <paramref name="first"/>).</summary>
    private static (int First, int End) Clause(bool[] breakers, int first, int end, int verbFirst, int verbEnd)
    {
        var from = verbFirst;
        while (from > first && !breakers[from - 1 - first])
        {
            from--;
        }

        var to = verbEnd;
        while (to < end && !breakers[to - first])
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// A pattern element with its synonym set's members (null for other kinds, or a set the dictionary lacks), and the
    /// members indexed by their first and by their last word (speed only: a set may hold a hundred members, and a
    /// pattern is tried at every word of a clause).
    /// </summary>
    private sealed record CompiledElement(PatternElement Element, ImmutableArray<ImmutableArray<string>>? Members, MemberIndex? ByFirst, MemberIndex? ByLast)
    {
        public static CompiledElement Of(PatternElement element, VerbDictionary verbs)
        {
            if (element.Kind != PatternElementKind.Synset || !verbs.Synsets.TryGetValue(element.Word, out var members))
            {
                return new(element, null, null, null);
            }

            return new(element, members, new MemberIndex(members, last: false), new MemberIndex(members, last: true));
        }
    }

    /// <summary>
    /// The members of a synonym set by one of their end words, as <see cref="Scope"/>'s word test reads them: a word of
    /// four letters or more matches the tokens it begins, a shorter one only itself. An empty member (which matches
    /// nothing and stops the search) is kept by its position.
    /// </summary>
    private sealed class MemberIndex
    {
        private readonly Dictionary<string, int[]> _exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
        private readonly int _longestPrefix;

        public MemberIndex(ImmutableArray<ImmutableArray<string>> members, bool last)
        {
            var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var prefixes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            FirstEmpty = int.MaxValue;
            for (var m = 0; m < members.Length; m++)
            {
                var member = members[m];
                if (member.Length == 0)
                {
                    FirstEmpty = Math.Min(FirstEmpty, m);
                    continue;
                }

                var word = last ? member[^1] : member[0];
                var into = word.Length >= 4 ? prefixes : exact;
                if (!into.TryGetValue(word, out var list))
                {
                    into[word] = list = [];
                }

                list.Add(m);
                if (word.Length >= 4)
                {
                    _longestPrefix = Math.Max(_longestPrefix, word.Length);
                }
            }

            foreach (var (word, list) in exact)
            {
                _exact[word] = [.. list];
            }

            var byPrefix = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var (word, list) in prefixes)
            {
                byPrefix[word] = [.. list];
            }

            _prefixes = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The position of the first empty member, or <see cref="int.MaxValue"/>.</summary>
        public int FirstEmpty { get; }

        /// <summary>The members whose word is <paramref name="word"/> itself and shorter than four letters.</summary>
        public ReadOnlySpan<int> Exact(string word) => _exact.TryGetValue(word, out var found) ? found : [];

        /// <summary>The members whose word of four letters or more is the first <paramref name="length"/> letters of <paramref name="word"/>.</summary>
        public ReadOnlySpan<int> Prefix(string word, int length) => _prefixes.TryGetValue(word.AsSpan(0, length), out var found) ? found : [];

        /// <summary>The longest prefix length worth asking for a word of <paramref name="length"/> letters.</summary>
        public int LongestPrefix(int length) => Math.Min(length, _longestPrefix);
    }

    /// <summary>
    /// A pattern with its elements compiled (see <see cref="CompiledElement"/>), and the <see cref="WordStarts"/> its
    /// words and synonym sets need: one set of beginnings per element, of which the clause must hold at least one.
    /// </summary>
    private sealed record CompiledPattern(VerbPattern Pattern, CompiledElement[] Before, CompiledElement[] After, Vector256<ulong>[] Needs)
    {
        public static CompiledPattern Of(VerbPattern pattern, VerbDictionary verbs)
        {
            CompiledElement[] before = [.. pattern.Before.Select(e => CompiledElement.Of(e, verbs))];
            CompiledElement[] after = [.. pattern.After.Select(e => CompiledElement.Of(e, verbs))];
            return new(pattern, before, after, [.. before.Concat(after).Select(WordStarts.Needed).OfType<Vector256<ulong>>()]);
        }

        /// <summary>
        /// False when the clause (its <see cref="WordStarts"/>) lacks the beginning of every word some element could
        /// match: the pattern cannot match there. True does not mean it matches.
        /// </summary>
        public bool MayMatch(Vector256<ulong> clause)
        {
            foreach (var need in Needs)
            {
                if ((need & clause) == Vector256<ulong>.Zero)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Speed only: the first two letters of words, hashed to one of 256 bits. A pattern word matches a token only when
    /// the token begins with it (a stem or a synonym-set word of four letters or more) or is it, so a pattern whose
    /// element finds none of its words' beginnings among the clause's tokens is skipped without trying it at each
    /// position (a frequent verb's block has hundreds of patterns, and most lack a word of the sentence).
    /// </summary>
    private static class WordStarts
    {
        /// <summary>The beginnings of tokens [first, end) (tokens of fewer than two letters have none: no pattern word of two letters or more matches them).</summary>
        public static Vector256<ulong> Of(string[] words, int first, int end)
        {
            Span<ulong> bits = stackalloc ulong[4];
            for (var i = first; i < end; i++)
            {
                if (words[i].Length >= 2)
                {
                    var bit = Bit(words[i]);
                    bits[bit >> 6] |= 1UL << (bit & 63);
                }
            }

            return Vector256.Create(bits[0], bits[1], bits[2], bits[3]);
        }

        /// <summary>
        /// The beginnings one of which the clause needs for the element to match, or null when that cannot be told (an
        /// actor slot, a word shorter than two letters, a set the dictionary lacks or with such a member). A set's members
        /// need their first word whichever way they are matched: every word of a member lies in the clause.
        /// </summary>
        public static Vector256<ulong>? Needed(CompiledElement element)
        {
            switch (element.Element.Kind)
            {
                case PatternElementKind.Word:
                    return element.Element.Word.Length >= 2 ? Single(element.Element.Word) : null;
                case PatternElementKind.Synset when element.Members is { } members:
                    var any = Vector256<ulong>.Zero;
                    foreach (var member in members)
                    {
                        if (member.Length == 0)
                        {
                            continue; // matches nothing
                        }

                        if (member[0].Length < 2)
                        {
                            return null;
                        }

                        any |= Single(member[0]);
                    }

                    return any;
                default:
                    return null;
            }
        }

        private static Vector256<ulong> Single(string word)
        {
            var bit = Bit(word);
            Span<ulong> bits = stackalloc ulong[4];
            bits[bit >> 6] = 1UL << (bit & 63);
            return Vector256.Create(bits[0], bits[1], bits[2], bits[3]);
        }

        private static int Bit(string word) => (int)((((uint)word[0] << 16) | word[1]) * 0x9E3779B1u >> 24);
    }

    /// <summary>
    /// The tokens a pattern may match: a clause of the sentence, with the actor phrases found in it. Tags, barriers and
    /// actor ends are indexed from the sentence's first token.
    /// </summary>
    private readonly record struct Scope(string[] Words, Upos[] Tags, bool[] Barriers, int First, int End, int[]? ActorEnd)
    {
        private readonly int _sentenceFirst = First;

        private Upos Tag(int i) => Tags[i - _sentenceFirst];

        private bool IsBarrier(int i) => Barriers[i - _sentenceFirst];

        public bool InActor(int i)
        {
            if (ActorEnd is null)
            {
                return false;
            }

            for (var k = _sentenceFirst; k <= i; k++)
            {
                if (ActorEnd[k - _sentenceFirst] > i && k < i)
                {
                    return true;
                }
            }

            return false;
        }

        public bool ActorBetween(int from, int to)
        {
            if (ActorEnd is null)
            {
                return false;
            }

            for (var i = from; i < to; i++)
            {
                if (ActorEnd[i - _sentenceFirst] > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsNominal(int i) => Tag(i) is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM;

        /// <summary>The end of the actor (or noun phrase) starting at i, or -1.</summary>
        private int PhraseForward(int i)
        {
            if (ActorEnd is not null)
            {
                return ActorEnd[i - _sentenceFirst] > 0 ? ActorEnd[i - _sentenceFirst] : -1;
            }

            if (!IsNominal(i) && Tag(i) is not (Upos.DET or Upos.ADJ))
            {
                return -1;
            }

            var j = i;
            while (j < End && (IsNominal(j) || Tag(j) is Upos.DET or Upos.ADJ))
            {
                j++;
            }

            return j > i && IsNominal(j - 1) ? j : -1;
        }

        /// <summary>The start of the actor (or noun phrase) ending at i (inclusive), or -1.</summary>
        private int PhraseBackward(int i)
        {
            if (ActorEnd is not null)
            {
                for (var k = First; k <= i; k++)
                {
                    if (ActorEnd[k - _sentenceFirst] == i + 1)
                    {
                        return k;
                    }
                }

                return -1;
            }

            if (!IsNominal(i))
            {
                return -1;
            }

            var j = i;
            while (j > First && (IsNominal(j - 1) || Tag(j - 1) is Upos.DET or Upos.ADJ))
            {
                j--;
            }

            return j;
        }

        public bool Matches(CompiledPattern pattern, int verbFirst, int verbEnd, VerbDictionary verbs)
        {
            var p = verbEnd;
            foreach (var element in pattern.After)
            {
                var found = false;
                for (var at = p; at < End && at <= p + _maxGap && !found && (at == p || !IsBarrier(at - 1)); at++)
                {
                    var length = Forward(element, at, verbs);
                    if (length > 0)
                    {
                        p = at + length;
                        found = true;
                    }

                    if (element.Element.Adjacent)
                    {
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            p = verbFirst - 1;
            foreach (var element in pattern.Before)
            {
                var found = false;
                for (var at = p; at >= First && at >= p - _maxGap && !found && (at == p || !IsBarrier(at + 1)); at--)
                {
                    var length = Backward(element, at, verbs);
                    if (length > 0)
                    {
                        p = at - length;
                        found = true;
                    }

                    if (element.Element.Adjacent)
                    {
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        private bool WordMatches(PatternElement element, int i) =>
            element.Stem ? Words[i].StartsWith(element.Word, StringComparison.Ordinal) : Words[i] == element.Word;

        /// <summary>How many tokens from i the element covers (0: no match).</summary>
        private int Forward(CompiledElement compiled, int i, VerbDictionary verbs)
        {
            var element = compiled.Element;
            switch (element.Kind)
            {
                case PatternElementKind.Word:
                    return WordMatches(element, i) ? 1 : 0;
                case PatternElementKind.Synset:
                    if (compiled.ByFirst is { } byFirst)
                    {
                        return FirstMember(compiled.Members!.Value, byFirst, i, forward: true);
                    }

                    foreach (var member in verbs.Synsets[element.Word])
                    {
                        if (i + member.Length <= End && Sequence(member, i))
                        {
                            return member.Length;
                        }
                    }

                    return 0;
                default:
                    var end = PhraseForward(i);
                    return end > i ? end - i : 0;
            }
        }

        /// <summary>How many tokens ending at i (inclusive) the element covers (0: no match).</summary>
        private int Backward(CompiledElement compiled, int i, VerbDictionary verbs)
        {
            var element = compiled.Element;
            switch (element.Kind)
            {
                case PatternElementKind.Word:
                    return WordMatches(element, i) ? 1 : 0;
                case PatternElementKind.Synset:
                    if (compiled.ByLast is { } byLast)
                    {
                        return FirstMember(compiled.Members!.Value, byLast, i, forward: false);
                    }

                    foreach (var member in verbs.Synsets[element.Word])
                    {
                        var start = i - member.Length + 1;
                        if (start >= First && Sequence(member, start))
                        {
                            return member.Length;
                        }
                    }

                    return 0;
                default:
                    var start2 = PhraseBackward(i);
                    return start2 >= 0 ? i - start2 + 1 : 0;
            }
        }

        /// <summary>
        /// The length of the first member of the set (in the set's order) that covers the tokens from i onwards
        /// (<paramref name="forward"/>) or up to i, or 0: the same answer as trying every member in order, from the few
        /// whose end word the token at i matches.
        /// </summary>
        private int FirstMember(ImmutableArray<ImmutableArray<string>> members, MemberIndex index, int i, bool forward)
        {
            var best = index.FirstEmpty;
            var word = Words[i];
            best = FirstCovering(members, index.Exact(word), best, i, forward);
            for (var length = 4; length <= index.LongestPrefix(word.Length); length++)
            {
                best = FirstCovering(members, index.Prefix(word, length), best, i, forward);
            }

            return best < members.Length ? members[best].Length : 0;
        }

        private int FirstCovering(ImmutableArray<ImmutableArray<string>> members, ReadOnlySpan<int> candidates, int best, int i, bool forward)
        {
            foreach (var m in candidates)
            {
                if (m >= best)
                {
                    break; // candidates are in the set's order
                }

                var member = members[m];
                var start = forward ? i : i - member.Length + 1;
                if ((forward ? i + member.Length <= End : start >= First) && Sequence(member, start))
                {
                    return m;
                }
            }

            return best;
        }

        private bool Sequence(ImmutableArray<string> member, int start)
        {
            for (var k = 0; k < member.Length; k++)
            {
                var word = member[k];
                if (!(word.Length >= 4 ? Words[start + k].StartsWith(word, StringComparison.Ordinal) : Words[start + k] == word))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
