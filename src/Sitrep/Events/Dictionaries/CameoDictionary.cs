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
    private static readonly Lazy<CameoDictionary> _default = new(() =>
        Load(Sitrep.Common.DataFiles.PathOf("events/cameo_verbs.phoenix.txt"), null, null, DictionaryMode.Additional));

    /// <summary>The default: PETRARCH-2's CAMEO 2.0 verb patterns (Phoenix) beside the trigger lexicon.</summary>
    public static CameoDictionary Default => _default.Value;

    /// <summary>
    /// Loads a PETRARCH/TABARI verb dictionary with optional actor and agent dictionaries (then a verb needs an
    /// actor of theirs in its clause, as PETRARCH codes actor-verb-actor triples).
    /// </summary>
    public static CameoDictionary Load(string verbsPath, string? actorsPath, string? agentsPath, DictionaryMode mode)
    {
        var actors = actorsPath is null ? null : CodedPhraseDictionary.LoadActors(actorsPath);
        var agents = agentsPath is null ? null : CodedPhraseDictionary.LoadAgents(agentsPath);
        return new CameoDictionary(new VerbPatternCoder(VerbDictionary.Load(verbsPath), actors, agents, requireActor: actors is not null || agents is not null), CameoPloverMap.Default, mode);
    }
}
