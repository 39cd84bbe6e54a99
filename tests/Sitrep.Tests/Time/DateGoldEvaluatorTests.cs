using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Time;
using Sitrep.Time.Evaluation;

namespace Sitrep.Tests.Time;

public class DateGoldEvaluatorTests
{
    private static readonly DateGoldReport _report = new(
        "dt-x", "Gunmen attacked a bar in Moroleon on Saturday night, police said on Monday.", new DateOnly(2024, 9, 30), "part",
        "Saturday night", new DateOnly(2024, 9, 28), new DateOnly(2024, 9, 29), new DateOnly(2024, 9, 28), 1);

    private static TimeMention Mention(string text, string phrase, TimeValue value)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new TimeMention(new TextSpan(start, start + phrase.Length), phrase, TimeExpressionKind.Relative, TimeRule.Weekday, TimeResolution.Resolved(value));
    }

    [Fact]
    public void Score_MentionOverGoldExpression_ComparesItsSpanAndTheEventDate()
    {
        var night = Mention(_report.Text, "Saturday night", new NightValue(new DateOnly(2024, 9, 28)));
        var monday = Mention(_report.Text, "Monday", new DayValue(new DateOnly(2024, 9, 30)));

        var right = DateGoldEvaluator.Score(_report, new DateGoldOutcome([night, monday], new DateOnly(2024, 9, 28)));
        var wrongDay = DateGoldEvaluator.Score(_report, new DateGoldOutcome([monday], new DateOnly(2024, 9, 30)));

        Assert.Same(night, right.Mention);
        Assert.True(right.Resolved && right.EventDateCorrect);
        Assert.Null(wrongDay.Mention);
        Assert.False(wrongDay.Resolved || wrongDay.EventDateCorrect);
    }

    [Fact]
    public void Evaluate_CountsFoundResolvedAndEventDatesPerClass()
    {
        var night = Mention(_report.Text, "Saturday night", new DayValue(new DateOnly(2024, 9, 28)));

        var text = DateGoldEvaluator.Evaluate([_report], (_, _, _) => new DateGoldOutcome(ImmutableArray.Create(night), new DateOnly(2024, 9, 28)), errors: true);

        Assert.Contains("found 1/1 = 1.000, start and end 0/1 = 0.000, event date 1/1 = 1.000", text, StringComparison.Ordinal);
        Assert.Contains("dt-x (part)", text, StringComparison.Ordinal);
    }
}
