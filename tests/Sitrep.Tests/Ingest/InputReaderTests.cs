using System.Text;
using Sitrep.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

public class InputReaderTests
{
    private static List<ReadItem> Read(ReaderOptions? options, params string[] paths) =>
        new InputReader(options ?? new ReaderOptions()).Read(paths).ToList();

    private static ArticleInput Single(params string[] paths) => Assert.IsType<ArticleInput>(Assert.Single(Read(null, paths)));

    [Fact]
    public void Read_PlainText_IdIsContentHashAndDefaultsApply()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.txt", "Shelling hit Kharkiv on Monday.");
        var options = new ReaderOptions { DefaultPublished = new DateOnly(2024, 5, 6), DefaultSource = "Wire" };
        var article = Assert.IsType<ArticleInput>(Assert.Single(Read(options, path)));
        Assert.Equal(ArticleIds.FromContent("Shelling hit Kharkiv on Monday."), article.Id);
        Assert.Equal(new DateOnly(2024, 5, 6), article.Metadata.Published);
        Assert.Equal("Wire", article.Metadata.Source);
        Assert.False(article.TextIsDerived);
    }

    [Fact]
    public void Read_CrLfAndDecomposedAccents_NormalisedAndMarkedDerived()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.txt", "Cafe\u0301 attacked.\r\nTwo hurt.");
        var article = Single(path);
        Assert.Equal("Café attacked.\nTwo hurt.", article.Text);
        Assert.True(article.TextIsDerived);
    }

    [Fact]
    public void Read_Html_ExtractsMainTextTitleAndPublishedDate()
    {
        using var dir = new TempDirectory();
        var body = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i}: Russian forces shelled the city of Kharkiv again overnight, regional governor Oleh Syniehubov said on Telegram, adding that rescue teams were working at the scene.</p>"));
        var html = $$"""
            <html><head><title>Kharkiv shelled | Example News</title>
            <meta property="article:published_time" content="2024-11-16T08:30:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Kharkiv shelled</h1>{{body}}</article>
            <footer>Copyright Example News. All rights reserved.</footer></body></html>
            """;
        var article = Single(dir.File("page.html", html));
        Assert.Equal(new DateOnly(2024, 11, 16), article.Metadata.Published);
        Assert.Contains("Kharkiv shelled", article.Metadata.Title);
        Assert.Contains("Paragraph 1: Russian forces shelled the city of Kharkiv", article.Text);
        Assert.Contains("\n\nParagraph 2:", article.Text);
        Assert.DoesNotContain("Copyright", article.Text);
        Assert.DoesNotContain("Home", article.Text);
        Assert.True(article.TextIsDerived);
    }

    [Fact]
    public void Read_HtmlJsonLdDate_Used()
    {
        using var dir = new TempDirectory();
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-24T06:00:00+02:00"}</script></head>
            <body><p>Air raid sirens sounded across Ukraine as missiles struck energy facilities in several regions.</p></body></html>
            """;
        Assert.Equal(new DateOnly(2023, 2, 24), Single(dir.File("p.htm", html)).Metadata.Published);
    }

    [Fact]
    public void Read_RssFeed_EachItemAnArticle()
    {
        using var dir = new TempDirectory();
        var rss = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Conflict Wire</title><link>http://example.org</link><description>d</description>
            <item><title>Strike in Sumy</title><link>http://example.org/1</link><pubDate>Sat, 16 Nov 2024 10:00:00 GMT</pubDate>
              <description>short</description><content:encoded><![CDATA[<p>A guided bomb hit Sumy.</p><p>Three people were injured.</p>]]></content:encoded></item>
            <item><title>Clashes in Darfur</title><link>http://example.org/2</link><pubDate>Sun, 17 Nov 2024 10:00:00 GMT</pubDate>
              <description>RSF fighters clashed with the army near El Fasher.</description></item>
            </channel></rss>
            """;
        var items = Read(null, dir.File("feed.xml", rss)).Cast<ArticleInput>().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("A guided bomb hit Sumy.\n\nThree people were injured.", items[0].Text);
        Assert.Equal(new DateOnly(2024, 11, 16), items[0].Metadata.Published);
        Assert.Equal("Conflict Wire", items[0].Metadata.Source);
        Assert.Equal("http://example.org/1", items[0].Metadata.Url);
        Assert.Equal("RSF fighters clashed with the army near El Fasher.", items[1].Text);
    }

    [Fact]
    public void Read_AtomFeed_ItemsRead()
    {
        using var dir = new TempDirectory();
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title><id>urn:x</id><updated>2024-11-17T00:00:00Z</updated>
            <entry><title>Drone attack</title><id>urn:1</id><updated>2024-11-17T09:00:00Z</updated><published>2024-11-17T08:00:00Z</published>
            <content type="html">&lt;p&gt;Drones attacked Belgorod overnight.&lt;/p&gt;</content></entry></feed>
            """;
        var item = Assert.IsType<ArticleInput>(Assert.Single(Read(null, dir.File("feed.atom", atom))));
        Assert.Equal("Drones attacked Belgorod overnight.", item.Text);
        Assert.Equal(new DateOnly(2024, 11, 17), item.Metadata.Published);
    }

    [Fact]
    public void Read_JsonlRecords_IdsMetadataAndHtmlRecords()
    {
        using var dir = new TempDirectory();
        var jsonl = """
            {"id": "a1", "text": "Troops advanced near Pokrovsk.", "published": "2024-10-01", "source": "Wire", "url": "http://x/1", "title": "T"}
            {"html": "<p>Protesters gathered in Tbilisi on Sunday evening.</p>", "published": "2024-12-01T18:00:00Z"}
            """;
        var items = Read(null, dir.File("in.jsonl", jsonl)).Cast<ArticleInput>().ToList();
        Assert.Equal("a1", items[0].Id);
        Assert.Equal(new DateOnly(2024, 10, 1), items[0].Metadata.Published);
        Assert.Equal("Wire", items[0].Metadata.Source);
        Assert.Equal("T", items[0].Metadata.Title);
        Assert.Equal("Protesters gathered in Tbilisi on Sunday evening.", items[1].Text);
        Assert.Equal(new DateOnly(2024, 12, 1), items[1].Metadata.Published);
        Assert.StartsWith("sha256-", items[1].Id);
    }

    [Fact]
    public void Read_JsonArray_EachObjectAnArticle()
    {
        using var dir = new TempDirectory();
        var items = Read(null, dir.File("in.json", """[{"id":"x","text":"One."},{"id":"y","text":"Two."}]"""));
        Assert.Equal(["x", "y"], items.Cast<ArticleInput>().Select(a => a.Id));
    }

    [Fact]
    public void Read_Directory_RecursiveInSortedOrder()
    {
        using var dir = new TempDirectory();
        dir.File("b/2.txt", "Second.");
        dir.File("a/1.txt", "First.");
        dir.File("c.txt", "Third.");
        dir.File(".hidden.txt", "Hidden.");
        var texts = Read(null, dir.Path).Cast<ArticleInput>().Select(a => a.Text).ToList();
        Assert.Equal(["First.", "Second.", "Third."], texts);
    }

    [Fact]
    public void Read_Utf16WithBom_Decoded()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Обстріл Харкова: two killed.")).ToArray();
        Assert.Equal("Обстріл Харкова: two killed.", Single(dir.File("u16.txt", bytes)).Text);
    }

    [Fact]
    public void Read_Windows1251_DetectedAsCyrillic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDirectory();
        var bytes = Encoding.GetEncoding(1251).GetBytes("Губернатор Белгородской области сообщил об атаке беспилотников.");
        Assert.Equal("Губернатор Белгородской области сообщил об атаке беспилотников.", Single(dir.File("cp1251.txt", bytes)).Text);
    }

    [Fact]
    public void Read_Windows1252_DetectedAsLatin()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDirectory();
        var bytes = Encoding.GetEncoding(1252).GetBytes("Clashes in Côte d’Ivoire’s north — “heavy” fighting near Korhogo.");
        Assert.Equal("Clashes in Côte d’Ivoire’s north — “heavy” fighting near Korhogo.", Single(dir.File("cp1252.txt", bytes)).Text);
    }

    [Fact]
    public void Read_Stdin_SniffsJsonl()
    {
        var stdin = Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"From stdin.\"}\n");
        var items = new InputReader(new ReaderOptions(), () => new MemoryStream(stdin)).Read(["-"]).ToList();
        Assert.Equal("s1", Assert.IsType<ArticleInput>(Assert.Single(items)).Id);
    }
}
