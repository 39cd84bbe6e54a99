namespace Sitrep.Store;

/// <summary>The columns of a fused_events row that decide whether it is a fusion candidate for a report.</summary>
internal sealed record FusedEventKey(
    string Id,
    string? EventType,
    string? PloverEvent,
    bool Wide,
    string? DateStart,
    string? DateEnd,
    string Modality,
    string? Iso3);

/// <summary>What a report asks of a candidate (the parameters of <see cref="SqlStore.CandidateSql"/>).</summary>
internal readonly record struct CandidateSearch(
    bool KnowsType,
    IReadOnlyList<string> Types,
    string? Start,
    string? StartLow,
    string? End,
    string? Modality,
    string? Iso3);

/// <summary>
/// A batch's in-memory copy of the fused events' candidate columns, answering exactly what
/// <see cref="SqlStore.CandidateSql"/> answers (the same tests, with SQL's NULL and ordinal text comparisons) without
/// a query per report: a batch of 64 articles searched some 1,600 times and read some 100,000 candidate rows back
/// (each report finds dozens), which was a fifth of ingest on SQLite and a round trip each on PostgreSQL. Rows are
/// grouped by event type and by PLOVER event, and within a group the narrow rows (wide = 0) are kept sorted by start
/// date, so that a dated search reads the rows whose start lies in its bounded range, as the index seek did. The
/// store keeps the copy in step with every write of fused_events in the batch.
/// </summary>
internal sealed class FusedEventIndex
{
    private readonly Dictionary<string, FusedEventKey> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _byPlover = new(StringComparer.Ordinal);
    private readonly Group _noType = new();
    private readonly Group _noPlover = new();

    public int Count => _rows.Count;

    /// <summary>A stored fused event's row (false: no such fused event).</summary>
    public bool TryGet(string id, out FusedEventKey row) => _rows.TryGetValue(id, out row!);

    /// <summary>Adds a row, or replaces the row of the same id.</summary>
    public void Put(FusedEventKey row)
    {
        Remove(row.Id);
        _rows.Add(row.Id, row);
        TypeGroup(row.EventType, create: true)!.Add(row);
        PloverGroup(row.PloverEvent, create: true)!.Add(row);
    }

    public void Remove(string id)
    {
        if (_rows.Remove(id, out var old))
        {
            TypeGroup(old.EventType, create: false)!.Remove(old);
            PloverGroup(old.PloverEvent, create: false)!.Remove(old);
        }
    }

