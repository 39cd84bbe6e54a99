using System.Text.Json;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>
/// Round 20: Cameroon's regions follow ACLED's spelling (the French names, Extreme-Nord, Nord-Ouest, Sud-Ouest), the
/// rule CONVENTIONS.md sets for every admin1, with GeoNames' English name kept beside it; every spelling news text uses
/// ("Far North", "Extrême-Nord", "Extreme North") reads as that one division, and the gold sets spell it the same way.
/// </summary>
public class CameroonRegionSpellingTests
{
    [Theory]
    [InlineData("CM.12", "Extreme-Nord", "Far North")]
    [InlineData("CM.07", "Nord-Ouest", "North-West")]
    [InlineData("CM.09", "Sud-Ouest", "South-West")]
    public void Admin1_ByCode_HasAcledsFrenchNameAndGeoNamesEnglishName(string code, string acled, string geonames)
    {
        var division = Gazetteer.Default.Admin1ByCode(code);

        Assert.NotNull(division);
        Assert.Equal(acled, division.AcledName);
        Assert.Equal(geonames, division.GeoNamesName);
    }

    [Theory]
    [InlineData("Boko Haram fighters raided a village in Cameroon's Far North region on Sunday.", "Far North")]
    [InlineData("Boko Haram fighters raided a village in the Extrême-Nord region of Cameroon on Sunday.", "Extrême-Nord")]
    [InlineData("Boko Haram fighters raided a village in Cameroon's Extreme North on Sunday.", "Extreme North")]
    public void Find_EverySpellingOfTheRegion_IsTheOneDivisionUnderAcledsName(string text, string name)
    {
        var mention = Assert.Single(Geocoder.Default.Find(text, TestText.Analyze(text)), m => m.Text == name);

        Assert.Equal("CM.12", mention.Place?.Admin1Code);
        Assert.Equal("Extreme-Nord", mention.Place?.Admin1);
    }

    [Fact]
    public void Gold_CameroonAdmin1_IsAlwaysTheGazetteersAcledName()
    {
        var acledNames = Gazetteer.Default.Admin1.Where(a => a.CountryIso2 == "CM").Select(a => a.AcledName).ToHashSet(StringComparer.Ordinal);
        var gold = Path.Combine(SharedData.RepositoryRoot, "data", "gold");
        var seen = new List<string>();
        foreach (var file in new[] { "events/acled_style.dev.jsonl", "events/acled_style.test.jsonl", "places/places.dev.jsonl", "places/places.test.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(gold, file)).Where(l => l.Length > 0))
            {
                using var record = JsonDocument.Parse(line);
                var g = record.RootElement.GetProperty("gold");
                var events = g.TryGetProperty("events", out var list) ? list.EnumerateArray().ToList() : [g];
                seen.AddRange(events.Where(e => e.TryGetProperty("country", out var c) && c.GetString() == "Cameroon" &&
                        e.TryGetProperty("admin1", out var a) && a.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetProperty("admin1").GetString()!));
            }
        }

        Assert.NotEmpty(seen);
        Assert.All(seen, name => Assert.Contains(name, acledNames));
    }
}
