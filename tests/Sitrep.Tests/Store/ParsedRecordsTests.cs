using Sitrep.Store;
using Xunit;

namespace Sitrep.Tests.Store;

public sealed class ParsedRecordsTests
{
    private sealed record Parsed(string Json);

    [Fact]
    public void Get_SameJson_ParsesOnceAndReturnsTheSameInstance()
    {
        var parses = 0;
        var records = new ParsedRecords<Parsed>(json => { parses++; return new Parsed(json); });

        var first = records.Get("{\"id\":\"e1\",\"fatalities\":3}");
        var second = records.Get(string.Concat("{\"id\":\"e1\",", "\"fatalities\":3}")); // equal text, another string

        Assert.Same(first, second);
        Assert.Equal(1, parses);
    }

    [Fact]
    public void Get_RevisedJsonOfTheSameLength_IsParsedAgain()
    {
        // A revised article may store a record whose JSON differs in one character only: never the stale record.
        var records = new ParsedRecords<Parsed>(json => new Parsed(json));

        var before = records.Get("{\"id\":\"e1\",\"fatalities\":3}");
        var after = records.Get("{\"id\":\"e1\",\"fatalities\":4}");

        Assert.NotSame(before, after);
        Assert.Equal("{\"id\":\"e1\",\"fatalities\":4}", after.Json);
    }

    [Fact]
    public void Get_BeyondCapacity_StaysBounded()
    {
        var records = new ParsedRecords<Parsed>(json => new Parsed(json), capacity: 10);

        for (var i = 0; i < 95; i++)
        {
            records.Get($"{{\"id\":\"e{i}\"}}");
        }

        Assert.InRange(records.Count, 1, 10);
        Assert.Equal("{\"id\":\"e94\"}", records.Get("{\"id\":\"e94\"}").Json);
    }
}
