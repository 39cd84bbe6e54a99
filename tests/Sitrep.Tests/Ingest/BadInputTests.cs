using System.Text;
using Sitrep.Ingest;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Ingest;

/// <summary>Every bad input is rejected with its name and a reason, and the inputs after it are still read.</summary>
public class BadInputTests
{
    private static (List<InputRejection> Rejected, List<ArticleInput> Read) ReadWithGoodAfter(TempDirectory dir, string badPath, ReaderOptions? options = null)
    {
        var good = dir.File("zz-good.txt", "Militants attacked a checkpoint in Borno state.");
        var items = new InputReader(options ?? new ReaderOptions()).Read([badPath, good]).ToList();
        return (items.OfType<InputRejection>().ToList(), items.OfType<ArticleInput>().ToList());
    }

    private static void AssertRejected(TempDirectory dir, string badPath, string reasonPart, ReaderOptions? options = null)
    {
        var (rejected, read) = ReadWithGoodAfter(dir, badPath, options);
        var rejection = Assert.Single(rejected);
        Assert.StartsWith(badPath, rejection.Origin);
        Assert.Contains(reasonPart, rejection.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Militants attacked a checkpoint in Borno state.", Assert.Single(read).Text);
    }

    [Fact]
    public void Read_EmptyFile_Rejected() => AssertRejected(new TempDirectory(), new TempDirectory().File("empty.txt", string.Empty), "empty");

    [Fact]
    public void Read_WhitespaceOnly_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("blank.txt", " \n\t\n "), "empty");
    }

    [Fact]
    public void Read_BinaryFile_Rejected()
    {
        using var dir = new TempDirectory();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        AssertRejected(dir, dir.File("image.txt", png), "binary");
    }

    [Fact]
    public void Read_OversizedFile_RefusedWithoutReadingIt()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing written
        }

        var before = GC.GetTotalAllocatedBytes();
        AssertRejected(dir, path, "over the 5 MB limit");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 50L * 1024 * 1024, "the oversized file must not be read into memory");
    }

    [Fact]
    public void Read_HtmlWithoutArticle_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("nav.html", "<html><body><nav><a href='/'>Home</a></nav><script>var x=1;</script></body></html>"), "no article text");
    }

    [Fact]
    public void Read_BrokenFeedXml_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("broken.xml", "<rss version=\"2.0\"><channel><title>x</title><item><title>unclosed"), "broken feed XML");
    }

    [Theory]
    [InlineData("<rss><channel><title>x</title><item><title>t</title></item></channel></rss>")]
    [InlineData("<rss version=\"0.5\"><channel><title>x</title></channel></rss>")]
    public void Read_RssOfNoKnownVersion_RejectedAndTheBatchGoesOn(string xml)
    {
        // The feed parser throws NotSupportedException for these, which once ended the whole batch.
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("old.rss", xml), "not an RSS or Atom feed");
    }

    [Fact]
    public void Guarded_AFailureNoReaderForesaw_BecomesTheFilesRejectionAfterItsGoodItems()
    {
        static IEnumerable<ReadItem> Failing()
        {
            yield return new InputRejection("a.xml#item1", "feed item has no content or summary text");
            throw new InvalidDataException("unexpected token");
        }

        var items = InputReader.Guarded("a.xml", Failing).ToList();
        Assert.Equal(2, items.Count);
        var failure = Assert.IsType<InputRejection>(items[1]);
        Assert.Equal("a.xml", failure.Origin);
        Assert.Equal("could not be read: InvalidDataException: unexpected token", failure.Reason);

        var atOpen = Assert.Single(InputReader.Guarded("b.json", () => throw new InvalidOperationException("bad state")));
        Assert.Equal("could not be read: InvalidOperationException: bad state", Assert.IsType<InputRejection>(atOpen).Reason);
    }

    [Fact]
    public void Read_XmlThatIsNotAFeed_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("config.xml", "<configuration><setting name=\"a\"/></configuration>"), "not an RSS or Atom feed");
    }

    [Fact]
    public void Read_JsonlLineNotJson_RejectedAndOtherLinesRead()
    {
        using var dir = new TempDirectory();
        var path = dir.File("mixed.jsonl", "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{not json\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
        var items = new InputReader(new ReaderOptions()).Read([path]).ToList();
        var rejection = Assert.Single(items.OfType<InputRejection>());
        Assert.Equal(path + ":2", rejection.Origin);
        Assert.Contains("not JSON", rejection.Reason);
        Assert.Equal(["ok1", "ok2"], items.OfType<ArticleInput>().Select(a => a.Id));
    }

    [Fact]
    public void Read_JsonlRecordWithoutText_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("notext.jsonl", "{\"id\":\"n1\",\"title\":\"only a title\"}\n"), "neither \"text\" nor \"html\"");
    }

    [Theory]
    [InlineData("{\"id\":\"n2\",\"text\":42}", "\"text\" is a JSON number, not a string")]
    [InlineData("{\"id\":\"n3\",\"html\":[\"<p>a</p>\"]}", "\"html\" is a JSON array, not a string")]
    public void Read_JsonlTextOfWrongKind_RejectedNamingTheKind(string line, string reason)
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("wrongkind.jsonl", line + "\n"), reason);
    }

    [Fact]
    public void Read_InvalidUtf8_Rejected()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes("Обстріл Харкова ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" тривав.")).ToArray();
        AssertRejected(dir, dir.File("bad-utf8.txt", bytes), "invalid UTF-8");
    }

    [Fact]
    public void Read_UnknownExtension_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, dir.File("report.pdf", "%PDF-1.7"), "unknown file type '.pdf'");
    }

    [Fact]
    public void Read_MissingPath_Rejected()
    {
        using var dir = new TempDirectory();
        AssertRejected(dir, Path.Combine(dir.Path, "nope.txt"), "no such file");
    }

    [Fact]
    public void Read_JsonlLineOverLimit_RejectedWithoutStoppingTheFile()
    {
        using var dir = new TempDirectory();
        var longText = new string('x', 3000);
        var path = dir.File("long.jsonl", $"{{\"id\":\"big\",\"text\":\"{longText}\"}}\n{{\"id\":\"small\",\"text\":\"ok\"}}\n");
        var items = new InputReader(new ReaderOptions { MaxArticleBytes = 1000 }).Read([path]).ToList();
        Assert.Contains("longer than", Assert.Single(items.OfType<InputRejection>()).Reason);
        Assert.Equal("small", Assert.Single(items.OfType<ArticleInput>()).Id);
    }

    [Fact]
    public void Read_HostileStrings_KeptVerbatimAsText()
    {
        using var dir = new TempDirectory();
        const string hostile = "Robert'); DROP TABLE articles;-- <script>alert(1)</script> \u202Eevil\u202C {{7*7}} ${jndi:ldap://x}";
        var article = Assert.IsType<ArticleInput>(Assert.Single(new InputReader(new ReaderOptions()).Read([dir.File("hostile.txt", hostile)])));
        Assert.Equal(hostile, article.Text);
    }

    [Fact]
    public void Read_FeedWithExternalEntity_NotResolved()
    {
        using var dir = new TempDirectory();
        var secret = dir.File("secret.txt", "TOP SECRET");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>
            <item><title>i</title><description>Before &xxe; after, shelling continued in Kherson.</description></item></channel></rss>
            """;
        var items = new InputReader(new ReaderOptions()).Read([dir.File("xxe.xml", xxe)]).ToList();
        Assert.DoesNotContain(items.OfType<ArticleInput>(), a => a.Text.Contains("TOP SECRET"));
    }
}
