using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 25 readings of fresh text: a "by" phrase after a holder participle (context_words holder_participles) names
/// who holds a place, not the event's agent; two sides named after "between ... and ..." are the event's two actors;
/// a cue qualifier (context_words cue_qualifiers: "explosive-laden") gives way to the weapon cue it qualifies. Each
/// reading has a contrast it must leave alone. Also: a phrase inside a report verb's subject ("an official at the
/// defence ministry said") is no party, and a speaker that is the pronoun subject of its reported clause ("the army said
/// it had repelled an attack by ...") takes part in the event noun. The reports are written for these tests (not gold items).
/// </summary>
public class HolderSidesAndCarrierTests
{
    private static readonly DateOnly _published = new(2026, 11, 20);

    private static EventAnnotation Single(string text) =>
        Assert.Single(EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null));

    [Fact]
    public void Detect_GroupNameReadAsAForeignTown_LendsNoCountryToTheOtherSide()
    {
        // "Fano" is also a town in Italy: read as the event's place inside the militia's name, it must not make the
        // soldiers Italy's once the place is set aside.
        var e = Single("Fano militiamen fought federal soldiers for hours on Monday, residents said.");

        Assert.Equal("Fano Militia", e.Actor1?.Name);
        Assert.NotEqual("ITA", e.Actor2?.CountryIso3);
        Assert.Null(e.Place);
    }

    [Fact]
    public void Detect_ByPhraseAfterHolderParticiple_SubjectStaysActor1()
    {
        var e = Single("Government jets bombed a fuel depot in Kidal, a town controlled by separatist rebels, on Monday.");

        Assert.Equal("MIL", e.Actor1?.Sector);
        Assert.Null(e.Actor2);
    }

    [Fact]
    public void Detect_ByPhraseOfThePassiveTrigger_IsActor1()
    {
        Assert.Equal("Al Shabaab", Single("The convoy was ambushed near Afgoye by Al Shabaab militants on Tuesday.").Actor1?.Name);
    }

    [Fact]
    public void Detect_TwoSidesBetween_AreActor1AndActor2()
    {
        var e = Single("Heavy clashes erupted on Saturday between Houthi fighters and government troops near Marib in Yemen.");

        Assert.Equal("Houthi Movement", e.Actor1?.Name);
        Assert.Equal("MIL", e.Actor2?.Sector);
    }

    [Fact]
    public void Detect_QualifiedCarrierIsAWeapon_CarrierSetsTheSubEvent()
    {
        Assert.Equal("Air/drone strike",
            Single("Militants attacked an army post with explosive-laden drones in northern Burkina Faso on Friday.").Acled!.SubEventType);
    }

    [Fact]
    public void Detect_QualifiedCarrierIsNoWeapon_QualifierSetsTheSubEvent()
    {
        Assert.Equal("Remote explosive/landmine/IED",
            Single("An explosives-laden car blew up outside a police station in Mogadishu on Monday, killing three officers.").Acled!.SubEventType);
    }

    [Fact]
    public void Detect_PlaceOfTheSourceBeforeAReportVerb_IsNoParty()
    {
        var e = Single("A drone strike hit a wedding party in Marib on Saturday, and an official at the Yemeni defence ministry said nine guests were killed.");

        Assert.Equal("Civilians (Yemen)", e.Actor2?.Name);
    }

    [Fact]
    public void Detect_SpeakerIsThePronounSubject_SpeakerIsTheOtherSide()
    {
        var e = Single("Mali's army said on Monday it had repelled an attack by JNIM fighters on a base near Boulkessi, killing dozens of militants.");

        Assert.Equal("MIL", e.Actor2?.Sector);
        Assert.Equal("MLI", e.Actor2?.CountryIso3);
    }
}
