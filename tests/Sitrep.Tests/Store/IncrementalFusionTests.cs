using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>Fused events folded report by report on ingest are the ones a rebuild from all their reports gives.</summary>
public class IncrementalFusionTests
{
    private static readonly ActorRecord _russia = new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces");
    private static readonly ActorRecord _civilians = new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "civilians");
    private static readonly ActorRecord _wagner = new("Wagner Group", "RUS", "PMC", "External/Other forces", "Wagner");

    private static readonly (string Place, double Lat, double Lon, string Admin1)[] _towns =
    [
        ("Kostiantynivka", 48.5277, 37.7069, "Donetsk"),
        ("Kupiansk", 49.7106, 37.6156, "Kharkiv"),
        ("Nikopol", 47.5712, 34.3964, "Dnipropetrovsk"),
    ];

    /// <summary>
    /// One outlet's article: a shelling report of one of a few towns on one of two days (outlets differ in the
    /// figures, precision, actors, dates of publication and wording), and often a second, unrelated report.
    /// </summary>
    private static StoredArticle RandomArticle(Random rng, int i, string version = "")
    {
        var id = $"art{i:000}";
        var (place, lat, lon, admin1) = _towns[rng.Next(_towns.Length)];
        var day = 16 + rng.Next(2);
        var events = new List<EventRecord> { Shelling($"{id}/ev0", place, lat, lon, admin1, day, rng) };
        if (rng.Next(2) == 0)
        {
            var other = _towns[rng.Next(_towns.Length)];
            events.Add(Shelling($"{id}/ev1", other.Place, other.Lat + 0.3, other.Lon, other.Admin1, day + 3, rng) with { SubEventType = "Air/drone strike" });
        }

        var text = $"Outlet {i % 7} report {id}{version}: {place} shelled.";
        return new StoredArticle(
            new ArticleAnalysis
            {
                Id = id,
                Source = $"Outlet {i % 7}",
                Url = $"https://example.org/{id}",
                Published = new DateOnly(2024, 11, 17 + rng.Next(3)),
                Events = events,
            },
            text,
            ArticleIds.ContentHash(text));
    }

    private static EventRecord Shelling(string id, string place, double lat, double lon, string admin1, int day, Random rng)
    {
        var evidence = $"Russian forces shelled {place}, killing civilians and damaging houses.";
        int? Figure() => rng.Next(3) == 0 ? null : rng.Next(1, 9);
        return new EventRecord
        {
            Id = id,
            EventType = "Explosions/Remote violence",
            SubEventType = rng.Next(5) == 0 ? null : "Shelling/artillery/missile attack",
            PloverEvent = "ASSAULT",
            Actor1 = _russia,
            Actor2 = rng.Next(3) == 0 ? null : _civilians,
            AssocActor1 = rng.Next(4) == 0 ? [_wagner] : [],
            Country = "Ukraine",
            Iso3 = "UKR",
            Admin1 = admin1,
            Location = place,
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = rng.Next(4) == 0 ? 2 : 1,
            EventDate = new DateOnly(2024, 11, day),
            DateStart = new DateOnly(2024, 11, day),
            DateEnd = new DateOnly(2024, 11, day),
            TimePrecision = 1,
            Fatalities = Figure(),
            Injuries = Figure(),
            Quantities = rng.Next(3) == 0 ? [new QuantityRecord(rng.Next(2, 5), "houses", false, "houses")] : [],
            Notes = rng.Next(4) == 0 ? "Local officials reported." : null,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_CorpusInBatches_FusedEventsAsRebuiltFromAllTheirReports(string backend)
    {
        var rng = new Random(11);
        var articles = Enumerable.Range(0, 90).Select(i => RandomArticle(rng, i)).ToList();
        using var test = StoreBackends.Create(backend);
        using (var store = test.Open())
        {
            foreach (var batch in articles.Chunk(7))
            {
                store.SaveBatch(batch);
            }

            // Revised articles leave their fused events (rebuilt from the rest), then join again as new reports.
            store.SaveBatch([RandomArticle(new Random(5), 3, " (revised)"), RandomArticle(new Random(6), 40, " (revised)")]);
            store.SaveBatch([RandomArticle(new Random(7), 60, " (revised)")]);
        }

        using var reopened = (SqlStore)test.Open();
        var fused = reopened.FusedEventsAndRebuilds();
        Assert.Contains(fused, f => reopened.QueryEvents(new EventQuery { Id = f.Id }).Single().Sources.Count > EventFuser.MaxCompared);
        Assert.True(fused.Count >= 6, $"{fused.Count} fused events");
        foreach (var (id, stored, rebuilt, storedFold, rebuiltFold) in fused)
        {
            Assert.True(stored == rebuilt, $"fused event {id}:\nstored  {stored}\nrebuilt {rebuilt}");
            Assert.Equal(rebuiltFold, storedFold);
        }

        FusedActorsCheck.AssertMatchTheirReports(reopened);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_AnotherWriterFusedMeanwhile_ItsFusedEventsAreCandidates(string backend)
    {
        var rng = new Random(3);
        using var test = StoreBackends.Create(backend);
        using var first = test.Open();
        using var second = test.Open();
        var kupiansk = _towns[1];
        _ = ShellingArticle(first, "a1", _towns[0], rng);
        _ = ShellingArticle(second, "a2", kupiansk, rng); // founds a fused event the first writer's cache has not seen
        _ = ShellingArticle(first, "a3", kupiansk, rng);

        var events = first.QueryEvents(new EventQuery());
        Assert.Equal(2, events.Count);
        Assert.Equal(["a2", "a3"], events.Single(e => e.Event.Location == kupiansk.Place).Sources.Select(s => s.ArticleId));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_AnotherWriterJoinedAFusedEventThisWriterKeeps_ItsReportIsNotLost(string backend)
    {
        // The first writer keeps the record of the fused event it founded across its batches; the second writer's
        // report joins that event meanwhile, so the first writer's copy is stale and must not be folded into.
        var rng = new Random(4);
        using var test = StoreBackends.Create(backend);
        using var first = test.Open();
        using var second = test.Open();
        var kupiansk = _towns[1];
        _ = ShellingArticle(first, "b1", kupiansk, rng);
        _ = ShellingArticle(second, "b2", kupiansk, rng);
        _ = ShellingArticle(first, "b3", kupiansk, rng);

        var fused = first.QueryEvents(new EventQuery()).Single(e => e.Event.Location == kupiansk.Place);
        Assert.Equal(["b1", "b2", "b3"], fused.Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal));
        foreach (var (id, stored, rebuilt, storedFold, rebuiltFold) in ((SqlStore)first).FusedEventsAndRebuilds())
        {
            Assert.True(stored == rebuilt, $"fused event {id}:\nstored  {stored}\nrebuilt {rebuilt}");
            Assert.Equal(rebuiltFold, storedFold);
        }

        FusedActorsCheck.AssertMatchTheirReports((SqlStore)first);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_FusedEventOfOneReport_ReadsAsThatReportFoldedAlone(string backend)
    {
        // A fused event of one report is stored without its record and built from the report when read.
        var rng = new Random(9);
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var kupiansk = _towns[1];
        var first = ShellingArticle(store, "c1", kupiansk, rng);
        var alone = store.QueryEvents(new EventQuery()).Single();
        var expected = EventFolding.Build(alone.Event.Id, [new MemberEvent(first, "c1", "c1", null, new DateOnly(2024, 11, 17))]).Record;
        Assert.Equal(JsonSerializer.Serialize(expected, SitrepJson.Default.FusedEventRecord), JsonSerializer.Serialize(alone, SitrepJson.Default.FusedEventRecord));

        // A second report joins it (the record is then stored), and a revision that moves it elsewhere leaves one again.
        _ = ShellingArticle(store, "c2", kupiansk, rng);
        Assert.Equal(["c1", "c2"], store.QueryEvents(new EventQuery { Id = alone.Event.Id }).Single().Sources.Select(s => s.ArticleId));
        _ = ShellingArticle(store, "c2", _towns[0], rng, revision: " (revised)");
        Assert.Equal(["c1"], store.QueryEvents(new EventQuery { Id = alone.Event.Id }).Single().Sources.Select(s => s.ArticleId));
        foreach (var (id, stored, rebuilt, storedFold, rebuiltFold) in ((SqlStore)store).FusedEventsAndRebuilds())
        {
            Assert.True(stored == rebuilt, $"fused event {id}:\nstored  {stored}\nrebuilt {rebuilt}");
            Assert.Equal(rebuiltFold, storedFold);
        }

        FusedActorsCheck.AssertMatchTheirReports((SqlStore)store);
    }

    /// <summary>Saves, as its own batch, an article reporting one shelling of the town (a fresh day-16 report); returns the report.</summary>
    private static EventRecord ShellingArticle(ISitrepStore store, string id, (string Place, double Lat, double Lon, string Admin1) town, Random rng, string revision = "")
    {
        var text = $"{id}: {town.Place} shelled.{revision}";
        var e = Shelling($"{id}/ev0", town.Place, town.Lat, town.Lon, town.Admin1, 16, rng) with { GeoPrecision = 1, SubEventType = "Shelling/artillery/missile attack", Actor2 = _civilians };
        store.SaveBatch([new StoredArticle(new ArticleAnalysis { Id = id, Source = id, Published = new DateOnly(2024, 11, 17), Events = [e] }, text, ArticleIds.ContentHash(text))]);
        return e;
    }
}
