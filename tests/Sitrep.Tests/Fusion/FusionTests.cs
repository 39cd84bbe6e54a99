using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Fusion;

public class FusionTests
{
    private static readonly ActorRecord _russia = new("Military Forces of Russia (2000-)", "RUS", "MIL", "State forces", "Russian forces");
    private static readonly ActorRecord _civilians = new("Civilians (Ukraine)", "UKR", "CVL", "Civilians", "civilians");

    /// <summary>A shelling report of a Ukrainian town; each argument varies one thing a second outlet might report differently.</summary>
    private static EventRecord Shelling(
        string id,
        string place = "Kostiantynivka",
        double lat = 48.5277,
        double lon = 37.7069,
        int precision = 1,
        int day = 16,
        int? dead = 3,
        string evidence = "Russian forces shelled Kostiantynivka, killing three civilians.",
        string admin1 = "Donetsk",
        ActorRecord? actor1 = null) => new()
        {
            Id = id,
            EventType = "Explosions/Remote violence",
            SubEventType = "Shelling/artillery/missile attack",
            PloverEvent = "ASSAULT",
            Actor1 = actor1 ?? _russia,
            Actor2 = _civilians,
            Country = "Ukraine",
            Iso3 = "UKR",
            Admin1 = admin1,
            Location = place,
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = precision,
            EventDate = new DateOnly(2024, 11, day),
            DateStart = new DateOnly(2024, 11, day),
            DateEnd = new DateOnly(2024, 11, day),
            TimePrecision = 1,
            Fatalities = dead,
            Evidence = [new SpanRecord(0, evidence.Length, evidence)],
        };

    private static StoredArticle ArticleWith(string id, string source, params EventRecord[] events)
    {
        var text = $"{source} report {id}";
        return new StoredArticle(
            new ArticleAnalysis { Id = id, Source = source, Published = new DateOnly(2024, 11, 17), Events = events },
            text,
            ArticleIds.ContentHash(text));
    }

    [Fact]
    public void Match_SameStrikeWordedDifferently_CompatibleAndAboveThreshold()
    {
        var a = Shelling("a/e0");
        var b = Shelling("b/e0", dead: 4, evidence: "Three people died when Russian artillery hit Kostiantynivka on Saturday, the governor said.");
        var match = EventMatcher.Match(a, b);
        Assert.True(match.IsCompatible);
        Assert.True(match.Score >= EventFuser.DefaultThreshold, $"score {match.Score}");
    }

    [Theory]
    [InlineData("day", "different dates")]
    [InlineData("village", "places")]
    [InlineData("admin1", "different first-level divisions")]
    [InlineData("actors", "different actors")]
    public void Match_NearMiss_Vetoed(string differs, string reason)
    {
        var a = Shelling("a/e0");
        var b = differs switch
        {
            "day" => Shelling("b/e0", day: 17),
            "village" => Shelling("b/e0", place: "Druzhkivka", lat: 48.6214, lon: 37.5278),
            "admin1" => Shelling("b/e0", place: "Kupiansk", lat: 49.7106, lon: 37.6156, admin1: "Kharkiv"),
            _ => Shelling("b/e0", actor1: new ActorRecord("Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces", "Ukrainian forces")),
        };
        var match = EventMatcher.Match(a, b);
        Assert.False(match.IsCompatible);
        Assert.Contains(reason, match.Veto);
    }

