using System.Runtime.CompilerServices;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// Bag-of-words cosine similarity over lower-cased content words: two reports of one strike share its place,
/// target, weapon and victims' words even when worded differently. Words every conflict report shares (reporting
/// verbs, "killed", weekdays, small numbers: <c>data/fusion/text_stopwords.txt</c>) and one-letter tokens are
/// dropped, and names count double (<see cref="NameWeight"/>), so that what is compared is what tells one event from
/// the one next door.
/// </summary>
public static class TextSimilarity
{
    public const string StopWordsFile = "fusion/text_stopwords.txt";

    private static readonly Lazy<HashSet<string>> _stopWords = new(() => LoadStopWords(DataFiles.Require(StopWordsFile)));

    // A fused event's reports are compared with every new report that could join it: count their words once.
    private static readonly ConditionalWeakTable<EventRecord, CountedWords> _eventBags = [];

    /// <summary>
    /// An event's bag of words and its norm, its names (capitalised words that are not its actors' words) and its
    /// actors' words, all worked out once per record instance.
    /// </summary>
    private sealed record CountedWords(Dictionary<string, int> Bag, double Norm, HashSet<string> Names, HashSet<string> ActorWords);

    public static double Cosine(IReadOnlyList<string> a, IReadOnlyList<string> b) => Cosine(Bag(a), Bag(b));

    /// <summary>The cosine of two events' evidence texts; each event's words are counted once and remembered.</summary>
    public static double Cosine(EventRecord a, EventRecord b)
    {
        var wordsA = BagOf(a);
        var wordsB = BagOf(b);
        return wordsA.Bag.Count == 0 || wordsB.Bag.Count == 0 ? 0 : Dot(wordsA.Bag, wordsB.Bag) / (wordsA.Norm * wordsB.Norm);
    }

    private static CountedWords BagOf(EventRecord e) => _eventBags.GetValue(e, static e =>
    {
        var actorWords = ActorWords(e);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bag = Bag([.. e.Evidence.Select(s => s.Text ?? string.Empty)], actorWords, names);
        return new CountedWords(bag, Norm(bag), names, actorWords);
    });

