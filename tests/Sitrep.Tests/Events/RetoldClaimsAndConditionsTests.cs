using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 17 over-generation and argument mechanisms on fresh held-out phrasings: a spokesman's "the group had fired"
/// retelling the report's incident, event nouns that go on ahead ("its attacks would continue") or are taken
/// generically ("ready for any attack"), places inside "until ..." clauses, a trigger's last word read into its object
/// ("shot dead four workers") and a town's name containing a country's ("Port of Spain"). The reports are written for
/// these tests (not gold items).
/// </summary>
public class RetoldClaimsAndConditionsTests
{
    private static readonly DateOnly _published = new(2025, 5, 2);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Fact]
    public void Detect_SpokesmanRetellsItsGroupsLaunch_JoinsTheInterception()
    {
        var events = Asserted("The Israeli military said it intercepted a missile launched from Yemen on Thursday morning. "
            + "There were no reports of injuries. The Houthis' military spokesman said the group had fired a hypersonic missile at an airport.");

        var only = Assert.Single(events);
        Assert.Equal("Disrupted weapons use", only.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_GroupActFirstToldWithoutASpeaker_StaysAnEvent()
    {
        // No report verb before "the group had fired": the sentence tells the act itself, it retells nothing.
        var events = Asserted("On Thursday the group had fired rockets at a border village near Metula before dawn.");

        Assert.Single(events);
    }

    [Theory]
    [InlineData("The movement's spokesman said its attacks would continue until the blockade was lifted.")]
    [InlineData("Officials warned that more strikes could follow.")]
    public void Detect_EventNounThatGoesOnAhead_NoAssertedEvent(string text)
    {
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void Detect_AttacksThatContinuedWithoutAModal_StayAnEvent()
    {
        Assert.Single(Asserted("Attacks on the town of Kadugli continued on Monday, killing four civilians, residents said."));
    }

    [Fact]
    public void Detect_EventNounTakenGenerically_NoAssertedEvent()
    {
        Assert.Empty(Asserted("The army said on Thursday it was ready for any attack on the capital."));
    }

    [Fact]
    public void Detect_RepelledAttack_StaysAnEvent()
    {
        Assert.Single(Asserted("The army said it had repelled an attack on its base near Tillia on Thursday, killing five assailants."));
    }

    [Fact]
    public void Detect_PlaceInAnUntilClause_IsNotTheEventsPlace()
    {
        var e = Assert.Single(Asserted("Rebels fired rockets at an army convoy on Thursday and said they would keep up the pressure until the army left Gao."));

        Assert.NotEqual("Gao", e.Place?.Place?.Name);
    }

    [Fact]
    public void Detect_PlaceAfterUntilWithoutAVerb_StaysTheEventsPlace()
    {
        var e = Assert.Single(Asserted("Soldiers and rebels fought until dawn in Gao on Thursday, residents said."));

        Assert.Equal("Gao", e.Place?.Place?.Name);
    }

    [Fact]
    public void Detect_ObjectAfterShotDead_IsTheVictims()
    {
        var e = Assert.Single(Asserted("Gunmen shot dead four Chinese workers at a gold mine near Bozoum on Thursday, the mayor said."));

        Assert.Equal("CHN", e.Actor2?.CountryIso3);
        Assert.Equal("Attack", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_CountryInsideATownsName_IsNoActor()
    {
        var e = Assert.Single(Asserted("Gunmen attacked a bar east of Port of Spain on Thursday night, police said."));

        Assert.NotEqual("ESP", e.Actor2?.CountryIso3);
    }
}
