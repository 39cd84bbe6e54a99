using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Store;

/// <summary>
/// A vague report that joined a near-miss because nothing better was in the ledger moves to the incident it reports
/// when an outlet's report of that incident arrives (<see cref="EventFuser.Rehome"/>).
/// </summary>
public class RehomedFusionTests
{
    /// <summary>The near-miss: a strike on a market in another town of the same region the same day, three dead.</summary>
    private static EventRecord Vovchansk(string id)
    {
        const string Text = "A drone hit a market in Vovchansk, killing three people.";
        return BridgedFusionTests.Town(id) with
        {
            Location = "Vovchansk",
            Latitude = 50.2907,
            Longitude = 36.9414,
            Fatalities = 3,
            Evidence = [new SpanRecord(0, Text.Length, Text)],
        };
    }

    /// <summary>The near-miss told without its day: it fits the governor's line of the 16th and a report of the 17th.</summary>
    private static EventRecord UndatedVovchansk(string id) =>
        Vovchansk(id) with { EventDate = null, DateStart = null, DateEnd = null, TimePrecision = null };

    /// <summary>Another outlet's report of the Vovchansk strike, dated the 17th: the governor's line of the 16th is another day.</summary>
    private static EventRecord VovchanskOnThe17th(string id)
    {
        const string Text = "Three people were killed when a drone hit a market in Vovchansk on Sunday.";
        var day = new DateOnly(2024, 11, 17);
        return Vovchansk(id) with
        {
            EventDate = day,
            DateStart = day,
            DateEnd = day,
            Evidence = [new SpanRecord(0, Text.Length, Text)],
        };
    }

    private static StoredArticle Article(string id, params EventRecord[] events)
    {
        var text = string.Join(" ", events.SelectMany(e => e.Evidence).Select(s => s.Text));
        return new StoredArticle(
            new ArticleAnalysis { Id = id, Source = id, Published = new DateOnly(2024, 11, 17), Events = [.. events] },
            text,
            ArticleIds.ContentHash(text));
    }

    private static readonly MemberEvent _nearMiss = BridgedFusionTests.Member(Vovchansk("vovchansk/ev0"), "vovchansk");
    private static readonly MemberEvent _vague = BridgedFusionTests.Member(BridgedFusionTests.Governor("governor/ev0"), "governor");
    private static readonly MemberEvent _wire = BridgedFusionTests.Member(BridgedFusionTests.Wire("wire/ev0"), "wire");

    [Fact]
    public void Reports_AsWritten_TheVagueLineFitsBothButTheWireBetter()
    {
        // What the tests below rest on: the governor's line fits the near-miss (it joins it when it comes first), the wire
        // is another place than the near-miss (a hard rule), and the line resembles the wire more.
        var fuser = new EventFuser();
        var withNearMiss = EventMatcher.Match(_vague, _nearMiss);
        var withWire = EventMatcher.Match(_vague, _wire);
        Assert.True(withNearMiss.IsCompatible && withNearMiss.Score >= fuser.Threshold, $"{withNearMiss.Score:0.000} {withNearMiss.Veto}");
        Assert.True(withWire.Score > withNearMiss.Score, $"wire {withWire.Score:0.000}, near-miss {withNearMiss.Score:0.000}");
        Assert.False(EventMatcher.Match(_wire, _nearMiss).IsCompatible);
    }

    [Fact]
    public void Rehome_VagueReportFitsTheNewEventBetter_MovesIt()
    {
        var fuser = new EventFuser();
        var nearMiss = new FusionCandidate("F-near", [_nearMiss, _vague]);
        var wire = new FusionCandidate("F-wire", [_wire]);

        var moves = fuser.Rehome("F-wire", [_wire], [nearMiss, wire]);

        var move = Assert.Single(moves);
        Assert.Same(_vague, move.Member);
        Assert.Equal(("F-near", "F-wire"), (move.From, move.To));
    }

    [Fact]
    public void Rehome_ReportSupportedByTheOutletsOfItsEvent_Stays()
    {
        // Two more outlets told the near-miss in the governor's words: the line agrees with three reports there, and one
        // resemblance, however close, does not pull it away from them.
        var fuser = new EventFuser();
        var others = new[] { "local", "agency" }.Select(a => BridgedFusionTests.Member(Vovchansk(a + "/ev0"), a));
        var nearMiss = new FusionCandidate("F-near", [_nearMiss, .. others, _vague]);

        Assert.Empty(fuser.Rehome("F-wire", [_wire], [nearMiss]));
    }

