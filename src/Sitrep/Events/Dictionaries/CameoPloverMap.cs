using System.Collections.Frozen;
using Sitrep.Common;

namespace Sitrep.Events.Dictionaries;

/// <summary>
/// PLOVER's CAMEO-to-PLOVER table (<c>data/events/cameo_plover.tsv</c>): the PLOVER event and mode of a CAMEO code,
/// by its longest listed prefix ("0841" -> RETREAT/release). CAMEO 01 (statements) and 02 (appeals) have none.
/// </summary>
public sealed class CameoPloverMap
{
    private static readonly Lazy<CameoPloverMap> _default = new(() => Load(DataFiles.PathOf("events/cameo_plover.tsv")));

    private readonly FrozenDictionary<string, (string Event, string? Mode)> _codes;

    private CameoPloverMap(FrozenDictionary<string, (string Event, string? Mode)> codes) => _codes = codes;

    public static CameoPloverMap Default => _default.Value;

    public static CameoPloverMap Load(string path, IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>>? ploverModes = null)
    {
        var codes = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(path, "cameo", "plover_event", "plover_mode").Rows)
        {
            var code = row.Required("cameo");
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw row.Error($"CAMEO code '{code}' is not 2-4 digits");
            }

            var plover = row.Required("plover_event");
            var mode = row["plover_mode"].Length == 0 ? null : row["plover_mode"];
            if (ploverModes is not null && (!ploverModes.TryGetValue(plover, out var modes) || (mode is not null && !modes.Contains(mode))))
            {
                throw row.Error($"'{plover}/{mode}' is not a PLOVER event and mode of plover.tsv");
            }

            if (!codes.TryAdd(code, (plover, mode)))
            {
                throw row.Error($"CAMEO code '{code}' is listed twice");
            }
        }

        return new CameoPloverMap(codes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The PLOVER event and mode of a CAMEO code, or null when neither it nor a prefix is listed.</summary>
    public (string Event, string? Mode)? Find(string? cameo)
    {
        for (var n = Math.Min(cameo?.Length ?? 0, 4); n >= 2; n--)
        {
            if (_codes.TryGetValue(cameo![..n], out var found))
            {
                return found;
            }
        }

        return null;
    }
}
