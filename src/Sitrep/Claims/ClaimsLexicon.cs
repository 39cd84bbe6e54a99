using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Common;
using Sitrep.Time;

namespace Sitrep.Claims;

/// <summary>What kind of act a reporting verb names; used to pick the claim's stance and complement.</summary>
public enum CueFlavour
{
    Assert,
    Speak,
    Write,
    Accuse,
    Deny,
    Confirm,
    Dispute,
    Report,
    Estimate,
    Warn,
    Admit,
    Claim,
    Suggest,
}

/// <summary>What must follow a reporting verb for it to introduce a claim (see the header of cue_verbs.tsv).</summary>
public enum CueComplement
{
    Clause,
    That,
    Object,
    Gerund,
    As,

    /// <summary>A count follows: "put the death toll at 38"; anything else ("put pressure on") is no claim.</summary>
    Figure,
}

public enum CuePhraseRole
{
    AccordingTo,
    Cue,
    Channel,
    Unattributed,
}

public sealed record CueVerb(string Lemma, ImmutableArray<string> Forms, CueFlavour Flavour, StanceKind? Stance, CueComplement Complement);

public sealed record CuePhrase(ImmutableArray<string> Tokens, CuePhraseRole Role, string? Channel);

public sealed record ChannelEntry(ImmutableArray<string> Tokens, string Channel, string Type);

/// <summary>An ICD 203 likelihood term and its probability band in percent.</summary>
public sealed record LikelihoodBand(string Term, int Low, int High)
{
    public double Midpoint => (Low + High) / 200.0;
}

public sealed record HedgeEntry(ImmutableArray<string> Tokens, LikelihoodBand Likelihood, string Kind);

/// <summary>A stance phrase; a "..." token matches a gap of up to six words.</summary>
public sealed record StancePhrase(ImmutableArray<string> Tokens, StanceKind Stance);

/// <summary>A word that makes a claim contradict an earlier one ("instead", "not", "a far smaller figure"); see counter_markers.tsv.</summary>
public sealed record CounterMarker(ImmutableArray<string> Tokens, string Kind);

/// <summary>How the detector reads a word in a stance's object or predicate; see stance_objects.tsv.</summary>
public enum StanceObjectClass
{
    GenericObject,
    PluralObject,
    Copula,
}

/// <summary>A word by which a source tells what it observed, verified or recorded itself ("satellite images showed", "geolocated"); see evidence_cues.tsv.</summary>
public sealed record EvidenceCue(ImmutableArray<string> Tokens, string Kind);

/// <summary>A capital or seat of power that stands for a country's government ("Kyiv", "the Kremlin"); see seats_of_power.tsv.</summary>
public sealed record SeatOfPower(ImmutableArray<string> Tokens, ImmutableArray<string> CountryWords);

/// <summary>What a casualty word says about a number near it; see casualty_words.tsv.</summary>
public enum CasualtyRole
{
    Killed,
    Wounded,
    Noun,
}

/// <summary>A casualty word: "killed" (role), "civilians" (a noun of class civilian).</summary>
public sealed record CasualtyWord(CasualtyRole Role, string? Class);

/// <summary>
/// A predicate that contradicts those of its opposite classes ("captured" / "still held") and, said by another side,
/// concedes those of its conceded classes ("had withdrawn from" / "had captured"); see contrary_predicates.tsv.
/// </summary>
public sealed record ContraryPredicate(ImmutableArray<string> Tokens, string Class, ImmutableArray<string> Opposites, ImmutableArray<string> Concedes, PlaceHolding Holding = PlaceHolding.None);

/// <summary>What a word of identity_words.tsv says about who people were.</summary>
public enum IdentityWordKind
{
    /// <summary>A person noun of a civilian kind ("farmer", "students").</summary>
    Civilian,

    /// <summary>A person noun of a combatant kind ("militants", "gunmen").</summary>
    Combatant,

    /// <summary>A copula or word of inclusion or naming before the noun ("were", "included", "among", "as").</summary>
    Relation,

    /// <summary>A negation just before the noun ("not militants", "no fighters"): the other kind.</summary>
    Negation,

    /// <summary>A word naming the dead or the victims ("the dead", "those killed"), which must come before the noun.</summary>
    Dead,
}

/// <summary>What a contrary predicate says of its subject's hold on a place (contrary_predicates.tsv, column holding).</summary>
public enum PlaceHolding
{
    /// <summary>Nothing of who holds a place ("destroyed", "were civilians").</summary>
    None,

    /// <summary>The subject holds the place ("captured", "still held"), unless it is the patient of a passive ("had been repelled").</summary>
    Holds,

    /// <summary>The subject gave the place up ("withdrew", "fled"): the other side holds it.</summary>
    GivesUp,
}

/// <summary>A phrase by which a source takes back its own claim ("later withdrew the report"); see retractions.tsv.</summary>
/// <summary>What an attack word is: an act of attacking ("struck", "killed"), what is fired ("projectiles"), or the kind of place hit.</summary>
public enum AttackWordKind
{
    Act,
    Weapon,
    MilitaryPlace,
    CivilianPlace,

    /// <summary>A place of any kind that is held or taken ("town", "hill", "district"); not read as an attack target.</summary>
    Place,
}

