using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Common;

namespace Sitrep.Events.Lexicon;

/// <summary>One of ACLED's 25 sub-event types; <see cref="Order"/> is its place in the hierarchy (1 = highest).</summary>
public sealed record AcledSubEventType(
    int Order,
    string EventType,
    string SubEventType,
    string DisorderType,
    bool PoliticalViolence,
    bool OrganizedPoliticalViolence,
    bool Disorder,
    bool Demonstrations,
    string Definition);

public sealed record AcledInteraction(int Code, string Label);

/// <summary>ACLED's categories, actor types and interaction codes from <c>data/events/</c>.</summary>
public sealed class AcledCodebook
{
    private AcledCodebook(
        ImmutableArray<AcledSubEventType> subEventTypes,
        FrozenDictionary<int, string> interLabels,
        FrozenDictionary<int, AcledInteraction> interactions)
    {
        SubEventTypes = subEventTypes;
        InterLabels = interLabels;
        Interactions = interactions;
        EventTypes = [.. subEventTypes.Select(s => s.EventType).Distinct()];
        _bySubEvent = subEventTypes.ToFrozenDictionary(s => s.SubEventType, StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, AcledSubEventType> _bySubEvent;

    /// <summary>In hierarchy order.</summary>
    public ImmutableArray<AcledSubEventType> SubEventTypes { get; }

    public ImmutableArray<string> EventTypes { get; }

    public FrozenDictionary<int, string> InterLabels { get; }

    public FrozenDictionary<int, AcledInteraction> Interactions { get; }

    public AcledSubEventType? Find(string subEventType) => _bySubEvent.GetValueOrDefault(subEventType);

    /// <summary>The interaction of two actor types, lowest code first; a one-sided event passes null.</summary>
    public AcledInteraction Interaction(ActorInter first, ActorInter? second)
    {
        var a = (int)first;
        var b = second is { } s ? (int)s : 0;
        var code = b == 0 ? a * 10 : Math.Min(a, b) * 10 + Math.Max(a, b);
        return Interactions[code];
    }

    public static AcledCodebook Load(string directory)
    {
        var subEvents = ImmutableArray.CreateBuilder<AcledSubEventType>();
        var table = TsvTable.Read(Path.Combine(directory, "codebook.tsv"), "order", "event_type", "sub_event_type", "disorder_type", "pv", "opv", "dis", "dem", "definition");
        foreach (var row in table.Rows)
        {
            bool Flag(string column) => row.OptionalInt(column) switch
            {
                0 => false,
                1 => true,
                _ => throw row.Error($"column '{column}' must be 0 or 1"),
            };

            var order = row.OptionalInt("order") ?? throw row.Error("column 'order' is empty");
            if (order != subEvents.Count + 1)
            {
                throw row.Error($"hierarchy order {order} out of sequence (expected {subEvents.Count + 1})");
            }

            subEvents.Add(new AcledSubEventType(order, row.Required("event_type"), row.Required("sub_event_type"), row.Required("disorder_type"), Flag("pv"), Flag("opv"), Flag("dis"), Flag("dem"), row.Required("definition")));
        }

        if (subEvents.Count != 25 || subEvents.Select(s => s.EventType).Distinct().Count() != 6)
        {
            throw new DataFileException("codebook.tsv", table.Rows.LastOrDefault()?.Line ?? 1, $"ACLED has 6 event types and 25 sub-event types; found {subEvents.Select(s => s.EventType).Distinct().Count()} and {subEvents.Count}");
        }

        var inters = new Dictionary<int, string>();
        foreach (var row in TsvTable.Read(Path.Combine(directory, "inter_codes.tsv"), "code", "label").Rows)
        {
            var code = row.OptionalInt("code") ?? throw row.Error("column 'code' is empty");
            if (!ActorInterLabels.TryParse(row.Required("label"), out var inter) || (int)inter != code)
            {
                throw row.Error($"inter code {code} '{row["label"]}' does not match ACLED's label for {code}");
            }

            inters[code] = row["label"];
        }

        var interactions = new Dictionary<int, AcledInteraction>();
        foreach (var row in TsvTable.Read(Path.Combine(directory, "interaction_codes.tsv"), "code", "label").Rows)
        {
            var code = row.OptionalInt("code") ?? throw row.Error("column 'code' is empty");
            if (code / 10 is < 1 or > 8 || code % 10 > 8 || (code % 10 != 0 && code % 10 < code / 10))
            {
                throw row.Error($"interaction code {code} is not two inter codes, lowest first");
            }

            interactions[code] = new AcledInteraction(code, row.Required("label"));
        }

        return new AcledCodebook(subEvents.ToImmutable(), inters.ToFrozenDictionary(), interactions.ToFrozenDictionary());
    }
}
