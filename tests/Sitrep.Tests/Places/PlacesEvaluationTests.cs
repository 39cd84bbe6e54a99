using Sitrep.Places;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Places;

public class PlacesEvaluationTests(ITestOutputHelper output)
{
    private const string _ucdp = "dev/ucdp_ged_ukraine_2014_2023.csv";
    private const string _eventLocations = "dev/event_location_labeled_text.jsonl";

    [SharedDataFact(_ucdp)]
    public void EvaluateUcdp_TestSplit_Admin1MostlyCorrectAndNoRegionAtPrecision1()
    {
        var scores = PlacesEvaluator.EvaluateUcdp(SharedData.PathOf(_ucdp), TestText.Analyze);
        output.WriteLine(PlacesEvaluator.Format([], scores));
        var withPrior = PlacesEvaluator.EvaluateUcdp(SharedData.PathOf(_ucdp), TestText.Analyze, regionPrior: true);
        output.WriteLine("with the dev split's region prior:");
        output.WriteLine(PlacesEvaluator.Format([], withPrior));
        foreach (var e in scores.Single(s => s.Split == "dev").Errors.Take(120))
        {
            output.WriteLine(e);
        }

        // Measured 2026-11-25: dev 91.6 %, test 91.2 %; 2026-11-26 (districts, city districts, front lines, postal
        // coordinates repaired, misspellings): dev 94.2 %, test 93.8 % (target 95 %: see the error categories in the
        // closing note of issue 4).
        var test = scores.Single(s => s.Split == "test");
        Assert.True(test.NamingAPlace > 400);
        Assert.True(test.Admin1Accuracy >= 0.93, $"admin1 accuracy {test.Admin1Accuracy:P1}");
        Assert.True(scores.Single(s => s.Split == "dev").Admin1Accuracy >= 0.935, PlacesEvaluator.Format([], scores));
        Assert.All(scores, s => Assert.Equal(0, s.RegionPrecision1));
    }

    [SharedDataFact(_eventLocations)]
    public void EvaluateEventLocations_TestSplit_ChooserPicksGoldMostOften()
    {
        var scores = PlacesEvaluator.EvaluateEventLocations(SharedData.PathOf(_eventLocations), TestText.Analyze);
        output.WriteLine(PlacesEvaluator.Format(scores, []));
        foreach (var e in scores.Single(s => s.Split == "dev").Errors.Take(80))
        {
            output.WriteLine(e);
        }
        // Measured 2026-11-25: dev 89.3 %, test 91.5 % of the sentences whose gold place is among the candidates.
        // 2026-11-27: settlements told by a bearing ("in X, west of Y") became candidates: test 614/677 -> 616/681
        // chosen correctly (90.7 -> 90.5 %, more right, a larger denominator), dev 2668/2983 -> 2671/2987.
        var test = scores.Single(s => s.Split == "test");
        Assert.True(test.GoldAmongCandidates > 300);
        Assert.True(test.ChoiceAccuracy >= 0.90, $"choice accuracy {test.ChoiceAccuracy:P1}");
        Assert.True(scores.Single(s => s.Split == "dev").ChoiceAccuracy >= 0.88, PlacesEvaluator.Format(scores, []));
        Assert.All(scores, s => Assert.Equal(0, s.RegionPrecision1));
    }
}
