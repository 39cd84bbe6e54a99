using System.Collections.Frozen;
using Sitrep.Common;
using Sitrep.Events.Lexicon;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>How two reports' event types relate: the same type, types that may describe one incident, or neither.</summary>
public enum TypeRelation
{
    Same,
    Compatible,
    Incompatible,
}

/// <summary>
/// What a compatible-but-different pair of types pays on its score to merge: <see cref="Margin"/> always (unless both
/// reports give one same count), and <see cref="LoosePlaceMargin"/> on top when the two
/// name no one same town but are placed loosely alike (both in one region only, or one or both reports unplaced; not one
/// town "in" one and "near" it in the other: EventMatcher.PlacedOnlyLoosely; null: such a pair never merges without one
/// same count).
/// </summary>
public sealed record CrossTypeWeights(double Margin, double? LoosePlaceMargin);

/// <summary>
/// Which event types different outlets may use for one incident (<c>data/fusion/type_compatibility.tsv</c>): an
/// air strike in a battle, a shelling that killed civilians, a protest that turned into a riot. Names are ACLED
/// event types or sub-event types (a sub-event type pairs only reports of that sub-event type) or PLOVER events (for
/// reports without an ACLED type). The relation is symmetric and not transitive: a report joins a fused event only
/// when it is compatible with every member (<see cref="EventFuser"/>). Each pair carries its own
/// <see cref="CrossTypeWeights"/>: how much better than a same-type pair it must agree, since some pairs are one
/// incident told two ways far more often than others.
/// </summary>
public sealed class TypeCompatibility
{
    public const string File = "fusion/type_compatibility.tsv";

    private static readonly Lazy<TypeCompatibility> _default = new(() => Load(DataFiles.Require(File), TriggerLexicon.Default.Codebook));

    private readonly FrozenDictionary<(string, string), CrossTypeWeights> _pairs;
    private readonly FrozenDictionary<string, string> _eventTypeOfSubEvent;
    private readonly FrozenDictionary<string, int> _order;

    private TypeCompatibility(FrozenDictionary<(string, string), CrossTypeWeights> pairs, AcledCodebook codebook)
    {
        _pairs = pairs;
        _eventTypeOfSubEvent = codebook.SubEventTypes.ToFrozenDictionary(s => s.SubEventType, s => s.EventType, StringComparer.Ordinal);
        _order = codebook.SubEventTypes.GroupBy(s => s.EventType).ToFrozenDictionary(g => g.Key, g => g.Min(s => s.Order), StringComparer.Ordinal);
    }

    /// <summary>
    /// An event type's rank in ACLED's hierarchy (1 = highest; its highest sub-event type's row): when one incident
    /// mixes tactics, the higher type wins (an air strike within a battle is Battles). Unknown types rank last.
    /// </summary>
    public int Rank(string? eventType) => eventType is not null && _order.TryGetValue(eventType, out var order) ? order : int.MaxValue;

    public static TypeCompatibility Default => _default.Value;

    /// <summary>
    /// Reads the table; every name must be a codebook event type or sub-event type, or an upper-case PLOVER event; the
    /// margins are scores from 0 to 1 (<c>loose_place</c> may be <c>-</c>: never merged).
    /// </summary>
    public static TypeCompatibility Load(string path, AcledCodebook codebook)
    {
        var table = TsvTable.Read(path, "a", "b", "margin", "loose_place", "why");
        var known = codebook.EventTypes.Concat(codebook.SubEventTypes.Select(s => s.SubEventType)).ToHashSet(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), CrossTypeWeights>();
        foreach (var row in table.Rows)
        {
            var a = Name(row, "a", known);
            var b = Name(row, "b", known);
            if (a == b)
            {
                throw row.Error($"'{a}' is paired with itself (a type is always compatible with itself)");
            }

            if (string.IsNullOrWhiteSpace(row["why"]))
            {
                throw row.Error("column 'why' is empty: say why the two types may describe one incident");
            }

            var weights = new CrossTypeWeights(Score(row, "margin"), OptionalScore(row, "loose_place"));
            if (!pairs.TryAdd((a, b), weights) || !pairs.TryAdd((b, a), weights))
            {
                throw row.Error($"the pair '{a}' / '{b}' is listed twice");
            }
        }

        return new TypeCompatibility(pairs.ToFrozenDictionary(), codebook);
    }

