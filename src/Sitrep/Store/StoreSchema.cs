namespace Sitrep.Store;

/// <summary>
/// The schema (the same for SQLite and PostgreSQL) as an ordered list of migrations. A store records the versions applied; opening a store applies
/// the missing ones, each in its own transaction. Never edit a released migration: add a new one.
/// </summary>
public static class StoreSchema
{
    /// <summary>Migration 13's first part, the same on both servers: associate actors spelt as the contract does in stored JSON.</summary>
    private const string _assocActorRenames = """
            UPDATE events SET json = replace(replace(json, '"assoc_actor1":', '"assoc_actor_1":'), '"assoc_actor2":', '"assoc_actor_2":');
            UPDATE fused_events SET json = replace(replace(json, '"assoc_actor1":', '"assoc_actor_1":'), '"assoc_actor2":', '"assoc_actor_2":'),
                                    fold = replace(replace(fold, '"assoc_actor1":', '"assoc_actor_1":'), '"assoc_actor2":', '"assoc_actor_2":');
            """;

    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> Migrations =
    [
        (1, "articles, entities, events, claims, stances, evidence", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL,
                source TEXT,
                url TEXT,
                title TEXT,
                published TEXT,
                text TEXT NOT NULL,
                analysis_json TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_published ON articles(published);

            CREATE TABLE entities (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL,
                canonical TEXT,
                PRIMARY KEY (article_id, entity_id)
            );
            CREATE INDEX entities_canonical ON entities(canonical);

            CREATE TABLE mentions (
                article_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, entity_id, start),
                FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
            );

            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                event_type TEXT,
                sub_event_type TEXT,
                plover_event TEXT,
                country TEXT,
                iso3 TEXT,
                admin1 TEXT,
                location TEXT,
                event_date TEXT,
                fatalities INTEGER,
                modality TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX events_article ON events(article_id);
            CREATE INDEX events_date ON events(event_date);
            CREATE INDEX events_place ON events(country, admin1);
            CREATE INDEX events_type ON events(event_type);

            CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                claimant_name TEXT,
                json TEXT NOT NULL
            );
            CREATE INDEX claims_article ON claims(article_id);
            CREATE INDEX claims_status ON claims(status);

            CREATE TABLE stances (
                claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                stance TEXT NOT NULL,
                by_name TEXT,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (claim_id, ordinal)
            );

