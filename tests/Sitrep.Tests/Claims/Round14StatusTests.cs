using System.Collections.Immutable;
using Sitrep.Claims;

namespace Sitrep.Tests.Claims;

/// <summary>
/// Round 14 status mechanisms: a claim's last word on who holds a place, who the dead were read from a person noun and a
/// relation (identity_words.tsv) rather than from listed phrasings, and plurals of lexicon nouns. Fresh sentences, not in
/// the gold set.
/// </summary>
public class Round14StatusTests
{
    private static (string Text, ImmutableArray<ClaimAnnotation> Claims) Detect(string text) => ClaimTestText.Detect(text);

    private static ClaimAnnotation ClaimWith(string text, ImmutableArray<ClaimAnnotation> claims, string content) =>
        ClaimTestText.ClaimWith(text, claims, content);

    [Fact]
    public void Detect_EnteredButPushedBack_DoesNotDisputeTheHoldersClaim()
    {
        var (t, claims) = Detect("The rebel group said its fighters had seized two hilltops near the town of Dori. "
            + "The army said its troops still controlled the hilltops. "
            + "Three herders told AFP that rebel fighters had entered positions on one of the hilltops but had been pushed back before noon.");
        Assert.DoesNotContain(ClaimWith(t, claims, "its troops still controlled").Stances, s => s.Stance == StanceKind.Disputes);
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "its fighters had seized").Status);
    }

    [Fact]
    public void Detect_TheDeadIncludedShepherds_DisputesAClaimOfMilitantsKilled()
    {
        var (t, claims) = Detect("The army said jets had killed nine militants in a strike in the Hamrin mountains. "
            + "A member of the provincial council, Omar Saleh, said the dead included two shepherds.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "jets had killed nine militants").Status);
    }

    [Fact]
    public void Detect_NotMilitants_IsTheOtherKindOfPeople()
    {
        var (t, claims) = Detect("The military said troops had killed about 20 militants near the crossing. "
            + "The mayor, Khalil Nasser, said the men killed near the crossing were police officers, not militants.");
        Assert.Equal(ClaimStatus.Disputed, ClaimWith(t, claims, "troops had killed about 20 militants").Status);
    }

    [Fact]
    public void Detect_CiviliansIncludingChildren_DoNotSayWhoAnotherClaimsDeadWere()
    {
        var (t, claims) = Detect("Two security officials said the strikes had killed about 20 militants. "
            + "The United Nations mission said civilians, including children, had been killed in the strikes.");
        Assert.DoesNotContain(ClaimWith(t, claims, "the strikes had killed about 20 militants").Stances, s => s.Stance == StanceKind.Disputes);
    }

    [Theory]
    [InlineData("The foreign ministry said the accusation was \"a shameless lie\".", ClaimStatus.Denied)]
    [InlineData("The foreign ministry called the accusation \"pure invention\".", ClaimStatus.Denied)]
    [InlineData("The foreign ministry said the accusation was \"one-sided\".", ClaimStatus.Disputed)]
    public void Detect_AnEvaluativeWordAfterAFrame_TakesTheWordsStance(string answer, ClaimStatus status)
    {
        var (t, claims) = Detect("The interior minister, Arben Hoxha, accused Serbia of organising the attack on the monastery. " + answer);
        Assert.Equal(status, ClaimWith(t, claims, "Serbia of organising").Status);
    }

    [Fact]
    public void Default_Evaluations_CombineEveryFrameWithEveryWord()
    {
        var phrases = ClaimsLexicon.Default.Stances.Select(s => string.Join(' ', s.Tokens)).ToHashSet();
        Assert.Contains("described ... as ... invention", phrases);
        Assert.Contains("were ... one-sided", phrases);
        Assert.DoesNotContain("was ... pretext", phrases);
    }

    [Fact]
    public void Detect_ThoseReports_AnswerTheClaimThatSpokeOfReports()
    {
        var (t, claims) = Detect("The army said soldiers had killed three rebels in a clash near the river. "
            + "The ombudsman's office said it had received reports that two farmers were among those killed. "
            + "The army said those reports were \"false\".");
        Assert.Equal(ClaimStatus.Denied, ClaimWith(t, claims, "it had received reports").Status);
        Assert.NotEqual(ClaimStatus.Denied, ClaimWith(t, claims, "soldiers had killed three rebels").Status);
    }

    [Theory]
    [InlineData("hilltops", true)]
    [InlineData("outposts", true)]
    [InlineData("press", false)]
    public void TryGetAttackWord_ReadsAPluralAsItsSingular(string word, bool known) =>
        Assert.Equal(known, ClaimsLexicon.Default.TryGetAttackWord(word, out _));

    [Theory]
    [InlineData("shepherds", IdentityWordKind.Civilian)]
    [InlineData("gunmen", IdentityWordKind.Combatant)]
    [InlineData("included", IdentityWordKind.Relation)]
    public void TryGetIdentityWord_KnowsKindsOfPeople(string word, IdentityWordKind kind)
    {
        Assert.True(ClaimsLexicon.Default.TryGetIdentityWord(word, out var found));
        Assert.Equal(kind, found);
    }
}
