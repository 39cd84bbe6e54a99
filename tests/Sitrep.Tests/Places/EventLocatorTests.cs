using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

public class EventLocatorTests
{
    private static readonly PlacesStage _stage = new();

    private static EventLocation Locate(string text, string trigger)
    {
        var doc = _stage.Run(TestText.Document(text));
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        var span = new TextSpan(start, start + trigger.Length);
        var sentence = doc.Get<TextLayer>().Sentences.First(s => s.Span.Contains(start));
        return EventLocator.Choose(doc, sentence, span);
    }

    [Theory]
    [InlineData("Moscow said Ukrainian drones hit an oil depot in Bryansk on Saturday.", "hit", "Bryansk")]
    [InlineData("A Russian missile struck a school in Kramatorsk, Kyiv said.", "struck", "Kramatorsk")]
    [InlineData("Kyiv's officials reported that shelling killed two people near Avdiivka.", "killed", "Avdiivka")]
    [InlineData("In Russia's Belgorod region, a drone attack killed a nine-year-old boy.", "killed", "Belgorod")]
    [InlineData("Ukrainian officials in Kharkiv said that Russian forces shelled Kupiansk overnight.", "shelled", "Kupiansk")]
    public void Choose_SeveralPlaces_PicksTheStruckPlaceNotTheCommentingCapital(string text, string trigger, string expected)
    {
        var location = Locate(text, trigger);
        Assert.Equal(EventLocationReason.Chosen, location.Reason);
        Assert.Equal(expected, location.Mention!.Text);
    }

    [Fact]
    public void Choose_RegionOnly_ReturnsRegionWithPrecision3()
    {
        var location = Locate("In Russia's Belgorod region, a drone attack killed a nine-year-old boy.", "killed");
        Assert.Equal(PlaceKind.Admin1, location.Mention!.Kind);
        Assert.Equal(3, location.Mention.GeoPrecision);
        Assert.Equal("RUS", location.Mention.Place!.Iso3);
    }

    [Theory]
    [InlineData("In Hilla, also just south of Baghdad, a civilian was killed in a drive-by shooting.", "killed", "Hilla")]
    [InlineData("A policeman in Amara, south of Baghdad, was killed when assailants stabbed him.", "killed", "Amara")]
    [InlineData("About 2,000 people marched through Valparaiso, 110 kilometers west of Santiago, in a demonstration.", "marched", "Valparaiso")]
    public void Choose_PlaceThenBearingFromLandmark_PicksThePlaceNotTheLandmark(string text, string trigger, string expected) =>
        Assert.Equal(expected, Locate(text, trigger).Mention?.Text);

    [Theory]
    [InlineData("An airstrike hit Sittwe in Rakhine State on Wednesday.", "hit", "Sittwe")]
    [InlineData("Russian shelling killed two people in Kupiansk, Kharkiv region, on Tuesday.", "killed", "Kupiansk")]
    [InlineData("A drone strike hit a convoy near Kidal, Mali, on Monday.", "hit", "Kidal")]
    public void Choose_TownThenTheRegionOrCountryHoldingIt_PicksTheTown(string text, string trigger, string expected) =>
        Assert.Equal(expected, Locate(text, trigger).Mention?.Text);

    [Fact]
    public void Choose_CountryAcrossTheBorder_IsNotTheLocation()
    {
        var location = Locate("At least 39 soldiers were killed when militants attacked their patrol close to the border with Burkina Faso on Tuesday.", "attacked");
        Assert.Null(location.Mention);
    }

    [Theory]
    [InlineData("A military aircraft bombed Qzxwvbnmka village on Ramree Island in Rakhine State on Wednesday.", "bombed", "Qzxwvbnmka")]
    [InlineData("Russian forces shelled Kupiansk on Tuesday, the governor of the Kharkiv region said.", "shelled", "Kupiansk")]
    public void Choose_TheTriggersObject_IsThePlaceStruckNotTheRegionAfterIt(string text, string trigger, string expected) =>
        Assert.Equal(expected, Locate(text, trigger).Mention?.Text);

