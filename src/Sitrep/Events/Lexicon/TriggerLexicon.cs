using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Actors;
using Sitrep.Common;

namespace Sitrep.Events.Lexicon;

/// <summary>A trigger word or phrase and how it may be coded; <see cref="AcledCandidates"/> are most likely first.</summary>
public sealed record Trigger(
    string Lemma,
    string PartOfSpeech,
    ImmutableArray<string> Forms,
    ImmutableArray<AcledSubEventType> AcledCandidates,
    string? PloverEvent,
    string? PloverMode,
    string? CameoCode,
    TriggerNeeds? Needs = null);

/// <summary>
/// Context a trigger needs before it counts: a word of the context-words <see cref="Kind"/> within
/// <see cref="Window"/> tokens either side of it (null: anywhere in its sentence). "sent a letter" is no deployment.
/// </summary>
public sealed record TriggerNeeds(string Kind, int? Window);

/// <summary>A weapon or method word that selects a sub-event type and a PLOVER mode (an empty mode: a look-alike).</summary>
public sealed record WeaponCue(string Form, AcledSubEventType? SubEventType, string PloverMode, int Priority)
{
    /// <summary>"gold mine": a phrase that contains a weapon word but names none; it only hides that word.</summary>
    public bool IsLookAlike => PloverMode.Length == 0;
}

/// <summary>A vague number word with ACLED's conservative figure (small scale) and its large-scale figure.</summary>
public sealed record FatalityWord(string Word, int Value, int Large, bool FromAcled);

/// <summary>
/// The event-trigger knowledge in <c>data/events/</c>: triggers, weapon cues, ACLED codebook, PLOVER events and
/// modes, fatality words. Loaded once and validated: every error names its file and line.
/// </summary>
public sealed class TriggerLexicon
{
    private static readonly Lazy<TriggerLexicon> _default = new(() => Load());

    private TriggerLexicon()
    {
    }

    public static TriggerLexicon Default => _default.Value;

    public required AcledCodebook Codebook { get; init; }

    /// <summary>PLOVER event -> its modes.</summary>
    public required FrozenDictionary<string, ImmutableArray<string>> Plover { get; init; }

    public required ImmutableArray<Trigger> Triggers { get; init; }

    /// <summary>Lower-case form ("shot down", "shelled") -> the triggers that list it.</summary>
    public required FrozenDictionary<string, ImmutableArray<Trigger>> TriggersByForm { get; init; }

    public required FrozenDictionary<string, WeaponCue> Cues { get; init; }

    public required FrozenDictionary<string, FatalityWord> FatalityWords { get; init; }

    /// <summary>Which trigger lemmas play which role in ACLED's coding hierarchy (hierarchy.tsv).</summary>
    public required TypingRoles Hierarchy { get; init; }

    /// <summary>
    /// Forms no row writes that the loader completed from a verb row's inflections ("condemned|condemns" gives
    /// "condemn", "condemning"): they count only where the tagger reads a verb ("the support of" is no praise).
    /// </summary>
    public required FrozenSet<string> GeneratedForms { get; init; }

    /// <summary>Verbs whose event their object decides ("lifted the curfew"; object_frames.tsv).</summary>
    public required ObjectFrames Frames { get; init; }

    /// <summary>Non-violent senses of violent trigger words ("fired his chief of staff"; figurative_senses.tsv).</summary>
    public required FigurativeSenses Senses { get; init; }

    /// <summary>The longest trigger or cue form in words, to bound phrase matching.</summary>
    public required int MaxFormWords { get; init; }

    public static TriggerLexicon Load(string? directory = null)
    {
        directory ??= DataFiles.PathOf("events");
        var codebook = AcledCodebook.Load(directory);

        var plover = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(Path.Combine(directory, "plover.tsv"), "event", "quad", "modes").Rows)
        {
            plover[row.Required("event")] = row.List("modes");
        }

