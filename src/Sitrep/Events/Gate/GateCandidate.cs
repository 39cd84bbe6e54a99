using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Gate;

/// <summary>
/// One event candidate the learned gate sees: an event the stage reports as an ACLED incident (<see cref="DroppedBy"/>
/// null, the only kind the gate may drop), or a candidate the rules set aside, with the reason: a modality
/// ("modality:future"), or "veto" for a sentence whose ACLED trigger words yielded no ACLED event at all (one of the
/// detector's vetoes: habitual, tally, figurative sense, background ...). The set-aside ones are what the model learns
/// its negatives from; their labels come from the gold set, not from the rule.
/// </summary>
public sealed record GateCandidate(EventAnnotation? Event, TextSpan Sentence, TextSpan Trigger, string? DroppedBy, ImmutableArray<string> Features)
{
    /// <summary>Whether the rules report this candidate as an ACLED incident.</summary>
    public bool Kept => DroppedBy is null;
}
