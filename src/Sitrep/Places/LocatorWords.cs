using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>
/// The words <see cref="EventLocator"/> reads around a place name (locator_words.tsv): after a place, words that make it
/// speak for its government; determiners that open a noun phrase; lower-case words that may follow a country named as a
/// place; words that break the clause between a trigger and a place; and words that make a place the launch site, after it
/// ("the missiles Russia launched") or before "from" and it ("rockets fired from Bint Jbeil").
/// </summary>
public sealed class LocatorWords
{
    private static readonly Lazy<LocatorWords> _default = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] _roles = ["speaks", "determiner", "continuation", "clause_break", "boundary", "launches", "settlement", "actor_noun", "auxiliary", "launches_from", "origin_link"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _byRole;

    private LocatorWords(HashSet<string>[] byRole) =>
        _byRole = [.. byRole.Select(set => set.GetAlternateLookup<ReadOnlySpan<char>>())];

    public static LocatorWords Default => _default.Value;

    /// <summary>"said", "has", "claimed": after a place, the place stands for its government or people.</summary>
    public bool Speaks(ReadOnlySpan<char> word) => _byRole[0].Contains(word);

    public bool IsDeterminer(ReadOnlySpan<char> word) => _byRole[1].Contains(word);

    /// <summary>"and", "where", "since": a lower-case word that may follow a country named as a place.</summary>
    public bool ContinuesPlace(ReadOnlySpan<char> word) => _byRole[2].Contains(word);

    /// <summary>"said", "which", ";": between a trigger and a place, it puts them in different clauses.</summary>
    public bool BreaksClause(ReadOnlySpan<char> word) => _byRole[3].Contains(word);

    /// <summary>"border", "frontier": before "with X", X is the country across it, not where the event is.</summary>
    public bool IsBoundary(ReadOnlySpan<char> word) => _byRole[4].Contains(word);

    /// <summary>"launched", "fired": after a place, the place is where the weapons came from, not where they struck.</summary>
    public bool Launches(ReadOnlySpan<char> word) => _byRole[5].Contains(word);

    /// <summary>"town", "city", "village": in "the West Bank town of Jenin" the region before it only situates the town.</summary>
    public bool IsSettlement(ReadOnlySpan<char> word) => _byRole[6].Contains(word);

    /// <summary>
    /// "claims", "forces", "intelligence": after "X's" or before "from X", X stands for its government or people
    /// ("Kyiv's claims", "intelligence from the United States"), not for where something happened.
    /// </summary>
    public bool IsActorNoun(ReadOnlySpan<char> word) => _byRole[7].Contains(word);

    /// <summary>
    /// "has", "was", "will": after a place it speaks only with a speech verb after it ("Moscow has said"), not in
    /// "Vukovar was captured" or "Ukraine has destroyed".
    /// </summary>
    public bool IsAuxiliary(ReadOnlySpan<char> word) => _byRole[8].Contains(word);

    /// <summary>
    /// "fired", "launched", "crossed": up to four words before "from X", X is where the weapons or attackers came from
    /// ("rockets fired by Hezbollah from the area of Bint Jbeil"), not where they struck. Every launch word
    /// (<see cref="Launches"/>: fired, launched...) is one, so the file lists them once; launches_from adds the
    /// words that launch only with "from" (firing, crossed, flown).
    /// </summary>
    public bool LaunchesFrom(ReadOnlySpan<char> word) => _byRole[9].Contains(word) || _byRole[5].Contains(word);

    /// <summary>"positions", "near", "'s": a word that may stand between that "from" and the launch site ("from positions near Kotli").</summary>
    public bool LinksOrigin(ReadOnlySpan<char> word) => _byRole[10].Contains(word);

    public static LocatorWords Load(string? path = null)
    {
        path ??= DataFiles.Require("gazetteer/locator_words.tsv");
        var byRole = _roles.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToArray();
        foreach (var (line, lineNo) in Gazetteer.DataLines(path))
        {
            var cols = line.Split('\t');
            var role = cols.Length == 2 ? Array.IndexOf(_roles, cols[1].Trim()) : -1;
            if (role < 0 || cols[0].Trim().Length == 0 || cols[0].Trim().Contains(' ', StringComparison.Ordinal))
            {
                throw new FormatException($"{path}:{lineNo}: expected 'word<TAB>role' with one word and role {string.Join('|', _roles)}.");
            }

            byRole[role].Add(cols[0].Trim());
        }

        return new LocatorWords(byRole);
    }
}
