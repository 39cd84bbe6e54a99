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
/// Named-entity tagger: a structured averaged perceptron over BILOU labels (Collins 2002). Each token's label
/// scores come from word, affix, shape, neighbour, POS-tag and dictionary features that do not depend on the
/// labels; label-to-label transition weights link them, and Viterbi finds the best whole-sentence labelling among
/// those BILOU allows (an entity opened with B is always closed with L).
/// Training corpora follow different conventions, so training also learns a copy of every feature per corpus
/// (Daumé's "frustratingly easy" domain adaptation); tagging in <see cref="NerDomain.General"/> uses the shared
/// copy only, tagging in a corpus's domain adds that corpus's copy (used to evaluate against its conventions).
/// Thread-safe; allocates nothing per token (pooled buffers per sentence).
/// </summary>
public sealed class NerTagger
{
    public const string DefaultModelPath = "models/ner-en.bin.gz";

    internal const int MaxBaseFeatures = 64;
    internal const int MaxFeatures = MaxBaseFeatures * 2;
    private const string _magic = "sitrep-ner-tagger";
    private const int _formatVersion = 3;
    private const int _transitionTemplate = 150;

    private static readonly Lazy<NerTagger> _default = new(() => Load(DataFiles.Require(DefaultModelPath)));

    private readonly PerceptronModel _model;
    private readonly Places.Gazetteer? _gazetteer;
    private readonly float[][] _transitions;
    private readonly WordRoleCache _words;
    private readonly WordRoles _before;
    private readonly WordRoles _after;
    private readonly DocumentFeatureScores _documentScores;

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

        // Transition scores are the same for every sentence: look them up once per domain.
        _transitions = new float[Enum.GetValues<NerDomain>().Length][];
        Span<ulong> keys = stackalloc ulong[2];
        foreach (var domain in Enum.GetValues<NerDomain>())
        {
            var table = new float[(Labels.Length + 1) * Labels.Length];
            for (var previous = -1; previous < Labels.Length; previous++)
            {
                var n = TransitionFeatures(previous, domain, keys);
                _model.Score(keys[..n], table.AsSpan((previous + 1) * Labels.Length, Labels.Length));
            }

            _transitions[(int)domain] = table;
        }

