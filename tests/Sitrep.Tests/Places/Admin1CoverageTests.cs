using Sitrep.Places;

namespace Sitrep.Tests.Places;

/// <summary>
/// Every first-level division of the gazetteer, in every country, must be reachable under the name Sitrep exports for
/// it (ACLED's spelling) and under GeoNames' name: otherwise an event a report places there ("fighting in Nord-Kivu
/// province") gets no admin1, or another division's, and never joins ACLED's records. Iterates over the whole table.
/// </summary>
public class Admin1CoverageTests
{
    /// <summary>
    /// Divisions whose own name cannot come back to them. Keys are GeoNames codes; each reason says why.
    /// </summary>
    private static readonly Dictionary<string, string> _exceptions = new(StringComparer.Ordinal)
    {
        ["TO.EU"] = "''Eua' begins with an apostrophe (Tonga's okina), which name normalisation drops",
        ["AZ.30"] = "GeoNames splits Lankaran into a city division (AZ.29) and a rayon of the same name; the name reads as the city's",
        ["AZ.48"] = "GeoNames splits Shaki into a city division (AZ.47) and a rayon of the same name; the name reads as the city's",
        ["AZ.56"] = "GeoNames splits Shusha into a city division (AZ.55) and a rayon of the same name; the name reads as the city's",
        ["AZ.68"] = "GeoNames splits Yevlakh into a city division (AZ.67) and a rayon of the same name; the name reads as the city's",
        ["BY.02"] = "the generic rule keeps 'Voblasc'' in the name ('Homyel' Voblasc''), which then reads as the city of Homyel",
        ["ET.47"] = "'Benshangul/Gumuz' is cut at the slash by the tokenizer",
        ["ET.52"] = "'Somali' is a demonym before it is a region",
        ["LB.06"] = "'South' is a direction word, never read as a place",
        ["LB.09"] = "'North' is a direction word, never read as a place",
        ["SD.43"] = "'Northern' is a direction word, never read as a place",
    };

    /// <summary>
    /// The countries whose conflicts the gazetteer covers in full (FULL_COUNTRIES in tools/build_gazetteer.py): there
    /// every division must come back from a report's wording. Elsewhere generic names ("Central", "Western") stay open.
    /// </summary>
    private static readonly HashSet<string> _conflictCountries =
        [.. "UA RU BY MD GE AM AZ SY IQ YE AF PK SO SD SS LY ML BF NE NG TD CF CD CM ET ER MZ MM PS IL LB IR HT".Split(' ')];

    [Fact]
    public void Lookup_EveryAdmin1sAcledAndGeoNamesName_FindsTheDivision()
    {
        var gazetteer = Gazetteer.Default;
        var failures = new List<string>();
        for (var i = 0; i < gazetteer.Admin1.Length; i++)
        {
            var division = gazetteer.Admin1[i];
            if (_exceptions.ContainsKey(division.Code))
            {
                continue;
            }

            foreach (var name in new[] { division.AcledName, division.GeoNamesName }.Distinct(StringComparer.Ordinal))
            {
                var index = i;
                if (!gazetteer.Lookup(name).ToArray().Any(c => c.Kind == PlaceKind.Admin1 && c.Index == index))
                {
                    failures.Add($"{division.Code} '{name}'");
                }
            }
        }

        Assert.True(gazetteer.Admin1.Length > 3000, $"the table should hold the world's divisions, found {gazetteer.Admin1.Length}");
        Assert.True(failures.Count == 0, $"{failures.Count} divisions:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The way a wire report names a division, "the X region of Country": the geocoder must settle on the division
    /// itself (ACLED name), in that country, whatever towns or other countries' divisions share its name ("the Agadez
    /// region of Niger" is not Nigeria's Niger State, "the Imereti region of Georgia" not the US state).
    /// </summary>
    [Fact]
    public void Find_EveryAdmin1OfAConflictCountryNamedAsARegionOfIt_ResolvesToItself()
    {
        var gazetteer = Gazetteer.Default;
        var failures = new List<string>();
        var checkedDivisions = 0;
        foreach (var division in gazetteer.Admin1)
        {
            if (!_conflictCountries.Contains(division.CountryIso2) || _exceptions.ContainsKey(division.Code) ||
                gazetteer.CountryByIso2(division.CountryIso2) is not { } country)
            {
                continue;
            }

            checkedDivisions++;
            var text = $"Fighting was reported in the {division.AcledName} region of {country.Name} on Monday.";
            var mentions = Geocoder.Default.Find(text, TestText.Analyze(text));
            if (!mentions.Any(m => m.Place is { Kind: PlaceKind.Admin1 } p && p.Admin1Code == division.Code))
            {
                var got = mentions.FirstOrDefault(m => m.Kind != PlaceKind.Country);
                failures.Add($"{division.Code} '{division.AcledName}' ({country.Name}): {got?.Place?.Admin1Code ?? got?.Reason.ToString() ?? "no mention"}");
            }
        }

        Assert.True(checkedDivisions > 400, $"the conflict countries should have hundreds of divisions, found {checkedDivisions}");
        Assert.True(failures.Count == 0, $"{failures.Count} divisions:\n" + string.Join("\n", failures));
    }
}