    [Fact]
    public void Rehome_JoinedEventHoldsAReportOfItsArticleBeyondTheComparedOnes_Stays()
    {
        // The joined event's reports past the first MaxCompared are not scored; the governor's article has one of them,
        // and one article's events stay apart however well its line fits the rest.
        var fuser = new EventFuser();
        var outlets = Enumerable.Range(0, EventFuser.MaxCompared)
            .Select(i => BridgedFusionTests.Member(BridgedFusionTests.Wire($"outlet{i}/ev0"), $"outlet{i}"));
        var governorsOther = BridgedFusionTests.Member(BridgedFusionTests.Wire("governor/ev1"), "governor");
        var nearMiss = new FusionCandidate("F-near", [_nearMiss, _vague]);

        Assert.Single(fuser.Rehome("F-wire", [_wire, .. outlets], [nearMiss]));
        Assert.Empty(fuser.Rehome("F-wire", [_wire, .. outlets, governorsOther], [nearMiss]));
    }

    [Fact]
    public void Rehome_LoneReport_StaysForTheBridgeToDecide()
    {
        var fuser = new EventFuser();
        Assert.Empty(fuser.Rehome("F-wire", [_wire], [new FusionCandidate("F-governor", [_vague])]));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_NearMissFirst_VagueReportEndsWithTheIncidentItTells(string backend)
    {
        foreach (var oneBatch in new[] { false, true })
        {
            using var test = StoreBackends.Create(backend);
            using var store = (SqlStore)test.Open();
            StoredArticle[] articles =
            [
                Article("vovchansk", _nearMiss.Event),
                Article("governor", _vague.Event),
                Article("wire", _wire.Event),
            ];
            Save(store, articles, oneBatch);

            var fused = store.QueryEvents(new EventQuery());
            Assert.Equal(2, fused.Count);
            var groups = ArticleGroups(fused);
            Assert.Equal(["governor+wire", "vovchansk"], groups);
            AssertFusedAsRebuilt(store);
        }
    }

    [Fact]
    public void Reports_AsWritten_EachOfTheTwoEventsFitsOneReportOfTheOldEventBetter()
    {
        // What the test below rests on: the governor's line and the undated near-miss are one fused event; the wire's
        // report fits the line better (and not the near-miss: another town), its second report the near-miss better (and
        // not the line: another day).
        var fuser = new EventFuser();
        var undated = BridgedFusionTests.Member(UndatedVovchansk("vovchansk/ev0"), "vovchansk");
        var secondReport = BridgedFusionTests.Member(VovchanskOnThe17th("wire/ev1"), "wire");
        var pair = EventMatcher.Match(_vague, undated);
        Assert.True(pair.IsCompatible && pair.Score >= fuser.Threshold, $"{pair.Score:0.000} {pair.Veto}");
        Assert.True(EventMatcher.Match(_vague, _wire).Score > pair.Score);
        Assert.False(EventMatcher.Match(_wire, undated).IsCompatible);
        var second = EventMatcher.Match(undated, secondReport);
        Assert.True(second.IsCompatible && second.Score > pair.Score, $"{second.Score:0.000} {second.Veto}");
        Assert.False(EventMatcher.Match(_vague, secondReport).IsCompatible);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void SaveBatch_TwoEventsOfOneArticleEachFitOneReportOfATwoReportEvent_TheLastReportStays(string backend)
    {
        // Each of the wire's events would take one of the two reports of the governor's event (the moves are chosen
        // against the ledger before either is made): the first moves, the last report stays, and no fused event is left
        // without reports.
        foreach (var oneBatch in new[] { false, true })
        {
            using var test = StoreBackends.Create(backend);
            using var store = (SqlStore)test.Open();
            StoredArticle[] articles =
            [
                Article("vovchansk", UndatedVovchansk("vovchansk/ev0")),
                Article("governor", _vague.Event),
                Article("wire", _wire.Event, VovchanskOnThe17th("wire/ev1")),
            ];
            Save(store, articles, oneBatch);

            var fused = store.QueryEvents(new EventQuery());
            var groups = ArticleGroups(fused);
            Assert.Equal(["governor+wire", "vovchansk", "wire"], groups);
            AssertFusedAsRebuilt(store);
        }
    }

    /// <summary>Saves the articles in one batch, or one batch each: fusion must end the same either way.</summary>
    private static void Save(SqlStore store, StoredArticle[] articles, bool oneBatch)
    {
        if (oneBatch)
        {
            store.SaveBatch(articles);
            return;
        }

        foreach (var article in articles)
        {
            store.SaveBatch([article]);
        }
    }

    /// <summary>Each fused event as its reports' article ids ("governor+wire"), in order.</summary>
    private static IOrderedEnumerable<string> ArticleGroups(IEnumerable<FusedEventRecord> fused) =>
        fused.Select(f => string.Join("+", f.Sources.Select(s => s.ArticleId).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

    /// <summary>Every stored fused event (record, fold and actors) is what a rebuild from its reports gives.</summary>
    private static void AssertFusedAsRebuilt(SqlStore store)
    {
        foreach (var (id, stored, rebuilt, storedFold, rebuiltFold) in store.FusedEventsAndRebuilds())
        {
            Assert.True(stored == rebuilt, $"fused event {id}:\nstored  {stored}\nrebuilt {rebuilt}");
            Assert.Equal(rebuiltFold, storedFold);
        }

        FusedActorsCheck.AssertMatchTheirReports(store);
    }
}