        _words = new WordRoleCache(model, RoleFeatures, withClusters: true);
        _before = _words.Describe(WordInfo.Before);
        _after = _words.Describe(WordInfo.After);
        _documentScores = new DocumentFeatureScores(model);
    }

    public static NerTagger Default => _default.Value;

    /// <summary>The BILOU labels: "O", then B-, I-, L-, U- for each type in order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The entity types the model knows (PER, ORG, LOC, NORP).</summary>
    public ImmutableArray<string> Types { get; }

    public int FeatureCount => _model.FeatureCount;

    internal PerceptronModel Model => _model;

    internal static ImmutableArray<string> LabelsFor(IEnumerable<string> types) =>
        ["O", .. types.SelectMany(t => new[] { "B-" + t, "I-" + t, "L-" + t, "U-" + t })];

    /// <summary>Labels one sentence. <paramref name="labels"/> receives label indices into <see cref="Labels"/>.</summary>
    /// <param name="documentMarks">The tokens' <see cref="DocumentWords"/> marks, from the whole document the sentence is
    /// in; empty when the sentence is tagged without its document (the model then lacks that evidence).</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags, Lexicon lexicon, Span<byte> labels, NerDomain domain = NerDomain.General,
        ReadOnlySpan<byte> documentMarks = default)
    {
        var count = tokens.Length;
        if (count == 0)
        {
            return;
        }

        var classCount = Labels.Length;
        var emissions = ArrayPool<float>.Shared.Rent(count * classCount);
        var scratch = ArrayPool<float>.Shared.Rent(2 * classCount);
        var back = ArrayPool<byte>.Shared.Rent(count * classCount);
        try
        {
            Emissions(text, tokens, tags, lexicon, domain, documentMarks, emissions.AsSpan(0, count * classCount), reference: false);
            Viterbi(emissions.AsSpan(0, count * classCount), _transitions[(int)domain], classCount, labels[..count], scratch, back);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<float>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>
    /// Each token's label scores (token-major). In the general domain, from each word's cached role scores plus its
    /// context features (see <see cref="WordRoleCache"/>); otherwise, or when <paramref name="reference"/> is set or
    /// a sum could be inexact, from all <see cref="Features"/> in order. Both give the same bits.
    /// </summary>
    internal void Emissions(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags, Lexicon lexicon, NerDomain domain, ReadOnlySpan<byte> documentMarks,
        Span<float> emissions, bool reference)
    {
        var count = tokens.Length;
        var classCount = Labels.Length;
        var fast = domain == NerDomain.General && !reference;
        var roles = ArrayPool<WordRoles>.Shared.Rent(count);
        var words = ArrayPool<WordInfo>.Shared.Rent(count);
        var kinds = ArrayPool<LexiconKind>.Shared.Rent(count);
        var places = ArrayPool<byte>.Shared.Rent(count);
        var features = ArrayPool<ulong>.Shared.Rent(count * MaxFeatures);
        var featureEnds = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (fast)
                {
                    roles[i] = _words.Get(word);
                    words[i] = roles[i].Info;
                }
                else
                {
                    words[i] = WordInfo.Of(word, withClusters: true);
                }
            }

            lexicon.Mark(text, tokens, kinds);
            PlaceMarks.Mark(_gazetteer, text, tokens, places, fast ? roles.AsSpan(0, count) : default);

            // All the sentence's features first, then their table lines fetched together (see PerceptronModel.Prefetch),
            // then the scores.
            var n = 0;
            for (var i = 0; i < count; i++)
            {
                featureEnds[i] = n += fast
                    ? ContextFeatures(words.AsSpan(0, count), tags, kinds.AsSpan(0, count), places.AsSpan(0, count), i, features.AsSpan(n, MaxFeatures))
                    : Features(words.AsSpan(0, count), tags, kinds.AsSpan(0, count), places.AsSpan(0, count), documentMarks, i, domain, features.AsSpan(n, MaxFeatures));
            }

            _model.Prefetch(features.AsSpan(0, n));
            Span<ulong> all = stackalloc ulong[MaxFeatures];
            for (var i = 0; i < count; i++)
            {
                var start = i == 0 ? 0 : featureEnds[i - 1];
                var row = emissions.Slice(i * classCount, classCount);
                if (!fast)
                {
                    _model.Score(features.AsSpan(start, featureEnds[i] - start), row);
                    continue;
                }

                var bound = WordRoleCache.AddRoles(roles.AsSpan(0, count), i, _before, _after, row);
                bound += _documentScores.Add(words.AsSpan(0, count), tags, documentMarks, i, row);
                bound += _model.Add(features.AsSpan(start, featureEnds[i] - start), row);
                if (bound >= _model.ExactBelow)
                {
                    // Perhaps inexact in this order: sum in feature order, from the word's own features' sum (the
                    // first of all features, so that sum is the same prefix either way).
                    var total = Features(words.AsSpan(0, count), tags, kinds.AsSpan(0, count), places.AsSpan(0, count), documentMarks, i, domain, all);
                    roles[i].Scores.AsSpan(0, classCount).CopyTo(row);
                    _model.Add(all[_selfFeatureCount..total], row);
                }
            }
        }
        finally
        {
            ArrayPool<WordRoles>.Shared.Return(roles, clearArray: true);
            ArrayPool<WordInfo>.Shared.Return(words);
            ArrayPool<LexiconKind>.Shared.Return(kinds);
            ArrayPool<byte>.Shared.Return(places);
            ArrayPool<ulong>.Shared.Return(features);
            ArrayPool<int>.Shared.Return(featureEnds);
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

    /// <summary>
    /// The best labelling of a sentence: <paramref name="emissions"/> holds each token's label scores (token-major),
    /// <paramref name="transitions"/> the score of each label after each previous label (row 0: sentence start).
    /// Transitions BILOU forbids are never taken. <paramref name="scratch"/> holds 2 x classes floats,
    /// <paramref name="back"/> tokens x classes bytes.
    /// </summary>
    internal static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int classCount, Span<byte> labels, Span<float> scratch, Span<byte> back)
    {
        var count = labels.Length;
        var previousScores = scratch[..classCount];
        var currentScores = scratch.Slice(classCount, classCount);
        var allowed = AllowedTable(classCount);
        for (var c = 0; c < classCount; c++)
        {
            previousScores[c] = allowed.Start[Index(-1, c, count == 1, classCount)]
                ? emissions[c] + transitions[c]
                : float.NegativeInfinity;
        }

        for (var i = 1; i < count; i++)
        {
            var last = i == count - 1;
            var row = emissions.Slice(i * classCount, classCount);
            var predecessors = last ? allowed.BeforeLast : allowed.BeforeOther;
            for (var c = 0; c < classCount; c++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;

                // Only the allowed previous labels, in increasing order as before: ties still go to the first.
                foreach (var p in predecessors[c])
                {
                    var score = previousScores[p] + transitions[((p + 1) * classCount) + c];
                    if (score > best)
                    {
                        best = score;
                        bestPrevious = p;
                    }
                }

                currentScores[c] = best + row[c];
                back[(i * classCount) + c] = (byte)bestPrevious;
            }

            currentScores.CopyTo(previousScores);
        }

        var label = 0;
        for (var c = 1; c < classCount; c++)
        {
            if (previousScores[c] > previousScores[label])
            {
                label = c;
            }
        }

        for (var i = count - 1; i >= 0; i--)
        {
            labels[i] = (byte)label;
            label = back[(i * classCount) + label];
        }
    }

    private static AllowedSteps? _allowed;

    /// <summary>
    /// The steps BILOU allows: from the sentence start (indexed by <see cref="Index"/>), and for each label the previous
    /// labels that may come before it, in increasing order, on the last token and elsewhere.
    /// </summary>
    private sealed record AllowedSteps(bool[] Start, byte[][] BeforeOther, byte[][] BeforeLast);

    private static AllowedSteps AllowedTable(int classCount)
    {
        var table = _allowed;
        if (table is not null && table.BeforeOther.Length == classCount)
        {
            return table;
        }

        var start = new bool[classCount * 2];
        for (var c = 0; c < classCount; c++)
        {
            start[Index(-1, c, false, classCount)] = Allowed(0, c, false);
            start[Index(-1, c, true, classCount)] = Allowed(0, c, true);
        }

        byte[][] Before(bool last) => [.. Enumerable.Range(0, classCount)
            .Select(c => Enumerable.Range(0, classCount).Where(p => Allowed(p, c, last)).Select(p => (byte)p).ToArray())];
        table = new AllowedSteps(start, Before(false), Before(true));
        _allowed = table;
        return table;
    }

    private static int Index(int previous, int current, bool last, int classCount) =>
        ((((previous + 1) * classCount) + current) * 2) + (last ? 1 : 0);

    /// <summary>The keys of the transition weights out of <paramref name="previous"/> (-1: sentence start).</summary>
    internal static int TransitionFeatures(int previous, NerDomain domain, Span<ulong> output)
    {
        output[0] = FeatureHash.Key(_transitionTemplate, (ulong)(previous + 1));
        if (domain == NerDomain.General)
        {
            return 1;
        }

        output[1] = DomainFeature(domain, output[0]);
        return 2;
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

    /// <summary>
    /// The features of token <paramref name="i"/>; none depends on labels (transitions carry that), so a sentence's
    /// label scores are computed once and Viterbi combines them. Template numbers are part of the model format.
    /// </summary>
    internal static int Features(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<LexiconKind> kinds,
        ReadOnlySpan<byte> places, ReadOnlySpan<byte> documentMarks, int i, NerDomain domain, Span<ulong> output)
    {
        var w = words[i];
        var p1 = i >= 1 ? words[i - 1] : WordInfo.Before;
        var p2 = i >= 2 ? words[i - 2] : WordInfo.Before;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordInfo.After;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordInfo.After;
        ulong t0 = (ulong)tags[i] + 1;
        ulong tp = i >= 1 ? (ulong)tags[i - 1] + 1 : 0;
        ulong tn = i + 1 < words.Length ? (ulong)tags[i + 1] + 1 : 0;
        ulong upper = (w.Flags & WordFlags.InitialUpper) != 0 ? 1UL : 0UL;
        ulong k0 = (ulong)(kinds[i] & LexiconKind.NerFeatures);
        ulong kp = i >= 1 ? (ulong)(kinds[i - 1] & LexiconKind.NerFeatures) : 1UL << 20;
        ulong kn = i + 1 < words.Length ? (ulong)(kinds[i + 1] & LexiconKind.NerFeatures) : 1UL << 21;
        ulong first = i == 0 ? 1UL : 0UL;

        var n = RoleFeatures(w, WordRoleCache.Self, output); // the word's own features first, as the cache holds them
        output[n++] = FeatureHash.Key(110, w.ShortShape, first);
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
        output[n++] = FeatureHash.Key(126, k0, upper);
        output[n++] = FeatureHash.Key(127, kp);
        output[n++] = FeatureHash.Key(128, kn);
        output[n++] = FeatureHash.Key(130, p1.Form);
        output[n++] = FeatureHash.Key(131, n1.Form);
        output[n++] = FeatureHash.Key(132, n1.Suffix3);
        output[n++] = FeatureHash.Key(133, p1.Suffix3);
        output[n++] = FeatureHash.Key(134, w.ShortShape, n1.ShortShape);
        output[n++] = FeatureHash.Key(135, p1.ShortShape, w.ShortShape);
        output[n++] = FeatureHash.Key(136, p2.ShortShape);
        output[n++] = FeatureHash.Key(137, n2.ShortShape);
        output[n++] = FeatureHash.Key(138, (ulong)w.Flags, first);
        output[n++] = FeatureHash.Key(139, t0, w.ShortShape);
        ulong g0 = places[i];
        ulong gp = i >= 1 ? places[i - 1] : 256UL;
        ulong gn = i + 1 < words.Length ? places[i + 1] : 512UL;
        output[n++] = FeatureHash.Key(140, g0);
        output[n++] = FeatureHash.Key(141, g0, w.ShortShape);
        output[n++] = FeatureHash.Key(142, gp, g0);
        output[n++] = FeatureHash.Key(143, g0, gn);
        output[n++] = FeatureHash.Key(144, g0, t0);
        output[n++] = FeatureHash.Key(145, p1.Lower, w.ShortShape);
        output[n++] = FeatureHash.Key(146, w.ShortShape, n1.Lower);
        output[n++] = FeatureHash.Key(147, p2.Lower, p1.Lower);
        output[n++] = FeatureHash.Key(148, n1.Lower, n2.Lower);
        output[n++] = FeatureHash.Key(162, p1.FineCluster);
        output[n++] = FeatureHash.Key(163, n1.FineCluster);
        n += NameRunFeatures(words, kinds, i, output[n..]);
        n += DocumentFeatures(words, tags, documentMarks, i, output[n..]);

        if (domain != NerDomain.General)
        {
            var count = n;
            for (var f = 0; f < count; f++)
            {
                output[n++] = DomainFeature(domain, output[f]);
            }
        }

        return n;
    }

    /// <summary>A corpus's own copy of a feature (see the class summary).</summary>
    internal static ulong DomainFeature(NerDomain domain, ulong feature) => FeatureHash.Key(1000 + (int)domain, feature);

    /// <summary>The feature every token has (its weights are the labels' prior scores).</summary>
    internal static ulong BiasFeature => FeatureHash.Key(100, 0);

    // The self role's features are the first this many of Features, in the same order.
    private const int _selfFeatureCount = 13;

    /// <summary>
    /// The features of <see cref="Features"/> that depend on one word alone, by the role of that word: the token
    /// itself, the one or two before it, the one or two after it. With <see cref="ContextFeatures"/>, the same keys.
    /// </summary>
    internal static int RoleFeatures(in WordInfo w, int role, Span<ulong> output)
    {
        var n = 0;
        switch (role)
        {
            case WordRoleCache.Self:
                output[n++] = BiasFeature;
                output[n++] = FeatureHash.Key(101, w.Form);
                output[n++] = FeatureHash.Key(102, w.Lower);
                output[n++] = FeatureHash.Key(103, w.Prefix2);
                output[n++] = FeatureHash.Key(104, w.Prefix3);
                output[n++] = FeatureHash.Key(105, w.Prefix4);
                output[n++] = FeatureHash.Key(106, w.Suffix2);
                output[n++] = FeatureHash.Key(107, w.Suffix3);
                output[n++] = FeatureHash.Key(108, w.Suffix4);
                output[n++] = FeatureHash.Key(109, w.Shape);
                output[n++] = FeatureHash.Key(160, w.FineCluster);
                output[n++] = FeatureHash.Key(161, w.CoarseCluster);
                output[n++] = FeatureHash.Key(164, w.FineCluster, w.ShortShape);
                break;
            case WordRoleCache.Previous:
                output[n++] = FeatureHash.Key(115, w.Lower);
                output[n++] = FeatureHash.Key(119, w.ShortShape);
                output[n++] = FeatureHash.Key(130, w.Form);
                output[n++] = FeatureHash.Key(133, w.Suffix3);
                output[n++] = FeatureHash.Key(162, w.FineCluster);
                break;
            case WordRoleCache.SecondPrevious:
                output[n++] = FeatureHash.Key(116, w.Lower);
                output[n++] = FeatureHash.Key(136, w.ShortShape);
                break;
            case WordRoleCache.Next:
                output[n++] = FeatureHash.Key(117, w.Lower);
                output[n++] = FeatureHash.Key(120, w.ShortShape);
                output[n++] = FeatureHash.Key(131, w.Form);
                output[n++] = FeatureHash.Key(132, w.Suffix3);
                output[n++] = FeatureHash.Key(163, w.FineCluster);
                break;
            case WordRoleCache.SecondNext:
                output[n++] = FeatureHash.Key(118, w.Lower);
                output[n++] = FeatureHash.Key(137, w.ShortShape);
                break;
        }

        return n;
    }

    /// <summary>
    /// The features of <see cref="Features"/> (general domain) that are neither <see cref="RoleFeatures"/> nor
    /// <see cref="DocumentFeatures"/> (whose scores <see cref="DocumentFeatureScores"/> holds).
    /// </summary>
    internal static int ContextFeatures(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<LexiconKind> kinds,
        ReadOnlySpan<byte> places, int i, Span<ulong> output)
    {
        var w = words[i];
        var p1 = i >= 1 ? words[i - 1] : WordInfo.Before;
        var p2 = i >= 2 ? words[i - 2] : WordInfo.Before;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordInfo.After;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordInfo.After;
        ulong t0 = (ulong)tags[i] + 1;
        ulong tp = i >= 1 ? (ulong)tags[i - 1] + 1 : 0;
        ulong tn = i + 1 < words.Length ? (ulong)tags[i + 1] + 1 : 0;
        ulong upper = (w.Flags & WordFlags.InitialUpper) != 0 ? 1UL : 0UL;
        ulong k0 = (ulong)(kinds[i] & LexiconKind.NerFeatures);
        ulong kp = i >= 1 ? (ulong)(kinds[i - 1] & LexiconKind.NerFeatures) : 1UL << 20;
        ulong kn = i + 1 < words.Length ? (ulong)(kinds[i + 1] & LexiconKind.NerFeatures) : 1UL << 21;
        ulong first = i == 0 ? 1UL : 0UL;
        ulong g0 = places[i];
        ulong gp = i >= 1 ? places[i - 1] : 256UL;
        ulong gn = i + 1 < words.Length ? places[i + 1] : 512UL;

        var n = 0;
        output[n++] = FeatureHash.Key(110, w.ShortShape, first);
        output[n++] = FeatureHash.Key(121, t0);
        output[n++] = FeatureHash.Key(122, tp, t0);
        output[n++] = FeatureHash.Key(123, t0, tn);
        output[n++] = FeatureHash.Key(124, p1.Lower, w.Lower);
        output[n++] = FeatureHash.Key(125, w.Lower, n1.Lower);
        output[n++] = FeatureHash.Key(126, k0, upper);
        output[n++] = FeatureHash.Key(127, kp);
        output[n++] = FeatureHash.Key(128, kn);
        output[n++] = FeatureHash.Key(134, w.ShortShape, n1.ShortShape);
        output[n++] = FeatureHash.Key(135, p1.ShortShape, w.ShortShape);
        output[n++] = FeatureHash.Key(138, (ulong)w.Flags, first);
        output[n++] = FeatureHash.Key(139, t0, w.ShortShape);
        output[n++] = FeatureHash.Key(140, g0);
        output[n++] = FeatureHash.Key(141, g0, w.ShortShape);
        output[n++] = FeatureHash.Key(142, gp, g0);
        output[n++] = FeatureHash.Key(143, g0, gn);
        output[n++] = FeatureHash.Key(144, g0, t0);
        output[n++] = FeatureHash.Key(145, p1.Lower, w.ShortShape);
        output[n++] = FeatureHash.Key(146, w.ShortShape, n1.Lower);
        output[n++] = FeatureHash.Key(147, p2.Lower, p1.Lower);
        output[n++] = FeatureHash.Key(148, n1.Lower, n2.Lower);
        n += NameRunFeatures(words, kinds, i, output[n..]);
        return n;
    }

    /// <summary>
    /// What the word's other occurrences in the document say (<see cref="DocumentWords"/>), with how this occurrence
    /// is written (sentence-opening, capitalised inside, all caps, other) and its part of speech.
    /// </summary>
    internal static int DocumentFeatures(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<byte> documentMarks, int i, Span<ulong> output)
    {
        var (mark, written, tag, previous) = DocumentInputs(words, tags, documentMarks, i);
        return DocumentKeys(mark, written, tag, previous, output);
    }

    /// <summary>The values the document features of token i combine (see <see cref="DocumentFeatureScores"/>).</summary>
    private static (int Mark, int Written, int Tag, int Previous) DocumentInputs(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<byte> documentMarks, int i)
    {
        int mark = documentMarks.IsEmpty ? DocumentWords.Unknown : documentMarks[i];
        var flags = words[i].Flags;
        var written = (flags & WordFlags.AllUpper) != 0 && words[i].Length > 1 ? 3
            : (flags & WordFlags.InitialUpper) == 0 ? 0
            : i == 0 ? 1 : 2;
        var previous = i == 0 ? DocumentFeatureScores.SentenceStart : documentMarks.IsEmpty ? DocumentWords.Unknown : documentMarks[i - 1];
        return (mark, written, (int)tags[i] + 1, previous);
    }

    private static int DocumentKeys(int mark, int written, int tag, int previous, Span<ulong> output)
    {
        output[0] = FeatureHash.Key(170, (ulong)mark, (ulong)written);
        output[1] = FeatureHash.Key(171, (ulong)mark, (ulong)tag);
        output[2] = FeatureHash.Key(172, (ulong)previous, (ulong)mark, (ulong)written);
        return 3;
    }

    /// <summary>
    /// The document features take few values (17 marks, 4 ways of writing, the POS tags, the previous token's mark),
    /// so their scores are looked up once per model for every combination of each template; the fast path adds the
    /// three rows instead of hashing and probing the weight table per token. Bounds as <see cref="PerceptronModel.Add"/>.
    /// </summary>
    private sealed class DocumentFeatureScores
    {
        public const int SentenceStart = 256;
        private const int _marks = 17; // 0-15, and DocumentWords.Unknown
        private const int _written = 4;
        private const int _previous = _marks + 1; // and the sentence start
        private static readonly int _tags = Enum.GetValues<Upos>().Length + 1;

        private readonly int _classes;
        private readonly float[] _markWritten;
        private readonly int[] _markWrittenBound;
        private readonly float[] _markTag;
        private readonly int[] _markTagBound;
        private readonly float[] _previousMarkWritten;
        private readonly int[] _previousMarkWrittenBound;

        public DocumentFeatureScores(PerceptronModel model)
        {
            _classes = model.ClassCount;
            Span<ulong> keys = stackalloc ulong[3];
            (_markWritten, _markWrittenBound) = Table(model, _marks * _written, (index, k) => DocumentKeys(MarkOf(index / _written), index % _written, 0, 0, k), 0, keys);
            (_markTag, _markTagBound) = Table(model, _marks * _tags, (index, k) => DocumentKeys(MarkOf(index / _tags), 0, index % _tags, 0, k), 1, keys);
            (_previousMarkWritten, _previousMarkWrittenBound) = Table(model, _previous * _marks * _written,
                (index, k) => DocumentKeys(MarkOf((index / _written) % _marks), index % _written, 0, PreviousOf(index / (_marks * _written)), k), 2, keys);
        }

        /// <summary>Adds token i's three rows to <paramref name="row"/>; returns their bound.</summary>
        public int Add(ReadOnlySpan<WordInfo> words, ReadOnlySpan<Upos> tags, ReadOnlySpan<byte> documentMarks, int i, Span<float> row)
        {
            var (mark, written, tag, previous) = DocumentInputs(words, tags, documentMarks, i);
            var m = MarkIndex(mark);
            var p = previous == SentenceStart ? _marks : MarkIndex(previous);
            return AddRow(_markWritten, _markWrittenBound, (m * _written) + written, row)
                + AddRow(_markTag, _markTagBound, (m * _tags) + tag, row)
                + AddRow(_previousMarkWritten, _previousMarkWrittenBound, (((p * _marks) + m) * _written) + written, row);
        }

        private int AddRow(float[] table, int[] bounds, int index, Span<float> row)
        {
            var scores = table.AsSpan(index * _classes, _classes);
            for (var c = 0; c < _classes; c++)
            {
                row[c] += scores[c];
            }

            return bounds[index];
        }

        private static int MarkIndex(int mark) => mark == DocumentWords.Unknown ? _marks - 1 : mark;

        private static int MarkOf(int index) => index == _marks - 1 ? DocumentWords.Unknown : index;

        private static int PreviousOf(int index) => index == _marks ? SentenceStart : MarkOf(index);

        private delegate int Keys(int index, Span<ulong> output);

        // One row per combination: the scores of that template's key alone (the other templates' keys are ignored).
        private static (float[] Scores, int[] Bounds) Table(PerceptronModel model, int size, Keys keysOf, int template, Span<ulong> keys)
        {
            var scores = new float[size * model.ClassCount];
            var bounds = new int[size];
            for (var index = 0; index < size; index++)
            {
                keysOf(index, keys);
                bounds[index] = model.Add(keys.Slice(template, 1), scores.AsSpan(index * model.ClassCount, model.ClassCount));
            }

            return (scores, bounds);
        }
    }

    // Lower-case words that may join the capitalised words of one name ("Ministry of the Interior", "Bank for
    // International Settlements", "Department of Housing and Urban Development", "Committee on Foreign Affairs").
    private static readonly ulong[] _nameConnectors = [.. new[] { "of", "the", "and", "&", "for", "on", "de" }.Select(w => FeatureHash.OfLowerNormalised(w))];

    // A run longer than this each way from the token is read as a capitalised line (a headline), not a name.
    private const int _longestRunSide = 8;

    private static bool IsCapitalised(in WordInfo w) => (w.Flags & WordFlags.InitialUpper) != 0;

    private static bool IsNameConnector(in WordInfo w) => Array.IndexOf(_nameConnectors, w.Lower) >= 0;

    /// <summary>Whether token j belongs to a capitalised run: capitalised, or a connector with capitalised words (at most one more connector apart) on both sides.</summary>
    private static bool InNameRun(ReadOnlySpan<WordInfo> words, int j)
    {
        if (IsCapitalised(words[j]))
        {
            return true;
        }

        if (!IsNameConnector(words[j]))
        {
            return false;
        }

        var left = (j >= 1 && IsCapitalised(words[j - 1])) || (j >= 2 && IsNameConnector(words[j - 1]) && IsCapitalised(words[j - 2]));
        var right = (j + 1 < words.Length && IsCapitalised(words[j + 1])) || (j + 2 < words.Length && IsNameConnector(words[j + 1]) && IsCapitalised(words[j + 2]));
        return left && right;
    }

    /// <summary>
    /// Features of the capitalised run (a would-be multi-word name) that token <paramref name="i"/> is in, by the
    /// token's place in it: the run's last word (the head that types most names: "... Corporation", "... Party"),
    /// its first word ("Ministry of ...", "University of ..."), the dictionary kinds found anywhere in it, and the
    /// words just outside it ("at ...", "... said"). A token's own window misses these inside long names. Nothing
    /// for tokens outside a run.
    /// </summary>
    internal static int NameRunFeatures(ReadOnlySpan<WordInfo> words, ReadOnlySpan<LexiconKind> kinds, int i, Span<ulong> output)
    {
        if (!InNameRun(words, i))
        {
            return 0;
        }

        var start = i;
        while (start > 0 && i - start < _longestRunSide && InNameRun(words, start - 1))
        {
            start--;
        }

        var end = i + 1;
        while (end < words.Length && end - i <= _longestRunSide && InNameRun(words, end))
        {
            end++;
        }

        var length = end - start;
        ulong place = length == 1 ? 1UL : !IsCapitalised(words[i]) ? 5UL : i == start ? 2UL : i == end - 1 ? 4UL : 3UL;
        var all = LexiconKind.None;
        for (var j = start; j < end; j++)
        {
            all |= kinds[j];
        }

        var before = start >= 1 ? words[start - 1] : WordInfo.Before;
        var after = end < words.Length ? words[end] : WordInfo.After;
        var n = 0;
        output[n++] = FeatureHash.Key(150, place, words[end - 1].Lower);
        output[n++] = FeatureHash.Key(152, place, (ulong)(all & LexiconKind.NerFeatures), start == 0 ? 1UL : 0UL);
        output[n++] = FeatureHash.Key(153, place, (ulong)(kinds[end - 1] & LexiconKind.NerFeatures), (ulong)Math.Min(length, 6));
        output[n++] = FeatureHash.Key(154, place, before.Lower);
        output[n++] = FeatureHash.Key(155, place, after.Lower);
        if (length > 1)
        {
            output[n++] = FeatureHash.Key(151, place, words[start].Lower);
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
