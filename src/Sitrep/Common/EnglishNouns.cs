namespace Sitrep.Common;

/// <summary>English noun forms the stages share when they look a plural up in a list kept in the singular.</summary>
public static class EnglishNouns
{
    /// <summary>
    /// The singular of a regular or "-men" plural ("militias" -> "militia", "gunmen" -> "gunman", "mercenaries" ->
    /// "mercenary"); a word that is no such plural ("press", "police") comes back unchanged.
    /// </summary>
    public static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("men", StringComparison.Ordinal) ? word[..^3] + "man"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
