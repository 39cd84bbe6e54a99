using Sitrep.Actors;

namespace Sitrep.Tests.Actors;

public sealed class ActorResolverTests
{
    private static readonly DateOnly _nov2024 = new(2024, 11, 17);

    private static ActorResolver Resolver => ActorResolver.Default;

    public static TheoryData<string, string?, string, string, string?, string?> Phrases => new()
    {
        // phrase, event country, expected ACLED name, iso3, PLOVER sector, ACLED inter
        { "Russian forces", null, "Military Forces of Russia (2000-)", "RUS", "MIL", "State forces" },
        { "Ukrainian drones", null, "Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces" },
        { "North Korean troops", null, "Military Forces of North Korea (2011-)", "PRK", "MIL", "State forces" },
        { "Kyiv", null, "Government of Ukraine (2019-)", "UKR", "GOV", "State forces" },
        { "Moscow", null, "Government of Russia (2000-)", "RUS", "GOV", "State forces" },
        { "the Kremlin", null, "Government of Russia (2000-)", "RUS", "GOV", "State forces" },
        { "Houthi rebels", null, "Houthi Movement", "YEM", "REB", "Rebel group" },
        { "Israeli airstrikes", null, "Military Forces of Israel (2022-)", "ISR", "MIL", "State forces" },
        { "Ukraine's military", null, "Military Forces of Ukraine (2019-)", "UKR", "MIL", "State forces" },
        { "Ukrainian officials", null, "Government of Ukraine (2019-)", "UKR", "GOV", "State forces" },
        { "the Belgorod governor", null, "Government of Russia (2000-)", "RUS", "GOV", "State forces" },
        { "police in Lagos", null, "Police Forces of Nigeria (2023-)", "NGA", "COP", "State forces" },
        { "gunmen", "NGA", "Unidentified Armed Group (Nigeria)", "NGA", "UAF", "Political militia" },
        { "a nine-year-old boy", "RUS", "Civilians (Russia)", "RUS", "CVL", "Civilians" },
        { "President Zelenskyy", null, "Government of Ukraine (2019-)", "UKR", "GOV", "State forces" },
        { "Hamas", null, "Hamas Movement", "PSE", "REB", "Rebel group" },
        { "Hezbollah fighters", null, "Hezbollah", "LBN", "REB", "Political militia" },
        { "Wagner mercenaries", null, "Wagner Group", "RUS", "UAF", "External/Other forces" },
        { "RSF paramilitaries", null, "Rapid Support Forces", "SDN", "REB", "Political militia" },
        { "the Sudanese army", null, "Military Forces of Sudan (2019-)", "SDN", "MIL", "State forces" },
        { "al-Shabaab militants", null, "Al Shabaab", "SOM", "REB", "Rebel group" },
        { "Boko Haram gunmen", null, "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "NGA", "REB", "Rebel group" },
        { "JNIM fighters", null, "JNIM: Group for Support of Islam and Muslims", "MLI", "REB", "Rebel group" },
        { "M23 rebels", null, "M23: March 23 Movement", "COD", "REB", "Rebel group" },
        { "ISIS", "SYR", "Islamic State (Syria)", "SYR", "REB", "Rebel group" },
        { "Islamic State militants", "IRQ", "Islamic State (Iraq)", "IRQ", "REB", "Rebel group" },
        { "Myanmar's junta", null, "Government of Myanmar (2021-)", "MMR", "GOV", "State forces" },
        { "Mexican soldiers", null, "Military Forces of Mexico (2024-)", "MEX", "MIL", "State forces" },
        { "Colombian police", null, "Police Forces of Colombia (2022-)", "COL", "COP", "State forces" },
        { "Pakistani security forces", null, "Military Forces of Pakistan (2024-)", "PAK", "MIL", "State forces" },
        { "Indian troops", null, "Military Forces of India (2014-)", "IND", "MIL", "State forces" },
        { "Haitian police officers", null, "Police Forces of Haiti (2021-)", "HTI", "COP", "State forces" },
        { "Ethiopian federal forces", null, "Military Forces of Ethiopia (2018-)", "ETH", "MIL", "State forces" },
        { "Fano militia", null, "Fano Militia", "ETH", "UAF", "Identity militia" },
        { "Israeli settlers", null, "Settlers (Israel)", "ISR", "CVL", "Political militia" },
        { "protesters in Nairobi", null, "Protesters (Kenya)", "KEN", "CVL", "Protesters" },
        { "rioters", "IND", "Rioters (India)", "IND", "CVL", "Rioters" },
        { "the Taliban", null, "Military Forces of Afghanistan (2021-)", "AFG", "GOV", "State forces" },
        { "Kurdish-led Syrian Democratic Forces", null, "SDF: Syrian Democratic Forces", "SYR", "REB", "Rebel group" },
        { "Ukrainian civilians", null, "Civilians (Ukraine)", "UKR", "CVL", "Civilians" },
        { "the IDF", null, "Military Forces of Israel (2022-)", "ISR", "MIL", "State forces" },
        { "Russia's Black Sea Fleet", null, "Military Forces of Russia (2000-) Black Sea Fleet", "RUS", "MIL", "State forces" },
        { "IRGC", null, "Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps", "IRN", "MIL", "State forces" },
        { "Kyiv police", null, "Police Forces of Ukraine (2019-)", "UKR", "COP", "State forces" },
        { "Russian Defence Minister Andrei Belousov", null, "Government of Russia (2000-)", "RUS", "GOV", "State forces" },
        { "Burkina Faso's ruling junta", null, "Government of Burkina Faso (2022-)", "BFA", "GOV", "State forces" },
        { "Congolese troops", null, "Military Forces of Democratic Republic of Congo (2019-)", "COD", "MIL", "State forces" },
        { "residents of Khan Younis", null, "Civilians (Palestine)", "PSE", "CVL", "Civilians" },
        { "Arakan Army fighters", null, "AA: Arakan Army", "MMR", "REB", "Rebel group" },
        { "Maoist rebels", null, "CPI (Maoist): Communist Party of India (Maoist)", "IND", "REB", "Rebel group" },
        { "Sinaloa Cartel gunmen", null, "Sinaloa Cartel", "MEX", "CRM", "Political militia" },
        { "Somali soldiers", null, "Military Forces of Somalia (2022-)", "SOM", "MIL", "State forces" },
        { "Ukrainian President Volodymyr Zelenskyy", null, "Government of Ukraine (2019-)", "UKR", "GOV", "State forces" },
        { "The governor, Vyacheslav Gladkov", null, "Government of Russia (2000-)", "RUS", "GOV", "State forces" },
        { "Houthi-run health ministry", null, "Houthi Movement", "YEM", "REB", "Rebel group" },
        { "a Somalia-based militia", null, "Unidentified Armed Group (Somalia)", "SOM", "UAF", "Political militia" },
        { "Zamfara police", null, "Police Forces of Nigeria (2023-)", "NGA", "COP", "State forces" },
        { "Pakistani Taliban", null, "TTP: Tehreek-i-Taliban Pakistan", "PAK", "REB", "Rebel group" },
        { "UN peacekeepers", null, "UN: United Nations", "UNO", "IGO", "External/Other forces" },
        { "Somaliland", null, "Government of Somaliland (1991-)", "SOM", "PRE", "State forces" },
        { "a former CIA official", null, "Former Government of the United States (2021-2025)", "USA", "ELI", null },
        { "Chile's Defense Department", null, "Government of Chile", "CHL", "GOV", "State forces" },
        { "the paramilitary Rapid Support Forces", null, "Rapid Support Forces", "SDN", "REB", "Political militia" },
        { "the US-backed Syrian Democratic Forces", null, "SDF: Syrian Democratic Forces", "SYR", "REB", "Rebel group" },
        { "the Islamist Allied Democratic Forces", null, "Islamic State Central Africa Province", "COD", "REB", "Rebel group" },
    };

    [Theory]
    [InlineData("civilians fleeing the Rapid Support Forces")]
    [InlineData("troops opposed to the Rapid Support Forces")]
    [InlineData("soldiers and the Rapid Support Forces")]
    public void Resolve_GroupNameAfterARelation_IsNotThatGroup(string phrase)
    {
        // The group ends the phrase but the words before it relate to it rather than describe it.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "SDN"));

        Assert.NotEqual("Rapid Support Forces", result.Actor?.Name);
    }

    [Theory]
    [InlineData("Interior Minister Tomas Ferreira", "PRY", "Government of Paraguay")]
    [InlineData("police chief Amina Yusuf", "NGA", "Police Forces of Nigeria")]
    [InlineData("army spokesman Brig. Gen. Tarek Saleh", "EGY", "Military Forces of Egypt")]
    [InlineData("Kenyan police spokesman Otieno Wafula", "UGA", "Police Forces of Kenya")]
    [InlineData("army helicopters", "MMR", "Military Forces of Myanmar")]
    [InlineData("the junta's jets", "MMR", "Military Forces of Myanmar")]
    [InlineData("a military air strike", "MMR", "Military Forces of Myanmar")]
    [InlineData("rebel mortars", "COD", "Unidentified Armed Group (Democratic Republic of Congo)")]
    [InlineData("militant rockets", "PAK", "Unidentified Armed Group (Pakistan)")]
    public void Resolve_OfficeBeforeNameOrWeapon_ReadAsTheOffice(string phrase, string eventCountry, string namePrefix)
    {
        // An office named before an unknown holder, or an office or armed group before a weapon, is read as that office
        // or group alone would be.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.True(result.IsResolved, $"{phrase}: {result.Status} {result.Reason} {result.Detail}");
        Assert.StartsWith(namePrefix, result.Actor!.Name, StringComparison.Ordinal);
        Assert.Equal(phrase, result.Actor.Text);
    }

    [Theory]
    [InlineData("sniper fire")]
    [InlineData("heavy shelling")]
    [InlineData("army helicopters")]
    public void Resolve_WeaponOrLowerCaseWordsWithoutOwner_StayWithoutCountry(string phrase)
    {
        // Lower-case words after an office are no name; a weapon fires for either side, and with a foreign nation named
        // in the story even the army's could be either side's.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "YEM", ForeignNationsNamed: true));

        Assert.Null(result.Actor?.CountryIso3);
    }

    [Theory]
    [InlineData("the Turkish hospital", "SOM", "Civilians (Somalia)")]
    [InlineData("a Qatari-funded school", "AFG", "Civilians (Afghanistan)")]
    [InlineData("Egyptian universities", "SDN", "Civilians (Sudan)")]
    [InlineData("a Saudi doctor", "SDN", "Civilians (Saudi Arabia)")]
    [InlineData("the Turkish hospital", null, "Civilians (Turkey)")]
    [InlineData("a Turkish-run Baidoa hospital", "KEN", "Civilians (Somalia)")]
    public void Resolve_FacilityWithNationality_CiviliansOfTheEventCountry(string phrase, string? eventCountry, string name)
    {
        // A nationality before a hospital or school names its operator; before a person's role it is the person's.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.Equal(name, result.Actor?.Name);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Resolve_KnownPhrase_GivesAcledActor(string phrase, string? eventCountry, string name, string iso3, string? sector, string? inter)
    {
        // The event country is only given where the phrase itself has no nationality; state forces at home stay State forces.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.True(result.IsResolved, $"{phrase}: {result.Status} {result.Reason} {result.Detail}");
        var actor = result.Actor!;
        Assert.Equal(name, actor.Name);
        Assert.Equal(iso3, actor.CountryIso3);
        Assert.Equal(sector, actor.Sector);
        Assert.Equal(inter, actor.InterLabel);
        Assert.Equal(phrase, actor.Text);
    }

    [Theory]
    [InlineData("a community leader", "COL")]
    [InlineData("a Colombian community leader", null)]
    [InlineData("religious leaders", "NGA")]
    public void Resolve_OfficeNounMadeCivilianByItsModifier_IsCivilians(string phrase, string? eventCountry)
    {
        // "leader" alone is an office of the event country's government; "community leader" is a PLOVER civilian role.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.Equal(ActorInter.Civilians, result.Actor?.Inter);
        Assert.StartsWith("Civilians (", result.Actor!.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a rebel leader", "COL")]
    [InlineData("the leader", "COL")]
    [InlineData("peacekeeping troops", "COD")]
    [InlineData("student protesters", "BGD")]
    public void Resolve_OfficeNounWithArmedOrNoModifier_IsNoCivilian(string phrase, string? eventCountry)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.NotEqual(ActorInter.Civilians, result.Actor?.Inter);
    }

    [Theory]
    [InlineData("Ukrainian drones", "RUS")]
    [InlineData("North Korean troops", "RUS")]
    [InlineData("Turkish drones", "SYR")]
    public void Resolve_StateForcesAbroad_AreExternalOtherForces(string phrase, string eventCountry)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, eventCountry));

        Assert.Equal(ActorInter.ExternalOtherForces, result.Actor!.Inter);
        Assert.StartsWith("Military Forces of", result.Actor.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void ForEventCountry_StateForcesAtHome_StayStateForces()
    {
        var actor = new Actor("Military Forces of Russia (2000-)", "RUS", "MIL", ActorInter.StateForces, "Russian forces");

        Assert.Equal(ActorInter.StateForces, ExternalForces.ForEventCountry(actor, "RUS").Inter);
        Assert.Equal(ActorInter.ExternalOtherForces, ExternalForces.ForEventCountry(actor, "UKR").Inter);
        var rebels = actor with { Inter = ActorInter.RebelGroup, Name = "Houthi Movement", CountryIso3 = "YEM" };
        Assert.Equal(ActorInter.RebelGroup, ExternalForces.ForEventCountry(rebels, "ISR").Inter);
    }

    [Theory]
    [InlineData("Biden", 2023, 5, 1, "GOV", "Government of the United States (2021-2025)")]
    [InlineData("President Biden", 2022, 2, 24, "GOV", "Government of the United States (2021-2025)")]
    [InlineData("Trump", 2025, 6, 1, "GOV", "Government of the United States (2025-)")]
    [InlineData("Poroshenko", 2016, 3, 1, "GOV", "Government of Ukraine (2014-2019)")]
    [InlineData("Assad", 2023, 3, 1, "GOV", "Government of Syria (2000-2024)")]
    public void Resolve_PersonInOffice_IsGovernmentOfThatRegime(string phrase, int y, int m, int d, string sector, string name)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(new DateOnly(y, m, d)));

        Assert.Equal(ActorReason.PersonInOffice, result.Reason);
        Assert.Equal(sector, result.Actor!.Sector);
        Assert.Equal(name, result.Actor.Name);
    }

