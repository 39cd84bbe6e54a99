using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Common;

namespace Sitrep.Time.Evaluation;

/// <summary>Figures for one split of the evaluation set.</summary>
public sealed record TimeEvaluationFigures
{
    public required string Split { get; init; }

    /// <summary>Events in the split.</summary>
    public int Rows { get; init; }

    /// <summary>Events with at least one time expression detected in a source headline.</summary>
    public int RowsWithExpression { get; init; }

    /// <summary>Events whose headlines "give a date": an expression resolving to a day, a night, a week or a few days (precision 1-2).</summary>
    public int RowsGivingDate { get; init; }

    /// <summary>Of those, the resolved first day equals the gold <c>date_start</c>.</summary>
    public int ExactStart { get; init; }

    /// <summary>Of <see cref="RowsGivingDate"/>, those whose expression names one day or night (precision 1).</summary>
    public int RowsGivingDay { get; init; }

    /// <summary>Of <see cref="RowsGivingDay"/>, the resolved day equals <c>date_start</c>.</summary>
    public int ExactStartDay { get; init; }

    /// <summary>Of those, the resolved event date lies within the gold [date_start, date_end].</summary>
    public int EventDateWithinGold { get; init; }

    /// <summary>Of those, the article's own publication date equals <c>date_start</c> (the baseline of ignoring the text).</summary>
    public int BaselinePublicationExact { get; init; }

    /// <summary>All rows: the first article's publication date equals <c>date_start</c>.</summary>
    public int BaselinePublicationExactAllRows { get; init; }

    /// <summary>Like <see cref="RowsGivingDate"/> but counting bulletin titles too (dates of a report, not of an event).</summary>
    public int RowsGivingDateAnyHeadline { get; init; }

    /// <summary>Of <see cref="RowsGivingDateAnyHeadline"/>, the resolved first day equals <c>date_start</c>.</summary>
    public int ExactStartAnyHeadline { get; init; }

    /// <summary>Events whose only headline expressions are month-level (precision 3), not counted as giving a date.</summary>
    public int RowsMonthOnly { get; init; }

    /// <summary>Unresolved or ambiguous headline mentions by reason.</summary>
    public ImmutableSortedDictionary<string, int> UnresolvedByReason { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    public double ExactStartRate => RowsGivingDate == 0 ? 0 : (double)ExactStart / RowsGivingDate;

    public double WithinRate => RowsGivingDate == 0 ? 0 : (double)EventDateWithinGold / RowsGivingDate;

    public double BaselineRate => RowsGivingDate == 0 ? 0 : (double)BaselinePublicationExact / RowsGivingDate;

    public double ExactStartDayRate => RowsGivingDay == 0 ? 0 : (double)ExactStartDay / RowsGivingDay;

    public double ExactStartAnyHeadlineRate => RowsGivingDateAnyHeadline == 0 ? 0 : (double)ExactStartAnyHeadline / RowsGivingDateAnyHeadline;
}

/// <summary>One scored event (for inspecting the dev split).</summary>
public sealed record TimeEvaluationCase(string Id, string Split, bool Bulletin, string Headline, DateOnly Published, string Expression, int Precision, DateOnly PredictedStart, DateOnly? PredictedEvent, DateOnly GoldStart, DateOnly GoldEnd, int GoldPrecision)
{
    public bool Exact => PredictedStart == GoldStart;
}

public sealed record TimeEvaluationReport(TimeEvaluationFigures Dev, TimeEvaluationFigures Test, ImmutableArray<TimeEvaluationCase> Cases)
{
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine("Time resolution on UCDP GED source headlines (publication date = the article's date in source_article)");
        text.AppendLine("'gives a date' = a headline expression resolves to a day, night, week or few-day range (ACLED precision 1-2);");
        text.AppendLine("bulletin titles (reports, situation updates, 'as of', social posts) are left out: their date is the document's, not the event's");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"split",-5} {"rows",6} {"w/expr",7} {"gives",6} {"exact",6} {"exact%",7} {"within%",8} {"pubdate%",9} {"pub-all%",9} {"month",6}");
        foreach (var f in new[] { Dev, Test })
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{f.Split,-5} {f.Rows,6} {f.RowsWithExpression,7} {f.RowsGivingDate,6} {f.ExactStart,6} {f.ExactStartRate,7:P1} {f.WithinRate,8:P1} {f.BaselineRate,9:P1} {(f.Rows == 0 ? 0 : (double)f.BaselinePublicationExactAllRows / f.Rows),9:P1} {f.RowsMonthOnly,6}");
        }

        foreach (var f in new[] { Dev, Test })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Split} day-precision expressions only: {f.ExactStartDay}/{f.RowsGivingDay} exact ({f.ExactStartDayRate:P1}); ranges (past 24 hours, past week...): {f.ExactStart - f.ExactStartDay}/{f.RowsGivingDate - f.RowsGivingDay}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Split} with bulletin titles: {f.ExactStartAnyHeadline}/{f.RowsGivingDateAnyHeadline} exact ({f.ExactStartAnyHeadlineRate:P1})");
        }

        foreach (var f in new[] { Dev, Test })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Split} unresolved mentions: {string.Join(", ", f.UnresolvedByReason.Select(r => $"{r.Key} {r.Value}"))}");
        }

        return text.ToString();
    }

    /// <summary>The dev split's scored events whose first day is wrong (a test split's stay unseen).</summary>
    public string DevErrors()
    {
        var text = new StringBuilder();
        foreach (var c in Cases.Where(c => c.Split == "dev" && !c.Bulletin && !c.Exact))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {c.Id}: \"{c.Expression}\" published {c.Published:yyyy-MM-dd} -> {c.PredictedStart:yyyy-MM-dd} (p{c.Precision}); gold {c.GoldStart:yyyy-MM-dd}..{c.GoldEnd:yyyy-MM-dd} (p{c.GoldPrecision}) | {c.Headline}");
        }

        return text.ToString();
    }
}

