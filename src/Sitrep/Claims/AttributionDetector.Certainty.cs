using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Certainty: hedges and evidence phrases in or around a claim, and holderless verification sentences.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private Certainty? FindCertainty(Draft draft)
        {
            var first = TokenAt(draft.Content.Start);
            var last = TokenBefore(draft.Content.End);
            if (first >= 0 && last >= first && TryHedge(first, last + 1, out var inContent))
            {
                return inContent;
            }

            var sentence = _sentences[draft.Sentence];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (draft.Content.Contains(_tokens[k].Start) || InsideOtherContent(draft, _tokens[k].Start))
                {
                    continue;
                }

                if (_lexicon.HedgeIndex.TryMatch(_text, _tokens, k, sentence.EndToken, out var m) && !Negated(m.Start))
                {
                    return new Certainty(Span(m.Start, m.End), Span(m.Start, m.End).Slice(_text), m.Value.Likelihood);
                }
            }

            return null;
        }

        /// <summary>
        /// "The claims could not be independently verified." : a sentence that makes no claim of its own but hedges,
        /// qualifies the claims before it: those giving a number when it speaks of figures or tolls, else the claims
        /// of the nearest preceding sentence that has any.
        /// </summary>
        private void ApplyVerificationSentences()
        {
            for (var s = 1; s < _sentences.Length; s++)
            {
                var sentence = _sentences[s];
                if (_drafts.Any(d => d.Sentence == s) || !TryQualifier(sentence.FirstToken, sentence.EndToken, out var certainty) || certainty is null)
                {
                    continue;
                }

                var earlier = _drafts.Where(d => d.Sentence < s && d.Sentence >= s - 4 && d.Certainty is null).ToList();
                if (earlier.Count == 0)
                {
                    continue;
                }

                var first = TokenAt(certainty.Span.Start);
                List<Draft> targets;
                if (AboutNumbers(sentence.FirstToken, first))
                {
                    targets = [.. earlier.Where(d => HasNumber(d.Content))];
                }
                else
                {
                    var nearest = earlier.Max(d => d.Sentence);
                    targets = [.. earlier.Where(d => d.Sentence == nearest)];
                }

                foreach (var target in targets)
                {
                    target.Certainty = certainty;
                }
            }
        }

        /// <summary>
        /// Only verification and evidence phrases ("could not be independently verified", "preliminary data") speak
        /// about other statements. A hedge or estimative word ("are said to", "likely") qualifies its own sentence's
        /// proposition, so it never travels back to an earlier claim.
        /// </summary>
        private bool TryQualifier(int from, int to, out Certainty? certainty)
        {
            foreach (var m in _lexicon.HedgeIndex.FindAll(_text, _tokens, from, to))
            {
                if (m.Value.Kind is "verification" or "evidence" && !Negated(m.Start))
                {
                    certainty = new Certainty(Span(m.Start, m.End), Span(m.Start, m.End).Slice(_text), m.Value.Likelihood);
                    return true;
                }
            }

            certainty = null;
            return false;
        }

        private bool TryHedge(int from, int to, out Certainty? certainty)
        {
            foreach (var m in _lexicon.HedgeIndex.FindAll(_text, _tokens, from, to))
            {
                if (Negated(m.Start))
                {
                    continue;
                }

                certainty = new Certainty(Span(m.Start, m.End), Span(m.Start, m.End).Slice(_text), m.Value.Likelihood);
                return true;
            }

            certainty = null;
            return false;
        }

        /// <summary>
        /// Whether a hedge phrase is negated by the word before it ("shows no signs of abating", "is not believed
        /// to"): the phrase then no longer gives its likelihood (negated forms that do carry one, "without evidence",
        /// are phrases of their own in hedges.tsv and match from their first word).
        /// </summary>
        private bool Negated(int phraseFirstToken) =>
            phraseFirstToken > 0 && _negators.Contains(_text.AsSpan(_tokens[phraseFirstToken - 1].Start, _tokens[phraseFirstToken - 1].Length));

        // Closed-class negators (grammar, not domain knowledge).
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _negators =
            new HashSet<string>(["no", "not", "n't", "never", "without"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        private bool InsideOtherContent(Draft draft, int offset)
        {
            foreach (var other in _drafts)
            {
                if (other != draft && other.Content.Contains(offset))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
