using System.Data.Common;
using System.Text.Json;
using Dapper;
using Sitrep.Actors;
using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>
/// Claim fusion on ingest: each stored claim joins the fused claims that state the same proposition (the groups
/// it matches are re-grouped with it by <see cref="ClaimFuser"/>, which depends on the set of claims only), and
/// the fused claims it opposes or conflicts with are rebuilt so that their status reflects the new stance.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>At most this many candidate fused claims (those sharing most terms) are compared with a new claim.</summary>
    private const int _claimCandidateLimit = 16;

    /// <summary>
    /// The fused claims an article's claims belong to, and those of the claims they oppose (whose status their
    /// stance went into): what a revision of the article changes.
    /// </summary>
    private IEnumerable<string> FusedClaimIdsOf(string articleId, DbTransaction transaction) => Connection.Query<string>(
        """
        SELECT m.fused_id FROM fused_claim_members m JOIN claims c ON c.id = m.claim_id WHERE c.article_id = @articleId
        UNION
        SELECT m.fused_id FROM claim_opponents o JOIN claims c ON c.id = o.claim_id JOIN fused_claim_members m ON m.claim_id = o.opponent_id
        WHERE c.article_id = @articleId
        """,
        new { articleId },
        transaction);

    /// <summary>
    /// Fuses the article's claims; returns the fused claims founded, joined, or whose stances changed. Each claim is
    /// compared once, when stored, with the earliest members of its candidate fused claims: it joins the one
    /// proposition it matches (or the groups it matches are re-grouped with it), and each claim it opposes or
    /// conflicts with is recorded as a pair (<see cref="AddOpponents"/>), so that writing a fused claim later needs
    /// no search: its status comes from its members' stances and pairs.
    /// </summary>
    private HashSet<string> FuseClaims(ArticleAnalysis article, DbTransaction transaction)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in article.Claims)
        {
            var member = new MemberClaim(claim, article.Id, article.Source, article.Url, article.Published, FusedEventIdsOf(claim, FusedEventsOf(claim.EventIds, transaction)));
            _claimOpponents[claim.Id] = []; // stored just now: no pairs yet
            var related = new List<(string Id, List<MemberClaim> Members)>();
            foreach (var (fusedId, members) in ClaimCandidates(member.Features.Keys(), article.Published, article.Published, transaction))
            {
                var same = false;
                var count = Math.Min(members.Count, ClaimFuser.MaxCompared);
                for (var i = 0; i < count; i++)
                {
                    var relation = ClaimMatcher.Match(member, members[i]).Relation;
                    if (relation == ClaimRelation.Same)
                    {
                        same = true;
                    }
                    else if (relation is ClaimRelation.Opposes or ClaimRelation.Conflicts)
                    {
                        AddOpponents(member, members[i], relation);
                        touched.Add(fusedId); // its status changes with the new stance
                    }
                }

                if (same)
                {
                    related.Add((fusedId, members));
                }
            }

            if (related.Count == 1 && ClaimFuser.Score(member, related[0].Members) >= ClaimMatcher.SameThreshold)
            {
                // The usual case: the claim joins the one proposition it matches (a founder change is handled on rebuild).
                AddClaimMember(related[0].Id, member, transaction);
                touched.Add(related[0].Id);
                continue;
            }

            Regroup(related, member, touched, transaction);
        }

        return touched;
    }

    /// <summary>
    /// The groups a claim matches, re-grouped with it by <see cref="ClaimFuser.Cluster"/> (which depends on the set of
    /// claims only). A group that comes out as it was stays as it is, one that only gained the claim takes it as a
    /// member; the others are deleted and founded anew (deleting a much-reported fused claim and inserting it again
    /// with all its members and keys cost more than anything else in ingest).
    /// </summary>
    private void Regroup(List<(string Id, List<MemberClaim> Members)> related, MemberClaim member, HashSet<string> touched, DbTransaction transaction)
    {
        var groups = ClaimFuser.Cluster(related.SelectMany(r => r.Members).Append(member));
        var existing = related.ToDictionary(r => r.Id, r => r.Members, StringComparer.Ordinal);
        var kept = new Dictionary<string, bool>(StringComparer.Ordinal); // fused id: whether it gains the claim
        var founded = new List<IReadOnlyList<MemberClaim>>();
        foreach (var group in groups)
        {
            var fusedId = ClaimMerger.FusedIdFor(group);
            var gains = group.Any(m => ReferenceEquals(m, member));
            if (existing.TryGetValue(fusedId, out var members) && group.Count == members.Count + (gains ? 1 : 0)
                && members.All(m => group.Any(g => g.Claim.Id == m.Claim.Id)))
            {
                kept[fusedId] = gains;
            }
            else
            {
                founded.Add(group);
            }
        }

        foreach (var (fusedId, _) in related)
        {
            if (!kept.ContainsKey(fusedId))
            {
                DeleteFusedClaim(fusedId, transaction);
                touched.Remove(fusedId);
            }
        }

        foreach (var (fusedId, gains) in kept)
        {
            if (gains)
            {
                AddClaimMember(fusedId, member, transaction);
                touched.Add(fusedId);
            }
        }

        foreach (var group in founded)
        {
            var fusedId = ClaimMerger.FusedIdFor(group);
            InsertPlaceholder(fusedId, transaction);
            _claimMembers[fusedId] = [];
            foreach (var m in group)
            {
                AddClaimMember(fusedId, m, transaction);
            }

            touched.Add(fusedId);
        }
    }

    /// <summary>
    /// The claims each claim opposes or conflicts with (the writer's <see cref="FusionCache.ClaimOpponents"/>): a
    /// pair is found when the later of its claims is stored and kept in both directions (the relation is symmetric).
    /// </summary>
    private Dictionary<string, List<(MemberClaim Other, ClaimRelation Relation)>> _claimOpponents = new(StringComparer.Ordinal);

    /// <summary>Pairs written by the batch, inserted together before claim_opponents is read and before the batch commits.</summary>
    private readonly List<Arg[]> _pendingOpponents = [];

    private void AddOpponents(MemberClaim a, MemberClaim b, ClaimRelation relation)
    {
        var name = relation == ClaimRelation.Opposes ? "opposes" : "conflicts";
        foreach (var (one, other) in new[] { (a, b), (b, a) })
        {
            _pendingOpponents.Add([Arg.Text("", one.Claim.Id), Arg.Text("", other.Claim.Id), Arg.Text("", name)]);

            // A claim whose pairs are not held is read with them (after the flush) when its fused claim is written.
            if (_claimOpponents.TryGetValue(one.Claim.Id, out var pairs) && !pairs.Any(p => p.Other.Claim.Id == other.Claim.Id))
            {
                pairs.Add((other, relation));
            }
        }
    }

    private void FlushClaimOpponents(DbTransaction transaction)
    {
        if (_pendingOpponents.Count > 0)
        {
            RunRows("INSERT INTO claim_opponents (claim_id, opponent_id, relation)", _pendingOpponents, transaction, " ON CONFLICT DO NOTHING");
            _pendingOpponents.Clear();
        }
    }

    /// <summary>Reads together the pairs of the given claims that this writer does not hold (the pending ones are inserted first).</summary>
    private void ReadClaimOpponents(IEnumerable<string> claimIds, DbTransaction transaction)
    {
        var missing = claimIds.Where(id => !_claimOpponents.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        FlushClaimOpponents(transaction);
        foreach (var id in missing)
        {
            _claimOpponents[id] = [];
        }

        ReadIn(
            list => $"""
                SELECT o.claim_id, o.relation, r.json, r.article_id, a.source, a.url, a.published
                FROM claim_opponents o
                JOIN claims r ON r.id = o.opponent_id
                JOIN articles a ON a.id = r.article_id
                WHERE o.claim_id IN {list}
                """,
            missing,
            transaction,
            reader =>
            {
                var other = new MemberClaim(_parsedClaims.Get(reader.GetString(2)), reader.GetString(3), TextOrNull(reader, 4), TextOrNull(reader, 5), ParseDate(TextOrNull(reader, 6)), []);
                _claimOpponents[reader.GetString(0)].Add((other, reader.GetString(1) == "opposes" ? ClaimRelation.Opposes : ClaimRelation.Conflicts));
            });
    }

    /// <summary>
    /// The claims outside the fused claim that oppose or conflict with its members, each once with its relation to
    /// the earliest member it has one with (members in canonical order): the same set whatever order they came in.
    /// </summary>
    private List<(MemberClaim Other, ClaimRelation Relation)> OpponentsOf(IReadOnlyList<MemberClaim> members)
    {
        var own = members.Select(m => m.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var opponents = new List<(MemberClaim, ClaimRelation)>();
        foreach (var member in members.Order(MemberClaim.Canonical))
        {
            foreach (var (other, relation) in _claimOpponents[member.Claim.Id])
            {
                if (!own.Contains(other.Claim.Id) && seen.Add(other.Claim.Id))
                {
                    opponents.Add((other, relation));
                }
            }
        }

        return opponents;
    }

    /// <summary>Removes a fused claim (its members' and keys' rows go with it) and forgets its members.</summary>
    private void DeleteFusedClaim(string fusedId, DbTransaction transaction, bool keepMembers = false)
    {
        Run("DELETE FROM fused_claims WHERE id = @FusedId", transaction, Arg.Text("FusedId", fusedId));
        _claimKeys?.Deleted(fusedId);
        _pendingKeys?.Deleted(fusedId);
        PendingMembersMoved(fusedId, to: null); // its members' rows go with it (ON DELETE CASCADE)
        if (!keepMembers)
        {
            _claimMembers.Remove(fusedId);
        }
    }

    /// <summary>
    /// The row of a fused claim founded in this batch. It is touched, so the batch's rebuild writes its fields
    /// (status, claimants, JSON) once all of the batch's members and stances are in; merging it here as well would
    /// do that work twice. Its members' keys go in with the members.
    /// </summary>
    private void InsertPlaceholder(string fusedId, DbTransaction transaction) => Run(
        """
        INSERT INTO fused_claims (id, status, kind, polarity, claimants, countries, first_reported, last_reported, source_count, json, opponents_known)
        VALUES (@Id, '', '', '', '', '', NULL, NULL, 0, '', 1)
        """,
        transaction,
        Arg.Text("Id", fusedId));

    private void AddClaimMember(string fusedId, MemberClaim member, DbTransaction transaction)
    {
        if (_pendingMembers is { } pending)
        {
            // Held back like the keys (see FlushClaimMembers); a claim stored twice fails as its primary key would.
            if (!pending.TryAdd(member.Claim.Id, fusedId))
            {
                throw new InvalidOperationException($"claim {member.Claim.Id} joins fused claim {fusedId} but is already a member of {pending.FusedOf(member.Claim.Id)}");
            }
        }
        else
        {
            Run(
                "INSERT INTO fused_claim_members (claim_id, fused_id) VALUES (@ClaimId, @FusedId)",
                transaction,
                Arg.Text("ClaimId", member.Claim.Id),
                Arg.Text("FusedId", fusedId));
        }

        var members = ClaimMembers(fusedId, transaction);
        if (!members.Any(m => m.Claim.Id == member.Claim.Id))
        {
            members.Add(member);
            members.Sort(MemberClaim.Canonical);
        }

        AddClaimTerms(fusedId, [member], transaction);
    }

    private readonly ParsedRecords<ClaimRecord> _parsedClaims = new(json => JsonSerializer.Deserialize(json, SitrepJson.Default.ClaimRecord)!);

    /// <summary>The fused event each of the given events joined.</summary>
    private Dictionary<string, string> FusedEventsOf(IReadOnlyList<string> eventIds, DbTransaction transaction)
    {
        var fused = new Dictionary<string, string>(StringComparer.Ordinal);
        if (eventIds.Count == 0)
        {
            return fused;
        }

        // The batch's own events (those of every claim fused in this batch) are known without asking the database.
        List<string>? missing = null;
        foreach (var id in eventIds)
        {
            if (_batchEventFused.TryGetValue(id, out var fusedId))
            {
                fused[id] = fusedId;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return fused;
        }

        ReadIn(
            list => $"SELECT event_id, fused_id FROM fused_event_members WHERE event_id IN {list}",
            missing,
            transaction,
            reader => fused[reader.GetString(0)] = reader.GetString(1));
        return fused;
    }

    /// <summary>
    /// The fused event each event stored in this batch joined (its fused_event_members row is written at the same
    /// time), so that the batch's claims find their events' fused events without a query each.
    /// </summary>
    private readonly Dictionary<string, string> _batchEventFused = new(StringComparer.Ordinal);

    /// <summary>The fused events a claim's linked events joined, each once, in id order.</summary>
    private static List<string> FusedEventIdsOf(ClaimRecord claim, Dictionary<string, string> fusedEvents) =>
        claim.EventIds.Select(id => fusedEvents.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>"(@p0, @p1, ...)" with the values added as text arguments.</summary>
    private static string InList(string prefix, IReadOnlyList<string> values, List<Arg> args)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = "@" + prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            args.Add(Arg.Text(names[i][1..], values[i]));
        }

        return "(" + string.Join(", ", names) + ")";
    }

    /// <summary>
    /// Fused claims with a member reported within the matching window (or undated) that share the most terms with
    /// the given keys. A fused claim none of whose members lies within the window cannot match (the matcher
    /// compares members published at most <see cref="ClaimMatcher.WindowDays"/> apart), so the key index is
    /// searched by term and member day: a bounded range of the index, however large the store grows.
    /// </summary>
    private List<(string FusedId, List<MemberClaim> Members)> ClaimCandidates(IEnumerable<string> keys, DateOnly? from, DateOnly? to, DbTransaction transaction, string? except = null)
    {
        var terms = keys.ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var windowed = from is not null && to is not null;
        var args = new List<Arg>(terms.Count + 4) { Arg.Text("Except", except), Arg.Int("Limit", _claimCandidateLimit) };
        if (windowed)
        {
            args.Add(Arg.Text("Lo", Iso(from!.Value.AddDays(-ClaimMatcher.WindowDays))));
            args.Add(Arg.Text("Hi", Iso(to!.Value.AddDays(ClaimMatcher.WindowDays))));
        }

        var list = InList("t", terms, args);
        var days = !windowed
            ? $"SELECT term, fused_id FROM fused_claim_keys WHERE term IN {list}"
            : $"""
              SELECT term, fused_id FROM fused_claim_keys WHERE term IN {list} AND day >= @Lo AND day <= @Hi
              UNION ALL
              SELECT term, fused_id FROM fused_claim_keys WHERE term IN {list} AND day = ''
              """;
        if (_claimKeys is { } cache)
        {
            var found = windowed
                ? cache.Candidates(terms, Iso(from!.Value.AddDays(-ClaimMatcher.WindowDays))!, Iso(to!.Value.AddDays(ClaimMatcher.WindowDays))!, except, _claimCandidateLimit)
                : cache.Candidates(terms, string.Empty, "\uffff", except, _claimCandidateLimit);
            ReadClaimMembers(found, transaction);
            return [.. found.Order(StringComparer.Ordinal).Select(id => (id, ClaimMembers(id, transaction)))];
        }

        FlushClaimKeys(transaction); // the database answers: it must hold the batch's keys
        var ids = Strings(
            $"""
            SELECT fused_id FROM (
            {days}
            ) hits
            WHERE @Except IS NULL OR fused_id <> @Except
            GROUP BY fused_id
            HAVING COUNT(DISTINCT term) >= 2
            ORDER BY COUNT(DISTINCT term) DESC, fused_id
            LIMIT @Limit
            """,
            transaction,
            [.. args]);
        ReadClaimMembers(ids, transaction);
        return [.. ids.Order(StringComparer.Ordinal).Select(id => (id, ClaimMembers(id, transaction)))];
    }

    /// <summary>The batch's copy of the claim key index while its claims are fused (null otherwise: searches go to the database).</summary>
    private ClaimKeyCache? _claimKeys;

    /// <summary>
    /// The writer's copy of the claim key index (<see cref="FusionCache.ClaimKeys"/>) for a batch: the keys of the
    /// batch's own claims' terms are read up front (all days: the copy serves any batch's window), those of the terms a
    /// rebuilt fused claim searches when first needed.
    /// </summary>
    private ClaimKeyCache ClaimKeysFor(IReadOnlyList<ArticleAnalysis> articles, FusionCache fusionCache, DbTransaction transaction)
    {
        if (fusionCache.ClaimKeys is { KeyCount: > FusionCache.MaxClaimKeys })
        {
            fusionCache.ClaimKeys = null;
        }

        var cache = fusionCache.ClaimKeys ??= new ClaimKeyCache(string.Empty, "\uffff", _ => []);
        cache.ReadWith(term =>
        {
            var keys = new List<(string, string)>();
            using var reader = Read("SELECT day, fused_id FROM fused_claim_keys WHERE term = @Term", transaction, Arg.Text("Term", term));
            while (reader.Read())
            {
                keys.Add((reader.GetString(0), reader.GetString(1)));
            }

            // Keys the batch holds back are read as if inserted (a duplicate of a stored key counts once in the cache).
            keys.AddRange(_pendingKeys?.Of(term) ?? []);
            return keys;
        });
        PreloadClaimKeys(cache, articles, transaction);
        return cache;
    }

    /// <summary>Terms read together when the batch's claim keys are preloaded: one SQL text (short lists are padded).</summary>
    private const int _preloadTerms = 64;

    /// <summary>Reads the keys of the batch's own claims' terms the copy does not hold, <see cref="_preloadTerms"/> terms per statement.</summary>
    private void PreloadClaimKeys(ClaimKeyCache cache, IEnumerable<ArticleAnalysis> articles, DbTransaction transaction)
    {
        var terms = articles.SelectMany(a => a.Claims).SelectMany(c => ClaimFeatures.For(c).Keys());
        cache.Preload(terms, group =>
        {
            var args = new List<Arg>(_preloadTerms);
            var padded = group.Concat(Enumerable.Repeat(group[^1], _preloadTerms - group.Count)).ToList(); // a repeated term matches nothing more
            var list = InList("t", padded, args);
            var keys = new List<(string, string, string)>();
            using var reader = Read($"SELECT term, day, fused_id FROM fused_claim_keys WHERE term IN {list}", transaction, [.. args]);
            while (reader.Read())
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return keys;
        }, _preloadTerms);
    }

    /// <summary>
    /// The members of fused claims read by this writer, kept up to date by the writes above: a batch compares
    /// many claims with the same few candidates, and reading their members again for each would dominate ingest.
    /// They are the writer's <see cref="FusionCache"/>'s, kept from batch to batch like the fused events' heads.
    /// </summary>
    private Dictionary<string, List<MemberClaim>> _claimMembers = new(StringComparer.Ordinal);

    private List<MemberClaim> ClaimMembers(string fusedId, DbTransaction transaction)
    {
        ReadClaimMembers([fusedId], transaction);
        return _claimMembers[fusedId];
    }

    /// <summary>
    /// Reads together the members of the given fused claims that this transaction has not read yet (a claim's
    /// candidates are read at once, not one query each), with the fused events of their linked events.
    /// </summary>
    private void ReadClaimMembers(IReadOnlyList<string> fusedIds, DbTransaction transaction)
    {
        var missing = fusedIds.Where(id => !_claimMembers.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        if (_pendingMembers is { Count: > 0 } pending && pending.HasAny(missing))
        {
            FlushClaimMembers(transaction); // not expected (see _pendingMembers), but the database must then answer in full
        }

        var rows = ReadMemberRows("claim", missing, transaction);
        var claims = rows.Values.SelectMany(r => r).Select(row => _parsedClaims.Get(row.Json)).ToList();
        var fusedEvents = FusedEventsOf(claims.SelectMany(c => c.EventIds).Distinct(StringComparer.Ordinal).ToList(), transaction);
        foreach (var id in missing)
        {
            var members = new List<MemberClaim>(rows[id].Count);
            foreach (var row in rows[id])
            {
                var claim = _parsedClaims.Get(row.Json);
                members.Add(new MemberClaim(claim, row.ArticleId, row.Source, row.Url, ParseDate(row.Published), FusedEventIdsOf(claim, fusedEvents)));
            }

            members.Sort(MemberClaim.Canonical);
            _claimMembers[id] = members;
        }
    }

    /// <summary>
    /// Writes each fused claim from its members and the claims they oppose or conflict with (their stored pairs); a
    /// fused claim whose earliest report changed (its founder's article was revised) takes the id the new earliest
    /// report gives, and one left without members is removed. Members are those the batch keeps in step with its
    /// writes, read again only when a revised article took some away. A fused claim written before pairs were
    /// stored (migration 8) has its opponents searched once, as they were then, and its pairs stored.
    /// </summary>
    private void RebuildFusedClaims(IEnumerable<string> fusedIds, DbTransaction transaction, bool membersLeft = false)
    {
        var ids = fusedIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        if (membersLeft)
        {
            foreach (var fusedId in ids)
            {
                _claimMembers.Remove(fusedId); // members left with a revised article: read what remains
            }
        }

        ReadClaimMembers(ids, transaction);
        var legacy = LegacyFusedClaims(ids, transaction);
        foreach (var fusedId in legacy)
        {
            SearchOpponents(fusedId, _claimMembers[fusedId], transaction);
        }

        ReadClaimOpponents(ids.SelectMany(id => _claimMembers[id]).Select(m => m.Claim.Id), transaction);
        foreach (var fusedId in ids)
        {
            var members = _claimMembers[fusedId];
            if (members.Count == 0)
            {
                DeleteFusedClaim(fusedId, transaction);
                continue;
            }

            var id = ClaimMerger.FusedIdFor(members);
            var opponents = OpponentsOf(members);
            if (id != fusedId)
            {
                _claimMembers.Remove(fusedId);
                _claimMembers[id] = members;
                WriteFusedClaim(ClaimMerger.Merge(id, members, opponents), members, insert: true, transaction);
                Run("UPDATE fused_claim_members SET fused_id = @Id WHERE fused_id = @FusedId", transaction, Arg.Text("Id", id), Arg.Text("FusedId", fusedId));
                PendingMembersMoved(fusedId, to: id);
                DeleteFusedClaim(fusedId, transaction, keepMembers: true);
                continue;
            }

            WriteFusedClaim(ClaimMerger.Merge(id, members, opponents), members, insert: false, transaction);
        }
    }

    /// <summary>Whether the store may hold fused claims written before pairs were stored (null: not asked in this batch).</summary>
    private bool? _legacyClaims;

    /// <summary>Those of the given fused claims that were written before their members' pairs were stored.</summary>
    private List<string> LegacyFusedClaims(IReadOnlyList<string> fusedIds, DbTransaction transaction)
    {
        _legacyClaims ??= Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM (SELECT 1 FROM fused_claims WHERE opponents_known = 0 LIMIT 1) legacy", transaction: transaction) > 0;
        var legacy = new List<string>();
        if (_legacyClaims == true)
        {
            ReadIn(list => $"SELECT id FROM fused_claims WHERE opponents_known = 0 AND id IN {list}", fusedIds, transaction, reader => legacy.Add(reader.GetString(0)));
            legacy.Sort(StringComparer.Ordinal);
        }

        return legacy;
    }

    /// <summary>
    /// The opponents of a fused claim written before pairs were stored, searched as they were then (its earliest
    /// members against the earliest members of its candidates), stored as pairs.
    /// </summary>
    private void SearchOpponents(string fusedId, List<MemberClaim> members, DbTransaction transaction)
    {
        var compared = members.Take(ClaimFuser.MaxCompared).ToList();
        var published = compared.Select(m => m.Published).OfType<DateOnly>().ToList();
        var keys = compared.SelectMany(m => m.Features.Keys()).Distinct(StringComparer.Ordinal);
        var from = published.Count > 0 ? published.Min() : (DateOnly?)null;
        var to = published.Count > 0 ? published.Max() : (DateOnly?)null;
        foreach (var (_, others) in ClaimCandidates(keys, from, to, transaction, except: fusedId))
        {
            foreach (var other in others.Take(ClaimFuser.MaxCompared))
            {
                foreach (var member in compared)
                {
                    var relation = ClaimMatcher.Match(member, other).Relation;
                    if (relation is ClaimRelation.Opposes or ClaimRelation.Conflicts)
                    {
                        AddOpponents(member, other, relation);
                    }
                }
            }
        }
    }

    private void WriteFusedClaim(FusedClaimRecord fused, IReadOnlyList<MemberClaim> members, bool insert, DbTransaction transaction)
    {
        var c = fused.Claim;
        var sql = insert
            ? """
              INSERT INTO fused_claims (id, status, kind, polarity, claimants, countries, first_reported, last_reported, source_count, json, opponents_known)
              VALUES (@Id, @Status, @Kind, @Polarity, @Claimants, @Countries, @FirstReported, @LastReported, @SourceCount, @Json, 1)
              """
            : """
              UPDATE fused_claims SET status = @Status, kind = @Kind, polarity = @Polarity, claimants = @Claimants,
                     countries = @Countries, first_reported = @FirstReported, last_reported = @LastReported,
                     source_count = @SourceCount, json = @Json, opponents_known = 1
              WHERE id = @Id
              """;
        Run(
            sql,
            transaction,
            Arg.Text("Id", c.Id),
            Arg.Text("Status", c.Status),
            Arg.Text("Kind", c.Kind),
            Arg.Text("Polarity", members.Order(MemberClaim.Canonical).First().Features.Polarity.ToString().ToLowerInvariant()),
            Arg.Text("Claimants", Delimited(fused.Claimants.SelectMany(k => new[] { k.Name, k.Text, k.Title, k.Affiliation }))),
            Arg.Text("Countries", Delimited(Countries(fused, members, transaction))),
            Arg.Text("FirstReported", Iso(fused.FirstReported)),
            Arg.Text("LastReported", Iso(fused.LastReported)),
            Arg.Int("SourceCount", fused.SourceCount),
            Arg.Text("Json", FusedClaimJson.Serialize(fused)));

        if (insert)
        {
            AddClaimTerms(c.Id, members, transaction);
        }
    }

    /// <summary>
    /// The members' candidate keys with the day each member was published ('' when unknown), added to the fused
    /// claim's: keys only grow (one left by a revised article only makes the fused claim a candidate once more),
    /// so a new member adds its own without rewriting the rest.
    /// </summary>
    private void AddClaimTerms(string fusedId, IEnumerable<MemberClaim> members, DbTransaction transaction)
    {
        var keys = members.SelectMany(m => m.Features.Keys().Select(term => (Term: term, Day: Iso(m.Published) ?? string.Empty)))
            .Distinct()
            .ToList();
        if (_claimKeys is { } cache && _pendingKeys is { } pending)
        {
            foreach (var (term, day) in keys)
            {
                cache.Added(term, day, fusedId);
                pending.Add(term, day, fusedId);
            }

            return;
        }

        WriteClaimKeys([.. keys.Select(k => (k.Term, k.Day, fusedId))], transaction);
    }

    private void WriteClaimKeys(IReadOnlyList<(string Term, string Day, string FusedId)> keys, DbTransaction transaction) =>
        RunRows(
            "INSERT INTO fused_claim_keys (term, day, fused_id)",
            [.. keys.Select(k => new[] { Arg.Text("", k.Term), Arg.Text("", k.Day), Arg.Text("", k.FusedId) })],
            transaction,
            " ON CONFLICT DO NOTHING");

    /// <summary>
    /// Memberships (claim id, fused claim id) the batch's claim fusion holds back while its key cache is in use:
    /// one INSERT per claim was a round trip each on PostgreSQL; they go in 32 rows to a statement with the keys.
    /// Nothing reads them from the database before: the batch keeps every fused claim it adds members to in its
    /// member cache (and reads others only after inserting these, see <see cref="ReadClaimMembers"/>).
    /// </summary>
    private PendingClaimMembers? _pendingMembers;

    /// <summary>Held-back memberships of a fused claim follow its rows: re-pointed to <paramref name="to"/>, or dropped when null.</summary>
    private void PendingMembersMoved(string fusedId, string? to)
    {
        _pendingMembers?.Move(fusedId, to);
    }

    private void FlushClaimMembers(DbTransaction transaction)
    {
        if (_pendingMembers is { Count: > 0 } pending)
        {
            var rows = pending.Drain().ConvertAll(p => new[] { Arg.Text("", p.ClaimId), Arg.Text("", p.FusedId) });
            RunRows("INSERT INTO fused_claim_members (claim_id, fused_id)", rows, transaction);
        }
    }

    /// <summary>Claim keys the batch holds back (while its key cache is in use), inserted together by <see cref="FlushClaimKeys"/>.</summary>
    private PendingClaimKeys? _pendingKeys;

    /// <summary>Inserts the claim keys held back: before the table is read from the database, and before the batch commits.</summary>
    private void FlushClaimKeys(DbTransaction transaction)
    {
        if (_pendingKeys is { Count: > 0 } pending)
        {
            WriteClaimKeys(pending.Drain(), transaction);
        }
    }

    /// <summary>Countries for --country: the claimants', those the content names, and those of the linked events.</summary>
    private IEnumerable<string?> Countries(FusedClaimRecord fused, IReadOnlyList<MemberClaim> members, DbTransaction transaction)
    {
        var iso3 = fused.Claimants.Select(k => k.CountryIso3).Concat(members.SelectMany(m => m.Features.Countries)).ToList();
        if (fused.Claim.EventIds.Count > 0)
        {
            iso3.AddRange(FusedIso3(fused.Claim.EventIds, transaction));
        }

        var countries = ActorDictionary.Default.Countries;
        return iso3.OfType<string>().SelectMany(code => new[] { code, countries.TryGetValue(code, out var info) ? info.Name : null });
    }

    /// <summary>
    /// The country of each fused event this transaction wrote or read (absent: the event is not stored). Every
    /// fused claim written asks for its events' countries, and they are mostly the events this batch just fused:
    /// kept in step with the batch's writes of fused events, so they are read only once each.
    /// </summary>
    private readonly Dictionary<string, (bool Exists, string? Iso3)> _fusedIso3 = new(StringComparer.Ordinal);

    private DbTransaction? _fusedIso3Transaction;

    private Dictionary<string, (bool Exists, string? Iso3)> FusedIso3Cache(DbTransaction transaction)
    {
        if (!ReferenceEquals(_fusedIso3Transaction, transaction))
        {
            _fusedIso3.Clear();
            _fusedIso3Transaction = transaction;
        }

        return _fusedIso3;
    }

    private void RememberFusedIso3(string fusedId, bool exists, string? iso3, DbTransaction transaction) =>
        FusedIso3Cache(transaction)[fusedId] = (exists, iso3);

    /// <summary>The countries of the stored fused events among these ids (as "SELECT iso3 ... WHERE id IN" gives them).</summary>
    private List<string?> FusedIso3(IReadOnlyList<string> fusedIds, DbTransaction transaction)
    {
        var cache = FusedIso3Cache(transaction);
        var missing = fusedIds.Where(id => !cache.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 && _fusedEventIndex is { } index)
        {
            // The writer's copy of the candidate columns holds every stored fused event's country: no query.
            foreach (var id in missing)
            {
                cache[id] = index.TryGet(id, out var row) ? (true, row.Iso3) : (false, null);
            }

            missing.Clear();
        }

        if (missing.Count > 0)
        {
            foreach (var id in missing)
            {
                cache[id] = (false, null);
            }

            ReadIn(
                list => $"SELECT id, iso3 FROM fused_events WHERE id IN {list}",
                missing,
                transaction,
                reader => cache[reader.GetString(0)] = (true, reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        var found = new List<string?>(fusedIds.Count);
        foreach (var id in fusedIds)
        {
            if (cache[id] is (true, var iso3))
            {
                found.Add(iso3);
            }
        }

        return found;
    }

    /// <summary>'|a|b|': lower-cased values a LIKE '%|x|%' can find whole.</summary>
    private static string Delimited(IEnumerable<string?> values) =>
        "|" + string.Join('|', values.OfType<string>().Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + "|";

    /// <summary>The user's text matched literally by LIKE ... ESCAPE '\': its wildcards and the escape character escaped.</summary>
    private static string LikeEscaped(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public IReadOnlyList<FusedClaimRecord> QueryClaims(ClaimQuery query)
    {
        var sql = """
            SELECT json FROM fused_claims
            WHERE (@Status IS NULL OR status = @Status)
              AND (@Claimant IS NULL OR claimants LIKE @Claimant ESCAPE '\')
              AND (@From IS NULL OR last_reported >= @From)
              AND (@To IS NULL OR first_reported <= @To)
              AND (@Country IS NULL OR countries LIKE @Country ESCAPE '\')
              AND (@Id IS NULL OR id = @Id)
            ORDER BY CASE WHEN first_reported IS NULL THEN 1 ELSE 0 END, first_reported, id
            LIMIT @Limit OFFSET @Offset
            """;
        return Connection.Query<string>(sql, new
        {
            Status = query.Status?.Trim().ToLowerInvariant(),
            Claimant = query.Claimant is null ? null : "%" + LikeEscaped(query.Claimant.Trim().ToLowerInvariant()) + "%",
            From = Iso(query.From),
            To = Iso(query.To),
            Country = query.Country is null ? null : "%|" + LikeEscaped(query.Country.Trim().ToLowerInvariant()) + "|%",
            query.Id,
            Limit = (long?)query.Limit ?? long.MaxValue,
            Offset = (long)query.Offset,
        }).Select(FusedClaimJson.Deserialize).ToList();
    }

}
