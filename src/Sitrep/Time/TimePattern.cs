using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Time;

/// <summary>What a pattern's rule does with its captures; each is one resolution routine in <see cref="TimeResolver"/>.</summary>
public enum TimeRule
{
    Numeric,
    Date,
    Month,
    Since,
    DayRange,
    WeekdayRange,
    NightOf,
    Weekday,
    RelativeDay,
    Ago,
    Past,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
    Year,
    Weekend,
    Vague,
    Anaphoric,
}

internal enum ElementKind : byte
{
    Literal,
    Class,
}

internal sealed record PatternElement(ElementKind Kind, ImmutableArray<string> Literals, TimeWordClass Class, bool Optional, bool Context);

/// <summary>One line of <c>data/time/patterns.tsv</c>: a sequence of elements, the rule that resolves it and its arguments.</summary>
public sealed record TimePattern
{
    internal TimePattern(string source, string location, ImmutableArray<PatternElement> elements, TimeRule rule, string arguments, int order)
    {
        Source = source;
        Location = location;
        Elements = elements;
        Rule = rule;
        Arguments = arguments;
        Order = order;
    }

    /// <summary>The pattern as written in the data file.</summary>
    public string Source { get; }

    /// <summary>file:line of the pattern, for messages.</summary>
    public string Location { get; }

    internal ImmutableArray<PatternElement> Elements { get; }

    public TimeRule Rule { get; }

    public string Arguments { get; }

    public int Order { get; }

    public static ImmutableArray<TimePattern> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Time pattern file '{path}' is missing; rebuild, or set {DataFiles.EnvironmentVariable}.", path);
        }

        var patterns = ImmutableArray.CreateBuilder<TimePattern>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#')
            {
                continue;
            }

            var location = $"{path}:{lineNumber}";
            patterns.Add(Parse(line, location, patterns.Count));
        }

        return patterns.Count > 0 ? patterns.ToImmutable() : throw new FormatException($"{path}: no patterns.");
    }

    internal static TimePattern Parse(string line, string location, int order)
    {
        var fields = line.Split('\t');
        if (fields.Length < 2 || string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]))
        {
            throw new FormatException($"{location}: expected 'pattern<TAB>rule[<TAB>args]', found '{line}'.");
        }

        var ruleName = fields[1].Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        if (!Enum.TryParse<TimeRule>(ruleName, ignoreCase: true, out var rule) || !Enum.IsDefined(rule))
        {
            throw new FormatException($"{location}: unknown rule '{fields[1].Trim()}'.");
        }

        var elements = ImmutableArray.CreateBuilder<PatternElement>();
        var contextAllowed = true;
        foreach (var raw in fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = raw;
            var context = text.StartsWith('<') && text.Length > 1;
            if (context)
            {
                if (!contextAllowed)
                {
                    throw new FormatException($"{location}: context element '{raw}' must come before the expression's own elements.");
                }

                text = text[1..];
            }
            else
            {
                contextAllowed = false;
            }

            var optional = text.EndsWith('?') && text.Length > 1;
            if (optional)
            {
                text = text[..^1];
            }

            if (text.StartsWith('$'))
            {
                var cls = ParseClass(text[1..], location);
                elements.Add(new PatternElement(ElementKind.Class, [], cls, optional, context));
            }
            else
            {
                var literals = text.Split('|');
                if (literals.Any(string.IsNullOrEmpty))
                {
                    throw new FormatException($"{location}: empty alternative in '{raw}'.");
                }

                elements.Add(new PatternElement(ElementKind.Literal, [.. literals], default, optional, context));
            }
        }

        if (elements.All(e => e.Optional || e.Context))
        {
            throw new FormatException($"{location}: a pattern needs at least one required element of its own.");
        }

        return new TimePattern(fields[0], location, elements.ToImmutable(), rule, fields.Length > 2 ? fields[2].Trim() : string.Empty, order);
    }

    private static TimeWordClass ParseClass(string name, string location) => name switch
    {
        "MONTH" => TimeWordClass.Month,
        "WEEKDAY" => TimeWordClass.Weekday,
        "DAY" => TimeWordClass.Day,
        "YEAR" => TimeWordClass.Year,
        "NUM" => TimeWordClass.Number,
        "PART" => TimeWordClass.Part,
        "MOD" => TimeWordClass.Modifier,
        "UNIT" => TimeWordClass.Unit,
        "NUMDATE" => TimeWordClass.NumericDate,
        "DAYRANGE" => TimeWordClass.DayRange,
        _ => throw new FormatException($"{location}: unknown class '${name}'."),
    };

    public override string ToString() => $"{Source} -> {Rule} {Arguments} ({Location})";
}
