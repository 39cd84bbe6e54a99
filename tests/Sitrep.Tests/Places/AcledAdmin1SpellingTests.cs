using Sitrep.Common;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>
/// The gazetteer's ACLED-style admin1 names against the admin1 values of a real ACLED export: every value the export
/// uses for a country must be one of the gazetteer's names for that country, or exported events would not join
/// ACLED's own records.
/// </summary>
public class AcledAdmin1SpellingTests
{
    private const string _argentina = "coding/acled/acled_old_dummy_ARG_2022.csv";

    [SharedDataFact(_argentina)]
    public void AcledName_EveryAdmin1OfTheArgentineExport_IsAGazetteerName()
    {
        var ours = Gazetteer.Default.Admin1.Where(a => a.CountryIso2 == "AR").Select(a => a.AcledName).ToHashSet(StringComparer.Ordinal);
        var theirs = CsvRecords.Read(SharedData.PathOf(_argentina), "admin1").Select(r => r["admin1"]).ToHashSet(StringComparer.Ordinal);
        Assert.True(theirs.Count > 10, $"the export should name many provinces, found {theirs.Count}");
        Assert.Empty(theirs.Except(ours));
    }

    [Theory]
    [InlineData("Protesters marched to the Congress building in Buenos Aires on Wednesday.", "Ciudad Autonoma de Buenos Aires")]
    [InlineData("Workers blocked a road in Rosario, Santa Fe, on Monday.", "Santa Fe")]
    public void Find_ArgentinePlace_GetsAcledsAdmin1Spelling(string text, string admin1)
    {
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        Assert.Contains(mentions, m => m.Place?.Admin1 == admin1);
    }

    [Theory]
    [InlineData("Airstrikes hit homes in Afghanistan's Khost province on Sunday.")]
    [InlineData("Airstrikes hit homes in Afghanistan's Khowst province on Sunday.")]
    public void Find_AfghanProvinceInEitherSpelling_GetsAcledsKhost(string text)
    {
        // Round 24: ACLED writes Khost where GeoNames writes Khowst (admin1_names.tsv).
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
        Assert.Contains(mentions, m => m.Place?.Admin1 == "Khost");
    }
}
