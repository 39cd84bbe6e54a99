using System.Text;
using AngleSharp.Html.Parser;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Reports;

/// <summary><c>sitrep report</c> run in-process, as a user would call it.</summary>
public class ReportCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(), ErrorIsTerminal: false);
        var exit = SitrepCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Report_MarkdownToStdout_PeriodFiguresAndSections(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using (var store = test.Open())
        {
            ReportCorpus.IngestInto(store);
        }

        var (exit, output, error) = Run(["report", .. test.CliOptions, "--from", "2024-11-11", "--to", "2024-11-17"]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("# Situation report: 2024-11-11 to 2024-11-17\n", output);
        foreach (var section in new[] { "## Headline figures", "## Events by region", "## Events by type", "## Most significant events", "## Claims", "## What changed since the previous period (2024-11-04 to 2024-11-10)", "## Data quality" })
        {
            Assert.Contains(section, output);
        }

        Assert.Contains("| Fatalities (lowest reported) | 5 (5\u20137 reported) | 5 | 0 |", output);
    }

    [Fact]
    public void Report_HtmlToFile_WritesParsablePageAndSaysWhere()
    {
        using var test = StoreBackends.Create("sqlite");
        using (var store = test.Open())
        {
            ReportCorpus.IngestInto(store);
        }

        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "report.html");
        var (exit, output, error) = Run(["report", .. test.CliOptions, "--from", "2024-11-11", "--to", "2024-11-17", "--format", "html", "--output", path]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path, error);
        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(bytes));
        Assert.Equal("Situation report: 2024-11-11 to 2024-11-17", document.Title);
        Assert.NotNull(document.QuerySelector("section.claims"));
    }

    [Fact]
    public void Report_NoDates_DefaultsToTheWeekEndingWithTheLatestArticle()
    {
        using var test = StoreBackends.Create("sqlite");
        using (var store = test.Open())
        {
            ReportCorpus.IngestInto(store);
        }

        var (exit, output, _) = Run(["report", .. test.CliOptions]);
        Assert.Equal(0, exit);
        Assert.StartsWith("# Situation report: 2024-11-14 to 2024-11-20\n", output);
    }

    [Fact]
    public void Report_EmptyPeriod_ExitsZeroWithShortReport()
    {
        using var test = StoreBackends.Create("sqlite");
        using (var store = test.Open())
        {
            ReportCorpus.IngestInto(store);
        }

        var (exit, output, _) = Run(["report", .. test.CliOptions, "--from", "2030-01-01", "--to", "2030-01-07", "--format", "html"]);
        Assert.Equal(0, exit);
        Assert.Contains("No events or claims are recorded for this period", output);
    }

    [Theory]
    [InlineData("--from", "2024-11-17", "--to", "2024-11-11")]
    [InlineData("--from", "17/11/2024")]
    [InlineData("--format", "pdf")]
    public void Report_BadOptions_UsageError(params string[] options)
    {
        using var dir = new TempDirectory();
        var (exit, _, error) = Run(["report", "--db", Path.Combine(dir.Path, "none.db"), .. options]);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.StartsWith("sitrep: ", error);
    }

    [Fact]
    public void Report_MissingDatabase_UsageErrorNamesIt()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "missing.db");
        var (exit, _, error) = Run("report", "--db", path);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(path, error);
        Assert.False(File.Exists(path));
    }
}
