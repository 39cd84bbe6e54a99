using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Actors;

namespace Sitrep.Claims;

/// <summary>
/// The other names of a named armed group, from the actor dictionaries (data/actors, read through
/// <see cref="ActorResolver"/>): a stance by "the ELN" answers a claim about "the National Liberation Army".
/// Thread-safe and immutable once built.
/// </summary>
public sealed class PartyAliases
{
    private static readonly Lazy<PartyAliases> _default = new(() => new PartyAliases(ActorResolver.Default));

    private readonly ActorResolver _resolver;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _aliasesByName;

    public PartyAliases(ActorResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolver = resolver;
        var byName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (alias, entries) in resolver.Dictionary.Groups)
        {
            foreach (var entry in entries.Where(e => e.Kind == GroupKind.Group))
            {
                if (!byName.TryGetValue(entry.Name, out var aliases))
                {
                    byName[entry.Name] = aliases = new HashSet<string>(StringComparer.Ordinal);
                }

                // Acronyms ("eln", "rsf") are the point; one- and two-letter keys would match too much.
                if (alias.Length >= 3)
                {
                    aliases.Add(alias);
                }
            }
        }

        _aliasesByName = byName.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    public static PartyAliases Default => _default.Value;

    /// <summary>The lower-case names (from the dictionary) of the group a phrase names, or none when it names no known group.</summary>
    public ImmutableArray<string> Of(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var resolution = _resolver.Resolve(phrase);
        return resolution is { IsResolved: true, Actor.Name: { } name } && _aliasesByName.TryGetValue(name, out var aliases) ? aliases : [];
    }

    /// <summary>Whether <paramref name="text"/> names the group <paramref name="phrase"/> names, under any of its names (whole words, case-insensitive).</summary>
    public bool Mentions(string phrase, ReadOnlySpan<char> text)
    {
        foreach (var alias in Of(phrase))
        {
            if (ContainsWord(text, alias))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
