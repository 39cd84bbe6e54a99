using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 14: PLOVER modes that are no violence (COERCE cyber, misinformation and censor; PROTEST boycott; MOBILIZE patrols) are coded as
/// statement events of no ACLED type, and a computer attack is no strike. The reports are written for these tests (not
/// gold items).
/// </summary>
public class NonViolentModeTests
{
    private static readonly DateOnly _published = new(2025, 9, 18);

    private static List<EventAnnotation> Events(string text) => [.. EventsTestSupport.Events(text, _published).Events];

    [Theory]
    [InlineData("A cyberattack crippled the national electricity grid operator in Tallinn on Tuesday, officials said.", "cyber")]
    [InlineData("The ministry's email servers in Vilnius were hacked on Monday, the government said.", "cyber")]
    [InlineData("Electoral officials in Chisinau said a foreign disinformation campaign targeted voters before the referendum.", "misinformation")]
    [InlineData("The government of Chad cut off internet access in three eastern provinces on Thursday, an official said.", "censor")]
    [InlineData("Authorities in Dhaka censored three newspapers on Friday over their election coverage, a press group said.", "censor")]
    public void Detect_NonViolentCoercion_CoerceModeWithoutAcled(string text, string mode)
    {
        var events = Events(text);

        var coercion = Assert.Single(events, e => e.PloverEvent == "COERCE" && e.PloverMode == mode);
        Assert.Null(coercion.Acled);
        Assert.DoesNotContain(events, e => e.PloverEvent == "ASSAULT");
    }

    [Theory]
    [InlineData("The state news agency's website in Ouagadougou was hit by a cyberattack Wednesday, its director said.")]
    [InlineData("Two hospitals in Bucharest were hit by ransomware on Sunday, the health ministry said.")]
    public void Detect_HitByComputerAttack_NoStrike(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Acled is not null || e.PloverEvent == "ASSAULT");
    }

    [Fact]
    public void Detect_HackedToDeath_StillViolenceNotCyber()
    {
        var events = Events("Gunmen hacked to death three farmers in a village near Jos on Saturday, police said.");

        Assert.DoesNotContain(events, e => e.PloverMode == "cyber");
        Assert.Contains(events, e => e.PloverEvent == "ASSAULT");
    }

    [Fact]
    public void Detect_Boycott_ProtestWithoutAcled()
    {
        var events = Events("Opposition parties boycotted the opening session of parliament in Lusaka on Tuesday, their leaders said.");

        var boycott = Assert.Single(events, e => e.PloverEvent == "PROTEST" && e.PloverMode == "boycott");
        Assert.Null(boycott.Acled);
    }

    [Fact]
    public void Code_ConditionalBoycott_ThreatNotProtest()
    {
        var events = Events("The main opposition party said it would boycott the presidential election in Lome unless the electoral commission is replaced.");

        Assert.Contains(events, e => CodingEvaluators.PloverCode(e) == "THREATEN");
        Assert.DoesNotContain(events, e => CodingEvaluators.PloverCode(e) == "PROTEST");
    }

    [Fact]
    public void Detect_SteppedUpPatrols_MobilizeWithoutAcled()
    {
        var events = Events("UN peacekeepers stepped up patrols around the displacement camp near Bentiu on Monday, the mission said.");

        var patrols = Assert.Single(events, e => e.PloverEvent == "MOBILIZE");
        Assert.Null(patrols.Acled);
    }

    [Fact]
    public void Detect_AmbushedPatrol_AttackNotMobilization()
    {
        var events = Events("Gunmen ambushed an army patrol near Tillia in Niger's Tahoua region on Thursday, killing four soldiers.");

        Assert.DoesNotContain(events, e => e.PloverEvent == "MOBILIZE");
        Assert.Contains(events, e => e.Acled is not null);
    }
}
