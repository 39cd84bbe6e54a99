using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Output;

/// <summary>Where a claim sits in the text: what it says (content) and the whole attribution (claimant, cue, content).</summary>
public readonly record struct ClaimPlacement(TextSpan Content, TextSpan Evidence, bool Attributed);

/// <summary>
/// Which claims report which events within one article, read from offsets only:
/// <list type="number">
/// <item>a claim reports an event when its content overlaps the event's evidence (the event is told in the claimed
/// words, as in "Zelenskyy accused Russia of deploying troops" or a quoted sentence);</item>
/// <item>an event told inside a quotation is reported by the claim whose content is (part of) that quotation;</item>
/// <item>an event told without attribution is reported by an attribution that follows it at once in the same
/// paragraph and reports no other event ("A drone killed a boy. The governor shared images of the home."), the
/// way news writing names its source for the preceding statement.</item>
/// </list>
/// </summary>
public static class ClaimEventLinker
{
    /// <summary>For each event (by index), the indexes of the claims that report it, ascending.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Link(
        IReadOnlyList<IReadOnlyList<TextSpan>> eventEvidence,
        IReadOnlyList<ClaimPlacement> claims,
        TextLayer? text)
    {
        var links = new SortedSet<int>[eventEvidence.Count];
        for (var e = 0; e < eventEvidence.Count; e++)
        {
            links[e] = [];
        }

        var claimLinked = new bool[claims.Count];
        for (var e = 0; e < eventEvidence.Count; e++)
        {
            foreach (var span in eventEvidence[e])
            {
                var quotation = text is null ? null : QuotationAround(text, span);
                for (var c = 0; c < claims.Count; c++)
                {
                    var content = claims[c].Content;
                    if (content.Overlaps(span) || (quotation is not null && content.Overlaps(quotation.Content)))
                    {
                        links[e].Add(c);
                        claimLinked[c] = true;
                    }
                }
            }
        }

        if (text is not null)
        {
            LinkFollowingAttributions(eventEvidence, claims, text, links, claimLinked);
        }

        return [.. links.Select(set => (IReadOnlyList<int>)[.. set])];
    }

    private static Quotation? QuotationAround(TextLayer text, TextSpan span)
    {
        Quotation? found = null;
        foreach (var quotation in text.Quotations)
        {
            if (quotation.Content.Contains(span) && (found is null || found.Content.Contains(quotation.Content)))
            {
                found = quotation; // the innermost quotation holding the whole evidence
            }
        }

        return found;
    }

    private static void LinkFollowingAttributions(
        IReadOnlyList<IReadOnlyList<TextSpan>> eventEvidence,
        IReadOnlyList<ClaimPlacement> claims,
        TextLayer text,
        SortedSet<int>[] links,
        bool[] claimLinked)
    {
        for (var c = 0; c < claims.Count; c++)
        {
            if (claimLinked[c] || !claims[c].Attributed)
            {
                continue;
            }

            var sentence = SentenceAt(text, claims[c].Evidence.Start);
            if (sentence <= 0 || !SameParagraph(text, text.Sentences[sentence - 1].Span, text.Sentences[sentence].Span))
            {
                continue;
            }

            var previous = text.Sentences[sentence - 1].Span;
            var reported = new List<int>();
            for (var e = 0; e < eventEvidence.Count; e++)
            {
                var told = eventEvidence[e].Where(s => s.Overlaps(previous)).ToList();
                if (told.Count > 0 && !told.Any(s => claims.Any(other => other.Content.Overlaps(s))))
                {
                    reported.Add(e);
                }
            }

            if (reported.Count == 1)
            {
                links[reported[0]].Add(c);
            }
        }
    }

    private static int SentenceAt(TextLayer text, int offset)
    {
        var sentences = text.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].Span.Contains(offset) || sentences[i].Span.Start > offset)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameParagraph(TextLayer text, TextSpan a, TextSpan b) =>
        text.Paragraphs.IsDefaultOrEmpty || text.Paragraphs.Any(p => p.Contains(a.Start) && p.Contains(b.Start));
}
