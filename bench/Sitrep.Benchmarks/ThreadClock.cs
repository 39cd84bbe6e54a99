using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Benchmarks;

/// <summary>
/// Time spent by the calling thread: its CPU time on Linux (clock_gettime with CLOCK_THREAD_CPUTIME_ID), so that a
/// figure taken on a machine shared with other jobs counts only the cycles this thread ran; wall-clock time elsewhere.
/// Per-core throughput is work / this time.
/// </summary>
internal static partial class ThreadClock
{
    private const int _threadCpuTimeId = 3;
    private static readonly bool _useCpuTime = OperatingSystem.IsLinux() && TryCpuNanoseconds(out _);

    /// <summary>What the figures measure, for printed headers.</summary>
    public static string Kind => _useCpuTime ? "thread CPU time" : "wall-clock time";

    /// <summary>A timestamp in nanoseconds; only differences mean anything.</summary>
    public static long Now() => _useCpuTime && TryCpuNanoseconds(out var ns)
        ? ns
        : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static bool TryCpuNanoseconds(out long nanoseconds)
    {
        try
        {
            if (ClockGetTime(_threadCpuTimeId, out var time) == 0)
            {
                nanoseconds = (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        nanoseconds = 0;
        return false;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
