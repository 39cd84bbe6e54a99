using Sitrep.Claims;
using Sitrep.Common;

namespace Sitrep.Tests.Claims;

public sealed class ClaimsLexiconTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "sitrep-claims-lexicon-" + Guid.NewGuid().ToString("N"));

    public ClaimsLexiconTests()
    {
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf(ClaimsLexicon.Folder), "*.tsv"))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Theory]
    [InlineData("said", "say", CueFlavour.Speak, null)]
    [InlineData("denied", "deny", CueFlavour.Deny, StanceKind.Denies)]
    [InlineData("confirmed", "confirm", CueFlavour.Confirm, StanceKind.Supports)]
    [InlineData("accused", "accuse", CueFlavour.Accuse, null)]
    [InlineData("disclosed", "disclose", CueFlavour.Report, null)]
    [InlineData("acknowledged", "acknowledge", CueFlavour.Admit, null)]
    public void Default_CueVerbForm_MapsToLemmaFlavourAndStance(string form, string lemma, CueFlavour flavour, StanceKind? stance)
    {
        Assert.True(ClaimsLexicon.Default.TryGetVerb(form, out var verb));
        Assert.Equal(lemma, verb.Lemma);
        Assert.Equal(flavour, verb.Flavour);
        Assert.Equal(stance, verb.Stance);
    }

    [Theory]
    [InlineData("almost no chance", 1, 5)]
    [InlineData("very unlikely", 5, 20)]
    [InlineData("unlikely", 20, 45)]
    [InlineData("roughly even chance", 45, 55)]
    [InlineData("likely", 55, 80)]
    [InlineData("very likely", 80, 95)]
    [InlineData("almost certain", 95, 99)]
    public void Default_Icd203Band_MatchesConventions(string term, int low, int high)
    {
        var band = Assert.Single(ClaimsLexicon.Default.Likelihoods, b => b.Term == term);
        Assert.Equal((low, high), (band.Low, band.High));
    }

    [Theory]
    [InlineData("preliminary data", "likely")]
    [InlineData("almost certainly", "almost certain")]
    [InlineData("could not be independently verified", "roughly even chance")]
    [InlineData("reportedly", "roughly even chance")]
    [InlineData("said to be", "roughly even chance")]
    public void Default_Hedge_MapsToIcd203Term(string phrase, string term)
    {
        var hedge = Assert.Single(ClaimsLexicon.Default.Hedges, h => string.Join(' ', h.Tokens) == phrase);
        Assert.Equal(term, hedge.Likelihood.Term);
    }

    [Theory]
    [InlineData("has not officially confirmed", StanceKind.NotConfirmed)]
    [InlineData("denied", StanceKind.Denies)]
    [InlineData("supported ... claims", StanceKind.Supports)]
    [InlineData("disputed", StanceKind.Disputes)]
    public void Default_StancePhrase_HasStance(string phrase, StanceKind stance) =>
        Assert.Equal(stance, Assert.Single(ClaimsLexicon.Default.Stances, s => string.Join(' ', s.Tokens) == phrase).Stance);

    [Fact]
    public void Default_ChannelsAndCuePhrases_CoverTheBriefsExamples()
    {
        var phrases = ClaimsLexicon.Default.CuePhrases.Select(p => string.Join(' ', p.Tokens)).ToHashSet();
        Assert.Subset(phrases, new HashSet<string> { "according to", "in a statement", "in his daily address", "told reporters", "wrote on telegram", "said in a post on x", "at a press conference" });
        var channels = ClaimsLexicon.Default.Channels.Select(c => c.Channel).ToHashSet();
        Assert.Subset(channels, new HashSet<string> { "daily address", "Telegram", "X", "Facebook", "press conference", "statement", "interview", "intelligence", "satellite imagery", "The New York Times" });
    }

    [Theory]
    [InlineData("Reuters", null, 'B')]
    [InlineData("TASS", null, 'D')]
    [InlineData("Some Unknown Blog", null, 'F')]
    [InlineData("Some Unknown Blog", "telegram channel", 'F')]
    [InlineData("A ministry", "ministry of defence", 'C')]
    public void SourceReliability_Grade_OutletThenTypeThenDefault(string source, string? type, char grade) =>
        Assert.Equal(grade, new SourceReliability(ClaimsLexicon.Default).Grade(source, type).Grade);

    [Fact]
    public void Load_WrongColumnCount_ReportsFileAndLine()
    {
        var line = Corrupt("hedges.tsv", "preliminary data\tlikely\tevidence", "preliminary data\tlikely");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.EndsWith("hedges.tsv", error.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Contains($"hedges.tsv:{line}: expected 3 tab-separated columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownAttackWordKind_ReportsFileAndLine()
    {
        var line = Corrupt("attack_words.tsv", "struck\tact", "struck\tverb");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.EndsWith("attack_words.tsv", error.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Load_UnknownAgencyKind_ReportsFileAndLine()
    {
        var line = Corrupt("agency_words.tsv", "detonated\tagent_verb", "detonated\tverb");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.EndsWith("agency_words.tsv", error.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Load_AgentVerbOfTwoWords_IsRejected()
    {
        var line = Corrupt("agency_words.tsv", "detonated\tagent_verb", "set off\tagent_verb");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Equal(line, error.Line);
        Assert.Contains("one word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AgencyWordsAreData_ANewAgentVerbIsRead()
    {
        Assert.False(ClaimsLexicon.Load(_copy).IsAgentVerb("ambushed"));
        File.AppendAllLines(Path.Combine(_copy, "agency_words.tsv"), ["ambushed\tagent_verb", "no link to\tno_part"]);
        var lexicon = ClaimsLexicon.Load(_copy);
        Assert.True(lexicon.IsAgentVerb("ambushed"));
        Assert.True(lexicon.IsAgentVerb("Detonated"));
        Assert.False(lexicon.IsAgentVerb("said"));
    }

    [Theory]
    [InlineData("hours", true)]
    [InlineData("days", true)]
    [InlineData("week", true)]
    [InlineData("minutes", true)]
    [InlineData("metres", true)]
    [InlineData("shells", false)]
    [InlineData("soldiers", false)]
    public void Default_MeasureWord_ReadsTimeUnitsFromTheTimeLexicon(string word, bool measure)
    {
        // "days" and "week" are in data/time/units.tsv only, "minutes" and "metres" in measure_words.tsv only.
        Assert.Equal(measure, ClaimsLexicon.Default.IsMeasureWord(word));
    }

    [Theory]
    [InlineData("not", true)]
    [InlineData("never", true)]
    [InlineData("n't", true)]
    [InlineData("any", false)]
    [InlineData("only", false)]
    public void Default_Negation_IsCounterMarkersNegation(string word, bool negation) =>
        Assert.Equal(negation, ClaimsLexicon.Default.IsNegation(word));

    [Theory]
    [InlineData("not", true, true)]
    [InlineData("never", true, true)]
    [InlineData("n't", true, true)]
    [InlineData("no", true, false)]
    [InlineData("none", true, false)]
    [InlineData("nobody", true, false)]
    [InlineData("instead", false, false)]
    public void Default_VerbNegation_IsKindNegationOnly(string word, bool negation, bool ofVerb)
    {
        // counter_markers.tsv: "no", "none" and "nobody" (kind absence) negate a noun; only kind negation starts a negated act.
        Assert.Equal(negation, ClaimsLexicon.Default.IsNegation(word));
        Assert.Equal(ofVerb, ClaimsLexicon.Default.IsVerbNegation(word));
    }

    [Theory]
    [InlineData("army spokesman", "MIL")]
    [InlineData("A resident", "CVL")]
    [InlineData("defence minister", "GOV")]
    [InlineData("the weather", null)]
    public void Default_SectorOf_ListedFirstWins(string words, string? sector) =>
        Assert.Equal(sector, ClaimsLexicon.Default.SectorOf(words.Split(' ')));

    [Fact]
    public void Load_UnknownLikelihood_ReportsFileAndLine()
    {
        var line = Corrupt("hedges.tsv", "reportedly\troughly even chance\thedge", "reportedly\tperhaps\thedge");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"hedges.tsv:{line}: unknown ICD 203 likelihood 'perhaps'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStance_ReportsFileAndLine()
    {
        var line = Corrupt("stance_phrases.tsv", "denied\tdenies", "denied\trefutes");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"stance_phrases.tsv:{line}: unknown stance 'refutes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStanceObjectClass_ReportsFileAndLine()
    {
        var line = Corrupt("stance_objects.tsv", "allegations\tplural_object", "allegations\tplural");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"stance_objects.tsv:{line}: unknown class 'plural'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figures", true)]
    [InlineData("toll", true)]
    [InlineData("casualties", true)]
    [InlineData("numbers", true)]
    [InlineData("losses", true)]
    [InlineData("loss", false)]
    [InlineData("claim", false)]
    public void Default_CountStem_NamesCountedFiguresByPrefix(string word, bool expected) =>
        Assert.Equal(expected, ClaimsLexicon.Default.IsCountNoun(word));

    [Fact]
    public void Load_MultiWordCountStem_ReportsFileAndLine()
    {
        var line = Corrupt("count_stems.tsv", "toll\ttolls", "death toll\tdeath tolls");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"count_stems.tsv:{line}: 'death toll' must be a single word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CountStemExampleNotMatching_ReportsFileAndLine()
    {
        var line = Corrupt("count_stems.tsv", "losse\tlosses", "losse\tloss");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"count_stems.tsv:{line}: example 'loss' does not start with stem 'losse'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownCasualtyRole_ReportsFileAndLine()
    {
        var line = Corrupt("casualty_words.tsv", "killed\tkilled\t-", "killed\tdied\t-");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"casualty_words.tsv:{line}: unknown role 'died'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContraryOppositeWithoutPhrases_ReportsFileAndLine()
    {
        var line = Corrupt("contrary_predicates.tsv", "captured\tplace:taken\tplace:held,intact\t-\tholds", "captured\tplace:taken\tplace:held,lost\t-\tholds");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"contrary_predicates.tsv:{line}: opposite class 'lost' has no phrase of its own", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownHolding_ReportsFileAndLine()
    {
        var line = Corrupt("contrary_predicates.tsv", "withdrew\tplace:withdrew\tplace:held\tplace:taken\tgives_up", "withdrew\tplace:withdrew\tplace:held\tplace:taken\tleaves");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"contrary_predicates.tsv:{line}: unknown holding 'leaves'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UserAddedGivingUpPredicate_ConcedesACaptureItWasBlindTo()
    {
        // Who gives a place up is data (column holding), not a list of classes in the code: a user's row for
        // "surrendered" makes the state's surrender agree with the armed group's capture.
        const string text = "The rebels said their fighters had captured the town of Kaga on Monday. "
            + "Two residents told Reuters that soldiers had surrendered the town after a day of fighting.";
        var before = new AttributionDetector(ClaimsLexicon.Load(_copy)).Detect(text, Sitrep.Text.TextAnalyzer.Analyze(text));
        File.AppendAllLines(Path.Combine(_copy, "contrary_predicates.tsv"), ["surrendered\tplace:withdrew\tplace:held\tplace:taken\tgives_up"]);
        var after = new AttributionDetector(ClaimsLexicon.Load(_copy)).Detect(text, Sitrep.Text.TextAnalyzer.Analyze(text));

        ClaimAnnotation Capture(System.Collections.Immutable.ImmutableArray<ClaimAnnotation> claims) => ClaimTestText.ClaimWith(text, claims, "their fighters had captured");
        Assert.Equal(ClaimStatus.Claimed, Capture(before).Status);
        Assert.Equal(ClaimStatus.Corroborated, Capture(after).Status);
    }

    [Fact]
    public void Load_UpperCaseCountryWords_ReportsFileAndLine()
    {
        var line = Corrupt("seats_of_power.tsv", "kyiv\tukraine,ukrainian", "kyiv\tUkraine");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"seats_of_power.tsv:{line}: country words must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_StanceObjectWords_AreReadFromData()
    {
        var lexicon = ClaimsLexicon.Default;
        Assert.True(lexicon.IsPluralObject("allegations"));
        Assert.True(lexicon.IsGenericObject("allegations"));
        Assert.True(lexicon.IsGenericObject("claim"));
        Assert.False(lexicon.IsPluralObject("claim"));
        Assert.True(lexicon.IsCopula("appeared"));
        Assert.False(lexicon.IsGenericObject("hospital"));
    }

    [Fact]
    public void Load_UnknownCounterMarkerKind_ReportsFileAndLine()
    {
        var line = Corrupt("counter_markers.tsv", "instead\tcontrast", "instead\tirony");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"counter_markers.tsv:{line}: unknown kind 'irony'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("militants", "fighter")]
    [InlineData("fighters", "fighter")]
    [InlineData("struck", "strike")]
    public void Default_TopicClasses_GroupWordsOfOneKind(string word, string topicClass) =>
        Assert.Equal(topicClass, ClaimsLexicon.Default.TopicClasses[word]);

    [Fact]
    public void Load_DuplicateEntry_ReportsFileAndLine()
    {
        File.AppendAllText(Path.Combine(_copy, "channels.tsv"), "telegram\tTelegram\tsocial\n");
        var lines = File.ReadAllLines(Path.Combine(_copy, "channels.tsv")).Length;
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"channels.tsv:{lines}: duplicate entry 'telegram'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UpperCasePhrase_ReportsFileAndLine()
    {
        var line = Corrupt("anonymous_sources.tsv", "western officials\tWestern governments\tGOV", "Western officials\tWestern governments\tGOV");
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains($"anonymous_sources.tsv:{line}: phrase 'Western officials' must be lower case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        File.Delete(Path.Combine(_copy, "cue_verbs.tsv"));
        var error = Assert.Throws<LexiconFormatException>(() => ClaimsLexicon.Load(_copy));
        Assert.Contains("cue_verbs.tsv:0: file is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataFiles_EveryClaimsFile_HasSourceAndLicenceHeader()
    {
        foreach (var file in Directory.GetFiles(DataFiles.PathOf(ClaimsLexicon.Folder), "*.tsv"))
        {
            var header = string.Join('\n', File.ReadLines(file).TakeWhile(l => l.StartsWith('#')));
            Assert.Contains("Source:", header, StringComparison.Ordinal);
            Assert.Contains("Licence:", header, StringComparison.Ordinal);
        }
    }

    /// <summary>Replaces one exact line in the copied file and returns its 1-based line number.</summary>
    private int Corrupt(string file, string line, string replacement)
    {
        var path = Path.Combine(_copy, file);
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, line);
        Assert.True(index >= 0, $"{file} has no line '{line}'");
        lines[index] = replacement;
        File.WriteAllLines(path, lines);
        return index + 1;
    }
}
