using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>
/// Links the mentions of one article into entities: "Volodymyr Zelenskyy", "Zelenskyy", "the president" and
/// "he" become one PERSON; "Russia" twice is one GPE; "Moscow" and "the Kremlin" acting are one
/// "Government of Russia". Pronouns go to the most recent person named in the same or the previous two
/// sentences (no gender or syntax: a deliberate, predictable approximation).
/// </summary>
internal static class MentionLinker
{
    private const int _pronounSentenceWindow = 2;

    private sealed class Group(Candidate first)
    {
        public List<(Candidate Candidate, MentionKind Kind, int First, int Count)> Mentions { get; } = [(first, first.Kind, first.First, first.Count)];

        public Candidate Head { get; set; } = first;

        public string? Title { get; set; } = first.Title;

        public string? Affiliation { get; set; } = first.Affiliation;

        public string? Country { get; set; } = first.Country;
    }

    public static ImmutableArray<Entity> Link(string text, TextLayer layer, List<Candidate> candidates, Lexicon lexicon)
    {
        var doc = new Words(text, layer.Tokens.AsSpan(), lexicon);
        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        var persons = new List<Group>();
        foreach (var candidate in candidates)
        {
            if (candidate.Type == EntityType.Person)
            {
                var group = FindPerson(doc, persons, candidate);
                if (group is null)
                {
                    group = new Group(candidate);
                    persons.Add(group);
                    groups.Add(group);
                }
                else
                {
                    group.Mentions.Add((candidate, MentionKind.Name, candidate.First, candidate.Count));
                    if (candidate.Count > group.Head.Count)
                    {
                        group.Head = candidate;
                    }

                    group.Title ??= candidate.Title;
                    group.Affiliation ??= candidate.Affiliation;
                    group.Country ??= candidate.Country;
                }

                continue;
            }

            var key = KeyOf(doc, candidate);
            if (key is not null && byKey.TryGetValue(key, out var existing))
            {
                existing.Mentions.Add((candidate, candidate.Kind, candidate.First, candidate.Count));
                existing.Country ??= candidate.Country;
                continue;
            }

            var created = new Group(candidate);
            groups.Add(created);
            if (key is not null)
            {
                byKey[key] = created;
            }
        }

        LinkAbbreviations(text, layer, doc, groups);

        var covered = new bool[layer.Tokens.Length];
        foreach (var candidate in candidates)
        {
            covered.AsSpan(candidate.First, candidate.Count).Fill(true);
        }

        LinkDescriptionsAndPronouns(doc, layer, persons, candidates, covered);

        var entities = ImmutableArray.CreateBuilder<Entity>(groups.Count);
        var ordered = groups.OrderBy(g => g.Mentions.Min(m => m.First)).ToList();
        for (var g = 0; g < ordered.Count; g++)
        {
            var group = ordered[g];
            var head = group.Head;
            var mentions = ImmutableArray.CreateBuilder<Mention>(group.Mentions.Count);
            foreach (var m in group.Mentions.OrderBy(m => m.First))
            {
                mentions.Add(new Mention(doc.Span(m.First, m.Count), m.Kind));
            }

            entities.Add(new Entity($"e{g + 1}", head.Type, NameOf(doc, head), group.Title, group.Affiliation, group.Country, mentions.MoveToImmutable())
            {
                Value = head.Value,
                Approximate = head.Approximate,
            });
        }

        return entities.MoveToImmutable();
    }

    private static string NameOf(Words doc, Candidate head)
    {
        if (head.Canonical is not null)
        {
            return head.Canonical;
        }

        var first = head.First;
        var count = head.Count;
        if (count > 1 && doc.Lower(first) == "the" && head.Type is not (EntityType.Date or EntityType.Cardinal or EntityType.Quantity))
        {
            first++;
            count--;
        }

        return doc.Slice(first, count);
    }

    /// <summary>Persons link by surname: a later "Zelenskyy" is the earlier "Volodymyr Zelenskyy".</summary>
    private static Group? FindPerson(Words doc, List<Group> persons, Candidate candidate)
    {
        var last = doc.Lower(candidate.End - 1);
        var firstName = candidate.Count > 1 ? doc.Lower(candidate.First) : null;
        for (var p = persons.Count - 1; p >= 0; p--)
        {
            var head = persons[p].Head;
            if (doc.Lower(head.End - 1) != last)
            {
                continue;
            }

            var headFirst = head.Count > 1 ? doc.Lower(head.First) : null;
            if (firstName is null || headFirst is null || firstName == headFirst)
            {
                return persons[p];
            }
        }

        return null;
    }

