using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sitrep.Language.Corpora;

namespace Sitrep.Language.Evaluation;

/// <summary>Exact-span precision, recall and F1 for one entity type (or all types, micro-averaged).</summary>
public sealed record EntityScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Why the gold spans of <see cref="FalseNegatives"/> were not found (see <see cref="MissKinds"/>).</summary>
    public MissKinds Misses { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Type,-6} P {100 * Precision,5:F1}  R {100 * Recall,5:F1}  F1 {100 * F1,5:F1}  (gold {TruePositives + FalseNegatives}, predicted {TruePositives + FalsePositives}){Misses}");
}

/// <summary>
/// The gold spans a tagger missed, by what it predicted over them: nothing at all; the same type with other
/// boundaries ("Ministry" for "Ministry of Defence"); the same tokens as another type; another type with other
/// boundaries. Tells a model that does not see a name from one that sees it but cuts or types it wrongly.
/// </summary>
public readonly record struct MissKinds(int Unseen, int Boundary, int Type, int BoundaryAndType)
{
    public static MissKinds operator +(MissKinds a, MissKinds b) =>
        new(a.Unseen + b.Unseen, a.Boundary + b.Boundary, a.Type + b.Type, a.BoundaryAndType + b.BoundaryAndType);

    /// <summary>Which kind of miss a gold span is, given the predicted spans of its sentence.</summary>
    public static MissKinds Of((int First, int Count, string? Type) gold, IEnumerable<(int First, int Count, string? Type)> predicted)
    {
        var overlapping = predicted.Where(p => p.First < gold.First + gold.Count && gold.First < p.First + p.Count).ToList();
        return overlapping.Any(p => p.First == gold.First && p.Count == gold.Count) ? new MissKinds(0, 0, 1, 0)
            : overlapping.Any(p => p.Type == gold.Type) ? new MissKinds(0, 1, 0, 0)
            : overlapping.Count > 0 ? new MissKinds(0, 0, 0, 1)
            : new MissKinds(1, 0, 0, 0);
    }

    public override string ToString() => Unseen + Boundary + Type + BoundaryAndType == 0 ? ""
        : string.Create(CultureInfo.InvariantCulture, $"  missed: {Unseen} unseen, {Boundary} boundary, {Type} type, {BoundaryAndType} both");
}

