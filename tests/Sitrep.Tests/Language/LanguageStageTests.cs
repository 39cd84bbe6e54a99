using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

public class LanguageStageTests
{
    [Fact]
    public void Stage_DeclaresLayers()
    {
        var stage = LanguageTestSupport.Stage;
        Assert.Equal("language", stage.Name);
        Assert.Equal([typeof(TextLayer)], stage.Requires);
        Assert.Equal([typeof(LanguageLayer)], stage.Produces);
    }

    [Fact]
    public void Run_Document_AddsLayerWithTagPerToken()
    {
        const string text = "Russian drones struck an oil facility in Russia's Oryol region on Saturday. The governor said nobody was hurt.";
        var document = TestText.Document(text);
        var result = LanguageTestSupport.Stage.Run(document);
        var layer = result.Get<LanguageLayer>();
        Assert.Equal(document.Get<TextLayer>().Tokens.Length, layer.Tags.Length);
        Assert.Contains(layer.Entities, e => e.Type == EntityType.Gpe && e.Name == "Oryol");
        Assert.All(layer.Entities, e => Assert.StartsWith("e", e.Id, StringComparison.Ordinal));
        Assert.Equal(layer.Entities.Length, layer.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Pipeline_WithoutTextStage_RejectsLanguageStage()
    {
        Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([LanguageTestSupport.Stage]));
    }

    [Fact]
    public void Analyze_SampleArticle_FindsTheMainActors()
    {
        var path = Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt");
        var text = File.ReadAllText(path);
        var layer = LanguageTestSupport.Analyze(text);
        var zelenskyy = layer.EntityNamed(text, "Volodymyr Zelenskyy");
        Assert.True(zelenskyy.Mentions.Length >= 3, LanguageTestSupport.Describe(layer, text));
        Assert.Equal("Vyacheslav Gladkov", layer.EntityNamed(text, "Vyacheslav Gladkov").Name);
        Assert.Equal("governor", layer.EntityNamed(text, "Vyacheslav Gladkov").Title);
        Assert.Equal(EntityType.MilitaryUnit, layer.EntityNamed(text, "95th Air Assault Brigade").Type);
        Assert.Equal("Government of Russia", layer.EntityNamed(text, "Moscow").Name);
        Assert.Equal(EntityType.Quantity, layer.EntityNamed(text, "nine-year-old").Type);
    }
}
