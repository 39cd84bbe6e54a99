using BenchmarkDotNet.Attributes;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Benchmarks;

/// <summary>
/// The whole default analyze pipeline (text, language, places, time, actors, events, claims...) on 32 news
/// articles of about 4 KB, one thread: articles per second per core = 32 / mean time. The claims and events stages
/// alone are measured on the same articles after the stages each needs. Run:
/// dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter *PipelineBenchmarks* --job short
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    public const int ArticleCount = 32;

    private static readonly DateOnly _published = new(2024, 11, 17);
    private AnalysisPipeline _pipeline = null!;
    private EventsStage _events = null!;
    private ClaimsStage _claims = null!;
    private Document[] _articles = [];
    private Document[] _prepared = [];
    private Document[] _preparedForClaims = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages);
        _events = new EventsStage();
        _articles = [.. BenchCorpus.Articles(ArticleCount).Select((text, i) => new Document($"bench-{i}", text, new ArticleMetadata { Published = _published }))];
        var upToEvents = new AnalysisPipeline([.. SitrepPipeline.CreateDefault().Stages.TakeWhile(s => s.Name != "events")]);
        _prepared = [.. _articles.Select(upToEvents.Run)];
        _claims = new ClaimsStage();
        var upToClaims = new AnalysisPipeline([.. SitrepPipeline.CreateDefault().Stages.TakeWhile(s => s.Name != "claims")]);
        _preparedForClaims = [.. _articles.Select(upToClaims.Run)];
        var bytes = _articles.Average(a => a.Text.Length);
        Console.WriteLine($"// {ArticleCount} articles, mean {bytes:0} characters");
    }

    [Benchmark]
    public int AnalyzeArticles()
    {
        var events = 0;
        foreach (var article in _articles)
        {
            events += _pipeline.Run(article).Get<EventsLayer>().Events.Length;
        }

        return events;
    }

    [Benchmark]
    public int EventsStageOnly()
    {
        var events = 0;
        foreach (var article in _prepared)
        {
            events += _events.Run(article).Get<EventsLayer>().Events.Length;
        }

        return events;
    }

    [Benchmark]
    public int ClaimsStageOnly()
    {
        var claims = 0;
        foreach (var article in _preparedForClaims)
        {
            claims += _claims.Run(article).Get<ClaimsLayer>().Claims.Length;
        }

        return claims;
    }
}