        var triggers = ImmutableArray.CreateBuilder<Trigger>();
        var byForm = new Dictionary<string, List<Trigger>>(StringComparer.Ordinal);
        var generated = new HashSet<string>(StringComparer.Ordinal);
        var allWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(Path.Combine(directory, "triggers.tsv"), "lemma", "pos", "forms", "acled", "plover_event", "plover_mode", "cameo", "needs").Rows)
        {
            var candidates = row.List("acled").Select(c => SubEvent(codebook, row, c)).ToImmutableArray();
            var ploverEvent = Optional(row["plover_event"]);
            var mode = Optional(row["plover_mode"]);
            if (candidates.IsEmpty && (ploverEvent is null or "ASSAULT" || (ploverEvent == "PROTEST" && mode is not ("strike" or "boycott"))))
            {
                // Only statements and other non-ACLED PLOVER events may leave ACLED out; violence always has a type,
                // and so does a demonstration. A labour strike or a boycott is PLOVER PROTEST that ACLED records only
                // when people demonstrate (the march or rally is then an event of its own).
                throw row.Error("column 'acled' is empty: name at least one Event type/Sub-event type (or a non-violent PLOVER event for a statement)");
            }

            if (ploverEvent is not null && !plover.ContainsKey(ploverEvent))
            {
                throw row.Error($"unknown PLOVER event '{ploverEvent}' (see plover.tsv)");
            }

            if (mode is not null && (ploverEvent is null || !plover[ploverEvent].Contains(mode)))
            {
                throw row.Error($"PLOVER mode '{mode}' is not a mode of {ploverEvent ?? "(no event)"}");
            }

            var cameo = Optional(row["cameo"]);
            if (cameo is not null && (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit)))
            {
                throw row.Error($"CAMEO code '{cameo}' is not 2-4 digits");
            }

            var forms = row.List("forms").Select(ActorDictionary.Key).ToImmutableArray();
            if (forms.IsEmpty)
            {
                throw row.Error("column 'forms' is empty");
            }

            var written = forms;
            // Statement verbs only: an ACLED trigger's forms are curated for precision ("moving", "retreating" and
            // "pillaging" would add events the ACLED-style dev set does not have), a statement's for coverage.
            if (row["pos"] == "verb" && candidates.IsEmpty)
            {
                var completed = CompleteInflections(forms);
                generated.UnionWith(completed.Except(written).Where(f => !allWritten.Contains(f)));
                forms = completed;
            }

            allWritten.UnionWith(written);
            var trigger = new Trigger(row.Required("lemma"), row.Required("pos"), forms, candidates, ploverEvent, mode, cameo, Needs(row));
            triggers.Add(trigger);
            foreach (var form in forms)
            {
                if (!byForm.TryGetValue(form, out var list))
                {
                    byForm[form] = list = [];
                }

                list.Add(trigger);
            }
        }

        generated.ExceptWith(allWritten);
        var cues = new Dictionary<string, WeaponCue>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(Path.Combine(directory, "cues.tsv"), "forms", "sub_event_type", "plover_mode", "priority").Rows)
        {
            var sub = Optional(row["sub_event_type"]) is { } name
                ? codebook.Find(name) ?? throw row.Error($"unknown ACLED sub-event type '{name}' (see codebook.tsv)")
                : null;
            // A row with neither a sub-event type nor a mode names a phrase that only looks like a weapon ("gold mine").
            var mode = row["plover_mode"];
            if (mode.Length == 0 ? sub is not null : !plover["ASSAULT"].Contains(mode))
            {
                throw row.Error(mode.Length == 0 ? "column 'plover_mode' is empty: only a row with no sub_event_type (a look-alike) may leave it out" : $"'{mode}' is not a PLOVER ASSAULT mode");
            }

            var priority = row.OptionalInt("priority") ?? throw row.Error("column 'priority' is empty");
            foreach (var form in row.List("forms"))
            {
                if (!cues.TryAdd(ActorDictionary.Key(form), new WeaponCue(ActorDictionary.Key(form), sub, mode, priority)))
                {
                    throw row.Error($"cue '{form}' is listed twice");
                }
            }
        }

        var fatalities = new Dictionary<string, FatalityWord>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(Path.Combine(directory, "fatality_words.tsv"), "word", "value", "large", "basis").Rows)
        {
            var value = row.OptionalInt("value") ?? throw row.Error("column 'value' is empty");
            var large = row.OptionalInt("large") ?? value;
            if (value < 0 || large < value)
            {
                throw row.Error($"figures {value}/{large}: need 0 <= value <= large");
            }

            if (row["basis"] is not ("acled" or "project"))
            {
                throw row.Error($"basis '{row["basis"]}' must be acled or project");
            }

            fatalities[ActorDictionary.Key(row.Required("word"))] = new FatalityWord(row["word"], value, large, row["basis"] == "acled");
        }

        var hierarchy = TypingRoles.Load(Path.Combine(directory, "hierarchy.tsv"), triggers.Select(t => t.Lemma).ToHashSet(StringComparer.Ordinal));
        var maxWords = byForm.Keys.Concat(cues.Keys).Max(k => k.Count(c => c == ' ') + 1);
        return new TriggerLexicon
        {
            Codebook = codebook,
            Plover = plover.ToFrozenDictionary(StringComparer.Ordinal),
            Triggers = triggers.ToImmutable(),
            TriggersByForm = byForm.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            Cues = cues.ToFrozenDictionary(StringComparer.Ordinal),
            FatalityWords = fatalities.ToFrozenDictionary(StringComparer.Ordinal),
            Hierarchy = hierarchy,
            GeneratedForms = generated.ToFrozenSet(StringComparer.Ordinal),
            Frames = ObjectFrames.Load(Path.Combine(directory, "object_frames.tsv"), plover,
                triggers.Where(t => !t.AcledCandidates.IsEmpty).GroupBy(t => t.Lemma, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().AcledCandidates, StringComparer.Ordinal)),
            Senses = FigurativeSenses.Load(Path.Combine(directory, "figurative_senses.tsv"), triggers.Select(t => t.Lemma).ToHashSet(StringComparer.Ordinal)),
            MaxFormWords = maxWords,
        };
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    /// <summary>
    /// A verb row's forms with the missing regular inflections of each verb it lists at least two forms of: a base
    /// whose -s/-ed/-ing forms (<see cref="Dictionaries.VerbDictionary.Inflect"/>, PETRARCH's rules) include two of
    /// the row's first words with the same rest ("called for", "calls for") is surely the verb, so "call for" and
    /// "calling for" are added. One written form alone is no evidence ("bars" is no form of "bar" to add).
    /// </summary>
    internal static ImmutableArray<string> CompleteInflections(ImmutableArray<string> forms)
    {
        var result = new List<string>(forms);
        var present = new HashSet<string>(forms, StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var space = form.IndexOf(' ', StringComparison.Ordinal);
            var (head, rest) = space < 0 ? (form, "") : (form[..space], form[space..]);
            foreach (var stem in Bases(head))
            {
                var inflections = Dictionaries.VerbDictionary.Inflect(stem).Distinct(StringComparer.Ordinal).ToList();
                if (inflections.Count(w => present.Contains(w + rest)) < 2)
                {
                    continue;
                }

                foreach (var w in inflections)
                {
                    if (present.Add(w + rest))
                    {
                        result.Add(w + rest);
                    }
                }
            }
        }

        return [.. result];
    }

    /// <summary>The base forms a regular inflection may come from: "praised" -> praise, prais; "stabbed" -> stab.</summary>
    private static IEnumerable<string> Bases(string word)
    {
        yield return word;
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        if (word.EndsWith("ied", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield return word[..^1];
            yield return word[..^3]; // stabbed
        }
        else if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return word[..^3] + "e";
            yield return word[..^4]; // stabbing
        }
    }

    /// <summary>The optional <c>needs</c> column: a context-words kind, optionally "/N" for a window of N tokens.</summary>
    private static TriggerNeeds? Needs(TsvRow row)
    {
        if (Optional(row["needs"]) is not { } value)
        {
            return null;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var kind = slash < 0 ? value : value[..slash];
        if (!ContextWords.IsKind(kind))
        {
            throw row.Error($"needs '{kind}' is no kind of context_words.tsv");
        }

        if (slash < 0)
        {
            return new TriggerNeeds(kind, null);
        }

        if (!int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var window) || window is < 1 or > 40)
        {
            throw row.Error($"needs '{value}': the window after '/' must be a number of tokens from 1 to 40");
        }

        return new TriggerNeeds(kind, window);
    }

    /// <summary>"Explosions/Remote violence/Air/drone strike": both names contain '/', so match the event type first.</summary>
    private static AcledSubEventType SubEvent(AcledCodebook codebook, TsvRow row, string pair)
    {
        foreach (var eventType in codebook.EventTypes)
        {
            if (pair.StartsWith(eventType + "/", StringComparison.Ordinal))
            {
                var name = pair[(eventType.Length + 1)..];
                var sub = codebook.Find(name);
                if (sub is not null && sub.EventType == eventType)
                {
                    return sub;
                }

                throw row.Error(string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a sub-event type of {eventType} (see codebook.tsv)"));
            }
        }

        throw row.Error($"'{pair}' does not start with an ACLED event type ({string.Join(", ", codebook.EventTypes)})");
    }
}
