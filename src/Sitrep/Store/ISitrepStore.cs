using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>An analysed article as the store keeps it: the analysis, the exact text its offsets point into, and a content hash.</summary>
public sealed record StoredArticle(ArticleAnalysis Analysis, string Text, string ContentHash);

public sealed record BatchOutcome(int New, int Updated, int Unchanged)
{
    public static BatchOutcome operator +(BatchOutcome a, BatchOutcome b) =>
        new(a.New + b.New, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}

public sealed record EventQuery
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? EventType { get; init; }

    /// <summary>Part of an actor's name or of the words a report used for it (actor1, actor2 or an associate), in any report of the event.</summary>
    public string? Actor { get; init; }

    /// <summary>One fused event by its id (with the other filters, if any).</summary>
    public string? Id { get; init; }

    public int? Limit { get; init; }

    /// <summary>Skips this many events of the ordered result (paging).</summary>
    public int Offset { get; init; }
}

public sealed record ClaimQuery
{
    public string? Status { get; init; }

    public string? Claimant { get; init; }

    /// <summary>Claims reported on or after this day (their last report).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Claims reported on or before this day (their first report).</summary>
    public DateOnly? To { get; init; }

    /// <summary>A country (ISO3 code or name) a claimant belongs to, the content names, or a linked event lies in.</summary>
    public string? Country { get; init; }

    /// <summary>One fused claim by its id (with the other filters, if any).</summary>
    public string? Id { get; init; }

    public int? Limit { get; init; }

    /// <summary>Skips this many claims of the ordered result (paging).</summary>
    public int Offset { get; init; }
}

public sealed record StoreCounts(long Articles, long Entities, long Events, long Claims, long Stances, long Evidence, long FusedEvents)
{
    public long FusedClaims { get; init; }
}

/// <summary>
/// Where analyses are kept. Every batch is one transaction: after a crash the store holds whole batches only.
/// Saving is idempotent: an article already stored with the same content changes nothing.
/// </summary>
public interface ISitrepStore : IDisposable
{
    BatchOutcome SaveBatch(IReadOnlyList<StoredArticle> batch);

    /// <summary>The ledger: each real-world event once (fused across articles), with every report of it.</summary>
    IReadOnlyList<FusedEventRecord> QueryEvents(EventQuery query);

    /// <summary>Claims fused across articles: each proposition once, with all its claimants, sources and stances.</summary>
    IReadOnlyList<FusedClaimRecord> QueryClaims(ClaimQuery query);

    StoreCounts Counts();
}
