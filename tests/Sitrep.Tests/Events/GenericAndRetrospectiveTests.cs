using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 15b over-generation mechanisms: acts named in general (a bare plural subject of a present perfect), acts
/// dated back by their means ("in earlier strikes"), tolls over a series of operations, and references back to
/// something that is no event. Each has a contrast the mechanism must leave alone. The reports are written for these
/// tests (fictional, not gold items).
/// </summary>
public class GenericAndRetrospectiveTests
{
    private static readonly DateOnly _published = new(2025, 6, 12);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Fact]
    public void Detect_BarePluralSubjectOfPresentPerfect_OnlyTheIncident()
    {
        var events = Asserted("Gunmen ambushed a minibus near Douentza in Mali's Mopti region on Sunday, killing six passengers, a local official said. "
            + "Attacks on the roads of the Segou region have multiplied since the group began blockading the town of Niono.");

        Assert.Equal(6, Assert.Single(events).Fatalities);
    }

    [Fact]
    public void Detect_ActDestroyedInEarlierStrikes_NoAssertedEvent()
    {
        Assert.Empty(Asserted("Rescuers recovered nine bodies on Monday from the rubble of houses in Khan Younis destroyed in earlier strikes, the civil defence said."));
    }

    [Fact]
    public void Detect_EarlierAsAdverbOfTheDay_StillTheEvent()
    {
        // "earlier on Monday" dates the act to the report's day: no earlier incident is named.
        var events = Asserted("Gunmen attacked the village of Kadisau in Zamfara state earlier on Monday, killing four farmers, police said.");

        Assert.Single(events);
    }

    [Fact]
    public void Detect_TollOverASeriesOfOperations_NoAssertedEvent()
    {
        Assert.Empty(Asserted("The army said on Monday it had killed 80 militants in a series of operations in the north of the country."));
    }

    [Fact]
    public void Detect_AccusedOfASpateOfRobberies_StillTheEvent()
    {
        // "of a spate of" names the charge against the victims, not a series the act is counted over.
        var events = Asserted("Residents of a township near Durban beat to death two men they accused of a spate of burglaries on Sunday, police said.");

        Assert.Single(events);
    }

    [Fact]
    public void Detect_WithdrawalRetoldAfterBackgroundPullOut_OnlyTheTakeover()
    {
        var events = Asserted("Rebel fighters moved into the town of Bulo Burte on Tuesday without a fight, a day after government troops pulled out, residents said. "
            + "The army said the withdrawal was tactical.");

        Assert.Single(events);
    }

    [Fact]
    public void Detect_VictimsOfATallyRetold_NoAssertedEvent()
    {
        Assert.Empty(Asserted("At least 900 people have been killed in Sinaloa since rival factions began fighting last year, prosecutors said on Tuesday. "
            + "Most of the victims were shot in Culiacan."));
    }

    [Fact]
    public void Detect_DefiniteEventNounInTheFirstSentence_StillTheEvent()
    {
        // A report may open with "the attack": in its first sentence that is the news, not a reference back.
        var events = Asserted("The attack on a market in Maiduguri on Friday killed 12 people, police said.");

        Assert.Equal(12, Assert.Single(events).Fatalities);
    }
}