    /// <summary>
    /// Whether both reports' words share a name that tells their incident from its neighbours: a capitalised word of
    /// at least <see cref="SharedNameChars"/> letters (a site, a village or neighbourhood the gazetteer lacks, a unit
    /// or group: "Gatumba", "Abu Salim", "CRPF") that is not a stop word, not a word of either report's actors, country or
    /// first-level division (which every report of the region shares), nor of either outlet's name (a dateline's
    /// "(Global Wire)"). Asked only of pairs one of which has no place: the outlet that names the site the other's
    /// geocoded town stands for reports that incident.
    /// </summary>
    public static bool ShareName(EventRecord a, EventRecord b, string? sourceA = null, string? sourceB = null)
    {
        var wordsA = BagOf(a);
        var wordsB = BagOf(b);
        var (small, large) = wordsA.Names.Count <= wordsB.Names.Count ? (wordsA.Names, wordsB.Names) : (wordsB.Names, wordsA.Names);
        foreach (var name in small)
        {
            if (name.Length >= SharedNameChars && large.Contains(name)
                && !wordsA.ActorWords.Contains(name) && !wordsB.ActorWords.Contains(name)
                && !HasWord(a.Country, name) && !HasWord(b.Country, name) && !HasWord(a.Admin1, name) && !HasWord(b.Admin1, name)
                && !HasWord(sourceA, name) && !HasWord(sourceB, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name ending at <paramref name="end"/> (with the capitalised words after it) is followed by a region
    /// word ("Far North region", "Kharkiv oblast", data/gazetteer/place_cues.tsv): it names a first-level division in
    /// the outlet's language, which every report of the region shares, whatever the gazetteer calls it.
    /// </summary>
    private static bool NamesRegion(string text, int end)
    {
        var i = end;
        while (true)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is not (' ' or '-'))
                {
                    return false;
                }

                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (start == i)
            {
                return false;
            }

            if (!char.IsUpper(text[start]))
            {
                return Places.PlaceLexicon.Default.After(text.AsSpan(start, i - start)) == Places.CueRole.Region;
            }
        }
    }

    /// <summary>The shortest name <see cref="ShareName"/> counts: two-letter ones ("UN", "US") are shared by unrelated reports.</summary>
    public const int SharedNameChars = 3;

    /// <summary>Whether the lower-case <paramref name="word"/> is one of the text's words (letters and digits, any case).</summary>
    private static bool HasWord(string? text, string word)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var (start, length) in new WordRuns(text))
        {
            if (text.AsSpan(start, length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the event's actors as the article wrote them: the actor score already compares them, so they are not boosted as names.</summary>
    private static HashSet<string> ActorWords(EventRecord e)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in new[] { e.Actor1, e.Actor2 }.Concat(e.AssocActor1).Concat(e.AssocActor2))
        {
            foreach (var word in (actor?.Text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>The cosine of two bags of counted terms (0 when either is empty).</summary>
    public static double Cosine(IReadOnlyDictionary<string, int> bagA, IReadOnlyDictionary<string, int> bagB)
    {
        if (bagA.Count == 0 || bagB.Count == 0)
        {
            return 0;
        }

        if (bagA is Dictionary<string, int> a && bagB is Dictionary<string, int> b)
        {
            // The usual case, on fusion's hot path: the dictionaries' own enumerators allocate nothing. The products are
            // whole numbers, so the dot product is the same whichever bag is walked.
            return Dot(a, b) / (Norm(a) * Norm(b));
        }

        double dot = 0;
        foreach (var (word, count) in bagA)
        {
            if (bagB.TryGetValue(word, out var other))
            {
                dot += count * other;
            }
        }

        return dot / (Norm(bagA) * Norm(bagB));
    }

    /// <summary>
    /// The dot product of two bags: the dictionaries' own enumerators allocate nothing, and the products are whole
    /// numbers, so it is the same whichever bag is walked (the smaller).
    /// </summary>
    private static long Dot(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        long product = 0;
        foreach (var (word, count) in small)
        {
            if (large.TryGetValue(word, out var other))
            {
                product += (long)count * other;
            }
        }

        return product;
    }

    private static double Norm(Dictionary<string, int> bag)
    {
        double sum = 0;
        foreach (var value in bag.Values)
        {
            sum += (double)value * value;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Reads a stop-word list: one lower-case word per line, '#' comments; errors name file and line.</summary>
    public static HashSet<string> LoadStopWords(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.All(char.IsLetterOrDigit) || line != line.ToLowerInvariant())
            {
                throw new FormatException($"{path}:{number}: '{line}' is not one lower-case word");
            }

            if (!words.Add(line))
            {
                throw new FormatException($"{path}:{number}: '{line}' is listed twice");
            }
        }

        return words;
    }

    /// <summary>
    /// How much more a name counts than another word: the place, group and site names ("Mogoke", "Pont-Sonde",
    /// "RSF") are what two reports of one event share and the strike next door does not, while the words around
    /// them (targets, weapons, casualties) are shared by any two reports of the same kind. Tuned on fusion dev only.
    /// </summary>
    public const int NameWeight = 2;

    /// <summary>A capitalised word that does not open a sentence (or a quotation) is taken for a name.</summary>
    private static bool IsName(string text, int start)
    {
        if (!char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '‘' or '(')
            {
                continue;
            }

            return c is not ('.' or '!' or '?' or ':' or ';');
        }

        return false; // the first word of the text
    }

    private static double Norm(IReadOnlyDictionary<string, int> bag) => Math.Sqrt(bag.Values.Sum(v => (double)v * v));

    private static Dictionary<string, int> Bag(IReadOnlyList<string> texts, HashSet<string>? actorWords = null, HashSet<string>? names = null)
    {
        var stopWords = _stopWords.Value;
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = bag.GetAlternateLookup<ReadOnlySpan<char>>();
        var stopLookup = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var actorLookup = (actorWords ?? []).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var text in texts)
        {
            foreach (var (start, length) in new WordRuns(text))
            {
                if (length > 1 && length <= buffer.Length)
                {
                    var word = buffer[..length];
                    text.AsSpan(start, length).ToLowerInvariant(word);
                    if (!stopLookup.Contains(word))
                    {
                        var weight = IsName(text, start) && !actorLookup.Contains(word) ? NameWeight : 1;
                        lookup[word] = lookup.TryGetValue(word, out var count) ? count + weight : weight;
                        if (weight == NameWeight && names is not null && !NamesRegion(text, start + length))
                        {
                            names.Add(word.ToString());
                        }
                    }
                }
            }
        }

        return bag;
    }

    /// <summary>A text's runs of letters and digits, as (start, length) in order: the words a bag counts and a name is looked for among.</summary>
    private ref struct WordRuns
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        public WordRuns(ReadOnlySpan<char> text) => _text = text;

        public (int Start, int Length) Current { get; private set; }

        public readonly WordRuns GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            while (i < _text.Length && !char.IsLetterOrDigit(_text[i]))
            {
                i++;
            }

            var start = i;
            while (i < _text.Length && char.IsLetterOrDigit(_text[i]))
            {
                i++;
            }

            _next = i;
            Current = (start, i - start);
            return i > start;
        }
    }
}
