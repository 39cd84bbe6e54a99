using Sitrep.Actors;
using Sitrep.Common;

namespace Sitrep.Tests.Actors;

public sealed class ActorDictionaryTests : IDisposable
{
    private readonly string _dir;

    public ActorDictionaryTests()
    {
        // A private copy of the shipped files, so each test can break one line.
        _dir = Path.Combine(Path.GetTempPath(), "sitrep-actors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf("actors"), "*.tsv"))
        {
            if (!file.Contains(".phoenix.", StringComparison.Ordinal) && !file.Contains(".plover.", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
            }
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_ShippedFiles_HaveEveryCountryRegimeAndHeader()
    {
        var dictionary = ActorDictionary.Default;

        Assert.True(dictionary.Countries.Count >= 100);
        Assert.True(dictionary.Regimes.Count >= 60, $"only {dictionary.Regimes.Count} countries have ACLED regimes");
        Assert.True(dictionary.People.Count > 1000, "the Phoenix people file was not loaded");
        Assert.Equal("(2000-)", dictionary.RegimeOf("RUS", 2024)!.Years);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf("actors"), "*.tsv"))
        {
            var head = string.Join('\n', File.ReadLines(file).TakeWhile(l => l.StartsWith('#')));
            Assert.Contains("source:", head, StringComparison.Ordinal);
            Assert.Contains("licence:", head, StringComparison.Ordinal);
            Assert.Contains("date:", head, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_WithoutDerivedFiles_StillResolvesCuratedActors()
    {
        var resolver = new ActorResolver(ActorDictionary.Load(_dir));

        Assert.Equal("Military Forces of Russia (2000-)", resolver.Resolve("Russian troops", new ActorContext(new DateOnly(2024, 1, 1))).Actor!.Name);
    }

    [Theory]
    [InlineData("countries.tsv", "RUS\t643\tRussia", "XX\t643\tRussia", "not three capital letters")]
    [InlineData("acled_regimes.tsv", "RUS\tRussia\t2000", "ZZZ\tRussia\t2000", "unknown country 'ZZZ'")]
    [InlineData("acled_regimes.tsv", "RUS\tRussia\t2000\t", "RUS\tRussia\t2000\t1990", "not a valid range")]
    [InlineData("groups.tsv", "\tYEM\tREB\tRebel group\t", "\tYEM\tREB\tRebel grp\t", "unknown ACLED inter label")]
    [InlineData("groups.tsv", "\tYEM\tREB\t", "\tYEM\tXYZ\t", "unknown PLOVER sector 'XYZ'")]
    [InlineData("people.tsv", "2019-05-20", "2019-13-20", "not a YYYY-MM-DD date")]
    [InlineData("force_nouns.tsv", "\tmilitary\tMIL\t", "\tnavy-ish\tMIL\t", "unknown kind 'navy-ish'")]
    [InlineData("places.tsv", "Kharkiv|Kharkov\tUKR", "Kharkiv|Kharkov\tUKX", "unknown country 'UKX'")]
    public void Load_BrokenLine_NamesFileAndLine(string file, string good, string bad, string problem)
    {
        var path = Path.Combine(_dir, file);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => !l.StartsWith('#') && l.Contains(good, StringComparison.Ordinal));
        Assert.True(index >= 0, $"test setup: '{good}' not found in {file}");
        lines[index] = lines[index].Replace(good, bad, StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<DataFileException>(() => ActorDictionary.Load(_dir));

        Assert.StartsWith($"{file}:{index + 1}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(index + 1, error.Line);
    }

    [Fact]
    public void Parse_WrongFieldCount_NamesTheLine()
    {
        var error = Assert.Throws<DataFileException>(() => TsvTable.Parse("x.tsv", "# comment\na\tb\n1\t2\n3\n", "a", "b"));

        Assert.Equal("x.tsv:4: expected 2 tab-separated fields (a, b), found 1", error.Message);
    }

    [Fact]
    public void Parse_MissingColumn_NamesTheHeaderLine()
    {
        var error = Assert.Throws<DataFileException>(() => TsvTable.Parse("x.tsv", "# c\n# d\na\tc\n", "a", "b"));

        Assert.StartsWith("x.tsv:3: header lacks the column 'b'", error.Message, StringComparison.Ordinal);
    }
}
