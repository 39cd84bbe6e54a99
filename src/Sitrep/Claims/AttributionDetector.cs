using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Finds attributions (who claims what) with rules over the text layer's tokens, sentences and quotations and the
/// claims lexicons. Phrasings covered: direct quotes with the speaker after or before them, quotes that continue
/// the previous speaker, indirect speech ("X said (that) ...", "X accused Y of ..."), "..., X said", "according to
/// X", unattributed reports ("it was reported that", "reportedly"), and stances on earlier claims ("has not
/// confirmed", "denied", "supported ... claims"), from which each claim's status follows.
/// Claimants are text spans; pronouns and definite descriptions ("he", "the ministry") point to the most recent
/// fitting claimant. The language layer's entities will later replace these heuristics.
/// </summary>
public sealed partial class AttributionDetector(ClaimsLexicon lexicon, PartyAliases? aliases = null)
{
    public ClaimsLexicon Lexicon { get; } = lexicon;

    public ImmutableArray<ClaimAnnotation> Detect(string text, TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layer);
        return new Scan(Lexicon, aliases, text, layer).Run();
    }

    /// <summary>The state of one document's analysis. Created per document, so the detector stays thread-safe.</summary>
    private sealed partial class Scan
    {
        internal const int NoQuote = -1;

        private static readonly HashSet<string> _determiners = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "'s", "\u2019s", "any", "no", "such", "of", "earlier", "previous", "new", "initial", "first", "latest", "these",
        };

        private static readonly HashSet<string> _beVerbs = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

        private static readonly HashSet<string> _auxiliaries = new(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "also", "further", "then", "previously", "later", "repeatedly", "recently", "earlier", "again", "still", "would", "will", "had", "publicly", "officially", "separately",
        };

        private static readonly HashSet<string> _clauseStarters = new(StringComparer.OrdinalIgnoreCase)
        {
            "while", "although", "though", "because", "but", "that", "what", "where", "when", "after", "before", "if", "since", "so", "whereas", "as", "meanwhile", "however", "yet", "once", "until", "unless",
        };

        private static readonly HashSet<string> _prepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "on", "in", "at", "to", "during", "late", "earlier", "last", "this", "via", "through", "by", "from", "overnight", "today", "yesterday", "shortly", "after", "before", "later", "early",
        };

        private static readonly HashSet<string> _timeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight", "today", "yesterday", "tonight", "recently", "also", "earlier", "later", "again", "publicly", "separately", "previously",
        };

        private static readonly HashSet<string> _nounFollowers = new(StringComparer.OrdinalIgnoreCase) { "about", "of", "by", "from", "for", "were", "was", "have", "has", "are", "is" };

        private static readonly HashSet<string> _pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i" };

        private static readonly HashSet<string> _stopStems = new(
            new[]
            {
                "that", "this", "with", "from", "have", "were", "been", "their", "which", "about", "said", "would", "could", "there", "they", "into", "than", "more", "some", "also", "after", "other",
                "forces", "troops", "soldiers", "people", "military", "region", "officials", "since", "before", "where", "while", "among", "during", "between", "again", "under", "over", "those", "these",
                "until", "most", "many", "least", "them", "will", "what", "when", "whether",
            }.Select(Stem),
            StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> _numberWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
            "dozens", "hundreds", "thousands", "tens", "dozen", "several", "scores",
        };

        private static readonly HashSet<string> _eventNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "attack", "attacks", "strike", "strikes", "bombing", "bombings", "killing", "killings", "ambush", "raid", "abduction", "kidnapping", "assassination", "explosion", "blast",
        };

        /// <summary>How many sentences back a counter-claim may answer an earlier claim.</summary>
        private const int _counterWindow = 8;

        /// <summary>How many sentences back an object-less stance ("The Kremlin declined to comment.") follows the previous stance: the one just before.</summary>
        private const int _followWindow = 1;

        private readonly ClaimsLexicon _lexicon;
        private readonly PartyAliases? _aliases;
        private readonly string _text;
        private readonly ImmutableArray<Token> _tokens;
        private readonly ImmutableArray<Sentence> _sentences;
        private readonly ImmutableArray<Quotation> _quotes;
        private readonly int[] _quoteOf;
        private readonly List<Draft> _drafts = [];
        private readonly HashSet<int> _usedCues = [];
        private (int Sentence, ClaimantMention By, List<Draft> Targets)? _lastStance;

        public Scan(ClaimsLexicon lexicon, PartyAliases? aliases, string text, TextLayer layer)
        {
            _lexicon = lexicon;
            _aliases = aliases;
            _text = text;
            _tokens = layer.Tokens;
            _sentences = layer.Sentences;
            _quotes = [.. layer.Quotations.Where(q => q.Depth == 0)];
            _quoteOf = new int[_tokens.Length];
            Array.Fill(_quoteOf, NoQuote);
            var t = 0;
            for (var q = 0; q < _quotes.Length; q++)
            {
                var span = _quotes[q].Span;
                while (t < _tokens.Length && _tokens[t].Start < span.Start)
                {
                    t++;
                }

                for (var k = t; k < _tokens.Length && _tokens[k].Start < span.End; k++)
                {
                    _quoteOf[k] = q;
                }
            }
        }

        public ImmutableArray<ClaimAnnotation> Run()
        {
            for (var s = 0; s < _sentences.Length; s++)
            {
                var sentence = _sentences[s];
                var start = sentence.FirstToken;
                var end = sentence.EndToken;
                FindAccordingTo(s, start, end);
                FindQuotes(s);
                FindUnattributed(s, start, end);
                FindVerbCues(s, start, end);
                FindStances(s, start, end);
                FindRetractions(s, start, end);
            }

            FindCounterClaims();
            FindCountStances();
            FindContraryClaims();
            FindAlsoCorroborations();
            if (_lexicon.OwnAttackCorroborates)
            {
                FindOwnAttackConfirmations();
            }

            foreach (var draft in _drafts)
            {
                draft.Certainty = FindCertainty(draft);
            }

            ApplyVerificationSentences();
            return [.. _drafts.OrderBy(d => d.Content.Start).Select(d => d.ToAnnotation())];
        }

        // ---- according to X ----------------------------------------------------------------------------------

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
                    // "According to the city's mayor, Ihor Danylenko, the attack ..." : a name in apposition.
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
                    contentStart = FirstContentToken(start);
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

        // ---- direct quotes -------------------------------------------------------------------------------------

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

        // ---- reporting verbs -----------------------------------------------------------------------------------

        private void FindVerbCues(int s, int start, int end)
        {
            for (var v = start; v < end; v++)
            {
                if (InQuote(v) || _usedCues.Contains(v) || !TryVerb(v, out var verb) || InsideDraftContent(_tokens[v].Start))
                {
                    continue;
                }

                if (IsNounUse(v) || IsPassiveOrHedge(v) || IsResponsibilityClaim(v) || IsRefusal(v))
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

                var contentEnd = ClauseEnd(contentStart, end);
                if (contentEnd - contentStart < 2 || _quoteOf[contentStart] != NoQuote && StartsQuote(contentStart))
                {
                    continue;
                }

                var claimant = IsParticiple(v) && v > start && IsWord(v - 1, ",") ? SubjectOfParticiple(v, start) : SubjectOf(v, start);
                if (claimant is null)
                {
                    continue;
                }

                _usedCues.Add(v);
                AddDraft(ClaimKind.Indirect, claimant, _tokens[v].Span, contentStart, contentEnd, s, v, channelFrom: start, channelTo: contentStart);
            }
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

        // ---- unattributed reports ------------------------------------------------------------------------------

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

        // ---- stances -------------------------------------------------------------------------------------------

        private void FindStances(int s, int start, int end)
        {
            var found = new List<(PhraseMatch<StancePhrase> Match, ClaimantMention By, int ObjectEnd, bool Predicative)>();
            var sentenceTopic = new List<string>();
            for (var i = start; i < end; i++)
            {
                if (InQuote(i) || !_lexicon.StanceIndex.TryMatch(_text, _tokens, i, end, out var match))
                {
                    continue;
                }

                if (match.End - match.Start == 1 && (IsNounUse(i) || IsPassiveOrHedge(i)))
                {
                    continue;
                }

                // "Reuters was unable to verify the death tolls": a be-verb with an infinitive is the subject's act, its object after it.
                // "it was reviewing reports of ...": a progressive with its object is the subject's act too ("were
                // misleading" is an adjective: predicative).
                var predicative = (Has(_beVerbs, Word(i)) || _lexicon.IsCopula(Word(i))) && !match.Value.Tokens.Contains("to")
                    && !(match.Value.Tokens.Length > 2 && match.Value.Tokens[1].EndsWith("ing", StringComparison.Ordinal));
                var enclosing = _drafts.LastOrDefault(d => d.Content.Contains(_tokens[i].Start));
                var othersClaim = GenericHead(match.End, ClauseEnd(match.End, end, stopAtComma: true));
                if (enclosing is not null && !predicative && match.Value.Stance is StanceKind.Supports or StanceKind.Disputes && !IsWord(i, "no") && !othersClaim)
                {
                    // "the UN human rights office said its staff had verified the toll" is a stance on the toll others gave.
                    // "Mediazona said it had confirmed the names ...": a claimant's own finding, not a stance on others.
                    continue;
                }

                // "The death toll was confirmed by Ukraine's State Emergency Service": the agent takes the stance on the subject.
                var agent = AgentAfter(match, end);
                predicative |= agent is not null;
                var by = agent ?? (predicative ? OwnerOfContent(i) : IsParticiple(i) && i > start && IsWord(i - 1, ",") ? SubjectOfParticiple(i, start) : SubjectOf(i, start));
                if (by is null)
                {
                    continue;
                }

                by = OwnerOfPronoun(by, i) ?? by;
                if (enclosing?.Claimant is { } owner && enclosing.Content.Contains(by.Span.Start) && (IsWord(TokenAt(by.Span.Start), "there") || !NamesParty(by.Span)))
                {
                    // "The foundation said there was no truth in the reports": an existential stance is the speaker's.
                    // "... but said the cause was under investigation", "said it was aware of the residents' accounts and
                    // was trying to verify them": a subject that names no party ("the cause") leaves the stance to the speaker.
                    by = owner;
                }

                var objectEnd = ClauseEnd(match.End, end, stopAtComma: true);

                // "... that Russian claims about Ukrainian losses were exaggerated": the topic is the subject before the phrase.
                var stems = predicative ? Stems(PredicateSubjectStart(i), i) : Stems(match.End, objectEnd);
                sentenceTopic.AddRange(stems);
                found.Add((match, by, objectEnd, predicative));
                i = match.End - 1;
            }

            foreach (var (match, by, objectEnd, predicative) in found)
            {
                var stance = match.Value.Stance;
                var evidence = Span(match.Start, Math.Max(match.End, objectEnd));
                var targets = StanceTargets(by, match, objectEnd, sentenceTopic, predicative).ToList();
                foreach (var target in targets)
                {
                    if (!target.Stances.Any(x => x.By.Span == by.Span && x.Stance == stance))
                    {
                        target.Stances.Add(new ClaimStance(by, stance, evidence));
                    }
                }

                if (targets.Count > 0)
                {
                    _lastStance = (SentenceIndexOf(match.Start), by, targets);
                }
            }
        }

        /// <summary>
        /// "Tuareg rebels said the drones had instead hit a market", "Ukrainian forces held 28 settlements, a far
        /// smaller figure": a claim with a counter marker (counter_markers.tsv) disputes each earlier claim, a few
        /// sentences back, by another party that shares a lower-case content word with it, though no stance verb
        /// says so. A party that already took a stance on the earlier claim keeps that stance.
        /// </summary>
        private void FindCounterClaims()
        {
            foreach (var later in _drafts.ToList())
            {
                if (later.Claimant is not { } by || !TryCounterMarker(later.Content, out var marker) || HasStancePhrase(later.Sentence))
                {
                    // A sentence with a stance phrase ("said the claim that the missile could not be intercepted was
                    // probably overstated") already says what it answers.
                    continue;
                }

                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                var contrasted = ContrastedWord(marker) ?? OwnPartNoun(marker, later);
                var zeroClasses = CasualtyCounts(later.Content).Where(c => c.Value == 0 && c.Class is not null).Select(c => c.Class!).ToHashSet();
                foreach (var earlier in _drafts)
                {
                    if (zeroClasses.Count > 0 && CasualtyCounts(earlier.Content) is { Count: > 0 } counted && counted.All(c => c.Class is not null && !zeroClasses.Contains(c.Class)))
                    {
                        // "none of their fighters had died" answers "neutralised seven attackers", not "killed four soldiers".
                        continue;
                    }

                    if (contrasted is not null && Overlap([contrasted], earlier).Total == 0)
                    {
                        // "police officers guarding the terminal, not militants" answers the claim about militants only.
                        continue;
                    }

                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _counterWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisation(earlier.Claimant, by) || earlier.Stances.Any(x => SameParty(x.By, by))
                        || Overlap(topic, earlier).Lower < 1 && !SharesTopicClass(later.Content, earlier.Content) && !(DeniesOwnPart(marker) && NamedIn(by, earlier.Content)))
                    {
                        continue;
                    }

                    earlier.Stances.Add(new ClaimStance(by, StanceKind.Disputes, marker));
                }
            }
        }

        /// <summary>"The Pentagon" within "The Pentagon press secretary, Colonel Dana Moore": every capitalised word of one is in the other.</summary>
        private static bool HasAllNames(string mention, string other)
        {
            var names = mention.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.TrimEnd('.', '\'', '\u2019', 's'))
                .Where(w => w.Length >= 3 && char.IsUpper(w[0]) && !w.Equals("The", StringComparison.Ordinal))
                .ToList();
            return names.Count > 0 && names.All(n => other.Contains(n, StringComparison.Ordinal));
        }

        private bool SharesName(TextSpan mention, string other)
        {
            var first = TokenAt(mention.Start);
            for (var k = first; k >= 0 && k < _tokens.Length && _tokens[k].Start < mention.End; k++)
            {
                var w = Word(k);
                if (!IsCapitalized(k) || w.Length < 3 || w.Equals("The", StringComparison.Ordinal) || _lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    continue;
                }

                var prefix = w[..Math.Min(5, w.Length)];
                if (other.AsSpan().Contains(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"none of its fighters" and "20 militants": a lower-case word of each span in one class of topic_classes.tsv.</summary>
        private bool SharesTopicClass(TextSpan a, TextSpan b)
        {
            var classes = TopicClassesIn(a);
            return classes.Count > 0 && TopicClassesIn(b).Overlaps(classes);
        }

        private HashSet<string> TopicClassesIn(TextSpan span)
        {
            var classes = new HashSet<string>(StringComparer.Ordinal);
            var lookup = _lexicon.TopicClasses;
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && char.IsLower(_text[_tokens[k].Start]) && lookup.TryGetValue(Word(k).ToString(), out var topicClass))
                {
                    classes.Add(topicClass);
                }
            }

            return classes;
        }

        private bool HasDemonstrative(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (IsWord(k, "that") || IsWord(k, "this") || IsWord(k, "those") || IsWord(k, "these"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a claim's content holds a stance phrase ("the army's figures were "inflated fantasies"").</summary>
        private bool HoldsStance(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            return first >= 0 && last >= first && _lexicon.StanceIndex.FindAll(_text, _tokens, first, last + 1).Any();
        }

        private bool HasStancePhrase(int s)
        {
            var sentence = _sentences[s];
            return _lexicon.StanceIndex.FindAll(_text, _tokens, sentence.FirstToken, sentence.EndToken).Any();
        }

        /// <summary>
        /// "Hamas said none of its members had been present" after "struck senior Hamas militants": a negation of the
        /// speaker's own part ("none of its", "no ... their") answers the claim that names the speaker, shared words or not.
        /// </summary>
        /// <summary>The stem of the noun a bare "not" contrasts ("..., not militants"), or null when "not" negates a verb ("had not fired").</summary>
        private string? ContrastedWord(TextSpan marker)
        {
            var k = TokenBefore(marker.End) + 1;
            if (!marker.AsSpan(_text).Equals("not", StringComparison.OrdinalIgnoreCase) || k >= _tokens.Length || _tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            var w = Word(k);
            return w.Length < 4 || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsAuxiliary(k) || Has(_beVerbs, w) || TryVerb(k, out _)
                || w.Equals("only", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase) ? null : Stem(w);
        }

        /// <summary>
        /// "none of its tanks had been hit": the speaker's own part is named ("tanks"); when an earlier claim by another
        /// party within reach mentions it ("destroyed four Israeli tanks"), the counter-claim answers only such claims.
        /// </summary>
        private string? OwnPartNoun(TextSpan marker, Draft later)
        {
            if (!DeniesOwnPart(marker))
            {
                return null;
            }

            var k = TokenBefore(marker.End) + 1;
            k += IsWord(k, "of") ? 2 : 1;
            if (k >= _tokens.Length || _tokens[k].Kind != TokenKind.Word || Word(k).Length < 4)
            {
                return null;
            }

            var noun = Stem(Word(k));
            return _drafts.Any(d => d != later && d.Content.End <= later.Content.Start && later.Sentence - d.Sentence <= _counterWindow
                && d.Claimant is { } c && !SameParty(c, later.Claimant!) && Overlap([noun], d).Total > 0) ? noun : null;
        }

        private bool DeniesOwnPart(TextSpan marker)
        {
            var k = TokenBefore(marker.End) + 1;
            if (IsWord(k, "of"))
            {
                k++;
            }

            return IsWord(k, "its") || IsWord(k, "their");
        }

        private bool TryCounterMarker(TextSpan content, out TextSpan marker)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            foreach (var m in _lexicon.CounterIndex.FindAll(_text, _tokens, Math.Max(0, first), last + 1))
            {
                marker = Span(m.Start, m.End);
                return true;
            }

            marker = default;
            return false;
        }

        /// <summary>
        /// One side, for counter-claims: "rebel spokesman Mohamed Ag Elmehdi" speaks for "Tuareg separatist rebels" (one
        /// mention's head noun is a word of the other); "the Pentagon press secretary" and "The Pentagon", "Russian
        /// officials" and "Russia's state media" share a name ("Pentag", "Russi"). Sides rarely contradict themselves.
        /// </summary>
        private bool SameOrganisation(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            return SameBody(a, b) || SharesName(a.NamingSpan, b.NamingSpan.Slice(_text));
        }

        /// <summary>
        /// One body, not only one country: "rebel spokesman Mohamed Ag Elmehdi" and "Tuareg separatist rebels" (a head
        /// noun), "the Pentagon press secretary" and "The Pentagon" (all names). "A Ukrainian battalion commander" and
        /// "Ukraine's general staff" share a country, not a body: one may contradict the other.
        /// </summary>
        private bool SameBody(ClaimantMention? a, ClaimantMention b)
        {
            if (a is null)
            {
                return false;
            }

            var aText = a.NamingSpan.Slice(_text);
            var bText = b.NamingSpan.Slice(_text);
            return SharesHead(aText, bText) || SharesHead(bText, aText) || HasAllNames(aText, bText) || HasAllNames(bText, aText);

            static bool SharesHead(string head, string other)
            {
                var word = Head(head);
                if (word.Length < 4 || !char.IsLower(word[0]))
                {
                    return false;
                }

                var stem = Stem(word);
                return other.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && Stem(w) == stem);
            }
        }

        private IEnumerable<Draft> StanceTargets(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<string> sentenceTopic, bool predicative)
        {
            var phraseStart = _tokens[match.Start].Start;
            var candidates = _drafts
                .Where(d => d.Content.End <= phraseStart && !d.Content.Contains(phraseStart) && !SameParty(d.Claimant, by))
                .Where(d => d.CueToken < match.Start || d.Content.End <= phraseStart)
                .ToList();
            if (candidates.Count == 0)
            {
                return [];
            }

            var objectStems = predicative ? Stems(PredicateSubjectStart(match.Start), match.Start) : Stems(match.End, objectEnd);
            // Words caught in a phrase's gap ("supported Kyiv's claims") belong to the object; the phrase's own words do not.
            var literal = match.Value.Tokens;
            // A predicative phrase's gap holds modifiers of the predicate ("were pure propaganda"), not its object.
            if (!predicative)
            {
                objectStems.AddRange(Stems(match.Start, match.End).Where(p => !literal.Any(l => Stem(l) == p) && !_lexicon.GenericObjectStems.Contains(p)));
            }
            // "dismissed the separatists' statement as propaganda": words naming whose statement it was, or what the
            // speaker thinks of it, are not what it was about.
            var naming = PossessorStems(match.Start + 1, objectEnd, candidates);
            objectStems.RemoveAll(naming.Contains);
            var generic = objectStems.Count(st => !IsGenericStem(st)) <= 1;
            var topic = generic && sentenceTopic.Count(st => !IsGenericStem(st)) >= 2 ? sentenceTopic : objectStems;
            if (!generic || topic != objectStems)
            {
                var scored = candidates.Select(d => (Draft: d, Score: Overlap(topic, d, designations: true))).Where(x => x.Score.Lower >= 1).ToList();
                var strong = scored.Where(x => x.Score.Total >= 2).Select(x => x.Draft).ToList();
                if (strong.Count > 0)
                {
                    return strong;
                }

                if (!generic)
                {
                    // "denied that its troops had opened fire" after "troops fired on Indian posts": one shared content
                    // word is weak evidence, so only the latest claim sharing one is addressed.
                    if (scored.Count > 0)
                    {
                        return [scored.MaxBy(x => x.Draft.Content.Start).Draft];
                    }

                    // "dismissed the health ministry's figures as Hamas propaganda": the object names a claimant, not
                    // what it said, so the target is found by that name like a generic object's.
                    if (!candidates.Any(d => Hinted(match.Start + 1, objectEnd, d)) && !GenericHead(match.End, objectEnd))
                    {
                        var accused = DenialOfAccusation(by, match, objectEnd, candidates).ToList();
                        return accused.Count > 0 ? accused : ByTopicClass(match.End, objectEnd, objectStems, candidates);
                    }
                }
            }

            return GenericTargets(by, match, objectEnd, objectStems, predicative, candidates);
        }

        /// <summary>
        /// "did not respond to calls seeking comment on the general's death" after "the commander, Major General David
        /// Majur, had been killed": an object that shares no lower-case word with any claim still names its topic by
        /// class (topic_classes.tsv: "death" / "killed"). The claim sharing a class and most words (names too) is the
        /// one answered; the latest wins a tie.
        /// </summary>
        private IEnumerable<Draft> ByTopicClass(int from, int to, List<string> objectStems, List<Draft> candidates)
        {
            var classes = TopicClassesIn(Span(from, Math.Max(from + 1, to)));
            if (classes.Count == 0)
            {
                return [];
            }

            var best = candidates
                .Select(d => (Draft: d, Shared: TopicClassesIn(d.Content).Count(classes.Contains)))
                .Where(x => x.Shared > 0)
                .Select(x => (x.Draft, Score: x.Shared + Overlap(objectStems, x.Draft).Total))
                .OrderBy(x => x.Score).ThenBy(x => x.Draft.Content.Start)
                .LastOrDefault();
            return best.Draft is null ? [] : [best.Draft];
        }

        /// <summary>
        /// "A coalition spokesman, Jean-Bosco Ndakala" speaks for "The Coalition of Patriots for Change": a lower-case word
        /// of five letters or more before the speaker's title is a capitalised word of the organisation's name.
        /// </summary>
        private bool SpeaksFor(ClaimantMention speaker, ClaimantMention organisation)
        {
            var name = organisation.NamingSpan.Slice(_text);
            var first = TokenAt(speaker.NamingSpan.Start);
            for (var k = first; k >= 0 && k < _tokens.Length && _tokens[k].Start < speaker.NamingSpan.End; k++)
            {
                var w = Word(k);
                if (w.Length < 5 || !char.IsLower(w[0]) || _lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    continue;
                }

                var at = name.AsSpan().IndexOf(w, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && char.IsUpper(name[at]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a stance object is an accusation ("the allegation", "the accusations", "the charge").</summary>
        private bool IsAccusationNoun(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w.StartsWith("allegation", StringComparison.OrdinalIgnoreCase) || w.StartsWith("accusation", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("charge", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a phrase with a gap ("called the reports fabricated") holds an object in its gap.</summary>
        private bool HasGapWord(PhraseMatch<StancePhrase> match)
        {
            var literal = match.Value.Tokens;
            for (var k = match.Start; k < match.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && !literal.Any(l => Word(k).Equals(l, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a claimant answers another claim: it took a stance against it, or the claim, made before, names it.</summary>
        private bool Answers(ClaimantMention claimant, Draft other, Draft own) =>
            other != own && (other.Stances.Any(x => x.Stance is StanceKind.Denies or StanceKind.Disputes && (SameParty(claimant, x.By) || SameOrganisation(claimant, x.By)))
                || other.Content.End <= own.Content.Start && other.Claimant is { } accuser && !SameParty(accuser, claimant) && !SameOrganisation(accuser, claimant)
                    && (MentionsParty(other.Content, claimant) || SeatHintMatches(TokenAt(other.Content.Start), TokenBefore(other.Content.End) + 1, claimant)));

        /// <summary>
        /// Stems of a stance object that are not its topic: words naming a claimant ("the health ministry's figures",
        /// "the rebel account") and the characterisation after "as" ("dismissed ... as Hamas propaganda").
        /// </summary>
        private HashSet<string> NamingStems(PhraseMatch<StancePhrase> match, int objectEnd, bool predicative, List<Draft> candidates)
        {
            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (predicative)
            {
                return stems;
            }

            var asSeen = false;
            for (var k = match.Start + 1; k < objectEnd; k++)
            {
                // "called the Fano statement "a desperate lie"": a quotation or a noun phrase right after the claim noun
                // says what the speaker thinks of it ("for Ukrainian losses", "of a shooting" still say what it is about).
                asSeen |= IsWord(k, "as") || k > match.Start + 1 && _lexicon.IsGenericObject(Word(k - 1)) && !IsWord(k - 1, "that") && !IsWord(k - 1, "this") && !IsWord(k - 1, "it")
                    && (_tokens[k].Kind == TokenKind.Quote || IsWord(k, "a") || IsWord(k, "an"));
                if (asSeen || candidates.Any(d => d.Claimant is not null && HintMatches(k, k + 1, d.Claimant)))
                {
                    stems.Add(Stem(Word(k)));
                }
            }

            return stems;
        }

        /// <summary>
        /// "the separatists' statement", "the health ministry's figures": the words right before a claim noun (and its
        /// possessive mark) that name a claimant or its description say whose claim it is, not what it is about.
        /// </summary>
        private HashSet<string> PossessorStems(int from, int to, List<Draft> candidates)
        {
            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var g = from + 1; g < to; g++)
            {
                if (!_lexicon.IsGenericObject(Word(g)) || IsWord(g, "that") || IsWord(g, "this") || IsWord(g, "it"))
                {
                    continue;
                }

                var k = g - 1;
                while (k >= from && Word(k) is "'s" or "'" or "\u2019s" or "\u2019")
                {
                    k--;
                }

                for (; k >= from && _tokens[k].Kind == TokenKind.Word && candidates.Any(d => d.Claimant is not null && (HintMatches(k, k + 1, d.Claimant) || DescriptionHintMatches(k, k + 1, d))); k--)
                {
                    stems.Add(Stem(Word(k)));
                }
            }

            return stems;
        }

        /// <summary>"the reports of a shooting at its facility": an object whose head is a generic claim noun, its topic a modifier.</summary>
        private bool GenericHead(int from, int to)
        {
            var k = from;
            while (k < to && Has(_determiners, Word(k)) && !IsWord(k, "of"))
            {
                k++;
            }

            return k < to && _lexicon.IsGenericObject(Word(k)) && !Word(k).Equals("that", StringComparison.OrdinalIgnoreCase) && !Word(k).Equals("this", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "Diane Uwase denied that any Rwandan soldiers had crossed into Congo" after "accused Rwanda of sending fresh
        /// troops": with no shared word, a denial answers the latest claim that names its author. The denial names its
        /// own side ("any Rwandan soldiers"), as the claim does.
        /// </summary>
        private IEnumerable<Draft> DenialOfAccusation(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<Draft> candidates)
        {
            var accusing = match.Value.Stance == StanceKind.Denies
                ? candidates.LastOrDefault(d => MentionsParty(d.Content, by) && NamesSameCapitalized(match.End, objectEnd, d.Content))
                : null;
            return accusing is null ? [] : [accusing];
        }

        /// <summary>The targets of a stance whose object says nothing of a claim's content: found by position, hints and numbers.</summary>
        private IEnumerable<Draft> GenericTargets(ClaimantMention by, PhraseMatch<StancePhrase> match, int objectEnd, List<string> objectStems, bool predicative, List<Draft> candidates)
        {
            // "Iran called the report baseless. The Kremlin declined to comment.": a stance with no object at all
            // answers what the stance just before it answered.
            // "acknowledged that an MQ-9 had crashed but said the cause was under investigation": the same holder's
            // second stance in one sentence answers what its first did.
            if (!predicative && !HasWord(match.End, objectEnd) && !HasGapWord(match) && _lastStance is { } last && SentenceIndexOf(match.Start) - last.Sentence <= _followWindow
                && (!SameParty(last.By, by) || SentenceIndexOf(match.Start) == last.Sentence))
            {
                var followed = last.Targets.Where(candidates.Contains).ToList();
                if (followed.Count > 0)
                {
                    return followed;
                }
            }

            // A generic object ("the claim", "the allegations", "declined to comment") points back to the latest claims.
            // A predicative stance's object is its subject ("the Ukrainian figures appeared plausible").
            var (objectFrom, objectTo) = predicative ? (PredicateSubjectStart(match.Start), match.Start) : (match.Start, objectEnd);
            var hintFrom = predicative ? objectFrom : match.Start + 1;
            var hinted = candidates.Where(d => Hinted(hintFrom, objectTo, d)).ToList();
            var pool = hinted.Count > 0 ? hinted : candidates;
            if (predicative && hinted.Count > 0 && !candidates.Any(d => d.Claimant is not null && HintMatches(hintFrom, objectTo, d.Claimant)))
            {
                // "Kyiv's statements were pure propaganda": a government named by its capital answers that side's
                // statement, which is the first its claimant made, not every word quoted after it.
                return [hinted.MinBy(d => d.Content.Start)!];
            }

            if (Contains(objectFrom, objectTo, "report"))
            {
                // "called the report baseless": a claim someone reported.
                // Without a "reported" cue, "the report" is the article's lead: its first claim.
                var reported = pool.Where(d => TryVerb(d.CueToken, out var cue) && cue.Flavour == CueFlavour.Report).ToList();
                if (reported.Count > 0)
                {
                    // The report's anonymous sources ("The officials, who spoke on condition of anonymity, said ...")
                    // told the same story: rejecting the report rejects what they said too. A source that told
                    // another outlet ("a source told Reuters") is another report.
                    var report = reported[^1];
                    return [report, .. pool.Where(d => d.Content.Start > report.Content.Start && d.Claimant is { Anonymous: true } && !(IsOutlet(d.Channel) && d.Channel != report.Channel))];
                }

                pool = [pool.MinBy(d => d.Content.Start)!];
            }

            if (AboutNumbers(objectFrom, objectTo))
            {
                // "the casualty figure", "any of the tolls": claims that give a number.
                // Casualty counts first: "did not comment on the casualty figures" is not about "two of the port's cranes".
                var counted = pool.Where(d => CasualtyCounts(d.Content).Count > 0).ToList();
                counted = counted.Count > 0 ? counted : pool.Where(d => HasNumber(d.Content)).ToList();
                pool = counted.Count > 0 ? counted : pool;
            }

            var naming = NamingStems(match, objectEnd, predicative, candidates);
            var specific = objectStems.Where(st => !IsGenericStem(st) && !naming.Contains(st)).ToList();
            if (specific.Count > 0)
            {
                // "confirmed the exchange": the latest claim that mentions an exchange.
                // "did not comment on that strike" after "had also struck a house": with a demonstrative, which points at
                // the incident just told, a word of the same topic class counts. "the strike" is the article's strike.
                var objectClasses = HasDemonstrative(objectFrom, objectTo) ? TopicClassesIn(Span(objectFrom, Math.Max(objectFrom + 1, objectTo))) : [];
                var mentioning = pool.Where(d => Overlap(specific, d).Total > 0 || objectClasses.Count > 0 && TopicClassesIn(d.Content).Overlaps(objectClasses)).ToList();
                if (predicative && hinted.Count == 0 && mentioning.Count == 0)
                {
                    // "Kyiv's statements were pure propaganda" with no claim by or about what its subject names: a
                    // predicative stance names its target in its subject, so without a match there is nothing to guess.
                    return [];
                }

                pool = mentioning.Count > 0 ? mentioning : pool;
            }

            if (!predicative && (IsWord(match.End, "that") || IsWord(match.End, "this")) && match.End + 1 < objectEnd && _lexicon.IsGenericObject(Word(match.End + 1)))
            {
                // "It said the rebels had used civilians as human shields. The Arakan Army rejected that accusation.":
                // a demonstrative points at the claim just made, whoever it names.
                return [pool[^1]];
            }

            // "The ELN did not claim responsibility", "Rwanda has denied ...": a party answers the claim that names it.
            var namingParty = pool.Where(d => MentionsParty(d.Content, by)).ToList();
            var plural = HasPluralObject(objectFrom, objectTo);
            if (plural && namingParty.Count > 0)
            {
                // "Russian-installed officials called the reports fabricated": the reports are everything the accusers said,
                // not only the sentence that names the officials' side.
                namingParty = [.. pool.Where(d => d.Claimant is { } c && namingParty.Any(n => n.Claimant is { } a && (SameParty(a, c) || SameOrganisation(a, c))) || namingParty.Contains(d))];
            }

            pool = namingParty.Count > 0 ? namingParty : pool;

            if (Contains(objectFrom, objectTo, "either") || Contains(objectFrom, objectTo, "both"))
            {
                // "could not independently verify either account": the account of each of the last two parties to speak.
                var sides = new List<Draft>();
                foreach (var d in Enumerable.Reverse(pool))
                {
                    if (d.Claimant is { } c && !sides.Any(x => SameParty(x.Claimant, c) || SameOrganisation(x.Claimant, c)))
                    {
                        sides.Add(d);
                    }

                    if (sides.Count == 2)
                    {
                        // Each side's account is the version it gave first.
                        return sides.Select(side => pool.First(d => d.Claimant is { } c && (SameParty(side.Claimant, c) || SameOrganisation(side.Claimant, c))));
                    }
                }
            }

            if (plural)
            {
                // "Washington said it had no information to confirm them": the reports are the accusations, not the
                // answers to them. A party that already denied or disputed one of the pool's claims, or that an earlier
                // claim of the pool accuses ("Moscow accused Kyiv of ..."), is answering.
                var sentence = SentenceIndexOf(match.Start);
                var recent = pool.Where(d => d.Sentence >= sentence - 6).ToList();
                if (AboutNumbers(objectFrom, objectTo) && recent.Count(d => CasualtyCounts(d.Content).Count > 0) >= 2)
                {
                    // "was unable to verify the death tolls": every toll, the one given in answer to another too.
                    return recent.Where(d => CasualtyCounts(d.Content).Count > 0);
                }

                var accusations = recent.Where(d => d.Claimant is not { } c || !recent.Any(o => Answers(c, o, d))).ToList();
                return accusations.Count > 0 ? accusations : recent;
            }

            var latest = pool[^1];
            if (hinted.Count > 0 && !predicative && specific.Count == 0 && !AboutNumbers(objectFrom, objectTo) && latest.Claimant is { } named)
            {
                // "called the Fano statement a lie": the statement of the party the object names is all it said there.
                // "the RSF's account" is what the RSF told of events, not its adviser's verdict on the army's figures:
                // a claim that itself takes a stance is an answer, not an account.
                var accounts = pool.Where(d => !HoldsStance(d.Content)).ToList();
                if (accounts.Count > 0 && accounts.Count < pool.Count)
                {
                    latest = accounts[^1];
                    named = latest.Claimant ?? named;
                    pool = accounts;
                }

                return pool.Where(d => d.Claimant is { } c && (SameParty(c, named) || SameOrganisation(c, named)) && Math.Abs(d.Sentence - latest.Sentence) <= 1);
            }

            if (latest.Claimant is { } author && !predicative && specific.Count == 0 && !AboutNumbers(objectFrom, objectTo))
            {
                // "M23 rebels said they had captured the hill. 'The enemy fled,' M23 spokesman Innocent Habimana wrote.
                // Kinshasa dismissed the statement.": one side's statement is its claim and the quote next to it.
                var statement = candidates.Where(d => d != latest && Math.Abs(d.Sentence - latest.Sentence) <= 1 && d.Claimant is { } c
                    && (SameParty(c, author) || SameOrganisation(c, author) || SpeaksFor(author, c) || SpeaksFor(c, author))).ToList();
                // "The coalition said troops had killed 15 miners. A coalition spokesman told RFI that the victims had been
                // shot. The government rejected the allegation.": the spokesman's words are the same allegation.
                if (statement.Count > 0 && (latest.Kind == ClaimKind.DirectQuote || statement.Any(d => d.Kind == ClaimKind.DirectQuote)
                    || IsAccusationNoun(match.Start + 1, objectEnd) && statement.All(d => d.Content.End <= latest.Content.Start && latest.Sentence - d.Sentence == 1)))
                {
                    return [.. statement, latest];
                }
            }

            if (AboutNumbers(objectFrom, objectTo) && Figures(latest.Content) is { Count: > 0 } figures)
            {
                // "has not commented on the higher toll": every claim that gives that toll.
                return pool.Where(d => d == latest || Figures(d.Content).Overlaps(figures));
            }

            return [latest];
        }

        /// <summary>Where the subject of a predicative stance starts: up to eight tokens back, not before the claim content holding it.</summary>
        private int PredicateSubjectStart(int phrase)
        {
            var from = Math.Max(_sentences[SentenceIndexOf(phrase)].FirstToken, phrase - 8);
            var enclosing = _drafts.LastOrDefault(d => d.Content.Contains(_tokens[phrase].Start));
            return enclosing is null ? from : Math.Max(from, TokenAt(enclosing.Content.Start));
        }

        private bool IsOutlet(string? channel) => channel is not null && _lexicon.Channels.Any(c => c.Channel == channel && c.Type == "outlet");

        /// <summary>The numbers of two or more digits written in a span ("120", "1,200"), but not years ("2024"): a shared "3" or year is chance.</summary>
        private HashSet<string> Figures(TextSpan span)
        {
            var figures = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                var word = Word(k);
                if (_tokens[k].Kind == TokenKind.Number && word.Length >= 2 && !(word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20"))))
                {
                    figures.Add(word.ToString());
                }
            }

            return figures;
        }

        private bool MentionsParty(TextSpan content, ClaimantMention by)
        {
            var first = TokenAt(by.NamingSpan.Start);
            for (var k = first; k >= 0 && k < _tokens.Length && _tokens[k].Start < by.NamingSpan.End; k++)
            {
                var w = Word(k);
                if (!IsCapitalized(k) || w.Length < 3 || w.Equals("The", StringComparison.Ordinal) || _lexicon.ClaimantWords.ContainsKey(w.ToString()))
                {
                    continue;
                }

                var prefix = w[..Math.Min(5, w.Length)];
                if (content.AsSpan(_text).Contains(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // "The ELN did not claim responsibility" answers the claim about "the National Liberation Army"; "Moscow has not
            // acknowledged any losses" the claim about "Russian mercenaries".
            return (_aliases ?? PartyAliases.Default).Mentions(by.NamingSpan.Slice(_text), content.AsSpan(_text))
                || SeatCountry(by) is { IsEmpty: false } country && NamesCountry(content, country);
        }

        /// <summary>Whether a capitalised word of a token range starts (first four letters) a capitalised word of the content: "Rwandan" and "Rwanda".</summary>
        private bool NamesSameCapitalized(int from, int to, TextSpan content)
        {
            var text = content.AsSpan(_text);
            for (var k = from; k < to; k++)
            {
                if (IsCapitalized(k) && Word(k).Length >= 4 && text.Contains(Word(k)[..4], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"denied the allegations", "the tolls": a plural claim noun (stance_objects.tsv) in the object.</summary>
        private bool HasPluralObject(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (_lexicon.IsPluralObject(Word(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool AboutNumbers(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w.StartsWith("figure", StringComparison.OrdinalIgnoreCase) || w.StartsWith("toll", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("casualt", StringComparison.OrdinalIgnoreCase) || w.StartsWith("number", StringComparison.OrdinalIgnoreCase)
                    || w.StartsWith("loss", StringComparison.OrdinalIgnoreCase) && w.Length > 4)
                {
                    // "losses" are counted; "the loss" of a ship is what happened to it.
                    return true;
                }
            }

            return false;
        }

        private bool HasNumber(TextSpan span)
        {
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (_tokens[k].Kind == TokenKind.Number || Has(_numberWords, Word(k)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether words of a stance's object name a claim's claimant: by its words, its seat of power or its description.</summary>
        private bool Hinted(int from, int to, Draft draft) =>
            draft.Claimant is { } claimant && (HintMatches(from, to, claimant) || SeatHintMatches(from, to, claimant) || DescriptionHintMatches(from, to, draft));

        /// <summary>
        /// "The army declined to comment on the dissidents' account" after "The Central General Staff, the dissident group
        /// to which the front belongs, said": the description in apposition between claimant and cue names it too.
        /// </summary>
        private bool DescriptionHintMatches(int from, int to, Draft draft)
        {
            if (draft.Claimant is not { } claimant || draft.Cue is not { } cue || cue.Start <= claimant.Span.End)
            {
                return false;
            }

            var between = _text.AsSpan(claimant.Span.End, cue.Start - claimant.Span.End).TrimStart();
            return between.StartsWith(",") && HintMatches(from, to, between[1..].ToString());
        }

        private bool HintMatches(int from, int to, ClaimantMention claimant) => HintMatches(from, to, claimant.NamingSpan.Slice(_text));

        private bool HintMatches(int from, int to, string naming)
        {
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w.Length >= 4 && !_lexicon.IsGenericObject(w) && naming.AsSpan().Contains(w[..Math.Min(5, w.Length)], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                // "the RSF's account", "the ELN's statement": an acronym names its party though it is short, as a
                // possessor ("backing M23" is what a claim is about, not whose it is).
                if (w.Length is 2 or 3 && IsAcronym(w) && k + 1 < _tokens.Length && Word(k + 1) is "'s" or "\u2019s" or "'" or "\u2019" && ContainsWholeWord(naming, w))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAcronym(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsUpper(c) && !char.IsDigit(c))
                {
                    return false;
                }
            }

            return char.IsUpper(word[0]);
        }

        private static bool ContainsWholeWord(string text, ReadOnlySpan<char> word)
        {
            var span = text.AsSpan();
            for (var at = span.IndexOf(word, StringComparison.Ordinal); at >= 0; at = span.IndexOf(word, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(span[at - 1])) && (end == span.Length || !char.IsLetterOrDigit(span[end])))
                {
                    return true;
                }

                span = span[end..];
            }

            return false;
        }

        /// <param name="designations">Whether a shared word with digits ("MQ-9") counts as specific as a lower-case word,
        /// which a stance's object may rely on; comparisons between claims do not.</param>
        private (int Total, int Lower) Overlap(List<string> topic, Draft draft, bool designations = false)
        {
            var first = TokenAt(draft.Content.Start);
            var last = TokenBefore(draft.Content.End);
            var total = 0;
            var lower = 0;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = first; k >= 0 && k <= last; k++)
            {
                var w = Word(k);
                if (w.Length < 4 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                var stem = Stem(w);
                if (_stopStems.Contains(stem) || !seen.Add(stem) || !topic.Contains(stem, StringComparer.OrdinalIgnoreCase) && !EndsWithTopic(w, topic))
                {
                    continue;
                }

                total++;
                // "an MQ-9" names a thing as specifically as a lower-case word does.
                if (char.IsLower(w[0]) || IsCommonWordCapitalized(k) || designations && w.ContainsAny("0123456789"))
                {
                    lower++;
                }
            }

            return (total, lower);
        }

        /// <summary>"an airstrike" is a strike, "a counterattack" an attack: a compound ending in a topic word of five letters or more.</summary>
        private static bool EndsWithTopic(ReadOnlySpan<char> word, List<string> topic)
        {
            foreach (var t in topic)
            {
                // Stems are cut at six letters ("strik"), so the topic is looked for after the compound's first part.
                if (t.Length >= 5 && word.Length >= t.Length + 3 && word[3..].Contains(t, StringComparison.OrdinalIgnoreCase)
                    && word.Length - word.LastIndexOf(t, StringComparison.OrdinalIgnoreCase) <= t.Length + 2)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "Fighters of the CODECO militia attacked ...": a sentence's first word is capitalised by position, not as a
        /// name; it counts as a common word when the text also writes it in lower case ("its fighters").
        /// </summary>
        private bool IsCommonWordCapitalized(int k)
        {
            if (k != _sentences[SentenceIndexOf(k)].FirstToken)
            {
                return false;
            }

            var w = Word(k);
            Span<char> lower = stackalloc char[Math.Min(w.Length, 64)];
            var n = w[..lower.Length].ToLowerInvariant(lower);
            var from = 0;
            for (var at = _text.AsSpan().IndexOf(lower[..n], StringComparison.Ordinal); at >= 0; at = _text.AsSpan(from).IndexOf(lower[..n], StringComparison.Ordinal))
            {
                at += from;
                var before = at == 0 || !char.IsLetter(_text[at - 1]);
                var after = at + n >= _text.Length || !char.IsLetter(_text[at + n]);
                if (before && after)
                {
                    return true;
                }

                from = at + 1;
            }

            return false;
        }

        private List<string> Stems(int from, int to)
        {
            var stems = new List<string>();
            for (var k = from; k < to; k++)
            {
                var w = Word(k);
                if (w.Length >= 4 && char.IsLetter(w[0]))
                {
                    var stem = Stem(w);
                    if (!_stopStems.Contains(stem))
                    {
                        stems.Add(stem);
                    }
                }
            }

            return stems;
        }

        private bool IsGenericStem(string stem) => _lexicon.GenericObjectStems.Contains(stem) || _stopStems.Contains(stem);

        private static string Stem(string word) => TopicStem.Of(word);

        private static string Stem(ReadOnlySpan<char> word) => TopicStem.Of(word);

        private bool SameParty(ClaimantMention? claimant, ClaimantMention by)
        {
            if (claimant is null)
            {
                return false;
            }

            // "The commander-in-chief gave no figure" after "General Serhiy Vasylchenko said": a bare title is the person last named.
            if (TitleReferent(by) is { } person)
            {
                by = person;
            }

            if (TitleReferent(claimant) is { } claimantPerson)
            {
                claimant = claimantPerson;
            }

            var a = claimant.NamingSpan;
            var b = by.NamingSpan;
            if (a == b || a.Overlaps(b))
            {
                return true;
            }

            var aText = a.Slice(_text);
            var bText = b.Slice(_text);
            return Head(aText).Equals(Head(bText), StringComparison.OrdinalIgnoreCase) && CapitalizedOverlap(aText, bText) || SameSeat(claimant, by);
        }

        // ---- certainty -----------------------------------------------------------------------------------------

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

                if (_lexicon.HedgeIndex.TryMatch(_text, _tokens, k, sentence.EndToken, out var m))
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
                if (m.Value.Kind is "verification" or "evidence")
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
                certainty = new Certainty(Span(m.Start, m.End), Span(m.Start, m.End).Slice(_text), m.Value.Likelihood);
                return true;
            }

            certainty = null;
            return false;
        }

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

        // ---- claimants -----------------------------------------------------------------------------------------

        /// <summary>The subject of the verb at <paramref name="v"/>: the noun phrase before it, past appositives and relative clauses.</summary>
        private ClaimantMention? SubjectOf(int v, int sentenceStart)
        {
            var end = v;
            while (end > sentenceStart)
            {
                if (IsAuxiliary(end - 1))
                {
                    end--;
                    continue;
                }

                // "Moscow on Sunday accused Kyiv", "The ministry late on Friday said": a time adjunct between subject and verb.
                if (end - 1 > sentenceStart && IsTimeWord(end - 1))
                {
                    end--;
                    while (end - 1 > sentenceStart && (IsWord(end - 1, "on") || IsWord(end - 1, "late") || IsWord(end - 1, "early")))
                    {
                        end--;
                    }

                    continue;
                }

                break;
            }

            TextSpan? appositive = null;
            var j = end - 1;
            var npEnd = end;
            while (j >= sentenceStart)
            {
                if (IsWord(j, ","))
                {
                    var previousComma = -1;
                    for (var k = j - 1; k > sentenceStart && k >= j - 20; k--)
                    {
                        if (IsWord(k, ","))
                        {
                            previousComma = k;
                            break;
                        }
                    }

                    if (previousComma > sentenceStart && j == npEnd - 1 && j - previousComma > 1)
                    {
                        // "Andrii Kovalenko, an official at ..., stated": skip the appositive, keep a name-like one.
                        if (IsNameLike(previousComma + 1, j))
                        {
                            appositive = Span(previousComma + 1, j);
                        }

                        npEnd = previousComma;
                        j = previousComma - 1;
                        continue;
                    }

                    break;
                }

                if (IsWord(j, "who") || IsWord(j, "which"))
                {
                    if (j - 1 > sentenceStart && IsWord(j - 1, ","))
                    {
                        // "Western officials, who in October reported ...": the antecedent is the short phrase before the comma.
                        npEnd = j - 1;
                        j -= 2;
                        while (j >= sentenceStart && !IsPreposition(j) && !IsWord(j, "with") && !IsWord(j, "for") && !IsWord(j, ",") && !Has(_clauseStarters, Word(j)) && !IsVerbCue(j))
                        {
                            j--;
                        }

                        break;
                    }

                    // "Officials who spoke on condition of anonymity said": a restrictive clause; the antecedent precedes "who".
                    npEnd = j;
                    j--;
                    while (j >= sentenceStart && !IsPreposition(j) && !IsWord(j, ",") && !Has(_clauseStarters, Word(j)) && !IsVerbCue(j))
                    {
                        j--;
                    }

                    break;
                }

                if ((IsWord(j, "and") || IsWord(j, "but")) && j == npEnd - 1 && TryCoordinatedSubject(j, sentenceStart, out var shared))
                {
                    return shared;
                }

                if (InQuote(j) || _tokens[j].Kind is TokenKind.Quote || Has(_clauseStarters, Word(j)) || IsVerbCue(j) || IsWord(j, ":") || IsWord(j, ";"))
                {
                    break;
                }

                j--;
            }

            var npStart = j + 1;
            if (npStart >= npEnd || npEnd - npStart > 12 || !HasWord(npStart, npEnd))
            {
                return null;
            }

            return Mention(npStart, npEnd, appositive);
        }

        /// <summary>"X denied the claim and said ..." : the second verb shares the first one's subject.</summary>
        private bool TryCoordinatedSubject(int and, int sentenceStart, out ClaimantMention? subject)
        {
            subject = null;
            var outside = 0;
            for (var k = and - 1; k >= sentenceStart && outside < 12; k--)
            {
                // "said there was no truth in the reports and dismissed the figures": the words of the reported clause
                // are not the first verb's; its cue is.
                if (InQuote(k) || IsWord(k, ",") || InsideDraftContent(_tokens[k].Start))
                {
                    continue;
                }

                outside++;

                // "called the jihadists' claims "pure lies" and said ...": a stance verb whose phrase a long quotation
                // breaks still has the subject.
                if (IsVerbCue(k) || (_lexicon.StanceIndex.TryMatch(_text, _tokens, k, and, out _) || _lexicon.IsStanceLead(Word(k)) && !IsCapitalized(k)) && !IsNounUse(k))
                {
                    subject = SubjectOf(k, sentenceStart);
                    return subject is not null;
                }
            }

            return false;
        }

        /// <summary>"Kyiv rejected the accusation, saying ..." : a participle's subject is the main clause's.</summary>
        private ClaimantMention? SubjectOfParticiple(int v, int sentenceStart)
        {
            for (var k = v - 2; k >= sentenceStart; k--)
            {
                if (InQuote(k))
                {
                    continue;
                }

                var isStance = _lexicon.StanceIndex.TryMatch(_text, _tokens, k, v, out _) && !IsNounUse(k) && !IsParticiple(k);
                if ((IsVerbCue(k) && !IsParticiple(k)) || isStance)
                {
                    var owner = _drafts.LastOrDefault(d => d.CueToken == k);
                    return owner?.Claimant ?? SubjectOf(k, sentenceStart);
                }
            }

            return null;
        }

        /// <summary>"Bondar insisted that Russian claims ... were exaggerated": the stance is the enclosing claim's claimant's.</summary>
        private ClaimantMention? OwnerOfContent(int token)
        {
            var offset = _tokens[token].Start;
            return _drafts.LastOrDefault(d => d.Content.Contains(offset))?.Claimant;
        }

        /// <summary>"The Pentagon said it could not confirm ..." : "it" inside a claim is the claimant.</summary>
        private ClaimantMention? OwnerOfPronoun(ClaimantMention by, int token)
        {
            if (!IsPronoun(by.Span))
            {
                return null;
            }

            var offset = _tokens[token].Start;
            var owner = _drafts.LastOrDefault(d => d.Content.Contains(offset));
            return owner?.Claimant;
        }

        private ClaimantMention Mention(int start, int end, TextSpan? appositive)
        {
            while (end > start && _tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash)
            {
                end--;
            }

            while (start < end && _tokens[start].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash)
            {
                start++;
            }

            var span = Span(start, Math.Max(start + 1, end));
            if (appositive is { } name)
            {
                span = TextSpan.Cover(span, name);
            }

            var anonymous = false;
            string? affiliation = null;
            string? sector = null;
            var anonymityEnd = Math.Min(_tokens.Length, end + 14);
            for (var k = start; k < anonymityEnd; k++)
            {
                if (_lexicon.AnonymousIndex.TryMatch(_text, _tokens, k, anonymityEnd, out var m) && (m.Start < end || m.Value.Affiliation is null && m.Value.Sector is null))
                {
                    // A phrase inside the mention ("Western officials"), or a condition after it ("who spoke on condition of anonymity").
                    anonymous = !HasProperName(start, end) || m.Value.Tokens.Length > 3;
                    affiliation ??= m.Value.Affiliation;
                    sector ??= m.Value.Sector;
                    if (anonymous)
                    {
                        break;
                    }
                }
            }

            return new ClaimantMention(span, Resolve(span), anonymous, affiliation, sector);
        }

        /// <summary>A pronoun or a definite description ("the ministry") points to the most recent fitting claimant.</summary>
        private TextSpan? Resolve(TextSpan span)
        {
            var words = span.Slice(_text);
            if (IsPronoun(span))
            {
                var wantPerson = words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("she", StringComparison.OrdinalIgnoreCase);
                for (var d = _drafts.Count - 1; d >= 0; d--)
                {
                    var claimant = _drafts[d].Claimant;
                    if (claimant is null || claimant.NamingSpan.Start >= span.Start)
                    {
                        continue;
                    }

                    if (IsPersonLike(claimant.NamingSpan.Slice(_text)) == wantPerson)
                    {
                        return claimant.NamingSpan;
                    }
                }

                return null;
            }

            var parts = words.Split(' ');
            if (parts.Length is 2 or 3 && parts[0].Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsLower(parts[^1][0]))
            {
                var head = parts[^1];
                // "the Israeli military" names its own party: it is only the claimant that also says "Israel".
                var modifier = parts.Length == 3 && char.IsUpper(parts[1][0]) ? parts[1][..Math.Min(5, parts[1].Length)] : null;
                for (var d = _drafts.Count - 1; d >= 0; d--)
                {
                    var claimant = _drafts[d].Claimant;
                    if (claimant is not null && claimant.NamingSpan.Start < span.Start && NamesHead(claimant.NamingSpan.Slice(_text), head)
                        && (modifier is null || claimant.NamingSpan.Slice(_text).Contains(modifier, StringComparison.Ordinal)))
                    {
                        return claimant.NamingSpan;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Whether a claimant's words hold a description's head as a head, not as a possessor: "the military" is not "The
        /// military's spokesman", "the ministry" is "Russia's Defence Ministry".
        /// </summary>
        private static bool NamesHead(string claimant, string head)
        {
            for (var i = claimant.IndexOf(head, StringComparison.OrdinalIgnoreCase); i >= 0; i = claimant.IndexOf(head, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                var after = claimant.AsSpan(i + head.Length);
                if (!after.StartsWith("'s", StringComparison.Ordinal) && !after.StartsWith("\u2019s", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a claimant mention names a person: decided by the head word of its first part ("press secretary"),
        /// then by a name in apposition ("..., Carla Duncan"), then by two capitalised words that are no organisation's.
        /// </summary>
        /// <summary>The latest named person claimant before a mention that is only a title ("the commander-in-chief", "the minister"), else null.</summary>
        private ClaimantMention? TitleReferent(ClaimantMention mention)
        {
            var text = mention.NamingSpan.Slice(_text);
            if (!text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || text.AsSpan(4).IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return null;
            }

            var titles = text[4..].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => _lexicon.ClaimantWords.TryGetValue(w, out var c) && c == ClaimantWordClass.Person).ToList();
            if (titles.Count == 0)
            {
                return null;
            }

            // The referent carries one of the title's words ("the commander-in-chief" / "army chief, General ..."); "the
            // city's mayor" is not "the regional governor, Oleksandr Kovalenko".
            return _drafts.LastOrDefault(d => d.Content.Start < mention.Span.Start && d.Claimant is { } c && !c.NamingSpan.Overlaps(mention.NamingSpan)
                && c.NamingSpan.AsSpan(_text)[1..].IndexOfAnyInRange('A', 'Z') >= 0 && IsPersonLike(c.NamingSpan.Slice(_text))
                && titles.Any(t => PartyAliases.ContainsWord(c.NamingSpan.AsSpan(_text), t)))?.Claimant;
        }

        private bool IsPersonLike(string name)
        {
            var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                // "The head of Sudan's armed forces": the head noun comes before "of".
                var ofAt = part.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
                var words = (ofAt > 0 ? part[..ofAt] : part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (_lexicon.ClaimantWords.TryGetValue(words[^1].TrimEnd('.'), out var headClass))
                {
                    return headClass == ClaimantWordClass.Person;
                }

                var capitalized = 0;
                var afterTitle = 0;
                var title = false;
                var organisation = false;
                foreach (var raw in words)
                {
                    var word = raw.TrimEnd('.');
                    if (_lexicon.ClaimantWords.TryGetValue(word, out var cls))
                    {
                        organisation |= cls == ClaimantWordClass.Organisation;
                        title |= cls == ClaimantWordClass.Person;
                        afterTitle = 0;
                    }
                    else if (IsNameWord(word))
                    {
                        capitalized++;
                        afterTitle++;
                    }
                }

                // "police spokesman Ahmed Nur Ali": a person's title followed by a name is a person, whoever employs him.
                if (!organisation && capitalized >= 2 || title && afterTitle >= 2)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A capitalised name word ("Hamid"), or one after a lower-case particle ("al-Murtada"), but not a possessive.</summary>
        private static bool IsNameWord(string word)
        {
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return false;
            }

            var hyphen = word.IndexOf('-', StringComparison.Ordinal);
            return word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)
                || hyphen is > 0 and <= 3 && hyphen + 2 < word.Length && char.IsLower(word[0]) && char.IsUpper(word[hyphen + 1]);
        }

        // ---- drafts --------------------------------------------------------------------------------------------

        private void AddDraft(ClaimKind kind, ClaimantMention? claimant, TextSpan cue, int contentStart, int contentEnd, int s, int cueToken, int channelFrom, int channelTo)
        {
            var content = TrimContent(contentStart, contentEnd);
            if (content.IsEmpty)
            {
                return;
            }

            AddDraft(kind, claimant, cue, content, s, cueToken, channelFrom, channelTo);
        }

        private void AddDraft(ClaimKind kind, ClaimantMention? claimant, TextSpan cue, TextSpan content, int s, int cueToken, int channelFrom, int channelTo)
        {
            if (_drafts.Any(d => d.Content.Overlaps(content)))
            {
                return;
            }

            var draft = new Draft(kind, claimant, cue, content, s, cueToken)
            {
                Channel = FindChannel(channelFrom, channelTo, cueToken, content, claimant),
            };
            _drafts.Add(draft);
        }

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

        private sealed class Draft(ClaimKind kind, ClaimantMention? claimant, TextSpan? cue, TextSpan content, int sentence, int cueToken)
        {
            public ClaimKind Kind { get; } = kind;

            public ClaimantMention? Claimant { get; } = claimant;

            public TextSpan? Cue { get; } = cue;

            public TextSpan Content { get; } = content;

            public int Sentence { get; } = sentence;

            public int CueToken { get; } = cueToken;

            public string? Channel { get; init; }

            public Certainty? Certainty { get; set; }

            public List<ClaimStance> Stances { get; } = [];

            public ClaimAnnotation ToAnnotation() =>
                new(Kind, Claimant, Cue, Content, Channel, Certainty, [.. Stances], ClaimStatusRule.Derive(Stances.Select(s => s.Stance)));
        }

        // ---- token helpers -------------------------------------------------------------------------------------

        private static bool Has(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        private ReadOnlySpan<char> Word(int i) => PhraseIndex<object>.Word(_text, _tokens[i]);

        private bool IsWord(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool InQuote(int i) => _quoteOf[i] != NoQuote;

        private bool StartsQuote(int i) => _quotes[_quoteOf[i]].Span.Start == _tokens[i].Start;

        private bool IsCapitalized(int i) => _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);

        private bool IsTimeWord(int i) => Has(_timeWords, Word(i));

        private bool IsPreposition(int i) => i < _tokens.Length && Has(_prepositions, Word(i));

        private bool IsAuxiliary(int i) => Has(_auxiliaries, Word(i)) || Word(i).EndsWith("ly", StringComparison.Ordinal) && Word(i).Length > 4 && char.IsLower(Word(i)[0]);

        private bool IsParticiple(int i) => Word(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        private bool IsSentenceFinal(int i) => _tokens[i].Kind == TokenKind.Punctuation && Word(i) is "." or "!" or "?";

        private bool IsSentenceFinalOrQuote(int i) => IsSentenceFinal(i) || _tokens[i].Kind == TokenKind.Quote;

        private bool IsVerbCue(int i) => TryVerb(i, out _) && !IsNounUse(i);

        /// <summary>A reporting verb; capitalised words mid-sentence are names ("the United States"), not verbs.</summary>
        private bool TryVerb(int i, out CueVerb verb)
        {
            verb = null!;
            return i >= 0 && i < _tokens.Length && char.IsLower(_text[_tokens[i].Start]) && _lexicon.TryGetVerb(Word(i), out verb);
        }

        private bool IsPronoun(TextSpan span) => _pronouns.Contains(span.Slice(_text));

        /// <summary>"the reported arrival", "Russian claims about": a cue word used as a noun or adjective.</summary>
        private bool IsNounUse(int i)
        {
            if (i > 0 && Has(_determiners, Word(i - 1)))
            {
                return true;
            }

            // "called the Pakistani claim baseless": a proper adjective between determiner and word.
            if (i > 1 && IsCapitalized(i - 1) && Has(_determiners, Word(i - 2)) && _lexicon.IsGenericObject(Word(i)))
            {
                return true;
            }

            var w = Word(i);
            return w.EndsWith('s') && i + 1 < _tokens.Length && Has(_nounFollowers, Word(i + 1)) && !(i > 0 && IsPronoun(_tokens[i - 1].Span));
        }

        /// <summary>"was reported", "is believed", "said to be": passive and hedge uses, handled as unattributed or certainty.</summary>
        private bool IsPassiveOrHedge(int i)
        {
            if (i > 0 && (Has(_beVerbs, Word(i - 1)) || i > 1 && Has(_beVerbs, Word(i - 2)) && Word(i - 1).EndsWith("ly", StringComparison.Ordinal)))
            {
                return true;
            }

            return i + 1 < _tokens.Length && IsWord(i + 1, "to") && (Word(i).Equals("said", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("believed", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("reported", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>"declined to say", "would not say": a refusal to speak is a stance, not a claim.</summary>
        private bool IsRefusal(int i) => i > 0 && (IsWord(i - 1, "to") || IsWord(i - 1, "not") || IsWord(i - 1, "n't"));

        /// <summary>"claimed responsibility for the attack" is a responsibility claim, which the events stage codes, not a statement.</summary>
        private bool IsResponsibilityClaim(int i) =>
            i + 1 < _tokens.Length && IsWord(i + 1, "responsibility")
            || i + 2 < _tokens.Length && Word(i).StartsWith("claim", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1, "the") && Has(_eventNouns, Word(i + 2));

        private bool HasWord(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a mention names a party: a capitalised word, or a party noun of claimant_words.tsv ("the army", "officials").</summary>
        private bool NamesParty(TextSpan span)
        {
            for (var k = Math.Max(0, TokenAt(span.Start)); k < _tokens.Length && _tokens[k].Start < span.End; k++)
            {
                if (IsCapitalized(k) || _lexicon.ClaimantWords.ContainsKey(Word(k).ToString()) || _lexicon.SectorWords.ContainsKey(Word(k).ToString()))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasProperName(int from, int to)
        {
            var capitalized = 0;
            for (var k = from; k < to; k++)
            {
                if (IsCapitalized(k) && !_lexicon.ClaimantWords.ContainsKey(Word(k).ToString()))
                {
                    capitalized++;
                }
            }

            return capitalized >= 2;
        }

        private bool IsNameLike(int from, int to)
        {
            var words = 0;
            for (var k = from; k < to; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                if (!IsCapitalized(k))
                {
                    return false;
                }
            }

            return words is > 0 and <= 6;
        }

        private bool Contains(int from, int to, string word)
        {
            for (var k = from; k < to && k < _tokens.Length; k++)
            {
                if (IsWord(k, word))
                {
                    return true;
                }
            }

            return false;
        }

        private int WordCount(TextSpan span)
        {
            var count = 0;
            foreach (var token in _tokens)
            {
                if (token.Start >= span.Start && token.End <= span.End && token.Kind is TokenKind.Word or TokenKind.Number)
                {
                    count++;
                }
            }

            return count;
        }

        private bool InsideDraftContent(int offset)
        {
            foreach (var draft in _drafts)
            {
                if (draft.Content.Contains(offset))
                {
                    return true;
                }
            }

            return false;
        }

        private int FirstContentToken(int start)
        {
            var i = start;
            while (i < _tokens.Length && _tokens[i].Kind is TokenKind.Quote or TokenKind.Punctuation)
            {
                i++;
            }

            return i;
        }

        /// <summary>Where a reported clause ends: the sentence end, or before a participle, a contrast or a new reporting verb.</summary>
        private int ClauseEnd(int from, int end, bool stopAtComma = false)
        {
            for (var k = from; k < end; k++)
            {
                if (InQuote(k))
                {
                    continue;
                }

                if (IsWord(k, ";") || stopAtComma && IsWord(k, ","))
                {
                    return k;
                }

                if (IsWord(k, ",") && k + 1 < end)
                {
                    var next = Word(k + 1);
                    if (next.EndsWith("ing", StringComparison.Ordinal) && (_lexicon.TryGetVerb(next, out _) || _lexicon.StanceIndex.TryMatch(_text, _tokens, k + 1, end, out _))
                        || next is "but" or "though" or "although" or "while" or "whereas" or "citing" or "according" or "raising"
                        || next is "and" && StartsAttributedClause(k + 2, end))
                    {
                        return k;
                    }
                }

                if ((IsWord(k, "and") || IsWord(k, "but")) && k + 1 < end && k > from)
                {
                    var next = Word(k + 1);
                    // "... and called the Israeli account a lie": a stance verb coordinated with the cue starts a clause of its own.
                    if (IsVerbCue(k + 1) && !IsParticiple(k + 1) || next is "gave" or "vowed" or "offered" or "provided" or "did"
                        || next.EndsWith("ed", StringComparison.Ordinal) && _lexicon.StanceIndex.TryMatch(_text, _tokens, k + 1, end, out _) && !IsNounUse(k + 1) && !IsPassiveOrHedge(k + 1))
                    {
                        return k;
                    }
                }
            }

            return end;
        }

        /// <summary>
        /// "..., and the UN human rights office said its staff had verified the toll": after ", and" a subject of up to
        /// eight words followed by a reporting verb starts another speaker's statement, not more of this one.
        /// </summary>
        private bool StartsAttributedClause(int from, int end)
        {
            if (from >= end || !(IsWord(from, "the") || IsCapitalized(from)))
            {
                return false;
            }

            for (var k = from + 1; k < end && k <= from + 8; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word || InQuote(k) || IsWord(k, "that") || IsWord(k, "who") || IsWord(k, "which"))
                {
                    return false;
                }

                if (IsVerbCue(k) && !IsParticiple(k))
                {
                    return true;
                }
            }

            return false;
        }

        private TextSpan TrimContent(int start, int end)
        {
            end = Math.Min(end, _tokens.Length);
            while (end > start && (_tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Dash || _tokens[end - 1].Kind == TokenKind.Quote && !HasOpeningQuote(start, end - 1)))
            {
                end--;
            }

            while (start < end && _tokens[start].Kind is TokenKind.Punctuation)
            {
                start++;
            }

            return end > start ? Span(start, end) : default;
        }

        private bool HasOpeningQuote(int start, int closing)
        {
            for (var k = start; k < closing; k++)
            {
                if (_tokens[k].Kind == TokenKind.Quote)
                {
                    return true;
                }
            }

            return false;
        }

        private TextSpan TrimQuoteContent(TextSpan content)
        {
            var start = content.Start;
            var end = content.End;
            while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or '.' or ';' or ':'))
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            return new TextSpan(start, end);
        }

        private TextSpan Span(int firstToken, int endToken) => new(_tokens[firstToken].Start, _tokens[endToken - 1].End);

        private int TokenAt(int offset)
        {
            var index = BinarySearchStart(offset);
            return index < _tokens.Length && _tokens[index].Start < offset + 1 && _tokens[index].End > offset ? index : index < _tokens.Length ? index : -1;
        }

        private int TokenBefore(int offset)
        {
            var index = BinarySearchStart(offset) - 1;
            return index;
        }

        /// <summary>The first token that starts at or after <paramref name="offset"/>.</summary>
        private int BinarySearchStart(int offset)
        {
            int lo = 0, hi = _tokens.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_tokens[mid].Start < offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        private int SentenceIndexOf(int token)
        {
            for (var s = 0; s < _sentences.Length; s++)
            {
                if (token < _sentences[s].EndToken)
                {
                    return s;
                }
            }

            return _sentences.Length - 1;
        }

        private int SentenceEndOf(int token) => _sentences[SentenceIndexOf(token)].EndToken;

        private static string Head(string name)
        {
            var parts = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? name : parts[^1];
        }

        private static bool CapitalizedOverlap(string a, string b)
        {
            var aWords = a.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w.TrimEnd('s', '\'', '\u2019'));
            var bWords = b.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w.TrimEnd('s', '\'', '\u2019')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var any = false;
            foreach (var w in aWords)
            {
                any = true;
                if (bWords.Contains(w) && !w.Equals("The", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return !any && bWords.Count == 0;
        }
    }
}
