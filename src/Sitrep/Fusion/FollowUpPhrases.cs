using System.Runtime.CompilerServices;
using Sitrep.Common;
using Sitrep.Output;

namespace Sitrep.Fusion;

/// <summary>
/// Whether a report says its incident came after another one it mentions ("overnight into Friday, a day after a deadly
/// bomb strike"): such a report is not the earlier incident, however many of its words it repeats. Phrases are data
/// (<c>data/fusion/follow_up_phrases.txt</c>), matched as whole lower-case words in the evidence sentences.
/// </summary>
public static class FollowUpPhrases
{
    public const string File = "fusion/follow_up_phrases.txt";

    private static readonly Lazy<IReadOnlyList<string>> _phrases = new(() => Load(DataFiles.Require(File)));

    private static readonly ConditionalWeakTable<EventRecord, object> _says = [];

    /// <summary>Whether the event's evidence says it followed another incident.</summary>
    public static bool Says(EventRecord e) => (bool)_says.GetValue(e, static e =>
    {
        foreach (var evidence in e.Evidence)
        {
            var text = " " + Words(evidence.Text ?? string.Empty) + " ";
            if (_phrases.Value.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>Reads the phrase list: one lower-case phrase of words per line, '#' comments; errors name file and line.</summary>
    public static IReadOnlyList<string> Load(string path)
    {
        var phrases = new List<string>();
        var number = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line != line.ToLowerInvariant() || Words(line) != line)
            {
                throw new FormatException($"{path}:{number}: '{line}' is not lower-case words separated by single spaces");
            }

            if (phrases.Contains(line))
            {
                throw new FormatException($"{path}:{number}: '{line}' is listed twice");
            }

            phrases.Add(line);
        }

        return phrases;
    }

    /// <summary>The text's words, lower case, separated by single spaces (punctuation is a separator).</summary>
    private static string Words(string text)
    {
        var words = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
        }

        return words.ToString().TrimEnd();
    }
}
