using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Finds place names in a document's tokens and resolves them against the gazetteer: longest match of 1-4
/// capitalised tokens, region words ("Kursk region", "Russia's Oryol region"), relative locations ("near Pokrovsk",
/// "15 km south of Kherson"), and disambiguation by what else the article names (countries, regions, demonyms).
/// Nothing is dropped silently once it looks like a place: unknown and ambiguous names come back with a reason.
/// </summary>
public sealed class Geocoder
{
    private static readonly int _maxNameTokens = 6; // "San Fernando del Valle de Catamarca"
    private static readonly Lazy<Geocoder> _default = new(() => new Geocoder(Gazetteer.Default, PlaceLexicon.Default));

    private readonly ImmutableArray<(MacroRegion Region, ImmutableArray<string> Codes)> _macroRegions;

    // Speed only: the words a macro-region phrase can start with, so that other tokens skip the phrase list.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _macroFirstWords;

    public Geocoder(Gazetteer gazetteer, PlaceLexicon lexicon)
    {
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        _macroRegions = [.. lexicon.MacroRegions.Select(m => (m, m.Admin1Names.Select(name => AdminCode(gazetteer, m, name)).ToImmutableArray()))];
        if (_macroRegions.All(m => m.Region.Tokens.Length > 0))
        {
            var firstWords = new HashSet<string>(_macroRegions.Select(m => m.Region.Tokens[0]), StringComparer.OrdinalIgnoreCase);
            if (firstWords.Contains("'s"))
            {
                firstWords.Add("’s");
            }

            _macroFirstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    private static string AdminCode(Gazetteer gazetteer, MacroRegion region, string name) =>
        gazetteer.Admin1.FirstOrDefault(a => a.CountryIso2 == region.CountryIso2 && string.Equals(a.AcledName, name, StringComparison.OrdinalIgnoreCase))?.Code
        ?? throw new FormatException($"{region.Source}: '{name}' is not a first-level division of {region.CountryIso2} in the gazetteer.");

    public static Geocoder Default => _default.Value;

    public Gazetteer Gazetteer { get; }

    public PlaceLexicon Lexicon { get; }

    /// <summary>All place mentions in the text, in document order.</summary>
    public ImmutableArray<PlaceMention> Find(string text, TextLayer layer) => Find(text, layer, null);

    /// <summary>
    /// All place mentions, with outside context: what the headline, dateline or the data source says about the
    /// country and regions (e.g. a UCDP event's country, places resolved in the source headlines).
    /// </summary>
    public ImmutableArray<PlaceMention> Find(string text, TextLayer layer, PlaceContext? context)
    {
        if (layer.Dateline is { } dateline)
        {
            context = DatelineContext(text[dateline.Start..dateline.End], context);
        }

        var run = new GeocoderRun(this, text, layer, context);
        return run.Execute();
    }

    /// <summary>
    /// "GOMA, Congo (Reuters) -": the dateline is no sentence of the article, but where it was filed says which country
    /// and region its ambiguous names ("Congo") mean. Read in title case, so "GOMA" is a name, not an acronym.
    /// </summary>
    private PlaceContext DatelineContext(string dateline, PlaceContext? context)
    {
        var chars = dateline.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && i > 0 && char.IsLetter(chars[i - 1]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }

        var head = new string(chars);
        return ContextOf(head, TextAnalyzer.Analyze(head), context);
    }

    /// <summary>
    /// What a text (a headline, a dateline) says about where an article is: the countries and regions of the places it
    /// names and of the parts of countries it mentions ("Donbas", "eastern Ukraine"), added to <paramref name="context"/>.
    /// </summary>
    public PlaceContext ContextOf(string text, TextLayer layer, PlaceContext? context = null)
    {
        var run = new GeocoderRun(this, text, layer, context);
        var result = (context ?? PlaceContext.Empty).With(run.Execute());
        foreach (var (code, weight) in run.MacroAdmin1)
        {
            result = result.WithAdmin1(code, weight);
        }

        return result;
    }

    /// <summary>A mention under construction: the tokens, the words around it, then the resolution.</summary>
    internal sealed class Draft
    {
        public int First;
        public int End;
        public int Sentence;
        public GazetteerCandidate[] Candidates = [];
        public bool Unknown;
        public bool Spelling;

        /// <summary>
        /// Readings by another romanisation of the name (<see cref="TransliterationVariants"/>), up to token
        /// <see cref="VariantEnd"/>: kept by <c>ApplyVariantGuard</c> only in a country the article is about.
        /// </summary>
        public GazetteerCandidate[]? VariantReadings;
        public int VariantEnd;

        /// <summary>The name is a place only if its variant readings are kept ("in Gazipur, outside Dhaka" is not Ghazipur in India).</summary>
        public bool PlaceOnlyByVariant;
        public bool WithinRegionOnly;
        public bool RegionOnly;
        public CueRole? Before;
        public int CueFirst = -1;
        public CueRole? After;
        public bool RegionRequested;

        /// <summary>The region word that asked for a region ("state" in "Plateau state"), as a token index; -1 if none.</summary>
        public int RegionWordToken = -1;
        public bool CityHint;
        public bool VillageHint;

        /// <summary>"Santa Cruz, Bolivia": the country comes right after the name and a comma.</summary>
        public bool CountryAfter;

        /// <summary>A metropolitan-area word comes right before the name ("Greater Khartoum"): the event is near the city.</summary>
        public bool Metro;
        public string? CountryConstraint;
        public double? DistanceKm;
        public HashSet<string>? AttachedAdmin1;
        public HashSet<string>? SoftAdmin1;

        /// <summary>
        /// The divisions this name may be when it only situates the town right before it ("Avellaneda (Buenos
        /// Aires)", "Darregueira, Buenos Aires"): read as the division, not as a city of the same name elsewhere.
        /// </summary>
        public HashSet<string>? SituatesTown;
        public District? District;

        /// <summary>Second-level divisions of exactly this name (<see cref="Gazetteer.LookupAdmin2"/>), read once the article's countries are known.</summary>
        public IReadOnlyList<District>? Divisions;

        /// <summary>A settlement word follows the name ("Maungdaw township", "Kuriga village").</summary>
        public bool TypeWordAfter;

        /// <summary>The first name of "the Juba-Nimule road": the event is on a road out of it, near it.</summary>
        public bool OnRoute;
        public int CityDistrictOf = -1;
        public bool CityDistrict;

        /// <summary>The first token of the city part after a dash ("Melchor Romero" in "La Plata - Melchor Romero"); -1 if none.</summary>
        public int CityPartFirst = -1;
        public ResolvedPlace? Place;
        public PlaceKind Kind;
        public PlaceReason Reason;
        public int CandidateCount;
        public string Detail = "";
        public ImmutableArray<ResolvedPlace> Alternatives = [];
    }

    private sealed class GeocoderRun(Geocoder owner, string text, TextLayer layer, PlaceContext? context)
    {
        private static readonly string[] _determiners = ["the", "a", "an"];
        private static readonly string[] _indefinite = ["a", "an", "one"];

        // A reading near the front outweighs a namesake far away that is larger or pinned down more exactly (a village
        // of 1,000 scores 0.7 over one of 200), but not a region the text names (2.5+).
        private const double _hotspotBonus = 2.0;
        private const double _hotspotKm = 35;

        // A place this close to a city that possesses it ("Kyiv's Boryspil airport") is that place, not a city part.
        private const double _partOfCityKm = 40;

        // A launch phrase ("fired from the area of Bint Jbeil in southern Lebanon") is read back from the place to
        // "from" over at most this many words or places, and the launch word stands at most this many words before "from".
        private const int _maxOriginPhraseSteps = 10;
        private const int _launchWordReach = 4;

        private static readonly LocatorWords _actorWords = LocatorWords.Default;
        private readonly Gazetteer _gaz = owner.Gazetteer;
        private readonly PlaceLexicon _lex = owner.Lexicon;
        private readonly ImmutableArray<Token> _tokens = layer.Tokens;
        private readonly List<Draft> _drafts = [];
        private readonly Dictionary<string, double> _docCountries = new(StringComparer.Ordinal);
        private readonly HashSet<string> _namedCountries = new(StringComparer.Ordinal); // countries the article names (DropSpellingsOutsideNamedCountries)
        private readonly Dictionary<string, double> _docAdmin1 = new(StringComparer.Ordinal);
        private readonly HashSet<(int Sentence, string Key)> _sentenceCountries = [];
        private readonly HashSet<(int Sentence, string Key)> _sentenceAdmin1 = [];
        private readonly HashSet<int> _explicitRegions = [];
        private readonly List<(int Sentence, double Latitude, double Longitude)> _settledTowns = [];

        /// <summary>Regions weighted by the parts of countries the text names ("Donbas": Donetsk and Luhansk).</summary>
        public List<(string Code, double Weight)> MacroAdmin1 { get; } = [];

        // ", a village near Lusikisiki", ", a village in the Chikun local government area of Kaduna state": the
        // appositive's place comes within this many tokens of the comma.
        private const int _appositiveReach = 10;

        public ImmutableArray<PlaceMention> Execute()
        {
            if (context is not null)
            {
                foreach (var (iso2, weight) in context.Countries)
                {
                    _docCountries[iso2] = _docCountries.GetValueOrDefault(iso2) + weight;
                }

                foreach (var (admin1, weight) in context.Admin1)
                {
                    _docAdmin1[admin1] = _docAdmin1.GetValueOrDefault(admin1) + weight;
                }
            }

            for (var s = 0; s < layer.Sentences.Length; s++)
            {
                ScanSentence(s, layer.Sentences[s]);
            }

            ApplyVariantGuard();
            foreach (var draft in _drafts)
            {
                ReadCues(draft);
            }

            SpreadPluralRegions();
            ReadCountryConstraints();
            ReadDemonyms();
            for (var s = 0; s < layer.Sentences.Length; s++)
            {
                ReadMacroRegions(s, layer.Sentences[s]);
            }

            Resolve();
            return MarkLaunchOrigins([.. _drafts.Select(ToMention)]);
        }

        /// <summary>
        /// Sets <see cref="PlaceMention.LaunchOrigin"/> on the mentions in a launch phrase: once per mention, since it
        /// depends only on the sentence and the other mentions, not on the event that asks.
        /// </summary>
        private ImmutableArray<PlaceMention> MarkLaunchOrigins(ImmutableArray<PlaceMention> mentions)
        {
            var marked = mentions.ToBuilder();
            for (var i = 0; i < mentions.Length; i++)
            {
                if (LaunchedFrom(mentions, i))
                {
                    marked[i] = mentions[i] with { LaunchOrigin = true };
                }
            }

            return marked.ToImmutable();
        }

        /// <summary>
        /// "drones fired from Yemen's Saada governorate at Sharurah", "rockets fired by Hezbollah from the area of Bint
        /// Jbeil in southern Lebanon struck Kiryat Shmona", "border guards firing from Batken region shelled Vorukh":
        /// the place is in a "from" phrase (only link words, settlement words and other places between them) that a
        /// launch or crossing word at most four words before "from" opens.
        /// </summary>
        private bool LaunchedFrom(ImmutableArray<PlaceMention> mentions, int index)
        {
            var mention = mentions[index];
            var sentence = layer.Sentences[_drafts[index].Sentence];
            var t = mention.FirstToken - 1;
            for (var steps = 0; ; steps++)
            {
                if (t < sentence.FirstToken || steps > _maxOriginPhraseSteps)
                {
                    return false;
                }

                var word = T(t);
                if (word.Equals("from", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                if (PlaceEndingAt(mentions, sentence, t) is { } earlier)
                {
                    t = earlier.FirstToken - 1; // "from South Kivu in the Democratic Republic of Congo": the chain goes on
                }
                else if (_actorWords.LinksOrigin(word) || _actorWords.IsDeterminer(word) || _actorWords.IsSettlement(word))
                {
                    t--;
                }
                else
                {
                    return false;
                }
            }

            for (var before = t - 1; before >= sentence.FirstToken && before >= t - _launchWordReach; before--)
            {
                if (_actorWords.LaunchesFrom(T(before)))
                {
                    return true;
                }
            }

            return false;
        }

        private static PlaceMention? PlaceEndingAt(ImmutableArray<PlaceMention> mentions, Sentence sentence, int token)
        {
            foreach (var mention in mentions)
            {
                if (mention.EndToken == token + 1 && mention.FirstToken <= token && sentence.Span.Contains(mention.Span))
                {
                    return mention;
                }
            }

            return null;
        }

        /// <summary>
        /// "Donbas", "eastern Ukraine": not a place to geocode, but the article is about these regions, so an ambiguous
        /// village is read there first (a weaker hint than a region the text names).
        /// </summary>
        private void ReadMacroRegions(int sentenceIndex, Sentence s)
        {
            const double weight = 0.6;
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                if (owner._macroFirstWords is { } firstWords && !firstWords.Contains(T(i)))
                {
                    continue;
                }

                foreach (var (region, codes) in owner._macroRegions)
                {
                    if (!MatchesPhrase(i, s, region.Tokens) || (region.InCountryOnly && !AboutCountry(region.CountryIso2)))
                    {
                        continue;
                    }

                    foreach (var code in codes)
                    {
                        _docAdmin1[code] = _docAdmin1.GetValueOrDefault(code) + weight;
                        MacroAdmin1.Add((code, weight));
                    }

                    if (!region.InCountryOnly)
                    {
                        AddCountryContext(region.CountryIso2, sentenceIndex, 0.5);
                    }

                    i += region.Tokens.Length - 1;
                    break;
                }
            }
        }

        /// <summary>The country is in the outside context, a demonym, or a name the text gives.</summary>
        private bool AboutCountry(string iso2) =>
            _docCountries.GetValueOrDefault(iso2) > 0 || _drafts.Any(d => !d.Unknown && CountryOf(d) == iso2);

        private bool MatchesPhrase(int first, Sentence s, ImmutableArray<string> phrase)
        {
            if (first + phrase.Length > s.EndToken)
            {
                return false;
            }

            for (var k = 0; k < phrase.Length; k++)
            {
                if (!Is(first + k, phrase[k]) && !(phrase[k] == "'s" && T(first + k) is "’s"))
                {
                    return false;
                }
            }

            return true;
        }

        private ReadOnlySpan<char> T(int i) => text.AsSpan(_tokens[i].Start, _tokens[i].Length);

        private bool IsWord(int i) => _tokens[i].Kind == TokenKind.Word;

        private bool IsCap(int i) => IsWord(i) && char.IsUpper(text[_tokens[i].Start]);

        /// <summary>
        /// A word that can end or continue a name: capitalised, or an Arabic article glued to a capitalised word
        /// ("al-Ras" in "Maroun al-Ras", "el-Fasher", "ash-Shati").
        /// </summary>
        private bool IsNamePart(int i)
        {
            if (IsCap(i))
            {
                return true;
            }

            var token = T(i);
            var hyphen = token.IndexOf('-');
            return IsWord(i) && hyphen is >= 1 and <= 3 && hyphen + 1 < token.Length && char.IsUpper(token[hyphen + 1]) &&
                char.IsAsciiLetterLower(token[0]);
        }

        /// <summary>
        /// "Maguindanao del Sur", "Rio de Janeiro": a capitalised word after a lower-case connector that follows a
        /// capitalised word is the end of a longer name, not a name alone ("Sur" in Oman).
        /// </summary>
        /// <summary>
        /// A connector and a capitalised word follow: the match is only the first part of a longer name the gazetteer
        /// lacks ("Barrios de Pie", a movement, is not Los Barrios; "San Agustin del Valle Fertil" not San Agustin).
        /// </summary>
        private bool StartsLongerName(int end, Sentence s) =>
            end + 1 < s.EndToken && IsWord(end) && _lex.IsNameConnector(T(end)) && IsCap(end + 1);

        private bool EndsLongerName(int i, Sentence s) =>
            i - 2 >= s.FirstToken && IsCap(i - 2) && IsWord(i - 1) && _lex.IsNameConnector(T(i - 1));

        private bool Is(int i, string word) => T(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsAny(int i, string[] words)
        {
            foreach (var w in words)
            {
                if (Is(i, w))
                {
                    return true;
                }
            }

            return false;
        }

        private bool SentenceInitial(int i, Sentence s)
        {
            if (i <= s.FirstToken)
            {
                return true;
            }

            var prev = _tokens[i - 1];
            return prev.Kind is TokenKind.Quote or TokenKind.Dash || T(i - 1) is ":" or "(" or "\u201C" or "\"";
        }

        private void ScanSentence(int sentenceIndex, Sentence s)
        {
            Span<char> key = stackalloc char[512];
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                // "near al-Kiswah": a name may start with a lower-case Arabic article glued to a capitalised word, but
                // only a name the gazetteer knows ("al-Shabaab" is no unknown place).
                var articleStart = !IsCap(i);
                if (articleStart && !IsNamePart(i))
                {
                    i++;
                    continue;
                }

                var matched = 0;
                ReadOnlySpan<GazetteerCandidate> candidates = default;
                for (var n = Math.Min(_maxNameTokens, s.EndToken - i); n >= 1; n--)
                {
                    if (!IsNamePart(i + n - 1) || !AllWords(i, n))
                    {
                        continue;
                    }

                    var length = BuildKey(i, n, key);
                    if (length < 0)
                    {
                        continue;
                    }

                    candidates = _gaz.LookupKey(key[..length]);
                    if (candidates.IsEmpty && BuildKey(i, n, key, joinHyphens: true) is var joined and > 0 && joined < length)
                    {
                        // "Petion-Ville" is GeoNames' "Pétionville": a hyphen inside a word may join its parts.
                        candidates = _gaz.LookupKey(key[..joined]);
                    }

                    if (!candidates.IsEmpty)
                    {
                        matched = n;
                        break;
                    }
                }

                if (articleStart && matched == 0)
                {
                    i++;
                    continue;
                }

                if (matched <= 1 && IsMetroWord(i) && i + 1 < s.EndToken && IsCap(i + 1))
                {
                    i++; // "Gran Rosario", "Greater Khartoum": the city's name follows (ReadBefore notes the word)
                    continue;
                }

                if (!articleStart && matched == 0 && NamedCapital(i, s) is { } capital)
                {
                    // "in the Sudanese capital", "the North Korean capital": the country's capital city.
                    _drafts.Add(new Draft { First = i, End = capital.End, Sentence = sentenceIndex, Candidates = [capital.Candidate] });
                    i = capital.End;
                    continue;
                }

                if (!articleStart && BracketedNameEnd(i, s, key) is var bracketed and > 0 && bracketed - i > Math.Max(matched, 1))
                {
                    // "in Los Gutierrez (Tucuman)", "near Puerto General San Martin (Santa Fe)": the words between the
                    // locative and a division in brackets are one name the gazetteer lacks, even when a part of it is
                    // a known name ("General San Martin") or a settlement word ("Pueblo Andino").
                    AddUnknown(i, bracketed - i, sentenceIndex);
                    i = bracketed;
                    continue;
                }

                if (LongerDivisionName(i, matched, s, key) is { } division)
                {
                    // "Northern Samar", "South Waziristan": a second-level division's whole name, longer than any
                    // place name the gazetteer finds in it ("Samar", a name of Samara).
                    _drafts.Add(new Draft { First = i, End = i + division.Tokens, Sentence = sentenceIndex, Unknown = true, Divisions = division.Readings });
                    i += division.Tokens;
                    continue;
                }

                if (matched > 0)
                {
                    // "in Tal Tamr": the whole run may be another romanisation of a name the gazetteer holds (Tall
                    // Tamr), which outweighs its first word's reading ("Tal", At Tall near Damascus).
                    var whole = articleStart ? 0 : CapitalisedRun(i, s);
                    var variantOfWhole = whole > matched ? VariantOfRun(i, whole, key) : [];
                    if (!EndsLongerName(i, s) && !StartsLongerName(i + matched, s) && Accept(i, matched, s, candidates))
                    {
                        var draft = new Draft { First = i, End = i + matched, Sentence = sentenceIndex, Candidates = candidates.ToArray() };
                        if (variantOfWhole.Count > 0)
                        {
                            draft.VariantReadings = AsSpellings(variantOfWhole);
                            draft.VariantEnd = i + whole;
                        }

                        if (DashedCityPartEnd(draft, s) is var partEnd and > 0)
                        {
                            // "in La Plata - Melchor Romero (Buenos Aires)": ACLED's "City - Part" names a part of the
                            // city; the mention covers both, and the city is the place.
                            draft.CityPartFirst = draft.End + 1;
                            draft.End = partEnd;
                        }

                        _drafts.Add(draft);
                        i = draft.End;
                        continue;
                    }

                    if (variantOfWhole.Count > 0)
                    {
                        // The first word alone is no place here (part of a longer name); the whole run may be one.
                        // The words after it are still read: ApplyVariantGuard drops what the whole run covers if kept.
                        _drafts.Add(VariantDraft(i, i + matched, sentenceIndex, variantOfWhole, variantEnd: i + whole));
                    }

                    i += matched;
                    continue;
                }

                if (matched == 0 && RouteOrigin(i, s, key) is { Length: > 0 } origin)
                {
                    _drafts.Add(new Draft { First = i, End = i + 1, Sentence = sentenceIndex, Candidates = origin, OnRoute = true });
                    i++;
                    continue;
                }

                if (IsTypeWord(i))
                {
                    i++; // "Town/City Slavyansk": a settlement word, not the start of a name
                    continue;
                }

                var run = CapitalisedRun(i, s);
                if (LooksLikeUnknownPlace(i, run, s))
                {
                    AddUnknown(i, run, sentenceIndex);
                }
                else if (AfterInOrAt(i, s) && !(run == 1 && _lex.IsStopWord(T(i), SentenceInitial(i, s))) &&
                    VariantOfRun(i, run, key) is { Count: > 0 } variant)
                {
                    // "in Ijdabiya, south of Benghazi": after in/at, another romanisation of a town the gazetteer
                    // holds (Ajdabiya) is that town, though no division follows to say the name is a place.
                    _drafts.Add(VariantDraft(i, i + run, sentenceIndex, variant, variantEnd: i + run));
                }

                i += run;
            }
        }

        /// <summary>
        /// A demonym of one or two words and "capital", not followed by the capital's name ("the Ukrainian capital Kyiv"
        /// leaves the name to speak): the country's capital, and the token after "capital".
        /// </summary>
        private (GazetteerCandidate Candidate, int End)? NamedCapital(int first, Sentence s)
        {
            for (var words = 1; words <= 2; words++)
            {
                var capitalWord = first + words;
                if (capitalWord >= s.EndToken || !T(capitalWord).Equals("capital", StringComparison.Ordinal) ||
                    (capitalWord + 1 < s.EndToken && IsCap(capitalWord + 1)))
                {
                    continue;
                }

                var demonym = text.AsSpan(_tokens[first].Start, _tokens[capitalWord - 1].End - _tokens[first].Start);
                if (_gaz.CountryByDemonym(demonym) is { CapitalIndex: >= 0 } country)
                {
                    return (new GazetteerCandidate(PlaceKind.PopulatedPlace, country.CapitalIndex, NameSource.Primary), capitalWord + 1);
                }
            }

            return null;
        }

        /// <summary>
        /// "La Plata - Melchor Romero (Buenos Aires)", "Buenos Aires - Comuna 8 (Ciudad Autonoma de Buenos Aires)": a town,
        /// a dash with spaces around it, and capitalised words (a number may close them) that a first-level division in
        /// brackets follows: the way ACLED writes a part of a city. The token after the part, or 0. The bracket is
        /// required: a dateline's dash ("KYIV - Russian forces...") is followed by a sentence, not a bracket.
        /// </summary>
        private int DashedCityPartEnd(Draft town, Sentence s)
        {
            var dash = town.End;
            if (dash + 2 >= s.EndToken || T(dash) is not ("-" or "–" or "—") || !town.Candidates.Any(c => c.Kind == PlaceKind.PopulatedPlace) ||
                !char.IsWhiteSpace(text[_tokens[dash].Start - 1]) || _tokens[dash].End >= text.Length || !char.IsWhiteSpace(text[_tokens[dash].End]))
            {
                return 0;
            }

            var k = dash + 1;
            while (k < s.EndToken && k - dash <= _maxNameTokens &&
                (IsCap(k) || (k > dash + 1 && IsWord(k) && _lex.IsNameConnector(T(k)) && k + 1 < s.EndToken && IsCap(k + 1)) ||
                 (k > dash + 1 && IsCap(k - 1) && T(k).Length <= 3 && char.IsAsciiDigit(T(k)[0]))))
            {
                k++;
            }

            return k > dash + 1 && BracketedDivisionAt(k, s) ? k : 0;
        }

        /// <summary>A name the gazetteer lacks: a second-level division's, another romanisation of a known name, or unknown.</summary>
        private void AddUnknown(int first, int run, int sentenceIndex)
        {
            // Another romanisation of a known name ("Andreyevka" for Andriivka)? Else an unknown place.
            var name = text.AsSpan(_tokens[first].Start, _tokens[first + run - 1].End - _tokens[first].Start);
            var divisions = _gaz.LookupAdmin2(name);
            if (divisions.Count > 0)
            {
                // "Masisi territory", "Macomia district": exactly a second-level division's name.
                _drafts.Add(new Draft { First = first, End = first + run, Sentence = sentenceIndex, Unknown = true, Divisions = divisions });
                return;
            }

            // ... or a slip of the pen ("Svitodarsk", "Luhanks")?
            var similar = _gaz.LookupSkeleton(name);
            if (similar.Count == 0)
            {
                similar = _gaz.LookupMisspelt(name);
            }

            var draft = similar.Count == 0
                ? new Draft { First = first, End = first + run, Sentence = sentenceIndex, Unknown = true }
                : new Draft
                {
                    First = first,
                    End = first + run,
                    Sentence = sentenceIndex,
                    Spelling = true,
                    Candidates = AsSpellings(similar),
                };

            // ... or another romanisation ("Kyaukphyu": Kyaukpyu, "Ijdabiya": Ajdabiya), if the article's countries allow.
            var variant = _gaz.LookupVariant(name).Except(similar).ToList();
            if (variant.Count > 0)
            {
                draft.VariantReadings = AsSpellings(variant);
                draft.VariantEnd = draft.End;
            }

            _drafts.Add(draft);
        }

        /// <summary>An unknown name that is a place only as another spelling of <paramref name="variants"/> (ApplyVariantGuard decides).</summary>
        private static Draft VariantDraft(int first, int end, int sentence, IEnumerable<int> variants, int variantEnd) => new()
        {
            First = first,
            End = end,
            Sentence = sentence,
            Unknown = true,
            VariantReadings = AsSpellings(variants),
            VariantEnd = variantEnd,
            PlaceOnlyByVariant = true,
        };

        private static GazetteerCandidate[] AsSpellings(IEnumerable<int> places) =>
            [.. places.Select(p => new GazetteerCandidate(PlaceKind.PopulatedPlace, p, NameSource.Alternate))];

        /// <summary>
        /// The places whose variant key (<see cref="TransliterationVariants"/>) a capitalised run shares, when the run
        /// as written is no name the gazetteer holds; empty otherwise.
        /// </summary>
        private IReadOnlyList<int> VariantOfRun(int first, int run, Span<char> key)
        {
            var length = BuildKey(first, run, key);
            if (length <= 0 || !_gaz.LookupKey(key[..length]).IsEmpty)
            {
                return [];
            }

            return _gaz.LookupVariant(text.AsSpan(_tokens[first].Start, _tokens[first + run - 1].End - _tokens[first].Start));
        }

        /// <summary>
        /// After in/near/around..., capitalised words (and name connectors: "del", "de") up to a bracket holding a
        /// first-level division ("in Los Gutierrez (Tucuman)"): the token where the bracket opens, or 0 when the words
        /// are not so followed or are, as a whole, a name the gazetteer knows (read as usual).
        /// </summary>
        private int BracketedNameEnd(int first, Sentence s, Span<char> key)
        {
            var k = first;
            while (k < s.EndToken && k - first < _maxNameTokens &&
                (IsCap(k) || (k > first && IsWord(k) && _lex.IsNameConnector(T(k)) && k + 1 < s.EndToken && IsCap(k + 1))))
            {
                k++;
            }

            if (k == first || !BracketedDivisionAt(k, s))
            {
                return 0;
            }

            var probe = new Draft { First = first, End = k };
            ReadBefore(probe, s);
            if (probe.Before is not (CueRole.In or CueRole.Near or CueRole.Outskirts))
            {
                return 0;
            }

            var length = BuildKey(first, k - first, key);
            return length > 0 && !_gaz.LookupKey(key[..length]).IsEmpty ? 0 : k;
        }

        /// <summary>
        /// The longest run of two or more capitalised words from <paramref name="first"/>, longer than the
        /// <paramref name="placeTokens"/> the gazetteer matched there, that is exactly a second-level division's name.
        /// </summary>
        private (int Tokens, IReadOnlyList<District> Readings)? LongerDivisionName(int first, int placeTokens, Sentence s, Span<char> key)
        {
            for (var n = Math.Min(_maxNameTokens, s.EndToken - first); n >= 2 && n > placeTokens; n--)
            {
                if (!IsCap(first + n - 1) || !IsNamePart(first + n - 1) || !AllWords(first, n))
                {
                    continue;
                }

                var length = BuildKey(first, n, key);
                if (length > 0 && _gaz.LookupAdmin2Key(key[..length]) is { Count: > 0 } readings)
                {
                    return (n, readings);
                }
            }

            return null;
        }

        /// <summary>
        /// "the Juba-Nimule road": a hyphenated pair of capitalised names before a route word; the readings of the
        /// first name (empty when the pattern does not hold or the gazetteer does not know it).
        /// </summary>
        private GazetteerCandidate[] RouteOrigin(int i, Sentence s, Span<char> key)
        {
            var token = T(i);
            var hyphen = token.IndexOfAny('-', '\u2010', '\u2011');
            if (hyphen <= 0 || hyphen + 1 >= token.Length || !char.IsUpper(token[hyphen + 1]) || i + 1 >= s.EndToken ||
                _lex.After(T(i + 1)) is not CueRole.Route)
            {
                return [];
            }

            var length = GazetteerNames.Normalize(token[..hyphen], key);
            var found = _gaz.LookupKey(key[..length]);
            return found.IsEmpty ? [] : found.ToArray();
        }

        /// <summary>"the Maiduguri – Damboa road": either name of a pair joined by a dash before a route word.</summary>
        private bool OnDashedRoute(Draft draft, Sentence s)
        {
            static bool IsDash(ReadOnlySpan<char> t) => t is "-" or "–" or "—" or "\u2010" or "\u2011";
            var end = draft.End;
            if (end + 2 < s.EndToken && IsDash(T(end)) && IsCap(end + 1) && _lex.After(T(end + 2)) is CueRole.Route)
            {
                return true;
            }

            return draft.First - 2 >= s.FirstToken && IsDash(T(draft.First - 1)) && IsCap(draft.First - 2) &&
                end < s.EndToken && _lex.After(T(end)) is CueRole.Route;
        }

        private bool AllWords(int first, int count)
        {
            for (var k = first; k < first + count; k++)
            {
                if (!IsWord(k) && T(k) is not ("'s" or "’s"))
                {
                    return false;
                }
            }

            return true;
        }

        private int BuildKey(int first, int count, Span<char> key, bool joinHyphens = false)
        {
            var length = 0;
            for (var k = first; k < first + count; k++)
            {
                var token = T(k);
                if (length + token.Length * 2 + 3 > key.Length)
                {
                    return -1;
                }

                // "People 's Republic": a clitic joins the word before it, as in the gazetteer's "peoples".
                if (length > 0 && token[0] is not ('\'' or '’'))
                {
                    key[length++] = ' ';
                }

                var written = GazetteerNames.Normalize(token, key[length..]);
                if (joinHyphens && token.IndexOfAny('-', '\u2010', '\u2011') > 0)
                {
                    // The token's own separators were hyphens: drop the spaces they became.
                    var segment = key.Slice(length, written);
                    var kept = 0;
                    foreach (var c in segment)
                    {
                        if (c != ' ')
                        {
                            segment[kept++] = c;
                        }
                    }

                    written = kept;
                }

                length += written;
            }

            return length;
        }

        private int CapitalisedRun(int first, Sentence s)
        {
            var n = 1;
            // "Taksim Square", "Haifa Street": a capitalised street word is part of a landmark's name.
            while (n < 3 && first + n < s.EndToken && IsNamePart(first + n) && _lex.After(T(first + n)) is null or CueRole.Street or CueRole.Route && !IsTypeWord(first + n) &&
                !StartsRegionPhrase(first + n, s))
            {
                n++;
            }

            return n;
        }

        /// <summary>A match is kept unless it is a stop word or part of a longer capitalised name ("Volodymyr Zelenskyy", "New York Times").</summary>
        private bool Accept(int first, int count, Sentence s, ReadOnlySpan<GazetteerCandidate> candidates)
        {
            var initial = SentenceInitial(first, s);
            if (count > 1 && _lex.IsStopWord(text.AsSpan(_tokens[first].Start, _tokens[first + count - 1].End - _tokens[first].Start), initial))
            {
                return false; // "White House"
            }

            if (count == 1)
            {
                if (_lex.IsStopWord(T(first), initial))
                {
                    return false;
                }

                var word = T(first);
                if (word.Length <= 4 && IsAllUpper(word) && !HasKind(candidates, PlaceKind.Country))
                {
                    return false; // an acronym, not a name
                }

                if (!HasKind(candidates, PlaceKind.Country) && _gaz.CountryByDemonym(word) is not null)
                {
                    return false; // "German forces": a demonym, even where a village bears the name
                }
            }

            var next = first + count;
            if (NamesAStreet(first, next, s))
            {
                return false; // "Pokrovska street", "Kharkiv Avenue": a street named after the place
            }

            if (next < s.EndToken && IsWord(next) && !IsCap(next) && _lex.After(T(next)) is CueRole.Fighters)
            {
                return false; // "Fano militants", "Idlib rebels": the name labels the fighters (a group, their home), not where
            }

            if (next < s.EndToken && IsCap(next) && _lex.After(T(next)) is null && !IsTypeWord(next) && !StartsRegionPhrase(next, s) &&
                !NamesAFacilityThere(next, s))
            {
                return false;
            }

            var prev = first - 1;
            if (prev >= s.FirstToken && IsCap(prev) && !IsNeutralCapital(prev, s))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// "near Abu Dhabi's airport", "near Kharkiv's main hospital": 'near' is said of a facility the town possesses,
        /// which lies in the town (ACLED codes a landmark to its town), not of the town.
        /// </summary>
        private bool PossessesFacilityAfter(Draft draft)
        {
            if (draft.End >= _tokens.Length || T(draft.End) is not ("'s" or "’s"))
            {
                return false;
            }

            for (var k = draft.End + 1; k < _tokens.Length && k <= draft.End + 3 && _tokens[k].Kind == TokenKind.Word; k++)
            {
                if (_lex.After(T(k)) is CueRole.Facility)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Islamabad High Court", "Sumy State University": capitalised words up to a facility word.</summary>
        private bool NamesAFacilityThere(int next, Sentence s)
        {
            for (var k = next; k < s.EndToken && k < next + 3 && IsCap(k); k++)
            {
                if (_lex.After(T(k)) is CueRole.Facility)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "Pokrovska street", "Rustaveli Avenue": the name followed by a street word names a street, not a place. Not
        /// "on a Gaza street", "near a central Baghdad square": a street of the place, which the article locates there.
        /// </summary>
        private bool NamesAStreet(int first, int next, Sentence s)
        {
            if (next >= s.EndToken || !IsWord(next) || _lex.After(T(next)) is not CueRole.Street)
            {
                return false;
            }

            var q = first - 1;
            if (q > s.FirstToken && IsWord(q) && !IsCap(q) && !IsAny(q, _indefinite))
            {
                q--; // "a central Baghdad square"
            }

            return q < s.FirstToken || !IsAny(q, _indefinite);
        }

        /// <summary>
        /// "Slavyansk Donetsk region": a capitalised word followed by a region word names the region, not more of the
        /// town, when the word is a division's name (<see cref="NamesADivision"/>). Otherwise the words before the region
        /// word are one name: a shorter place is no prefix of it.
        /// </summary>
        private bool StartsRegionPhrase(int i, Sentence s) =>
            i + 1 < s.EndToken && IsWord(i + 1) && _lex.After(T(i + 1)) is CueRole.Region && !IsCap(i + 1) && NamesADivision(i);

        /// <summary>
        /// The word is a first- or second-level division's name ("Donetsk"); "Lunda" (a name of Lund, Sweden) is not, so
        /// "Lunda Norte province" stays one name.
        /// </summary>
        private bool NamesADivision(int i)
        {
            Span<char> key = stackalloc char[512];
            var length = BuildKey(i, 1, key);
            return length > 0 && (HasKind(_gaz.LookupKey(key[..length]), PlaceKind.Admin1) || _gaz.LookupAdmin2Key(key[..length]).Count > 0);
        }

        /// <summary>A capitalised word before a name that does not make it part of a longer name.</summary>
        private bool IsNeutralCapital(int i, Sentence s)
        {
            if (_lex.IsStopWord(T(i), sentenceInitial: true) || IsAny(i, _determiners))
            {
                return true;
            }

            if (_drafts.Count > 0 && _drafts[^1].End == i)
            {
                return true;
            }

            foreach (var cue in _lex.Before)
            {
                if (cue.Tokens.Length == 1 && Is(i, cue.Tokens[0]))
                {
                    return cue.Role == CueRole.Metro || SentenceInitial(i, s); // "Greater Khartoum" is Khartoum's area
                }
            }

            return false;
        }

        private static bool IsAllUpper(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasKind(ReadOnlySpan<GazetteerCandidate> candidates, PlaceKind kind)
        {
            foreach (var c in candidates)
            {
                if (c.Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An unknown capitalised name counts as a place only when the words around it say so.</summary>
        private bool LooksLikeUnknownPlace(int first, int count, Sentence s)
        {
            if (count == 1 && _lex.IsStopWord(T(first), SentenceInitial(first, s)))
            {
                return false;
            }

            // "the Syrian city of", "near a Canadian convoy": a demonym is not a place name.
            if (_gaz.CountryByDemonym(T(first)) is not null ||
                (first + 1 < s.EndToken && _gaz.CountryByDemonym(text.AsSpan(_tokens[first].Start, _tokens[first + 1].End - _tokens[first].Start)) is not null))
            {
                return false;
            }

            var next = first + count;
            if (next < s.EndToken && _lex.After(T(next)) is CueRole.Region && IsCap(next))
            {
                return false; // "Kursk Oblast" is known; "Free Republic", "the Islamic Republic": a name with the word, not a region
            }

            if (next < s.EndToken && (_lex.After(T(next)) is CueRole.Region or CueRole.District || IsTypeWord(next)))
            {
                return true; // "X region", "X district", "X village"
            }

            var probe = new Draft { First = first, End = next };
            ReadBefore(probe, s);
            // "in Ngobozana, a village near Lusikisiki": an appositive that calls the name a settlement says so too.
            return probe.Before is CueRole.Near or CueRole.Outskirts or CueRole.Direction || probe.VillageHint || probe.CityHint ||
                AppositiveDivisionAfter(next, s) ||
                (probe.Before is CueRole.In && (BracketedDivisionAt(next, s) ||
                    (AfterInOrAt(first, s) && (NamedDivisionAfter(next, s) || BearingAfter(next, s) || AppositiveSeat(next, s, settlementWords: true)))));
        }

        /// <summary>
        /// "in Oog, west of Las Anod", "in Kabkabiya, 150 km west of El Fasher": a comma, perhaps a distance, then a
        /// bearing (direction rows of place_cues.tsv) right after the name: the report tells where the settlement lies.
        /// </summary>
        private bool BearingAfter(int next, Sentence s)
        {
            if (next >= s.EndToken || T(next) is not ",")
            {
                return false;
            }

            var at = next + 1;
            if (at + 2 < s.EndToken && _lex.IsDistanceApproximator(T(at)) && _tokens[at + 1].Kind == TokenKind.Number)
            {
                at++; // "Bissine, about 20 km south of Ziguinchor"
            }

            if (at + 1 < s.EndToken && _tokens[at].Kind == TokenKind.Number && _lex.IsDistanceUnit(T(at + 1)))
            {
                at += 2;
                if (at + 1 < s.EndToken && Is(at, "from") && IsCap(at + 1))
                {
                    return true; // "Ogossagou, about 15 km from Bankass": a stated distance from a town locates as a bearing does
                }
            }

            foreach (var cue in _lex.Before)
            {
                if (cue.Role == CueRole.Direction && at + cue.Tokens.Length < s.EndToken && EndsAt(cue, at + cue.Tokens.Length - 1, s))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// 'in' or 'at' (and maybe 'the') right before the name: where an event is, not what lies on or inside something
        /// ("a village on Ramree Island in Rakhine State" names the village, not the island, as the place).
        /// </summary>
        private bool AfterInOrAt(int first, Sentence s)
        {
            var before = first - 1;
            if (before > s.FirstToken && Is(before, "the"))
            {
                before--;
            }

            // "inside the Kutupalong refugee camp in Cox's Bazar district" as "at the Kakuma refugee camp in ...".
            return before >= s.FirstToken && (Is(before, "in") || Is(before, "at") || Is(before, "inside"));
        }

        /// <summary>
        /// "in Kyaukphyu in Rakhine state", "in Tal Tamr, in Syria's Hasakah province", "in Kibirizi, Rutshuru
        /// territory", "at the Kakuma refugee camp in Turkana county": a known division named with its division word
        /// right after the name (across a comma, 'in', 'the', a country's possessive, or up to two lower-case words of a
        /// facility the name opens, then 'in') says which division the place is in, as a bracket does ("in Sinsacate
        /// (Cordoba)"); 'in' alone does not ("in Congress"). The division word is required: without it a capitalised
        /// word after the name is too often no division.
        /// </summary>
        private bool NamedDivisionAfter(int next, Sentence s)
        {
            var end = Math.Min(s.EndToken, next + 12);
            var k = next;
            if (k < end && IsWord(k) && !IsCap(k) && !Is(k, "in"))
            {
                k = FacilityPhraseEnd(next, end);
                if (k < 0)
                {
                    return false; // "in Congress voted", "the Catupa forest in": words after the name that are not a facility's
                }
            }

            if (k < end && T(k) is ",")
            {
                k++;
            }

            if (k < end && Is(k, "in"))
            {
                k++;
            }

            if (k < end && Is(k, "the"))
            {
                k++;
            }

            k = PossessiveEnd(k, end); // "Syria's Hasakah province", "South Kivu's Fizi territory"
            if (k < end && IsWord(k) && !IsCap(k) && CompassWords.IsAdjective(T(k)))
            {
                k++; // "Ecuador's southern Azuay province", "the north-eastern Borno state": a compass adjective
            }

            for (var count = 1; count <= 3 && k + count < end && IsCap(k + count - 1); count++)
            {
                var word = k + count;
                if (!(_lex.After(T(word)) is CueRole.Region or CueRole.District || _gaz.IsDivisionSuffixWord(T(word))))
                {
                    continue;
                }

                var name = text.AsSpan(_tokens[k].Start, _tokens[k + count - 1].End - _tokens[k].Start);
                if (_gaz.LookupAdmin2(name).Count > 0)
                {
                    return true;
                }

                // "in Kolowa, in Tiaty sub-county of Baringo county": a division the gazetteer lacks, which the text
                // itself puts in a known division right after it, situates the name as a known division does.
                if (_lex.After(T(word)) == CueRole.District && word + 2 < s.EndToken && Is(word + 1, "of") && NamedDivisionAfter(word + 2, s))
                {
                    return true;
                }

                foreach (var c in _gaz.Lookup(name))
                {
                    if (c.Kind == PlaceKind.Admin1)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The token after a possessive of one to three capitalised words at <paramref name="k"/> ("Syria's",
        /// "South Kivu's", "Saudi Arabia's"), or <paramref name="k"/> when none stands there.
        /// </summary>
        private int PossessiveEnd(int k, int end)
        {
            for (var words = 1; words <= 3 && k + words < end && IsCap(k + words - 1); words++)
            {
                if (T(k + words) is "'s" or "’s")
                {
                    return k + words + 1;
                }
            }

            return k;
        }

        /// <summary>
        /// "raided Mpeketoni, in Kenya's Lamu county", "attacked Gatumba, in Burundi's Bujumbura Rural province": a comma,
        /// "in" and a division the gazetteer knows right after the name. The appositive situates a settlement even when
        /// no in/at precedes it (the name is the verb's object), as reports place a village the reader does not know.
        /// </summary>
        private bool AppositiveDivisionAfter(int next, Sentence s) =>
            next + 2 < s.EndToken && T(next) is "," && Is(next + 1, "in") && NamedDivisionAfter(next, s);

        /// <summary>
        /// "in Sinsacate (Cordoba)", "in Chabas (Santa Fe)": a first-level division's own or curated name in brackets
        /// right after the name. Said after "in", it makes a name the gazetteer lacks a settlement of that division
        /// (the bracket is how reports situate a small town), where "in" alone does not ("in Congress").
        /// </summary>
        private bool BracketedDivisionAt(int open, Sentence s)
        {
            if (open >= s.EndToken || T(open) is not "(")
            {
                return false;
            }

            for (var close = open + 2; close < s.EndToken && close <= open + 6; close++)
            {
                if (T(close) is ")")
                {
                    var inside = text.AsSpan(_tokens[open + 1].Start, _tokens[close - 1].End - _tokens[open + 1].Start);
                    foreach (var c in _gaz.Lookup(inside))
                    {
                        if (c.Kind == PlaceKind.Admin1 && c.Source != NameSource.Alternate)
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }

            return false;
        }

        private void ReadCues(Draft draft)
        {
            var s = layer.Sentences[draft.Sentence];
            ReadBefore(draft, s);
            var next = draft.End;
            draft.OnRoute |= OnDashedRoute(draft, s);
            if (next < s.EndToken && IsWord(next))
            {
                draft.After = _lex.After(T(next));
                draft.TypeWordAfter = IsTypeWord(next);
                if (draft.After == CueRole.Region)
                {
                    draft.RegionRequested = true;
                    draft.RegionWordToken = next;
                }

                if (Is(next, "city"))
                {
                    draft.CityHint = true;
                }
            }

            if (next < s.EndToken && AppositiveSeat(next, s))
            {
                draft.CityHint = true;
            }
        }

        /// <summary>
        /// ", the capital of ...", ", a port city": after the comma at <paramref name="comma"/>, an article, at most one
        /// lower-case modifier, and a seat word (place_cues.tsv) call the name before the comma a town; with
        /// <paramref name="settlementWords"/> also a settlement type word (", a village near ...", ", a farming
        /// settlement"), which says the name is a place without saying it is the larger town of its name.
        /// </summary>
        private bool AppositiveSeat(int comma, Sentence s, bool settlementWords = false)
        {
            if (comma >= s.EndToken || !Is(comma, ","))
            {
                return false;
            }

            var head = comma + 1;
            while (head < s.EndToken && IsAny(head, _determiners))
            {
                head++;
            }

            for (var words = 0; words < 2 && head < s.EndToken && IsWord(head) && !IsCap(head); words++, head++)
            {
                if (_lex.IsSeatWord(T(head)) || (settlementWords && IsTypeWord(head)))
                {
                    return true;
                }
            }

            return false;
        }

        private void ReadBefore(Draft draft, Sentence s)
        {
            var q = draft.First - 1;
            if (q >= s.FirstToken && IsMetroWord(q))
            {
                draft.Metro = true;
                q--;
            }

            q = SkipDeterminers(q, s);
            if (q >= s.FirstToken && Is(q, "of") && q - 1 >= s.FirstToken)
            {
                var typeWord = q - 1;
                var role = IsWord(typeWord) ? _lex.After(T(typeWord)) : null;
                if (role == CueRole.Region && typeWord - 1 >= s.FirstToken && IsCap(typeWord - 1))
                {
                    // "the Agadez region of Niger", "the Tbilisi region of Georgia": the region word is the name's before
                    // it; the name after "of" is what contains that region (a country), not a region itself.
                    role = null;
                }

                if (role == CueRole.Region)
                {
                    draft.RegionRequested = true;
                    draft.RegionWordToken = typeWord;
                    draft.CueFirst = typeWord;
                    q = SkipDeterminers(typeWord - 1, s);
                }
                else if (IsTypeWord(typeWord))
                {
                    draft.VillageHint = !Is(typeWord, "city") && !Is(typeWord, "town");
                    draft.CityHint = Is(typeWord, "city");
                    draft.CueFirst = typeWord;
                    q = SkipDeterminers(typeWord - 1, s);
                    if (q >= s.FirstToken && Is(q, "urban-type"))
                    {
                        q = SkipDeterminers(q - 1, s);
                    }
                }
            }

            foreach (var cue in _lex.Before)
            {
                if (cue.Role is CueRole.Type or CueRole.Metro || !EndsAt(cue, q, s))
                {
                    continue;
                }

                draft.Before = cue.Role;
                draft.CueFirst = q - cue.Tokens.Length + 1;
                if (cue.Role == CueRole.Direction)
                {
                    ReadDistance(draft, s);
                }

                return;
            }

            if (q - 2 >= s.FirstToken && Is(q, "from") && _tokens[q - 2].Kind == TokenKind.Number && _lex.IsDistanceUnit(T(q - 1)))
            {
                // "about 15 km from Bankass": a stated distance from the town is a bearing without its direction.
                draft.Before = CueRole.Direction;
                draft.CueFirst = q;
                ReadDistance(draft, s);
            }
        }

        private bool IsTypeWord(int i)
        {
            foreach (var cue in _lex.Before)
            {
                if (cue.Role == CueRole.Type && cue.Tokens.Length == 1 && Is(i, cue.Tokens[0]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A metropolitan-area word ("Greater", "Gran"; metro rows of place_cues.tsv).</summary>
        private bool IsMetroWord(int i) => _lex.IsMetroWord(T(i));

        private int SkipDeterminers(int q, Sentence s)
        {
            while (q >= s.FirstToken && IsAny(q, _determiners))
            {
                q--;
            }

            return q;
        }

        private bool EndsAt(PlaceCue cue, int last, Sentence s)
        {
            var first = last - cue.Tokens.Length + 1;
            if (first < s.FirstToken || last < s.FirstToken)
            {
                return false;
            }

            for (var k = 0; k < cue.Tokens.Length; k++)
            {
                if (!Is(first + k, cue.Tokens[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private void ReadDistance(Draft draft, Sentence s)
        {
            var unit = draft.CueFirst - 1;
            var number = unit - 1;
            if (number < s.FirstToken || _tokens[number].Kind != TokenKind.Number || !_lex.TryKilometresPerUnit(T(unit), out var kmPerUnit))
            {
                return;
            }

            if (double.TryParse(T(number), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
            {
                draft.DistanceKm = value * kmPerUnit;
                draft.CueFirst = number;
                if (number - 1 >= s.FirstToken && _lex.IsDistanceApproximator(T(number - 1)))
                {
                    draft.CueFirst = number - 1; // "about 20 km south of": the cue opens with the approximation
                }
            }
        }

        /// <summary>"the Kursk and Belgorod regions": a plural region word covers every name listed before it.</summary>
        private void SpreadPluralRegions()
        {
            for (var d = _drafts.Count - 2; d >= 0; d--)
            {
                var here = _drafts[d];
                var next = _drafts[d + 1];
                if (next.RegionRequested && next.Sentence == here.Sentence && here.After is null && next.First == here.End + 1 &&
                    next.End < _tokens.Length && T(next.End).EndsWith("s", StringComparison.OrdinalIgnoreCase) &&
                    (Is(here.End, "and") || T(here.End) is ","))
                {
                    here.RegionRequested = true;
                    here.After = CueRole.Region;
                }
            }
        }

        /// <summary>"Russia's Oryol region", "Pokrovsk, Ukraine": a country next to a name narrows it down.</summary>
        private void ReadCountryConstraints()
        {
            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.Unknown || HasKind(draft.Candidates, PlaceKind.Country))
                {
                    continue;
                }

                if (d > 0 && _drafts[d - 1].End == draft.First - 1 && T(draft.First - 1) is "'s" or "’s" && CountryOf(_drafts[d - 1]) is { } before)
                {
                    draft.CountryConstraint = before;
                }
                else if (d + 1 < _drafts.Count && T(draft.End) is "," && CountryOf(_drafts[d + 1]) is { } after &&
                    (_drafts[d + 1].First == draft.End + 1 || (_drafts[d + 1].First == draft.End + 2 && Is(draft.End + 1, "the") && ClosesApposition(_drafts[d + 1].End))))
                {
                    // "Santa Cruz, Bolivia", "Kumba, Cameroon": news name a town with its country this way, a region
                    // with its region word; a division of the same name yields to a town of that country. A country
                    // whose name takes the article keeps it there ("Santiago, the Dominican Republic's second city"),
                    // but only as an apposition: "struck Kharkiv, the United States said" is a reporting clause.
                    draft.CountryConstraint = after;
                    draft.CountryAfter = true;
                }
            }
        }

        /// <summary>
        /// Whether the token after "the &lt;Country&gt;" closes an apposition: a possessive ("the Dominican Republic's
        /// second city") or a comma. A verb there ("the United States said") makes the country a clause's subject.
        /// </summary>
        private bool ClosesApposition(int next) => next < _tokens.Length && T(next) is "'s" or "’s" or ",";

        /// <summary>The country a name means, or null when it means none or several ("Congo").</summary>
        private string? CountryOf(Draft draft)
        {
            string? found = null;
            foreach (var c in draft.Candidates)
            {
                if (c.Kind == PlaceKind.Country && c.Source != NameSource.Alternate)
                {
                    var iso2 = _gaz.Countries[c.Index].Iso2;
                    if (found is not null && found != iso2)
                    {
                        return null;
                    }

                    found = iso2;
                }
            }

            return found;
        }

        private void ReadDemonyms()
        {
            for (var s = 0; s < layer.Sentences.Length; s++)
            {
                var sentence = layer.Sentences[s];
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    if (!IsCap(i))
                    {
                        continue;
                    }

                    Country? country = null;
                    if (i + 1 < sentence.EndToken && IsCap(i + 1))
                    {
                        var pair = text.AsSpan(_tokens[i].Start, _tokens[i + 1].End - _tokens[i].Start);
                        country = _gaz.CountryByDemonym(pair);
                    }

                    country ??= _gaz.CountryByDemonym(T(i));
                    if (country is not null)
                    {
                        AddCountryContext(country.Iso2, s, 0.5);
                    }
                }
            }
        }

        private void AddCountryContext(string iso2, int sentence, double weight)
        {
            _docCountries[iso2] = _docCountries.GetValueOrDefault(iso2) + weight;
            _sentenceCountries.Add((sentence, iso2));
        }

        private void AddAdmin1Context(string admin1Key, int sentence)
        {
            _docAdmin1[admin1Key] = _docAdmin1.GetValueOrDefault(admin1Key) + 1;
            _sentenceAdmin1.Add((sentence, admin1Key));
        }

        /// <summary>
        /// "the Sverdlovsk region, Luhansk region", "Sverdlovsk district, Luhansk region", "Antratsit region Lugansk
        /// region": a region or district named just before a
        /// first-level division of another country (or not a division at all) is a district of the second.
        /// </summary>
        private void ReadNestedRegions()
        {
            for (var d = 0; d + 1 < _drafts.Count; d++)
            {
                var inner = _drafts[d];
                var outer = _drafts[d + 1];
                if (inner.Unknown || outer.Unknown || !(inner.RegionRequested || inner.After == CueRole.District) || !outer.RegionRequested ||
                    outer.Sentence != inner.Sentence || outer.First - inner.End > 3)
                {
                    continue;
                }

                var codes = outer.Candidates
                    .Where(c => c.Kind == PlaceKind.Admin1 && MatchesConstraint(c, outer.CountryConstraint))
                    .Select(c => _gaz.Admin1[c.Index])
                    .ToList();
                if (codes.Count == 0 ||
                    inner.Candidates.Any(c => c.Kind == PlaceKind.Admin1 && codes.Any(a => a.CountryIso2 == _gaz.Admin1[c.Index].CountryIso2)))
                {
                    continue; // "the Kursk region, Belgorod region": a list of regions of one country
                }

                inner.RegionRequested = false;
                inner.After = CueRole.District;
                inner.AttachedAdmin1 = codes.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
                inner.Candidates = [.. inner.Candidates.Where(c => c.Kind == PlaceKind.PopulatedPlace)];
            }
        }

        /// <summary>
        /// "Plateau state": Nigeria's state, not Benin's Plateau department. Among first-level divisions of several
        /// countries, those of countries that call their divisions by the region word used are kept, when there are any.
        /// </summary>
        private void PreferCountriesUsingTheRegionWord(Draft draft)
        {
            if (draft.RegionWordToken < 0)
            {
                return;
            }

            var word = T(draft.RegionWordToken);
            var countries = new HashSet<string>(StringComparer.Ordinal);
            var anyOther = false;
            foreach (var c in draft.Candidates)
            {
                if (c.Kind == PlaceKind.Admin1)
                {
                    var iso2 = _gaz.Admin1[c.Index].CountryIso2;
                    if (_lex.CountryUsesRegionWord(word, iso2) == true)
                    {
                        countries.Add(iso2);
                    }
                    else
                    {
                        anyOther = true;
                    }
                }
            }

            if (countries.Count > 0 && anyOther)
            {
                draft.Candidates = [.. draft.Candidates.Where(c => c.Kind != PlaceKind.Admin1 || countries.Contains(_gaz.Admin1[c.Index].CountryIso2))];
            }
        }

        private void Resolve()
        {
            ReadNestedRegions();
            var pools = new List<GazetteerCandidate>[_drafts.Count];
            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.Unknown)
                {
                    continue;
                }

                if (draft.RegionRequested)
                {
                    PreferCountriesUsingTheRegionWord(draft);
                    foreach (var c in draft.Candidates)
                    {
                        if (c.Kind == PlaceKind.Admin1 && MatchesConstraint(c, draft.CountryConstraint))
                        {
                            _explicitRegions.Add(c.Index);
                        }
                    }
                }
            }

            AttachRegions();
            ReadDistricts();
            ReadDivisionNames();
            ReadPossessedParts();
            DropSpellingsOutsideNamedCountries();

            // What the article says about its regions before any village is read: outside context and macro regions.
            var hintedRegions = _docAdmin1.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

            // Pass 1: names with one reading build the context; pass 2 resolves the rest with it.
            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.District is { } district)
                {
                    SettleDistrict(draft, district);
                }

                if (draft.Unknown || draft.District is not null || draft.CityDistrictOf >= 0)
                {
                    pools[d] = [];
                    continue;
                }

                pools[d] = Pool(draft);
                if (draft.AttachedAdmin1 is { } attached && !draft.RegionRequested && pools[d].Count > 0 &&
                    pools[d].All(c => c.Kind == PlaceKind.PopulatedPlace))
                {
                    // "Hrabove, Donetsk Oblast": only readings inside the region named with it count.
                    var exact = pools[d];
                    pools[d] = [.. pools[d].Where(c => attached.Contains(_gaz.Places[c.Index].Admin1Key))];
                    if (pools[d].Count == 0 && exact.All(c => _gaz.Places[c.Index].Population < 50_000))
                    {
                        // "Berezovoe (Maryinsky district)": another romanisation of the name inside the named region
                        // (not for a city's name: "the village of Luhansk, Donetsk region" is no spelling of Luhanske).
                        pools[d] = [.. _gaz.LookupSkeleton(Text(draft))
                            .Where(i => attached.Contains(_gaz.Places[i].Admin1Key))
                            .Select(i => new GazetteerCandidate(PlaceKind.PopulatedPlace, i, NameSource.Alternate))];
                    }

                    if (pools[d].Count == 0)
                    {
                        draft.Kind = PlaceKind.PopulatedPlace;
                        draft.Reason = PlaceReason.OutsideNamedRegion;
                        draft.Detail = $"no '{Text(draft)}' in {string.Join(" or ", attached.Select(a => _gaz.Admin1ByCode(a)?.AcledName))} in the gazetteer";
                        SettleInNamedRegion(draft);
                        continue;
                    }
                }

                if (draft.AttachedAdmin1 is null && draft.SoftAdmin1 is null && !draft.Spelling && hintedRegions.Count > 0)
                {
                    pools[d] = InHintedRegions(draft, pools[d], hintedRegions);
                }

                if (draft.SoftAdmin1 is { } softRegions && draft.AttachedAdmin1 is null && pools[d].Count > 1)
                {
                    // Only a preference: "Lozove, Donetsk" may be a village near the city as well as in the region.
                    var inRegion = pools[d].Where(c => Admin1Key(c) is { } key && softRegions.Contains(key)).ToList();
                    pools[d] = inRegion.Count > 0 ? inRegion : pools[d];
                }

                if (pools[d].Count == 1)
                {
                    Settle(draft, pools[d][0], pools[d].Count);
                    if (pools[d][0].Source != NameSource.Alternate || draft.Before is not null || draft.RegionRequested)
                    {
                        AddContext(draft);
                    }
                }
            }

            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.Unknown)
                {
                    draft.Kind = draft.RegionRequested ? PlaceKind.Admin1 : PlaceKind.PopulatedPlace;
                    draft.Reason = PlaceReason.NotInGazetteer;
                    draft.Detail = $"'{Text(draft)}' is introduced as a place ({CueText(draft)}) but is not in the gazetteer";
                    SettleInNamedRegion(draft);
                    continue;
                }

                var pool = pools[d];
                if (pool.Count == 1 || draft.Reason == PlaceReason.OutsideNamedRegion || draft.District is not null || draft.CityDistrictOf >= 0)
                {
                    continue;
                }

                if (pool.Count == 0 && draft.Spelling)
                {
                    // The countries of the places pass 1 settled count too: a town named after the spelling
                    // ("in Ijdabiya, south of Benghazi") says which country the article is about.
                    pool = pools[d] = [.. Pool(draft).Where(c => draft.AttachedAdmin1 is not { } attached || (Admin1Key(c) is { } key && attached.Contains(key)))];
                    if (pool.Count == 1)
                    {
                        Settle(draft, pool[0], 1);
                        continue;
                    }
                }

                if (pool.Count == 0 && draft.Spelling)
                {
                    draft.Kind = PlaceKind.PopulatedPlace;
                    draft.Reason = PlaceReason.NotInGazetteer;
                    draft.Detail = $"'{Text(draft)}' is introduced as a place ({CueText(draft)}); only similar spellings elsewhere are in the gazetteer";
                    SettleInNamedRegion(draft);
                    continue;
                }

                if (pool.Count == 0)
                {
                    draft.Kind = draft.RegionRequested ? PlaceKind.Admin1 : PlaceKind.PopulatedPlace;
                    draft.Reason = PlaceReason.RegionNotFound;
                    draft.Detail = draft.CountryConstraint is null
                        ? $"'{Text(draft)}' is not a first-level division"
                        : $"'{Text(draft)}' is not a place of {draft.CountryConstraint}";
                    continue;
                }

                var ranked = pool.Select(c => (Candidate: c, Score: Score(draft, c))).OrderByDescending(x => x.Score).ToList();
                if (ranked[0].Score - ranked[1].Score >= 1.0)
                {
                    Settle(draft, ranked[0].Candidate, pool.Count);
                    continue;
                }

                var close = ranked.TakeWhile(x => ranked[0].Score - x.Score < 1.0).ToList();
                if (close.All(x => x.Candidate.Kind == PlaceKind.Country))
                {
                    // A shared country name the article does not decide: the first country listing it (countries.tsv).
                    Settle(draft, close.OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Index).First().Candidate, pool.Count);
                    continue;
                }

                var region = Admin1Key(close[0].Candidate);
                if (region is not null && close.All(x => Admin1Key(x.Candidate) == region))
                {
                    // Several villages of one name in one region: the region is certain, the spot is not (precision 2).
                    Settle(draft, ranked[0].Candidate, pool.Count);
                    draft.WithinRegionOnly = true;
                    draft.Detail += $"; {close.Count} places of this name in {draft.Place!.Admin1}, coordinates of the first";
                    continue;
                }

                if (close.All(x => x.Candidate.Kind == PlaceKind.Admin1 &&
                    _gaz.Admin1[x.Candidate.Index].AcledName == _gaz.Admin1[close[0].Candidate.Index].AcledName))
                {
                    // "Punjab" in India and in Pakistan: the division's name is certain, its country is not; the best
                    // reading stands (region-only, precision 3) and the detail names the others.
                    Settle(draft, ranked[0].Candidate, pool.Count);
                    draft.Detail += $"; also a division of {string.Join(", ", close.Skip(1).Select(x => _gaz.Resolve(x.Candidate).Country))}";
                    continue;
                }

                draft.Kind = ranked[0].Candidate.Kind;
                draft.Reason = PlaceReason.Ambiguous;
                draft.CandidateCount = pool.Count;
                draft.Alternatives = [.. ranked.Take(5).Select(x => _gaz.Resolve(x.Candidate))];
                draft.Detail = $"'{Text(draft)}' has {pool.Count} readings and the article does not decide: " +
                    string.Join("; ", draft.Alternatives.Select(p => $"{p.Name} ({p.Admin1}, {p.Iso3})"));
            }

            SettleInResolvedRegions();
            SettleAppositiveSettlements();
            SettleCityDistricts();
        }

        /// <summary>
        /// "in Ngobozana, a village near Lusikisiki in South Africa's Eastern Cape province": a settlement the gazetteer
        /// lacks, which an appositive places near or in a place the text names right after, lies in that place's region
        /// (region-only coordinates, as for a settlement named with its region).
        /// </summary>
        private void SettleAppositiveSettlements()
        {
            foreach (var draft in _drafts)
            {
                if (draft.Place is null && draft.Reason == PlaceReason.NotInGazetteer && !draft.RegionRequested &&
                    AppositiveSeat(draft.End, layer.Sentences[draft.Sentence], settlementWords: true))
                {
                    // The appositive's own place: the next name of the sentence within a few words of the comma; "a
                    // village in the Mecula district of Niassa" is left to the event locator, which places it in the district.
                    SettleInNextRegion(draft, _appositiveReach, static n => n.District is not null || n.After == CueRole.District,
                        static (n, _) => n.Place is { Kind: not PlaceKind.Country } ? n.Place.Admin1Code : null);
                }
            }
        }

        /// <summary>
        /// "in Sinsacate (Cordoba)", "in Villa Mascardi (Rio Negro)": a name the gazetteer lacks, attached to a division
        /// name several countries share, lies in the reading the article gave that division (settled after it).
        /// </summary>
        private void SettleInResolvedRegions()
        {
            foreach (var draft in _drafts)
            {
                if (draft.Place is null && draft.Reason is PlaceReason.NotInGazetteer or PlaceReason.OutsideNamedRegion && !draft.RegionRequested &&
                    draft.AttachedAdmin1 is { Count: > 1 })
                {
                    SettleInNextRegion(draft, 8, static _ => false,
                        static (n, d) => n.Place is { Kind: PlaceKind.Admin1, Admin1Code: { } code } && d.AttachedAdmin1!.Contains(code) ? code : null);
                }
            }
        }

        /// <summary>
        /// One mechanism for an unresolved name the text situates by a name after it: the first later name of the
        /// sentence, within <paramref name="reach"/> tokens, whose <paramref name="regionOf"/> gives a first-level
        /// division, is the name's region (region-only coordinates); <paramref name="stop"/> ends the search.
        /// </summary>
        private void SettleInNextRegion(Draft draft, int reach, Func<Draft, bool> stop, Func<Draft, Draft, string?> regionOf)
        {
            foreach (var next in _drafts)
            {
                if (next.Sentence != draft.Sentence || next.First < draft.End)
                {
                    continue;
                }

                if (next.First - draft.End > reach || stop(next))
                {
                    return;
                }

                if (regionOf(next, draft) is { } code)
                {
                    draft.AttachedAdmin1 = new HashSet<string>(StringComparer.Ordinal) { code };
                    SettleInNamedRegion(draft);
                    return;
                }
            }
        }

        /// <summary>
        /// "Peski (Yasinovatsky district)", "Heorhiyivka town, Lutuginsky district", "in the Shakhtersky district
        /// between...": a district the gazetteer knows (<see cref="Gazetteer.LookupDistrict"/>) says which region the
        /// sentence is about, narrows the town named just before it to that region, and, when its name is not also a
        /// town there, is itself the place (precision 2). "Voroshilovsky district of Donetsk": a district followed by
        /// a city that is not one of the region's districts is a part of the city.
        /// </summary>
        private void ReadDistricts()
        {
            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.After != CueRole.District || draft.RegionRequested)
                {
                    continue;
                }

                // "Sverdlovsk district, Luhansk region": only a district of the region named with it. A division of
                // exactly the name comes first ("Masisi territory"); else another romanisation of a raion's name.
                var found = InContext(draft, draft.Divisions ?? _gaz.LookupAdmin2(Text(draft)));
                if (found.Count == 0)
                {
                    found = InContext(draft, _gaz.LookupDistrict(Text(draft)));
                }

                // "Bijapur district of Chhattisgarh", "Duk county, Jonglei state": the region named right after the
                // district is its region, whichever namesake district (or town) lies elsewhere.
                if (RegionRightAfter(d) is { } named && found.Any(x => named.Contains(x.Admin1Key)))
                {
                    found = [.. found.Where(x => named.Contains(x.Admin1Key))];
                }

                var city = CityAfterDistrict(d);
                if (city >= 0 && !found.Any(x => CityAdmin1(_drafts[city]).Contains(x.Admin1Key)))
                {
                    MakeCityPart(draft, city);
                    continue;
                }

                var admin1 = found.Select(x => x.Admin1Key).ToHashSet(StringComparer.Ordinal);
                if (admin1.Count is 0 or > 2 || CityElsewhereInSentence(draft, admin1))
                {
                    continue; // unknown, too common, or "city of Donetsk (Kuibyshevsky district)": a part of that city
                }

                // "Volnovakha district": a town of the name inside the district's region stays the reading.
                if (!draft.Candidates.Any(c => c.Kind == PlaceKind.PopulatedPlace && admin1.Contains(_gaz.Places[c.Index].Admin1Key)))
                {
                    draft.District = found[0];
                    draft.Candidates = [];
                    draft.Unknown = draft.Spelling = false;
                }

                if (admin1.Count == 1)
                {
                    AddAdmin1Context(found[0].Admin1Key, draft.Sentence);
                }

                if (d > 0 && _drafts[d - 1] is var town && town.Sentence == draft.Sentence && !town.Unknown && !town.RegionRequested &&
                    town.After != CueRole.District && draft.First - town.End <= 3 && OnlyPunctuationOrTypeWords(town.End, draft.First))
                {
                    town.AttachedAdmin1 ??= admin1;
                }
            }
        }

        /// <summary>
        /// "Port-au-Prince's Delmas area", "Mogadishu's Lido beach": a name a city possesses is a part of that city,
        /// unless the gazetteer holds a place of that name near the city (then context resolves it as usual). Its
        /// namesakes far away (a Delmas in South Africa, a Lido in Italy) are not readings.
        /// </summary>
        private void ReadPossessedParts()
        {
            for (var d = 1; d < _drafts.Count; d++)
            {
                var part = _drafts[d];
                var city = _drafts[d - 1];
                if (part.Sentence != city.Sentence || part.First != city.End + 1 || T(city.End) is not ("'s" or "’s") ||
                    part.RegionRequested || part.District is not null || part.CityDistrictOf >= 0 || !IsCityOnly(city))
                {
                    continue;
                }

                var cities = LargeTowns(city).ToList();
                if (cities.Count == 0 || part.Candidates.Any(c => c.Kind == PlaceKind.PopulatedPlace &&
                        cities.Any(p => PlaceDistance.ApproximateKm(p.Latitude, p.Longitude, _gaz.Places[c.Index].Latitude, _gaz.Places[c.Index].Longitude) <= _partOfCityKm)))
                {
                    continue;
                }

                MakeCityPart(part, d - 1);
            }

            // "Lido beach in Mogadishu": a name whose every reading lies in another country than the city named
            // right after it ("in", perhaps after one lower-case word) is a part of that city.
            for (var d = 0; d + 1 < _drafts.Count; d++)
            {
                var part = _drafts[d];
                var city = _drafts[d + 1];
                if (part.Sentence != city.Sentence || part.Candidates.Length == 0 || part.RegionRequested || part.District is not null ||
                    part.CityDistrictOf >= 0 || !IsCityOnly(city) || !InJustBefore(part.End, city.First))
                {
                    continue;
                }

                var countries = LargeTowns(city).Select(p => p.CountryIso2).ToHashSet(StringComparer.Ordinal);
                if (countries.Count == 0 || part.Candidates.Any(c => countries.Contains(CountryIso2(c))))
                {
                    continue;
                }

                MakeCityPart(part, d + 1);
            }
        }

        /// <summary>A known name read only as towns: not a country or region ("Iraq's Duhok province").</summary>
        private static bool IsCityOnly(Draft draft) =>
            !draft.Unknown && !draft.RegionRequested && draft.Candidates.Length > 0 && draft.Candidates.All(c => c.Kind == PlaceKind.PopulatedPlace);

        /// <summary>The tokens in [from, to) are "in", or one lower-case word and "in" ("beach in").</summary>
        private bool InJustBefore(int from, int to) =>
            (to - from == 1 && Is(from, "in")) ||
            (to - from == 2 && IsWord(from) && !IsCap(from) && Is(from + 1, "in"));

        /// <summary>
        /// The namesake guard of transliteration variants: a name's variant readings count only in a country the article
        /// is about (from the outside context, a country it names, or a name all of whose readings lie in one country:
        /// "Benghazi", "Rakhine state"). Kept, they become the name's spelling readings (over the whole run they cover:
        /// "Tal Tamr" rather than "Tal"); else the name stays as it was read without them, and a name that was a place
        /// only by them is none.
        /// </summary>
        private void ApplyVariantGuard()
        {
            if (!_drafts.Any(d => d.VariantReadings is not null))
            {
                return;
            }

            // Countries read from the names themselves, not from their variant or similar spellings.
            var about = NamedCountries(skip: draft => draft.VariantReadings is not null || draft.Spelling);

            var dropped = new HashSet<Draft>();
            foreach (var draft in _drafts)
            {
                if (draft.VariantReadings is not { } readings || dropped.Contains(draft))
                {
                    continue;
                }

                var kept = readings.Where(c => about.Contains(CountryIso2(c))).ToArray();
                if (kept.Length == 0)
                {
                    if (draft.PlaceOnlyByVariant)
                    {
                        dropped.Add(draft);
                    }

                    continue;
                }

                if (draft.VariantEnd > draft.End)
                {
                    // The whole run: its later words are no names of their own.
                    foreach (var other in _drafts)
                    {
                        if (other != draft && other.Sentence == draft.Sentence && other.First >= draft.End && other.First < draft.VariantEnd)
                        {
                            dropped.Add(other);
                        }
                    }

                    draft.End = draft.VariantEnd;
                    draft.Candidates = kept;
                }
                else
                {
                    draft.Candidates = [.. draft.Candidates, .. kept];
                }

                draft.Spelling = true;
                draft.Unknown = false;
            }

            _drafts.RemoveAll(dropped.Contains);
        }

        /// <summary>
        /// "the border village of Maroun al-Ras in southern Lebanon": a name matched only as a similar spelling
        /// ("Meron", in Israel) is no reading when the article names countries and none of the spellings lies in
        /// them; the name stays an unknown place.
        /// </summary>
        private void DropSpellingsOutsideNamedCountries()
        {
            var named = _namedCountries;
            foreach (var draft in _drafts)
            {
                foreach (var c in draft.Candidates)
                {
                    if (c.Kind == PlaceKind.Country && c.Source != NameSource.Alternate)
                    {
                        named.Add(_gaz.Countries[c.Index].Iso2);
                    }
                }
            }

            foreach (var draft in _drafts)
            {
                if (draft.Spelling && ((named.Count > 0 && !draft.Candidates.Any(c => named.Contains(CountryIso2(c)))) || SituatedInAnotherCountry(draft)))
                {
                    draft.Spelling = false;
                    draft.Unknown = true;
                    draft.Candidates = [];
                }
            }
        }

        /// <summary>
        /// "the village of Tanduo, in the Lahad Datu district of Sabah": the text puts a name matched only as a similar
        /// spelling (Tandag, in the Philippines) in a town or division whose every reading lies in another country; the
        /// spelling is no reading of it there.
        /// </summary>
        private bool SituatedInAnotherCountry(Draft draft)
        {
            var k = draft.End < _tokens.Length && T(draft.End) is "," ? draft.End + 1 : draft.End;
            if (k >= _tokens.Length || !Is(k, "in"))
            {
                return false;
            }

            foreach (var next in _drafts)
            {
                if (next.Sentence != draft.Sentence || next.First <= k || next.First > k + 4)
                {
                    continue;
                }

                if (next.Unknown || next.Spelling || next.Candidates.Length == 0 || HasKind(next.Candidates, PlaceKind.Country))
                {
                    return false;
                }

                var country = CountryIso2(next.Candidates[0]);
                return next.Candidates.All(c => CountryIso2(c) == country) && !draft.Candidates.Any(c => CountryIso2(c) == country);
            }

            return false;
        }

        /// <summary>The next name, when only "of (the city of)", "in" or a comma separates it from "X district" and it can be a city of 100,000 or more.</summary>
        private List<District> InContext(Draft draft, IReadOnlyList<District> districts) =>
            [.. districts
                .Where(x => _docCountries.Count == 0 || _docCountries.GetValueOrDefault(x.CountryIso2) > 0)
                .Where(x => draft.AttachedAdmin1 is not { } attached || attached.Contains(x.Admin1Key))];

        /// <summary>
        /// Names found only as second-level divisions ("Northern Samar", "South Waziristan", "Maungdaw township") are
        /// that division (precision 2) when, among the article's countries (or anywhere, if it names none), all
        /// divisions of the name lie in one region.
        /// </summary>
        private void ReadDivisionNames()
        {
            HashSet<string>? countries = null;
            foreach (var draft in _drafts)
            {
                if (draft.Divisions is null || draft.District is not null || draft.CityDistrictOf >= 0 || !draft.Unknown)
                {
                    continue;
                }

                // The article's countries so far, and those of the names that have readings in one country only
                // ("the Catatumbo region of Norte de Santander": Colombia, not Venezuela's Municipio Catatumbo).
                countries ??= NamedCountries();
                var found = InContext(draft, draft.Divisions).Where(x => countries.Count == 0 || countries.Contains(x.CountryIso2)).ToList();
                if (found.Count == 0 && (draft.After is CueRole.District || draft.TypeWordAfter) &&
                    draft.Divisions.Select(x => x.Admin1Key).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    // "Maungdaw township on the border with Bangladesh": a name told as a division that only one
                    // region in the world has a division of is that division, though the article names only a neighbour.
                    found = [.. draft.Divisions];
                }

                if (found.Select(x => x.Admin1Key).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    draft.District = found[0];
                    draft.Unknown = draft.Spelling = false;
                    draft.Candidates = [];
                }
            }
        }

        /// <summary>The countries the article is about: the outside context's, and each name's whose readings all lie in one country.</summary>
        private HashSet<string> NamedCountries(Func<Draft, bool>? skip = null)
        {
            var result = _docCountries.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var draft in _drafts)
            {
                if (skip?.Invoke(draft) == true)
                {
                    continue;
                }

                var iso2 = draft.Candidates.Select(CountryIso2).Distinct(StringComparer.Ordinal).ToList();
                if (iso2.Count == 1 && iso2[0] is { Length: > 0 } only)
                {
                    result.Add(only);
                }
            }

            return result;
        }

        private int CityAfterDistrict(int d)
        {
            var draft = _drafts[d];
            if (d + 1 >= _drafts.Count)
            {
                return -1;
            }

            var next = _drafts[d + 1];
            if (next.Sentence != draft.Sentence || next.Unknown || next.RegionRequested || next.After is CueRole.Region or CueRole.District ||
                next.First - draft.End > 5)
            {
                return -1;
            }

            for (var k = draft.End + 1; k < next.First; k++)
            {
                if (!Is(k, "of") && !Is(k, "in") && !Is(k, "the") && !Is(k, "city") && T(k) is not ",")
                {
                    return -1;
                }
            }

            return CityAdmin1(next).Count > 0 ? d + 1 : -1;
        }

        /// <summary>The sentence names a city of 100,000 or more, and none in <paramref name="admin1"/>.</summary>
        private bool CityElsewhereInSentence(Draft draft, HashSet<string> admin1)
        {
            var city = false;
            foreach (var other in _drafts)
            {
                if (other == draft || other.Sentence != draft.Sentence || other.Unknown || other.Spelling || other.RegionRequested)
                {
                    continue;
                }

                var regions = CityAdmin1(other);
                if (regions.Overlaps(admin1))
                {
                    return false;
                }

                city |= regions.Count > 0;
            }

            return city;
        }

        private HashSet<string> CityAdmin1(Draft draft) =>
            LargeTowns(draft).Select(p => p.Admin1Key).ToHashSet(StringComparer.Ordinal);

        /// <summary>The readings of a name that are towns of 100,000 or more: the cities a district or a part can belong to.</summary>
        private IEnumerable<GazetteerPlace> LargeTowns(Draft draft) =>
            draft.Candidates
                .Where(c => c.Kind == PlaceKind.PopulatedPlace && _gaz.Places[c.Index].Population >= 100_000)
                .Select(c => _gaz.Places[c.Index]);

        /// <summary>The name is a part of the city read at <paramref name="city"/>; <see cref="SettleCityDistricts"/> places it there.</summary>
        private void MakeCityPart(Draft part, int city)
        {
            part.CityDistrictOf = city;
            part.Candidates = [];
            part.Unknown = part.Spelling = false;
        }

        private void SettleDistrict(Draft draft, District district)
        {
            var country = _gaz.CountryByIso2(district.CountryIso2);
            var admin1 = _gaz.Admin1ByCode(district.Admin1Key);
            draft.Place = new ResolvedPlace(PlaceKind.PopulatedPlace, district.Name, country?.Name ?? district.CountryIso2, country?.Iso3 ?? "",
                _gaz.AcledAdmin1(admin1, district.Name), admin1?.GeoNamesName, district.Name, Math.Round(district.Latitude, 4), Math.Round(district.Longitude, 4),
                null, "ADM2", 0)
            { Admin1Code = district.Admin1Key, CountryIso2 = district.CountryIso2, ApproximateCoordinates = true };
            draft.Kind = PlaceKind.PopulatedPlace;
            draft.Reason = PlaceReason.None;
            draft.CandidateCount = 1;
            draft.Detail = $"the district '{Text(draft)}' ({district.Name}, {admin1?.AcledName}); coordinates approximate";
            AddCountryContext(district.CountryIso2, draft.Sentence, 1);
            _settledTowns.Add((draft.Sentence, district.Latitude, district.Longitude));
        }

        /// <summary>"Voroshilovsky district of Donetsk": the part of the city is located as the city (precision 1, PLOVER sub-city).</summary>
        private void SettleCityDistricts()
        {
            foreach (var draft in _drafts)
            {
                if (draft.CityDistrictOf < 0)
                {
                    continue;
                }

                var city = _drafts[draft.CityDistrictOf];
                draft.Kind = PlaceKind.PopulatedPlace;
                if (city.Place is { Kind: PlaceKind.PopulatedPlace } place)
                {
                    draft.Place = place;
                    draft.CityDistrict = true;
                    draft.Reason = PlaceReason.None;
                    draft.CandidateCount = 1;
                    draft.Detail = $"a district of {place.Name}";
                }
                else
                {
                    draft.Reason = PlaceReason.NotInGazetteer;
                    draft.Detail = $"'{Text(draft)}' is a district of '{Text(city)}', which is not resolved";
                }
            }
        }

        /// <summary>A region named right after a town ("X, Donetsk region", "X in the Donetsk region", "X (Donetsk Oblast)") is the town's region.</summary>
        private void AttachRegions()
        {
            foreach (var region in _drafts)
            {
                if (!region.Unknown && !region.RegionRequested && region.First >= 2 && region.End < _tokens.Length &&
                    T(region.First - 1) is "(" && T(region.End) is ")" && IsCap(region.First - 2))
                {
                    // "Darregueira (Buenos Aires)": a division's name in brackets right after a name situates that
                    // place, whether or not the gazetteer knows it.
                    var codes = region.Candidates.Where(c => c.Kind == PlaceKind.Admin1 && c.Source != NameSource.Alternate)
                        .Select(c => _gaz.Admin1[c.Index].Code).ToHashSet(StringComparer.Ordinal);
                    region.SituatesTown = codes.Count > 0 ? codes : null;
                }
            }

            for (var d = 0; d < _drafts.Count; d++)
            {
                var draft = _drafts[d];
                if (draft.RegionRequested)
                {
                    continue; // an unknown name too: "the village of Gidan Boka in the Zamfara region" is in Zamfara
                }

                for (var e = d + 1; e < _drafts.Count; e++)
                {
                    var region = _drafts[e];
                    if (region.Sentence != draft.Sentence || region.First - draft.End > 8)
                    {
                        break;
                    }

                    if (!region.RegionRequested || region.Unknown)
                    {
                        // "General San Martin (La Pampa)", "San Justo (La Matanza, Buenos Aires)": the bracket is the
                        // report saying which division the town is in, as plainly as "in" does.
                        var saysIn = (region.First == draft.End + 1 && Is(draft.End, "in")) || ClosesBracketAfter(draft, region) ||
                            ((draft.Unknown || draft.Spelling) && FacilityWordsThenIn(draft.End, region.First));
                        // A name before a second-level division's word ("Masala in Beni territory") is no first-level
                        // division: its first-level readings are namesakes (Bolivia's Beni).
                        if (!region.Unknown && region.After != CueRole.District && region.First > draft.End && (region.First - draft.End <= 2 || saysIn) &&
                            (saysIn || OnlyPunctuationOrTypeWords(draft.End, region.First)))
                        {
                            // "Vesela Hora village, Luhansk": a bare region name (also its capital's) right after a town;
                            // only a region of the country the text gives the town ("Tera, Niger": the country, not
                            // Nigeria's Niger State).
                            var soft = region.Candidates
                                .Where(c => c.Kind == PlaceKind.Admin1 && c.Source != NameSource.Alternate &&
                                    MatchesConstraint(c, draft.CountryConstraint) && MatchesConstraint(c, region.CountryConstraint))
                                .Select(c => _gaz.Admin1[c.Index].Code)
                                .ToHashSet(StringComparer.Ordinal);
                            if (soft.Count > 0 && !saysIn && (draft.Unknown || draft.Spelling || InDivisions(draft, soft)))
                            {
                                region.SituatesTown = soft;
                            }

                            if (soft.Count > 0 && (saysIn || !SharesCountry(draft, soft)))
                            {
                                // "Kashipur in Odisha", "Tawila, North Darfur": the text says which region the town is
                                // in, or no reading of the town lies in the region's country: the region is the town's.
                                draft.AttachedAdmin1 = soft;
                            }
                            else
                            {
                                draft.SoftAdmin1 = soft.Count > 0 ? soft : null;
                            }
                        }

                        continue;
                    }

                    var codes = region.Candidates
                        .Where(c => c.Kind == PlaceKind.Admin1 && MatchesConstraint(c, region.CountryConstraint))
                        .Select(c => _gaz.Admin1[c.Index].Code)
                        .ToHashSet(StringComparer.Ordinal);
                    if (codes.Count > 0)
                    {
                        draft.AttachedAdmin1 = codes;
                    }

                    break;
                }
            }
        }

        /// <summary>
        /// "the Kakuma refugee camp in Turkana county": one or two lower-case words of a facility the name opens, then
        /// "in" right before the region (only for a name the gazetteer lacks: a known town's readings are not filtered
        /// by a region a facility phrase may put elsewhere).
        /// </summary>
        private bool FacilityWordsThenIn(int from, int to) => FacilityPhraseEnd(from, to) == to - 1;

        /// <summary>
        /// The "in" after one or two lower-case words from <paramref name="from"/> that end in a facility word ("refugee
        /// camp in", "base in"), or -1.
        /// </summary>
        private int FacilityPhraseEnd(int from, int end)
        {
            var k = from;
            while (k < end && k - from < 2 && IsWord(k) && !IsCap(k) && !Is(k, "in"))
            {
                k++;
            }

            return k > from && k < end && Is(k, "in") && IsFacilityWord(k - 1) ? k : -1;
        }

        /// <summary>A word ending a facility or settlement a name opens ("refugee camp", "air base": locator_words' settlement words, place_cues' facilities).</summary>
        private bool IsFacilityWord(int i) => _actorWords.IsSettlement(T(i)) || _lex.After(T(i)) is CueRole.Facility;

        /// <summary>
        /// The region ends a bracket opened right after the draft, with at most a second-level division's words and a
        /// comma before it: "Darregueira (Buenos Aires)", "San Justo (La Matanza, Buenos Aires)".
        /// </summary>
        private bool ClosesBracketAfter(Draft draft, Draft region)
        {
            if (draft.End >= _tokens.Length || T(draft.End) is not "(" || region.End >= _tokens.Length || T(region.End) is not ")" ||
                region.First - draft.End > 6)
            {
                return false;
            }

            for (var k = draft.End + 1; k < region.First; k++)
            {
                if (!(IsCap(k) || T(k) is "," || _lex.IsNameConnector(T(k))))
                {
                    return false;
                }
            }

            return region.First == draft.End + 1 || T(region.First - 1) is ",";
        }

        /// <summary>Some populated-place reading of the draft lies in one of the divisions.</summary>
        private bool InDivisions(Draft draft, HashSet<string> admin1Codes)
        {
            foreach (var c in draft.Candidates)
            {
                if (c.Kind == PlaceKind.PopulatedPlace && admin1Codes.Contains(_gaz.Places[c.Index].Admin1Key))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Some populated-place reading of the draft lies in the country of one of the divisions.</summary>
        private bool SharesCountry(Draft draft, HashSet<string> admin1Codes)
        {
            foreach (var c in draft.Candidates)
            {
                if (c.Kind == PlaceKind.PopulatedPlace && admin1Codes.Any(a => a.StartsWith(_gaz.Places[c.Index].CountryIso2 + ".", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The first-level divisions the name right after draft <paramref name="d"/> can be, when only the draft's
        /// division word, "of", "in", "the" and commas stand between them ("Bijapur district of Chhattisgarh"); else null.
        /// </summary>
        private HashSet<string>? RegionRightAfter(int d)
        {
            if (d + 1 >= _drafts.Count || _drafts[d + 1] is not { } next || next.Sentence != _drafts[d].Sentence || next.First - _drafts[d].End > 4)
            {
                return null;
            }

            for (var k = _drafts[d].End; k < next.First; k++)
            {
                if (!(T(k) is "," || Is(k, "of") || Is(k, "in") || Is(k, "the") || _lex.After(T(k)) == CueRole.District))
                {
                    return null;
                }
            }

            var regions = next.Candidates.Where(c => c.Kind == PlaceKind.Admin1).Select(c => _gaz.Admin1[c.Index].Code).ToHashSet(StringComparer.Ordinal);
            return regions.Count > 0 ? regions : null;
        }

        /// <summary>The tokens in [from, to) are only commas, brackets and settlement words ("village ,").</summary>
        private bool OnlyPunctuationOrTypeWords(int from, int to)
        {
            var comma = false;
            for (var k = from; k < to; k++)
            {
                if (T(k) is "," or "(")
                {
                    comma = true;
                }
                else if (!IsTypeWord(k))
                {
                    return false;
                }
            }

            return comma;
        }

        private void Settle(Draft draft, GazetteerCandidate candidate, int candidateCount)
        {
            draft.Place = _gaz.Resolve(candidate);
            draft.Kind = candidate.Kind;
            draft.Reason = PlaceReason.None;
            draft.CandidateCount = candidateCount;
            draft.Detail = candidateCount == 1 ? "only reading" : $"best of {candidateCount} readings in context";
            if (draft.Spelling)
            {
                draft.Detail += $"; spelt '{Text(draft)}', matched by romanisation-insensitive key";
            }
        }

        /// <summary>
        /// "the village of Gidan Boka in the Zamfara region", "Spartak, Yasynuvata district, Donetsk region": a settlement the
        /// gazetteer lacks, named with one region, is placed in that region (precision 3); the reason stays, as a warning.
        /// </summary>
        private void SettleInNamedRegion(Draft draft)
        {
            if (draft.RegionRequested || draft.AttachedAdmin1 is not { Count: 1 } attached)
            {
                return;
            }

            var code = attached.First();
            for (var i = 0; i < _gaz.Admin1.Length; i++)
            {
                if (_gaz.Admin1[i].Code == code)
                {
                    draft.Place = _gaz.Resolve(new GazetteerCandidate(PlaceKind.Admin1, i, NameSource.Primary));
                    if (_gaz.LookupReserve(code, Text(draft)) is { } kept)
                    {
                        // "the Kakuma refugee camp in Turkana county": a settlement the gazetteer leaves out (below its
                        // country's population floor) but knows in the named region gets its own point.
                        draft.Place = kept.In(draft.Place);
                        draft.Kind = PlaceKind.PopulatedPlace;
                        draft.Reason = PlaceReason.None;
                        draft.Detail = $"'{Text(draft)}' is a reserve place of {draft.Place.Admin1}, the region named with it";
                        return;
                    }

                    draft.RegionOnly = true;
                    draft.Detail += $"; placed in the region named with it, {draft.Place.Admin1}";
                    return;
                }
            }
        }

        private void AddContext(Draft draft)
        {
            if (draft.Place is null)
            {
                return;
            }

            AddCountryContext(draft.Place.CountryIso2, draft.Sentence, 1);
            if (draft.Kind == PlaceKind.PopulatedPlace)
            {
                _settledTowns.Add((draft.Sentence, draft.Place.Latitude, draft.Place.Longitude));
            }

            if (draft.Place.Admin1Code is { } admin1)
            {
                AddAdmin1Context(admin1, draft.Sentence);
            }
        }

        private bool MatchesConstraint(GazetteerCandidate c, string? iso2) =>
            iso2 is null || string.Equals(CountryIso2(c), iso2, StringComparison.Ordinal);

        private string CountryIso2(GazetteerCandidate c) => c.Kind switch
        {
            PlaceKind.Country => _gaz.Countries[c.Index].Iso2,
            PlaceKind.Admin1 => _gaz.Admin1[c.Index].CountryIso2,
            _ => _gaz.Places[c.Index].CountryIso2,
        };

        /// <summary>
        /// "Leninskoye" in a story about the DPR: the gazetteer's only exact Leninskoye is in Crimea, but the Donetsk
        /// village is spelt Leninske. When every exact reading of a village name lies outside the regions the article
        /// is about, another romanisation of the name inside those regions is the better reading. Towns of 50,000 or
        /// more keep their exact reading: they are known by that name.
        /// </summary>
        private List<GazetteerCandidate> InHintedRegions(Draft draft, List<GazetteerCandidate> pool, HashSet<string> hinted)
        {
            if (pool.Count == 0 || pool.Any(c => c.Kind != PlaceKind.PopulatedPlace || _gaz.Places[c.Index].Population >= 50_000
                || hinted.Contains(_gaz.Places[c.Index].Admin1Key)))
            {
                return pool;
            }

            var similar = _gaz.LookupSkeleton(Text(draft))
                .Where(i => hinted.Contains(_gaz.Places[i].Admin1Key))
                .Select(i => new GazetteerCandidate(PlaceKind.PopulatedPlace, i, NameSource.Alternate))
                .ToList();
            return similar.Count > 0 ? similar : pool;
        }

        private string? Admin1Key(GazetteerCandidate c) => c.Kind switch
        {
            PlaceKind.Admin1 => _gaz.Admin1[c.Index].Code,
            PlaceKind.PopulatedPlace => _gaz.Places[c.Index].Admin1Key,
            _ => null,
        };

        /// <summary>The readings of a name that fit its words: a region word wants a division, a bare name a town.</summary>
        private List<GazetteerCandidate> Pool(Draft draft)
        {
            var fitting = draft.Candidates.Where(c => MatchesConstraint(c, draft.CountryConstraint)).ToList();
            if (draft.Spelling)
            {
                // A loose spelling match counts only inside the countries the article is about: those its places
                // settled so far are in, and those it names anywhere ("near Arbinda in northern Burkina Faso").
                // Or inside the region the text names with it ("the naval base at Kyaukphyu in Rakhine state": Kyaukpyu).
                fitting = [.. fitting.Where(c => _docCountries.GetValueOrDefault(CountryIso2(c)) > 0 || _namedCountries.Contains(CountryIso2(c))
                    || (draft.AttachedAdmin1 is { } attached && Admin1Key(c) is { } key && attached.Contains(key)))];
            }

            var countries = fitting.Where(c => c.Kind == PlaceKind.Country && c.Source != NameSource.Alternate).ToList();
            var admins = fitting.Where(c => c.Kind == PlaceKind.Admin1).ToList();
            var places = fitting.Where(c => c.Kind == PlaceKind.PopulatedPlace).ToList();
            if (draft.RegionRequested)
            {
                if (admins.Count > 0)
                {
                    return admins;
                }

                // "the Pokrovsk region": the area around a town.
                draft.RegionRequested = false;
                draft.After = CueRole.Area;
                return places;
            }

            if (countries.Count > 0)
            {
                // "Congo": a name several countries share is decided by the article's other places (ranked later).
                return countries;
            }

            var named = admins.Where(a => _explicitRegions.Contains(a.Index)).ToList();
            if (named.Count > 0 && !draft.CityHint)
            {
                // "Kursk" after "the Kursk region" in the same article: the region again.
                return named;
            }

            var curatedAdmins = admins.Where(a => a.Source != NameSource.Alternate).ToList();
            if (draft.SituatesTown is { } situated && curatedAdmins.Where(a => situated.Contains(_gaz.Admin1[a.Index].Code)).ToList() is { Count: > 0 } divisions)
            {
                // "Avellaneda (Buenos Aires)": the province the town is in, not the capital city of that name.
                return divisions;
            }

            if (places.Count > 0 && (curatedAdmins.Count == 0 || draft.CityHint || draft.CountryAfter || places.Any(p => p.Source != NameSource.Alternate)))
            {
                return Deduplicate(places);
            }

            return admins.Count > 0 ? admins : places;
        }

        /// <summary>One reading per place: GeoNames sometimes lists a town twice a few km apart.</summary>
        private List<GazetteerCandidate> Deduplicate(List<GazetteerCandidate> places)
        {
            if (places.Count < 2)
            {
                return places;
            }

            var result = new List<GazetteerCandidate>(places.Count);
            foreach (var c in places.OrderByDescending(c => _gaz.Places[c.Index].Population))
            {
                var p = _gaz.Places[c.Index];
                if (!result.Any(r => SamePlace(_gaz.Places[r.Index], p)))
                {
                    result.Add(c);
                }
            }

            return result;
        }

        private static bool SamePlace(GazetteerPlace a, GazetteerPlace b) =>
            a.CountryIso2 == b.CountryIso2 && a.Admin1Code == b.Admin1Code &&
            Math.Abs(a.Latitude - b.Latitude) < 0.05 && Math.Abs(a.Longitude - b.Longitude) < 0.07;

        private double Score(Draft draft, GazetteerCandidate c)
        {
            var score = c.Source == NameSource.Alternate ? 0 : 1.5;
            if (c.Kind == PlaceKind.PopulatedPlace)
            {
                var p = _gaz.Places[c.Index];
                // Villages from the postal dump have no population; they are small, but not empty.
                score += Math.Log10((p.Population == 0 && p.GeonameId is null ? 200 : p.Population) + 1);
                score += p.FeatureCode switch { "PPLC" => 2, "PPLA" => 1, "PPLA2" => 0.5, _ => 0 };
                score -= p.ApproximateCoordinates ? 0.3 : 0;
                if (draft.VillageHint && p.Population < 10_000)
                {
                    score += 0.5;
                }

                if (draft.CityHint && p.Population >= 50_000)
                {
                    score += 0.5;
                }

                // "Lozove, on the outskirts of Donetsk": a reading close to a town named in the same sentence.
                var nearest = double.MaxValue;
                foreach (var (sentence, lat, lon) in _settledTowns)
                {
                    if (sentence == draft.Sentence)
                    {
                        nearest = Math.Min(nearest, PlaceDistance.ApproximateKm(lat, lon, p.Latitude, p.Longitude));
                    }
                }

                score += nearest switch { < 1 => 0, < 40 => 3, < 100 => 1.5, _ => 0 };
                score += NearHotspot(p.Latitude, p.Longitude) ? _hotspotBonus : 0;
            }

            var iso2 = CountryIso2(c);
            if (_docCountries.GetValueOrDefault(iso2) > 0)
            {
                score += 3;
            }

            if (_sentenceCountries.Contains((draft.Sentence, iso2)))
            {
                score += 1;
            }

            if (Admin1Key(c) is { } admin1)
            {
                if (_sentenceAdmin1.Contains((draft.Sentence, admin1)))
                {
                    score += 5;
                }
                else if (_docAdmin1.GetValueOrDefault(admin1) is var weight and > 0)
                {
                    score += 2.5 * Math.Min(1, weight);
                }
            }

            return score;
        }

        /// <summary>Within <see cref="_hotspotKm"/> of a hotspot of the context (a town on the front at the article's date).</summary>
        private bool NearHotspot(double latitude, double longitude)
        {
            if (context is null)
            {
                return false;
            }

            foreach (var h in context.Hotspots)
            {
                if (PlaceDistance.ApproximateKm(h.Latitude, h.Longitude, latitude, longitude) < _hotspotKm)
                {
                    return true;
                }
            }

            return false;
        }

        private string Text(Draft draft) => text[_tokens[draft.First].Start.._tokens[draft.End - 1].End];

        private string CueText(Draft draft)
        {
            if (draft.CueFirst >= 0)
            {
                return "'" + text[_tokens[draft.CueFirst].Start.._tokens[draft.First - 1].End] + "'";
            }

            return draft.End < _tokens.Length ? $"followed by '{T(draft.End)}'" : "by context";
        }

        /// <summary>
        /// "Moscow said", "Kyiv's claims", "Russia's defence ministry", "shelled by Russia", "intelligence from the
        /// United States": the words around the name make it a speaker, a possessor, an agent or a source of
        /// information (<see cref="PlaceMention.ActorRole"/>).
        /// </summary>
        private PlaceActorRole ActorRoleOf(Draft draft)
        {
            var s = layer.Sentences[draft.Sentence];
            var next = draft.End;
            // "Residents of Uvira said": the place names whose people speak, and stays a place.
            var ofWhom = draft.First - 1 >= s.FirstToken && Is(draft.First - 1, "of");
            if (!ofWhom && next < s.EndToken && _actorWords.Speaks(T(next)) && (!_actorWords.IsAuxiliary(T(next))
                || (next + 1 < s.EndToken && _actorWords.Speaks(T(next + 1)) && !_actorWords.IsAuxiliary(T(next + 1)))))
            {
                return PlaceActorRole.Speaker;
            }

            if (next + 1 < s.EndToken && T(next) is "'s" or "’s")
            {
                // "Kyiv's claims", "Russia's defence ministry" (one modifier between), not "Russia's Oryol region".
                return _actorWords.IsActorNoun(T(next + 1)) || (next + 2 < s.EndToken && !IsCap(next + 1) && _actorWords.IsActorNoun(T(next + 2)))
                    ? PlaceActorRole.Possessor
                    : PlaceActorRole.None;
            }

            var prev = draft.First - 1;
            if (prev >= s.FirstToken && Is(prev, "the"))
            {
                prev--;
            }

            return prev < s.FirstToken ? PlaceActorRole.None
                : Is(prev, "by") ? PlaceActorRole.Agent
                : Is(prev, "from") && prev - 1 >= s.FirstToken && _actorWords.IsActorNoun(T(prev - 1)) ? PlaceActorRole.Source
                : PlaceActorRole.None;
        }

        private PlaceMention ToMention(Draft draft)
        {
            var relation = draft.Before switch
            {
                CueRole.Near when draft.Kind == PlaceKind.PopulatedPlace && PossessesFacilityAfter(draft) => PlaceRelation.In,
                CueRole.Near => PlaceRelation.Near,
                CueRole.Outskirts => PlaceRelation.Outskirts,
                CueRole.Direction => PlaceRelation.Direction,
                _ => (draft.Kind == PlaceKind.PopulatedPlace && (draft.After is CueRole.Area or CueRole.District || draft.Metro)) || draft.OnRoute ? PlaceRelation.Near : PlaceRelation.In,
            };
            var (geo, plover) = Precision(draft, relation);
            TextSpan? cue = draft.CueFirst >= 0 ? new TextSpan(_tokens[draft.CueFirst].Start, _tokens[draft.First - 1].End) : null;
            return new PlaceMention(
                new TextSpan(_tokens[draft.First].Start, _tokens[draft.End - 1].End),
                Text(draft),
                draft.Kind,
                draft.Place,
                relation,
                cue,
                geo,
                plover,
                draft.Reason,
                draft.CandidateCount,
                draft.DistanceKm is { } km ? $"{draft.Detail}; {km:0.#} km from it" : draft.Detail)
            {
                FirstToken = draft.First,
                EndToken = draft.End,
                Locative = draft.Before is not null || draft.VillageHint || draft.CityHint,
                ActorRole = draft.Before is null && !draft.VillageHint && !draft.CityHint ? ActorRoleOf(draft) : PlaceActorRole.None,
                AreaOnly = draft.After == CueRole.Area,
                DistanceKm = draft.DistanceKm,
                Alternatives = draft.Alternatives,
                CityPart = NamedCityPart(draft),
                Point = draft.RegionOnly && draft.Place is not null ? PlacePoint.Division : PlacePoint.Own,
            };
        }

        /// <summary>
        /// The words of a city part after a dash when they name a locality of the city ("Melchor Romero", "Tolosa"),
        /// which ACLED lists as "La Plata - Tolosa"; null for a numbered ward ("Buenos Aires - Comuna 1"), which ACLED
        /// codes to the city itself, and when there is no part or the place is not a town.
        /// </summary>
        private string? NamedCityPart(Draft draft) =>
            draft.CityPartFirst < 0 || draft.Kind != PlaceKind.PopulatedPlace || draft.Place is null || char.IsAsciiDigit(T(draft.End - 1)[0])
                ? null
                : text[_tokens[draft.CityPartFirst].Start.._tokens[draft.End - 1].End];

        /// <summary>ACLED geo_precision (1 town, 2 near a town, 3 region only) and PLOVER resolution (5 sub-city .. 1 country).</summary>
        private static (int Geo, int Plover) Precision(Draft draft, PlaceRelation relation)
        {
            if (draft.Place is null)
            {
                return (0, 0);
            }

            return draft.Kind switch
            {
                PlaceKind.Country => (3, 1),
                PlaceKind.Admin1 => (3, 2),
                // A settlement the gazetteer lacks, placed at the point of the region named with it: the text names the
                // village the event was in, which ACLED codes 1 (2 when only near it) with the nearest point it knows;
                // the borrowed point is the mention's Point. A name that is not a settlement stays region-only (3).
                _ when draft.RegionOnly => (draft.Kind != PlaceKind.PopulatedPlace ? 3 : relation == PlaceRelation.In ? 1 : 2, 2),
                _ when draft.CityDistrict => (1, 5),
                _ when draft.After == CueRole.District => (2, 3),
                _ when draft.WithinRegionOnly => (2, 4),
                _ when relation != PlaceRelation.In || draft.Place.FeatureCode is null => (2, 4),
                // The postal dump gives some villages only their raion's coordinates: named, but not pinned down.
                _ => (draft.Place.ApproximateCoordinates ? 2 : 1, draft.Place.FeatureCode == "PPLX" ? 5 : 4),
            };
        }
    }
}
