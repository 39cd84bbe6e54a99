using System.Globalization;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Reports;

/// <summary>
/// The wording both renderers share, as plain (unescaped) text: each renderer escapes it for its own format.
/// Numbers and dates are culture-invariant, so a report reads the same on every machine.
/// </summary>
public static class ReportText
{
    public const string Dash = "\u2013";

    public static string Date(DateOnly? date) => IsoDate.Write(date) ?? "undated";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"5" when every source agrees, "5 (5–9 reported)" when they differ: the lowest is the coded figure.</summary>
    public static string Fatalities(int low, int high) =>
        high > low ? $"{Number(low)} ({Number(low)}{Dash}{Number(high)} reported)" : Number(low);

    /// <summary>What the "Other interactions" table holds, and why its rows are not in the event totals.</summary>
    public const string InteractionsNote =
        "Statements, accusations, appeals, support and other interactions coded in PLOVER only: they are not ACLED events, " +
        "so they are not in the tables and totals above, and the tolls they repeat are not counted again.";

    /// <summary>"1 event", "3 events".</summary>
    public static string Count(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    public static string SignedChange(int change) => change switch
    {
        > 0 => "+" + Number(change),
        < 0 => "\u2212" + Number(-change),
        _ => "0",
    };

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Period(ReportPeriod period) =>
        period.Days == 1 ? Date(period.From) : $"{Date(period.From)} to {Date(period.To)}";

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    /// <summary>ACLED time precision: 1 the day is known, 2 a week (its middle is coded), 3 a month.</summary>
    public static string TimePrecision(int? precision) => precision switch
    {
        1 => "exact day",
        2 => "within a week",
        3 => "within a month",
        _ => "precision unknown",
    };

    /// <summary>ACLED geo precision: 1 the town is named, 2 near a town or part of a region, 3 the region only.</summary>
    public static string GeoPrecision(int? precision) => precision switch
    {
        1 => "town named",
        2 => "near a town or part of a region",
        3 => "region only",
        _ => "precision unknown",
    };

    /// <summary>The event's date with its precision; a week or month also shows the days it may fall on.</summary>
    public static string EventDate(EventRecord e)
    {
        var range = e.DateStart is { } start && e.DateEnd is { } end && start != end ? $", {Date(start)} to {Date(end)}" : string.Empty;
        return $"{Date(e.EventDate)} ({TimePrecision(e.TimePrecision)}{range})";
    }

    public static string Place(EventRecord e)
    {
        var parts = new[] { e.Location, e.Admin2, e.Admin1, e.Country }
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (parts.Count == 0)
        {
            return "unlocated";
        }

        var coordinates = e.Latitude is { } lat && e.Longitude is { } lon
            ? string.Create(CultureInfo.InvariantCulture, $", {lat:0.0000}, {lon:0.0000}")
            : ", no coordinates";
        return $"{string.Join(", ", parts)} ({GeoPrecision(e.GeoPrecision)}{coordinates})";
    }

    public static string Actor(ActorRecord actor) => actor.Name ?? actor.Text ?? "unnamed actor";

    /// <summary>"A (with B) against C": ACLED's actor 1 acts on actor 2; associated actors go beside their side.</summary>
    public static string ActorLine(EventRecord e)
    {
        static string Side(ActorRecord? main, IReadOnlyList<ActorRecord> associated)
        {
            var name = main is null ? "unidentified" : Actor(main);
            return associated.Count == 0 ? name : $"{name} (with {string.Join("; ", associated.Select(Actor))})";
        }

        return e.Actor2 is null && e.AssocActor2.Count == 0
            ? Side(e.Actor1, e.AssocActor1)
            : $"{Side(e.Actor1, e.AssocActor1)} against {Side(e.Actor2, e.AssocActor2)}";
    }

    public static string EventTitle(EventRecord e)
    {
        var what = e.SubEventType ?? e.EventType ?? "Event";
        var where = e.Location ?? e.Admin1 ?? e.Country;
        return where is null ? what : $"{what} in {where}";
    }

    public static string TypeLine(string? eventType, string? subEventType) =>
        (eventType ?? "(type not coded)") + (subEventType is null || subEventType == eventType ? string.Empty : $" / {subEventType}");

    public static string Claimant(ClaimantRecord c)
    {
        var name = c.Name ?? c.Text ?? "unnamed";
        var role = new[] { c.Title, c.Affiliation }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var anonymous = c.Anonymous ? " (anonymous)" : string.Empty;
        return role.Count == 0 ? name + anonymous : $"{name}, {string.Join(", ", role)}{anonymous}";
    }

    public static string Claimants(ReportClaim claim) =>
        claim.Claimants.Count == 0 ? "unattributed" : string.Join("; ", claim.Claimants.Select(Claimant));

    public static string Certainty(CertaintyRecord? certainty)
    {
        if (certainty is null)
        {
            return "unhedged (no words of likelihood)";
        }

        var probability = certainty.Probability is { } p ? string.Create(CultureInfo.InvariantCulture, $", about {p:0%}") : string.Empty;
        return certainty.Likelihood is { } likelihood ? $"\u201C{certainty.Phrase}\u201D: {likelihood}{probability}" : $"\u201C{certainty.Phrase}\u201D";
    }

    public static string Status(string status) => status.Replace('_', ' ');

    public static string Stance(StanceRecord stance) =>
        $"{Status(stance.Stance)} by {(stance.By is null ? "an unnamed party" : Claimant(stance.By))}";

    public static string Outlet(ReportSource source) => source.Outlet ?? source.ArticleId;

    /// <summary>A link target only for web addresses: a "javascript:" or "data:" address in an input record must never become a link.</summary>
    public static Uri? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
