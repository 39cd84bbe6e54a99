namespace Sitrep.Fusion;

/// <summary>A fused event that a new report may join: its id and the reports it already holds.</summary>
public sealed record FusionCandidate(string FusedId, IReadOnlyList<MemberEvent> Members);

/// <summary>
/// Chooses which existing fused event a new report joins, or none (it founds a new one). A report joins only a
/// fused event that none of its members rules out (<see cref="EventMatcher"/>'s hard rules), and whose members
/// it resembles on average well enough (the mean score reaches the threshold): one vague member that fits
/// anything must not pull in the strike next door. Among the fused events it fits, it joins the best supported one
/// (the sum of its members' scores): when the events stage split one article's incident into two events, the stray
/// one founds a fused event of its own that resembles the next report as much as the incident's fused event does,
/// and the report belongs with the many outlets, not with the stray. Ties go to the smaller id, so the choice is
/// deterministic.
/// </summary>
public sealed class EventFuser(double threshold = EventFuser.DefaultThreshold)
{
    /// <summary>Tuned on data/gold/fusion/fusion.dev.jsonl only (see data/gold/fusion/README.md).</summary>
    public const double DefaultThreshold = 0.50;

    public double Threshold { get; } = threshold;

    public string? Choose(MemberEvent incoming, IEnumerable<FusionCandidate> candidates)
    {
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates.OrderBy(c => c.FusedId, StringComparer.Ordinal))
        {
            var score = Score(incoming, candidate);
            var support = score * candidate.Members.Count; // the members' summed scores
            if (score >= Threshold && support > bestScore)
            {
                best = candidate.FusedId;
                bestScore = support;
            }
        }

        return best;
    }

    /// <summary>The candidate's score for the report: -inf if any member rules it out, else the members' mean score.</summary>
    public static double Score(MemberEvent incoming, FusionCandidate candidate)
    {
        if (candidate.Members.Count == 0)
        {
            return double.NegativeInfinity;
        }

        var sum = 0.0;
        foreach (var member in candidate.Members)
        {
            if (member.ArticleId == incoming.ArticleId)
            {
                return double.NegativeInfinity; // one article's events were already kept apart by the events stage
            }

            var match = EventMatcher.Match(incoming, member);
            if (!match.IsCompatible)
            {
                return double.NegativeInfinity;
            }

            sum += match.Score;
        }

        return sum / candidate.Members.Count;
    }
}
