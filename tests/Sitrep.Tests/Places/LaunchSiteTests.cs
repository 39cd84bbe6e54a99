using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 20: a place in a "from" phrase that a launch or crossing word opens ("shells fired from X struck Y", "gunmen
/// who crossed the river from X attacked Y") is where the weapons or attackers came from; the event is where they
/// arrived, the place named after it.
/// </summary>
public class LaunchSiteTests
{
    [Theory]
    [InlineData("Rockets fired by militants from the area of Maroun al-Ras struck Metula on Tuesday, damaging two houses.", "struck", "Metula")]
    [InlineData("Artillery firing from positions near Kotli shelled Poonch on Friday, killing a woman.", "shelled", "Poonch")]
    [InlineData("Drones launched from Kharkiv region hit Belgorod overnight, wounding three people.", "hit", "Belgorod")]
    [InlineData("Gunmen who crossed the river from Ituri attacked Bundibugyo on Sunday, killing four people.", "attacked", "Bundibugyo")]
    public void Choose_PlaceTheWeaponsCameFrom_IsNotTheEventsPlace(string text, string trigger, string expected)
    {
        var location = EventLocating.Locate(text, trigger);

        Assert.Equal(expected, location.Mention?.Text);
    }

    [Theory]
    [InlineData("Ukrainian troops withdrew from Avdiivka on Saturday after months of fighting.", "withdrew", "Avdiivka")]
    [InlineData("Militants fired rockets from Jenin on Monday, the army said.", "fired", "Jenin")]
    public void Choose_FromPhraseWithoutAPlaceReachedAfterIt_KeepsThePlace(string text, string trigger, string expected)
    {
        // Not every "from" names a launch site: a retreat from a town happens there, and with no place named after the
        // launch site the sentence says nothing else about where the event was.
        var location = EventLocating.Locate(text, trigger);

        Assert.Equal(expected, location.Mention?.Text);
    }
}
