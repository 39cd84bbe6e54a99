using System.Diagnostics;
namespace Sitrep.Store;
public static class Prof
{
    private static readonly Dictionary<string, (long Ticks, long Count)> _t = new();
    public readonly struct Scope(string name, long start) : IDisposable
    {
        public void Dispose() { var e = Stopwatch.GetTimestamp() - start; lock (_t) { var (t, c) = _t.GetValueOrDefault(name); _t[name] = (t + e, c + 1); } }
    }
    public static Scope T(string name) => new(name, Stopwatch.GetTimestamp());
    public static string Report() { lock (_t) { var r = string.Join("\n", _t.OrderByDescending(p => p.Value.Ticks).Select(p => $"{p.Key,-40} {p.Value.Ticks * 1000.0 / Stopwatch.Frequency,10:0} ms {p.Value.Count,8}")); _t.Clear(); return r; } }
}
