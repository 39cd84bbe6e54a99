using System.Collections.Frozen;
using System.IO.Compression;
using Sitrep.Common;

namespace Sitrep.Language.Model;

/// <summary>
/// Distributional word classes: each word of a sentence-embedding model's vocabulary with the k-means cluster of its
/// embedding, at a coarse and a fine granularity (data/language/word_clusters.tsv.gz, made by
/// tools/build_word_clusters.cs). The taggers' training corpora are small; a cluster lets a word never seen in them
/// ("Raytheon", "Mykolaiv") share the weights learnt for the words it resembles ("Boeing", "Kherson").
/// </summary>
internal sealed class WordClusters
{
    public const string RelativePath = "language/word_clusters.tsv.gz";

    // The vocabulary's words are short; longer tokens have no cluster.
    private const int _longestWord = 32;

    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    private WordClusters(FrozenDictionary<string, uint> byWord) => _byWord = byWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<WordClusters> _default = new(() => Load(DataFiles.Require(RelativePath)));

    public static WordClusters Default => _default.Value;

    /// <summary>
    /// The clusters of <paramref name="word"/> (compared in lower case), each plus one so 0 means "no cluster":
    /// coarse in the high 16 bits, fine in the low 16.
    /// </summary>
    public uint Of(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > _longestWord)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[_longestWord];
        var length = word.ToLowerInvariant(lower);
        return length > 0 && _byWord.TryGetValue(lower[..length], out var clusters) ? clusters : 0;
    }

    public static WordClusters Load(string path)
    {
        string content;
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            content = reader.ReadToEnd();
        }

        var byWord = new Dictionary<string, uint>(StringComparer.Ordinal);
        Span<Range> columns = stackalloc Range[4];
        var lineNo = 0;
        var header = true;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            lineNo++;
            var line = content.AsSpan(range);
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            if (line.Split(columns, '\t') != 3
                || !ushort.TryParse(line[columns[1]], out var coarse) || !ushort.TryParse(line[columns[2]], out var fine)
                || coarse == ushort.MaxValue || fine == ushort.MaxValue || line[columns[0]].IsEmpty)
            {
                throw new FormatException($"{path}:{lineNo}: expected word, coarse cluster, fine cluster (tab-separated), got '{line}'.");
            }

            byWord[line[columns[0]].ToString()] = ((uint)(coarse + 1) << 16) | (uint)(fine + 1);
        }

        return new WordClusters(byWord.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
