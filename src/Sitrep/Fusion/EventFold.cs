using System.Text.Json.Serialization;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// One report of a fused event as its merge sees it, without the report itself: what <see cref="EventMerger"/>
/// orders, counts and chooses by (its sort key, type, the precision of its place and date, how many sides it
/// names, its fatality figure), a hundred bytes instead of a parsed event with its evidence.
/// </summary>
public sealed record EventFoldMember(
    string EventId,
    string ArticleId,
    DateOnly? Published,
    string? Source,
    string? EventType,
    string? SubEventType,
    int PlaceRank,
    bool NoLocation,
    int DateRank,
    bool NoDate,
    int Actors,
    int? Fatalities,
    int Figures)
{
    public static EventFoldMember Of(MemberEvent m) => new(
        m.Event.Id,
        m.ArticleId,
        m.Published,
        m.Source,
        m.Event.EventType,
        m.Event.SubEventType,
        EventMatcher.PointPrecision(m.Event) ?? 9, // as EventMerger orders the place: by the point
        m.Event.Location is null,
        m.Event.TimePrecision ?? 9,
        m.Event.EventDate is null,
        (m.Event.Actor1 is null ? 0 : 1) + (m.Event.Actor2 is null ? 0 : 1),
        m.Event.Fatalities,
        (m.Event.Fatalities is null ? 0 : 1) + (m.Event.Injuries is null ? 0 : 1));

    /// <summary><see cref="EventMerger"/>'s member order: earliest published first, then by article and event id.</summary>
    public static int Compare(EventFoldMember a, EventFoldMember b)
    {
        var byDate = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
        if (byDate != 0)
        {
            return byDate;
        }

        var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        return byArticle != 0 ? byArticle : string.CompareOrdinal(a.EventId, b.EventId);
    }
}

/// <summary>
/// What a fused event's merge needs besides the merged record to take in one more report exactly as a merge of
/// all its reports would (<see cref="EventFolding"/>): every report's <see cref="EventFoldMember"/> in merge
/// order, the reports the type, place, date and actors were taken from, the notes of the type's report, and the
/// report each kept associate actor, quantity and claim id first came from (the lists keep first occurrences in
/// merge order, so a report sorting before others may displace their copies).
/// </summary>
public sealed record EventFold(
    IReadOnlyList<EventFoldMember> Members,
    string TypeFrom,
    string PlaceFrom,
    string DateFrom,
    string ActorsFrom,
    string? BaseNotes,
    IReadOnlyList<string> AssocActor1From,
    IReadOnlyList<string> AssocActor2From,
    IReadOnlyList<string> QuantitiesFrom,
    IReadOnlyList<string> ClaimIdsFrom);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(EventFold))]
public sealed partial class EventFoldJson : JsonSerializerContext;

/// <summary>
/// Builds a fused event and its <see cref="EventFold"/> from all its reports, and adds one report to them without
/// the others: the added record is the one <see cref="EventMerger.Merge"/> gives for all the reports (the store's
/// tests compare the two on whole corpora). Ingest then costs the same per report however many reports the fused
/// event already has, instead of re-reading and re-merging them all.
/// </summary>
public static class EventFolding
{
    /// <summary>The merge of all the reports (<see cref="EventMerger.Merge"/>) and its fold.</summary>
    public static (FusedEventRecord Record, EventFold Fold) Build(string fusedId, IReadOnlyList<MemberEvent> members)
    {
        var record = EventMerger.Merge(fusedId, members);
        var sorted = members.Select(m => (Member: m, Row: EventFoldMember.Of(m))).ToList();
        sorted.Sort((a, b) => EventFoldMember.Compare(a.Row, b.Row));
        var rows = sorted.ConvertAll(s => s.Row);
        var events = sorted.ConvertAll(s => s.Member.Event);
        var typeFrom = TypeFrom(rows);
        var fold = new EventFold(
            rows,
            typeFrom,
            PlaceFrom(rows),
            DateFrom(rows),
            ActorsFrom(rows),
            events.First(e => e.Id == typeFrom).Notes,
            Origins(events, e => e.AssocActor1, a => a.Name ?? a.Text),
            Origins(events, e => e.AssocActor2, a => a.Name ?? a.Text),
            Origins(events, e => e.Quantities, q => (q.Value, q.Unit, q.Text)),
            Origins(events, e => e.ClaimIds, id => id));
        return (record, fold);
    }

