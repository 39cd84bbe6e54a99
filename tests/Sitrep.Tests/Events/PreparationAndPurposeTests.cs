using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 16b over-generation mechanisms: a build-up of forces told with the preparation of an attack is that
/// preparation (ahead, not done); the numbers of an infinitive of purpose ("to separate the two sides") size nothing
/// the act did, so a deployment in response to an incident stays its aftermath; a sequel dated "two days later" in a
/// later sentence is context. Each has a contrast the mechanism must
/// leave alone. The reports are written for these tests (fictional, not gold items).
/// </summary>
public class PreparationAndPurposeTests
{
    private static readonly DateOnly _published = new(2025, 6, 12);

    private static List<EventAnnotation> Asserted(string text) =>
        [.. EventsTestSupport.Events(text, _published).Events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null)];

    [Theory]
    [InlineData("The defence minister said on Tuesday that the rebels were preparing an assault on Goma and had massed about 6,000 fighters north of the city.")]
    [InlineData("Officials said on Tuesday that the army was preparing a new offensive in the Kharkiv region and had amassed about 40,000 troops there.")]
    public void Detect_BuildUpJoinedToPreparedAttack_NoAssertedEvent(string text)
    {
        var events = EventsTestSupport.Events(text, _published).Events;

        Assert.Empty(events.Where(e => e.Modality == EventModality.Asserted && e.Acled is not null));
        Assert.Contains(events, e => e.PloverEvent == "MOBILIZE" && e.Modality == EventModality.Future);
    }

    [Fact]
    public void Detect_BuildUpAfterAnotherPredicate_StillADeployment()
    {
        // The preparation is another clause's ("said ... and"), not the build-up's subject's plan: the massing is news.
        var events = Asserted("Officials said the army had massed about 40,000 troops in the Kharkiv region on Monday, and warned that an offensive was being prepared.");

        Assert.Contains(events, e => e.Acled!.SubEventType == "Change to group/activity");
    }

    [Fact]
    public void Merge_DeploymentToSeparateTwoSidesAfterIncident_OnlyTheIncident()
    {
        var events = Asserted("Armed herders attacked farmers near the village of Kwall in Plateau state on Sunday, killing seven people, police said. "
            + "The army said soldiers were sent to the area to separate the two communities.");

        var only = Assert.Single(events);
        Assert.Equal(7, only.Fatalities);
    }

    [Fact]
    public void Detect_TroopCountBeforePurpose_KeptPurposeNumbersLeftOut()
    {
        var deployment = Assert.Single(Asserted("The government sent 3,000 troops to the border region on Monday to protect the two towns, officials said."),
            e => e.Acled!.SubEventType == "Change to group/activity");

        Assert.Contains(deployment.Quantities, q => q.Value == 3000);
        Assert.DoesNotContain(deployment.Quantities, q => q.Value == 2);
    }

    [Theory]
    [InlineData("Rebel fighters seized the town of Kalehe two days later.")]
    [InlineData("A week later, rebel fighters seized the town of Kalehe.")]
    public void Detect_SequelDatedDaysLaterInLaterSentence_OnlyTheIncident(string sequel)
    {
        var events = Asserted("Retreating soldiers looted shops in the town of Minova in South Kivu on Friday, residents said. " + sequel);

        var only = Assert.Single(events);
        Assert.Equal("Looting/property destruction", only.Acled!.SubEventType);
    }

    [Fact]
    public void Detect_HoursLater_StillTheNews()
    {
        // Hours later is the same day's news, not a sequel told as context.
        var events = Asserted("Gunmen attacked a police post in the town of Tillia in Niger on Monday, killing three officers, officials said. "
            + "Hours later, soldiers clashed with the attackers near the border, the army said.");

        Assert.Contains(events, e => e.Acled!.SubEventType == "Armed clash");
    }
}
