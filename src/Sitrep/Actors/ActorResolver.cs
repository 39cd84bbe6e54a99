using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Common;

namespace Sitrep.Actors;

/// <summary>
/// Maps a phrase from an article ("Russian forces", "the Kremlin", "Houthi rebels", "police in Lagos",
/// "President Zelenskyy", "a nine-year-old boy") to an ACLED/PLOVER actor. Everything it knows is in
/// <see cref="ActorDictionary"/>; a phrase it cannot place comes back unresolved with a reason. Thread-safe.
/// </summary>
public sealed class ActorResolver
{
    private static readonly Lazy<ActorResolver> _default = new(() => new ActorResolver(ActorDictionary.Default));

    /// <summary>PLOVER sectors of people outside any armed, state or international role (civilians, opposition,
    /// clergy, students, business, farmers, labour, journalists, medics, refugees).</summary>
    private static readonly FrozenSet<string> _civilianSectors = FrozenSet.ToFrozenSet(["CVL", "OPP", "REL", "EDU", "BUS", "AGR", "LAB", "JRN", "MED", "REF"], StringComparer.Ordinal);

    // Kept as fields: a params array written at the call would be allocated and filled on every call.
    private static readonly char[] _phraseTrim = ['"', '\'', '\u201c', '\u201d', ',', '.', ';', ':', '(', ')'];
    private static readonly char[] _wordTrim = [',', ';', ':', '"', '(', ')', '\u201c', '\u201d'];

    /// <summary>Connectives and prepositions: a phrase that holds one before a name is a relation, not a description.</summary>
    private static readonly FrozenSet<string> _connectives = FrozenSet.ToFrozenSet(
        ["and", "or", "&", "nor", "but", "of", "in", "into", "on", "at", "to", "for", "from", "against", "with", "by", "near", "than", "as", "under", "over", "between", "behind", "after", "before"],
        StringComparer.Ordinal);

    /// <summary>At most this many phrases (with their context) keep their resolution; phrases beyond are resolved anew.</summary>
    public const int ResolvedCapacity = 50_000;

    private readonly ActorDictionary _dictionary;

    // The event coder resolves the same phrases ("Russian forces", "police", and each phrase's tails) for every event
    // of a sentence and across articles. A resolution depends only on the phrase, the context and the dictionary,
    // which never changes, so answers are kept: filled as phrases come, up to ResolvedCapacity (the first seen).
    private readonly ConcurrentDictionary<(string Phrase, ActorContext Context), ActorResolution> _resolved = new();
    private int _resolvedCount;

    public ActorResolver(ActorDictionary dictionary)
    {
        _dictionary = dictionary;
    }

    public static ActorResolver Default => _default.Value;

    public ActorDictionary Dictionary => _dictionary;

    public ActorResolution Resolve(string phrase, ActorContext? context = null)
    {
        context ??= ActorContext.None;
        if (_resolved.TryGetValue((phrase, context), out var known))
        {
            return known;
        }

        var result = ResolveCore(phrase, context);
        if (result.Actor is { } actor && context.EventCountryIso3 is { } here)
        {
            result = result with { Actor = ExternalForces.ForEventCountry(actor, here) };
        }

        if (Volatile.Read(ref _resolvedCount) < ResolvedCapacity && Interlocked.Increment(ref _resolvedCount) <= ResolvedCapacity)
        {
            _resolved.TryAdd((phrase, context), result);
        }

        return result;
    }

    /// <summary>
    /// "killing at least 90 Palestinians", "arrested 25 Palestinians": a nationality's people (countries.tsv people)
    /// named as those an event befell are civilians of that nationality (ACLED: Civilians (Palestine)), not its state;
    /// null when the actor was not named so.
    /// </summary>
    public Actor? Nationals(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var key = ActorDictionary.Key(actor.Text.Trim().Trim(_phraseTrim));
        key = key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
        return _dictionary.CountryWords.TryGetValue(key, out var words) && words[0].Kind == CountryWordKind.People
            ? new Actor(Generic("Civilians", words[0].Iso3), words[0].Iso3, "CVL", ActorInter.Civilians, actor.Text)
            : null;
    }

