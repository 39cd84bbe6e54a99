using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>A gold claim: words of its content in the article, the proposition it states, and (optionally) that proposition's expected fused status.</summary>
public sealed record GoldFusionClaim(string Content, string Group, string? Status);

/// <summary>One article of the claim-fusion gold set.</summary>
public sealed record GoldFusionArticle(string Id, string? Source, DateOnly? Published, string Text, IReadOnlyList<GoldFusionClaim> Claims, int Line);

/// <summary>
/// Pairwise scores of claim fusion: over every pair of gold claims from different articles, a false merge is a
/// pair fused although the gold keeps them apart, a missed merge a pair the gold fuses that was kept apart.
/// </summary>
public sealed record ClaimFusionScores(int GoldClaims, int Aligned, int GoldPairs, int FusedPairs, int FalseMerges, int MissedMerges, int StatusChecked, int StatusCorrect, IReadOnlyList<string> Errors)
{
    /// <summary>False merges as a share of the pairs fused.</summary>
    public double FalseMergeRate => FusedPairs == 0 ? 0 : FalseMerges / (double)FusedPairs;

    /// <summary>Missed merges as a share of the pairs the gold fuses.</summary>
    public double MissedMergeRate => GoldPairs == 0 ? 0 : MissedMerges / (double)GoldPairs;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"claims {Aligned}/{GoldClaims} aligned; gold pairs {GoldPairs}, fused pairs {FusedPairs}; false merges {FalseMerges} ({FalseMergeRate:P1}), missed merges {MissedMerges} ({MissedMergeRate:P1}); status {StatusCorrect}/{StatusChecked}");
}