    [Theory]
    [InlineData("U.S. jets patrolling the no-fly zone over northern Iraq use the Turkish base of Incirlik.", "patrolling", "Iraq")]
    [InlineData("Several leaders were killed in the U.S.-led coalition airstrikes in the city of Mosul.", "killed", "Mosul")]
    [InlineData("Noriega was captured during the 1989 US invasion of Panama.", "captured", "Panama")]
    public void Choose_CountryAsModifier_IsNotTheLocation(string text, string trigger, string expected) =>
        Assert.Equal(expected, Locate(text, trigger).Mention?.Text);

    [Fact]
    public void Choose_NoPlaceInSentence_TakesThePlaceOfThePreviousSentence()
    {
        var location = Locate("Russian drones struck an energy facility in Sumy overnight. Two workers were killed, the governor said.", "killed");
        Assert.Equal(EventLocationReason.PreviousSentence, location.Reason);
        Assert.Equal("Sumy", location.Mention?.Text);
    }

    [Fact]
    public void Choose_PreviousSentenceNamesTwoRegions_StaysUnlocated()
    {
        var location = Locate("Drones struck Sumy and Belgorod overnight. Two workers were killed.", "killed");
        Assert.Null(location.Mention);
    }

    [Fact]
    public void Choose_NoPlaceInSentence_SaysSo()
    {
        var location = Locate("The soldiers were killed on Tuesday, officials said.", "killed");
        Assert.Null(location.Mention);
        Assert.Equal(EventLocationReason.NoPlaceInSentence, location.Reason);
    }

    [Fact]
    public void Run_Stage_AddsPlacesLayerAndWarningsForUnresolvedNames()
    {
        var doc = _stage.Run(TestText.Document("Shelling hit the village of Zzyxkivka and the city of Kharkiv."));
        var layer = doc.Get<PlacesLayer>();
        Assert.Contains(layer.Mentions, m => m.Place?.Name == "Kharkiv");
        Assert.Contains(doc.Warnings, w => w.StartsWith("place.NotInGazetteer", StringComparison.Ordinal) && w.Contains("Zzyxkivka", StringComparison.Ordinal));
    }

    [Fact]
    public void Stage_DeclaresTextLayerAndPlacesLayer()
    {
        Assert.Equal("places", _stage.Name);
        Assert.Equal([typeof(TextLayer)], _stage.Requires);
        Assert.Equal([typeof(PlacesLayer)], _stage.Produces);
        var textStage = new FakeTextStage();
        var pipeline = new AnalysisPipeline([textStage, _stage]);
        var doc = pipeline.Run(new Document("d", "Fighting near Kherson.", new ArticleMetadata()));
        Assert.Single(doc.Get<PlacesLayer>().Mentions);
    }

    private sealed class FakeTextStage : IStage
    {
        public string Name => "text";

        public IReadOnlyList<Type> Requires => [];

        public IReadOnlyList<Type> Produces => [typeof(TextLayer)];

        public Document Run(Document document) => document.With(TestText.Analyze(document.Text));
    }
}

public class LocatorWordsTests
{
    [Fact]
    public void Default_ReadsEveryRole()
    {
        var words = LocatorWords.Default;
        Assert.True(words.Speaks("said") && words.Speaks("Claimed"));
        Assert.True(words.IsDeterminer("the"));
        Assert.True(words.ContinuesPlace("where"));
        Assert.True(words.BreaksClause(";") && words.BreaksClause("which"));
        Assert.False(words.Speaks("shelled"));
    }

    [Fact]
    public void LaunchesFrom_EveryLaunchWordAndTheFromOnlyWords()
    {
        var words = LocatorWords.Default;
        Assert.True(words.Launches("fired") && words.LaunchesFrom("fired") && words.LaunchesFrom("launched"));
        Assert.True(words.LaunchesFrom("crossed") && !words.Launches("crossed"));
        Assert.False(words.LaunchesFrom("said"));
    }

    [Theory]
    [InlineData("said\tshouts")]
    [InlineData("said")]
    [InlineData("two words\tspeaks")]
    public void Load_BadLine_NamesFileAndLine(string line)
    {
        var path = Path.Combine(Path.GetTempPath(), $"locator-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\nsaid\tspeaks\n" + line + "\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => LocatorWords.Load(path));
            Assert.StartsWith($"{path}:3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
