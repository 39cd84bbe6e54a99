using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>What a pattern read from the words of an expression: numbers, names and modifiers, not yet dates.</summary>
public readonly record struct TimeCaptures
{
    public int? Day1 { get; init; }

    public int? Day2 { get; init; }

    public int? Month1 { get; init; }

    public int? Month2 { get; init; }

    public int? Year1 { get; init; }

    public int? Year2 { get; init; }

    /// <summary>ISO weekday (Monday 1 .. Sunday 7).</summary>
    public int? Weekday1 { get; init; }

    public int? Weekday2 { get; init; }

    public int? Number { get; init; }

    public TimeUnit? Unit { get; init; }

    public DayPart? Part { get; init; }

    public MonthPart? Modifier { get; init; }

    /// <summary>The numeric-date token ("2024-11-16"), as offsets into the text.</summary>
    public TextSpan? NumericDate { get; init; }
}

/// <summary>Broad families of time expressions, for output and filtering.</summary>
public enum TimeExpressionKind
{
    Date,
    Month,
    Weekday,
    Relative,
    Range,
    Night,
    Year,
    Vague,
    Anaphoric,
}

/// <summary>A time expression found in a text: its span (no leading "on"/"in"), its words, and how to resolve it.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimeRule Rule, string Arguments, TimeCaptures Captures)
{
    public TimeExpressionKind Kind => Rule switch
    {
        TimeRule.Numeric or TimeRule.Date => TimeExpressionKind.Date,
        TimeRule.Month => TimeExpressionKind.Month,
        TimeRule.Weekday => TimeExpressionKind.Weekday,
        TimeRule.Since or TimeRule.DayRange or TimeRule.WeekdayRange or TimeRule.Weekend or TimeRule.Past => TimeExpressionKind.Range,
        TimeRule.NightOf => TimeExpressionKind.Night,
        TimeRule.Year => TimeExpressionKind.Year,
        TimeRule.Vague => TimeExpressionKind.Vague,
        TimeRule.Anaphoric => TimeExpressionKind.Anaphoric,
        _ => TimeExpressionKind.Relative,
    };
}
