using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Common;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>
/// Greedy left-to-right part-of-speech tagger (UPOS) with an averaged perceptron, after Honnibal's
/// "A good part-of-speech tagger in about 200 lines of Python", with affix, shape and ambiguity-class features.
/// Frequent words that always take one tag skip the model (the tag dictionary). Thread-safe; allocates
/// nothing per token.
/// </summary>
public sealed class PosTagger
{
    public const string DefaultModelPath = "models/pos-en-ewt.bin.gz";

    internal const int MaxFeatures = 48;
    private const string _magic = "sitrep-pos-tagger";
    private const int _formatVersion = 1;

    private static readonly ImmutableArray<string> _classNames = [.. Enum.GetNames<Upos>()];
    private static readonly Lazy<PosTagger> _default = new(() => Load(DataFiles.Require(DefaultModelPath)));

    private readonly PerceptronModel _model;
    private readonly Dictionary<ulong, Upos> _tagDictionary;
    private readonly Dictionary<ulong, uint> _ambiguity;
    private readonly WordRoleCache _words;
    private readonly WordRoles _before;
    private readonly WordRoles _after;

    internal PosTagger(PerceptronModel model, Dictionary<ulong, Upos> tagDictionary, Dictionary<ulong, uint> ambiguity)
    {
        if (!model.Classes.SequenceEqual(_classNames))
        {
            throw new InvalidDataException("The model's classes are not the UPOS tags in Sitrep's order.");
        }

        _model = model;
        _tagDictionary = tagDictionary;
        _ambiguity = ambiguity;
        _words = new WordRoleCache(model, RoleFeatures);
        _before = _words.Describe(WordInfo.Before);
        _after = _words.Describe(WordInfo.After);
    }

    /// <summary>The tagger trained on UD English-EWT that ships in data/models (loaded once).</summary>
    public static PosTagger Default => _default.Value;

    internal static ImmutableArray<string> ClassNames => _classNames;

    public int FeatureCount => _model.FeatureCount;

    public int TagDictionarySize => _tagDictionary.Count;

    /// <summary>Tags one sentence: <paramref name="tags"/>[i] receives the tag of <paramref name="tokens"/>[i].</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<Upos> tags) => Tag(text, tokens, tags, reference: false);

    /// <summary>As <see cref="Tag(string, ReadOnlySpan{Token}, Span{Upos})"/>; with <paramref name="reference"/>, every token scored from all its features in order (for tests).</summary>
    internal void Tag(string text, ReadOnlySpan<Token> tokens, Span<Upos> tags, bool reference)
    {
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException("One tag slot per token is needed.", nameof(tags));
        }

