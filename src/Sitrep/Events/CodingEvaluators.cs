using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sitrep.Common;
using Sitrep.Documents;
using Sitrep.Events.Dictionaries;
using Sitrep.Events.Lexicon;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>One labelled text of an external coding set: the label the events stage should reproduce.</summary>
public sealed record CodingCase(string Id, string Text, DateOnly? Published, ImmutableArray<string> Gold, string? GoldDetail = null);

/// <summary>Accuracy of one split: how many cases, how many the stage coded at all, how many it coded right.</summary>
public sealed record CodingScore(string Split, int Cases, int Coded, int Correct, int DetailCorrect, IReadOnlyDictionary<string, (int Correct, int Total)> PerLabel)
{
    public double Accuracy => Cases == 0 ? 0 : (double)Correct / Cases;

    public double AccuracyOfCoded => Coded == 0 ? 0 : (double)Correct / Coded;

    public string Describe(string measure, string? detail = null)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Split}: {Cases} cases, {Coded} coded; {measure} {Correct}/{Cases} = {Accuracy:0.000} (of coded {AccuracyOfCoded:0.000})");
        if (detail is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; {detail} {DetailCorrect}/{Cases} = {(Cases == 0 ? 0 : (double)DetailCorrect / Cases):0.000}");
        }

        sb.Append('\n');
        foreach (var (label, (correct, total)) in PerLabel.OrderByDescending(p => p.Value.Total))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {label}: {correct}/{total}\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// Scores the events stage on external coding sets, each split into dev and test by the SHA-1 of the case id (first
