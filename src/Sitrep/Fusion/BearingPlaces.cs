using System.Runtime.CompilerServices;
using Sitrep.Output;
using Sitrep.Places;

namespace Sitrep.Fusion;

/// <summary>
/// The settlement a report places its incident in when it tells it by a bearing from a better-known town: "in Oog,
/// west of Las Anod", "in Kabkabiya, 150 km west of El Fasher", "in Tawila, about 60 km west of El Fasher". When the gazetteer lacks the settlement, the report lies
/// at the town's point (coded 1 for the named settlement, the point marked as the town's: <see cref="EventRecord.CoordinatesFrom"/>): the geocoder keeps the settlement's name when it reads the bearing (a
/// comma before it), and places the report near the town when it does not ("at Nova Poltavka north-east of
/// Kramatorsk"); either way its point no longer tells it from the town's own incident of that day. The report's words
/// still name its own settlement: two reports are then of different named places unless the other names that
/// settlement too. The cue
/// words are the gazetteer's ("in", "at"... before a name; "west of", "north-east of"... as bearings:
/// data/gazetteer/place_cues.tsv).
/// </summary>
public static class BearingPlaces
{
    // A report is compared with many others: its evidence is read once.
    private static readonly ConditionalWeakTable<EventRecord, StrongBox<string?>> _read = [];

    /// <summary>The longest settlement name read (in words): a longer capitalised run is a sentence's names, not a place.</summary>
    private const int _maxNameWords = 4;

    /// <summary>
    /// The settlement a report placed near a town (its point as precise as "near" it, <see cref="EventMatcher.PointPrecision"/>) names before a bearing, whether the geocoder placed the
    /// report at the town or at the settlement itself (an unlisted settlement keeps its name at the town's point, so
    /// its point no longer tells it from the town); null otherwise.
    /// </summary>
    public static string? Settlement(EventRecord e)
    {
        if (EventMatcher.PointPrecision(e) != 2)
        {
            return null;
        }

        return _read.GetValue(e, static e =>
        {
            foreach (var text in EvidenceWords.Texts(e))
            {
                if (text.Length > 0 && SettlementBeforeBearing(text, EvidenceWords.Split(text)) is { } name)
                {
                    return new StrongBox<string?>(name);
                }
            }

            return new StrongBox<string?>(null);
        }).Value;
    }

    /// <summary>The capitalised name after an "in"-cue and before a bearing cue ("in X, [15 km] west of"), or null.</summary>
    internal static string? SettlementBeforeBearing(string text) => SettlementBeforeBearing(text, EvidenceWords.Split(text));

    /// <summary>The settlement the text names before a bearing, read from its words (<see cref="EvidenceWords"/>).</summary>
    private static string? SettlementBeforeBearing(string text, IReadOnlyList<(int Start, int Length)> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!IsInCue(text, words[i]))
            {
                continue;
            }

            var first = i + 1;
            var end = first;
            while (end < words.Count && end - first < _maxNameWords && char.IsUpper(text[words[end].Start]) && OnlySpaceBetween(text, words[end - 1], words[end]))
            {
                end++;
            }

            // "on Monday, west of ...", "in November, north of ...": a date, not a settlement (data/time).
            if (end == first || end == words.Count || !OnlySpaceOrCommaBetween(text, words[end - 1], words[end])
                || IsDateWord(text, words[first]))
            {
                continue;
            }

            // "15 km west of", "about 15 km west of": the distance and its approximator are the gazetteer's words
            // (PlaceLexicon), not a list of this class.
            var next = end;
            var distance = next < words.Count && IsApproximator(text, words[next]) ? next + 1 : next;
            if (distance + 1 < words.Count && IsNumber(text, words[distance]) && IsDistanceUnit(text, words[distance + 1]))
            {
                next = distance + 2;
            }

            if (StartsBearing(text, words, next))
            {
                var (start, _) = words[first];
                var (lastStart, lastLength) = words[end - 1];
                return text[start..(lastStart + lastLength)];
            }
        }

        return null;
    }

    private static bool IsInCue(string text, (int Start, int Length) word) =>
        PlaceLexicon.Default.Before.Any(c => c.Role == CueRole.In && c.Tokens.Length == 1
            && text.AsSpan(word.Start, word.Length).Equals(c.Tokens[0], StringComparison.Ordinal));

    private static bool StartsBearing(string text, IReadOnlyList<(int Start, int Length)> words, int at) =>
        PlaceLexicon.Default.Before.Any(c => c.Role == CueRole.Direction && at + c.Tokens.Length <= words.Count
            && Enumerable.Range(0, c.Tokens.Length).All(k =>
                text.AsSpan(words[at + k].Start, words[at + k].Length).Equals(c.Tokens[k], StringComparison.OrdinalIgnoreCase)));

    private static bool IsDateWord(string text, (int Start, int Length) word) =>
        Time.TimeLexicon.Default.TryMonth(text.AsSpan(word.Start, word.Length), out _)
        || Time.TimeLexicon.Default.TryWeekday(text.AsSpan(word.Start, word.Length), out _);

    private static bool IsNumber(string text, (int Start, int Length) word) =>
        text.AsSpan(word.Start, word.Length).ContainsAnyExceptInRange('0', '9') is false;

    private static bool IsDistanceUnit(string text, (int Start, int Length) word) =>
        PlaceLexicon.Default.IsDistanceUnit(text.AsSpan(word.Start, word.Length));

    private static bool IsApproximator(string text, (int Start, int Length) word) =>
        PlaceLexicon.Default.IsDistanceApproximator(text.AsSpan(word.Start, word.Length));

    private static bool OnlySpaceBetween(string text, (int Start, int Length) left, (int Start, int Length) right) =>
        text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length).Trim().IsEmpty;

    private static bool OnlySpaceOrCommaBetween(string text, (int Start, int Length) left, (int Start, int Length) right) =>
        text.AsSpan(left.Start + left.Length, right.Start - left.Start - left.Length).Trim().Trim(',').Trim().IsEmpty;
}
