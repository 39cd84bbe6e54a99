using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Shared by the place tests: where the event a trigger word names is located, as the events stage asks it.</summary>
internal static class EventLocating
{
    private static readonly PlacesStage _stage = new();

    /// <summary>The location <see cref="EventLocator"/> chooses for the event whose trigger is the first <paramref name="trigger"/> in <paramref name="text"/>.</summary>
    public static EventLocation Locate(string text, string trigger)
    {
        var doc = _stage.Run(TestText.Document(text));
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        var sentence = doc.Get<TextLayer>().Sentences.First(s => s.Span.Contains(start));
        return EventLocator.Choose(doc, sentence, new TextSpan(start, start + trigger.Length));
    }
}
