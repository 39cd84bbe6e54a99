namespace Sitrep.Language.Model;

/// <summary>
/// Features are 64-bit hashes of (template, value) computed character by character, so extracting them
/// allocates nothing. The hash is FNV-1a with a final avalanche; it is stable across runs and platforms
/// (string.GetHashCode is randomised per process and would break saved models).
/// </summary>
internal static class FeatureHash
{
    private const ulong _offset = 0xcbf29ce484222325UL;
    private const ulong _prime = 0x100000001b3UL;

    /// <summary>Saved models keep 48 bits of each key: enough to make false matches negligible, and smaller files.</summary>
    public const ulong KeyMask = 0xFFFF_FFFF_FFFFUL;

    public static ulong Start(int template) => (_offset ^ (uint)template) * _prime;

    public static ulong Add(ulong hash, char c) => (hash ^ c) * _prime;

    public static ulong Add(ulong hash, ulong value)
    {
        hash = (hash ^ (value & 0xFFFFFFFF)) * _prime;
        return (hash ^ (value >> 32)) * _prime;
    }

    public static ulong Key(int template, ulong value) => Finish(Add(Start(template), value));

    public static ulong Key(int template, ulong a, ulong b) => Finish(Add(Add(Start(template), a), b));

    public static ulong Key(int template, ulong a, ulong b, ulong c) => Finish(Add(Add(Add(Start(template), a), b), c));

    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        hash &= KeyMask;
        return hash == 0 ? 1 : hash;
    }

    /// <summary>Hash of a string of characters as a value to combine into features (not itself a key).</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = _offset;
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>Hash of the lower-cased text with every digit mapped to '0', so "1,500" and "2,300" share features.</summary>
    public static ulong OfLowerNormalised(ReadOnlySpan<char> text)
    {
        var hash = _offset;
        foreach (var c in text)
        {
            hash = Add(hash, char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>Hash of the text with digits mapped to '0' but case kept.</summary>
    public static ulong OfNormalised(ReadOnlySpan<char> text)
    {
        var hash = _offset;
        foreach (var c in text)
        {
            hash = Add(hash, char.IsAsciiDigit(c) ? '0' : c);
        }

        return hash;
    }

    /// <summary>
    /// Word shape: upper case -> X, lower -> x, digit -> d, others kept; runs longer than <paramref name="maxRun"/>
    /// are cut, so "Zelenskyy" -> "Xxxx" (maxRun 3) and "10,000" -> "dd,ddd".
    /// </summary>
    public static ulong OfShape(ReadOnlySpan<char> text, int maxRun)
    {
        var hash = _offset;
        var previous = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= maxRun)
            {
                hash = Add(hash, s);
            }
        }

        return hash;
    }
}