    /// <summary>
    /// An abbreviation ("SDF", "the RSF") joins the entity of the multi-word name it stands for ("Syrian Democratic
    /// Forces"), which stays the canonical name, whichever comes first in the article. The name it follows in
    /// brackets ("the Rapid Support Forces (RSF)") is its expansion; otherwise the one name in the article with those
    /// initials. Two different names with the same initials leave it apart: the text does not say which is meant.
    /// Persons take no part ("J. K." is not a name's initials).
    /// </summary>
    private static void LinkAbbreviations(string text, TextLayer layer, Words doc, List<Group> groups)
    {
        List<Group>? abbreviations = null;
        foreach (var group in groups)
        {
            if (IsAbbreviation(doc, group.Head))
            {
                (abbreviations ??= []).Add(group);
            }
        }

        if (abbreviations is null)
        {
            return;
        }

        var tokens = layer.Tokens.AsSpan();
        foreach (var abbreviation in abbreviations)
        {
            var word = NameOf(doc, abbreviation.Head);
            var expansion = BracketedAfter(text, tokens, doc, groups, abbreviation, word) ?? OnlyNameWithInitials(text, tokens, doc, groups, word);
            if (expansion is null)
            {
                continue;
            }

            expansion.Mentions.AddRange(abbreviation.Mentions.Select(m => (m.Candidate, MentionKind.Name, m.First, m.Count)));
            expansion.Country ??= abbreviation.Country;
            groups.Remove(abbreviation);
        }
    }

