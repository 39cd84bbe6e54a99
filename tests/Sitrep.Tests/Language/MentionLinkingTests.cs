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

    [Fact]
    public void Analyze_NameThenBracketedAbbreviation_OneEntityUnderTheFullName()
    {
        const string text = "Fighters of the Ta'ang National Liberation Army (TNLA) seized a police post near Lashio on Friday. "
            + "A spokesman for the TNLA said two of its members were killed.";
        var layer = LanguageTestSupport.Analyze(text);
        var army = layer.EntityNamed(text, "Ta'ang National Liberation Army");
        Assert.Equal("Ta'ang National Liberation Army", army.Name);
        Assert.Same(army, layer.EntityNamed(text, "TNLA"));
        // Both abbreviations are kept as mentions of the one entity: the bracketed one and the later one.
        Assert.Equal(2, army.Mentions.Count(m => m.Span.Slice(text).EndsWith("TNLA", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_BracketedAbbreviationOfTheNameAfterAPlace_LinksToTheFullName()
    {
        // "PDF" spells the name after its place ("Kanbalu"): the brackets say what it stands for.
        const string text = "The strike was confirmed by the Kanbalu People's Defence Force (PDF) on Friday. "
            + "In January the PDF captured a police station in the township.";
        var layer = LanguageTestSupport.Analyze(text);
        var force = layer.EntityNamed(text, "Kanbalu People's Defence Force");
        Assert.Same(force, layer.EntityNamed(text, "PDF"));
        Assert.Equal(2, force.Mentions.Count(m => m.Span.Slice(text).EndsWith("PDF", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_BracketedAbbreviationSpellingNoPartOfTheName_StaysApart()
    {
        const string text = "Fighters of the Kanbalu People's Defence Force (MDF) attacked the base on Friday. "
            + "The MDF said two fighters were wounded.";
        var layer = LanguageTestSupport.Analyze(text);
        var force = layer.EntityNamed(text, "Kanbalu People's Defence Force");
        Assert.DoesNotContain(force.Mentions, m => m.Span.Slice(text).EndsWith("MDF", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_AbbreviationBeforeTheFullName_LinksToIt()
    {
        const string text = "KIA fighters shelled a junta base in northern Myanmar on Monday. "
            + "The Kachin Independence Army said it had lost no one in the attack.";
        var layer = LanguageTestSupport.Analyze(text);
        var army = layer.EntityNamed(text, "Kachin Independence Army");
        Assert.Equal("Kachin Independence Army", army.Name);
        Assert.Same(army, layer.EntityNamed(text, "KIA"));
    }

    [Fact]
    public void Analyze_TwoNamesWithTheSameInitials_AbbreviationStaysApart()
    {
        const string text = "The Popular Mobilization Forces and the Patriotic Movement Front met in Baghdad on Sunday. "
            + "Officials of the Popular Mobilization Forces said the talks went well. Later the PMF said the talks failed.";
        var layer = LanguageTestSupport.Analyze(text);
        var forces = layer.EntityNamed(text, "Popular Mobilization Forces");
        var front = layer.EntityNamed(text, "Patriotic Movement Front");
        Assert.NotSame(forces, front);
        var abbreviation = layer.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Slice(text) is "PMF" or "the PMF"));
        Assert.True(abbreviation is null || (abbreviation != forces && abbreviation != front), LanguageTestSupport.Describe(layer, text));
    }

    [Fact]
    public void Analyze_InitialsOfAPersonsName_AreNotLinkedToThePerson()
    {
        const string text = "Commander Kareem Daoud Haddad inspected the front line near Sinjar. "
            + "KDH units later pulled back, Haddad said.";
        var layer = LanguageTestSupport.Analyze(text);
        var person = layer.EntityNamed(text, "Kareem Daoud Haddad");
        Assert.DoesNotContain(person.Mentions, m => m.Span.Slice(text) == "KDH");
    }
}
