using System.Buffers;
using System.Runtime.InteropServices;
using Sitrep.Text;

namespace Sitrep.Language.Model;

/// <summary>
/// What a word's other occurrences in the same document say about it, as features for the NER tagger (the
/// "non-local" evidence of Ratinov and Roth 2009, read from the text alone rather than from a first tagging pass,
/// so training needs no jackknifed labels and tagging stays one pass). A sentence-opening "Mercy" that the article
/// also writes capitalised mid-sentence is likely a name; "Sources" that it also writes in lower case is not; a word
/// seen inside longer capitalised runs ("Lee" of "Sungjoo Lee") is likely part of a name when it stands alone.
/// Add every sentence of a document first, then <see cref="Mark"/> each sentence's tokens.
/// </summary>
internal sealed class DocumentWords
{
    /// <summary>The mark of a token when the tagger is given no document: a value training never sees.</summary>
    public const byte Unknown = 0x80;

    [Flags]
    private enum Use : byte
    {
        None = 0,

        /// <summary>Capitalised inside a sentence, with no capitalised neighbour.</summary>
        CapitalisedAlone = 1,

        /// <summary>Capitalised inside a sentence, next to another capitalised word.</summary>
        CapitalisedInRun = 2,

        /// <summary>Written in lower case.</summary>
        Lowercase = 4,

        /// <summary>Occurs at all (sentence-opening and all-caps occurrences count only here).</summary>
        Seen = 8,
    }

    private struct Counts
    {
        public int CapitalisedAlone;
        public int CapitalisedInRun;
        public int Lowercase;
        public int Seen;
    }

    private readonly Dictionary<ulong, Counts> _counts = [];

    // One per thread for MarkDocument: its table keeps its capacity from one article to the next.
    [ThreadStatic]
    private static DocumentWords? _perThread;

    /// <summary>The word uses of each corpus document (training and evaluation), so a sentence's tokens are marked as the pipeline marks an article's.</summary>
    public static Dictionary<string, DocumentWords> OfCorpus(IEnumerable<Corpora.NerSentence> sentences)
    {
        var documents = new Dictionary<string, DocumentWords>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (!documents.TryGetValue(s.Sentence.Document, out var words))
            {
                documents[s.Sentence.Document] = words = new DocumentWords();
            }

            words.Add(s.Sentence.Text, s.Sentence.Tokens.AsSpan());
        }

