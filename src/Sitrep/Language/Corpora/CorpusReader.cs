namespace Sitrep.Language.Corpora;

/// <summary>Readers for the annotated corpora the models are trained and evaluated on.</summary>
public static class CorpusReader
{
    /// <summary>
    /// CoNLL-U (Universal Dependencies): one word per line, ten tab-separated columns; the label is UPOS.
    /// Multi-word token ranges ("1-2") and empty nodes ("8.1") are skipped: the words under them are kept.
    /// </summary>
    public static IEnumerable<LabelledSentence> ReadConllU(string path)
    {
        var words = new List<string>();
        var tags = new List<string>();
        var document = "";
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
            {
                document = line["# newdoc id = ".Length..];
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return LabelledSentence.FromWords(document, words, tags);
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            if (columns[0].Contains('-') || columns[0].Contains('.'))
            {
                continue;
            }

            words.Add(columns[1]);
            tags.Add(columns[3]);
        }

        if (words.Count > 0)
        {
            yield return LabelledSentence.FromWords(document, words, tags);
        }
    }

    /// <summary>
    /// Column files with the word in the first column and the entity label in <paramref name="labelColumn"/>
    /// (or the last column when null), separated by tabs or spaces. Handles UNER's .iob2 (comment lines with
    /// "# newdoc"), re3d's and wikigold's CoNLL ("-DOCSTART-" lines). Labels are returned as written.
    /// </summary>
    public static IEnumerable<LabelledSentence> ReadColumns(string path, int? labelColumn = null, int wordColumn = 0)
    {
        var words = new List<string>();
        var labels = new List<string>();
        var document = Path.GetFileName(path);
        var documentNumber = 0;
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var isDocStart = line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal);
            if (line.Trim().Length == 0 || isDocStart || line.StartsWith('#'))
            {
                if (words.Count > 0)
                {
                    yield return LabelledSentence.FromWords(document, words, labels);
                    words.Clear();
                    labels.Clear();
                }

                if (isDocStart)
                {
                    documentNumber++;
                    document = $"{Path.GetFileName(path)}#{documentNumber}";
                }

                continue;
            }

            var columns = line.Split(line.Contains('\t') ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            var labelIndex = labelColumn ?? columns.Length - 1;
            if (columns.Length <= Math.Max(labelIndex, wordColumn))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected a word and a label column, found '{line}'.");
            }

            words.Add(columns[wordColumn]);
            labels.Add(columns[labelIndex]);
        }

        if (words.Count > 0)
        {
            yield return LabelledSentence.FromWords(document, words, labels);
        }
    }
}
