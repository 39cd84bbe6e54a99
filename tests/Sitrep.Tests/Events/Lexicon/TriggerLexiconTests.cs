using Sitrep.Actors;
using Sitrep.Common;
using Sitrep.Events.Lexicon;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events.Lexicon;

public sealed class TriggerLexiconTests : IDisposable
{
    private readonly string _dir;

    public TriggerLexiconTests()
    {
        _dir = Path.Combine(Path.GetTempPath(), "sitrep-events-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        foreach (var file in Directory.GetFiles(DataFiles.PathOf("events"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_Codebook_Has6TypesAnd25SubTypesInHierarchyOrder()
    {
        var codebook = TriggerLexicon.Default.Codebook;

        Assert.Equal(6, codebook.EventTypes.Length);
        Assert.Equal(25, codebook.SubEventTypes.Length);
        Assert.Equal("Government regains territory", codebook.SubEventTypes[0].SubEventType);
        Assert.True(codebook.Find("Air/drone strike")!.Order < codebook.Find("Shelling/artillery/missile attack")!.Order);
        Assert.Equal("Political violence; Demonstrations", codebook.Find("Excessive force against protesters")!.DisorderType);
        Assert.Equal("Strategic developments", codebook.Find("Arrests")!.EventType);
    }

    [SharedDataFact("coding/acled/acled_event_categories.csv")]
    public void Load_Codebook_MatchesAcledCategoryTable()
    {
        var rows = File.ReadLines(SharedData.PathOf("coding/acled/acled_event_categories.csv")).Skip(1)
            .Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray())
            .ToList();
        var codebook = TriggerLexicon.Default.Codebook;

        Assert.Equal(rows.Count, codebook.SubEventTypes.Length);
        foreach (var r in rows)
        {
            var sub = codebook.Find(r[1]);
            Assert.NotNull(sub);
            Assert.Equal(r[0], sub.EventType);
            Assert.Equal((r[2] == "1", r[3] == "1", r[4] == "1", r[5] == "1"), (sub.PoliticalViolence, sub.OrganizedPoliticalViolence, sub.Disorder, sub.Demonstrations));
        }
    }

    [Theory]
    [InlineData(ActorInter.StateForces, null, 10, "State forces only")]
    [InlineData(ActorInter.StateForces, ActorInter.ExternalOtherForces, 18, "State forces-External/Other forces")]
    [InlineData(ActorInter.Civilians, ActorInter.RebelGroup, 27, "Rebel group-Civilians")]
    [InlineData(ActorInter.ExternalOtherForces, ActorInter.ExternalOtherForces, 88, "External/Other forces-External/Other forces")]
    public void Interaction_TwoInterCodes_LowestFirst(ActorInter a, ActorInter? b, int code, string label)
    {
        var interaction = TriggerLexicon.Default.Codebook.Interaction(a, b);

        Assert.Equal(code, interaction.Code);
        Assert.Equal(label, interaction.Label);
    }

    [Theory]
    [InlineData("shelled", "Shelling/artillery/missile attack", "ASSAULT", "heavy-weapons", "194")]
    [InlineData("drone attack", "Air/drone strike", "ASSAULT", "drone", "195")]
    [InlineData("clashes", "Armed clash", "ASSAULT", "firearms", "193")]
    [InlineData("abducted", "Abduction/forced disappearance", "ASSAULT", "abduct", "181")]
    [InlineData("protested", "Peaceful protest", "PROTEST", "demo", "141")]
    [InlineData("deployed", "Change to group/activity", "MOBILIZE", "troops", "154")]
    [InlineData("shot down", "Disrupted weapons use", "ASSAULT", "heavy-weapons", "190")]
    [InlineData("detained", "Arrests", "COERCE", "arrest", "173")]
    [InlineData("looted", "Looting/property destruction", "COERCE", "seize", "1711")]
    [InlineData("set fire", "Looting/property destruction", "ASSAULT", "destroy", "1712")]
    [InlineData("recaptured", "Government regains territory", "COERCE", "seize", "192")]
    [InlineData("suicide bomber", "Suicide bomb", "ASSAULT", "suicide-attack", "1831")]
    public void TriggersByForm_KnownForm_GivesCoding(string form, string firstSubEvent, string plover, string mode, string cameo)
    {
        var trigger = Assert.Single(TriggerLexicon.Default.TriggersByForm[form]);

        Assert.Equal(firstSubEvent, trigger.AcledCandidates[0].SubEventType);
        Assert.Equal(plover, trigger.PloverEvent);
        Assert.Equal(mode, trigger.PloverMode);
        Assert.Equal(cameo, trigger.CameoCode);
    }

    [Theory]
    [InlineData("drone", "Air/drone strike", "drone")]
    [InlineData("artillery", "Shelling/artillery/missile attack", "heavy-weapons")]
    [InlineData("missiles", "Shelling/artillery/missile attack", "heavy-weapons")]
    [InlineData("ied", "Remote explosive/landmine/IED", "explosives")]
    [InlineData("landmine", "Remote explosive/landmine/IED", "explosives")]
    [InlineData("grenade", "Grenade", "explosives")]
    [InlineData("suicide bomber", "Suicide bomb", "suicide-attack")]
    [InlineData("sarin", "Chemical weapon", "unconventional")]
    public void Cues_WeaponWord_SelectsSubEventType(string form, string subEvent, string mode)
    {
        var cue = TriggerLexicon.Default.Cues[form];

        Assert.Equal(subEvent, cue.SubEventType!.SubEventType);
        Assert.Equal(mode, cue.PloverMode);
    }

    [Theory]
    [InlineData("tear gas")]
    [InlineData("stun grenade")]
    [InlineData("molotov cocktail")]
    public void Cues_CodebookExclusions_SelectNoExplosionSubEvent(string form)
    {
        // ACLED: tear gas is no chemical weapon, stun grenades and Molotov cocktails are no grenades.
        Assert.Null(TriggerLexicon.Default.Cues[form].SubEventType);
    }

    [Theory]
    [InlineData("dozens", 12, 12)]
    [InlineData("hundreds", 100, 100)]
    [InlineData("tens", 10, 10)]
    [InlineData("several", 3, 10)]
    [InlineData("many", 3, 10)]
    [InlineData("few", 3, 10)]
    public void FatalityWords_AcledConventions(string word, int value, int large)
    {
        var entry = TriggerLexicon.Default.FatalityWords[word];

        Assert.Equal((value, large, true), (entry.Value, entry.Large, entry.FromAcled));
    }

    [Fact]
    public void Load_EverySubEventType_HasATriggerOrCue()
    {
        var lexicon = TriggerLexicon.Default;
        var covered = lexicon.Triggers.SelectMany(t => t.AcledCandidates).Select(s => s.SubEventType)
            .Concat(lexicon.Cues.Values.Where(c => c.SubEventType is not null).Select(c => c.SubEventType!.SubEventType))
            .ToHashSet();

        Assert.All(lexicon.Codebook.SubEventTypes, s => Assert.Contains(s.SubEventType, covered));
    }

    [Fact]
    public void Load_NeedsColumn_ReadsKindAndWindow()
    {
        var lexicon = TriggerLexicon.Load(_dir);

        var deploy = lexicon.Triggers.Single(t => t.Lemma == "deploy");
        var gather = lexicon.Triggers.Single(t => t.Lemma == "gather");
        var shell = lexicon.Triggers.Single(t => t.Lemma == "shell");

        Assert.Equal(new TriggerNeeds("force_words", 8), deploy.Needs);
        Assert.Equal(new TriggerNeeds("protest_purposes", null), gather.Needs);
        Assert.Null(shell.Needs);
    }

    [Fact]
    public void Load_LookAlikeCue_HidesTheWeaponWord()
    {
        var cues = TriggerLexicon.Load(_dir).Cues;

        Assert.True(cues["gold mine"].IsLookAlike);
        Assert.False(cues["mine"].IsLookAlike);
    }

    [Theory]
    [InlineData("triggers.tsv", "Explosions/Remote violence/Air/drone strike\tASSAULT\tdrone\t195", "Explosions/Remote violence/Drone strike\tASSAULT\tdrone\t195", "'Drone strike' is not a sub-event type")]
    [InlineData("triggers.tsv", "\tPROTEST\tdemo\t141", "\tPROTEST\tfirearms\t141", "PLOVER mode 'firearms' is not a mode of PROTEST")]
    [InlineData("triggers.tsv", "\tCOERCE\tarrest\t173", "\tCOERCE\tarrest\t17x", "CAMEO code '17x'")]
    [InlineData("triggers.tsv", "\tMOBILIZE\ttroops\t154", "\tMOBILISE\ttroops\t154", "unknown PLOVER event 'MOBILISE'")]
    [InlineData("cues.tsv", "\tGrenade\texplosives\t", "\tHand grenade\texplosives\t", "unknown ACLED sub-event type 'Hand grenade'")]
    [InlineData("cues.tsv", "\tGrenade\texplosives\t", "\tGrenade\t\t", "column 'plover_mode' is empty")]
    [InlineData("triggers.tsv", "\t154\tforce_words/8", "\t154\tforce_word/6", "needs 'force_word' is no kind of context_words.tsv")]
    [InlineData("triggers.tsv", "\t154\tforce_words/8", "\t154\tforce_words/six", "the window after '/' must be a number")]
    [InlineData("codebook.tsv", "\t1\t1\t1\t0\tAny air-to-ground", "\t1\t2\t1\t0\tAny air-to-ground", "must be 0 or 1")]
    [InlineData("fatality_words.tsv", "dozens\t12\t12\tacled", "dozens\t12\t6\tacled", "need 0 <= value <= large")]
    [InlineData("hierarchy.tsv", "battle\tclash|ambush", "battle\tclash|ambuscade", "'ambuscade' is not a trigger lemma")]
    [InlineData("hierarchy.tsv", "lethal\tkill", "lethality\tkill", "unknown role 'lethality'")]
    [InlineData("figurative_senses.tsv", "dismissal\tfire\tobject", "dismissal\tsack\tobject", "'sack' is no trigger lemma")]
    [InlineData("figurative_senses.tsv", "filming\tshoot\tsubject", "filming\tshoot\tbefore", "unknown role 'before'")]
    public void Load_BrokenLine_NamesFileAndLine(string file, string good, string bad, string problem)
    {
        var path = Path.Combine(_dir, file);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => !l.StartsWith('#') && l.Contains(good, StringComparison.Ordinal));
        Assert.True(index >= 0, $"test setup: '{good}' not found in {file}");
        lines[index] = lines[index].Replace(good, bad, StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<DataFileException>(() => TriggerLexicon.Load(_dir));

        Assert.StartsWith($"{file}:{index + 1}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