    /// <summary>
    /// The fused event with one more report, as <see cref="EventMerger.Merge"/> of all its reports gives it.
    /// <paramref name="readEvent"/> reads a report already in the fused event by its id: only needed when the
    /// most common type changes to that of another earlier report (rare); every other field comes from the
    /// record, the fold, or the new report.
    /// </summary>
    public static (FusedEventRecord Record, EventFold Fold) Add(FusedEventRecord fused, EventFold fold, MemberEvent member, Func<string, EventRecord> readEvent)
    {
        var added = member.Event;
        var row = EventFoldMember.Of(member);
        var rows = new List<EventFoldMember>(fold.Members.Count + 1);
        var at = 0;
        while (at < fold.Members.Count && EventFoldMember.Compare(fold.Members[at], row) < 0)
        {
            at++;
        }

        if (fold.Members.Any(m => m.EventId == row.EventId))
        {
            throw new InvalidOperationException($"event {row.EventId} is already a report of fused event {fused.Event.Id}");
        }

        rows.AddRange(fold.Members.Take(at));
        rows.Add(row);
        rows.AddRange(fold.Members.Skip(at));
        var position = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            position[rows[i].EventId] = i;
        }

        bool Before(string eventId) => position[eventId] < at;

        // Place, date and actors are each the first report by a key: a new report either precedes the one chosen
        // (and is chosen) or not, so their fields come from the new report or stay.
        var old = fused.Event;
        EventRecord From(string id, string oldFrom) =>
            id == added.Id ? added : id == oldFrom ? old : readEvent(id);

        var typeFrom = TypeFrom(rows);
        var byType = typeFrom == added.Id ? added : typeFrom == fold.TypeFrom ? old : readEvent(typeFrom);
        var baseNotes = typeFrom == fold.TypeFrom ? fold.BaseNotes : byType.Notes;
        var placeFrom = PlaceFrom(rows);
        var byPlace = From(placeFrom, fold.PlaceFrom);
        var dateFrom = DateFrom(rows);
        var byDate = From(dateFrom, fold.DateFrom);
        var actorsFrom = ActorsFrom(rows);
        var byActors = From(actorsFrom, fold.ActorsFrom);

        var (assoc1, assoc1From) = FoldList(old.AssocActor1, fold.AssocActor1From, added.AssocActor1, added.Id, Before, a => a.Name ?? a.Text);
        var (assoc2, assoc2From) = FoldList(old.AssocActor2, fold.AssocActor2From, added.AssocActor2, added.Id, Before, a => a.Name ?? a.Text);
        var (quantities, quantitiesFrom) = FoldList(old.Quantities, fold.QuantitiesFrom, added.Quantities, added.Id, Before, q => (q.Value, q.Unit, q.Text));
        var (claimIds, claimIdsFrom) = FoldList(old.ClaimIds, fold.ClaimIdsFrom, added.ClaimIds, added.Id, Before, id => id);

        var merged = EventMerger.WithChosen(byType, byActors, byPlace, byDate) with
        {
            Id = old.Id,
            AssocActor1 = assoc1,
            AssocActor2 = assoc2,
            CivilianTargeting = old.CivilianTargeting || added.CivilianTargeting,
            Fatalities = Min(old.Fatalities, added.Fatalities),
            FatalitiesLow = Min(old.FatalitiesLow, added.FatalitiesLow ?? added.Fatalities),
            FatalitiesHigh = Max(old.FatalitiesHigh, added.FatalitiesHigh ?? added.Fatalities),
            Injuries = Min(old.Injuries, added.Injuries),
            Quantities = quantities,
            ClaimIds = claimIds,
            Notes = EventMerger.Notes(baseNotes, rows.Select(r => (r.Fatalities, r.Source ?? r.ArticleId))),
        };

