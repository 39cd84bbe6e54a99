namespace Sitrep.Fusion;

/// <summary>
/// Bag-of-words cosine similarity over lower-cased content words (stop words and one-letter tokens dropped):
/// two reports of one strike share its place, weapon and victims' words even when worded differently.
/// </summary>
public static class TextSimilarity
{
    private static readonly HashSet<string> _stopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "was",
        "were", "are", "be", "been", "has", "have", "had", "that", "this", "it", "its", "said", "says", "say", "he",
        "she", "they", "their", "his", "her", "which", "who", "after", "before", "into", "over", "also", "but", "not",
    };

    public static double Cosine(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var bagA = Bag(a);
        var bagB = Bag(b);
        if (bagA.Count == 0 || bagB.Count == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (word, count) in bagA)
        {
            if (bagB.TryGetValue(word, out var other))
            {
                dot += count * other;
            }
        }

        return dot / (Norm(bagA) * Norm(bagB));
    }

    private static double Norm(Dictionary<string, int> bag) => Math.Sqrt(bag.Values.Sum(v => (double)v * v));

    private static Dictionary<string, int> Bag(IReadOnlyList<string> texts)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = text[start..i].ToLowerInvariant();
                    if (word.Length > 1 && !_stopWords.Contains(word))
                    {
                        bag[word] = bag.GetValueOrDefault(word) + 1;
                    }

                    start = -1;
                }
            }
        }

        return bag;
    }
}
