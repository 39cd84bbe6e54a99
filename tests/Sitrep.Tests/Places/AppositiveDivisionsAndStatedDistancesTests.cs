using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 24: settlements the gazetteer lacks that a report situates after the fact: by an appositive division after the
/// verb's object ("raided X, in Kenya's Marsabit county"), by a division owned by a many-word possessive ("in South
/// Kivu's Fizi territory") or qualified by a compass adjective ("Ecuador's southern Azuay province"), by a stated
/// distance without a direction ("about 30 km from Mopti"), or as an exclave. The event keeps the settlement's own
/// name and lies in the division the text gives (or near the town it is told from).
/// </summary>
public class AppositiveDivisionsAndStatedDistancesTests
{
    [Fact]
    public void Choose_ObjectOfTheVerbWithAnAppositiveDivision_IsThatSettlementInTheDivision()
    {
        var location = EventLocating.Locate("Bandits raided Ololkiteng, in Kenya's Marsabit county, on Tuesday and burned houses.", "raided").Mention;

        Assert.Equal("Ololkiteng", location?.LocationName);
        Assert.Equal("Marsabit", location?.Place?.Admin1);
    }

    [Fact]
    public void Choose_DivisionOwnedByATwoWordPossessive_SituatesTheSettlement()
    {
        var location = EventLocating.Locate("Militiamen attacked an army post in Kabushelo, in South Kivu's Fizi territory, on Monday.", "attacked").Mention;

        Assert.Equal("Kabushelo", location?.LocationName);
        Assert.Equal("South Kivu", location?.Place?.Admin1);
    }

    [Fact]
    public void Choose_DivisionAfterACompassAdjective_SituatesTheSettlement()
    {
        var location = EventLocating.Locate("A bomb exploded at a toll booth in Chulcapamba, in Ecuador's southern Azuay province, on Sunday.", "exploded").Mention;

        Assert.Equal("Chulcapamba", location?.LocationName);
        Assert.Equal("Azuay", location?.Place?.Admin1);
    }

    [Fact]
    public void Choose_SettlementAtAStatedDistanceFromATown_IsThatSettlementNearTheTown()
    {
        var location = EventLocating.Locate("Gunmen torched granaries in the village of Dounkoussa, some 30 km from Mopti, on Friday.", "torched").Mention;

        Assert.Equal("Dounkoussa", location?.LocationName);
        Assert.Equal("Mopti", location?.Place?.Admin1);
    }

    [Fact]
    public void Find_TownAtAStatedDistance_IsToldByABearingWithItsDistance()
    {
        const string text = "The camp lies 40 km from Mopti, officials said.";
        var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));

        var mopti = Assert.Single(mentions, m => m.Text == "Mopti");
        Assert.Equal(PlaceRelation.Direction, mopti.Relation);
        Assert.Equal(40, mopti.DistanceKm);
    }

    [Fact]
    public void Choose_ExclaveOfAnUnlistedName_IsASettlementOfTheRegionNamedWithIt()
    {
        var location = EventLocating.Locate("Mortar fire hit the exclave of Vorukh in Sughd region on Friday.", "hit").Mention;

        Assert.Equal("Vorukh", location?.LocationName);
        Assert.Equal("Sughd", location?.Place?.Admin1);
    }
}
