using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Reported speech: "according to X", direct quotes, reporting verbs ("X said (that) ...", "X accused Y of ...") and unattributed reports.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private void FindAccordingTo(int s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (InQuote(i) || !_lexicon.CuePhraseIndex.TryMatch(_text, _tokens, i, end, out var match) || match.Value.Role != CuePhraseRole.AccordingTo)
                {
                    continue;
                }

                var npStart = match.End;
                var npEnd = npStart;
                while (npEnd < end && !IsWord(npEnd, ",") && !IsSentenceFinal(npEnd))
                {
                    npEnd++;
                }

                var afterNp = npEnd;
                if (IsWord(npEnd, ","))
                {
                    // "According to the district's governor, Amina Yusuf, the raid ..." : a name in apposition.
                    var next = npEnd + 1;
                    var k = next;
                    while (k < end && k - next < 5 && IsCapitalized(k))
                    {
                        k++;
                    }

                    if (k > next && IsWord(k, ","))
                    {
                        npEnd = k;
                    }

                    afterNp = npEnd + 1;
                }

                if (npEnd <= npStart)
                {
                    continue;
                }

                int contentStart, contentEnd;
                if (FirstContentToken(start) == i)
                {
                    contentStart = afterNp;
                    contentEnd = ClauseEnd(contentStart, end);
                }
                else
                {
                    contentStart = AttachedClauseStart(start, i);
                    contentEnd = i > start && IsWord(i - 1, ",") ? i - 1 : i;
                }

                if (contentEnd - contentStart < 2)
                {
                    continue;
                }

                var claimant = Mention(npStart, npEnd, appositive: null);
                AddDraft(ClaimKind.AccordingTo, claimant, Span(match.Start, match.End), contentStart, contentEnd, s, match.Start, channelFrom: npStart, channelTo: npEnd);
                i = match.End;
            }
        }


        private void FindQuotes(int s)
        {
            var sentence = _sentences[s];
            for (var q = 0; q < _quotes.Length; q++)
            {
                var quote = _quotes[q];
                if (!sentence.Span.Contains(quote.Span.Start) || WordCount(quote.Content) < 4 || InsideDraftContent(quote.Span.Start))
                {
                    continue;
                }

                var first = TokenAt(quote.Span.Start);
                var last = TokenBefore(quote.Span.End);
                if (first < 0 || last < 0)
                {
                    continue;
                }

                var content = TrimQuoteContent(quote.Content);
                if (content.IsEmpty)
                {
                    continue;
                }

                if (TryAttributionAfter(last, out var cue, out var claimant, out var channelFrom, out var channelTo)
                    || TryAttributionBefore(s, first, out cue, out claimant, out channelFrom, out channelTo))
                {
                    _usedCues.Add(cue);
                    AddDraft(ClaimKind.DirectQuote, claimant, _tokens[cue].Span, content, s, cue, channelFrom, channelTo);
                    continue;
                }

                // A quotation opening a sentence with no attribution continues the previous speaker's quote.
                if (first == sentence.FirstToken && _drafts.Count > 0)
                {
                    var previous = _drafts[^1];
                    if (previous.Sentence >= s - 1 && previous.Claimant is not null)
                    {
                        var draft = new Draft(ClaimKind.DirectQuote, previous.Claimant, previous.Cue, content, s, previous.CueToken) { Channel = previous.Channel };
                        _drafts.Add(draft);
                    }
                }
            }
        }

        private bool TryAttributionAfter(int lastQuoteToken, out int cue, out ClaimantMention? claimant, out int from, out int to)
        {
            cue = -1;
            claimant = null;
            from = to = 0;
            var t0 = lastQuoteToken + 1;
            var sentenceEnd = SentenceEndOf(lastQuoteToken);
            if (t0 < _tokens.Length && IsWord(t0, ","))
            {
                t0++;
            }

            var limit = Math.Min(sentenceEnd, t0 + 14);
            for (var v = t0; v < limit; v++)
            {
                if (InQuote(v) || IsWord(v, "that"))
                {
                    return false;
                }

                if (!TryVerb(v, out _))
                {
                    continue;
                }

                if (v == t0)
                {
                    // Inverted: "..., said Ahmed Saleh, a father of four."
                    var npEnd = v + 1;
                    while (npEnd < sentenceEnd && !IsWord(npEnd, ",") && !IsSentenceFinal(npEnd) && !(npEnd > v + 1 && IsPreposition(npEnd)))
                    {
                        npEnd++;
                    }

                    if (npEnd == v + 1)
                    {
                        return false;
                    }

                    claimant = Mention(v + 1, npEnd, appositive: null);
                }
                else
                {
                    var npEnd = v;
                    while (npEnd > t0 && IsAuxiliary(npEnd - 1))
                    {
                        npEnd--;
                    }

                    if (npEnd <= t0)
                    {
                        return false;
                    }

                    claimant = Mention(t0, npEnd, appositive: null);
                }

                cue = v;
                from = t0;
                to = sentenceEnd;
                return true;
            }

            return false;
        }

        private bool TryAttributionBefore(int s, int firstQuoteToken, out int cue, out ClaimantMention? claimant, out int from, out int to)
        {
            cue = -1;
            claimant = null;
            var start = _sentences[s].FirstToken;
            from = start;
            to = firstQuoteToken;
            if (firstQuoteToken - 1 < start || !(IsWord(firstQuoteToken - 1, ",") || IsWord(firstQuoteToken - 1, ":")))
            {
                return false;
            }

            for (var v = firstQuoteToken - 2; v >= start && v >= firstQuoteToken - 9; v--)
            {
                if (IsWord(v, "that") || InQuote(v))
                {
                    return false;
                }

                if (!TryVerb(v, out _) || IsNounUse(v))
                {
                    continue;
                }

                claimant = IsParticiple(v) && v > start && IsWord(v - 1, ",") ? SubjectOfParticiple(v, start) : SubjectOf(v, start);
                if (claimant is null)
                {
                    return false;
                }

                cue = v;
                return true;
            }

            return false;
        }


        private void FindVerbCues(int s, int start, int end)
        {
            for (var v = start; v < end; v++)
            {
                if (InQuote(v) || _usedCues.Contains(v) || !TryVerb(v, out var verb) || InsideDraftContent(_tokens[v].Start))
                {
                    continue;
                }

                if (IsNounUse(v) || IsPassiveOrHedge(v) || IsResponsibilityClaim(v) || IsRefusal(v) || IsZeroRelative(v, start))
                {
                    continue;
                }

                if (TryFinalAttribution(s, start, end, v))
                {
                    continue;
                }

                var contentStart = ComplementStart(v, end, verb);
                if (contentStart < 0)
                {
                    continue;
                }

                var contentEnd = EndBeforeOtherContent(contentStart, ClauseEnd(contentStart, end));
                if (contentEnd - contentStart < 2 || _quoteOf[contentStart] != NoQuote && StartsQuote(contentStart))
                {
                    continue;
                }

                var claimant = SourceQuotedAs(v, start) ?? (IsParticiple(v) && v > start && IsWord(v - 1, ",") ? SubjectOfParticiple(v, start) : SubjectOf(v, start));
                if (claimant is null)
                {
                    continue;
                }

                _usedCues.Add(v);
                AddDraft(ClaimKind.Indirect, claimant, _tokens[v].Span, contentStart, contentEnd, s, v, channelFrom: start, channelTo: contentStart);
            }
        }

        /// <summary>How many words the source an outlet quotes may take ("a military commander in Marib, Brigadier Saleh al-Murad").</summary>
        private const int _quotedSourceReach = 14;

        /// <summary>
        /// "Zitamar News quoted a health worker as saying that ...", "The agency cited a police officer, Ali Musa, as
        /// saying ...": the object of a quoting verb (outlet_shapes.tsv) before "as" and the cue is the source who
        /// speaks; the outlet before it is the channel. A name after a comma is the source's appositive, as for a
        /// subject. Null when the cue is not "as" + participle or no quoting verb is near.
        /// </summary>
        private ClaimantMention? SourceQuotedAs(int v, int start)
        {
            if (v - 2 < start || !IsParticiple(v) || !IsWord(v - 1, "as"))
            {
                return null;
            }

            var end = v - 1;
            if (IsWord(end - 1, ","))
            {
                end--;
            }

            for (var q = end - 1; q >= start && q >= end - _quotedSourceReach; q--)
            {
                if (InQuote(q) || IsVerbCue(q))
                {
                    return null;
                }

                if (_lexicon.OutletShapes.IsQuoting(Word(q)))
                {
                    if (q + 1 >= end)
                    {
                        return null;
                    }

                    var comma = -1;
                    for (var k = q + 2; k < end; k++)
                    {
                        if (IsWord(k, ","))
                        {
                            comma = k;
                            break;
                        }
                    }

                    return comma > 0 && IsNameLike(comma + 1, end) ? Mention(q + 1, comma, Span(comma + 1, end)) : Mention(q + 1, end, null);
                }
            }

            return null;
        }

        /// <summary>"Three people were killed, the governor said on Sunday." : the claim comes first, the source last.</summary>
        private bool TryFinalAttribution(int s, int start, int end, int v)
        {
            var comma = -1;
            for (var k = v - 1; k > start && k >= v - 10; k--)
            {
                if (IsWord(k, ","))
                {
                    comma = k;
                    break;
                }

                if (InQuote(k) || TryVerb(k, out _) || IsWord(k, "that"))
                {
                    return false;
                }
            }

            // "..., the regional governor, Oleksandr Kovalenko, said": the comma before the verb closes an appositive name;
            // the source starts after the comma before it.
            TextSpan? appositive = null;
            var npStop = v;
            if (comma == v - 1 && PreviousComma(comma) is var nameComma and >= 0 && IsNameLike(nameComma + 1, comma) && PreviousComma(nameComma) is var sourceComma and >= 0)
            {
                appositive = Span(nameComma + 1, comma);
                npStop = nameComma;
                comma = sourceComma;
            }

            if (comma < 0 || comma + 1 >= npStop || comma - start < 3)
            {
                return false;
            }

            var first = Word(comma + 1);
            if (Has(_clauseStarters, first) || first.Equals("and", StringComparison.OrdinalIgnoreCase) || first.Equals("who", StringComparison.OrdinalIgnoreCase) || first.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            // After the verb only adjuncts may follow: "on Sunday", "in a statement", "told SANA", ", citing ...".
            var after = v + 1;
            var last = end;
            while (last > after && IsSentenceFinalOrQuote(last - 1))
            {
                last--;
            }

            var rest = last - after;
            var adjunctsOnly = rest == 0
                || (IsPreposition(after) || IsWord(after, ",")) && rest <= 14 && !Contains(after, last, "that")
                // ", adding that ...", ", saying ...": a second claim by the same source follows.
                || IsWord(after, ",") && after + 1 < last && IsParticiple(after + 1) && TryVerb(after + 1, out _)
                // ", sending plumes of smoke over the city that ...": a participle clause after the source tells more of
                // the event before it (its "that" is a relative pronoun, not a complementiser), so the claim is still
                // the clause before the source.
                || IsWord(after, ",") && after + 1 < last && IsTrailingParticiple(after + 1)
                || Word(v).StartsWith("told", StringComparison.OrdinalIgnoreCase) && rest <= 5 && !Contains(after, last, "that");
            if (!adjunctsOnly)
            {
                return false;
            }

            var contentStart = FirstContentToken(start);
            if (comma - contentStart < 3 || InsideDraftContent(_tokens[contentStart].Start))
            {
                return false;
            }

            var npEnd = npStop;
            while (npEnd > comma + 1 && IsAuxiliary(npEnd - 1))
            {
                npEnd--;
            }

            var claimant = Mention(comma + 1, npEnd, appositive);
            _usedCues.Add(v);
            AddDraft(ClaimKind.Indirect, claimant, _tokens[v].Span, contentStart, comma, s, v, channelFrom: comma + 1, channelTo: end);
            return true;
        }

        /// <summary>The comma up to ten tokens before a token, or -1 when a verb, quotation or "that" comes first.</summary>
        private int PreviousComma(int token)
        {
            for (var k = token - 1; k > 0 && k >= token - 10; k--)
            {
                if (IsWord(k, ","))
                {
                    return k;
                }

                if (InQuote(k) || TryVerb(k, out _) || IsWord(k, "that"))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Where the reported content starts after a cue verb, or -1 when the verb introduces no claim here.</summary>
        private int ComplementStart(int v, int end, CueVerb verb)
        {
            var told = Word(v).StartsWith("told", StringComparison.OrdinalIgnoreCase) || Word(v).StartsWith("tell", StringComparison.OrdinalIgnoreCase);
            var next = v + 1;
            if (next >= end)
            {
                return -1;
            }

            // A that-clause after adjuncts or, for "told", after the addressee: "said on Tuesday that", "told reporters that".
            if (IsWord(next, "that"))
            {
                return ThatClause(next, end);
            }

            if (IsPreposition(next) || IsWord(next, ",") || told || IsTimeWord(next))
            {
                for (var k = next; k < end && k <= v + 14; k++)
                {
                    if (InQuote(k))
                    {
                        break;
                    }

                    if (IsWord(k, "that"))
                    {
                        return ThatClause(k, end);
                    }

                    if (k > next && TryVerb(k, out _) && !IsNounUse(k))
                    {
                        break;
                    }

                    // "said, sending smoke over the city that ...": a "that" inside a participle clause is not the verb's.
                    if (k > next && IsWord(k - 1, ",") && IsTrailingParticiple(k))
                    {
                        break;
                    }
                }
            }

            if (told)
            {
                return PronounClauseAfterAddressee(next, end);
            }

            var i = SkipAdjuncts(next, end);
            if (i >= end)
            {
                return -1;
            }

            switch (verb.Complement)
            {
                case CueComplement.Clause:
                case CueComplement.Object:
                    return IsWord(i, "that") ? i + 1 : IsSentenceFinal(i) || IsWord(i, ",") ? -1 : i;
                case CueComplement.Gerund:
                    return Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? i : -1;
                case CueComplement.As:
                    for (var k = i; k < end && k <= i + 4; k++)
                    {
                        if (IsWord(k, "as"))
                        {
                            return k + 1;
                        }
                    }

                    return -1;
                case CueComplement.Figure:
                    for (var k = i + 1; k < end && k <= i + 8; k++)
                    {
                        if (IsWord(k, "at") && k + 1 < end && (_tokens[k + 1].Kind == TokenKind.Number || Has(_numberWords, Word(k + 1))))
                        {
                            return AboutNumbers(i, k) ? i : -1;
                        }
                    }

                    return -1;
                default:
                    return -1;
            }
        }

        /// <summary>
        /// "told Reuters they had received dozens of bodies", "told Radio Free Asia it had fled": after "told" and its
        /// addressee (capitalised words, "reporters"), a clause without "that" starts with a subject pronoun and a verb.
        /// </summary>
        private int PronounClauseAfterAddressee(int next, int end)
        {
            var k = next;
            while (k < end && k < next + 6 && (IsCapitalized(k) || IsWord(k, "the") || IsWord(k, "reporters") || IsWord(k, "journalists")))
            {
                k++;
            }

            if (k == next || k + 1 >= end || !Has(_pronouns, Word(k)) || InQuote(k))
            {
                return -1;
            }

            var verb = Word(k + 1);
            return IsAuxiliary(k + 1) || Has(_beVerbs, verb) || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsWord(k + 1, "could") || IsWord(k + 1, "did")
                ? (ClauseEnd(k, end) - k >= 3 ? k : -1)
                : -1;
        }

        /// <summary>"rejected that charge": a "that" with a short noun after it is a determiner, not a clause.</summary>
        private int ThatClause(int that, int end) => ClauseEnd(that + 1, end) - (that + 1) >= 3 ? that + 1 : -1;

        private int SkipAdjuncts(int i, int end)
        {
            while (i < end)
            {
                if (IsTimeWord(i))
                {
                    i++;
                    continue;
                }

                if (_lexicon.CuePhraseIndex.TryMatch(_text, _tokens, i, end, out var phrase) && phrase.Value.Role == CuePhraseRole.Channel)
                {
                    i = phrase.End;
                    continue;
                }

                if (IsWord(i, "on") && i + 1 < end && (IsTimeWord(i + 1) || IsCapitalized(i + 1)))
                {
                    i += 2;
                    continue;
                }

                break;
            }

            return i;
        }


        private void FindUnattributed(int s, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (InQuote(i) || !_lexicon.CuePhraseIndex.TryMatch(_text, _tokens, i, end, out var match) || match.Value.Role != CuePhraseRole.Unattributed)
                {
                    continue;
                }

                if (InsideDraftContent(_tokens[i].Start))
                {
                    i = match.End - 1;
                    continue;
                }

                var contentStart = match.End;
                for (var k = match.End; k < end && k <= match.End + 3; k++)
                {
                    if (IsWord(k, "that"))
                    {
                        contentStart = k + 1;
                        break;
                    }
                }

                var contentEnd = ClauseEnd(contentStart, end);
                if (contentEnd - contentStart >= 2)
                {
                    AddDraft(ClaimKind.Unattributed, null, Span(match.Start, match.End), contentStart, contentEnd, s, match.Start, channelFrom: start, channelTo: match.Start);
                }

                i = match.End - 1;
            }
        }
    }
}
