using System.Text;
using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>
/// The variant key of a place name (translit_variants.tsv): one key for the romanisations of one name that differ by an
/// Arabic article ("al-Arish" / "Arish"), a digraph ("Kyaukphyu" / "Kyaukpyu"), the vowels ("Ijdabiya" / "Ajdabiya",
/// "Tal Tamr" / "Tall Tamr", "Novogrodovka" / "Novohrodivka") or a doubled letter. Stricter than
/// <see cref="GazetteerNames.Skeleton"/>, which drops the vowels' places altogether: two names with one variant key
/// have their consonants in the same order with vowels in the same gaps.
/// </summary>
public sealed class TransliterationVariants
{
    /// <summary>Written in place of every run of vowels.</summary>
    public const char VowelMark = '*';

    private static readonly Lazy<TransliterationVariants> _default = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _articles;
    private readonly (string From, string To)[] _folds;

    public TransliterationVariants(IEnumerable<string> articles, IEnumerable<(string From, string To)> folds)
    {
        _articles = new HashSet<string>(articles, StringComparer.Ordinal);
        _folds = [.. folds];
    }

    public static TransliterationVariants Default => _default.Value;

    /// <summary>
    /// The variant key of a normalised name key (<see cref="GazetteerNames.Normalize(ReadOnlySpan{char})"/>), or ""
    /// when the key holds anything but Latin letters and spaces (other scripts have their own names in the gazetteer).
    /// </summary>
    public string Key(string normalizedKey)
    {
        foreach (var c in normalizedKey)
        {
            if (c != ' ' && c is < 'a' or > 'z')
            {
                return "";
            }
        }

        // The article words go first: "al arish" -> "arish"; a lone "al" or a last word stays.
        var words = normalizedKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new StringBuilder(normalizedKey.Length);
        for (var w = 0; w < words.Length; w++)
        {
            if (w + 1 < words.Length && _articles.Contains(words[w]))
            {
                continue;
            }

            kept.Append(words[w]);
        }

        foreach (var (from, to) in _folds)
        {
            kept.Replace(from, to);
        }

        var output = new StringBuilder(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            var c = IsVowel(kept[i]) ? VowelMark : kept[i];
            if (output.Length > 0 && output[^1] == c)
            {
                continue; // a vowel run, or a doubled letter, once
            }

            output.Append(c);
        }

        // "-iyah" / "-iya", "Hasakeh" / "Hasaka": an h closing a final vowel is not written in every romanisation.
        if (output.Length >= 3 && output[^1] == 'h' && output[^2] == VowelMark)
        {
            output.Length--;
        }

        return output.ToString();
    }

    /// <summary>Consonants in a variant key: a key of fewer than three matches too many names to be read as one.</summary>
    public static int Consonants(string variantKey)
    {
        var n = 0;
        foreach (var c in variantKey)
        {
            if (c != VowelMark)
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    public static TransliterationVariants Load(string? path = null)
    {
        path ??= DataFiles.Require("gazetteer/translit_variants.tsv");
        var articles = new List<string>();
        var folds = new List<(string, string)>();
        foreach (var (line, lineNo) in Gazetteer.DataLines(path))
        {
            var cols = line.Split('\t');
            var kind = cols[0].Trim();
            if (kind == "article" && cols.Length == 2 && IsLowerLatin(cols[1].Trim()))
            {
                articles.Add(cols[1].Trim());
            }
            else if (kind == "fold" && cols.Length == 3 && IsLowerLatin(cols[1].Trim()) && (cols[2].Trim().Length == 0 || IsLowerLatin(cols[2].Trim())))
            {
                folds.Add((cols[1].Trim(), cols[2].Trim()));
            }
            else
            {
                throw new FormatException($"{path}:{lineNo}: expected 'article<TAB>word' or 'fold<TAB>letters<TAB>letters' in lower-case Latin letters.");
            }
        }

        return new TransliterationVariants(articles, folds);
    }

    private static bool IsLowerLatin(string s) => s.Length > 0 && s.All(c => c is >= 'a' and <= 'z');
}
