using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A batch is one transaction, so an interrupted ingest (even
/// kill -9) leaves whole batches only, and re-running it completes the rest without duplicates.
/// </summary>
public sealed class SqliteStore : ISitrepStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = string.Empty;

    public static SqliteStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        try
        {
            // WAL lets readers work during an ingest; NORMAL sync is crash-safe for the application in WAL mode.
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;");
            Migrate(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteStore(connection) { Path = path };
    }

    public int SchemaVersion => _connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");

    private static void Migrate(SqliteConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = connection.Query<int>("SELECT version FROM schema_migrations").ToHashSet();
        foreach (var (version, name, sql) in SqliteMigrations.All)
        {
            if (applied.Contains(version))
            {
                continue;
            }

            // IMMEDIATE takes the write lock first, so two processes opening a new store do not both migrate.
            using var transaction = connection.BeginTransaction(deferred: false);
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
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var article in batch)
        {
            var id = article.Analysis.Id;
            var existing = _connection.ExecuteScalar<string?>("SELECT content_hash FROM articles WHERE id = @id", new { id }, transaction);
            if (existing == article.ContentHash)
            {
                unchanged++;
                continue;
            }

            if (existing is not null)
            {
                // Same id, new content: the article was revised. Its rows are replaced as a whole.
                _connection.Execute("DELETE FROM articles WHERE id = @id", new { id }, transaction);
                updated++;
            }
            else
            {
                created++;
            }

            Insert(article, transaction);
        }

        transaction.Commit();
        return new BatchOutcome(created, updated, unchanged);
    }

    private void Insert(StoredArticle article, SqliteTransaction transaction)
    {
        var a = article.Analysis;
        _connection.Execute(
            """
            INSERT INTO articles (id, content_hash, source, url, title, published, text, analysis_json, ingested_at)
            VALUES (@Id, @Hash, @Source, @Url, @Title, @Published, @Text, @Json, @At)
            """,
            new
            {
                a.Id,
                Hash = article.ContentHash,
                a.Source,
                a.Url,
                a.Title,
                Published = Iso(a.Published),
                article.Text,
                Json = JsonSerializer.Serialize(a with { Text = null }, SitrepJson.Default.ArticleAnalysis),
                At = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            },
            transaction);

        foreach (var entity in a.Entities)
        {
            _connection.Execute(
                "INSERT INTO entities (article_id, entity_id, type, text, canonical) VALUES (@ArticleId, @Id, @Type, @Text, @Canonical)",
                new { ArticleId = a.Id, entity.Id, entity.Type, entity.Text, entity.Canonical },
                transaction);
            foreach (var mention in entity.Mentions.DistinctBy(m => m.Start))
            {
                _connection.Execute(
                    "INSERT INTO mentions (article_id, entity_id, start, \"end\") VALUES (@ArticleId, @EntityId, @Start, @End)",
                    new { ArticleId = a.Id, EntityId = entity.Id, mention.Start, mention.End },
                    transaction);
            }
        }

        for (var i = 0; i < a.Events.Count; i++)
        {
            var e = a.Events[i];
            _connection.Execute(
                """
                INSERT INTO events (id, article_id, ordinal, event_type, sub_event_type, plover_event, country, iso3, admin1,
                                    location, event_date, fatalities, modality, json)
                VALUES (@Id, @ArticleId, @Ordinal, @EventType, @SubEventType, @PloverEvent, @Country, @Iso3, @Admin1,
                        @Location, @EventDate, @Fatalities, @Modality, @Json)
                """,
                new
                {
                    e.Id,
                    ArticleId = a.Id,
                    Ordinal = i,
                    e.EventType,
                    e.SubEventType,
                    e.PloverEvent,
                    e.Country,
                    e.Iso3,
                    e.Admin1,
                    e.Location,
                    EventDate = Iso(e.EventDate),
                    e.Fatalities,
                    e.Modality,
                    Json = JsonSerializer.Serialize(e, SitrepJson.Default.EventRecord),
                },
                transaction);
            InsertEvidence(a.Id, "event", e.Id, e.Evidence, transaction);
        }

        for (var i = 0; i < a.Claims.Count; i++)
        {
            var c = a.Claims[i];
            _connection.Execute(
                "INSERT INTO claims (id, article_id, ordinal, kind, status, claimant_name, json) VALUES (@Id, @ArticleId, @Ordinal, @Kind, @Status, @Claimant, @Json)",
                new { c.Id, ArticleId = a.Id, Ordinal = i, c.Kind, c.Status, Claimant = c.Claimant?.Name ?? c.Claimant?.Text, Json = JsonSerializer.Serialize(c, SitrepJson.Default.ClaimRecord) },
                transaction);
            for (var s = 0; s < c.Stances.Count; s++)
            {
                var stance = c.Stances[s];
                _connection.Execute(
                    "INSERT INTO stances (claim_id, ordinal, stance, by_name, start, \"end\") VALUES (@ClaimId, @Ordinal, @Stance, @By, @Start, @End)",
                    new { ClaimId = c.Id, Ordinal = s, stance.Stance, By = stance.By?.Name ?? stance.By?.Text, stance.Evidence.Start, stance.Evidence.End },
                    transaction);
            }

            InsertEvidence(a.Id, "claim", c.Id, c.Evidence, transaction);
        }
    }

    private void InsertEvidence(string articleId, string ownerKind, string ownerId, IReadOnlyList<SpanRecord> evidence, SqliteTransaction transaction)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            _connection.Execute(
                "INSERT INTO evidence (article_id, owner_kind, owner_id, ordinal, start, \"end\", text) VALUES (@ArticleId, @OwnerKind, @OwnerId, @Ordinal, @Start, @End, @Text)",
                new { ArticleId = articleId, OwnerKind = ownerKind, OwnerId = ownerId, Ordinal = i, evidence[i].Start, evidence[i].End, evidence[i].Text },
                transaction);
        }
    }

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery query)
    {
        var sql = """
            SELECT e.json AS Json, a.id AS ArticleId, a.source AS Source, a.url AS Url, a.published AS Published,
                   a.title AS Title, a.ingested_at AS IngestedAt
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE (@From IS NULL OR event_date >= @From)
              AND (@To IS NULL OR event_date <= @To)
              AND (@Country IS NULL OR country = @Country COLLATE NOCASE OR iso3 = @Country COLLATE NOCASE)
              AND (@Admin1 IS NULL OR admin1 = @Admin1 COLLATE NOCASE)
              AND (@EventType IS NULL OR event_type = @EventType COLLATE NOCASE OR sub_event_type = @EventType COLLATE NOCASE
                   OR plover_event = @EventType COLLATE NOCASE)
            ORDER BY event_date IS NULL, event_date, article_id, ordinal
            LIMIT @Limit
            """;
        return _connection.Query<EventRow>(sql, new
        {
            From = Iso(query.From),
            To = Iso(query.To),
            query.Country,
            query.Admin1,
            query.EventType,
            Limit = query.Limit ?? -1,
        }).Select(row => new StoredEvent(
            JsonSerializer.Deserialize(row.Json, SitrepJson.Default.EventRecord)!,
            row.ArticleId,
            row.Source,
            row.Url,
            row.Published is null ? null : DateOnly.ParseExact(row.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.Title,
            DateTimeOffset.Parse(row.IngestedAt, CultureInfo.InvariantCulture))).ToList();
    }

    private sealed record EventRow(string Json, string ArticleId, string? Source, string? Url, string? Published, string? Title, string IngestedAt);

    public IReadOnlyList<ClaimRecord> QueryClaims(ClaimQuery query)
    {
        var sql = """
            SELECT json FROM claims
            WHERE (@Status IS NULL OR status = @Status COLLATE NOCASE)
              AND (@Claimant IS NULL OR claimant_name LIKE '%' || @Claimant || '%')
            ORDER BY article_id, ordinal
            LIMIT @Limit
            """;
        return _connection.Query<string>(sql, new { query.Status, query.Claimant, Limit = query.Limit ?? -1 })
            .Select(json => JsonSerializer.Deserialize(json, SitrepJson.Default.ClaimRecord)!).ToList();
    }

    public StoreCounts Counts() => new(
        Count("articles"), Count("entities"), Count("events"), Count("claims"), Count("stances"), Count("evidence"));

    /// <summary>SQLite's own consistency check: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => _connection.ExecuteScalar<string>("PRAGMA integrity_check") ?? "no answer";

    private long Count(string table) => _connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();
}
