namespace Sitrep.Claims;

/// <summary>
/// Admiralty source-reliability grades (A-F) from <c>source_reliability.tsv</c>: an outlet's own row, else its
/// source type's row ("type:wire agency"), else the file's default (F: reliability cannot be judged).
/// </summary>
public sealed class SourceReliability
{
    private readonly Dictionary<string, ReliabilityEntry> _byKey;

    public SourceReliability(ClaimsLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _byKey = lexicon.Reliability.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        Default = _byKey["default"];
    }

    public ReliabilityEntry Default { get; }

    public ReliabilityEntry Grade(string? source, string? sourceType = null)
    {
        if (source is not null && _byKey.TryGetValue(source.Trim(), out var entry))
        {
            return entry;
        }

        return sourceType is not null && _byKey.TryGetValue("type:" + sourceType.Trim(), out var byType) ? byType : Default;
    }

    /// <summary>
    /// A claimant's grade: its own row by name, affiliation or the words naming it ("The New York Times"), else
    /// "type:anonymous" for an unnamed source, else its sector's row ("sector:GOV"), else the default.
    /// </summary>
    public ReliabilityEntry GradeClaimant(ResolvedClaimant claimant)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        foreach (var key in (string?[])[claimant.Name, claimant.Affiliation, claimant.Text, StripArticle(claimant.Text)])
        {
            if (key is not null && _byKey.TryGetValue(key.Trim(), out var entry))
            {
                return entry;
            }
        }

        if (claimant.Anonymous && _byKey.TryGetValue("type:anonymous", out var anonymous))
        {
            return anonymous;
        }

        return claimant.Sector is not null && _byKey.TryGetValue("sector:" + claimant.Sector, out var bySector) ? bySector : Default;
    }

    private static string? StripArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : null;
}
