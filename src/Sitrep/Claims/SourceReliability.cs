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
}
