namespace Sitrep.Fusion;

/// <summary>How two claims from different articles relate.</summary>
public enum ClaimRelation
{
    /// <summary>Nothing to do with each other (or too far apart in time to tell).</summary>
    Unrelated,

    /// <summary>The same proposition: fused into one claim.</summary>
    Same,

    /// <summary>One denies or disputes what the other asserts: a stance, never a merge.</summary>
    Opposes,

    /// <summary>The same proposition with a different figure (10,000 troops against 12,000): they dispute each other.</summary>
    Conflicts,
}

/// <summary>The relation of two claims, how alike their content is, and why they are not one claim, if they are not.</summary>
public readonly record struct ClaimMatch(ClaimRelation Relation, double Score, string? Veto);

/// <summary>
/// Decides whether two claims from different articles state the same proposition. The content is compared as a
/// bag of stemmed words, with the proper names and countries it mentions, its figures and the fused events it was
/// linked to. Hard rules first: claims of one article are kept apart (the claims stage already did that), claims
/// published too far apart are not compared, a claim and its denial are never one claim (the denial is a stance
/// on it), claims about different countries are different, and the same proposition with different figures is
/// a conflict between two claims.
/// </summary>
public static class ClaimMatcher
{
    /// <summary>Claims published more than this many days apart are not compared.</summary>
    public const int WindowDays = 14;

    /// <summary>The score two claims need to be one proposition (set on the dev split of the claim-fusion gold).</summary>
    public const double SameThreshold = 0.45;

    /// <summary>The score a denial needs to be read as denying the other claim (its content is usually shorter).</summary>
    public const double OpposeThreshold = 0.35;

    public static ClaimMatch Match(MemberClaim a, MemberClaim b)
    {
        if (a.ArticleId == b.ArticleId)
        {
            return new ClaimMatch(ClaimRelation.Unrelated, 0, "same article");
        }

        if (a.Published is { } pa && b.Published is { } pb && Math.Abs(pa.DayNumber - pb.DayNumber) > WindowDays)
        {
            return new ClaimMatch(ClaimRelation.Unrelated, 0, "published too far apart");
        }

        var fa = a.Features;
        var fb = b.Features;
        if (fa.Countries.Count > 0 && fb.Countries.Count > 0 && !fa.Countries.Overlaps(fb.Countries))
        {
            return new ClaimMatch(ClaimRelation.Unrelated, 0, "different countries");
        }

        if (fa.Names.Count > 0 && fb.Names.Count > 0 && !fa.Names.Overlaps(fb.Names))
        {
            return new ClaimMatch(ClaimRelation.Unrelated, 0, "no name in common");
        }

        var score = Score(a, b);
        var opposite = fa.Polarity != fb.Polarity || fa.Negated != fb.Negated;
        if (opposite)
        {
            // A denial answers an assertion; two denials of different things, or a negated and a denied
            // statement, are not read as opposing each other.
            var answers = (fa.Polarity == ClaimPolarity.Asserts) != (fb.Polarity == ClaimPolarity.Asserts) || fa.Negated != fb.Negated;
            return answers && score >= OpposeThreshold
                ? new ClaimMatch(ClaimRelation.Opposes, score, "a denial is a stance")
                : new ClaimMatch(ClaimRelation.Unrelated, score, "opposite polarity");
        }

        if (ConflictingFigures(fa, fb))
        {

            if (fa.SameCamp(fb))
            {
                // A claimant does not dispute itself: its other figures are another report or an update.
                return new ClaimMatch(ClaimRelation.Unrelated, score, "same claimant, other figures");
            }

            if (fa.HasCountry != fb.HasCountry)
            {
                // A governor whose country the text does not give and "Ukrainian officials" may well be one side
                // updating a toll: when only one side's country is known, other figures are not read as a dispute.
                return new ClaimMatch(ClaimRelation.Unrelated, score, "other figures, sides unknown");
            }

            // Judged as the same proposition would be if the figures were not known.
            return score + (0.1 * 0.5) >= SameThreshold
                ? new ClaimMatch(ClaimRelation.Conflicts, score, "different figures")
                : new ClaimMatch(ClaimRelation.Unrelated, score, null);
        }

        return score >= SameThreshold
            ? new ClaimMatch(ClaimRelation.Same, score, null)
            : new ClaimMatch(ClaimRelation.Unrelated, score, null);
    }

    /// <summary>0-1: word overlap counts most; shared names, the claimant's camp, figures and fused events add to it.</summary>
    public static double Score(MemberClaim a, MemberClaim b)
    {
        var fa = a.Features;
        var fb = b.Features;
        var words = TextSimilarity.Cosine(fa.Terms, fb.Terms);
        var names = Jaccard(fa.Names, fb.Names, fa.Countries, fb.Countries);
        var figures = fa.Figures.Count > 0 && fb.Figures.Count > 0 ? (ShareAny(fa.Figures, fb.Figures) ? 1.0 : 0.0) : 0.5;
        var events = a.FusedEventIds.Count > 0 && b.FusedEventIds.Count > 0 ? (ShareAny(a.FusedEventIds, b.FusedEventIds) ? 1.0 : 0.0) : 0.3;
        var camp = fa.Identity.Count == 0 || fb.Identity.Count == 0 ? 0.5 : fa.SameCamp(fb) ? 1.0 : 0.0;
        return (0.45 * words) + (0.25 * names) + (0.1 * camp) + (0.1 * figures) + (0.1 * events);
    }

    /// <summary>
    /// Both state figures and none agree: two outlets reporting one statement repeat its figure, so the same
    /// proposition with other figures ("killed 20 fighters" / "killed 33 people") is a conflicting claim.
    /// </summary>
    private static bool ConflictingFigures(ClaimFeatures a, ClaimFeatures b) =>
        a.Figures.Count > 0 && b.Figures.Count > 0 && !ShareAny(a.Figures, b.Figures);

    /// <summary>Whether the two short lists have a value in common (figures, fused event ids): a few each, compared without allocating.</summary>
    private static bool ShareAny<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (comparer.Equals(a[i], b[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The Jaccard index of the names and countries together (a name is a word, so it never equals a country's
    /// "iso:" key): counted set by set, since matching compares every candidate pair and building the unions was its
    /// largest cost.
    /// </summary>
    private static double Jaccard(IReadOnlySet<string> namesA, IReadOnlySet<string> namesB, IReadOnlySet<string> countriesA, IReadOnlySet<string> countriesB)
    {
        var countA = namesA.Count + countriesA.Count;
        var countB = namesB.Count + countriesB.Count;
        if (countA == 0 && countB == 0)
        {
            return 0.5;
        }

        var shared = Shared(namesA, namesB) + Shared(countriesA, countriesB);
        return shared / (double)(countA + countB - shared);
    }

    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        if (a is HashSet<string> set)
        {
            foreach (var item in set)
            {
                shared += b.Contains(item) ? 1 : 0;
            }

            return shared;
        }

        foreach (var item in a)
        {
            shared += b.Contains(item) ? 1 : 0;
        }

        return shared;
    }
}
