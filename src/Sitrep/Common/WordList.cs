using System.Collections.Frozen;

namespace Sitrep.Common;

/// <summary>A one-column data file of words (column <c>word</c>), looked up by span without allocating.</summary>
public sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(FrozenSet<string> words)
    {
        Count = words.Count;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public static WordList Load(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(path, "word").Rows)
        {
            var word = row.Required("word");
            if (!words.Add(word))
            {
                throw row.Error($"word '{word}' is listed twice");
            }
        }

        return new WordList(words.ToFrozenSet(StringComparer.Ordinal));
    }
}
