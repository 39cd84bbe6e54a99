using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Reports;

/// <summary>How much detail a report lists; the tables and totals always cover the whole period.</summary>
public sealed record ReportOptions
{
    public int SignificantEvents { get; init; } = 10;

    public int KeyClaims { get; init; } = 10;
}

/// <summary>
/// Builds a <see cref="SituationReport"/> from the store's queries. Every list has a total order (ties broken by
/// name or id with ordinal comparison), so the same store and period always give the same report.
/// </summary>
public sealed class SituationReportBuilder
{
    private readonly ISitrepStore _store;
    private readonly IArticleIndex _articles;

    public SituationReportBuilder(ISitrepStore store, IArticleIndex articles)
    {
        _store = store;
        _articles = articles;
    }

    /// <summary>A builder over a store that also indexes its articles by date (every SQL store does).</summary>
    public static SituationReportBuilder For(ISitrepStore store) => store is IArticleIndex index
        ? new SituationReportBuilder(store, index)
        : throw new NotSupportedException($"{store.GetType().Name} cannot list articles by date, which a report needs to date claims");

    /// <summary>The period for the given bounds; missing ones default from the latest article in the store.</summary>
    public ReportPeriod ResolvePeriod(DateOnly? from, DateOnly? to, DateOnly today) =>
        ReportPeriod.Resolve(from, to, _articles.LatestPublished(), today);

    public SituationReport Build(ReportPeriod period, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var previous = period.Previous;
        var (events, interactions, notAsserted) = AssertedEvents(period);
        var (previousEvents, _, _) = AssertedEvents(previous);

        // A fused claim belongs to the period of its first report; both periods' claims come from one query.
        var articles = _articles.QueryArticles(new ArticleQuery { From = previous.From, To = period.To })
            .Where(a => a.Published is not null)
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var claims = ReportClaims.ReportedIn(_store, previous.From, period.To, articles);
        var periodClaims = claims.Where(c => c.FirstPublished is { } d && period.Contains(d)).ToList();
        var previousClaims = claims.Where(c => c.FirstPublished is { } d && previous.Contains(d)).ToList();

        var regions = Regions(events);
        return new SituationReport
        {
            Period = period,
            Headline = HeadlineOf(events, periodClaims),
            PreviousHeadline = HeadlineOf(previousEvents, previousClaims),
            Regions = regions,
            Types = Types(events),
            Interactions = Interactions(interactions),
            SignificantEvents = Significant(events, options.SignificantEvents),
            ClaimStatuses = Statuses(periodClaims),
            KeyClaims = KeyClaims(periodClaims, options.KeyClaims),
            Changes = Changes(previous, events, previousEvents, regions),
            Quality = Quality(events, notAsserted, periodClaims),
        };
    }

    /// <summary>
    /// The period's events reported as having happened, split into ACLED events (violence, demonstrations,
    /// strategic developments) and other interactions coded in PLOVER only (statements, accusations, support).
    /// The latter often repeat a violent event's toll ("condemned the attack that killed 32"): counting their
    /// figures too would count the dead twice. Negated, hypothetical, future and historical mentions are only counted.
    /// </summary>
    private (List<FusedEventRecord> Events, List<FusedEventRecord> Interactions, int NotAsserted) AssertedEvents(ReportPeriod period)
    {
        var all = _store.QueryEvents(new EventQuery { From = period.From, To = period.To });
        var asserted = all.Where(f => f.Event.Modality == "asserted").ToList();
        return ([.. asserted.Where(f => f.Event.EventType is not null)], [.. asserted.Where(f => f.Event.EventType is null)], all.Count - asserted.Count);
    }