        return documents;
    }

    /// <summary>Counts the uses of each word of one sentence.</summary>
    public void Add(string text, ReadOnlySpan<Token> tokens)
    {
        var uses = ArrayPool<Use>.Shared.Rent(tokens.Length);
        var keys = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        UsesOf(text, tokens, uses, keys);
        Count(uses.AsSpan(0, tokens.Length), keys);
        ArrayPool<Use>.Shared.Return(uses);
        ArrayPool<ulong>.Shared.Return(keys);
    }

    /// <summary>
    /// Each token's mark: which uses its word has elsewhere in the document (this occurrence left out), as
    /// flags; 0 for a token without letters or a word used nowhere else. The sentence must have been added.
    /// </summary>
    public void Mark(string text, ReadOnlySpan<Token> tokens, Span<byte> marks)
    {
        var uses = ArrayPool<Use>.Shared.Rent(tokens.Length);
        var keys = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        UsesOf(text, tokens, uses, keys);
        Mark(uses.AsSpan(0, tokens.Length), keys, marks);
        ArrayPool<Use>.Shared.Return(uses);
        ArrayPool<ulong>.Shared.Return(keys);
    }

    /// <summary>Marks a whole document given as sentences of one text (the pipeline's layout), reading each token once.</summary>
    public static void MarkDocument(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<byte> marks)
    {
        var words = _perThread ??= new DocumentWords();
        words._counts.Clear();
        var uses = ArrayPool<Use>.Shared.Rent(tokens.Length);
        var keys = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        try
        {
            // Tokens outside every sentence (a dateline) count as no use: the rented table still holds the uses of the
            // last article this thread marked, and reading them made an article's marks depend on which came before.
            uses.AsSpan(0, tokens.Length).Clear();
            foreach (var sentence in sentences)
            {
                UsesOf(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), uses.AsSpan(sentence.FirstToken), keys.AsSpan(sentence.FirstToken));
            }

            words.Count(uses.AsSpan(0, tokens.Length), keys);
            words.Mark(uses.AsSpan(0, tokens.Length), keys, marks);
        }
        finally
        {
            ArrayPool<Use>.Shared.Return(uses);
            ArrayPool<ulong>.Shared.Return(keys);
            words._counts.Clear();
        }
    }

    private void Count(ReadOnlySpan<Use> uses, ReadOnlySpan<ulong> keys)
    {
        for (var i = 0; i < uses.Length; i++)
        {
            var use = uses[i];
            if (use == Use.None)
            {
                continue;
            }

            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, keys[i], out _);
            counts.Seen++;
            counts.CapitalisedAlone += (use & Use.CapitalisedAlone) != 0 ? 1 : 0;
            counts.CapitalisedInRun += (use & Use.CapitalisedInRun) != 0 ? 1 : 0;
            counts.Lowercase += (use & Use.Lowercase) != 0 ? 1 : 0;
        }
    }

    private void Mark(ReadOnlySpan<Use> uses, ReadOnlySpan<ulong> keys, Span<byte> marks)
    {
        for (var i = 0; i < uses.Length; i++)
        {
            var use = uses[i];
            if (use == Use.None || !_counts.TryGetValue(keys[i], out var counts))
            {
                marks[i] = 0;
                continue;
            }

            var mark = Use.None;
            mark |= counts.CapitalisedAlone - ((use & Use.CapitalisedAlone) != 0 ? 1 : 0) > 0 ? Use.CapitalisedAlone : Use.None;
            mark |= counts.CapitalisedInRun - ((use & Use.CapitalisedInRun) != 0 ? 1 : 0) > 0 ? Use.CapitalisedInRun : Use.None;
            mark |= counts.Lowercase - ((use & Use.Lowercase) != 0 ? 1 : 0) > 0 ? Use.Lowercase : Use.None;
            mark |= counts.Seen > 1 ? Use.Seen : Use.None;
            marks[i] = (byte)mark;
        }
    }

    /// <summary>Each token's use of its word and the word's key (its lower-cased hash), for one sentence.</summary>
    private static void UsesOf(string text, ReadOnlySpan<Token> tokens, Span<Use> uses, Span<ulong> keys)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            uses[i] = UseOf(text, tokens, i, out keys[i]);
        }
    }

    /// <summary>How token <paramref name="i"/> of a sentence uses its word; <see cref="Use.None"/> when it has no letter.</summary>
    private static Use UseOf(string text, ReadOnlySpan<Token> tokens, int i, out ulong key)
    {
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        key = 0;
        var letters = 0;
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                uppers += char.IsUpper(c) ? 1 : 0;
            }
        }

        if (letters == 0)
        {
            return Use.None;
        }

        key = FeatureHash.OfLowerNormalised(word);
        if (!char.IsUpper(word[0]))
        {
            return uppers == 0 ? Use.Seen | Use.Lowercase : Use.Seen;
        }

        // A sentence's first word and all-caps words are capitalised by convention, not because they are names.
        if (i == 0 || (uppers == letters && letters > 1) || !IsWordStart(text, tokens, i))
        {
            return Use.Seen;
        }

        var run = (i > 0 && IsCapitalised(text, tokens[i - 1])) || (i + 1 < tokens.Length && IsCapitalised(text, tokens[i + 1]));
        return Use.Seen | (run ? Use.CapitalisedInRun : Use.CapitalisedAlone);
    }

    // After an opening quote or a colon a capital may open a quoted sentence.
    private static bool IsWordStart(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var previous = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        return !(previous is "\"" or "“" or "‘" or "'" or ":" or "(" or "-" or "—" or "–");
    }

    private static bool IsCapitalised(string text, Token token) => token.Length > 0 && char.IsUpper(text[token.Start]);
}
