using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>A place standing for its government or people is flagged, so the events stage can tell speakers from sites.</summary>
public class StandsForActorTests
{
    private static PlaceMention Mention(string text, string name) =>
        Geocoder.Default.Find(text, TestText.Analyze(text)).First(m => m.Text == name);

    [Theory]
    [InlineData("Moscow said its air defences destroyed 20 drones over the Bryansk region.", "Moscow")]
    [InlineData("Kyiv's claims could not be verified, and the strike on the depot in Donetsk went unconfirmed.", "Kyiv")]
    [InlineData("Russia's defence ministry said that a village near Pokrovsk had been taken.", "Russia")]
    [InlineData("The convoy was shelled by Russia near the village, officials in Sumy said.", "Russia")]
    [InlineData("The strike was planned with intelligence from the United States, according to the report.", "United States")]
    [InlineData("Moscow has denied any role in the attack on the convoy.", "Moscow")]
    public void Find_PlaceAsSpeakerOrAgent_StandsForActor(string text, string name) =>
        Assert.NotEqual(PlaceActorRole.None, Mention(text, name).ActorRole);

    [Theory]
    [InlineData("Moscow said its air defences destroyed 20 drones over the Bryansk region.", "Bryansk")]
    [InlineData("Russia's Oryol region was struck by drones overnight, the governor said.", "Russia")]
    [InlineData("A drone hit an oil depot in Kyiv on Saturday.", "Kyiv")]
    [InlineData("Officials in Kharkiv said that Russian forces shelled Kupiansk overnight.", "Kharkiv")]
    [InlineData("Refugees arrived from Mariupol on Tuesday.", "Mariupol")]
    [InlineData("Vukovar was captured by Serb forces in November 1991 after bitter fighting.", "Vukovar")]
    [InlineData("A motorist driving through Hebron was shot and killed on Friday.", "Hebron")]
    [InlineData("Residents of Uvira said the shelling lasted all night.", "Uvira")]
    public void Find_PlaceWhereSomethingHappenedOrLies_DoesNotStandForActor(string text, string name) =>
        Assert.Equal(PlaceActorRole.None, Mention(text, name).ActorRole);

    [Theory]
    [InlineData("Moscow said its air defences destroyed 20 drones over the Bryansk region.", "Moscow", PlaceActorRole.Speaker)]
    [InlineData("Kyiv's claims could not be verified, and the strike on the depot in Donetsk went unconfirmed.", "Kyiv", PlaceActorRole.Possessor)]
    [InlineData("The convoy was shelled by Russia near the village, officials in Sumy said.", "Russia", PlaceActorRole.Agent)]
    [InlineData("The strike was planned with intelligence from the United States, according to the report.", "United States", PlaceActorRole.Source)]
    [InlineData("Analysts from Mali doubted the figures given for the attack.", "Mali", PlaceActorRole.Source)]
    public void Find_PlaceStandingForActor_SaysHow(string text, string name, PlaceActorRole role) =>
        Assert.Equal(role, Mention(text, name).ActorRole);
}
