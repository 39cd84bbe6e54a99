using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// An undated report tells of the days before its publication (issue #7): it may join an event of those days, but not
/// one of months before, however alike their words; the store's candidate search relies on the same bound.
/// </summary>
public class UndatedReachTests
{
    private static readonly DateOnly _published = new(2024, 11, 20);

    private const string _evidence = "Russian forces shelled a residential district of Kharkiv, killing two residents.";

    private static EventRecord Report(string id, DateOnly? day) => new()
    {
        Id = id,
        EventType = "Explosions/Remote violence",
        SubEventType = "Shelling/artillery/missile attack",
        PloverEvent = "ASSAULT",
        Actor1 = new ActorRecord("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces"),
        Actor2 = new ActorRecord("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "residents"),
        EventDate = day,
        DateStart = day,
        DateEnd = day,
        TimePrecision = day is null ? null : 1,
        Modality = "asserted",
        Evidence = [new SpanRecord(0, _evidence.Length, _evidence)],
    };

    [Theory]
    [InlineData(-3, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(-EventMatcher.UndatedReachDays, true)]
    [InlineData(-EventMatcher.UndatedReachDays - 1, false)]
    [InlineData(-90, false)]
    [InlineData(5, false)]
    public void Match_UndatedReport_JoinsOnlyEventsItsPublicationReaches(int daysFromPublication, bool compatible)
    {
        var dated = Report("dated", _published.AddDays(daysFromPublication));
        var undated = Report("undated", null);

        var match = EventMatcher.Match(dated, undated, publishedA: _published.AddDays(Math.Max(daysFromPublication, 0)), publishedB: _published);
        var reversed = EventMatcher.Match(undated, dated, publishedA: _published, publishedB: _published.AddDays(Math.Max(daysFromPublication, 0)));

        Assert.Equal(compatible, match.IsCompatible);
        Assert.Equal(compatible, reversed.IsCompatible);
        if (!compatible)
        {
            Assert.Equal("undated report published long after the other's dates", match.Veto);
        }
    }

    [Fact]
    public void Match_UndatedReportWithoutPublicationDay_IsNotBounded()
    {
        var old = Report("old", _published.AddDays(-200));

        Assert.True(EventMatcher.Match(old, Report("undated", null)).IsCompatible);
    }
}
