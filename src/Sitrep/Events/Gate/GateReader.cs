using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events.Lexicon;
using Sitrep.Language;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events.Gate;

/// <summary>
/// Reads an analysed document into the learned gate's candidates and their features. The features are what a
/// reader uses to tell an incident from its look-alikes and should carry to text nobody has tuned on: the trigger's
/// lemma and class, the context cues the rules read (as evidence, not vetoes), the tense and modality of the
/// trigger's verb group, the sentence's position, whether it has a date, a place, a number, whether it is quoted, and
/// how "incident-like" the whole article is. Everything is read from the text and the lexicon, never from the rules'
/// verdict, so a candidate the rules vetoed and one they kept are described alike.
/// </summary>
public sealed class GateReader
{
    // The context-word kinds of data/events/context_words.tsv the gate reads: the cues of modality, time, tally,
    // attribution and casualties the detector's rules also consult. Each gives "near" (within _near tokens of the
    // trigger) or "sent" (elsewhere in its sentence).
    private static readonly string[] _cueKinds =
    [
        "negation", "hypothetical", "future", "historical", "habitual", "report_negation", "irrealis_governors",
        "background_markers", "circumstance_markers", "new_incident_markers", "years_after", "anaphora", "tally_subjects",
        "tally_markers", "accusation", "repetition_quantifiers", "earlier_markers", "earlier_occasions", "duration_nouns",
        "series_nouns", "span_nouns", "period_nouns", "recent_words", "judicial_verbs", "condemnation_verbs",
        "threat_conditions", "obligation", "preparation", "continuation_verbs", "generic_agents", "generic_pronouns",
        "danger_verbs", "report_verbs", "claim_verbs", "blame_verbs", "retrospective_adjectives", "response_markers",
        "scene_nouns", "accident_cues", "fatality_cues", "injury_cues", "civilian_nouns", "combatant_nouns", "crowd_words",
        "protester_words", "day_names", "time_units", "flight_verbs", "depiction_verbs", "purpose_verbs",
        "contrast_markers", "end_conditions", "statement_acts",
    ];

    private const int _near = 5;
    private const int _maxKey = 48;

    private static readonly Lazy<GateReader> _default = new(() => new GateReader(TriggerLexicon.Default, ContextWords.Default));

