using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Channel: the medium a claim was made in ("on Telegram", "in a statement", "told Reuters"), nearest the cue.
// An outlet the channel list does not name is read by its shape (OutletShapes): the one a speaker talks to ("told Radio X")
// and a claimant that is itself an outlet ("The Q Post reported ...") when nothing else in the clause names a channel.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private string? FindChannel(int from, int to, int cueToken, TextSpan content, ClaimantMention? claimant)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            for (var k = Math.Max(0, from); k < to && k < _tokens.Length; k++)
            {
                if (content.Contains(_tokens[k].Start) || InQuote(k))
                {
                    continue;
                }

                if (AddresseeOutlet(k, Math.Min(to, _tokens.Length)) is { } addressee)
                {
                    if (Math.Abs(k - cueToken) < bestDistance)
                    {
                        best = addressee;
                        bestDistance = Math.Abs(k - cueToken);
                    }

                    continue;
                }

                if (_lexicon.ChannelIndex.TryMatch(_text, _tokens, k, Math.Min(to, _tokens.Length), out var m))
                {
                    var distance = Math.Abs(m.Start - cueToken);
                    var inClaimant = claimant is not null && claimant.Span.Contains(_tokens[m.Start].Start);
                    if (inClaimant && m.Value.Type != "outlet")
                    {
                        k = m.End - 1;
                        continue;
                    }

                    if (distance < bestDistance)
                    {
                        best = m.Value.Channel;
                        bestDistance = distance;
                    }

                    k = m.End - 1;
                }
            }

            return best ?? ClaimantOutlet(claimant) ?? QuotingOutlet(from, Math.Min(cueToken, to));
        }

        /// <summary>
        /// "The Imphal Free Press quoted a villager as saying ...": the outlet that quotes the source (the subject of a
        /// quoting verb of outlet_shapes.tsv before the cue, read by its shape) is the claim's channel.
        /// </summary>
        private string? QuotingOutlet(int from, int cue)
        {
            for (var q = Math.Max(0, from); q < cue && q < _tokens.Length; q++)
            {
                if (_lexicon.OutletShapes.IsQuoting(Word(q)))
                {
                    return q > from ? _lexicon.OutletShapes.InClaimant(_text, _tokens, from, q) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// An unlisted outlet addressed at token k ("told Radio X"); null when none is, or when the channel list knows
        /// the name (then the list's canonical name is read where the name starts).
        /// </summary>
        private string? AddresseeOutlet(int k, int limit)
        {
            if (_lexicon.OutletShapes.AddresseeAt(_text, _tokens, k, limit) is not { } found
                || _lexicon.ChannelIndex.TryMatch(_text, _tokens, found.Start, limit, out _)
                || found.Start > 0 && _lexicon.ChannelIndex.TryMatch(_text, _tokens, found.Start - 1, limit, out _))
            {
                return null;
            }

            return found.Name;
        }

        private string? ClaimantOutlet(ClaimantMention? claimant)
        {
            if (claimant is null)
            {
                return null;
            }

            // The claimant's tokens: from the one its span starts in (or the next) to the last that starts inside it.
            var first = BinarySearchStart(claimant.Span.Start);
            if (first > 0 && _tokens[first - 1].End > claimant.Span.Start)
            {
                first--;
            }

            var end = Math.Max(first, BinarySearchStart(claimant.Span.End));

            return _lexicon.OutletShapes.InClaimant(_text, _tokens, first, end);
        }
    }
}
