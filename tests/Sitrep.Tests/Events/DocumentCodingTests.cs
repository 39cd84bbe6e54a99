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

    [Fact]
    public void DocumentCode_WithdrawalPromised_ConcessionMadeNow_Retreat()
    {
        var withdrawal = Assert.Single(EventsTestSupport.Events("Rebel fighters withdrew from the town of Kidal on Sunday, residents said.", _published).Events, e => e.PloverEvent == "RETREAT");

        Assert.Equal("RETREAT", CodingEvaluators.DocumentCode(withdrawal, promised: false));
        Assert.Equal("CONCEDE", CodingEvaluators.DocumentCode(withdrawal with { Modality = EventModality.Future }, promised: false));
        Assert.Equal("CONCEDE", CodingEvaluators.DocumentCode(withdrawal, promised: true));
    }
}
