using System.Globalization;
using System.Text.Json;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>The store's contract, run against SQLite and (when available) PostgreSQL.</summary>
public class StoreContractTests
{
    private static StoredArticle Article(string id, string text, int events = 1) => new(
        new ArticleAnalysis
        {
            Id = id,
            Published = new DateOnly(2024, 11, 17),
            Source = "Wire",
            Entities = [new EntityRecord("e1", "GPE", "Kharkiv", "Kharkiv", [new SpanRecord(0, 7)])],
            Events = Enumerable.Range(0, events).Select(i => new EventRecord
            {
                Id = $"{id}/ev{i}",
                EventType = "Explosions/Remote violence",
                SubEventType = "Shelling/artillery/missile attack",
                Country = "Ukraine",
                Admin1 = "Kharkiv",
                EventDate = new DateOnly(2024, 11, 16 - i),
                Evidence = [new SpanRecord(0, 7, "Kharkiv")],
            }).ToList(),
            Claims =
            [
                new ClaimRecord
                {
                    Id = $"{id}/c0",
                    Kind = "indirect",
                    Content = new SpanRecord(0, 7, "Kharkiv"),
                    Status = "not_confirmed",
                    Stances = [new StanceRecord(new ClaimantRecord("Russia", null, null, "RUS", "GOV", false, "Moscow"), "not_confirmed", new SpanRecord(0, 7))],
                },
            ],
        },
        text,
        ArticleIds.ContentHash(text));

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_NewStore_AppliesAllMigrationsOnce(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using (var first = (SqlStore)test.Open())
        {
            Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), first.SchemaVersion);
        }

        using var again = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), again.SchemaVersion);
    }

    [Fact]
    public void Open_SqliteFile_PassesIntegrityCheck()
    {
        using var dir = new TempDirectory();
        using var store = SqliteStore.Open(Path.Combine(dir.Path, "s.db"));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_SameArticleTwice_NothingAddedTheSecondTime(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var first = store.SaveBatch([Article("a", "Kharkiv was shelled.", events: 2)]);
        var counts = store.Counts();
        var second = store.SaveBatch([Article("a", "Kharkiv was shelled.", events: 2)]);
        Assert.Equal(new BatchOutcome(1, 0, 0), first);
        Assert.Equal(new BatchOutcome(0, 0, 1), second);
        Assert.Equal(counts, store.Counts());
        Assert.Equal(new StoreCounts(1, 1, 2, 1, 1, 2, 2) { FusedClaims = 1 }, counts);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void StoredAnalysis_EventsAndClaimsStoredOnce_AnalysisPutBackWhole(string backend)
    {
        using var test = StoreBackends.Create(backend);
        var article = Article("a", "Kharkiv was shelled.", events: 3);
        using (var store = test.Open())
        {
            store.SaveBatch([article]);
        }

        // The article's own JSON no longer repeats its events and claims (their rows hold them)...
        var json = (string)test.Scalar("SELECT analysis_json FROM articles WHERE id = 'a'")!;
        Assert.DoesNotContain("a/ev1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("a/c0", json, StringComparison.Ordinal);

        // ...and nothing is lost: the analysis comes back as it was saved, events and claims in their order.
        using var reopened = (SqlStore)test.Open();
        Assert.Equal(Serialized(article.Analysis), Serialized(reopened.StoredAnalysis("a")!));
        Assert.Null(reopened.StoredAnalysis("missing"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_StoreWithEventsInAnalysisJson_MigrationKeepsOneCopy(string backend)
    {
        using var test = StoreBackends.Create(backend);
        var article = Article("a", "Kharkiv was shelled.", events: 2);
        using (var store = test.Open())
        {
            store.SaveBatch([article]);
        }

        // The state version 8 wrote: the whole analysis in the article's JSON, evidence rows with their text.
        var full = Serialized(article.Analysis).Replace("'", "''", StringComparison.Ordinal);
        test.Execute($"UPDATE articles SET analysis_json = '{full}'");
        test.Execute("ALTER TABLE evidence ADD COLUMN text TEXT");
        test.Execute("UPDATE evidence SET text = 'Kharkiv'");
        test.Execute("DELETE FROM schema_migrations WHERE version = 9");

        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        var json = (string)test.Scalar("SELECT analysis_json FROM articles WHERE id = 'a'")!;
        Assert.DoesNotContain("a/ev1", json, StringComparison.Ordinal);
        Assert.Equal(Serialized(article.Analysis), Serialized(migrated.StoredAnalysis("a")!));
        Assert.Equal(article.Analysis.Events[0].Evidence, migrated.QueryEvents(new EventQuery())[0].Event.Evidence);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_StoreBeforeVersion11_FusedEventsOfOneReportEmptiedAndReadTheSame(string backend)
    {
        using var test = StoreBackends.Create(backend);
        var article = Article("a", "Kharkiv was shelled.", events: 2);
        using (var store = test.Open())
        {
            store.SaveBatch([article]);
        }

        // The state version 10 wrote: every fused event's record and fold stored, whatever its number of reports.
        List<string> events;
        using (var store = (SqlStore)test.Open())
        {
            events = [.. store.QueryEvents(new EventQuery()).Select(f => JsonSerializer.Serialize(f, SitrepJson.Default.FusedEventRecord))];
            foreach (var (id, _, rebuilt, _, rebuiltFold) in store.FusedEventsAndRebuilds())
            {
                test.Execute($"UPDATE fused_events SET json = '{rebuilt.Replace("'", "''", StringComparison.Ordinal)}', fold = '{rebuiltFold.Replace("'", "''", StringComparison.Ordinal)}' WHERE id = '{id}'");
            }
        }

        Assert.Equal(0L, Convert.ToInt64(test.Scalar("SELECT COUNT(*) FROM fused_events WHERE json = ''"), CultureInfo.InvariantCulture));
        test.Execute("DELETE FROM schema_migrations WHERE version = 11");
        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        Assert.Equal(2L, Convert.ToInt64(test.Scalar("SELECT COUNT(*) FROM fused_events WHERE json = '' AND fold = ''"), CultureInfo.InvariantCulture));
        Assert.Equal(events, migrated.QueryEvents(new EventQuery()).Select(f => JsonSerializer.Serialize(f, SitrepJson.Default.FusedEventRecord)));
    }

    [Fact]
    public void Open_SqliteStoreBeforeVersion10_SmallRowTablesRebuiltWithoutRowidKeepingRows()
    {
        using var test = StoreBackends.Create("sqlite");
        using (var store = test.Open())
        {
            store.SaveBatch([Article("a", "Kharkiv was shelled.", events: 2), Article("b", "Kharkiv was shelled again.", events: 1)]);
        }

        // Run migration 10 again over the filled tables (its rebuild is what an older store goes through).
        test.Execute("DELETE FROM schema_migrations WHERE version = 10");
        StoreCounts before;
        IReadOnlyList<string> events;
        using (var store = test.Open())
        {
            before = store.Counts();
            events = [.. store.QueryEvents(new EventQuery()).Select(f => f.Event.Id + ":" + f.SourceCount)];
        }

        test.Execute("DELETE FROM schema_migrations WHERE version = 10");
        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        Assert.Equal(before, migrated.Counts());
        Assert.Equal(events, migrated.QueryEvents(new EventQuery()).Select(f => f.Event.Id + ":" + f.SourceCount));
        foreach (var table in new[] { "fused_claim_keys", "mentions", "evidence", "claim_opponents" })
        {
            Assert.Contains("WITHOUT ROWID", (string)test.Scalar($"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'")!, StringComparison.Ordinal);
        }

        // Deleting an article still cascades into the rebuilt tables.
        migrated.SaveBatch([Article("a", "Kharkiv was shelled, a revised report.", events: 1)]);
        Assert.Equal(0L, (long)test.Scalar("SELECT COUNT(*) FROM evidence WHERE owner_id = 'a/ev1'")!);
    }

    private static string Serialized(ArticleAnalysis analysis) =>
        System.Text.Json.JsonSerializer.Serialize(analysis with { Text = null }, SitrepJson.Default.ArticleAnalysis);

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_SameIdNewContent_ReplacesRowsWithoutLeftovers(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "Kharkiv was shelled.", events: 3)]);
        var outcome = store.SaveBatch([Article("a", "Kharkiv was shelled again.", events: 1)]);
        Assert.Equal(new BatchOutcome(0, 1, 0), outcome);
        Assert.Equal(new StoreCounts(1, 1, 1, 1, 1, 1, 1) { FusedClaims = 1 }, store.Counts());
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_Filters_ByDateCountryAdmin1AndType(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "x", events: 3), Article("b", "y", events: 1)]);
        // a/ev0 and b/ev0 report the same shelling (same day and place): one fused event with two sources.
        Assert.Equal(3, store.QueryEvents(new EventQuery()).Count);
        Assert.Equal(2, Assert.Single(store.QueryEvents(new EventQuery { From = new DateOnly(2024, 11, 16) })).SourceCount);
        Assert.Single(store.QueryEvents(new EventQuery { To = new DateOnly(2024, 11, 14) }));
        Assert.Equal(3, store.QueryEvents(new EventQuery { Country = "ukraine", Admin1 = "Kharkiv", EventType = "Shelling/artillery/missile attack" }).Count);
        Assert.Empty(store.QueryEvents(new EventQuery { Admin1 = "Sumy" }));
        var e = store.QueryEvents(new EventQuery { Limit = 1 })[0].Event;
        Assert.Equal("Kharkiv", Assert.Single(e.Evidence).Text);
    }

    // Actors the actor-filter tests name: canonical names and each report's own words.
    private static readonly ActorRecord _wagner = new("Wagner Group", "RUS", "MIL", "External/Other forces", "Wagner mercenaries");
    private static readonly ActorRecord _russia = new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian troops");
    private static readonly ActorRecord _civilians = new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "residents");
    private static readonly ActorRecord _medics = new("Health Workers (Ukraine)", "UKR", "CVL", "Civilians", "paramedics");

    private static StoredArticle WithActors(StoredArticle article, ActorRecord? actor1, ActorRecord? actor2, params ActorRecord[] assoc2) =>
        article with
        {
            Analysis = article.Analysis with
            {
                Events = [.. article.Analysis.Events.Select(e => e with { Actor1 = actor1, Actor2 = actor2, AssocActor2 = assoc2 })],
            },
        };

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_ByActor_NamesOrWordsOfAnyReport(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var wagnerToo = _wagner with { Text = "the Russian private military company" };

        // a and b report the same shelling (one fused event) in their own words; c's reports name Russia's forces.
        store.SaveBatch([
            WithActors(Article("a", "x"), _wagner, _civilians),
            WithActors(Article("b", "y"), wagnerToo, _civilians, _medics),
            WithActors(Article("c", "z", events: 3), _russia, null),
        ]);

        var shelling = Assert.Single(store.QueryEvents(new EventQuery { Actor = "WAGNER" }));
        Assert.Subset(shelling.Sources.Select(r => r.ArticleId).ToHashSet(), new HashSet<string> { "a", "b" });
        Assert.Equal([shelling.Event.Id], store.QueryEvents(new EventQuery { Actor = "mercenaries" }).Select(f => f.Event.Id));
        Assert.Equal([shelling.Event.Id], store.QueryEvents(new EventQuery { Actor = "private military" }).Select(f => f.Event.Id));
        Assert.Equal([shelling.Event.Id], store.QueryEvents(new EventQuery { Actor = "paramedics" }).Select(f => f.Event.Id));
        Assert.Equal([shelling.Event.Id], store.QueryEvents(new EventQuery { Actor = "civilians (ukraine)" }).Select(f => f.Event.Id));
        var russian = store.QueryEvents(new EventQuery { Actor = "russian troops" });
        Assert.Equal(
            store.QueryEvents(new EventQuery()).Where(f => f.Sources.Any(r => r.ArticleId == "c")).Select(f => f.Event.Id),
            russian.Select(f => f.Event.Id));
        Assert.DoesNotContain(shelling.Event.Id, russian.Select(f => f.Event.Id));
        Assert.Equal(2, store.QueryEvents(new EventQuery { Actor = "Russia", To = new DateOnly(2024, 11, 15) }).Count);

        // The user's text is matched literally: LIKE's wildcards are not wildcards here, nor do words join across actors.
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "%" }));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "w_gner" }));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "mercenaries|civilians" }));
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "Hamas" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_StoreBeforeVersion13_AssociateActorsRenamedAndActorsSearchable(string backend)
    {
        using var test = StoreBackends.Create(backend);
        List<string> events;
        using (var store = test.Open())
        {
            store.SaveBatch([
                WithActors(Article("a", "x"), null, null, _medics),
                WithActors(Article("b", "y"), null, null, _medics),
            ]);
            events = [.. store.QueryEvents(new EventQuery()).Select(f => JsonSerializer.Serialize(f, SitrepJson.Default.FusedEventRecord))];
        }

        // The state version 12 wrote: associate actors spelt assoc_actor2 in stored JSON, no actors column.
        Assert.Contains("\"assoc_actor_2\":", events[0], StringComparison.Ordinal);
        foreach (var (table, column) in new[] { ("events", "json"), ("fused_events", "json"), ("fused_events", "fold") })
        {
            test.Execute($"UPDATE {table} SET {column} = replace({column}, '\"assoc_actor_2\":', '\"assoc_actor2\":')");
        }

        test.Execute("DROP INDEX IF EXISTS events_actors");
        test.Execute("ALTER TABLE events DROP COLUMN actors");
        test.Execute("DROP INDEX fused_events_actors");
        test.Execute("ALTER TABLE fused_events DROP COLUMN actors");
        test.Execute("DELETE FROM schema_migrations WHERE version >= 13");
        Assert.Equal(0L, Convert.ToInt64(test.Scalar("SELECT COUNT(*) FROM events WHERE json LIKE '%assoc_actor_2%'"), CultureInfo.InvariantCulture));

        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        Assert.Equal(events, migrated.QueryEvents(new EventQuery()).Select(f => JsonSerializer.Serialize(f, SitrepJson.Default.FusedEventRecord)));
        Assert.Single(migrated.QueryEvents(new EventQuery { Actor = "Paramedics" }));
        Assert.Single(migrated.QueryEvents(new EventQuery { Actor = "health workers" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_ByActor_RevisedReportsWordsLeaveTheFusedEvent(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([WithActors(Article("a", "x"), _wagner, null), WithActors(Article("b", "y"), _wagner, null, _medics)]);
        var shelling = Assert.Single(store.QueryEvents(new EventQuery { Actor = "paramedics" }));
        Assert.Equal(2, shelling.SourceCount);

        // b revised: its report now names other actors, and the words it no longer uses find nothing.
        store.SaveBatch([WithActors(Article("b", "y, revised"), _russia, null)]);
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "paramedics" }));
        Assert.Contains(store.QueryEvents(new EventQuery { Actor = "russian troops" }), f => f.Sources.Any(s => s.ArticleId == "b"));
        Assert.Contains(store.QueryEvents(new EventQuery { Actor = "mercenaries" }), f => f.Sources.Any(s => s.ArticleId == "a"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_ByActor_EventOfManyReportsWithManyActorWords(string backend)
    {
        // One incident reported by 60 outlets, each naming the units in its own words: the fused event's actors run to
        // kilobytes that compress poorly (PostgreSQL refuses index entries over ~2.7 KB after compression, so its index
        // must not hold them). The call signs stand for words no two reports share.
        using var test = StoreBackends.Create(backend);
        using var store = (SqlStore)test.Open();
        static string CallSign(string salt, int i) => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(salt + i)));
        store.SaveBatch([.. Enumerable.Range(0, 60).Select(i => WithActors(
            Article($"m{i}", $"report {i}"),
            new ActorRecord("Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces", $"the {i}th volunteer battalion, call sign {CallSign("a", i)}"),
            null,
            new ActorRecord($"Volunteer Battalion {i} (UKR)", "UKR", "MIL", "Militias", $"fighters of unit {CallSign("b", i)}")))]);
        var fused = Assert.Single(store.QueryEvents(new EventQuery()));
        Assert.Equal(60, fused.SourceCount);
        Assert.Equal([fused.Event.Id], store.QueryEvents(new EventQuery { Actor = "the 59th volunteer battalion" }).Select(f => f.Event.Id));
        Assert.Equal([fused.Event.Id], store.QueryEvents(new EventQuery { Actor = "volunteer battalion 0 (ukr)" }).Select(f => f.Event.Id));
        FusedActorsCheck.AssertMatchTheirReports(store);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_StoreBeforeVersion14_FusedEventsActorsGatheredFromTheirReports(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using (var store = test.Open())
        {
            store.SaveBatch([WithActors(Article("a", "x"), _wagner, null), WithActors(Article("b", "y"), null, null, _medics)]);
            Assert.Equal(2, Assert.Single(store.QueryEvents(new EventQuery())).SourceCount);
        }

        // The state version 13 wrote: no actors column on fused events, and the indexes migration 15 drops.
        test.Execute("DROP INDEX fused_events_actors");
        test.Execute("ALTER TABLE fused_events DROP COLUMN actors");
        test.Execute("CREATE INDEX events_type ON events(event_type)");
        test.Execute("CREATE INDEX fused_events_ledger_order ON fused_events((event_date IS NULL), event_date, id)");
        test.Execute("DELETE FROM schema_migrations WHERE version >= 14");
        var indexCount = test.Backend == "sqlite"
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('events_type', 'fused_events_ledger_order')"
            : "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('events_type', 'fused_events_ledger_order')";
        Assert.Equal(2L, Convert.ToInt64(test.Scalar(indexCount), CultureInfo.InvariantCulture));

        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        Assert.Equal(0L, Convert.ToInt64(test.Scalar(indexCount), CultureInfo.InvariantCulture));
        FusedActorsCheck.AssertMatchTheirReports(migrated);
        var fused = Assert.Single(migrated.QueryEvents(new EventQuery { Actor = "paramedics" }));
        Assert.Equal([fused.Event.Id], migrated.QueryEvents(new EventQuery { Actor = "wagner mercenaries" }).Select(f => f.Event.Id));
        Assert.Empty(migrated.QueryEvents(new EventQuery { Actor = "mercenaries|health" })); // adjacent in the column, two actors
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Open_StoreWithMigration14sFirstIndex_PostgresIndexLosesTheActorsColumn(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using (var store = test.Open())
        {
            store.SaveBatch([WithActors(Article("a", "x"), _wagner, null)]);
        }

        // The state migration 14's first text left: the actors column inside the ledger-order index.
        test.Execute("DROP INDEX fused_events_actors");
        test.Execute("CREATE INDEX fused_events_actors ON fused_events((event_date IS NULL), event_date, id, actors)");
        test.Execute("DELETE FROM schema_migrations WHERE version >= 16");
        var definition = test.Backend == "sqlite"
            ? "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'fused_events_actors'"
            : "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'fused_events_actors'";

        using var migrated = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), migrated.SchemaVersion);
        var index = Assert.IsType<string>(test.Scalar(definition));
        Assert.Equal(test.Backend == "sqlite", index.Contains(", actors)", StringComparison.Ordinal));
        Assert.Single(migrated.QueryEvents(new EventQuery { Actor = "wagner" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryEvents_Pages_DatedInOrderThenUndatedLast(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var undated = Article("u", "z");
        undated = undated with
        {
            Analysis = undated.Analysis with
            {
                Events = [undated.Analysis.Events[0] with { EventDate = null, Admin1 = "Sumy", SubEventType = "Air/drone strike" }],
            },
        };
        store.SaveBatch([undated, Article("a", "x", events: 3)]);
        var all = store.QueryEvents(new EventQuery());
        Assert.Equal([new DateOnly(2024, 11, 14), new DateOnly(2024, 11, 15), new DateOnly(2024, 11, 16), (DateOnly?)null], all.Select(f => f.Event.EventDate));
        Assert.Equal(all.Take(2).Select(f => f.Event.Id), store.QueryEvents(new EventQuery { Limit = 2 }).Select(f => f.Event.Id));
        Assert.Null(Assert.Single(store.QueryEvents(new EventQuery { Admin1 = "SUMY", EventType = "air/drone strike" })).Event.EventDate);
        Assert.Equal(3, store.QueryEvents(new EventQuery { Country = "UKRAINE", From = new DateOnly(2024, 1, 1) }).Count);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryClaims_ByStatus_ReturnsClaimsWithStances(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "x")]);
        var claim = Assert.Single(store.QueryClaims(new ClaimQuery { Status = "not_confirmed" }));
        Assert.Equal("not_confirmed", Assert.Single(claim.Claim.Stances).Stance);
        Assert.Empty(store.QueryClaims(new ClaimQuery { Status = "denied" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryClaims_ByClaimantOrCountry_MatchesTheUsersTextLiterally(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var article = Article("a", "x");
        var claimant = new ClaimantRecord("Russia", null, null, "RUS", "GOV", false, "Moscow");
        store.SaveBatch([article with { Analysis = article.Analysis with { Claims = [article.Analysis.Claims[0] with { Claimant = claimant }] } }]);

        // A real part of a claimant's name or words finds the claim, in any case.
        var id = Assert.Single(store.QueryClaims(new ClaimQuery())).Claim.Id;
        Assert.Equal([id], store.QueryClaims(new ClaimQuery { Claimant = "ussi" }).Select(c => c.Claim.Id));
        Assert.Equal([id], store.QueryClaims(new ClaimQuery { Claimant = "MOSCOW" }).Select(c => c.Claim.Id));

        // LIKE's wildcards in the user's text are only characters, which no claimant has.
        Assert.Empty(store.QueryClaims(new ClaimQuery { Claimant = "%" }));
        Assert.Empty(store.QueryClaims(new ClaimQuery { Claimant = "r_ssia" }));

        // So in a country: a whole ISO3 code finds it, a wildcard does not.
        Assert.Equal([id], store.QueryClaims(new ClaimQuery { Country = "rus" }).Select(c => c.Claim.Id));
        Assert.Empty(store.QueryClaims(new ClaimQuery { Country = "r_s" }));
        Assert.Empty(store.QueryClaims(new ClaimQuery { Country = "%" }));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_FailureInsideBatch_RollsBackTheWholeBatch(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var good = Article("good", "fine");
        var clash = Article("other", "text") with { };
        var duplicateEventId = clash with { Analysis = clash.Analysis with { Events = [.. good.Analysis.Events] } };
        Assert.ThrowsAny<Exception>(() => store.SaveBatch([good, duplicateEventId]));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0, 0), store.Counts());
    }
}

public class PostgresStoreTests
{
    [PostgresFact]
    public void Open_PostgresServer_ReachableAndMigrated()
    {
        using var test = StoreBackends.Create("postgres");
        using var store = (SqlStore)test.Open();
        Assert.Equal(StoreSchema.Migrations.Max(m => m.Version), store.SchemaVersion);
    }
}
