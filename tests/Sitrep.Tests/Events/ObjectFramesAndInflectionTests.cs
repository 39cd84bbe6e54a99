using Sitrep.Events;
using Sitrep.Events.Lexicon;

namespace Sitrep.Tests.Events;

/// <summary>
/// Concessions and de-escalations told by a verb and its object ("lifted the curfew"), the regular inflections the
/// lexicon completes for statement verbs, a predicate noun's centrality and the document-level PLOVER code.
/// </summary>
public class ObjectFramesAndInflectionTests
{
    private static readonly DateOnly _published = new(2024, 6, 12);

    private static IReadOnlyList<EventAnnotation> Events(string text) => EventsTestSupport.Events(text, _published).Events;

    [Theory]
    [InlineData("The military government lifted the nightly curfew in the capital on Monday.", "CONCEDE", "COERCE")]
    [InlineData("The opposition alliance suspended its anti-government protests for a week on Thursday.", "CONCEDE", "PROTEST")]
    [InlineData("Union leaders called off the general strike after talks with the transport ministry.", "CONCEDE", "PROTEST")]
    [InlineData("The army halted its offensive in the northern hills on Sunday.", "RETREAT", "ASSAULT")]
    [InlineData("The interior ministry announced the lifting of the state of emergency in three provinces.", "CONCEDE", "COERCE")]
    public void Detect_VerbWithRestrictionProtestOrOperationObject_ConcessionNotTheObjectsEvent(string text, string plover, string objectEvent)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.PloverEvent == plover);
        Assert.DoesNotContain(events, e => e.PloverEvent == objectEvent); // the curfew is being ended, not imposed
        Assert.All(events.Where(e => e.PloverEvent == plover), e => Assert.Null(e.Acled));
    }

    [Theory]
    [InlineData("The European Union suspended aid to the military government on Friday.", "SANCTION")]
    [InlineData("The two delegations ended talks on the curfew without an agreement on Friday.", "COERCE")]
    public void Detect_ObjectThatIsNoRestriction_FrameDoesNotApply(string text, string expected)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.PloverEvent == "CONCEDE");
        Assert.Contains(events, e => e.PloverEvent == expected);
    }

    [Fact]
    public void CompleteInflections_TwoFormsOfAVerb_AddsTheOthers()
    {
        var forms = TriggerLexicon.CompleteInflections(["condemned", "condemns", "called for", "calls for"]);
        Assert.Contains("condemn", forms);
        Assert.Contains("condemning", forms);
        Assert.Contains("call for", forms);
        Assert.Contains("calling for", forms);
    }

    [Fact]
    public void CompleteInflections_OneFormOnly_AddsNothing()
    {
        // "bars" alone is no evidence that "bar" is the verb meant.
        var forms = TriggerLexicon.CompleteInflections(["bars", "outlawed"]);
        Assert.Equal(2, forms.Length);
        Assert.DoesNotContain("bar", forms);
    }

    [Fact]
    public void Load_CompletedForms_OnlyForStatementVerbs()
    {
        var lexicon = TriggerLexicon.Default;
        Assert.Contains("condemn", (IReadOnlySet<string>)lexicon.GeneratedForms);
        Assert.Contains("urge", (IReadOnlySet<string>)lexicon.GeneratedForms);
        // ACLED triggers keep their curated forms: "moving" and "retreating" are no deployment or withdrawal.
        Assert.DoesNotContain("moving", (IReadOnlySet<string>)lexicon.GeneratedForms);
        Assert.DoesNotContain("retreating", (IReadOnlySet<string>)lexicon.GeneratedForms);
        Assert.All(lexicon.GeneratedForms, f => Assert.True(lexicon.TriggersByForm[f].All(t => t.AcledCandidates.IsEmpty), f));
    }

    [Theory]
    [InlineData("Human rights groups condemn the mass arrests of journalists in the capital.", "ACCUSE")]
    [InlineData("Western governments urge both sides to return to the negotiating table.", "REQUEST")]
    public void Detect_BaseFormOfAStatementVerb_Coded(string text, string plover)
    {
        Assert.Contains(Events(text), e => e.PloverEvent == plover);
    }

    [Fact]
    public void Detect_NounAfterBe_IsTheMainEvent()
    {
        var events = Events("Thousands of teachers are out on strike across the country, demanding higher pay.");
        var main = events.OrderBy(e => e.Prominence).ThenBy(e => e.Trigger.Start).First();
        Assert.Equal("PROTEST", main.PloverEvent);
    }

    [Theory]
    [InlineData("The rebels will withdraw from the town next week, their commander said.", "CONCEDE")]
    [InlineData("The rebels withdrew from the town on Monday, their commander said.", "RETREAT")]
    public void DocumentCode_PromisedWithdrawal_ConcedeButDoneWithdrawalRetreat(string text, string expected)
    {
        var retreat = Events(text).First(e => e.PloverEvent == "RETREAT");
        Assert.Equal(expected, CodingEvaluators.DocumentCode(retreat, promised: false));
    }

    [Fact]
    public void DocumentCode_AgreedTo_Concede()
    {
        var retreat = Events("The rebels withdrew from the town on Monday.").First(e => e.PloverEvent == "RETREAT");
        Assert.Equal("CONCEDE", CodingEvaluators.DocumentCode(retreat, promised: true));
    }
}