/// <summary>
/// Measures time resolution on the UCDP GED Ukraine file: each event lists its source articles as
/// "office,YYYY-MM-DD,headline". For every event whose headlines give a date (see <see cref="TimeEvaluationFigures.RowsGivingDate"/>),
/// the first such headline's expression is resolved against that article's date and compared with the gold
/// <c>date_start</c>. Events split deterministically into dev and test halves by a hash of their id.
/// Only headlines are available: most events (memorial-book entries named after a place, wire headlines in the
/// present tense) give no date in their text, and are counted but not scored.
/// </summary>
public static partial class TimeEvaluator
{
    public const string DefaultRelativePath = "dev/ucdp_ged_ukraine_2014_2023.csv";

    public static TimeEvaluationReport Evaluate(string csvPath, TimeDetector? detector = null)
    {
        detector ??= TimeDetector.Default;
        var dev = new Accumulator("dev");
        var test = new Accumulator("test");
        var cases = ImmutableArray.CreateBuilder<TimeEvaluationCase>();
        foreach (var row in CsvRecords.Read(csvPath))
        {
            var id = row["id"];
            var split = IsTest(id) ? test : dev;
            if (!TryGoldDate(row["date_start"], out var goldStart) || !TryGoldDate(row["date_end"], out var goldEnd))
            {
                continue;
            }

            var articles = Articles(row["source_article"]);
            split.Rows++;
            if (articles.Count > 0 && articles[0].Published == goldStart)
            {
                split.BaselineAll++;
            }

            var anyExpression = false;
            var monthOnly = false;
            TimeEvaluationCase? scored = null;
            TimeEvaluationCase? scoredAny = null;
            foreach (var (published, headline) in articles)
            {
                var bulletin = IsBulletinTitle(headline);
                foreach (var expression in detector.Detect(headline))
                {
                    anyExpression = true;
                    var resolution = TimeResolver.Resolve(expression, published);
                    if (!resolution.IsResolved)
                    {
                        split.Count(resolution.Reason.ToString());
                        continue;
                    }

                    var value = resolution.Value!;
                    if (value.Precision is TimePrecision.Day or TimePrecision.FewDays)
                    {
                        var found = new TimeEvaluationCase(id, split.Name, bulletin, headline, published, expression.Text, value.AcledTimePrecision ?? 0, value.DateStart, value.EventDate, goldStart, goldEnd, int.TryParse(row["date_prec"], out var p) ? p : 0);
                        scoredAny ??= found;
                        scored ??= bulletin ? null : found;
                    }
                    else if (value.Precision is TimePrecision.Month)
                    {
                        monthOnly = true;
                    }
                }
            }

            if (anyExpression)
            {
                split.WithExpression++;
            }

            if (scoredAny is not null)
            {
                split.GivingAny++;
                split.ExactAny += scoredAny.Exact ? 1 : 0;
                cases.Add(scored ?? scoredAny);
            }

            if (scored is null)
            {
                split.MonthOnly += monthOnly && scoredAny is null ? 1 : 0;
                continue;
            }

            split.Giving++;
            split.Exact += scored.Exact ? 1 : 0;
            split.Within += scored.PredictedEvent is { } e && e >= goldStart && e <= goldEnd ? 1 : 0;
            split.Baseline += scored.Published == goldStart ? 1 : 0;
            if (scored.Precision == 1)
            {
                split.GivingDay++;
                split.ExactDay += scored.Exact ? 1 : 0;
            }
        }

        return new TimeEvaluationReport(dev.Figures(), test.Figures(), cases.ToImmutable());
    }

