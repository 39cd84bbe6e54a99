using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// Filtered queries on a SQLite ledger of at least 100,000 fused events (issue target: p95 under 100 ms). The store is
/// built once through the normal SaveBatch path (so fusion and indexes are the product's) and kept in the temp folder.
/// </summary>
[Config(typeof(PercentileConfig))]
public class LedgerQueryBenchmarks
{
    private SqliteStore _store = null!;

    [GlobalSetup]
    public void Setup() => _store = SqliteStore.Open(SyntheticLedger.EnsureBuilt(100_000));

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Description = "admin1 + one month")]
    public int Admin1Month() => _store.QueryEvents(new EventQuery
    {
        Admin1 = "Region 3 of UKR",
        From = new DateOnly(2024, 3, 1),
        To = new DateOnly(2024, 3, 31),
    }).Count;

    [Benchmark(Description = "country + type + quarter")]
    public int CountryTypeQuarter() => _store.QueryEvents(new EventQuery
    {
        Country = "Sudan",
        EventType = "Battles",
        From = new DateOnly(2024, 4, 1),
        To = new DateOnly(2024, 6, 30),
    }).Count;

    [Benchmark(Description = "country, first 1000")]
    public int CountryPage() => _store.QueryEvents(new EventQuery { Country = "UKR", Limit = 1000 }).Count;

    [Benchmark(Description = "sub-event type, first 1000")]
    public int SubEventPage() => _store.QueryEvents(new EventQuery { EventType = "Shelling/artillery/missile attack", Limit = 1000 }).Count;

    [Benchmark(Description = "actor + quarter")]
    public int ActorQuarter() => _store.QueryEvents(new EventQuery
    {
        Actor = "Armed Group 7 (SDN)",
        From = new DateOnly(2024, 4, 1),
        To = new DateOnly(2024, 6, 30),
    }).Count;

    [Benchmark(Description = "actor words, first 1000")]
    public int ActorPage() => _store.QueryEvents(new EventQuery { Actor = "civilians", Limit = 1000 }).Count;

    [Benchmark(Description = "one week, all places")]
    public int Week() => _store.QueryEvents(new EventQuery { From = new DateOnly(2024, 9, 2), To = new DateOnly(2024, 9, 8) }).Count;

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P95);
            SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
        }
    }
}

/// <summary>A deterministic synthetic ledger of at least the given number of fused events: articles of five events each, across countries, regions, types, actors and two years.</summary>
internal static class SyntheticLedger
{
    private static readonly (string Iso3, string Country)[] _countries =
    [
        ("UKR", "Ukraine"), ("RUS", "Russia"), ("SDN", "Sudan"), ("MMR", "Myanmar"), ("COD", "Democratic Republic of Congo"),
        ("SYR", "Syria"), ("YEM", "Yemen"), ("NGA", "Nigeria"), ("PSE", "Palestine"), ("MLI", "Mali"),
    ];

    private static readonly (string Type, string SubType)[] _types =
    [
        ("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
        ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"), ("Strategic developments", "Looting/property destruction"),
    ];

    private static readonly string[] _words =
    [
        "shelling", "village", "district", "convoy", "checkpoint", "market", "bridge", "depot", "hospital", "school", "road",
        "fighters", "troops", "drones", "artillery", "protesters", "police", "residents", "officials", "militia",
    ];

    public static string EnsureBuilt(int events) => CachedStore.Ensure($"ledger-{events}", store =>
    {
        var random = new Random(20241117);
        var batch = new List<StoredArticle>(64);
        // Some reports fuse with earlier ones (same type, region and day): add articles until the ledger holds enough.
        for (var a = 0; store.Counts().FusedEvents < events; a += 64)
        {
            batch.Clear();
            batch.AddRange(Enumerable.Range(a, 64).Select(n => Article(n, random)));
            store.SaveBatch(batch);
        }
    });

    private static StoredArticle Article(int number, Random random)
    {
        var id = $"synthetic-{number:D6}";
        var published = new DateOnly(2023, 1, 1).AddDays(random.Next(730));
        var events = new List<EventRecord>(5);
        var text = new System.Text.StringBuilder();
        for (var e = 0; e < 5; e++)
        {
            var (iso3, country) = _countries[random.Next(_countries.Length)];
            var (type, subType) = _types[random.Next(_types.Length)];
            var date = published.AddDays(-random.Next(3));
            var start = text.Length;
            for (var w = 0; w < 12; w++)
            {
                text.Append(_words[random.Next(_words.Length)]).Append(' ');
            }

            text.Append(number).Append('.').Append(e).Append(". ");
            events.Add(new EventRecord
            {
                Id = $"{id}-ev{e}",
                EventType = type,
                SubEventType = subType,
                Country = country,
                Iso3 = iso3,
                Admin1 = $"Region {random.Next(12)} of {iso3}",
                Location = $"Place {random.Next(400)}",
                GeoPrecision = 1 + random.Next(3),
                EventDate = date,
                DateStart = date,
                DateEnd = date,
                TimePrecision = 1,
                Fatalities = random.Next(4) == 0 ? random.Next(30) : 0,
                Actor1 = random.Next(2) == 0
                    ? new ActorRecord($"Military Forces of {country}", iso3, "MIL", "State forces", $"{country}'s army")
                    : new ActorRecord($"Armed Group {random.Next(50)} ({iso3})", iso3, "REB", "Rebel group", "fighters"),
                Actor2 = random.Next(3) == 0 ? new ActorRecord($"Civilians ({country})", iso3, "CVL", "Civilians", "residents") : null,
                Evidence = [new SpanRecord(start, text.Length - 1, text.ToString(start, text.Length - 1 - start))],
            });
        }

        var analysis = new ArticleAnalysis { Id = id, Published = published, Source = $"Outlet {number % 37}", Events = events };
        var body = text.ToString();
        return new StoredArticle(analysis, body, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))));
    }
}
