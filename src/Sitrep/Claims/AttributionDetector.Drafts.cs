using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

// The scan's part: Claims under construction: a draft per reported statement, turned into an annotation at the end of the scan.
public sealed partial class AttributionDetector
{
    private sealed partial class Scan
    {
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

            /// <summary>
            /// The content's first negated act and whether it has been read (<see cref="Scan.NegatedActOf"/>): the
            /// counter-claim and negated-thing passes both ask for it, for every draft.
            /// </summary>
            public (bool Read, NegatedAct? Act) FirstNegatedAct { get; set; }

            /// <summary>
            /// The content's naming words, read once (<see cref="Scan.TellsOf"/>): every negated act of the passage is
            /// compared with them.
            /// </summary>
            public HashSet<string>? ContentWords { get; set; }

            /// <summary>The claimant's side, read once every claimant of the article is known (<see cref="Scan.AssignSides"/>).</summary>
            public ClaimSide Side { get; set; }

            /// <summary>The claim with the stance rule's status, or the status model's when <paramref name="model"/> is given.</summary>
            public ClaimAnnotation ToAnnotation(ImmutableArray<string> features, ClaimStatusModel? model)
            {
                return new(Kind, Claimant, Cue, Content, Channel, Certainty, [.. Stances], model is null ? ClaimStatusRule.Derive(Stances.Select(s => s.Stance)) : model.Predict(features))
                {
                    StatusFeatures = features,
                    Side = Side,
                };
            }
        }
    }
}