            CREATE TABLE evidence (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                owner_kind TEXT NOT NULL CHECK (owner_kind IN ('event', 'claim')),
                owner_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT,
                PRIMARY KEY (owner_kind, owner_id, ordinal)
            );
            CREATE INDEX evidence_article ON evidence(article_id);
            """),
        (2, "fused events and their member reports", """
            CREATE TABLE fused_events (
                id TEXT PRIMARY KEY,
                event_type TEXT,
                sub_event_type TEXT,
                plover_event TEXT,
                country TEXT,
                iso3 TEXT,
                admin1 TEXT,
                location TEXT,
                event_date TEXT,
                date_start TEXT,
                date_end TEXT,
                fatalities INTEGER,
                modality TEXT NOT NULL,
                source_count INTEGER NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX fused_events_date ON fused_events(date_start, date_end);
            CREATE INDEX fused_events_place ON fused_events(iso3, admin1);
            CREATE INDEX fused_events_type ON fused_events(event_type);

            CREATE TABLE fused_event_members (
                event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
                fused_id TEXT NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE
            );
            CREATE INDEX fused_event_members_fused ON fused_event_members(fused_id);
            """),
        (3, "index for fusion candidates: event type, first-level division, then the date range", """
            CREATE INDEX fused_events_candidates ON fused_events(event_type, admin1, date_end);
            """),
        (4, "fused claims, their member claims and candidate keys", """
            CREATE TABLE fused_claims (
                id TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                kind TEXT NOT NULL,
                polarity TEXT NOT NULL,
                claimants TEXT NOT NULL,
                countries TEXT NOT NULL,
                first_reported TEXT,
                last_reported TEXT,
                source_count INTEGER NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX fused_claims_reported ON fused_claims(first_reported, last_reported);
            CREATE INDEX fused_claims_status ON fused_claims(status);

            CREATE TABLE fused_claim_members (
                claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
                fused_id TEXT NOT NULL REFERENCES fused_claims(id) ON DELETE CASCADE
            );
            CREATE INDEX fused_claim_members_fused ON fused_claim_members(fused_id);

            CREATE TABLE fused_claim_terms (
                term TEXT NOT NULL,
                fused_id TEXT NOT NULL REFERENCES fused_claims(id) ON DELETE CASCADE,
                PRIMARY KEY (term, fused_id)
            );
            CREATE INDEX fused_claim_terms_fused ON fused_claim_terms(fused_id);
            """),
        (5, "indexes for ledger queries: case-insensitive names, then the ledger's order (date, nulls last, id)", """
            CREATE INDEX fused_events_ledger_order ON fused_events((event_date IS NULL), event_date, id);
            CREATE INDEX fused_events_by_date ON fused_events(event_date, id);
            CREATE INDEX fused_events_q_country ON fused_events(lower(country), event_date, id);
            CREATE INDEX fused_events_q_iso3 ON fused_events(lower(iso3), event_date, id);
            CREATE INDEX fused_events_q_admin1 ON fused_events(lower(admin1), event_date, id);
            CREATE INDEX fused_events_q_type ON fused_events(lower(event_type), event_date, id);
            CREATE INDEX fused_events_q_sub_type ON fused_events(lower(sub_event_type), event_date, id);
            CREATE INDEX fused_events_q_plover ON fused_events(lower(plover_event), event_date, id);
            """),
        (6, "fusion candidates found in bounded index ranges: events by start date (wide intervals apart), claims by term and member day", """
            DROP INDEX fused_events_candidates;
            ALTER TABLE fused_events ADD COLUMN wide INTEGER NOT NULL DEFAULT 1;
            CREATE INDEX fused_events_candidates ON fused_events(event_type, admin1, wide, date_start, date_end, modality, iso3, id);
            CREATE INDEX fused_events_candidates_plover ON fused_events(plover_event, admin1, wide, date_start, date_end, modality, iso3, id);

            CREATE TABLE fused_claim_keys (
                term TEXT NOT NULL,
                day TEXT NOT NULL,
                fused_id TEXT NOT NULL REFERENCES fused_claims(id) ON DELETE CASCADE,
                PRIMARY KEY (term, day, fused_id)
            );
            CREATE INDEX fused_claim_keys_fused ON fused_claim_keys(fused_id);
            INSERT INTO fused_claim_keys (term, day, fused_id)
                SELECT DISTINCT t.term, COALESCE(a.published, ''), t.fused_id
                FROM fused_claim_terms t
                JOIN fused_claim_members m ON m.fused_id = t.fused_id
                JOIN claims c ON c.id = m.claim_id
                JOIN articles a ON a.id = c.article_id;
            DROP TABLE fused_claim_terms;
            """),
        (7, "fused events folded incrementally: each row's fold (what merging one more report needs), and a generation that lets a writer keep its fusion caches across batches", """
            ALTER TABLE fused_events ADD COLUMN fold TEXT;
            CREATE TABLE fusion_generation (id INTEGER PRIMARY KEY, value BIGINT NOT NULL);
            INSERT INTO fusion_generation (id, value) VALUES (1, 0);
            """),
        (8, "claim fusion folded incrementally: the pairs of claims that oppose or conflict with each other (found when the later one is stored), and which fused claims were written from them", """
            CREATE TABLE claim_opponents (
                claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                opponent_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                relation TEXT NOT NULL,
                PRIMARY KEY (claim_id, opponent_id)
            );
            CREATE INDEX claim_opponents_opponent ON claim_opponents(opponent_id);
            ALTER TABLE fused_claims ADD COLUMN opponents_known INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX fused_claims_opponents_known ON fused_claims(opponents_known);
            """),
        (9, "one copy of each event and claim: the article's analysis JSON leaves out its events and claims (their rows hold them), evidence rows keep offsets only (the text is in the article)", """
            UPDATE articles SET analysis_json = json_patch(analysis_json, '{"events":[],"claims":[]}');
            ALTER TABLE evidence DROP COLUMN text;
            """),
        (10, "small rows kept in their primary key's order only (SQLite WITHOUT ROWID): claim keys, mentions, evidence offsets and claim pairs were stored twice, as rows and as the key's index", """
            CREATE TABLE fused_claim_keys_new (
                term TEXT NOT NULL,
                day TEXT NOT NULL,
                fused_id TEXT NOT NULL REFERENCES fused_claims(id) ON DELETE CASCADE,
                PRIMARY KEY (term, day, fused_id)
            ) WITHOUT ROWID;
            INSERT INTO fused_claim_keys_new (term, day, fused_id) SELECT term, day, fused_id FROM fused_claim_keys;
            DROP TABLE fused_claim_keys;
            ALTER TABLE fused_claim_keys_new RENAME TO fused_claim_keys;
            CREATE INDEX fused_claim_keys_fused ON fused_claim_keys(fused_id);

            CREATE TABLE mentions_new (
                article_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, entity_id, start),
                FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
            ) WITHOUT ROWID;
            INSERT INTO mentions_new (article_id, entity_id, start, "end") SELECT article_id, entity_id, start, "end" FROM mentions;
            DROP TABLE mentions;
            ALTER TABLE mentions_new RENAME TO mentions;

            CREATE TABLE evidence_new (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                owner_kind TEXT NOT NULL CHECK (owner_kind IN ('event', 'claim')),
                owner_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (owner_kind, owner_id, ordinal)
            ) WITHOUT ROWID;
            INSERT INTO evidence_new (article_id, owner_kind, owner_id, ordinal, start, "end")
                SELECT article_id, owner_kind, owner_id, ordinal, start, "end" FROM evidence;
            DROP TABLE evidence;
            ALTER TABLE evidence_new RENAME TO evidence;
            CREATE INDEX evidence_article ON evidence(article_id);

            CREATE TABLE claim_opponents_new (
                claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                opponent_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                relation TEXT NOT NULL,
                PRIMARY KEY (claim_id, opponent_id)
            ) WITHOUT ROWID;
            INSERT INTO claim_opponents_new (claim_id, opponent_id, relation) SELECT claim_id, opponent_id, relation FROM claim_opponents;
            DROP TABLE claim_opponents;
            ALTER TABLE claim_opponents_new RENAME TO claim_opponents;
            CREATE INDEX claim_opponents_opponent ON claim_opponents(opponent_id);
            """),
        (11, "a fused event of one report is stored without its record and fold (empty text): it is that report folded alone, built when read", """
            UPDATE fused_events SET json = '', fold = ''
            WHERE (SELECT COUNT(*) FROM fused_event_members m WHERE m.fused_id = fused_events.id) = 1;
            """),
        (12, "fusion candidates of any first-level division of the report's country (outlets file one incident under different divisions): the candidate indexes lose their admin1 column", """
            DROP INDEX fused_events_candidates;
            DROP INDEX fused_events_candidates_plover;
            CREATE INDEX fused_events_candidates ON fused_events(event_type, wide, date_start, date_end, modality, iso3, id);
            CREATE INDEX fused_events_candidates_plover ON fused_events(plover_event, wide, date_start, date_end, modality, iso3, id);
            """),
        (13, "the contract's spelling of associate actors in stored JSON (assoc_actor_1, was assoc_actor1); each report's actors as one searchable column ('|name|words|', lower-cased: the canonical names and the words the report used for actor1, actor2 and their associates), so events can be filtered by actor (a LIKE '%x%' cannot seek, but scans the small covering index instead of the rows)", _assocActorRenames + """
            ALTER TABLE events ADD COLUMN actors TEXT NOT NULL DEFAULT '|';
            UPDATE events SET actors = COALESCE('|' || (
                SELECT group_concat(lower(trim(v)), '|') FROM (
                    SELECT json_extract(events.json, '$.actor1.name') AS v UNION ALL
                    SELECT json_extract(events.json, '$.actor1.text') UNION ALL
                    SELECT json_extract(events.json, '$.actor2.name') UNION ALL
                    SELECT json_extract(events.json, '$.actor2.text') UNION ALL
                    SELECT json_extract(a.value, '$.name') FROM json_each(events.json, '$.assoc_actor_1') a UNION ALL
                    SELECT json_extract(a.value, '$.text') FROM json_each(events.json, '$.assoc_actor_1') a UNION ALL
                    SELECT json_extract(a.value, '$.name') FROM json_each(events.json, '$.assoc_actor_2') a UNION ALL
                    SELECT json_extract(a.value, '$.text') FROM json_each(events.json, '$.assoc_actor_2') a)
                WHERE v IS NOT NULL AND trim(v) <> '') || '|', '|');
            CREATE INDEX events_actors ON events(actors, id);
            """),
        (14, "each fused event's actors as one searchable column (every name and word its reports' actors columns hold), covered by a ledger-order index: the actor filter reads fused events in the order it returns them and stops at the page's end, instead of finding reports and then their fused events", """
            ALTER TABLE fused_events ADD COLUMN actors TEXT NOT NULL DEFAULT '|';
            UPDATE fused_events SET actors = COALESCE('|' || (
                SELECT group_concat(substr(e.actors, 2), '') FROM fused_event_members m JOIN events e ON e.id = m.event_id
                WHERE m.fused_id = fused_events.id), '|');
            CREATE INDEX fused_events_actors ON fused_events((event_date IS NULL), event_date, id, actors);
            """),
        (15, "indexes no statement uses any more are dropped (every insert and fused-event update wrote them): the ledger order's (migration 14's index begins with the same columns), the events' and claims' own query indexes (queries read fused events and fused claims), and the first fused-event indexes that later ones begin with or replaced", """
            DROP INDEX IF EXISTS fused_events_ledger_order;
            DROP INDEX IF EXISTS fused_events_date;
            DROP INDEX IF EXISTS fused_events_place;
            DROP INDEX IF EXISTS fused_events_type;
            DROP INDEX IF EXISTS events_date;
            DROP INDEX IF EXISTS events_place;
            DROP INDEX IF EXISTS events_type;
            DROP INDEX IF EXISTS events_actors;
            DROP INDEX IF EXISTS claims_status;
            """),
        (16, "PostgreSQL's fused_events_actors index keeps the ledger order alone: a server that ran migration 14's first text (the actors column in the index) refuses to store an event reported by many outlets, whose words outgrow an index entry; SQLite's covering index stays as it is", "SELECT 1;"),
    ];

    /// <summary>
    /// PostgreSQL's text of the migrations whose SQL cannot be the same on both servers (JSON functions differ); the
    /// version and name stay those of <see cref="Migrations"/>.
    /// </summary>
    private static readonly Dictionary<int, string> _postgresSql = new()
    {
        [9] = """
            UPDATE articles SET analysis_json = (analysis_json::jsonb || '{"events":[],"claims":[]}'::jsonb)::text;
            ALTER TABLE evidence DROP COLUMN text;
            """,

        // PostgreSQL keeps a table's rows apart from its indexes whatever the table says: nothing to rebuild.
        [10] = "SELECT 1;",

        [13] = _assocActorRenames + """
            ALTER TABLE events ADD COLUMN actors TEXT NOT NULL DEFAULT '|';
            UPDATE events SET actors = COALESCE('|' || (
                SELECT string_agg(lower(trim(v)), '|') FROM (
                    SELECT jsonb_path_query(json::jsonb, '$.actor1.name ? (@.type() == "string")') #>> '{}' AS v UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.actor1.text ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.actor2.name ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.actor2.text ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.assoc_actor_1[*].name ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.assoc_actor_1[*].text ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.assoc_actor_2[*].name ? (@.type() == "string")') #>> '{}' UNION ALL
                    SELECT jsonb_path_query(json::jsonb, '$.assoc_actor_2[*].text ? (@.type() == "string")') #>> '{}') parts
                WHERE trim(v) <> '') || '|', '|');
            CREATE INDEX events_actors ON events(actors, id);
            """,

        // PostgreSQL refuses index entries over ~2.7 KB, and an event reported by many outlets gathers more words than
        // that: its index keeps the ledger order alone (its planner scans the rows for LIKE '%x%' either way), and the
        // backfill keeps each word once, as ingest does.
        [14] = """
            ALTER TABLE fused_events ADD COLUMN actors TEXT NOT NULL DEFAULT '|';
            UPDATE fused_events SET actors = COALESCE('|' || (
                SELECT string_agg(DISTINCT w, '|' ORDER BY w)
                FROM fused_event_members m JOIN events e ON e.id = m.event_id,
                     unnest(string_to_array(trim(both '|' from e.actors), '|')) AS w
                WHERE m.fused_id = fused_events.id AND w <> '') || '|', '|');
            CREATE INDEX fused_events_actors ON fused_events((event_date IS NULL), event_date, id);
            """,

        // Migration 14's text above was corrected in place after some servers had run its first text; rebuilding
        // the index is cheap and gives every server the same one.
        [16] = """
            DROP INDEX IF EXISTS fused_events_actors;
            CREATE INDEX fused_events_actors ON fused_events((event_date IS NULL), event_date, id);
            """,
    };

    /// <summary><see cref="Migrations"/> as PostgreSQL runs them.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> PostgresMigrations { get; } =
        [.. Migrations.Select(m => _postgresSql.TryGetValue(m.Version, out var sql) ? m with { Sql = sql } : m)];
}