/// <summary>The side a word names in a war between a state and armed groups (party_sides.tsv).</summary>
public enum PartySide
{
    Unknown,
    State,
    ArmedGroup,
}

/// <summary>A phrase of agency_words.tsv: a verb of doing an act, or a phrase saying a party had no part in one.</summary>
public sealed record AgencyPhrase(ImmutableArray<string> Tokens, AgencyKind Kind);

public enum AgencyKind
{
    AgentVerb,
    NoPart,
}

public sealed record Retraction(ImmutableArray<string> Tokens, string Kind);

public sealed record AnonymousSource(ImmutableArray<string> Tokens, string? Affiliation, string? Sector);

/// <summary>A sector word's code; a lower <see cref="Rank"/> (its line in sectors.tsv) wins when a phrase has several.</summary>
public sealed record SectorWord(string Sector, int Rank);

public sealed record ReliabilityEntry(string Key, char Grade, string Note);

/// <summary>Whether a word in a claimant's name marks a person (a title) or an organisation.</summary>
public enum ClaimantWordClass
{
    Person,
    Organisation,
}

/// <summary>
/// The claims stage's rule knowledge, loaded from <c>data/claims/*.tsv</c>. Every file is validated on load and
/// a problem is reported as <c>file:line: message</c>; the lexicon is immutable and shared by all documents.
/// </summary>
public sealed class ClaimsLexicon
{
    /// <summary>The switches status_rules.tsv may set: <see cref="OwnAttackCorroborates"/>, <see cref="CounterAccusationsDispute"/>, learned_status (<see cref="StatusModel"/>).</summary>
    private static readonly string[] _statusRules = ["own_attack_corroborates", "counter_accusations_dispute", "learned_status"];

    /// <summary>The model file status_rules.tsv's learned_status switches on.</summary>
    public const string StatusModelFile = "status_model.tsv";

    public const string Folder = "claims";

    private static readonly Lazy<ClaimsLexicon> _default = new(() => Load(DataFiles.PathOf(Folder)));

    private readonly Dictionary<string, StanceObjectClass>.AlternateLookup<ReadOnlySpan<char>> _stanceObjectLookup;
    private readonly ImmutableArray<string> _countStems;
    private readonly Dictionary<string, CasualtyWord>.AlternateLookup<ReadOnlySpan<char>> _casualtyLookup;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _vagueCountLookup;
    private readonly Dictionary<string, AttackWordKind>.AlternateLookup<ReadOnlySpan<char>> _attackLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stanceLeads;
    private readonly Dictionary<string, PartySide>.AlternateLookup<ReadOnlySpan<char>> _sideLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _topicLookup;
    private readonly Dictionary<string, IdentityWordKind>.AlternateLookup<ReadOnlySpan<char>> _identityLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryLookup;

