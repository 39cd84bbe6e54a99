using System.Data.Common;
using System.Text.Json;
using Dapper;
using Sitrep.Common;
using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>Fusion on ingest: each stored event joins the fused event it reports, or founds a new one.</summary>
public abstract partial class SqlStore
{
    public EventFuser Fuser { get; init; } = new();

    private IEnumerable<string> FusedIdsOf(string articleId, DbTransaction transaction) => Connection.Query<string>(
        "SELECT m.fused_id FROM fused_event_members m JOIN events e ON e.id = m.event_id WHERE e.article_id = @articleId",
        new { articleId },
        transaction);

    /// <summary>Fuses the article's events; returns the fused ids they joined or founded.</summary>
    private List<string> Fuse(ArticleAnalysis article, FusionBatch batch)
    {
        var fused = new List<string>(article.Events.Count);
        var memberRows = new List<Arg[]>(article.Events.Count);
        var founded = new List<Arg[]>();
        List<(string Kept, IReadOnlyList<string> Bridged)>? bridges = null;
        List<FusionMove>? moves = null;
        foreach (var e in article.Events)
        {
            var member = new MemberEvent(e, article.Id, article.Source, article.Url, article.Published);

            // A fused event this article's other events joined is no candidate (one article's events were kept apart by
            // the events stage): the fuser's own test sees the compared reports only.
            var candidates = Candidates(e, article.Published, batch, except: fused);
            var choice = Fuser.ChooseWithBridges(member, candidates);
            var fusedId = choice.Joined;
            if (choice.Bridged.Count > 0)
            {
                (bridges ??= []).Add((fusedId!, choice.Bridged));
                foreach (var gone in choice.Bridged)
                {
                    // Out of the index at once: no later report of this article or batch may join a bridged event.
                    batch.Index.Remove(gone);
                }
            }

            if (fusedId is null)
            {
                // Its row goes in with the others the article founds (the batch's candidate index has it at once;
                // no other report of this article can join it, and nothing reads fused_events back meanwhile).
                fusedId = EventMerger.FusedIdFor(e.Id);
                var (record, fold) = EventFolding.Build(fusedId, [member]);
                founded.Add(WriteFused(record, fold, insert: true, batch, deferInsert: true, founder: e)!);
                batch.Founded(fusedId, record, fold, member);
            }
            else
            {
                // Folded into the batch's copy of the fused record at once; the row is written once, at the batch's end.
                batch.Join(fusedId, member);
            }

            if (choice.Bridged.Count == 0)
            {
                // Reports of other events that fit this one better move to it once the article's rows are in (Rehome).
                IReadOnlyList<MemberEvent> joinedMembers = choice.Joined is null ? [member] : [member, .. candidates.First(c => c.FusedId == fusedId).Members];
                foreach (var move in Fuser.Rehome(fusedId, joinedMembers, candidates))
                {
                    (moves ??= []).Add(move);
                }
            }

            // The rows go in together after the article's events (nothing reads them back before: a revised article's
            // old memberships are read before it is stored).
            memberRows.Add([Arg.Text("", e.Id), Arg.Text("", fusedId)]);
            _batchEventFused[e.Id] = fusedId;
            fused.Add(fusedId);
        }

        RunRows(
            "INSERT INTO fused_events (id, event_type, sub_event_type, plover_event, country, iso3, admin1, location, event_date, fatalities, modality, date_start, date_end, wide, source_count, json, fold, actors)",
            founded,
            batch.Transaction);
        RunRows("INSERT INTO fused_event_members (event_id, fused_id)", memberRows, batch.Transaction);
        if (bridges is not null)
        {
            foreach (var (kept, bridged) in bridges)
            {
                MergeFused(kept, bridged, batch);
            }
        }

        if (moves is not null)
        {
            MoveMembers(moves, batch);
        }

        return fused;
    }

    /// <summary>
    /// Moves reports into the fused event a newer report fits better (<see cref="EventFuser.Rehome"/>) and rebuilds the
    /// events they left and joined from their reports; the fused claims of the moved reports' articles are rebuilt with
    /// the batch, as after a bridge. A report moves once, only from the event it is still in, and only while another
    /// report stays there: the moves were chosen for each of the article's events against the events as they were
    /// before any moved, so two of its events may each take one report of one two-report event, and the last report
    /// leaving would be a merge, the bridge's to decide (<see cref="EventFuser.Rehome"/>). Nor does a report move into
    /// an event that holds a report of its own article (the fuser compares only an event's earliest reports).
    /// </summary>
    private void MoveMembers(IReadOnlyList<FusionMove> moves, FusionBatch batch)
    {
        var moved = new HashSet<string>(StringComparer.Ordinal);
        var touched = new List<string>();
        foreach (var move in moves)
        {
            var eventId = move.Member.Event.Id;
            if (moved.Contains(eventId) || !batch.Index.TryGet(move.From, out _) || !batch.Index.TryGet(move.To, out _)
                || !MayMove(move, batch.Transaction))
            {
                continue;
            }

            moved.Add(eventId);

            Run(
                "UPDATE fused_event_members SET fused_id = @To WHERE event_id = @EventId AND fused_id = @From",
                batch.Transaction,
                Arg.Text("To", move.To),
                Arg.Text("EventId", eventId),
                Arg.Text("From", move.From));
            batch.MovedArticles.Add(move.Member.ArticleId);
            if (_batchEventFused.TryGetValue(eventId, out var current) && current == move.From)
            {
                _batchEventFused[eventId] = move.To;
            }

            touched.Add(move.From);
            touched.Add(move.To);
        }

        RebuildFused(touched, batch);
    }

