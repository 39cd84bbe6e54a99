using Sitrep.Common;
using Sitrep.Events.Lexicon;
using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Fusion;

/// <summary>Reports of one incident typed differently by different outlets, and reports placed by their words only.</summary>
public class TypeCompatibilityTests
{
    private const string _remote = "Explosions/Remote violence";
    private static readonly ActorRecord _russia = new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces");
    private static readonly ActorRecord _ukraine = new("Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces", "Ukrainian troops");
    private static readonly ActorRecord _civilians = new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "civilians");

    /// <summary>A report of an incident in Kupiansk (Kharkiv region) on 16 November 2024; each argument varies what one outlet might say.</summary>
    private static EventRecord Report(
        string id,
        string type = _remote,
        string sub = "Shelling/artillery/missile attack",
        string plover = "ASSAULT",
        string? place = "Kupiansk",
        int? precision = 1,
        int day = 16,
        ActorRecord? actor2 = null,
        string evidence = "Russian artillery shelled the centre of Kupiansk, killing two civilians and damaging a school.",
        long? geonameid = 704_422) => new()
        {
            Id = id,
            EventType = type,
            SubEventType = sub,
            PloverEvent = plover,
            Actor1 = _russia,
            Actor2 = actor2 ?? _civilians,
            Country = place is null ? null : "Ukraine",
            Iso3 = place is null ? null : "UKR",
            Admin1 = place is null ? null : "Kharkiv",
            Location = place,
            Latitude = place is null ? null : 49.7106,
            Longitude = place is null ? null : 37.6156,
            Geonameid = place is null ? null : geonameid,
            GeoPrecision = place is null ? null : precision,
            EventDate = new DateOnly(2024, 11, day),
            DateStart = new DateOnly(2024, 11, day),
            DateEnd = new DateOnly(2024, 11, day),
            TimePrecision = 1,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };

    private static EventRecord Attack(string id, string evidence = "Russian troops attacked the centre of Kupiansk; two civilians were killed and a school was damaged.") =>
        Report(id, type: "Violence against civilians", sub: "Attack", evidence: evidence);

    private static StoredArticle ArticleWith(string id, params EventRecord[] events)
    {
        var text = $"report {id}";
        return new StoredArticle(
            new ArticleAnalysis { Id = id, Source = "Outlet " + id, Published = new DateOnly(2024, 11, 17), Events = events },
            text,
            ArticleIds.ContentHash(text));
    }

    [Theory]
    [InlineData(_remote, "Shelling/artillery/missile attack", "Battles", "Armed clash", TypeRelation.Compatible)]
    [InlineData(_remote, "Air/drone strike", "Violence against civilians", "Attack", TypeRelation.Compatible)]
    [InlineData("Protests", "Peaceful protest", "Riots", "Violent demonstration", TypeRelation.Compatible)]
    [InlineData(_remote, "Air/drone strike", "Strategic developments", "Disrupted weapons use", TypeRelation.Compatible)]
    [InlineData(_remote, "Air/drone strike", "Strategic developments", "Arrests", TypeRelation.Incompatible)]
    [InlineData(_remote, "Air/drone strike", "Protests", "Peaceful protest", TypeRelation.Incompatible)]
    [InlineData("Battles", "Armed clash", "Riots", "Mob violence", TypeRelation.Incompatible)]
    [InlineData("Battles", "Armed clash", "Battles", "Government regains territory", TypeRelation.Same)]
    [InlineData("Protests", "Excessive force against protesters", "Violence against civilians", "Attack", TypeRelation.Compatible)]
    [InlineData("Protests", "Peaceful protest", "Violence against civilians", "Attack", TypeRelation.Incompatible)]
    [InlineData("Battles", "Armed clash", "Riots", "Violent demonstration", TypeRelation.Compatible)]
    [InlineData("Battles", "Armed clash", "Protests", "Protest with intervention", TypeRelation.Compatible)]
    [InlineData("Battles", "Armed clash", "Protests", "Peaceful protest", TypeRelation.Incompatible)]
    [InlineData("Strategic developments", "Looting/property destruction", "Riots", "Mob violence", TypeRelation.Compatible)]
    [InlineData("Strategic developments", "Looting/property destruction", "Battles", "Armed clash", TypeRelation.Incompatible)]
    public void Relation_DefaultTable_ByTypeAndSubEventType(string typeA, string subA, string typeB, string subB, TypeRelation expected)
    {
        var a = Report("a/e0", type: typeA, sub: subA);
        var b = Report("b/e0", type: typeB, sub: subB);
        Assert.Equal(expected, TypeCompatibility.Default.Relation(a, b));
        Assert.Equal(expected, TypeCompatibility.Default.Relation(b, a)); // symmetric
    }

    [Fact]
    public void Relation_UntypedReports_ComparedByPloverEvent()
    {
        var seize = Report("a/e0", plover: "COERCE") with { EventType = null, SubEventType = null };
        var assault = Report("b/e0");
        var protest = Report("c/e0", plover: "PROTEST") with { EventType = null, SubEventType = null };
        Assert.Equal(TypeRelation.Compatible, TypeCompatibility.Default.Relation(seize, assault));
        Assert.Equal(TypeRelation.Incompatible, TypeCompatibility.Default.Relation(protest, assault));
    }

    [Fact]
    public void EventTypesFor_SubEventPairedWithType_IncludesTheSubEventsParentType()
    {
        var forStrike = TypeCompatibility.Default.EventTypesFor(_remote, "Air/drone strike");
        Assert.Equal(["Battles", _remote, "Strategic developments", "Violence against civilians"], forStrike);
        Assert.Equal(["Protests", "Riots"], TypeCompatibility.Default.EventTypesFor("Protests", "Peaceful protest"));
        Assert.Equal(["Strategic developments"], TypeCompatibility.Default.EventTypesFor("Strategic developments", "Agreement"));
        Assert.Equal(["ASSAULT", "COERCE"], TypeCompatibility.Default.PloverEventsFor("ASSAULT"));
    }

    [Theory]
    [InlineData("Battles\tShellings\t0.10\t-\tmisspelt", "Shellings")]
    [InlineData("Battles\tBattles\t0.10\t-\tself", "itself")]
    [InlineData("Riots\tProtests\t0.10\t-\ttwice", "listed twice")]
    [InlineData("Battles\tRiots\t0.10\t-\t", "'why' is empty")]
    [InlineData("Battles\tRiots\t1.5\t-\tover one", "'margin' is not a score from 0 to 1")]
    [InlineData("Battles\tRiots\t-\t-\tnever", "'margin' is not a score from 0 to 1")]
    [InlineData("Battles\tRiots\t0.10\tsome\tword", "'loose_place' is not a score from 0 to 1")]
    [InlineData("Battles\tRiots\t0.10\t\tempty", "'loose_place' is empty")]
    public void Load_BadRow_ErrorNamesFileAndLine(string row, string problem)
    {
        using var dir = new TempDirectory();
        var path = dir.File("compat.tsv", _header + "Protests\tRiots\t0.10\t0.00\tok\n" + row + "\n");
        var error = Assert.Throws<DataFileException>(() => TypeCompatibility.Load(path, TriggerLexicon.Default.Codebook));
        Assert.Contains("compat.tsv:4", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    private const string _header = "# header comment\na\tb\tmargin\tloose_place\twhy\n";

    [Fact]
    public void Compare_SeveralRowsFit_TheMostSpecificGivesTheWeights()
    {
        using var dir = new TempDirectory();
        var path = dir.File("compat.tsv", _header
            + "Battles\tExplosions/Remote violence\t0.10\t0.05\ttypes\n"
            + "Armed clash\tAir/drone strike\t0.20\t-\tsub-event types\n");
        var table = TypeCompatibility.Load(path, TriggerLexicon.Default.Codebook);
        var clash = Report("a/e0", type: "Battles", sub: "Armed clash");
        var strike = Report("b/e0", sub: "Air/drone strike");
        var shelling = Report("c/e0");

        Assert.Equal((TypeRelation.Compatible, new CrossTypeWeights(0.20, null)), table.Compare(clash, strike));
        Assert.Equal((TypeRelation.Compatible, new CrossTypeWeights(0.20, null)), table.Compare(strike, clash));
        Assert.Equal((TypeRelation.Compatible, new CrossTypeWeights(0.10, 0.05)), table.Compare(clash, shelling));
        Assert.Equal((TypeRelation.Same, (CrossTypeWeights?)null), table.Compare(strike, shelling));
    }

    [Fact]
    public void Match_UnplacedAttackBesideShellingInTown_MergesPayingTheLoosePlaceMargin()
    {
        // The geocoder placed one outlet's report nowhere, and its words do not name the town: for two types this was
        // "not the same named place"; the pair's loose_place weight now lets it through at a further margin.
        var shelling = Report("a/e0");
        var unplaced = Attack("b/e0", evidence: "Russian troops attacked the central market; two civilians were killed and a school was damaged.")
            with
        { Country = null, Iso3 = null, Admin1 = null, Location = null, Latitude = null, Longitude = null, Geonameid = null, GeoPrecision = null };
        var weights = TypeCompatibility.Default.Compare(shelling, unplaced).Weights!;
        Assert.NotNull(weights.LoosePlaceMargin);

        var cross = EventMatcher.Match(shelling, unplaced);
        Assert.True(cross.IsCompatible, cross.Veto);
        Assert.True(cross.CrossType);

        // It pays both margins: the same words from an unplaced report of the shelling's own type score that much more.
        var sameType = Report("c/e0", place: null, evidence: unplaced.Evidence[0].Text!);
        var same = EventMatcher.Match(shelling, sameType);
        Assert.True(same.IsCompatible, same.Veto);
        Assert.True(cross.Score <= same.Score - weights.Margin - weights.LoosePlaceMargin!.Value + 1e-9, $"cross {cross.Score}, same {same.Score}");
    }

    [Fact]
    public void Match_ShellingAndAttackOnCiviliansSameTownSameDay_CompatiblePayingItsMargin()
    {
        var shelling = Report("a/e0");
        var attack = Attack("b/e0");
        var sameType = Report("c/e0", evidence: attack.Evidence[0].Text!);
        var cross = EventMatcher.Match(shelling, attack);
        Assert.True(cross.IsCompatible, cross.Veto);
        Assert.True(cross.CrossType);
        Assert.True(cross.Score >= EventFuser.DefaultThreshold, $"score {cross.Score}");

        // The same words from a report of the same type score at least the pair's margin more (the margin may be 0 for
        // armed violence told by weapon or by victim: the cross-type pair still lacks the sub-event agreement).
        var same = EventMatcher.Match(shelling, sameType);
        Assert.False(same.CrossType);
        var margin = TypeCompatibility.Default.Compare(shelling, attack).Weights!.Margin;
        Assert.True(cross.Score < same.Score - margin, $"cross {cross.Score}, same {same.Score}, margin {margin}");
    }

    [Theory]
    [InlineData("that week", "not the same day")]
    [InlineData("near the town", "not the same named place")]
    [InlineData("armed targets", "civilian and armed targets")]
    [InlineData("protest", "different event type")]
    public void Match_DifferentTypesWithoutStrongEvidence_Vetoed(string differs, string reason)
    {
        var shelling = Report("a/e0");
        var other = differs switch
        {
            // "last week": the dates overlap, which is enough for one type but not for two.
            "that week" => Attack("b/e0") with { EventDate = new DateOnly(2024, 11, 14), DateStart = new DateOnly(2024, 11, 11), DateEnd = new DateOnly(2024, 11, 17), TimePrecision = 2 },
            "near the town" => Report("b/e0", type: "Battles", sub: "Armed clash", precision: 2, evidence: "Russian troops attacked near Kupiansk, killing two civilians."),
            "armed targets" => Report("b/e0", type: "Battles", sub: "Armed clash", actor2: _ukraine, evidence: "Russian and Ukrainian troops fought in the centre of Kupiansk."),
            _ => Report("b/e0", type: "Protests", sub: "Peaceful protest", plover: "PROTEST", evidence: "Residents of Kupiansk protested against the evacuation."),
        };
        var match = EventMatcher.Match(shelling, other);
        Assert.False(match.IsCompatible);
        Assert.Contains(reason, match.Veto, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ForceAgainstProtestersAndAttackOnCivilians_OneIncidentToldByVictim()
    {
        var protesters = new ActorRecord("Protesters (Ukraine)", "UKR", "PRO", "Protesters", "protesters");
        var fired = Report("a/e0", type: "Protests", sub: "Excessive force against protesters", plover: "PROTEST", actor2: protesters,
            evidence: "Police fired on protesters in the centre of Kupiansk, killing two and wounding a school teacher.");
        var attack = Attack("b/e0");
        var match = EventMatcher.Match(fired, attack);
        Assert.True(match.IsCompatible, match.Veto);
        Assert.True(match.CrossType);

        // Against a battle (armed targets) the protesters' side is still the unarmed one.
        var battle = Report("c/e0", type: "Battles", sub: "Armed clash", actor2: _ukraine, evidence: "Troops fought in the centre of Kupiansk.");
        Assert.False(EventMatcher.Match(fired, battle).IsCompatible);
    }

    [Theory]
    [InlineData("Shells hit the Kivsharivka market, wounding an elderly man.", null, 0.7)]
    [InlineData("Shells hit the Borova market, wounding an elderly man.", null, 0.2)]
    [InlineData("Shells hit a market in the Oskil region, wounding an elderly man.", null, 0.2)]
    [InlineData("Shells hit a market (Frontline Wire), wounding an elderly man.", "Frontline Wire", 0.2)]
    public void Match_UnplacedReport_AgreesOnPlaceWhenItSharesASiteName(string unplacedEvidence, string? source, double place)
    {
        // The town's report names a site the gazetteer lacks (and a region, and its outlet); the unplaced report agrees
        // on place only by a shared name that is none of these (else EventMatcher.UnplacedBesideTownAgreement, 0.2:
        // weak evidence against, not the 0.1 it was).
        var located = Report("a/e0", evidence: "Artillery shelled the Kivsharivka market outside Kupiansk in the Oskil region (Frontline Wire), killing two.");
        var unplaced = Report("b/e0", place: null, evidence: unplacedEvidence);
        var match = EventMatcher.Match(located, unplaced, sourceA: source, sourceB: source);
        Assert.True(match.IsCompatible, match.Veto);
        Assert.Equal(place, match.Parts.Place, 3);
    }

    [Fact]
    public void Match_UnlocatedReportNamingTheTown_AgreesOnPlace()
    {
        var located = Report("a/e0");
        // The same words but for the town: only the place tells them apart (a town the gazetteer lacks stays unplaced).
        var naming = Report("b/e0", place: null, evidence: "Shells hit a market in Kupiansk, wounding an elderly man.");
        var namingOther = Report("c/e0", place: null, evidence: "Shells hit a market in Vovchansk, wounding an elderly man.");
        var withName = EventMatcher.Match(located, naming);
        var withOther = EventMatcher.Match(located, namingOther);
        Assert.True(withName.IsCompatible && withOther.IsCompatible);
        Assert.True(withName.Score >= EventFuser.DefaultThreshold, $"score {withName.Score}");
        Assert.True(withOther.Score < EventFuser.DefaultThreshold, $"score {withOther.Score}");
        Assert.True(EventMatcher.SameNamedPlace(located, naming));
        Assert.False(EventMatcher.SameNamedPlace(located, namingOther));
    }

    [Theory]
    [InlineData("Rafaḩ", "Israeli tank shells hit homes in Rafah; three died.", true)]
    [InlineData("Deir al-Balah", "A strike hit tents in Deir al Balah (central Gaza).", true)]
    [InlineData("Sumy", "Drones hit Sumyna overnight.", false)]
    [InlineData("Sumy", "Missiles struck Sumy.", true)]
    public void Mentions_PlaceNameInEvidence_WholeWordsFoldedLikeTheGazetteer(string place, string evidence, bool expected)
    {
        var e = Report("a/e0", place: null, evidence: evidence);
        Assert.Equal(expected, PlaceWords.Mentions(e, place));
    }

    [Fact]
    public void Merge_CompatibleTypesTied_HigherTypeInAcledHierarchyWhateverTheOrder()
    {
        var battle = new MemberEvent(Report("a/e0", type: "Battles", sub: "Armed clash", actor2: _ukraine), "a", "A", null, new DateOnly(2024, 11, 18));
        var strike = new MemberEvent(Report("b/e0"), "b", "B", null, new DateOnly(2024, 11, 17));
        Assert.Equal("Battles", EventMerger.Merge("F", [battle, strike]).Event.EventType);
        Assert.Equal("Battles", EventMerger.Merge("F", [strike, battle]).Event.EventType);
        Assert.Equal("Armed clash", EventMerger.Merge("F", [strike, battle]).Event.SubEventType);

        // With more reports of the other type, the majority wins.
        var strike2 = new MemberEvent(Report("c/e0"), "c", "C", null, new DateOnly(2024, 11, 19));
        Assert.Equal(_remote, EventMerger.Merge("F", [battle, strike, strike2]).Event.EventType);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_OneIncidentTypedDifferentlyPlusNearMisses_CompatibleReportsJoinOthersStayApart(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([ArticleWith("a", Report("a/e0"))]);
        store.SaveBatch([ArticleWith("b", Attack("b/e0"))]);
        store.SaveBatch(
        [
            ArticleWith("c", Report("c/e0", type: "Protests", sub: "Peaceful protest", plover: "PROTEST", actor2: null, evidence: "Residents of Kupiansk protested against the evacuation.") with { Actor1 = _civilians, Actor2 = null }),
            ArticleWith("d", Report("d/e0", type: "Battles", sub: "Armed clash", precision: 2, actor2: _ukraine, evidence: "Russian and Ukrainian troops fought near Kupiansk.")),
            ArticleWith("e", Attack("e/e0") with { EventDate = new DateOnly(2024, 11, 17), DateStart = new DateOnly(2024, 11, 17), DateEnd = new DateOnly(2024, 11, 17) }),
            ArticleWith("f", Report("f/e0", place: null, evidence: "Two civilians died and a school was damaged as shells hit the centre of Kupiansk.")),
        ]);

        var fused = store.QueryEvents(new EventQuery());
        var main = Assert.Single(fused, f => f.SourceCount > 1);
        Assert.Equal(["a", "b", "f"], main.Sources.Select(s => s.ArticleId).Order());
        Assert.Equal(_remote, main.Event.EventType); // two shelling reports against one attack report
        Assert.Equal("Kupiansk", main.Event.Location);
        Assert.Equal(4, fused.Count);
    }

    [Fact]
    public void CandidateSql_SeveralCompatibleTypes_OneIndexableInList()
    {
        var sql = SqlStore.CandidateSql(knowsType: true, knowsDates: true, typeCount: 3);
        Assert.Contains("event_type IN (@Type0, @Type1, @Type2)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" OR ", sql.Replace("@Iso3 IS NULL OR iso3 IS NULL OR iso3 = @Iso3", string.Empty), StringComparison.Ordinal);
        var plover = SqlStore.CandidateSql(knowsType: false, knowsDates: false, knowsPlover: true, typeCount: 2);
        Assert.Contains("plover_event IN (@Type0, @Type1)", plover, StringComparison.Ordinal);
    }

    /// <summary>Through the real pipeline: a shelling and an attack on civilians in one town on one day are one event; a protest there is not.</summary>
    [Fact]
    public void Run_TwoOutletsTypingOneIncidentDifferently_OneFusedEventProtestApart()
    {
        using var dir = new TempDirectory();
        var path = dir.File("fusion.compat.jsonl",
            """
            {"id": "k-1", "text": "Russian artillery shelled the centre of Kupiansk on Saturday, killing two civilians and damaging a school, the regional governor said.", "published": "2024-11-16", "source": "Wire A", "gold": {"cluster": "k/main", "event_type": "Explosions/Remote violence", "event_date": "2024-11-16", "iso3": "UKR"}}
            {"id": "k-2", "text": "Russian troops attacked the centre of Kupiansk on Saturday; two civilians were killed and a school was damaged, local officials said.", "published": "2024-11-16", "source": "Local B", "gold": {"cluster": "k/main", "event_type": "Explosions/Remote violence", "event_date": "2024-11-16", "iso3": "UKR"}}
            {"id": "k-3", "text": "Hundreds of residents protested in Kupiansk on Saturday against the evacuation order.", "published": "2024-11-16", "source": "Local B", "gold": {"cluster": "k/protest", "event_type": "Protests", "event_date": "2024-11-16", "iso3": "UKR"}}
            """);
        var outcomes = FusionEvaluator.Run(path, SitrepPipeline.CreateDefault());
        var byId = outcomes.ToDictionary(o => o.Gold.Id);

        Assert.All(outcomes, o => Assert.NotNull(o.FusedId));
        Assert.Equal(byId["k-1"].FusedId, byId["k-2"].FusedId);
        Assert.NotEqual(byId["k-1"].FusedId, byId["k-3"].FusedId);
        var score = FusionEvaluator.Score(outcomes);
        Assert.Empty(score.FalseMerges);
        Assert.Empty(score.MissedMerges);
    }
}