        var roles = ArrayPool<WordRoles>.Shared.Rent(tokens.Length);
        var words = ArrayPool<WordInfo>.Shared.Rent(tokens.Length);
        var ambiguity = ArrayPool<uint>.Shared.Rent(tokens.Length);
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                roles[i] = _words.Get(text.AsSpan(tokens[i].Start, tokens[i].Length));
                words[i] = roles[i].Info;
                ambiguity[i] = (uint)Lexical(roles[i]);
            }

            Span<ulong> features = stackalloc ulong[MaxFeatures];
            Span<float> scores = stackalloc float[_classNames.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (Lexical(roles[i]) >> 32 is var known and > 0)
                {
                    tags[i] = (Upos)(known - 1);
                    continue;
                }

                if (reference)
                {
                    var all = Features(words.AsSpan(0, tokens.Length), ambiguity.AsSpan(0, tokens.Length), i, tags, features);
                    _model.Score(features[..all], scores);
                    tags[i] = (Upos)ArgMax(scores);
                    continue;
                }

                // The word's cached role scores plus its context features: exact when bounded (see WordRoleCache),
                // else all features in order from the word's own (the first of them).
                var bound = WordRoleCache.AddRoles(roles.AsSpan(0, tokens.Length), i, _before, _after, scores);
                var count = ContextFeatures(words.AsSpan(0, tokens.Length), ambiguity.AsSpan(0, tokens.Length), i, tags, features);
                _model.Prefetch(features[..count]);
                bound += _model.Add(features[..count], scores);
                if (bound >= _model.ExactBelow)
                {
                    count = Features(words.AsSpan(0, tokens.Length), ambiguity.AsSpan(0, tokens.Length), i, tags, features);
                    roles[i].Scores.AsSpan(0, scores.Length).CopyTo(scores);
                    _model.Add(features[_selfFeatureCount..count], scores);
                }

                tags[i] = (Upos)ArgMax(scores);
            }
        }
        finally
        {
            ArrayPool<WordRoles>.Shared.Return(roles, clearArray: true);
            ArrayPool<WordInfo>.Shared.Return(words);
            ArrayPool<uint>.Shared.Return(ambiguity);
        }
    }

    /// <summary>
    /// The word's ambiguity class (low 32 bits) and its tag-dictionary tag plus one (above; 0 when the dictionary
    /// lacks the word), looked up once per cached word form rather than twice per token.
    /// </summary>
    private long Lexical(WordRoles word)
    {
        var lexical = word.Lexical;
        if (lexical < 0)
        {
            var info = word.Info;
            var mask = _ambiguity.TryGetValue(info.Lower, out var found) ? found : 0;
            var known = _tagDictionary.TryGetValue(info.Form, out var tag) ? (long)tag + 1 : 0;
            lexical = mask | (known << 32);
            word.Lexical = lexical;
        }

        return lexical;
    }

    /// <summary>Tags every sentence of a text layer into one array, a byte per token.</summary>
    public Upos[] Tag(string text, TextLayer layer)
    {
        var tags = new Upos[layer.Tokens.Length];
        var tokens = layer.Tokens.AsSpan();
        foreach (var sentence in layer.Sentences)
        {
            Tag(text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }

        return tags;
    }

    internal static void Describe(string text, ReadOnlySpan<Token> tokens, Span<WordInfo> words, Span<uint> ambiguity, Dictionary<ulong, uint> classes)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            words[i] = WordInfo.Of(text.AsSpan(tokens[i].Start, tokens[i].Length));
            ambiguity[i] = classes.TryGetValue(words[i].Lower, out var mask) ? mask : 0;
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// The features of word <paramref name="i"/>, given the tags already chosen for the words before it.
    /// Template numbers are part of the model format: never renumber, only add.
    /// </summary>
    internal static int Features(ReadOnlySpan<WordInfo> words, ReadOnlySpan<uint> ambiguity, int i, ReadOnlySpan<Upos> tags, Span<ulong> output)
    {
        var w = words[i];
        var p1 = i >= 1 ? words[i - 1] : WordInfo.Before;
        var p2 = i >= 2 ? words[i - 2] : WordInfo.Before;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordInfo.After;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordInfo.After;
        ulong t1 = i >= 1 ? (ulong)tags[i - 1] + 1 : 0;
        ulong t2 = i >= 2 ? (ulong)tags[i - 2] + 1 : 0;
        ulong a0 = ambiguity[i];
        ulong a1 = i + 1 < words.Length ? ambiguity[i + 1] : 0;

        var n = RoleFeatures(w, WordRoleCache.Self, output); // the word's own features first, as the cache holds them
        output[n++] = FeatureHash.Key(12, t1);
        output[n++] = FeatureHash.Key(13, t1, t2);
        output[n++] = FeatureHash.Key(14, t1, w.Lower);
        output[n++] = FeatureHash.Key(15, p1.Lower);
        output[n++] = FeatureHash.Key(16, p1.Suffix3);
        output[n++] = FeatureHash.Key(17, p2.Lower);
        output[n++] = FeatureHash.Key(18, n1.Lower);
        output[n++] = FeatureHash.Key(19, n1.Suffix3);
        output[n++] = FeatureHash.Key(20, n2.Lower);
        output[n++] = FeatureHash.Key(21, n1.ShortShape);
        output[n++] = FeatureHash.Key(22, p1.ShortShape);
        output[n++] = FeatureHash.Key(23, a0);
        output[n++] = FeatureHash.Key(24, a1);
        output[n++] = FeatureHash.Key(25, p1.Lower, w.Lower);
        output[n++] = FeatureHash.Key(26, w.Lower, n1.Lower);
        output[n++] = FeatureHash.Key(27, (ulong)w.Flags, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Key(28, t1, w.Suffix3);
        output[n++] = FeatureHash.Key(29, a0, t1);
        output[n++] = FeatureHash.Key(30, a0, a1);
        output[n++] = FeatureHash.Key(31, t1, n1.Lower);
        output[n++] = FeatureHash.Key(32, w.ShortShape, n1.ShortShape);
        return n;
    }

    // The self role's features are the first this many of Features, in the same order.
    private const int _selfFeatureCount = 12;

    /// <summary>
    /// The features of <see cref="Features"/> that depend on one word alone, by the role of that word (see
    /// <see cref="WordRoleCache"/>). With <see cref="ContextFeatures"/>, the same keys.
    /// </summary>
    internal static int RoleFeatures(in WordInfo w, int role, Span<ulong> output)
    {
        var n = 0;
        switch (role)
        {
            case WordRoleCache.Self:
                output[n++] = FeatureHash.Key(0, 0);
                output[n++] = FeatureHash.Key(1, w.Form);
                output[n++] = FeatureHash.Key(2, w.Lower);
                output[n++] = FeatureHash.Key(3, w.Suffix1);
                output[n++] = FeatureHash.Key(4, w.Suffix2);
                output[n++] = FeatureHash.Key(5, w.Suffix3);
                output[n++] = FeatureHash.Key(6, w.Suffix4);
                output[n++] = FeatureHash.Key(7, w.Prefix1);
                output[n++] = FeatureHash.Key(8, w.Prefix2);
                output[n++] = FeatureHash.Key(9, w.Prefix3);
                output[n++] = FeatureHash.Key(10, w.Prefix4);
                output[n++] = FeatureHash.Key(11, w.Shape);
                break;
            case WordRoleCache.Previous:
                output[n++] = FeatureHash.Key(15, w.Lower);
                output[n++] = FeatureHash.Key(16, w.Suffix3);
                output[n++] = FeatureHash.Key(22, w.ShortShape);
                break;
            case WordRoleCache.SecondPrevious:
                output[n++] = FeatureHash.Key(17, w.Lower);
                break;
            case WordRoleCache.Next:
                output[n++] = FeatureHash.Key(18, w.Lower);
                output[n++] = FeatureHash.Key(19, w.Suffix3);
                output[n++] = FeatureHash.Key(21, w.ShortShape);
                break;
            case WordRoleCache.SecondNext:
                output[n++] = FeatureHash.Key(20, w.Lower);
                break;
        }

        return n;
    }

    /// <summary>The features of <see cref="Features"/> that are not <see cref="RoleFeatures"/>.</summary>
    internal static int ContextFeatures(ReadOnlySpan<WordInfo> words, ReadOnlySpan<uint> ambiguity, int i, ReadOnlySpan<Upos> tags, Span<ulong> output)
    {
        var w = words[i];
        var p1 = i >= 1 ? words[i - 1] : WordInfo.Before;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordInfo.After;
        ulong t1 = i >= 1 ? (ulong)tags[i - 1] + 1 : 0;
        ulong t2 = i >= 2 ? (ulong)tags[i - 2] + 1 : 0;
        ulong a0 = ambiguity[i];
        ulong a1 = i + 1 < words.Length ? ambiguity[i + 1] : 0;

        var n = 0;
        output[n++] = FeatureHash.Key(12, t1);
        output[n++] = FeatureHash.Key(13, t1, t2);
        output[n++] = FeatureHash.Key(14, t1, w.Lower);
        output[n++] = FeatureHash.Key(23, a0);
        output[n++] = FeatureHash.Key(24, a1);
        output[n++] = FeatureHash.Key(25, p1.Lower, w.Lower);
        output[n++] = FeatureHash.Key(26, w.Lower, n1.Lower);
        output[n++] = FeatureHash.Key(27, (ulong)w.Flags, i == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Key(28, t1, w.Suffix3);
        output[n++] = FeatureHash.Key(29, a0, t1);
        output[n++] = FeatureHash.Key(30, a0, a1);
        output[n++] = FeatureHash.Key(31, t1, n1.Lower);
        output[n++] = FeatureHash.Key(32, w.ShortShape, n1.ShortShape);
        return n;
    }

    public void Save(string path) => ModelFile.Write(path, _magic, _formatVersion, writer =>
    {
        writer.Write(_tagDictionary.Count);
        foreach (var (key, tag) in _tagDictionary.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((byte)tag);
        }

        writer.Write(_ambiguity.Count);
        foreach (var (key, mask) in _ambiguity.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(mask);
        }

        _model.Write(writer);
    });

    public static PosTagger Load(string path) => ModelFile.Read(path, _magic, _formatVersion, "POS model", reader =>
    {
        var tagCount = reader.ReadInt32();
        var tagDictionary = new Dictionary<ulong, Upos>(tagCount);
        for (var i = 0; i < tagCount; i++)
        {
            tagDictionary.Add(reader.ReadUInt64(), (Upos)reader.ReadByte());
        }

        var ambiguityCount = reader.ReadInt32();
        var ambiguity = new Dictionary<ulong, uint>(ambiguityCount);
        for (var i = 0; i < ambiguityCount; i++)
        {
            ambiguity.Add(reader.ReadUInt64(), reader.ReadUInt32());
        }

        return new PosTagger(PerceptronModel.Read(reader), tagDictionary, ambiguity);
    });
}
