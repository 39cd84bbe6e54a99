namespace Sitrep.Actors;

/// <summary>ACLED's actor types (inter codes 1-8). The numeric values are ACLED's codes.</summary>
public enum ActorInter
{
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalOtherForces = 8,
}

/// <summary>
/// A reading of a PLOVER/ACLED sector code as a kind of actor: the state's organs (military, government, police,
/// intelligence, judiciary, legislature) are state forces; rebels, unidentified armed forces and criminal groups are
/// militias; every other sector (civilians, UN bodies, NGOs, media, churches, businesses) is civilian. Shared by the
/// actor resolver (an agent noun's inter code) and the claims detector (the side a claimant is on). It is not the only
/// reading of sectors: ActorDictionary gives groups.phoenix.tsv's REB groups RebelGroup (this gives PoliticalMilitia),
/// and ClaimEnricher keeps its own list of the sectors that speak for the article's country.
/// </summary>
public static class SectorInter
{
    public static ActorInter Of(string? sector) => sector switch
    {
        "MIL" or "COP" or "GOV" or "SPY" or "JUD" or "LEG" => ActorInter.StateForces,
        "REB" or "UAF" or "CRM" => ActorInter.PoliticalMilitia,
        _ => ActorInter.Civilians,
    };
}

/// <summary>ACLED's text labels for <see cref="ActorInter"/>, as in the current codebook and API.</summary>
public static class ActorInterLabels
{
    private static readonly string[] _labels =
    [
        "", "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians",
        "External/Other forces",
    ];

    public static string Label(this ActorInter inter) => _labels[(int)inter];

    public static bool TryParse(string label, out ActorInter inter)
    {
        for (var i = 1; i < _labels.Length; i++)
        {
            if (string.Equals(_labels[i], label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                inter = (ActorInter)i;
                return true;
            }
        }

        inter = default;
        return false;
    }
}

/// <summary>
/// An actor as the contract's ACTOR: <paramref name="Name"/> follows ACLED's conventions
/// ("Military Forces of Russia (2000-)", "Civilians (Ukraine)"), <paramref name="Sector"/> is PLOVER's
/// (GOV, MIL, COP, REB, CVL, UAF, PRE, ...; null for a country named as a whole), <paramref name="Text"/> is the
/// words in the article.
/// </summary>
public sealed record Actor(string Name, string? CountryIso3, string? Sector, ActorInter? Inter, string Text)
{
    public string? InterLabel => Inter?.Label();
}
