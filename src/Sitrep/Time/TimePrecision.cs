namespace Sitrep.Time;

/// <summary>
/// ACLED's <c>time_precision</c>: 1 when the day is known, 2 when the event falls in a known week or a span of a
/// few days (the event date is then the middle day), 3 when only the month is known (the middle of the month,
/// or its first or last day for "beginning"/"end of"). Anything vaguer is not an event date at all.
/// </summary>
public enum TimePrecision
{
    Day = 1,
    FewDays = 2,
    Month = 3,
}
