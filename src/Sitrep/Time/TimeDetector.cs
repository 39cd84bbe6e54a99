using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Common;
using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>
/// Finds time expressions in text with the patterns of <c>data/time/patterns.tsv</c> over the words of
/// <c>data/time/*.tsv</c>. At each token the longest match wins (ties: the earlier pattern); scanning resumes
/// after it, so expressions never overlap. Thread-safe once built.
/// </summary>
public sealed class TimeDetector
{
    private readonly ImmutableArray<TimePattern> _patterns;

    // Patterns indexed by what their first token can be, so each position tries only the few that can start there.
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstLiteral;
    private readonly int[][] _byFirstClass;

    public TimeDetector(TimeLexicon lexicon, ImmutableArray<TimePattern> patterns)
    {
        Lexicon = lexicon;
        _patterns = patterns;
        var literals = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var classes = Enumerable.Range(0, Enum.GetValues<TimeWordClass>().Length).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < patterns.Length; i++)
        {
            foreach (var element in patterns[i].Elements)
            {
                if (element.Kind == ElementKind.Class)
                {
                    classes[(int)element.Class].Add(i);
                }
                else
                {
                    foreach (var literal in element.Literals)
                    {
                        if (!literals.TryGetValue(literal, out var list))
                        {
                            literals[literal] = list = [];
                        }

                        list.Add(i);
                    }
                }

                if (!element.Optional)
                {
                    break;
                }
            }
        }