/// <summary>
/// Scores claim fusion on the gold set (data/gold/claim-fusion): each article goes through the analysis given,
/// its events are fused (so claims can share fused events) and its claims aligned with the gold by content
/// overlap; the aligned claims are grouped by <see cref="ClaimFuser"/> and each group's status derived by
/// <see cref="ClaimMerger"/> with the opposing claims of other groups, as the store does.
/// </summary>
public static class ClaimFusionEvaluator
{
    public static IReadOnlyList<GoldFusionArticle> Load(string path)
    {
        var articles = new List<GoldFusionArticle>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var claims = root.GetProperty("claims").EnumerateArray().Select(c => new GoldFusionClaim(
                    c.GetProperty("content").GetString()!,
                    c.GetProperty("group").GetString()!,
                    c.TryGetProperty("status", out var s) ? s.GetString() : null)).ToList();
                var text = root.GetProperty("text").GetString()!;
                foreach (var claim in claims.Where(c => !text.Contains(c.Content, StringComparison.Ordinal)))
                {
                    throw new FormatException($"content \"{claim.Content}\" is not in the text");
                }

                articles.Add(new GoldFusionArticle(
                    root.GetProperty("id").GetString()!,
                    root.TryGetProperty("source", out var source) ? source.GetString() : null,
                    root.TryGetProperty("published", out var published) ? IsoDate.Read(published.GetString()!) : null,
                    text,
                    claims,
                    number));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{number}: {e.Message}", e);
            }
        }

        return articles;
    }

    public static ClaimFusionScores Evaluate(IReadOnlyList<GoldFusionArticle> gold, Func<GoldFusionArticle, ArticleAnalysis> analyze)
    {
        var fuser = new EventFuser();
        var fusedEvents = new List<(string Id, List<MemberEvent> Members)>();
        var aligned = new List<(MemberClaim Member, GoldFusionClaim Gold)>();
        var errors = new List<string>();
        var goldCount = 0;
        foreach (var article in gold)
        {
            var analysis = analyze(article) with { Published = article.Published, Source = article.Source };
            var eventToFused = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in analysis.Events)
            {
                var member = new MemberEvent(e, analysis.Id, analysis.Source, null, analysis.Published);
                var chosen = fuser.Choose(member, fusedEvents.Select(f => new FusionCandidate(f.Id, f.Members)));
                if (chosen is null)
                {
                    chosen = EventMerger.FusedIdFor(e.Id);
                    fusedEvents.Add((chosen, []));
                }

                fusedEvents.Single(f => f.Id == chosen).Members.Add(member);
                eventToFused[e.Id] = chosen;
            }

            foreach (var goldClaim in article.Claims)
            {
                goldCount++;
                var start = article.Text.IndexOf(goldClaim.Content, StringComparison.Ordinal);
                var end = start + goldClaim.Content.Length;
                var claim = analysis.Claims
                    .Where(c => c.Content.Start < end && start < c.Content.End)
                    .OrderByDescending(c => Math.Min(end, c.Content.End) - Math.Max(start, c.Content.Start))
                    .FirstOrDefault();
                if (claim is null)
                {
                    errors.Add($"line {article.Line}: no claim detected for \"{goldClaim.Content}\"");
                    continue;
                }

                var fusedIds = claim.EventIds.Select(id => eventToFused.GetValueOrDefault(id)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                aligned.Add((new MemberClaim(claim, analysis.Id, analysis.Source, null, analysis.Published, fusedIds), goldClaim));
            }
        }

        var members = aligned.Select(a => a.Member).ToList();
        var groups = ClaimFuser.Cluster(members);
        var clusterOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var m in groups[g])
            {
                clusterOf[m.Claim.Id] = g;
            }
        }

        int goldPairs = 0, fusedPairs = 0, falseMerges = 0, missedMerges = 0;
        for (var i = 0; i < aligned.Count; i++)
        {
            for (var j = i + 1; j < aligned.Count; j++)
            {
                var (a, ga) = aligned[i];
                var (b, gb) = aligned[j];
                if (a.ArticleId == b.ArticleId)
                {
                    continue;
                }

                var goldSame = ga.Group == gb.Group;
                var fused = clusterOf[a.Claim.Id] == clusterOf[b.Claim.Id];
                goldPairs += goldSame ? 1 : 0;
                fusedPairs += fused ? 1 : 0;
                if (fused && !goldSame)
                {
                    falseMerges++;
                    errors.Add($"false merge: \"{ga.Content}\" ({ga.Group}) with \"{gb.Content}\" ({gb.Group})");
                }
                else if (goldSame && !fused)
                {
                    missedMerges++;
                    errors.Add($"missed merge: \"{ga.Content}\" with \"{gb.Content}\" ({ga.Group}, score {ClaimMatcher.Score(a, b):0.00}, {ClaimMatcher.Match(a, b).Veto}; {Explain(a)} / {Explain(b)})");
                }
            }
        }

        var (checkedCount, correct) = Statuses(aligned, groups, clusterOf, errors);
        return new ClaimFusionScores(goldCount, aligned.Count, goldPairs, fusedPairs, falseMerges, missedMerges, checkedCount, correct, errors);
    }

    /// <summary>Each gold proposition with an expected status: the status of the group holding most of its claims.</summary>
    private static (int Checked, int Correct) Statuses(
        List<(MemberClaim Member, GoldFusionClaim Gold)> aligned,
        IReadOnlyList<IReadOnlyList<MemberClaim>> groups,
        Dictionary<string, int> clusterOf,
        List<string> errors)
    {
        int checkedCount = 0, correct = 0;
        foreach (var proposition in aligned.GroupBy(a => a.Gold.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var expected = proposition.Select(p => p.Gold.Status).OfType<string>().FirstOrDefault();
            if (expected is null)
            {
                continue;
            }

            var index = proposition.GroupBy(p => clusterOf[p.Member.Claim.Id]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var group = groups[index];
            var opponents = new List<(MemberClaim, ClaimRelation)>();
            foreach (var other in aligned.Select(a => a.Member).Where(m => clusterOf[m.Claim.Id] != index))
            {
                var relation = group.Select(m => ClaimMatcher.Match(m, other).Relation).FirstOrDefault(r => r is ClaimRelation.Opposes or ClaimRelation.Conflicts);
                if (relation != ClaimRelation.Unrelated)
                {
                    opponents.Add((other, relation));
                }
            }

            var status = ClaimMerger.Merge("G", group, opponents).Claim.Status;
            checkedCount++;
            if (status == expected)
            {
                correct++;
            }
            else
            {
                errors.Add($"status of {proposition.Key}: expected {expected}, got {status} ({string.Join("; ", group.Select(Explain))}; opponents {opponents.Count})");
            }
        }

        return (checkedCount, correct);
    }

    private static string Explain(MemberClaim m) =>
        $"[{string.Join(',', m.Features.Identity)}: {string.Join(',', m.Features.Names)} {string.Join(',', m.Features.Countries)} {m.Features.Polarity} terms {string.Join(',', m.Features.Terms.Keys)}]";

    /// <summary>The scores and the first errors, for a test's failure message or a report.</summary>
    public static string Describe(ClaimFusionScores scores, int maxErrors = 40)
    {
        var text = new StringBuilder(scores.ToString());
        foreach (var error in scores.Errors.Take(maxErrors))
        {
            text.AppendLine().Append("  ").Append(error);
        }

        return text.ToString();
    }
}
