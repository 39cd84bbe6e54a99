using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Claims;

/// <summary>How a claim is attributed in the text.</summary>
public enum ClaimKind
{
    DirectQuote,
    Indirect,
    AccordingTo,
    Unattributed,
}

/// <summary>
/// Where a claim stands given what others in the same article say about it. Ordered from weakest to strongest
/// so that <see cref="ClaimStatusRule"/> can take the maximum; a claim is never upgraded to fact.
/// </summary>
public enum ClaimStatus
{
    Claimed,
    Corroborated,
    NotConfirmed,
    Disputed,
    Denied,
}

/// <summary>What a party says about someone else's claim.</summary>
public enum StanceKind
{
    Supports,
    Disputes,
    Denies,
    NotConfirmed,
}

/// <summary>
/// Which side of the incident a claimant speaks for, as far as the text lets it be known: one of the two parties to the
/// conflict (A: the first one a claim in the article is made for, B: the other), or a third party (neither: a UN
/// body, an NGO, residents, a third state).
/// </summary>
public enum ClaimSide
{
    Unknown,
    PartyA,
    PartyB,
    ThirdParty,
}

/// <summary>
/// Which reading of the article found a stance: a stance phrase ("denied", "declined to comment") or one of the
/// detector's readings of two claims side by side (other counts of the same dead, contrary predicates, an attacker
/// confirming its attack, ...). The learned status model weighs each reading by how often it is right on the gold.
/// </summary>
public enum StanceOrigin
{
    Phrase,
    CounterMarker,
    NegatedThing,
    Count,
    HarmAfterNone,
    Contrary,
    Concession,
    Also,
    Evidence,
    OwnAttack,
    OtherTarget,
    Initiative,
    CounterAccusation,
    Retraction,
    Figure,
    Perpetrator,
    NegatedAct,
    SameAct,
}

/// <summary>
/// The words that name who makes a claim. <see cref="Antecedent"/> is set when the mention is a pronoun or a
/// definite description ("he", "the ministry") resolved to an earlier claimant mention; the language layer's
/// entities will later resolve <see cref="NamingSpan"/> to an actor.
/// </summary>
public sealed record ClaimantMention(TextSpan Span, TextSpan? Antecedent, bool Anonymous, string? AffiliationHint, string? SectorHint)
{
    public TextSpan NamingSpan => Antecedent ?? Span;
}

/// <summary>A hedge or evidence phrase qualifying a claim, with its ICD 203 likelihood band (percent).</summary>
public sealed record Certainty(TextSpan Span, string Phrase, LikelihoodBand Likelihood);

/// <summary>A stance one party takes on a claim, with the words that express it.</summary>
public sealed record ClaimStance(ClaimantMention By, StanceKind Stance, TextSpan Evidence)
{
    /// <summary>The stance holder resolved to the language layer's entity (set by <see cref="ClaimsStage"/>).</summary>
    public ResolvedClaimant? Holder { get; init; }

    /// <summary>The reading that found the stance.</summary>
    public StanceOrigin Origin { get; init; }
}

/// <summary>
/// Who a claimant is, as far as the article says: the language layer's entity (person, else organisation, unit,
/// place, nationality) with its name, title, affiliation and country; an anonymous claimant keeps what the text
/// says about it ("Western officials": affiliation "Western governments"). <see cref="Sector"/> is a PLOVER-style
/// code (GOV, MIL, ...) from the title or organisation words. <see cref="EntityId"/> is the language entity's id.
/// </summary>
public sealed record ResolvedClaimant(
    string? Name,
    string? Title,
    string? Affiliation,
    string? CountryIso3,
    string? Sector,
    bool Anonymous,
    string Text,
    string? EntityId);

/// <summary>A number inside a claim's content: its value, the head noun it counts ("troops", "km"), whether hedged.</summary>
public sealed record ClaimQuantity(double Value, string? Unit, bool Approximate, TextSpan Span);

/// <summary>
/// Admiralty (NATO STANAG 2511) grading of a claim: <see cref="Reliability"/> A-F of its source (from
/// source_reliability.tsv, F when it cannot be judged), and <see cref="Credibility"/> 1-6 of the information, from
/// <see cref="CredibilityRule"/>. <see cref="Code"/> is the usual two-character form ("B2").
/// </summary>
public sealed record SourceGrade(char Reliability, int Credibility, string ReliabilityBasis)
{
    public string Code => $"{Reliability}{Credibility}";
}

