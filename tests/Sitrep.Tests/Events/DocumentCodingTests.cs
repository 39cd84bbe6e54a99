using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>
/// Round 18: how a story's document-level PLOVER label is read. A title-case headline has its event words put in lower
/// case so that the tagger reads them as verbs and nouns, not names; force announced or raised as a possibility in the
/// lead is a threat. The headlines and reports are written for these tests (not gold items).
/// </summary>
public class DocumentCodingTests
{
    private static readonly DateOnly _published = new(2025, 3, 4);

    [Fact]
    public void SentenceCase_TitleCaseHeadline_EventWordsLowerNamesKept()
    {
        var cased = CodingEvaluators.SentenceCase("Uruguay Denounces Actions By Argentina", CodingEvaluators.IsEventWord);

        Assert.StartsWith("Uruguay denounces", cased, StringComparison.Ordinal);
        Assert.EndsWith("Argentina", cased, StringComparison.Ordinal);
    }

    [Fact]
    public void SentenceCase_SentenceCaseHeadline_Unchanged()
    {
        const string headline = "Finland and Estonia sign a border treaty in Tallinn";

        Assert.Equal(headline, CodingEvaluators.SentenceCase(headline, CodingEvaluators.IsEventWord));
    }

    [Fact]
    public void SentenceCase_TitleCaseVerb_CodedOnlyOnceLowered()
    {
        const string headline = "Paraguay Condemns Bolivia's Treatment Of Migrants";
        var cased = CodingEvaluators.SentenceCase(headline, CodingEvaluators.IsEventWord);

        Assert.DoesNotContain(EventsTestSupport.Events(headline + ".", _published).Events, e => e.PloverEvent == "ACCUSE");
        Assert.Contains(EventsTestSupport.Events(cased + ".", _published).Events, e => e.PloverEvent == "ACCUSE");
    }

    [Fact]
    public void DocumentCode_ForceRaisedAsPossibility_ThreatAssertedForceKept()
    {
        var arrest = Assert.Single(EventsTestSupport.Events("Police arrested 12 protesters in Nairobi on Monday.", _published).Events, e => e.PloverEvent == "COERCE");

        Assert.Equal("COERCE", CodingEvaluators.DocumentCode(arrest, promised: false));
        Assert.Equal("THREATEN", CodingEvaluators.DocumentCode(arrest with { Modality = EventModality.Hypothetical }, promised: false));
        Assert.Equal("THREATEN", CodingEvaluators.DocumentCode(arrest with { Modality = EventModality.Future }, promised: false));
    }

    [Theory]
    [InlineData("Rebels in Darfur declare a nationwide ceasefire.", true)]
    [InlineData("The army announced the suspension of its offensive near Goma on Monday.", true)]
    [InlineData("The ceasefire in Darfur held for a third day on Monday, monitors said.", false)]
    public void Declared_RetreatObjectOfDeclaration_ConcessionOnlyThen(string text, bool declared)
    {
        var retreat = Assert.Single(EventsTestSupport.Events(text, _published).Events, e => e.PloverEvent == "RETREAT");

        Assert.Equal(declared, CodingEvaluators.Declared(text, retreat));
        Assert.Equal(declared ? "CONCEDE" : "RETREAT", CodingEvaluators.DocumentCode(retreat, CodingEvaluators.Declared(text, retreat)));
    }

    [Fact]
    public void DocumentCode_WithdrawalPromised_ConcessionMadeNow_Retreat()
    {
        var withdrawal = Assert.Single(EventsTestSupport.Events("Rebel fighters withdrew from the town of Kidal on Sunday, residents said.", _published).Events, e => e.PloverEvent == "RETREAT");

        Assert.Equal("RETREAT", CodingEvaluators.DocumentCode(withdrawal, promised: false));
        Assert.Equal("CONCEDE", CodingEvaluators.DocumentCode(withdrawal with { Modality = EventModality.Future }, promised: false));
        Assert.Equal("CONCEDE", CodingEvaluators.DocumentCode(withdrawal, promised: true));
    }
}

/// <summary>
/// Round 18: a protest verb that reports a statement is verbal disapproval (PLOVER ACCUSE), not a demonstration; a
/// crowd's protest stays one. The reports are written for these tests (not gold items).
/// </summary>
public class VerbalProtestTests
{
    private static readonly DateOnly _published = new(2025, 3, 4);

    [Theory]
    [InlineData("The authorities in Skopje are failing to protect the homes of returning refugees, a rights group protested on Tuesday.")]
    [InlineData("The foreign ministry in Vilnius protested that the flights broke the airspace agreement.")]
    public void Detect_ProtestReportingAStatement_AccuseNoAcled(string text)
    {
        var events = EventsTestSupport.Events(text, _published).Events;

        var accusation = Assert.Single(events, e => e.PloverEvent == "ACCUSE");
        Assert.Null(accusation.Acled);
        Assert.DoesNotContain(events, e => e.PloverEvent == "PROTEST");
    }

    [Theory]
    [InlineData("Hundreds of students protested outside the parliament in Skopje on Tuesday, police said.")]
    [InlineData("After the election results were announced, thousands protested in the centre of Tbilisi.")]
    public void Detect_CrowdProtesting_StaysProtest(string text)
    {
        var events = EventsTestSupport.Events(text, _published).Events;

        Assert.Contains(events, e => e.PloverEvent == "PROTEST" && e.Acled is not null);
        Assert.DoesNotContain(events, e => e.PloverEvent == "ACCUSE");
    }
}
