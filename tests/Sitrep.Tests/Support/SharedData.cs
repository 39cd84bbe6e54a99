namespace Sitrep.Tests.Support;

/// <summary>
/// The read-only data shared with every developer and CI at ../shared/data next to the repository.
/// Tests that need it use <see cref="SharedDataFactAttribute"/> and are skipped, with the reason, when it is absent.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static bool Exists(string relativePath) => File.Exists(PathOf(relativePath)) || Directory.Exists(PathOf(relativePath));

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string SkipReason(string relativePath) =>
        $"needs ../shared/data/{relativePath}, which is not present at {Root}";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Sitrep.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that is skipped with a clear message when a file under ../shared/data is missing.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!SharedData.Exists(relativePath))
        {
            Skip = SharedData.SkipReason(relativePath);
        }
    }
}

/// <summary>A theory that is skipped with a clear message when a file under ../shared/data is missing.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        if (!SharedData.Exists(relativePath))
        {
            Skip = SharedData.SkipReason(relativePath);
        }
    }
}
