using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Adds what the language layer knows to detected claims: the claimant's entity (<see cref="ResolvedClaimant"/>),
/// the numbers in the content (<see cref="ClaimQuantity"/>) and the Admiralty grade (<see cref="SourceGrade"/>).
/// Thread-safe: holds only the immutable lexicon.
/// </summary>
public sealed class ClaimEnricher
{
    /// <summary>How far after a bare number its head noun may sit ("50,000 Russian and North Korean troops").</summary>
    private const int _maxUnitDistance = 6;

    /// <summary>The most words a country name has that a claimant's words are matched against ("the United States").</summary>
    private const int _maxCountryWords = 3;

    private readonly ClaimsLexicon _lexicon;
    private readonly SourceReliability _reliability;
    private readonly IReadOnlyDictionary<string, ImmutableArray<CountryWord>> _countryWords;

    private readonly ActorDictionary _actors;

    /// <param name="lexicon">The claims lexicons.</param>
    /// <param name="actors">The actor dictionary whose country names, adjectives and metonyms ("Ukraine's", "Israeli",
    /// "the Kremlin") tell a claimant's country where the language layer's entities do not, and whose own group list
    /// tells a listed group's sector; the default one if null.</param>
    public ClaimEnricher(ClaimsLexicon lexicon, ActorDictionary? actors = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        _reliability = new SourceReliability(lexicon);
        _actors = actors ?? ActorDictionary.Default;
        _countryWords = _actors.CountryWords;
    }

    public ImmutableArray<ClaimAnnotation> Enrich(string text, TextLayer textLayer, LanguageLayer language, ImmutableArray<ClaimAnnotation> claims)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(textLayer);
        ArgumentNullException.ThrowIfNull(language);
        var result = ImmutableArray.CreateBuilder<ClaimAnnotation>(claims.Length);
        foreach (var claim in claims)
        {
            var who = claim.Claimant is null ? null : Resolve(text, language, claim.Claimant);
            var stances = claim.Stances.Select(s => s with { Holder = Resolve(text, language, s.By) }).ToImmutableArray();
            result.Add(claim with
            {
                Who = who,
                Stances = stances,
                Quantities = Quantities(text, textLayer, language, claim.Content),
                Grade = Grade(text, claim, who, stances),
            });
        }

