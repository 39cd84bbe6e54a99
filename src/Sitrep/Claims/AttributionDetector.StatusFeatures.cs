using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: what the learned status model (ClaimStatusModel) reads of a claim and of its relations to the
// article's other claims. General properties only (kinds, sides, readings, positions), never words of a passage.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _negations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "n't", "without",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>The claim with its status: the stance rule's, or the loaded status model's.</summary>
        private ClaimAnnotation Annotate(Draft draft)
        {
            var model = _lexicon.StatusModel;
            var features = model is not null || _keepStatusFeatures ? StatusFeatures(draft) : [];
            return draft.ToAnnotation(features, model);
        }

        /// <summary>
        /// The claim's features: the rule's status; its kind, claimant side, sector, anonymity, channel, hedge and
        /// negation; whether its claimant's side acts in it; each stance by kind, the reading that found it and the
        /// holder's relation to the claimant (own, same armed side, both states, opposing, third party); and the later
        /// claims about the same incident by other parties that took no stance on it (an answer the readings missed).
        /// </summary>
        private ImmutableArray<string> StatusFeatures(Draft draft)
        {
            var rule = ClaimNames.Of(ClaimStatusRule.Derive(draft.Stances.Select(s => s.Stance)));
            var claimant = draft.Claimant;
            var side = claimant is null ? PartySide.Unknown : ClaimantSide(claimant);
            var features = new List<string> { "bias", "rule=" + rule, "kind=" + ClaimNames.Of(draft.Kind), "side=" + side };
            if (claimant is null)
            {
                features.Add("unattributed");
            }
            else
            {
                features.Add(claimant.Anonymous ? "anonymous" : "named");
                if (claimant.SectorHint is { } sector)
                {
                    features.Add("sector=" + sector);
                }

                if (ActsIn(claimant, draft.Content))
                {
                    features.Add("party_to_event");
                }
            }

            if (draft.Channel is not null)
            {
                features.Add("channel");
            }

            if (draft.Certainty is { } certainty)
            {
                features.Add("hedge=" + certainty.Likelihood.Term.Replace(' ', '_'));
            }

            if (Negated(draft.Content))
            {
                features.Add("negated");
            }

            if (HoldsStance(draft.Content))
            {
                features.Add("holds_stance");
            }

            foreach (var stance in draft.Stances)
            {
                var relation = Relation(claimant, side, stance.By);
                features.Add("s=" + stance.Stance);
                features.Add("s=" + stance.Stance + "|o=" + stance.Origin);
                features.Add("s=" + stance.Stance + "|r=" + relation);
                features.Add("s=" + stance.Stance + "|o=" + stance.Origin + "|r=" + relation);
                features.Add("s=" + stance.Stance + "|hs=" + (stance.By.SectorHint ?? "-"));
                features.Add("s=" + stance.Stance + "|anon=" + stance.By.Anonymous);
            }

            if (draft.Stances.Select(s => s.By.NamingSpan).Distinct().Count() > 1)
            {
                features.Add("holders=2+");
            }

            // A claim that itself answers an earlier claim (its claimant holds a stance on it) is a counter-account.
            foreach (var earlier in _drafts)
            {
                if (earlier != draft && claimant is not null && earlier.Content.Start < draft.Content.Start)
                {
                    foreach (var stance in earlier.Stances.Where(s => SameParty(claimant, s.By)))
                    {
                        features.Add("answers=" + stance.Stance);
                    }
                }
            }

            foreach (var group in draft.Stances.GroupBy(s => s.Stance))
            {
                features.Add("n=" + group.Key + (group.Count() > 1 ? ":2+" : ":1"));
            }

            int after = 0, afterOther = 0;
            foreach (var later in _drafts)
            {
                if (later == draft || later.Content.Start <= draft.Content.Start)
                {
                    continue;
                }

                after++;
                if (later.Claimant is not { } by || claimant is not null && (SameParty(claimant, by) || SameOrganisationOrAcronym(claimant, by)))
                {
                    continue;
                }

                afterOther++;
                if (draft.Stances.Any(s => SameParty(s.By, by)))
                {
                    continue;
                }

                // The later claim's topic and polarity, read once for the incident test and the features below.
                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1);
                if (SameIncident(draft, later, topic))
                {
                    var negated = Negated(later.Content);
                    var relation = Relation(claimant, side, by);
                    features.Add("silent=" + relation);
                    features.Add("silent=" + relation + "|rule=" + rule);
                    features.Add("silent=" + relation + (negated ? "|negated" : "|affirmed"));
                    features.Add("silent=" + relation + "|ls=" + (by.SectorHint ?? "-"));

                    // How much of the claim's topic the later claim shares, whether its speaker is named in the claim
                    // (the accused answering), whether it negates, and how far it is.
                    var (shared, lower) = Overlap(topic, draft);
                    var overlap = "ov=" + Bucket(shared) + (lower > 0 ? "l" : "");
                    var polarity = negated ? "neg" : "aff";
                    var accused = NamedIn(by, draft.Content) ? "accused" : "other";
                    var distance = (later.Sentence - draft.Sentence) switch
                    {
                        <= 1 => "d=near",
                        <= 3 => "d=mid",
                        _ => "d=far",
                    };
                    features.Add("silent|" + overlap);
                    features.Add("silent|" + overlap + "|" + polarity);
                    features.Add("silent|" + accused + "|" + polarity);
                    features.Add("silent|" + accused + "|" + overlap + "|" + polarity);
                    features.Add("silent|" + relation + "|" + overlap + "|" + polarity);
                    features.Add("silent|" + distance + "|" + overlap);
                    if (later.Stances.Count > 0)
                    {
                        features.Add("silent=" + relation + "|answered");
                    }
                }
            }

            features.Add("after=" + Bucket(after));
            features.Add("after_other=" + Bucket(afterOther));
            features.Add("rule=" + rule + "|after_other=" + Bucket(afterOther));
            return [.. features.Distinct(StringComparer.Ordinal)];
        }

        private static string Bucket(int n) => n switch
        {
            0 => "0",
            1 => "1",
            2 => "2",
            _ => "3+",
        };

        /// <summary>Who a stance holder (or a later speaker) is to the claimant: the same party, the same armed side, two states, opposing sides, or a third party.</summary>
        private string Relation(ClaimantMention? claimant, PartySide side, ClaimantMention by)
        {
            if (claimant is null)
            {
                return "unattributed";
            }

            if (SameParty(claimant, by) || SameOrganisationOrAcronym(claimant, by))
            {
                return "own";
            }

            var other = ClaimantSide(by);
            return (side, other) switch
            {
                (_, PartySide.Unknown) => "third",
                (PartySide.Unknown, _) => "vs_unknown",
                (PartySide.ArmedGroup, PartySide.ArmedGroup) => "same_armed",
                (PartySide.State, PartySide.State) => "both_state",
                _ => "opposing",
            };
        }

        /// <summary>"its forces", "our troops", "we": the claimant's side acts in its own claim (or its name does).</summary>
        private bool ActsIn(ClaimantMention claimant, TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, first); k <= last && k < _tokens.Length; k++)
            {
                if (IsWord(k, "its") || IsWord(k, "our") || IsWord(k, "we") || IsWord(k, "their"))
                {
                    return true;
                }
            }

            return NamedIn(claimant, content);
        }

        private bool Negated(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            for (var k = Math.Max(0, first); k <= last && k < _tokens.Length; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && _negations.Contains(Word(k)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
