namespace Sitrep.Actors;

/// <summary>ACLED's rule: state forces acting outside their home state are External/Other forces (inter 8).</summary>
public static class ExternalForces
{
    /// <summary>
    /// Returns the actor with inter External/Other forces when it is a state force of another country than the
    /// event's (Ukrainian forces in Kursk, North Korean troops in Russia); otherwise the actor unchanged.
    /// </summary>
    public static Actor ForEventCountry(Actor actor, string? eventCountryIso3)
    {
        if (actor.Inter == ActorInter.StateForces
            && actor.CountryIso3 is { } home
            && eventCountryIso3 is { Length: > 0 } here
            && !string.Equals(home, here, StringComparison.OrdinalIgnoreCase))
        {
            return actor with { Inter = ActorInter.ExternalOtherForces };
        }

        return actor;
    }
}
