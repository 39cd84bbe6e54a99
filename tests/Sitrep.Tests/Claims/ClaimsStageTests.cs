using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

public class ClaimsStageTests
{
    /// <summary>Stands in for the text stage until Sitrep.Text.TextStage is merged.</summary>
    private sealed class TestTextStage : IStage
    {
        public string Name => "text";

        public IReadOnlyList<Type> Requires { get; } = [];

        public IReadOnlyList<Type> Produces { get; } = [typeof(TextLayer)];

        public Document Run(Document document) => document.With(TextAnalyzer.Analyze(document.Text));
    }

    [Fact]
    public void Stage_Declaration_NamedClaimsNeedsTextProducesClaims()
    {
        var stage = new ClaimsStage();
        Assert.Equal("claims", stage.Name);
        Assert.Equal([typeof(TextLayer)], stage.Requires);
        Assert.Equal([typeof(ClaimsLayer)], stage.Produces);
    }

    [Fact]
    public void Pipeline_WithoutTextStage_IsRejectedAtStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([new ClaimsStage()]));
        Assert.Contains("needs layer TextLayer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AfterTextStage_AddsClaimsLayerWithOffsetsIntoTheText()
    {
        const string text = "Kherson's governor said three people were wounded by shelling. The claim could not be independently verified.";
        var document = new AnalysisPipeline([new TestTextStage(), new ClaimsStage()]).Run(new Document("d1", text, new ArticleMetadata()));
        var claim = Assert.Single(document.Get<ClaimsLayer>().Claims);
        Assert.Equal("three people were wounded by shelling", document[claim.Content]);
        Assert.Equal("Kherson's governor", document[claim.Claimant!.Span]);
    }
}
