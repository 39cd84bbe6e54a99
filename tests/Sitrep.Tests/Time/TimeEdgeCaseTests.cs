using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestText;

namespace Sitrep.Tests.Time;

public class TimeEdgeCaseTests
{
    [Theory]
    [InlineData("on Saturday", "")]
    [InlineData("yesterday", "")]
    [InlineData("in October", "")]
    [InlineData("on 16 November", "")]
    [InlineData("last week", "")]
    [InlineData("overnight", "")]
    [InlineData("since August", "")]
    [InlineData("the past 24 hours", "")]
    public void Parse_RelativeWithoutPublicationDate_UnresolvedNoPublicationDate(string expression, string published)
    {
        var result = TimeResolver.Parse(expression, Date(published));
        Assert.Equal(TimeResolutionStatus.Unresolved, result.Status);
        Assert.Equal(TimeReason.NoPublicationDate, result.Reason);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("on 16 November 2024", "2024-11-16")]
    [InlineData("on Nov. 16, 2024", "2024-11-16")]
    [InlineData("2024-11-16", "2024-11-16")]
    [InlineData("16.11.2024", "2024-11-16")]
    public void Parse_AbsoluteWithYearWithoutPublicationDate_Resolves(string expression, string expected)
    {
        var result = TimeResolver.Parse(expression, null);
        Assert.True(result.IsResolved, result.ToString());
        Assert.Equal(Date(expected), result.Value!.EventDate);
    }

