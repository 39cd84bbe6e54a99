using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Claims;
using Sitrep.Documents;
using Sitrep.Language;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train claim-status</c>: learns the claim status model from a claims gold split (the dev split; never a
/// test split), reports k-fold cross-validation by passage against the stance rule on the same claims, optionally
/// scores the model on another gold file, and writes <c>status_model.tsv</c>.
/// </summary>
internal static class ClaimStatusTraining
{
    public static int Run(CliContext context, string gold, string outDir, int folds, string? check, string? dump = null)
    {
        if (!File.Exists(gold))
        {
            context.Error.WriteLine($"sitrep: {gold}: no such file; pass --gold with a claims gold split");
            return ExitCodes.UsageError;
        }

        if (Path.GetFileName(gold).Contains(".test.", StringComparison.Ordinal))
        {
            context.Error.WriteLine($"sitrep: {gold}: a test split is never trained on");
            return ExitCodes.UsageError;
        }

        // The stance rule's status and the features the model reads, whatever status_rules.tsv switches on.
        var pipeline = new AnalysisPipeline([new TextStage(), new LanguageStage(), new ClaimsStage(ClaimsLexicon.Default.WithStatusModel(null), keepStatusFeatures: true)]);
        ImmutableArray<ClaimAnnotation> Analyze(string text) => pipeline.Run(new Document("gold", text, new ArticleMetadata())).Get<ClaimsLayer>().Claims;
        var examples = ClaimStatusTrainer.Examples(ClaimsGold.Load(gold), Analyze);
        if (dump is not null)
        {
            File.WriteAllLines(dump, examples.Select(e => $"{e.PassageId}\t{ClaimNames.Of(e.Gold)}\t{ClaimNames.Of(e.Rule)}\t{string.Join(' ', e.Features)}"));
        }

        var options = new StatusTrainingOptions();
        var cv = ClaimStatusTrainer.CrossValidate(examples, folds, options);
        var c = CultureInfo.InvariantCulture;
        context.Out.WriteLine($"# claim-status: {gold}, {examples.Count} matched claims, {folds}-fold cross-validation by passage");
        for (var i = 0; i < cv.Count; i++)
        {
            context.Out.WriteLine(string.Create(c, $"  fold {i}: {cv[i].Claims} claims   model {cv[i].ModelAccuracy:0.000}   rules {cv[i].RuleAccuracy:0.000}"));
        }

        var pooled = new StatusFold(cv.Sum(f => f.Claims), cv.Sum(f => f.ModelCorrect), cv.Sum(f => f.RuleCorrect));
        context.Out.WriteLine(string.Create(c, $"  mean fold accuracy   model {cv.Average(f => f.ModelAccuracy):0.000}   rules {cv.Average(f => f.RuleAccuracy):0.000}"));
        context.Out.WriteLine(string.Create(c, $"  pooled               model {pooled.ModelAccuracy:0.000}   rules {pooled.RuleAccuracy:0.000}"));
        var model = ClaimStatusTrainer.Train(examples, options);
        if (check is not null)
        {
            var held = ClaimStatusTrainer.Score(model, ClaimStatusTrainer.Examples(ClaimsGold.Load(check), Analyze));
            context.Out.WriteLine(string.Create(c, $"  check {check}: {held.Claims} claims   model {held.ModelAccuracy:0.000}   rules {held.RuleAccuracy:0.000}"));
        }

        Directory.CreateDirectory(outDir);
        var target = Path.Combine(outDir, ClaimsLexicon.StatusModelFile);
        model.Save(target,
        [
            "Sitrep claims: the learned claim status model (ClaimStatusModel), one weight per feature and status.",
            "Source: trained by `sitrep train claim-status` on the claims gold dev split (own work). Licence: CC BY 4.0, Sitrep project.",
            $"Trained on {Path.GetFileName(gold)}: {examples.Count} matched claims, averaged perceptron, {options.Epochs} epochs, seed {options.Seed}.",
            string.Create(c, $"{folds}-fold cross-validation by passage: mean fold accuracy model {cv.Average(f => f.ModelAccuracy):0.000}, stance rule {cv.Average(f => f.RuleAccuracy):0.000}."),
            "Generated file: do not edit; regenerate with the command above. Used only when status_rules.tsv sets learned_status true.",
        ]);
        context.Error.WriteLine($"train: wrote {target} ({model.FeatureCount} features)");
        return ExitCodes.Success;
    }
}
