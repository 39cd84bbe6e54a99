using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>Phrasing kinds the detector must handle, each on fresh sentences that are not in the gold set.</summary>
public class AttributionDetectorTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation Only(string text, out string slice)
    {
        var (t, claims) = Detect(text);
        slice = t;
        return Assert.Single(claims);
    }

    private static string Naming(string text, ClaimAnnotation claim) => claim.Claimant!.NamingSpan.Slice(text);

    [Theory]
    [InlineData("\"The bridge is still standing and our engineers are on site,\" Colonel Petro Lysenko said.", "Colonel Petro Lysenko", "said")]
    [InlineData("\"The bridge is still standing and our engineers are on site,\" said Petro Lysenko, a brigade commander.", "Petro Lysenko", "said")]
    [InlineData("Colonel Petro Lysenko said: \"The bridge is still standing and our engineers are on site.\"", "Colonel Petro Lysenko", "said")]
    [InlineData("Speaking at a news conference, the governor said, \"The bridge is still standing and our engineers are on site.\"", "the governor", "said")]
    [InlineData("“The bridge is still standing and our engineers are on site,” the mayor wrote on Facebook.", "the mayor", "wrote")]
    public void Detect_DirectQuote_FindsSpeakerCueAndQuotedContent(string text, string speaker, string cue)
    {
        var claim = Only(text, out var t);
        Assert.Equal(ClaimKind.DirectQuote, claim.Kind);
        Assert.Equal(speaker, Naming(t, claim));
        Assert.Equal(cue, claim.Cue!.Value.Slice(t));
        Assert.Equal("The bridge is still standing and our engineers are on site", claim.Content.Slice(t));
    }

    [Fact]
    public void Detect_QuoteSpanningTwoSentences_IsOneClaimWithBothSentences()
    {
        var claim = Only("\"The shelling lasted all night. We counted more than forty explosions,\" a resident of Huliaipole told the BBC.", out var t);
        Assert.Equal("The shelling lasted all night. We counted more than forty explosions", claim.Content.Slice(t));
        Assert.Equal("a resident of Huliaipole", Naming(t, claim));
        Assert.Equal("BBC", claim.Channel);
        Assert.True(claim.Claimant!.Anonymous);
    }

    [Fact]
    public void Detect_QuoteContinuingAfterAttribution_KeepsTheSpeaker()
    {
        var (t, claims) = Detect("\"We lost contact with the convoy at dawn,\" said Oksana Hryhorenko, a Red Cross coordinator. \"Nobody has reached the drivers since then.\"");
        Assert.Equal(2, claims.Length);
        Assert.All(claims, c => Assert.Equal("Oksana Hryhorenko", Naming(t, c)));
        Assert.Equal("Nobody has reached the drivers since then", claims[1].Content.Slice(t));
    }

    [Fact]
    public void Detect_HeAdded_ResolvesToTheLastPersonClaimant()
    {
        var (t, claims) = Detect("The Defence Ministry said the village had been recaptured. Spokesman Oleh Tkach said two soldiers were wounded. \"The enemy left its dead behind,\" he added.");
        var added = Assert.Single(claims, c => c.Cue!.Value.Slice(t) == "added");
        Assert.Equal("he", added.Claimant!.Span.Slice(t));
        Assert.Equal("Spokesman Oleh Tkach", Naming(t, added));
    }

    [Fact]
    public void Detect_HeAfterHeadOfOrganisation_ResolvesToThePerson()
    {
        var (t, claims) = Detect("The army said the town was calm. The head of the regional police said the bridge was mined. \"We have closed it to all traffic,\" he added.");
        var added = Assert.Single(claims, c => c.Cue!.Value.Slice(t) == "added");
        Assert.Equal("The head of the regional police", Naming(t, added));
    }

    [Theory]
    [InlineData("The Kremlin declined to say whether its troops were involved in the raid.")]
    [InlineData("The ministry would not say how many soldiers had been wounded in the raid.")]
    public void Detect_RefusalToSpeak_IsNotAClaim(string text) => Assert.Empty(Detect(text).Claims);

    [Fact]
    public void Detect_ItSaid_ResolvesToTheLastOrganisation()
    {
        var (t, claims) = Detect("Governor Ruslan Koval said the dam was damaged. The regional water company said supplies were cut in three districts. It said repairs would take a week.");
        var it = Assert.Single(claims, c => c.Claimant!.Span.Slice(t) == "It");
        Assert.Equal("The regional water company", Naming(t, it));
    }

    [Theory]
    [InlineData("The border guard service said on Monday that two drones had crossed into Moldova.", "The border guard service", "two drones had crossed into Moldova")]
    [InlineData("The border guard service said two drones had crossed into Moldova.", "The border guard service", "two drones had crossed into Moldova")]
    [InlineData("Two drones had crossed into Moldova, the border guard service said on Monday.", "the border guard service", "Two drones had crossed into Moldova")]
    [InlineData("The border guard service, which patrols the river, said two drones had crossed into Moldova.", "The border guard service", "two drones had crossed into Moldova")]
    [InlineData("Moldova's interior minister, Elena Rusu, said two drones had crossed into Moldova.", "Elena Rusu", "two drones had crossed into Moldova")]
    public void Detect_IndirectSpeech_FindsClaimantAndClause(string text, string claimant, string content)
    {
        var claim = Only(text, out var t);
        Assert.Equal(ClaimKind.Indirect, claim.Kind);
        Assert.Contains(claimant, Naming(t, claim), StringComparison.Ordinal);
        Assert.Equal(content, claim.Content.Slice(t));
    }

    [Fact]
    public void Detect_AccusedOf_ContentIsTargetAndAct()
    {
        var claim = Only("The foreign ministry accused Belarus of allowing mercenaries to train near the border.", out var t);
        Assert.Equal("accused", claim.Cue!.Value.Slice(t));
        Assert.Equal("Belarus of allowing mercenaries to train near the border", claim.Content.Slice(t));
    }

    [Theory]
    [InlineData("According to the regional police, four people were detained after the blast.", "the regional police", "four people were detained after the blast")]
    [InlineData("Four people were detained after the blast, according to the regional police.", "the regional police", "Four people were detained after the blast")]
    public void Detect_AccordingTo_SourceAndClause(string text, string source, string content)
    {
        var claim = Only(text, out var t);
        Assert.Equal(ClaimKind.AccordingTo, claim.Kind);
        Assert.Equal(source, Naming(t, claim));
        Assert.Equal(content, claim.Content.Slice(t));
    }

    [Theory]
    [InlineData("Army spokesman Ivan Sydor told reporters that the convoy had been ambushed.", "reporters")]
    [InlineData("Ivan Sydor wrote on Telegram that the convoy had been ambushed.", "Telegram")]
    [InlineData("Ivan Sydor said in a statement that the convoy had been ambushed.", "statement")]
    [InlineData("Ivan Sydor said at a press conference that the convoy had been ambushed.", "press conference")]
    [InlineData("Ivan Sydor said in a post on X that the convoy had been ambushed.", "X")]
    public void Detect_Channel_FromTheAttributionClause(string text, string channel)
    {
        var claim = Only(text, out var t);
        Assert.Equal(channel, claim.Channel);
        Assert.Equal("the convoy had been ambushed", claim.Content.Slice(t));
    }

    // Outlets channels.tsv does not list, read by the shape of their names (outlet_shapes.tsv); invented outlets.
    [Theory]
    [InlineData("A farmer, Tomas Verhoef, told Radio Kessandra that the convoy had been ambushed.", "Radio Kessandra")]
    [InlineData("A farmer, Tomas Verhoef, told the Marovia Tribune that the convoy had been ambushed.", "Marovia Tribune")]
    [InlineData("A farmer, Tomas Verhoef, told the Belgian newspaper Le Quotidien Neuf that the convoy had been ambushed.", "Le Quotidien Neuf")]
    [InlineData("A farmer, Tomas Verhoef, told state broadcaster KTVN that the convoy had been ambushed.", "KTVN")]
    [InlineData("A farmer, Tomas Verhoef, told Ostrava Dnes, a Czech news site, that the convoy had been ambushed.", "Ostrava Dnes")]
    [InlineData("A farmer, Tomas Verhoef, told El Vigilante that the convoy had been ambushed.", "El Vigilante")]
    [InlineData("A farmer, Tomas Verhoef, told Kessandrix that the convoy had been ambushed.", "Kessandrix")]
    [InlineData("A farmer, Tomas Verhoef, speaking to Marovia Online, said the convoy had been ambushed.", "Marovia Online")]
    public void Detect_UnlistedOutletAddressed_IsTheChannel(string text, string channel)
    {
        var claim = Only(text, out var t);
        Assert.Equal(channel, claim.Channel);
        Assert.Equal("the convoy had been ambushed", claim.Content.Slice(t));
    }

    // A person told something is no channel: a full name without an outlet's marks, or a surname the passage gave a person.
    [Theory]
    [InlineData("A farmer, Tomas Verhoef, told Anika Brandt that the convoy had been ambushed.")]
    [InlineData("Anika Brandt arrived at noon. A farmer, Tomas Verhoef, told Brandt that the convoy had been ambushed.")]
    public void Detect_PersonAddressed_IsNoChannel(string text)
    {
        var (_, claims) = Detect(text);
        Assert.All(claims, c => Assert.Null(c.Channel));
    }

    [Fact]
    public void Detect_UnlistedOutletReported_OutletIsTheChannel()
    {
        var claim = Only("The Marovia Post reported that the battalion had lost half of its vehicles.", out _);
        Assert.Equal("Marovia Post", claim.Channel);
    }

    [Fact]
    public void Detect_AgencyWithoutOutletMarks_IsNoChannel()
    {
        var claim = Only("The Marovia Border Authority reported that the battalion had lost half of its vehicles.", out _);
        Assert.Null(claim.Channel);
    }

    [Fact]
    public void Detect_OutletReported_OutletIsClaimantAndChannel()
    {
        var claim = Only("The Washington Post reported that the battalion had lost half of its vehicles.", out var t);
        Assert.Equal("The Washington Post", Naming(t, claim));
        Assert.Equal("The Washington Post", claim.Channel);
    }

    [Theory]
    [InlineData("Officials who spoke on condition of anonymity said the talks had stalled.")]
    [InlineData("A source familiar with the negotiations said the talks had stalled.")]
    [InlineData("U.S. officials said the talks had stalled.")]
    public void Detect_AnonymousSource_IsMarkedAnonymous(string text)
    {
        var claim = Only(text, out _);
        Assert.True(claim.Claimant!.Anonymous);
    }

    [Fact]
    public void Detect_NamedSource_IsNotAnonymous()
    {
        var claim = Only("Deputy Minister Iryna Bondar said the talks had stalled.", out _);
        Assert.False(claim.Claimant!.Anonymous);
    }

    [Theory]
    [InlineData("It was reported that the garrison had surrendered.", "It was reported", "the garrison had surrendered")]
    [InlineData("The garrison reportedly surrendered after a week.", "reportedly", "surrendered after a week")]
    public void Detect_UnattributedReport_HasNoClaimant(string text, string cue, string content)
    {
        var claim = Only(text, out var t);
        Assert.Equal(ClaimKind.Unattributed, claim.Kind);
        Assert.Null(claim.Claimant);
        Assert.Equal(cue, claim.Cue!.Value.Slice(t));
        Assert.Equal(content, claim.Content.Slice(t));
    }

    [Theory]
    [InlineData("The reported attack on the depot caused a fire.")]
    [InlineData("Russian claims about the number of prisoners were not new.")]
    [InlineData("Artillery hit the depot on Tuesday and a fire spread to nearby houses.")]
    [InlineData("The report was published on Monday.")]
    public void Detect_NarrationOrNounUse_NoClaim(string text) => Assert.Empty(Detect(text).Claims);

    [Theory]
    [InlineData("The militia denied the claim.", StanceKind.Denies, ClaimStatus.Denied)]
    [InlineData("The militia has not confirmed the claim.", StanceKind.NotConfirmed, ClaimStatus.NotConfirmed)]
    [InlineData("The militia disputed the claim.", StanceKind.Disputes, ClaimStatus.Disputed)]
    [InlineData("Satellite imagery analysed by independent researchers corroborated the claim.", StanceKind.Supports, ClaimStatus.Corroborated)]
    public void Detect_StanceOnEarlierClaim_SetsStanceAndStatus(string second, StanceKind stance, ClaimStatus status)
    {
        var (t, claims) = Detect("The army said it had destroyed a militia ammunition depot near Goma. " + second);
        var claim = Assert.Single(claims);
        var found = Assert.Single(claim.Stances);
        Assert.Equal(stance, found.Stance);
        Assert.Equal(status, claim.Status);
        Assert.DoesNotContain("army", found.By.Span.Slice(t), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_WhileNotConfirmedButSupported_BothStancesOnTheTopicClaim()
    {
        var (t, claims) = Detect("Finland's coast guard accused Russia of jamming GPS signals over the Gulf of Finland. "
            + "While Moscow has not officially confirmed the jamming of GPS signals, data from Swedish and Estonian monitoring stations has supported Finland's claims.");
        var claim = Assert.Single(claims);
        Assert.Contains(claim.Stances, s => s.Stance == StanceKind.NotConfirmed && s.By.Span.Slice(t) == "Moscow");
        Assert.Contains(claim.Stances, s => s.Stance == StanceKind.Supports && s.By.Span.Slice(t).Contains("monitoring stations", StringComparison.Ordinal));
        Assert.Equal(ClaimStatus.NotConfirmed, claim.Status);
    }

    [Fact]
    public void Detect_DenialWithClause_IsAClaimAndAStance()
    {
        var (t, claims) = Detect("Villagers said soldiers had burned the granary. The army denied that its soldiers had burned the granary.");
        Assert.Equal(2, claims.Length);
        Assert.Equal(ClaimStatus.Denied, claims[0].Status);
        Assert.Equal("its soldiers had burned the granary", claims[1].Content.Slice(t));
    }

    [Fact]
    public void Detect_DenialSharingOneWordWithAnEarlierClaim_DeniesThatClaimOnly()
    {
        var (t, claims) = Detect("Farmers said militiamen fired on a convoy near the river crossing. A local priest said the harvest had been lost. "
            + "The militia's commander denied that his men had opened fire.");
        Assert.Equal(ClaimStatus.Denied, Assert.Single(claims, c => c.Content.Slice(t).Contains("convoy", StringComparison.Ordinal)).Status);
        Assert.Equal(ClaimStatus.Claimed, Assert.Single(claims, c => c.Content.Slice(t).Contains("harvest", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public void Detect_NoCommentOnTheReportWithoutAReportedClaim_AddressesTheLeadClaim()
    {
        var (t, claims) = Detect("The monitoring group said 40 prisoners had escaped from the jail. A guard said the gates were left open. "
            + "The interior ministry declined to comment on the report.");
        Assert.Equal(ClaimStatus.NotConfirmed, Assert.Single(claims, c => c.Content.Slice(t).Contains("prisoners", StringComparison.Ordinal)).Status);
        Assert.Equal(ClaimStatus.Claimed, Assert.Single(claims, c => c.Content.Slice(t).Contains("gates", StringComparison.Ordinal)).Status);
    }

    [Theory]
    [InlineData("The army said that the rebels' statements were pure propaganda.", StanceKind.Disputes)]
    [InlineData("The army said that the rebels' figures were inflated.", StanceKind.Disputes)]
    [InlineData("The army's statement did not mention civilian casualties.", StanceKind.NotConfirmed)]
    public void Detect_StancePhrasesAddedToTheLexicon_AddressTheRebelClaim(string second, StanceKind stance)
    {
        var (t, claims) = Detect("The rebels said the army had killed 30 civilians in the village. " + second);
        var rebel = Assert.Single(claims, c => c.Content.Slice(t).Contains("30 civilians", StringComparison.Ordinal));
        Assert.Contains(rebel.Stances, s => s.Stance == stance);
    }

    [Theory]
    [InlineData("Officials said the missile was almost certainly launched from Crimea.", "almost certainly", "almost certain")]
    [InlineData("Officials said the commander had allegedly ordered the executions.", "allegedly", "roughly even chance")]
    [InlineData("Officials said the claim could not be independently verified.", "could not be independently verified", "roughly even chance")]
    public void Detect_Hedge_GivesIcd203Likelihood(string text, string phrase, string term)
    {
        var claim = Only(text, out _);
        Assert.Equal(phrase, claim.Certainty?.Phrase);
        Assert.Equal(term, claim.Certainty?.Likelihood.Term);
    }

    [Theory]
    [InlineData("The governor said a drone hit a house. The fighting shows no signs of abating.")]
    [InlineData("The governor said a drone hit a house. There were no indications that the front was moving.")]
    [InlineData("Officials said the commander was not believed to be among the dead.")]
    public void Detect_NegatedHedge_GivesNoLikelihood(string text)
    {
        var (_, claims) = Detect(text);
        Assert.Null(Assert.Single(claims).Certainty);
    }

    [Fact]
    public void Detect_EvidenceSentenceNotNegated_StillHedgesThePreviousClaim()
    {
        var (_, claims) = Detect("The governor said a drone hit a house. There were indications that the front was moving.");
        Assert.Equal("indications", Assert.Single(claims).Certainty?.Phrase);
    }

    [Fact]
    public void Detect_VerificationSentenceAboutFigures_HedgesTheClaimsWithNumbers()
    {
        var (t, claims) = Detect("The rebels said they had shot down two helicopters. A rebel commander said the army was retreating. The figures could not be independently verified.");
        var numbered = Assert.Single(claims, c => c.Content.Slice(t).Contains("two helicopters", StringComparison.Ordinal));
        Assert.Equal("could not be independently verified", numbered.Certainty?.Phrase);
        Assert.Null(Assert.Single(claims, c => c.Content.Slice(t).Contains("retreating", StringComparison.Ordinal)).Certainty);
    }

    [Fact]
    public void Detect_VerificationSentenceAboutClaims_HedgesThePreviousSentence()
    {
        var (t, claims) = Detect("The governor said a power station was hit. Villagers said the lights went out at midnight. The claims could not be verified.");
        Assert.Null(claims[0].Certainty);
        Assert.Equal("could not be verified", claims[1].Certainty?.Phrase);
    }

    [Theory]
    [InlineData(new[] { StanceKind.Supports, StanceKind.Denies, StanceKind.NotConfirmed }, ClaimStatus.Denied)]
    [InlineData(new[] { StanceKind.Supports, StanceKind.Disputes }, ClaimStatus.Disputed)]
    [InlineData(new[] { StanceKind.Supports, StanceKind.NotConfirmed }, ClaimStatus.NotConfirmed)]
    [InlineData(new[] { StanceKind.Supports }, ClaimStatus.Corroborated)]
    [InlineData(new StanceKind[0], ClaimStatus.Claimed)]
    public void Derive_Stances_StrongestObjectionWins(StanceKind[] stances, ClaimStatus expected) =>
        Assert.Equal(expected, ClaimStatusRule.Derive(stances));
}
