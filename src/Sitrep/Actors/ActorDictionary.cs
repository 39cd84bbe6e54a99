using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Actors;

public sealed record CountryInfo(string Iso3, int IsoNumeric, string Name, string Region);

/// <summary>An ACLED regime: the years that go into "Military Forces of {State} ({Start}-{End})".</summary>
public sealed record Regime(string Iso3, string State, int Start, int? End)
{
    public string Years => End is { } end ? $"({Start}-{end})" : $"({Start}-)";

    public bool Covers(int year) => Start <= year && (End is null || year <= End);
}

public enum GroupKind
{
    Group,
    Military,
    Police,
    Government,
    MilitaryUnit,
    PoliceUnit,
    GovernmentUnit,
}

/// <summary>A named armed group or state unit. <paramref name="Iso3"/> is "*" for a unit any country can have.</summary>
public sealed record GroupEntry(string Name, string? Iso3, string Sector, ActorInter Inter, GroupKind Kind, bool Curated);

/// <summary>One office a person held: their sector applies to their country only from Start to End.</summary>
public sealed record PersonOffice(string Name, string Iso3, string Sector, string Title, DateOnly? Start, DateOnly? End, bool Curated)
{
    public bool Covers(DateOnly date) => (Start is null || Start <= date) && (End is null || date < End);

    public bool IsDefault => Start is null && End is null;
}

public enum ForceKind
{
    Military,
    Police,
    Government,
    Civilians,
    Protesters,
    Rioters,
    Armed,
    Rebels,
}

/// <param name="BareMeansEventCountry">
/// Whether the form with no nationality of its own ("soldiers", "police") means the event country's forces, police or
/// authorities (force_nouns.tsv's bare column); weapons and commanders ("drones", "shells") stay without a country.
/// </param>
public sealed record ForceNoun(string Form, ForceKind Kind, string Sector, string? Secondary, bool BareMeansEventCountry = false);

public sealed record PlaceEntry(string Name, string Iso3, string? Admin1);

public enum CountryWordKind
{
    Name,
    Adjective,
    People,
    Metonym,
}

public sealed record CountryWord(string Iso3, CountryWordKind Kind);

public enum SkipRole
{
    Skip,
    Former,
    Unidentified,

    /// <summary>A territorial unit ("province", "district"): part of a place's name, never an actor by itself.</summary>
    Territory,

    /// <summary>
    /// A word that is a territorial unit after a name ("Sennar state", "northern Shan state") but the body itself on
    /// its own or after a nationality ("the state", "the Sudanese state"); skipped in front of a head ("state media").
    /// </summary>
    Unit,
}

