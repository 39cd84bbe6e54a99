using System.Collections.Immutable;

namespace Sitrep.Documents;

/// <summary>
/// One article: its unchanged text, its metadata, and the annotation layers that pipeline stages have added.
/// A document is immutable; a stage returns a new document with its own layer added. Layers are keyed by
/// type, so a stage reads what earlier stages produced without reaching into their internals.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, object> _layers;

    public Document(string id, string text, ArticleMetadata metadata)
        : this(id, text, metadata, ImmutableDictionary<Type, object>.Empty, [])
    {
    }

    private Document(string id, string text, ArticleMetadata metadata, ImmutableDictionary<Type, object> layers, ImmutableArray<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata;
        _layers = layers;
        Warnings = warnings;
    }

    public string Id { get; }

    /// <summary>The article text. Never changes after the document is created; all offsets point into it.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>Problems found while analysing (unresolved places, dates...), each a stable code and a detail.</summary>
    public ImmutableArray<string> Warnings { get; }

    public bool Has<TLayer>() where TLayer : class => _layers.ContainsKey(typeof(TLayer));

    /// <summary>The layer a previous stage produced. Throws if no stage produced it: the pipeline checks this at start-up.</summary>
    public TLayer Get<TLayer>() where TLayer : class =>
        _layers.TryGetValue(typeof(TLayer), out var layer)
            ? (TLayer)layer
            : throw new InvalidOperationException($"Layer {typeof(TLayer).Name} has not been produced for document {Id}.");

    public TLayer? Find<TLayer>() where TLayer : class =>
        _layers.TryGetValue(typeof(TLayer), out var layer) ? (TLayer)layer : null;

    /// <summary>A new document with one more layer. A layer is written once: stages add, they never overwrite.</summary>
    public Document With<TLayer>(TLayer layer) where TLayer : class
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (_layers.ContainsKey(typeof(TLayer)))
        {
            throw new InvalidOperationException($"Layer {typeof(TLayer).Name} was already produced for document {Id}.");
        }

        return new Document(Id, Text, Metadata, _layers.Add(typeof(TLayer), layer), Warnings);
    }

    public Document WithWarnings(IEnumerable<string> warnings) =>
        new(Id, Text, Metadata, _layers, Warnings.AddRange(warnings));

    public string this[TextSpan span] => span.Slice(Text);
}
