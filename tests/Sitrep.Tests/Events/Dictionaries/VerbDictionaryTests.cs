using Sitrep.Common;
using Sitrep.Events.Dictionaries;
using Sitrep.Language;

namespace Sitrep.Tests.Events.Dictionaries;

/// <summary>PETRARCH/TABARI verb dictionaries load with their synsets, forms and patterns, and code verbs in sentences.</summary>
public sealed class VerbDictionaryTests : IDisposable
{
    private const string _verbs = """
        <!-- a small dictionary in the PETRARCH validation format -->
        &TIETYPES
        +MILITARY
        +DIPLOMATIC

        --- RESTORE  [064]  ---
        RESTORE    # comment
        - * &TIETYPES TIES [064]
        - * THE_FULL  [xxy]
        - WILL NOT * [---]

        --- BREAK [1717] ---
        BREAK { BROKE BROKEN  }
        +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
        - * OFF_ TALKS [195]

        --- DELAY [120]  [031:031]  ---
        DELAY
        DOWNPLAY [014]
        - * (TO &UNKNOWNSET) [111]
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sitrep-verbs-" + Guid.NewGuid().ToString("N"));

    public VerbDictionaryTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private VerbDictionary Load(string text)
    {
        var path = Path.Combine(_directory, "test.verbs.txt");
        File.WriteAllText(path, text);
        return VerbDictionary.Load(path);
    }

    [Fact]
    public void Load_Blocks_FormsInflectedAndPatternsRead()
    {
        var dictionary = Load(_verbs);
        Assert.Equal(3, dictionary.BlockCount);
        Assert.True(dictionary.ByVerbWord.ContainsKey("restored"));
        Assert.True(dictionary.ByVerbWord.ContainsKey("restoring"));
        Assert.True(dictionary.ByVerbWord.ContainsKey("broke"));
        Assert.Contains(dictionary.ByVerbWord["broke"], f => f.Words.SequenceEqual(["broke", "down"]));
        Assert.Equal("014", dictionary.ByVerbWord["downplay"][0].Code);
        Assert.Equal("120", dictionary.ByVerbWord["delay"][0].Code);
        Assert.Equal(["military", "diplomatic"], dictionary.Synsets["TIETYPES"].Select(m => m[0]));
    }

    [Fact]
    public void Load_UnknownSynset_PatternSkippedAndReported()
    {
        var dictionary = Load(_verbs);
        Assert.Equal(4, dictionary.PatternCount); // the &UNKNOWNSET pattern is left out
        Assert.Contains(dictionary.Problems, p => p.Contains("UNKNOWNSET", StringComparison.Ordinal) && p.Contains("test.verbs.txt:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoBlock_ErrorNamesFile()
    {
        var error = Assert.Throws<DataFileException>(() => Load("&ONLY\n+SYNSET\n"));
        Assert.Contains("test.verbs.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("064", "064")]
    [InlineData("032:033", "032")]
    [InlineData(":173", "173")]
    [InlineData("025?", "025")]
    [InlineData("---", null)]
    [InlineData("abc", null)]
    public void ParseCode_Forms_CameoCodeOrNull(string code, string? expected) => Assert.Equal(expected, VerbDictionary.ParseCode(code));

    private static List<VerbCoding> Code(VerbPatternCoder coder, string sentence, params int[] verbs)
    {
        var words = sentence.ToLowerInvariant().Split(' ');
        return coder.Code(words, i => verbs.Contains(i) ? Upos.VERB : Upos.NOUN, 0, words.Length, null);
    }

    [Fact]
    public void Code_PatternWithSynset_MostSpecificPatternWins()
    {
        var coder = new VerbPatternCoder(Load(_verbs));
        var coding = Assert.Single(Code(coder, "Arnor restored military ties with Gondor", 1));
        Assert.Equal("064", coding.Code);
        Assert.NotNull(coding.Pattern);
        Assert.Contains("TIETYPES", coding.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_SynsetWordBeginsLongerToken_PatternMatchesAndOthersSkipped()
    {
        var coder = new VerbPatternCoder(Load(_verbs));

        // A set word of four letters or more matches the tokens it begins ("diplomatic" in "diplomatically"): the
        // coder's quick test of the clause's word beginnings must keep that pattern, and pass over "THE_FULL".
        var coding = Assert.Single(Code(coder, "Arnor restored diplomatically important ties with Gondor", 1));
        Assert.Equal("064", coding.Code);
        Assert.Contains("TIETYPES", coding.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_NullPattern_NoEvent()
    {
        var coder = new VerbPatternCoder(Load(_verbs));
        Assert.Empty(Code(coder, "Arnor will not restore anything", 3));
    }

    [Fact]
    public void Code_PhrasalVerb_WholePhraseCoded()
    {
        var coder = new VerbPatternCoder(Load(_verbs));
        var coding = Assert.Single(Code(coder, "the talks broke down again", 2));
        Assert.Equal((2, 4), (coding.First, coding.End));
        Assert.Equal("1717", coding.Code);
    }

    [Fact]
    public void Code_NotTaggedVerb_NotCoded()
    {
        var coder = new VerbPatternCoder(Load(_verbs));
        Assert.Empty(Code(coder, "the delay was long"));
    }

    [Fact]
    public void Code_RequireActor_OnlyVerbsWithDictionaryActors()
    {
        var actorsPath = Path.Combine(_directory, "test.actors.txt");
        File.WriteAllText(actorsPath, "ARNOR_  [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n");
        var coder = new VerbPatternCoder(Load(_verbs), CodedPhraseDictionary.LoadActors(actorsPath), null, requireActor: true);
        Assert.Single(Code(coder, "Arnor restored diplomatic ties with Minas Tirith", 1));
        Assert.Empty(Code(coder, "someone restored diplomatic ties with somebody", 1));
    }

    private const string _supplement = """
        # a supplement: a new phrasal verb, a pattern naming the main file's set, and members added to that set
        --- SPEAK OUT [---] ---
        +SPEAK_OUT {+SPOKE_OUT }
        - * AGAINST [111]

