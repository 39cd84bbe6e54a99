namespace Sitrep.Places;

/// <summary>
/// The matching key for place names: lower case, no diacritics, no apostrophes or periods, hyphens and slashes as
/// spaces, single spaces. "Kharkiv's" is not handled here (the tokenizer splits the possessive off);
/// "Zaporiz'ka", "Zaporizka" and "ZAPORIZKA" share one key, as do "Orël" and "Orel", "Київ" and "КИЇВ".
/// </summary>
public static class GazetteerNames
{
    public static string Normalize(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length * 2 + 2] : new char[name.Length * 2 + 2];
        var length = Normalize(name, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="output"/> (at least 2x + 2 chars long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in name)
        {
            if (IsDropped(raw))
            {
                continue;
            }

            if (IsSeparator(raw))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }

            var c = raw;
            if (c is 'x' or 'X')
            {
                // Alexandrovka / Aleksandrovka: romanisations differ in x versus ks.
                output[length++] = 'k';
                output[length++] = 's';
                continue;
            }

            if (c < 128)
            {
                output[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }

            switch (c)
            {
                case 'ß':
                    output[length++] = 's';
                    output[length++] = 's';
                    continue;
                case 'æ' or 'Æ':
                    output[length++] = 'a';
                    output[length++] = 'e';
                    continue;
                case 'œ' or 'Œ':
                    output[length++] = 'o';
                    output[length++] = 'e';
                    continue;
                case 'þ' or 'Þ':
                    output[length++] = 't';
                    output[length++] = 'h';
                    continue;
            }

            if (c is >= '\u1E00' and <= '\u1EFF')
            {
                // Latin Extended Additional: GeoNames romanises Arabic with dotted and breved letters ("Rafaḩ",
                // "Dayr al Balaḩ", "Ḩalab"), which English reports write bare ("Rafah").
                output[length++] = _latinExtendedAdditionalFold[c - 0x1E00];
                continue;
            }

            output[length++] = c < _fold.Length ? _fold[c] : char.ToLowerInvariant(c);
        }

        return length;
    }

    /// <summary>
    /// A coarse key for spellings that differ by romanisation (Russian- vs Ukrainian-derived: "Andreyevka" /
    /// "Andriivka", "Krymskoye" / "Krymske", "Granitnoye" / "Hranitne", "Pesky" / "Pisky"): the consonants of a
    /// normalised key, with g = h, kh = h, w = v, doubled consonants once, and only the first letter's vowel kept
    /// when it is a consonant. Used only as a fallback where the words around a name say it is a place.
    /// </summary>
    public static string Skeleton(ReadOnlySpan<char> key) => Consonants(key, keepWordBreaks: false);

    /// <summary>
    /// <see cref="Skeleton"/> with one space between the words' consonants, so that a name matches only a name of as
    /// many words ("Lunda Norte" is no slip of a one-word town): the populated places' fuzzy index never matches across
    /// a word boundary.
    /// </summary>
    public static string WordSkeleton(ReadOnlySpan<char> key) => Consonants(key, keepWordBreaks: true);

    private static string Consonants(ReadOnlySpan<char> key, bool keepWordBreaks)
    {
        Span<char> output = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c == 'k' && i + 1 < key.Length && key[i + 1] == 'h')
            {
                continue; // kh -> h
            }

            if (c == ' ')
            {
                if (keepWordBreaks && length > 0 && output[length - 1] != ' ')
                {
                    output[length++] = ' ';
                }

                continue;
            }

            c = c switch { 'g' => 'h', 'w' => 'v', _ => c };
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j';
            if (vowel || (length > 0 && output[length - 1] == c))
            {
                continue;
            }

            output[length++] = c;
        }

        if (length > 0 && output[length - 1] == ' ')
        {
            length--;
        }

        return new string(output[..length]);
    }

    /// <summary>The number of words of a normalised key (its spaces plus one).</summary>
    public static int WordCount(ReadOnlySpan<char> key) => key.Count(' ') + 1;

    private static bool IsDropped(char c) => c is '\'' or '’' or 'ʼ' or 'ʾ' or 'ʿ' or '`' or '´' or 'ʹ' or '‘' or '.' or '"' or '“' or '”';

    private static bool IsSeparator(char c) => c is ' ' or '-' or '‐' or '‑' or '–' or '—' or '_' or '/' or ',' or '\t' or '\u00A0';

    // Base letters for U+00C0..U+024F and U+0400..U+045F, generated from Unicode NFD (Python unicodedata), with
    // letters that do not decompose (ø, ł, đ, ı) mapped by hand. A table, not string.Normalize: the project runs
    // with invariant globalization, where normalisation does not decompose.
    private static readonly string _latinFold = "aaaaaa\u00E6ceeeeiiiidnooooo\u00D7ouuuuy\u00FE\u00DFaaaaaa\u00E6ceeeeiiiidnooooo\u00F7ouuuuy\u00FEyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\u0133\u0133jjkkkllllllllllnnnnnn\u0149\u014B\u014Boooooo\u0153\u0153rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsb\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192\u0192\u0260\u0263\u0195\u0269i\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288uu\u028A\u028B\u01B4\u01B4zz\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaaaa\u00E6\u00E6\u01E5\u01E5ggkkoooo\u0292\u0292j\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u00E6\u00E6\u00F8\u00F8aaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F\u0240\u0242\u0242b\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F";

    private static readonly string _cyrillicFold = "\u0435\u0435\u0452\u0433\u0454\u0455\u0456\u0456\u0458\u0459\u045A\u045B\u043A\u0438\u0443\u045F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0438\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0438\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F\u0435\u0435\u0452\u0433\u0454\u0455\u0456\u0456\u0458\u0459\u045A\u045B\u043A\u0438\u0443\u045F";

    // Base letter of each char in the Latin-1 .. Cyrillic range, computed once: per-char normalisation would allocate.
    // Base letters for U+1E00..U+1EFF, generated from Unicode NFD (Python unicodedata); letters without a Latin
    // base (ẚ, ẛ, ỻ...) stay as they are.
    private const string _latinExtendedAdditionalFold = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\u1E9A\u1E9B\u1E9C\u1E9Ds\u1E9Faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\u1EFB\u1EFB\u1EFD\u1EFD\u1EFF\u1EFF";

    private static readonly char[] _fold = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x0460];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.ToLowerInvariant((char)i);
        }

        _latinFold.CopyTo(table.AsSpan(0xC0));
        _cyrillicFold.CopyTo(table.AsSpan(0x400));
        return table;
    }
}
