using Sitrep.Common;
using Sitrep.Events.Lexicon;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events.Lexicon;

/// <summary>The loader of figurative_senses.tsv: round 22's phrase, agent and statement roles and what each may list.</summary>
public class FigurativeSensesTests
{
    private static readonly HashSet<string> _lemmas = ["strike", "protest", "attack"];

    private static FigurativeSenses Load(string row)
    {
        using var dir = new TempDirectory();
        return FigurativeSenses.Load(dir.File("figurative_senses.tsv", "sense\tlemmas\trole\twords\n" + row + "\n"), _lemmas);
    }

    [Fact]
    public void Load_PhraseStatementAndAgentRoles_ReadTheirWords()
    {
        Assert.Equal(SenseRole.Phrase, Assert.Single(Load("compound\tstrike\tphrase\tstrike price|strike prices").Of("strike")).Role);
        var statement = Assert.Single(Load("manner\tprotest\tstatement\tin protest").Of("protest"));
        Assert.Equal(SenseRole.Statement, statement.Role);
        Assert.Equal(["in", "protest"], Assert.Single(statement.Phrases));
        IReadOnlySet<string> agents = Assert.Single(Load("criticism\tattack\tagent\tpress|critics").Of("attack")).Words;
        Assert.Contains("press", agents);
    }

    [Theory]
    [InlineData("compound\tstrike\tphrase\tprice")]
    [InlineData("manner\tprotest\tstatement\tprotest")]
    [InlineData("criticism\tattack\tagent\tthe press")]
    [InlineData("criticism\tattack\tnearby\tpress")]
    public void Load_WordsTheRoleCannotRead_FileAndLineError(string row)
    {
        var error = Assert.Throws<DataFileException>(() => Load(row));

        Assert.Contains("figurative_senses.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