    /// <summary>
    /// Whether the move may be made as the ledger stands after the batch's earlier moves: the report is still in the
    /// event it leaves, another report stays there, and the event it joins holds no report of its article.
    /// </summary>
    private bool MayMove(FusionMove move, DbTransaction transaction) =>
        Connection.QuerySingle<(long Staying, long StillThere, long SameArticle)>(
            """
            SELECT
                (SELECT COUNT(*) FROM fused_event_members WHERE fused_id = @From AND event_id <> @EventId),
                (SELECT COUNT(*) FROM fused_event_members WHERE fused_id = @From AND event_id = @EventId),
                (SELECT COUNT(*) FROM fused_event_members m JOIN events e ON e.id = m.event_id
                 WHERE m.fused_id = @To AND e.article_id = @ArticleId)
            """,
            new { move.From, move.To, EventId = move.Member.Event.Id, move.Member.ArticleId },
            transaction) is { Staying: > 0, StillThere: 1, SameArticle: 0 };

    /// <summary>
    /// Moves the reports of the bridged fused events into the kept one (<see cref="EventFuser.ChooseWithBridges"/>),
    /// removes the bridged rows and rebuilds the kept event from all its reports: every source, evidence span and
    /// figure of both stays, and the record is the one a rebuild from those reports gives, whatever the order they
    /// came in. In the batch's transaction, so a failed batch leaves the events apart as they were. The fused claims
    /// whose claims link to the moved reports are rebuilt with the batch (<see cref="FusionBatch.MovedArticles"/>).
    /// </summary>
    private void MergeFused(string kept, IReadOnlyList<string> bridged, FusionBatch batch)
    {
        // Only the moved reports' articles hold claims linked to a merged-away id (a claim links to events of its own
        // article); the kept event's own reports keep their fused id.
        ReadIn(
            list => $"SELECT DISTINCT e.article_id FROM fused_event_members m JOIN events e ON e.id = m.event_id WHERE m.fused_id IN {list}",
            bridged,
            batch.Transaction,
            reader => batch.MovedArticles.Add(reader.GetString(0)));
        foreach (var gone in bridged)
        {
            Run("UPDATE fused_event_members SET fused_id = @Kept WHERE fused_id = @Gone", batch.Transaction, Arg.Text("Kept", kept), Arg.Text("Gone", gone));
            DeleteFused(gone, batch);
        }

        // The batch's own reports of the bridged events now belong to the kept one (one pass over the batch's map).
        var gones = bridged.ToHashSet(StringComparer.Ordinal);
        foreach (var (eventId, fusedId) in _batchEventFused.Where(p => gones.Contains(p.Value)).ToList())
        {
            _batchEventFused[eventId] = kept;
        }

        RebuildFused([kept], batch);
    }

    /// <summary>Deletes a fused event left without reports (merged away, or its last article revised) and forgets it.</summary>
    private void DeleteFused(string fusedId, FusionBatch batch)
    {
        Run("DELETE FROM fused_events WHERE id = @FusedId", batch.Transaction, Arg.Text("FusedId", fusedId));
        batch.Removed(fusedId);
        RememberFusedIso3(fusedId, exists: false, null, batch.Transaction);
    }

    /// <summary>
    /// Sets the actors column of the fused events of several reports the batch wrote to every name and word their
    /// reports' own columns hold, so that the actor filter reads one row per fused event in ledger order (migration 14).
    /// </summary>
    private void RefreshFusedActors(FusionBatch batch)
    {
        if (batch.ActorsStale.Count == 0)
        {
            return;
        }

        foreach (var (id, actors) in ActorsOfReports([.. batch.ActorsStale], batch.Transaction))
        {
            Run("UPDATE fused_events SET actors = @Actors WHERE id = @Id", batch.Transaction, Arg.Text("Actors", actors), Arg.Text("Id", id));
        }

        batch.ActorsStale.Clear();
    }

    /// <summary>Every name and word the given fused events' reports hold in their own actors columns, each once (the fused actors column).</summary>
    private Dictionary<string, string> ActorsOfReports(IReadOnlyList<string> fusedIds, DbTransaction transaction)
    {
        var words = fusedIds.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        ReadIn(
            list => $"SELECT m.fused_id, e.actors FROM fused_event_members m JOIN events e ON e.id = m.event_id WHERE m.fused_id IN {list}",
            fusedIds,
            transaction,
            reader => words[reader.GetString(0)].Add(reader.GetString(1)));
        return words.ToDictionary(w => w.Key, w => Delimited(w.Value.SelectMany(a => a.Split('|'))), StringComparer.Ordinal);
    }

