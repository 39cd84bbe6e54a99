using System.Collections.Frozen;
using Sitrep.Common;

namespace Sitrep.Events;

/// <summary>The word lists of <c>data/events/context_words.tsv</c>, by role.</summary>
public sealed class ContextWords
{
    private static readonly string[] _kinds =
    [
        "verb_only", "force_words", "negation", "hypothetical", "future", "historical", "fatality_cues", "injury_cues",
        "person_nouns", "civilian_nouns", "release_objects", "anaphora", "clause_breakers", "background_markers",
        "circumstance_markers", "habitual", "report_negation", "irrealis_governors", "crowd_words", "riot_setting", "protester_words",
        "new_incident_markers", "years_after", "consequence_lemmas", "aftermath_lemmas", "future_after_noun", "generic_agents", "subordinators", "report_verbs", "light_verbs", "obligation", "threat_conditions", "protest_purposes",
        "duration_nouns", "support_markers", "time_units", "launch_objects", "response_markers", "earlier_markers", "tally_subjects", "accusation", "repetition_quantifiers", "quantity_heads",
        "day_names", "infinitive_governors", "force_kind_heads", "locatives", "place_prepositions",
        "non_combat_objects", "flight_verbs", "accident_cues", "captive_nouns", "forced_recruitment", "victim_words", "seizure_verbs", "preparation", "dispatch_verbs", "military_targets", "combatant_nouns", "reflexives",
        "complement_governors", "infinitive_nouns", "degree_verbs", "reflexive_no_act", "generic_determiners",
        "killing_verbs", "passive_auxiliaries", "subset_markers", "retrospective_adjectives", "series_nouns", "additive_adverbs",
        "demonstrator_agents", "mutual_prepositions", "contrast_markers", "group_anaphors", "continuation_verbs", "end_conditions",
        "scene_nouns", "claim_verbs", "claim_objects", "blame_verbs", "period_nouns", "setting_prepositions", "judicial_verbs", "judicial_passives",
        "judicial_speakers", "earlier_occasions", "occasion_markers", "person_killing_verbs", "generic_pronouns", "danger_verbs", "munition_heads", "division_words", "tally_markers",
        "place_heads", "condemnation_verbs", "statement_acts", "guard_verbs", "span_prepositions", "span_nouns", "recent_prepositions", "recent_words", "ranking_words",
        "depiction_verbs", "depiction_openers", "deadline_verbs", "purpose_verbs", "holder_participles", "cue_qualifiers", "speaker_pronouns",
        "year_span_openers", "year_span_joiners", "documentation_verbs", "burnable_property", "speaker_possessives",
    ];

    private static readonly Lazy<ContextWords> _default = new(() => Load(DataFiles.PathOf("events/context_words.tsv")));

    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;

    private ContextWords(FrozenDictionary<string, FrozenSet<string>> sets) => _sets = sets;

    public static ContextWords Default => _default.Value;

    /// <summary>Whether a word-list kind exists (triggers.tsv's <c>needs</c> column names one).</summary>
    public static bool IsKind(string kind) => _kinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>The words of one kind, by its name in the data file.</summary>
    public FrozenSet<string> Of(string kind) => _sets[kind];

    public FrozenSet<string> VerbOnly => _sets["verb_only"];

    public FrozenSet<string> ForceWords => _sets["force_words"];

    public FrozenSet<string> Negation => _sets["negation"];

    public FrozenSet<string> Hypothetical => _sets["hypothetical"];

    public FrozenSet<string> Future => _sets["future"];

    public FrozenSet<string> Historical => _sets["historical"];

    public FrozenSet<string> FatalityCues => _sets["fatality_cues"];

    public FrozenSet<string> InjuryCues => _sets["injury_cues"];

    public FrozenSet<string> PersonNouns => _sets["person_nouns"];

    /// <summary>Nouns of one combatant, in the singular ("gunman", "terrorist", "sniper").</summary>
    public FrozenSet<string> CombatantNouns => _sets["combatant_nouns"];

    /// <summary>Verbs that tell a killing without a fatality word ("lynched three men", "beheaded four villagers"):
    /// fatality cues for the figures only, not for the checks that read bare death words.</summary>
    public FrozenSet<string> KillingVerbs => _sets["killing_verbs"];

    /// <summary>Killing words of communiques ("neutralised") that count a toll only when their figure counts people.</summary>
    public FrozenSet<string> PersonKillingVerbs => _sets["person_killing_verbs"];

    /// <summary>Auxiliaries that make a fatality cue passive ("12 people were killed"): its victims stand before it.</summary>
    public FrozenSet<string> PassiveAuxiliaries => _sets["passive_auxiliaries"];

    /// <summary>Words that name a part of a toll inside it ("10 people, including two police officers").</summary>
    public FrozenSet<string> SubsetMarkers => _sets["subset_markers"];

    public FrozenSet<string> CivilianNouns => _sets["civilian_nouns"];

    public FrozenSet<string> ReleaseObjects => _sets["release_objects"];

