using System.Collections.Frozen;
using Sitrep.Common;

namespace Sitrep.Time;

/// <summary>The word classes a pattern can name with <c>$CLASS</c>. Numeric classes are read from digits or number words.</summary>
public enum TimeWordClass
{
    Month,
    Weekday,
    Day,
    Year,
    Number,
    Part,
    Modifier,
    Unit,
    NumericDate,
    DayRange,
}

[Flags]
public enum TimeWordFlags
{
    None = 0,

    /// <summary>Only when capitalised: the word is also an ordinary word ("may", "sat").</summary>
    Capitalised = 1,

    /// <summary>An abbreviation that may take a following period ("Nov.").</summary>
    Abbreviation = 2,

    /// <summary>An abbreviation that must take a following period ("Sun.").</summary>
    RequiresPeriod = 4,

    /// <summary>Never an expression on its own ("May"): it needs a longer pattern or context.</summary>
    NeedsContext = 8,
}

public enum TimeUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>One word of a lexicon: its value (month number, ISO weekday, count...) and how it may be used.</summary>
public readonly record struct TimeWord(int Value, TimeWordFlags Flags);

/// <summary>
/// The calendar vocabulary from <c>data/time/</c>: months, weekdays, number words, parts of day, month-part
/// modifiers and units. Loaded once; lookups take spans of the text and allocate nothing.
/// </summary>
public sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _weekdays;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _cardinals;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _ordinals;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _parts;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _modifiers;
    private readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _units;

    public TimeLexicon(
        IReadOnlyDictionary<string, TimeWord> months,
        IReadOnlyDictionary<string, TimeWord> weekdays,
        IReadOnlyDictionary<string, TimeWord> cardinals,
        IReadOnlyDictionary<string, TimeWord> ordinals,
        IReadOnlyDictionary<string, TimeWord> parts,
        IReadOnlyDictionary<string, TimeWord> modifiers,
        IReadOnlyDictionary<string, TimeWord> units)
    {
        _months = Freeze(months);
        _weekdays = Freeze(weekdays);
        _cardinals = Freeze(cardinals);
        _ordinals = Freeze(ordinals);
        _parts = Freeze(parts);
        _modifiers = Freeze(modifiers);
        _units = Freeze(units);
    }

    /// <summary>The lexicon shipped in <c>data/time/</c>, loaded once.</summary>
    public static TimeLexicon Default => _default.Value;

    private static readonly Lazy<TimeLexicon> _default = new(() => LoadFrom(DataFiles.PathOf("time")));

    public static TimeLexicon LoadFrom(string directory)
    {
        var numbers = ReadTable(Path.Combine(directory, "numbers.tsv"), 3, ParseNumberKind);
        return new TimeLexicon(
            Read(Path.Combine(directory, "months.tsv"), ParseRange(1, 12)),
            Read(Path.Combine(directory, "weekdays.tsv"), ParseRange(1, 7)),
            numbers.Where(e => e.Value.Kind == "cardinal").ToDictionary(e => e.Key, e => e.Value.Word, StringComparer.OrdinalIgnoreCase),
            numbers.Where(e => e.Value.Kind == "ordinal").ToDictionary(e => e.Key, e => e.Value.Word, StringComparer.OrdinalIgnoreCase),
            Read(Path.Combine(directory, "day_parts.tsv"), ParseEnum<DayPart>),
            Read(Path.Combine(directory, "modifiers.tsv"), ParseEnum<MonthPart>),
            Read(Path.Combine(directory, "units.tsv"), ParseEnum<TimeUnit>));
    }

    public bool TryMonth(ReadOnlySpan<char> word, out TimeWord entry) => _months.TryGetValue(word, out entry);

    public bool TryWeekday(ReadOnlySpan<char> word, out TimeWord entry) => _weekdays.TryGetValue(word, out entry);

    public bool TryCardinal(ReadOnlySpan<char> word, out TimeWord entry) => _cardinals.TryGetValue(word, out entry);

    public bool TryOrdinal(ReadOnlySpan<char> word, out TimeWord entry) => _ordinals.TryGetValue(word, out entry);

    public bool TryPart(ReadOnlySpan<char> word, out TimeWord entry) => _parts.TryGetValue(word, out entry);

    public bool TryModifier(ReadOnlySpan<char> word, out TimeWord entry) => _modifiers.TryGetValue(word, out entry);

    public bool TryUnit(ReadOnlySpan<char> word, out TimeWord entry) => _units.TryGetValue(word, out entry);

    /// <summary>The words of time units ("hours", "weeks"), for a lexicon that merges them into its own word sets.</summary>
    public IEnumerable<string> UnitWords => _units.Dictionary.Keys;

    private static FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> Freeze(IReadOnlyDictionary<string, TimeWord> words) =>
        words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Func<string, int> ParseRange(int min, int max) => value =>
        int.TryParse(value, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"expected a number from {min} to {max}, found '{value}'");

    private static int ParseEnum<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? Convert.ToInt32(parsed, System.Globalization.CultureInfo.InvariantCulture)
            : throw new FormatException($"expected one of {string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}, found '{value}'");

    private static (TimeWord Word, string Kind) ParseNumberKind(string[] fields)
    {
        if (!int.TryParse(fields[1], out var value) || value < 0)
        {
            throw new FormatException($"expected a non-negative number, found '{fields[1]}'");
        }

        return fields[2] is "cardinal" or "ordinal"
            ? (new TimeWord(value, TimeWordFlags.None), fields[2])
            : throw new FormatException($"expected 'cardinal' or 'ordinal', found '{fields[2]}'");
    }

    private static Dictionary<string, TimeWord> Read(string path, Func<string, int> parseValue) =>
        ReadTable(path, 2, fields => new TimeWord(parseValue(fields[1]), fields.Length > 2 ? ParseFlags(fields[2]) : TimeWordFlags.None))
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);

    private static TimeWordFlags ParseFlags(string text)
    {
        var flags = TimeWordFlags.None;
        foreach (var flag in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= flag switch
            {
                "cap" => TimeWordFlags.Capitalised,
                "abbr" => TimeWordFlags.Abbreviation,
                "dot" => TimeWordFlags.RequiresPeriod,
                "ctx" => TimeWordFlags.NeedsContext,
                _ => throw new FormatException($"unknown flag '{flag}' (known: cap, abbr, dot, ctx)"),
            };
        }

        return flags;
    }

    /// <summary>Reads a tab-separated table with '#' comments; every error names the file and line.</summary>
    internal static Dictionary<string, T> ReadTable<T>(string path, int minFields, Func<string[], T> parse)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Time lexicon file '{path}' is missing; rebuild, or set {DataFiles.EnvironmentVariable}.", path);
        }

        var entries = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < minFields || fields.Take(minFields).Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{path}:{lineNumber}: expected {minFields} tab-separated fields, found '{line}'.");
            }

            var key = fields[0].Trim();
            if (key.Any(char.IsWhiteSpace))
            {
                throw new FormatException($"{path}:{lineNumber}: a word may not contain spaces: '{key}'.");
            }

            try
            {
                if (!entries.TryAdd(key, parse(fields)))
                {
                    throw new FormatException($"'{key}' is listed twice");
                }
            }
            catch (FormatException error) when (!error.Message.StartsWith(path, StringComparison.Ordinal))
            {
                throw new FormatException($"{path}:{lineNumber}: {error.Message}.", error);
            }
        }

        return entries;
    }
}

/// <summary>Whether a part of day keeps the day ("Saturday morning") or makes it a night ("Saturday night").</summary>
public enum DayPart
{
    Day,
    Night,
}