        _byFirstLiteral = literals.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstClass = [.. classes.Select(c => c.ToArray())];
    }

    public TimeLexicon Lexicon { get; }

    public ImmutableArray<TimePattern> Patterns => _patterns;

    /// <summary>The detector over the shipped data files, loaded once.</summary>
    public static TimeDetector Default => _default.Value;

    private static readonly Lazy<TimeDetector> _default = new(() =>
        new TimeDetector(TimeLexicon.Default, TimePattern.Load(DataFiles.PathOf("time/patterns.tsv"))));

    /// <summary>All expressions in <paramref name="text"/>, in text order.</summary>
    public ImmutableArray<TimeExpression> Detect(string text) => Detect(text, new TextSpan(0, text.Length));

    /// <summary>The expressions inside one region of a text (a sentence, a paragraph); offsets are into the whole text.</summary>
    public ImmutableArray<TimeExpression> Detect(string text, TextSpan region)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TimeLexer.Tokenize(region.AsSpan(text), region.Start);
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        var t = 0;
        while (t < tokens.Count)
        {
            if (tokens[t].Kind != TimeTokenKind.Punctuation && TryMatchAt(text, tokens, t, out var match))
            {
                // A match led by context ("in October") yields to a longer one that starts at its own words ("October 2024").
                if (match.SpanStart > t && TryMatchAt(text, tokens, match.SpanStart, out var inner) && inner.End > match.End)
                {
                    match = inner;
                }

                var span = new TextSpan(tokens[match.SpanStart].Start, tokens[match.End - 1].End);
                found.Add(new TimeExpression(span, span.Slice(text), match.Pattern.Rule, match.Pattern.Arguments, match.Captures));
                t = match.End;
            }
            else
            {
                t++;
            }
        }

        return found.ToImmutable();
    }

    private readonly record struct Match(TimePattern Pattern, int SpanStart, int End, TimeCaptures Captures);

    private bool TryMatchAt(string text, List<TimeToken> tokens, int start, out Match best)
    {
        best = default;
        var found = false;
        Span<bool> candidates = _patterns.Length <= 512 ? stackalloc bool[_patterns.Length] : new bool[_patterns.Length];
        if (!MarkCandidates(text, tokens[start], candidates))
        {
            return false;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            if (!candidates[i])
            {
                continue;
            }

            var pattern = _patterns[i];
            var state = new MatchState(start, 0, false, false, default);
            if (MatchFrom(pattern, 0, start, state, text, tokens, out var end, out var final)
                && !(final.NeedsContext && final.ElementsMatched == 1)
                && (!found || end > best.End))
            {
                best = new Match(pattern, final.SpanStart, end, final.Captures);
                found = true;
            }
        }

        return found;
    }

    /// <summary>Marks the patterns whose first token could be this one; false when there are none.</summary>
    private bool MarkCandidates(string text, TimeToken token, Span<bool> candidates)
    {
        var word = text.AsSpan(token.Start, token.Length);
        var any = false;
        if (_byFirstLiteral.TryGetValue(word, out var byLiteral))
        {
            foreach (var i in byLiteral)
            {
                candidates[i] = true;
            }

            any = true;
        }

        for (var c = 0; c < _byFirstClass.Length; c++)
        {
            if (_byFirstClass[c].Length > 0 && CouldBe((TimeWordClass)c, token, word))
            {
                foreach (var i in _byFirstClass[c])
                {
                    candidates[i] = true;
                }

                any = true;
            }
        }

        return any;
    }

    private bool CouldBe(TimeWordClass cls, TimeToken token, ReadOnlySpan<char> word)
    {
        var isNumber = token.Kind == TimeTokenKind.Number;
        return cls switch
        {
            TimeWordClass.Month => !isNumber && Lexicon.TryMonth(word, out _),
            TimeWordClass.Weekday => !isNumber && Lexicon.TryWeekday(word, out _),
            TimeWordClass.Day => isNumber || Lexicon.TryOrdinal(word, out _),
            TimeWordClass.Year or TimeWordClass.NumericDate or TimeWordClass.DayRange => isNumber,
            TimeWordClass.Number => isNumber || Lexicon.TryCardinal(word, out _),
            TimeWordClass.Part => !isNumber && Lexicon.TryPart(word, out _),
            TimeWordClass.Modifier => !isNumber && Lexicon.TryModifier(word, out _),
            TimeWordClass.Unit => !isNumber && Lexicon.TryUnit(word, out _),
            _ => true,
        };
    }

    private readonly record struct MatchState(int SpanStart, int ElementsMatched, bool NeedsContext, bool TrailingPunctuation, TimeCaptures Captures);

    // Backtracking over optional elements, greedy first: patterns are short, so this stays cheap.
    private bool MatchFrom(TimePattern pattern, int e, int t, MatchState state, string text, List<TimeToken> tokens, out int end, out MatchState final)
    {
        var elements = pattern.Elements;
        if (e == elements.Length)
        {
            // An optional comma or dash only joins parts: it never ends an expression ("16 March, the UN said").
            end = t;
            final = state;
            return !state.TrailingPunctuation;
        }

        var element = elements[e];
        var captures = state.Captures;
        var needsContext = state.NeedsContext;
        var used = t < tokens.Count ? Consume(element, t, text, tokens, ref captures, ref needsContext) : 0;
        if (used > 0)
        {
            var next = state with
            {
                Captures = captures,
                NeedsContext = needsContext,
                ElementsMatched = state.ElementsMatched + 1,
                TrailingPunctuation = element.Optional && element.Kind == ElementKind.Literal && tokens[t].Kind == TimeTokenKind.Punctuation,
                SpanStart = element.Context ? t + used : state.SpanStart,
            };
            if (MatchFrom(pattern, e + 1, t + used, next, text, tokens, out end, out final))
            {
                return true;
            }
        }

        if (element.Optional)
        {
            return MatchFrom(pattern, e + 1, t, state, text, tokens, out end, out final);
        }

        end = 0;
        final = default;
        return false;
    }

    /// <summary>How many tokens an element takes at <paramref name="t"/> (0: no match); fills the captures.</summary>
    private int Consume(PatternElement element, int t, string text, List<TimeToken> tokens, ref TimeCaptures captures, ref bool needsContext)
    {
        var token = tokens[t];
        var word = text.AsSpan(token.Start, token.Length);
        if (element.Kind == ElementKind.Literal)
        {
            foreach (var literal in element.Literals)
            {
                if (word.Equals(literal, StringComparison.OrdinalIgnoreCase))
                {
                    return 1;
                }
            }

            return 0;
        }

        switch (element.Class)
        {
            case TimeWordClass.Month:
            case TimeWordClass.Weekday:
                {
                    if (token.Kind != TimeTokenKind.Word)
                    {
                        return 0;
                    }

                    var isMonth = element.Class == TimeWordClass.Month;
                    if (!(isMonth ? Lexicon.TryMonth(word, out var entry) : Lexicon.TryWeekday(word, out entry)))
                    {
                        return 0;
                    }

                    var used = NameLength(entry.Flags, word, t, text, tokens);
                    if (used == 0)
                    {
                        return 0;
                    }

                    needsContext |= (entry.Flags & TimeWordFlags.NeedsContext) != 0;
                    captures = isMonth
                        ? captures.Month1 is null ? captures with { Month1 = entry.Value } : captures with { Month2 = entry.Value }
                        : captures.Weekday1 is null ? captures with { Weekday1 = entry.Value } : captures with { Weekday2 = entry.Value };
                    return used;
                }

            case TimeWordClass.Day:
                {
                    int day;
                    if (token.Kind == TimeTokenKind.Number)
                    {
                        if (!TryDayNumber(word, out day))
                        {
                            return 0;
                        }
                    }
                    else if (Lexicon.TryOrdinal(word, out var ordinal) && ordinal.Value is >= 1 and <= 31)
                    {
                        day = ordinal.Value;
                    }
                    else
                    {
                        return 0;
                    }

                    captures = captures.Day1 is null ? captures with { Day1 = day } : captures with { Day2 = day };
                    return 1;
                }

            case TimeWordClass.Year:
                {
                    if (token.Kind != TimeTokenKind.Number || word.Length != 4 || !int.TryParse(word, out var year) || year is < 1900 or > 2099)
                    {
                        return 0;
                    }

                    captures = captures.Year1 is null ? captures with { Year1 = year } : captures with { Year2 = year };
                    return 1;
                }

            case TimeWordClass.Number:
                {
                    if (token.Kind == TimeTokenKind.Number && word.Length <= 4 && int.TryParse(word, out var n))
                    {
                        captures = captures with { Number = n };
                        return 1;
                    }

                    if (token.Kind == TimeTokenKind.Word && Lexicon.TryCardinal(word, out var cardinal))
                    {
                        captures = captures with { Number = cardinal.Value };
                        return 1;
                    }

                    return 0;
                }

            case TimeWordClass.Part:
                if (token.Kind == TimeTokenKind.Word && Lexicon.TryPart(word, out var part))
                {
                    captures = captures with { Part = (DayPart)part.Value };
                    return 1;
                }

                return 0;

            case TimeWordClass.Modifier:
                if (token.Kind == TimeTokenKind.Word && Lexicon.TryModifier(word, out var modifier))
                {
                    captures = captures with { Modifier = (MonthPart)modifier.Value };
                    return 1;
                }

                return 0;

            case TimeWordClass.Unit:
                if (token.Kind == TimeTokenKind.Word && Lexicon.TryUnit(word, out var unit))
                {
                    captures = captures with { Unit = (TimeUnit)unit.Value };
                    return 1;
                }

                return 0;

            case TimeWordClass.NumericDate:
                if (token.Kind == TimeTokenKind.Number && NumericDates.LooksLikeDate(word))
                {
                    captures = captures with { NumericDate = new TextSpan(token.Start, token.End) };
                    return 1;
                }

                return 0;

            case TimeWordClass.DayRange:
                if (token.Kind == TimeTokenKind.Number && TryDayRange(word, out var first, out var second))
                {
                    captures = captures with { Day1 = first, Day2 = second };
                    return 1;
                }

                return 0;

            default:
                return 0;
        }
    }

    /// <summary>Tokens a month or weekday name takes: 1, or 2 with its abbreviation period; 0 when the flags forbid it here.</summary>
    private static int NameLength(TimeWordFlags flags, ReadOnlySpan<char> word, int t, string text, List<TimeToken> tokens)
    {
        if ((flags & TimeWordFlags.Capitalised) != 0 && !char.IsUpper(word[0]))
        {
            return 0;
        }

        var periodFollows = t + 1 < tokens.Count
            && tokens[t + 1].Start == tokens[t].End
            && tokens[t + 1].Kind == TimeTokenKind.Punctuation
            && text[tokens[t + 1].Start] == '.';
        if ((flags & TimeWordFlags.RequiresPeriod) != 0)
        {
            return periodFollows ? 2 : 0;
        }

        return (flags & TimeWordFlags.Abbreviation) != 0 && periodFollows ? 2 : 1;
    }

    /// <summary>"16", "16th", "1st", "2nd", "3rd": a day of a month, 1-31.</summary>
    internal static bool TryDayNumber(ReadOnlySpan<char> word, out int day)
    {
        day = 0;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 2)
        {
            return false;
        }

        var suffix = word[digits..];
        if (suffix.Length != 0
            && !suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        day = int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>"16-17", "30–31": two days of a month, the first before the second.</summary>
    internal static bool TryDayRange(ReadOnlySpan<char> word, out int first, out int second)
    {
        first = second = 0;
        var dash = word.IndexOfAny('-', '–');
        return dash > 0
            && TryDayNumber(word[..dash], out first)
            && TryDayNumber(word[(dash + 1)..], out second)
            && first < second;
    }
}