public sealed record NerEvaluation(EntityScore Overall, ImmutableArray<EntityScore> PerType)
{
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.AppendLine(Overall.ToString());
        foreach (var score in PerType)
        {
            builder.AppendLine(score.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>
/// Scores entity recognition against gold spans: an entity counts only when its tokens and type both match.
/// Both sides are first mapped to a common type set (PER/ORG/LOC by default: NORP and types a corpus does not
/// annotate are left out), so corpora with different label sets are scored alike.
/// </summary>
public static class NerEvaluator
{
    /// <summary>Maps the model's and the recogniser's types to PER/ORG/LOC; null drops the entity from scoring.</summary>
    public static string? CommonType(string type) => type switch
    {
        "PER" or "PERSON" => "PER",
        "ORG" or "MILITARY_UNIT" => "ORG",
        "LOC" or "GPE" or "FACILITY" => "LOC",
        _ => null,
    };

    /// <summary>Scores the NER model alone (POS-tagged with <paramref name="posTagger"/>), sentence by sentence.</summary>
    /// <param name="keep">When given, only the predicted spans it accepts are scored (see <see cref="NamesOnly"/>).</param>
    public static NerEvaluation Evaluate(NerTagger tagger, IEnumerable<NerSentence> gold, NerDomain domain = NerDomain.General, PosTagger? posTagger = null, Lexicon? lexicon = null,
        Func<LabelledSentence, TaggedSpan, bool>? keep = null)
    {
        posTagger ??= PosTagger.Default;
        lexicon ??= Lexicon.Default;
        var all = gold.ToList();
        var documents = Model.DocumentWords.OfCorpus(all);
        return Evaluate(all, sentence =>
        {
            var tokens = sentence.Tokens.AsSpan();
            var tags = new Upos[tokens.Length];
            posTagger.Tag(sentence.Text, tokens, tags);
            var marks = new byte[tokens.Length];
            documents[sentence.Document].Mark(sentence.Text, tokens, marks);
            var labels = new byte[tokens.Length];
            tagger.Tag(sentence.Text, tokens, tags, lexicon, labels, domain, marks);
            var spans = new List<TaggedSpan>();
            tagger.Decode(labels, 0, spans);
            return keep is null ? spans : spans.Where(span => keep(sentence, span)).ToList();
        });
    }

    /// <summary>
    /// The spans the model finds as the pipeline applies it to an article, by sentence: each sentence tagged alone,
    /// then one type per name across the corpus document (<see cref="DocumentConsistency"/>).
    /// </summary>
    internal static Dictionary<LabelledSentence, List<TaggedSpan>> DocumentPredictions(NerTagger tagger, List<NerSentence> all, NerDomain domain)
    {
        var posTagger = PosTagger.Default;
        var lexicon = Lexicon.Default;
        var predictions = new Dictionary<LabelledSentence, List<TaggedSpan>>(ReferenceEqualityComparer.Instance);
        var documents = Model.DocumentWords.OfCorpus(all);
        foreach (var document in all.GroupBy(s => s.Sentence.Document))
        {
            var joined = JoinedDocument.Of(document);
            var spans = new List<TaggedSpan>();
            foreach (var (sentence, first) in joined.Owners)
            {
                var tags = new Upos[sentence.Tokens.Length];
                posTagger.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
                var marks = new byte[sentence.Tokens.Length];
                documents[sentence.Document].Mark(sentence.Text, sentence.Tokens.AsSpan(), marks);
                var labels = new byte[sentence.Tokens.Length];
                tagger.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags, lexicon, labels, domain, marks);
                tagger.Decode(labels, first, spans);
                predictions[sentence] = [];
            }

            foreach (var span in DocumentConsistency.Apply(joined.Text, joined.Tokens.AsSpan(), spans))
            {
                var (sentence, first) = joined.OwnerOf(span.First);
                var local = span with { First = span.First - first };
                if (local.End <= sentence.Tokens.Length)
                {
                    predictions[sentence].Add(local);
                }
            }
        }

        return predictions;
    }

    /// <summary>
    /// The gold spans missed and the spans wrongly predicted by a predictor, one line each, for tuning on a dev split
    /// (never list a test split's): the corpus's own label of a missed span, why it was missed (see
    /// <see cref="MissKinds"/>) and the sentence.
    /// </summary>
    public static string Errors(IEnumerable<NerSentence> gold, Func<LabelledSentence, IReadOnlyList<TaggedSpan>> predict)
    {
        var builder = new StringBuilder();
        foreach (var item in gold)
        {
            var sentence = item.Sentence;
            string Words(int first, int count) => string.Join(' ', sentence.Tokens.Skip(first).Take(count).Select(t => sentence.Text[t.Start..t.End]));
            var expected = Typed(item.Gold, CommonType);
            var found = Typed(predict(sentence), CommonType);
            if (expected.SetEquals(found))
            {
                continue;
            }

            builder.AppendLine(CultureInfo.InvariantCulture, $"# {sentence.Document}: {Words(0, sentence.Tokens.Length)}");
            foreach (var span in expected.Where(s => !found.Contains(s)))
            {
                var label = sentence.Labels[span.First];
                var why = MissKinds.Of(span, found) switch
                {
                    { Unseen: 1 } => "unseen",
                    { Boundary: 1 } => "boundary",
                    { Type: 1 } => "type",
                    _ => "both",
                };
                builder.AppendLine(CultureInfo.InvariantCulture, $"missed\t{span.Type}\t{why}\t{label[(label.IndexOf('-') + 1)..]}\t{Words(span.First, span.Count)}");
            }

            foreach (var span in found.Where(s => !expected.Contains(s)))
            {
                builder.AppendLine(CultureInfo.InvariantCulture, $"false\t{span.Type}\t\t\t{Words(span.First, span.Count)}");
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The sentences with only their gold spans that hold a capitalised word. re3d annotates pronouns and common
    /// nominals as entities too ("their", "the hospital", "families": over a fifth of its PER/ORG/LOC spans), which
    /// a name tagger is not meant to find; scoring names alone on both sides says how well names are found.
    /// </summary>
    public static IReadOnlyList<NerSentence> NamesOnly(IEnumerable<NerSentence> gold) =>
        [.. gold.Select(s => s with { Gold = [.. s.Gold.Where(span => HasCapitalisedWord(s.Sentence, span))] })];

    /// <summary>Whether a span holds a word that starts with a capital letter, capitalised function words aside.</summary>
    public static bool HasCapitalisedWord(LabelledSentence sentence, TaggedSpan span)
    {
        for (var t = span.First; t < span.End && t < sentence.Tokens.Length; t++)
        {
            var word = sentence.Text.AsSpan(sentence.Tokens[t].Start, sentence.Tokens[t].End - sentence.Tokens[t].Start);
            if (word.Length > 0 && char.IsUpper(word[0]) && !_functionWords.Contains(word.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    // Words capitalised only because they open a sentence ("Their homes", "The hospital").
    private static readonly HashSet<string> _functionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "My", "Your",
        "It", "They", "He", "She", "We", "I", "You", "Them", "Him", "Us", "Some", "Many", "All", "Other",
    };

    /// <summary>
    /// Scores the whole language stage (model, rules, document consistency) document by document: each corpus
    /// document becomes one text with its sentences on separate lines, and every named mention the stage finds is
    /// mapped back to corpus tokens. Descriptions and pronouns are not scored.
    /// </summary>
    public static NerEvaluation EvaluateStage(LanguageStage stage, IEnumerable<NerSentence> gold)
    {
        var predictions = new Dictionary<LabelledSentence, List<TaggedSpan>>(ReferenceEqualityComparer.Instance);
        var all = gold.ToList();
        foreach (var document in all.GroupBy(s => s.Sentence.Document))
        {
            var joined = JoinedDocument.Of(document);
            foreach (var (sentence, _) in joined.Owners)
            {
                predictions[sentence] = [];
            }

            var text = joined.Text;
            var layer = new Text.TextLayer(joined.Tokens, joined.Sentences, [new Documents.TextSpan(0, text.Length)], [], null);
            var startOf = new Dictionary<int, int>();
            var endOf = new Dictionary<int, int>();
            for (var t = 0; t < layer.Tokens.Length; t++)
            {
                startOf[layer.Tokens[t].Start] = t;
                endOf[layer.Tokens[t].End] = t;
            }

            foreach (var entity in stage.Analyze(text, layer).Entities)
            {
                foreach (var mention in entity.Mentions.Where(m => m.Kind == MentionKind.Name))
                {
                    if (!startOf.TryGetValue(mention.Span.Start, out var first) || !endOf.TryGetValue(mention.Span.End, out var last))
                    {
                        continue;
                    }

                    var owner = joined.OwnerOf(first);
                    predictions[owner.Sentence].Add(new TaggedSpan(first - owner.FirstToken, last - first + 1, entity.Type.Name()));
                }
            }
        }

        return Evaluate(all, sentence => predictions[sentence]);
    }

    /// <summary>
    /// Scores the model on the dev and test splits of the three NER corpora under <paramref name="corporaRoot"/>
    /// (../shared/data/corpora), as the pipeline tags (General) and with each corpus's own learned conventions.
    /// re3d in its own conventions is scored a second time with the pronoun and common-noun mentions it annotates
    /// (<see cref="NominalMentionTagger"/>, learned from its train split), and its dev errors are listed with them.
    /// Dev splits are for tuning; test splits only for reporting.
    /// </summary>
    /// <param name="errors">Also list each dev split's errors (<see cref="Errors(IEnumerable{NerSentence}, Func{LabelledSentence, IReadOnlyList{TaggedSpan}})"/>) as its corpus's conventions tag; never the test splits'.</param>
    /// <param name="testSplits">Whether to score the test splits too; off while tuning, so a comparison of dev figures shows no test figure.</param>
    public static string EvaluateSplits(NerTagger tagger, string corporaRoot, bool errors = false, bool testSplits = true)
    {
        var builder = new StringBuilder();
        var corpora = new (string Name, NerDomain Domain, Func<NerSplit, IReadOnlyList<NerSentence>> Read)[]
        {
            ("UNER English-EWT", NerDomain.Uner, split => NerCorpora.Uner(corporaRoot, split)),
            ("re3d-open", NerDomain.Re3d, split => NerCorpora.Re3d(corporaRoot, split)),
            ("wikigold", NerDomain.Wikigold, split => NerCorpora.Wikigold(corporaRoot, split)),
        };
        NominalMentionTagger? mentions = null;
        foreach (var (name, domain, read) in corpora)
        {
            foreach (var split in testSplits ? new[] { NerSplit.Dev, NerSplit.Test } : [NerSplit.Dev])
            {
                var gold = read(split);
                var all = gold.ToList();
                string? devErrors = null;
                foreach (var tagBy in new[] { NerDomain.General, domain })
                {
                    builder.AppendLine(CultureInfo.InvariantCulture, $"## {name} {split.ToString().ToLowerInvariant()} ({gold.Count} sentences), tagged as {tagBy}");
                    builder.AppendLine(Evaluate(tagger, gold, tagBy).ToString());
                    builder.AppendLine(CultureInfo.InvariantCulture, $"## {name} {split.ToString().ToLowerInvariant()}, document-consistent, tagged as {tagBy}");
                    var predictions = DocumentPredictions(tagger, all, tagBy);
                    builder.AppendLine(Evaluate(all, sentence => predictions[sentence]).ToString());
                    if (tagBy == domain && domain == NerDomain.Re3d)
                    {
                        // re3d annotates pronouns and common nominals too: add the mentions its train split teaches.
                        mentions ??= NominalMentionTagger.Train(NerCorpora.Re3d(corporaRoot, NerSplit.Train));
                        predictions = WithMentions(mentions, predictions);
                        builder.AppendLine(CultureInfo.InvariantCulture,
                            $"## {name} {split.ToString().ToLowerInvariant()}, document-consistent with nominal mentions learned from its train split (margin {mentions.Margin:0.00}), tagged as {tagBy}");
                        builder.AppendLine(Evaluate(all, sentence => predictions[sentence]).ToString());
                    }

                    if (errors && split == NerSplit.Dev && tagBy == domain)
                    {
                        devErrors = Errors(all, sentence => predictions[sentence]); // the same predictions, not a second tagging
                    }
                }

                if (devErrors is not null)
                {
                    builder.AppendLine(CultureInfo.InvariantCulture, $"## {name} dev errors, document-consistent, tagged as {domain}");
                    builder.AppendLine(devErrors);
                }

                if (domain == NerDomain.Re3d)
                {
                    var named = NamesOnly(gold);
                    builder.AppendLine(CultureInfo.InvariantCulture,
                        $"## {name} {split.ToString().ToLowerInvariant()}, names only ({named.Sum(s => s.Gold.Length)} of {gold.Sum(s => s.Gold.Length)} gold spans have a capitalised word), tagged as {domain}");
                    builder.AppendLine(Evaluate(tagger, named, domain, keep: HasCapitalisedWord).ToString());
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>Each sentence's name spans with the mentions <paramref name="mentions"/> finds around them.</summary>
    internal static Dictionary<LabelledSentence, List<TaggedSpan>> WithMentions(NominalMentionTagger mentions, Dictionary<LabelledSentence, List<TaggedSpan>> names)
    {
        var result = new Dictionary<LabelledSentence, List<TaggedSpan>>(ReferenceEqualityComparer.Instance);
        foreach (var (sentence, spans) in names)
        {
            var tags = new Upos[sentence.Tokens.Length];
            PosTagger.Default.Tag(sentence.Text, sentence.Tokens.AsSpan(), tags);
            result[sentence] = [.. spans, .. mentions.Find(sentence.Text, sentence.Tokens.AsSpan(), tags, spans)];
        }

        return result;
    }

    /// <summary>The spans under the types <paramref name="map"/> gives them, those it maps to none left out.</summary>
    private static HashSet<(int First, int Count, string? Type)> Typed(IEnumerable<TaggedSpan> spans, Func<string, string?> map) =>
        spans.Select(s => (s.First, s.Count, Type: map(s.Type))).Where(s => s.Type is not null).ToHashSet();

    /// <summary>Scores any predictor that returns token spans with types for a sentence.</summary>
    public static NerEvaluation Evaluate(IEnumerable<NerSentence> gold, Func<LabelledSentence, IReadOnlyList<TaggedSpan>> predict, Func<string, string?>? map = null)
    {
        map ??= CommonType;
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var misses = new Dictionary<string, MissKinds>(StringComparer.Ordinal);
        int[] Row(string type) => counts.TryGetValue(type, out var row) ? row : counts[type] = new int[3];
        foreach (var sentence in gold)
        {
            var expected = Typed(sentence.Gold, map);
            var found = Typed(predict(sentence.Sentence), map);
            foreach (var span in found)
            {
                Row(span.Type!)[expected.Contains(span) ? 0 : 1]++;
            }

            foreach (var span in expected.Where(s => !found.Contains(s)))
            {
                Row(span.Type!)[2]++;
                misses[span.Type!] = misses.GetValueOrDefault(span.Type!) + MissKinds.Of(span, found);
            }
        }

        var perType = counts.Select(p => new EntityScore(p.Key, p.Value[0], p.Value[1], p.Value[2]) { Misses = misses.GetValueOrDefault(p.Key) }).ToImmutableArray();
        var overall = new EntityScore("ALL", perType.Sum(s => s.TruePositives), perType.Sum(s => s.FalsePositives), perType.Sum(s => s.FalseNegatives))
        {
            Misses = perType.Aggregate(default(MissKinds), (sum, s) => sum + s.Misses),
        };
        return new NerEvaluation(overall, perType);
    }
}

/// <summary>A corpus document's sentences as one text, one per line, with their tokens moved to its offsets.</summary>
internal sealed record JoinedDocument(string Text, ImmutableArray<Text.Token> Tokens, ImmutableArray<Text.Sentence> Sentences,
    IReadOnlyList<(LabelledSentence Sentence, int FirstToken)> Owners)
{
    public static JoinedDocument Of(IEnumerable<NerSentence> document)
    {
        var builder = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Text.Token>();
        var sentences = ImmutableArray.CreateBuilder<Text.Sentence>();
        var owners = new List<(LabelledSentence Sentence, int FirstToken)>();
        foreach (var item in document)
        {
            var sentence = item.Sentence;
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var offset = builder.Length;
            builder.Append(sentence.Text);
            owners.Add((sentence, tokens.Count));
            sentences.Add(new Text.Sentence(new Documents.TextSpan(offset, builder.Length), tokens.Count, sentence.Tokens.Length));
            foreach (var token in sentence.Tokens)
            {
                tokens.Add(token with { Start = token.Start + offset, End = token.End + offset });
            }
        }

        return new JoinedDocument(builder.ToString(), tokens.ToImmutable(), sentences.ToImmutable(), owners);
    }

    /// <summary>The sentence that holds document token <paramref name="token"/>, with its first token's index.</summary>
    public (LabelledSentence Sentence, int FirstToken) OwnerOf(int token) => Owners.Last(o => o.FirstToken <= token);
}
