using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests;

public class PipelineTests
{
    private sealed record LayerA(int Value);

    private sealed record LayerB(int Value);

    private sealed class Stage(string name, Type[] requires, Type[] produces, Func<Document, Document> run) : IStage
    {
        public string Name => name;

        public IReadOnlyList<Type> Requires => requires;

        public IReadOnlyList<Type> Produces => produces;

        public Document Run(Document document) => run(document);
    }

    [Fact]
    public void Constructor_StageNeedsLayerNotProducedEarlier_Throws()
    {
        var b = new Stage("b", [typeof(LayerA)], [typeof(LayerB)], d => d);
        var a = new Stage("a", [], [typeof(LayerA)], d => d);
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([b, a]));
        Assert.Contains("'b' needs layer LayerA", error.Message);
    }

    [Fact]
    public void Run_StagesInOrder_LaterStageReadsEarlierLayer()
    {
        var a = new Stage("a", [], [typeof(LayerA)], d => d.With(new LayerA(20)));
        var b = new Stage("b", [typeof(LayerA)], [typeof(LayerB)], d => d.With(new LayerB(d.Get<LayerA>().Value + 1)));
        var result = new AnalysisPipeline([a, b]).Run(new Document("x", "text", new ArticleMetadata()));
        Assert.Equal(21, result.Get<LayerB>().Value);
    }

    [Fact]
    public void With_LayerAlreadyPresent_Throws()
    {
        var doc = new Document("x", "text", new ArticleMetadata()).With(new LayerA(1));
        Assert.Throws<InvalidOperationException>(() => doc.With(new LayerA(2)));
    }
}
