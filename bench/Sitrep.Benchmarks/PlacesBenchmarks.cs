using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Sitrep.Documents;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>Gazetteer load time, name lookups per second and geocoding of the sample article.</summary>
[MemoryDiagnoser]
public partial class PlacesBenchmarks
{
    private static readonly string[] _names =
    [
        "Kyiv", "Kiev", "Kharkiv", "Kharkov", "Zaporozhye", "Bakhmut", "Artemivsk", "Pokrovsk", "Kursk", "Oryol",
        "Belgorod", "Odessa", "Alexandria", "Springfield", "Avdiivka", "Zaitseve", "Київ", "Donetsk", "Mariupol", "Nowhere Town",
    ];

    private Gazetteer _gazetteer = null!;
    private string _directory = "";
    private Geocoder _geocoder = null!;
    private string _article = "";
    private TextLayer _layer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.Load();
        _directory = Path.GetDirectoryName(Sitrep.Common.DataFiles.Require("gazetteer/places.tsv.gz"))!;
        _geocoder = new Geocoder(_gazetteer, PlaceLexicon.Load());
        _article = File.ReadAllText(FindSample());
        _layer = Tokenize(_article);
    }

    /// <summary>The normal load: the precompiled index (data/gazetteer/gazetteer.bin).</summary>
    [Benchmark]
    public int LoadGazetteer() => Gazetteer.Load().NameCount;

    /// <summary>Loading from the TSV sources, as when the index is stale (aliases.tsv edited): the index's gain.</summary>
    [Benchmark]
    public int LoadGazetteerFromSources() => Gazetteer.LoadSources(_directory).NameCount;

    /// <summary>The second-level division names (admin2.tsv.gz), read on the first document that needs them.</summary>
    [Benchmark]
    public int LoadDivisionNames() => Admin2Names.Load(_directory, _gazetteer).Count;

    /// <summary>
    /// The reserve of settlements the gazetteer leaves out (reserve_places.tsv.gz), read on the first document that
    /// puts a settlement the gazetteer lacks in a named division.
    /// </summary>
    [Benchmark]
    public int LoadReservePlaces() => ReservePlaces.Load(_directory).DivisionCount;

    /// <summary>Twenty lookups per call: divide the mean by 20 for one lookup.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int Lookup()
    {
        var found = 0;
        foreach (var name in _names)
        {
            found += _gazetteer.Lookup(name).Length;
        }

        return found;
    }

    [Benchmark]
    public int GeocodeSampleArticle() => _geocoder.Find(_article, _layer).Length;

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

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\S")]
    private static partial Regex TokenPattern();

    /// <summary>A crude tokenizer (possessive 's split, one sentence per ./!/?) standing in for the text stage.</summary>
    private static TextLayer Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = char.IsDigit(m.Value[0]) ? TokenKind.Number : char.IsLetter(m.Value[0]) ? TokenKind.Word : TokenKind.Punctuation;
            if (kind == TokenKind.Word && m.Value.EndsWith("'s", StringComparison.Ordinal))
            {
                tokens.Add(new Token(m.Index, m.Index + m.Length - 2, kind));
                tokens.Add(new Token(m.Index + m.Length - 2, m.Index + m.Length, kind));
                continue;
            }

            tokens.Add(new Token(m.Index, m.Index + m.Length, kind));
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (text[tokens[i].Start] is '.' or '!' or '?' || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[i].End), first, i - first + 1));
                first = i + 1;
            }
        }

        return new TextLayer(tokens.ToImmutable(), sentences.ToImmutable(), [], [], null);
    }
}