    [Fact]
    public void Match_StrikeAndStrikeBack_VetoedAsOppositeRoles()
    {
        // The rockets on the border town and the air strike in reply: each report names both armies, so the actor
        // veto lets them through; their roles are swapped. The same strike told with the same roles still matches.
        var ukraine = new ActorRecord("Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces", "Ukrainian forces");
        var strike = Shelling("a/e0", actor1: _russia) with { Actor2 = ukraine };
        var strikeBack = Shelling("b/e0", actor1: ukraine, evidence: "Ukrainian forces shelled Russian positions near Kostiantynivka.") with { Actor2 = _russia };
        var sameStrike = Shelling("c/e0", actor1: _russia, evidence: "Russian artillery hit Ukrainian positions in Kostiantynivka.") with { Actor2 = ukraine };

        Assert.Equal("opposite attacker and target", EventMatcher.Match(strike, strikeBack).Veto);
        Assert.Equal("opposite attacker and target", EventMatcher.Match(strikeBack, strike).Veto);
        Assert.True(EventMatcher.Match(strike, sameStrike).IsCompatible);

        // In a battle the order of the sides carries no meaning (ACLED): swapped sides are the same fight.
        var battle = strike with { EventType = "Battles", SubEventType = "Armed clash" };
        var battleTold = strikeBack with { EventType = "Battles", SubEventType = "Armed clash" };
        Assert.True(EventMatcher.Match(battle, battleTold).IsCompatible);
    }

    [Theory]
    [InlineData("Fighting was also reported on Monday in Oog, west of Las Anod, where troops clashed with militiamen.", "Oog")]
    [InlineData("A warplane bombed positions in Kabkabiya, 150 km west of El Fasher in North Darfur.", "Kabkabiya")]
    [InlineData("Shells hit a school at Nova Poltavka north-east of Kramatorsk.", "Nova Poltavka")]
    [InlineData("Gunmen raided a camp in Tawila, about 60 km west of El Fasher, on Sunday.", "Tawila")]
    [InlineData("Drones struck a depot in Kabkabiya, some 150 kilometres west of El Fasher.", "Kabkabiya")]
    [InlineData("Fighting raged in Las Anod, about noon, west of the old airport.", null)]
    [InlineData("Shells hit Las Anod on Monday, west of the old airport.", null)]
    [InlineData("Fighting raged in the north of the country, west of the river.", null)]
    [InlineData("Protesters marched in November, north of the square.", null)]
    public void BearingPlaces_ReadsTheSettlementToldByABearing(string text, string? expected) =>
        Assert.Equal(expected, BearingPlaces.SettlementBeforeBearing(text));

    [Fact]
    public void Match_SettlementToldByABearing_NotTheTownItIsToldFrom()
    {
        // The gazetteer lacks Illinivka, so the geocoder places the report near Kostiantynivka (precision 2).
        var village = Shelling("a/e0", precision: 2, evidence: "Russian forces shelled houses in Illinivka, west of Kostiantynivka, killing three civilians.");
        var town = Shelling("b/e0");
        var sameVillage = Shelling("c/e0", evidence: "Three villagers were killed in Illinivka near Kostiantynivka by Russian shelling.");
        var sameBearing = Shelling("d/e0", precision: 2, evidence: "In Illinivka, west of Kostiantynivka, Russian shells killed three people.");

        Assert.Equal("different named places", EventMatcher.Match(village, town).Veto);
        Assert.Equal("different named places", EventMatcher.Match(town, village).Veto);
        Assert.True(EventMatcher.Match(village, sameVillage).IsCompatible); // its words name the village
        Assert.True(EventMatcher.Match(village, sameBearing).IsCompatible);

        // The geocoder may instead keep the village's own name at the town's point (precision 2): its point no longer
        // tells it from the town, its name still does.
        var namedVillage = village with { Location = "Illinivka" };
        Assert.Equal("different named places", EventMatcher.Match(namedVillage, town).Veto);
        Assert.True(EventMatcher.Match(namedVillage, sameVillage).IsCompatible);
    }

    [Fact]
    public void Match_RegionOnlyReport_FitsTownInSameRegion()
    {
        var town = Shelling("a/e0");
        var region = Shelling("b/e0", place: "Donetsk", lat: 48.0, lon: 37.8, precision: 3);
        Assert.True(EventMatcher.Match(town, region).IsCompatible);
    }

