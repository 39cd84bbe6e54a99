using System.Globalization;

namespace Sitrep.Benchmarks;

/// <summary>The "FILE [--rounds N]" arguments shared by the profiles that time a stage over one input file.</summary>
internal static class ProfileArgs
{
    /// <summary>N of "--rounds N" after FILE, or <paramref name="fallback"/> when it is not given.</summary>
    public static int Rounds(string[] args, int fallback) =>
        args.Length >= 3 && args[1] == "--rounds" ? int.Parse(args[2], CultureInfo.InvariantCulture) : fallback;
}
