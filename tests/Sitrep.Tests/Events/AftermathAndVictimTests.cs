using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 11 mechanisms: the aftermath of a violent incident (deployments, flights, withdrawals) is no strategic
/// development of its own; a nation's people as targets are its civilians; generic agents and planned events are not
/// events that happened; another armed perpetrator in a later sentence is another incident; the source a report is
/// attributed to is no party. The reports are written for these tests (not gold items).
/// </summary>
public class AftermathAndVictimTests
{
    private static readonly DateOnly _published = new(2025, 6, 12);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("Reinforcements were sent from the regional capital.")]
    [InlineData("Survivors fled to the nearby town of Bunia.")]
    [InlineData("Soldiers and police were deployed to search nearby forests.")]
    public void Merge_AftermathAfterViolentIncident_OnlyTheIncident(string aftermath)
    {
        var events = Asserted("Gunmen attacked a village near Beni in North Kivu on Tuesday, killing 14 civilians, a local official said. " + aftermath);

        var only = Assert.Single(events);
        Assert.Equal("Violence against civilians", only.Acled!.EventType);
    }

    [Fact]
    public void Merge_CountedDeploymentAfterIncident_StaysAnEvent()
    {
        var events = Asserted("Russian forces shelled Kherson on Monday, killing two civilians, the governor said. "
            + "Separately, Moscow sent 3,000 more troops to the Kursk region on Monday, officials said.");

        Assert.Contains(events, e => e.Acled!.SubEventType == "Change to group/activity");
    }

    [Theory]
    [InlineData("An Israeli air strike hit a tent camp in Khan Younis on Saturday, killing at least 20 Palestinians, medics said.")]
    [InlineData("Israeli forces arrested 25 Palestinians in overnight raids in Jenin on Thursday, a prisoners' group said.")]
    public void Detect_NationalsAsTargets_AreThatNationsCivilians(string text)
    {
        var e = Assert.Single(Asserted(text));

        Assert.Equal("Civilians (Palestine)", e.Actor2?.Name);
        Assert.Equal("CVL", e.Actor2?.Sector);
    }

    [Theory]
    [InlineData("The president said on Monday: \"We will defend ourselves, including against these North Koreans.\"")]
    [InlineData("The president said Ukraine would defend itself against the North Koreans.")]
    public void Detect_NationalsNamedWithoutViolenceDoneToThem_NotCivilians(string text)
    {
        var events = EventsTestSupport.Events(text, _published).Events;

        Assert.DoesNotContain(events, e => e.Actor2?.Name?.StartsWith("Civilians", StringComparison.Ordinal) == true);
        // Defending oneself is no aid between two actors (the verb's object is its own subject).
        Assert.DoesNotContain(events, e => e.PloverEvent == "AID");
    }

    [Fact]
    public void Detect_GenericAgentAndPlannedProtest_NoAssertedEvent()
    {
        var events = Asserted("The minister said police would deploy 10,000 officers in Nairobi ahead of protests planned for next Monday. "
            + "He warned that anyone who attacked police stations would be shot.");

        Assert.Empty(events);
    }

    [Fact]
    public void Merge_SameTypeByAnotherArmedPerpetratorInLaterSentence_TwoEvents()
    {
        var events = Asserted("Israeli settlers attacked residents of a village near Ramallah with stones on Wednesday, wounding four, medics said. "
            + "When Israeli soldiers arrived, they fired at Palestinians who confronted the settlers, killing three.");

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Actor1?.Sector == "MIL" && e.Actor2?.Name == "Civilians (Palestine)");
    }

    [Fact]
    public void Detect_AttributedSourceAfterComma_IsNoParty()
    {
        var e = Assert.Single(Asserted("A mob beat a trader to death at a market in Sokoto on Saturday, police said."));

        Assert.NotEqual("COP", e.Actor2?.Sector);
    }

    [Fact]
    public void Detect_CountryAfterPlacePrepositionWithModifier_IsNoParty()
    {
        var e = Assert.Single(Asserted("An Israeli drone strike hit a car on a road in southern Lebanon on Tuesday, killing two men, the health ministry said."));

        Assert.NotEqual("MIL", e.Actor2?.Sector);
    }
}
