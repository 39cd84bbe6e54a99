using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: an independent account of the same act, told in other words ("two drones had struck the oil field,
// setting a storage tank on fire" / the operator: "one drone had hit a storage area").
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>
        /// A later claim by an independent party (another party, not of the earlier claimant's side) that tells of an act
        /// of violence (attack_words.tsv, casualty_words.tsv, damage rows of contrary_predicates.tsv) and names the same
        /// things as an earlier claim telling of one (two shared lower-case content words besides the words of violence:
        /// "drone" and "storage") tells of the same act: it corroborates it. Run last, so that every reading that
        /// knows better (a count that cannot be true with the other, another target, a contrary predicate, a stance
        /// phrase, a counter word) has spoken first: a party that already took a stance on the claim keeps it.
        /// </summary>
        private void FindIndependentAccounts()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || TryCounterMarker(later.Content, out _) || HoldsStance(later.Content) || HasStancePhrase(later.Sentence)
                    || ContraryIn(later.Content).Any(c => !TellsActReached(c.Value)) || !TellsOfViolence(later.Content))
                {
                    continue;
                }

                List<string>? topic = null;
                Dictionary<string, HashSet<string>>? classes = null;
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Claimant is null || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || SameSide(earlier, later)
                        || earlier.Stances.Any(x => SameParty(x.By, by)) || TryCounterMarker(earlier.Content, out _) || IsRebuttal(earlier)
                        || !TellsOfViolence(earlier.Content))
                    {
                        continue;
                    }

                    topic ??= ThingStems(later.Content);
                    classes ??= ThingClasses(later.Content);
                    if (Overlap(topic, earlier).Lower + SharedClassesBeyondStems(classes, earlier.Content) >= 2)
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, later.Content) { Origin = StanceOrigin.SameAct });
                    }
                }
            }
        }

        /// <summary>
        /// The stems of a content's words other than its words of violence: "attack", "killed" and "punished" are what
        /// any two accounts of violence share ("the attack was a massacre" / "its members had attacked the town"); the
        /// things named ("drone", "storage") tell whether they are of one act.
        /// </summary>
        private List<string> ThingStems(TextSpan content)
        {
            var stems = new List<string>();
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, TokenAt(content.Start)); k <= last; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word || IsViolence(k) || Word(k).Length < 4 || !char.IsLetter(Word(k)[0]))
                {
                    continue;
                }

                var stem = Stem(Word(k));
                if (!_stopStems.Contains(stem))
                {
                    stems.Add(stem);
                }
            }

            return stems;
        }

        /// <summary>
        /// The topic classes of a content's things (its lower-case words other than words of violence, topic_classes.tsv),
        /// each with the stems of the words of four letters or more that name it there (the words <see cref="Overlap"/>
        /// compares): "a motorcycle bomb" and "an explosive device" name one thing (explosion), "the tanker" and "a
        /// vessel" another (vessel).
        /// </summary>
        private Dictionary<string, HashSet<string>> ThingClasses(TextSpan content)
        {
            if (_thingClasses.TryGetValue(content, out var cached))
            {
                return cached;
            }

            var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, TokenAt(content.Start)); k <= last; k++)
            {
                if (IsViolence(k) || !TopicClassOf(k, out var topicClass))
                {
                    continue;
                }

                if (!classes.TryGetValue(topicClass, out var stems))
                {
                    classes[topicClass] = stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                // "a car" names the class but no word Overlap reads; "the tanker" names it in a word Overlap reads.
                var stem = TokenStem(k);
                if (Word(k).Length >= 4 && !_stopStems.Contains(stem))
                {
                    stems.Add(stem);
                }
            }

            _thingClasses.Add(content, classes);
            return classes;
        }

        // Speed only: the scans read the classes of every claim once per pair of claims (as _seatCountries caches seats).
        private readonly Dictionary<TextSpan, Dictionary<string, HashSet<string>>> _thingClasses = [];

        /// <summary>
        /// How many of a later content's thing classes an earlier content names in other words only: a class one word of
        /// four letters or more names in both ("homes" / "home", "the tanker" / "a vessel ... the tanker") is a shared
        /// stem, counted by <see cref="Overlap"/> already, and one shared word is not two. One judgement of "the same
        /// thing" for accounts of one act, contrary predicates and concessions.
        /// </summary>
        private int SharedClassesBeyondStems(Dictionary<string, HashSet<string>> classes, TextSpan earlier)
        {
            if (classes.Count == 0)
            {
                return 0;
            }

            var shared = 0;
            foreach (var (topicClass, stems) in ThingClasses(earlier))
            {
                if (classes.TryGetValue(topicClass, out var laterStems) && !SharesAny(stems, laterStems))
                {
                    shared++;
                }
            }

            return shared;
        }

        /// <summary>Whether two sets share a member (no boxed enumerator, as <c>Overlaps</c> on an interface has).</summary>
        private static bool SharesAny(HashSet<string> a, HashSet<string> b)
        {
            foreach (var s in a)
            {
                if (b.Contains(s))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a content tells of an act of violence: a word of attack, killing, wounding or damage, or a weapon.</summary>
        private bool TellsOfViolence(TextSpan content)
        {
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, TokenAt(content.Start)); k <= last; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && (IsViolence(k) || _lexicon.TryGetAttackWord(Word(k), out var kind) && kind == AttackWordKind.Weapon))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
