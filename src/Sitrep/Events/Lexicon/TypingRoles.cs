using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Events.Lexicon;

/// <summary>
/// The roles trigger lemmas play in ACLED's coding hierarchy (<c>data/events/hierarchy.tsv</c>): the order of the
/// typing checks is code, which lemmas each check reads is data. Every lemma must be a trigger lemma.
/// </summary>
public sealed class TypingRoles
{
    private static readonly string[] _roles =
    [
        "coup", "disrupted", "weapon_destroyers", "regain", "capture", "capture_in_battle", "battle", "riot_property",
        "riot_people", "protest", "force_on_protesters", "crowd_control", "firearms", "gunfire", "intervention",
        "demonstration_violence", "arrest", "arrest_excluded", "remote_generic", "remote_noun", "violent", "vac_specific",
        "vac_attack", "lethal", "property", "accidental", "person_capture", "recruitment", "gunshots", "unnamed_blasts",
        "reciprocal", "crowd_fighting", "riot_named", "riot_setting_acts", "counted_by_person",
    ];

    private readonly FrozenDictionary<string, ImmutableArray<string>> _lists;
    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;

    private TypingRoles(Dictionary<string, ImmutableArray<string>> lists)
    {
        _lists = lists.ToFrozenDictionary(StringComparer.Ordinal);
        _sets = lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The lemmas of a role, as a set.</summary>
    public FrozenSet<string> this[string role] => _sets.TryGetValue(role, out var set) ? set : throw new ArgumentException($"unknown typing role '{role}'", nameof(role));

    /// <summary>The lemmas of a role in file order (for roles where the first present wins).</summary>
    public ImmutableArray<string> Ordered(string role) => _lists.TryGetValue(role, out var list) ? list : throw new ArgumentException($"unknown typing role '{role}'", nameof(role));

    /// <summary>Reads the roles and checks every lemma against the triggers' lemmas; errors name the file and line.</summary>
    public static TypingRoles Load(string path, IReadOnlySet<string> triggerLemmas)
    {
        ArgumentNullException.ThrowIfNull(triggerLemmas);
        var lists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(path, "role", "lemmas").Rows)
        {
            var role = row.Required("role");
            if (!_roles.Contains(role))
            {
                throw row.Error($"unknown role '{role}' (expected one of {string.Join(", ", _roles)})");
            }

            if (lists.ContainsKey(role))
            {
                throw row.Error($"role '{role}' is listed twice");
            }

            var lemmas = row.List("lemmas");
            if (lemmas.IsEmpty)
            {
                throw row.Error("column 'lemmas' is empty");
            }

            foreach (var lemma in lemmas)
            {
                if (!triggerLemmas.Contains(lemma))
                {
                    throw row.Error($"'{lemma}' is not a trigger lemma of triggers.tsv");
                }
            }

            lists[role] = lemmas;
        }

        foreach (var role in _roles)
        {
            if (!lists.ContainsKey(role))
            {
                throw new DataFileException(Path.GetFileName(path), 1, $"no row for role '{role}'");
            }
        }

        return new TypingRoles(lists);
    }
}
