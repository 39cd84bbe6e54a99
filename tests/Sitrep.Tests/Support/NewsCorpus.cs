using System.Text;
using System.Text.Json;

namespace Sitrep.Tests.Support;

/// <summary>
/// Builds many distinct news-style articles for volume tests (ingest, crash safety) by combining sentence
/// templates with places, actors and numbers. Deterministic for a given seed.
/// </summary>
public static class NewsCorpus
{
    private static readonly string[] _places = ["Kharkiv", "Pokrovsk", "Kherson", "Belgorod", "El Fasher", "Khan Younis", "Goma", "Maiduguri", "Idlib", "Marib"];
    private static readonly string[] _actors = ["Russian forces", "Ukrainian drones", "RSF fighters", "Israeli aircraft", "M23 rebels", "Boko Haram militants", "Syrian government forces", "Houthi fighters"];
    private static readonly string[] _templates =
    [
        "{0} shelled residential areas of {1} on Monday, killing {2} civilians and wounding {3}, the regional governor said on Telegram.",
        "\"The situation in {1} remains extremely difficult,\" a spokesperson said, adding that {0} had launched {2} attacks overnight.",
        "According to local officials, {0} captured two villages near {1} after heavy fighting that lasted {3} days.",
        "Aid agencies said about {2},000 people had fled {1} since the start of the month, as {0} advanced from the north.",
        "The ministry could not independently verify reports that {0} used guided bombs against positions outside {1}.",
    ];

    public static IEnumerable<(string Id, string Text)> Articles(int count, int seed = 7)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var p = 0; p < 4; p++)
            {
                var template = _templates[random.Next(_templates.Length)];
                text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
                    _actors[random.Next(_actors.Length)], _places[random.Next(_places.Length)], random.Next(2, 60), random.Next(1, 9)));
                text.Append(" Article ").Append(i).Append('.');
                text.Append("\n\n");
            }

            yield return ($"art-{i:D6}", text.ToString().TrimEnd());
        }
    }

    public static string WriteJsonl(string path, int count, int seed = 7)
    {
        using var writer = new StreamWriter(path);
        foreach (var (id, text) in Articles(count, seed))
        {
            writer.WriteLine(JsonSerializer.Serialize(new { id, text, published = "2024-11-17", source = "Test Wire" }));
        }

        return path;
    }
}
