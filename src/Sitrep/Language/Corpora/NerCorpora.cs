using System.Collections.Immutable;

namespace Sitrep.Language.Corpora;

/// <summary>A sentence with its gold entities, mapped to the NER model's types, and the corpus it came from.</summary>
public sealed record NerSentence(LabelledSentence Sentence, ImmutableArray<TaggedSpan> Gold, NerDomain Domain);

public enum NerSplit
{
    Train,
    Dev,
    Test,
}

/// <summary>
/// The NER corpora under a corpora folder (../shared/data/corpora), their splits and their label mappings.
/// UNER English-EWT (PER/ORG/LOC) has train/dev/test; re3d-open has train/test, and every fifth document of its
/// train file (by order) is held out as dev; wikigold has no split, so its 145 documents are cut by order:
/// 1-101 train, 102-123 dev, 124-145 test.
/// Types the model does not learn (re3d's Weapon, Temporal...; CoNLL's MISC) become O.
/// </summary>
public static class NerCorpora
{
    public const string UnerFolder = "UNER_English-EWT";
    public const string Re3dFolder = "re3d-open";
    public const string WikigoldFile = "wikigold/CONLL-format/data/wikigold.conll.txt";

    /// <summary>The model's entity types, in label order.</summary>
    public static readonly ImmutableArray<string> ModelTypes = ["PER", "ORG", "LOC", "NORP"];

    private const int _re3dDevEvery = 5;
    private const int _wikigoldTrainDocuments = 101;
    private const int _wikigoldDevDocuments = 22;

    public static IReadOnlyList<NerSentence> Uner(string corporaRoot, NerSplit split)
    {
        var file = split switch
        {
            NerSplit.Train => "en_ewt-ud-train.from-commit-0c7ce0d.cleaned.iob2",
            NerSplit.Dev => "en_ewt-ud-dev.iob2",
            _ => "en_ewt-ud-test.iob2",
        };
        return Read(Path.Combine(corporaRoot, UnerFolder, file), NerDomain.Uner, labelColumn: 2, wordColumn: 1, MapUner);
    }

    public static IReadOnlyList<NerSentence> Re3d(string corporaRoot, NerSplit split)
    {
        var file = split == NerSplit.Test ? "re3d-open-noBBC.test.conll" : "re3d-open-noBBC.train.conll";
        var all = Read(Path.Combine(corporaRoot, Re3dFolder, file), NerDomain.Re3d, labelColumn: null, wordColumn: 0, MapRe3d);
        return split == NerSplit.Test ? all : all.Where(s => (DocumentNumber(s.Sentence.Document) % _re3dDevEvery == 0) == (split == NerSplit.Dev)).ToList();
    }

    public static IReadOnlyList<NerSentence> Wikigold(string corporaRoot, NerSplit split)
    {
        var all = Read(Path.Combine(corporaRoot, WikigoldFile), NerDomain.Wikigold, labelColumn: null, wordColumn: 0, MapConll);
        return all.Where(s => SplitOfWikigold(s.Sentence.Document) == split).ToList();
    }

    /// <summary>All training sentences of the three corpora (never a dev or test sentence).</summary>
    public static IReadOnlyList<NerSentence> Training(string corporaRoot) =>
        [.. Uner(corporaRoot, NerSplit.Train), .. Re3d(corporaRoot, NerSplit.Train), .. Wikigold(corporaRoot, NerSplit.Train)];

    /// <summary>
    /// Any IOB/IOB2 column file, for <c>sitrep eval</c>: UNER's .iob2 layout (id, word, label) when the first column
    /// is a number, otherwise word first and label last. Common label names are mapped to PER/ORG/LOC/NORP.
    /// </summary>
    public static IReadOnlyList<NerSentence> ReadAny(string path)
    {
        var firstLine = File.ReadLines(path).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)) ?? "";
        var firstColumn = firstLine.Split('\t', ' ')[0];
        var unerLayout = firstLine.Contains('\t') && int.TryParse(firstColumn, out _);
        return unerLayout
            ? Read(path, NerDomain.General, labelColumn: 2, wordColumn: 1, MapAny)
            : Read(path, NerDomain.General, labelColumn: null, wordColumn: 0, MapAny);
    }

    private static string? MapAny(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => "PER",
        "ORG" or "ORGANISATION" or "ORGANIZATION" => "ORG",
        "LOC" or "LOCATION" or "GPE" or "FAC" or "FACILITY" => "LOC",
        "NORP" or "NATIONALITY" => "NORP",
        _ => null,
    };

    /// <summary>The document's number in its file (1 for text before the first document marker).</summary>
    private static int DocumentNumber(string document)
    {
        var hash = document.LastIndexOf('#');
        return hash >= 0 && int.TryParse(document.AsSpan(hash + 1), out var n) ? n : 1;
    }

    private static NerSplit SplitOfWikigold(string document)
    {
        var number = DocumentNumber(document);
        return number <= _wikigoldTrainDocuments ? NerSplit.Train
            : number <= _wikigoldTrainDocuments + _wikigoldDevDocuments ? NerSplit.Dev
            : NerSplit.Test;
    }

    private static string? MapUner(string type) => type is "PER" or "ORG" or "LOC" ? type : null;

    private static string? MapConll(string type) => type is "PER" or "ORG" or "LOC" ? type : null;

    private static string? MapRe3d(string type) => type switch
    {
        "Person" => "PER",
        "Organisation" => "ORG",
        "Location" => "LOC",
        "Nationality" => "NORP",
        _ => null,
    };

    private static List<NerSentence> Read(string path, NerDomain domain, int? labelColumn, int wordColumn, Func<string, string?> map)
    {
        var result = new List<NerSentence>();
        foreach (var sentence in CorpusReader.ReadColumns(path, labelColumn, wordColumn))
        {
            result.Add(new NerSentence(sentence, SpansOf(sentence.Labels, map), domain));
        }

        return result;
    }

    /// <summary>
    /// Entity spans from IOB labels, accepting both IOB2 (every entity starts with B-) and IOB1 (I- starts an
    /// entity unless it continues one of the same type, as in CoNLL-2003 and wikigold).
    /// </summary>
    public static ImmutableArray<TaggedSpan> SpansOf(IReadOnlyList<string> labels, Func<string, string?> map)
    {
        var spans = ImmutableArray.CreateBuilder<TaggedSpan>();
        var start = -1;
        string? type = null;
        void Close(int end)
        {
            if (start >= 0 && type is not null && map(type) is { } mapped)
            {
                spans.Add(new TaggedSpan(start, end - start, mapped));
            }

            start = -1;
            type = null;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            if (label == "O" || label.Length < 3 || label[1] != '-')
            {
                Close(i);
                continue;
            }

            var prefix = label[0];
            var labelType = label[2..];
            if (prefix == 'B' || labelType != type)
            {
                Close(i);
                start = i;
                type = labelType;
            }
        }

        Close(labels.Count);
        return spans.ToImmutable();
    }
}
