using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Events.Lexicon;

/// <summary>Where the words of a figurative sense stand relative to its trigger.</summary>
public enum SenseRole
{
    /// <summary>The head noun of the noun phrase right after the trigger ("fired his chief of staff").</summary>
    Object,

    /// <summary>The head noun right before the trigger, across auxiliaries ("the film had been shot").</summary>
    Subject,

    /// <summary>Anywhere in the trigger's sentence ("the striker fired twice").</summary>
    Sentence,

    /// <summary>The trigger stands inside one of the row's phrases: a compound or idiom it is only part of ("a strike
    /// price", "an arrest warrant", "summoned the ambassador in protest", "towns under blockade").</summary>
    Phrase,

    /// <summary>The head of a "by" or "from" phrase right after the trigger: who does it ("attacks by the press",
    /// "came under attack from critics").</summary>
    Agent,

    /// <summary>Like <see cref="Phrase"/>, but the trigger keeps its PLOVER/CAMEO reading as a statement with no ACLED
    /// type: "recalled its ambassador in protest" is dissent (PLOVER PROTEST), no demonstration.</summary>
    Statement,
}

/// <summary>
/// A non-violent sense of violent trigger words: its name, the trigger lemmas it reads, where and which words; a sentence
/// sense may also list phrases of several tokens ("blank rounds", where "blank" alone is also "point blank range").
/// </summary>
public sealed record FigurativeSense(string Sense, FrozenSet<string> Lemmas, SenseRole Role, FrozenSet<string> Words)
{
    /// <summary>The sense's phrases of several tokens, each split into its tokens (sentence role only).</summary>
    public ImmutableArray<string[]> Phrases { get; init; } = [];
}

/// <summary>
/// The figurative senses of <c>data/events/figurative_senses.tsv</c>, by trigger lemma: "fired his chief of staff" is a
/// dismissal, "shot a music video" filming, "the striker fired twice" sport, none an event.
/// </summary>
public sealed class FigurativeSenses
{
    private readonly FrozenDictionary<string, ImmutableArray<FigurativeSense>> _byLemma;

    private FigurativeSenses(ImmutableArray<FigurativeSense> senses)
    {
        All = senses;
        _byLemma = senses.SelectMany(s => s.Lemmas.Select(l => (Lemma: l, Sense: s)))
            .GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Sense).ToImmutableArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<FigurativeSense> All { get; }

    /// <summary>The senses that read a trigger lemma (none for most).</summary>
    public ImmutableArray<FigurativeSense> Of(string lemma) => _byLemma.TryGetValue(lemma, out var senses) ? senses : [];

    /// <summary>Reads the senses and checks every lemma against the triggers' lemmas; errors name the file and line.</summary>
    public static FigurativeSenses Load(string path, IReadOnlySet<string> triggerLemmas)
    {
        ArgumentNullException.ThrowIfNull(triggerLemmas);
        var senses = ImmutableArray.CreateBuilder<FigurativeSense>();
        foreach (var row in TsvTable.Read(path, "sense", "lemmas", "role", "words").Rows)
        {
            var lemmas = row.List("lemmas");
            foreach (var lemma in lemmas)
            {
                if (!triggerLemmas.Contains(lemma))
                {
                    throw row.Error($"'{lemma}' is no trigger lemma of triggers.tsv");
                }
            }

            var role = row.Required("role") switch
            {
                "object" => SenseRole.Object,
                "subject" => SenseRole.Subject,
                "sentence" => SenseRole.Sentence,
                "phrase" => SenseRole.Phrase,
                "agent" => SenseRole.Agent,
                "statement" => SenseRole.Statement,
                var other => throw row.Error($"unknown role '{other}' (expected object, subject, sentence, phrase, agent or statement)"),
            };
            var words = row.List("words");
            if (lemmas.IsEmpty || words.IsEmpty)
            {
                throw row.Error("columns 'lemmas' and 'words' must both list forms");
            }

            // Only a sentence sense reads phrases: an object, subject or agent is one head noun. A phrase sense reads
            // phrases only: the trigger is one of their tokens.
            if (role is not (SenseRole.Sentence or SenseRole.Phrase or SenseRole.Statement) && words.FirstOrDefault(w => w.Contains(' ', StringComparison.Ordinal)) is { } spaced)
            {
                throw row.Error($"'{spaced}' has a space: the words of an object, subject or agent sense are single tokens");
            }

            if (role is SenseRole.Phrase or SenseRole.Statement && words.FirstOrDefault(w => !w.Contains(' ', StringComparison.Ordinal)) is { } single)
            {
                throw row.Error($"'{single}' is one token: a phrase sense lists phrases of several tokens, one of them the trigger");
            }

            var lower = words.Select(w => w.ToLowerInvariant()).ToList();
            senses.Add(new FigurativeSense(
                row.Required("sense"),
                lemmas.ToFrozenSet(StringComparer.Ordinal),
                role,
                lower.Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal))
            {
                Phrases = [.. lower.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries))],
            });
        }

        return new FigurativeSenses(senses.ToImmutable());
    }
}