    /// <summary>A one-word name of two to eight capitals ("SDF", "ISIL"), not a person, number or lexicon entry.</summary>
    private static bool IsAbbreviation(Words doc, Candidate head)
    {
        if (head.Type is EntityType.Person or EntityType.Norp or EntityType.Date or EntityType.Cardinal or EntityType.Quantity
            || head.Canonical is not null || head.IsCountry)
        {
            return false;
        }

        var first = FirstNameWord(doc, head);
        if (head.End - first != 1)
        {
            return false;
        }

        var word = doc.Word(first);
        if (word.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a group can be the name an abbreviation stands for: a multi-word name of an organisation, unit or place.</summary>
    private static bool CanExpand(Words doc, Candidate head) =>
        head.Type is EntityType.Org or EntityType.MilitaryUnit or EntityType.Gpe or EntityType.Loc or EntityType.Facility
        && head.End - FirstNameWord(doc, head) > 1;

    /// <summary>The first word of a mention's name, after a leading "the".</summary>
    private static int FirstNameWord(Words doc, Candidate head) => doc.NameStart(head.First, head.Count);

    /// <summary>
    /// The entity whose name the abbreviation follows in brackets ("Hayat Tahrir al-Sham (HTS)"): the article says
    /// what it stands for, even where the initials do not spell it. The first letters must agree; one name only.
    /// </summary>
    private static Group? BracketedAfter(string text, ReadOnlySpan<Token> tokens, Words doc, List<Group> groups, Group abbreviation, string word)
    {
        Group? found = null;
        foreach (var mention in abbreviation.Mentions)
        {
            var open = mention.First - 1;
            if (mention.Count != 1 || open < 1 || mention.First + 1 >= doc.Count || !doc.Word(open).SequenceEqual("(") || !doc.Word(mention.First + 1).SequenceEqual(")"))
            {
                continue;
            }

            foreach (var group in groups)
            {
                if (group == abbreviation || !CanExpand(doc, group.Head) || !group.Mentions.Any(m => m.First + m.Count == open && m.Count > 1))
                {
                    continue;
                }

                var name = NameOf(doc, group.Head);
                if ((char.ToUpperInvariant(name[0]) != word[0] && !SpellsTrailingWords(text, tokens, doc, group.Head, word)) || (found is not null && found != group))
                {
                    return null;
                }

                found = group;
            }
        }

        return found;
    }

    /// <summary>
    /// The abbreviation spells the initials of the name's last words: a qualifier before the name proper has no letter
    /// in it ("Kanbalu People's Defence Force (PDF)", "the Sudanese Armed Forces (SAF)" spells all of them anyway).
    /// </summary>
    private static bool SpellsTrailingWords(string text, ReadOnlySpan<Token> tokens, Words doc, Candidate head, string word)
    {
        for (var first = FirstNameWord(doc, head) + 1; first < head.End - 1; first++)
        {
            if (DocumentConsistency.Initials(text, tokens, first, head.End - first) == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one multi-word name in the article whose initials spell the abbreviation; null for none or several.</summary>
    private static Group? OnlyNameWithInitials(string text, ReadOnlySpan<Token> tokens, Words doc, List<Group> groups, string word)
    {
        Group? found = null;
        string? foundName = null;
        foreach (var group in groups)
        {
            var head = group.Head;
            if (!CanExpand(doc, head))
            {
                continue;
            }

            var first = FirstNameWord(doc, head);
            if (DocumentConsistency.Initials(text, tokens, first, head.End - first) != word)
            {
                continue;
            }

            // The same name typed two ways is still one expansion; the earlier group keeps the abbreviation.
            var name = NameOf(doc, head);
            if (foundName is not null && !string.Equals(foundName, name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            found ??= group;
            foundName = name;
        }

        return found;
    }

    private static string? KeyOf(Words doc, Candidate candidate)
    {
        if (candidate.Type is EntityType.Date or EntityType.Cardinal or EntityType.Quantity)
        {
            return null;
        }

        if (candidate.Canonical is not null)
        {
            return "canonical:" + candidate.Canonical;
        }

        if (candidate.IsCountry && candidate.Country is not null)
        {
            return "country:" + candidate.Country;
        }

        if (candidate.Type == EntityType.Norp && candidate.Country is not null)
        {
            // "Russian" and "Russians" are one group of people.
            return "norp:" + candidate.Country;
        }

        var name = NameOf(doc, candidate).ToLowerInvariant();
        return $"{candidate.Type}:{name}";
    }

    /// <summary>"the president" links to the latest person with that title; "he" to the latest person named nearby.</summary>
    private static void LinkDescriptionsAndPronouns(Words doc, TextLayer layer, List<Group> persons, List<Candidate> candidates, bool[] covered)
    {
        if (persons.Count == 0)
        {
            return;
        }

        var sentenceOf = new int[layer.Tokens.Length];
        for (var s = 0; s < layer.Sentences.Length; s++)
        {
            sentenceOf.AsSpan(layer.Sentences[s].FirstToken, layer.Sentences[s].TokenCount).Fill(s);
        }

        var bySurname = PersonsBySurname(doc, persons).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < layer.Tokens.Length; i++)
        {
            if (covered[i])
            {
                continue;
            }

            // The model may miss a surname used alone ("...," Kovalenko wrote); a person named in full claims it.
            if (doc.IsCapitalised(i) && bySurname.TryGetValue(doc.Word(i), out var named) && named is not null
                && (i + 1 >= layer.Tokens.Length || !doc.IsCapitalised(i + 1)))
            {
                named.Mentions.Add((named.Head, MentionKind.Name, i, 1));
                covered[i] = true;
                continue;
            }

            var lower = doc.Lower(i);
            if (lower is "he" or "him" or "his" or "she" or "her")
            {
                var latest = LatestPersonBefore(persons, i, sentenceOf);
                latest?.Mentions.Add((latest.Head, MentionKind.Pronoun, i, 1));
                continue;
            }

            if (lower != "the" || i + 1 >= layer.Tokens.Length)
            {
                continue;
            }

            var titleEnd = doc.TitleStartingAt(i + 1, Math.Min(layer.Tokens.Length, i + 1 + Lexicon.MaxPhraseTokens), candidates);
            if (titleEnd <= i + 1 || (titleEnd < layer.Tokens.Length && (covered[titleEnd] || doc.IsCapitalised(titleEnd) || doc.Lower(titleEnd) == "of")))
            {
                continue;
            }

            var title = doc.Slice(i + 1, titleEnd - i - 1);
            var match = persons
                .Where(p => p.Title is not null && p.Mentions.Min(m => m.First) < i && SameTitle(p.Title, title))
                .OrderByDescending(p => p.Mentions.Where(m => m.First < i).Max(m => m.First))
                .FirstOrDefault();
            if (match is not null)
            {
                match.Mentions.Add((match.Head, MentionKind.Nominal, i, titleEnd - i));
                covered.AsSpan(i, titleEnd - i).Fill(true);
                i = titleEnd - 1;
            }
        }
    }

    /// <summary>Surnames of the persons named in full; null for a surname two persons share (ambiguous).</summary>
    private static Dictionary<string, Group?> PersonsBySurname(Words doc, List<Group> persons)
    {
        var bySurname = new Dictionary<string, Group?>(StringComparer.Ordinal);
        foreach (var person in persons)
        {
            if (person.Head.Count < 2)
            {
                continue;
            }

            var surname = doc.Slice(person.Head.End - 1, 1);
            bySurname[surname] = bySurname.TryGetValue(surname, out var other) && other != person ? null : person;
        }

        return bySurname;
    }

    private static bool SameTitle(string entityTitle, string description)
    {
        // "Ukrainian President" / "President" match "the president"; compare the last word, case-insensitively.
        static string LastWord(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return string.Equals(LastWord(entityTitle), LastWord(description), StringComparison.OrdinalIgnoreCase);
    }

    private static Group? LatestPersonBefore(List<Group> persons, int token, int[] sentenceOf)
    {
        Group? best = null;
        var bestStart = -1;
        foreach (var person in persons)
        {
            foreach (var mention in person.Mentions)
            {
                if (mention.Kind == MentionKind.Name && mention.First < token && mention.First > bestStart
                    && sentenceOf[token] - sentenceOf[mention.First] <= _pronounSentenceWindow)
                {
                    best = person;
                    bestStart = mention.First;
                }
            }
        }

        return best;
    }
}