    [Theory]
    [InlineData("Biden", 2026, 1, 10)]
    [InlineData("Biden", 2019, 6, 1)]
    [InlineData("Assad", 2025, 6, 1)]
    [InlineData("Poroshenko", 2022, 1, 1)]
    public void Resolve_PersonOutOfOffice_IsEliteNotGovernment(string phrase, int y, int m, int d)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(new DateOnly(y, m, d)));

        Assert.Equal(ActorReason.PersonOutOfOffice, result.Reason);
        Assert.Equal("ELI", result.Actor!.Sector);
        Assert.Null(result.Actor.Inter);
    }

    [Fact]
    public void Resolve_RegimeChangesWithTheDate()
    {
        var before = Resolver.Resolve("Ukrainian troops", new ActorContext(new DateOnly(2017, 1, 1)));
        var after = Resolver.Resolve("Ukrainian troops", new ActorContext(new DateOnly(2023, 1, 1)));

        Assert.Equal("Military Forces of Ukraine (2014-2019)", before.Actor!.Name);
        Assert.Equal("Military Forces of Ukraine (2019-)", after.Actor!.Name);
    }

    [Theory]
    [InlineData("puppies", ActorReason.UnknownPhrase)]
    [InlineData("the committee of concerned neighbours", ActorReason.UnknownPhrase)]
    [InlineData("", ActorReason.EmptyPhrase)]
    [InlineData("Kharkiv", ActorReason.PlaceOnly)]
    [InlineData("Ukrainian", ActorReason.CountryWithoutRole)]
    public void Resolve_NoActor_IsUnresolvedWithReason(string phrase, ActorReason reason)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024));

        Assert.Equal(ActorResolutionStatus.Unresolved, result.Status);
        Assert.Null(result.Actor);
        Assert.Equal(reason, result.Reason);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
    }

    [Theory]
    [InlineData("the Raghwan district of Marib province")]
    [InlineData("the Kherson region")]
    public void Resolve_TerritorialUnit_IsNoCivilianActor(string phrase)
    {
        // PLOVER's agents list has "province" as a civilian agent; a territorial unit is part of a place, not an actor.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "YEM"));

        Assert.Null(result.Actor);
    }

    [Theory]
    [InlineData("North Darfur state")]
    [InlineData("northern Shan state")]
    public void Resolve_StateAfterAName_IsATerritoryNotAGovernment(string phrase)
    {
        // PLOVER's agents list has "state" as government; after a place's name it is the place's unit.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "SDN"));

        Assert.Null(result.Actor);
    }

    [Theory]
    [InlineData("the Sudanese state", "SDN")]
    [InlineData("the state", null)]
    public void Resolve_StateAloneOrAfterANationality_IsTheGovernment(string phrase, string? iso3)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "SDN"));

        Assert.NotNull(result.Actor);
        Assert.Equal("GOV", result.Actor.Sector);
        Assert.Equal(iso3, result.Actor.CountryIso3);
    }

    [Theory]
    [InlineData("soldiers", "MIL")]
    [InlineData("police", "COP")]
    [InlineData("gunmen", "UAF")]
    [InlineData("a nine-year-old boy", "CVL")]
    public void Resolve_NounWithoutCountry_IsPartialNeverGuessed(string phrase, string sector)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024));

        Assert.Equal(ActorResolutionStatus.Partial, result.Status);
        Assert.Equal(ActorReason.CountryUnknown, result.Reason);
        Assert.Null(result.Actor!.CountryIso3);
        Assert.Equal(sector, result.Actor.Sector);
    }

    [Fact]
    public void Resolve_SoldiersInAnArticleNamingOtherNations_StayPartial()
    {
        // In a war both sides have soldiers: the event country must not pick one.
        var result = Resolver.Resolve("soldiers", new ActorContext(_nov2024, "UKR", ForeignNationsNamed: true));

        Assert.Equal(ActorResolutionStatus.Partial, result.Status);
        Assert.Null(result.Actor?.CountryIso3);
    }

    [Theory]
    [InlineData("soldiers", "MLI", "Military Forces of Mali")]
    [InlineData("the army", "PAK", "Military Forces of Pakistan")]
    [InlineData("Police", "KEN", "Police Forces of Kenya")]
    [InlineData("officials", "NGA", "Government of Nigeria")]
    public void Resolve_BareForceInADomesticArticle_IsTheEventCountrys(string phrase, string country, string namePrefix)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, country));

        Assert.Equal(ActorResolutionStatus.Resolved, result.Status);
        Assert.Equal(country, result.Actor!.CountryIso3);
        Assert.StartsWith(namePrefix, result.Actor.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("European leaders")]
    [InlineData("the paramilitary Zamani Defence Forces")]
    public void Resolve_ForceNounWithAnUnknownName_IsNotTheEventCountrys(string phrase)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "UKR"));

        Assert.NotEqual("UKR", result.Actor?.CountryIso3);
    }

    [Fact]
    public void Resolve_BarePoliceInAnArticleNamingOtherNations_AreStillTheEventCountrys()
    {
        var result = Resolver.Resolve("riot police", new ActorContext(_nov2024, "GEO", ForeignNationsNamed: true));

        Assert.Equal("GEO", result.Actor!.CountryIso3);
    }

    [Theory]
    [InlineData("mortar shells")]
    [InlineData("drones")]
    public void Resolve_BareWeapon_HasNoCountryEvenInADomesticArticle(string phrase)
    {
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "SOM"));

        Assert.Null(result.Actor?.CountryIso3);
    }

    [Fact]
    public void Resolve_CivilianRoleNoun_CarriesTheEventCountryInNameAndCode()
    {
        var result = Resolver.Resolve("280 pupils", new ActorContext(_nov2024, "NGA"));

        Assert.Equal("Civilians (Nigeria)", result.Actor!.Name);
        Assert.Equal("NGA", result.Actor.CountryIso3);
    }

    [Fact]
    public void Resolve_TwoNationalitiesJoinedByAnd_GivesBothActors()
    {
        var result = Resolver.Resolve("50,000 Russian and North Korean troops", new ActorContext(_nov2024));

        Assert.Equal(ActorReason.Compound, result.Reason);
        Assert.Equal(["Military Forces of Russia (2000-)", "Military Forces of North Korea (2011-)"], result.Candidates.Select(a => a.Name));
    }

    [Fact]
    public void Resolve_TwoNamedActorsJoinedByAnd_GivesBothActors()
    {
        var result = Resolver.Resolve("Russia and North Korea", new ActorContext(_nov2024));

        Assert.Equal(ActorReason.Compound, result.Reason);
        Assert.Equal(["RUS", "PRK"], result.Candidates.Select(a => a.CountryIso3));
    }

    [Fact]
    public void Resolve_ArmedElements_UnidentifiedArmedGroupOfTheEventCountry()
    {
        var result = Resolver.Resolve("armed elements", new ActorContext(_nov2024, "CAF"));

        Assert.Equal("Unidentified Armed Group (Central African Republic)", result.Actor?.Name);
    }

    [Theory]
    [InlineData("Kursk Oblast")]
    [InlineData("the Belgorod region")]
    public void Resolve_RegionName_IsAPlaceNotAnActor(string phrase)
    {
        Assert.Equal(ActorReason.PlaceOnly, Resolver.Resolve(phrase).Reason);
    }

    [Fact]
    public void Resolve_PhoenixOfficeAfter2014_IsUnknownNotGovernment()
    {
        // Phoenix's open-ended offices stop in 2014: whether the person still held office in 2024 is not known.
        var result = Resolver.Resolve("Angela Merkel", new ActorContext(_nov2024));

        Assert.Equal(ActorReason.PersonOfficeUnknown, result.Reason);
        Assert.Equal("DEU", result.Actor!.CountryIso3);
        Assert.Null(result.Actor.Sector);
    }

    [Fact]
    public void Resolve_IsisWithoutEventCountry_IsAmbiguous()
    {
        var result = Resolver.Resolve("ISIS", new ActorContext(_nov2024));

        Assert.Equal(ActorResolutionStatus.Ambiguous, result.Status);
        Assert.Contains(result.Candidates, a => a.Name == "Islamic State (Syria)");
        Assert.Contains(result.Candidates, a => a.Name == "Islamic State (Iraq)");
    }

    [Fact]
    public void Resolve_PersonWithoutDate_SaysItAssumedTheLatestOffice()
    {
        var result = Resolver.Resolve("Zelensky");

        Assert.Equal(ActorReason.PersonUndated, result.Reason);
        Assert.Equal("Government of Ukraine (2019-)", result.Actor!.Name);
    }

    [Fact]
    public void Resolve_CurlyApostropheAndCase_AreNormalised()
    {
        var result = Resolver.Resolve("UKRAINE\u2019S MILITARY", new ActorContext(_nov2024));

        Assert.Equal("Military Forces of Ukraine (2019-)", result.Actor!.Name);
    }

    [Fact]
    public void Resolve_KeptAnswers_AgreeWithAFreshResolverForEveryContext()
    {
        // The resolver keeps answers per phrase and context: asking again, or in another context (date, event
        // country), must give what a resolver that never saw the phrase gives.
        var cached = new ActorResolver(ActorDictionary.Default);
        string[] phrases = ["Ukrainian troops", "gunmen", "a nine-year-old boy", "President Zelenskyy", "ISIS", "the Kremlin", "villagers"];
        ActorContext[] contexts = [new(new DateOnly(2017, 1, 1)), new(new DateOnly(2023, 1, 1)), new(_nov2024, "NGA"), new(_nov2024, "SYR"), ActorContext.None];
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var context in contexts)
            {
                foreach (var phrase in phrases)
                {
                    var kept = cached.Resolve(phrase, context);
                    var fresh = new ActorResolver(ActorDictionary.Default).Resolve(phrase, context);
                    Assert.Equal(fresh.Actor, kept.Actor);
                    Assert.Equal(fresh.Status, kept.Status);
                    Assert.Equal(fresh.Reason, kept.Reason);
                    Assert.Equal(fresh.Detail, kept.Detail);
                    Assert.Equal<Actor>(fresh.Candidates, kept.Candidates); // element by element, not the arrays' identity
                }
            }
        }

        Assert.NotEqual(
            cached.Resolve("Ukrainian troops", contexts[0]).Actor?.Name,
            cached.Resolve("Ukrainian troops", contexts[1]).Actor?.Name);
    }
    [Theory]
    [InlineData("A government spokesman", "Government of Ethiopia")]
    [InlineData("The soldiers", "Military Forces of Ethiopia")]
    [InlineData("A rebel spokesman", "Unidentified Armed Group (Ethiopia)")]
    [InlineData("allied resistance groups", "Unidentified Armed Group (Ethiopia)")]
    public void Resolve_CapitalisedDeterminerRebelOfficeOrArmedRole_EventCountrysGenericActor(string phrase, string expected)
    {
        // A sentence-initial "The" or "A" names no owner; a rebel office is the rebels'; an armed PLOVER role gets
        // ACLED's generic name, never the raw phrase.
        var result = Resolver.Resolve(phrase, new ActorContext(_nov2024, "ETH"));

        Assert.StartsWith(expected, result.Actor?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CapitalisedNameBeforeTheHead_StillNamesSomeone()
    {
        // "Zarqawi loyalist soldiers": a capitalised word that is no skipped determiner keeps the soldiers from the event country.
        Assert.NotEqual("ETH", Resolver.Resolve("Zarqawi loyalist soldiers", new ActorContext(_nov2024, "ETH")).Actor?.CountryIso3);
    }
}
