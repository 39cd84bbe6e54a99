using Sitrep.Documents;
using Sitrep.Text;
using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestText;

namespace Sitrep.Tests.Time;

public class EventDaterTests
{
    private static (Document Document, Sentence Sentence, TextSpan Trigger) Prepare(string text, string trigger, string? published = "2024-11-17", int occurrence = 0)
    {
        var document = new TimeStage().Run(Document(text, published));
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(trigger, start + 1, StringComparison.Ordinal);
        }

        var span = new TextSpan(start, start + trigger.Length);
        var sentence = document.Get<TextLayer>().Sentences.Single(s => s.Span.Contains(span));
        return (document, sentence, span);
    }

    [Fact]
    public void Choose_ExpressionInSameSentence_UsesIt()
    {
        var (doc, sentence, trigger) = Prepare("On Saturday, Ukrainian drones struck an oil facility in Oryol.", "struck");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(EventDateBasis.Clause, choice.Basis);
        Assert.Equal(Date("2024-11-16"), choice.EventDate);
        Assert.Equal(1, choice.AcledTimePrecision);
        Assert.Equal("Saturday", choice.Mention!.Text);
    }

    [Fact]
    public void Choose_TwoClauses_PrefersTheTriggersClause()
    {
        var (doc, sentence, trigger) = Prepare("A drone hit Sumy on Friday; shelling killed two in Kherson yesterday.", "killed");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(EventDateBasis.Clause, choice.Basis);
        Assert.Equal(Date("2024-11-16"), choice.EventDate);
    }

    [Fact]
    public void Choose_TwoExpressionsInClause_TakesTheNearest()
    {
        var (doc, sentence, trigger) = Prepare("After talks on Monday collapsed, troops attacked the town on Wednesday.", "attacked");
        Assert.Equal(Date("2024-11-13"), EventDater.Choose(doc, sentence, trigger).EventDate);
    }

    [Fact]
    public void Choose_NoExpressionInSentence_FallsBackToPrecedingInParagraph()
    {
        const string text = "Russia launched a large attack on Kyiv early on Tuesday. A missile hit a power plant. Officials reported no casualties.";
        var (doc, sentence, trigger) = Prepare(text, "hit");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(EventDateBasis.Paragraph, choice.Basis);
        Assert.Equal(Date("2024-11-12"), choice.EventDate);
    }

    [Fact]
    public void Choose_NoExpressionInSentence_SkipsAPossessiveDateBeforeIt()
    {
        // Round 24: "last month's vote" dates the vote; the story's running date is the adverbial "on Tuesday".
        const string text = "Farmers rallied in the capital on Tuesday against last month's vote. In a northern town, youths burned a police post.";
        var (doc, sentence, trigger) = Prepare(text, "burned");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(EventDateBasis.Paragraph, choice.Basis);
        Assert.Equal(Date("2024-11-12"), choice.EventDate);
    }

    [Fact]
    public void Choose_NothingInParagraph_UnresolvedNoTimeExpression()
    {
        const string text = "Fighting was reported on Monday.\n\nA drone attack killed a boy in Belgorod.";
        var (doc, sentence, trigger) = Prepare(text, "killed");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(EventDateBasis.None, choice.Basis);
        Assert.Equal(TimeReason.NoTimeExpression, choice.Resolution.Reason);
        Assert.Null(choice.EventDate);
    }

    [Fact]
    public void Choose_OnlyTheDatelineHasADate_UnresolvedNoTimeExpression()
    {
        const string text = "KYIV, Nov 17 (Reuters) - A drone attack killed two people in Sumy, officials said.";
        var layer = Layer(text) with { Dateline = new TextSpan(0, text.IndexOf(" - ", StringComparison.Ordinal)) };
        var document = new TimeStage().Run(new Document("d", text, new ArticleMetadata { Published = Date("2024-11-17") }).With(layer));
        Assert.Equal("Nov 17", Assert.Single(document.Get<TimeLayer>().Mentions).Text);
        var start = text.IndexOf("killed", StringComparison.Ordinal);
        var choice = EventDater.Choose(document, layer.Sentences[0], new TextSpan(start, start + 6));
        Assert.Equal(TimeReason.NoTimeExpression, choice.Resolution.Reason);
    }

    [Fact]
    public void Choose_VagueExpression_UnresolvedTooVagueWithMention()
    {
        var (doc, sentence, trigger) = Prepare("Ukrainian forces have held positions in Kursk since August.", "held");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(TimeReason.TooVague, choice.Resolution.Reason);
        Assert.Equal("since August", choice.Mention!.Text);
    }

    [Fact]
    public void Choose_AnaphoricExpression_DoesNotBorrowAnEarlierDate()
    {
        const string text = "Troops entered the village on Monday. They withdrew the next day.";
        var (doc, sentence, trigger) = Prepare(text, "withdrew");
        var choice = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(TimeReason.Anaphoric, choice.Resolution.Reason);
    }

    [Fact]
    public void Choose_NoPublicationDate_ReasonCarriesThrough()
    {
        var (doc, sentence, trigger) = Prepare("Shelling killed three on Saturday.", "killed", published: null);
        Assert.Equal(TimeReason.NoPublicationDate, EventDater.Choose(doc, sentence, trigger).Resolution.Reason);
    }

    [Fact]
    public void Choose_SampleArticle_DatesTheOryolStrikeAndLeavesTheBelgorodAttackUndated()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var (doc, sentence, trigger) = Prepare(text, "struck an oil facility");
        Assert.Equal(Date("2024-11-16"), EventDater.Choose(doc, sentence, trigger).EventDate);

        (doc, sentence, trigger) = Prepare(text, "a drone attack killed");
        var belgorod = EventDater.Choose(doc, sentence, trigger);
        Assert.Equal(TimeReason.NoTimeExpression, belgorod.Resolution.Reason);
    }
}
