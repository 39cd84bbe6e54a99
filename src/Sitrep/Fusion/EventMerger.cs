using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// Builds a fused event from all its reports. The result depends only on the set of members (they are sorted
/// first), so fusing the same articles in any order gives the same record. Fields come from the most precise
/// report (place, date) or the most common one (type; ties go to the type higher in ACLED's hierarchy); fatalities are ACLED's conservative figure, the lowest
/// reported, with the range and every source's figure kept beside it.
/// </summary>
public static class EventMerger
{
    /// <summary>A fused event's id: derived from the report that founded it, so it is stable across re-ingests.</summary>
    public static string FusedIdFor(string foundingEventId) => FusedIds.From('F', foundingEventId);

    public static FusedEventRecord Merge(string fusedId, IReadOnlyList<MemberEvent> members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("a fused event needs at least one report", nameof(members));
        }

        var sorted = members
            .OrderBy(m => m.Published ?? DateOnly.MaxValue)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Event.Id, StringComparer.Ordinal)
            .ToList();
        var events = sorted.Select(m => m.Event).ToList();

        // Reports of compatible types may be merged (TypeCompatibility): the fused event takes the type most of them
        // report and, on a tie, the higher one in ACLED's hierarchy (an air strike within a battle is Battles).
        var byType = ByType(events, e => e.EventType, e => e.SubEventType);
        // The best point, not the best-named place: a village at a borrowed point does not displace the town's own.
        var byPlace = events.OrderBy(e => EventMatcher.PointPrecision(e) ?? 9).ThenBy(e => e.Location is null).First();
        var byDate = events.OrderBy(e => e.TimePrecision ?? 9).ThenBy(e => e.EventDate is null).First();
        var byActors = events.OrderByDescending(e => (e.Actor1 is null ? 0 : 1) + (e.Actor2 is null ? 0 : 1)).First();

        var fatalities = events.Where(e => e.Fatalities is not null).Select(e => e.Fatalities!.Value).ToList();
        var lows = events.Select(e => e.FatalitiesLow ?? e.Fatalities).OfType<int>().ToList();
        var highs = events.Select(e => e.FatalitiesHigh ?? e.Fatalities).OfType<int>().ToList();
        var injuries = events.Where(e => e.Injuries is not null).Select(e => e.Injuries!.Value).ToList();

        var merged = WithChosen(byType, byActors, byPlace, byDate) with
        {
            Id = fusedId,
            AssocActor1 = [.. events.SelectMany(e => e.AssocActor1).DistinctBy(a => a.Name ?? a.Text)],
            AssocActor2 = [.. events.SelectMany(e => e.AssocActor2).DistinctBy(a => a.Name ?? a.Text)],
            CivilianTargeting = events.Any(e => e.CivilianTargeting),
            Fatalities = fatalities.Count > 0 ? fatalities.Min() : null,
            FatalitiesLow = lows.Count > 0 ? lows.Min() : null,
            FatalitiesHigh = highs.Count > 0 ? highs.Max() : null,
            Injuries = injuries.Count > 0 ? injuries.Min() : null,
            Quantities = [.. events.SelectMany(e => e.Quantities).DistinctBy(q => (q.Value, q.Unit, q.Text))],
            ClaimIds = [.. events.SelectMany(e => e.ClaimIds).Distinct(StringComparer.Ordinal)],
            Notes = Notes(byType.Notes, sorted.Select(m => (m.Event.Fatalities, m.Source ?? m.ArticleId))),
        };

        var published = sorted.Select(m => m.Published).OfType<DateOnly>().ToList();
        return new FusedEventRecord
        {
            Event = merged,
            Sources = [.. sorted.Select(m => new FusedSourceRecord(m.ArticleId, m.Source, m.Url, m.Published, m.Event.Id, m.Event.Evidence))],
            ReportedFigures = [.. sorted.SelectMany(Figures)],
            FirstReported = published.Count > 0 ? published.Min() : null,
            LastReported = published.Count > 0 ? published.Max() : null,
            SourceCount = sorted.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    /// <summary>
    /// <paramref name="byType"/> with the actors, place and date of the reports chosen for them (the batch merge and
    /// the incremental fold choose the same way, so they copy the same fields).
    /// </summary>
    internal static EventRecord WithChosen(EventRecord byType, EventRecord byActors, EventRecord byPlace, EventRecord byDate) => byType with
    {
        Actor1 = byActors.Actor1,
        Actor2 = byActors.Actor2,
        Interaction = byActors.Interaction,
        Country = byPlace.Country,
        Iso3 = byPlace.Iso3,
        Admin1 = byPlace.Admin1,
        Admin2 = byPlace.Admin2,
        Location = byPlace.Location,
        Latitude = byPlace.Latitude,
        Longitude = byPlace.Longitude,
        Geonameid = byPlace.Geonameid,
        GeoPrecision = byPlace.GeoPrecision,
        CoordinatesFrom = byPlace.CoordinatesFrom,
        EventDate = byDate.EventDate,
        DateStart = byDate.DateStart,
        DateEnd = byDate.DateEnd,
        TimePrecision = byDate.TimePrecision,
    };

    internal static IEnumerable<ReportedFigureRecord> Figures(MemberEvent member)
    {
        var claim = member.Event.ClaimIds.Count > 0 ? member.Event.ClaimIds[0] : null;
        if (member.Event.Fatalities is int dead)
        {
            yield return new ReportedFigureRecord("fatalities", dead, member.ArticleId, claim);
        }

        if (member.Event.Injuries is int hurt)
        {
            yield return new ReportedFigureRecord("injuries", hurt, member.ArticleId, claim);
        }
    }

    /// <summary>
    /// ACLED puts disputes in the notes: when sources disagree on fatalities, say who reported what. Takes each
    /// report's figure (or null) and source in merge order.
    /// </summary>
    internal static string? Notes(string? notes, IEnumerable<(int? Fatalities, string Source)> reports)
    {
        var figures = reports.Where(r => r.Fatalities is not null)
            .Select(r => (Value: r.Fatalities!.Value, r.Source)).Distinct().ToList();
        if (figures.Select(f => f.Value).Distinct().Count() < 2)
        {
            return notes;
        }

        var reported = string.Join("; ", figures.OrderBy(f => f.Value).Select(f => $"{f.Value} ({f.Source})"));
        var dispute = $"Fatality figures differ: {reported}; the lowest is coded.";
        return string.IsNullOrWhiteSpace(notes) ? dispute : notes + " " + dispute;
    }

    /// <summary>
    /// The report a fused event takes its type from (the order of <paramref name="reports"/> breaks ties): one of the
    /// type most reports give, on a tie the higher in ACLED's hierarchy, with that type's most common sub-event type.
    /// </summary>
    internal static T ByType<T>(IReadOnlyList<T> reports, Func<T, string?> eventType, Func<T, string?> subEventType)
    {
        var chosen = reports.Select(eventType).Where(t => t is not null)
            .GroupBy(t => t!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => TypeCompatibility.Default.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        var typed = reports.Where(r => eventType(r) == chosen).ToList();
        var subType = MostCommon(typed.Select(subEventType));
        return typed.First(r => subEventType(r) == subType);
    }

    internal static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null)
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select((g, order) => (g.Key, Count: g.Count(), order))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.order)
            .Select(g => g.Key)
            .FirstOrDefault();
}
