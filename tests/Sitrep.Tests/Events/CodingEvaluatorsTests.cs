using Sitrep.Events;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>The external coding sets load with their labels, and the dev/test split is stable and balanced.</summary>
public class CodingEvaluatorsTests
{
    [Fact]
    public void IsDev_SameId_SameSideAndRoughlyHalf()
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"case-{i}").ToList();
        Assert.All(ids, id => Assert.Equal(CodingEvaluators.IsDev(id), CodingEvaluators.IsDev(id)));
        var dev = ids.Count(CodingEvaluators.IsDev);
        Assert.InRange(dev, 900, 1100);
    }

    [SharedDataFact("coding/plover/PLOVER_GSR_CAMEO.txt")]
    public void LoadPloverGsr_Records_OldLabelsMappedToPlover2021()
    {
        var cases = CodingEvaluators.LoadPloverGsr(SharedData.PathOf("coding/plover/PLOVER_GSR_CAMEO.txt"));
        Assert.True(cases.Length > 300);
        Assert.DoesNotContain(cases, c => c.Gold[0] is "DEMAND" or "DISAPPROVE" or "INVESTIGATE" or "FIGHT" or "DOCUMENT");
        Assert.Contains(cases, c => c.Gold[0] == "REQUEST" && c.GoldDetail == "DEMAND");
    }

    [SharedDataFact("coding/petrarch2/PETR.UnitTest.records.xml")]
    public void LoadPetrarch_Sentences_TwoDigitRootCodes()
    {
        var cases = CodingEvaluators.LoadPetrarch(SharedData.PathOf("coding/petrarch2/PETR.UnitTest.records.xml"));
        Assert.True(cases.Length > 200);
        Assert.All(cases, c => Assert.All(c.Gold, g => Assert.Equal(2, g.Length)));
        Assert.DoesNotContain(cases, c => c.Text.Contains('\n', StringComparison.Ordinal));
    }

    [SharedDataFact("coding/acled/acled_old_dummy_ARG_2022.csv")]
    public void LoadAcledNotes_Rows_NotesWithoutSizeAndTypes()
    {
        var cases = CodingEvaluators.LoadAcledNotes(SharedData.PathOf("coding/acled/acled_old_dummy_ARG_2022.csv"));
        Assert.True(cases.Length > 300);
        Assert.DoesNotContain(cases, c => c.Text.Contains("[size=", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Gold[0] == "Protests" && c.GoldDetail == "Peaceful protest");
    }
}
