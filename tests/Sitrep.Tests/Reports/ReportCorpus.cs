using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Store;

namespace Sitrep.Tests.Reports;

/// <summary>
/// Made-up articles about two weeks of fighting, analysed once by the real pipeline. The report period is
/// 2024-11-11 to 2024-11-17; the week before holds an Odesa strike and an earlier Kupiansk shelling. Two outlets
/// report the same Kupiansk shelling with different death tolls (3 and 5); a denial and a hedged assessment
/// make claims with stances and certainty; one article is hostile (markup in its
/// outlet, title and quotes; a javascript: address).
/// </summary>
public static class ReportCorpus
{
    public static readonly DateOnly From = new(2024, 11, 11);
    public static readonly DateOnly To = new(2024, 11, 17);

    public const string HostileTitle = "<script>alert('t')</script> & \"x\"";
    public const string HostileOutlet = "Evil <b>Outlet</b> | pipe";
    public const string HostileQuote = "<script>alert(2)</script>";

    private static readonly (string Id, string Published, string Source, string Url, string Title, string Text)[] _articles =
    [
        ("k1", "2024-11-17", "Kyiv Independent", "https://example.org/k1", "Three killed in Kupiansk",
            "Russian forces shelled Kupiansk on Saturday, killing three civilians, Governor Oleh Syniehubov said on Telegram."),
        ("k2", "2024-11-17", "Reuters", "https://example.org/k2", "Russian shelling kills five",
            "Russian forces shelled Kupiansk on Saturday, killing five civilians, Ukrainian officials said. The Russian Defence Ministry denied targeting civilians."),
        ("k3", "2024-11-13", HostileOutlet, "javascript:alert(1)", HostileTitle,
            $"A Russian drone struck a bus in Kherson on Tuesday, killing two people, the regional administration said. \"{HostileQuote} | no army was there,\" Russian spokesman Dmitry Peskov claimed."),
        ("k6", "2024-11-15", "Meduza", "https://example.org/k6", "Drones hit Belgorod",
            "Ukrainian drones struck an oil depot in Belgorod on Thursday, injuring two workers, Governor Vyacheslav Gladkov said."),
        ("k8", "2024-11-14", "ISW", "https://example.org/k8", "Assessment",
            "Russian forces very likely advanced near Kurakhove on Wednesday, the Institute for the Study of War said. Russian military bloggers claimed that Russian troops had captured Kurakhove, but Ukraine's General Staff denied it. ISW could not independently verify the bloggers' claim."),
        ("k7", "2024-11-20", "BBC", "https://example.org/k7", "Fighting near Pokrovsk",
            "Heavy fighting between Ukrainian and Russian troops continued near Pokrovsk last week, Ukraine's army said."),
        ("k4", "2024-11-05", "AP", "https://example.org/k4", "Missile hits Odesa",
            "A Russian missile struck Odesa's port on Monday, killing four people, Governor Oleh Kiper said."),
        ("k5", "2024-11-06", "AP", "https://example.org/k5", "Shelling in Kupiansk",
            "Russian forces shelled Kupiansk on Tuesday, killing one civilian, Governor Oleh Syniehubov said."),
    ];

    private static readonly Lazy<IReadOnlyList<StoredArticle>> _analysed = new(() =>
    {
        var pipeline = SitrepPipeline.CreateDefault();
        return [.. _articles.Select(a =>
        {
            var metadata = new ArticleMetadata { Title = a.Title, Source = a.Source, Url = a.Url, Published = DateOnly.Parse(a.Published, System.Globalization.CultureInfo.InvariantCulture) };
            var result = pipeline.Analyze(new ArticleInput(a.Id, a.Id, a.Text, metadata, TextIsDerived: false, []));
            Assert.Null(result.Rejection);
            return new StoredArticle(result.Analysis!, a.Text, ArticleIds.ContentHash(a.Text));
        })];
    });

    /// <summary>The analysed articles, in the order given (or reversed, to check that order does not matter).</summary>
    public static IReadOnlyList<StoredArticle> Analysed => _analysed.Value;

    /// <summary>Ingests every article, one batch per article as a stream of ingests would.</summary>
    public static void IngestInto(ISitrepStore store, bool reversed = false)
    {
        foreach (var article in reversed ? Analysed.Reverse() : Analysed)
        {
            store.SaveBatch([article]);
        }
    }
}
