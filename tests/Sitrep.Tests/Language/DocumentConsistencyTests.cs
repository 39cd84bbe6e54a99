using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Tests.Language;

/// <summary>One name, one type per article: what the document-level pass adds and relabels, and what it leaves.</summary>
public sealed class DocumentConsistencyTests
{
    [Fact]
    public void A_name_tagged_once_is_tagged_where_it_recurs()
    {
        const string text = "Kovalenko met the envoy. Later Kovalenko left.";
        var spans = Apply(text, Span(text, "Kovalenko", "PER"));

        Assert.Equal(["PER Kovalenko", "PER Kovalenko"], Describe(text, spans));
    }

    [Fact]
    public void A_recurring_word_inside_a_longer_name_is_not_tagged_alone()
    {
        const string text = "Water flows to Tharthar. The dam feeds Lake Tharthar and the Tharthar Basin. CTF reported. CTF 50 sailed.";
        var spans = Apply(text, Span(text, "Tharthar", "LOC"), Span(text, "CTF", "ORG"));

        // "Lake Tharthar", "Tharthar Basin" and "CTF 50" are other names; only the bare word matches.
        Assert.Equal(["LOC Tharthar", "ORG CTF"], Describe(text, spans));
    }

    [Fact]
    public void A_name_after_a_sentence_opening_capital_still_matches()
    {
        const string text = "Firefox grew. Yes. The Firefox team met. Mozilla runs Firefox.";
        var spans = Apply(text, Span(text, "Firefox", "ORG", occurrence: 3));

        Assert.Equal(3, Describe(text, spans).Count(s => s == "ORG Firefox"));
    }

    [Fact]
    public void Mentions_typed_differently_take_the_majority_type()
    {
        const string text = "Firefox grew. Firefox won. Google bought Firefox.";
        var spans = Apply(text, Span(text, "Firefox", "ORG"), Span(text, "Firefox", "ORG", occurrence: 2), Span(text, "Firefox", "PER", occurrence: 3));

        Assert.Equal(["ORG Firefox", "ORG Firefox", "ORG Firefox"], Describe(text, spans));
    }

    [Fact]
    public void A_tie_leaves_each_mention_as_tagged()
    {
        const string text = "Jordan spoke. Jordan borders Iraq.";
        var spans = Apply(text, Span(text, "Jordan", "PER"), Span(text, "Jordan", "LOC", occurrence: 2));

        Assert.Equal(["PER Jordan", "LOC Jordan"], Describe(text, spans));
    }

    [Fact]
    public void The_initials_of_a_full_name_take_its_type_where_the_article_uses_them()
    {
        const string text = "The Syrian Democratic Forces advanced. Later the SDF said the Islamic State of Iraq and the Levant withdrew. ISIL denied it.";
        var spans = Apply(text, Span(text, "Syrian", "ORG", count: 3), Span(text, "Islamic", "ORG", count: 7));

        Assert.Equal(["ORG Syrian Democratic Forces", "ORG SDF", "ORG Islamic State of Iraq and the Levant", "ORG ISIL"], Describe(text, spans));
    }

    [Fact]
    public void Initials_are_not_linked_from_a_person_or_a_name_with_other_lower_case_words()
    {
        const string text = "John Smith met the Friends with Benefits club. Later JS and FB spoke.";
        var spans = Apply(text, Span(text, "John", "PER", count: 2), Span(text, "Friends", "ORG", count: 4));

        Assert.Equal(["PER John Smith", "ORG Friends with Benefits club"], Describe(text, spans));
    }

    private static List<TaggedSpan> Apply(string text, params TaggedSpan[] spans) =>
        DocumentConsistency.Apply(text, TestText.Analyze(text).Tokens.AsSpan(), [.. spans]);

    private static TaggedSpan Span(string text, string word, string type, int occurrence = 1, int count = 1)
    {
        var tokens = TestText.Analyze(text).Tokens;
        var seen = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (text[tokens[i].Start..tokens[i].End] == word && ++seen == occurrence)
            {
                return new TaggedSpan(i, count, type);
            }
        }

        throw new ArgumentException($"'{word}' does not occur {occurrence} times");
    }

    private static List<string> Describe(string text, List<TaggedSpan> spans)
    {
        var tokens = TestText.Analyze(text).Tokens;
        return [.. spans.Select(s => $"{s.Type} {text[tokens[s.First].Start..tokens[s.End - 1].End]}")];
    }
}
