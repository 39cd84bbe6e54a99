using System.Collections.Immutable;
using Sitrep.Claims;
using Sitrep.Common;
using Sitrep.Text;

namespace Sitrep.Tests.Claims;

/// <summary>The learned status model: training, cross-validation by passage, its file and its use by the detector.</summary>
public sealed class ClaimStatusModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-status-model-" + Guid.NewGuid().ToString("N"));

    public ClaimStatusModelTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Claims whose status follows from their stances: a denial, a support, or none.</summary>
    private static List<StatusExample> Separable()
    {
        var examples = new List<StatusExample>();
        for (var i = 0; i < 30; i++)
        {
            var passage = "p" + (i % 10).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            examples.Add(new StatusExample(passage, ["bias", "s=Denies"], ClaimStatus.Denied, ClaimStatus.Denied));
            examples.Add(new StatusExample(passage, ["bias", "s=Supports"], ClaimStatus.Corroborated, ClaimStatus.Corroborated));
            examples.Add(new StatusExample(passage, ["bias"], ClaimStatus.Claimed, ClaimStatus.Claimed));
        }

        return examples;
    }

    [Fact]
    public void Train_SeparableStatuses_PredictsEachAndIsDeterministic()
    {
        var model = ClaimStatusTrainer.Train(Separable());
        Assert.Equal(ClaimStatus.Denied, model.Predict(["bias", "s=Denies"]));
        Assert.Equal(ClaimStatus.Corroborated, model.Predict(["bias", "s=Supports"]));
        Assert.Equal(ClaimStatus.Claimed, model.Predict(["bias"]));

        var a = Path.Combine(_dir, "a.tsv");
        var b = Path.Combine(_dir, "b.tsv");
        model.Save(a, ["first"]);
        ClaimStatusTrainer.Train(Separable()).Save(b, ["first"]);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
    }

    [Fact]
    public void SaveThenLoad_KeepsPredictions()
    {
        var model = ClaimStatusTrainer.Train(Separable());
        var path = Path.Combine(_dir, ClaimsLexicon.StatusModelFile);
        model.Save(path, ["test model"]);
        var loaded = ClaimStatusModel.Load(path);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        foreach (var features in new[] { new[] { "bias", "s=Denies" }, ["bias", "s=Supports"], ["bias"], ["unseen"] })
        {
            Assert.Equal(model.Predict(features), loaded.Predict(features));
        }
    }

    [Fact]
    public void Load_WrongColumnCount_ReportsFileAndLine()
    {
        var path = Path.Combine(_dir, ClaimsLexicon.StatusModelFile);
        File.WriteAllLines(path, ["# comment", "feature\tclaimed\tcorroborated\tnot_confirmed\tdisputed\tdenied", "bias\t1\t0"]);
        var error = Assert.Throws<LexiconFormatException>(() => ClaimStatusModel.Load(path));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void CrossValidate_HoldsOutWholePassages()
    {
        // Each passage's claims share a feature of their own that decides their status; had a fold seen the passage it
        // is scored on, it would be right every time. Held out, that feature is unknown and only "bias" is left.
        var examples = new List<StatusExample>();
        for (var p = 0; p < 10; p++)
        {
            var status = p % 2 == 0 ? ClaimStatus.Denied : ClaimStatus.Corroborated;
            for (var i = 0; i < 4; i++)
            {
                examples.Add(new StatusExample("p" + p, ["bias", "passage" + p], status, ClaimStatus.Claimed));
            }
        }

        var folds = ClaimStatusTrainer.CrossValidate(examples, 5);
        Assert.Equal(5, folds.Count);
        Assert.Equal(examples.Count, folds.Sum(f => f.Claims));
        Assert.True(folds.Sum(f => f.ModelCorrect) < examples.Count);
        Assert.Equal(0, folds.Sum(f => f.RuleCorrect));
    }

    [Fact]
    public void Detector_KeepStatusFeatures_ReadsStancesByKindReadingAndHolder()
    {
        const string text = "Sudan's army said the Rapid Support Forces had shelled a market in Kadugli, killing 12 civilians. "
            + "The RSF denied the accusation.";
        var detector = new AttributionDetector(ClaimsLexicon.Default) { KeepStatusFeatures = true };
        var claim = Assert.Single(detector.Detect(text, TextAnalyzer.Analyze(text)), c => c.Content.Slice(text).StartsWith("the Rapid Support Forces had shelled", StringComparison.Ordinal));
        Assert.Equal(ClaimStatus.Denied, claim.RuleStatus);
        Assert.Contains("rule=denied", claim.StatusFeatures);
        Assert.Contains("s=Denies|o=Phrase", claim.StatusFeatures);
        Assert.Contains(claim.StatusFeatures, f => f.StartsWith("s=Denies|r=", StringComparison.Ordinal));
    }

    [Fact]
    public void Lexicon_LearnedStatusOn_TheModelGivesTheStatus()
    {
        foreach (var file in Directory.GetFiles(DataFiles.PathOf(ClaimsLexicon.Folder), "*.tsv"))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }

        // A model that calls every claim denied, whatever its stances: the status is the model's, the rule's is kept.
        new ClaimStatusModel(new Dictionary<string, float[]> { ["bias"] = [0, 0, 0, 0, 1] }).Save(Path.Combine(_dir, ClaimsLexicon.StatusModelFile), ["test"]);
        var rules = Path.Combine(_dir, "status_rules.tsv");
        File.WriteAllText(rules, File.ReadAllText(rules).Replace("learned_status\tfalse", "learned_status\ttrue", StringComparison.Ordinal));
        var lexicon = ClaimsLexicon.Load(_dir);
        Assert.NotNull(lexicon.StatusModel);

        const string text = "The governor said two people had been wounded by shelling overnight.";
        var claim = Assert.Single(new AttributionDetector(lexicon).Detect(text, TextAnalyzer.Analyze(text)));
        Assert.Equal(ClaimStatus.Denied, claim.Status);
        Assert.Equal(ClaimStatus.Claimed, claim.RuleStatus);
        Assert.Null(ClaimsLexicon.Default.StatusModel);
        Assert.Equal(ClaimStatus.Claimed, Assert.Single(new AttributionDetector(lexicon.WithStatusModel(null)).Detect(text, TextAnalyzer.Analyze(text))).Status);
    }
}
