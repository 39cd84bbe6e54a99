using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

/// <summary>The one reading of a sector code as a kind of actor, shared by the actor resolver and the claims stage.</summary>
public class SectorInterTests
{
    [Theory]
    [InlineData("MIL", ActorInter.StateForces)]
    [InlineData("SPY", ActorInter.StateForces)]
    [InlineData("JUD", ActorInter.StateForces)]
    [InlineData("REB", ActorInter.PoliticalMilitia)]
    [InlineData("UAF", ActorInter.PoliticalMilitia)]
    [InlineData("CRM", ActorInter.PoliticalMilitia)]
    [InlineData("NGO", ActorInter.Civilians)]
    [InlineData(null, ActorInter.Civilians)]
    public void Of_SectorCode_IsItsKindOfActor(string? sector, ActorInter expected) => Assert.Equal(expected, SectorInter.Of(sector));
}
