using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>A fused event's earliest reports in merge order (at most <see cref="EventFuser.MaxCompared"/>) and its report count.</summary>
internal sealed record FusionHead(List<MemberEvent> Members, int Count)
{
    /// <summary>The head with one more report: kept if it sorts among the earliest.</summary>
    public FusionHead With(MemberEvent member)
    {
        var row = EventFoldMember.Of(member);
        var members = new List<MemberEvent>(Members.Count + 1);
        var added = false;
        foreach (var m in Members)
        {
            if (!added && EventFoldMember.Compare(row, EventFoldMember.Of(m)) < 0)
            {
                members.Add(member);
                added = true;
            }

            members.Add(m);
        }

        if (!added)
        {
            members.Add(member);
        }

        if (members.Count > EventFuser.MaxCompared)
        {
            members.RemoveRange(EventFuser.MaxCompared, members.Count - EventFuser.MaxCompared);
        }

        return new FusionHead(members, Count + 1);
    }
}

/// <summary>
/// What one writer knows of the stored fused events between its batches: their candidate columns
/// (<see cref="FusedEventIndex"/>), each one's earliest reports (<see cref="FusionHead"/>), and the fused claims' members. Reading the whole
/// fused_events table per batch, and every candidate's reports again, grew with the store; this copy is kept in step
/// with the writer's own writes and is valid while the store's fusion generation (bumped by every batch that writes
/// fused events, in its transaction) is the one the writer last committed: another writer's batch, or a
/// rolled-back one, makes the writer start a new cache.
/// </summary>
internal sealed class FusionCache(long generation)
{
    /// <summary>Heads kept at most (some tens of MB); past it they are dropped and read again as needed.</summary>
    public const int MaxHeads = 200_000;

    public long Generation { get; set; } = generation;

    public FusedEventIndex? Index { get; set; }

    public Dictionary<string, FusionHead> Heads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Fused events' records and folds as this writer last wrote or read them (a report joining one folds into it
    /// without reading it back); only changed through the batch's <c>FusionBatch</c>, which every fused event write goes through.
    /// </summary>
    public Dictionary<string, (FusedEventRecord Record, EventFold Fold)> Folded { get; } = new(StringComparer.Ordinal);

    /// <summary>Fused events whose records are kept at most (some tens of MB); past it they are dropped (at a batch's start) and read again.</summary>
    public const int MaxFolded = 20_000;

    /// <summary>Fused claims' members (the store's claim fusion reads and keeps them in step with its writes).</summary>
    public Dictionary<string, List<MemberClaim>> ClaimMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>Fused claims whose members are kept at most; past it they are dropped (at a batch's start) and read again.</summary>
    public const int MaxClaimMembers = 100_000;

    /// <summary>
    /// The claim key index (fused_claim_keys) as far as this writer has read it, all days of each term read, kept in
    /// step with its writes: reading the keys of a batch's terms again each batch was an eighth of ingest.
    /// </summary>
    public ClaimKeyCache? ClaimKeys { get; set; }

    /// <summary>Claim keys kept at most; past it the copy is dropped (at a batch's start) and read again as needed.</summary>
    public const int MaxClaimKeys = 2_000_000;

    /// <summary>
    /// The claims each claim opposes or conflicts with (claim_opponents, by claim id), for the claims read or stored
    /// by this writer; a claim not in it is read from the database when a fused claim it belongs to is written.
    /// </summary>
    public Dictionary<string, List<(MemberClaim Other, ClaimRelation Relation)>> ClaimOpponents { get; } = new(StringComparer.Ordinal);

    /// <summary>Claims whose opponents are kept at most; past it they are dropped (at a batch's start) and read again.</summary>
    public const int MaxClaimOpponents = 200_000;

    public void PutHead(string fusedId, FusionHead head)
    {
        if (Heads.Count >= MaxHeads && !Heads.ContainsKey(fusedId))
        {
            Heads.Clear();
        }

        Heads[fusedId] = head;
    }
}
