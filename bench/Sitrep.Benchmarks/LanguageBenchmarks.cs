using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// Throughput of the language layer on a real news article (samples/kursk-north-korean-troops.txt, about 800
/// tokens): POS tagging alone, POS + NER tagging (the per-token hot path), and the whole stage with rules and
/// linking. Tokens per second = article tokens / mean time.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private string _text = "";
    private TextLayer _layer = null!;
    private LanguageStage _stage = null!;
    private Upos[] _tags = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(FindSample());
        _layer = SimpleTokenizer.Analyze(_text);
        _stage = new LanguageStage();
        _tags = new Upos[_layer.Tokens.Length];
        Console.WriteLine($"// article: {_layer.Tokens.Length} tokens, {_layer.Sentences.Length} sentences");
    }

    [Benchmark]
    public void PosTagging()
    {
        var tokens = _layer.Tokens.AsSpan();
        foreach (var sentence in _layer.Sentences)
        {
            PosTagger.Default.Tag(_text, tokens.Slice(sentence.FirstToken, sentence.TokenCount), _tags.AsSpan(sentence.FirstToken, sentence.TokenCount));
        }
    }

    [Benchmark]
    public int PosAndNerTagging() => _stage.Tag(_text, _layer, _tags).Count;

    [Benchmark]
    public LanguageLayer WholeStage() => _stage.Analyze(_text, _layer);

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", "kursk-north-korean-troops.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("samples/kursk-north-korean-troops.txt not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A stand-in tokenizer (spaces, punctuation, "'s" split off, sentence ends at ". ") until Sitrep.Text's
/// analyser is merged; the benchmark measures the language layer, not this.
/// </summary>
internal static class SimpleTokenizer
{
    public static TextLayer Analyze(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '-' or ',' or '.' or '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !(text[i] == ',' && !char.IsDigit(text[i - 1])))))
                {
                    i++;
                }

                if (i - start > 2 && text[i - 2] == '\'' && text[i - 1] == 's')
                {
                    tokens.Add(new Token(start, i - 2, TokenKind.Word));
                    start = i - 2;
                }

                tokens.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i++;
            tokens.Add(new Token(start, i, TokenKind.Punctuation));
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var last = t == tokens.Count - 1 || (text[tokens[t].Start] is '.' or '?' or '!' && tokens[t].Length == 1 && tokens[t + 1].Start > tokens[t].End);
            if (last)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[t].End), first, t - first + 1));
                first = t + 1;
            }
        }

        return new TextLayer([.. tokens], sentences.ToImmutable(), [new TextSpan(0, text.Length)], [], null);
    }
}