    /// <summary>Deterministic split: FNV-1a of the event id; half the events are test.</summary>
    public static bool IsTest(string id)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash % 2 == 1;
    }

    /// <summary>The source articles of an event: "office,YYYY-MM-DD,headline" entries joined by ";", each quoted.</summary>
    internal static List<(DateOnly Published, string Headline)> Articles(string sourceArticle)
    {
        var articles = new List<(DateOnly, string)>();
        foreach (var entry in sourceArticle.Split("\";\"", StringSplitOptions.None))
        {
            var match = ArticleEntry().Match(entry.Trim().Trim('"'));
            if (match.Success && IsoDate.TryRead(match.Groups["date"].Value, out var published))
            {
                articles.Add((published, match.Groups["headline"].Value.Trim()));
            }
        }

        return articles;
    }

    /// <summary>Gold dates are month-first, with a time: "1/22/2014 12:00:00 AM" or "07/11/2019 00:00".</summary>
    internal static bool TryGoldDate(string text, out DateOnly date)
    {
        date = default;
        var datePart = text.Split(' ', 2)[0];
        var parts = datePart.Split('/');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Titles of periodic reports, bulletins and social-media posts ("Daily Report 105/2020 4 May 2020",
    /// "Situation Update ... as of morning, June 07, 2018", "@EuromaidanPress · Jul 10"): the date they carry is
    /// the document's, so they do not say when the event happened. A property of this evaluation file's sources.
    /// </summary>
    public static bool IsBulletinTitle(string headline) => BulletinTitle().IsMatch(headline);

    [GeneratedRegex(@"\b(report|situation update|as of|latest from|briefing|set-up|live map|news digest|main news|overview|crisiswatch|summary of)\b|@", RegexOptions.IgnoreCase)]
    private static partial Regex BulletinTitle();

    [GeneratedRegex(@"^(?<office>.*?),(?<date>\d{4}-\d{2}-\d{2}),(?<headline>.*)$", RegexOptions.Singleline)]
    private static partial Regex ArticleEntry();

    private sealed class Accumulator(string name)
    {
        private readonly SortedDictionary<string, int> _reasons = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public int Rows { get; set; }

        public int WithExpression { get; set; }

        public int Giving { get; set; }

        public int Exact { get; set; }

        public int Within { get; set; }

        public int Baseline { get; set; }

        public int BaselineAll { get; set; }

        public int MonthOnly { get; set; }

        public int GivingAny { get; set; }

        public int GivingDay { get; set; }

        public int ExactDay { get; set; }

        public int ExactAny { get; set; }

        public void Count(string reason) => _reasons[reason] = _reasons.GetValueOrDefault(reason) + 1;

        public TimeEvaluationFigures Figures() => new()
        {
            Split = Name,
            Rows = Rows,
            RowsWithExpression = WithExpression,
            RowsGivingDate = Giving,
            ExactStart = Exact,
            EventDateWithinGold = Within,
            BaselinePublicationExact = Baseline,
            BaselinePublicationExactAllRows = BaselineAll,
            RowsMonthOnly = MonthOnly,
            RowsGivingDateAnyHeadline = GivingAny,
            ExactStartAnyHeadline = ExactAny,
            RowsGivingDay = GivingDay,
            ExactStartDay = ExactDay,
            UnresolvedByReason = _reasons.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }
}
