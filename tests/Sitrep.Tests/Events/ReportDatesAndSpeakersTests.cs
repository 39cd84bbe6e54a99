using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 13 dating and argument mechanisms: the date of a cited earlier report, a day told as a distance from another
/// ("three days after"), a place named as a source of information, and dictionary verbs whose object is the event or
/// their own subject. The reports are written for these tests (not gold items).
/// </summary>
public class ReportDatesAndSpeakersTests
{
    private static readonly DateOnly _published = new(2025, 3, 14);

    private static List<EventAnnotation> All(string text) => [.. EventsTestSupport.Events(text, _published).Events];

    [Fact]
    public void Detect_CitedReportsDate_DatesWhatItReportsNotTheMainClause()
    {
        var events = All("Kyiv says Moscow is moving more troops to the border. The claim follows warnings from Western officials, "
            + "who on 3 March reported that 5,000 soldiers had been sent to Belgorod.");

        var sent = Assert.Single(events, e => e.PloverEvent == "MOBILIZE" && e.Date is not null);
        Assert.Equal(new DateOnly(2025, 3, 3), sent.Date!.EventDate);
        Assert.DoesNotContain(events, e => e.PloverEvent != "MOBILIZE" && e.Date?.EventDate == new DateOnly(2025, 3, 3));
    }

    [Fact]
    public void Detect_StoryOwnAttributionDate_StillDatesItsEvent()
    {
        // ACLED dates what the story reports by its own attribution's day when it gives no other.
        var e = Assert.Single(All("Russian drones hit an apartment block in Kharkiv, killing two residents, the regional governor said on Monday."), x => x.Acled is not null);
        Assert.Equal(new DateOnly(2025, 3, 10), e.Date?.EventDate);
    }

    [Theory]
    [InlineData("The army said on Monday that its troops had repelled an attack by Boko Haram fighters on a base in Wajiroko, Borno state, on Saturday.", 2025, 3, 8)]
    [InlineData("Pakistan's military said on Monday it had killed eight militants in a raid in North Waziristan on Saturday.", 2025, 3, 8)]
    [InlineData("Gunmen killed five villagers near Bunia, officials said on Monday.", 2025, 3, 10)]
    [InlineData("As of this morning, the missile strike on Kryvyi Rih yesterday killed 19 people.", 2025, 3, 13)]
    [InlineData("Chad's army said on Saturday it had killed dozens of Boko Haram fighters on islands of Lake Chad in an offensive launched after last week's attack on the Barkaram base.", 2025, 3, 8)]
    public void Detect_SpeechDateBesideAnotherTime_DatesTheTellingNotTheEvent(string text, int year, int month, int day)
    {
        var e = Assert.Single(All(text), x => x.Acled is not null);
        Assert.Equal(new DateOnly(year, month, day), e.Date?.EventDate);
    }

    [Theory]
    [InlineData("Gunmen killed two police officers in Quetta yesterday, police said on Wednesday.", 2025, 3, 11)]
    [InlineData("Soldiers fired on protesters in Goma today, the army said on Wednesday.", 2025, 3, 12)]
    [InlineData("Gunmen killed two police officers in Quetta yesterday, police said.", 2025, 3, 13)]
    public void Detect_DeicticTimeBesideASpeechDay_CountsFromTheDaySpoken(string text, int year, int month, int day)
    {
        // Published Friday 14 March: "said on Wednesday" makes Wednesday the day "yesterday" and "today" count from.
        var e = Assert.Single(All(text), x => x.Acled is not null);
        Assert.Equal(new DateOnly(year, month, day), e.Date?.EventDate);
    }

    [Theory]
    [InlineData("three days after", 2025, 3, 8)]
    [InlineData("a day after", 2025, 3, 10)]
    public void Detect_EventToldAsDistanceFromNamedDay_DatedByTheDistance(string distance, int year, int month, int day)
    {
        var events = All($"Firefighters in Hodeidah put out the blaze at the oil terminal on Tuesday, {distance} the Israeli strikes that killed six people.");

        var e = Assert.Single(events, x => x.Acled is not null);
        Assert.Equal(new DateOnly(year, month, day), e.Date?.EventDate);
    }

