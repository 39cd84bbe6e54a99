using System.Text;
using System.Text.Json;
using Sitrep.Cli;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>Commands run in-process with captured output, as a user or a script would call them.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => RunWithStdin(string.Empty, args);

    private static (int Exit, string Out, string Error) RunWithStdin(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), ErrorIsTerminal: false);
        var exit = SitrepCli.Run(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Sample(string name) => Path.Combine(SharedData.RepositoryRoot, "samples", name);

    [Fact]
    public void Analyze_ReportInAnotherLanguage_AnalysedWithAWarningNamingIt()
    {
        using var dir = new TempDirectory();
        var path = dir.File("rapport.txt", "L'armée malienne a affirmé mardi avoir neutralisé une trentaine de terroristes lors d'une opération aérienne près de Ménaka, dans le nord-est du pays, selon un communiqué de l'état-major.");
        var (exit, output, error) = Run("analyze", path, "--format", "jsonl");
        Assert.Equal(0, exit);
        Assert.StartsWith($"sitrep: {path}: warning: not_english:", error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("not_english:", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SampleRecord_PrintsContractShape()
    {
        var (exit, output, error) = Run("analyze", Sample("kursk-north-korean-troops.jsonl"));
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("kursk-north-korean-troops", root.GetProperty("id").GetString());
        Assert.Equal("2024-11-17", root.GetProperty("published").GetString());
        foreach (var field in new[] { "source", "url", "title", "entities", "events", "claims", "warnings" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public void Analyze_SeveralInputs_JsonArrayInInputOrder()
    {
        using var dir = new TempDirectory();
        var lines = string.Join('\n', Enumerable.Range(0, 50).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Report number {i}.\"}}"));
        var (exit, output, _) = Run("analyze", dir.File("in.jsonl", lines));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"n{i}"), json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Analyze_Jsonl_OneObjectPerLine()
    {
        var (exit, output, _) = RunWithStdin("Troops shelled Kherson.\n", "analyze", "-", "--format", "jsonl", "--published", "2024-11-17");
        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("2024-11-17", JsonDocument.Parse(line).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void Analyze_HtmlInput_EchoesAnalysedText()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.html", "<html><body><p>Fighting continued in Bakhmut, officials said.</p></body></html>");
        var (_, output, _) = Run("analyze", path);
        Assert.Equal("Fighting continued in Bakhmut, officials said.", JsonDocument.Parse(output).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Analyze_BadInputAmongGood_Exit1NamesInputAndKeepsOthers()
    {
        using var dir = new TempDirectory();
        var good = dir.File("good.txt", "Clashes erupted in Tripoli.");
        var bad = dir.File("bad.pdf", "%PDF");
        var (exit, output, error) = Run("analyze", bad, good);
        Assert.Equal(1, exit);
        Assert.Contains($"sitrep: {bad}: unknown file type", error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(output).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("analyze", "--format", "xml")]
    [InlineData("analyze", "--published", "17/11/2024")]
    [InlineData("frobnicate")]
    [InlineData("events", "--from", "yesterday")]
    public void Run_UsageError_Exit2WithMessage(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("sitrep:", error);
    }

    [Fact]
    public void Ingest_Twice_SecondRunChangesNothing()
    {
        using var dir = new TempDirectory();
        var db = Path.Combine(dir.Path, "s.db");
        var input = NewsCorpus.WriteJsonl(Path.Combine(dir.Path, "c.jsonl"), 150);
        var first = Run("ingest", input, "--db", db);
        var second = Run("ingest", input, "--db", db);
        Assert.Equal(0, first.Exit);
        Assert.Contains("150 new", first.Error);
        Assert.Contains("0 new, 0 updated, 150 unchanged", second.Error);
    }

    [Fact]
    public void Ingest_MixedInputs_SummaryGroupsRejectionsAndCountsLedgerGrowth()
    {
        using var dir = new TempDirectory();
        var db = Path.Combine(dir.Path, "s.db");
        var good = NewsCorpus.WriteJsonl(Path.Combine(dir.Path, "c.jsonl"), 20);
        var binary = dir.File("blob.txt", [0x00, 0x01, 0x02, 0x50]);
        var (exit, _, error) = Run("ingest", good, binary, Path.Combine(dir.Path, "missing.txt"), Path.Combine(dir.Path, "gone.txt"), "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("23 read, 20 new", error);
        Assert.Contains("rejected 2 x no such file or directory", error);
        Assert.Contains("rejected 1 x binary content", error);
        var ledger = System.Text.RegularExpressions.Regex.Match(error, @"events \+(\d+) reports, \+(\d+) in the ledger \((\d+) merged");
        Assert.True(ledger.Success, error);
        var reports = int.Parse(ledger.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var founded = int.Parse(ledger.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reports > 0 && founded > 0 && founded <= reports, error);
        Assert.Equal(reports - founded, int.Parse(ledger.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        var claims = System.Text.RegularExpressions.Regex.Match(error, @"claims \+(\d+) reports, \+(\d+) in the ledger \((\d+) merged");
        Assert.True(claims.Success, error);
        var claimReports = int.Parse(claims.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var claimsFounded = int.Parse(claims.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(claimsFounded > 0 && claimsFounded <= claimReports, error);
        Assert.Contains($"ledger now {founded} events and {claimsFounded} claims from 20 articles", error);
    }

    [Fact]
    public void Events_MissingDatabase_ClearMessage()
    {
        var (exit, _, error) = Run("events", "--db", "/nonexistent/x.db");
        Assert.Equal(2, exit);
        Assert.Contains("no such database", error);
    }
}

public class EvalCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = SitrepCli.Run(args, new CliContext(output, error, () => Stream.Null, ErrorIsTerminal: false));
        return (exit, output.ToString(), error.ToString());
    }

    [SharedDataFact("corpora/UD_English-EWT/en_ewt-ud-test.conllu")]
    public void Eval_EwtTest_PrintsUposAccuracyAboveTarget()
    {
        var (exit, output, _) = Run("eval", SharedData.PathOf("corpora/UD_English-EWT/en_ewt-ud-test.conllu"));
        Assert.Equal(0, exit);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"UPOS accuracy (\d+\.\d+)%");
        Assert.True(match.Success, output);
        Assert.True(double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 95.0, output);
    }

    [Fact]
    public void Eval_ClaimsGoldTest_PrintsDetectionScores()
    {
        var (exit, output, _) = Run("eval", Path.Combine(SharedData.RepositoryRoot, "data", "gold", "claims", "claims.test.jsonl"));
        Assert.Equal(0, exit);
        Assert.Matches(@"detection\s+P [01]\.\d{3}\s+R [01]\.\d{3}\s+F1 [01]\.\d{3}", output);
    }

    [Fact]
    public void Eval_ClaimFusionGoldTest_PrintsMergeAndStatusScoresWithoutErrors()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "data", "gold", "claim-fusion", "claim-fusion.test.jsonl");

        var (exit, output, _) = Run("eval", path, "--errors");

        Assert.Equal(0, exit);
        Assert.Matches(@"false merges \d+ \(\d+\.\d %\), missed merges \d+ \(\d+\.\d %\); status \d+/\d+", output);
        Assert.DoesNotContain("status of ", output); // a test split's failures stay unseen, even with --errors
    }

    [Fact]
    public void Eval_FusionGold_ListsPairsForDevWithErrorsOnly()
    {
        var dev = Path.Combine(SharedData.RepositoryRoot, "data", "gold", "fusion", "fusion.dev.jsonl");
        var test = Path.Combine(SharedData.RepositoryRoot, "data", "gold", "fusion", "fusion.test.jsonl");

        var (devExit, devListed, _) = Run("eval", dev, "--task", "fusion", "--errors");
        var (plainExit, devPlain, _) = Run("eval", dev, "--task", "fusion");
        var (testExit, testOutput, _) = Run("eval", test, "--task", "fusion", "--errors");

        Assert.Equal([0, 0, 0], new[] { devExit, plainExit, testExit });
        Assert.Contains("  missed merge: ", devListed);
        Assert.DoesNotContain("  missed merge: ", devPlain);
        Assert.Matches(@"arrival orders:\n  given: false merges \d+/\d+ = [\d.]+%, missed merges \d+/\d+ = [\d.]+%, B-cubed F1 [\d.]+\n  reversed: false merges .*\n(    .*\n)*  shuffled \(seed \d+\): false merges ", devPlain);
        Assert.Matches(@"  shuffled \(seed \d+\): .*\n    agreement: B-cubed F1 [\d.]+ against the file's order, reports in another group \d+/\d+", devPlain);
        Assert.DoesNotContain("    false merge: ", devPlain); // another order's false merges are listed with --errors only
        Assert.Contains("    false merges by cause: ", devPlain);
        Assert.Matches(@"missed merges: \d+/\d+", testOutput);
        Assert.DoesNotContain("  missed merge: ", testOutput); // a test split's failures stay unseen, even with --errors
        Assert.DoesNotContain("  false merge: ", testOutput);
    }

    [Theory]
    [InlineData("notes.md", "cannot tell what this file annotates")]
    [InlineData("missing.conllu", "no such file")]
    public void Eval_UnknownOrMissingFile_Exit2(string name, string message)
    {
        using var dir = new TempDirectory();
        var path = name == "notes.md" ? dir.File(name, "# notes") : Path.Combine(dir.Path, name);
        var (exit, _, error) = Run("eval", path);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Train_MissingCorpora_Exit2()
    {
        var (exit, _, error) = Run("train", "pos", "--corpora", "/nonexistent/corpora");
        Assert.Equal(2, exit);
        Assert.Contains("no such folder", error);
    }
}
