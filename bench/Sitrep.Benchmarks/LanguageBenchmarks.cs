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
        _layer = TextAnalyzer.Analyze(_text);
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
