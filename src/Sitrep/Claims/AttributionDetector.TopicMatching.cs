using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Topic and party matching between a stance or counter-claim and a claim: figures, names, stems, hints.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
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

        /// <summary>Whether a span names counted figures ("the figures", "the toll", "losses"): a stem of count_stems.tsv.</summary>
        private bool AboutNumbers(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (_lexicon.IsCountNoun(Word(k)))
                {
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
                if (w.Length is 2 or 3 && IsAcronym(w) && IsPossessiveMark(k + 1) && ContainsWholeWord(naming, w))
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
            // Speed only: one set for every comparison (this runs for every pair of claims).
            var seen = _overlapSeen;
            seen.Clear();
            for (var k = first; k >= 0 && k <= last; k++)
            {
                var w = Word(k);
                if (w.Length < 4 || !char.IsLetter(w[0]))
                {
                    continue;
                }

                var stem = TokenStem(k);
                if (_stopStems.Contains(stem) || !seen.Add(stem) || !ContainsIgnoringCase(topic, stem) && !EndsWithTopic(w, topic))
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

        private readonly HashSet<string> _overlapSeen = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether a list holds a string, ignoring case, with no enumerator or comparer call per item.</summary>
        private static bool ContainsIgnoringCase(List<string> strings, string value)
        {
            foreach (var s in strings)
            {
                if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
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
                    var stem = TokenStem(k);
                    if (!_stopStems.Contains(stem))
                    {
                        stems.Add(stem);
                    }
                }
            }

            return stems;
        }

        private string?[]? _tokenStems;

        /// <summary>Speed only: the stem of token k's word, made once per token (claims are compared pair by pair).</summary>
        private string TokenStem(int k)
        {
            _tokenStems ??= new string?[_tokens.Length];
            return _tokenStems[k] ??= Stem(Word(k));
        }

        private bool IsGenericStem(string stem) => _lexicon.GenericObjectStems.Contains(stem) || _stopStems.Contains(stem);

        private static string Stem(string word) => TopicStem.Of(word);

        /// <summary>
        /// The topic class of token k (topic_classes.tsv) when it is a lower-case word the file lists: the one reading of
        /// "which words name one kind of thing" for stance objects, counter-claims, negated nouns and acts and accounts
        /// of one act. Names ("Jets" at a sentence's start aside) are compared as words, not classes.
        /// </summary>
        private bool TopicClassOf(int k, out string topicClass)
        {
            topicClass = "";
            return k >= 0 && k < _tokens.Length && _tokens[k].Kind == TokenKind.Word && char.IsLower(_text[_tokens[k].Start])
                && _lexicon.TryGetTopicClass(Word(k), out topicClass);
        }

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

            // Heads compared on the text itself: this runs for every pair of claims, most of which differ at once.
            return HeadWord(a.AsSpan(_text)).Equals(HeadWord(b.AsSpan(_text)), StringComparison.OrdinalIgnoreCase)
                && CapitalizedOverlap(a.Slice(_text), b.Slice(_text)) || SameSeat(claimant, by);
        }
    }
}
