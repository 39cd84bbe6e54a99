using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 14: one incident typed alike whichever way an outlet phrases it (an anaphoric strike as the subject of its
/// toll, fighting named "confrontations"), the agent of an event noun, and aims that are no acts. The reports are
/// written for these tests (not gold items).
/// </summary>
public class TypeAgreementTests
{
    private static readonly DateOnly _published = new(2024, 7, 23);

    private static List<EventAnnotation> All(string text) => [.. EventsTestSupport.Events(text, _published).Events];

    private static List<EventAnnotation> Acled(string text) => [.. All(text).Where(e => e.Acled is not null)];

    [Theory]
    [InlineData("The Israeli strikes on Hodeidah on Saturday killed six people and wounded more than 80, officials said.")]
    [InlineData("Firefighters in Hodeidah put out the blaze at the oil terminal on Tuesday, three days after the Israeli strikes that killed six people.")]
    public void Detect_TheStrikesKilled_RemoteViolenceNotAnAttackOnCivilians(string text)
    {
        // "the strikes" is anaphoric, so "killed" anchors the event, but the strikes still tell how the six died.
        var e = Assert.Single(Acled(text));
        Assert.Equal("Explosions/Remote violence", e.Acled!.EventType);
    }

    [Fact]
    public void Detect_OpenedIntensiveFireWithArtillery_Shelling()
    {
        // "opened fire" with an adjective inside it is still the lexicon's form, typed by its weapon.
        var e = Assert.Single(Acled("On Tuesday, the armed forces of Azerbaijan opened intensive fire with artillery at Armenian positions near Jermuk."));
        Assert.Equal("Shelling/artillery/missile attack", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_ArrestOnChargesLinkedToTheKilling_StillAnArrest()
    {
        // An anaphoric event noun in another role (what the charges concern) tells nothing of how the arrest was made.
        var e = Assert.Single(Acled("Police in Dhaka arrested a former minister on Wednesday on charges linked to the killing of protesters, officials said."));
        Assert.Equal("Arrests", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_DeadAfterConfrontationsBetweenCells_ArmedClash()
    {
        var e = Assert.Single(Acled("The security cabinet reports six people dead after confrontations between criminal cells in Culiacan on 15 July."));
        Assert.Equal("Armed clash", e.Acled!.SubEventType);
        Assert.Equal(6, e.Fatalities);
    }

    [Fact]
    public void Detect_PoliticalConfrontation_NoAcledEvent()
    {
        Assert.Empty(Acled("The confrontation between the president and parliament deepened in Lima on Monday."));
    }

    [Fact]
    public void Detect_CondemnsTheAttackByArmedElements_AgentOfTheNounNotTheCondemner()
    {
        var events = All("MINUSCA condemns the attack by armed elements on the village of Benzambe, Ouham prefecture, on 19 May, "
            + "which cost the lives of at least four civilians.");

        var attack = Assert.Single(events, e => e.Acled is not null);
        Assert.StartsWith("Unidentified Armed Group", attack.Actor1?.Name, StringComparison.Ordinal);
        Assert.DoesNotContain("MINUSCA", attack.Actor2?.Name ?? "", StringComparison.Ordinal);
        // "by armed elements" belongs to "the attack": the condemnation stays MINUSCA's.
        var condemnation = Assert.Single(events, e => e.PloverEvent == "ACCUSE");
        Assert.StartsWith("MINUSCA", condemnation.Actor1?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AnyCompanyThatHelpsBuildABase_NoAssertedEvent()
    {
        // The relative clause of a noun taken generically is no one's act in particular.
        Assert.DoesNotContain(Acled("Al-Shabaab said on Sunday it would target any company that helps build a new military base in Baidoa."),
            e => e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_SoldiersRepelledAnAttackByMilitants_SoldiersStayTheTarget()
    {
        // The subject of a verb that takes part in the fighting is a party; only a speaker of the attack is dropped.
        var e = Assert.Single(Acled("Soldiers repelled an attack by JNIM militants on their base in Diapaga, Burkina Faso, on Thursday, the army said."));
        Assert.StartsWith("JNIM", e.Actor1?.Name, StringComparison.Ordinal);
        Assert.Equal("BFA", e.Actor2?.CountryIso3);
        Assert.Equal("MIL", e.Actor2?.Sector);
    }

    [Fact]
    public void Detect_TwoStatesExchangedPrisoners_EachIsAParty()
    {
        var e = Assert.Single(Acled("Russia and Ukraine exchanged 150 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates."));
        Assert.Equal("RUS", e.Actor1?.CountryIso3);
        Assert.Equal("UKR", e.Actor2?.CountryIso3);
    }

    [Fact]
    public void Detect_PromisedActToStopTheWar_NoEventForTheAim()
    {
        Assert.Empty(All("We will continue to act with all our partners to stop this war."));
    }

    [Fact]
    public void Detect_SummonedTheAmbassadorToComplain_TheComplaintIsCoded()
    {
        // A done act's purpose may be all the sentence codes.
        Assert.Contains(All("On Tuesday, the Nigerian junior foreign minister summoned Niger's ambassador to complain of inaction over the gangs."),
            e => e.PloverEvent == "ACCUSE");
    }
}
