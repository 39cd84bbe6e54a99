using Sitrep.Common;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

public class GazetteerIndexTests
{
    private static string DataDirectory => Path.GetDirectoryName(DataFiles.Require("gazetteer/places.tsv.gz"))!;

    [Fact]
    public void Load_NoIndex_ReadsSourcesAndWritesTheIndexForTheNextLoad()
    {
        using var dir = SourcesOnly();
        Assert.False(Gazetteer.IndexIsCurrent(dir.Path));

        var first = Gazetteer.Load(dir.Path);
        Assert.True(Gazetteer.IndexIsCurrent(dir.Path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
        var second = Gazetteer.Load(dir.Path);
        Assert.Equal(first.Places.ToArray(), second.Places.ToArray());
        Assert.Equal(first.Lookup("Kharkov").ToArray(), second.Lookup("Kharkov").ToArray());
    }

    [Fact]
    public void Load_IndexCannotBeWritten_StillLoadsFromSourcesAndLeavesNoTemporaryFile()
    {
        using var dir = SourcesOnly();
        Directory.CreateDirectory(Path.Combine(dir.Path, Gazetteer.IndexFileName)); // a path the index cannot take, even for root

        Assert.NotEmpty(Gazetteer.Load(dir.Path).Lookup("Kyiv").ToArray());
        Assert.False(Gazetteer.IndexIsCurrent(dir.Path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
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
    public void Load_FromIndex_CapitalsAndIdsAnswerAsFromSources()
    {
        // Places are made on first use from the index; capitals (made at load) and ids (indexed on first use) must
        // still give the sources' answers.
        var fromIndex = Gazetteer.Load(DataDirectory);
        var fromSources = Gazetteer.LoadSources(DataDirectory);
        foreach (var iso2 in new[] { "UA", "RU", "SD", "MM", "AR" })
        {
            Assert.Equal(fromSources.CountryByIso2(iso2)!.Capital, fromIndex.CountryByIso2(iso2)!.Capital);
        }

        var kyiv = fromSources.CountryByIso2("UA")!.Capital!;
        Assert.Equal(kyiv, fromIndex.PlaceById(kyiv.Id));
        Assert.Same(fromIndex.Places[17], fromIndex.Places[17]);
    }

    [Fact]
    public void Candidate_PackedInOneWord_KeepsKindIndexAndSource()
    {
        var candidate = new GazetteerCandidate(PlaceKind.PopulatedPlace, 80_947, NameSource.Alternate);
        Assert.Equal(4, System.Runtime.CompilerServices.Unsafe.SizeOf<GazetteerCandidate>());
        Assert.Equal((PlaceKind.PopulatedPlace, 80_947, NameSource.Alternate), (candidate.Kind, candidate.Index, candidate.Source));
        var curated = candidate with { Source = NameSource.Curated };
        Assert.Equal((PlaceKind.PopulatedPlace, 80_947, NameSource.Curated), (curated.Kind, curated.Index, curated.Source));
        Assert.NotEqual(candidate, curated);
        Assert.Equal(candidate, curated with { Source = NameSource.Alternate });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GazetteerCandidate(PlaceKind.Admin1, -1, NameSource.Primary));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GazetteerCandidate(PlaceKind.Admin1, 1 << 28, NameSource.Primary));
    }

    [Fact]
    public void Load_EditedAliases_IgnoresStaleIndexAndReadsSources()
    {
        using var dir = SourcesOnly();
        Gazetteer.WriteIndex(dir.Path);
        Assert.True(Gazetteer.IndexIsCurrent(dir.Path));
        File.AppendAllText(Path.Combine(dir.Path, "aliases.tsv"), "Kyivgrad\tKyiv\tplace\tUA\n");
        Assert.False(Gazetteer.IndexIsCurrent(dir.Path));
        var gazetteer = Gazetteer.Load(dir.Path);
        Assert.Contains(gazetteer.Lookup("Kyivgrad").ToArray(), c => c.Kind == PlaceKind.PopulatedPlace && gazetteer.Places[c.Index].Name == "Kyiv");

        Gazetteer.WriteIndex(dir.Path);
        Assert.True(Gazetteer.IndexIsCurrent(dir.Path));
        Assert.NotEmpty(Gazetteer.Load(dir.Path).Lookup("Kyivgrad").ToArray());
    }

    /// <summary>A copy of the gazetteer's source files, without an index.</summary>
    private static TempDirectory SourcesOnly()
    {
        var dir = new TempDirectory();
        foreach (var file in new[] { "countries.tsv", "admin1.tsv", "places.tsv.gz", "aliases.tsv" })
        {
            File.Copy(Path.Combine(DataDirectory, file), Path.Combine(dir.Path, file));
        }

        return dir;
    }
}
