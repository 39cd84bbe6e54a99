using System.Globalization;

namespace Sitrep.Time;

/// <summary>
/// Numeric dates: ISO "2024-11-16" (also with / or .), day-first "16.11.2024" (dots are day-first in the
/// countries whose press uses them), and slashed "16/11/2024" or "11/16/2024", which is ambiguous when both
/// numbers could be the month.
/// </summary>
internal static class NumericDates
{
    public static bool LooksLikeDate(ReadOnlySpan<char> word) => Split(word, out _, out _, out _, out _);

    public static TimeResolution Resolve(ReadOnlySpan<char> word, DateOnly? published)
    {
        if (!Split(word, out var a, out var b, out var c, out var separator))
        {
            return TimeResolution.Unresolved(TimeReason.InvalidDate, $"'{word}' is not a numeric date");
        }

        if (a >= 1000)
        {
            return Day(c, b, a, word);
        }

        if (separator == '.' || a > 12)
        {
            return Day(a, b, c, word);
        }

        if (b > 12 || a == b)
        {
            return b > 12 ? Day(b, a, c, word) : Day(a, b, c, word);
        }

        // Both readings are real days: prefer the only one not in the future of the article, else say so.
        var dayFirst = new DateOnly(c, b, a);
        var monthFirst = new DateOnly(c, a, b);
        if (published is { } p && (dayFirst <= p) != (monthFirst <= p))
        {
            var chosen = dayFirst <= p ? dayFirst : monthFirst;
            return TimeResolution.Resolved(new DayValue(chosen), $"'{word}' read {(chosen == dayFirst ? "day-first" : "month-first")}: the other reading is after publication");
        }

        return TimeResolution.Ambiguous([new DayValue(dayFirst), new DayValue(monthFirst)], TimeReason.AmbiguousFormat, $"'{word}' reads day-first or month-first");
    }

    private static TimeResolution Day(int day, int month, int year, ReadOnlySpan<char> word) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? TimeResolution.Resolved(new DayValue(new DateOnly(year, month, day)))
            : TimeResolution.Unresolved(TimeReason.InvalidDate, $"'{word}' names no real day");

    private static bool Split(ReadOnlySpan<char> word, out int a, out int b, out int c, out char separator)
    {
        a = b = c = 0;
        separator = '\0';
        var first = word.IndexOfAny('-', '.', '/');
        if (first <= 0)
        {
            return false;
        }

        separator = word[first];
        var rest = word[(first + 1)..];
        var second = rest.IndexOf(separator);
        if (second <= 0)
        {
            return false;
        }

        var pa = word[..first];
        var pb = rest[..second];
        var pc = rest[(second + 1)..];
        if (pb.Length is 0 or > 2 || pc.IndexOfAny('-', '.', '/') >= 0 || pc.IndexOf('–') >= 0)
        {
            return false;
        }

        var yearFirst = pa.Length == 4 && pc.Length is 1 or 2;
        var yearLast = pa.Length is 1 or 2 && pc.Length == 4;
        if (!(yearFirst || yearLast)
            || !int.TryParse(pa, NumberStyles.None, CultureInfo.InvariantCulture, out a)
            || !int.TryParse(pb, NumberStyles.None, CultureInfo.InvariantCulture, out b)
            || !int.TryParse(pc, NumberStyles.None, CultureInfo.InvariantCulture, out c))
        {
            return false;
        }

        var year = yearFirst ? a : c;
        return year is >= 1900 and <= 2099;
    }
}
