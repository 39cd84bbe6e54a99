using Sitrep.Claims;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Language;
using Sitrep.Output;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

/// <summary>The standard Sitrep analysis: the ordered stages, and the step from a read article to its output record.</summary>
public sealed class SitrepPipeline
{
    private readonly AnalysisPipeline _pipeline;

    public SitrepPipeline(AnalysisPipeline pipeline) => _pipeline = pipeline;

    /// <summary>All stages, in the order data flows. Stages load their data and models once, here.</summary>
    public static SitrepPipeline CreateDefault() => new(new AnalysisPipeline(
    [
        new TextStage(),
        new LanguageStage(),
        new PlacesStage(),
        new TimeStage(),
        new ClaimsStage(),
        new EventsStage(),
    ]));

    public IReadOnlyList<IStage> Stages => _pipeline.Stages;

    /// <summary>Analyses one article. A failure inside a stage becomes a rejection of that article, never of the batch.</summary>
    public ReadItemResult Analyze(ReadItem item) => item switch
    {
        InputRejection rejection => new ReadItemResult(item, null, rejection),
        ArticleInput article => AnalyzeArticle(article),
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    private ReadItemResult AnalyzeArticle(ArticleInput article)
    {
        try
        {
            var document = _pipeline.Run(article.ToDocument());
            return new ReadItemResult(article, AnalysisProjector.Project(document, article.TextIsDerived), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ReadItemResult(article, null, new InputRejection(article.Origin, $"analysis failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}

/// <summary>What became of one input item: its analysis, or why it was rejected.</summary>
public sealed record ReadItemResult(ReadItem Item, ArticleAnalysis? Analysis, InputRejection? Rejection);
