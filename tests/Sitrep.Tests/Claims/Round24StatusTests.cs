using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 24 status readings: two claims are about one proposition when they name the same things in other words (one
/// topic class: a tanker and a vessel, an aircraft and a jet). The sentences are written for these tests.
/// </summary>
public class Round24StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Default_TopicClass_IsReadFromTheLexicon()
    {
        Assert.True(ClaimsLexicon.Default.TryGetTopicClass("jets", out var jets));
        Assert.True(ClaimsLexicon.Default.TryGetTopicClass("aircraft", out var aircraft));
        Assert.Equal(aircraft, jets);
        Assert.False(ClaimsLexicon.Default.TryGetTopicClass("soldiers", out _));
    }

    [Fact]
    public void Detect_IndependentAccountNamingTheShipInOtherWords_Corroborates()
    {
        // "the tanker" and "a vessel" are one thing (vessel); with the drone that makes two things shared.
        var (t, claims) = Detect("The Houthi military said its forces had attacked the tanker Sea Lark west of Hodeidah with drones on Tuesday. "
            + "A British maritime agency said a vessel had been hit by a drone and had been left drifting.");
        Assert.Contains(ClaimWith(t, claims, "its forces had attacked the tanker").Stances, s => s.Stance == StanceKind.Supports && s.Origin == StanceOrigin.SameAct);
    }

    [Fact]
    public void Detect_ThingNamedInAnotherWordAfterNo_Disputes()
    {
        // "no aircraft" is contradicted by "a jet" (both aircraft), though no word is shared.
        var (t, claims) = Detect("The army spokesman said no aircraft had flown over the camp near Hpakant that night. "
            + "Two residents of the camp said they had heard a jet circling before the explosions.");
        Assert.Contains(ClaimWith(t, claims, "no aircraft had flown").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.NegatedThing);
    }

    [Fact]
    public void Detect_NegatedThingAfterAVerdict_IsStillAClaimOfFact()
    {
        // The verdict ("were "lies"") does not stop the clause after it ("no helicopters had flown") being contradicted.
        var (t, claims) = Detect("The military council said reports of a raid on the village of Kaya were \"lies\" and that no helicopters had flown in the area that night. "
            + "A farmer from Kaya said he had seen two helicopters above the fields before the shooting.");
        Assert.Contains(ClaimWith(t, claims, "reports of a raid").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.NegatedThing);
    }

    [Fact]
    public void Detect_ContraryPredicateOnAThingNamedInAnotherWord_Disputes()
    {
        // "the frigate" and "the warship" share no word but name one thing (vessel): undamaged against damaged.
        var (t, claims) = Detect("The navy said the frigate Sentinel was undamaged. "
            + "A dock worker said the warship had been badly damaged on Tuesday.");
        Assert.Contains(ClaimWith(t, claims, "the frigate Sentinel was undamaged").Stances, s => s.Stance == StanceKind.Disputes && s.Origin == StanceOrigin.Contrary);
    }

    [Fact]
    public void Detect_EvidenceNamingTheThingInAnotherWord_Corroborates()
    {
        // Police name "a minibus", the broadcaster's photographs "a vehicle": with "the highway" that is two things
        // shared (vehicle class), where the road alone is one.
        var (t, claims) = Detect("Police in Kaduna said gunmen had set fire to a minibus on the highway south of Zaria. "
            + "A regional broadcaster said photographs taken the next morning showed a burnt-out vehicle on the highway.");
        Assert.Contains(ClaimWith(t, claims, "gunmen had set fire to a minibus").Stances, s => s.Stance == StanceKind.Supports && s.Origin == StanceOrigin.Evidence);
    }

    [Fact]
    public void Detect_ResidentsReturningHome_DoNotDisputeNoHousesHit()
    {
        // "home" after "returned" is an adverb, not a house: it is not in the home class (topic_classes.tsv).
        var (t, claims) = Detect("The district governor said no houses had been hit in the overnight shelling. "
            + "Local volunteers said that many residents had returned home on Monday.");
        Assert.DoesNotContain(ClaimWith(t, claims, "no houses had been hit").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Fact]
    public void Detect_OneSharedWordThatNamesAClass_IsNotTwoThingsShared()
    {
        // "the tanker" is in both; "a vessel" names the same class in the later one, but the class is the shared word
        // again, not a second thing: one shared word is not an account of the same act.
        var (t, claims) = Detect("The Houthi military said its forces had struck the tanker with a missile off Mokha on Sunday. "
            + "A British maritime agency said a vessel had been hit and that the tanker was later towed to port.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its forces had struck the tanker").Stances, s => s.Origin == StanceOrigin.SameAct);
    }

    [Fact]
    public void Detect_OneSharedWordWithAShortStem_IsNotTwoThingsShared()
    {
        // "homes" stems to "hom": the word is shared (four letters or more) and must not count again as its class.
        var (t, claims) = Detect("The army said rebels had shelled homes on the northern edge of the town. "
            + "A council official said a rocket had hit two homes near the market.");
        Assert.DoesNotContain(ClaimWith(t, claims, "rebels had shelled homes").Stances, s => s.Origin == StanceOrigin.SameAct);
    }
}
