using Sitrep.Language;

namespace Sitrep.Tests.Language;

public class EntityRecognitionTests
{
    private static (LanguageLayer Layer, string Text) Run(string text) => (LanguageTestSupport.Analyze(text), text);

    [Fact]
    public void Analyze_TitleAndDemonymBeforeName_PersonKeepsTitleAndCountry()
    {
        var (layer, text) = Run("Israeli Prime Minister Benjamin Netanyahu met the envoy in Jerusalem on Tuesday.");
        var person = layer.EntityNamed(text, "Benjamin Netanyahu");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Prime Minister", person.Title);
        Assert.Equal("ISR", person.Country);
        Assert.Equal(EntityType.Gpe, layer.EntityNamed(text, "Jerusalem").Type);
        Assert.Equal(EntityType.Date, layer.EntityNamed(text, "Tuesday").Type);
    }

    [Fact]
    public void Analyze_TitleThenCommaThenName_ReadsTitle()
    {
        var (layer, text) = Run("The regional governor, Oleh Syniehubov, said two people were wounded in Kharkiv.");
        var person = layer.EntityNamed(text, "Oleh Syniehubov");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("regional governor", person.Title);
        Assert.Equal(EntityType.Gpe, layer.EntityNamed(text, "Kharkiv").Type);
        Assert.Equal(2, layer.EntityNamed(text, "two").Value);
    }

    [Fact]
    public void Analyze_AppositionWithOrganisation_ReadsTitleAffiliationAndCountry()
    {
        var (layer, text) = Run("Andrii Kovalenko, an official at Ukraine's National Security and Defense Council, wrote on Telegram that the attack failed.");
        var person = layer.EntityNamed(text, "Andrii Kovalenko");
        Assert.Equal("official", person.Title);
        Assert.Equal("National Security and Defense Council", person.Affiliation);
        Assert.Equal("UKR", person.Country);
        var council = layer.EntityNamed(text, "National Security and Defense Council");
        Assert.Equal(EntityType.Org, council.Type);
        Assert.Equal("UKR", council.Country);
    }

    [Fact]
    public void Analyze_FrontedTitleForOrganisation_ReadsTitleAndAffiliation()
    {
        var (layer, text) = Run("A senior official at the Interior Ministry, Farid Haddad, said the curfew would be lifted on Friday.");
        var person = layer.EntityNamed(text, "Farid Haddad");
        Assert.Equal("senior official", person.Title);
        Assert.Equal("Interior Ministry", person.Affiliation);
    }

    [Fact]
    public void Analyze_FrontedTitleForTheGroup_TakesTheGroupNamedBefore()
    {
        var (layer, text) = Run("The Karenni Army said its fighters had withdrawn from the town. A spokesperson for the group, Khun Thant Zaw, told reporters that two fighters were wounded.");
        var person = layer.EntityNamed(text, "Khun Thant Zaw");
        Assert.Equal("spokesperson", person.Title);
        Assert.Equal("Karenni Army", person.Affiliation);
    }

