using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 15 fatality reading (ACLED: the lowest reported figure, injuries apart): bounds such as "at least", passive
/// tolls, coordinated victim groups, a part of the toll named inside it, killing verbs without a death word, and a toll
/// told in the sentence after its incident. The reports are written for these tests (not gold items).
/// </summary>
public class FatalityFigureTests
{
    private static readonly DateOnly _published = new(2025, 7, 20);

    private static EventAnnotation Single(string text) =>
        Assert.Single(EventsTestSupport.Events(text, _published).Events, e => e.Acled is not null && e.Modality == EventModality.Asserted);

    [Theory]
    [InlineData("Gunmen attacked a village near Gboko in Benue state on Thursday, killing at least 14 farmers, police said.", 14)]
    [InlineData("An army air strike on a fuel depot in Nyala on Friday cost the lives of at least nine workers, a union said.", 9)]
    [InlineData("Police fired on protesters in Conakry on Wednesday; 11 people were killed and dozens injured, a rights group said.", 11)]
    [InlineData("A roadside bomb hit a minibus near Kalat on Sunday, killing four pupils and a teacher, officials said.", 5)]
    [InlineData("Rebels stormed an army post near Kidal on Friday, and nine soldiers and six attackers were killed in the fighting, the army said.", 15)]
    [InlineData("Gunmen attacked a jail near Minna on Tuesday, killing a warder and freeing dozens of inmates, officials said.", 1)]
    [InlineData("At least 12 people, including three police officers, were killed when gang members stormed Saut-d'Eau on Monday, the UN said.", 12)]
    [InlineData("A drone struck a market in Bure on Monday. Five people, including a young girl, were killed in the blast, a nurse said.", 5)]
    [InlineData("Four villagers, among them a pregnant woman, were killed when gunmen raided Kairu on Friday, police said.", 4)]
    public void Detect_Toll_ReadFromItsClause(string text, int fatalities)
    {
        Assert.Equal(fatalities, Single(text).Fatalities);
    }

    /// <summary>
    /// Victim groups listed before an adjectival cue ("leaving two soldiers and a rebel dead") are all counted; a group
    /// with no figure of its own ("a number of militants") adds nothing, and a single group stays as it is.
    /// </summary>
    [Theory]
    [InlineData("Troops clashed with militants near Tillaberi on Monday, leaving three soldiers and a militant dead, the army said.", 4)]
    [InlineData("Police exchanged fire with gang members in Croix-des-Bouquets on Friday, leaving two officers and a bystander dead, the police said.", 3)]
    [InlineData("Soldiers fought gunmen for hours near Culiacan in Sinaloa on Tuesday, leaving five soldiers and seven gunmen dead, officials said.", 12)]
    [InlineData("Troops clashed with militants near Tillaberi on Monday, leaving three soldiers and a number of militants dead, the army said.", 3)]
    [InlineData("Troops clashed with militants near Tillaberi on Monday, leaving three soldiers dead, the army said.", 3)]
    public void Detect_VictimGroupsBeforeAdjectivalCue_AddUp(string text, int fatalities)
    {
        Assert.Equal(fatalities, Single(text).Fatalities);
    }

    /// <summary>
    /// A figure right before a cue that takes no object ("Nine people died", "3 deaths", "four dead") is that cue's; the
    /// figure after "and" belongs to the next harm. A verb with an object still counts its object.
    /// </summary>
    [Theory]
    [InlineData("Nine people died and more than 20 were wounded when a car bomb exploded near a cafe in Beledweyne on Monday, police said.", 9, 20)]
    [InlineData("Monitors recorded 3 deaths and 66 people injured by gunfire in Maputo on Thursday during the march.", 3, 66)]
    [InlineData("Two glide bombs struck Kharkiv on Monday: four dead and 35 injured, among them children.", 4, 35)]
    [InlineData("Two gunmen killed three villagers near Gboko in Benue state on Thursday, police said.", 3, null)]
    public void Detect_FigureBeforeCueWithoutObject_IsThatCuesFigure(string text, int fatalities, int? injuries)
    {
        var e = Single(text);
        Assert.Equal(fatalities, e.Fatalities);
        Assert.Equal(injuries, e.Injuries);
    }

    [Fact]
    public void Detect_ActiveTollAndInjured_InjuredNotAGroupOfTheDead()
    {
        var e = Single("Gunmen attacked a bus near Culiacan in Sinaloa on Tuesday, killing two passengers and leaving three injured, officials said.");

        Assert.Equal(2, e.Fatalities);
        Assert.Equal(3, e.Injuries);
    }

    [Fact]
    public void Detect_InjuredAfterPassiveToll_NotCountedAsDead()
    {
        var e = Single("Soldiers fired on a crowd in Bamako on Saturday; two people were killed and 30 injured, medics said.");

        Assert.Equal(2, e.Fatalities);
        Assert.Equal(30, e.Injuries);
    }

    [Fact]
    public void Detect_TollInTheNextSentence_JoinsTheIncident()
    {
        var e = Single("Fighting between the army and the Rapid Support Forces broke out again in El Obeid on Tuesday. Medics said six fighters died.");

        Assert.Equal(6, e.Fatalities);
        Assert.Equal(2, e.Evidence.Length);
    }

    [Fact]
    public void Detect_TollOnlySentenceAfterBattle_GivesTollAndVictimSides()
    {
        var e = Single("Sudanese troops clashed with the Rapid Support Forces near Babanusa on Sunday, the army said. "
            + "Videos showed the bodies of seven dead Sudanese and Chadian fighters, witnesses said.");

        Assert.Equal(7, e.Fatalities);
    }

    [Fact]
    public void Detect_TollOnlySentenceAlone_NoEvent()
    {
        var events = EventsTestSupport.Events("The report counted 40 dead civilians in the province last year. The minister said the figures were exaggerated.", _published).Events;

        Assert.DoesNotContain(events, e => e.Acled is not null);
    }

    [Fact]
    public void Detect_DeathsElsewhere_NotTheIncidentsToll()
    {
        var e = Single("A missile struck a school in Sumy on Monday, killing three teachers, officials said. Dozens more died elsewhere in the region.");

        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void Detect_OtherVictimsAlsoKilled_AddUp()
    {
        var e = Single("Soldiers killed seven militants in a gunfight in Bajaur on Wednesday, the army said. Three soldiers were also killed in the exchange.");

        Assert.Equal(10, e.Fatalities);
    }
}
