using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 20: the words of a distance ("about 20 km south of", "some 3 miles from") are data (distance_words.tsv) that
/// the lexicon answers for every stage: the geocoder's bearings and the fuser's bearing places read the same words.
/// </summary>
public class DistanceWordsTests
{
    private static readonly PlaceLexicon _lex = PlaceLexicon.Default;

    [Theory]
    [InlineData("about")]
    [InlineData("Some")]
    [InlineData("approximately")]
    public void IsDistanceApproximator_WordsADistanceOpensWith_AreApproximators(string word) =>
        Assert.True(_lex.IsDistanceApproximator(word));

    [Theory]
    [InlineData("km", 1.0)]
    [InlineData("Kilometres", 1.0)]
    [InlineData("miles", 1.609344)]
    [InlineData("metres", 0.001)]
    public void TryKilometresPerUnit_UnitOfLength_GivesItsLengthInKilometres(string unit, double kilometres)
    {
        Assert.True(_lex.TryKilometresPerUnit(unit, out var got));
        Assert.Equal(kilometres, got, 6);
        Assert.True(_lex.IsDistanceUnit(unit));
    }

    [Theory]
    [InlineData("kmh")]
    [InlineData("north")]
    [InlineData("people")]
    public void IsDistanceUnit_OtherWords_AreNoUnits(string word)
    {
        Assert.False(_lex.IsDistanceUnit(word));
        Assert.False(_lex.IsDistanceApproximator(word));
    }

    [Fact]
    public void Find_ApproximateDistanceInMiles_IsReadIntoTheBearingInKilometres()
    {
        const string text = "Gunmen attacked a convoy about 30 miles north of Kaduna on Monday.";
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "Kaduna");

        Assert.NotNull(mention.Cue);
        Assert.StartsWith("about 30 miles", text[mention.Cue.Value.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void LoadLexicon_UnitWithoutItsLength_FailsWithFileAndLine()
    {
        using var dir = new TempDirectory();
        dir.File("place_cues.tsv", "# cues\nin\tin\n");
        dir.File("stoplist.tsv", "# stop\n");
        dir.File("distance_words.tsv", "# distance\nabout\tapproximator\nkm\tunit\n");

        var error = Assert.Throws<FormatException>(() => PlaceLexicon.Load(dir.Path));

        Assert.Contains("distance_words.tsv:3", error.Message, StringComparison.Ordinal);
    }
}