    private ClaimsLexicon(
        ImmutableArray<CueVerb> cueVerbs,
        ImmutableArray<CuePhrase> cuePhrases,
        ImmutableArray<ChannelEntry> channels,
        ImmutableArray<LikelihoodBand> likelihoods,
        ImmutableArray<HedgeEntry> hedges,
        ImmutableArray<StancePhrase> stances,
        ImmutableArray<AnonymousSource> anonymousSources,
        ImmutableArray<ReliabilityEntry> reliability,
        ImmutableDictionary<string, ClaimantWordClass> claimantWords,
        ImmutableDictionary<string, SectorWord> sectorWords,
        ImmutableArray<CounterMarker> counterMarkers,
        ImmutableDictionary<string, string> topicClasses,
        ImmutableDictionary<string, StanceObjectClass> stanceObjects,
        ImmutableArray<string> countStems,
        ImmutableArray<EvidenceCue> evidenceCues,
        ImmutableArray<SeatOfPower> seatsOfPower,
        ImmutableArray<Retraction> retractions,
        ImmutableDictionary<string, CasualtyWord> casualtyWords,
        ImmutableArray<ContraryPredicate> contraries,
        ImmutableDictionary<string, AttackWordKind> attackWords,
        ImmutableDictionary<string, PartySide> partySides,
        ImmutableDictionary<string, bool> statusRules,
        ImmutableDictionary<string, IdentityWordKind> identityWords,
        ImmutableArray<string> measureWords,
        ImmutableArray<AgencyPhrase> agencyPhrases,
        ImmutableDictionary<string, double> vagueCounts)
    {
        _vagueCountLookup = new Dictionary<string, double>(vagueCounts, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // Time units join the measure words once here: IsMeasureWord runs per token.
        _measureLookup = measureWords.Concat(TimeLexicon.Default.UnitWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _agentVerbs = agencyPhrases.Where(a => a.Kind == AgencyKind.AgentVerb).Select(a => a.Tokens[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        NoPartIndex = new PhraseIndex<AgencyPhrase>(agencyPhrases.Where(a => a.Kind == AgencyKind.NoPart).Select(a => (a.Tokens, a)));
        _negationLookup = counterMarkers.Where(c => c.Kind is "negation" or "absence" && c.Tokens.Length == 1).Select(c => c.Tokens[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _verbNegationLookup = counterMarkers.Where(c => c.Kind == "negation" && c.Tokens.Length == 1).Select(c => c.Tokens[0])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        OwnAttackCorroborates = statusRules.GetValueOrDefault(_statusRules[0]);
        CounterAccusationsDispute = statusRules.GetValueOrDefault(_statusRules[1]);
        _identityLookup = new Dictionary<string, IdentityWordKind>(identityWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _sideLookup = new Dictionary<string, PartySide>(partySides, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AttackWords = attackWords;
        _stanceLeads = stances.Where(s => s.Tokens.Length > 1 && s.Tokens[0].EndsWith("ed", StringComparison.Ordinal))
            .Select(s => s.Tokens[0]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _attackLookup = new Dictionary<string, AttackWordKind>(attackWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        ContraryPredicates = contraries;
        ContraryIndex = new PhraseIndex<ContraryPredicate>(contraries.Select(c => (c.Tokens, c)));
        CasualtyWords = casualtyWords;
        _casualtyLookup = new Dictionary<string, CasualtyWord>(casualtyWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        StanceObjects = stanceObjects;
        GenericObjectStems = stanceObjects.Where(p => p.Value != StanceObjectClass.Copula).Select(p => TopicStem.Of(p.Key)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _stanceObjectLookup = new Dictionary<string, StanceObjectClass>(stanceObjects, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _countStems = countStems;
        EvidenceIndex = new PhraseIndex<EvidenceCue>(evidenceCues.Select(e => (e.Tokens, e)));
        SeatsOfPower = seatsOfPower;
        Retractions = retractions;
        SeatIndex = new PhraseIndex<SeatOfPower>(seatsOfPower.Select(p => (p.Tokens, p)));
        _countryLookup = CountryLookup();
        RetractionIndex = new PhraseIndex<Retraction>(retractions.Select(r => (r.Tokens, r)));
        CounterMarkers = counterMarkers;
        TopicClasses = topicClasses;
        _topicLookup = new Dictionary<string, string>(topicClasses, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        CounterIndex = new PhraseIndex<CounterMarker>(counterMarkers.Select(c => (c.Tokens, c)));
        ClaimantWords = claimantWords;
        SectorWords = sectorWords;
        CueVerbs = cueVerbs;
        CuePhrases = cuePhrases;
        Channels = channels;
        Likelihoods = likelihoods;
        Hedges = hedges;
        Stances = stances;
        AnonymousSources = anonymousSources;
        Reliability = reliability;
        var forms = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in cueVerbs)
        {
            foreach (var form in verb.Forms)
            {
                forms.TryAdd(form, verb);
            }
        }

        VerbForms = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        CuePhraseIndex = new PhraseIndex<CuePhrase>(cuePhrases.Select(p => (p.Tokens, p)));
        ChannelIndex = new PhraseIndex<ChannelEntry>(channels.Select(c => (c.Tokens, c)));
        HedgeIndex = new PhraseIndex<HedgeEntry>(hedges.Select(h => (h.Tokens, h)));
        StanceIndex = new PhraseIndex<StancePhrase>(stances.Select(s => (s.Tokens, s)));
        AnonymousIndex = new PhraseIndex<AnonymousSource>(anonymousSources.Select(a => (a.Tokens, a)));
    }

    /// <summary>The lexicon shipped in <c>data/claims</c> (or under SITREP_DATA), loaded once.</summary>
    public static ClaimsLexicon Default => _default.Value;

    public ImmutableArray<CueVerb> CueVerbs { get; }

    public ImmutableArray<CuePhrase> CuePhrases { get; }

    public ImmutableArray<ChannelEntry> Channels { get; }

    public ImmutableArray<LikelihoodBand> Likelihoods { get; }

    public ImmutableArray<HedgeEntry> Hedges { get; }

    public ImmutableArray<StancePhrase> Stances { get; }

    public ImmutableArray<AnonymousSource> AnonymousSources { get; }

    /// <summary>Contrast, negation and comparison words that turn a later claim into a dispute of an earlier one.</summary>
    public ImmutableArray<CounterMarker> CounterMarkers { get; }

    /// <summary>Words naming the same kind of thing ("fighters", "militants": fighter) for counter-claims, from topic_classes.tsv.</summary>
    public ImmutableDictionary<string, string> TopicClasses { get; }

    public ImmutableArray<ReliabilityEntry> Reliability { get; }

    /// <summary>Generic and plural claim nouns and copulas the detector reads in stance objects, from stance_objects.tsv.</summary>
    public ImmutableDictionary<string, StanceObjectClass> StanceObjects { get; }

    /// <summary>Capitals and seats of power standing for a government ("Kyiv", "the Kremlin"), from seats_of_power.tsv.</summary>
    public ImmutableArray<SeatOfPower> SeatsOfPower { get; }

    /// <summary>Phrases by which a source takes back its own claim, from retractions.tsv.</summary>
    public ImmutableArray<Retraction> Retractions { get; }

    /// <summary>The topic stems of the generic objects: words that say nothing about what a stance answers.</summary>
    internal FrozenSet<string> GenericObjectStems { get; }

    /// <summary>Words that make a number a casualty count, from casualty_words.tsv.</summary>
    public ImmutableDictionary<string, CasualtyWord> CasualtyWords { get; }

    /// <summary>
    /// The learned status model (status_model.tsv, trained by <c>sitrep train claim-status</c>) when status_rules.tsv
    /// switches learned_status on; null when the stance rule (denied > disputed > ...) gives each claim's status.
    /// </summary>
    public ClaimStatusModel? StatusModel { get; private set; }

    /// <summary>The shape of an outlet's name (outlet_shapes.tsv), for outlets channels.tsv does not list.</summary>
    public OutletShapes OutletShapes { get; private init; } = OutletShapes.Empty;

    /// <summary>This lexicon with another status model (null: the stance rule), for training and measuring.</summary>
    public ClaimsLexicon WithStatusModel(ClaimStatusModel? model)
    {
        var copy = (ClaimsLexicon)MemberwiseClone();
        copy.StatusModel = model;
        return copy;
    }

    /// <summary>Whether a party's account of its own attack corroborates the claim of that attack (status_rules.tsv, gold README rule 7).</summary>
    public bool OwnAttackCorroborates { get; }

    /// <summary>
    /// Whether the party a claim makes the actor, answering with an account that makes the claimant's side the actor
    /// ("a Ukrainian air-defence missile" for "a Russian missile"), disputes the claim (status_rules.tsv).
    /// </summary>
    public bool CounterAccusationsDispute { get; }

    /// <summary>Words of attacking and of what is fired, from attack_words.tsv (gold README rule 7).</summary>
    public ImmutableDictionary<string, AttackWordKind> AttackWords { get; }

    /// <summary>Whether a word is the past-tense verb that opens a stance phrase with more words ("called ... lies", "dismissed ... as").</summary>
    public bool IsStanceLead(ReadOnlySpan<char> word) => _stanceLeads.Contains(word);

    /// <summary>
    /// The attack word a token is, if any ("struck", "projectiles"). A plural noun the file lists only in the singular is
    /// that noun ("hilltops", "outposts", "bases"): the file names kinds of things, not their inflections.
    /// </summary>
    public bool TryGetAttackWord(ReadOnlySpan<char> word, out AttackWordKind kind) => TryGetSingular(_attackLookup, word, out kind);

    /// <summary>What a token says of who people were (identity_words.tsv), if anything; plurals read as their singular.</summary>
    public bool TryGetIdentityWord(ReadOnlySpan<char> word, out IdentityWordKind kind) => TryGetSingular(_identityLookup, word, out kind);

    private static bool TryGetSingular<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, out T kind)
    {
        if (lookup.TryGetValue(word, out kind!))
        {
            return true;
        }

        // Slices, no allocation: "-s" off ("hilltops"), then "-es" off ("churches"); "ss" is no plural ("press").
        return word.Length > 4 && (word[^1] is 's' or 'S') && (word[^2] is not ('s' or 'S'))
            && (lookup.TryGetValue(word[..^1], out kind!) || (word[^2] is 'e' or 'E') && lookup.TryGetValue(word[..^2], out kind!));
    }

    /// <summary>Predicates that contradict each other across claims, from contrary_predicates.tsv.</summary>
    public ImmutableArray<ContraryPredicate> ContraryPredicates { get; }

    internal PhraseIndex<ContraryPredicate> ContraryIndex { get; }

    internal PhraseIndex<SeatOfPower> SeatIndex { get; }

    internal PhraseIndex<Retraction> RetractionIndex { get; }

    /// <summary>Whether a word names a claim without its topic ("claim", "allegations", "it"): generic and plural objects.</summary>
    public bool IsGenericObject(ReadOnlySpan<char> word) =>
        _stanceObjectLookup.TryGetValue(word, out var c) && c is StanceObjectClass.GenericObject or StanceObjectClass.PluralObject;

    /// <summary>Whether a word names counted figures ("the figures", "the toll", "casualty numbers", "losses"): it starts with a stem of count_stems.tsv.</summary>
    public bool IsCountNoun(ReadOnlySpan<char> word)
    {
        foreach (var stem in _countStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a plural claim noun ("allegations", "reports") that answers several claims at once.</summary>
    public bool IsPluralObject(ReadOnlySpan<char> word) => _stanceObjectLookup.TryGetValue(word, out var c) && c == StanceObjectClass.PluralObject;

    /// <summary>The side a lower-case word names (party_sides.tsv): "soldiers" the state, "attackers" an armed group.</summary>
    public bool TryGetSide(ReadOnlySpan<char> word, out PartySide side) => _sideLookup.TryGetValue(word, out side);

    /// <summary>
    /// The class of a word written as topic_classes.tsv lists it: "jets" and "aircraft" are both aircraft. The lookup is
    /// ordinal (for speed): callers must pass the word in lower case ("Jets" is not found).
    /// </summary>
    public bool TryGetTopicClass(ReadOnlySpan<char> word, out string topicClass) => _topicLookup.TryGetValue(word, out topicClass!);

    /// <summary>
    /// Whether a noun measures time, distance or a share rather than naming counted things ("hours", "metres"): a unit
    /// of the time lexicon (data/time/units.tsv) or a word of measure_words.tsv.
    /// </summary>
    public bool IsMeasureWord(ReadOnlySpan<char> word) => _measureLookup.Contains(word);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _measureLookup;

    /// <summary>Whether a word is a verb of doing an act ("carried", "detonated"): agency_words.tsv, kind agent_verb.</summary>
    public bool IsAgentVerb(ReadOnlySpan<char> word) => _agentVerbs.Contains(word);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _agentVerbs;

    /// <summary>Phrases by which a party says it had no part in an act ("nothing to do with"): agency_words.tsv, kind no_part.</summary>
    internal PhraseIndex<AgencyPhrase> NoPartIndex { get; }

    /// <summary>Whether a word is a one-word negation of counter_markers.tsv, of a verb or a noun ("not", "never", "no", "n't").</summary>
    public bool IsNegation(ReadOnlySpan<char> word) => _negationLookup.Contains(word);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negationLookup;

    /// <summary>
    /// Whether a word is a one-word negation of a verb (counter_markers.tsv kind negation: "not", "never", "n't"), not
    /// of a noun ("no", "none": kind absence).
    /// </summary>
    public bool IsVerbNegation(ReadOnlySpan<char> word) => _verbNegationLookup.Contains(word);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbNegationLookup;

    /// <summary>
    /// The country a word names ("armenia", "Azerbaijani", "Kyiv"'s "ukraine"), as the first country word of its
    /// seats_of_power.tsv entry, so that "Armenia's defence ministry" and "Yerevan" are one country.
    /// </summary>
    public bool TryGetCountry(ReadOnlySpan<char> word, out string country) => _countryLookup.TryGetValue(word, out country!);

    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup() =>
        SeatsOfPower.SelectMany(seat => seat.CountryWords.Select(w => (Word: w, Country: seat.CountryWords[0])))
            .GroupBy(x => x.Word, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Country, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The casualty word a token is, if any ("killed", "civilians").</summary>
    public bool TryGetCasualtyWord(ReadOnlySpan<char> word, out CasualtyWord casualty) => _casualtyLookup.TryGetValue(word, out casualty!);

    /// <summary>A word counting people without a number ("dozens", "hundreds"; vague_counts.tsv) and the least number it can mean.</summary>
    public bool TryGetVagueCount(ReadOnlySpan<char> word, out double least) => _vagueCountLookup.TryGetValue(word, out least);

    /// <summary>Whether a word is a copula like "appeared" or "seemed".</summary>
    public bool IsCopula(ReadOnlySpan<char> word) => _stanceObjectLookup.TryGetValue(word, out var c) && c == StanceObjectClass.Copula;

    /// <summary>Title and organisation words (lower case) that tell a person claimant from an organisation.</summary>
    public ImmutableDictionary<string, ClaimantWordClass> ClaimantWords { get; }

    /// <summary>Words in a claimant's title, name or affiliation that tell its sector ("minister" = GOV), from sectors.tsv.</summary>
    public ImmutableDictionary<string, SectorWord> SectorWords { get; }

    /// <summary>
    /// The sector of the sector word (sectors.tsv) listed first among the words: a specific title beats an organisation
    /// word, which beats a generic one ("army spokesman": MIL, "defence minister": GOV); null when no word has one.
    /// The one reading of sector words, for the scan's claimant words and the resolved claimant's title and name.
    /// </summary>
    public string? SectorOf(IEnumerable<string> words)
    {
        SectorWord? best = null;
        foreach (var word in words)
        {
            if (SectorWords.TryGetValue(word, out var sector) && (best is null || sector.Rank < best.Rank))
            {
                best = sector;
            }
        }

        return best?.Sector;
    }

    internal Dictionary<string, CueVerb>.AlternateLookup<ReadOnlySpan<char>> VerbForms { get; }

    internal PhraseIndex<CuePhrase> CuePhraseIndex { get; }

    internal PhraseIndex<ChannelEntry> ChannelIndex { get; }

    internal PhraseIndex<HedgeEntry> HedgeIndex { get; }

    internal PhraseIndex<StancePhrase> StanceIndex { get; }

    internal PhraseIndex<AnonymousSource> AnonymousIndex { get; }

    internal PhraseIndex<CounterMarker> CounterIndex { get; }

    internal PhraseIndex<EvidenceCue> EvidenceIndex { get; }

    public bool TryGetVerb(ReadOnlySpan<char> form, out CueVerb verb) => VerbForms.TryGetValue(form, out verb!);

    public static ClaimsLexicon Load(string directory)
    {
        var likelihoods = Read(directory, "icd203.tsv", 4, (f, line) =>
            new LikelihoodBand(f[0], ParsePercent(f[1]), ParsePercent(f[2])));
        var byTerm = likelihoods.ToDictionary(l => l.Term, StringComparer.Ordinal);
        foreach (var band in likelihoods)
        {
            if (band.Low > band.High)
            {
                throw new LexiconFormatException(Path.Combine(directory, "icd203.tsv"), 0, $"band '{band.Term}' has low > high");
            }
        }

        var cueVerbs = Read(directory, "cue_verbs.tsv", 5, (f, line) => new CueVerb(
            f[0],
            [.. f[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            ParseEnum<CueFlavour>(f[2], "flavour"),
            f[3] == "none" ? null : ParseStance(f[3]),
            ParseEnum<CueComplement>(f[4], "complement")));
        var cuePhrases = Read(directory, "cue_phrases.tsv", 3, (f, line) => new CuePhrase(
            Tokens(f[0]), ParseEnum<CuePhraseRole>(f[1].Replace("_", "", StringComparison.Ordinal), "role"), f[2] == "-" ? null : f[2]));
        var channels = Read(directory, "channels.tsv", 3, (f, line) => new ChannelEntry(Tokens(f[0]), f[1], f[2]));
        var hedges = Read(directory, "hedges.tsv", 3, (f, line) => new HedgeEntry(
            Tokens(f[0]),
            byTerm.TryGetValue(f[1], out var band) ? band : throw new FormatException($"unknown ICD 203 likelihood '{f[1]}' (see icd203.tsv)"),
            f[2]));
        var listed = Read(directory, "stance_phrases.tsv", 2, (f, line) => new StancePhrase(Tokens(f[0]), ParseStance(f[1])));
        var evaluated = listed.AddRange(Evaluations(directory, listed));
        var counterMarkers = Read(directory, "counter_markers.tsv", 2, (f, line) =>
            new CounterMarker(Tokens(f[0]), f[1] is "contrast" or "negation" or "absence" or "comparison" or "restriction" ? f[1] : throw new FormatException($"unknown kind '{f[1]}' (contrast, negation, absence, comparison, restriction)")));
        var adverbs = Read(directory, "negation_adverbs.tsv", 2, (f, line) => SingleWord(f[0]));
        var negations = counterMarkers.Where(m => m.Kind == "negation" && m.Tokens.Length == 1).Select(m => m.Tokens[0]).ToImmutableArray();
        var stances = evaluated.AddRange(WithNegationAdverbs(evaluated, adverbs, negations));
        var anonymous = Read(directory, "anonymous_sources.tsv", 3, (f, line) =>
            new AnonymousSource(Tokens(f[0]), f[1] == "-" ? null : f[1], f[2] == "-" ? null : f[2]));
        var reliability = Read(directory, "source_reliability.tsv", 3, (f, line) =>
            new ReliabilityEntry(f[0], f[1].Length == 1 && f[1][0] is >= 'A' and <= 'F' ? f[1][0] : throw new FormatException($"grade must be one letter A-F, got '{f[1]}'"), f[2]));
        if (!reliability.Any(r => r.Key == "default"))
        {
            throw new LexiconFormatException(Path.Combine(directory, "source_reliability.tsv"), 0, "needs a 'default' row");
        }

        var claimantWords = Read(directory, "claimant_words.tsv", 2, (f, line) =>
            KeyValuePair.Create(Tokens(f[0])[0], ParseEnum<ClaimantWordClass>(f[1], "class")));
        var sectorWords = Read(directory, "sectors.tsv", 2, (f, line) =>
            KeyValuePair.Create(Tokens(f[0])[0], f[1].Length == 3 && f[1].All(char.IsAsciiLetterUpper) ? new SectorWord(f[1], line) : throw new FormatException($"sector must be a three-letter upper-case code, got '{f[1]}'")));
        var topicClasses = Read(directory, "topic_classes.tsv", 2, (f, line) => KeyValuePair.Create(Tokens(f[0])[0], f[1]));
        var stanceObjects = Read(directory, "stance_objects.tsv", 2, (f, line) => KeyValuePair.Create(
            SingleWord(f[0]),
            f[1] switch
            {
                "generic_object" => StanceObjectClass.GenericObject,
                "plural_object" => StanceObjectClass.PluralObject,
                "copula" => StanceObjectClass.Copula,
                _ => throw new FormatException($"unknown class '{f[1]}' (generic_object, plural_object, copula)"),
            }));
        var seats = Read(directory, "seats_of_power.tsv", 2, (f, line) => new SeatOfPower(Tokens(f[0]), CountryWords(f[1])));
        var casualtyWords = Read(directory, "casualty_words.tsv", 3, (f, line) => KeyValuePair.Create(SingleWord(f[0]), (f[1], f[2]) switch
        {
            ("killed", "-") => new CasualtyWord(CasualtyRole.Killed, null),
            ("wounded", "-") => new CasualtyWord(CasualtyRole.Wounded, null),
            ("noun", "civilian" or "fighter" or "soldier" or "any") => new CasualtyWord(CasualtyRole.Noun, f[2] == "any" ? null : f[2]),
            ("noun", _) => throw new FormatException($"unknown noun class '{f[2]}' (civilian, fighter, soldier, any)"),
            ("killed" or "wounded", _) => throw new FormatException($"a {f[1]} word takes '-' as its class, got '{f[2]}'"),
            _ => throw new FormatException($"unknown role '{f[1]}' (killed, wounded, noun)"),
        }));
        var contraries = Read(directory, "contrary_predicates.tsv", 5, (f, line) =>
            new ContraryPredicate(Tokens(f[0]), f[1], f[2] == "-" ? [] : [.. f[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                f[3] == "-" ? [] : [.. f[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                f[4] switch
                {
                    "holds" => PlaceHolding.Holds,
                    "gives_up" => PlaceHolding.GivesUp,
                    "-" => PlaceHolding.None,
                    _ => throw new FormatException($"unknown holding '{f[4]}' (holds, gives_up, -)"),
                }));
        var classes = contraries.Select(c => c.Class).ToHashSet(StringComparer.Ordinal);
        var unknown = contraries.FirstOrDefault(c => c.Opposites.Concat(c.Concedes).Any(o => !classes.Contains(o)));
        if (unknown is not null)
        {
            var path = Path.Combine(directory, "contrary_predicates.tsv");
            var phrase = string.Join(' ', unknown.Tokens) + "\t";
            var line = File.ReadLines(path).Select((text, i) => (text, i)).First(x => x.text.StartsWith(phrase, StringComparison.Ordinal)).i + 1;
            var missing = unknown.Opposites.Concat(unknown.Concedes).First(o => !classes.Contains(o));
            var role = unknown.Opposites.Contains(missing) ? "opposite" : "conceded";
            throw new LexiconFormatException(path, line, $"{role} class '{missing}' has no phrase of its own");
        }

        var retractions = Read(directory, "retractions.tsv", 2, (f, line) =>
            new Retraction(Tokens(f[0]), f[1] is "withdrawal" or "correction" ? f[1] : throw new FormatException($"unknown kind '{f[1]}' (withdrawal, correction)")));
        var attackWords = Read(directory, "attack_words.tsv", 2, (f, line) => KeyValuePair.Create(SingleWord(f[0]), f[1] switch
        {
            "act" => AttackWordKind.Act,
            "weapon" => AttackWordKind.Weapon,
            "military_place" => AttackWordKind.MilitaryPlace,
            "civilian_place" => AttackWordKind.CivilianPlace,
            "place" => AttackWordKind.Place,
            _ => throw new FormatException($"unknown kind '{f[1]}' (act, weapon, military_place, civilian_place, place)"),
        }));
        var countStems = Read(directory, "count_stems.tsv", 2, (f, line) =>
        {
            var stem = SingleWord(f[0]);
            return f[1].StartsWith(stem, StringComparison.OrdinalIgnoreCase) ? stem : throw new FormatException($"example '{f[1]}' does not start with stem '{stem}'");
        });
        var evidenceCues = Read(directory, "evidence_cues.tsv", 2, (f, line) =>
            new EvidenceCue(Tokens(f[0]), f[1] is "observation" or "verification" or "record" ? f[1] : throw new FormatException($"unknown kind '{f[1]}' (observation, verification, record)")));
        var sides = Read(directory, "party_sides.tsv", 2, (f, line) => KeyValuePair.Create(SingleWord(f[0]), f[1] switch
        {
            "state" => PartySide.State,
            "armed_group" => PartySide.ArmedGroup,
            _ => throw new FormatException($"unknown side '{f[1]}' (state, armed_group)"),
        }));
        var rules = Read(directory, "status_rules.tsv", 2, (f, line) => KeyValuePair.Create(
            _statusRules.Contains(f[0], StringComparer.Ordinal)
                ? f[0] : throw new FormatException($"unknown rule '{f[0]}' ({string.Join(", ", _statusRules)})"),
            f[1] switch
            {
                "true" => true,
                "false" => false,
                _ => throw new FormatException($"value must be true or false, got '{f[1]}'"),
            })).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var identityWords = Read(directory, "identity_words.tsv", 2, (f, line) => KeyValuePair.Create(SingleWord(f[0]), ParseEnum<IdentityWordKind>(f[1], "kind")));
        var measures = Read(directory, "measure_words.tsv", 1, (f, line) => SingleWord(f[0]));
        var agency = Read(directory, "agency_words.tsv", 2, (f, line) => new AgencyPhrase(Tokens(f[0]), f[1] switch
        {
            "agent_verb" => Tokens(f[0]) is { Length: 1 } ? AgencyKind.AgentVerb : throw new FormatException($"an agent_verb is one word, got '{f[0]}'"),
            "no_part" => AgencyKind.NoPart,
            _ => throw new FormatException($"unknown kind '{f[1]}' (agent_verb, no_part)"),
        }));
        var vague = Read(directory, "vague_counts.tsv", 2, (f, line) => KeyValuePair.Create(SingleWord(f[0]),
            int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var least) && least > 1 ? (double)least : throw new FormatException($"least must be a whole number above 1, got '{f[1]}'")));
        var model = rules.GetValueOrDefault(_statusRules[2]) ? ClaimStatusModel.Load(Path.Combine(directory, StatusModelFile)) : null;
        return new ClaimsLexicon(cueVerbs, cuePhrases, channels, likelihoods, hedges, stances, anonymous, reliability,
            claimantWords.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase), sectorWords.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            counterMarkers, topicClasses.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            stanceObjects.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase), countStems, evidenceCues, seats, retractions,
            casualtyWords.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase), contraries, attackWords.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            sides.ToImmutableDictionary(StringComparer.Ordinal), rules.ToImmutableDictionary(StringComparer.Ordinal),
            identityWords.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase), measures, agency, vague.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase))
        {
            StatusModel = model,
            OutletShapes = OutletShapes.Load(directory),
        };
    }

    /// <summary>
    /// evaluations.tsv: every frame ("called ...", "was ...") followed by every evaluative word ("false", "propaganda")
    /// is a stance phrase with the word's stance, unless stance_phrases.tsv already lists that phrase.
    /// </summary>
    private static IEnumerable<StancePhrase> Evaluations(string directory, ImmutableArray<StancePhrase> listed)
    {
        var rows = Read(directory, "evaluations.tsv", 2, (f, line) => (Tokens: Tokens(f[0]), Kind: f[1] == "frame" ? (StanceKind?)null : ParseStance(f[1])));
        var frames = rows.Where(r => r.Kind is null).Select(r => r.Tokens).ToList();
        if (frames.Any(f => f[^1] != PhraseIndex<StancePhrase>.Gap))
        {
            throw new LexiconFormatException(Path.Combine(directory, "evaluations.tsv"), 0, "a frame must end in '...', the gap before its word");
        }

        var known = listed.Select(s => string.Join(' ', s.Tokens)).ToHashSet(StringComparer.Ordinal);
        return from frame in frames
               from word in rows.Where(r => r.Kind is not null)
               let tokens = frame.AddRange(word.Tokens)
               where !known.Contains(string.Join(' ', tokens))
               select new StancePhrase(tokens, word.Kind!.Value);
    }

    /// <summary>
    /// negation_adverbs.tsv: every not_confirmed stance phrase with a negation (a one-word negation of
    /// counter_markers.tsv) before a word ("could not confirm", "did not comment") also with one of the adverbs after
    /// the negation ("could not yet confirm", "did not immediately comment"), unless the phrase already has an adverb there or is listed so. Only not_confirmed phrases: the adverbs
    /// say a confirmation or comment is still to come, which a negated dispute ("was not behind") does not take.
    /// </summary>
    private static IEnumerable<StancePhrase> WithNegationAdverbs(ImmutableArray<StancePhrase> phrases, ImmutableArray<string> adverbs, ImmutableArray<string> negations)
    {
        var known = phrases.Select(s => string.Join(' ', s.Tokens)).ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var tokens = phrase.Tokens;
            // The first of the one-word negations of counter_markers.tsv, in the file's order, that the phrase holds.
            var negation = negations.Select(n => tokens.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
            if (phrase.Stance != StanceKind.NotConfirmed || negation < 0 || negation + 1 >= tokens.Length || tokens[negation + 1] == PhraseIndex<StancePhrase>.Gap || adverbs.Contains(tokens[negation + 1]))
            {
                continue;
            }

            foreach (var adverb in adverbs)
            {
                var variant = tokens.Insert(negation + 1, adverb);
                if (known.Add(string.Join(' ', variant)))
                {
                    yield return phrase with { Tokens = variant };
                }
            }
        }
    }

    /// <summary>
    /// Reads a tab-separated data file: '#' comment and blank lines skipped, every row <paramref name="columns"/>
    /// non-empty trimmed fields, its first field unique (<paramref name="keys"/>, case-insensitive by default), parsed
    /// by <paramref name="parse"/> (fields, line number); any problem is a <see cref="LexiconFormatException"/> with file and line.
    /// </summary>
    internal static ImmutableArray<T> Read<T>(string directory, string file, int columns, Func<string[], int, T> parse, IEqualityComparer<string>? keys = null)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new LexiconFormatException(path, 0, "file is missing");
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var seen = new HashSet<string>(keys ?? StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = raw.Split('\t');
            if (fields.Length != columns)
            {
                throw new LexiconFormatException(path, lineNumber, $"expected {columns} tab-separated columns, found {fields.Length}");
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
                if (fields[i].Length == 0)
                {
                    throw new LexiconFormatException(path, lineNumber, $"column {i + 1} is empty (write '-' for none)");
                }
            }

            if (!seen.Add(fields[0]))
            {
                throw new LexiconFormatException(path, lineNumber, $"duplicate entry '{fields[0]}'");
            }

            try
            {
                items.Add(parse(fields, lineNumber));
            }
            catch (FormatException e)
            {
                throw new LexiconFormatException(path, lineNumber, e.Message);
            }
        }

        return items.ToImmutable();
    }

    private static ImmutableArray<string> Tokens(string phrase)
    {
        if (phrase != phrase.ToLowerInvariant())
        {
            throw new FormatException($"phrase '{phrase}' must be lower case");
        }

        return [.. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static ImmutableArray<string> CountryWords(string value)
    {
        var words = value.Split(',', StringSplitOptions.TrimEntries);
        if (value != value.ToLowerInvariant() || words.Any(w => w.Length == 0))
        {
            throw new FormatException($"country words must be a lower-case, comma-separated list without empty items, got '{value}'");
        }

        return [.. words];
    }

    private static string SingleWord(string word) =>
        Tokens(word) is [var single] ? single : throw new FormatException($"'{word}' must be a single word");

    private static int ParsePercent(string value) =>
        int.TryParse(value, out var percent) && percent is >= 0 and <= 100
            ? percent
            : throw new FormatException($"'{value}' is not a percentage 0-100");

    private static StanceKind ParseStance(string value) =>
        ClaimNames.TryParseStance(value, out var stance)
            ? stance
            : throw new FormatException($"unknown stance '{value}' (supports, disputes, denies, not_confirmed)");

    private static TEnum ParseEnum<TEnum>(string value, string what) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new FormatException($"unknown {what} '{value}' ({string.Join(", ", Enum.GetNames<TEnum>()).ToLowerInvariant()})");
}

/// <summary>A lexicon file has a problem; the message starts with <c>file:line:</c> so editors can jump to it.</summary>
public sealed class LexiconFormatException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;
}