        var sources = new List<FusedSourceRecord>(fused.Sources);
        sources.Insert(at, new FusedSourceRecord(member.ArticleId, member.Source, member.Url, member.Published, added.Id, added.Evidence));
        var figures = new List<ReportedFigureRecord>(fused.ReportedFigures);
        figures.InsertRange(rows.Take(at).Sum(r => r.Figures), EventMerger.Figures(member));
        var record = new FusedEventRecord
        {
            Event = merged,
            Sources = sources,
            ReportedFigures = figures,
            FirstReported = Min(fused.FirstReported, member.Published),
            LastReported = Max(fused.LastReported, member.Published),
            SourceCount = rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count(),
        };
        return (record, new EventFold(rows, typeFrom, placeFrom, dateFrom, actorsFrom, baseNotes, assoc1From, assoc2From, quantitiesFrom, claimIdsFrom));
    }

    /// <summary>The report the type (and every field not merged otherwise) is taken from, as <see cref="EventMerger.Merge"/> chooses it.</summary>
    private static string TypeFrom(IReadOnlyList<EventFoldMember> rows) =>
        EventMerger.ByType(rows, r => r.EventType, r => r.SubEventType).EventId;

    private static string PlaceFrom(IReadOnlyList<EventFoldMember> rows) =>
        rows.OrderBy(r => r.PlaceRank).ThenBy(r => r.NoLocation).First().EventId;

    private static string DateFrom(IReadOnlyList<EventFoldMember> rows) =>
        rows.OrderBy(r => r.DateRank).ThenBy(r => r.NoDate).First().EventId;

    private static string ActorsFrom(IReadOnlyList<EventFoldMember> rows) =>
        rows.OrderByDescending(r => r.Actors).First().EventId;

    /// <summary>The report each item kept by DistinctBy over the reports' lists (in merge order) came from.</summary>
    private static List<string> Origins<T, TKey>(IReadOnlyList<EventRecord> events, Func<EventRecord, IReadOnlyList<T>> list, Func<T, TKey> key)
    {
        var seen = new HashSet<TKey>();
        var origins = new List<string>();
        foreach (var e in events)
        {
            foreach (var item in list(e))
            {
                if (seen.Add(key(item)))
                {
                    origins.Add(e.Id);
                }
            }
        }

        return origins;
    }

    /// <summary>
    /// DistinctBy over the reports' lists in merge order, with one report's list added at its place: the kept items
    /// of the reports before it, then its own new ones, then the kept items of the reports after it that it does not
    /// repeat (an item dropped before was a copy of an earlier kept one, and still is).
    /// </summary>
    private static (List<T> Items, List<string> From) FoldList<T, TKey>(
        IReadOnlyList<T> items, IReadOnlyList<string> from, IReadOnlyList<T> added, string addedFrom, Func<string, bool> before, Func<T, TKey> key)
    {
        if (items.Count != from.Count)
        {
            throw new InvalidOperationException("a fused event's fold does not match its record");
        }

        var seen = new HashSet<TKey>();
        var result = new List<T>(items.Count + added.Count);
        var origins = new List<string>(items.Count + added.Count);
        var i = 0;
        for (; i < items.Count && before(from[i]); i++)
        {
            seen.Add(key(items[i]));
            result.Add(items[i]);
            origins.Add(from[i]);
        }

        foreach (var item in added)
        {
            if (seen.Add(key(item)))
            {
                result.Add(item);
                origins.Add(addedFrom);
            }
        }

        for (; i < items.Count; i++)
        {
            if (seen.Add(key(items[i])))
            {
                result.Add(items[i]);
                origins.Add(from[i]);
            }
        }

        return (result, origins);
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
