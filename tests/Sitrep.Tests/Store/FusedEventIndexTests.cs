using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Output;
using Sitrep.Store;
using Xunit;

namespace Sitrep.Tests.Store;

public sealed class FusedEventIndexTests
{
    private static readonly string?[] _types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", null];
    private static readonly string?[] _plovers = ["ASSAULT", "COERCE", "PROTEST", null];
    private static readonly string?[] _admin1 = ["Donetsk", "Kharkiv", "Sumy", null];
    private static readonly string?[] _iso3 = ["UKR", "RUS", null];
    private static readonly string[] _modalities = ["asserted", "hypothetical"];

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fused_events row as the store writes it: both dates or neither, wide when undated or longer than 31 days.</summary>
    private static FusedEventKey RandomRow(Random random, string id)
    {
        string? start = null, end = null;
        var wide = true;
        if (random.Next(6) > 0)
        {
            var first = new DateOnly(2024, 10, 1).AddDays(random.Next(90));
            var span = random.Next(5) == 0 ? random.Next(60) : random.Next(3);
            (start, end, wide) = (Day(first), Day(first.AddDays(span)), span > 31);
        }

        return new FusedEventKey(id, Pick(random, _types), Pick(random, _plovers), wide, start, end, Pick(random, _modalities), Pick(random, _iso3));
    }

    private static EventRecord RandomReport(Random random, int i)
    {
        DateOnly? start = null, end = null;
        if (random.Next(5) > 0)
        {
            start = new DateOnly(2024, 10, 1).AddDays(random.Next(100));
            end = random.Next(3) == 0 ? start.Value.AddDays(random.Next(10)) : start;
        }

        return new EventRecord
        {
            Id = "probe" + i.ToString(CultureInfo.InvariantCulture),
            EventType = Pick(random, _types),
            PloverEvent = Pick(random, _plovers),
            Admin1 = Pick(random, _admin1),
            Iso3 = Pick(random, _iso3),
            Modality = Pick(random, _modalities),
            EventDate = start,
            DateStart = start,
            DateEnd = end,
        };
    }

    [Fact]
    public void Candidates_RandomStoreAndReports_SameAsTheCandidateSql()
    {
        var random = new Random(11);
        WithStore((store, path) =>
        {
            // The rows go in directly: the test needs every combination of known and unknown fields, not real fusion.
            InsertRows(path, Enumerable.Range(0, 800).Select(i =>
                (RandomRow(random, "F" + i.ToString("x4", CultureInfo.InvariantCulture)), Pick(random, _admin1)))); // admin1: no part of the search

            var reports = Enumerable.Range(0, 400).Select(i => RandomReport(random, i)).ToList();
            var results = store.CompareCandidateSearches(reports);
            Assert.True(results.Sum(r => r.Sql.Count) > 2_000, "the probes should find many candidates");
            for (var i = 0; i < reports.Count; i++)
            {
                Assert.Equal(results[i].Sql, results[i].Memory);
            }

            // Undated reports of a known publication day search only the days it reaches (and the undated rows).
            var published = new DateOnly(2024, 11, 20);
            var bounded = store.CompareCandidateSearches(reports, published);
            for (var i = 0; i < reports.Count; i++)
            {
                Assert.Equal(bounded[i].Sql, bounded[i].Memory);
                if (reports[i].DateStart is null)
                {
                    Assert.Subset(results[i].Sql.ToHashSet(), bounded[i].Sql.ToHashSet());
                }
                else
                {
                    Assert.Equal(results[i].Sql, bounded[i].Sql);
                }
            }

            var undated = Enumerable.Range(0, reports.Count).Where(i => reports[i].DateStart is null).ToList();
            Assert.True(undated.Sum(i => bounded[i].Sql.Count) < undated.Sum(i => results[i].Sql.Count) / 2, "the publication day should bound the undated reports' search");
        });
    }

    /// <summary>
    /// Outlets file one incident under different first-level divisions (Sugapa under Papua by one, under Central Papua
    /// by the gazetteer for another): the search offers the fused events of every division of the report's country,
    /// and the matcher decides, but never those of another country.
    /// </summary>
    [Fact]
    public void Candidates_OtherDivisionOfTheSameCountry_OfferedButNotAnotherCountry()
    {
        WithStore((store, path) =>
        {
            static FusedEventKey Row(string id, string iso3) => new(id, "Battles", "FIGHT", false, "2025-03-04", "2025-03-04", "asserted", iso3);
            InsertRows(path, [(Row("F1", "IDN"), "Papua"), (Row("F2", "IDN"), "Central Papua"), (Row("F3", "PNG"), "Sandaun")]);
            var day = new DateOnly(2025, 3, 4);
            var report = new EventRecord
            {
                Id = "probe",
                EventType = "Battles",
                PloverEvent = "FIGHT",
                Admin1 = "Central Papua",
                Iso3 = "IDN",
                Modality = "asserted",
                EventDate = day,
                DateStart = day,
                DateEnd = day,
            };
            var (memory, sql) = store.CompareCandidateSearches([report])[0];
            Assert.Equal(["F1", "F2"], memory);
            Assert.Equal(memory, sql);
        });
    }