        return FillCountries(result.MoveToImmutable(), DominantCountry(language));
    }

    /// <summary>
    /// The country the article's places and nationalities name most ("El Fasher", "Sudanese", "Darfur"), when it holds
    /// more than half of their mentions: the country of the article's local voices. Null when no country dominates.
    /// </summary>
    private static string? DominantCountry(LanguageLayer language)
    {
        var counts = language.Entities.Where(e => e.Type is EntityType.Gpe or EntityType.Norp && e.Country is not null)
            .GroupBy(e => e.Country!, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Mentions: g.Sum(e => e.Mentions.Length)))
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Country, StringComparer.Ordinal)
            .ToList();
        var total = counts.Sum(c => c.Mentions);
        return counts.Count > 0 && counts[0].Mentions * 2 > total ? counts[0].Country : null;
    }

    /// <summary>
    /// "Ukraine's human rights ombudsman, Oleksandr Hnatiuk, said ... Hnatiuk added": a later, shorter mention of
    /// the same entity gets the country an earlier claimant mention showed; an unnamed local voice with no country of
    /// its own gets the article's dominant country.
    /// </summary>
    private static ImmutableArray<ClaimAnnotation> FillCountries(ImmutableArray<ClaimAnnotation> claims, string? dominant)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var who in claims.Select(c => c.Who).Concat(claims.SelectMany(c => c.Stances.Select(s => s.Holder))))
        {
            if (who is { EntityId: { } id, CountryIso3: { } country })
            {
                known.TryAdd(id, country);
            }
        }

        // Residents, local officials, "the army", "police" and unnamed rebels speak for the article's country; outlets,
        // rights groups, UN bodies, companies and universities (by sector) come from anywhere, and a named entity's
        // country is the language layer's to tell (a governor quoted in a story about another country's strike).
        ResolvedClaimant? Fill(ResolvedClaimant? who) =>
            who is { EntityId: { } id, CountryIso3: null } && known.TryGetValue(id, out var country) ? who with { CountryIso3 = country }
            : who is { EntityId: null, CountryIso3: null } && dominant is not null && who.Sector is "CVL" or "GOV" or "MIL" or "COP" or "REB" or "LEG" or "JUD" ? who with { CountryIso3 = dominant }
            : who;

        return [.. claims.Select(c => c with { Who = Fill(c.Who), Stances = [.. c.Stances.Select(s => s with { Holder = Fill(s.Holder) })] })];
    }

    // ---- claimant ----------------------------------------------------------------------------------------------

    /// <summary>
    /// The entity whose mentions cover the claimant's naming words (after the detector's pronoun and "the governor"
    /// resolution), preferring person > organisation > unit > place > nationality: "Ukrainian President Volodymyr
    /// Zelenskyy" holds a NORP, a GPE and a PERSON, and the person speaks. A place as claimant ("Moscow has not
    /// confirmed") is its government speaking. A nationality only tells the country of an otherwise unnamed group.
    /// </summary>
    public ResolvedClaimant Resolve(string text, LanguageLayer language, ClaimantMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(mention);
        var naming = mention.NamingSpan;
        var words = naming.Slice(text);
        Entity? best = null;
        var country = (string?)null;
        foreach (var entity in language.Entities)
        {
            var rank = Rank(entity.Type);
            if (rank == 0 || !entity.Mentions.Any(m => m.Span.Overlaps(naming) || m.Span.Overlaps(mention.Span)))
            {
                continue;
            }

            if (entity.Type is EntityType.Gpe or EntityType.Norp && entity.Country is not null)
            {
                country ??= entity.Country;
            }

            if (best is null || rank > Rank(best.Type))
            {
                best = entity;
            }
        }

        if (mention.Anonymous || best is null || best.Type == EntityType.Norp)
        {
            var sector = mention.SectorHint ?? SectorOf(words, mention.AffiliationHint);
            return new ResolvedClaimant(null, null, mention.AffiliationHint, best?.Country ?? country ?? CountryNamedIn(words), sector, mention.Anonymous, words, null);
        }

        var place = best.Type == EntityType.Gpe;
        var affiliation = best.Affiliation ?? mention.AffiliationHint;
        var sectorOf = mention.SectorHint ?? _actors.CuratedGroupSector(best.Name) ?? SectorOf(best.Title, words, affiliation, best.Name) ?? (place ? "GOV" : null);
        return new ResolvedClaimant(best.Name, best.Title, affiliation, best.Country ?? country ?? CountryNamedIn(words), sectorOf, false, words, best.Id);
    }

    /// <summary>
    /// "Ukraine's general staff", "the Sudanese army", "a Kenyan police officer", "the Kremlin": the country whose
    /// name, adjective or seat of government (the actor dictionary's country words) the claimant's own words hold,
    /// leftmost first and the longest phrase at each word; null when none or when the word names several countries.
    /// </summary>
    private string? CountryNamedIn(string words)
    {
        var tokens = words.Split([' ', ',', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) ? w[..^2] : w.TrimEnd('\'', '\u2019', '.'))
            .ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var n = Math.Min(_maxCountryWords, tokens.Length - i); n >= 1; n--)
            {
                if (_countryWords.TryGetValue(ActorDictionary.Key(string.Join(' ', tokens, i, n)), out var found) && found.Select(c => c.Iso3).Distinct().Count() == 1)
                {
                    return found[0].Iso3;
                }
            }
        }

        return null;
    }

    private static int Rank(EntityType type) => type switch
    {
        EntityType.Person => 5,
        EntityType.Org => 4,
        EntityType.MilitaryUnit => 3,
        EntityType.Gpe => 2,
        EntityType.Norp => 1,
        _ => 0,
    };

    /// <summary>
    /// The sector of the sector word (sectors.tsv) listed first among the claimant's title, words, affiliation and
    /// name (<see cref="ClaimsLexicon.SectorOf"/>), each split at spaces with its punctuation and possessive mark cut.
    /// </summary>
    private string? SectorOf(params string?[] sources) => _lexicon.SectorOf(Words(sources));

    private static readonly char[] _wordPunctuation = ['.', ',', ';', ':', '\'', '"', '(', ')', '\u2019'];

    private static IEnumerable<string> Words(string?[] sources)
    {
        foreach (var source in sources)
        {
            if (source is null)
            {
                continue;
            }

            foreach (var piece in source.Split(' '))
            {
                var word = piece.Trim(_wordPunctuation);
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    word = word[..^2];
                }

                if (word.Length > 0)
                {
                    yield return word;
                }
            }
        }
    }

    // ---- quantities --------------------------------------------------------------------------------------------

    /// <summary>
    /// The language layer's CARDINAL and QUANTITY mentions inside the content. A QUANTITY carries its unit
    /// ("10 km"); a bare CARDINAL counts the head noun after it, past adjectives, names and conjunctions
    /// ("50,000 Russian and North Korean troops": troops). Approximation is the language layer's
    /// ("approximately", "about", "dozens").
    /// </summary>
    public static ImmutableArray<ClaimQuantity> Quantities(string text, TextLayer textLayer, LanguageLayer language, TextSpan content)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(textLayer);
        ArgumentNullException.ThrowIfNull(language);
        var found = new List<ClaimQuantity>();
        foreach (var entity in language.Entities)
        {
            if (entity.Type is not (EntityType.Cardinal or EntityType.Quantity) || entity.Value is not double value)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Span.Start < content.Start || mention.Span.End > content.End)
                {
                    continue;
                }

                var unit = entity.Type == EntityType.Quantity
                    ? LastWord(text, textLayer, mention.Span)
                    : HeadNounAfter(text, textLayer, language, mention.Span.End, content.End);
                found.Add(new ClaimQuantity(value, unit, entity.Approximate, mention.Span));
            }
        }

        return [.. found.OrderBy(q => q.Span.Start)];
    }

    private static string? LastWord(string text, TextLayer layer, TextSpan span)
    {
        var last = layer.FirstTokenAtOrAfter(span.End) - 1;
        return last >= 0 && layer.Tokens[last].Start >= span.Start ? text[layer.Tokens[last].Start..layer.Tokens[last].End].ToLowerInvariant() : null;
    }

    private static string? HeadNounAfter(string text, TextLayer layer, LanguageLayer language, int offset, int limit)
    {
        var tokens = layer.Tokens;
        var tags = language.Tags;
        var first = TextLayer.FirstTokenAtOrAfter(tokens, offset);
        string? noun = null;
        for (var i = first; i < tokens.Length && i < first + _maxUnitDistance && tokens[i].End <= limit && i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == Upos.NOUN)
            {
                // "troops" in "North Korean troops"; a compound ("artillery shells") ends at its last noun.
                noun = text[tokens[i].Start..tokens[i].End].ToLowerInvariant();
                continue;
            }

            if (noun is not null || tag is not (Upos.ADJ or Upos.PROPN or Upos.CCONJ or Upos.NUM or Upos.ADV))
            {
                break;
            }
        }

        return noun;
    }

    // ---- grading -----------------------------------------------------------------------------------------------

    private SourceGrade Grade(string text, ClaimAnnotation claim, ResolvedClaimant? who, ImmutableArray<ClaimStance> stances)
    {
        var reliability = who is null ? _reliability.Default : _reliability.GradeClaimant(who);
        return new SourceGrade(reliability.Grade, CredibilityRule.Derive(text, claim with { Stances = stances }, who), reliability.Key);
    }
}
