using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Token helpers: words, offsets, sentence lookups and quote membership over the text layer.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private static bool Has(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        private ReadOnlySpan<char> Word(int i) => PhraseIndex<object>.Word(_text, _tokens[i]);

        private bool IsWord(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        /// <summary>A possessive mark the tokenizer splits off ("the army 's", "the rebels '"), with either apostrophe.</summary>
        private bool IsPossessiveMark(int i) => i >= 0 && i < _tokens.Length && Word(i) is "'s" or "'" or "\u2019s" or "\u2019";

        private bool InQuote(int i) => _quoteOf[i] != NoQuote;

        private bool StartsQuote(int i) => _quotes[_quoteOf[i]].Span.Start == _tokens[i].Start;

        private bool IsCapitalized(int i) => _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);

        private bool IsTimeWord(int i) => Has(_timeWords, Word(i));

        /// <summary>Whether a token closes the clause a negation or a subject opened: a comma or other stop, "and", "or", a relative pronoun, a clause starter.</summary>
        private bool EndsClause(int i) =>
            _tokens[i].Kind == TokenKind.Punctuation || IsWord(i, "and") || IsWord(i, "or") || IsWord(i, "who") || IsWord(i, "which") || Has(_clauseStarters, Word(i));

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
            // From the span's first token by binary search, not from the text's first (this runs for every pair of
            // claims): tokens are in order and none ends before it starts, so none after one starting past the span's
            // end lies inside it.
            var count = 0;
            for (var k = BinarySearchStart(span.Start); k < _tokens.Length && _tokens[k].Start <= span.End; k++)
            {
                var token = _tokens[k];
                if (token.End <= span.End && token.Kind is TokenKind.Word or TokenKind.Number)
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
        private int BinarySearchStart(int offset) => TextLayer.FirstTokenAtOrAfter(_tokens, offset);

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

        private static string Head(string name) => HeadWord(name).ToString();

        /// <summary>A name's last word (words end at a space or comma); the name itself when it has no word.</summary>
        private static ReadOnlySpan<char> HeadWord(ReadOnlySpan<char> name)
        {
            var trimmed = name.TrimEnd([' ', ',']);
            return trimmed.IsEmpty ? name : trimmed[(trimmed.LastIndexOfAny(' ', ',') + 1)..];
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
