using System.Globalization;
using Sitrep.Store;
using Xunit;

namespace Sitrep.Tests.Store;

public sealed class ClaimKeyCacheTests
{
    private const string _low = "2025-03-01";
    private const string _high = "2025-04-30";

    /// <summary>The claim key table as the database holds it: (term, day, fused id) rows, '' for an undated member.</summary>
    private sealed class KeyTable
    {
        public HashSet<(string Term, string Day, string FusedId)> Rows { get; } = [];

        /// <summary>What the store's loader reads for a term: the window's days and the undated ones.</summary>
        public IEnumerable<(string Day, string FusedId)> Load(string term) =>
            [.. Rows.Where(r => r.Term == term && (r.Day.Length == 0 || (string.CompareOrdinal(r.Day, _low) >= 0 && string.CompareOrdinal(r.Day, _high) <= 0)))
                .Select(r => (r.Day, r.FusedId))];

        /// <summary>The candidate search's SQL, restated: distinct shared terms per fused claim, at least two, most first, ties by id.</summary>
        public List<string> Search(IReadOnlyList<string> terms, string from, string to, string? except, int limit) =>
        [
            .. Rows.Where(r => terms.Contains(r.Term) && (r.Day.Length == 0 || (string.CompareOrdinal(r.Day, from) >= 0 && string.CompareOrdinal(r.Day, to) <= 0)) && r.FusedId != except)
                .GroupBy(r => r.FusedId)
                .Select(g => (Id: g.Key, Count: g.Select(r => r.Term).Distinct().Count()))
                .Where(h => h.Count >= 2)
                .OrderByDescending(h => h.Count)
                .ThenBy(h => h.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(h => h.Id),
        ];
    }

    [Fact]
    public void Candidates_InterleavedWithAddsAndDeletes_AnswerAsTheTableDoes()
    {
        var random = new Random(7);
        var table = new KeyTable();
        string[] terms = ["kill", "attack", "drone", "village", "iso:UKR", "iso:RUS", "n:12", "shell", "troop", "border"];
        string Day() => random.Next(6) == 0 ? "" : new DateOnly(2025, 2, 1).AddDays(random.Next(120)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Fused() => "C" + random.Next(40).ToString("x4", CultureInfo.InvariantCulture);
        for (var i = 0; i < 600; i++)
        {
            table.Rows.Add((terms[random.Next(terms.Length)], Day(), Fused()));
        }

        var cache = new ClaimKeyCache(_low, _high, table.Load);
        var searches = 0;
        for (var step = 0; step < 3000; step++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var key = (terms[random.Next(terms.Length)], Day(), Fused());
                    table.Rows.Add(key);
                    cache.Added(key.Item1, key.Item2, key.Item3);
                    break;
                case 1 when random.Next(5) == 0:
                    var deleted = Fused();
                    table.Rows.RemoveWhere(r => r.FusedId == deleted);
                    cache.Deleted(deleted);
                    break;
                default:
                    var query = terms.Where(_ => random.Next(2) == 0).ToList();
                    var from = new DateOnly(2025, 3, 1).AddDays(random.Next(40));
                    var (f, t) = (from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.AddDays(random.Next(21)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    var except = random.Next(3) == 0 ? Fused() : null;
                    Assert.True(cache.Covers(f, t));
                    Assert.Equal(table.Search(query, f, t, except, 5), cache.Candidates(query, f, t, except, 5));
                    searches++;
                    break;
            }
        }

        Assert.True(searches > 1000);
    }

    [Fact]
    public void Covers_RangeBeyondTheWindow_IsLeftToTheDatabase()
    {
        var cache = new ClaimKeyCache(_low, _high, _ => []);

        Assert.True(cache.Covers(_low, _high));
        Assert.False(cache.Covers("2025-02-28", "2025-03-10"));
        Assert.False(cache.Covers("2025-04-20", "2025-05-01"));
    }

    [Fact]
    public void Candidates_SameTermOnSeveralDays_CountsOnce()
    {
        var table = new KeyTable();
        table.Rows.UnionWith([("kill", "2025-03-10", "C1"), ("kill", "2025-03-11", "C1"), ("kill", "", "C1"), ("drone", "2025-03-10", "C2"), ("kill", "2025-03-10", "C2")]);
        var cache = new ClaimKeyCache(_low, _high, table.Load);

        // C1 shares one term (on three days), C2 two: only C2 reaches the two shared terms a candidate needs.
        Assert.Equal(["C2"], cache.Candidates(["kill", "drone"], "2025-03-01", "2025-03-20", null, 16));
    }
}
