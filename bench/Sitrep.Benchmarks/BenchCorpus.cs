namespace Sitrep.Benchmarks;

/// <summary>
/// A multi-article news corpus for benchmarks: the bundled sample article's paragraphs recombined into
/// articles of about 4 KB, so the text has real news style (quotes, abbreviations, numbers).
/// </summary>
public static class BenchCorpus
{
    public static IReadOnlyList<string> Articles(int count)
    {
        var sample = File.ReadAllText(FindSample());
        var paragraphs = sample.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 40).ToArray();
        var random = new Random(1);
        var articles = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var picked = Enumerable.Range(0, 9).Select(_ => paragraphs[random.Next(paragraphs.Length)]);
            articles.Add(string.Join("\n\n", picked));
        }

        return articles;
    }

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
