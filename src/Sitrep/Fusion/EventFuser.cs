namespace Sitrep.Fusion;

/// <summary>A fused event that a new report may join: its id and the reports it already holds.</summary>
public sealed record FusionCandidate(string FusedId, IReadOnlyList<MemberEvent> Members);

/// <summary>
/// Chooses which existing fused event a new report joins, or none (it founds a new one). A report joins only a
/// fused event that none of its members rules out (<see cref="EventMatcher"/>'s hard rules), and whose best
/// score reaches the threshold; ties go to the smaller id, so the choice is deterministic.
/// </summary>
public sealed class EventFuser(double threshold = EventFuser.DefaultThreshold)
{
    public const double DefaultThreshold = 0.55;

    public double Threshold { get; } = threshold;

    public string? Choose(MemberEvent incoming, IEnumerable<FusionCandidate> candidates)
    {
        string? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates.OrderBy(c => c.FusedId, StringComparer.Ordinal))
        {
            var score = Score(incoming, candidate);
            if (score >= Threshold && score > bestScore)
            {
                best = candidate.FusedId;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The candidate's score for the report: -inf if any member rules it out, else the best member's score.</summary>
    public static double Score(MemberEvent incoming, FusionCandidate candidate)
    {
        var best = double.NegativeInfinity;
        foreach (var member in candidate.Members)
        {
            if (member.ArticleId == incoming.ArticleId)
            {
                return double.NegativeInfinity; // one article's events were already kept apart by the events stage
            }

            var match = EventMatcher.Match(incoming.Event, member.Event);
            if (!match.IsCompatible)
            {
                return double.NegativeInfinity;
            }

            best = Math.Max(best, match.Score);
        }

        return best;
    }
}