    private static readonly FrozenSet<string> _modals = FrozenSet.ToFrozenSet(["will", "would", "could", "may", "might", "should", "can", "must", "shall"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> _perfect = FrozenSet.ToFrozenSet(["has", "have", "had", "'ve"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> _be = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "be", "been", "being"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ImmutableArray<Trigger>>.AlternateLookup<ReadOnlySpan<char>> _triggers;
    private readonly (string Kind, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] _cues;

    public GateReader(TriggerLexicon lexicon, ContextWords words)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(words);
        _triggers = lexicon.TriggersByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _cues = [.. _cueKinds.Where(ContextWords.IsKind).Select(k => (k, words.Of(k).GetAlternateLookup<ReadOnlySpan<char>>()))];
    }

    public static GateReader Default => _default.Value;

    /// <summary>
    /// The candidates of one analysed document: every ACLED-typed event of <paramref name="events"/> (kept when
    /// asserted, else set aside by its modality) and, for each sentence whose ACLED trigger words gave no ACLED event,
    /// one candidate at its first such word (set aside by a veto).
    /// </summary>
    public List<GateCandidate> Read(Document document, ImmutableArray<EventAnnotation> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Get<TextLayer>();
        var view = new View(document, text, document.Get<LanguageLayer>().Tags, document.Find<PlacesLayer>(), document.Find<TimeLayer>());
        var sentences = text.Sentences;
        var firstTrigger = new (int First, int End, Trigger? Trigger)[sentences.Length];
        var withTrigger = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            firstTrigger[s] = FirstAcledTrigger(view, sentences[s]);
            withTrigger += firstTrigger[s].Trigger is null ? 0 : 1;
        }

        var covered = new bool[sentences.Length];
        var found = new List<(EventAnnotation? Event, int Sentence, int First, int End, Trigger? Trigger, string? Dropped)>();
        foreach (var e in events)
        {
            if (e.Acled is null)
            {
                continue; // statements and accusations: no ACLED incident to gate
            }

            var s = SentenceOf(sentences, e.Trigger.Start);
            if (s < 0)
            {
                continue;
            }

            covered[s] = true;
            foreach (var evidence in e.Evidence)
            {
                for (var k = 0; k < sentences.Length; k++)
                {
                    covered[k] |= sentences[k].Span.Overlaps(evidence);
                }
            }

            var first = TextLayer.FirstTokenAtOrAfter(text.Tokens, e.Trigger.Start);
            var end = Math.Max(first + 1, TextLayer.FirstTokenAtOrAfter(text.Tokens, e.Trigger.End));
            found.Add((e, s, first, Math.Min(end, text.Tokens.Length), TriggerAt(view, first, end), e.Modality == EventModality.Asserted ? null : "modality:" + e.Modality.Name()));
        }

        for (var s = 0; s < sentences.Length; s++)
        {
            if (!covered[s] && firstTrigger[s].Trigger is { } t)
            {
                found.Add((null, s, firstTrigger[s].First, firstTrigger[s].End, t, "veto"));
            }
        }

        var article = new ArticleShape(sentences.Length, withTrigger, found.Count);
        var result = new List<GateCandidate>(found.Count);
        foreach (var (e, s, first, end, trigger, dropped) in found)
        {
            var features = Features(view, s, first, end, trigger, e, article);
            var span = new TextSpan(text.Tokens[first].Start, text.Tokens[end - 1].End);
            result.Add(new GateCandidate(e, sentences[s].Span, span, dropped, features));
        }

        return result;
    }

    private sealed record View(Document Document, TextLayer Text, ImmutableArray<Upos> Tags, PlacesLayer? Places, TimeLayer? Times)
    {
        public Upos Tag(int i) => i >= 0 && i < Tags.Length ? Tags[i] : Upos.X;
    }

    /// <summary>How many sentences the article has, how many hold an ACLED trigger word, and how many candidates it gave.</summary>
    private readonly record struct ArticleShape(int Sentences, int WithTrigger, int Candidates);

    private static int SentenceOf(ImmutableArray<Sentence> sentences, int offset)
    {
        for (var s = 0; s < sentences.Length; s++)
        {
            if (sentences[s].Span.Contains(offset))
            {
                return s;
            }
        }

        return -1;
    }

    private (int First, int End, Trigger? Trigger) FirstAcledTrigger(View view, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // The longest form first: "shot down" before "shot".
            for (var n = Math.Min(3, sentence.EndToken - i); n >= 1; n--)
            {
                if (Lookup(view, i, n) is { } t && !t.AcledCandidates.IsEmpty)
                {
                    return (i, i + n, t);
                }
            }
        }

        return (0, 0, null);
    }

    private Trigger? TriggerAt(View view, int first, int end)
    {
        var n = Math.Clamp(end - first, 1, 3);
        for (; n >= 1; n--)
        {
            if (first + n <= view.Text.Tokens.Length && Lookup(view, first, n) is { } t)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The trigger whose form is the <paramref name="n"/> tokens from <paramref name="first"/>, lower-cased and space-joined, without allocating.</summary>
    private Trigger? Lookup(View view, int first, int n)
    {
        Span<char> buffer = stackalloc char[_maxKey];
        var length = 0;
        for (var k = 0; k < n; k++)
        {
            var token = view.Text.Tokens[first + k];
            if (length + token.Length + 1 > _maxKey)
            {
                return null;
            }

            if (k > 0)
            {
                buffer[length++] = ' ';
            }

            length += view.Document.Text.AsSpan(token.Start, token.Length).ToLowerInvariant(buffer[length..]);
        }

        return _triggers.TryGetValue(buffer[..length], out var triggers) && !triggers.IsEmpty ? triggers[0] : null;
    }

    private bool IsCue((string Kind, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words) cue, View view, int i, Span<char> buffer)
    {
        var token = view.Text.Tokens[i];
        if (token.Length > buffer.Length)
        {
            return false;
        }

        var length = view.Document.Text.AsSpan(token.Start, token.Length).ToLowerInvariant(buffer);
        return cue.Words.Contains(buffer[..length]);
    }

    private ImmutableArray<string> Features(View view, int s, int first, int end, Trigger? trigger, EventAnnotation? e, ArticleShape article)
    {
        var c = CultureInfo.InvariantCulture;
        var text = view.Text;
        var sentence = text.Sentences[s];
        var f = ImmutableArray.CreateBuilder<string>(64);
        f.Add("bias");
        var lemma = trigger?.Lemma ?? view.Document.Text.Substring(text.Tokens[first].Start, text.Tokens[end - 1].End - text.Tokens[first].Start).ToLowerInvariant();
        var type = trigger is { AcledCandidates.IsEmpty: false } ? trigger.AcledCandidates[0] : e?.Acled;
        f.Add("lemma=" + lemma);
        f.Add("class=" + (type?.EventType ?? "none"));
        f.Add("sub=" + (type?.SubEventType ?? "none"));
        f.Add("plover=" + (trigger?.PloverEvent ?? e?.PloverEvent ?? "none"));
        var tag = view.Tag(first);
        f.Add("tag=" + tag);
        f.Add("tag-1=" + view.Tag(first - 1) + "|tag=" + tag);

        // The verb group before the trigger: modal, perfect, passive, infinitive (tense and aspect).
        string group = "simple";
        for (var i = first - 1; i >= Math.Max(sentence.FirstToken, first - 3); i--)
        {
            var word = Lower(view, i);
            if (_modals.Contains(word))
            {
                group = "modal";
                break;
            }

            if (_perfect.Contains(word))
            {
                group = "perfect";
                break;
            }

            if (word == "to" && i == first - 1)
            {
                group = "infinitive";
                break;
            }

            if (_be.Contains(word) && view.Tag(first) == Upos.VERB)
            {
                group = word is "is" or "are" ? "present-passive" : "passive";
                break;
            }

            if (view.Tag(i) is not (Upos.ADV or Upos.AUX or Upos.PART))
            {
                break;
            }
        }

        f.Add("group=" + group);
        f.Add("group=" + group + "|class=" + (type?.EventType ?? "none"));
        var triggerWord = Lower(view, end - 1);
        f.Add(triggerWord.EndsWith("ing", StringComparison.Ordinal) ? "form=ing" : triggerWord.EndsWith("ed", StringComparison.Ordinal) ? "form=ed" : triggerWord.EndsWith('s') ? "form=s" : "form=base");

        // Position: sentence and paragraph of the article; the lead sentence.
        f.Add("sent=" + Bucket(s));
        var paragraph = 0;
        for (var p = 0; p < text.Paragraphs.Length; p++)
        {
            if (text.Paragraphs[p].Contains(sentence.Span.Start))
            {
                paragraph = p;
                break;
            }
        }

        f.Add("para=" + Bucket(paragraph));
        f.Add("trigger-at=" + Bucket(first - sentence.FirstToken));

        // What the sentence holds: a date, a place, a number.
        var hasDate = false;
        if (view.Times is { } times)
        {
            foreach (var m in times.Mentions)
            {
                if (sentence.Span.Contains(m.Span))
                {
                    hasDate = true;
                    f.Add("date=" + m.Kind);
                    break;
                }
            }
        }

        f.Add(hasDate ? "date" : "no-date");
        var hasPlace = false;
        if (view.Places is { } places)
        {
            foreach (var m in places.Mentions)
            {
                if (m.Place is not null && sentence.Span.Contains(m.Span))
                {
                    hasPlace = true;
                    break;
                }
            }
        }

        f.Add(hasPlace ? "place" : "no-place");
        var number = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken && !number; i++)
        {
            number = view.Tag(i) == Upos.NUM;
        }

        f.Add(number ? "number" : "no-number");
        f.Add((hasDate ? "D" : "d") + (hasPlace ? "P" : "p") + (number ? "N" : "n"));

        // Quoted speech.
        var quoted = false;
        foreach (var q in text.Quotations)
        {
            if (q.Content.Contains(text.Tokens[first].Start))
            {
                quoted = true;
                break;
            }
        }

        if (quoted)
        {
            f.Add("quoted");
        }

        // Context cues near the trigger and in the rest of its sentence.
        Span<char> buffer = stackalloc char[_maxKey];
        foreach (var cue in _cues)
        {
            var where = 0; // 0 none, 1 in the sentence, 2 near the trigger
            for (var i = sentence.FirstToken; i < sentence.EndToken && where < 2; i++)
            {
                if ((i < first || i >= end) && IsCue(cue, view, i, buffer))
                {
                    where = Math.Abs(i - first) <= _near ? 2 : Math.Max(where, 1);
                }
            }

            if (where > 0)
            {
                f.Add("cue=" + cue.Kind + (where == 2 ? "@near" : "@sent"));
                f.Add("cue=" + cue.Kind);
            }
        }

        // The article: how many candidates, and what share of its sentences tell of violence ("incident-ness").
        f.Add("candidates=" + Bucket(article.Candidates));
        var share = article.Sentences == 0 ? 0 : (double)article.WithTrigger / article.Sentences;
        f.Add(string.Create(c, $"incident-share={Math.Min(4, (int)(share * 5))}"));

        // (The words right before and after the trigger were tried as features and left out: by leaving one gold batch
        // out they cost recall at every threshold, words of the training batches that do not carry to others.)
        return f.ToImmutable();
    }

    private static string Lower(View view, int i) =>
        i < 0 || i >= view.Text.Tokens.Length ? "" : view.Document.Text.Substring(view.Text.Tokens[i].Start, view.Text.Tokens[i].Length).ToLowerInvariant();

    private static string Bucket(int n) => n switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        < 5 => "3-4",
        < 9 => "5-8",
        _ => "9+",
    };
}
