namespace Sitrep.Time;

/// <summary>
/// What a time expression denotes, with its precision as a type (NodaTime's habit): a day, a night, a week,
/// a month (or part of one), a range of days, or a year. Nothing converts silently between them; each says
/// its first and last day, the single day an event is coded on, and its ACLED precision.
/// </summary>
public abstract record TimeValue
{
    /// <summary>The first day the expression can mean.</summary>
    public abstract DateOnly DateStart { get; }

    /// <summary>The last day the expression can mean (inclusive).</summary>
    public abstract DateOnly DateEnd { get; }

    /// <summary>The day an event is coded on, per ACLED; null when the value is vaguer than a month.</summary>
    public abstract DateOnly? EventDate { get; }

    /// <summary>ACLED time precision; null when the value is vaguer than a month and so not an event date.</summary>
    public abstract TimePrecision? Precision { get; }

    /// <summary>ACLED's <c>time_precision</c> column: 1, 2, 3 or null.</summary>
    public int? AcledTimePrecision => Precision is { } p ? (int)p : null;

    /// <summary>Inclusive number of days covered.</summary>
    public int DayCount => DateEnd.DayNumber - DateStart.DayNumber + 1;

    /// <summary>Why this value is not an event date (null when it is one).</summary>
    public string? VaguenessDetail =>
        Precision is null ? $"{Describe()} spans {DayCount} days, more than a month: not an event date" : null;

    /// <summary>A short human description ("day 2024-11-16", "week of 2024-11-11").</summary>
    public abstract string Describe();
}

/// <summary>One calendar day.</summary>
public sealed record DayValue(DateOnly Date) : TimeValue
{
    public override DateOnly DateStart => Date;

    public override DateOnly DateEnd => Date;

    public override DateOnly? EventDate => Date;

    public override TimePrecision? Precision => TimePrecision.Day;

    public override string Describe() => $"day {Date:yyyy-MM-dd}";
}

/// <summary>
/// A night, from the evening of <see cref="Evening"/> to the morning after. The event is coded on the day the text
/// names the night by: its evening for "Saturday night", "last night", "the night of 16 to 17 November" and a bare
/// "overnight"; its morning (<paramref name="CodedOnMorning"/>) for "overnight into Sunday", "overnight on 17 November"
/// and "the night to 17 November" (events gold: all three such events coded on the day named). A bare "overnight" stays
/// on the evening: the events gold codes it on the morning of the report (8 dev events), but the fusion gold, whose
/// wires carry datelines, on the evening of the night ending on the dateline's day, and the morning reading breaks
/// fusion's date windows there (round 22: fusion dev missed merges 42.4 -> 42.7 %, B-cubed 0.890 -> 0.888).
/// </summary>
public sealed record NightValue(DateOnly Evening, bool CodedOnMorning = false) : TimeValue
{
    public override DateOnly DateStart => Evening;

    public override DateOnly DateEnd => Evening.AddDays(1);

    public override DateOnly? EventDate => CodedOnMorning ? DateEnd : Evening;

    public override TimePrecision? Precision => TimePrecision.Day;

    public override string Describe() => $"night of {Evening:yyyy-MM-dd} to {DateEnd:yyyy-MM-dd}{(CodedOnMorning ? ", coded on the morning" : "")}";
}

/// <summary>A Monday–Sunday week; its event date is its middle day, the Thursday (ACLED: a week's middle).</summary>
public sealed record WeekValue : TimeValue
{
    public WeekValue(DateOnly monday)
    {
        if (monday.DayOfWeek != DayOfWeek.Monday)
        {
            throw new ArgumentException($"A week starts on a Monday; {monday:yyyy-MM-dd} is a {monday.DayOfWeek}.", nameof(monday));
        }

        Monday = monday;
    }

    public DateOnly Monday { get; }

    public override DateOnly DateStart => Monday;

    public override DateOnly DateEnd => Monday.AddDays(6);

    public override DateOnly? EventDate => Monday.AddDays(3);

    public override TimePrecision? Precision => TimePrecision.FewDays;

    public override string Describe() => $"week of {Monday:yyyy-MM-dd}";

    /// <summary>The week (Monday–Sunday) that holds a day.</summary>
    public static WeekValue Containing(DateOnly day) => new(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));
}

/// <summary>Which part of a month an expression names ("early November", "mid-October", "the end of May").</summary>
public enum MonthPart
{
    Whole,
    Early,
    Mid,
    Late,
}

/// <summary>
/// A month or a third of one. ACLED codes a month on its 15th; "beginning/early" on the first day and
/// "end/late" on the last day, all with precision 3. The thirds are days 1–10, 11–20 and 21–end.
/// </summary>
public sealed record MonthValue(int Year, int Month, MonthPart Part = MonthPart.Whole) : TimeValue
{
    private DateOnly First => new(Year, Month, 1);

    private DateOnly Last => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public override DateOnly DateStart => Part switch
    {
        MonthPart.Mid => new DateOnly(Year, Month, 11),
        MonthPart.Late => new DateOnly(Year, Month, 21),
        _ => First,
    };

    public override DateOnly DateEnd => Part switch
    {
        MonthPart.Early => new DateOnly(Year, Month, 10),
        MonthPart.Mid => new DateOnly(Year, Month, 20),
        _ => Last,
    };

    public override DateOnly? EventDate => Part switch
    {
        MonthPart.Early => First,
        MonthPart.Late => Last,
        _ => new DateOnly(Year, Month, 15),
    };

    public override TimePrecision? Precision => TimePrecision.Month;

    public override string Describe() => Part == MonthPart.Whole ? $"month {Year:D4}-{Month:D2}" : $"{Part.ToString().ToLowerInvariant()} {Year:D4}-{Month:D2}";
}

/// <summary>
/// An inclusive range of days ("between 10 and 12 November", "since August"). One day is precision 1; up to
/// eight days (ACLED's "a week or a few days"; "the past week" counted back from publication touches eight
/// calendar days) precision 2; up to 31 days
/// precision 3; longer ranges are not event dates. The event date is the middle day (the earlier of two).
/// </summary>
public sealed record RangeValue : TimeValue
{
    public const int FewDaysLimit = 8;
    public const int MonthLimit = 31;

    public RangeValue(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A range ends after it starts: {start:yyyy-MM-dd} > {end:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public override DateOnly DateStart => Start;

    public override DateOnly DateEnd => End;

    public override DateOnly? EventDate => Precision is null ? null : Start.AddDays((DayCount - 1) / 2);

    public override TimePrecision? Precision => DayCount switch
    {
        1 => TimePrecision.Day,
        <= FewDaysLimit => TimePrecision.FewDays,
        <= MonthLimit => TimePrecision.Month,
        _ => null,
    };

    public override string Describe() => $"range {Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}

/// <summary>A calendar year: never an event date.</summary>
public sealed record YearValue(int Year) : TimeValue
{
    public override DateOnly DateStart => new(Year, 1, 1);

    public override DateOnly DateEnd => new(Year, 12, 31);

    public override DateOnly? EventDate => null;

    public override TimePrecision? Precision => null;

    public override string Describe() => $"year {Year:D4}";
}