/// <summary>
/// The actor knowledge in <c>data/actors/</c>, loaded and validated once. Keys are lower-case phrases
/// (<see cref="Key"/>). Load errors are <see cref="DataFileException"/>s naming file and line.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> _default = new(() => Load(DataFiles.PathOf("actors")));

    private static readonly FrozenSet<string> _sectors = FrozenSet.ToFrozenSet(
    [
        "GOV", "MIL", "COP", "REB", "PRE", "CVL", "UAF", "CRM", "SPY", "JUD", "LEG", "ELI", "OPP", "PTY", "BUS", "MED",
        "EDU", "REL", "LAB", "AGR", "HLH", "REF", "JRN", "NGO", "IGO", "SEP",
    ], StringComparer.Ordinal);

    private ActorDictionary()
    {
    }

    /// <summary>PLOVER/CAMEO codes for actors that belong to no country: UN, other IGOs, the EU, NGOs.</summary>
    public static FrozenSet<string> InternationalCodes { get; } = FrozenSet.ToFrozenSet(["UNO", "IGO", "EUR", "NGO"], StringComparer.Ordinal);

    /// <summary>
    /// The date the derived Phoenix people file describes (CountryInfo.140130): an office it leaves open is only
    /// known to last until then.
    /// </summary>
    public static DateOnly PhoenixPeopleDate { get; } = new(2014, 1, 30);

    public static ActorDictionary Default => _default.Value;

    public IReadOnlyDictionary<string, CountryInfo> Countries { get; private init; } = new Dictionary<string, CountryInfo>();

    public IReadOnlyDictionary<string, ImmutableArray<CountryWord>> CountryWords { get; private init; } = new Dictionary<string, ImmutableArray<CountryWord>>();

    public IReadOnlyDictionary<string, ImmutableArray<Regime>> Regimes { get; private init; } = new Dictionary<string, ImmutableArray<Regime>>();

    public IReadOnlyDictionary<string, ImmutableArray<GroupEntry>> Groups { get; private init; } = new Dictionary<string, ImmutableArray<GroupEntry>>();

    /// <summary>
    /// The sector the project's own group rows (data/actors/groups.tsv) give a name, when they agree on one: what the
    /// list says a group is ("Rapid Support Forces": REB), whatever words its name holds; null for a name only the
    /// Phoenix-derived rows hold.
    /// </summary>
    public string? CuratedGroupSector(string name)
    {
        if (!Groups.TryGetValue(Key(name), out var entries))
        {
            return null;
        }

        string? sector = null;
        foreach (var entry in entries)
        {
            if (!entry.Curated)
            {
                continue;
            }

            if (sector is not null && sector != entry.Sector)
            {
                return null;
            }

            sector = entry.Sector;
        }

        return sector;
    }

    public IReadOnlyDictionary<string, ImmutableArray<PersonOffice>> People { get; private init; } = new Dictionary<string, ImmutableArray<PersonOffice>>();

    public IReadOnlyDictionary<string, ForceNoun> ForceNouns { get; private init; } = new Dictionary<string, ForceNoun>();

    public IReadOnlyDictionary<string, ImmutableArray<PlaceEntry>> Places { get; private init; } = new Dictionary<string, ImmutableArray<PlaceEntry>>();

    public IReadOnlyDictionary<string, ImmutableArray<string>> Agents { get; private init; } = new Dictionary<string, ImmutableArray<string>>();

    public IReadOnlyDictionary<string, SkipRole> SkipWords { get; private init; } = new Dictionary<string, SkipRole>();

    /// <summary>
    /// Civilian agents that are places people use (hospitals, schools): a nationality before one names its operator,
    /// not the nationality of the civilians there.
    /// </summary>
    public IReadOnlySet<string> FacilityAgents { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Phoenix's country aliases (other names, adjectives, cities, provinces) -> ISO3: places, never actors by themselves.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> PhoenixPlaces { get; private init; } = new Dictionary<string, ImmutableArray<string>>();

    /// <summary>The longest phrase, in words, of any key: bounds the n-gram search.</summary>
    public int MaxPhraseWords { get; private init; }

    /// <summary>Lower-case, straight apostrophes, single spaces: the form every key is stored in.</summary>
    public static string Key(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = true;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    chars[n++] = ' ';
                    space = true;
                }

                continue;
            }

            chars[n++] = c;
            space = false;
        }

        if (n > 0 && chars[n - 1] == ' ')
        {
            n--;
        }

        return new string(chars, 0, n);
    }

    public static ActorDictionary Load(string directory)
    {
        string PathOf(string name) => Path.Combine(directory, name);

        var countries = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        var words = new Dictionary<string, List<CountryWord>>(StringComparer.Ordinal);
        var countryTable = TsvTable.Read(PathOf("countries.tsv"), "iso3", "iso_num", "name", "adjectives", "people", "metonyms", "region");
        foreach (var row in countryTable.Rows)
        {
            var iso3 = row.Required("iso3");
            if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper))
            {
                throw row.Error($"iso3 '{iso3}' is not three capital letters");
            }

            var info = new CountryInfo(iso3, row.OptionalInt("iso_num") ?? 0, row.Required("name"), row["region"]);
            if (!countries.TryAdd(iso3, info))
            {
                throw row.Error($"country {iso3} appears twice");
            }

            Add(words, info.Name, new CountryWord(iso3, CountryWordKind.Name));
            foreach (var a in row.List("adjectives"))
            {
                Add(words, a, new CountryWord(iso3, CountryWordKind.Adjective));
            }

            foreach (var p in row.List("people"))
            {
                Add(words, p, new CountryWord(iso3, CountryWordKind.People));
            }

            foreach (var m in row.List("metonyms"))
            {
                Add(words, m, new CountryWord(iso3, CountryWordKind.Metonym));
            }
        }

        string KnownCountry(TsvRow row, string column)
        {
            var iso3 = row.Required(column);
            return countries.ContainsKey(iso3) ? iso3 : throw row.Error($"unknown country '{iso3}' (not in countries.tsv)");
        }

        foreach (var row in TsvTable.Read(PathOf("country_aliases.tsv"), "alias", "iso3").Rows)
        {
            var iso3 = row.Required("iso3");
            // Aliases may name countries outside the curated list (Czechia): they are known places, not actors.
            Add(words, row.Required("alias"), new CountryWord(iso3, CountryWordKind.Name));
        }

        var regimes = new Dictionary<string, List<Regime>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("acled_regimes.tsv"), "iso3", "state", "start", "end").Rows)
        {
            var start = row.OptionalInt("start") ?? throw row.Error("column 'start' is empty");
            var end = row.OptionalInt("end");
            if (start < 1900 || start > 2100 || end < start)
            {
                throw row.Error($"regime years {start}-{end} are not a valid range");
            }

            var iso3 = KnownCountry(row, "iso3");
            if (!regimes.TryGetValue(iso3, out var list))
            {
                regimes[iso3] = list = [];
            }

            list.Add(new Regime(iso3, row.Required("state"), start, end));
        }

        var groups = new Dictionary<string, List<GroupEntry>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("groups.tsv"), "name", "aliases", "iso3", "sector", "inter", "kind").Rows)
        {
            var iso3 = row["iso3"] is "*" or "" || InternationalCodes.Contains(row["iso3"]) ? row["iso3"] : KnownCountry(row, "iso3");
            var entry = new GroupEntry(row.Required("name"), iso3.Length == 0 ? null : iso3, Sector(row, "sector"), Inter(row), Kind(row), Curated: true);
            if (entry.Kind == GroupKind.Group)
            {
                // A unit's own name ("National Guard", "Air Force") is generic: units match only by their aliases.
                Add(groups, entry.Name, entry);
            }

            foreach (var alias in row.List("aliases"))
            {
                Add(groups, alias, entry);
            }
        }

        var people = new Dictionary<string, List<PersonOffice>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("people.tsv"), "name", "aliases", "iso3", "sector", "title", "start", "end").Rows)
        {
            var office = new PersonOffice(row.Required("name"), KnownCountry(row, "iso3"), Sector(row, "sector"), row["title"], row.OptionalDate("start"), row.OptionalDate("end"), Curated: true);
            if (office.Start > office.End)
            {
                throw row.Error("office ends before it starts");
            }

            Add(people, office.Name, office);
            foreach (var alias in row.List("aliases"))
            {
                Add(people, alias, office);
            }
        }

        var forces = new Dictionary<string, ForceNoun>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("force_nouns.tsv"), "forms", "kind", "sector", "secondary", "bare").Rows)
        {
            if (!Enum.TryParse<ForceKind>(row.Required("kind"), ignoreCase: true, out var kind))
            {
                throw row.Error($"unknown kind '{row["kind"]}' (expected {string.Join(", ", Enum.GetNames<ForceKind>()).ToLowerInvariant()})");
            }

            var sector = Sector(row, "sector");
            var secondary = row["secondary"].Length == 0 ? null : Sector(row, "secondary");
            var bare = row.Required("bare") switch
            {
                "event-country" => true,
                "unknown" => false,
                var other => throw row.Error($"bare must be 'event-country' or 'unknown', not '{other}'"),
            };
            foreach (var form in row.List("forms"))
            {
                if (!forces.TryAdd(Key(form), new ForceNoun(Key(form), kind, sector, secondary, bare)))
                {
                    throw row.Error($"force noun '{form}' is listed twice");
                }
            }
        }

        var places = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("places.tsv"), "names", "iso3", "admin1").Rows)
        {
            var iso3 = KnownCountry(row, "iso3");
            var admin1 = row["admin1"].Length == 0 ? null : row["admin1"];
            foreach (var name in row.List("names"))
            {
                Add(places, name, new PlaceEntry(name, iso3, admin1));
            }
        }

        var skip = new Dictionary<string, SkipRole>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(PathOf("skip_words.tsv"), "word", "role").Rows)
        {
            if (!Enum.TryParse<SkipRole>(row.Required("role"), ignoreCase: true, out var role))
            {
                throw row.Error($"unknown role '{row["role"]}' (expected skip, former, unidentified, territory or unit)");
            }

            skip[Key(row.Required("word"))] = role;
        }

        var facilities = TsvTable.Read(PathOf("facility_agents.tsv"), "word").Rows
            .Select(row => Key(row.Required("word"))).ToFrozenSet(StringComparer.Ordinal);

        // Derived files (tools/build_actors.py): lower priority than the curated ones, and optional.
        var agents = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (File.Exists(PathOf("agents.plover.tsv")))
        {
            foreach (var row in TsvTable.Read(PathOf("agents.plover.tsv"), "phrase", "sectors").Rows)
            {
                agents[Key(row.Required("phrase"))] = row.List("sectors");
            }
        }

        if (File.Exists(PathOf("people.phoenix.tsv")))
        {
            foreach (var row in TsvTable.Read(PathOf("people.phoenix.tsv"), "name", "aliases", "iso3", "sector", "start", "end").Rows)
            {
                var office = new PersonOffice(row.Required("name"), row.Required("iso3"), row.Required("sector"), "", row.OptionalDate("start"), row.OptionalDate("end"), Curated: false);
                AddDerived(people, office.Name, office);
                foreach (var alias in row.List("aliases"))
                {
                    AddDerived(people, alias, office);
                }
            }
        }

        if (File.Exists(PathOf("institutions.phoenix.tsv")))
        {
            foreach (var row in TsvTable.Read(PathOf("institutions.phoenix.tsv"), "name", "aliases", "iso3", "sector").Rows)
            {
                var sector = row.Required("sector");
                var kind = sector switch { "MIL" => GroupKind.Military, "COP" or "SPY" => GroupKind.Police, _ => GroupKind.Government };
                var entry = new GroupEntry(row.Required("name"), row.Required("iso3"), sector, ActorInter.StateForces, kind, Curated: false);
                foreach (var alias in row.List("aliases").Prepend(entry.Name))
                {
                    AddDerived(groups, alias, entry);
                }
            }
        }

        if (File.Exists(PathOf("groups.phoenix.tsv")))
        {
            foreach (var row in TsvTable.Read(PathOf("groups.phoenix.tsv"), "name", "aliases", "iso3", "sector").Rows)
            {
                var sector = row.Required("sector");
                var inter = sector == "REB" ? ActorInter.RebelGroup : ActorInter.PoliticalMilitia;
                var entry = new GroupEntry(Title(row.Required("name")), row["iso3"].Length == 0 ? null : row["iso3"], sector, inter, GroupKind.Group, Curated: false);
                foreach (var alias in row.List("aliases").Prepend(row["name"]))
                {
                    AddDerived(groups, alias, entry);
                }
            }
        }

        var phoenixPlaces = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (File.Exists(PathOf("countries.phoenix.tsv")))
        {
            foreach (var row in TsvTable.Read(PathOf("countries.phoenix.tsv"), "iso3", "name", "aliases").Rows)
            {
                var iso3 = row.Required("iso3");
                countries.TryAdd(iso3, new CountryInfo(iso3, 0, row.Required("name"), ""));
                foreach (var alias in row.List("aliases").Prepend(row["name"]))
                {
                    Add(phoenixPlaces, alias, iso3);
                }
            }
        }

        var allKeys = words.Keys.Concat(groups.Keys).Concat(people.Keys).Concat(forces.Keys).Concat(places.Keys);
        return new ActorDictionary
        {
            Countries = countries,
            CountryWords = Freeze(words),
            Regimes = regimes.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(r => r.Start).ToImmutableArray(), StringComparer.Ordinal),
            Groups = Freeze(groups),
            People = Freeze(people),
            ForceNouns = forces,
            Places = Freeze(places),
            Agents = agents,
            SkipWords = skip,
            FacilityAgents = facilities,
            PhoenixPlaces = Freeze(phoenixPlaces),
            MaxPhraseWords = Math.Min(8, allKeys.Max(k => k.Count(c => c == ' ') + 1)),
        };
    }

    /// <summary>The regime in force in <paramref name="year"/>, or the current one when the year is unknown.</summary>
    public Regime? RegimeOf(string iso3, int? year)
    {
        if (!Regimes.TryGetValue(iso3, out var list))
        {
            return null;
        }

        if (year is null)
        {
            return list.FirstOrDefault(r => r.End is null) ?? list[0];
        }

        // Sorted newest first, so a change-over year picks the incoming regime.
        return list.FirstOrDefault(r => r.Covers(year.Value));
    }

    private static string Sector(TsvRow row, string column)
    {
        var sector = row.Required(column);
        return _sectors.Contains(sector) ? sector : throw row.Error($"unknown PLOVER sector '{sector}' in column '{column}'");
    }

    private static ActorInter Inter(TsvRow row) =>
        ActorInterLabels.TryParse(row.Required("inter"), out var inter)
            ? inter
            : throw row.Error($"unknown ACLED inter label '{row["inter"]}' (expected e.g. 'State forces', 'Rebel group', 'Political militia')");

    private static GroupKind Kind(TsvRow row) =>
        Enum.TryParse<GroupKind>(row.Required("kind").Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
            ? kind
            : throw row.Error($"unknown kind '{row["kind"]}' (expected group, military, police, government, military-unit, police-unit, government-unit)");

    private static string Title(string lower) =>
        string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "al" or "of" or "the" or "and" ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static void Add<T>(Dictionary<string, List<T>> index, string phrase, T value)
    {
        var key = Key(phrase);
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    /// <summary>Derived entries only fill gaps: a curated entry for the same key wins.</summary>
    private static void AddDerived<T>(Dictionary<string, List<T>> index, string phrase, T value)
    {
        var key = Key(phrase);
        if (index.TryGetValue(key, out var list) && list.Count > 0 && IsCurated(list[0]))
        {
            return;
        }

        Add(index, phrase, value);
    }

    private static bool IsCurated<T>(T value) => value switch
    {
        GroupEntry g => g.Curated,
        PersonOffice p => p.Curated,
        _ => false,
    };

    // Plain dictionaries: building frozen ones over the ~150,000 derived aliases tripled the load time, for lookups
    // that are not the bottleneck.
    private static Dictionary<string, ImmutableArray<T>> Freeze<T>(Dictionary<string, List<T>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
}
