namespace Sitrep.Web;

/// <summary>A file of the dashboard, read once from the assembly's embedded resources.</summary>
internal sealed record DashboardAsset(string Path, string ContentType, byte[] Content)
{
    public static DashboardAsset Load(string path, string resource, string contentType)
    {
        using var stream = typeof(DashboardAsset).Assembly.GetManifestResourceStream("dashboard/" + resource)
            ?? throw new InvalidOperationException($"embedded dashboard resource '{resource}' is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new DashboardAsset(path, contentType, copy.ToArray());
    }
}

internal static class DashboardAssets
{
    public static IReadOnlyList<DashboardAsset> All { get; } =
    [
        DashboardAsset.Load("/", "index.html", "text/html; charset=utf-8"),
        DashboardAsset.Load("/dashboard.css", "dashboard.css", "text/css; charset=utf-8"),
        DashboardAsset.Load("/dashboard.js", "dashboard.js", "text/javascript; charset=utf-8"),
    ];
}
