using System.Collections.Immutable;

namespace Sitrep.Time;

public enum TimeResolutionStatus
{
    Resolved,
    Ambiguous,
    Unresolved,
}

/// <summary>Why a time expression did not resolve to one value. Stable codes: they reach warnings and the store.</summary>
public enum TimeReason
{
    None,

    /// <summary>The expression is relative ("yesterday", "on Saturday", "in October") and the article has no publication date.</summary>
    NoPublicationDate,

    /// <summary>The expression is vaguer than a month ("recently", "in recent weeks", "earlier this year").</summary>
    TooVague,

    /// <summary>The words name no real day ("31 February", "2024-13-40").</summary>
    InvalidDate,

    /// <summary>A numeric date reads both day-first and month-first ("03/04/2024").</summary>
    AmbiguousFormat,

    /// <summary>The expression is relative to another time in the story, not to publication ("the next day").</summary>
    Anaphoric,

    /// <summary>No time expression was found where one was looked for (the event dater).</summary>
    NoTimeExpression,
}

/// <summary>
/// The outcome of resolving one expression: resolved (one value), ambiguous (candidates) or unresolved (a reason
/// and a short detail). Never thrown, never guessed.
/// </summary>
public sealed record TimeResolution
{
    private TimeResolution(TimeResolutionStatus status, TimeValue? value, ImmutableArray<TimeValue> candidates, TimeReason reason, string detail)
    {
        Status = status;
        Value = value;
        Candidates = candidates;
        Reason = reason;
        Detail = detail;
    }

    public TimeResolutionStatus Status { get; }

    /// <summary>The value when resolved, otherwise null.</summary>
    public TimeValue? Value { get; }

    /// <summary>The possible values when ambiguous, otherwise empty.</summary>
    public ImmutableArray<TimeValue> Candidates { get; }

    public TimeReason Reason { get; }

    public string Detail { get; }

    public bool IsResolved => Status == TimeResolutionStatus.Resolved;

    public static TimeResolution Resolved(TimeValue value, string detail = "") =>
        new(TimeResolutionStatus.Resolved, value ?? throw new ArgumentNullException(nameof(value)), [], TimeReason.None, detail);

    public static TimeResolution Ambiguous(ImmutableArray<TimeValue> candidates, TimeReason reason, string detail) =>
        candidates.Length < 2
            ? throw new ArgumentException("An ambiguous resolution has at least two candidates.", nameof(candidates))
            : new(TimeResolutionStatus.Ambiguous, null, candidates, reason, detail);

    public static TimeResolution Unresolved(TimeReason reason, string detail) =>
        reason == TimeReason.None
            ? throw new ArgumentException("An unresolved result needs a reason.", nameof(reason))
            : new(TimeResolutionStatus.Unresolved, null, [], reason, detail);

    public override string ToString() => Status switch
    {
        TimeResolutionStatus.Resolved => Value!.Describe(),
        TimeResolutionStatus.Ambiguous => $"ambiguous ({Reason}): {string.Join(" | ", Candidates.Select(c => c.Describe()))}",
        _ => $"unresolved ({Reason}): {Detail}",
    };
}
