using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestText;

namespace Sitrep.Tests.Time;

public class TimeStageTests
{
    private static string SampleText() =>
        File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));

    [Fact]
    public void Run_SampleArticle_FindsItsTimeExpressionsAtTheirOffsets()
    {
        var text = SampleText();
        var document = new TimeStage().Run(new Document("kursk", text, new ArticleMetadata { Published = Date("2024-11-17") }).With(Layer(text)));
        var mentions = document.Get<TimeLayer>().Mentions;

        Assert.Equal(["Saturday", "October", "since August", "recently", "Saturday"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, document[m.Span]));
        Assert.Equal(Date("2024-11-16"), mentions[0].Value!.EventDate);
        Assert.Equal(Date("2024-10-15"), mentions[1].Value!.EventDate);
        Assert.Null(mentions[2].Value!.EventDate);
        Assert.Equal(TimeReason.TooVague, mentions[3].Resolution.Reason);
        Assert.Equal(Date("2024-11-16"), mentions[4].Value!.EventDate);
        Assert.Contains(document.Warnings, w => w.StartsWith("time.TooVague: 'recently'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NoPublicationDate_RelativeMentionsKeptWithReasonAndWarned()
    {
        const string text = "Drones struck Kharkiv on Saturday. The attack on 16 November 2024 killed two.";
        var document = new TimeStage().Run(Document(text, null));
        var mentions = document.Get<TimeLayer>().Mentions;

        Assert.Equal(2, mentions.Length);
        Assert.Equal(TimeReason.NoPublicationDate, mentions[0].Resolution.Reason);
        Assert.Equal(Date("2024-11-16"), mentions[1].Value!.EventDate);
        Assert.Single(document.Warnings);
        Assert.StartsWith("time.NoPublicationDate: 'Saturday' at [", document.Warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ExpressionAcrossParagraphBreak_IsNotJoined()
    {
        const string text = "The offensive began in October\n\n2024 was a hard year for the brigade.";
        var mentions = new TimeStage().Run(Document(text, "2024-11-17")).Get<TimeLayer>().Mentions;
        Assert.Equal(["October"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Pipeline_TimeStageAfterText_PassesStartUpCheck()
    {
        var textStage = new FakeTextStage();
        var pipeline = new AnalysisPipeline([textStage, new TimeStage()]);
        var result = pipeline.Run(new Document("x", "Shelling killed two yesterday.", new ArticleMetadata { Published = Date("2024-11-17") }));
        Assert.Equal(Date("2024-11-16"), Assert.Single(result.Get<TimeLayer>().Mentions).Value!.EventDate);
        Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline([new TimeStage()]));
    }

    private sealed class FakeTextStage : IStage
    {
        public string Name => "text";

        public IReadOnlyList<Type> Requires => [];

        public IReadOnlyList<Type> Produces => [typeof(TextLayer)];

        public Document Run(Document document) => document.With(Layer(document.Text));
    }
}
