namespace Sitrep.Common;

/// <summary>
/// Finds the rule knowledge and model files that ship in <c>data/</c>. They are copied beside the assembly at
/// build time; SITREP_DATA overrides the folder (for a user's extended dictionaries).
/// </summary>
public static class DataFiles
{
    public const string EnvironmentVariable = "SITREP_DATA";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Require(string relativePath)
    {
        var path = PathOf(relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Sitrep data file '{relativePath}' is missing from {Root}; rebuild, or set {EnvironmentVariable}.", path);
    }

    private static string FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        // Running from a source tree without a build copy: walk up to the repository's data folder.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return beside;
    }
}
