using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 19 of issue #4: a loose name match never takes a shorter place for a longer name. "Lunda Norte" (an Angolan
/// province) was read as Lund, Sweden, whose alternate names hold "Lunda", once the wider gazetteer knew Cafunfo; a
/// fuzzy reading (skeleton, misspelling) needs a minimum length and never crosses a word boundary.
/// </summary>
public sealed class LooseMatchBoundariesTests
{
    private static List<PlaceMention> Find(string text) => [.. Geocoder.Default.Find(text, TestText.Analyze(text))];

    [Fact]
    public void Find_ProvinceWhoseFirstWordIsATownAbroad_IsTheProvince()
    {
        var mentions = Find("Police shot dead ten people in the diamond-mining town of Cafunfo in Lunda Norte province on Saturday.");
        Assert.DoesNotContain(mentions, m => m.Place?.Iso3 == "SWE");
        var province = Assert.Single(mentions, m => m.Text.StartsWith("Lunda", StringComparison.Ordinal));
        Assert.Equal("Lunda Norte", province.Text);
        Assert.Equal("Lunda Norte", province.Place?.Admin1);
    }

    [Fact]
    public void Find_KnownNameBeforeAnUnknownWordAndARegionWord_IsNoPlaceAlone()
    {
        // "Lunda" names Lund; "Norte" is no division, so "Lunda Norte province" is one name (here a misspelt one).
        var mentions = Find("Troops were deployed to Lunda Nortte province on Monday.");
        Assert.DoesNotContain(mentions, m => m.Text == "Lunda" || m.Place?.Iso3 == "SWE");
    }

    [Fact]
    public void Find_TownBeforeItsRegionAndARegionWord_StillSplits()
    {
        var town = Assert.Single(Find("Shelling hit Kramatorsk Donetsk region on Monday."), m => m.Text == "Kramatorsk");
        Assert.Equal("Donetsk", town.Place?.Admin1);
    }

    [Fact]
    public void LookupSkeleton_NeverMatchesAcrossAWordBoundary()
    {
        var gaz = Gazetteer.Default;
        Assert.Contains(gaz.LookupSkeleton("Kramatorsk"), p => gaz.Places[p].Name == "Kramatorsk");
        Assert.DoesNotContain(gaz.LookupSkeleton("Krama Torsk"), p => gaz.Places[p].Name == "Kramatorsk");
    }

    [Fact]
    public void LookupSkeleton_ShortName_HasNoFuzzyReading() =>
        Assert.Empty(Gazetteer.Default.LookupSkeleton("Lnd"));

    [Fact]
    public void LookupMisspelt_ASpaceIsNoSlip()
    {
        var gaz = Gazetteer.Default;
        Assert.Contains(gaz.LookupMisspelt("Svitodarsk"), p => gaz.Places[p].Name == "Svitlodarsk");
        Assert.DoesNotContain(gaz.LookupMisspelt("Svitlo Darsk"), p => gaz.Places[p].Name == "Svitlodarsk");
    }
}
