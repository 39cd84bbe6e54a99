using System.Buffers;
using System.Collections.Immutable;
using Sitrep.Common;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>A run of tokens [First, First + Count) that the tagger labelled as one entity of a model type.</summary>
public readonly record struct TaggedSpan(int First, int Count, string Type)
{
    public int End => First + Count;
}

/// <summary>
/// Named-entity tagger: a greedy left-to-right averaged perceptron over BILOU labels, with word, affix, shape,
/// neighbour, POS-tag and dictionary features; transitions that BILOU forbids are never chosen.
/// Training corpora follow different conventions, so training also learns a copy of every feature per corpus
/// (Daumé's "frustratingly easy" domain adaptation); tagging in <see cref="NerDomain.General"/> uses the shared
/// copy only, tagging in a corpus's domain adds that corpus's copy (used to evaluate against its conventions).
/// Thread-safe; allocates nothing per token.
/// </summary>
public sealed class NerTagger
{
    public const string DefaultModelPath = "models/ner-en.bin.gz";

    internal const int MaxBaseFeatures = 48;
    internal const int MaxFeatures = MaxBaseFeatures * 2;
    private const string _magic = "sitrep-ner-tagger";
    private const int _formatVersion = 1;

    private static readonly Lazy<NerTagger> _default = new(() => Load(DataFiles.Require(DefaultModelPath)));

    private readonly PerceptronModel _model;
    private readonly Places.Gazetteer? _gazetteer;

    internal NerTagger(PerceptronModel model, Places.Gazetteer? gazetteer)
    {
        _model = model;
        _gazetteer = gazetteer;
        Labels = model.Classes;
        Types = [.. Labels.Where(l => l.StartsWith("U-", StringComparison.Ordinal)).Select(l => l[2..])];
        if (Labels[0] != "O" || Labels.Length != 1 + (4 * Types.Length))
        {
            throw new InvalidDataException("The NER model's labels are not O followed by B/I/L/U for each type.");
        }
    }

    public static NerTagger Default => _default.Value;

    /// <summary>The BILOU labels: "O", then B-, I-, L-, U- for each type in order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The entity types the model knows (PER, ORG, LOC, NORP).</summary>
    public ImmutableArray<string> Types { get; }

    public int FeatureCount => _model.FeatureCount;

    internal static ImmutableArray<string> LabelsFor(IEnumerable<string> types) =>
        ["O", .. types.SelectMany(t => new[] { "B-" + t, "I-" + t, "L-" + t, "U-" + t })];

    /// <summary>Labels one sentence. <paramref name="labels"/> receives label indices into <see cref="Labels"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags, Lexicon lexicon, Span<byte> labels, NerDomain domain = NerDomain.General)
    {
        var words = ArrayPool<WordInfo>.Shared.Rent(tokens.Length);
        var kinds = ArrayPool<LexiconKind>.Shared.Rent(tokens.Length);
        var places = ArrayPool<byte>.Shared.Rent(tokens.Length);
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                words[i] = WordInfo.Of(text.AsSpan(tokens[i].Start, tokens[i].Length));
            }

