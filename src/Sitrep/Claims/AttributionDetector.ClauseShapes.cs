using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Clause shapes around a reporting cue that decide whether it attributes and what its content spans:
// zero relative clauses, participle clauses after a final source, relative clauses an "according to" attaches to.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>Nouns of time that end a fronted adverbial ("Last week they said ..."), not a noun a relative clause qualifies.</summary>
        private static readonly HashSet<string> _timeNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "morning", "afternoon", "evening", "night", "time", "times", "ago", "moments",
        };

        /// <summary>Words after a reporting verb that show its subject or object slot is empty: a finite verb or the object's preposition.</summary>
        private static readonly HashSet<string> _gapWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "is", "are", "was", "were", "has", "have", "had", "would", "could", "will", "can", "may", "might", "must", "should", "did", "of", "for", "as", "with",
        };

        /// <summary>Words ending in -ing that are not participles.</summary>
        private static readonly HashSet<string> _notParticiples = new(StringComparer.OrdinalIgnoreCase)
        {
            "something", "nothing", "anything", "everything", "morning", "evening", "during", "according", "notwithstanding", "including", "citing", "quoting", "referring",
        };

        private static readonly HashSet<string> _coordinators = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "but", "nor", "then", "so", "not", "than", "for", "of", "with", "against", "about", "into", "over" };

        /// <summary>
        /// "the group published photographs it said showed burned-out vehicles", "workers they accuse of spying": a
        /// subject pronoun and a reporting verb right after a common noun, with no "that", comma or conjunction between,
        /// open a zero relative clause. The noun is the verb's missing object or its clause's missing subject; the
        /// reporter narrates, and the relative clause only qualifies the noun, so the verb attributes nothing here.
        /// A fronted adverbial without a comma also ends in a noun ("After the raid it said ..."); it is told apart by
        /// the gap after the verb ("said were", "accuse of") or by the clause starting with a preposition or time word.
        /// </summary>
        private bool IsZeroRelative(int v, int sentenceStart)
        {
            var pronoun = v - 1;
            while (pronoun > sentenceStart && IsAuxiliary(pronoun) && !IsPronounToken(pronoun))
            {
                pronoun--;
            }

            var head = pronoun - 1;
            if (head < sentenceStart || !IsPronounToken(pronoun))
            {
                return false;
            }

            var gap = v + 1 < _tokens.Length && Has(_gapWords, Word(v + 1));

            // "drones which it says were built abroad", "brothers whom they accuse of smuggling": the same clause with
            // its relative pronoun; "that" after a noun may also open a complement ("reports that they said ..."), so
            // only the gap after the verb decides.
            if (head > sentenceStart && (IsWord(head, "which") || IsWord(head, "whom") || IsWord(head, "that")) && IsCommonNounLike(head - 1))
            {
                return gap;
            }

            return IsCommonNounLike(head) && (gap || !StartsWithAdverbial(ClauseStartBefore(head, sentenceStart), head));
        }

        private bool IsPronounToken(int i) => _tokens[i].Kind == TokenKind.Word && (Has(_pronouns, Word(i)) || IsWord(i, "you"));

        /// <summary>A lower-case content word that can end a noun phrase: not a function word, time noun or verb cue.</summary>
        private bool IsCommonNounLike(int i) =>
            _tokens[i].Kind == TokenKind.Word && !InQuote(i) && !IsCapitalized(i) && !IsTimeWord(i) && !IsPreposition(i) && !IsAuxiliary(i)
            && !Has(_determiners, Word(i)) && !Has(_clauseStarters, Word(i)) && !Has(_coordinators, Word(i)) && !Has(_beVerbs, Word(i))
            && !Has(_timeNouns, Word(i)) && !Has(_pronouns, Word(i)) && !TryVerb(i, out _) && !IsWord(i, "who") && !IsWord(i, "which");

        /// <summary>The first token after the last comma before <paramref name="token"/> in the sentence, or the sentence's first content token.</summary>
        private int ClauseStartBefore(int token, int sentenceStart)
        {
            for (var k = token - 1; k >= sentenceStart; k--)
            {
                if (IsWord(k, ",") || IsWord(k, ";") || IsWord(k, ":"))
                {
                    return k + 1;
                }
            }

            return FirstContentToken(sentenceStart);
        }

        /// <summary>Whether a clause opens with a preposition, a subordinator or a time phrase ("After ...", "Days after ...").</summary>
        private bool StartsWithAdverbial(int from, int head) =>
            from < head && (IsPreposition(from) || Has(_clauseStarters, Word(from)) || IsTimeWord(from) || Has(_timeNouns, Word(from))
                || IsWord(from, "for") || IsWord(from, "with") || IsWord(from, "despite") || IsWord(from, "amid") || IsWord(from, "following") || IsWord(from, "within"));

        /// <summary>
        /// A participle opening a clause that describes the event before it ("sending", "killing", "forcing"); not a
        /// reporting verb or a source phrase ("saying", "citing survivors"), which still belong to the attribution.
        /// </summary>
        private bool IsTrailingParticiple(int i) =>
            i < _tokens.Length && _tokens[i].Kind == TokenKind.Word && !InQuote(i) && !IsCapitalized(i) && IsParticiple(i) && Word(i).Length > 5 && !Has(_notParticiples, Word(i))
            && !TryVerb(i, out _) && !_lexicon.CuePhraseIndex.TryMatch(_text, _tokens, i, Math.Min(_tokens.Length, i + 6), out _) && !_lexicon.StanceIndex.TryMatch(_text, _tokens, i, Math.Min(_tokens.Length, i + 6), out _);

        /// <summary>
        /// Where the clause an "according to" in mid-sentence attaches to starts: after a ";", after a contrast (", but"),
        /// or after the relative pronoun of a non-restrictive relative clause ("The army blamed the RSF for the attacks,
        /// which have not caused casualties according to officials": the officials vouch for the relative clause only,
        /// not for the army's accusation before it). Otherwise the sentence's first content token.
        /// </summary>
        private int AttachedClauseStart(int sentenceStart, int cue)
        {
            for (var k = cue - 1; k > sentenceStart; k--)
            {
                if (InQuote(k))
                {
                    continue;
                }

                if (IsWord(k, ";"))
                {
                    return k + 1;
                }

                if (IsWord(k, ",") && k + 1 < cue && (IsWord(k + 1, "which") || IsWord(k + 1, "who") || IsWord(k + 1, "but") || IsWord(k + 1, "while") || IsWord(k + 1, "although") || IsWord(k + 1, "whereas")))
                {
                    return k + 2;
                }
            }

            return FirstContentToken(sentenceStart);
        }

        /// <summary>
        /// A reported clause ends before a non-restrictive relative clause that another source vouches for ("blamed the RSF
        /// for the attacks, which have not caused casualties according to officials"): that clause is the other claim's.
        /// </summary>
        private int EndBeforeOtherContent(int from, int end)
        {
            for (var k = from + 1; k + 1 < end; k++)
            {
                if (InQuote(k) || !IsWord(k, ",") || !(IsWord(k + 1, "which") || IsWord(k + 1, "who")))
                {
                    continue;
                }

                var after = _tokens[k + 1].Start;
                var last = _tokens[end - 1].End;
                foreach (var draft in _drafts)
                {
                    if (draft.Content.Start >= after && draft.Content.Start < last)
                    {
                        return k;
                    }
                }
            }

            return end;
        }
    }
}
