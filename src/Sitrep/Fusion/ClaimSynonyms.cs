using Sitrep.Common;

namespace Sitrep.Fusion;

/// <summary>
/// Wordings that state the same thing (data/fusion/claim_synonyms.tsv), keyed by their stemmed words: claim
/// fusion replaces each by its shared term before comparing two claims' words.
/// </summary>
public sealed class ClaimSynonyms
{
    public const string RelativePath = "fusion/claim_synonyms.tsv";

    private static readonly Lazy<ClaimSynonyms> _default = new(() => Load(DataFiles.Require(RelativePath)));

    private readonly Dictionary<string, string> _phrases;

    private ClaimSynonyms(Dictionary<string, string> phrases, int longest)
    {
        _phrases = phrases;
        Longest = longest;
    }

    public static ClaimSynonyms Default => _default.Value;

    /// <summary>The most words any variant has.</summary>
    public int Longest { get; }

    public static ClaimSynonyms Load(string path)
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var row in TsvTable.Read(path, "term", "variants").Rows)
        {
            var term = row.Required("term");
            foreach (var variant in row.List("variants"))
            {
                var words = variant.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ClaimFeatures.Stem(w.ToLowerInvariant())).ToArray();
                var key = string.Join(' ', words);
                if (phrases.TryGetValue(key, out var other) && other != term)
                {
                    throw row.Error($"'{variant}' is already a variant of '{other}'");
                }

                phrases[key] = term;
                longest = Math.Max(longest, words.Length);
            }
        }

        return new ClaimSynonyms(phrases, longest);
    }

    /// <summary>The shared term for these stemmed words in a row, if they are a listed wording.</summary>
    public bool TryGet(string stemmedWords, out string term) => _phrases.TryGetValue(stemmedWords, out term!);
}