            lexicon.Mark(text, tokens, kinds);
            PlaceMarks.Mark(_gazetteer, text, tokens, places);
            Span<ulong> features = stackalloc ulong[MaxFeatures];
            Span<float> scores = stackalloc float[Labels.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var n = Features(words.AsSpan(0, tokens.Length), tags, kinds.AsSpan(0, tokens.Length), places.AsSpan(0, tokens.Length), labels, i, domain, features);
                _model.Score(features[..n], scores);
                labels[i] = (byte)BestAllowed(scores, i > 0 ? labels[i - 1] : 0, i == tokens.Length - 1);
            }
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(words);
            ArrayPool<LexiconKind>.Shared.Return(kinds);
            ArrayPool<byte>.Shared.Return(places);
        }
    }

    /// <summary>Reads entity spans back from BILOU label indices.</summary>
    public void Decode(ReadOnlySpan<byte> labels, int firstToken, List<TaggedSpan> output)
    {
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == 0)
            {
                start = -1;
                continue;
            }

            var type = (label - 1) / 4;
            switch ((label - 1) % 4)
            {
                case 0:
                    start = i;
                    break;
                case 2 when start >= 0:
                    output.Add(new TaggedSpan(firstToken + start, i - start + 1, Types[type]));
                    start = -1;
                    break;
                case 3:
                    output.Add(new TaggedSpan(firstToken + i, 1, Types[type]));
                    start = -1;
                    break;
            }
        }
    }

    /// <summary>The best label whose BILOU transition from <paramref name="previous"/> is allowed.</summary>
    internal static int BestAllowed(ReadOnlySpan<float> scores, int previous, bool last)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (Allowed(previous, c, last) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }

    internal static bool Allowed(int previous, int current, bool last)
    {
        // Inside an entity (after B or I) only I or L of the same type may follow; otherwise O, B or U.
        var previousOpen = previous != 0 && (previous - 1) % 4 is 0 or 1;
        var currentPart = current == 0 ? -1 : (current - 1) % 4;
        if (previousOpen)
        {
            return currentPart is 1 or 2 && (current - 1) / 4 == (previous - 1) / 4 && !(last && currentPart == 1);
        }

        return currentPart is -1 or 3 || (currentPart == 0 && !last);
    }

    /// <summary>The features of token <paramref name="i"/>. Template numbers are part of the model format.</summary>
    internal static int Features(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<LexiconKind> kinds,
        ReadOnlySpan<byte> places, ReadOnlySpan<byte> labels, int i, NerDomain domain, Span<ulong> output)
    {
        var w = words[i];
        var p1 = i >= 1 ? words[i - 1] : WordInfo.Before;
        var p2 = i >= 2 ? words[i - 2] : WordInfo.Before;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordInfo.After;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordInfo.After;
        ulong l1 = i >= 1 ? labels[i - 1] + 1UL : 0;
        ulong l2 = i >= 2 ? labels[i - 2] + 1UL : 0;
        ulong t0 = (ulong)tags[i] + 1;
        ulong tp = i >= 1 ? (ulong)tags[i - 1] + 1 : 0;
        ulong tn = i + 1 < words.Length ? (ulong)tags[i + 1] + 1 : 0;
        ulong k0 = (ulong)(kinds[i] & LexiconKind.NerFeatures);
        ulong kp = i >= 1 ? (ulong)(kinds[i - 1] & LexiconKind.NerFeatures) : 1UL << 20;
        ulong kn = i + 1 < words.Length ? (ulong)(kinds[i + 1] & LexiconKind.NerFeatures) : 1UL << 21;
        ulong first = i == 0 ? 1UL : 0UL;

        var n = 0;
        output[n++] = FeatureHash.Key(100, 0);
        output[n++] = FeatureHash.Key(101, w.Form);
        output[n++] = FeatureHash.Key(102, w.Lower);
        output[n++] = FeatureHash.Key(103, w.Prefix2);
        output[n++] = FeatureHash.Key(104, w.Prefix3);
        output[n++] = FeatureHash.Key(105, w.Prefix4);
        output[n++] = FeatureHash.Key(106, w.Suffix2);
        output[n++] = FeatureHash.Key(107, w.Suffix3);
        output[n++] = FeatureHash.Key(108, w.Suffix4);
        output[n++] = FeatureHash.Key(109, w.Shape);
        output[n++] = FeatureHash.Key(110, w.ShortShape, first);
        output[n++] = FeatureHash.Key(111, l1);
        output[n++] = FeatureHash.Key(112, l1, l2);
        output[n++] = FeatureHash.Key(113, l1, w.Lower);
        output[n++] = FeatureHash.Key(114, l1, w.ShortShape);
        output[n++] = FeatureHash.Key(115, p1.Lower);
        output[n++] = FeatureHash.Key(116, p2.Lower);
        output[n++] = FeatureHash.Key(117, n1.Lower);
        output[n++] = FeatureHash.Key(118, n2.Lower);
        output[n++] = FeatureHash.Key(119, p1.ShortShape);
        output[n++] = FeatureHash.Key(120, n1.ShortShape);
        output[n++] = FeatureHash.Key(121, t0);
        output[n++] = FeatureHash.Key(122, tp, t0);
        output[n++] = FeatureHash.Key(123, t0, tn);
        output[n++] = FeatureHash.Key(124, p1.Lower, w.Lower);
        output[n++] = FeatureHash.Key(125, w.Lower, n1.Lower);
        output[n++] = FeatureHash.Key(126, k0);
        output[n++] = FeatureHash.Key(127, kp);
        output[n++] = FeatureHash.Key(128, kn);
        output[n++] = FeatureHash.Key(129, k0, l1);
        output[n++] = FeatureHash.Key(130, p1.Form);
        output[n++] = FeatureHash.Key(131, n1.Form);
        output[n++] = FeatureHash.Key(132, n1.Suffix3);
        output[n++] = FeatureHash.Key(133, p1.Suffix3);
        output[n++] = FeatureHash.Key(134, w.ShortShape, n1.ShortShape);
        output[n++] = FeatureHash.Key(135, p1.ShortShape, w.ShortShape);
        output[n++] = FeatureHash.Key(136, l1, t0);
        output[n++] = FeatureHash.Key(137, l1, n1.Lower);
        output[n++] = FeatureHash.Key(138, (ulong)w.Flags, first);
        ulong g0 = places[i];
        ulong gp = i >= 1 ? places[i - 1] : 256UL;
        ulong gn = i + 1 < words.Length ? places[i + 1] : 512UL;
        output[n++] = FeatureHash.Key(140, g0);
        output[n++] = FeatureHash.Key(141, g0, w.ShortShape);
        output[n++] = FeatureHash.Key(142, gp, g0);
        output[n++] = FeatureHash.Key(143, g0, gn);
        output[n++] = FeatureHash.Key(144, g0, l1);

        if (domain != NerDomain.General)
        {
            var count = n;
            for (var f = 0; f < count; f++)
            {
                output[n++] = FeatureHash.Key(1000 + (int)domain, output[f]);
            }
        }

        return n;
    }

    public void Save(string path) => ModelFile.Write(path, _magic, _formatVersion, _model.Write);

    /// <summary>Loads a model; its place-name features look names up in <paramref name="gazetteer"/> (the default one when null).</summary>
    public static NerTagger Load(string path, Places.Gazetteer? gazetteer = null) => ModelFile.Read(
        path,
        _magic,
        _formatVersion,
        "NER model",
        reader => new NerTagger(PerceptronModel.Read(reader), gazetteer ?? Places.Gazetteer.Default));
}

/// <summary>Which corpus's conventions to tag by; the pipeline uses General.</summary>
public enum NerDomain
{
    General = 0,
    Uner = 1,
    Re3d = 2,
    Wikigold = 3,
}