    [Fact]
    public void Match_UnlistedVillagePlacedInItsRegion_NotTheTownNamedElsewhere()
    {
        // "the village of Pivnichne in the Donetsk region": the gazetteer lacks it, so it carries the region's point
        // (the record says so), though it is coded as the place named (precision 1).
        var village = Shelling("a/e0", place: "Pivnichne", lat: 48.0, lon: 37.8) with { CoordinatesFrom = EventRecord.CoordinatesFromDivision };
        var town = Shelling("b/e0");
        var sameVillage = Shelling("c/e0", place: "Pivnichne", lat: 48.0, lon: 37.8) with { CoordinatesFrom = EventRecord.CoordinatesFromDivision };
        var regionOnly = Shelling("d/e0", place: "Donetsk", lat: 48.0, lon: 37.8, precision: 3);
        Assert.Equal("different named places", EventMatcher.Match(village, town).Veto);
        Assert.Equal("different named places", EventMatcher.Match(town, village).Veto);
        Assert.True(EventMatcher.Match(village, sameVillage).IsCompatible);
        Assert.True(EventMatcher.Match(village, regionOnly).IsCompatible);
    }

    [Fact]
    public void Match_UnlistedVillageToldByABearing_NotTheTownItIsToldFrom()
    {
        // "in Zorivka, west of Kostiantynivka": the gazetteer lacks the village, so the report is coded to it (precision 1)
        // at the town's own point, which the record marks as borrowed; it is not the town's shelling of that day.
        const string bearing = "Russian forces shelled houses in Zorivka, west of Kostiantynivka, killing three civilians.";
        var village = Shelling("a/e0", place: "Zorivka", evidence: bearing) with { CoordinatesFrom = EventRecord.CoordinatesFromTown };
        var town = Shelling("b/e0");
        var sameVillage = Shelling("c/e0", place: "Zorivka", evidence: bearing) with { CoordinatesFrom = EventRecord.CoordinatesFromTown };
        Assert.Equal("different named places", EventMatcher.Match(village, town).Veto);
        Assert.Equal("different named places", EventMatcher.Match(town, village).Veto);
        Assert.True(EventMatcher.Match(village, sameVillage).IsCompatible);
    }

    [Fact]
    public void Merge_VillageAtABorrowedPointAndTheTownsOwnReport_KeepsTheOwnPoint()
    {
        var merged = EventMerger.Merge("F1",
        [
            new MemberEvent(Shelling("a/e0", place: "Zorivka", lat: 48.0, lon: 37.8) with { CoordinatesFrom = EventRecord.CoordinatesFromDivision }, "a", "Outlet A", null, new DateOnly(2024, 11, 17)),
            new MemberEvent(Shelling("b/e0", precision: 2), "b", "Outlet B", null, new DateOnly(2024, 11, 17)),
        ]);
        Assert.Equal("Kostiantynivka", merged.Event.Location);
        Assert.Null(merged.Event.CoordinatesFrom);
    }

    [Fact]
    public void Merge_ConflictingFatalities_LowestCodedAllFiguresKept()
    {
        var merged = EventMerger.Merge("F1",
        [
            new MemberEvent(Shelling("b/e0", dead: 5, precision: 2), "b", "Outlet B", null, new DateOnly(2024, 11, 18)),
            new MemberEvent(Shelling("a/e0", dead: 3), "a", "Outlet A", null, new DateOnly(2024, 11, 17)),
        ]);
        Assert.Equal(3, merged.Event.Fatalities);
        Assert.Equal(3, merged.Event.FatalitiesLow);
        Assert.Equal(5, merged.Event.FatalitiesHigh);
        Assert.Equal([("a", 3), ("b", 5)], merged.ReportedFigures.Select(f => (f.ArticleId, f.Value)));
        Assert.Equal(1, merged.Event.GeoPrecision);
        Assert.Equal(2, merged.SourceCount);
        Assert.Equal(new DateOnly(2024, 11, 17), merged.FirstReported);
        Assert.Equal(new DateOnly(2024, 11, 18), merged.LastReported);
        Assert.Contains("3 (Outlet A); 5 (Outlet B)", merged.Event.Notes);
    }

