using System.Collections.Frozen;
using Sitrep.Common;

namespace Sitrep.Text;

public enum AbbreviationClass : byte
{
    /// <summary>Precedes a name or number and never ends a sentence ("Gen.", "No.").</summary>
    Title,

    /// <summary>A month or weekday abbreviation ("Feb."): ends a sentence only before a clear sentence start.</summary>
    Month,

    /// <summary>May end a sentence ("U.S.", "a.m.", "Inc.").</summary>
    Other,
}

/// <summary>The abbreviations that keep their period, read from <c>data/text/abbreviations.tsv</c>.</summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationClass> _known;
    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IReadOnlyDictionary<string, AbbreviationClass> known)
    {
        _known = known.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Default { get; } = Load(DataFiles.Require("text/abbreviations.tsv"));

    public int Count => _known.Count;

    /// <summary>The class of a word written with its final period ("Gen."), or null when it is not an abbreviation.</summary>
    public AbbreviationClass? Classify(ReadOnlySpan<char> withPeriod) =>
        _lookup.TryGetValue(withPeriod, out var cls) ? cls : null;

    public static Abbreviations Load(string path)
    {
        var known = new Dictionary<string, AbbreviationClass>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(path, "abbreviation", "class").Rows)
        {
            var abbreviation = row.Required("abbreviation");
            if (!abbreviation.EndsWith('.'))
            {
                throw row.Error($"abbreviation '{abbreviation}' must end with a period");
            }

            var cls = row["class"] switch
            {
                "title" => AbbreviationClass.Title,
                "month" => AbbreviationClass.Month,
                "other" => AbbreviationClass.Other,
                var other => throw row.Error($"unknown class '{other}' (expected title, month or other)"),
            };
            if (!known.TryAdd(abbreviation, cls))
            {
                throw row.Error($"abbreviation '{abbreviation}' is listed twice");
            }
        }

        return new Abbreviations(known);
    }
}
