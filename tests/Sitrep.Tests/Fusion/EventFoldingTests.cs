using System.Text.Json;
using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

public class EventFoldingTests
{
    private static readonly string?[] _types = [null, "Battles", "Explosions/Remote violence", "Violence against civilians"];
    private static readonly string?[] _subTypes = [null, "Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Attack"];
    private static readonly ActorRecord[] _actors =
    [
        new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces"),
        new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "the Russian army"),
        new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "civilians"),
        new(null, null, null, null, "gunmen"),
        new("Wagner Group", "RUS", "PMC", "External/Other forces", "Wagner"),
    ];

    private static readonly QuantityRecord[] _quantities =
    [
        new(3, "people", false, "three people"),
        new(3, "people", false, "3 people"),
        new(12, "drones", true, "about a dozen drones"),
        new(40, null, false, "40"),
    ];

    /// <summary>A report with every field the merge chooses, counts or lists drawn from small pools, so that ties and repeats are common.</summary>
    private static MemberEvent RandomReport(Random rng, int i)
    {
        T Pick<T>(IReadOnlyList<T> pool) => pool[rng.Next(pool.Count)];
        int? Figure() => rng.Next(3) == 0 ? null : rng.Next(0, 12);
        var day = rng.Next(3) == 0 ? (DateOnly?)null : new DateOnly(2024, 11, rng.Next(10, 13));
        var evidence = $"report {i} of the strike";
        var e = new EventRecord
        {
            Id = $"a{rng.Next(100):00}x{i}/ev{rng.Next(3)}",
            EventType = Pick(_types),
            SubEventType = Pick(_subTypes),
            Actor1 = rng.Next(3) == 0 ? null : Pick(_actors),
            Actor2 = rng.Next(2) == 0 ? null : Pick(_actors),
            AssocActor1 = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Pick(_actors))],
            AssocActor2 = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Pick(_actors))],
            Interaction = Pick<string?>([null, "13", "17"]),
            CivilianTargeting = rng.Next(4) == 0,
            Country = "Ukraine",
            Iso3 = "UKR",
            Admin1 = Pick<string?>([null, "Donetsk"]),
            Location = Pick<string?>([null, "Kostiantynivka", "Druzhkivka"]),
            Latitude = 48 + rng.NextDouble(),
            Longitude = 37 + rng.NextDouble(),
            Geonameid = rng.Next(2) == 0 ? null : rng.Next(1000),
            GeoPrecision = Pick<int?>([null, 1, 2, 3]),
            EventDate = day,
            DateStart = day,
            DateEnd = day?.AddDays(rng.Next(2)),
            TimePrecision = Pick<int?>([null, 1, 2]),
            Fatalities = Figure(),
            FatalitiesLow = Figure(),
            FatalitiesHigh = Figure(),
            Injuries = Figure(),
            Quantities = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Pick(_quantities))],
            ClaimIds = [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Pick(["c1", "c2", "c3"]))],
            Notes = Pick<string?>([null, "Reported by local officials.", "Disputed."]),
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };
        var published = rng.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2024, 11, rng.Next(11, 15));
        return new MemberEvent(e, e.Id[..e.Id.IndexOf('/')], Pick<string?>([null, "Wire", "Daily"]), $"https://example.org/{i}", published);
    }

    private static string Json(FusedEventRecord record) => JsonSerializer.Serialize(record, SitrepJson.Default.FusedEventRecord);

    private static string Json(EventFold fold) => JsonSerializer.Serialize(fold, EventFoldJson.Default.EventFold);

    [Fact]
    public void Add_ReportsInAnyOrder_SameRecordAsMergingThemAll()
    {
        var rng = new Random(20261126);
        for (var trial = 0; trial < 400; trial++)
        {
            var reports = Enumerable.Range(0, rng.Next(1, 30)).Select(i => RandomReport(rng, i)).ToList();
            var events = reports.ToDictionary(r => r.Event.Id, r => r.Event);
            var (record, fold) = EventFolding.Build("F1", [reports[0]]);
            foreach (var report in reports.Skip(1))
            {
                (record, fold) = EventFolding.Add(record, fold, report, id => events[id]);

                // The fold carries through a store: it must survive its JSON round trip.
                record = JsonSerializer.Deserialize(Json(record), SitrepJson.Default.FusedEventRecord)!;
                fold = JsonSerializer.Deserialize(Json(fold), EventFoldJson.Default.EventFold)!;
            }

            var (expected, expectedFold) = EventFolding.Build("F1", reports);
            Assert.Equal(Json(EventMerger.Merge("F1", reports)), Json(expected));
            Assert.Equal(Json(expected), Json(record));
            Assert.Equal(Json(expectedFold), Json(fold));
        }
    }

    [Fact]
    public void Add_ReportAlreadyFolded_Throws()
    {
        var report = RandomReport(new Random(1), 0);
        var (record, fold) = EventFolding.Build("F1", [report]);
        Assert.Throws<InvalidOperationException>(() => EventFolding.Add(record, fold, report, _ => report.Event));
    }

    [Fact]
    public void Score_ManyReports_ComparesTheEarliestOnlyButCountsAllForSupport()
    {
        var rng = new Random(7);
        var reports = Enumerable.Range(0, EventFuser.MaxCompared + 5).Select(i => RandomReport(rng, i)).ToList();
        var incoming = RandomReport(rng, 99);
        var all = new FusionCandidate("F1", reports);
        var head = new FusionCandidate("F1", reports.Take(EventFuser.MaxCompared).ToList(), reports.Count);
        Assert.Equal(EventFuser.Score(incoming, all), EventFuser.Score(incoming, head));
        Assert.Equal(reports.Count, head.MemberCount);
    }
}