    private ActorResolution ResolveCore(string phrase, ActorContext context)
    {
        var text = phrase.Trim().Trim(_phraseTrim);
        var tokens = Tokenize(ActorDictionary.Key(text));
        if (tokens.Count == 0)
        {
            return ActorResolution.Unresolved(ActorReason.EmptyPhrase, "empty phrase");
        }

        var start = 0;
        while (start < tokens.Count - 1 && tokens[start] is "the" or "a" or "an")
        {
            start++;
        }

        var whole = string.Join(' ', tokens.Skip(start));
        if (WholePhrase(whole, text, context) is { } direct)
        {
            return direct;
        }

        if (NamedPair(tokens, start, text, context) is { } pair)
        {
            return pair;
        }

        // "President Zelenskyy", "Armenian Prime Minister Nikol Pashinyan": a title before a known name.
        for (var k = start + 1; k < tokens.Count; k++)
        {
            var tail = string.Join(' ', tokens.Skip(k));
            if (_dictionary.People.TryGetValue(tail, out var offices))
            {
                var prefix = Modifiers(tokens, start, k);
                return ResolvePerson(offices, text, context, prefix.Country, prefix.Former);
            }
        }

        if (GroupNameAtEnd(tokens, start, text, context) is { } named)
        {
            return named;
        }

        var (head, headStart, placeTokens) = FindHead(tokens, start);
        if (head is { Kind: ForceKind.Government or ForceKind.Military } && headStart > start && CivilianRole(tokens, start, headStart, text, context) is { } role)
        {
            return role; // "a community leader", "religious leaders", "a passenger jet": the modifier makes the office civilian
        }

        var mods = Modifiers(tokens, start, headStart);
        string? placeCountry = null;
        if (placeTokens is not null)
        {
            var placeMods = Modifiers(placeTokens, 0, placeTokens.Count);
            placeCountry = placeMods.Country ?? placeMods.PlaceCountry;
            mods = mods with { Group = mods.Group ?? placeMods.Group };
        }

        var country = mods.Country ?? placeCountry ?? mods.PlaceCountry;
        if (mods.Former && head is { Kind: ForceKind.Military or ForceKind.Police or ForceKind.Government })
        {
            // "a former CIA official", "former Ukrainian officers": once part of a state, no longer acting for it.
            var home = country ?? mods.Group?.Select(g => g.Iso3).FirstOrDefault(c => c is { Length: 3 } && c != "*");
            return ActorResolution.Resolved(FromKind(head, home, context.Date, text, former: true), ActorReason.CountryForce, $"former {head.Kind} '{head.Form}' of {home ?? "an unnamed country"}");
        }

        if (mods.Group is { } groups && !(head is not null && country is not null && !groups.Any(g => g.Iso3 == country || g.Iso3 == "*")))
        {
            return ResolveGroup(groups, text, context, mods.Country ?? placeCountry);
        }

        if (head is null)
        {
            if (TitleBeforeName(tokens, start, text, context) is { } titled)
            {
                return titled;
            }

            if (Agent(tokens, start, text, context) is { } agent)
            {
                return agent;
            }

            return mods.Country is { } c
                ? ActorResolution.Unresolved(ActorReason.CountryWithoutRole, $"'{text}' names {c} but no force, office or group")
                : ActorResolution.Unresolved(ActorReason.UnknownPhrase, $"no actor known for '{text}'");
        }

        if (mods.AllCountries.Length > 1 && tokens.Contains("and"))
        {
            // "Russian and North Korean troops": two actors, one per country; the event coder keeps both.
            var both = mods.AllCountries.Select(c => FromKind(head, c, context.Date, text, mods.Former)).ToImmutableArray();
            return new ActorResolution(ActorResolutionStatus.Ambiguous, null, both, ActorReason.Compound, $"{both.Length} actors joined by 'and': {string.Join(", ", mods.AllCountries)}");
        }

        if (country is not null)
        {
            var reason = mods.Country is not null ? ActorReason.CountryForce : ActorReason.PlaceForce;
            return ActorResolution.Resolved(FromKind(head, country, context.Date, text, mods.Former), reason, $"{head.Kind} '{head.Form}' of {country}");
        }

        if (!head.BareMeansEventCountry && OfficeModifier(tokens, start, headStart, armedGroups: true) is { } office)
        {
            // "army helicopters", "a military air strike", "the junta's jets", "an army commander", "rebel mortars": a
            // weapon or a commander with no country of its own belongs to the force its modifier names, read as that
            // force alone would be (the police's or an armed group's own, the armed forces' for any other office).
            return office.Kind is ForceKind.Police or ForceKind.Armed or ForceKind.Rebels
                ? Generic(office, text, context, mods.Former)
                : Generic(head, text, context, mods.Former, ruledBy: office);
        }

        return Generic(head, text, context, mods.Former);
    }

    /// <summary>
    /// "Defence Minister Pedro Salcedo", "police chief Amina Yusuf": an office noun followed by a name no dictionary
    /// holds is that office's holder, read as the office alone would be ("the defence minister": the event country's
    /// government unless a nationality or place says otherwise).
    /// </summary>
    private ActorResolution? TitleBeforeName(List<string> tokens, int start, string text, ActorContext context)
    {
        const int maxNameWords = 4;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = tokens.Count - 1; k > start && tokens.Count - k <= maxNameWords; k--)
        {
            // The name is written as one: capitalised words that match the phrase's last tokens ("sniper fire" is none).
            var w = words.Length - (tokens.Count - k);
            if (!IsNameWord(tokens[k]) || w < 0 || !char.IsUpper(words[w][0]) || ActorDictionary.Key(words[w]) != tokens[k])
            {
                return null;
            }

            for (var len = Math.Min(4, k - start); len >= 1; len--)
            {
                if (_dictionary.ForceNouns.TryGetValue(string.Join(' ', tokens.Skip(k - len).Take(len)), out var office) && IsOffice(office))
                {
                    // "police spokesman", "army chief": a force before a government title says whose office it is.
                    if (office.Kind == ForceKind.Government && OfficeModifier(tokens, start, k - len) is { Kind: ForceKind.Military or ForceKind.Police } force)
                    {
                        office = force;
                    }

                    var mods = Modifiers(tokens, start, k - len);
                    if (mods.Group is not null)
                    {
                        return null; // "Hamas leader ...": the group path reads it
                    }

                    var country = mods.Country ?? mods.PlaceCountry;
                    return country is not null
                        ? ActorResolution.Resolved(FromKind(office, country, context.Date, text, mods.Former), ActorReason.CountryForce, $"{office.Kind} '{office.Form}' of {country}, held by a named person")
                        : Generic(office, text, context, mods.Former, ruledBy: office);
                }
            }
        }

