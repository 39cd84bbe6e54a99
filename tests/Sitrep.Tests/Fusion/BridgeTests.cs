using Sitrep.Fusion;
using Sitrep.Tests.Store;

namespace Sitrep.Tests.Fusion;

/// <summary>A report that fits two fused events bridges them only when nothing keeps their reports apart.</summary>
public class BridgeTests
{
    [Fact]
    public void ChooseWithBridges_ReportFitsTwoEventsOfOneIncident_JoinsOneAndBridgesTheOther()
    {
        var fuser = new EventFuser();
        var town = new FusionCandidate("F-town", [BridgedFusionTests.Member(BridgedFusionTests.Town("town/ev0"), "town")]);
        var governor = new FusionCandidate("F-governor", [BridgedFusionTests.Member(BridgedFusionTests.Governor("governor/ev0"), "governor")]);

        var choice = fuser.ChooseWithBridges(BridgedFusionTests.Member(BridgedFusionTests.Wire("wire/ev0"), "wire"), [town, governor]);

        Assert.NotNull(choice.Joined);
        Assert.Equal([choice.Joined == "F-town" ? "F-governor" : "F-town"], choice.Bridged);
    }

    [Fact]
    public void ChooseWithBridges_ReportFitsEventsInTwoTowns_BridgesNothing()
    {
        // The governor's unplaced line fits the strike on Kupiansk and the one on Kostiantynivka the same day, but two
        // named towns are two events (a hard rule): it joins one and leaves the other alone.
        var fuser = new EventFuser();
        var kupiansk = BridgedFusionTests.Wire("a/ev0");
        var kostiantynivka = kupiansk with { Id = "b/ev0", Location = "Kostiantynivka", Admin1 = "Donetsk", Latitude = 48.5277, Longitude = 37.7069 };
        var incoming = BridgedFusionTests.Member(BridgedFusionTests.Governor("c/ev0") with { Evidence = kupiansk.Evidence }, "c");
        var candidates = new[]
        {
            new FusionCandidate("F-a", [BridgedFusionTests.Member(kupiansk, "a")]),
            new FusionCandidate("F-b", [BridgedFusionTests.Member(kostiantynivka, "b")]),
        };
        Assert.All(candidates, c => Assert.True(EventFuser.Score(incoming, c) >= fuser.Threshold, $"{c.FusedId}: {EventFuser.Score(incoming, c):0.000}"));
        Assert.False(EventMatcher.Match(candidates[0].Members[0], candidates[1].Members[0]).IsCompatible);

        var choice = fuser.ChooseWithBridges(incoming, candidates);

        Assert.NotNull(choice.Joined);
        Assert.Empty(choice.Bridged);
    }
}
