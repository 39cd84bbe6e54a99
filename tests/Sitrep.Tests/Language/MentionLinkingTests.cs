using Sitrep.Language;

namespace Sitrep.Tests.Language;

public class MentionLinkingTests
{
    [Fact]
    public void Analyze_NameSurnameTitleAndPronoun_OneEntity()
    {
        const string text = "Ukrainian President Volodymyr Zelenskyy accused Russia of using North Korean troops. "
            + "The president said the soldiers were used in assaults. Zelenskyy added that he expected more attacks.";
        var layer = LanguageTestSupport.Analyze(text);
        var person = layer.EntityNamed(text, "Volodymyr Zelenskyy");
        Assert.Equal("Volodymyr Zelenskyy", person.Name);
        Assert.Equal("President", person.Title);
        Assert.Equal("UKR", person.Country);
        Assert.Same(person, layer.EntityNamed(text, "Zelenskyy"));
        Assert.Same(person, layer.EntityNamed(text, "The president"));
        Assert.Same(person, layer.EntityNamed(text, "he"));
        Assert.Contains(person.Mentions, m => m.Kind == MentionKind.Nominal);
        Assert.Contains(person.Mentions, m => m.Kind == MentionKind.Pronoun);
    }

    [Fact]
    public void Analyze_TwoPeopleSharingNoName_StaySeparate()
    {
        const string text = "Defence Minister Rustem Umerov met Gen. Oleksandr Syrskyi in Kyiv. Umerov said the front was holding.";
        var layer = LanguageTestSupport.Analyze(text);
        var umerov = layer.EntityNamed(text, "Rustem Umerov");
        var syrskyi = layer.EntityNamed(text, "Oleksandr Syrskyi");
        Assert.NotSame(umerov, syrskyi);
        Assert.Same(umerov, layer.EntityNamed(text, "Umerov"));
        Assert.Equal("Defence Minister", umerov.Title);
        Assert.Equal("Gen.", syrskyi.Title);
    }

    [Fact]
    public void Analyze_MoscowAndKremlinActing_AreRussiasGovernment()
    {
        const string text = "Moscow has not confirmed the deployment. The Kremlin said the report was false, while Kyiv's officials disagreed.";
        var layer = LanguageTestSupport.Analyze(text);
        var government = layer.EntityNamed(text, "Moscow");
        Assert.Equal("Government of Russia", government.Name);
        Assert.Equal("RUS", government.Country);
        Assert.Same(government, layer.EntityNamed(text, "Kremlin"));
        Assert.Equal("Government of Ukraine", layer.EntityNamed(text, "Kyiv").Name);
    }

    [Fact]
    public void Analyze_CityAfterPreposition_StaysAPlace()
    {
        const string text = "Explosions were heard in Kyiv on Sunday night.";
        var layer = LanguageTestSupport.Analyze(text);
        var kyiv = layer.EntityNamed(text, "Kyiv");
        Assert.Equal(EntityType.Gpe, kyiv.Type);
        Assert.Equal("Kyiv", kyiv.Name);
    }

    [Fact]
    public void Analyze_CountryMentionedTwice_OneEntity()
    {
        const string text = "Ethiopia accused Eritrea of sending troops. Ethiopia said it would respond.";
        var layer = LanguageTestSupport.Analyze(text);
        var ethiopia = layer.Entities.Where(e => e.Name == "Ethiopia").ToList();
        Assert.Single(ethiopia);
        Assert.Equal(2, ethiopia[0].Mentions.Length);
        Assert.Equal("ETH", ethiopia[0].Country);
    }

    [Fact]
    public void Analyze_PronounWithNoPersonNearby_IsNotLinked()
    {
        const string text = "He said the bridge was destroyed.";
        var layer = LanguageTestSupport.Analyze(text);
        Assert.DoesNotContain(layer.Entities, e => e.Mentions.Any(m => m.Kind == MentionKind.Pronoun));
    }

    [Theory]
    [InlineData("Andrii Kovalenko, an official at Ukraine's National Security and Defense Council, said the assault failed. \"The task of the Koreans is to run under our fire,\" Kovalenko wrote on Telegram.", "Andrii Kovalenko", "Kovalenko")]
    [InlineData("Oleh Syniehubov, the regional governor, said two people were wounded. Later, Syniehubov told reporters that a school was hit.", "Oleh Syniehubov", "Syniehubov")]
    [InlineData("Army spokesman Nadav Shoshani said troops had entered the camp. \"We found tunnels,\" Shoshani said in a briefing.", "Nadav Shoshani", "Shoshani")]
    public void Link_SurnameAloneLaterInArticle_IsTheSamePerson(string text, string fullName, string surname)
    {
        var layer = LanguageTestSupport.Analyze(text);
        var person = layer.EntityNamed(text, fullName);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Same(person, layer.EntityNamed(text, surname));
    }
}