    public FrozenSet<string> Anaphora => _sets["anaphora"];

    public FrozenSet<string> ClauseBreakers => _sets["clause_breakers"];

    public FrozenSet<string> BackgroundMarkers => _sets["background_markers"];

    public FrozenSet<string> CircumstanceMarkers => _sets["circumstance_markers"];

    public FrozenSet<string> Habitual => _sets["habitual"];

    public FrozenSet<string> ReportNegation => _sets["report_negation"];

    public FrozenSet<string> IrrealisGovernors => _sets["irrealis_governors"];

    public FrozenSet<string> CrowdWords => _sets["crowd_words"];

    public FrozenSet<string> ProtesterWords => _sets["protester_words"];

    public FrozenSet<string> NewIncidentMarkers => _sets["new_incident_markers"];

    public FrozenSet<string> YearsAfter => _sets["years_after"];

    public FrozenSet<string> ConsequenceLemmas => _sets["consequence_lemmas"];

    public FrozenSet<string> AftermathLemmas => _sets["aftermath_lemmas"];

    public FrozenSet<string> FutureAfterNoun => _sets["future_after_noun"];

    public FrozenSet<string> GenericAgents => _sets["generic_agents"];

    public FrozenSet<string> Subordinators => _sets["subordinators"];

    /// <summary>The word after "as" ("as of", "as at") after which a time dates a tally or report, not an event.</summary>
    public FrozenSet<string> TallyMarkers => _sets["tally_markers"];

    public FrozenSet<string> ReportVerbs => _sets["report_verbs"];

    public FrozenSet<string> LightVerbs => _sets["light_verbs"];

    public FrozenSet<string> Obligation => _sets["obligation"];

    public FrozenSet<string> ThreatConditions => _sets["threat_conditions"];

    public FrozenSet<string> ProtestPurposes => _sets["protest_purposes"];

    public FrozenSet<string> DurationNouns => _sets["duration_nouns"];

    public FrozenSet<string> SupportMarkers => _sets["support_markers"];

    public FrozenSet<string> TimeUnits => _sets["time_units"];

    public FrozenSet<string> ResponseMarkers => _sets["response_markers"];

    public FrozenSet<string> EarlierMarkers => _sets["earlier_markers"];

    public FrozenSet<string> DayNames => _sets["day_names"];

    public FrozenSet<string> Locatives => _sets["locatives"];

    public FrozenSet<string> PlacePrepositions => _sets["place_prepositions"];

    public FrozenSet<string> ForceKindHeads => _sets["force_kind_heads"];

    public FrozenSet<string> InfinitiveGoverners => _sets["infinitive_governors"];

    public FrozenSet<string> TallySubjects => _sets["tally_subjects"];

    public FrozenSet<string> Accusation => _sets["accusation"];

    public FrozenSet<string> RepetitionQuantifiers => _sets["repetition_quantifiers"];

    public FrozenSet<string> RetrospectiveAdjectives => _sets["retrospective_adjectives"];

    /// <summary>Plural periods that "previous"/"earlier" turn into other occasions than the news ("On previous nights").</summary>
    public FrozenSet<string> EarlierOccasions => _sets["earlier_occasions"];

    /// <summary>Words that, right before an earlier occasion ("previous nights", "earlier occasions"), date an act back.</summary>
    public FrozenSet<string> OccasionMarkers => _sets["occasion_markers"];

    public FrozenSet<string> SeriesNouns => _sets["series_nouns"];

    public FrozenSet<string> AdditiveAdverbs => _sets["additive_adverbs"];

    public FrozenSet<string> QuantityHeads => _sets["quantity_heads"];

    public FrozenSet<string> NonCombatObjects => _sets["non_combat_objects"];

    public FrozenSet<string> FlightVerbs => _sets["flight_verbs"];

    public FrozenSet<string> AccidentCues => _sets["accident_cues"];

    public FrozenSet<string> CaptiveNouns => _sets["captive_nouns"];

    public FrozenSet<string> ForcedRecruitment => _sets["forced_recruitment"];

    public FrozenSet<string> VictimWords => _sets["victim_words"];

    public static ContextWords Load(string path)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var table = TsvTable.Read(path, "kind", "forms");
        foreach (var row in table.Rows)
        {
            var kind = row.Required("kind");
            if (!_kinds.Contains(kind))
            {
                throw row.Error($"unknown kind '{kind}' (expected one of {string.Join(", ", _kinds)})");
            }

            if (!sets.TryGetValue(kind, out var set))
            {
                sets[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var form in row.List("forms"))
            {
                if (form.Contains(' ', StringComparison.Ordinal))
                {
                    throw row.Error($"'{form}' has a space: context words are single tokens");
                }

                set.Add(form.ToLowerInvariant());
            }
        }

        foreach (var kind in _kinds)
        {
            if (!sets.ContainsKey(kind))
            {
                throw new DataFileException(Path.GetFileName(path), 1, $"no row of kind '{kind}'");
            }
        }

        return new ContextWords(sets.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
