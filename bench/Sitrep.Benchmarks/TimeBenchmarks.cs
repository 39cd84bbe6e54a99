using BenchmarkDotNet.Attributes;
using Sitrep.Time;

namespace Sitrep.Benchmarks;

/// <summary>
/// Time detection and resolution: a paragraph of news text with eight expressions, detected and resolved.
/// Expressions per second = 8 / mean time. Run: dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter *TimeBenchmarks* --job short
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    public const string Paragraph =
        "Russian forces shelled Kherson on Saturday night and again early on Tuesday, the governor said. " +
        "Ukrainian drones struck an oil depot in Oryol on November 16, 2024, after strikes between 10 and 12 November. " +
        "Troops have held positions in Kursk since August; 23 servicemen were killed in the past 24 hours and " +
        "fighting intensified last week, officials said in mid-October. The 95th Brigade lost 2,000 rounds.";

    private static readonly DateOnly _published = new(2024, 11, 17);
    private TimeDetector _detector = null!;
    private TimeStage _stage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _detector = TimeDetector.Default;
        _stage = new TimeStage(_detector);
        var found = _detector.Detect(Paragraph).Length;
        if (found != 8)
        {
            throw new InvalidOperationException($"The benchmark paragraph should hold 8 expressions, found {found}.");
        }
    }

    [Benchmark]
    public int Detect() => _detector.Detect(Paragraph).Length;

    [Benchmark]
    public int DetectAndResolve() => _stage.Analyze(Paragraph, [], _published).Mentions.Count(m => m.Resolution.IsResolved);
}