    [Theory]
    [InlineData("recently", TimeReason.TooVague)]
    [InlineData("in recent weeks", TimeReason.TooVague)]
    [InlineData("a few days ago", TimeReason.TooVague)]
    [InlineData("the next day", TimeReason.Anaphoric)]
    [InlineData("the previous night", TimeReason.Anaphoric)]
    [InlineData("31 February 2024", TimeReason.InvalidDate)]
    [InlineData("29 February 2023", TimeReason.InvalidDate)]
    [InlineData("2024-13-40", TimeReason.InvalidDate)]
    [InlineData("the night of 16 to 18 November", TimeReason.InvalidDate)]
    [InlineData("between 12 and 10 November", TimeReason.InvalidDate)]
    public void Parse_NotOneDay_UnresolvedWithReason(string expression, TimeReason reason)
    {
        var result = TimeResolver.Parse(expression, Date("2024-11-17"));
        Assert.Equal(TimeResolutionStatus.Unresolved, result.Status);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void Parse_SlashedDateBothReadingsPast_AmbiguousWithBothCandidates()
    {
        var result = TimeResolver.Parse("03/04/2024", Date("2024-11-17"));
        Assert.Equal(TimeResolutionStatus.Ambiguous, result.Status);
        Assert.Equal(TimeReason.AmbiguousFormat, result.Reason);
        Assert.Equal([Date("2024-04-03"), Date("2024-03-04")], result.Candidates.Select(c => c.EventDate));
    }

    [Fact]
    public void Parse_SlashedDateOneReadingAfterPublication_ChoosesThePastReading()
    {
        var result = TimeResolver.Parse("05/11/2024", Date("2024-05-20"));
        Assert.True(result.IsResolved, result.ToString());
        Assert.Equal(Date("2024-05-11"), result.Value!.EventDate);
    }

    [Theory]
    // Year boundaries
    [InlineData("in December", "2025-01-05", "2024-12-15")]
    [InlineData("on 30 December", "2025-01-05", "2024-12-30")]
    [InlineData("on 3 January", "2024-12-30", "2025-01-03")]
    [InlineData("last week", "2025-01-02", "2024-12-26")]
    [InlineData("last month", "2025-01-10", "2024-12-15")]
    [InlineData("yesterday", "2025-01-01", "2024-12-31")]
    [InlineData("on Tuesday", "2025-01-01", "2024-12-31")]
    // Leap days
    [InlineData("yesterday", "2024-03-01", "2024-02-29")]
    [InlineData("on 29 February", "2028-03-10", "2028-02-29")]
    [InlineData("in February", "2024-03-05", "2024-02-15")]
    // A weekday on its own publication day is that day; the day before is a week back
    [InlineData("on Saturday", "2024-11-16", "2024-11-16")]
    [InlineData("on Friday", "2024-11-16", "2024-11-15")]
    [InlineData("on Sunday", "2024-11-16", "2024-11-10")]
    // A month on its own publication month is this month; a later month is last year's
    [InlineData("in November", "2024-11-17", "2024-11-15")]
    [InlineData("in December", "2024-11-17", "2023-12-15")]
    // Last week on a Monday is the week that ended the day before
    [InlineData("last week", "2024-11-18", "2024-11-14")]
    public void Parse_EdgeCases_EventDate(string expression, string published, string expected)
    {
        var result = TimeResolver.Parse(expression, Date(published));
        Assert.True(result.IsResolved, result.ToString());
        Assert.Equal(Date(expected), result.Value!.EventDate);
    }

    [Theory]
    [InlineData("Russia may strike the grid again, officials warned.")]
    [InlineData("He sat down with reporters and the Sun reported his words.")]
    [InlineData("March on Kyiv, the commander ordered.")]
    [InlineData("About 10,000 North Korean troops were sent to Russia.")]
    [InlineData("The 95th Air Assault Brigade and the 36th Separate Marine Brigade fought there.")]
    [InlineData("The battalion lost 1.5 tonnes of supplies and 2,000 rounds.")]
    [InlineData("Version 1.2.3 of the app was released.")]
    public void Detect_NoTimeExpression_FindsNothing(string sentence)
    {
        Assert.Empty(TimeDetector.Default.Detect(sentence));
    }

    [Fact]
    public void Detect_SeveralExpressions_SpansSliceTheirText()
    {
        const string text = "Shelling began on Saturday night and continued until Monday, 18 November 2024. Since August, in October and last week, strikes rose.";
        var found = TimeDetector.Default.Detect(text);
        Assert.Equal(["Saturday night", "Monday, 18 November 2024", "Since August", "October", "last week"], found.Select(f => f.Text));
        Assert.All(found, f => Assert.Equal(f.Text, text[f.Span.Start..f.Span.End]));
    }

    [Fact]
    public void Detect_NameFlags_CapitalisedAndPeriodRules()
    {
        Assert.Equal(["Sat."], TimeDetector.Default.Detect("The strike came on Sat. after talks.").Select(f => f.Text));
        Assert.Empty(TimeDetector.Default.Detect("They sat in the dark on the sun deck."));
        Assert.Equal(["May 5"], TimeDetector.Default.Detect("Troops may move on May 5.").Select(f => f.Text));
    }

    [Fact]
    public void Values_Week_StartsMondayAndIsCodedOnThursday()
    {
        var week = WeekValue.Containing(Date("2024-11-17")!.Value);
        Assert.Equal(Date("2024-11-11"), week.DateStart);
        Assert.Equal(Date("2024-11-17"), week.DateEnd);
        Assert.Equal(Date("2024-11-14"), week.EventDate);
        Assert.Equal(2, week.AcledTimePrecision);
        Assert.Throws<ArgumentException>(() => new WeekValue(Date("2024-11-12")!.Value));
    }

    [Theory]
    [InlineData("2024-11-01", "2024-11-01", 1)]
    [InlineData("2024-11-01", "2024-11-08", 2)]
    [InlineData("2024-11-01", "2024-11-09", 3)]
    [InlineData("2024-11-01", "2024-12-01", 3)]
    [InlineData("2024-11-01", "2024-12-02", 0)]
    public void Values_RangePrecision_FollowsLength(string start, string end, int precision)
    {
        var range = new RangeValue(Date(start)!.Value, Date(end)!.Value);
        Assert.Equal(precision == 0 ? null : precision, range.AcledTimePrecision);
        Assert.Equal(precision == 0, range.EventDate is null);
    }

    [Fact]
    public void Resolution_Unresolved_RequiresAReason()
    {
        Assert.Throws<ArgumentException>(() => TimeResolution.Unresolved(TimeReason.None, "x"));
        Assert.Throws<ArgumentException>(() => TimeResolution.Ambiguous([new DayValue(Date("2024-01-01")!.Value)], TimeReason.AmbiguousFormat, "x"));
    }
}
