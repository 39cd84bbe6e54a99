using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

public class ClaimCampsTests
{
    private static readonly string?[] _names = [null, "Pentagon", "Kremlin", "Andrii Kovalenko", "Dmitry Peskov"];
    private static readonly string?[] _countries = [null, "USA", "RUS", "UKR"];
    private static readonly string?[] _affiliations = [null, "National Security and Defense Council", "Ministry of Defence"];
    private static readonly string[] _texts = ["an official", "the military", "a spokesman", "sources"];

    /// <summary>The definition: identified members linked pairwise by <see cref="ClaimFeatures.SameCamp"/>, counted as groups.</summary>
    private static int PairwiseCamps(IReadOnlyList<MemberClaim> members)
    {
        var identified = members.Where(m => m.Features.Identity.Any(k => !k.StartsWith("text:", StringComparison.Ordinal))).ToList();
        var camp = Enumerable.Range(0, identified.Count).ToArray();
        int Find(int i) => camp[i] == i ? i : camp[i] = Find(camp[i]);
        for (var i = 0; i < identified.Count; i++)
        {
            for (var j = i + 1; j < identified.Count; j++)
            {
                if (identified[i].Features.SameCamp(identified[j].Features))
                {
                    camp[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, identified.Count).Select(Find).Distinct().Count();
    }

    [Fact]
    public void Camps_RandomClaimants_SameAsComparingEveryPair()
    {
        var rng = new Random(42);
        T Pick<T>(IReadOnlyList<T> pool) => pool[rng.Next(pool.Count)];
        var sawSeveral = false;
        for (var trial = 0; trial < 300; trial++)
        {
            var members = Enumerable.Range(0, rng.Next(0, 25)).Select(i =>
            {
                var claimant = rng.Next(6) == 0 ? null : new ClaimantRecord(Pick(_names), null, Pick(_affiliations), Pick(_countries), null, false, Pick(_texts));
                var claim = new ClaimRecord { Id = $"a{i}/c0", Kind = "direct", Content = new SpanRecord(0, 5, "troops"), Claimant = claimant };
                return new MemberClaim(claim, $"a{i}", null, null, null, []);
            }).ToList();
            var expected = PairwiseCamps(members);
            sawSeveral |= expected >= 3;
            Assert.Equal(expected, ClaimMerger.Camps(members));
        }

        Assert.True(sawSeveral);
    }
}
