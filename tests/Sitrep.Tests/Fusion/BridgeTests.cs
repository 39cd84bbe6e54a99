using Sitrep.Fusion;
using Sitrep.Output;
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
    public void ChooseWithBridges_EventFitsTheReportButNotTheJoinedReportOnAverage_BridgesNothing()
    {
        // The governor's line (four vendors killed, where the others count three) fits the wire, but not the town
        // outlet's report: no rule keeps it from that report, yet its mean score with the wire and the town's report
        // stays below the threshold, so had the wire come first the governor would not have joined them. The score,
        // not only the hard rules, decides a bridge.
        var fuser = new EventFuser();
        var wire = BridgedFusionTests.Member(BridgedFusionTests.Wire("wire/ev0"), "wire");
        const string Four = "A drone hit the central market, killing four vendors, the regional governor said.";
        var governor = BridgedFusionTests.Member(
            BridgedFusionTests.Governor("governor/ev0") with { Fatalities = 4, Evidence = [new SpanRecord(0, Four.Length, Four)] }, "governor");
        var town = new FusionCandidate("F-town", [BridgedFusionTests.Member(BridgedFusionTests.Town("town/ev0"), "town")]);
        var alone = new FusionCandidate("F-governor", [governor]);
        Assert.True(EventFuser.Score(wire, town) > EventFuser.Score(wire, alone), "the town's report is the better fit");
        Assert.True(EventFuser.Score(wire, alone) >= fuser.Threshold, $"{EventFuser.Score(wire, alone):0.000}");
        Assert.True(EventMatcher.Match(governor, town.Members[0]).IsCompatible);
        var together = new FusionCandidate("F-town", [wire, town.Members[0]]);
        Assert.True(EventFuser.Score(governor, together) < fuser.Threshold, $"{EventFuser.Score(governor, together):0.000}");

        var choice = fuser.ChooseWithBridges(wire, [town, alone]);

        Assert.Equal("F-town", choice.Joined);
        Assert.Empty(choice.Bridged);
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
