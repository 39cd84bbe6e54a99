using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Language;

/// <summary>
/// A mention found in one sentence before linking: a token range, a type and what the text says about it.
/// Mutable while the recogniser and the linker fill it in; never leaves the language layer.
/// </summary>
internal sealed class Candidate(int first, int count, EntityType type, int priority)
{
    public int First { get; set; } = first;

    public int Count { get; set; } = count;

    public int End => First + Count;

    public EntityType Type { get; set; } = type;

    /// <summary>Higher wins when two candidates overlap: patterns beat the model, the model beats plain word lists.</summary>
    public int Priority { get; } = priority;

    public MentionKind Kind { get; set; } = MentionKind.Name;

    public string? Canonical { get; set; }

    public string? Title { get; set; }

    public string? Affiliation { get; set; }

    public string? Country { get; set; }

    public double? Value { get; set; }

    public bool Approximate { get; set; }

    public int Sentence { get; set; }

    /// <summary>The mention names a country itself ("Russia"), not a place in it: country mentions link by code.</summary>
    public bool IsCountry { get; set; }
}

/// <summary>
/// Finds entity mentions in a tagged document: the NER model's spans, re-typed with head words (a "Bridge" is a
/// FACILITY, a "Brigade" a MILITARY_UNIT); patterns for military units and organisations; government seats used
/// as actors ("the Kremlin said"); countries and demonyms; and rule-based DATE, CARDINAL and QUANTITY spans.
/// Titles, affiliations and countries are read from the words around person names.
/// </summary>
internal sealed class EntityRecognizer(Lexicon lexicon)
{
    private const int _patternPriority = 4;
    private const int _numberPriority = 3;
    private const int _modelPriority = 2;
    private const int _listPriority = 1;

    // Words that cannot be part of a person's name in the title and apposition patterns.
    private const LexiconKind _notNameWords = LexiconKind.CountryName | LexiconKind.Demonym | LexiconKind.CountryPlace | LexiconKind.Title
        | LexiconKind.MilitaryUnitWord | LexiconKind.OrgWord | LexiconKind.FacilityWord | LexiconKind.LocWord | LexiconKind.GpeWord
        | LexiconKind.GovernmentSeat | LexiconKind.Month | LexiconKind.DateWord;

    private readonly Lexicon _lexicon = lexicon;

    public List<Candidate> Recognize(string text, TextLayer layer, ReadOnlySpan<Upos> tags, IReadOnlyList<TaggedSpan> modelSpans)
    {
        var tokens = layer.Tokens.AsSpan();
        var found = new List<Candidate>();
        var sentenceOf = new int[tokens.Length];
        for (var s = 0; s < layer.Sentences.Length; s++)
        {
            var sentence = layer.Sentences[s];
            sentenceOf.AsSpan(sentence.FirstToken, sentence.TokenCount).Fill(s);
        }

        var doc = new Words(text, tokens, _lexicon);
        foreach (var span in modelSpans)
        {
            if (FromModel(doc, tags, span) is { } candidate)
            {
                found.Add(candidate);
            }
        }

        foreach (var sentence in layer.Sentences)
        {
            var end = sentence.EndToken;
            MilitaryUnits(doc, sentence.FirstToken, end, found);
            Organisations(doc, sentence.FirstToken, end, found);
            GovernmentSeats(doc, tags, sentence.FirstToken, end, found);
            People(doc, tags, sentence.FirstToken, end, found);
            ListedNames(doc, sentence.FirstToken, end, found);
            SettlementNames(doc, tags, sentence.FirstToken, end, found);
            Numbers(doc, tags, sentence.FirstToken, end, found);
        }

        var chosen = Resolve(found, tokens.Length);
        foreach (var candidate in chosen)
        {
            candidate.Sentence = sentenceOf[candidate.First];
        }

        TitlesAndRoles(doc, tags, chosen, sentenceOf);
        return chosen;
    }

    /// <summary>
    /// Turns a model span into a candidate, or null when it is not a name: spans trimmed to their capitalised
    /// words, demonyms ("North Koreans", "Ukrainian forces") made NORP, lone function words ("While") dropped.
    /// </summary>
    private Candidate? FromModel(Words doc, ReadOnlySpan<Upos> tags, TaggedSpan span)
    {
        var first = span.First;
        var end = span.End;
        while (first < end && !doc.IsCapitalised(first) && !doc.StartsWithDigit(first))
        {
            first++;
        }

        while (end > first && !doc.IsCapitalised(end - 1) && !doc.StartsWithDigit(end - 1))
        {
            end--;
        }

        if (end <= first)
        {
            return null;
        }

        if (end - first == 1 && tags[first] is not (Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.X))
        {
            return null;
        }

        if (doc.DemonymOf(first, end - first) is { } demonym)
        {
            return new Candidate(first, end - first, EntityType.Norp, _modelPriority) { Country = demonym.Country };
        }

        if (doc.Word(first).Contains('-') && doc.AllDemonymsOrConnectors(first, end - first))
        {
            return null;
        }

        if (end - first > 1 && doc.AllDemonymsOrConnectors(first, end - first))
        {
            // "Russian and North Korean": leave the pieces to the word lists.
            return null;
        }

        span = new TaggedSpan(first, end - first, span.Type);
        var type = span.Type switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Org,
            "NORP" => EntityType.Norp,
            _ => EntityType.Gpe,
        };
        var candidate = new Candidate(span.First, span.Count, type, _modelPriority);
        if (type == EntityType.Person)
        {
            // Some training corpora put titles inside person names ("Iraqi President Fuad Masum"): keep them apart.
            while (candidate.Count > 1)
            {
                var (demonymLength, demonymEntry) = doc.LongestMatch(candidate.First, LexiconKind.Demonym, candidate.Count - 1);
                var (titleLength, _) = doc.LongestMatch(candidate.First, LexiconKind.Title, candidate.Count - 1);
                var length = Math.Max(demonymLength, titleLength);
                if (length == 0)
                {
                    break;
                }

                if (titleLength >= demonymLength)
                {
                    candidate.Title = doc.Slice(candidate.First, titleLength);
                }
                else
                {
                    candidate.Country ??= demonymEntry?.Country;
                }

                candidate.First += length;
                candidate.Count -= length;
            }

            return candidate;
        }