    /// <summary>Runs a test on a new SQLite store file, removed afterwards with its journal files.</summary>
    private static void WithStore(Action<SqliteStore, string> test)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-index-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using var store = SqliteStore.Open(path);
            test(store, path);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Writes fused_events rows as given, each with its first-level division.</summary>
    private static void InsertRows(string path, IEnumerable<(FusedEventKey Row, string? Admin1)> rows)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO fused_events (id, event_type, plover_event, admin1, wide, date_start, date_end, modality, iso3, source_count, json)
            VALUES ($id, $type, $plover, $admin1, $wide, $start, $end, $modality, $iso3, 1, '{}')
            """;
        foreach (var (row, admin1) in rows)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", row.Id);
            insert.Parameters.AddWithValue("$type", (object?)row.EventType ?? DBNull.Value);
            insert.Parameters.AddWithValue("$plover", (object?)row.PloverEvent ?? DBNull.Value);
            insert.Parameters.AddWithValue("$admin1", (object?)admin1 ?? DBNull.Value);
            insert.Parameters.AddWithValue("$wide", row.Wide ? 1 : 0);
            insert.Parameters.AddWithValue("$start", (object?)row.DateStart ?? DBNull.Value);
            insert.Parameters.AddWithValue("$end", (object?)row.DateEnd ?? DBNull.Value);
            insert.Parameters.AddWithValue("$modality", row.Modality);
            insert.Parameters.AddWithValue("$iso3", (object?)row.Iso3 ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
    }

    [Fact]
    public void PutAndRemove_RowsRewrittenAndDeleted_AnswerAsAnIndexBuiltFromTheFinalRows()
    {
        var random = new Random(5);
        var final = new Dictionary<string, FusedEventKey>();
        var index = new FusedEventIndex();
        for (var step = 0; step < 3_000; step++)
        {
            var id = "F" + random.Next(300).ToString("x4", CultureInfo.InvariantCulture);
            if (random.Next(8) == 0)
            {
                index.Remove(id);
                final.Remove(id);
            }
            else
            {
                var row = RandomRow(random, id);
                index.Put(row);
                final[id] = row;
            }
        }

        var fresh = new FusedEventIndex();
        foreach (var row in final.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            fresh.Put(row);
        }

        Assert.Equal(final.Count, index.Count);
        var found = 0;
        for (var i = 0; i < 300; i++)
        {
            var report = RandomReport(random, i);
            var types = new[] { report.EventType ?? "" }.Where(t => t.Length > 0).ToList();
            var search = new CandidateSearch(
                report.EventType is not null,
                report.EventType is not null ? types : report.PloverEvent is { } plover ? [plover] : [],
                report.DateStart is { } s ? Day(s) : null,
                report.DateStart is { } low ? Day(low.AddDays(-31)) : null,
                report.DateEnd is { } e ? Day(e) : null,
                report.Modality,
                report.Iso3);
            var expected = fresh.Candidates(search);
            found += expected.Count;
            Assert.Equal(expected, index.Candidates(search));
        }

        Assert.True(found > 500, "the searches should find many candidates");
    }

    [Fact]
    public void PendingClaimKeys_DeletedFusedClaim_ItsKeysAreNeitherSeenNorDrained()
    {
        var pending = new PendingClaimKeys();
        pending.Add("kill", "2025-03-01", "C1");
        pending.Add("kill", "2025-03-01", "C2");
        pending.Add("drone", "", "C1");
        pending.Add("kill", "2025-03-01", "C1"); // a duplicate, as ON CONFLICT DO NOTHING drops it
        pending.Deleted("C1");
        pending.Add("drone", "", "C1"); // the id founded again later in the batch

        Assert.Equal([("2025-03-01", "C2")], pending.Of("kill"));
        Assert.Equal([("", "C1")], pending.Of("drone"));
        Assert.Equal([("kill", "2025-03-01", "C2"), ("drone", "", "C1")], pending.Drain());
        Assert.Equal(0, pending.Count);
        Assert.Empty(pending.Of("kill"));
    }
}
