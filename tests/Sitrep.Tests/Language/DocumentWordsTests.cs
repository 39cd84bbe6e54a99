using Sitrep.Language.Model;

namespace Sitrep.Tests.Language;

/// <summary>The document-level word evidence the NER tagger reads: each token marked by its word's other uses.</summary>
public sealed class DocumentWordsTests
{
    [Fact]
    public void A_sentence_opening_word_is_marked_by_its_capitalised_use_inside_another_sentence()
    {
        var marks = Marks("Mercy left early. The envoy met Mercy at noon.", out var words);

        Assert.Equal(0b1001, marks[words.IndexOf("Mercy")]); // capitalised alone elsewhere, and seen elsewhere
    }

    [Fact]
    public void A_sentence_opening_word_written_lower_case_elsewhere_is_marked_lower_case()
    {
        var marks = Marks("Sources said the town fell. Two sources confirmed it.", out var words);

        Assert.Equal(0b1100, marks[words.IndexOf("Sources")]);
    }

    [Fact]
    public void A_word_of_a_longer_capitalised_run_elsewhere_is_marked_as_in_a_run()
    {
        var marks = Marks("Analysts quoted Sungjoo Lee on Monday. Lee declined to comment.", out var words);

        Assert.Equal(0b1010, marks[words.LastIndexOf("Lee")]);
        Assert.Equal(0b1000, marks[words.IndexOf("Lee")]); // its own use does not count: the other one opens a sentence
    }

    [Fact]
    public void A_word_used_once_and_a_token_without_letters_are_unmarked()
    {
        var marks = Marks("Kovalenko said 1,500 troops arrived.", out var words);

        Assert.Equal(0, marks[words.IndexOf("Kovalenko")]);
        Assert.Equal(0, marks[words.IndexOf("1,500")]);
    }

    [Fact]
    public void Case_does_not_split_a_word_and_all_caps_is_not_read_as_a_name()
    {
        var marks = Marks("KYIV ATTACKED. The city of Kyiv was hit.", out var words);

        Assert.Equal(0b1001, marks[words.IndexOf("KYIV")]);
        Assert.Equal(0b1000, marks[words.IndexOf("Kyiv")]); // the all-caps headline use is only "seen"
    }

    [Fact]
    public void Tokens_outside_every_sentence_do_not_carry_the_previous_articles_uses()
    {
        // A first article of the same size uses "Orion" capitalised alone at the token positions that the second
        // article's dateline holds; the second article's own single "Orion" must not read those as other uses.
        const string first = "Then Orion left and Orion slept, then Orion came back.";
        const string second = "OSLO, May 3 (Wire) - Police said Orion was hurt.";
        var firstLayer = TestText.Analyze(first);
        var secondLayer = TestText.Analyze(second);
        var datelineTokens = secondLayer.Sentences[0].FirstToken;
        Assert.True(datelineTokens > 0, "the second article's dateline lies outside its sentences");

        var alone = Marks(second, out var words);
        DocumentWords.MarkDocument(first, firstLayer.Tokens.AsSpan(), firstLayer.Sentences.AsSpan(), new byte[firstLayer.Tokens.Length]);
        var afterFirst = Marks(second, out _);

        Assert.Equal(0, alone[words.IndexOf("Orion")]);
        Assert.Equal(alone, afterFirst);
    }

    private static byte[] Marks(string text, out List<string> words)
    {
        var layer = TestText.Analyze(text);
        var marks = new byte[layer.Tokens.Length];
        DocumentWords.MarkDocument(text, layer.Tokens.AsSpan(), layer.Sentences.AsSpan(), marks);
        words = [.. layer.Tokens.Select(t => text[t.Start..t.End])];
        return marks;
    }
}
