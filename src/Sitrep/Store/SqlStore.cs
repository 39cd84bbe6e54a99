using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>
/// The store's behaviour over any SQL database: the same tables, the same statements, the same idempotent,
/// transactional batches. Dialects differ only in how a store is opened, migrated and how concurrent writers of
/// the same article are kept apart (<see cref="BeginWrite"/>).
/// </summary>
public abstract partial class SqlStore : ISitrepStore
{
    protected SqlStore(DbConnection connection) => Connection = connection;

    protected DbConnection Connection { get; }

    public int SchemaVersion => Connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");

    /// <summary>Starts the batch's write transaction and makes sure no other writer handles the same articles meanwhile.</summary>
    protected abstract DbTransaction BeginWrite(IReadOnlyList<string> articleIds);

    /// <summary>Applies the missing migrations, each in its own transaction, and records them.</summary>
    protected static void Migrate(DbConnection connection, IReadOnlyList<(int Version, string Name, string Sql)> migrations, Func<DbTransaction> begin, Action<DbTransaction>? lockMigrations = null)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        foreach (var (version, name, sql) in migrations)
        {
            if (applied.Contains(version))
            {
                continue;
            }

            using var transaction = begin();
            lockMigrations?.Invoke(transaction);

            // Another process may have applied it while we waited for the lock.
            var already = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction);
            if (already == 0)
            {
                connection.Execute(sql, transaction: transaction);
                connection.Execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    transaction);
            }

            transaction.Commit();
        }
    }

    public BatchOutcome SaveBatch(IReadOnlyList<StoredArticle> batch)
    {
        int created = 0, updated = 0, unchanged = 0;
        var touchedClaims = new HashSet<string>(StringComparer.Ordinal);
        var inserted = new List<ArticleAnalysis>();
        _batchEventFused.Clear();
        using var transaction = BeginWrite([.. batch.Select(a => a.Analysis.Id)]);
        var fusion = new FusionBatch(this, transaction, TakeFusionCache(transaction));
        if (fusion.Cache.Folded.Count > FusionCache.MaxFolded)
        {
            fusion.Cache.Folded.Clear();
        }

        if (fusion.Cache.ClaimMembers.Count > FusionCache.MaxClaimMembers)
        {
            fusion.Cache.ClaimMembers.Clear();
        }

        if (fusion.Cache.ClaimOpponents.Count > FusionCache.MaxClaimOpponents)
        {
            fusion.Cache.ClaimOpponents.Clear();
        }

        _claimMembers = fusion.Cache.ClaimMembers;
        _claimOpponents = fusion.Cache.ClaimOpponents;
        _pendingOpponents.Clear();
        _legacyClaims = null;
        foreach (var article in batch)
        {
            var id = article.Analysis.Id;
            var existing = Strings("SELECT content_hash FROM articles WHERE id = @id", transaction, Arg.Text("id", id)).FirstOrDefault();
            if (existing == article.ContentHash)
            {
                unchanged++;
                continue;
            }

            if (existing is not null)
            {
                // Same id, new content: the article was revised. Its rows are replaced as a whole, and the fused
                // events it belonged to are rebuilt from their remaining reports.
                var before = FusedIdsOf(id, transaction).ToList();
                var beforeClaims = FusedClaimIdsOf(id, transaction).ToList();
                _batchEventFused.Clear(); // the revised article's events leave their fused events: ask the database again
                Connection.Execute("DELETE FROM articles WHERE id = @id", new { id }, transaction);
                _claimOpponents.Clear(); // the article's claims' pairs went with its rows: read the rest again as needed
                fusion.Cache.ClaimKeys = null; // fused claims rebuilt below write their keys to the database alone
                RebuildFused(before, fusion);
                RebuildFusedClaims(beforeClaims, transaction, membersLeft: true);
                updated++;
            }
            else
            {
                created++;
            }

            fusion.Wrote = true; // fused claims change even when no event does
            Insert(article, transaction);
            _ = Fuse(article.Analysis, fusion);
            inserted.Add(article.Analysis);
        }

        _ = fusion.WriteJoined();
        if (fusion.MovedArticles.Count > 0)
        {
            // Reports of one incident kept apart were merged (a later report bridged them): fused claims stored with
            // the merged-away events' ids are rebuilt from their members, whose fused events are read again.
            fusion.Cache.ClaimKeys = null;
            RebuildFusedClaims(FusedClaimsOfArticles([.. fusion.MovedArticles], transaction), transaction, membersLeft: true);
        }

        RefreshFusedActors(fusion);

        _fusedEventIndex = fusion.Cache.Index; // in step with the batch's writes from here on (null: not read, ask the database)

        // Claims after events: a claim's fused events are a matching feature.
        _pendingKeys = new PendingClaimKeys();
        _claimKeys = ClaimKeysFor(inserted, fusion.Cache, transaction);
        _pendingMembers = new PendingClaimMembers();
        try
        {
            foreach (var article in inserted)
            {
                touchedClaims.UnionWith(FuseClaims(article, transaction));
            }

            RebuildFusedClaims(touchedClaims, transaction);
            FlushClaimMembers(transaction);
            FlushClaimKeys(transaction);
            FlushClaimOpponents(transaction);
        }
        finally
        {
            _fusedEventIndex = null;
            _claimKeys = null;
            _pendingKeys = null;
            _pendingMembers = null;
        }

        var cacheValid = !fusion.Wrote || BumpFusionGeneration(fusion.Cache, transaction);
        transaction.Commit();
        _fusionCache = cacheValid ? fusion.Cache : null;
        return new BatchOutcome(created, updated, unchanged);
    }

    /// <summary>The batch's copy of the fused events' candidate columns while its claims are fused (their countries are read there).</summary>
    private FusedEventIndex? _fusedEventIndex;

    /// <summary>The writer's fusion cache between batches (null: none, or not to be trusted).</summary>
    private FusionCache? _fusionCache;

    /// <summary>
    /// The writer's fusion cache if the store's fusion generation is still the one it committed, else a new empty one;
    /// the store holds none until the batch commits (a batch that fails leaves nothing half-updated behind).
    /// </summary>
    private FusionCache TakeFusionCache(DbTransaction transaction)
    {
        var cache = _fusionCache;
        _fusionCache = null;
        var generation = Connection.ExecuteScalar<long>("SELECT value FROM fusion_generation WHERE id = 1", transaction: transaction);
        return cache is not null && cache.Generation == generation ? cache : new FusionCache(generation);
    }

    /// <summary>
    /// Marks the batch's fusion writes with a new generation; true when no other writer's batch came in between
    /// (the cache then holds the store's state at the new generation).
    /// </summary>
    private bool BumpFusionGeneration(FusionCache cache, DbTransaction transaction)
    {
        Connection.Execute("UPDATE fusion_generation SET value = value + 1 WHERE id = 1", transaction: transaction);
        var generation = Connection.ExecuteScalar<long>("SELECT value FROM fusion_generation WHERE id = 1", transaction: transaction);
        var valid = generation == cache.Generation + 1;
        cache.Generation = generation;
        return valid;
    }

    private void Insert(StoredArticle article, DbTransaction transaction)
    {
        var a = article.Analysis;
        Run(
            """
            INSERT INTO articles (id, content_hash, source, url, title, published, text, analysis_json, ingested_at)
            VALUES (@Id, @Hash, @Source, @Url, @Title, @Published, @Text, @Json, @At)
            """,
            transaction,
            Arg.Text("Id", a.Id),
            Arg.Text("Hash", article.ContentHash),
            Arg.Text("Source", a.Source),
            Arg.Text("Url", a.Url),
            Arg.Text("Title", a.Title),
            Arg.Text("Published", Iso(a.Published)),
            Arg.Text("Text", article.Text),
            // One copy of each event and claim: they are stored as rows (events.json, claims.json, by ordinal), so the
            // article's own JSON keeps the rest (entities, warnings); StoredAnalysis puts the whole analysis back together.
            Arg.Text("Json", JsonSerializer.Serialize(a with { Text = null, Events = [], Claims = [] }, SitrepJson.Default.ArticleAnalysis)),
            Arg.Text("At", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        // Rows go in several to a statement: on PostgreSQL each statement is a round trip to the server, and an
        // article has hundreds of rows (mentions, evidence); SQLite saves the per-statement overhead too.
        var entities = new List<Arg[]>(a.Entities.Count);
        var mentions = new List<Arg[]>();
        foreach (var entity in a.Entities)
        {
            entities.Add([Arg.Text("", a.Id), Arg.Text("", entity.Id), Arg.Text("", entity.Type), Arg.Text("", entity.Text), Arg.Text("", entity.Canonical)]);
            foreach (var mention in entity.Mentions.DistinctBy(m => m.Start))
            {
                mentions.Add([Arg.Text("", a.Id), Arg.Text("", entity.Id), Arg.Int("", mention.Start), Arg.Int("", mention.End)]);
            }
        }

        RunRows("INSERT INTO entities (article_id, entity_id, type, text, canonical)", entities, transaction);
        RunRows("INSERT INTO mentions (article_id, entity_id, start, \"end\")", mentions, transaction);

        var evidence = new List<Arg[]>();
        var events = new List<Arg[]>(a.Events.Count);
        for (var i = 0; i < a.Events.Count; i++)
        {
            var e = a.Events[i];
            var json = JsonSerializer.Serialize(e, SitrepJson.Default.EventRecord);
            _parsedEvents.Remember(json, e);
            events.Add([
                Arg.Text("", e.Id), Arg.Text("", a.Id), Arg.Int("", i), Arg.Text("", e.EventType), Arg.Text("", e.SubEventType),
                Arg.Text("", e.PloverEvent), Arg.Text("", e.Country), Arg.Text("", e.Iso3), Arg.Text("", e.Admin1),
                Arg.Text("", e.Location), Arg.Text("", Iso(e.EventDate)), Arg.Int("", e.Fatalities), Arg.Text("", e.Modality),
                Arg.Text("", json), Arg.Text("", ActorWords(e))]);
            AddEvidence(evidence, a.Id, "event", e.Id, e.Evidence);
        }

        RunRows(
            "INSERT INTO events (id, article_id, ordinal, event_type, sub_event_type, plover_event, country, iso3, admin1, location, event_date, fatalities, modality, json, actors)",
            events,
            transaction);

        var claims = new List<Arg[]>(a.Claims.Count);
        var stances = new List<Arg[]>();
        for (var i = 0; i < a.Claims.Count; i++)
        {
            var c = a.Claims[i];
            var json = JsonSerializer.Serialize(c, SitrepJson.Default.ClaimRecord);
            _parsedClaims.Remember(json, c);
            claims.Add([
                Arg.Text("", c.Id), Arg.Text("", a.Id), Arg.Int("", i), Arg.Text("", c.Kind), Arg.Text("", c.Status),
                Arg.Text("", c.Claimant?.Name ?? c.Claimant?.Text), Arg.Text("", json)]);
            for (var s = 0; s < c.Stances.Count; s++)
            {
                var stance = c.Stances[s];
                stances.Add([
                    Arg.Text("", c.Id), Arg.Int("", s), Arg.Text("", stance.Stance), Arg.Text("", stance.By?.Name ?? stance.By?.Text),
                    Arg.Int("", stance.Evidence.Start), Arg.Int("", stance.Evidence.End)]);
            }

            AddEvidence(evidence, a.Id, "claim", c.Id, c.Evidence);
        }

        RunRows("INSERT INTO claims (id, article_id, ordinal, kind, status, claimant_name, json)", claims, transaction);
        RunRows("INSERT INTO stances (claim_id, ordinal, stance, by_name, start, \"end\")", stances, transaction);
        RunRows("INSERT INTO evidence (article_id, owner_kind, owner_id, ordinal, start, \"end\")", evidence, transaction);
    }

    /// <summary>The report's actors as the <c>actors</c> column keeps them for <see cref="EventQuery.Actor"/>: canonical names and the report's words.</summary>
    private static string ActorWords(EventRecord e) =>
        Delimited(new[] { e.Actor1 }.Concat(e.AssocActor1).Append(e.Actor2).Concat(e.AssocActor2).SelectMany(a => new[] { a?.Name, a?.Text }));

    private static void AddEvidence(List<Arg[]> rows, string articleId, string ownerKind, string ownerId, IReadOnlyList<SpanRecord> evidence)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            rows.Add([
                Arg.Text("", articleId), Arg.Text("", ownerKind), Arg.Text("", ownerId), Arg.Int("", i),
                Arg.Int("", evidence[i].Start), Arg.Int("", evidence[i].End)]);
        }
    }

    public StoreCounts Counts() => new(
        Count("articles"), Count("entities"), Count("events"), Count("claims"), Count("stances"), Count("evidence"), Count("fused_events"))
    {
        FusedClaims = Count("fused_claims"),
    };

    private long Count(string table) => Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");

    /// <summary>The columns of fused_events that events has too, then <paramref name="more"/> (the order of the multi-row insert in Fuse).</summary>
    private static Arg[] EventColumns(EventRecord e, params ReadOnlySpan<Arg> more) =>
    [
        Arg.Text("Id", e.Id),
        Arg.Text("EventType", e.EventType),
        Arg.Text("SubEventType", e.SubEventType),
        Arg.Text("PloverEvent", e.PloverEvent),
        Arg.Text("Country", e.Country),
        Arg.Text("Iso3", e.Iso3),
        Arg.Text("Admin1", e.Admin1),
        Arg.Text("Location", e.Location),
        Arg.Text("EventDate", Iso(e.EventDate)),
        Arg.Int("Fatalities", e.Fatalities),
        Arg.Text("Modality", e.Modality),
        .. more,
    ];

    private static string? Iso(DateOnly? date) => IsoDate.Write(date);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeStatements();
            Connection.Dispose();
        }
    }
}
