using Sitrep.Tests.Support;
using Sitrep.Time.Evaluation;

namespace Sitrep.Tests.Time;

public class TimeEvaluatorTests
{
    [Fact]
    public void Articles_QuotedEntries_SplitIntoDateAndHeadline()
    {
        var articles = TimeEvaluator.Articles("\"Reuters News,2014-02-18,Ukraine police battle protesters, says one\";\"Agence France Presse,2014-02-19,Four killed\"");
        Assert.Equal(2, articles.Count);
        Assert.Equal(new DateOnly(2014, 2, 18), articles[0].Published);
        Assert.Equal("Ukraine police battle protesters, says one", articles[0].Headline);
        Assert.Equal("Four killed", articles[1].Headline);
    }

    [Theory]
    [InlineData("1/22/2014 12:00:00 AM", 2014, 1, 22)]
    [InlineData("07/11/2019 00:00", 2019, 7, 11)]
    public void TryGoldDate_UcdpFormats_MonthFirst(string text, int year, int month, int day)
    {
        Assert.True(TimeEvaluator.TryGoldDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void IsTest_SameId_SameSplitAndRoughlyHalf()
    {
        var ids = Enumerable.Range(100000, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(ids.Select(TimeEvaluator.IsTest), ids.Select(TimeEvaluator.IsTest));
        Assert.InRange(ids.Count(TimeEvaluator.IsTest), 800, 1200);
    }

    [SharedDataFact(TimeEvaluator.DefaultRelativePath)]
    public void Evaluate_UcdpHeadlines_ResolvedDatesMatchGoldStart()
    {
        // Measured 2026-11-25: dev 82.7 % exact (210/254), test 81.8 % (171/209); event date within the gold range
        // 89.0 % on both. Most misses are UCDP coding a "past 24 hours" or "past week" report two ways (see the report).
        var report = TimeEvaluator.Evaluate(SharedData.PathOf(TimeEvaluator.DefaultRelativePath));
        foreach (var split in new[] { report.Dev, report.Test })
        {
            Assert.True(split.RowsGivingDate >= 150, report.ToText());
            Assert.True(split.ExactStartRate >= 0.78, report.ToText());
            Assert.True(split.WithinRate >= 0.85, report.ToText());
            // The text must beat ignoring it: dating by publication alone is right far less often on these rows.
            Assert.True(split.ExactStartRate > split.BaselineRate + 0.5, report.ToText());
        }
    }

    [Theory]
    [InlineData("Daily Report 105/2020 4 May 2020", true)]
    [InlineData("Situation Update, east of Ukraine as of morning, June 07, 2018", true)]
    [InlineData("Euromaidan Press @EuromaidanPress · Jul 10", true)]
    [InlineData("DPR reports two ceasefire violations by Ukrainian troops in past day", false)]
    [InlineData("18 killed in Ukraine fighting in past 24 hours: official", false)]
    public void IsBulletinTitle_ReportStampsOnly(string headline, bool expected)
    {
        Assert.Equal(expected, TimeEvaluator.IsBulletinTitle(headline));
    }
}
