using System.Collections.Immutable;

namespace Sitrep.Actors;

public enum ActorResolutionStatus
{
    /// <summary>The phrase names an actor with its country and type.</summary>
    Resolved,

    /// <summary>The type of actor is known (civilians, gunmen, soldiers) but not its country: pass the event country.</summary>
    Partial,

    /// <summary>Several actors fit; see <see cref="ActorResolution.Candidates"/>.</summary>
    Ambiguous,

    /// <summary>No actor: see <see cref="ActorResolution.Reason"/>.</summary>
    Unresolved,
}

/// <summary>Why a phrase resolved the way it did. Stable codes: they reach warnings and the store.</summary>
public enum ActorReason
{
    NamedGroup,
    GroupUnit,
    PersonInOffice,
    PersonOutOfOffice,
    PersonUndated,
    PersonOfficeUnknown,
    CountryForce,
    CountryMetonym,
    CountryOnly,
    PlaceForce,
    GenericNoun,
    RoleNoun,
    SeveralCandidates,
    Compound,
    EmptyPhrase,
    UnknownPhrase,
    PlaceOnly,
    CountryWithoutRole,
    CountryUnknown,
}

/// <summary>The outcome of resolving one phrase: never a silent default.</summary>
public sealed record ActorResolution(
    ActorResolutionStatus Status,
    Actor? Actor,
    ImmutableArray<Actor> Candidates,
    ActorReason Reason,
    string Detail)
{
    public bool IsResolved => Status == ActorResolutionStatus.Resolved;

    internal static ActorResolution Resolved(Actor actor, ActorReason reason, string detail) =>
        new(ActorResolutionStatus.Resolved, actor, [], reason, detail);

    internal static ActorResolution Partial(Actor actor, ActorReason reason, string detail) =>
        new(ActorResolutionStatus.Partial, actor, [], reason, detail);

    internal static ActorResolution Unresolved(ActorReason reason, string detail) =>
        new(ActorResolutionStatus.Unresolved, null, [], reason, detail);

    internal static ActorResolution Ambiguous(ImmutableArray<Actor> candidates, string detail) =>
        new(ActorResolutionStatus.Ambiguous, null, candidates, ActorReason.SeveralCandidates, detail);
}

/// <summary>What the resolver knows beyond the phrase: the event's date (offices and regimes depend on it) and country.</summary>
/// <param name="Date">The event's date: offices and regimes are those of that day.</param>
/// <param name="EventCountryIso3">Where the event happened: bare civilians, police or officials are that country's.</param>
/// <param name="ForeignNationsNamed">
/// Whether the article names nationalities other than the event country's ("Russian", "Israeli"), or the event's
/// clause qualifies another party by the event country's own: then bare "soldiers" or "troops" could be either
/// side's and keep no country; otherwise they are the event country's.
/// </param>
public sealed record ActorContext(DateOnly? Date = null, string? EventCountryIso3 = null, bool ForeignNationsNamed = false)
{
    public static ActorContext None { get; } = new();
}
