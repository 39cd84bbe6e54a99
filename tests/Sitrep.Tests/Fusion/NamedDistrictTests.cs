using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>
/// Two incidents of one city on one day (issue #7, fusion gold batch 9): the gazetteer places both in the city, so
/// only the districts the outlets name tell the church bombing from the roadside bomb across town.
/// </summary>
public class NamedDistrictTests
{
    private static readonly DateOnly _day = new(2025, 6, 22);

    /// <summary>A bombing report placed in Damascus on 22 June 2025 whose words are <paramref name="evidence"/>.</summary>
    private static EventRecord Bombing(string id, string evidence) => new()
    {
        Id = id,
        EventType = "Explosions/Remote violence",
        SubEventType = "Remote explosive/landmine/IED",
        PloverEvent = "ASSAULT",
        Country = "Syria",
        Iso3 = "SYR",
        Admin1 = "Damascus",
        Location = "Damascus",
        Latitude = 33.5102,
        Longitude = 36.2913,
        Geonameid = 170_654,
        GeoPrecision = 1,
        EventDate = _day,
        DateStart = _day,
        DateEnd = _day,
        TimePrecision = 1,
        Evidence = [new SpanRecord(0, evidence.Length, evidence)],
    };

    [Theory]
    [InlineData("A bomber blew himself up inside a church in the Dweila district of Damascus.", "Dweila")]
    [InlineData("A roadside bomb hit a car in Damascus' Mezzeh district on Sunday morning.", "Mezzeh")]
    [InlineData("A glide bomb hit a block in Kharkiv's Saltivskyi district.", "Saltivskyi")]
    [InlineData("The attack on the commune office in Cu Kuin district left six dead.", "Cu Kuin")]
    [InlineData("The Mezzeh district was shelled.", "Mezzeh")]
    [InlineData("In Mezzeh district a car bomb went off.", "Mezzeh")]
    public void In_ReadsTheNameBeforeADistrictWord(string text, string district) =>
        Assert.Equal([district], NamedDistricts.In(text));

    [Theory]
    [InlineData("Shells hit the district overnight.")]
    [InlineData("Police said the district, which lies east of the city, was calm.")]
    [InlineData("A bomb exploded in Damascus on Sunday.")]
    [InlineData("Drones struck deep inside Russian territory overnight.")]
    public void In_NoNamedDistrict_ReadsNone(string text) => Assert.Empty(NamedDistricts.In(text));

    [Fact]
    public void Match_SameCityDayAndType_OtherNamedDistricts_AreTwoIncidents()
    {
        var church = Bombing("church", "A suicide bomber blew himself up inside a church in the Dweila district of Damascus, killing 22 people.");
        var roadside = Bombing("roadside", "Separately, a roadside bomb hit a security vehicle in Damascus' Mezzeh district, wounding two.");

        var match = EventMatcher.Match(church, roadside);

        Assert.Equal("different named districts", match.Veto);
    }

    /// <summary>
    /// A quarter of the report's own town ("west Belfast", "southern Damascus") is a district too: the riot at one end of
    /// the city and the crowd at the other that evening are two incidents; a report naming no quarter, or the same one
    /// in other words, says nothing against it.
    /// </summary>
    [Fact]
    public void Match_SameCityDayAndType_OtherQuarters_AreTwoIncidents()
    {
        var west = Bombing("west", "A car bomb exploded near a checkpoint in west Damascus, wounding six soldiers.");
        var south = Bombing("south", "Hours later a roadside bomb hit a bus in southern Damascus, killing two.");

        Assert.Equal("different named districts", EventMatcher.Match(west, south).Veto);
        Assert.True(EventMatcher.Match(west, Bombing("same", "The bomb went off in western Damascus near an army post.")).IsCompatible);
        Assert.True(EventMatcher.Match(west, Bombing("none", "A car bomb wounded six soldiers at a checkpoint in Damascus.")).IsCompatible);
    }

    [Theory]
    [InlineData("Shelling hit north Damascus overnight.", "north Damascus")]
    [InlineData("Clashes broke out in north-eastern Damascus.", "north-east Damascus")]
    [InlineData("The raid in the West Bank near Damascus Gate drew protests.", null)] // a name, not a quarter
    [InlineData("Troops moved north Saturday toward Damascus.", null)] // not before the town
    public void QuartersOf_ReadsACompassWordBeforeTheTown(string text, string? quarter) =>
        Assert.Equal(quarter is null ? [] : [quarter], NamedDistricts.QuartersOf(text, "Damascus"));

    [Theory]
    [InlineData("Insurgents detonated a bomb as a patrol passed on a rural road in Ruso district this morning.")] // a romanisation
    [InlineData("A roadside bomb in the Rueso district of the city wounded four rangers.")] // the same district
    [InlineData("A roadside bomb wounded four rangers in the city on Sunday.")] // no district named: no evidence against
    [InlineData("The Mezzeh district is calm; the bomb went off in Rueso district.")] // it names the first report's district too
    public void Match_SameOrUnnamedDistrict_IsNoVeto(string other)
    {
        var first = Bombing("first", "Insurgents detonated a bomb as a ranger patrol passed in Rueso district, wounding four rangers.");

        var match = EventMatcher.Match(first, Bombing("second", other));

        Assert.True(match.IsCompatible, match.Veto);
    }
}
