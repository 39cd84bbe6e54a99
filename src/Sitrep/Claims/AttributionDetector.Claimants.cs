using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Claimants: who makes a claim, from names, titles, pronouns and definite descriptions before or after the cue.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
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

            // "After the raid it said", "Last week they said", "..., and it said": a subject pronoun is a whole noun
            // phrase; the words before it belong to an adverbial or the previous clause, not to the speaker.
            if (end - 1 >= sentenceStart && end - 1 > FirstContentToken(sentenceStart) && IsPronounToken(end - 1))
            {
                return Mention(end - 1, end, appositive: null);
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
            // Tested on the text itself before any string is made: most mentions are names, asked about for every pair of claims.
            var naming = mention.NamingSpan.AsSpan(_text);
            if (!naming.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || naming[4..].IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return null;
            }

            var text = naming.ToString();

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
    }
}
