namespace Sitrep.Store;

/// <summary>
/// Records the store has already parsed from their stored JSON, found again by that JSON. Fusion reads the same
/// fused events' and claims' members batch after batch; parsing them again (and recounting their words, which
/// fusion remembers per record instance) was a third of ingest. A record is immutable, and the key is its exact
/// JSON (length and hash, then the text compared), so a revised article's rows, whose JSON differs, can
/// never be answered from a stale entry. Bounded: when full it starts again empty.
/// </summary>
internal sealed class ParsedRecords<T>(Func<string, T> parse, int capacity = ParsedRecords<T>.DefaultCapacity)
    where T : class
{
    /// <summary>Enough for the members of every fused record a few weeks of news touch, a few tens of MB at most.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly Dictionary<(int Length, int Hash), (string Json, T Record)> _records = [];

    public int Count => _records.Count;

    /// <summary>
    /// A record the store is writing as this JSON: when the JSON is read back it is answered with this very
    /// instance (whose fusion features may already be worked out) instead of being parsed again.
    /// </summary>
    public void Remember(string json, T record)
    {
        if (_records.Count >= capacity)
        {
            _records.Clear();
        }

        _records[(json.Length, string.GetHashCode(json, StringComparison.Ordinal))] = (json, record);
    }

    public T Get(string json)
    {
        var key = (json.Length, string.GetHashCode(json, StringComparison.Ordinal));
        if (_records.TryGetValue(key, out var hit) && string.Equals(hit.Json, json, StringComparison.Ordinal))
        {
            return hit.Record;
        }

        var record = parse(json);
        if (_records.Count >= capacity)
        {
            _records.Clear();
        }

        _records[key] = (json, record);
        return record;
    }
}