/// <summary>One attribution found in an article: who claims what, how, through which channel, and how sure.</summary>
public sealed record ClaimAnnotation(
    ClaimKind Kind,
    ClaimantMention? Claimant,
    TextSpan? Cue,
    TextSpan Content,
    string? Channel,
    Certainty? Certainty,
    ImmutableArray<ClaimStance> Stances,
    ClaimStatus Status)
{
    /// <summary>The claimant resolved to the language layer's entity; null when unattributed or not yet resolved.</summary>
    public ResolvedClaimant? Who { get; init; }

    /// <summary>The claimant's side in the incident (<see cref="ClaimSide"/>); unknown for unattributed claims.</summary>
    public ClaimSide Side { get; init; }

    /// <summary>Numbers the claim's content states, in text order.</summary>
    public ImmutableArray<ClaimQuantity> Quantities { get; init; } = [];

    /// <summary>Admiralty grade of source and information; null until the claims stage grades it.</summary>
    public SourceGrade? Grade { get; init; }

    /// <summary>
    /// What the learned status model reads of the claim (the detector's status features: stances by kind, reading and holder, later answers, hedges); empty unless the detector
    /// was asked to keep them (training) or a status model is loaded.
    /// </summary>
    public ImmutableArray<string> StatusFeatures { get; init; } = [];

    /// <summary>
    /// The status the stance rule derives (<see cref="ClaimStatusRule"/>) from the claim's stances, whichever status the
    /// claim shows: computed, not stored, so that it cannot disagree with the stances it is read from.
    /// </summary>
    public ClaimStatus RuleStatus => ClaimStatusRule.Derive(Stances.Select(s => s.Stance));
}

/// <summary>The claims layer: every attribution in the article, in text order of their content.</summary>
public sealed record ClaimsLayer(ImmutableArray<ClaimAnnotation> Claims);

/// <summary>The snake_case names used in output and in the gold files (CONTRACT.md).</summary>
public static class ClaimNames
{
    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.DirectQuote => "direct_quote",
        ClaimKind.Indirect => "indirect",
        ClaimKind.AccordingTo => "according_to",
        _ => "unattributed",
    };

    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Corroborated => "corroborated",
        ClaimStatus.NotConfirmed => "not_confirmed",
        ClaimStatus.Disputed => "disputed",
        ClaimStatus.Denied => "denied",
        _ => "claimed",
    };

    public static string Of(StanceKind stance) => stance switch
    {
        StanceKind.Supports => "supports",
        StanceKind.Disputes => "disputes",
        StanceKind.Denies => "denies",
        _ => "not_confirmed",
    };

    public static bool TryParseStance(string value, out StanceKind stance)
    {
        switch (value)
        {
            case "supports": stance = StanceKind.Supports; return true;
            case "disputes": stance = StanceKind.Disputes; return true;
            case "denies": stance = StanceKind.Denies; return true;
            case "not_confirmed": stance = StanceKind.NotConfirmed; return true;
            default: stance = default; return false;
        }
    }

    public static bool TryParseStatus(string value, out ClaimStatus status)
    {
        switch (value)
        {
            case "claimed": status = ClaimStatus.Claimed; return true;
            case "corroborated": status = ClaimStatus.Corroborated; return true;
            case "not_confirmed": status = ClaimStatus.NotConfirmed; return true;
            case "disputed": status = ClaimStatus.Disputed; return true;
            case "denied": status = ClaimStatus.Denied; return true;
            default: status = default; return false;
        }
    }

    public static bool TryParseKind(string value, out ClaimKind kind)
    {
        switch (value)
        {
            case "direct_quote": kind = ClaimKind.DirectQuote; return true;
            case "indirect": kind = ClaimKind.Indirect; return true;
            case "according_to": kind = ClaimKind.AccordingTo; return true;
            case "unattributed": kind = ClaimKind.Unattributed; return true;
            default: kind = default; return false;
        }
    }
}

/// <summary>
/// A claim's status from the stances others take on it: denied > disputed > not_confirmed > corroborated > claimed.
/// The strongest objection wins over any support, because one credible denial is news a reader must see, and
/// support from others only corroborates a claim that nobody has contested.
/// </summary>
public static class ClaimStatusRule
{
    public static ClaimStatus Derive(IEnumerable<StanceKind> stances)
    {
        var status = ClaimStatus.Claimed;
        foreach (var stance in stances)
        {
            var implied = stance switch
            {
                StanceKind.Denies => ClaimStatus.Denied,
                StanceKind.Disputes => ClaimStatus.Disputed,
                StanceKind.NotConfirmed => ClaimStatus.NotConfirmed,
                _ => ClaimStatus.Corroborated,
            };
            if (implied > status)
            {
                status = implied;
            }
        }

        return status;
    }
}
