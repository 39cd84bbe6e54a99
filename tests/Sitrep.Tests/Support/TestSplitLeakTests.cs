namespace Sitrep.Tests.Support;

/// <summary>
/// The test splits of the project's own gold sets (data/gold/*/*.test.jsonl) are held out: nobody reads their records,
/// so no rule, lexicon entry, comment or unit test may repeat their wording. This check makes the rule mechanical:
/// every run of <see cref="_runLength"/> words of a test record's text that no dev record also contains must not occur
/// in the code, the tests, the tools or the data the product reads. A hit means someone copied held-out text (the
/// test figures then overstate quality): reword the example from scratch, and move the seen record to dev if the code
/// was shaped by it.
/// </summary>
public class TestSplitLeakTests
{
    /// <summary>
    /// Eight words: shorter runs are shared by ordinary news phrasing ("said on Monday that it had"), longer ones let a
    /// quoted sentence through with one word changed at each end.
    /// </summary>
    private const int _runLength = 8;

    private static readonly string[] _scannedFolders = ["src", "tests", "tools", "bench", "data"];

    private static readonly HashSet<string> _scannedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".tsv", ".txt", ".md", ".py", ".json", ".csv", ".js", ".html",
    };

    [Fact]
    public void TestSplitText_AppearsNowhereOutsideTheGoldSets()
    {
        var root = SharedData.RepositoryRoot;
        var gold = Path.Combine(root, "data", "gold");
        var devRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(gold, "*.dev.jsonl", SearchOption.AllDirectories))
        {
            foreach (var (_, text) in GoldTexts(file))
            {
                devRuns.UnionWith(Runs(text));
            }
        }

        var testRuns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(gold, "*.test.jsonl", SearchOption.AllDirectories))
        {
            foreach (var (id, text) in GoldTexts(file))
            {
                foreach (var run in Runs(text))
                {
                    if (!devRuns.Contains(run))
                    {
                        testRuns.TryAdd(run, $"{Path.GetFileName(file)} {id}");
                    }
                }
            }
        }

        Assert.True(testRuns.Count > 1000, $"only {testRuns.Count} held-out word runs read from {gold}: the gold files moved?");

        var leaks = new List<string>();
        foreach (var file in ScannedFiles(root))
        {
            foreach (var run in Runs(File.ReadAllText(file)))
            {
                if (testRuns.TryGetValue(run, out var record))
                {
                    leaks.Add($"{Path.GetRelativePath(root, file)}: \"{run}\" (from {record})");
                }
            }
        }

        Assert.True(leaks.Count == 0, "held-out test text outside data/gold:\n" + string.Join("\n", leaks.Distinct().Take(40)));
    }

    [Fact]
    public void Runs_AreLowerCaseWordsAcrossPunctuationAndLineBreaks()
    {
        var runs = Runs("\"One two, Three\" + \"four five's six\nseven eight nine").ToList();
        Assert.Equal(["one two three four five s six seven", "two three four five s six seven eight", "three four five s six seven eight nine"], runs);
    }

    /// <summary>Files the product, its tests and its tools are made of, outside the gold sets and their generators.</summary>
    private static IEnumerable<string> ScannedFiles(string root)
    {
        foreach (var folder in _scannedFolders)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                var parts = relative.Split('/');
                if (!_scannedExtensions.Contains(Path.GetExtension(file))
                    || parts.Contains("bin") || parts.Contains("obj") || parts.Contains("node_modules")
                    || relative.StartsWith("data/gold/", StringComparison.Ordinal)
                    || IsGoldGenerator(relative))
                {
                    continue;
                }

                yield return file;
            }
        }

        var readme = Path.Combine(root, "README.md");
        if (File.Exists(readme))
        {
            yield return readme;
        }
    }

    /// <summary>The tools that write the gold files hold their text by design.</summary>
    private static bool IsGoldGenerator(string relative) =>
        relative.StartsWith("tools/", StringComparison.Ordinal) && relative.Contains("gold", StringComparison.Ordinal);

    private static IEnumerable<(string Id, string Text)> GoldTexts(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            using var json = System.Text.Json.JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value)
            {
                var id = json.RootElement.TryGetProperty("id", out var idElement) ? idElement.ToString() : "?";
                yield return (id, value);
            }
        }
    }

    /// <summary>Every run of <see cref="_runLength"/> consecutive words (letters and digits, lower-cased).</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        var all = words.ToArray();
        for (var i = 0; i + _runLength <= all.Length; i++)
        {
            yield return string.Join(' ', all, i, _runLength);
        }
    }
}
