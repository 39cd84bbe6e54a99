using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Output;

/// <summary>One article's report of a fused claim: the per-article claim merged into it.</summary>
public sealed record FusedClaimSourceRecord(string ArticleId, string? Source, string? Url, DateOnly? Published, string ClaimId, IReadOnlyList<SpanRecord> Evidence);

/// <summary>
/// A proposition as made by every claimant in every article fused into it (CONTRACT.md "Fused records"): the
/// contract's CLAIM (the earliest report's wording, with a status and stances from all articles), every claimant,
/// and every source. Event ids are those of fused events.
/// </summary>
public sealed record FusedClaimRecord
{
    public required ClaimRecord Claim { get; init; }

    public IReadOnlyList<ClaimantRecord> Claimants { get; init; } = [];

    public IReadOnlyList<FusedClaimSourceRecord> Sources { get; init; } = [];

    public DateOnly? FirstReported { get; init; }

    public DateOnly? LastReported { get; init; }

    public int SourceCount { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(FusedClaimRecord))]
[JsonSerializable(typeof(ClaimRecord))]
public sealed partial class FusedClaimJsonContext : JsonSerializerContext;

/// <summary>The contract's fused-claim JSON: the CLAIM's fields at top level plus claimants, sources and reporting dates.</summary>
public static class FusedClaimJson
{
    public static string Serialize(FusedClaimRecord fused) => JsonSerializer.Serialize(fused, FusedClaimJsonContext.Default.FusedClaimRecord);

    public static FusedClaimRecord Deserialize(string json) => JsonSerializer.Deserialize(json, FusedClaimJsonContext.Default.FusedClaimRecord)!;

    public static string Flatten(FusedClaimRecord fused)
    {
        var node = JsonSerializer.SerializeToNode(fused.Claim, FusedClaimJsonContext.Default.ClaimRecord)!.AsObject();
        var extra = JsonSerializer.SerializeToNode(fused, FusedClaimJsonContext.Default.FusedClaimRecord)!.AsObject();
        foreach (var (name, value) in extra.ToList())
        {
            if (name != "claim")
            {
                extra.Remove(name);
                node[name] = value;
            }
        }

        return node.ToJsonString();
    }
}
