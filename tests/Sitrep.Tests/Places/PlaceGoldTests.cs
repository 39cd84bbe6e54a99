using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>The place gold (data/gold/places): its splits and how the evaluator counts a report it cannot place.</summary>
public class PlaceGoldTests
{
    private static IReadOnlyList<PlaceGoldReport> Split(string split) =>
        PlaceGoldEvaluator.Load(Path.Combine(SharedData.RepositoryRoot, "data", "gold", "places", $"places.{split}.jsonl"));

    [Fact]
    public void Splits_AreDisjointAndHoldEveryClass()
    {
        var dev = Split("dev");
        var test = Split("test");

        Assert.Empty(dev.Select(r => r.Id).Intersect(test.Select(r => r.Id)));
        Assert.Equal(dev.Select(r => r.Class).Distinct().Order(), test.Select(r => r.Class).Distinct().Order());
        Assert.All(dev.Concat(test), r => Assert.InRange(r.GeoPrecision, 1, 3));
    }

    [Fact]
    public void Evaluate_UnplacedReports_CountAsMissesOnEveryField()
    {
        var text = PlaceGoldEvaluator.Evaluate(Split("dev"), (_, _, _) => null);
        var reports = Split("dev").Count;

        Assert.Contains($"located   0; admin1 0/{reports} = 0.000, location 0/{reports} = 0.000, geo_precision 0/{reports} = 0.000", text, StringComparison.Ordinal);
    }
}
