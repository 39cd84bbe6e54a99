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
        foreach (var e in article.Events)
        {
            var member = new MemberEvent(e, article.Id, article.Source, article.Url, article.Published);
            var fusedId = Fuser.Choose(member, Candidates(e, batch));
            if (fusedId is null)
            {
                // Its row goes in with the others the article founds (the batch's candidate index has it at once;
                // no other report of this article can join it, and nothing reads fused_events back meanwhile).
                fusedId = EventMerger.FusedIdFor(e.Id);
                founded.Add(WriteFused(EventMerger.Merge(fusedId, [member]), insert: true, batch, deferInsert: true)!);
            }

            // The batch's view of members has it at once; the rows go in together after the article's events
            // (nothing reads them back before: a revised article's old memberships are read before it is stored).
            memberRows.Add([Arg.Text("", e.Id), Arg.Text("", fusedId)]);
            _batchEventFused[e.Id] = fusedId;
            batch.Joined(fusedId, member);
            fused.Add(fusedId);
        }

        RunRows(
            "INSERT INTO fused_events (id, event_type, sub_event_type, plover_event, country, iso3, admin1, location, event_date, fatalities, modality, date_start, date_end, wide, source_count, json)",
            founded,
            batch.Transaction);
        RunRows("INSERT INTO fused_event_members (event_id, fused_id)", memberRows, batch.Transaction);

        return fused;
    }

    /// <summary>
    /// Fused events a report could belong to: same modality, compatible country, event type, first-level division
    /// and overlapping dates; all of them, however many (a cap could drop the right one). The test is
    /// <see cref="CandidateSql"/>'s, answered from the batch's in-memory copy of the candidate columns
    /// (<see cref="FusedEventIndex"/>): a report finds dozens of candidates, and reading them back with a query per
    /// report was a fifth of ingest (a round trip each on PostgreSQL). The members of the candidates not met before
    /// in the batch are then read together.
    /// </summary>
    private List<FusionCandidate> Candidates(EventRecord e, FusionBatch batch)
    {
        var ids = batch.Index.Candidates(SearchFor(e));
        batch.ReadMembers(ids);
        var candidates = new List<FusionCandidate>(ids.Count);
        foreach (var id in ids)
        {
            candidates.Add(new FusionCandidate(id, batch.MembersOf(id)));
        }

        return candidates;
    }

    /// <summary>The report's candidate search: its event types (or PLOVER events) and the bounds of its dates.</summary>
    private static CandidateSearch SearchFor(EventRecord e)
    {
        // The fused event's type must be the report's or one that may describe the same incident (TypeCompatibility).
        var types = e.EventType is not null
            ? TypeCompatibility.Default.EventTypesFor(e.EventType, e.SubEventType)
            : e.PloverEvent is not null ? TypeCompatibility.Default.PloverEventsFor(e.PloverEvent) : [];
        var start = e.DateStart ?? e.EventDate;
        return new CandidateSearch(
            KnowsType: e.EventType is not null,
            types,
            e.Admin1,
            Iso(start),
            start is null ? null : Iso(start.Value.AddDays(-WideDays)),
            start is null ? null : Iso(e.DateEnd ?? e.EventDate ?? start),
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
    internal List<string> CandidatesBySql(EventRecord e, DbTransaction transaction)
    {
        var search = SearchFor(e);
        var knowsAdmin1 = e.Admin1 is not null;
        var args = new List<Arg> { Arg.Text("Modality", e.Modality), Arg.Text("Iso3", e.Iso3) };
        args.AddRange(search.Types.Select((type, i) => Arg.Text("Type" + i, type)));
        if (knowsAdmin1)
        {
            args.Add(Arg.Text("Admin1", e.Admin1));
        }

        if (search.Start is not null)
        {
            args.Add(Arg.Text("Start", search.Start));
            args.Add(Arg.Text("StartLow", search.StartLow));
            args.Add(Arg.Text("End", search.End));
        }

        var sql = e.EventType is not null
            ? CandidateSql(knowsType: true, knowsAdmin1, search.Start is not null, typeCount: search.Types.Count)
            : CandidateSql(knowsType: false, knowsAdmin1, search.Start is not null, knowsPlover: search.Types.Count > 0, typeCount: search.Types.Count);
        return Strings(sql, transaction, [.. args]);
    }

    /// <summary>
    /// Each report's candidates as the in-memory search and as <see cref="CandidateSql"/> find them, in one
    /// transaction that is rolled back (for tests: the two must agree on any store).
    /// </summary>
    internal List<(List<string> Memory, List<string> Sql)> CompareCandidateSearches(IReadOnlyList<EventRecord> reports)
    {
        using var transaction = Connection.BeginTransaction();
        var index = ReadFusedEventIndex(transaction);
        var results = reports.Select(e => (index.Candidates(SearchFor(e)), CandidatesBySql(e, transaction))).ToList();
        transaction.Rollback();
        return results;
    }

    /// <summary>Reads the candidate columns of every fused event (one query per batch that fuses anything).</summary>
    private FusedEventIndex ReadFusedEventIndex(DbTransaction transaction)
    {
        var index = new FusedEventIndex();
        using var reader = Read(
            "SELECT id, event_type, plover_event, admin1, wide, date_start, date_end, modality, iso3 FROM fused_events",
            transaction);
        while (reader.Read())
        {
            index.Put(new FusedEventKey(
                reader.GetString(0),
                TextOrNull(reader, 1),
                TextOrNull(reader, 2),
                TextOrNull(reader, 3),
                Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture) != 0,
                TextOrNull(reader, 5),
                TextOrNull(reader, 6),
                reader.GetString(7),
                TextOrNull(reader, 8)));
        }

        return index;
    }

    /// <summary>
    /// The candidate query for a report that knows (or not) its event type, first-level division and dates; the
    /// report's type and those compatible with it are the parameters @Type0 .. @Type{typeCount - 1} (ACLED event
    /// types, or PLOVER events for a report without an ACLED type).
    /// </summary>
    internal static string CandidateSql(bool knowsType, bool knowsAdmin1, bool knowsDates, bool knowsPlover = false, int typeCount = 1)
    {
        // A report of unknown type is compatible only with reports of its PLOVER event or one compatible with it
        // (EventMatcher's type rule), so the fused event's own PLOVER event (that of the report giving its type) must
        // be among them.
        var list = string.Join(", ", Enumerable.Range(0, Math.Max(1, typeCount)).Select(i => "@Type" + i));
        string[] types = knowsType ? [$"event_type IN ({list})", "event_type IS NULL"] : knowsPlover ? [$"plover_event IN ({list})"] : ["plover_event IS NULL"];
        string[] admins = knowsAdmin1 ? ["admin1 = @Admin1", "admin1 IS NULL"] : ["1 = 1"];
        string[] dates = knowsDates
            ? ["wide = 0 AND date_start >= @StartLow AND date_start <= @End AND date_end >= @Start", "wide = 1 AND date_start <= @End AND date_end >= @Start", "wide = 1 AND date_start IS NULL"]
            : ["1 = 1"];
        var branches =
            from type in types
            from admin1 in admins
            from date in dates
            select $"""
                SELECT id FROM fused_events
                WHERE {type} AND {admin1} AND {date}
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
    private Dictionary<string, List<MemberEvent>> Members(IReadOnlyList<string> fusedIds, DbTransaction transaction)
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
    private Dictionary<string, List<MemberRow>> ReadMemberRows(string kind, IReadOnlyList<string> fusedIds, DbTransaction transaction)
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

    private void RebuildFused(IEnumerable<string> fusedIds, FusionBatch batch)
    {
        var ids = fusedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Where(id => !batch.FoundedAlone(id)).ToList();
        batch.ReadMembers(ids);
        foreach (var fusedId in ids)
        {
            // A fused event founded in this batch that still holds its founding report only was written when
            // founded, from the same single report: rebuilding it would write the same row (it is skipped above).
            var members = batch.MembersOf(fusedId);
            if (members.Count == 0)
            {
                Run("DELETE FROM fused_events WHERE id = @FusedId", batch.Transaction, Arg.Text("FusedId", fusedId));
                batch.Removed(fusedId);
                RememberFusedIso3(fusedId, exists: false, null, batch.Transaction);
                continue;
            }

            _ = WriteFused(EventMerger.Merge(fusedId, members), insert: false, batch);
        }
    }

    /// <summary>
    /// One batch's view of fused events: their candidate columns (<see cref="FusedEventIndex"/>, read when the batch
    /// first searches) and their members, each fused event's read once per batch (when it first becomes a candidate
    /// or is rebuilt) and kept in step with what the batch writes, instead of being read again for every incoming
    /// report and once more for the rebuild. It lives inside the batch's transaction and dies with it, so a
    /// rolled-back batch leaves nothing stale behind.
    /// </summary>
    private sealed class FusionBatch(SqlStore store, DbTransaction transaction)
    {
        private readonly Dictionary<string, List<MemberEvent>> _members = new(StringComparer.Ordinal);

        /// <summary>Fused events this batch founded that no other report joined since.</summary>
        private readonly HashSet<string> _foundedAlone = new(StringComparer.Ordinal);

        private FusedEventIndex? _index;

        public DbTransaction Transaction { get; } = transaction;

        /// <summary>The candidate columns of the fused events, read at the first search and kept in step with the batch's writes.</summary>
        public FusedEventIndex Index => _index ??= store.ReadFusedEventIndex(Transaction);

        /// <summary>A fused event the batch wrote (inserted or updated): the index, if read, takes its new columns.</summary>
        public void Written(FusedEventKey row) => _index?.Put(row);

        /// <summary>A fused event the batch deleted.</summary>
        public void Removed(string fusedId) => _index?.Remove(fusedId);

        /// <summary>Reads together the members of those fused events whose members the batch has not read yet.</summary>
        public void ReadMembers(IReadOnlyList<string> fusedIds)
        {
            List<string>? missing = null;
            foreach (var id in fusedIds)
            {
                if (!_members.ContainsKey(id))
                {
                    (missing ??= []).Add(id);
                }
            }

            missing = missing?.Distinct(StringComparer.Ordinal).ToList();
            if (missing is not null)
            {
                foreach (var (id, members) in store.Members(missing, Transaction))
                {
                    _members.Add(id, members);
                }
            }
        }

        public IReadOnlyList<MemberEvent> MembersOf(string fusedId)
        {
            if (!_members.TryGetValue(fusedId, out var members))
            {
                ReadMembers([fusedId]);
                members = _members[fusedId];
            }

            return members;
        }

        /// <summary>A report joined (or founded) the fused event: the database already holds it.</summary>
        public void Joined(string fusedId, MemberEvent member)
        {
            if (_members.TryGetValue(fusedId, out var members))
            {
                members.Add(member);
                _foundedAlone.Remove(fusedId);
            }
            else
            {
                _members.Add(fusedId, [member]); // founded just now: the report is its only member
                _foundedAlone.Add(fusedId);
            }
        }

        /// <summary>Whether the fused event was founded in this batch and still holds its founding report only.</summary>
        public bool FoundedAlone(string fusedId) => _foundedAlone.Contains(fusedId);

        /// <summary>Members were removed behind the cache's back (an article's rows deleted): read them again.</summary>
        public void Forget(IEnumerable<string> fusedIds)
        {
            foreach (var id in fusedIds)
            {
                _members.Remove(id);
                _foundedAlone.Remove(id);
            }
        }
    }

    /// <summary>
    /// Writes the fused event's row; with <paramref name="deferInsert"/> a new row is not inserted but returned, in
    /// the column order of EventColumns, for the caller to insert with others.
    /// </summary>
    private Arg[]? WriteFused(FusedEventRecord fused, bool insert, FusionBatch batch, bool deferInsert = false)
    {
        var e = fused.Event;
        var transaction = batch.Transaction;
        RememberFusedIso3(fused.Event.Id, exists: true, e.Iso3, transaction);
        var start = e.DateStart ?? e.EventDate ?? e.DateEnd;
        var end = e.DateEnd ?? e.EventDate ?? e.DateStart;
        var wide = start is null || end is null || end.Value.DayNumber - start.Value.DayNumber > WideDays;
        batch.Written(new FusedEventKey(e.Id, e.EventType, e.PloverEvent, e.Admin1, wide, Iso(start), Iso(end), e.Modality, e.Iso3));
        var sql = insert
            ? """
              INSERT INTO fused_events (id, event_type, sub_event_type, plover_event, country, iso3, admin1, location,
                                        event_date, date_start, date_end, wide, fatalities, modality, source_count, json)
              VALUES (@Id, @EventType, @SubEventType, @PloverEvent, @Country, @Iso3, @Admin1, @Location,
                      @EventDate, @DateStart, @DateEnd, @Wide, @Fatalities, @Modality, @SourceCount, @Json)
              """
            : """
              UPDATE fused_events SET event_type = @EventType, sub_event_type = @SubEventType, plover_event = @PloverEvent,
                     country = @Country, iso3 = @Iso3, admin1 = @Admin1, location = @Location, event_date = @EventDate,
                     date_start = @DateStart, date_end = @DateEnd, wide = @Wide, fatalities = @Fatalities, modality = @Modality,
                     source_count = @SourceCount, json = @Json
              WHERE id = @Id
              """;
        var columns = EventColumns(
            e,
            // Both ends or neither, so "undated" is one indexable test (date_start IS NULL) in the candidate query.
            Arg.Text("DateStart", Iso(start)),
            Arg.Text("DateEnd", Iso(end)),
            Arg.Int("Wide", wide ? 1 : 0),
            Arg.Int("SourceCount", fused.SourceCount),
            Arg.Text("Json", JsonSerializer.Serialize(fused, SitrepJson.Default.FusedEventRecord)));
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

        if (query.Id is not null)
        {
            where.Add("id = @Id");
        }

        // Ids are found and ordered on the covering indexes alone; only the page's rows are then read in full.
        var sql = $"""
            SELECT f.json FROM fused_events f
            JOIN (
                SELECT id, event_date FROM fused_events
                {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
                ORDER BY event_date IS NULL, event_date, id
                {(query.Limit is not null || query.Offset > 0 ? "LIMIT @Limit" : "")}
                {(query.Offset > 0 ? "OFFSET @Offset" : "")}
            ) page ON page.id = f.id
            ORDER BY page.event_date IS NULL, page.event_date, page.id
            """;
        return Connection.Query<string>(sql, new
        {
            From = Iso(query.From),
            To = Iso(query.To),
            query.Country,
            query.Admin1,
            query.EventType,
            query.Id,
            // Without a limit, an offset still needs one (SQLite requires LIMIT before OFFSET).
            Limit = (long?)query.Limit ?? long.MaxValue,
            Offset = (long)query.Offset,
        }).Select(json => JsonSerializer.Deserialize(json, SitrepJson.Default.FusedEventRecord)!).ToList();
    }

    private static DateOnly? ParseDate(string? iso) =>
        IsoDate.Read(iso);

}