    private static double Score(TsvRow row, string column)
    {
        var value = row.Required(column);
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1
            ? score
            : throw row.Error($"column '{column}' is not a score from 0 to 1: '{value}'");
    }

    /// <summary>A margin, or null for '-' (the case never merges).</summary>
    private static double? OptionalScore(TsvRow row, string column) => row.Required(column) == "-" ? null : Score(row, column);

    private static string Name(TsvRow row, string column, HashSet<string> known)
    {
        var name = row.Required(column);
        var plover = name.All(c => c is >= 'A' and <= 'Z');
        return plover || known.Contains(name)
            ? name
            : throw row.Error($"column '{column}': '{name}' is neither an ACLED event or sub-event type of the codebook nor a PLOVER event");
    }

    /// <summary>
    /// The relation of two reports' types: ACLED types when both have one, else their PLOVER events (the events stage
    /// leaves the ACLED type empty when it cannot tell it). Different modalities are never compared here.
    /// </summary>
    public TypeRelation Relation(EventRecord a, EventRecord b) => Compare(a, b).Relation;

    /// <summary>
    /// The relation of two reports' types (<see cref="Relation"/>) and, for compatible ones, the weights of the most
    /// specific listed pair: sub-event types before a sub-event type and an event type, before two event types (an air
    /// strike and an attack on civilians may be listed apart from Explosions/Remote violence and Violence against civilians).
    /// </summary>
    public (TypeRelation Relation, CrossTypeWeights? Weights) Compare(EventRecord a, EventRecord b)
    {
        if (a.EventType is not null && b.EventType is not null)
        {
            if (a.EventType == b.EventType)
            {
                return (TypeRelation.Same, null);
            }

            var weights = Listed(a.SubEventType, b.SubEventType) ?? Listed(a.SubEventType, b.EventType)
                ?? Listed(a.EventType, b.SubEventType) ?? Listed(a.EventType, b.EventType);
            return weights is null ? (TypeRelation.Incompatible, null) : (TypeRelation.Compatible, weights);
        }

        if (a.PloverEvent == b.PloverEvent)
        {
            return (TypeRelation.Same, null);
        }

        return Listed(a.PloverEvent, b.PloverEvent) is { } plover ? (TypeRelation.Compatible, plover) : (TypeRelation.Incompatible, null);
    }

    /// <summary>
    /// The ACLED event types a fused event may have for a report of this type and sub-event type to join it: its own
    /// and every type holding a compatible type or sub-event type, in ordinal order (the store's candidate query).
    /// </summary>
    public IReadOnlyList<string> EventTypesFor(string eventType, string? subEventType)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal) { eventType };
        foreach (var (x, y) in _pairs.Keys)
        {
            if (x == eventType || (subEventType is not null && x == subEventType))
            {
                if (_eventTypeOfSubEvent.TryGetValue(y, out var parent))
                {
                    types.Add(parent);
                }
                else if (!IsPlover(y))
                {
                    types.Add(y);
                }
            }
        }

        return [.. types];
    }

    /// <summary>The PLOVER events a fused event may have for a report of this PLOVER event (and no ACLED type) to join it.</summary>
    public IReadOnlyList<string> PloverEventsFor(string ploverEvent)
    {
        var events = new SortedSet<string>(StringComparer.Ordinal) { ploverEvent };
        foreach (var (x, y) in _pairs.Keys)
        {
            if (x == ploverEvent && IsPlover(y))
            {
                events.Add(y);
            }
        }

        return [.. events];
    }

    private CrossTypeWeights? Listed(string? a, string? b) =>
        a is not null && b is not null && _pairs.TryGetValue((a, b), out var weights) ? weights : null;

    private static bool IsPlover(string name) => name.All(c => c is >= 'A' and <= 'Z');
}