    [Fact]
    public void Merge_MembersInAnyOrder_SameRecord()
    {
        var members = new[]
        {
            new MemberEvent(Shelling("a/e0", dead: 3), "a", "A", null, new DateOnly(2024, 11, 17)),
            new MemberEvent(Shelling("b/e0", dead: 2, precision: 2), "b", "B", null, new DateOnly(2024, 11, 17)),
            new MemberEvent(Shelling("c/e0", dead: null, precision: 3), "c", "C", null, new DateOnly(2024, 11, 19)),
        };
        var forward = FusedJson.Flatten(EventMerger.Merge("F", members));
        var backward = FusedJson.Flatten(EventMerger.Merge("F", members.Reverse().ToList()));
        Assert.Equal(forward, backward);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_SameEventFromThreeOutletsPlusNearMisses_OneFusedEventWithAllSources(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([ArticleWith("a", "Outlet A", Shelling("a/e0", dead: 3))]);
        store.SaveBatch([ArticleWith("b", "Outlet B", Shelling("b/e0", dead: 4, evidence: "Russian shelling killed four civilians in Kostiantynivka."))]);
        store.SaveBatch(
        [
            ArticleWith("c", "Outlet C", Shelling("c/e0", dead: 3, precision: 3, place: "Donetsk", lat: 48.0, lon: 37.8)),
            ArticleWith("d", "Outlet D", Shelling("d/e0", day: 17)),
            ArticleWith("e", "Outlet E", Shelling("e/e0", place: "Druzhkivka", lat: 48.6214, lon: 37.5278)),
        ]);

        var fused = store.QueryEvents(new EventQuery());
        Assert.Equal(3, fused.Count);
        var main = Assert.Single(fused, f => f.SourceCount == 3);
        Assert.Equal(["a", "b", "c"], main.Sources.Select(s => s.ArticleId).Order());
        Assert.Equal(3, main.Event.Fatalities);
        Assert.Equal(4, main.Event.FatalitiesHigh);
        Assert.Equal("Kostiantynivka", main.Event.Location);
        Assert.Equal(main.Event.Id, EventMerger.FusedIdFor("a/e0"));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_RevisedArticleLeavesEvent_FusedEventRebuiltFromTheRest(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([ArticleWith("a", "Outlet A", Shelling("a/e0", dead: 3)), ArticleWith("b", "Outlet B", Shelling("b/e0", dead: 2))]);
        Assert.Equal(2, Assert.Single(store.QueryEvents(new EventQuery())).Event.FatalitiesHigh - 1);

        var revised = ArticleWith("b", "Outlet B", Shelling("b/e0", day: 10));
        store.SaveBatch([revised with { Text = "revised", ContentHash = ArticleIds.ContentHash("revised") }]);
        var fused = store.QueryEvents(new EventQuery());
        Assert.Equal(2, fused.Count);
        Assert.All(fused, f => Assert.Equal(1, f.SourceCount));
        Assert.Equal(3, fused.Single(f => f.Event.EventDate == new DateOnly(2024, 11, 16)).Event.Fatalities);
    }

    /// <summary>
    /// Many same-day, same-type reports in one first-level division are all candidates for a new report; the one
    /// it belongs to may sort last among them. The candidate query once stopped at 64 and silently missed it.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_RightEventBeyondSixtyFourCandidates_StillJoined(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        const int Places = 80;
        var articles = Enumerable.Range(0, Places)
            .Select(i => ArticleWith($"p{i:00}", "Outlet P", Shelling($"p{i:00}/e0", place: $"Village {i}", lat: 47.0 + (i * 0.05), lon: 37.0, evidence: $"Russian forces shelled village {i}.")))
            .ToList();
        store.SaveBatch(articles);
        Assert.Equal(Places, store.QueryEvents(new EventQuery()).Count);

        // The report joins the village whose fused id sorts last, far beyond the old cap.
        var last = Enumerable.Range(0, Places).MaxBy(i => EventMerger.FusedIdFor($"p{i:00}/e0"), StringComparer.Ordinal);
        store.SaveBatch([ArticleWith("late", "Outlet Q", Shelling("late/e0", place: $"Village {last}", lat: 47.0 + (last * 0.05), lon: 37.0, evidence: $"Shelling hit village {last}, killing three."))]);

        var fused = store.QueryEvents(new EventQuery());
        Assert.Equal(Places, fused.Count);
        var joined = Assert.Single(fused, f => f.SourceCount == 2);
        Assert.Equal(EventMerger.FusedIdFor($"p{last:00}/e0"), joined.Event.Id);
    }

    [Fact]
    public void CandidateSql_AnyKnownFields_HasNoLimit()
    {
        foreach (var type in new[] { true, false })
        {
            foreach (var dates in new[] { true, false })
            {
                var sql = SqlStore.CandidateSql(type, dates);
                Assert.DoesNotContain("LIMIT", sql, StringComparison.OrdinalIgnoreCase);
                Assert.Equal((type ? 2 : 1) * (dates ? 3 : 1), sql.Split("UNION ALL").Length);
            }
        }
    }

    [Fact]
    public void Cosine_ReportsSharingOnlyNewsBoilerplate_NotAlike()
    {
        var boilerplate = TextSimilarity.Cosine(
            ["Three people were killed on Saturday, officials said."],
            ["At least three civilians died on Saturday, according to local officials."]);
        var samePlace = TextSimilarity.Cosine(
            ["Three people were killed at the Abu Shouk market on Saturday, officials said."],
            ["Shells hit the Abu Shouk market, according to local officials."]);
        Assert.Equal(0, boilerplate);
        Assert.True(samePlace > 0.4, $"cosine {samePlace}");
    }

    [Fact]
    public void LoadStopWords_WordListedTwice_ErrorNamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("stop.txt", "# header\nkilled\nkilled\n");
        var error = Assert.Throws<FormatException>(() => TextSimilarity.LoadStopWords(path));
        Assert.Contains("stop.txt:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_SideNamedGenericallyByOneOutlet_NotVetoed()
    {
        // One outlet names the unit, the other says "the army"; victims are put first by a third.
        var named = Shelling("a/e0");
        var generic = Shelling("b/e0", actor1: new ActorRecord("Military Forces", null, "MIL", "State forces", "the army"));
        var victimsFirst = Shelling("c/e0", actor1: _civilians) with { Actor2 = _russia };
        Assert.True(EventMatcher.Match(named, generic).IsCompatible);
        Assert.True(EventMatcher.Match(named, victimsFirst).IsCompatible);
    }

    /// <summary>
    /// A report joins a fused event by how much it resembles its reports on average, not its closest one: a vague
    /// region-only report fits any strike in the region and must not pull the strike next door in on its own.
    /// </summary>
    [Fact]
    public void Score_CandidateWithSeveralReports_MeanOfMemberScores()
    {
        var precise = new MemberEvent(Shelling("a/e0", evidence: "Russian shelling hit the central market of Kostiantynivka."), "a", "A", null, null);
        var vague = new MemberEvent(Shelling("b/e0", precision: 3, place: "Donetsk", lat: 48.0159, lon: 37.8028, evidence: "Russian forces shelled the region."), "b", "B", null, null);
        var nextDoor = new MemberEvent(Shelling("c/e0", place: "Druzhkivka", lat: 48.6214, lon: 37.5278, precision: 2, evidence: "A shell hit a school near Druzhkivka."), "c", "C", null, null);

        var toPrecise = EventMatcher.Match(nextDoor.Event, precise.Event);
        var toVague = EventMatcher.Match(nextDoor.Event, vague.Event);
        Assert.True(toPrecise.IsCompatible && toVague.IsCompatible);
        Assert.NotEqual(toPrecise.Score, toVague.Score);

        var score = EventFuser.Score(nextDoor, new FusionCandidate("F", [precise, vague]));
        Assert.Equal((toPrecise.Score + toVague.Score) / 2, score, 9);
        Assert.True(score < Math.Max(toPrecise.Score, toVague.Score));
    }
}