        if (type == EntityType.Norp)
        {
            candidate.Country = doc.Find(span.First, span.Count, LexiconKind.Demonym)?.Country;
            return candidate;
        }

        var headKind = doc.Find(span.End - 1, 1, LexiconKind.MilitaryUnitWord | LexiconKind.OrgWord | LexiconKind.FacilityWord | LexiconKind.LocWord | LexiconKind.GpeWord)?.Kind;
        var country = doc.Find(span.First, span.Count, LexiconKind.CountryName | LexiconKind.CountryPlace);
        if (country is not null)
        {
            candidate.Type = EntityType.Gpe;
            candidate.Country = country.Country;
            candidate.IsCountry = country.Kind == LexiconKind.CountryName;
        }
        else if (span.Count > 1 && headKind == LexiconKind.MilitaryUnitWord
            && doc.Find(span.First, span.Count - 1, LexiconKind.Demonym | LexiconKind.CountryName) is null)
        {
            candidate.Type = EntityType.MilitaryUnit;
        }
        else if (span.Count > 1 && headKind == LexiconKind.FacilityWord)
        {
            candidate.Type = EntityType.Facility;
        }
        else if (span.Count > 1 && headKind == LexiconKind.LocWord)
        {
            candidate.Type = EntityType.Loc;
        }
        else if (type == EntityType.Org)
        {
            candidate.Type = EntityType.Org;
        }
        else if (headKind == LexiconKind.OrgWord && span.Count > 1)
        {
            candidate.Type = EntityType.Org;
        }

