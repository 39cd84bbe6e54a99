using Sitrep.Actors;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 26 readings of fresh text about who did it: a speaker's possessive ("the army said its troops ...", context_words
/// speaker_possessives) makes the reported actor the speaker's own force or the speaking group; a passive clause's
/// "in a gunfight with security forces" names the side that fought; a country-less weapon ("drones") leaves the
/// perpetrator open for a blame told in the next sentence; an event with no place of its own in a one-country article
/// takes that country for its unqualified actors. Each reading has a contrast it must leave alone. The reports are
/// written for these tests (not gold items).
/// </summary>
public class SpeakersOwnAndArticleCountryTests
{
    private static readonly DateOnly _published = new(2026, 11, 20);

    private static EventAnnotation Single(string text) =>
        Assert.Single(EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null));

    [Theory]
    [InlineData("The Sudanese army said on Monday its troops had repelled an attack on a base near El Obeid, killing dozens of fighters.", "Military Forces of Sudan")]
    [InlineData("The Israeli military said its aircraft had struck a weapons depot in southern Lebanon on Thursday.", "Military Forces of Israel")]
    [InlineData("Al-Shabaab said on Wednesday its fighters had ambushed a convoy near Afgoye in Somalia, killing five soldiers.", "Al Shabaab")]
    public void Detect_SpeakersPossessive_TheSpeakersOwnForce(string text, string actor1Start)
    {
        Assert.StartsWith(actor1Start, Single(text).Actor1?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_PossessiveOfACivilianSpeaker_NotTheSpeaker()
    {
        var actor = Single("Villagers said their militia had ambushed a patrol near Dinsor in Somalia on Friday.").Actor1;

        Assert.False(actor?.Inter == ActorInter.Civilians, actor?.Name);
    }

    [Theory]
    [InlineData("Three militants were killed in an overnight gunfight with soldiers in Kupwara district of Kashmir, a police officer told reporters.", "Military Forces of India")]
    [InlineData("Ten insurgents were killed in a clash with soldiers in Borno state's Konduga area on Tuesday, officials said.", "Military Forces of Nigeria")]
    public void Detect_KilledInAFightWithASide_ThatSideIsActor1(string text, string actor1Start)
    {
        Assert.StartsWith(actor1Start, Single(text).Actor1?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_KilledWithoutAFight_NoActor1FromWith()
    {
        Assert.Null(Single("Two traders were killed with machetes in a market in Beni on Monday, residents said.").Actor1);
    }

    [Fact]
    public void Detect_CountrylessDronesThenBlame_TheBlamedSideIsActor1()
    {
        var e = EventsTestSupport.Events("Drones struck an ammunition depot and a power station in Kassala on Thursday, residents said.\n\n"
            + "The army blamed the Rapid Support Forces for the strikes. The RSF did not comment.", _published).Events
            .First(e => e.Modality == EventModality.Asserted && e.Acled is { EventType: "Explosions/Remote violence" });

        Assert.Equal("Rapid Support Forces", e.Actor1?.Name);
    }

    [Fact]
    public void Detect_BlameWithANegationThatDeniesNoClaim_TheBlamedSideIsActor1()
    {
        var e = EventsTestSupport.Events("Drones hit a fuel depot in Kosti on Saturday, residents said.\n\n"
            + "The army blamed the Rapid Support Forces for the raid, which has not disrupted supplies according to officials.", _published).Events
            .First(e => e.Modality == EventModality.Asserted && e.Acled is { EventType: "Explosions/Remote violence" });

        Assert.Equal("Rapid Support Forces", e.Actor1?.Name);
    }

    [Fact]
    public void Detect_NoPlaceInAOneCountryArticle_ActorsOfThatCountry()
    {
        var events = EventsTestSupport.Events("MANDALAY, Myanmar (Example Wire) — Resistance fighters seized the town of Mogok on Friday.\n\n"
            + "Residents said soldiers had shot dead four villagers on the outskirts of the town.", _published).Events;

        var shooting = events.First(e => e.Modality == EventModality.Asserted && e.Acled is { EventType: "Violence against civilians" });
        Assert.Equal("MMR", shooting.Actor1?.CountryIso3);
        Assert.Equal("MMR", shooting.Actor2?.CountryIso3);
    }
}
