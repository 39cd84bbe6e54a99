using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>One thing read from the input: an article ready to analyse, or an input rejected with its reason.</summary>
public abstract record ReadItem(string Origin);

/// <summary>
/// An article read from some input. <see cref="Text"/> is what will be analysed; <see cref="TextIsDerived"/>
/// is true when it differs from the bytes received (HTML extracted, normalised), so output echoes it back.
/// </summary>
public sealed record ArticleInput(string Origin, string Id, string Text, ArticleMetadata Metadata, bool TextIsDerived, IReadOnlyList<string> Warnings)
    : ReadItem(Origin)
{
    public Document ToDocument() => new Document(Id, Text, Metadata).WithWarnings(Warnings);
}

/// <summary>An input that could not be read as an article; the batch goes on without it.</summary>
public sealed record InputRejection(string Origin, string Reason) : ReadItem(Origin)
{
    public override string ToString() => $"{Origin}: {Reason}";
}
