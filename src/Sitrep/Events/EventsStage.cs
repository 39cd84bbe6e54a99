using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Gate;
using Sitrep.Events.Lexicon;
using Sitrep.Language;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>The "events" stage: candidate events per sentence, merged into one event per incident.</summary>
public sealed class EventsStage : IStage
{
    private readonly EventDetector _detector;
    private readonly Lazy<CameoDictionary?> _dictionary;

    /// <summary>
    /// The default stage: the Phoenix verb dictionary (400 KB of patterns) is read when the first document is coded,
    /// so building a pipeline that never codes (serve start-up, a CLI command that only lists) does not pay for it.
    /// </summary>
    public EventsStage()
    {
        _dictionary = new Lazy<CameoDictionary?>(() => CameoDictionary.Default, LazyThreadSafetyMode.ExecutionAndPublication);
        _detector = new EventDetector(TriggerLexicon.Default, ContextWords.Default, ActorResolver.Default, _dictionary);
    }

    /// <summary>The events stage with a PETRARCH/TABARI verb dictionary beside (or instead of) the lexicon's CAMEO codes.</summary>
    public EventsStage(CameoDictionary? dictionary)
        : this(TriggerLexicon.Default, ContextWords.Default, ActorResolver.Default, dictionary)
    {
    }

    public EventsStage(TriggerLexicon lexicon, ContextWords words, ActorResolver actors, CameoDictionary? dictionary = null)
    {
        _dictionary = new Lazy<CameoDictionary?>(dictionary);
        _detector = new EventDetector(lexicon, words, actors, _dictionary);
    }

    /// <summary>
    /// The learned gate that drops reported incidents it scores as look-alikes (<see cref="EventGate"/>), or null: the
    /// rules' events as they are. The default stage gates only when <see cref="EventGate.OnByDefault"/>.
    /// </summary>
    public EventGate? Gate { get; init; } = EventGate.OnByDefault ? EventGate.Default : null;

    /// <summary>The verb dictionary the stage codes with, if any (reading it if it has not been read yet).</summary>
    public CameoDictionary? Dictionary => _dictionary.Value;

    /// <summary>Whether the verb dictionary has been read (the default stage reads it on its first document).</summary>
    public bool DictionaryLoaded => _dictionary.IsValueCreated;

    public string Name => "events";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TextLayer), typeof(LanguageLayer), typeof(PlacesLayer), typeof(TimeLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(EventsLayer)];

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Get<TextLayer>();
        var leadEnd = text.Paragraphs.IsEmpty ? document.Text.Length : text.Paragraphs[0].End;
        var events = IncidentMerger.Merge(document.Id, _detector.Detect(document), leadEnd);
        events = Gate is null ? events : Gate.Filter(document, events);
        var warnings = events.SelectMany(e => e.Warnings.Select(w => $"{e.Id}: {w}"));
        return document.With(new EventsLayer(events)).WithWarnings(warnings);
    }
}