    private static List<InteractionRow> Interactions(IEnumerable<FusedEventRecord> interactions) => [.. interactions
        .GroupBy(f => f.Event.PloverEvent ?? "(not coded)", StringComparer.Ordinal)
        .Select(g => new InteractionRow(
            g.Key,
            g.Count(),
            g.Select(f => f.Event.Actor1?.Name).OfType<string>()
                .GroupBy(name => name, StringComparer.Ordinal)
                .OrderByDescending(n => n.Count())
                .ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => n.Key)
                .Take(3)
                .ToList()))
        .OrderByDescending(r => r.Events)
        .ThenBy(r => r.PloverEvent, StringComparer.Ordinal)];

    private static int Low(FusedEventRecord f) => f.Event.Fatalities ?? 0;

    private static int High(FusedEventRecord f) => Math.Max(Low(f), f.Event.FatalitiesHigh ?? f.Event.Fatalities ?? 0);

    private static Headline HeadlineOf(IReadOnlyList<FusedEventRecord> events, IReadOnlyList<ReportClaim> claims)
    {
        var cited = events.SelectMany(f => f.Sources.Select(s => (s.ArticleId, Outlet: s.Source)))
            .Concat(claims.SelectMany(c => c.Sources.Select(s => (s.ArticleId, s.Outlet))))
            .ToList();
        return new Headline(
            events.Count,
            events.Sum(Low),
            events.Sum(High),
            cited.Select(c => c.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            cited.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count(),
            claims.Count);
    }

    private static List<RegionRow> Regions(IEnumerable<FusedEventRecord> events) => [.. events
        .GroupBy(f => (f.Event.Country, f.Event.Admin1))
        .Select(g => new RegionRow(g.Key.Country, g.Key.Admin1, g.Count(), g.Sum(Low), g.Sum(High)))
        .OrderByDescending(r => r.Events)
        .ThenByDescending(r => r.Fatalities)
        .ThenBy(r => r.Country is null)
        .ThenBy(r => r.Country, StringComparer.Ordinal)
        .ThenBy(r => r.Admin1 is null)
        .ThenBy(r => r.Admin1, StringComparer.Ordinal)];

    private static List<TypeRow> Types(IEnumerable<FusedEventRecord> events) => [.. events
        .GroupBy(f => (f.Event.EventType, f.Event.SubEventType))
        .Select(g => new TypeRow(g.Key.EventType, g.Key.SubEventType, g.Count(), g.Sum(Low), g.Sum(High)))
        .OrderByDescending(r => r.Events)
        .ThenByDescending(r => r.Fatalities)
        .ThenBy(r => r.EventType is null)
        .ThenBy(r => r.EventType, StringComparer.Ordinal)
        .ThenBy(r => r.SubEventType, StringComparer.Ordinal)];

    private List<ReportEvent> Significant(IEnumerable<FusedEventRecord> events, int count)
    {
        var top = events
            .OrderByDescending(Low)
            .ThenByDescending(f => f.SourceCount)
            .ThenByDescending(High)
            .ThenBy(f => f.Event.EventDate)
            .ThenBy(f => f.Event.Id, StringComparer.Ordinal)
            .Take(count)
            .ToList();

        // The ledger keeps each report's outlet and address; titles come from the articles themselves.
        var titles = _articles.ArticlesById([.. top.SelectMany(f => f.Sources.Select(s => s.ArticleId))])
            .ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);
        return [.. top.Select(f =>
        {
            var sources = f.Sources
                .DistinctBy(s => s.ArticleId, StringComparer.Ordinal)
                .Select(s => new ReportSource(s.ArticleId, s.Source, s.Url, s.Published, titles.GetValueOrDefault(s.ArticleId)))
                .OrderBy(s => s.Published ?? DateOnly.MaxValue)
                .ThenBy(s => s.Outlet, StringComparer.Ordinal)
                .ThenBy(s => s.ArticleId, StringComparer.Ordinal)
                .ToList();
            var byArticle = sources.ToDictionary(s => s.ArticleId, StringComparer.Ordinal);
            var figures = f.ReportedFigures
                .Where(r => byArticle.ContainsKey(r.ArticleId))
                .Select(r => new ReportedFigure(r.Field, r.Value, byArticle[r.ArticleId]))
                .OrderBy(r => r.Field, StringComparer.Ordinal)
                .ThenBy(r => r.Value)
                .ThenBy(r => r.Source.Outlet, StringComparer.Ordinal)
                .ThenBy(r => r.Source.ArticleId, StringComparer.Ordinal)
                .ToList();
            return new ReportEvent(f, sources, figures);
        })];
    }

    /// <summary>The order a reader expects: from a bare claim, through confirmation, to contradiction.</summary>
    private static readonly string[] _statusOrder = ["claimed", "corroborated", "not_confirmed", "disputed", "denied"];

    private static List<StatusRow> Statuses(IEnumerable<ReportClaim> claims) => [.. claims
        .GroupBy(c => c.Status, StringComparer.Ordinal)
        .Select(g => new StatusRow(g.Key, g.Count()))
        .OrderBy(r => Array.IndexOf(_statusOrder, r.Status) is var i && i >= 0 ? i : _statusOrder.Length)
        .ThenBy(r => r.Status, StringComparer.Ordinal)];

    private static List<ReportClaim> KeyClaims(IEnumerable<ReportClaim> claims, int count) => [.. claims
        .Where(c => c.Text.Length > 0)
        .OrderByDescending(c => c.Sources.Select(s => s.Outlet ?? s.ArticleId).Distinct(StringComparer.OrdinalIgnoreCase).Count())
        .ThenByDescending(c => c.Claimants.Count)
        .ThenByDescending(c => c.Stances.Count)
        .ThenByDescending(c => c.IsAttributed)
        .ThenByDescending(c => c.Status != "claimed")
        .ThenByDescending(c => c.Quantities.Count > 0)
        .ThenByDescending(c => c.FirstPublished ?? DateOnly.MinValue)
        .ThenBy(c => c.Id, StringComparer.Ordinal)
        .Take(count)];

    private static PeriodChanges Changes(ReportPeriod previous, List<FusedEventRecord> now, List<FusedEventRecord> before, IReadOnlyList<RegionRow> regions)
    {
        var previousRegions = before.Select(f => (f.Event.Country, f.Event.Admin1)).ToHashSet();
        var newAdmin1s = regions.Where(r => r.Admin1 is not null && !previousRegions.Contains((r.Country, r.Admin1))).ToList();

        var previousActors = before.SelectMany(ActorNames).ToHashSet(StringComparer.Ordinal);
        var newActors = now
            .SelectMany(f => ActorNames(f).Distinct(StringComparer.Ordinal))
            .Where(name => !previousActors.Contains(name))
            .GroupBy(name => name, StringComparer.Ordinal)
            .Select(g => new NewActor(g.Key, g.Count()))
            .OrderByDescending(a => a.Events)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

        return new PeriodChanges(
            previous,
            Compare(now, before, f => f.Event.EventType ?? "(type not coded)"),
            Compare(now, before, f => RegionLabel(f.Event.Country, f.Event.Admin1)),
            newAdmin1s,
            newActors);
    }

    public static string RegionLabel(string? country, string? admin1) => (country, admin1) switch
    {
        (null, null) => "(unlocated)",
        (null, _) => admin1!,
        (_, null) => $"{country} (admin1 unknown)",
        _ => $"{admin1}, {country}",
    };

    private static List<ChangeRow> Compare(List<FusedEventRecord> now, List<FusedEventRecord> before, Func<FusedEventRecord, string> key)
    {
        var current = now.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (Events: g.Count(), Dead: g.Sum(Low)), StringComparer.Ordinal);
        var earlier = before.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (Events: g.Count(), Dead: g.Sum(Low)), StringComparer.Ordinal);
        return [.. current.Keys.Union(earlier.Keys, StringComparer.Ordinal)
            .Select(name =>
            {
                var (eventsNow, deadNow) = current.GetValueOrDefault(name);
                var (eventsBefore, deadBefore) = earlier.GetValueOrDefault(name);
                return new ChangeRow(name, eventsBefore, eventsNow, deadBefore, deadNow);
            })
            .OrderByDescending(r => Math.Abs(r.EventsChange))
            .ThenByDescending(r => Math.Abs(r.FatalitiesChange))
            .ThenByDescending(r => r.EventsNow)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> ActorNames(FusedEventRecord f) =>
        new[] { f.Event.Actor1, f.Event.Actor2 }.OfType<ActorRecord>()
            .Concat(f.Event.AssocActor1)
            .Concat(f.Event.AssocActor2)
            .Select(a => a.Name)
            .OfType<string>();

    private static DataQuality Quality(List<FusedEventRecord> events, int notAsserted, IReadOnlyList<ReportClaim> claims)
    {
        static bool Located(EventRecord e) => e.Latitude is not null && e.Longitude is not null;
        return new DataQuality(
            events.Count,
            events.Count(f => !Located(f.Event)),
            events.Count(f => f.Event.TimePrecision is not 1),
            events.Count(f => Located(f.Event) && f.Event.GeoPrecision is not 1),
            events.Count(f => f.SourceCount <= 1),
            notAsserted,
            claims.Count(c => !c.IsAttributed));
    }
}