    [Fact]
    public void Analyze_FrontedTitleForTheMinistry_DoesNotTakeAnotherBody()
    {
        // "the ministry" names no body the text has named: no affiliation is guessed, the whole phrase is the title.
        var (layer, text) = Run("Hamas said the convoy had been hit twice. A spokesman for the ministry, Ali Nasser, said 14 people were killed.");
        var person = layer.EntityNamed(text, "Ali Nasser");
        Assert.Equal("spokesman for the ministry", person.Title);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void Analyze_FrontedTitleWithPlainComplement_KeepsTheWholePhrase()
    {
        var (layer, text) = Run("The head of the district council, Amina Yusuf, said the road to the market had reopened.");
        Assert.Equal("head of the district council", layer.EntityNamed(text, "Amina Yusuf").Title);
    }

    [Fact]
    public void Analyze_PossessiveTitle_TakesTheBodyItsRefersTo()
    {
        var (layer, text) = Run("The National Unity Government condemned the attack. Its acting president, Duwa Lashi La, wrote on Facebook that the court should investigate.");
        var person = layer.EntityNamed(text, "Duwa Lashi La");
        Assert.Equal("acting president", person.Title);
        Assert.Equal("National Unity Government", person.Affiliation);
    }

    [Fact]
    public void Analyze_FormerBeforeCapitalisedTitle_StaysOutOfTheTitle()
    {
        var (layer, text) = Run("Protesters gathered outside the court where former President Omar Bashir was on trial.");
        Assert.Equal("President", layer.EntityNamed(text, "Omar Bashir").Title);
    }

    [Theory]
    [InlineData("Two fighter jets bombed Let Pan Hla village in Kanbalu township on Friday, residents said.", "Let Pan Hla")]
    [InlineData("Gunmen killed four farmers near Tse Orbiam village on Sunday.", "Tse Orbiam")]
    [InlineData("Troops clashed with rebels in the Norte de Santander department on Monday.", "Norte de Santander")]
    public void Analyze_NameBeforeSettlementNoun_IsPlace(string text, string name)
    {
        var layer = LanguageTestSupport.Analyze(text);
        Assert.Equal(EntityType.Gpe, layer.EntityNamed(text, name).Type);
    }

    [Theory]
    [InlineData("A mob set fire to a dozen houses in a Kuki-Zo village on Monday.", "Kuki-Zo")]
    [InlineData("Drones struck a Russian village near the border overnight.", "Russian")]
    public void Analyze_DescriptionBeforeSettlementNoun_IsNoPlaceName(string text, string words)
    {
        var layer = LanguageTestSupport.Analyze(text);
        Assert.DoesNotContain(layer.Entities, e => e.Type == EntityType.Gpe && e.Mentions.Any(m => m.Span.Slice(text) == words));
    }

    [Fact]
    public void Analyze_OrganisationAfterCountryPossessive_IsOrgWithCountry()
    {
        var (layer, text) = Run("Russia's Defence Ministry said its air defences shot down 12 drones over the Belgorod region overnight.");
        var ministry = layer.EntityNamed(text, "Defence Ministry");
        Assert.Equal(EntityType.Org, ministry.Type);
        Assert.Equal("RUS", ministry.Country);
        Assert.Equal(EntityType.Gpe, layer.EntityNamed(text, "Russia").Type);
        Assert.Equal(12, layer.EntityNamed(text, "12").Value);
        Assert.Equal(EntityType.Date, layer.EntityNamed(text, "overnight").Type);
    }

    [Theory]
    [InlineData("Troops of the 95th Air Assault Brigade held the line near Pokrovsk.", "95th Air Assault Brigade")]
    [InlineData("Marines of the 36th Separate Marine Brigade were redeployed to the south.", "36th Separate Marine Brigade")]
    [InlineData("Soldiers from the 3rd Battalion of the 47th Mechanized Brigade repelled an assault near Avdiivka.", "3rd Battalion of the 47th Mechanized Brigade")]
    [InlineData("Fighters of the Wagner Group withdrew from Bakhmut in May.", "Wagner Group")]
    [InlineData("The Arakan Army said it had seized the town after weeks of fighting.", "Arakan Army")]
    public void Analyze_MilitaryUnitName_IsMilitaryUnit(string text, string unit)
    {
        var layer = LanguageTestSupport.Analyze(text);
        Assert.Equal(EntityType.MilitaryUnit, layer.EntityNamed(text, unit).Type);
    }

    [Fact]
    public void Analyze_RussianArmy_IsNotAUnitName()
    {
        const string text = "The Russian Army pressed on toward the city.";
        var layer = LanguageTestSupport.Analyze(text);
        Assert.DoesNotContain(layer.Entities, e => e.Type == EntityType.MilitaryUnit);
    }

    [Fact]
    public void Analyze_ArmedGroupWithCountryPossessive_IsOrgWithCountry()
    {
        var (layer, text) = Run("Sudan's Rapid Support Forces attacked El Fasher on Monday, killing at least 30 civilians, the United Nations said.");
        var rsf = layer.EntityNamed(text, "Rapid Support Forces");
        Assert.Equal("SDN", rsf.Country);
        var killed = layer.EntityNamed(text, "at least 30");
        Assert.Equal(EntityType.Cardinal, killed.Type);
        Assert.Equal(30, killed.Value);
        Assert.True(killed.Approximate);
        Assert.Equal(EntityType.Date, layer.EntityNamed(text, "Monday").Type);
    }

    [Fact]
    public void Analyze_SeaAndPentagon_TypedByHeadWordAndSeat()
    {
        var (layer, text) = Run("Houthi rebels fired two missiles at a cargo ship in the Red Sea, the Pentagon said.");
        Assert.Equal(EntityType.Loc, layer.EntityNamed(text, "Red Sea").Type);
        var pentagon = layer.EntityNamed(text, "Pentagon");
        Assert.Equal("USA", pentagon.Country);
        Assert.Equal(EntityType.Norp, layer.EntityNamed(text, "Houthi").Type);
    }

    [Theory]
    [InlineData("approximately 10,000 North Korean troops were sent", "approximately 10,000", EntityType.Cardinal, 10000, true)]
    [InlineData("the drone killed a nine-year-old boy", "nine-year-old", EntityType.Quantity, 9, false)]
    [InlineData("images showed dozens of dead soldiers", "dozens", EntityType.Cardinal, 12, true)]
    [InlineData("the convoy was hit 15 km from the border", "15 km", EntityType.Quantity, 15, false)]
    [InlineData("officials said 1.5 million people had fled", "1.5 million", EntityType.Cardinal, 1500000, false)]
    [InlineData("more than 200 people were killed", "more than 200", EntityType.Cardinal, 200, true)]
    public void Analyze_Numbers_AreCardinalOrQuantityWithValue(string text, string words, EntityType type, double value, bool approximate)
    {
        var layer = LanguageTestSupport.Analyze(text);
        var entity = layer.EntityNamed(text, words);
        Assert.Equal(type, entity.Type);
        Assert.Equal(value, entity.Value);
        Assert.Equal(approximate, entity.Approximate);
    }

    [Theory]
    [InlineData("The strike happened on 5 October 2024 near the port.", "5 October 2024")]
    [InlineData("The strike happened on October 5, 2024 near the port.", "October 5, 2024")]
    [InlineData("Fighting has continued since August.", "August")]
    [InlineData("The offensive began in 2022 and stalled.", "2022")]
    [InlineData("Shelling resumed last week in the east.", "last week")]
    public void Analyze_DateExpressions_AreDates(string text, string words)
    {
        var layer = LanguageTestSupport.Analyze(text);
        Assert.Equal(EntityType.Date, layer.EntityNamed(text, words).Type);
    }

    [Fact]
    public void Analyze_MayAsVerb_IsNotADate()
    {
        const string text = "Officials said the talks May resume, but they may not.";
        var layer = LanguageTestSupport.Analyze(text);
        Assert.DoesNotContain(layer.Entities, e => e.Type == EntityType.Date);
    }

    [Fact]
    public void Analyze_DemonymsAndPlurals_AreNorpOfOneCountry()
    {
        var (layer, text) = Run("Ukrainian forces said the North Koreans were fighting beside Russian units, and the Russians denied it.");
        var northKoreans = layer.EntityNamed(text, "North Koreans");
        Assert.Equal(EntityType.Norp, northKoreans.Type);
        Assert.Equal("PRK", northKoreans.Country);
        Assert.Equal(layer.EntityNamed(text, "Russian"), layer.EntityNamed(text, "Russians"));
        Assert.Equal("UKR", layer.EntityNamed(text, "Ukrainian").Country);
    }

    [Fact]
    public void Analyze_EverySpan_PointsAtItsWords()
    {
        const string text = "Sudanese army spokesman Nabil Abdallah said the army had retaken Wad Madani from the Rapid Support Forces.";
        var layer = LanguageTestSupport.Analyze(text);
        Assert.NotEmpty(layer.Entities);
        foreach (var mention in layer.Entities.SelectMany(e => e.Mentions))
        {
            var words = mention.Span.Slice(text);
            Assert.Equal(words.Trim(), words);
            Assert.NotEmpty(words);
        }

        Assert.Equal(EntityType.Person, layer.EntityNamed(text, "Nabil Abdallah").Type);
    }
}
