using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sitrep.Actors;
using Sitrep.Claims;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>Whether a claim asserts its content, denies it ("denied sending troops") or disputes it.</summary>
public enum ClaimPolarity
{
    Asserts,
    Denies,
    Disputes,
}

/// <summary>
/// What claim fusion compares, computed once per claim from its content: a bag of lightly stemmed content words,
/// the proper names, the countries named (by name, adjective or capital, from the actor dictionary), the figures,
/// whether the content is negated, and the claim's polarity from its cue verb (the claims lexicon's deny and
/// dispute verbs).
/// </summary>
public sealed record ClaimFeatures(
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlySet<string> Names,
    IReadOnlySet<string> Countries,
    IReadOnlyList<double> Figures,
    bool Negated,
    ClaimPolarity Polarity,
    IReadOnlySet<string> Identity)
{
    private static readonly FrozenSet<string> _stopWords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "was",
        "were", "are", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "it", "its",
        "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you", "your", "i", "my", "which",
        "who", "whom", "what", "after", "before", "into", "over", "also", "but", "will", "would", "could", "should",
        "may", "might", "can", "must", "shall", "do", "does", "did", "there", "than", "then", "so", "such", "some",
        "any", "all", "more", "most", "about", "approximately", "around", "nearly", "almost", "some", "up", "out",
        "very", "just", "now", "already", "still", "further", "well", "being", "if", "while", "since", "including",
        "significant", "number", "several", "many", "new", "said", "says", "say", "according",
    ], StringComparer.Ordinal);

    /// <summary>Words by which a claimant speaks of itself ("its forces", "our troops").</summary>
    private static readonly FrozenSet<string> _selfWords = FrozenSet.ToFrozenSet(["its", "our", "we", "us"], StringComparer.Ordinal);

    /// <summary>Number words compared as figures: "three people" and "3 people" state one figure.</summary>
    private static readonly FrozenDictionary<string, string> _numberWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["one"] = "1",
        ["two"] = "2",
        ["three"] = "3",
        ["four"] = "4",
        ["five"] = "5",
        ["six"] = "6",
        ["seven"] = "7",
        ["eight"] = "8",
        ["nine"] = "9",
        ["ten"] = "10",
        ["eleven"] = "11",
        ["twelve"] = "12",
        ["dozen"] = "12",
        ["twenty"] = "20",
        ["thirty"] = "30",
        ["forty"] = "40",
        ["fifty"] = "50",
        ["hundred"] = "100",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> _negations = FrozenSet.ToFrozenSet(["not", "no", "never", "n't", "none", "neither", "nor", "without"], StringComparer.Ordinal);

    private static readonly Lazy<ClaimsLexicon?> _lexicon = new(() =>
    {
        try
        {
            return ClaimsLexicon.Default;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    });

    private static readonly Lazy<ActorDictionary?> _actors = new(() =>
    {
        try
        {
            return ActorDictionary.Default;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    });

    // A stored claim is compared with many new ones, batch after batch (the store hands back the same parsed
    // record): its features are worked out once per record instance.
    private static readonly ConditionalWeakTable<ClaimRecord, ClaimFeatures> _known = [];

    /// <summary>The claim's features, remembered for this record instance.</summary>
    public static ClaimFeatures For(ClaimRecord claim) => _known.GetValue(claim, Of);

    public static ClaimFeatures Of(ClaimRecord claim)
    {
        var text = claim.Content.Text ?? string.Empty;
        var words = Words(text);
        var stems = words.Select(w => Stem(w.Word.ToLowerInvariant())).ToList();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var negated = false;
        var selfReference = false;
        var numbers = new HashSet<double>();
        var synonyms = ClaimSynonyms.Default;
        for (var i = 0; i < words.Count; i++)
        {
            var (word, capitalised) = words[i];
            var lower = word.ToLowerInvariant();
            if (_negations.Contains(lower))
            {
                negated = true;
                continue;
            }

            selfReference |= _selfWords.Contains(lower);
            if (Synonym(synonyms, stems, i) is var (term, length) && length > 0)
            {
                terms[term] = terms.GetValueOrDefault(term) + 1;
                i += length - 1;
                continue;
            }

            if (_stopWords.Contains(lower) || (lower.Length < 2 && !char.IsDigit(lower[0])))
            {
                continue;
            }

            // Figures and countries are compared on their own (a different figure is a conflict, not a
            // different wording), so they stay out of the bag of words.
            var number = char.IsDigit(lower[0]) ? lower.Replace(",", string.Empty, StringComparison.Ordinal) : _numberWords.GetValueOrDefault(lower);
            if (number is not null)
            {
                if (double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    numbers.Add(value);
                }

                continue;
            }

            if (IsCountryWord(lower))
            {
                continue;
            }

            terms[stems[i]] = terms.GetValueOrDefault(stems[i]) + 1;
            if (capitalised && (i > 0 || claim.Kind != "direct_quote"))
            {
                names.Add(lower);
            }
        }

        var countries = CountriesIn(words);
        var polarity = PolarityOf(claim.Cue);
        if ((polarity != ClaimPolarity.Asserts || selfReference) && (claim.Claimant?.CountryIso3 ?? CountryOf(claim.Claimant?.Name ?? claim.Claimant?.Text)) is { } own)
        {
            // "North Korea denied sending troops", "the ministry said its forces...": the claimant is the
            // content's subject without being named in it.
            countries.Add(own);
        }

        numbers.UnionWith(claim.Quantities.Select(q => q.Value));
        var figures = numbers.Order().ToList();
        return new ClaimFeatures(terms, names, countries, figures, negated, polarity, IdentityOf(claim.Claimant));
    }

    /// <summary>
    /// What identifies a claimant's camp, for telling independent sources apart: its name, country and
    /// affiliation (its words only when it has neither name nor country). Claimants that share any of these are
    /// one camp: two Ukrainian officials, or "Zelenskyy" and "Ukraine's president", corroborate nothing.
    /// </summary>
    public static IReadOnlySet<string> IdentityOf(ClaimantRecord? claimant)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (claimant is null)
        {
            return keys;
        }

        void Add(string prefix, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                keys.Add(prefix + value.Trim().ToLowerInvariant());
            }
        }

        Add("name:", claimant.Name);
        Add("country:", claimant.CountryIso3 ?? CountryOf(claimant.Name ?? claimant.Text));
        Add("affiliation:", claimant.Affiliation);
        Add("abbreviation:", Abbreviation(claimant.Name) ?? Abbreviation(claimant.Text));
        if (claimant.Name is null && claimant.CountryIso3 is null)
        {
            Add("text:", claimant.Text);
        }

        return keys;
    }

    /// <summary>The one country a claimant's words name ("the Russian Defence Ministry"), if exactly one.</summary>
    public static string? CountryOf(string? words)
    {
        if (words is null)
        {
            return null;
        }

        var countries = CountriesIn(Words(words));
        return countries.Count == 1 ? countries.First() : null;
    }

    /// <summary>
    /// The initials of a name of several capitalised words ("Rapid Support Forces": "rsf"), or a name written
    /// as an abbreviation ("the RSF"): so that the two forms of one organisation are one claimant.
    /// </summary>
    private static string? Abbreviation(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var words = Words(name).Where(w => !_stopWords.Contains(w.Word.ToLowerInvariant())).ToList();
        if (words.Count == 1 && words[0].Word.Length is >= 2 and <= 6 && words[0].Word.All(char.IsUpper))
        {
            return words[0].Word.ToLowerInvariant();
        }

        return words.Count >= 2 && words.All(w => w.Capitalised) ? string.Concat(words.Select(w => char.ToLowerInvariant(w.Word[0]))) : null;
    }

    /// <summary>Whether the claimant's country is known (given, or named by its words).</summary>
    public bool HasCountry => Identity.Any(k => k.StartsWith("country:", StringComparison.Ordinal));

    /// <summary>Whether two claimants are one camp (they share a name, country or affiliation).</summary>
    public bool SameCamp(ClaimFeatures other) => Identity.Overlaps(other.Identity);

    private static ClaimPolarity PolarityOf(string? cue)
    {
        if (cue is null || _lexicon.Value is not { } lexicon)
        {
            return ClaimPolarity.Asserts;
        }

        foreach (var (word, _) in Words(cue))
        {
            if (lexicon.TryGetVerb(word.ToLowerInvariant(), out var verb))
            {
                return verb.Stance switch
                {
                    StanceKind.Denies => ClaimPolarity.Denies,
                    StanceKind.Disputes => ClaimPolarity.Disputes,
                    _ => ClaimPolarity.Asserts,
                };
            }
        }

        return ClaimPolarity.Asserts;
    }

    private static (string Term, int Length) Synonym(ClaimSynonyms synonyms, List<string> stems, int start)
    {
        for (var n = Math.Min(synonyms.Longest, stems.Count - start); n >= 1; n--)
        {
            if (synonyms.TryGet(n == 1 ? stems[start] : string.Join(' ', stems.Skip(start).Take(n)), out var term))
            {
                return (term, n);
            }
        }

        return (string.Empty, 0);
    }

    private static bool IsCountryWord(string lower) => _actors.Value?.CountryWords.ContainsKey(lower) == true;

    private static HashSet<string> CountriesIn(List<(string Word, bool Capitalised)> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (_actors.Value is not { } actors)
        {
            return found;
        }

        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 3; n >= 1; n--)
            {
                if (i + n > words.Count || !words[i].Capitalised)
                {
                    continue;
                }

                var key = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Word.ToLowerInvariant()));
                if (actors.CountryWords.TryGetValue(key, out var matches))
                {
                    found.UnionWith(matches.Select(m => m.Iso3));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Words of a text (letters, digits, inner hyphens, apostrophes and digit commas) and whether each is capitalised.</summary>
    private static List<(string Word, bool Capitalised)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inner = start >= 0 && (c is '-' or '\'' or '’' || (c == ',' && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])));
            if (char.IsLetterOrDigit(c) || inner)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                var word = text[start..i].TrimEnd('-', '\'', '’');
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                }

                if (word.Length > 0)
                {
                    words.Add((word, char.IsUpper(word[0])));
                }

                start = -1;
            }
        }

        return words;
    }

    /// <summary>
    /// A light suffix stemmer: "deploying", "deployed", "deployment" and "deploys" meet at "deploy", "captured"
    /// and "capture" at "captur". Only consistency matters: both claims' words go through it.
    /// </summary>
    public static string Stem(string word)
    {
        var stem = word;
        if (stem.EndsWith("ment", StringComparison.Ordinal) && stem.Length > 7)
        {
            stem = stem[..^4];
        }
        else if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3];
        }
        else if ((stem.EndsWith("ied", StringComparison.Ordinal) || stem.EndsWith("ies", StringComparison.Ordinal)) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 3)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && stem.Length > 3)
        {
            stem = stem[..^1];
        }

        return stem.Length > 2 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private string[]? _keys;

    /// <summary>
    /// Keys for finding candidate claims in a store: stemmed terms of 4+ letters, names and countries. Worked out
    /// once per instance: a stored claim's keys are read for every search and rebuild that compares it.
    /// </summary>
    public IReadOnlyList<string> Keys() => _keys ??=
        [.. Terms.Keys.Where(t => t.Length >= 4)
            .Concat(Countries.Select(c => "iso:" + c))
            .Concat(Figures.Select(f => "n:" + f.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
