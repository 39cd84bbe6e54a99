using System.Collections.Immutable;
using Sitrep.Language.Corpora;
using Sitrep.Language.Model;
using Sitrep.Text;

namespace Sitrep.Language.Evaluation;

/// <summary>
/// Finds the pronoun and common-noun mentions a corpus annotates as entities ("we", "the regime", "a fighting
/// position"), learned from that corpus's training split. re3d marks such mentions as Person/Organisation/Location;
/// a name tagger is not meant to find them, so scoring against re3d's conventions needs this layer on top of it.
/// Candidates come from the POS tags alone (<see cref="Candidates"/>): each pronoun, and each noun phrase written in
/// lower case (an optional determiner or possessive, then adjectives, numbers and nouns, ending on a noun). An averaged
/// perceptron learns from the training split which candidates were gold spans with exactly their extent, and of which
/// type, from the head word, its word clusters (<see cref="WordClusters"/>, so "militants" learns from "fighters"), its
/// ending, the phrase's opening word and length, and the words and tags around it ("in the area", "we said").
/// A candidate is tagged when its best type outscores "no mention" by <see cref="Margin"/> or more (a negative
/// margin favours recall: the perceptron is trained for accuracy, F1 wants more spans). Used only to score the
/// corpus's own conventions; the pipeline never tags with it.
/// </summary>
public sealed class NominalMentionTagger
{
    /// <summary>
    /// The default margin, tuned on re3d dev (mean of three seeds, each mention layer with the name model of the same
    /// seed; names alone 60.20): -2 -> 61.70, -4 -> 61.57, -6 -> 61.63 (0 -> 60.90 before phrases running into a
    /// capitalised word were left out).
    /// </summary>
    public const float DefaultMargin = -2f;

    /// <summary>The seed of the training order's shuffling (the NER trainer's default, so one evaluation is reproducible).</summary>
    public const int DefaultSeed = 20241117;

    private const int _passes = 10;
    private const int _maxFeatures = 16;
    private static readonly ImmutableArray<string> _classes = ["O", "PER", "ORG", "LOC"];

    private readonly PerceptronModel _model;

    private NominalMentionTagger(PerceptronModel model, float margin)
    {
        _model = model;
        Margin = margin;
    }

    public float Margin { get; }

