using Sitrep.Common;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

public class GazetteerIndexTests
{
    private static string DataDirectory => Path.GetDirectoryName(DataFiles.Require("gazetteer/places.tsv.gz"))!;

    [Fact]
    public void IndexIsCurrent_ShippedIndex_BuiltFromShippedSources()
    {
        Assert.True(Gazetteer.IndexIsCurrent(DataDirectory),
            "data/gazetteer/gazetteer.bin.gz is missing or stale: run `dotnet run tools/build_gazetteer_index.cs`.");
    }

    [Fact]
    public void Load_FromIndex_SameNamesPlacesAndReadingsAsSources()
    {
        var fromIndex = Gazetteer.Load(DataDirectory);
        var fromSources = Gazetteer.LoadSources(DataDirectory);
        Assert.Equal(fromSources.NameCount, fromIndex.NameCount);
        Assert.Equal(fromSources.Places.ToArray(), fromIndex.Places.ToArray());
        Assert.Equal(fromSources.Admin1.Select(a => (a.Code, a.AcledName)), fromIndex.Admin1.Select(a => (a.Code, a.AcledName)));
        foreach (var name in new[] { "Kiev", "Kharkov", "Zaporozhye", "Oleksandrivka", "Andreyevka", "Київ", "Kursk", "North Korea", "Nowhere Town" })
        {
            Assert.Equal(fromSources.Lookup(name).ToArray(), fromIndex.Lookup(name).ToArray());
        }

        // Every place's own name finds it through the index.
        for (var i = 0; i < fromIndex.Places.Length; i += 97)
        {
            Assert.Contains(new GazetteerCandidate(PlaceKind.PopulatedPlace, i, NameSource.Primary), fromIndex.Lookup(fromIndex.Places[i].Name).ToArray());
        }

        Assert.Equal("Ukrainian", fromIndex.CountryByIso2("UA")!.Demonyms[0]);
    }

    [Fact]
    public void Load_EditedAliases_IgnoresStaleIndexAndReadsSources()
    {
        using var dir = new TempDirectory();
        foreach (var file in new[] { "countries.tsv", "admin1.tsv", "places.tsv.gz", "aliases.tsv", Gazetteer.IndexFileName })
        {
            File.Copy(Path.Combine(DataDirectory, file), Path.Combine(dir.Path, file));
        }

        Assert.True(Gazetteer.IndexIsCurrent(dir.Path));
        File.AppendAllText(Path.Combine(dir.Path, "aliases.tsv"), "Kyivgrad\tKyiv\tplace\tUA\n");
        Assert.False(Gazetteer.IndexIsCurrent(dir.Path));
        var gazetteer = Gazetteer.Load(dir.Path);
        Assert.Contains(gazetteer.Lookup("Kyivgrad").ToArray(), c => c.Kind == PlaceKind.PopulatedPlace && gazetteer.Places[c.Index].Name == "Kyiv");

        Gazetteer.WriteIndex(dir.Path);
        Assert.True(Gazetteer.IndexIsCurrent(dir.Path));
        Assert.NotEmpty(Gazetteer.Load(dir.Path).Lookup("Kyivgrad").ToArray());
    }
}
