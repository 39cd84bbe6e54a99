using Sitrep.Store;

namespace Sitrep.Benchmarks;

/// <summary>
/// SQLite stores that benchmarks build once per schema version and keep in the temp folder: built under a
/// ".building" name and moved into place only when complete, so that an interrupted build is never taken for a store.
/// </summary>
internal static class CachedStore
{
    /// <summary>The path of the store "NAME-schemaV.db", filled by <paramref name="fill"/> when it does not exist yet.</summary>
    public static string Ensure(string name, Action<SqliteStore> fill)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sitrep-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-schema{StoreSchema.Migrations.Max(m => m.Version)}.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        foreach (var stale in Directory.GetFiles(directory, Path.GetFileName(building) + "*"))
        {
            File.Delete(stale);
        }

        using (var store = SqliteStore.Open(building))
        {
            fill(store);
        }

        // A checkpointed single file, so that a copy of it is the whole store.
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(building + suffix);
        }

        File.Move(building, path);
        return path;
    }
}
