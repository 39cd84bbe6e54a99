namespace Sitrep.Places;

public sealed partial class Gazetteer
{
    private HashSet<ulong>? _spacePrefixes;

    /// <summary>
    /// Whether some name key goes on after <paramref name="key"/> (normalised) with a space: true for "kryvyi"
    /// ("kryvyi rih"), false for "said". Speed only: a caller that knows the text after a word starts with a
    /// separator may then skip looking up longer spans. Hashes, so a rare false "true" only costs lookups. The set
    /// is built on first use.
    /// </summary>
    internal bool ContinuesWithSpace(ReadOnlySpan<char> key)
    {
        var prefixes = _spacePrefixes ?? LazyInitializer.EnsureInitialized(ref _spacePrefixes, BuildSpacePrefixes);
        return prefixes.Contains(PrefixHash(key));
    }

    private HashSet<ulong> BuildSpacePrefixes()
    {
        var result = new HashSet<ulong>();
        for (var slot = 0; slot < _names.Count; slot++)
        {
            var key = _names.KeyAt(slot);
            for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
            {
                result.Add(PrefixHash(key.AsSpan(0, space)));
            }
        }

        return result;
    }

    /// <summary>FNV-1a over UTF-16 code units, 64 bits.</summary>
    private static ulong PrefixHash(ReadOnlySpan<char> key)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 0x100000001b3UL;
        }

        return hash;
    }
}