    /// <summary>
    /// The fused claims with a claim from one of the given articles (a superset of those whose claims link to the
    /// articles' moved reports: rebuilding one that did not change writes it as it was).
    /// </summary>
    private List<string> FusedClaimsOfArticles(IReadOnlyList<string> articleIds, DbTransaction transaction)
    {
        var claims = new SortedSet<string>(StringComparer.Ordinal);
        ReadIn(
            list => $"""
                SELECT DISTINCT cm.fused_id
                FROM claims c
                JOIN fused_claim_members cm ON cm.claim_id = c.id
                WHERE c.article_id IN {list}
                """,
            articleIds,
            transaction,
            reader => claims.Add(reader.GetString(0)));
        return [.. claims];
    }

    /// <summary>
    /// Fused events a report could belong to: same modality, compatible country, event type, first-level division
    /// and overlapping dates; all of them, however many (a cap could drop the right one). The test is
    /// <see cref="CandidateSql"/>'s, answered from the writer's in-memory copy of the candidate columns
    /// (<see cref="FusedEventIndex"/>, kept across batches while no other writer changes fused events): a report
    /// finds dozens of candidates, and reading them back with a query per report was a fifth of ingest (a round trip
    /// each on PostgreSQL). Each candidate comes with its earliest <see cref="EventFuser.MaxCompared"/> reports only,
    /// read once and kept in step with the writes.
    /// </summary>
    private List<FusionCandidate> Candidates(EventRecord e, DateOnly? published, FusionBatch batch, IReadOnlyCollection<string> except)
    {
        var ids = batch.Index.Candidates(SearchFor(e, published));
        if (except.Count > 0)
        {
            ids.RemoveAll(except.Contains);
        }

        batch.ReadHeads(ids);
        var candidates = new List<FusionCandidate>(ids.Count);
        foreach (var id in ids)
        {
            var head = batch.HeadOf(id);
            candidates.Add(new FusionCandidate(id, head.Members, head.Count));
        }

        return candidates;
    }

    /// <summary>
    /// The report's candidate search: its event types (or PLOVER events) and the bounds of its dates. An undated
    /// report of a known publication day searches the days its publication reaches (<see cref="EventMatcher.UndatedReach"/>:
    /// the matcher rules out the dated events beyond them) and every undated fused event.
    /// </summary>
    private static CandidateSearch SearchFor(EventRecord e, DateOnly? published)
    {
        // The fused event's type must be the report's or one that may describe the same incident (TypeCompatibility).
        var types = e.EventType is not null
            ? TypeCompatibility.Default.EventTypesFor(e.EventType, e.SubEventType)
            : e.PloverEvent is not null ? TypeCompatibility.Default.PloverEventsFor(e.PloverEvent) : [];
        DateOnly? start = e.DateStart ?? e.EventDate, end = e.DateEnd ?? e.EventDate ?? start;
        if (start is null && published is { } day)
        {
            (start, end) = EventMatcher.UndatedReach(day);
        }

        return new CandidateSearch(
            KnowsType: e.EventType is not null,
            types,
            Iso(start),
            start is null ? null : Iso(start.Value.AddDays(-WideDays)),
            Iso(end),
            e.Modality,
            e.Iso3);
    }

    /// <summary>
    /// The same candidates read by <see cref="CandidateSql"/> from the database (what the in-memory search must
    /// answer; tests compare the two). Each unknown-or-equal test is split into its two disjoint cases and the cases
    /// are joined with UNION ALL: every branch is then plain equalities and one range, which the index of migration
    /// 6 answers by a seek on SQLite and PostgreSQL alike. The range is on the start date and bounded on both sides:
    /// a fused event that spans at most <see cref="WideDays"/> overlaps [start, end] only if it starts in
    /// [start - WideDays, end]; the few wider ones (and the undated) are flagged <c>wide</c> and searched apart.
    /// </summary>
    internal List<string> CandidatesBySql(EventRecord e, DateOnly? published, DbTransaction transaction)
    {
        var search = SearchFor(e, published);
        var args = new List<Arg> { Arg.Text("Modality", e.Modality), Arg.Text("Iso3", e.Iso3) };
        args.AddRange(search.Types.Select((type, i) => Arg.Text("Type" + i, type)));

        if (search.Start is not null)
        {
            args.Add(Arg.Text("Start", search.Start));
            args.Add(Arg.Text("StartLow", search.StartLow));
            args.Add(Arg.Text("End", search.End));
        }

        var sql = e.EventType is not null
            ? CandidateSql(knowsType: true, search.Start is not null, typeCount: search.Types.Count)
            : CandidateSql(knowsType: false, search.Start is not null, knowsPlover: search.Types.Count > 0, typeCount: search.Types.Count);
        return Strings(sql, transaction, [.. args]);
    }

