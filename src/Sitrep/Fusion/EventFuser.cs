namespace Sitrep.Fusion;

/// <summary>
/// A fused event that a new report may join: its id, its earliest reports in merge order (at least the first
/// <see cref="EventFuser.MaxCompared"/>; the store gives no more) and how many reports it holds in all.
/// </summary>
public sealed record FusionCandidate(string FusedId, IReadOnlyList<MemberEvent> Members, int MemberCount)
{
    /// <summary>A candidate given with all its reports.</summary>
    public FusionCandidate(string fusedId, IReadOnlyList<MemberEvent> members)
        : this(fusedId, members, members.Count)
    {
    }
}

/// <summary>The fused event a report joins (null: it founds one) and the other fused events it bridges to it, in id order.</summary>
public sealed record FusionChoice(string? Joined, IReadOnlyList<string> Bridged);

/// <summary>A report that moves from the fused event it joined earlier to the one a newer report joined or founded.</summary>
public sealed record FusionMove(MemberEvent Member, string From, string To);

/// <summary>
/// Chooses which existing fused event a new report joins, or none (it founds a new one). A report joins only a
/// fused event that none of its members rules out (<see cref="EventMatcher"/>'s hard rules), and whose members
/// it resembles on average well enough (the mean score reaches the threshold): one vague member that fits
/// anything must not pull in the strike next door. Among the fused events it fits, it joins the best supported one
/// (the sum of its members' scores): when the events stage split one article's incident into two events, the stray
/// one founds a fused event of its own that resembles the next report as much as the incident's fused event does,
/// and the report belongs with the many outlets, not with the stray. Ties go to the smaller id, so the choice is
/// deterministic. A report is compared with a fused event's earliest <see cref="MaxCompared"/> reports only, so a
/// much-reported event costs each new report the same as a small one.
/// </summary>
public sealed class EventFuser(double threshold = EventFuser.DefaultThreshold)
{
    /// <summary>Tuned on data/gold/fusion/fusion.dev.jsonl only (see data/gold/fusion/README.md).</summary>
    public const double DefaultThreshold = 0.48;

    /// <summary>
    /// A report is compared with at most this many reports of a fused event (its earliest, in merge order): enough
    /// to rule out another incident (the gold's largest fused events have fewer), and the cost per candidate stays
    /// bounded however many outlets reported the event.
    /// </summary>
    public const int MaxCompared = 16;

    public double Threshold { get; } = threshold;

    /// <summary>The fused event the report joins: the fitting candidate whose reports' summed scores are highest (null: none fits).</summary>
    public string? Choose(MemberEvent incoming, IEnumerable<FusionCandidate> candidates) =>
        Best(incoming, candidates).Best?.FusedId;

    /// <summary>
    /// The fused event the report joins (<see cref="Choose"/>) and the other fused events it bridges to it: those it
    /// also fits (its mean score reaches the threshold) and whose compared reports each fit the report with the joined
    /// event's compared reports, as the fuser's own test asks: no hard rule of <see cref="EventMatcher"/> keeps them
    /// apart and their mean score reaches the threshold. The reports of events bridged before it are compared too while
    /// the <see cref="MaxCompared"/> compared reports leave room (a joined event of 15 or more reports fills them).
    /// Two outlets' reports of one incident that resemble each other too little to merge stay apart until a
    /// third report that fits both arrives; had it come first, both would have joined it. Merging them when it comes
    /// makes the ledger the same whatever the order of arrival. The bridged events come in id order, each checked
    /// against those taken before it, so the outcome is deterministic.
    /// </summary>
    public FusionChoice ChooseWithBridges(MemberEvent incoming, IEnumerable<FusionCandidate> candidates)
    {
        var (best, fitting) = Best(incoming, candidates);
        if (best is null || fitting.Count == 1)
        {
            return new FusionChoice(best?.FusedId, []);
        }

        var joined = new List<MemberEvent> { incoming };
        joined.AddRange(best.Members.Take(MaxCompared));
        var together = new FusionCandidate(best.FusedId, joined); // grows with each bridged event's reports
        var bridged = new List<string>();
        foreach (var candidate in fitting)
        {
            if (ReferenceEquals(candidate, best))
            {
                continue;
            }

            // Had the report come first, the joined event's reports would have joined it, and this event's reports
            // would each have joined them in turn only if they fit them all (the fuser's own test): they are merged
            // only then, so a vague report that fits an incident and the near-miss beside it does not merge the two.
            var members = candidate.Members.Take(MaxCompared).ToList();
            if (members.TrueForAll(m => Score(m, together) >= Threshold))
            {
                bridged.Add(candidate.FusedId);
                joined.AddRange(members);
            }
        }

        return new FusionChoice(best.FusedId, bridged);
    }