        --- MEND [---] ---
        MEND
        - * &TIETYPES TIES [064]

        &TIETYPES
        +ECONOMIC
        +MILITARY
        """;

    private VerbDictionary LoadWithSupplement()
    {
        var main = Path.Combine(_directory, "main.verbs.txt");
        var supplement = Path.Combine(_directory, "supplement.verbs.txt");
        File.WriteAllText(main, _verbs);
        File.WriteAllText(supplement, _supplement);
        return VerbDictionary.Load([main, supplement]);
    }

    [Fact]
    public void Load_Supplement_BlocksAddedAndSynsetExtendedNotReplaced()
    {
        var dictionary = LoadWithSupplement();

        Assert.Equal(5, dictionary.BlockCount);
        Assert.Equal("main.verbs.txt+supplement.verbs.txt", dictionary.Name);
        Assert.Contains(dictionary.ByVerbWord["spoke"], f => f.Words.SequenceEqual(["spoke", "out"]));
        Assert.Equal(["military", "diplomatic", "economic"], dictionary.Synsets["TIETYPES"].Select(m => m[0]));
    }

    [Fact]
    public void Code_SupplementSynsetMember_MainFilePatternMatchesIt()
    {
        var coder = new VerbPatternCoder(LoadWithSupplement());

        // "economic" is a member only the supplement gives; the pattern is the main file's RESTORE pattern.
        var coding = Assert.Single(Code(coder, "Arnor restored economic ties with Gondor", 1));
        Assert.Equal("064", coding.Code);
        Assert.Equal("111", Assert.Single(Code(coder, "Rohan spoke out against the tolls", 1)).Code);
    }

    [Theory]
    [InlineData("criticize", "criticise")]
    [InlineData("paralyze", "paralyse")]
    [InlineData("seize", null)]
    [InlineData("attack", null)]
    public void BritishSpelling_IzeAndYzeVerbs_OthersNone(string verb, string? british) => Assert.Equal(british, VerbDictionary.BritishSpelling(verb));

    [Fact]
    public void Load_IzeVerb_BritishFormsCodedToo()
    {
        var dictionary = Load("--- CRITICIZE [111] ---\nCRITICIZE\n");
        var coder = new VerbPatternCoder(dictionary);

        Assert.True(dictionary.ByVerbWord.ContainsKey("criticized"));
        Assert.Equal("111", Assert.Single(Code(coder, "Arnor criticised Gondor", 1)).Code);
        Assert.Equal("111", Assert.Single(Code(coder, "Arnor is criticising Gondor", 2)).Code);
    }

    private const string _arms = """
        &ARMS
        +{0}
        +{1}
        +SHELL

        --- DELIVER [070] ---
        DELIVER
        - * &ARMS WEAPONS [073]
        - &ARMS * [074]
        """;

    [Theory]
    [InlineData("HEAVY", "HEAVY_WEAPONS", "073")] // "heavy" alone, then WEAPONS
    [InlineData("HEAVY_WEAPONS", "HEAVY", "070")] // the set's first member takes both words: no WEAPONS after them
    public void Code_SynsetMembers_TriedInTheSetsOrder(string first, string second, string expected)
    {
        var coder = new VerbPatternCoder(Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, _arms, first, second)));
        Assert.Equal(expected, Assert.Single(Code(coder, "Arnor delivered heavy weapons to Rohan", 1)).Code);
    }

    [Fact]
    public void Code_SynsetMemberOfFourLettersOrMore_MatchesWordsItBegins()
    {
        var coder = new VerbPatternCoder(Load(string.Format(System.Globalization.CultureInfo.InvariantCulture, _arms, "HEAVY", "RIFLE")));

        // Before the verb, by the member's last word: "shell" begins "shells", and "rifle" begins "riflemen" too (a
        // member word of four letters or more is a prefix); after it, "rifle" begins "rifles" but no WEAPONS follows;
        // "shel" is shorter than the member.
        Assert.Equal("074", Assert.Single(Code(coder, "the shells delivered nothing", 2)).Code);
        Assert.Equal("074", Assert.Single(Code(coder, "riflemen delivered nothing", 1)).Code);
        Assert.Equal("070", Assert.Single(Code(coder, "Arnor delivered the rifles", 1)).Code);
        Assert.Equal("070", Assert.Single(Code(coder, "the shel delivered nothing", 2)).Code);
    }
}
