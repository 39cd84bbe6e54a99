using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Language;

/// <summary>Entity types, with the names used in output (OntoNotes-style, plus MILITARY_UNIT).</summary>
public enum EntityType : byte
{
    Person,
    Org,
    Gpe,
    Loc,
    Facility,
    MilitaryUnit,
    Norp,
    Date,
    Cardinal,
    Quantity,
}

public static class EntityTypeNames
{
    /// <summary>The output name of a type: PERSON, ORG, GPE, LOC, FACILITY, MILITARY_UNIT, NORP, DATE, CARDINAL, QUANTITY.</summary>
    public static string Name(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Facility => "FACILITY",
        EntityType.MilitaryUnit => "MILITARY_UNIT",
        EntityType.Norp => "NORP",
        EntityType.Date => "DATE",
        EntityType.Cardinal => "CARDINAL",
        _ => "QUANTITY",
    };
}

/// <summary>How a mention refers to its entity: by name, by a description ("the president"), or by a pronoun.</summary>
public enum MentionKind : byte
{
    Name,
    Nominal,
    Pronoun,
}

/// <summary>One mention: where it is, and how it names the entity.</summary>
public readonly record struct Mention(TextSpan Span, MentionKind Kind);

/// <summary>
/// An entity of one article with all the mentions that refer to it. <see cref="Name"/> is the fullest name the
/// article gives ("Volodymyr Zelenskyy"); <see cref="Title"/>, <see cref="Affiliation"/> and
/// <see cref="Country"/> (ISO 3166-1 alpha-3) are filled only when the text says them. <see cref="Value"/> is the
/// number a CARDINAL or QUANTITY stands for ("dozens" = 12), with <see cref="Approximate"/> when hedged.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? Title,
    string? Affiliation,
    string? Country,
    ImmutableArray<Mention> Mentions)
{
    public double? Value { get; init; }

    public bool Approximate { get; init; }

    /// <summary>The mentions' spans, in text order.</summary>
    public ImmutableArray<TextSpan> Spans => [.. Mentions.Select(m => m.Span)];
}

/// <summary>The language layer: one UPOS tag per token of the text layer, and the article's entities.</summary>
public sealed record LanguageLayer(ImmutableArray<Upos> Tags, ImmutableArray<Entity> Entities)
{
    /// <summary>The entity a span (exactly a mention of it) belongs to, or null.</summary>
    public Entity? EntityAt(TextSpan span) => Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span == span));

    /// <summary>The entity with a mention covering this offset, or null.</summary>
    public Entity? EntityCovering(int offset) => Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Contains(offset)));
}
