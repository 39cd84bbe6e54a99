using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Channel: the medium a claim was made in ("on Telegram", "in a statement", "told Reuters"), nearest the cue.
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

            return best;
        }
    }
}
