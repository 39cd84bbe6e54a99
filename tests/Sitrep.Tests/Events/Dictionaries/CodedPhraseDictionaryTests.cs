using Sitrep.Events.Dictionaries;

namespace Sitrep.Tests.Events.Dictionaries;

/// <summary>PETRARCH/TABARI actor and agent dictionaries: synonyms, stems, dated codes, plurals and macros.</summary>
public sealed class CodedPhraseDictionaryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sitrep-actors-" + Guid.NewGuid().ToString("N"));

    public CodedPhraseDictionaryTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string? CodeOf(CodedPhraseDictionary dictionary, string phrase, DateOnly? date = null)
    {
        var words = phrase.ToLowerInvariant().Split(' ');
        return dictionary.MatchAt(words, 0, words.Length, date)?.Code;
    }

    [Fact]
    public void LoadActors_SynonymsStemsAndExactNames()
    {
        var actors = CodedPhraseDictionary.LoadActors(Write("a.txt", """
            <!-- actors -->
            ARGENTIN  [ARG]
            NORTH_KOREA  [PRK] #JW
            +PYONGYANG
            ARNOR_  [ARN]
            """));
        Assert.Equal("ARG", CodeOf(actors, "Argentina"));
        Assert.Equal("ARG", CodeOf(actors, "Argentine troops"));
        Assert.Equal("PRK", CodeOf(actors, "Pyongyang"));
        Assert.Equal("PRK", CodeOf(actors, "North Korea said"));
        Assert.Equal("ARN", CodeOf(actors, "Arnor"));
        Assert.Null(CodeOf(actors, "Arnorian"));
    }

    [Fact]
    public void LoadActors_DatedCodes_CodeInForceOnTheDate()
    {
        var actors = CodedPhraseDictionary.LoadActors(Write("d.txt", """
            GOLLUM  # pas
            +SMEAGOL
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            	[HOBREB > 990816]
            """));
        Assert.Equal("HOB", CodeOf(actors, "Gollum", new DateOnly(1990, 1, 1)));
        Assert.Equal("HOBGOV", CodeOf(actors, "Smeagol", new DateOnly(1996, 1, 1)));
        Assert.Equal("HOBREB", CodeOf(actors, "Gollum", new DateOnly(2001, 1, 1)));
    }

    [Fact]
    public void LoadAgents_PluralsAndMacros()
    {
        var agents = CodedPhraseDictionary.LoadAgents(Write("g.txt", """
            !PERSON! = MAN, MEN, WOMAN
            CONGRESS!PERSON! [~LEG]
            MINISTER  [~GOV]
            TROOPS {}  [~MIL]
            """));
        Assert.Equal("~GOV", CodeOf(agents, "ministers"));
        Assert.Equal("~MIL", CodeOf(agents, "troops"));
        Assert.Null(CodeOf(agents, "troopss"));
        Assert.Equal("~LEG", CodeOf(agents, "congresswoman"));
        Assert.True(agents.IsAgents);
    }
}
