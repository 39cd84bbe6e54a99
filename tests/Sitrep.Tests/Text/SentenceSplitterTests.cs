using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var layer = TextAnalyzer.Analyze(text);
        return layer.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    [Theory]
    [InlineData("Gen. Valery Gerasimov visited the front. He met troops.", "Gen. Valery Gerasimov visited the front.|He met troops.")]
    [InlineData("Lt. Col. Ivan Petrov was killed. His unit withdrew.", "Lt. Col. Ivan Petrov was killed.|His unit withdrew.")]
    [InlineData("The strike came on Feb. 24 at dawn. Five died.", "The strike came on Feb. 24 at dawn.|Five died.")]
    [InlineData("Aid arrived from the U.S. The convoy reached Kherson.", "Aid arrived from the U.S.|The convoy reached Kherson.")]
    [InlineData("The U.S. Army said nothing.", "The U.S. Army said nothing.")]
    [InlineData("The spokesman wrote on X. The ministry did not comment.", "The spokesman wrote on X.|The ministry did not comment.")]
    [InlineData("A letter from George W. Bush arrived.", "A letter from George W. Bush arrived.")]
    [InlineData("\"We will hold,\" he said. \"We have no choice.\"", "\"We will hold,\" he said.|\"We have no choice.\"")]
    [InlineData("\"Is anyone alive?\" a rescuer shouted.", "\"Is anyone alive?\" a rescuer shouted.")]
    [InlineData("He said: \"Stop.\" Then he left.", "He said: \"Stop.\"|Then he left.")]
    [InlineData("Casualties rose to 1,250. Officials said 3.5 million fled.", "Casualties rose to 1,250.|Officials said 3.5 million fled.")]
    [InlineData("Was it a drone? Nobody knows! Perhaps.", "Was it a drone?|Nobody knows!|Perhaps.")]
    [InlineData("Forces withdrew (see map). Fighting continued.", "Forces withdrew (see map).|Fighting continued.")]
    [InlineData("The Sudanese army (SAF) shelled El Fasher. The RSF responded.", "The Sudanese army (SAF) shelled El Fasher.|The RSF responded.")]
    [InlineData("Mr. Smith and Dr. Jones met at St. Mary's.", "Mr. Smith and Dr. Jones met at St. Mary's.")]
    [InlineData("It happened at 3 p.m. on Monday.", "It happened at 3 p.m. on Monday.")]
    [InlineData("the ministry said.\n\nIn Gaza, strikes continued", "the ministry said.|In Gaza, strikes continued")]
    [InlineData("No. 10 Downing Street issued a statement.", "No. 10 Downing Street issued a statement.")]
    [InlineData("Officials met in Kyiv... Talks failed.", "Officials met in Kyiv...|Talks failed.")]
    [InlineData("He lives in Washington, D.C. The attack was condemned.", "He lives in Washington, D.C.|The attack was condemned.")]
    public void Split_NewsText_FindsSentenceBoundaries(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    /// <summary>
    /// A live blog stamps each entry with its time; the stamp is not part of the entry's first sentence (it became part
    /// of a claimant, "15 the regional governor"), while a figure that opens a sentence stays in it.
    /// </summary>
    [Theory]
    [InlineData("08:55 Drones hit a depot in Dnipro.\n\n10:15 The governor said two people were hurt.", "Drones hit a depot in Dnipro.|The governor said two people were hurt.")]
    [InlineData("9.40am: Police fired tear gas in Dakar.", "Police fired tear gas in Dakar.")]
    [InlineData("[14:05 GMT] \u201cWe will rebuild,\u201d the mayor said.", "\u201cWe will rebuild,\u201d the mayor said.")]
    [InlineData("16:20 - Shelling resumed near Kupiansk.", "Shelling resumed near Kupiansk.")]
    [InlineData("10.5 percent of the town was damaged.", "10.5 percent of the town was damaged.")]
    [InlineData("1,200 soldiers crossed the river.", "1,200 soldiers crossed the river.")]
    [InlineData("25:10 Nothing was reported.", "25:10 Nothing was reported.")]
    public void Split_LiveBlogEntryTime_IsNotPartOfTheSentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Fact]
    public void Split_RunWithoutSentencePunctuation_IsCutIntoBoundedSentencesCoveringEveryToken()
    {
        // Scraped text without full stops must not become one sentence of thousands of tokens.
        var words = Enumerable.Range(0, 1000).Select(i => i % 10 == 9 ? "village," : "militants attacked the village");
        var text = string.Join(' ', words);
        var layer = TextAnalyzer.Analyze(text);
        Assert.True(layer.Sentences.Length > 1000 * 3 / SentenceSplitter.MaxTokens);
        Assert.All(layer.Sentences, s => Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxTokens));
        for (var i = 1; i < layer.Sentences.Length; i++)
        {
            Assert.Equal(layer.Sentences[i - 1].EndToken, layer.Sentences[i].FirstToken);
        }

        Assert.Equal(layer.Tokens.Length, layer.Sentences[^1].EndToken);

        // Cut after a comma where the window has one, not in the middle of a phrase.
        Assert.All(layer.Sentences.SkipLast(1), s => Assert.EndsWith(",", text[s.Span.Start..s.Span.End], StringComparison.Ordinal));
    }

    [Fact]
    public void Split_LongNewsSentence_StaysWhole()
    {
        var text = "Russian forces struck Kharkiv, Sumy, Poltava, Dnipro and Zaporizhzhia overnight with drones, cruise missiles and "
            + "glide bombs, killing at least 14 people, including two children and a rescuer who had gone back into a burning building "
            + "to search for survivors, and damaging power lines, a hospital, three schools, dozens of homes and a railway depot that "
            + "serves the front, regional governors and the state emergency service said on Telegram on Tuesday morning, adding that "
            + "the toll could rise as crews cleared the rubble in the worst-hit districts of the two largest cities.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Split_Dateline_IsRecordedAndNotPartOfFirstSentence()
    {
        const string text = "KYIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight. Two people died.";
        var layer = TextAnalyzer.Analyze(text);
        Assert.NotNull(layer.Dateline);
        Assert.Equal("KYIV, Ukraine (AP) — ", text[layer.Dateline!.Value.Start..layer.Dateline.Value.End]);
        Assert.Equal("Russian forces shelled Kharkiv overnight.", text[layer.Sentences[0].Span.Start..layer.Sentences[0].Span.End]);
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Drones attacked a refinery.", "MOSCOW (Reuters) - ")]
    [InlineData("KHARTOUM — The army said it retook the bridge.", "KHARTOUM — ")]
    [InlineData("Kyiv, Nov 17 (Reuters) - Ukraine said on Sunday.", "Kyiv, Nov 17 (Reuters) - ")]
    public void FindDateline_WireStyles_Recognised(string text, string dateline)
    {
        var layer = TextAnalyzer.Analyze(text);
        Assert.NotNull(layer.Dateline);
        Assert.Equal(dateline, text[layer.Dateline!.Value.Start..layer.Dateline.Value.End]);
    }

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelenskyy accused Russia - again.")]
    [InlineData("NATO-led forces arrived.")]
    [InlineData("UN officials said 12 people died.")]
    public void FindDateline_OrdinaryOpening_None(string text)
    {
        Assert.Null(TextAnalyzer.Analyze(text).Dateline);
    }

    [Fact]
    public void Split_SampleArticle_SentencesCoverParagraphsWithoutOverlap()
    {
        var text = File.ReadAllText(Path.Combine(Support.SharedData.RepositoryRoot, "samples", "kursk-north-korean-troops.txt"));
        var layer = TextAnalyzer.Analyze(text);
        Assert.Equal(8, layer.Paragraphs.Length); // the line holding only a no-break space is not a paragraph
        Assert.Contains(layer.Sentences, s => text[s.Span.Start..s.Span.End] == "In Russia's Belgorod region, a drone attack killed a nine-year-old boy and injured his mother and infant sister.");
        Assert.Contains(layer.Sentences, s => text[s.Span.Start..s.Span.End] == "On Saturday, Ukrainian drones struck an oil facility in Russia's Oryol region, which is critical to supplying Russian forces.");
        for (var i = 1; i < layer.Sentences.Length; i++)
        {
            Assert.True(layer.Sentences[i].Span.Start >= layer.Sentences[i - 1].Span.End);
        }
    }
}