/// byte below 128: dev): the PLOVER gold standard records (sentence -> PLOVER event), PETRARCH-2's unit tests
/// (sentence -> CAMEO root code), ACLED's Argentina notes (notes -> event and sub-event type) and the NGEC synthetic
/// news (document -> PLOVER label). The predicted code of a text is that of its first event in text order (the
/// sentence's lead verb, the story's lead); the ACLED notes take the main ACLED-coded event.
/// </summary>
public static partial class CodingEvaluators
{
    /// <summary>GSR labels from PLOVER drafts that the 2021 manual merged into other events.</summary>
    private static readonly Dictionary<string, string> _gsrToPlover = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    };

    private static readonly HashSet<string> _cooperative = new(StringComparer.Ordinal) { "AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT", "SUPPORT" };

    private static readonly HashSet<string> _materialConflict = new(StringComparer.Ordinal) { "ASSAULT", "COERCE", "SANCTION", "PROTEST" };

    /// <summary>
    /// The PLOVER event a one-event coder gives an event: CAMEO/PLOVER code an intention ("will provide aid", "is
    /// willing to withdraw") as AGREE and a conditional or announced use of force or pressure ("would blockade
    /// Paris", "will boycott unless") as THREATEN; an asserted event keeps its own.
    /// </summary>
    public static string? PloverCode(EventAnnotation e)
    {
        if (e.PloverEvent is not { } plover || e.Modality is not (EventModality.Future or EventModality.Hypothetical))
        {
            return e.PloverEvent;
        }

        return _cooperative.Contains(plover) ? "AGREE" : _materialConflict.Contains(plover) ? "THREATEN" : plover;
    }

    /// <summary>The CAMEO root (2 digits) of an event, with intentions coded as 03 / 13 like <see cref="PloverCode"/>.</summary>
    public static string? CameoRoot(EventAnnotation e) => e.CameoPattern is not null ? e.CameoCode![..2] : PloverCode(e) switch
    {
        "AGREE" when e.PloverEvent != "AGREE" => "03",
        "THREATEN" when e.PloverEvent != "THREATEN" => "13",
        _ => e.CameoCode is { Length: >= 2 } code ? code[..2] : null,
    };

    /// <summary>
    /// The verb, actor and agent dictionaries a PETRARCH unit-test file names in its &lt;Environment&gt; (Verbfile,
    /// Actorfile, Agentfile), read from the file's directory: the unit tests are defined with them.
    /// </summary>
    public static CameoDictionary? LoadPetrarchEnvironment(string path, DictionaryMode mode)
    {
        var environment = XDocument.Load(path).Root?.Element("Environment");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string? File(string element) => environment?.Element(element)?.Value.Trim() is { Length: > 0 } name && System.IO.File.Exists(Path.Combine(directory, name))
            ? Path.Combine(directory, name)
            : null;
        return File("Verbfile") is { } verbs ? CameoDictionary.Load(verbs, File("Actorfile"), File("Agentfile"), mode) : null;
    }

    /// <summary>The given stages with the events stage replaced by one that codes with <paramref name="dictionary"/> (null: the lexicon alone).</summary>
    public static AnalysisPipeline WithDictionary(IEnumerable<IStage> stages, CameoDictionary? dictionary) =>
        new(stages.Select(s => s is EventsStage ? new EventsStage(dictionary) : s));

    public static bool IsDev(string id) => SHA1.HashData(Encoding.UTF8.GetBytes(id))[0] < 128;

    /// <summary>PLOVER_GSR_CAMEO.txt: a JSON array of records with text, event (older labels mapped to PLOVER 2021).</summary>
    public static ImmutableArray<CodingCase> LoadPloverGsr(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var cases = ImmutableArray.CreateBuilder<CodingCase>();
        foreach (var record in json.RootElement.EnumerateArray())
        {
            var label = record.GetProperty("event").GetString()!;
            if (label == "DOCUMENT" || !record.TryGetProperty("text", out var text))
            {
                continue;
            }

            DateOnly? date = record.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            cases.Add(new CodingCase(record.GetProperty("id").GetString()!, text.GetString()!, date, [_gsrToPlover.GetValueOrDefault(label, label)], label));
        }

        return cases.ToImmutable();
    }

    /// <summary>PETR.UnitTest.records.xml: sentences with their CAMEO codings; gold is the set of root codes (2 digits).</summary>
    public static ImmutableArray<CodingCase> LoadPetrarch(string path)
    {
        var document = XDocument.Load(path);
        var cases = ImmutableArray.CreateBuilder<CodingCase>();
        foreach (var sentence in document.Descendants("Sentence"))
        {
            var roots = sentence.Elements("EventCoding").Select(e => (string?)e.Attribute("eventcode")).OfType<string>()
                .Where(c => c.Length >= 2 && char.IsAsciiDigit(c[0]) && char.IsAsciiDigit(c[1])).Select(c => c[..2]).Distinct().ToImmutableArray();
            var text = sentence.Element("Text")?.Value;
            if (roots.IsEmpty || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            DateOnly? date = DateOnly.TryParseExact((string?)sentence.Attribute("date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            cases.Add(new CodingCase((string?)sentence.Attribute("id") ?? "", WhiteSpace().Replace(text, " ").Trim(), date, roots));
        }

        return cases.ToImmutable();
    }

    /// <summary>ACLED's CSV: the notes (without the trailing "[size=...]") with event type and sub-event type.</summary>
    public static ImmutableArray<CodingCase> LoadAcledNotes(string path) =>
    [
        .. CsvRecords.Read(path, "event_id_cnty", "event_date", "event_type", "sub_event_type", "notes").Select(row => new CodingCase(
            row["event_id_cnty"],
            SizeNote().Replace(row["notes"], "").Trim(),
            DateOnly.TryParseExact(row["event_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            [row["event_type"]],
            row["sub_event_type"])),
    ];

    /// <summary>
    /// ngec_synthetic_news.csv: synthetic news stories with a document-level PLOVER label (id = row number). A story is
    /// coded as published, headline first: the headline is its own paragraph before the body, as a reader (and an
    /// analyst coding the story) meets it. The headline is the first line of the prompt the story was written from
    /// (the title column has its country names as placeholders); a file without either is coded from its body.
    /// </summary>
    public static ImmutableArray<CodingCase> LoadNgec(string path) =>
    [
        .. CsvRecords.Read(path, "text", "label").Select((row, i) =>
            new CodingCase(string.Create(CultureInfo.InvariantCulture, $"ngec-{i + 1}"), WithHeadline(Headline(row) is { } headline ? SentenceCase(headline, IsEventWord) : null, row["text"]), null, [row["label"]])),
    ];

    /// <summary>The story's headline: the prompt's first line, else the title column when it has no placeholders.</summary>
    private static string? Headline(Dictionary<string, string> row)
    {
        var prompt = row.GetValueOrDefault("prompt")?.Trim();
        var firstLine = prompt is { Length: > 0 } ? prompt.Split('\n', 2)[0].Trim() : null;
        if (firstLine is { Length: > 0 })
        {
            return firstLine;
        }

        var title = row.GetValueOrDefault("title")?.Trim();
        return title is { Length: > 0 } && !title.Contains('{', StringComparison.Ordinal) ? title : null;
    }

    /// <summary>
    /// Every word the coder reads as an event: the words of the trigger lexicon's forms and the verb dictionary's verb
    /// words (lower case).
    /// </summary>
    private static readonly Lazy<FrozenSet<string>> _eventWords = new(() => TriggerLexicon.Default.TriggersByForm.Keys
        .SelectMany(form => form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Concat(CameoDictionary.Default.Coder.Verbs.ByVerbWord.Keys)
        .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether a lower-case word is one the coder reads as (part of) an event: a trigger word or a dictionary verb.</summary>
    public static bool IsEventWord(string word) => _eventWords.Value.Contains(word);

    /// <summary>
    /// A headline written in title case ("Uruguay Denounces Actions By Argentina") with its event words in lower case
    /// after the first word ("Uruguay denounces Actions By Argentina"): the tagger reads a capitalised word inside a
    /// sentence as a name, so a title-case verb is no verb to the coder. Other words keep their capitals (names are
    /// what they mostly are); a headline in sentence case is returned as it is.
    /// </summary>
    public static string SentenceCase(string headline, Func<string, bool> isEventWord)
    {
        ArgumentNullException.ThrowIfNull(isEventWord);
        var words = TitleWord().Matches(headline);
        var longWords = words.Count(w => w.Length >= 4);
        var capitalised = words.Count(w => w.Length >= 4 && char.IsUpper(w.Value[0]));
        if (longWords < 2 || capitalised * 2 <= longWords)
        {
            return headline;
        }

        var sb = new StringBuilder(headline);
        foreach (var word in words.Skip(1))
        {
            var lower = word.Value.ToLowerInvariant();
            if (char.IsUpper(word.Value[0]) && isEventWord(lower))
            {
                sb.Remove(word.Index, word.Length).Insert(word.Index, lower);
            }
        }

        return sb.ToString();
    }

    /// <summary>The headline as the story's first paragraph (a sentence of its own: it gets a full stop if it has none).</summary>
    public static string WithHeadline(string? headline, string body) => headline is not { Length: > 0 } ? body
        : headline[^1] is '.' or '!' or '?' ? $"{headline}\n\n{body}"
        : $"{headline}.\n\n{body}";

    /// <summary>PLOVER event of the first event in text order (sentence sets) against the gold label.</summary>
    public static string EvaluatePlover(ImmutableArray<CodingCase> cases, AnalysisPipeline pipeline, bool documentLevel, bool errors = false) =>
        Report(cases, pipeline, "PLOVER event", null, (events, c) =>
        {
            // The first event told (the lead) is the story's event: better on the NGEC dev split than the salience
            // order, which puts violence first. A document label names the event whatever its tense ("will lift the
            // curfew" is CONCEDE); a sentence coder follows CAMEO's intent convention (PloverCode).
            if (documentLevel)
            {
                return (Lead(events) is var (lead, promised) && lead is not null ? DocumentCode(lead, promised || Declared(c.Text, lead)) : null, false);
            }

            var chosen = Main(events);
            return (chosen is null ? null : PloverCode(chosen), false);
        }, confusion: true, errors);

    /// <summary>CAMEO root code of the first event in text order against the set of gold roots.</summary>
    public static string EvaluateCameo(ImmutableArray<CodingCase> cases, AnalysisPipeline pipeline, bool errors = false) =>
        Report(cases, pipeline, "CAMEO root agreement", null, (events, c) =>
        {
            var chosen = First(events.Where(e => e.CameoCode is not null));
            return (chosen is null ? null : CameoRoot(chosen), false);
        }, confusion: false, errors);

    /// <summary>ACLED event type (and sub-event type) of the main ACLED-coded event against the notes' codes.</summary>
    public static string EvaluateAcled(ImmutableArray<CodingCase> cases, AnalysisPipeline pipeline, bool errors = false) =>
        Report(cases, pipeline, "event_type", "sub_event_type", (events, c) =>
        {
            var main = events.FirstOrDefault(e => e.Acled is not null);
            return (main?.Acled?.EventType, main?.Acled?.SubEventType == c.GoldDetail && c.GoldDetail is not null);
        }, confusion: false, errors);

    private static EventAnnotation? First(IEnumerable<EventAnnotation> events) => events.OrderBy(e => e.Trigger.Start).FirstOrDefault();

    /// <summary>
    /// A story's event: the main event of its first sentence with events; a document label names what was agreed
    /// rather than the agreeing ("has agreed to remove its restrictions" is CONCEDE), so an AGREE that governs a
    /// later event of its sentence gives way to it.
    /// </summary>
    private static (EventAnnotation? Event, bool Promised) Lead(ImmutableArray<EventAnnotation> events)
    {
        var first = First(events);
        if (first is null)
        {
            return (null, false);
        }

        var sentence = first.Evidence.IsEmpty ? first.Trigger : first.Evidence[0];
        var inSentence = events.Where(e => sentence.Contains(e.Trigger)).ToList();
        var main = Main(inSentence) ?? first;
        if (main.PloverEvent == "AGREE" && First(inSentence.Where(e => e.Trigger.Start > main.Trigger.End && e.PloverEvent is not null and not "AGREE")) is { } agreed
            && agreed.Trigger.Start - main.Trigger.End < 40)
        {
            return (agreed, true);
        }

        return (main, false);
    }

    /// <summary>
    /// The PLOVER event of a story's lead event by the PLOVER codebook: RETREAT is a material concession made now
    /// (troops withdrew, prisoners were released); promised or announced ("will withdraw", "agreed to release", "vowed
    /// to end the war") it is a verbal concession, CONCEDE. Force or pressure that is only announced or raised as a
    /// possibility ("Police threaten to make arrests", "could suspend relations", "plans to invade") is a threat
    /// (PLOVER THREATEN: its mode is the content of the threat), unless it was promised to someone.
    /// </summary>
    public static string? DocumentCode(EventAnnotation lead, bool promised)
    {
        var ahead = lead.Modality is EventModality.Future or EventModality.Hypothetical;
        return lead.PloverEvent switch
        {
            "RETREAT" when promised || ahead => "CONCEDE",
            { } conflict when ahead && !promised && _materialConflict.Contains(conflict) => "THREATEN",
            var code => code,
        };
    }

    /// <summary>Verbs that declare a concession rather than carry it out (<c>data/events/declaration_verbs.tsv</c>).</summary>
    private static readonly Lazy<FrozenSet<string>> _declarationVerbs = new(() => TsvTable.Read(DataFiles.PathOf("events/declaration_verbs.tsv"), "word").Rows
        .Select(row => row.Required("word")).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// Whether an event is the object of a declaration verb ("Rebels declare a nationwide ceasefire", "announced the
    /// suspension of attacks"): one of the three words before its trigger, in its sentence, is such a verb.
    /// </summary>
    public static bool Declared(string text, EventAnnotation e)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(e);
        var before = text.AsSpan(0, e.Trigger.Start);
        var sentenceStart = before.LastIndexOfAny(".!?;\n") + 1;
        var words = before[sentenceStart..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.TakeLast(3).Any(w => _declarationVerbs.Value.Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// A sentence's main event: the most central trigger (main-clause verb, then subordinate verb, then noun), first in
    /// text order; an event told as background ("whom they had taken hostage two weeks ago": historical) only when the
    /// sentence reports nothing else, as the coder reads what the sentence reports, not what it recalls.
    /// </summary>
    private static EventAnnotation? Main(IEnumerable<EventAnnotation> events) => events
        .OrderBy(e => e.Modality == EventModality.Historical ? 1 : 0).ThenBy(e => e.Prominence).ThenBy(e => e.Trigger.Start).FirstOrDefault();

    private static string Report(ImmutableArray<CodingCase> cases, AnalysisPipeline pipeline, string measure, string? detail, Func<ImmutableArray<EventAnnotation>, CodingCase, (string? Code, bool DetailCorrect)> predict, bool confusion = false, bool errors = false)
    {
        var sb = new StringBuilder();
        foreach (var split in new[] { "dev", "test" })
        {
            var chosen = cases.Where(c => IsDev(c.Id) == (split == "dev")).ToList();
            int coded = 0, correct = 0, detailCorrect = 0;
            var perLabel = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
            var pairs = new List<(string Gold, string Predicted)>();
            var failures = new StringBuilder();
            foreach (var c in chosen)
            {
                var document = pipeline.Run(new Document(c.Id, c.Text, new ArticleMetadata { Published = c.Published }));
                var events = document.Get<EventsLayer>().Events;
                var (code, detailOk) = predict(events, c);
                var ok = code is not null && c.Gold.Contains(code);
                coded += code is null ? 0 : 1;
                correct += ok ? 1 : 0;
                detailCorrect += detailOk ? 1 : 0;
                var label = c.Gold[0];
                var (lc, lt) = perLabel.GetValueOrDefault(label);
                perLabel[label] = (lc + (ok ? 1 : 0), lt + 1);
                pairs.Add((label, code ?? "-"));
                if (errors && !ok && split == "dev")
                {
                    // Only the dev split's failures are shown: the test split stays unseen.
                    var told = string.Join("; ", events.OrderBy(e => e.Trigger.Start).Select(e =>
                        $"{e.PloverEvent ?? "-"}/{e.CameoCode ?? "-"}{(e.Modality == EventModality.Asserted ? "" : " " + e.Modality.Name())} [{c.Text[e.Trigger.Start..e.Trigger.End]}]"));
                    failures.Append(CultureInfo.InvariantCulture, $"  {c.Id}: gold {string.Join("|", c.Gold)} predicted {code ?? "-"} | {told}\n    {c.Text}\n");
                }
            }

            sb.Append(new CodingScore(split, chosen.Count, coded, correct, detailCorrect, perLabel).Describe(measure, detail));
            if (confusion && split == "dev")
            {
                sb.Append(Confusion(pairs));
            }

            sb.Append(failures);
        }

        return sb.ToString();
    }

    /// <summary>A gold (rows) x predicted (columns) count table; '-' is "nothing coded".</summary>
    public static string Confusion(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        var golds = pairs.Select(p => p.Gold).Distinct().Order(StringComparer.Ordinal).ToList();
        var predicted = pairs.Select(p => p.Predicted).Concat(golds).Distinct().Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder("  confusion (dev; rows gold, columns predicted):\n");
        sb.Append(CultureInfo.InvariantCulture, $"  {"",-10}");
        foreach (var p in predicted)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {(p.Length > 4 ? p[..4] : p),4}");
        }

        sb.Append('\n');
        foreach (var g in golds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {g,-10}");
            foreach (var p in predicted)
            {
                var n = pairs.Count(x => x.Gold == g && x.Predicted == p);
                sb.Append(CultureInfo.InvariantCulture, $" {(n == 0 ? "." : n.ToString(CultureInfo.InvariantCulture)),4}");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-']*")]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\[size=[^\]]*\]")]
    private static partial Regex SizeNote();
}
