namespace Sitrep.Tests.Support;

/// <summary>The machine's own Chromium (Debian package <c>chromium</c>), which browser tests drive; none is ever downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Exists => File.Exists(ExecutablePath);

    /// <summary>Headless, and quiet: no GPU, no QUIC, no background traffic to Google's services.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string SkipReason => $"needs Chromium at {ExecutablePath} (apt-get install -y chromium), which is not installed";
}

/// <summary>A fact that is skipped with a clear message when Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Exists)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
