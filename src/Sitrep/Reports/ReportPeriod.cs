namespace Sitrep.Reports;

/// <summary>The days a report covers, both ends included.</summary>
public sealed record ReportPeriod
{
    public const int DefaultDays = 7;

    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"the period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of equal length that ends the day before this one starts: what "changed since" compares with.</summary>
    public ReportPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// The period a user asked for, with defaults that do not depend on the clock when the store has data:
    /// without --to, the report ends on the latest publication date in the store (today only for an empty
    /// store); without --from, it covers <see cref="DefaultDays"/> days up to the end.
    /// </summary>
    public static ReportPeriod Resolve(DateOnly? from, DateOnly? to, DateOnly? latestPublished, DateOnly today)
    {
        var end = to ?? Max(latestPublished ?? today, from ?? DateOnly.MinValue);
        var start = from ?? end.AddDays(1 - DefaultDays);
        return new ReportPeriod(start, end);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