    [Fact]
    public void Detect_DistanceObjectBeforeTheSentencesEvent_OnlyDatesIt()
    {
        // "a day after deadly protests" anchors the day of the event told past the comma; it is not Tuesday's event,
        // and the event after the comma is not moved a day back.
        var e = Assert.Single(All("On Tuesday, a day after deadly protests in the city, soldiers clashed with rebels near Goma."), x => x.Acled is not null);
        Assert.Equal("Battles", e.Acled!.EventType);
        Assert.Equal(new DateOnly(2025, 3, 11), e.Date?.EventDate);
    }

    [Fact]
    public void Detect_EventBeforeTheDistance_KeepsItsDay()
    {
        var e = Assert.Single(All("Soldiers and rebels exchanged fire in Jamundi on Thursday, two days after the attack on the police station."), x => x.Acled is not null);
        Assert.Equal(new DateOnly(2025, 3, 13), e.Date?.EventDate);
    }

    [Theory]
    [InlineData("intelligence from the United States has supported the claims")]
    [InlineData("officials from France have supported the claims")]
    public void Detect_PlaceAsSourceOfInformation_NotTheEventsPlace(string source)
    {
        var events = All($"While Moscow has not confirmed the deployment of North Korean forces, {source}.");

        var e = Assert.Single(events, x => x.PloverEvent == "MOBILIZE");
        Assert.Null(e.Place);
    }

    [Fact]
    public void Detect_PlaceOfResidentsWhoSpeak_StaysThePlace()
    {
        var events = All("Residents of Uvira said on Tuesday that M23 rebels had shelled the town overnight.");

        Assert.Contains(events, e => e.Acled is not null && e.Place?.Text == "Uvira");
    }

    [Fact]
    public void Detect_FearedFighting_NoArmedClash()
    {
        var events = All("Thousands of people fled villages near Bhamo over the weekend fearing renewed fighting, aid groups said.");

        Assert.DoesNotContain(events, e => e.Acled?.EventType == "Battles" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_SurrenderAfterCapture_OneCaptureEvent()
    {
        var events = All("The Kachin Independence Army said on Friday it had captured a junta battalion headquarters near Bhamo in Kachin state. "
            + "Dozens of soldiers surrendered, the group said.");

        var e = Assert.Single(events, x => x.Acled is not null && x.Modality == EventModality.Asserted);
        Assert.Equal("Non-state actor overtakes territory", e.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_DictionaryVerbWithEventObject_OnlyTheLexiconEvent()
    {
        var events = All("Colombia's government and the ELN signed a six-month ceasefire agreement on Friday, mediators said.");

        Assert.DoesNotContain(events, e => e.PloverEvent == "SUPPORT");
        Assert.Contains(events, e => e.Acled?.SubEventType == "Agreement");
    }

    [Fact]
    public void Detect_ReflexiveObject_NoDictionaryEvent()
    {
        Assert.DoesNotContain(All("\"We will defend ourselves against these invaders,\" the president said."), e => e.PloverEvent == "AID");
    }

    [Fact]
    public void Detect_ReflexiveObjectOfAnotherVerb_KeepsTheDictionaryEvent()
    {
        // Only guarding oneself (context_words reflexive_no_act) cancels the verb: distancing oneself is an act.
        Assert.Contains(All("The government distanced itself from the minister's remarks on Monday."), e => e.PloverEvent is not null);
    }

    [Fact]
    public void Detect_LaterSentenceWhosePlaceIsBorrowed_AddsToTheProtestInsteadOfANewEvent()
    {
        // The landmark ("outside the ministry") is unresolved, so the second sentence's place is the first's: it has no
        // place of its own and tells the same demonstration turning violent (ACLED: one event, the escalated type).
        var events = All("Hundreds of teachers marched through central Quito on Tuesday to demand higher pay. "
            + "Some of the marchers threw stones at police outside the labour ministry, and officers responded with tear gas.");

        var demonstration = Assert.Single(events, e => e.Acled is { EventType: "Protests" or "Riots" });
        Assert.Equal("Violent demonstration", demonstration.Acled!.SubEventType);
        Assert.Equal("Quito", demonstration.Place?.Place?.Name);
    }
}
