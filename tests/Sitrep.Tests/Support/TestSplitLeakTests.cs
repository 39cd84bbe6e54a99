using Sitrep.Events;

namespace Sitrep.Tests.Support;

/// <summary>
/// The test splits of the project's own gold sets (data/gold/*/*.test.jsonl, and the test half of
/// data/gold/plover/plover_fresh.json and of the shared PLOVER gold records when present, split by
/// <see cref="CodingEvaluators.IsDev"/>) are held out: nobody reads their records,
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

    private static readonly string[] _scannedFolders = ["src", "tests", "tools", "bench", "data", "samples"];

    private static readonly HashSet<string> _scannedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".tsv", ".txt", ".md", ".py", ".json", ".jsonl", ".csv", ".js", ".html",
    };

    [Fact]
    public void TestSplitText_AppearsNowhereOutsideTheGoldSets()
    {
        var root = SharedData.RepositoryRoot;
        var gold = Path.Combine(root, "data", "gold");
        var devRuns = new HashSet<string>(StringComparer.Ordinal);
        var records = HeldOutAndDevRecords(gold).ToList();
        foreach (var (_, _, text, heldOut) in records)
        {
            if (!heldOut)
            {
                devRuns.UnionWith(Runs(text));
            }
        }

        var testRuns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, id, text, heldOut) in records)
        {
            if (!heldOut)
            {
                continue;
            }

            foreach (var run in Runs(text))
            {
                if (!devRuns.Contains(run))
                {
                    testRuns.TryAdd(run, $"{file} {id}");
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

    /// <summary>The tools that write the gold files (data/gold/*/*.jsonl) hold their text by design.</summary>
    private static readonly HashSet<string> _goldGenerators = new(StringComparer.Ordinal)
    {
        "tools/build_gold_events.py", "tools/build_gold_fusion.py", "tools/build_gold_places.py", "tools/build_gold_dates.py",
        "tools/claims_gold_build.py",
    };

    private static bool IsGoldGenerator(string relative) => _goldGenerators.Contains(relative);

    /// <summary>Every gold record's text, whether it is held out, and where it comes from.</summary>
    private static IEnumerable<(string File, string Id, string Text, bool HeldOut)> HeldOutAndDevRecords(string gold)
    {
        foreach (var (pattern, heldOut) in new[] { ("*.dev.jsonl", false), ("*.test.jsonl", true) })
        {
            foreach (var file in Directory.EnumerateFiles(gold, pattern, SearchOption.AllDirectories))
            {
                foreach (var (id, text) in GoldTexts.Read(file))
                {
                    yield return (Path.GetFileName(file), id, text, heldOut);
                }
            }
        }

        // PLOVER-coded sentences: one JSON array each, split by the id's hash as the coding evaluators split them.
        var plover = new List<string> { Path.Combine(gold, "plover", "plover_fresh.json") };
        if (SharedData.Exists("coding/plover/PLOVER_GSR_CAMEO.txt"))
        {
            plover.Add(SharedData.PathOf("coding/plover/PLOVER_GSR_CAMEO.txt"));
        }

        foreach (var file in plover.Where(File.Exists))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var record in json.RootElement.EnumerateArray())
            {
                if (record.TryGetProperty("id", out var id) && record.TryGetProperty("text", out var text) && text.GetString() is { } value)
                {
                    yield return (Path.GetFileName(file), id.GetString()!, value, !CodingEvaluators.IsDev(id.GetString()!));
                }
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
