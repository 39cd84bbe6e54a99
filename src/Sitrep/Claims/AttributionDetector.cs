using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Claims;

/// <summary>
/// Finds attributions (who claims what) with rules over the text layer's tokens, sentences and quotations and the
/// claims lexicons. Phrasings covered: direct quotes with the speaker after or before them, quotes that continue
/// the previous speaker, indirect speech ("X said (that) ...", "X accused Y of ..."), "..., X said", "according to
/// X", unattributed reports ("it was reported that", "reportedly"), and stances on earlier claims ("has not
/// confirmed", "denied", "supported ... claims"), from which each claim's status follows.
/// Claimants are text spans; pronouns and definite descriptions ("he", "the ministry") point to the most recent
/// fitting claimant. The language layer's entities will later replace these heuristics.
/// </summary>
public sealed partial class AttributionDetector(ClaimsLexicon lexicon, PartyAliases? aliases = null)
{
    public ClaimsLexicon Lexicon { get; } = lexicon;

    /// <summary>
    /// Whether each claim keeps what the status model reads of it (<see cref="ClaimAnnotation.StatusFeatures"/>) even
    /// when no model is loaded: <see cref="ClaimStatusTrainer"/> learns from them.
    /// </summary>
    public bool KeepStatusFeatures { get; init; }

    public ImmutableArray<ClaimAnnotation> Detect(string text, TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layer);
        return new Scan(Lexicon, aliases, text, layer, KeepStatusFeatures).Run();
    }

    /// <summary>The state of one document's analysis. Created per document, so the detector stays thread-safe.</summary>
    private sealed partial class Scan
    {
        internal const int NoQuote = -1;

        private static readonly HashSet<string> _determiners = new(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "'s", "\u2019s", "any", "no", "such", "of", "earlier", "previous", "new", "initial", "first", "latest", "these",
        };

        private static readonly HashSet<string> _beVerbs = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being" };

        private static readonly HashSet<string> _auxiliaries = new(StringComparer.OrdinalIgnoreCase)
        {
            "has", "have", "had", "also", "further", "then", "previously", "later", "repeatedly", "recently", "earlier", "again", "still", "would", "will", "had", "publicly", "officially", "separately",
        };

        private static readonly HashSet<string> _clauseStarters = new(StringComparer.OrdinalIgnoreCase)
        {
            "while", "although", "though", "because", "but", "that", "what", "where", "when", "after", "before", "if", "since", "so", "whereas", "as", "meanwhile", "however", "yet", "once", "until", "unless",
        };

        private static readonly HashSet<string> _prepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "on", "in", "at", "to", "during", "late", "earlier", "last", "this", "via", "through", "by", "from", "overnight", "today", "yesterday", "shortly", "after", "before", "later", "early",
        };

        private static readonly HashSet<string> _timeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight", "today", "yesterday", "tonight", "recently", "also", "earlier", "later", "again", "publicly", "separately", "previously",
        };

        private static readonly HashSet<string> _nounFollowers = new(StringComparer.OrdinalIgnoreCase) { "about", "of", "by", "from", "for", "were", "was", "have", "has", "are", "is" };

        private static readonly HashSet<string> _pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i" };

        private static readonly HashSet<string> _stopStems = new(
            new[]
            {
                "that", "this", "with", "from", "have", "were", "been", "their", "which", "about", "said", "would", "could", "there", "they", "into", "than", "more", "some", "also", "after", "other",
                "forces", "troops", "soldiers", "people", "military", "region", "officials", "since", "before", "where", "while", "among", "during", "between", "again", "under", "over", "those", "these",
                "until", "most", "many", "least", "them", "will", "what", "when", "whether",
            }.Select(Stem),
            StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> _numberWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
            "dozens", "hundreds", "thousands", "tens", "dozen", "several", "scores",
        };

        private static readonly HashSet<string> _eventNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "attack", "attacks", "strike", "strikes", "bombing", "bombings", "killing", "killings", "ambush", "raid", "abduction", "kidnapping", "assassination", "explosion", "blast",
        };

        /// <summary>How many sentences back a counter-claim may answer an earlier claim.</summary>
        private const int _counterWindow = 8;

        /// <summary>How many sentences back an object-less stance ("The Kremlin declined to comment.") follows the previous stance: the one just before.</summary>
        private const int _followWindow = 1;

        private readonly ClaimsLexicon _lexicon;
        private readonly PartyAliases? _aliases;
        private readonly string _text;
        private readonly ImmutableArray<Token> _tokens;
        private readonly ImmutableArray<Sentence> _sentences;
        private readonly ImmutableArray<Quotation> _quotes;
        private readonly int[] _quoteOf;
        private readonly List<Draft> _drafts = [];
        private readonly HashSet<int> _usedCues = [];
        private (int Sentence, ClaimantMention By, List<Draft> Targets)? _lastStance;
        private readonly bool _keepStatusFeatures;

        public Scan(ClaimsLexicon lexicon, PartyAliases? aliases, string text, TextLayer layer, bool keepStatusFeatures)
        {
            _keepStatusFeatures = keepStatusFeatures;
            _lexicon = lexicon;
            _aliases = aliases;
            _text = text;
            _tokens = layer.Tokens;
            _sentences = layer.Sentences;
            _quotes = [.. layer.Quotations.Where(q => q.Depth == 0)];
            _quoteOf = new int[_tokens.Length];
            Array.Fill(_quoteOf, NoQuote);
            var t = 0;
            for (var q = 0; q < _quotes.Length; q++)
            {
                var span = _quotes[q].Span;
                while (t < _tokens.Length && _tokens[t].Start < span.Start)
                {
                    t++;
                }

                for (var k = t; k < _tokens.Length && _tokens[k].Start < span.End; k++)
                {
                    _quoteOf[k] = q;
                }
            }
        }

        public ImmutableArray<ClaimAnnotation> Run()
        {
            for (var s = 0; s < _sentences.Length; s++)
            {
                var sentence = _sentences[s];
                var start = sentence.FirstToken;
                var end = sentence.EndToken;
                FindAccordingTo(s, start, end);
                FindQuotes(s);
                FindUnattributed(s, start, end);
                FindVerbCues(s, start, end);
                FindStances(s, start, end);
                FindRetractions(s, start, end);
            }

            AssignSides();
            FindCounterClaims();
            FindNegatedThingsAsserted();
            FindCountStances();
            FindFigureStances();
            FindPerpetratorStances();
            FindHarmAfterNone();
            FindContraryClaims();
            FindInitiativeDisputes();
            FindAlsoCorroborations();
            FindEvidenceCorroborations();
            if (_lexicon.OwnAttackCorroborates)
            {
                FindOwnAttackConfirmations();
            }

            FindOtherTargets();
            if (_lexicon.CounterAccusationsDispute)
            {
                FindCounterAccusations();
            }

            FindIndependentAccounts();

            foreach (var draft in _drafts)
            {
                draft.Certainty = FindCertainty(draft);
            }

            ApplyVerificationSentences();
            return [.. _drafts.OrderBy(d => d.Content.Start).Select(Annotate)];
        }
    }
}
