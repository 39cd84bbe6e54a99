using System.CommandLine;
using Sitrep.Common;
using Sitrep.Language;
using Sitrep.Language.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train pos|ner|claim-status</c>: retrains the statistical models from the open corpora (../shared/data/corpora),
/// or the claim status model from the claims gold dev split, deterministically, into the files the product ships
/// (data/models, data/claims).
/// </summary>
internal static class TrainCommand
{
    public static Command Build(CliContext context)
    {
        var model = new Argument<string>("MODEL") { Description = "pos (UD English-EWT), ner (UNER English-EWT, re3d-open, wikigold) claim-status (claims gold dev split) or event-gate (events gold dev split)" };
        model.AcceptOnlyFromAmong("pos", "ner", "claim-status", "event-gate");
        var corpora = new Option<string>("--corpora")
        {
            Description = "folder holding UD_English-EWT, UNER_English-EWT, re3d-open and wikigold",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "corpora"),
        };
        var output = new Option<string?>("--out")
        {
            Description = "folder to write the model file to (default data/models; data/claims for claim-status)",
        };
        var gold = new Option<string>("--gold")
        {
            Description = "claim-status: the claims gold split to train on",
            DefaultValueFactory = _ => Path.Combine("data", "gold", "claims", "claims.dev.jsonl"),
        };
        var folds = new Option<int>("--folds")
        {
            Description = "claim-status: folds of the cross-validation by passage",
            DefaultValueFactory = _ => 5,
        };
        var check = new Option<string?>("--check")
        {
            Description = "claim-status: another gold file to score the trained model and the stance rule on",
        };
        var dump = new Option<string?>("--dump")
        {
            Description = "claim-status: a file to write each training claim's gold status, rule status and features to",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "shuffling seed of the NER training passes (default: the shipped model's); another seed shows how much of a change in F1 is training noise",
        };
        var ensemble = new Option<int?>("--ensemble")
        {
            Description = "NER: how many perceptrons (one per seed) to average into the model (default: the shipped model's)",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "event-gate: the probability below which the gate drops an event",
            DefaultValueFactory = _ => new Sitrep.Events.Gate.GateTrainingOptions().Threshold,
        };
        var leftOut = new Option<string?>("--leave-out")
        {
            Description = "event-gate: feature templates to train without, comma-separated prefixes (\"w-1=,w+1=\")",
        };
        var l2 = new Option<double?>("--l2") { Description = "event-gate: the L2 penalty (default: GateTrainingOptions')" };
        var command = new Command("train", "train a model from the open corpora") { model, corpora, output, seed, ensemble, gold, folds, check, dump, threshold, leftOut, l2 };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(model) == "claim-status")
            {
                return ClaimStatusTraining.Run(context, parsed.GetValue(gold)!, parsed.GetValue(output) ?? Path.Combine("data", "claims"), parsed.GetValue(folds), parsed.GetValue(check), parsed.GetValue(dump));
            }

            if (parsed.GetValue(model) == "event-gate")
            {
                var eventsGold = parsed.GetResult(gold) is { Implicit: false } ? parsed.GetValue(gold)! : Path.Combine("data", "gold", "events", "acled_style.dev.jsonl");
                return EventGateTraining.Run(context, eventsGold, parsed.GetValue(output) ?? Path.Combine("data", "models"), parsed.GetValue(check), parsed.GetValue(threshold), parsed.GetValue(leftOut), parsed.GetValue(l2));
            }

            var root = parsed.GetValue(corpora)!;
            var outDir = parsed.GetValue(output) ?? Path.Combine("data", "models");
            if (!Directory.Exists(root))
            {
                context.Error.WriteLine($"sitrep: {root}: no such folder; pass --corpora with the corpora folder");
                return ExitCodes.UsageError;
            }

            Directory.CreateDirectory(outDir);
            void Log(string line) => context.Error.WriteLine(line);
            if (parsed.GetValue(model) == "pos")
            {
                var target = Path.Combine(outDir, "pos-en-ewt.bin.gz");
                PosTrainer.Train(Path.Combine(root, PosTrainer.DefaultTrainFile), target, new PosTrainingOptions { Log = Log });
                context.Error.WriteLine($"train: wrote {target}");
            }
            else
            {
                var target = Path.Combine(outDir, "ner-en.bin.gz");
                var pos = PosTagger.Load(DataFiles.Require("models/pos-en-ewt.bin.gz"));
                var options = new NerTrainingOptions { Log = Log };
                if (parsed.GetValue(seed) is { } chosen)
                {
                    options = options with { Seed = chosen };
                }

                if (parsed.GetValue(ensemble) is { } members)
                {
                    options = options with { Ensemble = members };
                }

                NerTrainer.Train(root, target, options, pos);
                context.Error.WriteLine($"train: wrote {target}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
