using Sitrep.Store;
using Xunit;

namespace Sitrep.Tests.Store;

public sealed class PendingClaimMembersTests
{
    [Fact]
    public void Move_FusedClaimRenamedThenDeleted_MembershipsFollowInTheirOrder()
    {
        var pending = new PendingClaimMembers();
        Assert.True(pending.TryAdd("c1", "F1"));
        Assert.True(pending.TryAdd("c2", "F2"));
        Assert.True(pending.TryAdd("c3", "F1"));
        Assert.False(pending.TryAdd("c1", "F2"));

        pending.Move("F1", to: "F0");
        Assert.Equal("F0", pending.FusedOf("c3"));
        Assert.False(pending.HasAny(["F1"]));
        Assert.True(pending.HasAny(["F9", "F0"]));

        pending.Move("F2", to: null);
        Assert.False(pending.HasAny(["F2"]));
        Assert.Equal([("c1", "F0"), ("c3", "F0")], pending.Drain());
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void Move_OntoAFusedClaimWithMembers_BothSetsMoveTogetherAfterwards()
    {
        var pending = new PendingClaimMembers();
        pending.TryAdd("c1", "F1");
        pending.TryAdd("c2", "F2");

        pending.Move("F1", to: "F2");
        pending.Move("F2", to: "F3");

        Assert.Equal([("c1", "F3"), ("c2", "F3")], pending.Drain());
    }
}
