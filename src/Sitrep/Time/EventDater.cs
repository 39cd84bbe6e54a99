using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>Where the chosen expression was found, relative to the event trigger.</summary>
public enum EventDateBasis
{
    /// <summary>In the trigger's clause (the part of the sentence between semicolons).</summary>
    Clause,

    /// <summary>Elsewhere in the trigger's sentence.</summary>
    Sentence,

    /// <summary>The nearest expression before the sentence in the same paragraph (the story's running date).</summary>
    Paragraph,

    /// <summary>No expression was found.</summary>
    None,
}

/// <summary>The date chosen for an event: the resolution to code from, the mention it came from and why that one.</summary>
public sealed record EventDateChoice(TimeResolution Resolution, TimeMention? Mention, EventDateBasis Basis)
{
    public TimeValue? Value => Resolution.Value;

    public DateOnly? EventDate => Resolution.Value?.EventDate;

    public DateOnly? DateStart => Resolution.Value?.DateStart;

    public DateOnly? DateEnd => Resolution.Value?.DateEnd;

    public int? AcledTimePrecision => Resolution.Value?.AcledTimePrecision;
}

/// <summary>
/// Chooses the date of an event from the time expressions around its trigger: the nearest in the same clause,
/// else the nearest in the sentence, else the nearest one before the sentence in its paragraph; a date in the
/// dateline is never an event's. It never falls
/// back to the publication date: with no expression the date stays unresolved (the events stage may still
/// decide that a report of "today's" news is dated by publication, but it says so itself). An expression that
/// does not resolve, or is vaguer than a month, yields an unresolved choice with that reason.
/// </summary>
public static class EventDater
{
    public static EventDateChoice Choose(Document document, Sentence sentence, TextSpan trigger)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Choose(document.Text, document.Get<TextLayer>(), document.Get<TimeLayer>(), sentence, trigger);
    }

    public static EventDateChoice Choose(string text, TextLayer textLayer, TimeLayer timeLayer, Sentence sentence, TextSpan trigger)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(textLayer);
        ArgumentNullException.ThrowIfNull(timeLayer);

        var clause = ClauseOf(text, sentence.Span, trigger);
        var dateline = textLayer.Dateline;
        TimeMention? best = null;
        var basis = EventDateBasis.None;
        foreach (var mention in timeLayer.Mentions)
        {
            // A dateline's date ("KYIV, Nov 17 (Reuters) -") stamps the report, not the event.
            if (!sentence.Span.Contains(mention.Span) || (dateline is { } d && d.Overlaps(mention.Span)))
            {
                continue;
            }

            var inClause = clause.Contains(mention.Span);
            var candidateBasis = inClause ? EventDateBasis.Clause : EventDateBasis.Sentence;
            if (best is null || candidateBasis < basis || (candidateBasis == basis && Distance(mention.Span, trigger) < Distance(best.Span, trigger)))
            {
                best = mention;
                basis = candidateBasis;
            }
        }

        if (best is null && ParagraphOf(textLayer, sentence.Span) is { } paragraph)
        {
            // The story's running date is the last adverbial one ("marched on Thursday to reject last month's vote. In
            // Nampula, protesters burned tyres"): a possessive date only dates the noun it modifies.
            TimeMention? possessive = null;
            foreach (var m in timeLayer.Mentions)
            {
                if (!paragraph.Contains(m.Span) || m.Span.End > sentence.Span.Start || (dateline is { } d && d.Overlaps(m.Span)))
                {
                    continue;
                }

                if (IsPossessive(text, m))
                {
                    possessive = m;
                }
                else
                {
                    best = m;
                    possessive = null;
                }
            }

            best ??= possessive;
            basis = best is null ? EventDateBasis.None : EventDateBasis.Paragraph;
        }

        if (best is null)
        {
            return new EventDateChoice(
                TimeResolution.Unresolved(TimeReason.NoTimeExpression, "no time expression in the sentence or earlier in its paragraph"),
                null,
                EventDateBasis.None);
        }

        var resolution = best.Resolution;
        if (resolution.Value is { Precision: null } vague)
        {
            resolution = TimeResolution.Unresolved(TimeReason.TooVague, $"'{best.Text}': {vague.VaguenessDetail}");
        }

        return new EventDateChoice(resolution, best, basis);
    }

    /// <summary>"last month's election", "Friday's attack": the expression ends in a possessive and modifies a noun.</summary>
    private static bool IsPossessive(string text, TimeMention mention)
    {
        var end = mention.Span.End;
        return mention.Text.EndsWith("'s", StringComparison.Ordinal) || mention.Text.EndsWith("’s", StringComparison.Ordinal) ||
            (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])));
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : b.End <= a.Start ? a.Start - b.End : 0;

    /// <summary>The part of the sentence between the semicolons around the trigger.</summary>
    private static TextSpan ClauseOf(string text, TextSpan sentence, TextSpan trigger)
    {
        var start = sentence.Start;
        var end = sentence.End;
        for (var i = Math.Min(trigger.Start, sentence.End) - 1; i >= sentence.Start; i--)
        {
            if (text[i] == ';')
            {
                start = i + 1;
                break;
            }
        }

        for (var i = Math.Max(trigger.End, sentence.Start); i < sentence.End; i++)
        {
            if (text[i] == ';')
            {
                end = i;
                break;
            }
        }

        return new TextSpan(start, end);
    }

    private static TextSpan? ParagraphOf(TextLayer layer, TextSpan sentence)
    {
        foreach (var paragraph in layer.Paragraphs)
        {
            if (paragraph.Contains(sentence.Start))
            {
                return paragraph;
            }
        }

        return null;
    }
}
