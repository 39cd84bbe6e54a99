namespace Sitrep.Language.Model;

/// <summary>
/// Hashes of one token's surface properties, computed once per token and shared by every feature that needs
/// them. A plain struct held in pooled arrays: tagging a sentence allocates nothing per token.
/// </summary>
internal struct WordInfo
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public WordFlags Flags;
    public int Length;

    /// <summary>The word's distributional classes (<see cref="WordClusters"/>), 0 when it has none.</summary>
    public ulong CoarseCluster;
    public ulong FineCluster;

    /// <param name="word">The token's text.</param>
    /// <param name="withClusters">Look the word's <see cref="WordClusters"/> up: only the NER tagger has cluster
    /// features, so the POS tagger skips the per-token dictionary lookup.</param>
    public static WordInfo Of(ReadOnlySpan<char> word, bool withClusters = false)
    {
        var info = new WordInfo
        {
            Form = FeatureHash.OfNormalised(word),
            Lower = FeatureHash.OfLowerNormalised(word),
            Shape = FeatureHash.OfShape(word, 4),
            ShortShape = FeatureHash.OfShape(word, 1),
            Prefix1 = FeatureHash.OfLowerNormalised(word[..Math.Min(1, word.Length)]),
            Prefix2 = FeatureHash.OfLowerNormalised(word[..Math.Min(2, word.Length)]),
            Prefix3 = FeatureHash.OfLowerNormalised(word[..Math.Min(3, word.Length)]),
            Prefix4 = FeatureHash.OfLowerNormalised(word[..Math.Min(4, word.Length)]),
            Suffix1 = FeatureHash.OfLowerNormalised(word[Math.Max(0, word.Length - 1)..]),
            Suffix2 = FeatureHash.OfLowerNormalised(word[Math.Max(0, word.Length - 2)..]),
            Suffix3 = FeatureHash.OfLowerNormalised(word[Math.Max(0, word.Length - 3)..]),
            Suffix4 = FeatureHash.OfLowerNormalised(word[Math.Max(0, word.Length - 4)..]),
            Length = word.Length,
        };
        if (withClusters)
        {
            var clusters = WordClusters.Default.Of(word);
            info.CoarseCluster = clusters >> 16;
            info.FineCluster = clusters & 0xFFFF;
        }

        var flags = WordFlags.None;
        var letters = 0;
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                flags |= WordFlags.HasDigit;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
            }
            else if (c == '-')
            {
                flags |= WordFlags.HasHyphen;
            }
            else if (c == '.')
            {
                flags |= WordFlags.HasPeriod;
            }
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= WordFlags.InitialUpper;
        }

        if (letters > 0 && uppers == letters)
        {
            flags |= WordFlags.AllUpper;
        }

        if (letters == 0 && (flags & WordFlags.HasDigit) == 0)
        {
            flags |= WordFlags.NoAlphanumeric;
        }

        info.Flags = flags;
        return info;
    }

    /// <summary>Stands for the missing neighbour before the first word of a sentence.</summary>
    public static readonly WordInfo Before = Of("<s>");

    /// <summary>Stands for the missing neighbour after the last word of a sentence.</summary>
    public static readonly WordInfo After = Of("</s>");
}

[Flags]
internal enum WordFlags : byte
{
    None = 0,
    HasDigit = 1,
    HasHyphen = 2,
    HasPeriod = 4,
    InitialUpper = 8,
    AllUpper = 16,
    NoAlphanumeric = 32,
}