    /// <summary>Learns which candidates the gold marks, and as what, from training sentences (never dev or test).</summary>
    public static NominalMentionTagger Train(IEnumerable<NerSentence> training, PosTagger? posTagger = null, float margin = DefaultMargin, int seed = DefaultSeed)
    {
        posTagger ??= PosTagger.Default;
        var examples = new List<(ulong[] Features, int Truth)>();
        Span<ulong> features = stackalloc ulong[_maxFeatures];
        foreach (var item in training)
        {
            var sentence = item.Sentence;
            var tags = new Upos[sentence.Tokens.Length];
            posTagger.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
            foreach (var candidate in Candidates(sentence.Text, sentence.Tokens.AsSpan(), tags))
            {
                var truth = 0;
                foreach (var gold in item.Gold)
                {
                    if (gold.First == candidate.First && gold.Count == candidate.Count && _classes.IndexOf(gold.Type) is > 0 and var type)
                    {
                        truth = type;
                    }
                }

                var n = Features(sentence.Text, sentence.Tokens.AsSpan(), tags, candidate, features);
                examples.Add((features[..n].ToArray(), truth));
            }
        }

        var perceptron = new AveragedPerceptron(_classes);
        var random = new Random(seed);
        var scores = new float[_classes.Length];
        for (var pass = 0; pass < _passes; pass++)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(examples));
            foreach (var (exampleFeatures, truth) in examples)
            {
                perceptron.Score(exampleFeatures, scores);
                perceptron.Update(exampleFeatures, truth, Best(scores, 0f));
            }
        }

        return new NominalMentionTagger(perceptron.ToModel(pruneBelow: 0f), margin);
    }

    /// <summary>The same learned weights with another margin.</summary>
    public NominalMentionTagger WithMargin(float margin) => new(_model, margin);

    /// <summary>
    /// The mentions of one sentence to add to <paramref name="names"/> (the name tagger's spans, which keep their
    /// place: a candidate overlapping one is left out).
    /// </summary>
    public List<TaggedSpan> Find(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags, IReadOnlyList<TaggedSpan> names)
    {
        var found = new List<TaggedSpan>();
        Span<ulong> features = stackalloc ulong[_maxFeatures];
        Span<float> scores = stackalloc float[_classes.Length];
        foreach (var candidate in Candidates(text, tokens, tags))
        {
            var overlaps = false;
            foreach (var name in names)
            {
                overlaps |= name.First < candidate.First + candidate.Count && candidate.First < name.End;
            }

            if (overlaps)
            {
                continue;
            }

            var n = Features(text, tokens, tags, candidate, features);
            _model.Score(features[..n], scores);
            var best = Best(scores, Margin);
            if (best > 0)
            {
                found.Add(new TaggedSpan(candidate.First, candidate.Count, _classes[best]));
            }
        }

        return found;
    }

    // The best type when it outscores "no mention" (class 0) by margin or more, else 0.
    private static int Best(ReadOnlySpan<float> scores, float margin)
    {
        var best = 1;
        for (var c = 2; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return scores[best] - scores[0] >= margin && scores[best] != scores[0] ? best : 0;
    }

    private static int Features(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags, Candidate candidate, Span<ulong> output)
    {
        var head = text.AsSpan(tokens[candidate.Head].Start, tokens[candidate.Head].Length);
        var headLower = FeatureHash.OfLowerNormalised(head);
        var clusters = WordClusters.Default.Of(head);
        var kind = candidate.Pronoun ? 1UL : 2UL;
        var opener = candidate.Head > candidate.First && tags[candidate.First] is Upos.DET or Upos.PRON
            ? FeatureHash.OfLowerNormalised(text.AsSpan(tokens[candidate.First].Start, tokens[candidate.First].Length))
            : 0UL;
        var before = candidate.First > 0 ? tokens[candidate.First - 1] : default;
        var end = candidate.First + candidate.Count;
        var after = end < tokens.Length ? tokens[end] : default;
        var beforeWord = candidate.First > 0 ? FeatureHash.OfLowerNormalised(text.AsSpan(before.Start, before.Length)) : 1UL;
        var afterWord = end < tokens.Length ? FeatureHash.OfLowerNormalised(text.AsSpan(after.Start, after.Length)) : 2UL;
        var beforeTag = candidate.First > 0 ? (ulong)tags[candidate.First - 1] + 1 : 0UL;
        var afterTag = end < tokens.Length ? (ulong)tags[end] + 1 : 0UL;
        var suffix = FeatureHash.OfLowerNormalised(head[Math.Max(0, head.Length - 3)..]);
        var n = 0;
        output[n++] = FeatureHash.Key(1, kind);
        output[n++] = FeatureHash.Key(2, kind, headLower);
        output[n++] = FeatureHash.Key(3, kind, clusters & 0xFFFF);
        output[n++] = FeatureHash.Key(4, kind, clusters >> 16);
        output[n++] = FeatureHash.Key(5, kind, suffix);
        output[n++] = FeatureHash.Key(6, kind, opener);
        output[n++] = FeatureHash.Key(7, kind, (ulong)Math.Min(candidate.Count, 4));
        output[n++] = FeatureHash.Key(8, kind, beforeWord);
        output[n++] = FeatureHash.Key(9, kind, afterWord);
        output[n++] = FeatureHash.Key(10, kind, beforeTag);
        output[n++] = FeatureHash.Key(11, kind, afterTag);
        output[n++] = FeatureHash.Key(12, opener, headLower);
        output[n++] = FeatureHash.Key(13, beforeWord, clusters & 0xFFFF);
        return n;
    }

    /// <summary>A candidate mention: tokens [First, First + Count), its head token, and whether it is a pronoun.</summary>
    internal readonly record struct Candidate(int First, int Count, int Head, bool Pronoun);

    /// <summary>
    /// The sentence's candidates: maximal lower-case noun phrases (optional determiner or possessive pronoun, then
    /// adjectives, numbers and nouns, the last a noun), and pronouns standing alone. A phrase holding a capitalised
    /// word is a name's business, not this layer's (a sentence's first word counts as lower case).
    /// </summary>
    internal static List<Candidate> Candidates(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Upos> tags)
    {
        var result = new List<Candidate>();
        var i = 0;
        while (i < tokens.Length)
        {
            var start = i;
            var opener = tags[i] == Upos.DET || (tags[i] == Upos.PRON && IsPossessive(text, tokens[i]));
            if (opener && i + 1 < tokens.Length && tags[i + 1] is Upos.ADJ or Upos.NUM or Upos.NOUN)
            {
                i++;
            }

            var lastNoun = -1;
            var j = i;
            while (j < tokens.Length && tags[j] is Upos.ADJ or Upos.NUM or Upos.NOUN && (LowerCase(text, tokens[j], j == 0) || tags[j] == Upos.NUM))
            {
                if (tags[j] == Upos.NOUN)
                {
                    lastNoun = j;
                }

                j++;
            }

            if (j < tokens.Length && tags[j] is Upos.ADJ or Upos.NOUN or Upos.PROPN && !LowerCase(text, tokens[j], j == 0))
            {
                // The phrase runs into a capitalised word ("the Iraqi forces", "their Korvan allies"): a name's.
                while (j < tokens.Length && tags[j] is Upos.ADJ or Upos.NUM or Upos.NOUN or Upos.PROPN)
                {
                    j++;
                }

                i = j;
                continue;
            }

            if (lastNoun >= 0 && LowerCase(text, tokens[start], start == 0))
            {
                // The phrase ends on its last noun; what follows it (an adjective in "the forces present") is left out.
                result.Add(new Candidate(start, lastNoun - start + 1, lastNoun, Pronoun: false));
                i = lastNoun + 1;
                continue;
            }

            // Pronouns are a closed class: "I" mid-sentence is still one.
            if (tags[start] == Upos.PRON)
            {
                result.Add(new Candidate(start, 1, start, Pronoun: true));
            }

            i = start + 1;
        }

        return result;
    }

    private static readonly string[] _possessives = ["my", "our", "your", "his", "her", "its", "their"];

    private static bool IsPossessive(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        foreach (var possessive in _possessives)
        {
            if (word.Equals(possessive, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Lower case, or capitalised only as a sentence's first word ("We", "The hospital").
    private static bool LowerCase(string text, Token token, bool first)
    {
        var c = text[token.Start];
        return !char.IsUpper(c) || (first && (token.Length == 1 || !char.IsUpper(text[token.Start + 1])));
    }
}
