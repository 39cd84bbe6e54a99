using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class QuotationFinderTests
{
    private static (string Content, int Depth)[] Quotes(string text) =>
        TextAnalyzer.Analyze(text).Quotations.Select(q => (text[q.Content.Start..q.Content.End], q.Depth)).ToArray();

    [Fact]
    public void Find_StraightQuotesSpanningSentences_OneQuotation()
    {
        const string text = "Zelenskyy stated, \"We already have preliminary data. A significant number of them.\" He further noted it.";
        Assert.Equal([("We already have preliminary data. A significant number of them.", 0)], Quotes(text));
    }

    [Fact]
    public void Find_CurlyQuotesWithNestedSingle_DepthOne()
    {
        const string text = "He said: “They called it ‘a special operation’ from the start.”";
        var quotes = Quotes(text);
        Assert.Equal(("They called it ‘a special operation’ from the start.", 0), quotes[0]);
        Assert.Equal(("a special operation", 1), quotes[1]);
    }

    [Fact]
    public void Find_ApostrophesInsideQuote_NotQuotes()
    {
        const string text = "“Russia’s forces can’t hold Kursk’s villages,” the officer said.";
        Assert.Equal([("Russia’s forces can’t hold Kursk’s villages,", 0)], Quotes(text));
    }

    [Fact]
    public void Find_QuoteContinuedInNextParagraph_OneQuotation()
    {
        const string text = "\"We will defend ourselves,\" he said. \"The enemy keeps attacking.\n\n\"We need air defence now,\" he added.";
        var quotes = Quotes(text);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("We will defend ourselves,", quotes[0].Content);
        Assert.StartsWith("The enemy keeps attacking.", quotes[1].Content);
        Assert.EndsWith("We need air defence now,", quotes[1].Content);
    }

    [Fact]
    public void Find_UnclosedQuoteAtParagraphEnd_ClosedThere()
    {
        const string text = "The spokesman said \"the talks are over.\n\nMeanwhile, shelling continued.";
        var quotes = Quotes(text);
        Assert.Single(quotes);
        Assert.Equal("the talks are over.", quotes[0].Content);
    }

    [Fact]
    public void Find_GuillemetsAndLowQuotes_Paired()
    {
        Assert.Equal([("Нет войне", 0)], Quotes("Protesters chanted «Нет войне» in the square."));
        Assert.Equal([("Frieden jetzt", 0)], Quotes("Posters read „Frieden jetzt“ outside."));
    }

    [Fact]
    public void Find_SampleArticle_AllThreeQuotesFound()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var quotes = TextAnalyzer.Analyze(text).Quotations;
        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Equal('"', text[q.Span.Start]));
        Assert.StartsWith("The task of the Koreans", text[quotes[2].Content.Start..quotes[2].Content.End]);
    }
}
