using BenchmarkDotNet.Running;

namespace Sitrep.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        // "ledger N" builds the synthetic store the ledger query benchmarks read (minutes for 100,000 events), so that
        // the benchmark processes themselves only open it.
        if (args is ["ledger", var count])
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var path = SyntheticLedger.EnsureBuilt(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"{path} ready in {clock.Elapsed.TotalSeconds:0.0} s");
            return;
        }

        if (args is ["stages", ..])
        {
            StageProfile.Run(args[1..]);
            return;
        }

        if (args is ["analyze", ..])
        {
            AnalyzeProfile.Run(args[1..]);
            return;
        }

        if (args is ["coder", ..])
        {
            CoderProfile.Run(args[1..]);
            return;
        }

        if (args is ["language", ..])
        {
            LanguageProfile.Run(args[1..]);
            return;
        }

        if (args is ["ingest", ..])
        {
            IngestProfile.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
