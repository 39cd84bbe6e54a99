using System.Collections.Concurrent;

namespace Sitrep.Language.Model;

/// <summary>
/// Per word form, what a tagger's features that depend on that word alone add to the scores, in each role the word
/// plays for the token being scored (itself, the word before, the word after...). A token's score is then a few
/// cached vectors plus its remaining features: frequent words skip most lookups in the weight table, which are
/// the tagger's main cost.
/// </summary>
/// <remarks>
/// Adding the vectors instead of each weight in feature order changes the order of float additions; the result is
/// still bit for bit the same when every sum is exact, which <see cref="PerceptronModel.ExactBelow"/> tells from the
/// bounds kept here (see <see cref="WordRoles.Bounds"/>). Taggers check it per token and fall back to scoring in
/// feature order when the bound is reached. Thread-safe: the cache is filled as words come, up to
/// <see cref="Capacity"/> forms (the first seen; frequent words come early), and words beyond are described anew.
/// </remarks>
internal sealed class WordRoleCache
{
    public const int Capacity = 20_000;

    private readonly PerceptronModel _model;
    private readonly RoleFeatures _features;
    private readonly int _roles;
    private readonly bool _withClusters;
    private readonly ConcurrentDictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> _byForm;
    private int _count;

    /// <param name="withClusters">Whether the tagger's features read word clusters (<see cref="WordInfo.Of"/>).</param>
    public WordRoleCache(PerceptronModel model, RoleFeatures features, bool withClusters = false)
    {
        _model = model;
        _withClusters = withClusters;
        _roles = RoleCount;
        _features = features;
        _byForm = new ConcurrentDictionary<string, WordRoles>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The features of <paramref name="word"/> in <paramref name="role"/>, written to <paramref name="output"/>; returns their count.</summary>
    public delegate int RoleFeatures(in WordInfo word, int role, Span<ulong> output);

    public WordRoles Get(ReadOnlySpan<char> word)
    {
        if (_byForm.TryGetValue(word, out var found))
        {
            return found;
        }

        var created = Describe(WordInfo.Of(word, _withClusters));
        if (Volatile.Read(ref _count) < Capacity && Interlocked.Increment(ref _count) <= Capacity)
        {
            _byForm.TryAdd(word, created);
        }

        return created;
    }

    /// <summary>The roles of the taggers' features: the token itself, the one or two before it, the one or two after it.</summary>
    public const int Self = 0;
    public const int Previous = 1;
    public const int SecondPrevious = 2;
    public const int Next = 3;
    public const int SecondNext = 4;
    public const int RoleCount = 5;

    /// <summary>
    /// Sets <paramref name="row"/> to the role scores of token i and its neighbours (<paramref name="before"/> and
    /// <paramref name="after"/> stand for words beyond the sentence); returns their bound.
    /// </summary>
    public static int AddRoles(ReadOnlySpan<WordRoles> words, int i, WordRoles before, WordRoles after, Span<float> row)
    {
        words[i].Scores.AsSpan(0, row.Length).CopyTo(row);
        var bound = words[i].Bounds[Self];
        bound += AddRole(i >= 1 ? words[i - 1] : before, Previous, row);
        bound += AddRole(i >= 2 ? words[i - 2] : before, SecondPrevious, row);
        bound += AddRole(i + 1 < words.Length ? words[i + 1] : after, Next, row);
        bound += AddRole(i + 2 < words.Length ? words[i + 2] : after, SecondNext, row);
        return bound;
    }

    private static int AddRole(WordRoles word, int role, Span<float> row)
    {
        var scores = word.Scores.AsSpan(role * row.Length, row.Length);
        for (var c = 0; c < row.Length; c++)
        {
            row[c] += scores[c];
        }

        return word.Bounds[role];
    }

    /// <summary>Scores and bounds of every role of a word, each summed in its features' order.</summary>
    public WordRoles Describe(in WordInfo info)
    {
        var classCount = _model.ClassCount;
        var scores = new float[_roles * classCount];
        var bounds = new int[_roles];
        Span<ulong> features = stackalloc ulong[32];
        for (var role = 0; role < _roles; role++)
        {
            var n = _features(info, role, features);
            bounds[role] = _model.Add(features[..n], scores.AsSpan(role * classCount, classCount));
        }

        return new WordRoles(info, scores, bounds);
    }
}

/// <summary>One word form: its surface description, and per role the scores its features add and their bound.</summary>
internal sealed class WordRoles(WordInfo info, float[] scores, int[] bounds)
{
    public WordInfo Info { get; } = info;

    /// <summary>Role-major: role r's scores are [r * classes, (r + 1) * classes).</summary>
    public float[] Scores { get; } = scores;

    /// <summary>Per role, the bound <see cref="PerceptronModel.Add"/> returned: at least the sum of the magnitudes added.</summary>
    public int[] Bounds { get; } = bounds;

    // What the gazetteer says of the word alone (see PlaceMarks), kept with the word so that frequent words skip the
    // name lookup: -1 until first asked. Written once with the same value by whichever thread asks first.
    private int _place = -1;

    /// <summary>The word's <see cref="PlaceMarks"/> answer (-1: not asked yet).</summary>
    public int Place
    {
        get => Volatile.Read(ref _place);
        set => Volatile.Write(ref _place, value);
    }

    // What the tagger's own word lists say of the word (PosTagger: its tag dictionary and ambiguity classes), kept
    // with the word as the place answer is: -1 until first asked; written whole, with the same value by any thread.
    private long _lexical = -1;

    /// <summary>The owning tagger's word-list answer for the word (-1: not asked yet).</summary>
    public long Lexical
    {
        get => Volatile.Read(ref _lexical);
        set => Volatile.Write(ref _lexical, value);
    }
}