        return null;
    }

    /// <summary>A word that can be part of a person's name: not a known force, country, group, place or skip word.</summary>
    private bool IsNameWord(string token) =>
        token.Length > 1 && char.IsLetter(token[0]) && !_dictionary.ForceNouns.ContainsKey(token) && !_dictionary.CountryWords.ContainsKey(token)
        && !_dictionary.Groups.ContainsKey(token) && !_dictionary.SkipWords.ContainsKey(token) && !_dictionary.Places.ContainsKey(token);

    /// <summary>An office or force that, with no nationality, is the event country's (not a weapon or a commander).</summary>
    private static bool IsOffice(ForceNoun noun) =>
        noun.BareMeansEventCountry && noun.Kind is ForceKind.Military or ForceKind.Police or ForceKind.Government;

    /// <summary>
    /// The office noun among a head's modifiers ("army" in "army helicopters", "junta" in "the junta's jets"), or with
    /// <paramref name="armedGroups"/> also an armed group's kind ("rebel" in "rebel mortars").
    /// </summary>
    private ForceNoun? OfficeModifier(List<string> tokens, int from, int to, bool armedGroups = false)
    {
        for (var i = from; i < to; i++)
        {
            if (_dictionary.ForceNouns.TryGetValue(tokens[i], out var noun)
                && (IsOffice(noun) || (armedGroups && noun.Kind is ForceKind.Armed or ForceKind.Rebels)))
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>
    /// "the paramilitary Rapid Support Forces", "Colombia's dissident FARC-EP": a curated group's whole name ends the
    /// phrase after descriptive words. Its last word may be a force noun ("Forces", "Army"), which would otherwise make
    /// the phrase a generic, country-less force. A coordination before the name ("the army and the RSF") is left to the
    /// compound readings.
    /// </summary>
    private ActorResolution? GroupNameAtEnd(List<string> tokens, int start, string text, ActorContext context)
    {
        for (var k = start + 1; k < tokens.Count; k++)
        {
            if (!IsDescriptor(tokens[k - 1]))
            {
                return null; // "civilians fleeing the RSF", "troops opposed to the RSF": the words before are no description
            }

            if (tokens.Count - k <= _dictionary.MaxPhraseWords
                && _dictionary.Groups.TryGetValue(string.Join(' ', tokens.Skip(k)), out var groups) && groups.Any(g => g.Curated))
            {
                return ResolveGroup(groups, text, context, Modifiers(tokens, start, k).Country);
            }
        }

        return null;
    }

    /// <summary>
    /// A word that can describe a group named after it: a nationality, a skipped word ("the", "suspected"), an owner
    /// ("Kurdish-led", "US-backed"), an armed group's kind ("paramilitary", "rebel") or a plain adjective-like word; not
    /// another force noun ("civilians", "troops"), a connective, a preposition or a verb form in -ing/-ed
    /// ("fleeing", "opposed").
    /// </summary>
    private bool IsDescriptor(string token)
    {
        if (_dictionary.SkipWords.ContainsKey(token) || _dictionary.CountryWords.ContainsKey(token) || OwnerSuffix(token) is not null || IsSponsorAdjective(token))
        {
            return true;
        }

        if (_dictionary.ForceNouns.TryGetValue(token, out var noun))
        {
            return noun.Kind is ForceKind.Armed or ForceKind.Rebels; // "the paramilitary RSF", "the rebel ADF"
        }

        return token.Length > 1 && char.IsLetter(token[0]) && !_connectives.Contains(token)
            && !token.EndsWith("ing", StringComparison.Ordinal) && !token.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Russia and North Korea", "Hamas and Islamic Jihad": two actors named whole and joined by "and" are a compound,
    /// like "Russian and North Korean troops" (the event coder keeps the first as the actor, the second associated).
    /// </summary>
    private ActorResolution? NamedPair(List<string> tokens, int start, string text, ActorContext context)
    {
        var and = tokens.IndexOf("and", start);
        if (and <= start || and >= tokens.Count - 1 || tokens.IndexOf("and", and + 1) >= 0)
        {
            return null;
        }

        var split = text.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
        if (split <= 0
            || WholePhrase(string.Join(' ', tokens.Skip(start).Take(and - start)), text[..split], context) is not { Actor: { } first }
            || WholePhrase(string.Join(' ', tokens.Skip(and + 1)), text[(split + 5)..], context) is not { Actor: { } second }
            || first.Name == second.Name)
        {
            return null;
        }

        return new ActorResolution(ActorResolutionStatus.Ambiguous, null, [first, second], ActorReason.Compound, $"2 actors joined by 'and': {first.Name}, {second.Name}");
    }

    private ActorResolution? WholePhrase(string key, string text, ActorContext context)
    {
        // Curated entries first, then the derived Phoenix ones: a hand-checked person beats an old institution alias.
        var hasGroups = _dictionary.Groups.TryGetValue(key, out var groups);
        var hasPeople = _dictionary.People.TryGetValue(key, out var offices);
        if (hasPeople && offices[0].Curated && !(hasGroups && groups[0].Curated))
        {
            return ResolvePerson(offices, text, context, null, former: false);
        }

        if (hasGroups)
        {
            return ResolveGroup(groups, text, context, null);
        }

        if (hasPeople)
        {
            return ResolvePerson(offices, text, context, null, former: false);
        }

        if (_dictionary.CountryWords.TryGetValue(key, out var words) || (key.StartsWith("the ", StringComparison.Ordinal) && _dictionary.CountryWords.TryGetValue(key[4..], out words)))
        {
            var word = words[0];
            switch (word.Kind)
            {
                case CountryWordKind.Metonym:
                    return ActorResolution.Resolved(StateActor("Government of", word.Iso3, "GOV", context.Date, text), ActorReason.CountryMetonym, $"'{key}' stands for the government of {word.Iso3}");
                case CountryWordKind.Name:
                case CountryWordKind.People:
                    // A country named as a whole: PLOVER codes it without a sector; the event coder decides whether
                    // its military or its government acted.
                    return ActorResolution.Resolved(StateActor("Government of", word.Iso3, null, context.Date, text), ActorReason.CountryOnly, $"'{key}' names the state of {word.Iso3} as a whole");
                default:
                    return ActorResolution.Unresolved(ActorReason.CountryWithoutRole, $"'{key}' is a nationality without a force, office or group");
            }
        }

        var bare = StripAdminSuffix(key);
        if (_dictionary.Places.TryGetValue(key, out var places) || _dictionary.Places.TryGetValue(bare, out places))
        {
            return ActorResolution.Unresolved(ActorReason.PlaceOnly, $"'{key}' is a place in {places[0].Iso3}, not an actor");
        }

        if (_dictionary.PhoenixPlaces.TryGetValue(key, out var codes))
        {
            if (_dictionary.Countries.TryGetValue(codes[0], out var info) && ActorDictionary.Key(info.Name) == key)
            {
                return ActorResolution.Resolved(StateActor("Government of", codes[0], null, context.Date, text), ActorReason.CountryOnly, $"'{key}' names the state of {codes[0]} as a whole");
            }

            return ActorResolution.Unresolved(ActorReason.PlaceOnly, $"'{key}' is a name or place of {codes[0]} (Phoenix), not an actor");
        }

        return null;
    }

    private (ForceNoun? Head, int HeadStart, List<string>? PlaceTokens) FindHead(List<string> tokens, int start)
    {
        // The longest known noun phrase at the end: "riot police", "air defence forces", "ministry of defence".
        for (var len = Math.Min(4, tokens.Count - start); len >= 1; len--)
        {
            var key = string.Join(' ', tokens.Skip(tokens.Count - len));
            if (_dictionary.ForceNouns.TryGetValue(key, out var noun))
            {
                return (noun, tokens.Count - len, null);
            }
        }

        // "police in Lagos", "soldiers from Chad", "the Government of Ukraine": a noun, then where it belongs.
        for (var i = start + 1; i < tokens.Count - 1; i++)
        {
            if (tokens[i] is not ("in" or "from" or "of" or "at" or "to"))
            {
                continue;
            }

            for (var len = Math.Min(4, i - start); len >= 1; len--)
            {
                var key = string.Join(' ', tokens.Skip(i - len).Take(len));
                if (_dictionary.ForceNouns.TryGetValue(key, out var noun))
                {
                    return (noun, i - len, tokens.Skip(i + 1).ToList());
                }
            }
        }

        return (null, tokens.Count, null);
    }

    private sealed record ModifierInfo(string? Country, string? PlaceCountry, ImmutableArray<GroupEntry>? Group, bool Former, bool Unidentified)
    {
        /// <summary>Every nationality in a coordination ("Russian and North Korean troops"), in order.</summary>
        public ImmutableArray<string> AllCountries { get; init; } = [];
    }

    /// <summary>Reads the words before the head: nationality, possessive country, place, group name, "former".</summary>
    private ModifierInfo Modifiers(List<string> tokens, int from, int to)
    {
        string? country = null, placeCountry = null;
        var allCountries = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<GroupEntry>? group = null;
        bool former = false, unidentified = false;
        var i = from;
        while (i < to)
        {
            var token = tokens[i];
            if (OwnerSuffix(token) is { } stem)
            {
                // "a Somalia-based group", "the Houthi-run ministry", "Russian-controlled Crimea": the stem is the owner.
                tokens[i] = stem;
                continue;
            }

            if ((_dictionary.SkipWords.TryGetValue(token, out var role) && role != SkipRole.Territory) || token == "'s" || token.Contains("-year-old", StringComparison.Ordinal)
                || IsSponsorAdjective(token) || IsNumber(token))
            {
                former |= role == SkipRole.Former && token != "'s";
                unidentified |= role == SkipRole.Unidentified;
                i++;
                continue;
            }

            var matched = false;
            for (var len = Math.Min(_dictionary.MaxPhraseWords, to - i); len >= 1 && !matched; len--)
            {
                var key = string.Join(' ', tokens.Skip(i).Take(len));
                if (group is null && _dictionary.Groups.TryGetValue(key, out var g) && g.Any(e => e.Curated))
                {
                    // Derived Phoenix groups match only as a whole phrase: their short aliases collide with words.
                    group = [.. g.Where(e => e.Curated)];
                }
                else if (_dictionary.CountryWords.TryGetValue(key, out var w))
                {
                    country ??= w[0].Iso3;
                    if (!allCountries.Contains(w[0].Iso3))
                    {
                        allCountries.Add(w[0].Iso3);
                    }
                }
                else if (placeCountry is null && _dictionary.Places.TryGetValue(key, out var p))
                {
                    placeCountry = p[0].Iso3;
                }
                else if (country is null && placeCountry is null && _dictionary.PhoenixPlaces.TryGetValue(key, out var codes))
                {
                    placeCountry = codes[0];
                }
                else
                {
                    continue;
                }

                matched = true;
                i += len;
            }

            if (!matched)
            {
                i++;
            }
        }

        return new ModifierInfo(country, placeCountry, group, former, unidentified) { AllCountries = allCountries.ToImmutable() };
    }

    private ActorResolution ResolveGroup(ImmutableArray<GroupEntry> candidates, string text, ActorContext context, string? country)
    {
        var pool = candidates.Any(c => c.Curated) ? candidates.Where(c => c.Curated).ToList() : [.. candidates];
        if (country is not null && pool.Any(c => c.Iso3 == country))
        {
            pool = pool.Where(c => c.Iso3 == country).ToList();
        }
        else if (pool.Select(c => c.Name).Distinct().Count() > 1 && context.EventCountryIso3 is { } here && pool.Any(c => c.Iso3 == here))
        {
            pool = pool.Where(c => c.Iso3 == here).ToList();
        }

        var actors = pool.Select(g => GroupActor(g, country, context, text)).DistinctBy(a => a.Name).ToImmutableArray();
        if (actors.Length > 1)
        {
            return ActorResolution.Ambiguous(actors, $"'{text}' fits {actors.Length} groups; the event country decides");
        }

        var entry = pool[0];
        var actor = actors[0];
        if (actor.CountryIso3 is null && entry.Kind != GroupKind.Group)
        {
            return ActorResolution.Partial(actor, ActorReason.CountryUnknown, $"'{entry.Name}' is a unit of an unnamed country");
        }

        var reason = entry.Kind is GroupKind.MilitaryUnit or GroupKind.PoliceUnit or GroupKind.GovernmentUnit ? ActorReason.GroupUnit : ActorReason.NamedGroup;
        return ActorResolution.Resolved(actor, reason, $"group '{entry.Name}'{(entry.Curated ? "" : " (Phoenix dictionary)")}");
    }

    private Actor GroupActor(GroupEntry entry, string? country, ActorContext context, string text)
    {
        var iso3 = entry.Iso3 == "*" ? country : entry.Iso3;
        if (iso3 is null && entry.Kind != GroupKind.Group)
        {
            return new Actor(entry.Name, null, entry.Sector, entry.Inter, text);
        }

        return entry.Kind switch
        {
            GroupKind.Military => StateActor("Military Forces of", iso3!, entry.Sector, context.Date, text),
            GroupKind.Police => StateActor("Police Forces of", iso3!, entry.Sector, context.Date, text),
            GroupKind.Government => StateActor("Government of", iso3!, entry.Sector, context.Date, text),
            GroupKind.MilitaryUnit => Unit(StateActor("Military Forces of", iso3!, entry.Sector, context.Date, text), entry),
            GroupKind.PoliceUnit => Unit(StateActor("Police Forces of", iso3!, entry.Sector, context.Date, text), entry),
            GroupKind.GovernmentUnit => Unit(StateActor("Government of", iso3!, entry.Sector, context.Date, text), entry),
            _ => new Actor(entry.Name, iso3, entry.Sector, entry.Inter, text),
        };

        static Actor Unit(Actor state, GroupEntry unit) => state with { Name = state.Name + " " + unit.Name };
    }

    private ActorResolution ResolvePerson(ImmutableArray<PersonOffice> offices, string text, ActorContext context, string? country, bool former)
    {
        var pool = offices.Any(o => o.Curated) ? offices.Where(o => o.Curated).ToList() : [.. offices];
        if (country is not null && pool.Any(o => o.Iso3 == country))
        {
            pool = pool.Where(o => o.Iso3 == country).ToList();
        }

        var people = pool.Select(o => (o.Name, o.Iso3)).Distinct().ToList();
        if (people.Count > 1)
        {
            var candidates = people.Select(p => new Actor(Display(p.Name), p.Iso3, null, null, text)).ToImmutableArray();
            return ActorResolution.Ambiguous(candidates, $"'{text}' names {people.Count} different people");
        }

        PersonOffice? office;
        ActorReason reason;
        if (context.Date is { } date)
        {
            office = former ? null : pool.Where(o => !o.IsDefault && o.Covers(date)).OrderByDescending(o => o.Start).FirstOrDefault();
            reason = office is null ? ActorReason.PersonOutOfOffice : ActorReason.PersonInOffice;
            if (office is { Curated: false, End: null } && date > ActorDictionary.PhoenixPeopleDate)
            {
                // Phoenix's open-ended offices are as of 2014: whether the person still held it is not known.
                var unknown = new Actor(Display(office.Name), office.Iso3, null, null, text);
                return ActorResolution.Partial(unknown, ActorReason.PersonOfficeUnknown, $"{Display(office.Name)} held {office.Sector} of {office.Iso3} from {office.Start:yyyy-MM-dd}; the Phoenix data stops in 2014");
            }
        }
        else
        {
            office = former ? null : pool.Where(o => !o.IsDefault).OrderBy(o => o.End is null ? 0 : 1).ThenByDescending(o => o.End).ThenByDescending(o => o.Start).FirstOrDefault();
            reason = ActorReason.PersonUndated;
        }

        var person = pool[0];
        if (office is null)
        {
            var elite = new Actor(Display(person.Name), person.Iso3, "ELI", null, text);
            var day = context.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "any date";
            return ActorResolution.Resolved(elite, ActorReason.PersonOutOfOffice, $"{Display(person.Name)} held no office on {day}");
        }

        // Without an event date the regime is the one the office belongs to: the current one only for a curated open office.
        var when = context.Date ?? (office.End is null && office.Curated ? null : (office.Start ?? office.End));
        var actor = office.Sector switch
        {
            "GOV" or "LEG" or "JUD" => StateActor("Government of", office.Iso3, office.Sector, when, text),
            "MIL" => StateActor("Military Forces of", office.Iso3, "MIL", when, text),
            "COP" or "SPY" => StateActor("Police Forces of", office.Iso3, office.Sector, when, text),
            _ => new Actor(Display(office.Name), office.Iso3, office.Sector, null, text),
        };
        var span = $"{office.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}..{office.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}";
        var detail = reason == ActorReason.PersonUndated
            ? $"{Display(office.Name)}: no event date, assumed the latest office ({office.Title} {span})"
            : $"{Display(office.Name)}, {(office.Title.Length > 0 ? office.Title : office.Sector)} of {office.Iso3} {span}";
        return ActorResolution.Resolved(actor, reason, detail);
    }

    /// <param name="ruledBy">
    /// The office word that decides the country when it is not the head itself ("army" for "army helicopters"); the
    /// name-before-head test is skipped then, since the capitalised words are the office's title or holder.
    /// </param>
    private ActorResolution Generic(ForceNoun head, string text, ActorContext context, bool former, ForceNoun? ruledBy = null)
    {
        var here = context.EventCountryIso3;
        switch (head.Kind)
        {
            case ForceKind.Civilians or ForceKind.Protesters or ForceKind.Rioters or ForceKind.Armed or ForceKind.Rebels:
                if (here is not null)
                {
                    return ActorResolution.Resolved(FromKind(head, here, context.Date, text, former), ActorReason.GenericNoun, $"{head.Kind} '{head.Form}' named after the event country {here}");
                }

                return ActorResolution.Partial(FromKind(head, null, context.Date, text, former), ActorReason.CountryUnknown, $"{head.Kind} '{head.Form}' without a country: pass the event country");
            default:
                // Soldiers, police or officials with no nationality are, in news, the event country's own (how ACLED
                // codes them too), unless the article names other nations: in a war both sides have soldiers. Weapons
                // and commanders fire for either side, so those stay without a country.
                var rule = ruledBy ?? head;
                if (here is not null && rule.BareMeansEventCountry && !(rule.Kind == ForceKind.Military && context.ForeignNationsNamed) && (ruledBy is not null || !NamesSomeone(text, head)))
                {
                    return ActorResolution.Resolved(FromKind(head, here, context.Date, text, former), ActorReason.GenericNoun, $"{head.Kind} '{head.Form}' without a nationality: the event country {here}'s");
                }

                return ActorResolution.Partial(FromKind(head, null, context.Date, text, former), ActorReason.CountryUnknown, $"{head.Kind} '{head.Form}' of an unnamed country");
        }
    }

    /// <summary>
    /// Whether a capitalised word beside the head noun names whose force it is, though the dictionaries know no
    /// country for it ("European leaders", "the paramilitary Rapid Support Forces"): then the phrase is not bare. A
    /// phrase-initial word that is itself a force noun ("Junta troops") is only capitalised by its sentence.
    /// </summary>
    private bool NamesSomeone(string text, ForceNoun head)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var headWords = head.Form.Split(' ').Length;
        for (var i = 0; i < words.Length - headWords; i++)
        {
            // ("The soldiers", "A government spokesman": a determiner or count the resolver skips names no one, though its
            // sentence capitalises it.)
            if (words[i].Length > 0 && char.IsUpper(words[i][0]) && !(i == 0 && _dictionary.ForceNouns.ContainsKey(ActorDictionary.Key(words[i])))
                && !(_dictionary.SkipWords.TryGetValue(ActorDictionary.Key(words[i]), out var role) && role == SkipRole.Skip))
            {
                return true;
            }
        }

        return false;
    }

    private Actor FromKind(ForceNoun head, string? iso3, DateOnly? date, string text, bool former)
    {
        var actor = head.Kind switch
        {
            ForceKind.Military => StateActor("Military Forces of", iso3, head.Sector, date, text),
            ForceKind.Police => StateActor("Police Forces of", iso3, head.Sector, date, text),
            ForceKind.Government => StateActor("Government of", iso3, head.Sector, date, text),
            ForceKind.Civilians => new Actor(Generic("Civilians", iso3), iso3, head.Sector, ActorInter.Civilians, text),
            ForceKind.Protesters => new Actor(Generic("Protesters", iso3), iso3, head.Sector, ActorInter.Protesters, text),
            ForceKind.Rioters => new Actor(Generic("Rioters", iso3), iso3, head.Sector, ActorInter.Rioters, text),
            // ACLED's default type for an unidentified armed group is Political militia; PLOVER keeps REB for "rebels".
            _ => new Actor(Generic("Unidentified Armed Group", iso3), iso3, head.Sector, ActorInter.PoliticalMilitia, text),
        };
        if (former && head.Kind is ForceKind.Military or ForceKind.Police or ForceKind.Government)
        {
            actor = actor with { Name = "Former " + actor.Name, Sector = head.Kind == ForceKind.Government ? "ELI" : actor.Sector, Inter = null };
        }

        return actor;
    }

    private string Generic(string label, string? iso3) =>
        iso3 is null ? label : $"{label} ({(_dictionary.Countries.TryGetValue(iso3, out var c) ? c.Name : iso3)})";

    private Actor StateActor(string prefix, string? iso3, string? sector, DateOnly? date, string text)
    {
        if (iso3 is null)
        {
            return new Actor(prefix.Replace(" of", "", StringComparison.Ordinal), null, sector, ActorInter.StateForces, text);
        }

        var regime = _dictionary.RegimeOf(iso3, date?.Year);
        var state = regime?.State ?? (_dictionary.Countries.TryGetValue(iso3, out var c) ? c.Name : iso3);
        var name = regime is null ? $"{prefix} {state}" : $"{prefix} {state} {regime.Years}";
        return new Actor(name, iso3, sector, ActorInter.StateForces, text);
    }

    /// <summary>
    /// "a community leader", "a religious leader", "business leaders": a force or office noun ("leader") whose modifier
    /// makes it a PLOVER civilian role (an agent entry that starts before the head and whose sectors are all
    /// <see cref="_civilianSectors"/>) names civilians, not the event country's government. ("rebel leader",
    /// "peacekeeping troops", "islamic militant" have an armed or international sector and keep their reading; only
    /// offices and military nouns are read so: "student protesters" stay protesters.)
    /// </summary>
    private ActorResolution? CivilianRole(List<string> tokens, int start, int headStart, string text, ActorContext context)
    {
        for (var from = start; from < headStart; from++)
        {
            var key = string.Join(' ', tokens.Skip(from));
            if ((_dictionary.Agents.TryGetValue(key, out var sectors) || _dictionary.Agents.TryGetValue(EnglishNouns.Singular(key), out sectors))
                && sectors.All(_civilianSectors.Contains))
            {
                // The whole phrase's modifiers ("a Colombian community leader") still give the civilians' country.
                return Agent(tokens, start, text, context) is { Actor.Inter: ActorInter.Civilians } civilians ? civilians : null;
            }
        }

        return null;
    }

    private ActorResolution? Agent(List<string> tokens, int start, string text, ActorContext context)
    {
        // PLOVER's role nouns ("farmers", "journalists", "lawmaker") as a last resort, with a simple singular.
        for (var from = start; from < tokens.Count; from++)
        {
            var key = string.Join(' ', tokens.Skip(from));
            if (_dictionary.SkipWords.TryGetValue(key, out var skip) && skip == SkipRole.Territory)
            {
                return null; // "Marib province" is a place: PLOVER lists "province" among civilian agents
            }

            var singular = EnglishNouns.Singular(key);
            if (_dictionary.Agents.TryGetValue(key, out var sectors) || _dictionary.Agents.TryGetValue(singular, out sectors))
            {
                var mods = Modifiers(tokens, start, from);
                if (skip == SkipRole.Unit && mods.Country is null && NamedBefore(tokens, start, from))
                {
                    return null; // "North Darfur state" is a place; "the Sudanese state" is Sudan's government
                }

                var inter = SectorInter.Of(sectors[0]);
                var operatorNamed = inter == ActorInter.Civilians && mods.Country is not null
                    && (_dictionary.FacilityAgents.Contains(key) || _dictionary.FacilityAgents.Contains(singular));
                // "the Turkish hospital in Mogadishu": the nationality is the hospital's operator; the civilians are those
                // of the place it names, else of the event country (a place named keeps its country: "a school in Chad").
                var iso3 = operatorNamed ? mods.PlaceCountry ?? context.EventCountryIso3 ?? mods.Country : mods.Country ?? mods.PlaceCountry;
                // ACLED codes farmers, pupils, teachers, journalists or worshippers as civilians (inter 7), and the
                // actor is its generic Civilians (Country), whose sector is CVL whatever the occupation (the gold
                // set's convention, data/gold/events/README.md); the role stays in the actor's text and this detail.
                var sector = inter == ActorInter.Civilians ? "CVL" : sectors[0];
                // A civilian role ("farmers", "pupils") belongs to the event country, as civilians do (Generic).
                iso3 ??= inter == ActorInter.Civilians ? context.EventCountryIso3 : null;
                // An armed PLOVER role ("resistance groups", "insurgent cells") is an unnamed armed group, ACLED's generic
                // name with the event country, as the force nouns' armed kind is: a raw phrase is never an actor's name.
                var armed = inter is ActorInter.RebelGroup or ActorInter.PoliticalMilitia or ActorInter.IdentityMilitia;
                iso3 ??= armed ? context.EventCountryIso3 : null;
                var name = inter == ActorInter.Civilians ? Generic("Civilians", iso3) : armed ? Generic("Unidentified Armed Group", iso3) : key;
                var actor = new Actor(name, iso3, sector, inter, text);
                return iso3 is null
                    ? ActorResolution.Partial(actor, ActorReason.RoleNoun, $"PLOVER agent '{key}' ({string.Join('/', sectors)}) without a country")
                    : ActorResolution.Resolved(actor, ActorReason.RoleNoun, $"PLOVER agent '{key}' ({string.Join('/', sectors)}) of {iso3}");
            }
        }

        return null;
    }

    /// <summary>Whether a word other than a skipped one ("the", "two") comes before position <paramref name="to"/>.</summary>
    private bool NamedBefore(List<string> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!_dictionary.SkipWords.TryGetValue(tokens[i], out var role) || role is SkipRole.Territory or SkipRole.Unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"kursk oblast", "the belgorod region" -> the place name alone.</summary>
    private static string StripAdminSuffix(string key)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[" oblast", " region", " province", " state", " governorate", " krai", " district"])
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..^suffix.Length];
            }
        }

        return key;
    }

    /// <summary>"US-backed", "Kurdish-led", "Iran-aligned": a sponsor named before a group, skipped, never its owner.</summary>
    private static bool IsSponsorAdjective(string token) =>
        token.EndsWith("-backed", StringComparison.Ordinal) || token.EndsWith("-led", StringComparison.Ordinal) || token.EndsWith("-aligned", StringComparison.Ordinal);

    private static string? OwnerSuffix(string token)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["-based", "-run", "-controlled", "-held", "-appointed"])
        {
            if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return token[..^suffix.Length];
            }
        }

        return null;
    }

    private static bool IsNumber(string token) => token.Length > 0 && token.All(c => char.IsAsciiDigit(c) || c is ',' or '.');

    private static string Display(string name) =>
        name.Length > 0 && char.IsLower(name[0])
            ? string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]))
            : name;

    /// <summary>Splits a key into words, with the possessive "'s" as its own token ("ukraine's" -> "ukraine", "'s").</summary>
    private static List<string> Tokenize(string key)
    {
        var tokens = new List<string>();
        foreach (var raw in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(_wordTrim);
            if (word.Length == 0)
            {
                continue;
            }

            if (word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
            {
                tokens.Add(word[..^2]);
                tokens.Add("'s");
            }
            else if (word.Length > 2 && word.EndsWith("s'", StringComparison.Ordinal))
            {
                tokens.Add(word[..^1]);
                tokens.Add("'s");
            }
            else
            {
                tokens.Add(word);
            }
        }

        return tokens;
    }
}
