using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 18 (issue #4), what held-out text got wrong: a town named with its country ("Santa Cruz, Bolivia") that
/// shares its name with a first-level division, or with a country that is also a division elsewhere ("Tera, Niger");
/// a settlement the gazetteer lacks that an appositive places near a town ("in Ngobozana, a village near Lusikisiki
/// in ... Eastern Cape province").
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
        const string text = "Gunmen killed 11 people in two homes in Kwatas, a village near Bokkos in Nigeria's Plateau state, on Saturday, police said.";
        var location = EventLocating.Locate(text, "killed").Mention;
        Assert.NotNull(location);
        Assert.Equal("Kwatas", location.LocationName);
        Assert.Equal("Plateau", location.Place!.Admin1);
        Assert.NotEqual(PlacePoint.Own, location.Point); // the coordinates are borrowed, not the village's
    }

    [Fact]
    public void Find_UnknownNameWithoutAnAppositive_IsNoPlace()
    {
        // The settlement word makes the name a place; a comma and a clause alone do not.
        const string text = "Gunmen killed 18 people in Ngobozana, a police spokesman near Lusikisiki said on Saturday.";
        Assert.DoesNotContain(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == "Ngobozana" && m.Place is not null);
    }
}
