using Sitrep.Documents;

namespace Sitrep.Claims;

// The scan's part: corroboration by a source's own evidence ("satellite images showed", "geolocated footage", "had documented").
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
        /// <summary>
        /// "Drones struck the main fuel depot" / "satellite images reviewed by the observatory showed large fires at the
        /// depot": a later claim by another, independent source that tells what it saw, filmed, verified or documented
        /// (evidence_cues.tsv) and names the same thing (two shared content words besides the evidence words, one lower-case)
        /// corroborates an earlier claim a few sentences back. A claim with a counter word ("showed no vessel") is
        /// left to the counter-claim rules, and an earlier claim that says something did not happen ("no civilians
        /// had been harmed", "denied that its forces had killed civilians") is not corroborated by evidence that something did.
        /// </summary>
        private void FindEvidenceCorroborations()
        {
            foreach (var later in _drafts)
            {
                if (later.Claimant is not { } by || TryCounterMarker(later.Content, out _) || EvidenceCues(later.Content) is not { Count: > 0 } cues)
                {
                    continue;
                }

                var cueStems = cues.SelectMany(m => Stems(m.Start, m.End)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var topic = Stems(TokenAt(later.Content.Start), TokenBefore(later.Content.End) + 1).Where(t => !cueStems.Contains(t)).ToList();
                var classes = ThingClasses(later.Content);
                foreach (var earlier in _drafts)
                {
                    if (earlier == later || earlier.Content.End > later.Content.Start || later.Sentence - earlier.Sentence > _implicitWindow
                        || SameParty(earlier.Claimant, by) || SameOrganisationOrAcronym(earlier.Claimant, by) || SameSide(earlier, later) || earlier.Stances.Any(x => SameParty(x.By, by))
                        || TryCounterMarker(earlier.Content, out _) || IsRebuttal(earlier))
                    {
                        continue;
                    }

                    // One shared place word ("the camp", "the city") is how two reports of one area meet, not evidence
                    // of the same thing: two shared words, one of them lower-case, are.
                    // A thing named in other words ("a vessel at the berth" / "a frigate at its berth") counts as a
                    // shared lower-case word (topic_classes.tsv).
                    var overlap = Overlap(topic, earlier);
                    var classesShared = SharedClassesBeyondStems(classes, earlier.Content);
                    if (overlap.Lower + classesShared >= 1 && overlap.Total + classesShared >= 2)
                    {
                        earlier.Stances.Add(new ClaimStance(by, StanceKind.Supports, later.Content) { Origin = StanceOrigin.Evidence });
                    }
                }
            }
        }

        private List<PhraseMatch<EvidenceCue>> EvidenceCues(TextSpan content)
        {
            var first = TokenAt(content.Start);
            var last = TokenBefore(content.End);
            return first < 0 || last < first ? [] : [.. _lexicon.EvidenceIndex.FindAll(_text, _tokens, first, last + 1)];
        }
    }
}
