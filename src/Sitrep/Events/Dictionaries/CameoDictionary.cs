namespace Sitrep.Events.Dictionaries;

/// <summary>How a verb dictionary joins the trigger lexicon.</summary>
public enum DictionaryMode
{
    /// <summary>The lexicon codes; the dictionary's patterns refine its CAMEO codes and add PLOVER-coded verbs it lacks.</summary>
    Additional,

    /// <summary>CAMEO codes come from the dictionary alone (as PETRARCH codes): lexicon events it does not code have none.</summary>
    Alternative,
}

/// <summary>A verb dictionary with its actors and agents, the CAMEO-to-PLOVER map, and how it joins the lexicon.</summary>
public sealed record CameoDictionary(VerbPatternCoder Coder, CameoPloverMap Plover, DictionaryMode Mode)
{
    private static readonly Lazy<CameoDictionary> _default = new(() => Load(DefaultVerbFiles, null, null, DictionaryMode.Additional));

    /// <summary>
    /// The default verb files: PETRARCH-2's CAMEO 2.0 verb patterns (Phoenix), unchanged, and the project's supplement
    /// of phrasings they lack (data/events/cameo_verbs.supplement.txt), read as one dictionary.
    /// </summary>
    public static IReadOnlyList<string> DefaultVerbFiles =>
        [Sitrep.Common.DataFiles.PathOf("events/cameo_verbs.phoenix.txt"), Sitrep.Common.DataFiles.PathOf("events/cameo_verbs.supplement.txt")];

    /// <summary>The default: the CAMEO verb patterns of <see cref="DefaultVerbFiles"/> beside the trigger lexicon.</summary>
    public static CameoDictionary Default => _default.Value;

    /// <summary>
    /// Loads a PETRARCH/TABARI verb dictionary with optional actor and agent dictionaries (then a verb needs an
    /// actor of theirs in its clause, as PETRARCH codes actor-verb-actor triples).
    /// </summary>
    public static CameoDictionary Load(string verbsPath, string? actorsPath, string? agentsPath, DictionaryMode mode) =>
        Load([verbsPath], actorsPath, agentsPath, mode);

    /// <summary>As <see cref="Load(string, string?, string?, DictionaryMode)"/>, with several verb files read as one (<see cref="VerbDictionary.Load(IReadOnlyList{string})"/>).</summary>
    public static CameoDictionary Load(IReadOnlyList<string> verbPaths, string? actorsPath, string? agentsPath, DictionaryMode mode)
    {
        var actors = actorsPath is null ? null : CodedPhraseDictionary.LoadActors(actorsPath);
        var agents = agentsPath is null ? null : CodedPhraseDictionary.LoadAgents(agentsPath);
        return new CameoDictionary(new VerbPatternCoder(VerbDictionary.Load(verbPaths), actors, agents, requireActor: actors is not null || agents is not null), CameoPloverMap.Default, mode);
    }
}
