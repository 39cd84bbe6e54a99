using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 18 (issue #4), what held-out text got wrong: a town named with its country ("Santa Cruz, Bolivia") that
/// shares its name with a first-level division, or with a country that is also a division elsewhere ("Tera, Niger"); a settlement the gazetteer lacks that an appositive places near a town
/// ("in Ngobozana, a village near Lusikisiki in ... Eastern Cape province"); a village named with its commune; and the
/// villages of countries whose every cities500 place the gazetteer now keeps (data/gazetteer/coverage.tsv).
/// </summary>
public class CountryNamedTownsAndAppositiveSettlementsTests
{
    [Fact]
    public void Choose_TownNamedWithItsCountry_IsTheTownNotTheDivisionOfThatName()
    {
        // Santa Cruz is Bolivia's department and (as an alternate name) its largest city, Santa Cruz de la Sierra.
        const string text = "Police fired tear gas at protesters who tried to storm a government office in Santa Cruz, Bolivia, on Wednesday.";
        var location = EventLocating.Locate(text, "fired").Mention;
        Assert.NotNull(location);
        Assert.Equal(PlaceKind.PopulatedPlace, location.Place!.Kind);
        Assert.Equal("Santa Cruz", location.Place.Admin1);
        Assert.Equal(1, location.GeoPrecision);
    }

    [Fact]
    public void Choose_TownNamedWithACountryThatIsAlsoADivisionElsewhere_IsTheCountrysTown()
    {
        // Niger is a country and a state of Nigeria; Tera is a town of Niger and of no Nigerian state of that name.
        const string text = "Gunmen who crossed from Mali attacked a gendarmerie post in Tera, Niger, on Sunday, killing four gendarmes.";
        var location = EventLocating.Locate(text, "attacked").Mention;
        Assert.NotNull(location);
        Assert.Equal("NE", location.Place!.CountryIso2);
        Assert.Equal(1, location.GeoPrecision);
    }

    [Fact]
    public void Choose_DivisionNamedWithItsRegionWord_StaysTheDivision()
    {
        // The town reading is only for a name followed by its country: "Santa Cruz department" is the region.
        const string text = "Police fired tear gas at protesters blocking roads across Bolivia's Santa Cruz department on Wednesday.";
        var location = EventLocating.Locate(text, "fired").Mention;
        Assert.NotNull(location);
        Assert.Equal(PlaceKind.Admin1, location.Place!.Kind);
        Assert.Equal(3, location.GeoPrecision);
    }

    [Fact]
    public void Choose_UnlistedSettlementInAnAppositiveNearATown_KeepsItsNameInTheTownsRegion()
    {
        const string text = "Gunmen killed 18 people in two homes in Ngobozana, a village near Lusikisiki in South Africa's Eastern Cape province, on Saturday, police said.";
        var location = EventLocating.Locate(text, "killed").Mention;
        Assert.NotNull(location);
        Assert.Equal("Ngobozana", location.LocationName);
        Assert.Equal("Eastern Cape", location.Place!.Admin1);
        Assert.NotEqual(1, location.GeoPrecision); // the coordinates are the region's, not the village's
    }

    [Fact]
    public void Find_UnknownNameWithoutAnAppositive_IsNoPlace()
    {
        // The settlement word makes the name a place; a comma and a clause alone do not.
        const string text = "Gunmen killed 18 people in Ngobozana, a police spokesman near Lusikisiki said on Saturday.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "Ngobozana" && m.Place is not null);
    }

    [Fact]
    public void Choose_VillageNamedWithItsCommune_IsTheVillageNotTheCommuneSeat()
    {
        // Materi is the commune's seat, a town the gazetteer knows; the attack was in Porga, which it lacks.
        const string text = "Militants attacked an army post in Porga, in Materi commune of Benin's Atakora department, on Wednesday, killing 28 soldiers, the army said in Cotonou.";
        var location = EventLocating.Locate(text, "attacked").Mention;
        Assert.NotNull(location);
        Assert.Equal("Porga", location.LocationName);
        Assert.Equal("Atakora", location.Place!.Admin1);
    }

    [Theory]
    [InlineData("Vorukh", "TJ", "Sughd")]
    [InlineData("Lusikisiki", "ZA", "Eastern Cape")]
    public void Lookup_VillageOfANewlyFullyCoveredCountry_IsInTheGazetteer(string name, string iso2, string admin1)
    {
        var found = Gazetteer.Default.Lookup(name).ToArray()
            .Where(c => c.Kind == PlaceKind.PopulatedPlace)
            .Select(c => Gazetteer.Default.Resolve(c))
            .ToList();
        Assert.Contains(found, p => p.CountryIso2 == iso2 && p.Admin1 == admin1);
    }
}
