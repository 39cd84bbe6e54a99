using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Common;

namespace Sitrep.Events.Lexicon;

/// <summary>
/// A verb whose event its object decides (object_frames.tsv): "lifted the curfew" is a concession, not a curfew;
/// "halted the offensive" a de-escalation, not an offensive. <see cref="Trigger"/> is the event it makes: no ACLED type,
/// unless the frame is named after a trigger lemma that has one ("took its crew hostage" is the lemma abduct, an abduction).
/// </summary>
public sealed record ObjectFrame(Trigger Trigger, ImmutableArray<string[]> Verbs, ImmutableArray<string[]> Nouns, ImmutableArray<string[]> Objects);

/// <summary>The object frames of <c>data/events/object_frames.tsv</c>, in file order (the first that matches wins).</summary>
public sealed class ObjectFrames
{
    private ObjectFrames(ImmutableArray<ObjectFrame> frames)
    {
        Frames = frames;
        // Speed only: a token starts a frame only if it is the first word of one of its verb or noun forms.
        FirstWords = frames.SelectMany(f => f.Verbs.Concat(f.Nouns)).Select(w => w[0]).ToFrozenSet(StringComparer.Ordinal);
        MaxObjectWords = frames.SelectMany(f => f.Objects).Select(o => o.Length).DefaultIfEmpty(1).Max();
    }

    public ImmutableArray<ObjectFrame> Frames { get; }

    /// <summary>The first word of every verb and noun form.</summary>
    public FrozenSet<string> FirstWords { get; }

    public int MaxObjectWords { get; }

    /// <param name="path">The object_frames.tsv file.</param>
    /// <param name="plover">PLOVER events and their modes, to check each row's.</param>
    /// <param name="acledByLemma">
    /// The ACLED sub-event types of triggers.tsv lemmas: a frame named after one codes them too (its object, split off
    /// the verb, is what the contiguous form "took hostage" has next to it).
    /// </param>
    public static ObjectFrames Load(string path, IReadOnlyDictionary<string, ImmutableArray<string>> plover, IReadOnlyDictionary<string, ImmutableArray<AcledSubEventType>> acledByLemma)
    {
        var frames = ImmutableArray.CreateBuilder<ObjectFrame>();
        foreach (var row in TsvTable.Read(path, "name", "verbs", "nouns", "objects", "plover_event", "plover_mode", "cameo").Rows)
        {
            var ploverEvent = row.Required("plover_event");
            if (!plover.TryGetValue(ploverEvent, out var modes))
            {
                throw row.Error($"unknown PLOVER event '{ploverEvent}' (see plover.tsv)");
            }

            var mode = row["plover_mode"].Length == 0 ? null : row["plover_mode"];
            if (mode is not null && !modes.Contains(mode))
            {
                throw row.Error($"PLOVER mode '{mode}' is not a mode of {ploverEvent}");
            }

            var cameo = row.Required("cameo");
            if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit))
            {
                throw row.Error($"CAMEO code '{cameo}' is not 2-4 digits");
            }

            static ImmutableArray<string[]> Phrases(TsvRow row, string column) =>
                [.. row.List(column).Select(ActorDictionary.Key).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
            var verbs = Phrases(row, "verbs");
            var objects = Phrases(row, "objects");
            if (verbs.IsEmpty || objects.IsEmpty)
            {
                throw row.Error("columns 'verbs' and 'objects' must both list forms");
            }

            var name = row.Required("name");
            var forms = verbs.Select(v => string.Join(' ', v)).ToImmutableArray();
            var acled = acledByLemma.TryGetValue(name, out var types) ? types : [];
            frames.Add(new ObjectFrame(new Trigger(name, "verb", forms, acled, ploverEvent, mode, cameo), verbs, Phrases(row, "nouns"), objects));
        }

        return new ObjectFrames(frames.ToImmutable());
    }
}