        return candidate;
    }

    /// <summary>"95th Air Assault Brigade", "3rd Battalion of the 47th Mechanized Brigade", "Wagner Group".</summary>
    private static void MilitaryUnits(Words doc, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            if ((!doc.IsOrdinal(i) && !doc.IsCapitalised(i)) || doc.Lower(i) == "the")
            {
                continue;
            }

            var j = i;
            var hasOrdinal = false;
            var headAt = -1;
            while (j < end && (doc.IsOrdinal(j) || doc.IsCapitalised(j)))
            {
                hasOrdinal |= doc.IsOrdinal(j);
                if (doc.Find(j, 1, LexiconKind.MilitaryUnitWord) is not null && j > i)
                {
                    headAt = j;
                }

                j++;
            }

            if (headAt < 0 || !(hasOrdinal || headAt - i >= 1) || !doc.IsCapitalised(headAt))
            {
                continue;
            }

            // Named units need a name before the head that is not a country or demonym ("Russian Army" is a force, not a unit name).
            if (!hasOrdinal && doc.Find(i, headAt - i, LexiconKind.Demonym | LexiconKind.CountryName) is not null)
            {
                i = headAt;
                continue;
            }

            var unitEnd = headAt + 1;

            // "3rd Battalion of the 47th Mechanized Brigade": a unit of a unit is one name.
            if (unitEnd + 2 < end && doc.Lower(unitEnd) == "of" && doc.Lower(unitEnd + 1) == "the" && doc.IsOrdinal(unitEnd + 2))
            {
                var k = unitEnd + 2;
                var innerHead = -1;
                while (k < end && (doc.IsOrdinal(k) || doc.IsCapitalised(k)))
                {
                    if (doc.Find(k, 1, LexiconKind.MilitaryUnitWord) is not null)
                    {
                        innerHead = k;
                    }

                    k++;
                }

                if (innerHead > 0)
                {
                    unitEnd = innerHead + 1;
                }
            }

            found.Add(new Candidate(i, unitEnd - i, EntityType.MilitaryUnit, _patternPriority + 1));
            i = unitEnd - 1;
        }
    }

    /// <summary>
    /// Capitalised names ending in an organisation word ("National Security and Defense Council", "Defence
    /// Ministry", "Ministry of Defence"), with the country when the text gives it ("Russia's", "Russian").
    /// </summary>
    private static void Organisations(Words doc, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            if (!doc.IsCapitalised(i) || doc.Find(i, 1, LexiconKind.Demonym | LexiconKind.CountryName) is not null)
            {
                continue;
            }

            var j = i;
            var headEnd = -1;
            while (j < end && (doc.IsCapitalised(j) || (j > i && j + 1 < end && doc.IsConnector(j) && doc.IsCapitalised(j + 1))))
            {
                if (doc.IsCapitalised(j) && doc.Find(j, 1, LexiconKind.OrgWord) is not null)
                {
                    headEnd = j + 1;
                }

                j++;
            }

            if (headEnd < 0 || (headEnd - i < 2 && !(headEnd < end && doc.Lower(headEnd) == "of")))
            {
                continue;
            }

            // "Ministry of Defence": a head followed by "of" and capitalised words was already taken in the loop.
            var candidate = new Candidate(i, Math.Max(headEnd, j) - i, EntityType.Org, _patternPriority);
            while (candidate.Count > 1 && doc.IsConnector(candidate.End - 1))
            {
                candidate.Count--;
            }

            candidate.Country = CountryBefore(doc, i, first);
            found.Add(candidate);
            i = candidate.End - 1;
        }
    }

    /// <summary>
    /// Names the model missed in the two shapes news uses for people: a title before the name
    /// ("Defence Minister Rustem Umerov") and an apposition after it ("Andrii Kovalenko, an official at ...").
    /// </summary>
    private static void People(Words doc, ReadOnlySpan<Upos> tags, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            var (titleLength, _) = doc.LongestMatch(i, LexiconKind.Title, end - i);
            if (titleLength > 0)
            {
                // "President Zelenskyy"; a lower-case title needs a full name after it ("army spokesman Nabil Abdallah").
                var nameLength = NameLength(doc, tags, i + titleLength, end);
                if (nameLength >= (doc.IsCapitalised(i) ? 1 : 2))
                {
                    found.Add(new Candidate(i + titleLength, nameLength, EntityType.Person, _patternPriority));
                    i += titleLength + nameLength - 1;
                    continue;
                }
            }

            var length = NameLength(doc, tags, i, end);
            if (length >= 2 && i + length + 2 < end && doc.Lower(i + length) == ",")
            {
                var k = i + length + 1;
                if (doc.IsArticle(k))
                {
                    k++;
                }

                if (doc.TitleStartingAt(k, end, found) > k)
                {
                    found.Add(new Candidate(i, length, EntityType.Person, _patternPriority));
                    i += length - 1;
                }
            }
        }
    }

    /// <summary>How many capitalised proper-noun tokens (at most four, none a listed word) start at token i.</summary>
    private static int NameLength(Words doc, ReadOnlySpan<Upos> tags, int i, int end)
    {
        var length = 0;
        while (i + length < end && length < 4 && doc.IsCapitalised(i + length) && tags[i + length] == Upos.PROPN
            && doc.Find(i + length, 1, _notNameWords) is null)
        {
            length++;
        }

        return length;
    }

    /// <summary>"Russia's" or "Russian" just before token <paramref name="i"/>: the country of what follows.</summary>
    internal static string? CountryBefore(Words doc, int i, int sentenceStart)
    {
        if (i - 2 >= sentenceStart && doc.Lower(i - 1) is "'s" or "’s")
        {
            var country = doc.EndingAt(i - 1, LexiconKind.CountryName | LexiconKind.CountryPlace, sentenceStart);
            if (country is not null)
            {
                return country.Country;
            }
        }

        return i - 1 >= sentenceStart ? doc.EndingAt(i, LexiconKind.Demonym, sentenceStart)?.Country : null;
    }

    /// <summary>"the Kremlin said", "Moscow has denied", "Kyiv's claims": a capital standing for its government.</summary>
    private static void GovernmentSeats(Words doc, ReadOnlySpan<Upos> tags, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            if (!doc.IsCapitalised(i))
            {
                continue;
            }

            var (length, entry) = doc.LongestMatch(i, LexiconKind.GovernmentSeat, end - i);
            if (length == 0 || entry is null)
            {
                continue;
            }

            var next = i + length;
            var isBuilding = doc.Find(i, length, LexiconKind.CountryPlace | LexiconKind.CountryName) is null;
            var previousIsPreposition = i > first && tags[i - 1] == Upos.ADP;
            var actsOrOwns = next < end && (doc.Lower(next) is "'s" or "’s" or "has" or "have" or "had" or "is" or "was" or "said" or "says"
                || tags[next] is Upos.VERB or Upos.AUX);
            if (!(actsOrOwns && !previousIsPreposition) && !(isBuilding && !previousIsPreposition))
            {
                continue;
            }

            found.Add(new Candidate(i, length, EntityType.Org, _patternPriority)
            {
                Canonical = entry.Detail,
                Country = entry.Country,
            });
            i = next - 1;
        }
    }

    /// <summary>Country names as GPE and demonyms as NORP, where the model found nothing.</summary>
    private static void ListedNames(Words doc, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            if (!doc.IsCapitalised(i))
            {
                continue;
            }

            var (length, entry) = doc.LongestMatch(i, LexiconKind.CountryName | LexiconKind.CountryPlace | LexiconKind.Demonym, end - i);
            if (length == 0 && (i + 1 < end ? doc.DemonymOf(i, 2) : null) is { } pluralPair)
            {
                (length, entry) = (2, pluralPair);
            }
            else if (length == 0 && doc.DemonymOf(i, 1) is { } plural)
            {
                (length, entry) = (1, plural);
            }

            if (length == 0 || entry is null || !doc.IsCapitalised(i + length - 1))
            {
                continue;
            }

            var type = entry.Kind == LexiconKind.Demonym ? EntityType.Norp : EntityType.Gpe;
            found.Add(new Candidate(i, length, type, _listPriority) { Country = entry.Country, IsCountry = entry.Kind == LexiconKind.CountryName });
            i += length - 1;
        }
    }

    // The geocoder's one-word settlement cues ("village", "town": place_cues.tsv, role type), shared so that the
    // recogniser and the geocoder read the same words as places.
    private static readonly Lazy<FrozenSet<string>> _settlementNouns = new(() =>
        PlaceLexicon.Default.Before.Where(c => c.Role == CueRole.Type && c.Tokens.Length == 1).Select(c => c.Tokens[0]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// A settlement or division noun of the place cues, singular: "village", "township", "region", "district" (before
    /// a plural the words rather describe the places: "Alawite villages", "Kuki-Zo villages").
    /// </summary>
    private static bool IsSettlementNoun(string word) =>
        (_settlementNouns.Value.Contains(word) || PlaceLexicon.Default.After(word) is CueRole.Region or CueRole.District)
        && !(word.Length > 3 && word[^1] == 's' && (IsSettlementNoun(word[..^1]) || (word.EndsWith("ies", StringComparison.Ordinal) && IsSettlementNoun(word[..^3] + "y"))));

    /// <summary>
    /// A capitalised name followed by a settlement noun in lower case is a place: "Let Pan Hla village", "in Kanbalu
    /// township" (the tagger may read an unknown village's words as a person's name). Not where the noun heads a
    /// longer phrase ("city council", "town hall") or the name is a nationality ("a Russian village").
    /// </summary>
    private static void SettlementNames(Words doc, ReadOnlySpan<Upos> tags, int first, int end, List<Candidate> found)
    {
        const LexiconKind notInPlaceNames = LexiconKind.Demonym | LexiconKind.Title | LexiconKind.Month | LexiconKind.DateWord
            | LexiconKind.OrgWord | LexiconKind.MilitaryUnitWord | LexiconKind.GovernmentSeat;
        for (var i = first + 1; i < end; i++)
        {
            if (doc.IsCapitalised(i) || !doc.IsCapitalised(i - 1) || !IsSettlementNoun(doc.Lower(i))
                || (i + 1 < end && tags[i + 1] is Upos.NOUN or Upos.PROPN))
            {
                continue;
            }

            // The name: the capitalised words before the noun (joined by a Romance or Arabic article: "Norte de
            // Santander"), a sentence's first word only if it is a proper noun.
            var start = i - 1;
            while (start > first && i - start < 5)
            {
                var previous = start - 1;
                if (previous > first && !doc.IsCapitalised(previous) && PlaceLexicon.Default.IsNameConnector(doc.Word(previous))
                    && doc.IsCapitalised(previous - 1))
                {
                    previous--;
                }

                if (!doc.IsCapitalised(previous) || (previous == first && tags[first] != Upos.PROPN))
                {
                    break;
                }

                start = previous;
            }

            if (start == first && tags[first] != Upos.PROPN)
            {
                start++;
            }

            // "a Kuki-Zo village", "a Hazara town": the words describe the place, they do not name it.
            var clean = start < i && doc.Lower(start - 1) is not ("a" or "an");
            for (var k = start; k < i && clean; k++)
            {
                clean = doc.Find(k, 1, notInPlaceNames) is null && !doc.StartsWithDigit(k);
            }

            // A place the model or the lists already found keeps its own reading (and country).
            if (clean && doc.Find(start, i - start, LexiconKind.CountryName | LexiconKind.Demonym) is null && !doc.AllDemonymsOrConnectors(start, i - start)
                && !found.Exists(c => c.First == start && c.End == i && c.Type is EntityType.Gpe or EntityType.Loc))
            {
                found.Add(new Candidate(start, i - start, EntityType.Gpe, _patternPriority));
            }
        }
    }

    /// <summary>
    /// DATE ("Saturday", "5 October 2024", "last week", "in 2022"), CARDINAL ("10,000", "approximately 10,000",
    /// "dozens", "two") and QUANTITY ("nine-year-old", "15 km").
    /// </summary>
    private static void Numbers(Words doc, ReadOnlySpan<Upos> tags, int first, int end, List<Candidate> found)
    {
        for (var i = first; i < end; i++)
        {
            // Dates first: a day number belongs to its month.
            var date = DateAt(doc, i, first, end);
            if (date > 0)
            {
                found.Add(new Candidate(i, date, EntityType.Date, _numberPriority));
                i += date - 1;
                continue;
            }

            if (doc.AgeOrUnitWord(i) is { } compound)
            {
                found.Add(new Candidate(i, 1, EntityType.Quantity, _numberPriority) { Value = compound });
                continue;
            }

            var start = i;
            var approximate = false;
            var (approxLength, _) = doc.LongestMatch(i, LexiconKind.Approximator, end - i);
            if (approxLength > 0 && i + approxLength < end && doc.NumberAt(i + approxLength, end, tags).Length > 0)
            {
                approximate = true;
                i += approxLength;
            }

            var (numberLength, value, vague) = doc.NumberAt(i, end, tags);
            if (numberLength == 0)
            {
                i = start;
                continue;
            }

            var after = i + numberLength;
            var (unitLength, _) = after < end ? doc.LongestMatch(after, LexiconKind.Unit, end - after) : (0, null);
            var type = unitLength > 0 ? EntityType.Quantity : EntityType.Cardinal;
            var candidate = new Candidate(start, after + unitLength - start, type, _numberPriority)
            {
                Value = value,
                Approximate = approximate || vague,
            };
            found.Add(candidate);
            i = candidate.End - 1;
        }
    }

    private static int DateAt(Words doc, int i, int first, int end)
    {
        var (dateLength, _) = doc.LongestMatch(i, LexiconKind.DateWord, end - i);
        if (dateLength > 0 && (doc.IsCapitalised(i) || !doc.IsWeekday(i)))
        {
            return dateLength;
        }

        // "5 October 2024", "October 5, 2024", "October 2024", "October".
        var start = i;
        var j = i;
        var dayFirst = doc.IsDayNumber(j) && j + 1 < end && doc.IsMonth(j + 1);
        if (dayFirst)
        {
            j++;
        }

        if (!doc.IsMonth(j))
        {
            // A bare year after "in", "since", "by", "until" or "of".
            return doc.IsYear(i) && i > first && doc.Lower(i - 1) is "in" or "since" or "by" or "until" or "of" or "from" ? 1 : 0;
        }

        j++;
        if (j < end && !dayFirst && doc.IsDayNumber(j))
        {
            j++;
        }

        if (j + 1 < end && doc.Lower(j) == "," && doc.IsYear(j + 1))
        {
            j += 2;
        }
        else if (j < end && doc.IsYear(j))
        {
            j++;
        }

        return j - start;
    }

    /// <summary>Keeps the best of overlapping candidates: higher priority, then longer, then earlier.</summary>
    private static List<Candidate> Resolve(List<Candidate> found, int tokenCount)
    {
        var taken = new bool[tokenCount];
        var chosen = new List<Candidate>();
        foreach (var candidate in found.OrderByDescending(c => c.Priority).ThenByDescending(c => c.Count).ThenBy(c => c.First))
        {
            if (taken.AsSpan(candidate.First, candidate.Count).Contains(true))
            {
                continue;
            }

            taken.AsSpan(candidate.First, candidate.Count).Fill(true);
            chosen.Add(candidate);
        }

        chosen.Sort((a, b) => a.First.CompareTo(b.First));
        return chosen;
    }

    /// <summary>
    /// Reads titles, affiliations and countries around person names:
    /// "Ukrainian President Volodymyr Zelenskyy", "Russia's Defence Minister Andrei Belousov",
    /// "The governor, Vyacheslav Gladkov", "Andrii Kovalenko, an official at Ukraine's National Security and Defense Council".
    /// </summary>
    private static void TitlesAndRoles(Words doc, ReadOnlySpan<Upos> tags, List<Candidate> chosen, int[] sentenceOf)
    {
        foreach (var person in chosen.Where(c => c.Type == EntityType.Person))
        {
            var sentenceStart = FirstOfSentence(sentenceOf, person.First);
            var sentenceEnd = EndOfSentence(sentenceOf, person.First);

            // Title right before the name, perhaps after a comma: "[The] governor, Vyacheslav Gladkov".
            var before = person.First;
            if (before - 1 > sentenceStart && doc.Lower(before - 1) == ",")
            {
                before--;
            }

            var titleStart = doc.TitleEndingAt(before, sentenceStart);
            if (titleStart >= 0 && (before == person.First || titleStart == sentenceStart || doc.IsArticle(titleStart - 1) || doc.IsPossessiveDeterminer(titleStart - 1)))
            {
                person.Title ??= doc.Slice(titleStart, before - titleStart);
                var articleSkip = titleStart > sentenceStart && doc.Lower(titleStart - 1) == "the" ? 1 : 0;
                person.Country ??= CountryBefore(doc, titleStart - articleSkip, sentenceStart)
                    ?? chosen.FirstOrDefault(c => c.End == titleStart && c.Type is EntityType.Norp or EntityType.Gpe)?.Country;
                if (chosen.FirstOrDefault(c => c.End == titleStart && c.Type is EntityType.Org or EntityType.MilitaryUnit) is { } org)
                {
                    Affiliate(doc, person, org, sentenceStart);
                }
                else if (titleStart > sentenceStart && doc.IsPossessiveDeterminer(titleStart - 1) && Possessor(chosen, sentenceOf, titleStart - 1) is { } possessor)
                {
                    // "Its acting president, Duwa Lashi La": the office belongs to the organisation or country "its" names.
                    Affiliate(doc, person, possessor, sentenceStart);
                }
            }
            else if (before < person.First)
            {
                FrontedTitleWithComplement(doc, tags, chosen, sentenceOf, person, sentenceStart, before);
            }

            // Apposition after the name: "Andrii Kovalenko, an official at Ukraine's National Security and Defense Council".
            var after = person.End;
            if (after + 1 < sentenceEnd && doc.Lower(after) == ",")
            {
                var k = after + 1;
                if (doc.IsArticle(k))
                {
                    k++;
                }

                var titleEnd = doc.TitleStartingAt(k, sentenceEnd, chosen);
                if (titleEnd > k)
                {
                    person.Title ??= doc.Slice(k, titleEnd - k);
                    person.Country ??= chosen.FirstOrDefault(c => c.First >= k && c.End <= titleEnd && c.Type is EntityType.Norp or EntityType.Gpe)?.Country;
                    if (ComplementBody(doc, chosen, sentenceOf, titleEnd, sentenceEnd) is { } body)
                    {
                        Affiliate(doc, person, body, sentenceStart);
                    }
                    else if (titleEnd < sentenceEnd && doc.IsComplementPreposition(titleEnd)
                        && chosen.FirstOrDefault(c => c.First == titleEnd + 1 && c.Type == EntityType.Gpe) is { } place)
                    {
                        person.Country ??= place.Country;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The organisation or unit a title's complement names ("an official at Ukraine's National Security and Defense
    /// Council"), or the one it refers back to ("a spokesperson for the group"); null when there is none.
    /// </summary>
    private static Candidate? ComplementBody(Words doc, List<Candidate> chosen, int[] sentenceOf, int titleEnd, int limit)
    {
        if (titleEnd >= limit || !doc.IsComplementPreposition(titleEnd))
        {
            return null;
        }

        return chosen.FirstOrDefault(c => c.First > titleEnd && c.First <= titleEnd + 4 && c.End <= limit && c.Type is EntityType.Org or EntityType.MilitaryUnit)
            ?? ReferredBody(doc, chosen, sentenceOf, titleEnd + 1, limit);
    }

    /// <summary>The person works for <paramref name="body"/>: an organisation or unit, or a country.</summary>
    private static void Affiliate(Words doc, Candidate person, Candidate body, int sentenceStart)
    {
        if (body.Type is EntityType.Org or EntityType.MilitaryUnit)
        {
            // A sentence-opening "The" is part of the span ("The Congo River Alliance ..."), not of the name.
            var name = doc.NameStart(body.First, body.Count);
            person.Affiliation ??= doc.Slice(name, body.End - name);
            person.Country ??= body.Country ?? CountryBefore(doc, body.First, sentenceStart);
        }
        else
        {
            person.Country ??= body.Country;
        }
    }

    /// <summary>
    /// A title with its complement before a comma and the name: "A spokesperson for the group, Ko Thura Naing",
    /// "The head of the regional military administration, Oleh Syniehubov". The title opens the sentence or follows
    /// an article; the complement is a noun phrase (no verb, no comma). An organisation named in the complement, or
    /// the one a definite description ("the group", "the ministry") refers back to, is the affiliation; otherwise the
    /// whole phrase is the title.
    /// </summary>
    private static void FrontedTitleWithComplement(Words doc, ReadOnlySpan<Upos> tags, List<Candidate> chosen, int[] sentenceOf, Candidate person, int sentenceStart, int comma)
    {
        for (var t = sentenceStart; t < comma - 2; t++)
        {
            if (t > sentenceStart && !doc.IsArticle(t - 1) && !doc.IsPossessiveDeterminer(t - 1))
            {
                continue;
            }

            var titleEnd = doc.TitleStartingAt(t, comma, chosen);
            if (titleEnd <= t || titleEnd >= comma - 1 || !doc.IsComplementPreposition(titleEnd)
                || !IsNounPhrase(doc, tags, titleEnd + 1, comma) || chosen.Any(c => c.Type == EntityType.Person && c.First > titleEnd && c.End <= comma))
            {
                continue;
            }

            person.Country ??= chosen.FirstOrDefault(c => c.First >= t && c.End <= titleEnd && c.Type is EntityType.Norp)?.Country;
            if (ComplementBody(doc, chosen, sentenceOf, titleEnd, comma) is { } body)
            {
                person.Title ??= doc.Slice(t, titleEnd - t);
                Affiliate(doc, person, body, sentenceStart);
            }
            else
            {
                person.Title ??= doc.Slice(t, comma - t);
                person.Country ??= chosen.FirstOrDefault(c => c.First > titleEnd && c.End <= comma && c.Type is EntityType.Gpe or EntityType.Norp)?.Country;
            }

            return;
        }
    }

    /// <summary>Tokens [first, end) hold no verb, auxiliary, pronoun or punctuation other than a possessive: a plain noun phrase.</summary>
    private static bool IsNounPhrase(Words doc, ReadOnlySpan<Upos> tags, int first, int end)
    {
        if (end - first > 8)
        {
            return false;
        }

        for (var i = first; i < end; i++)
        {
            if (tags[i] is Upos.VERB or Upos.AUX or Upos.PRON or Upos.SCONJ || (tags[i] == Upos.PUNCT && doc.Lower(i) is not ("'s" or "’s" or "-")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The organisation a definite description ("the group", "the ministry") names: the latest one in this or the two
    /// sentences before whose name holds the head word; for a unit-like head ("group", "militia", "army") the latest
    /// organisation or unit at all.
    /// </summary>
    private static Candidate? ReferredBody(Words doc, List<Candidate> chosen, int[] sentenceOf, int first, int end)
    {
        if (first + 2 > end || (first + 2 < end && doc.Lower(first + 2) != ",") || doc.Lower(first) is not ("the" or "this")
            || doc.Find(first + 1, 1, LexiconKind.OrgWord | LexiconKind.MilitaryUnitWord) is not { } head)
        {
            return null;
        }

        Candidate? latest = null;
        var headWord = doc.Lower(first + 1);
        for (var k = chosen.Count - 1; k >= 0; k--)
        {
            var c = chosen[k];
            if (c.End > first || c.Type is not (EntityType.Org or EntityType.MilitaryUnit))
            {
                continue;
            }

            if (sentenceOf[c.First] < sentenceOf[first] - 2)
            {
                break;
            }

            for (var t = c.First; t < c.End; t++)
            {
                if (doc.Lower(t) == headWord)
                {
                    return c;
                }
            }

            latest ??= c;
        }

        return head.Kind == LexiconKind.MilitaryUnitWord ? latest : null;
    }

    /// <summary>
    /// What "its"/"their" at <paramref name="pronoun"/> stands for: the nearest organisation, unit or country before it
    /// in its sentence, else the first one of the sentence before (its subject, as a rule).
    /// </summary>
    private static Candidate? Possessor(List<Candidate> chosen, int[] sentenceOf, int pronoun)
    {
        static bool IsBody(Candidate c) => c.Type is EntityType.Org or EntityType.MilitaryUnit || (c.Type == EntityType.Gpe && c.IsCountry);
        var sentence = sentenceOf[pronoun];
        return chosen.LastOrDefault(c => c.End <= pronoun && sentenceOf[c.First] == sentence && IsBody(c))
            ?? chosen.FirstOrDefault(c => sentenceOf[c.First] == sentence - 1 && IsBody(c));
    }

    private static int FirstOfSentence(int[] sentenceOf, int token)
    {
        var s = sentenceOf[token];
        while (token > 0 && sentenceOf[token - 1] == s)
        {
            token--;
        }

        return token;
    }

    private static int EndOfSentence(int[] sentenceOf, int token)
    {
        var s = sentenceOf[token];
        while (token < sentenceOf.Length && sentenceOf[token] == s)
        {
            token++;
        }

        return token;
    }
}

/// <summary>Read-only helpers over the tokens of one document.</summary>
internal readonly ref struct Words(string text, ReadOnlySpan<Token> tokens, Lexicon lexicon)
{
    private readonly string _text = text;
    private readonly ReadOnlySpan<Token> _tokens = tokens;
    private readonly Lexicon _lexicon = lexicon;

    // Each token's lower-case form, made on first use: the rules ask for the same tokens' forms many times.
    private readonly string?[] _lower = new string?[tokens.Length];

    // The lexicon entries of the phrases of 1..MaxPhraseTokens tokens from each token, filled a token at a time on
    // first use: the rules look the same phrases up many times (every LongestMatch tries every length).
    private readonly LexiconEntry[]?[] _entries = new LexiconEntry[]?[tokens.Length * Lexicon.MaxPhraseTokens];
    private readonly bool[] _scanned = new bool[tokens.Length];

    public int Count => _tokens.Length;

    public ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    public string Lower(int i) => i >= 0 && i < _tokens.Length ? _lower[i] ??= Word(i).ToString().ToLowerInvariant() : "";

    public string Slice(int first, int count) => _text[_tokens[first].Start.._tokens[first + count - 1].End];

    public Documents.TextSpan Span(int first, int count) => new(_tokens[first].Start, _tokens[first + count - 1].End);

    public bool IsCapitalised(int i) => i >= 0 && i < _tokens.Length && Word(i).Length > 0 && char.IsUpper(Word(i)[0]);

    public bool StartsWithDigit(int i) => Word(i).Length > 0 && char.IsAsciiDigit(Word(i)[0]);

    /// <summary>The demonym the tokens spell, singular or plural ("North Korean", "North Koreans"), or null.</summary>
    public LexiconEntry? DemonymOf(int first, int count)
    {
        if (Find(first, count, LexiconKind.Demonym) is { } entry)
        {
            return entry;
        }

        var phrase = Slice(first, count);
        return phrase.Length > 3 && phrase[^1] == 's' ? _lexicon.Find(phrase[..^1], LexiconKind.Demonym) : null;
    }

    /// <summary>Every token is a demonym ("Russian-held" counts by its first part) or "and" / "-".</summary>
    public bool AllDemonymsOrConnectors(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            var word = Word(i);
            var hyphen = word.IndexOf('-');
            var head = hyphen > 0 ? word[..hyphen] : word;
            if (Lower(i) is "and" or "-" || _lexicon.Find(head, LexiconKind.Demonym) is not null)
            {
                continue;
            }

            // A demonym of two words ("North Korean").
            if (i + 1 < first + count && Find(i, 2, LexiconKind.Demonym) is not null)
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    public bool IsConnector(int i) => Lower(i) is "and" or "of" or "for" or "the" or "&";

    /// <summary>"a", "an", "the" (any case).</summary>
    public bool IsArticle(int i) => Lower(i) is "a" or "an" or "the";

    /// <summary>"its", "their": an office or member of the body named before ("Its acting president").</summary>
    public bool IsPossessiveDeterminer(int i) => Lower(i) is "its" or "their";

    /// <summary>A preposition that opens a title's complement: "official at", "head of", "spokesperson for".</summary>
    public bool IsComplementPreposition(int i) => Lower(i) is "at" or "of" or "with" or "for" or "in";

    /// <summary>Where a mention's name starts: after a leading "the" ("The Congo River Alliance", "the SDF").</summary>
    public int NameStart(int first, int count) => count > 1 && Lower(first) == "the" ? first + 1 : first;

    public bool IsOrdinal(int i)
    {
        var w = Word(i);
        if (w.Length < 3 || !char.IsAsciiDigit(w[0]))
        {
            return false;
        }

        var digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits]))
        {
            digits++;
        }

        var suffix = w[digits..];
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsMonth(int i) => i < _tokens.Length && IsCapitalised(i) && Find(i, 1, LexiconKind.Month) is not null
        && !(Lower(i) == "may" && i + 1 < _tokens.Length && !IsDayNumber(i + 1) && !IsYear(i + 1));

    public bool IsWeekday(int i) => Lower(i) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    public bool IsDayNumber(int i) =>
        i < _tokens.Length && int.TryParse(Word(i), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31;

    public bool IsYear(int i) =>
        i < _tokens.Length && Word(i).Length == 4 && int.TryParse(Word(i), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099;

    public LexiconEntry? Find(int first, int count, LexiconKind kinds)
    {
        if (count < 1 || count > Lexicon.MaxPhraseTokens || first < 0 || first + count > _tokens.Length)
        {
            return _lexicon.Find(_text, _tokens, first, count, kinds);
        }

        if (!_scanned[first])
        {
            _lexicon.EntriesFrom(_text, _tokens, first, _entries.AsSpan(first * Lexicon.MaxPhraseTokens, Lexicon.MaxPhraseTokens));
            _scanned[first] = true;
        }

        if (_entries[(first * Lexicon.MaxPhraseTokens) + count - 1] is { } entries)
        {
            foreach (var entry in entries)
            {
                if ((entry.Kind & kinds) != 0)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>The longest dictionary phrase of one of <paramref name="kinds"/> starting at token i, at most maxLength tokens.</summary>
    public (int Length, LexiconEntry? Entry) LongestMatch(int i, LexiconKind kinds, int maxLength)
    {
        for (var length = Math.Min(Lexicon.MaxPhraseTokens, Math.Min(maxLength, _tokens.Length - i)); length >= 1; length--)
        {
            if (Find(i, length, kinds) is { } entry)
            {
                return (length, entry);
            }
        }

        return (0, null);
    }

    /// <summary>The longest dictionary phrase of a kind that ends just before token <paramref name="end"/>.</summary>
    public LexiconEntry? EndingAt(int end, LexiconKind kinds, int sentenceStart)
    {
        for (var length = Math.Min(Lexicon.MaxPhraseTokens, end - sentenceStart); length >= 1; length--)
        {
            if (Find(end - length, length, kinds) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a title that ends just before <paramref name="end"/> begins, or -1. A title is a listed title
    /// ("Defence Minister", "Gen.") perhaps preceded by capitalised words of an office ("Pentagon Press Secretary").
    /// </summary>
    public int TitleEndingAt(int end, int sentenceStart)
    {
        var start = -1;
        for (var length = Math.Min(Lexicon.MaxPhraseTokens, end - sentenceStart); length >= 1; length--)
        {
            if (Find(end - length, length, LexiconKind.Title) is not null)
            {
                start = end - length;
                break;
            }
        }

        if (start < 0)
        {
            return -1;
        }

        // Chained titles: "Lt. Gen.", "Deputy Defence Minister", "Press Secretary"; modifiers written like the title
        // they widen: "Acting President", "acting president" (not "former President": a lower-case word before a
        // capitalised title is no part of it).
        while (start > sentenceStart
            && ((IsCapitalised(start) && IsCapitalised(start - 1) && Find(start - 1, 1, LexiconKind.Title) is not null)
                || (IsCapitalised(start) == IsCapitalised(start - 1) && Find(start - 1, 1, LexiconKind.TitleModifier) is not null)))
        {
            start--;
        }

        return start;
    }

    /// <summary>Where a title that starts at <paramref name="start"/> ends (exclusive), or <paramref name="start"/>.</summary>
    public int TitleStartingAt(int start, int end, List<Candidate> entities)
    {
        var i = start;

        // An optional demonym or "Ukraine's" before the title: "a Russian official", "Ukraine's defence minister".
        if (entities.FirstOrDefault(c => c.First == i && c.Type is EntityType.Norp) is { } norp)
        {
            i = norp.End;
        }

        // Modifiers before the title ("senior", "acting"); a word that is both ("chief", "chief of staff") is tried
        // as a title first.
        for (; i < end; i++)
        {
            for (var length = Math.Min(Lexicon.MaxPhraseTokens, end - i); length >= 1; length--)
            {
                if (Find(i, length, LexiconKind.Title) is not null)
                {
                    return i + length;
                }
            }

            if (Find(i, 1, LexiconKind.TitleModifier) is null)
            {
                break;
            }
        }

        return start;
    }

    /// <summary>
    /// A number at token i: digits ("10,000", "1.5"), perhaps followed by a multiplier word ("1.5 million"), or
    /// number words ("two", "a dozen"), or a vague quantity ("dozens", "hundreds of"). Returns its length in
    /// tokens, its value and whether it is vague.
    /// </summary>
    public (int Length, double? Value, bool Vague) NumberAt(int i, int end, ReadOnlySpan<Upos> tags)
    {
        if (i >= end)
        {
            return (0, null, false);
        }

        var word = Word(i);
        if (word.Length > 0 && char.IsAsciiDigit(word[0]) && !IsOrdinal(i) && tags[i] == Upos.NUM
            && double.TryParse(word, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var length = 1;
            if (i + 1 < end && Find(i + 1, 1, LexiconKind.Number) is { Value: >= 100 } multiplier)
            {
                value *= multiplier.Value!.Value;
                length++;
            }

            return (length, value, false);
        }

        var (vagueLength, vague) = LongestMatch(i, LexiconKind.VagueNumber, end - i);
        if (vagueLength > 0 && vague is not null && (vague.Value >= 12 || tags[i] is Upos.NUM or Upos.ADJ or Upos.DET))
        {
            // "dozens of" keeps "of" outside the span; the phrase itself is the quantity.
            return (vagueLength, vague.Value, true);
        }

        var (numberLength, number) = LongestMatch(i, LexiconKind.Number, end - i);
        if (numberLength > 0 && number is not null && (tags[i] == Upos.NUM || number.Value >= 12))
        {
            var total = number.Value ?? 0;
            var length = numberLength;
            while (i + length < end && Find(i + length, 1, LexiconKind.Number) is { } next)
            {
                total = next.Value >= 100 ? total * next.Value!.Value : total + (next.Value ?? 0);
                length++;
            }

            return (length, total, false);
        }

        return (0, null, false);
    }

    /// <summary>"nine-year-old", "10-year-old", "5km": a number and a unit in one token; returns the number.</summary>
    public double? AgeOrUnitWord(int i)
    {
        var word = Word(i);
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && _lexicon.Find(word[(hyphen + 1)..], LexiconKind.Unit) is not null)
        {
            var head = word[..hyphen];
            if (double.TryParse(head, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
            {
                return digits;
            }

            return _lexicon.Find(head, LexiconKind.Number)?.Value;
        }

        var d = 0;
        while (d < word.Length && (char.IsAsciiDigit(word[d]) || word[d] == '.'))
        {
            d++;
        }

        if (d > 0 && d < word.Length && char.IsLetter(word[d]) && _lexicon.Find(word[d..], LexiconKind.Unit) is not null
            && double.TryParse(word[..d], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        return null;
    }
}
