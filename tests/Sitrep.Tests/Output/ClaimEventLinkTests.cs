using Sitrep.Documents;
using Sitrep.Output;
using Sitrep.Tests.Events;
using Sitrep.Text;

namespace Sitrep.Tests.Output;

/// <summary>Claims and the events they report, within one article (CONTRACT.md claim_ids / event_ids).</summary>
public class ClaimEventLinkTests
{
    private static readonly Lazy<ArticleAnalysis> _sample = new(() =>
    {
        var (text, published) = EventsTestSupport.Sample();
        return AnalysisProjector.Project(EventsTestSupport.Analyze(text, published, "kursk"), includeText: false);
    });

    private static ArticleAnalysis Project(string text) =>
        AnalysisProjector.Project(EventsTestSupport.Analyze(text, new DateOnly(2024, 11, 18)), includeText: false);

    private static TextSpan SpanOf(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, words);
        return new TextSpan(start, start + words.Length);
    }

    [Fact]
    public void Project_SampleBelgorodAttack_LinkedToGovernorsAccount()
    {
        var sample = _sample.Value;
        var belgorod = Assert.Single(sample.Events, e => e.Admin1 == "Belgorod");
        var governor = Assert.Single(sample.Claims, c => c.Claimant?.Name == "Vyacheslav Gladkov");
        Assert.Contains(governor.Id, belgorod.ClaimIds);
        Assert.Contains(belgorod.Id, governor.EventIds);
    }

    [Fact]
    public void Project_SampleDeploymentClaims_LinkedToMobilizeEvent()
    {
        var sample = _sample.Value;
        var deployment = Assert.Single(sample.Events, e => e.PloverEvent == "MOBILIZE" && e.Modality == "asserted");
        var accusation = Assert.Single(sample.Claims, c => c.Content.Text!.Contains("deploying a significant number", StringComparison.Ordinal));
        var tenThousand = Assert.Single(sample.Claims, c => c.Content.Text!.Contains("10,000", StringComparison.Ordinal));
        Assert.Contains(accusation.Id, deployment.ClaimIds);
        Assert.Contains(tenThousand.Id, deployment.ClaimIds);
        Assert.Contains(deployment.Id, tenThousand.EventIds);

        // Besides the deployment it may only report the statement that carries it (an ACCUSE with no ACLED type).
        Assert.All(tenThousand.EventIds.Where(id => id != deployment.Id), id => Assert.Null(Assert.Single(sample.Events, e => e.Id == id).EventType));
    }

    [Fact]
    public void Project_SampleLinks_SymmetricAndNoCommentaryLinked()
    {
        var sample = _sample.Value;
        foreach (var e in sample.Events)
        {
            foreach (var claimId in e.ClaimIds)
            {
                Assert.Contains(e.Id, Assert.Single(sample.Claims, c => c.Id == claimId).EventIds);
            }
        }

        // "the use of these troops highlighted Moscow's desperation" is an opinion, not an event report.
        Assert.Empty(Assert.Single(sample.Claims, c => c.Content.Text!.Contains("desperation", StringComparison.Ordinal)).EventIds);
    }

    [Fact]
    public void Project_EventInReportedSpeech_LinkedToThatClaim()
    {
        var analysis = Project("The regional governor said that Russian artillery shelled Kherson on Sunday, killing two civilians.");
        var strike = Assert.Single(analysis.Events);
        var claim = Assert.Single(analysis.Claims);
        Assert.Equal([claim.Id], strike.ClaimIds);
        Assert.Equal([strike.Id], claim.EventIds);
    }

    [Fact]
    public void Project_UnrelatedClaimInAnotherParagraph_NotLinked()
    {
        var analysis = Project("Russian drones struck an ammunition depot in Kharkiv on Sunday.\n\nThe foreign minister said that talks with Turkey would resume next month.");
        var strike = Assert.Single(analysis.Events, e => e.EventType is not null);
        Assert.Empty(strike.ClaimIds);
        Assert.All(analysis.Claims, c => Assert.DoesNotContain(strike.Id, c.EventIds));
    }

    [Fact]
    public void Link_EventInsideQuotation_ReportedByTheQuotesClaim()
    {
        const string text = "\"Our air defences shot down twenty drones over Kyiv. Debris fell on two houses,\" the air force wrote on Telegram.";
        var layer = TextAnalyzer.Analyze(text);
        var quote = Assert.Single(layer.Quotations);

        // The claim's content is the first quoted sentence only; the event is told in the second.
        var claim = new ClaimPlacement(SpanOf(text, "Our air defences shot down twenty drones over Kyiv."), new TextSpan(0, text.Length), Attributed: true);
        var links = ClaimEventLinker.Link([[SpanOf(text, "Debris fell on two houses,")]], [claim], layer);
        Assert.True(quote.Content.Contains(SpanOf(text, "Debris fell")));
        Assert.Equal([0], links[0]);
    }

    [Fact]
    public void Link_AttributionRightAfterUnattributedEvent_ReportsIt()
    {
        const string text = "A missile hit a school in Kharkiv, killing three people. Mayor Ihor Terekhov wrote that rescuers were still searching the rubble. Later, the council said that schools would reopen.";
        var layer = TextAnalyzer.Analyze(text);
        var strike = SpanOf(text, "A missile hit a school in Kharkiv, killing three people.");
        var mayor = new ClaimPlacement(SpanOf(text, "rescuers were still searching the rubble"), SpanOf(text, "Mayor Ihor Terekhov wrote that rescuers were still searching the rubble"), true);
        var council = new ClaimPlacement(SpanOf(text, "schools would reopen"), SpanOf(text, "the council said that schools would reopen"), true);
        var links = ClaimEventLinker.Link([[strike]], [mayor, council], layer);
        Assert.Equal([0], links[0]); // the council's claim follows the mayor's, not the strike
    }

    [Fact]
    public void Link_AttributionAfterAlreadyAttributedEvent_NotLinkedAgain()
    {
        const string text = "Russian officials said that a drone hit a depot in Oryol. Ukrainian officials described the strike as a success.";
        var layer = TextAnalyzer.Analyze(text);
        var officials = new ClaimPlacement(SpanOf(text, "a drone hit a depot in Oryol"), SpanOf(text, "Russian officials said that a drone hit a depot in Oryol"), true);
        var described = new ClaimPlacement(SpanOf(text, "a success"), SpanOf(text, "Ukrainian officials described the strike as a success"), true);
        var links = ClaimEventLinker.Link([[SpanOf(text, "Russian officials said that a drone hit a depot in Oryol.")]], [officials, described], layer);
        Assert.Equal([0], links[0]);
    }

    [Fact]
    public void Link_UnattributedClaimAfterEvent_NotTakenAsItsSource()
    {
        const string text = "Shelling hit Nikopol overnight. Reports have emerged that power was cut.";
        var layer = TextAnalyzer.Analyze(text);
        var report = new ClaimPlacement(SpanOf(text, "power was cut"), SpanOf(text, "Reports have emerged that power was cut"), Attributed: false);
        var links = ClaimEventLinker.Link([[SpanOf(text, "Shelling hit Nikopol overnight.")]], [report], layer);
        Assert.Empty(links[0]);
    }
}
