using Sitrep.Fusion;
using Sitrep.Ingest;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Fusion;

public class ClaimFusionTests
{
    private static readonly ClaimantRecord _pentagon = new("Pentagon", null, null, "USA", "GOV", false, "The Pentagon");
    private static readonly ClaimantRecord _seoul = new("National Intelligence Service", null, null, "KOR", "GOV", false, "South Korea's National Intelligence Service");
    private static readonly ClaimantRecord _kyiv = new("Andrii Kovalenko", "official", "National Security and Defense Council", "UKR", "GOV", false, "Andrii Kovalenko");
    private static readonly ClaimantRecord _kremlin = new("Kremlin", null, null, "RUS", "GOV", false, "The Kremlin");
    private static readonly ClaimantRecord _pyongyang = new("North Korea", null, null, "PRK", "GOV", false, "North Korea");

    private static ClaimRecord Claim(string id, ClaimantRecord? claimant, string content, string cue = "said", params double[] figures) => new()
    {
        Id = id,
        Claimant = claimant,
        Cue = cue,
        Kind = "indirect",
        Content = new SpanRecord(0, content.Length, content),
        Quantities = [.. figures.Select(f => new QuantityRecord(f, "troops", false, f.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        Evidence = [new SpanRecord(0, content.Length, content)],
    };

    private static StoredArticle Article(string id, string source, int day, params ClaimRecord[] claims)
    {
        var text = $"{source} {id} " + string.Join(" ", claims.Select(c => c.Content.Text));
        return new StoredArticle(
            new ArticleAnalysis { Id = id, Source = source, Published = new DateOnly(2024, 10, day), Claims = claims },
            text,
            ArticleIds.ContentHash(text));
    }

    private static MemberClaim Member(ClaimRecord claim, string article, int day = 24) =>
        new(claim, article, null, null, new DateOnly(2024, 10, day), []);

    /// <summary>The deployment claim in three outlets' words, by three claimants of two camps (USA twice, KOR).</summary>
    private static StoredArticle[] ThreeReports() =>
    [
        Article("a", "Wire A", 24, Claim("a/c0", _pentagon, "about 10,000 North Korean soldiers had been sent to Russia for training", figures: 10000)),
        Article("b", "Outlet B", 25, Claim("b/c0", _seoul, "10,000 North Korean troops had been deployed to Russia", figures: 10000)),
        Article("c", "Outlet C", 25, Claim("c/c0", _pentagon with { Text = "the Pentagon" }, "roughly 10,000 North Korean troops have been sent to Russia", figures: 10000)),
    ];

    [Fact]
    public void Match_ParaphrasedReports_SameProposition()
    {
        var reports = ThreeReports();
        var a = Member(reports[0].Analysis.Claims[0], "a");
        var b = Member(reports[1].Analysis.Claims[0], "b");
        Assert.Equal(ClaimRelation.Same, ClaimMatcher.Match(a, b).Relation);
    }

    [Fact]
    public void Match_DenialOfTheClaim_OpposesNeverSame()
    {
        var claim = Member(Claim("a/c0", _kyiv, "North Korea sent 10,000 troops to Russia", figures: 10000), "a");
        var denial = Member(Claim("b/c0", _pyongyang, "sending troops to Russia", cue: "denied"), "b");
        var match = ClaimMatcher.Match(claim, denial);
        Assert.Equal(ClaimRelation.Opposes, match.Relation);
        Assert.Equal(ClaimPolarity.Denies, denial.Features.Polarity);
    }

    [Fact]
    public void Match_SameClaimantOtherProposition_Unrelated()
    {
        var troops = Member(Claim("a/c0", _kyiv, "North Korean troops are being used in assaults in the Kursk region"), "a");
        var drones = Member(Claim("b/c0", _kyiv, "Russia launched 90 drones at Kyiv overnight", figures: 90), "b");
        Assert.Equal(ClaimRelation.Unrelated, ClaimMatcher.Match(troops, drones).Relation);
    }

    [Fact]
    public void Match_OtherFigureFromAnotherCamp_Conflicts()
    {
        var ten = Member(Claim("a/c0", _pentagon, "10,000 North Korean troops had been sent to Russia", figures: 10000), "a");
        var twelve = Member(Claim("b/c0", _kyiv, "12,000 North Korean troops had been sent to Russia", figures: 12000), "b");
        Assert.Equal(ClaimRelation.Conflicts, ClaimMatcher.Match(ten, twelve).Relation);
    }

    [Fact]
    public void Match_PublishedMonthsApart_NotCompared()
    {
        var early = Member(Claim("a/c0", _pentagon, "10,000 North Korean troops had been sent to Russia"), "a", day: 1);
        var late = Member(Claim("b/c0", _pentagon, "10,000 North Korean troops had been sent to Russia"), "b") with { Published = new DateOnly(2025, 3, 1) };
        Assert.Equal("published too far apart", ClaimMatcher.Match(early, late).Veto);
    }

    [Fact]
    public void Cluster_AnyOrder_SameGroupsAndIds()
    {
        var members = ThreeReports().Select(r => Member(r.Analysis.Claims[0], r.Analysis.Id, r.Analysis.Published!.Value.Day))
            .Append(Member(Claim("d/c0", _kyiv, "Russia launched 90 drones at Kyiv overnight"), "d"))
            .ToList();
        string Describe(IEnumerable<MemberClaim> order) => string.Join(" | ", ClaimFuser.Cluster(order)
            .Select(g => ClaimMerger.FusedIdFor(g) + ":" + string.Join(",", g.Select(m => m.Claim.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));
        var forward = Describe(members);
        Assert.Equal(forward, Describe(Enumerable.Reverse(members)));
        Assert.Equal(forward, Describe([members[2], members[0], members[3], members[1]]));
        Assert.Equal(2, forward.Split(" | ").Length);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_SameClaimInThreeArticles_OneFusedClaimWithAllSourcesAndClaimants(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var reports = ThreeReports();
        store.SaveBatch([reports[0]]);
        store.SaveBatch([reports[1], reports[2]]);

        var fused = Assert.Single(store.QueryClaims(new ClaimQuery()));
        Assert.Equal(3, fused.SourceCount);
        Assert.Equal(["a/c0", "b/c0", "c/c0"], fused.Sources.Select(s => s.ClaimId).Order(StringComparer.Ordinal));
        Assert.Equal(["National Intelligence Service", "Pentagon"], fused.Claimants.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(ClaimMerger.FusedIdFor("a/c0"), fused.Claim.Id);
        Assert.Equal("corroborated", fused.Claim.Status); // the US and South Korea: two independent camps
        Assert.Equal(new DateOnly(2024, 10, 24), fused.FirstReported);
        Assert.Equal(new DateOnly(2024, 10, 25), fused.LastReported);
        Assert.Equal(1, store.Counts().FusedClaims);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_OneCampInTwoOutlets_ClaimedNotCorroborated(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var reports = ThreeReports();
        store.SaveBatch([reports[0], reports[2]]);
        var fused = Assert.Single(store.QueryClaims(new ClaimQuery()));
        Assert.Equal(2, fused.SourceCount);
        Assert.Equal("claimed", fused.Claim.Status);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_TargetDeniesInAnotherArticle_Denied(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "Wire A", 24, Claim("a/c0", _kyiv, "North Korea sent 10,000 troops to Russia", figures: 10000))]);
        store.SaveBatch([Article("b", "Outlet B", 25, Claim("b/c0", _pyongyang, "sending troops to Russia", cue: "denied"))]);

        var claims = store.QueryClaims(new ClaimQuery());
        Assert.Equal(2, claims.Count); // a denial is a stance on the claim and a claim of its own, never merged into it
        var claim = Assert.Single(claims, c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0"));
        Assert.Equal("denied", claim.Claim.Status);
        var stance = Assert.Single(claim.Claim.Stances);
        Assert.Equal(("North Korea", "denies"), (stance.By?.Name, stance.Stance));
        Assert.Equal(5, claim.Claim.Credibility);
        Assert.Equal("denied", Assert.Single(store.QueryClaims(new ClaimQuery { Status = "DENIED" })).Claim.Status);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_ThirdPartyDenial_Disputed(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "Wire A", 24, Claim("a/c0", _kyiv, "North Korea sent 10,000 troops to Russia", figures: 10000))]);
        var china = new ClaimantRecord("China", null, null, "CHN", "GOV", false, "China's foreign ministry");
        store.SaveBatch([Article("b", "Outlet B", 25, Claim("b/c0", china, "North Korea sent troops to Russia", cue: "denied"))]);
        Assert.Equal("disputed", store.QueryClaims(new ClaimQuery()).Single(c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0")).Claim.Status);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_ConflictingFigureFromOtherCamp_BothDisputed(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([Article("a", "Wire A", 24, Claim("a/c0", _pentagon, "10,000 North Korean troops had been sent to Russia", figures: 10000))]);
        store.SaveBatch([Article("b", "Outlet B", 25, Claim("b/c0", _kyiv, "12,000 North Korean troops had been sent to Russia", figures: 12000))]);
        var claims = store.QueryClaims(new ClaimQuery());
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("disputed", c.Claim.Status));
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_SameArticlesAgainOrInOtherOrder_SameFusedClaims(string backend)
    {
        var reports = ThreeReports().Append(Article("d", "Outlet D", 26, Claim("d/c0", _kremlin, "North Korean troops were sent to Russia", cue: "denied"))).ToArray();

        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        foreach (var report in reports)
        {
            store.SaveBatch([report]);
        }

        var first = Snapshot(store);
        var counts = store.Counts();
        Assert.Equal(new BatchOutcome(0, 0, reports.Length), store.SaveBatch(reports));
        Assert.Equal(first, Snapshot(store));
        Assert.Equal(counts, store.Counts());

        using var other = StoreBackends.Create(backend);
        using var reversed = other.Open();
        foreach (var report in reports.Reverse())
        {
            reversed.SaveBatch([report]);
        }

        Assert.Equal(first, Snapshot(reversed));
    }

    /// <summary>Every fused claim of a store as flattened JSON, in a fixed order: two equal snapshots are one ledger.</summary>
    private static string Snapshot(ISitrepStore store) =>
        string.Join("\n", store.QueryClaims(new ClaimQuery()).Select(FusedClaimJson.Flatten).Order(StringComparer.Ordinal));

    /// <summary>The deployment claim, a conflicting figure from a third camp, the target's denial and an unrelated claim.</summary>
    private static StoredArticle[] DisputedReports() =>
    [
        .. ThreeReports(),
        Article("d", "Outlet D", 26, Claim("d/c0", _kremlin, "North Korean troops were sent to Russia", cue: "denied")),
        Article("e", "Outlet E", 26, Claim("e/c0", _kyiv, "12,000 North Korean troops had been sent to Russia", figures: 12000)),
        Article("f", "Outlet F", 27, Claim("f/c0", _kyiv, "Russia launched 90 drones at Kyiv overnight", figures: 90)),
        Article("g", "Outlet G", 27, Claim("g/c0", _seoul, "some 10,000 North Korean soldiers were sent to Russia", figures: 10000)),
    ];

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_AnyBatchOrder_SameFusedClaimsAndStatuses(string backend)
    {
        // Claim fusion is folded claim by claim (a claim joins or founds a fused claim, its oppositions are stored as
        // pairs): whichever order and batches the articles come in, the ledger must be the one all of them give at once.
        var reports = DisputedReports();
        string Ingest(IEnumerable<StoredArticle[]> batches)
        {
            using var test = StoreBackends.Create(backend);
            using var store = test.Open();
            foreach (var batch in batches)
            {
                store.SaveBatch(batch);
            }

            return Snapshot(store);
        }

        var together = Ingest([reports]);
        Assert.Equal(together, Ingest(reports.Select(r => new[] { r })));
        Assert.Equal(together, Ingest(reports.Reverse().Select(r => new[] { r })));
        int[] shuffled = [4, 1, 6, 3, 0, 5, 2];
        Assert.Equal(together, Ingest(shuffled.Select(i => reports[i]).Chunk(2)));

        using var check = StoreBackends.Create(backend);
        using var store = check.Open();
        store.SaveBatch(reports);
        var claims = store.QueryClaims(new ClaimQuery());
        var deployment = Assert.Single(claims, c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0"));
        Assert.Equal(4, deployment.SourceCount);
        Assert.Equal("denied", deployment.Claim.Status); // the Kremlin, a party the claim is about, denies it
        Assert.Contains(deployment.Claim.Stances, s => s.By?.Name == "Andrii Kovalenko" && s.Stance == "disputes");
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_FusedClaimsWrittenBeforeOpponentPairs_SameLedgerOnceTouched(string backend)
    {
        // A store written before migration 8 holds fused claims without their opposition pairs (opponents_known = 0).
        // The first change to such a claim must find its opponents the old way, or the Kremlin's denial is forgotten.
        var reports = DisputedReports();
        string expected;
        using (var fresh = StoreBackends.Create(backend))
        using (var store = fresh.Open())
        {
            store.SaveBatch(reports);
            expected = Snapshot(store);
        }

        using var test = StoreBackends.Create(backend);
        using (var store = test.Open())
        {
            store.SaveBatch(reports[..5]);
        }

        test.Execute("DELETE FROM claim_opponents; UPDATE fused_claims SET opponents_known = 0");
        using (var store = test.Open())
        {
            store.SaveBatch(reports[5..]); // Seoul's second report joins the deployment claim, which is rewritten
            Assert.Equal(expected, Snapshot(store));
            Assert.Equal("denied", store.QueryClaims(new ClaimQuery()).Single(c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0")).Claim.Status);
        }
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_RevisedDenialWithdrawn_OpposedClaimsStatusFollows(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([.. ThreeReports(), Article("d", "Outlet D", 26, Claim("d/c0", _kremlin, "North Korean troops were sent to Russia", cue: "denied"))]);
        Assert.Equal("denied", store.QueryClaims(new ClaimQuery()).Single(c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0")).Claim.Status);

        // The denial's article is revised to say something else: the claim it denied is no longer denied.
        store.SaveBatch([Article("d", "Outlet D", 26, Claim("d/c0", _kremlin, "the Kremlin will hold talks on Friday"))]);
        var deployment = store.QueryClaims(new ClaimQuery()).Single(c => c.Claim.Id == ClaimMerger.FusedIdFor("a/c0"));
        Assert.Equal("corroborated", deployment.Claim.Status);
        Assert.Empty(deployment.Claim.Stances);
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void Ingest_RevisedArticleDropsClaim_SourceRemovedFromFusedClaim(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        var reports = ThreeReports();
        store.SaveBatch(reports);
        var revised = Article("a", "Wire A", 24, Claim("a/c0", _pentagon, "the Pentagon will brief reporters on Monday"));
        store.SaveBatch([revised]);

        var claims = store.QueryClaims(new ClaimQuery());
        Assert.Equal(2, claims.Count);
        var deployment = Assert.Single(claims, c => c.SourceCount == 2);
        Assert.Equal(["b/c0", "c/c0"], deployment.Sources.Select(s => s.ClaimId).Order(StringComparer.Ordinal));
        Assert.Equal(ClaimMerger.FusedIdFor("b/c0"), deployment.Claim.Id); // the earliest remaining report founds it now
    }

    [Theory]
    [MemberData(nameof(StoreBackends.All), MemberType = typeof(StoreBackends))]
    public void QueryClaims_Filters_ByClaimantDatesAndCountry(string backend)
    {
        using var test = StoreBackends.Create(backend);
        using var store = test.Open();
        store.SaveBatch([.. ThreeReports(), Article("d", "Outlet D", 28, Claim("d/c0", _kyiv, "Russia launched 90 drones at Kyiv overnight", figures: 90))]);

        Assert.Equal(2, store.QueryClaims(new ClaimQuery()).Count);
        Assert.Single(store.QueryClaims(new ClaimQuery { Claimant = "kovalenko" }));
        Assert.Single(store.QueryClaims(new ClaimQuery { Claimant = "intelligence service" }));
        Assert.Single(store.QueryClaims(new ClaimQuery { From = new DateOnly(2024, 10, 26) }));
        Assert.Single(store.QueryClaims(new ClaimQuery { To = new DateOnly(2024, 10, 24) }));
        Assert.Empty(store.QueryClaims(new ClaimQuery { To = new DateOnly(2024, 10, 1) }));
        Assert.Single(store.QueryClaims(new ClaimQuery { Country = "PRK" }));
        Assert.Single(store.QueryClaims(new ClaimQuery { Country = "north korea" }));
        Assert.Equal(2, store.QueryClaims(new ClaimQuery { Country = "Russia" }).Count);
        Assert.Single(store.QueryClaims(new ClaimQuery { Limit = 1 }));
    }

    [Fact]
    public void Flatten_FusedClaim_ClaimFieldsAtTopLevelWithClaimantsAndSources()
    {
        var members = ThreeReports().Select(r => Member(r.Analysis.Claims[0], r.Analysis.Id)).ToList();
        var json = System.Text.Json.JsonDocument.Parse(FusedClaimJson.Flatten(ClaimMerger.Merge("C1", members))).RootElement;
        Assert.Equal("C1", json.GetProperty("id").GetString());
        Assert.Equal("indirect", json.GetProperty("kind").GetString());
        Assert.Equal(3, json.GetProperty("sources").GetArrayLength());
        Assert.Equal("a/c0", json.GetProperty("sources")[0].GetProperty("claim_id").GetString());
        Assert.Equal(2, json.GetProperty("claimants").GetArrayLength());
        Assert.Equal(3, json.GetProperty("source_count").GetInt32());
        Assert.False(json.TryGetProperty("claim", out _));
    }

    [Fact]
    public void Features_Synonyms_CaptureWordingsMeet()
    {
        var a = ClaimFeatures.Of(Claim("a", null, "Russian troops took control of the village"));
        var b = ClaimFeatures.Of(Claim("b", null, "Russian soldiers captured the village"));
        Assert.Equal(a.Terms.Keys.Order(StringComparer.Ordinal), b.Terms.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("RUS", a.Countries);
    }
}
