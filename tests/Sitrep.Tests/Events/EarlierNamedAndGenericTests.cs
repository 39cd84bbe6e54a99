using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 21 readings of fresh text that over-generated: an event noun after a retrospective adjective ("an earlier
/// incursion") or named by a date well before the report ("the 7 October attack"), "those who" with a base-form verb (a
/// general statement), a violent noun after a verb of danger ("still face attacks"), a lead dated by a night that makes a
/// month-dated sentence background, a deployment told a day after the incident as its aftermath, a bare weapon that is
/// never the side hit ("Mortar shells fired by ..."), and a division after a name that is a place, not the state. Each theory pairs
/// the reading with a contrast it must leave alone. Several reports repeat sentences of the batch-17 events dev split the
/// readings were tuned on (so they guard those readings, not held-out behaviour); the contrasts and the variants
/// marked "fresh" were written for these tests.
/// </summary>
public class EarlierNamedAndGenericTests
{
    private static List<EventAnnotation> All(string text, DateOnly published) => [.. EventsTestSupport.Events(text, published).Events];

    private static List<EventAnnotation> Asserted(string text, DateOnly published) =>
        [.. All(text, published).Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    private static readonly DateOnly _march26 = new(2025, 3, 26);

    [Fact]
    public void Detect_EarlierIncursion_IsAnotherEarlierIncident()
    {
        var events = Asserted("Gang members shot dead eight residents of the Solino neighbourhood of Port-au-Prince on Tuesday, a rights group said. "
            + "Police said they had repelled an earlier incursion into the neighbourhood on Sunday.", _march26);

        Assert.Equal("Attack", Assert.Single(events).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Police said they had repelled an incursion into the Solino neighbourhood of Port-au-Prince on Sunday.")]
    [InlineData("Crowds pushed past barricades and stormed the president's residence in Colombo on Saturday.")]
    public void Detect_NoRetrospectiveAdjectiveBeforeTheNoun_Asserted(string text)
    {
        // "past" in "pushed past barricades" is a preposition, not an adjective naming an earlier incident.
        Assert.NotEmpty(Asserted(text, _march26));
    }

    [Fact]
    public void Detect_AttackNamedByADateWeeksBefore_Historical()
    {
        var events = All("An Israeli air strike hit tents in Deir al-Balah on Saturday, killing five people, the hospital said. "
            + "Israel says the 7 October attack on southern Israel killed about 1,200 people.", new DateOnly(2024, 11, 3));

        Assert.Contains(events, e => e.Modality == EventModality.Historical && e.Evidence[0].Start > 0);
        Assert.Single(events, e => e.Modality == EventModality.Asserted && e.Acled is not null);
    }

    [Fact]
    public void Detect_StrikeNamedByADateOfThePastDays_Asserted()
    {
        var events = Asserted("Funerals were held in Deir al-Balah on Sunday. Medics said the 1 November strike on a school in the city killed five people.",
            new DateOnly(2024, 11, 3));

        Assert.Contains(events, e => e.Acled!.SubEventType == "Air/drone strike");
    }

    [Theory]
    [InlineData("The EU's foreign policy chief spoke on Monday. 'Those who attack humanitarians must be held to account,' she said.")]
    [InlineData("The minister visited the ward on Monday. 'Those who bomb hospitals will answer for it,' he told reporters.")] // fresh
    [InlineData("The governor spoke in Kaduna on Monday. 'Anyone who attacks a school will be hunted down,' he said.")] // fresh
    public void Detect_ThoseWhoAttack_GeneralStatementNoEvent(string text)
    {
        Assert.Empty(Asserted(text, new DateOnly(2025, 8, 19)));
    }

    [Fact]
    public void Detect_ThoseWhoAttacked_PastActStaysAnEvent()
    {
        Assert.NotEmpty(Asserted("Those who attacked the aid convoy near El Fasher on Monday killed two drivers, the UN said.", new DateOnly(2025, 8, 19)));
    }

    [Fact]
    public void Detect_FaceAttacks_ADangerNotAnEvent()
    {
        Assert.Empty(Asserted("Borno's government closed the last camps in Maiduguri on Monday. "
            + "Aid groups say returnees still face attacks on farmers and the risk of landmines on the roads.", new DateOnly(2025, 9, 2)));
    }

    [Fact]
    public void Detect_InTheFaceOfShelling_NounFaceExposesNoOneEventAsserted()
    {
        Assert.NotEmpty(Asserted("Ukrainian troops held the village in the face of heavy shelling on Tuesday, killing three soldiers, the army said.", _march26));
    }

    [Fact]
    public void Detect_FacesSanctions_SanctionKept()
    {
        // Danger verbs make only violent nouns hypothetical: a country that faces sanctions is still sanctioned (PLOVER).
        var events = All("Iran faces new sanctions from the European Union, officials said on Monday.", new DateOnly(2025, 9, 2));

        Assert.Contains(events, e => e.PloverEvent == "SANCTION" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void Detect_LeadDatedByANight_MonthDatedSentenceIsBackground()
    {
        var events = Asserted("Mortar shells fired by al-Shabaab militants landed in a residential area of Mogadishu on Tuesday night, killing two civilians, police said. "
            + "In March, al-Shabaab fighters tried to kill the president with a roadside bomb as his convoy left the palace.", new DateOnly(2025, 4, 23));

        Assert.Equal("Shelling/artillery/missile attack", Assert.Single(events).Acled!.SubEventType);
    }

    [Fact]
    public void Merge_DeploymentDatedTheDayAfterTheIncident_Aftermath()
    {
        var events = Asserted("Gunmen abducted at least 20 villagers from a market in Kauru local government area of Kaduna State on Sunday, police spokesman Musa Bello said on Monday. "
            + "The attackers arrived on motorcycles and fired into the air before marching the victims into the bush. "
            + "In March last year, bandits kidnapped more than 100 pupils from a school in the same state. "
            + "The state government said security forces had been deployed to rescue the victims, and urged relatives not to pay ransoms.", new DateOnly(2025, 1, 14));

        Assert.Equal("Abduction/forced disappearance", Assert.Single(events).Acled!.SubEventType);
    }

    [Theory]
    [InlineData("Mortar shells fired by al-Shabaab militants landed on a market near the port in Mogadishu on Tuesday, killing two civilians, police said.", "Civilians (Somalia)")]
    [InlineData("Hezbollah fired dozens of rockets at Kiryat Shmona on Tuesday, wounding three people, medics said.", "Civilians (Israel)")]
    public void Detect_BareWeapon_NeverTheSideHit(string text, string victims)
    {
        var e = Assert.Single(Asserted(text, _march26));

        Assert.Equal(victims, e.Actor2?.Name);
    }

    [Fact]
    public void Detect_WeaponNamedByItsOwner_StandsForTheOwnersForces()
    {
        var e = Assert.Single(Asserted("Ukrainian air defences shot down 14 Russian drones over the Kyiv region on Sunday, the regional governor said.", _march26));

        Assert.Equal("Disrupted weapons use", e.Acled!.SubEventType);
        Assert.Equal("RUS", e.Actor2?.CountryIso3);
    }

    [Theory]
    [InlineData("A drone launched by the Rapid Support Forces struck a power station in Kosti, in Sudan's White Nile state, on Tuesday, officials said.")]
    [InlineData("Soldiers shelled the town of Sinja, the capital of Sennar state, on Sunday, officials said.")]
    public void Detect_DivisionAfterAName_IsAPlaceNotTheState(string text)
    {
        var e = Assert.Single(Asserted(text, _march26));

        Assert.NotEqual("state", e.Actor2?.Name);
    }

    [Fact]
    public void Detect_CapitalisedDivisionInAName_StaysTheGroup()
    {
        var e = Assert.Single(Asserted("Syrian troops clashed with the Islamic State near Palmyra on Sunday, officials said.", _march26));

        Assert.Equal("Islamic State (Syria)", e.Actor2?.Name);
    }
}
