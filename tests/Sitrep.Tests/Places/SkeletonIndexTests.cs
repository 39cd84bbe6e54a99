using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// <see cref="SkeletonIndex.Near"/> generates the strings one edit away instead of scanning every skeleton: it must
/// find the same skeletons, in the order they were added, as the scan with <see cref="SkeletonIndex.WithinOneEdit"/>.
/// </summary>
public class SkeletonIndexTests
{
    [Fact]
    public void Near_RandomIndexAndQueries_EqualsFullScanInAddedOrder()
    {
        var random = new Random(7);
        const string letters = "bcdfhklmnprstvz";
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])]);

        var index = new SkeletonIndex();
        var skeletons = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var s = Word(random.Next(2, 7));
            index.Add(s, i);
            if (!skeletons.Contains(s))
            {
                skeletons.Add(s);
            }
        }

        index.Freeze();
        var queries = new List<string> { "", "b", "zz" };
        for (var i = 0; i < 300; i++)
        {
            // Mutations of indexed skeletons (insert, drop, change, swap) and fresh strings, some with letters the index lacks.
            var s = skeletons[random.Next(skeletons.Count)];
            var at = random.Next(s.Length);
            queries.Add((i % 5) switch
            {
                0 => s.Insert(at, "k"),
                1 => s.Remove(at, 1),
                2 => s[..at] + "q" + s[(at + 1)..],
                3 => at + 1 < s.Length ? s[..at] + s[at + 1] + s[at] + s[(at + 2)..] : s,
                _ => Word(random.Next(1, 8)),
            });
        }

        var nonEmpty = 0;
        foreach (var query in queries)
        {
            var expected = Enumerable.Range(0, index.Count)
                .Where(slot => Math.Abs(index.SkeletonAt(slot).Length - query.Length) <= 1 && SkeletonIndex.WithinOneEdit(query, index.SkeletonAt(slot)))
                .ToList();
            Assert.Equal(expected, index.Near(query));
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty > 100);
    }

    [Fact]
    public void Add_SamePlaceTwice_KeptOnce()
    {
        var index = new SkeletonIndex();
        index.Add("svtldrsk", 4);
        index.Add("svtldrsk", 4);
        index.Add("svtldrsk", 9);
        Assert.True(index.Freeze().TryGetValue("svtldrsk", out var places));
        Assert.Equal(new[] { 4, 9 }, places);
        Assert.False(index.TryGetValue("svtdrsk", out _));
        Assert.Equal(new[] { 0 }, index.Near("svtdrsk"));
    }
}