    /// <summary>The ids of the candidate rows, in ordinal order (as the SQL's ORDER BY id gives them).</summary>
    public List<string> Candidates(CandidateSearch search)
    {
        var found = new List<string>();
        if (search.KnowsType)
        {
            // event_type IN (types) OR event_type IS NULL: disjoint groups (a list holds each type once).
            foreach (var type in search.Types.Distinct(StringComparer.Ordinal))
            {
                TypeGroup(type, create: false)?.Search(search, found);
            }

            _noType.Search(search, found);
        }
        else if (search.Types.Count > 0)
        {
            foreach (var plover in search.Types.Distinct(StringComparer.Ordinal))
            {
                PloverGroup(plover, create: false)?.Search(search, found);
            }
        }
        else
        {
            _noPlover.Search(search, found);
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private Group? TypeGroup(string? type, bool create) => GroupOf(_byType, _noType, type, create);

    private Group? PloverGroup(string? plover, bool create) => GroupOf(_byPlover, _noPlover, plover, create);

    private static Group? GroupOf(Dictionary<string, Group> groups, Group none, string? key, bool create)
    {
        if (key is null)
        {
            return none;
        }

        if (!groups.TryGetValue(key, out var group) && create)
        {
            group = new Group();
            groups.Add(key, group);
        }

        return group;
    }

    /// <summary>
    /// The rows of one event type (or PLOVER event), apart by country: a report with a country searches its own
    /// country's rows and those without one (iso3 = @Iso3 OR iso3 IS NULL), not the dated rows of every country (a store
    /// of news from many conflicts holds thousands of one type in any month, and scanning them all was most of the
    /// search); a report without one reads every row, from a part that holds them all (visiting every country, each with
    /// its own date seek, cost a report placed nowhere more than scoring its candidates). Not apart by first-level
    /// division: outlets file one incident under different divisions (a namesake, a division split or renamed), and the
    /// matcher joins them when one names the other's place (EventMatcher's place veto), which it can only do for the
    /// candidates it is given.
    /// </summary>
    private sealed class Group
    {
        private readonly Dictionary<string, DatedRows> _byCountry = new(StringComparer.Ordinal);
        private readonly DatedRows _noCountry = new();
        private readonly DatedRows _all = new();

        public void Add(FusedEventKey row)
        {
            PartOf(row.Iso3, create: true)!.Add(row);
            _all.Add(row);
        }

        public void Remove(FusedEventKey row)
        {
            PartOf(row.Iso3, create: false)?.Remove(row);
            _all.Remove(row);
        }

        public void Search(CandidateSearch search, List<string> found)
        {
            if (search.Iso3 is { } country)
            {
                PartOf(country, create: false)?.Search(search, found);
                _noCountry.Search(search, found);
            }
            else
            {
                _all.Search(search, found);
            }
        }

        private DatedRows? PartOf(string? country, bool create)
        {
            if (country is null)
            {
                return _noCountry;
            }

            if (!_byCountry.TryGetValue(country, out var part) && create)
            {
                part = new DatedRows();
                _byCountry.Add(country, part);
            }

            return part;
        }
    }

    /// <summary>Rows of one type and country: narrow ones by start date, wide ones apart.</summary>
    private sealed class DatedRows
    {
        private static readonly Comparison<FusedEventKey> _byStart = (a, b) =>
        {
            var byDate = string.CompareOrdinal(a.DateStart, b.DateStart);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
        };

        private static readonly IComparer<FusedEventKey> _byStartComparer = Comparer<FusedEventKey>.Create(_byStart);

        private readonly List<FusedEventKey> _narrow = [];
        // By id: a row is removed each time its fused event is rewritten, and the undated ones of every country meet here.
        private readonly Dictionary<string, FusedEventKey> _wide = new(StringComparer.Ordinal);

        public void Add(FusedEventKey row)
        {
            if (row.Wide || row.DateStart is null)
            {
                _wide.Add(row.Id, row);
                return;
            }

            var at = _narrow.BinarySearch(row, _byStartComparer);
            _narrow.Insert(at < 0 ? ~at : at, row);
        }

        public void Remove(FusedEventKey row)
        {
            if (row.Wide || row.DateStart is null)
            {
                _wide.Remove(row.Id);
                return;
            }

            var at = _narrow.BinarySearch(row, _byStartComparer);
            if (at >= 0)
            {
                _narrow.RemoveAt(at);
            }
        }

        public void Search(CandidateSearch search, List<string> found)
        {
            if (search.Start is null)
            {
                // Undated report: every row of the group passes the date test ("1 = 1").
                foreach (var row in _narrow)
                {
                    Add(row, search, found);
                }

                foreach (var row in _wide.Values)
                {
                    Add(row, search, found);
                }

                return;
            }

            // wide = 0 AND date_start >= @StartLow AND date_start <= @End AND date_end >= @Start
            var first = LowerBound(search.StartLow!);
            for (var i = first; i < _narrow.Count && string.CompareOrdinal(_narrow[i].DateStart, search.End) <= 0; i++)
            {
                var row = _narrow[i];
                if (string.CompareOrdinal(row.DateEnd, search.Start) >= 0)
                {
                    Add(row, search, found);
                }
            }

            // wide = 1 AND ((date_start <= @End AND date_end >= @Start) OR date_start IS NULL)
            foreach (var row in _wide.Values)
            {
                if (!row.Wide)
                {
                    continue; // a narrow row without a start: no branch of the query takes it
                }

                if (row.DateStart is null
                    || (string.CompareOrdinal(row.DateStart, search.End) <= 0 && row.DateEnd is not null && string.CompareOrdinal(row.DateEnd, search.Start) >= 0))
                {
                    Add(row, search, found);
                }
            }
        }

        /// <summary>The first narrow row whose start is at or after <paramref name="startLow"/>.</summary>
        private int LowerBound(string startLow)
        {
            int lo = 0, hi = _narrow.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (string.CompareOrdinal(_narrow[mid].DateStart, startLow) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>The tests every branch shares: modality and country.</summary>
        private static void Add(FusedEventKey row, CandidateSearch search, List<string> found)
        {
            if (search.Modality is null || !string.Equals(row.Modality, search.Modality, StringComparison.Ordinal))
            {
                return;
            }

            if (search.Iso3 is not null && row.Iso3 is not null && !string.Equals(row.Iso3, search.Iso3, StringComparison.Ordinal))
            {
                return;
            }

            found.Add(row.Id);
        }
    }
}
