using System.Diagnostics;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>A real `sitrep ingest` process is killed with SIGKILL in the middle of a run.</summary>
public class CrashSafetyTests
{
    private const int _articles = 600;

    private static Process StartIngest(string input, string database) => StartIngest(input, ["--db", database]);

    private static Process StartIngest(string input, string[] storeOptions)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "ingest", input }.Concat(storeOptions))
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    [Fact]
    public void Ingest_KilledMidway_LeavesWholeBatchesAndRerunCompletesWithoutDuplicates()
    {
        using var dir = new TempDirectory();
        var input = NewsCorpus.WriteJsonl(Path.Combine(dir.Path, "corpus.jsonl"), _articles);
        var database = Path.Combine(dir.Path, "crash.db");

        using (var process = StartIngest(input, database))
        {
            var deadline = Stopwatch.StartNew();
            long stored = 0;
            while (deadline.Elapsed < TimeSpan.FromMinutes(5) && stored == 0 && !process.HasExited)
            {
                Thread.Sleep(25);
                if (File.Exists(database))
                {
                    try
                    {
                        using var peek = SqliteStore.Open(database);
                        stored = peek.Counts().Articles;
                    }
                    catch (Microsoft.Data.Sqlite.SqliteException)
                    {
                        // the writer may still be creating the schema
                    }
                }
            }

            Assert.False(process.HasExited, "ingest finished before it could be interrupted; the test corpus is too small");
            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            process.WaitForExit();

            // The wait is long because a loaded machine analyses the first batch slowly (it took over a minute at a
            // load average of 85); the kill must come after a commit for the test to say anything.
            Assert.True(stored > 0, "no batch was committed within five minutes");
        }

        using (var store = SqliteStore.Open(database))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            var counts = store.Counts();
            Assert.InRange(counts.Articles, 1, _articles - 1);
            Assert.Equal(0, counts.Articles % 64); // only whole batches were committed
        }

        using (var rerun = StartIngest(input, database))
        {
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
        }

        using (var store = SqliteStore.Open(database))
        {
            Assert.Equal(_articles, store.Counts().Articles);
            Assert.Equal("ok", store.IntegrityCheck());
        }
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public async Task Ingest_TwoProcessesAtOnce_EachArticleStoredOnce(string backend)
    {
        const int count = 192;
        using var dir = new TempDirectory();
        using var test = StoreBackends.Create(backend);
        var input = NewsCorpus.WriteJsonl(Path.Combine(dir.Path, "corpus.jsonl"), count, seed: 11);
        using (var ignored = test.Open())
        {
            // the schema exists before both writers start; concurrent first opens are covered by the migration lock
        }

        using var a = StartIngest(input, test.CliOptions);
        using var b = StartIngest(input, test.CliOptions);
        var errorsA = a.StandardError.ReadToEndAsync();
        var errorsB = b.StandardError.ReadToEndAsync();
        await a.WaitForExitAsync();
        await b.WaitForExitAsync();
        var messages = new[] { await errorsA, await errorsB };
        Assert.True(a.ExitCode == 0, messages[0]);
        Assert.True(b.ExitCode == 0, messages[1]);

        using var store = test.Open();
        Assert.Equal(count, store.Counts().Articles);
        var created = messages
            .Select(e => int.Parse(System.Text.RegularExpressions.Regex.Match(e, @"(\d+) new").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Sum();
        Assert.Equal(count, created);
    }
}
