using System.Collections.Immutable;
using Sitrep.Common;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class TimeDataFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitrep-time-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ShippedFiles_EveryPatternParsesAndEveryFileHasAHeader()
    {
        var patterns = TimePattern.Load(DataFiles.Require("time/patterns.tsv"));
        Assert.True(patterns.Length > 50);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf("time"), "*.tsv"))
        {
            Assert.StartsWith("#", File.ReadLines(file).First(), StringComparison.Ordinal);
            Assert.Contains(File.ReadLines(file).TakeWhile(l => l.StartsWith('#')), l => l.Contains("Licence", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Load_UnknownRule_ErrorNamesFileAndLine()
    {
        var path = Write("patterns.tsv", "# header\n$MONTH\tmonth\n$DAY $MONTH\tdaet\n");
        var error = Assert.Throws<FormatException>(() => TimePattern.Load(path));
        Assert.Contains($"{path}:3", error.Message);
        Assert.Contains("daet", error.Message);
    }

    [Theory]
    [InlineData("$MONTHS\tmonth", "unknown class")]
    [InlineData("in <$MONTH\tmonth", "context element")]
    [InlineData("the?\tmonth", "required element")]
    [InlineData("$MONTH", "expected 'pattern")]
    public void Parse_BadPattern_ExplainsTheProblem(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() => TimePattern.Parse(line, "patterns.tsv:7", 0));
        Assert.Contains("patterns.tsv:7", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void LoadLexicon_BadMonthNumber_ErrorNamesFileAndLine()
    {
        CopyShippedLexicon();
        var months = Write("months.tsv", "# header\njanuary\t1\nsmarch\t13\n");
        var error = Assert.Throws<FormatException>(() => TimeLexicon.LoadFrom(_folder));
        Assert.Contains($"{months}:3", error.Message);
        Assert.Contains("from 1 to 12", error.Message);
    }

    [Fact]
    public void LoadLexicon_UnknownFlag_ErrorNamesFileAndLine()
    {
        CopyShippedLexicon();
        var weekdays = Write("weekdays.tsv", "# header\nmonday\t1\tcapital\n");
        var error = Assert.Throws<FormatException>(() => TimeLexicon.LoadFrom(_folder));
        Assert.Contains($"{weekdays}:2", error.Message);
        Assert.Contains("unknown flag 'capital'", error.Message);
    }

    [Fact]
    public void Detector_ExtendedLexiconAndPattern_FindsNewWords()
    {
        CopyShippedLexicon();
        File.AppendAllText(Path.Combine(_folder, "months.tsv"), "novembre\t11\n");
        var detector = new TimeDetector(TimeLexicon.LoadFrom(_folder), ImmutableArray.Create(TimePattern.Parse("$DAY $MONTH $YEAR?\tdate", "test:1", 0)));
        var found = Assert.Single(detector.Detect("Attaque le 16 novembre 2024."));
        Assert.Equal("16 novembre 2024", found.Text);
    }

    private void CopyShippedLexicon()
    {
        foreach (var file in Directory.GetFiles(DataFiles.PathOf("time"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