    /// <summary>
    /// The reports of other fused events that fit the event the new report joined or founded (<paramref name="joined"/>,
    /// with the new report among <paramref name="joinedMembers"/>) better than the event they are in, and move to it. A
    /// vague report that arrived while only a near-miss was in the ledger joined the near-miss (it fit: nothing better
    /// was there); when an outlet's report of its own incident arrives later, the vague report fits that one better, and
    /// had the two come the other way round it would have joined it. Moving it makes the ledger depend less on the order
    /// of arrival. A report moves only when it fits the joined event by the fuser's own test (no hard rule, the mean
    /// score reaches the threshold) and is better supported there than by the other reports of its own event (the mean
    /// score times the reports compared, at most <see cref="MaxCompared"/> a side: <see cref="Choose"/> multiplies by all
    /// of a candidate's reports, but a moved report is weighed against the joined event's known reports only), and
    /// never into an event that holds a report of its own article, whichever of the joined reports that is;
    /// only events of two or more reports whose reports are all known are searched (a lone report's event is merged by
    /// a bridge instead, <see cref="ChooseWithBridges"/>). Candidates in id order and reports in merge order, each move
    /// checked against the joined event as it has grown, so the outcome is deterministic.
    /// </summary>
    public IReadOnlyList<FusionMove> Rehome(string joined, IReadOnlyList<MemberEvent> joinedMembers, IEnumerable<FusionCandidate> candidates)
    {
        List<FusionMove>? moves = null;
        List<MemberEvent>? together = null;
        foreach (var candidate in InIdOrder(candidates))
        {
            if (candidate.FusedId == joined || candidate.MemberCount < 2 || candidate.MemberCount != candidate.Members.Count
                || candidate.MemberCount > MaxCompared)
            {
                continue;
            }

            var moved = new HashSet<MemberEvent>(ReferenceEqualityComparer.Instance);
            foreach (var member in candidate.Members)
            {
                if (candidate.Members.Count - moved.Count < 2)
                {
                    break; // the last report stays: moving it would be a merge, the bridge's to decide
                }

                together ??= [.. joinedMembers];
                if (HoldsArticleOf(together, member))
                {
                    continue; // Score compares the earliest MaxCompared reports only: one article's events stay apart
                }

                var there = Score(member, new FusionCandidate(joined, together));
                if (there < Threshold)
                {
                    continue;
                }

                var others = new List<MemberEvent>(candidate.Members.Count);
                foreach (var m in candidate.Members)
                {
                    if (!ReferenceEquals(m, member) && !moved.Contains(m))
                    {
                        others.Add(m);
                    }
                }

                // Support as the summed scores of the compared reports: one report's single resemblance must not pull
                // a report away from the several outlets it agrees with.
                var here = Score(member, new FusionCandidate(candidate.FusedId, others));
                if (there * Math.Min(together.Count, MaxCompared) > here * Math.Min(others.Count, MaxCompared))
                {
                    (moves ??= []).Add(new FusionMove(member, candidate.FusedId, joined));
                    moved.Add(member);
                    together.Add(member);
                }
            }
        }

        return moves ?? (IReadOnlyList<FusionMove>)[];
    }

    /// <summary>Whether one of the reports is of the report's article (all of them, not only those <see cref="Score"/> compares).</summary>
    private static bool HoldsArticleOf(List<MemberEvent> reports, MemberEvent report)
    {
        foreach (var other in reports)
        {
            if (other.ArticleId == report.ArticleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The candidates the report fits (in id order), and among them the one whose reports' summed scores are highest.</summary>
    private (FusionCandidate? Best, List<FusionCandidate> Fitting) Best(MemberEvent incoming, IEnumerable<FusionCandidate> candidates)
    {
        FusionCandidate? best = null;
        var bestSupport = double.NegativeInfinity;
        var fitting = new List<FusionCandidate>();
        foreach (var candidate in InIdOrder(candidates))
        {
            var score = Score(incoming, candidate);
            if (score < Threshold)
            {
                continue;
            }

            fitting.Add(candidate);
            var support = score * candidate.MemberCount; // the members' summed scores (the compared ones' mean for all)
            if (support > bestSupport)
            {
                best = candidate;
                bestSupport = support;
            }
        }

        return (best, fitting);
    }

    /// <summary>
    /// The candidates by id (ordinal; equal ids keep their order). The store gives them in that order already: a
    /// list that is in order is taken as it is, without sorting a copy for every report.
    /// </summary>
    private static IEnumerable<FusionCandidate> InIdOrder(IEnumerable<FusionCandidate> candidates)
    {
        if (candidates is IReadOnlyList<FusionCandidate> list)
        {
            var ordered = true;
            for (var i = 1; i < list.Count && ordered; i++)
            {
                ordered = string.CompareOrdinal(list[i - 1].FusedId, list[i].FusedId) <= 0;
            }

            if (ordered)
            {
                return list;
            }
        }

        return candidates.OrderBy(c => c.FusedId, StringComparer.Ordinal);
    }

    /// <summary>The candidate's score for the report: -inf if any compared member rules it out, else their mean score.</summary>
    public static double Score(MemberEvent incoming, FusionCandidate candidate)
    {
        if (candidate.Members.Count == 0)
        {
            return double.NegativeInfinity;
        }

        var sum = 0.0;
        var withoutSharedCount = 0;
        var sharesCount = false;
        var compared = Math.Min(candidate.Members.Count, MaxCompared);
        for (var i = 0; i < compared; i++)
        {
            var member = candidate.Members[i];
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
            sharesCount |= match.Parts.SameCount;
            withoutSharedCount += match.Parts.SameCount ? 0 : 1;
        }

        // A count the report shares with one member is the fused event's tally (outlets revise and round theirs: 16
        // in the army's statement, 18 in the wire's): the members that give another figure or none do not make it
        // less the same incident, so each counts the shared figure's weight too.
        if (sharesCount)
        {
            sum += withoutSharedCount * EventMatcher.SharedNumberWeight;
        }

        return sum / compared;
    }
}
