using System.CommandLine;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Events.Dictionaries;
using Sitrep.Fusion;
using Sitrep.Language;
using Sitrep.Language.Corpora;
using Sitrep.Language.Evaluation;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;
using Sitrep.Time.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval GOLD</c>: scores a layer of Sitrep against an annotated file and prints its figures. The task
/// follows from the file (CoNLL-U: POS; IOB/CoNLL: NER; the event-location, UCDP, claims, events and fusion gold sets) or --task.
/// </summary>
internal static class EvalCommand
{
    public static readonly string[] Tasks = ["pos", "ner", "ner-stage", "ner-splits", "event-locations", "ucdp-places", "ucdp-dates", "claims", "events", "events-errors", "fusion", "claim-fusion", "plover-gsr", "petrarch", "acled-notes", "ngec", "places", "dates"];

    public static Command Build(CliContext context)
    {
        var gold = new Argument<string>("GOLD") { Description = "the annotated file to score against" };
        var task = new Option<string?>("--task") { Description = "what to score: " + string.Join(", ", Tasks) + " (default: from the file)" };
        task.AcceptOnlyFromAmong(Tasks);
        var verbs = new Option<string?>("--verbs") { Description = "coding tasks: a PETRARCH/TABARI verb dictionary to code CAMEO with, or 'none' for the trigger lexicon alone (default: petrarch the file's own Verbfile, others data/events/cameo_verbs.phoenix.txt with data/events/cameo_verbs.supplement.txt)" };
        var actors = new Option<string?>("--actors") { Description = "coding tasks: a PETRARCH/TABARI actor dictionary for --verbs" };
        var agents = new Option<string?>("--agents") { Description = "coding tasks: a PETRARCH/TABARI agent dictionary for --verbs" };
        var mode = new Option<string>("--dictionary-mode") { Description = "coding tasks: alternative (CAMEO codes from the dictionary only; petrarch's default) or additional (beside the lexicon)", DefaultValueFactory = _ => "" };
        mode.AcceptOnlyFromAmong("", "alternative", "additional");
        var errors = new Option<bool>("--errors") { Description = "ner-splits (dev splits), coding, claims, fusion, place and date tasks: list the dev split's failures (the test split's stay unseen)" };
        var devOnly = new Option<bool>("--dev-only") { Description = "ner-splits: score the dev splits only (while tuning, so no test figure is seen)" };
        var command = new Command("eval", "score Sitrep against an annotated set: accuracy, or precision, recall and F1 per type or field") { gold, task, verbs, actors, agents, mode, errors, devOnly };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(gold)!;
            // ner-splits reads the corpora folder (its dev and test splits), every other task one file.
            if (!File.Exists(path) && !(parsed.GetValue(task) == "ner-splits" && Directory.Exists(path)))
            {
                context.Error.WriteLine($"sitrep: {path}: no such file");
                return ExitCodes.UsageError;
            }

            var chosen = parsed.GetValue(task) ?? TaskFor(path);
            if (chosen is null)
            {
                context.Error.WriteLine($"sitrep: {path}: cannot tell what this file annotates; name it with --task ({string.Join(", ", Tasks)})");
                return ExitCodes.UsageError;
            }

            foreach (var file in new[] { parsed.GetValue(verbs), parsed.GetValue(actors), parsed.GetValue(agents) })
            {
                if (file is not null && file != "none" && !File.Exists(file))
                {
                    context.Error.WriteLine($"sitrep: {file}: no such file");
                    return ExitCodes.UsageError;
                }
            }

            var dictionaryMode = parsed.GetValue(mode) switch
            {
                "additional" => DictionaryMode.Additional,
                "alternative" => DictionaryMode.Alternative,
                _ => chosen == "petrarch" ? DictionaryMode.Alternative : DictionaryMode.Additional,
            };
            // --verbs none: the trigger lexicon alone; no --verbs: the unit tests' own dictionaries (petrarch) or the default.
            var verbFile = parsed.GetValue(verbs);
            var dictionary = verbFile is "none" ? null
                : verbFile is not null ? CameoDictionary.Load(verbFile, parsed.GetValue(actors), parsed.GetValue(agents), dictionaryMode)
                : chosen == "petrarch" ? CodingEvaluators.LoadPetrarchEnvironment(path, dictionaryMode) : CameoDictionary.Default;
            context.Out.WriteLine($"# {chosen}: {path}");
            if (dictionary is not null)
            {
                var v = dictionary.Coder.Verbs;
                context.Out.WriteLine($"# verb dictionary {v.Name} ({v.BlockCount} blocks, {v.PatternCount} patterns), actors {dictionary.Coder.Actors?.Name ?? "-"}, agents {dictionary.Coder.Agents?.Name ?? "-"}, mode {dictionaryMode.ToString().ToLowerInvariant()}");
            }

            context.Out.WriteLine(Score(chosen, path, dictionary, parsed.GetValue(errors), parsed.GetValue(devOnly)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The task a file's name and extension imply, or null.</summary>
    public static string? TaskFor(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".conllu", StringComparison.Ordinal) => "pos",
            _ when name.EndsWith(".iob2", StringComparison.Ordinal) || name.EndsWith(".conll", StringComparison.Ordinal)
                || name.EndsWith(".conll.txt", StringComparison.Ordinal) || name.EndsWith(".iob", StringComparison.Ordinal) => "ner",
            _ when name.StartsWith("event_location", StringComparison.Ordinal) => "event-locations",
            _ when name.StartsWith("ucdp_ged", StringComparison.Ordinal) => "ucdp-places",
            _ when name.StartsWith("claims", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "claims",
            _ when name.StartsWith("acled_style", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "events",
            _ when name.StartsWith("fusion", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "fusion",
            _ when name.StartsWith("claim-fusion", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "claim-fusion",
            _ when name.StartsWith("plover_gsr", StringComparison.Ordinal) => "plover-gsr",
            _ when name.StartsWith("petr.unittest", StringComparison.Ordinal) => "petrarch",
            _ when name.StartsWith("acled_", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal) => "acled-notes",
            _ when name.StartsWith("ngec_synthetic", StringComparison.Ordinal) => "ngec",
            _ when name.StartsWith("places.", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "places",
            _ when name.StartsWith("dates.", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) => "dates",
            _ => null,
        };
    }

    private static AnalysisPipeline Coding(CameoDictionary? dictionary) => CodingEvaluators.WithDictionary(SitrepPipeline.CreateDefault().Stages, dictionary);

    private static string Score(string task, string path, CameoDictionary? dictionary, bool errors, bool devOnly) => task switch
    {
        "pos" => PosEvaluator.Evaluate(PosTagger.Default, path).ToString(),
        "ner" => NerEvaluator.Evaluate(NerTagger.Default, NerCorpora.ReadAny(path)).ToString(),
        "ner-stage" => NerEvaluator.EvaluateStage(new LanguageStage(), NerCorpora.ReadAny(path)).ToString(),
        "ner-splits" => NerEvaluator.EvaluateSplits(NerTagger.Default, path, errors, testSplits: !devOnly),
        "event-locations" => PlaceScores(PlacesEvaluator.EvaluateEventLocations(path, TextAnalyzer.Analyze), [], errors),
        "ucdp-places" => PlaceScores([], PlacesEvaluator.EvaluateUcdp(path, TextAnalyzer.Analyze), errors),
        "ucdp-dates" => DateScores(TimeEvaluator.Evaluate(path), errors),
        "claims" => ClaimsEvaluator.Format(Path.GetFileName(path), EvaluateClaims(path)) + (errors ? ClaimErrors(path) : ""),
        "events" => EventsEvaluator.Evaluate(EventsEvaluator.Load(path), new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages)).Describe(),
        "fusion" => EvaluateFusion(path, errors),
        "claim-fusion" => EvaluateClaimFusion(path, errors),
        "plover-gsr" => CodingEvaluators.EvaluatePlover(CodingEvaluators.LoadPloverGsr(path), Coding(dictionary), documentLevel: false, errors),
        "petrarch" => CodingEvaluators.EvaluateCameo(CodingEvaluators.LoadPetrarch(path), Coding(dictionary), errors),
        "acled-notes" => CodingEvaluators.EvaluateAcled(CodingEvaluators.LoadAcledNotes(path), Coding(dictionary), errors) + AcledPlaces(path, Coding(dictionary), errors),
        "ngec" => CodingEvaluators.EvaluatePlover(CodingEvaluators.LoadNgec(path), Coding(dictionary), documentLevel: true, errors),
        "places" => PlaceGoldEvaluator.Evaluate(PlaceGoldEvaluator.Load(path), PlaceOfEvent(Coding(dictionary)), errors && IsDevSplit(path)),
        "dates" => DateGoldEvaluator.Evaluate(DateGoldEvaluator.Load(path), DatesOfEvent(Coding(dictionary)), errors && IsDevSplit(path)),
        "events-errors" => EventsEvaluator.Errors(EventsEvaluator.Load(path), new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages)),
        _ => throw new ArgumentOutOfRangeException(nameof(task)),
    };

    /// <summary>The place of each note's main ACLED-coded event (the event <c>EvaluateAcled</c> scores) against the row's place columns.</summary>
    private static string AcledPlaces(string path, AnalysisPipeline pipeline, bool errors) =>
        AcledPlacesEvaluator.Evaluate(path, PlaceOfEvent(pipeline), errors);

    /// <summary>The place of a text's first ACLED-coded event (id, text, publication date), or null.</summary>
    private static Func<string, string, DateOnly?, PlaceMention?> PlaceOfEvent(AnalysisPipeline pipeline) =>
        (id, text, published) => pipeline.Run(new Document(id, text, new ArticleMetadata { Published = published }))
            .Get<EventsLayer>().Events.FirstOrDefault(e => e.Acled is not null)?.Place;

    /// <summary>A text's time mentions and the date of its first ACLED-coded event (id, text, publication date).</summary>
    private static Func<string, string, DateOnly?, DateGoldOutcome> DatesOfEvent(AnalysisPipeline pipeline) =>
        (id, text, published) =>
        {
            var document = pipeline.Run(new Document(id, text, new ArticleMetadata { Published = published }));
            return new DateGoldOutcome(document.Get<TimeLayer>().Mentions, document.Get<EventsLayer>().Events.FirstOrDefault(e => e.Acled is not null)?.Date?.EventDate);
        };

    /// <summary>Claim fusion on the whole pipeline's analyses; the failures only for a dev split, on request.</summary>
    /// <summary>Place scores for both splits, then the dev split's failures when asked (a test split's stay unseen).</summary>
    private static string PlaceScores(IReadOnlyList<EventLocationScores> locations, IReadOnlyList<UcdpScores> ucdp, bool errors) =>
        PlacesEvaluator.Format(locations, ucdp) + (errors ? "dev errors:\n" + PlacesEvaluator.FormatDevErrors(locations, ucdp) : "");

    /// <summary>Date scores for both splits, then the dev split's failures when asked.</summary>
    private static string DateScores(TimeEvaluationReport report, bool errors) =>
        report.ToText() + (errors ? "dev errors:\n" + report.DevErrors() : "");

    /// <summary>
    /// Event fusion in each arrival order (fusion is incremental, so the file's order alone may flatter it): the file's
    /// order in full (its failures only for a dev split, on request), then one line per order.
    /// </summary>
    private static string EvaluateFusion(string path, bool errors)
    {
        var scores = FusionEvaluator.EvaluateOrders(path, SitrepPipeline.CreateDefault(), FusionEvaluator.AllOrders);
        var sb = new System.Text.StringBuilder(scores[0].Score.Describe(details: errors && IsDevSplit(path)));
        sb.Append("arrival orders:\n");
        foreach (var (order, score) in scores)
        {
            sb.Append("  ").Append(order == ArrivalOrder.Shuffled ? $"shuffled (seed {FusionEvaluator.ShuffleSeed})" : order.ToString().ToLowerInvariant())
                .Append(": ").Append(score.Summary()).Append('\n');
            if (order != ArrivalOrder.Given)
            {
                // How far the ledger depends on the order of arrival, and (dev, on request) what this order got wrong.
                sb.Append("    agreement: ").Append(FusionScore.Agreement(scores[0].Score, score)).Append('\n');
                sb.Append(score.DescribeCauses(details: errors && IsDevSplit(path)));
            }
        }

        return sb.ToString();
    }

    private static string EvaluateClaimFusion(string path, bool errors)
    {
        var pipeline = new AnalysisPipeline(SitrepPipeline.CreateDefault().Stages);
        var scores = ClaimFusionEvaluator.Evaluate(
            ClaimFusionEvaluator.Load(path),
            article => AnalysisProjector.Project(pipeline.Run(new Document(article.Id, article.Text, new ArticleMetadata { Published = article.Published })), includeText: false));
        return (errors && IsDevSplit(path) ? ClaimFusionEvaluator.Describe(scores) : scores.ToString()) + Environment.NewLine;
    }

    /// <summary>Whether per-item failures may be listed for a gold file: a test split's errors stay unseen.</summary>
    private static bool IsDevSplit(string path) => !Path.GetFileName(path).Contains(".test", StringComparison.OrdinalIgnoreCase);

    /// <summary>Claims through the real text, language and claims stages, so claimants are resolved as in <c>analyze</c>.</summary>
    private static ClaimsScore EvaluateClaims(string path) => ClaimsEvaluator.Evaluate(ClaimsGold.Load(path), AnalyzeClaims());

    /// <summary>Per-claim status and claimant errors, for a dev split only: a test split's errors stay unseen.</summary>
    private static string ClaimErrors(string path) =>
        IsDevSplit(path)
            ? ClaimsEvaluator.Errors(ClaimsGold.Load(path), AnalyzeClaims())
            : "(errors are listed for dev splits only)\n";

    private static Func<string, System.Collections.Immutable.ImmutableArray<ClaimAnnotation>> AnalyzeClaims()
    {
        var pipeline = new AnalysisPipeline([new TextStage(), new LanguageStage(), new ClaimsStage()]);
        return text => pipeline.Run(new Document("gold", text, new ArticleMetadata())).Get<ClaimsLayer>().Claims;
    }
}