    /// <summary>
    /// Each report's candidates as the in-memory search and as <see cref="CandidateSql"/> find them, in one
    /// transaction that is rolled back (for tests: the two must agree on any store).
    /// </summary>
    internal List<(List<string> Memory, List<string> Sql)> CompareCandidateSearches(IReadOnlyList<EventRecord> reports, DateOnly? published = null)
    {
        using var transaction = Connection.BeginTransaction();
        var index = ReadFusedEventIndex(transaction);
        var results = reports.Select(e => (index.Candidates(SearchFor(e, published)), CandidatesBySql(e, published, transaction))).ToList();
        transaction.Rollback();
        return results;
    }

    /// <summary>Each fused event's actors column as stored, and as its reports' own columns give it (a test hook: they must agree as word sets).</summary>
    internal List<(string Id, string Stored, string FromReports)> FusedActorsAndReports()
    {
        using var transaction = Connection.BeginTransaction();
        var stored = new List<(string Id, string Actors)>();
        using (var reader = Read("SELECT id, actors FROM fused_events ORDER BY id", transaction))
        {
            while (reader.Read())
            {
                stored.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var fromReports = ActorsOfReports([.. stored.Select(s => s.Id)], transaction);
        transaction.Rollback();
        return stored.ConvertAll(s => (s.Id, Delimited(s.Actors.Split('|')), fromReports[s.Id]));
    }

    /// <summary>
    /// Every stored fused event as stored (record and fold JSON) and as <see cref="EventFolding.Build"/> gives it
    /// from all its reports, in id order (for tests: the records folded report by report on ingest must be the
    /// ones a rebuild from all the reports gives).
    /// </summary>
    internal List<(string Id, string Stored, string Rebuilt, string? StoredFold, string RebuiltFold)> FusedEventsAndRebuilds()
    {
        using var transaction = Connection.BeginTransaction();
        var stored = new List<(string Id, string Json, string? Fold)>();
        using (var reader = Read("SELECT id, json, fold FROM fused_events ORDER BY id", transaction))
        {
            while (reader.Read())
            {
                stored.Add((reader.GetString(0), reader.GetString(1), TextOrNull(reader, 2)));
            }
        }

        var members = Members([.. stored.Select(s => s.Id)], transaction);
        var results = stored.ConvertAll(s =>
        {
            var (record, fold) = EventFolding.Build(s.Id, members[s.Id]);
            var (rebuilt, rebuiltFold) = (JsonSerializer.Serialize(record, SitrepJson.Default.FusedEventRecord), JsonSerializer.Serialize(fold, EventFoldJson.Default.EventFold));

            // A row stored empty is built from its one report when read (WriteFused): right only if it has one.
            string AsRead(string? json, string built) => json is { Length: 0 } ? members[s.Id].Count == 1 ? built : $"(stored empty, {members[s.Id].Count} reports)" : json ?? "";
            return (s.Id, AsRead(s.Json, rebuilt), rebuilt, s.Fold is null ? null : AsRead(s.Fold, rebuiltFold), rebuiltFold);
        });
        transaction.Rollback();
        return results;
    }

    /// <summary>Reads the candidate columns of every fused event (one query per batch that fuses anything).</summary>
    private FusedEventIndex ReadFusedEventIndex(DbTransaction transaction)
    {
        var index = new FusedEventIndex();
        using var reader = Read(
            "SELECT id, event_type, plover_event, wide, date_start, date_end, modality, iso3 FROM fused_events",
            transaction);
        while (reader.Read())
        {
            index.Put(new FusedEventKey(
                reader.GetString(0),
                TextOrNull(reader, 1),
                TextOrNull(reader, 2),
                Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) != 0,
                TextOrNull(reader, 4),
                TextOrNull(reader, 5),
                reader.GetString(6),
                TextOrNull(reader, 7)));
        }

        return index;
    }

    /// <summary>
    /// The candidate query for a report that knows (or not) its event type, first-level division and dates; the
    /// report's type and those compatible with it are the parameters @Type0 .. @Type{typeCount - 1} (ACLED event
    /// types, or PLOVER events for a report without an ACLED type).
    /// </summary>
    internal static string CandidateSql(bool knowsType, bool knowsDates, bool knowsPlover = false, int typeCount = 1)
    {
        // A report of unknown type is compatible only with reports of its PLOVER event or one compatible with it
        // (EventMatcher's type rule), so the fused event's own PLOVER event (that of the report giving its type) must
        // be among them.
        var list = string.Join(", ", Enumerable.Range(0, Math.Max(1, typeCount)).Select(i => "@Type" + i));
        string[] types = knowsType ? [$"event_type IN ({list})", "event_type IS NULL"] : knowsPlover ? [$"plover_event IN ({list})"] : ["plover_event IS NULL"];
        string[] dates = knowsDates
            ? ["wide = 0 AND date_start >= @StartLow AND date_start <= @End AND date_end >= @Start", "wide = 1 AND date_start <= @End AND date_end >= @Start", "wide = 1 AND date_start IS NULL"]
            : ["1 = 1"];
        var branches =
            from type in types
            from date in dates
            select $"""
                SELECT id FROM fused_events
                WHERE {type} AND {date}
                  AND modality = @Modality AND (@Iso3 IS NULL OR iso3 IS NULL OR iso3 = @Iso3)
                """;
        return "SELECT id FROM (\n" + string.Join("\nUNION ALL\n", branches) + "\n) candidates ORDER BY id";
    }

    /// <summary>Fused events whose dates span more days than this are searched apart (see <see cref="Candidates"/>).</summary>
    internal const int WideDays = 31;

    private readonly ParsedRecords<EventRecord> _parsedEvents = new(json => JsonSerializer.Deserialize(json, SitrepJson.Default.EventRecord)!);

    /// <summary>
    /// The members of the given fused events, read 32 fused events at a time (<see cref="ReadMemberRows"/>). Each fused
    /// event's members come in the order the database gives them for a single fused_id (by its index on fused_id), as
    /// reading them one fused event at a time did.
    /// </summary>
    private Dictionary<string, List<MemberEvent>> Members(IReadOnlyList<string> fusedIds, DbTransaction? transaction)
    {
        var members = new Dictionary<string, List<MemberEvent>>(StringComparer.Ordinal);
        foreach (var (id, rows) in ReadMemberRows("event", fusedIds, transaction))
        {
            members[id] = rows.ConvertAll(row => new MemberEvent(_parsedEvents.Get(row.Json), row.ArticleId, row.Source, row.Url, ParseDate(row.Published)));
        }

        return members;
    }

    /// <summary>
    /// The member rows of the given fused events or claims (<paramref name="kind"/> "event" or "claim": the tables
    /// fused_{kind}_members and {kind}s), with their articles' source, url and publication date, read 32 fused ids per
    /// statement (<see cref="ReadIn"/>); every id gets a list, empty when it has no members.
    /// </summary>
    private Dictionary<string, List<MemberRow>> ReadMemberRows(string kind, IReadOnlyList<string> fusedIds, DbTransaction? transaction)
    {
        var rows = new Dictionary<string, List<MemberRow>>(StringComparer.Ordinal);
        foreach (var id in fusedIds)
        {
            rows[id] = [];
        }

        ReadIn(
            list => $"""
                SELECT m.fused_id, r.json, r.article_id, a.source, a.url, a.published
                FROM fused_{kind}_members m
                JOIN {kind}s r ON r.id = m.{kind}_id
                JOIN articles a ON a.id = r.article_id
                WHERE m.fused_id IN {list}
                """,
            fusedIds,
            transaction,
            reader => rows[reader.GetString(0)].Add(new MemberRow(reader.GetString(1), reader.GetString(2), TextOrNull(reader, 3), TextOrNull(reader, 4), TextOrNull(reader, 5))));

        return rows;
    }

    /// <summary>A member event's or claim's stored JSON and its article's columns, as read back for fusion.</summary>
    private sealed record MemberRow(string Json, string ArticleId, string? Source, string? Url, string? Published);

    private static string? TextOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>
    /// Rebuilds fused events from all their remaining reports: for those a revised article's reports left (the only
    /// time a fused event loses reports); a fused event left without reports is removed.
    /// </summary>
    private void RebuildFused(IEnumerable<string> fusedIds, FusionBatch batch)
    {
        var ids = fusedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        batch.Forget(ids);
        var members = Members(ids, batch.Transaction);
        foreach (var fusedId in ids)
        {
            if (members[fusedId].Count == 0)
            {
                DeleteFused(fusedId, batch);
                continue;
            }

            var (record, fold) = EventFolding.Build(fusedId, members[fusedId]);
            _ = WriteFused(record, fold, insert: false, batch);
            batch.Rebuilt(fusedId, record, fold, members[fusedId]);
        }
    }

    /// <summary>The event rows of the given ids as stored (a fused event's earlier report, read when a fold needs it).</summary>
    private EventRecord ReadEvent(string eventId, DbTransaction transaction) =>
        _parsedEvents.Get(Strings("SELECT json FROM events WHERE id = @Id", transaction, Arg.Text("Id", eventId)).Single());

    /// <summary>
    /// The earliest <see cref="EventFuser.MaxCompared"/> reports (in merge order) and the report count of each of
    /// the given fused events: the members' sort columns are read, and only the kept reports' JSON.
    /// </summary>
    private Dictionary<string, FusionHead> ReadHeads(IReadOnlyList<string> fusedIds, DbTransaction transaction)
    {
        var rows = new Dictionary<string, List<(string EventId, string ArticleId, string? Source, string? Url, DateOnly? Published)>>(StringComparer.Ordinal);
        foreach (var id in fusedIds)
        {
            rows[id] = [];
        }

        ReadIn(
            list => $"""
                SELECT m.fused_id, r.id, r.article_id, a.source, a.url, a.published
                FROM fused_event_members m
                JOIN events r ON r.id = m.event_id
                JOIN articles a ON a.id = r.article_id
                WHERE m.fused_id IN {list}
                """,
            fusedIds,
            transaction,
            reader => rows[reader.GetString(0)].Add((reader.GetString(1), reader.GetString(2), TextOrNull(reader, 3), TextOrNull(reader, 4), ParseDate(TextOrNull(reader, 5)))));

        var kept = new List<string>();
        foreach (var list in rows.Values)
        {
            list.Sort((a, b) =>
            {
                var byDate = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
                if (byDate != 0)
                {
                    return byDate;
                }

                var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
                return byArticle != 0 ? byArticle : string.CompareOrdinal(a.EventId, b.EventId);
            });
            kept.AddRange(list.Take(EventFuser.MaxCompared).Select(r => r.EventId));
        }

        var json = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadIn(list => $"SELECT id, json FROM events WHERE id IN {list}", kept, transaction, reader => json[reader.GetString(0)] = reader.GetString(1));
        var heads = new Dictionary<string, FusionHead>(StringComparer.Ordinal);
        foreach (var (id, list) in rows)
        {
            var members = list.Take(EventFuser.MaxCompared)
                .Select(r => new MemberEvent(_parsedEvents.Get(json[r.EventId]), r.ArticleId, r.Source, r.Url, r.Published))
                .ToList();
            heads[id] = new FusionHead(members, list.Count);
        }

        return heads;
    }

    /// <summary>The stored record and fold of a fused event; a row without a fold (stored before folds) is rebuilt from its reports.</summary>
    private (FusedEventRecord Record, EventFold Fold) ReadFolded(string fusedId, DbTransaction transaction)
    {
        string? json = null, fold = null;
        using (var reader = Read("SELECT json, fold FROM fused_events WHERE id = @Id", transaction, Arg.Text("Id", fusedId)))
        {
            if (reader.Read())
            {
                json = reader.GetString(0);
                fold = TextOrNull(reader, 1);
            }
        }

        if (json is null)
        {
            throw new InvalidOperationException($"fused event {fusedId} is not stored");
        }

        return string.IsNullOrEmpty(fold) || json.Length == 0
            ? EventFolding.Build(fusedId, Members([fusedId], transaction)[fusedId])
            : (JsonSerializer.Deserialize(json, SitrepJson.Default.FusedEventRecord)!, JsonSerializer.Deserialize(fold, EventFoldJson.Default.EventFold)!);
    }

    /// <summary>
    /// One batch's view of fused events: the writer's <see cref="FusionCache"/> (candidate columns and each fused
    /// event's earliest reports, kept from batch to batch), and the records and folds of the fused events the batch
    /// joins, each read once, folded in memory report by report, and written once at the end
    /// (<see cref="WriteJoined"/>). It lives inside the batch's transaction: the cache goes back to the store only
    /// when the batch commits (<see cref="SaveBatch"/>), so a rolled-back batch leaves nothing stale behind.
    /// </summary>
    private sealed class FusionBatch(SqlStore store, DbTransaction transaction, FusionCache cache)
    {
        /// <summary>
        /// The fused events' records and folds as last written, kept in the writer's cache across batches: a fused event
        /// joins reports batch after batch, and reading and parsing its record and fold again each batch was a twentieth
        /// of ingest. Every write of a fused event goes through this batch, so the copy is the stored row.
        /// </summary>
        private readonly Dictionary<string, (FusedEventRecord Record, EventFold Fold)> _records = cache.Folded;

        /// <summary>Fused events the batch folded reports into since they were last written.</summary>
        private readonly SortedSet<string> _joined = new(StringComparer.Ordinal);

        public DbTransaction Transaction { get; } = transaction;

        public FusionCache Cache { get; } = cache;

        /// <summary>Whether the batch wrote fused events or their members (other writers' caches are then stale).</summary>
        public bool Wrote { get; set; }

        /// <summary>
        /// The articles whose reports the batch moved into another fused event (<see cref="MergeFused"/>): the fused
        /// claims of their claims are rebuilt at its end.
        /// </summary>
        public SortedSet<string> MovedArticles { get; } = new(StringComparer.Ordinal);

        /// <summary>Fused events of several reports the batch wrote: their actors column is gathered from their reports at its end.</summary>
        public SortedSet<string> ActorsStale { get; } = new(StringComparer.Ordinal);

        /// <summary>The candidate columns of the fused events, read once per writer and kept in step with its writes.</summary>
        public FusedEventIndex Index => Cache.Index ??= store.ReadFusedEventIndex(Transaction);

        /// <summary>A fused event the batch wrote (inserted or updated): the index, if read, takes its new columns.</summary>
        public void Written(FusedEventKey row)
        {
            Wrote = true;
            Cache.Index?.Put(row);
        }

        /// <summary>A fused event the batch deleted.</summary>
        public void Removed(string fusedId)
        {
            Wrote = true;
            Cache.Index?.Remove(fusedId);
            ActorsStale.Remove(fusedId);
            Cache.Heads.Remove(fusedId);
            _records.Remove(fusedId);
            _joined.Remove(fusedId);
        }

        /// <summary>Reads together the earliest reports of those fused events the cache does not hold.</summary>
        public void ReadHeads(IReadOnlyList<string> fusedIds)
        {
            List<string>? missing = null;
            foreach (var id in fusedIds)
            {
                if (!Cache.Heads.ContainsKey(id))
                {
                    (missing ??= []).Add(id);
                }
            }

            if (missing is not null)
            {
                foreach (var (id, head) in store.ReadHeads(missing, Transaction))
                {
                    Cache.PutHead(id, head);
                }
            }
        }

        public FusionHead HeadOf(string fusedId)
        {
            if (!Cache.Heads.TryGetValue(fusedId, out var head))
            {
                ReadHeads([fusedId]);
                head = Cache.Heads[fusedId];
            }

            return head;
        }

        /// <summary>A report founded a fused event: its record and fold were just built from it alone.</summary>
        public void Founded(string fusedId, FusedEventRecord record, EventFold fold, MemberEvent member)
        {
            Wrote = true;
            _records[fusedId] = (record, fold);
            Cache.PutHead(fusedId, new FusionHead([member], 1));
        }

        /// <summary>A report joined the fused event: folded into its record (read first if the batch has not) and its head.</summary>
        public void Join(string fusedId, MemberEvent member)
        {
            Wrote = true;
            if (!_records.TryGetValue(fusedId, out var folded))
            {
                folded = store.ReadFolded(fusedId, Transaction);
            }

            _records[fusedId] = EventFolding.Add(folded.Record, folded.Fold, member, id => store.ReadEvent(id, Transaction));
            _joined.Add(fusedId);
            if (Cache.Heads.TryGetValue(fusedId, out var head))
            {
                Cache.PutHead(fusedId, head.With(member));
            }
        }

        /// <summary>A fused event rebuilt from all its reports.</summary>
        public void Rebuilt(string fusedId, FusedEventRecord record, EventFold fold, IReadOnlyList<MemberEvent> members)
        {
            _records[fusedId] = (record, fold);
            _joined.Remove(fusedId);
            var sorted = members.OrderBy(m => EventFoldMember.Of(m), Comparer<EventFoldMember>.Create(EventFoldMember.Compare)).ToList();
            Cache.PutHead(fusedId, new FusionHead([.. sorted.Take(EventFuser.MaxCompared)], members.Count));
        }

        /// <summary>Writes the fused events reports joined, once each, in id order.</summary>
        public List<string> WriteJoined()
        {
            var ids = _joined.ToList();
            foreach (var id in ids)
            {
                var (record, fold) = _records[id];
                _ = store.WriteFused(record, fold, insert: false, this);
            }

            _joined.Clear();
            return ids;
        }

        /// <summary>Members were removed behind the caches' back (an article's rows deleted): read them again.</summary>
        public void Forget(IEnumerable<string> fusedIds)
        {
            Wrote = true;
            foreach (var id in fusedIds)
            {
                Cache.Heads.Remove(id);
                _records.Remove(id);
                _joined.Remove(id);
            }
        }
    }

    /// <summary>
    /// Writes the fused event's row; with <paramref name="deferInsert"/> a new row is not inserted but returned, in
    /// the column order of EventColumns, for the caller to insert with others. <paramref name="founder"/> is the
    /// report that founds the event: its actors column is then that report's own; otherwise it is gathered from the
    /// stored reports at the batch's end.
    /// </summary>
    private Arg[]? WriteFused(FusedEventRecord fused, EventFold fold, bool insert, FusionBatch batch, bool deferInsert = false, EventRecord? founder = null)

    {
        var e = fused.Event;
        var transaction = batch.Transaction;
        RememberFusedIso3(fused.Event.Id, exists: true, e.Iso3, transaction);
        var start = e.DateStart ?? e.EventDate ?? e.DateEnd;
        var end = e.DateEnd ?? e.EventDate ?? e.DateStart;
        var wide = start is null || end is null || end.Value.DayNumber - start.Value.DayNumber > WideDays;
        batch.Written(new FusedEventKey(e.Id, e.EventType, e.PloverEvent, wide, Iso(start), Iso(end), e.Modality, e.Iso3));
        var sql = insert
            ? """
              INSERT INTO fused_events (id, event_type, sub_event_type, plover_event, country, iso3, admin1, location,
                                        event_date, date_start, date_end, wide, fatalities, modality, source_count, json, fold, actors)
              VALUES (@Id, @EventType, @SubEventType, @PloverEvent, @Country, @Iso3, @Admin1, @Location,
                      @EventDate, @DateStart, @DateEnd, @Wide, @Fatalities, @Modality, @SourceCount, @Json, @Fold, COALESCE(@Actors, '|'))
              """
            : """
              UPDATE fused_events SET event_type = @EventType, sub_event_type = @SubEventType, plover_event = @PloverEvent,
                     country = @Country, iso3 = @Iso3, admin1 = @Admin1, location = @Location, event_date = @EventDate,
                     date_start = @DateStart, date_end = @DateEnd, wide = @Wide, fatalities = @Fatalities, modality = @Modality,
                     source_count = @SourceCount, json = @Json, fold = @Fold, actors = COALESCE(@Actors, actors)
              WHERE id = @Id
              """;
        // The founding report's own words (not the folded record's: the merge drops associate actors that repeat a
        // name); any other write gathers them from the stored reports once the batch's memberships are final, after
        // this writer holds the row (RefreshFusedActors), so a report another writer added meanwhile is counted too.
        if (founder is null)
        {
            batch.ActorsStale.Add(e.Id);
        }

        var columns = EventColumns(
            e,
            // Both ends or neither, so "undated" is one indexable test (date_start IS NULL) in the candidate query.
            Arg.Text("DateStart", Iso(start)),
            Arg.Text("DateEnd", Iso(end)),
            Arg.Int("Wide", wide ? 1 : 0),
            Arg.Int("SourceCount", fused.SourceCount),
            // A fused event of one report is that report folded alone (EventFolding.Build of its one member): its
            // record and fold are left empty and built from the member when read. Most fused events have one report,
            // and serialising and storing a second copy of each was a tenth of the store and of ingest's garbage.
            Arg.Text("Json", fold.Members.Count == 1 ? "" : JsonSerializer.Serialize(fused, SitrepJson.Default.FusedEventRecord)),
            Arg.Text("Fold", fold.Members.Count == 1 ? "" : JsonSerializer.Serialize(fold, EventFoldJson.Default.EventFold)),
            Arg.Text("Actors", founder is null ? null : ActorWords(founder)));
        if (insert && deferInsert)
        {
            return columns;
        }

        Run(sql, transaction, columns);
        return null;
    }

    public IReadOnlyList<FusedEventRecord> QueryEvents(EventQuery query)
    {
        // Only the filters given appear in the SQL, each as an indexable term ("@x IS NULL OR ..." would hide the
        // indexes from the planner); names compare case-insensitively through the backend's own lower() on both sides (so the
        // two sides always fold alike), which migration 5 indexes.
        var where = new List<string>();
        if (query.From is not null)
        {
            where.Add("event_date >= @From");
        }

        if (query.To is not null)
        {
            where.Add("event_date <= @To");
        }

        if (query.Country is not null)
        {
            where.Add("(lower(country) = lower(@Country) OR lower(iso3) = lower(@Country))");
        }

        if (query.Admin1 is not null)
        {
            where.Add("lower(admin1) = lower(@Admin1)");
        }

        if (query.EventType is not null)
        {
            where.Add("(lower(event_type) = lower(@EventType) OR lower(sub_event_type) = lower(@EventType) OR lower(plover_event) = lower(@EventType))");
        }

        if (query.Actor is not null)
        {
            // Any report of the event may name the actor: each fused event keeps all its reports' actors (migration 14),
            // covered by the ledger-order index, so a page of a common actor stops after its rows and a rare one scans
            // the index alone (through the reports' own column and their memberships it took 10-40x longer).
            // '|' separates the names in the column: text holding one would match across two actors, and no name has one.
            where.Add(query.Actor.Contains('|', StringComparison.Ordinal) ? "1 = 0" : """actors LIKE @Actor ESCAPE '\'""");
        }

        if (query.Id is not null)
        {
            where.Add("id = @Id");
        }

        // Ids are found and ordered on the covering indexes alone; only the page's rows are then read in full.
        var sql = $"""
            SELECT f.id, f.json FROM fused_events f
            JOIN (
                SELECT id, event_date FROM fused_events
                {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
                ORDER BY event_date IS NULL, event_date, id
                {(query.Limit is not null || query.Offset > 0 ? "LIMIT @Limit" : "")}
                {(query.Offset > 0 ? "OFFSET @Offset" : "")}
            ) page ON page.id = f.id
            ORDER BY page.event_date IS NULL, page.event_date, page.id
            """;
        var rows = Connection.Query<(string Id, string Json)>(sql, new
        {
            From = Iso(query.From),
            To = Iso(query.To),
            query.Country,
            query.Admin1,
            query.EventType,
            Actor = query.Actor is null ? null : "%" + LikeEscaped(query.Actor.Trim().ToLowerInvariant()) + "%",
            query.Id,
            // Without a limit, an offset still needs one (SQLite requires LIMIT before OFFSET).
            Limit = (long?)query.Limit ?? long.MaxValue,
            Offset = (long)query.Offset,
        }).AsList();

        // Fused events of one report are stored without their record (WriteFused): built from the report here.
        var single = rows.Where(r => r.Json.Length == 0).Select(r => r.Id).ToList();
        var members = single.Count == 0 ? [] : Members(single, transaction: null);
        var records = new List<FusedEventRecord>(rows.Count);
        foreach (var (id, json) in rows)
        {
            if (json.Length > 0)
            {
                records.Add(JsonSerializer.Deserialize(json, SitrepJson.Default.FusedEventRecord)!);
            }
            else if (members[id].Count > 0)
            {
                // (None: a revision emptied it after the page was read, and it is gone.)
                records.Add(EventFolding.Build(id, members[id]).Record);
            }
        }

        return records;
    }

    private static DateOnly? ParseDate(string? iso) =>
        IsoDate.Read(iso);

}
