using Sitrep.Store;

namespace Sitrep.Tests.Support;

/// <summary>The fused events' actors column (what the actor filter reads) must hold exactly the words of their reports' own columns.</summary>
public static class FusedActorsCheck
{
    public static void AssertMatchTheirReports(SqlStore store)
    {
        var checkedAny = false;
        foreach (var (id, stored, fromReports) in store.FusedActorsAndReports())
        {
            Assert.True(stored == fromReports, $"fused event {id}: actors column {stored}, its reports {fromReports}");
            checkedAny = true;
        }

        Assert.True(checkedAny, "no fused event to check");
    }
}
