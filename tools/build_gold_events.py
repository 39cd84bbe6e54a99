#!/usr/bin/env python3
"""Writes the ACLED-style gold set data/gold/events/acled_style.{dev,test}.jsonl.

The reports below were written for Sitrep's evaluation from the ACLED codebook definitions (CONVENTIONS.md §1.2).
They are short news-style texts in the project's own wording; many follow the shape of real, widely reported
events, but details (figures, places, dates) are simplified or invented, so they are an evaluation set, not a record
of what happened. Licence: project's own, CC BY 4.0.

Each record is a CONTRACT input record plus "gold": {"events": [...]} (no events for negative reports). The split is
deterministic and stratified by sub-event type (SHA-1 of the id orders each group), about 60% dev / 40% test. Python 3 stdlib only; run from anywhere.

Admin1 values use one spelling per division, the one data/gazetteer gives as ACLED's: Lebanon's Nabatiye (three records
already spelled it so, one had Nabatieh); Syria's Dar'a and Deir-ez-Zor (the OCHA/HDX governorate names ACLED's Syria
data uses, like Al Hasakeh, As-Sweida and Idleb here; 'Dara' and 'Deir ez Zor' are in no such list); Mozambique's capital
is 'Maputo City' ('Maputo' is the surrounding province: an ACLED 2023 processing script maps ACLED's 'maputo' to the
province, github.com/sdrmaster/A-Note-on-State-Discontinuity Code/03_Merging_ACLED_IPUMS.do).
"""
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "gold", "events")
SOURCE = "sitrep-gold (written for evaluation)"

SUB = {
    "GRT": ("Battles", "Government regains territory"),
    "NSO": ("Battles", "Non-state actor overtakes territory"),
    "AC": ("Battles", "Armed clash"),
    "EFP": ("Protests", "Excessive force against protesters"),
    "PWI": ("Protests", "Protest with intervention"),
    "PP": ("Protests", "Peaceful protest"),
    "VD": ("Riots", "Violent demonstration"),
    "MV": ("Riots", "Mob violence"),
    "CW": ("Explosions/Remote violence", "Chemical weapon"),
    "ADS": ("Explosions/Remote violence", "Air/drone strike"),
    "SB": ("Explosions/Remote violence", "Suicide bomb"),
    "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GR": ("Explosions/Remote violence", "Grenade"),
    "SV": ("Violence against civilians", "Sexual violence"),
    "ATT": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "AGR": ("Strategic developments", "Agreement"),
    "ARR": ("Strategic developments", "Arrests"),
    "CHG": ("Strategic developments", "Change to group/activity"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "HQ": ("Strategic developments", "Headquarters or base established"),
    "LOOT": ("Strategic developments", "Looting/property destruction"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory"),
    "OTH": ("Strategic developments", "Other"),
}

ISO = {
    "Afghanistan": "AFG", "Azerbaijan": "AZE", "Bangladesh": "BGD", "Burkina Faso": "BFA", "Colombia": "COL",
    "Democratic Republic of Congo": "COD", "Ecuador": "ECU", "Ethiopia": "ETH", "Georgia": "GEO", "Haiti": "HTI",
    "India": "IND", "Iran": "IRN", "Iraq": "IRQ", "Israel": "ISR", "Kenya": "KEN", "Lebanon": "LBN", "Mali": "MLI",
    "Mexico": "MEX", "Mozambique": "MOZ", "Myanmar": "MMR", "Niger": "NER", "Nigeria": "NGA", "Pakistan": "PAK",
    "Palestine": "PSE", "Philippines": "PHL", "Russia": "RUS", "Somalia": "SOM", "South Sudan": "SSD", "Sudan": "SDN",
    "Sweden": "SWE", "Syria": "SYR", "Turkey": "TUR", "Ukraine": "UKR", "Yemen": "YEM", "Argentina": "ARG",
    "Chad": "TCD", "Cameroon": "CMR", "Gabon": "GAB",
}


def A(name, iso3, sector):
    return {"name": name, "country_iso3": iso3, "sector": sector}


def civ(country):
    return A(f"Civilians ({country})", ISO[country], "CVL")


def protesters(country):
    return A(f"Protesters ({country})", ISO[country], "CVL")


def rioters(country):
    return A(f"Rioters ({country})", ISO[country], "CVL")


def uag(country, sector="UAF"):
    return A(f"Unidentified Armed Group ({country})", ISO[country], sector)


RUS = A("Military Forces of Russia (2000-)", "RUS", "MIL")
RUS_GOV = A("Government of Russia (2000-)", "RUS", "GOV")
RUS_POL = A("Police Forces of Russia (2000-)", "RUS", "COP")
UKR = A("Military Forces of Ukraine (2019-)", "UKR", "MIL")
UKR_GOV = A("Government of Ukraine (2019-)", "UKR", "GOV")
UKR_POL = A("Police Forces of Ukraine (2019-)", "UKR", "COP")
PRK = A("Military Forces of North Korea (2011-)", "PRK", "MIL")
ISR = A("Military Forces of Israel (2022-)", "ISR", "MIL")
ISR_POL = A("Police Forces of Israel (2022-)", "ISR", "COP")
HAMAS = A("Hamas Movement", "PSE", "REB")
HEZ = A("Hezbollah", "LBN", "REB")
HOUTHI = A("Houthi Movement", "YEM", "REB")
USA = A("Military Forces of the United States (2025-)", "USA", "MIL")
SDN = A("Military Forces of Sudan (2019-)", "SDN", "MIL")
RSF = A("Rapid Support Forces", "SDN", "REB")
M23 = A("M23: March 23 Movement", "COD", "REB")
COD = A("Military Forces of Democratic Republic of Congo (2019-)", "COD", "MIL")
ADF = A("Islamic State Central Africa Province", "COD", "REB")
NGA = A("Military Forces of Nigeria (2023-)", "NGA", "MIL")
NGA_POL = A("Police Forces of Nigeria (2023-)", "NGA", "COP")
BOKO = A("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "NGA", "REB")
ISWAP = A("Islamic State West Africa Province", "NGA", "REB")
SOM = A("Military Forces of Somalia (2022-)", "SOM", "MIL")
SHABAAB = A("Al Shabaab", "SOM", "REB")
JNIM = A("JNIM: Group for Support of Islam and Muslims", "MLI", "REB")
MLI = A("Military Forces of Mali (2021-)", "MLI", "MIL")
BFA = A("Military Forces of Burkina Faso (2022-)", "BFA", "MIL")
MMR = A("Military Forces of Myanmar (2021-)", "MMR", "MIL")
AA = A("AA: Arakan Army", "MMR", "REB")
PDF = A("PDF: People's Defense Force", "MMR", "REB")
MNDAA = A("MNDAA: Myanmar National Democratic Alliance Army", "MMR", "REB")
COL = A("Military Forces of Colombia (2022-)", "COL", "MIL")
COL_POL = A("Police Forces of Colombia (2022-)", "COL", "COP")
ELN = A("ELN: National Liberation Army", "COL", "REB")
FARC = A("FARC Dissidents", "COL", "REB")
MEX = A("Military Forces of Mexico (2024-)", "MEX", "MIL")
MEX_POL = A("Police Forces of Mexico (2024-)", "MEX", "COP")
SINALOA = A("Sinaloa Cartel", "MEX", "CRM")
PAK = A("Military Forces of Pakistan (2024-)", "PAK", "MIL")
PAK_POL = A("Police Forces of Pakistan (2024-)", "PAK", "COP")
TTP = A("TTP: Tehreek-i-Taliban Pakistan", "PAK", "REB")
BLA = A("BLA: Balochistan Liberation Army", "PAK", "REB")
IND = A("Military Forces of India (2014-)", "IND", "MIL")
IND_POL = A("Police Forces of India (2014-)", "IND", "COP")
MAOIST = A("CPI (Maoist): Communist Party of India (Maoist)", "IND", "REB")
HTI_POL = A("Police Forces of Haiti (2021-)", "HTI", "COP")
VIV = A("Viv Ansanm", "HTI", "CRM")
ETH = A("Military Forces of Ethiopia (2018-)", "ETH", "MIL")
FANO = A("Fano Militia", "ETH", "UAF")
KEN_POL = A("Police Forces of Kenya (2022-)", "KEN", "COP")
SYR_OLD = A("Military Forces of Syria (2000-2024)", "SYR", "MIL")
SYR = A("Military Forces of Syria (2024-)", "SYR", "MIL")
IS_SYR = A("Islamic State (Syria)", "SYR", "REB")
HTS = A("HTS: Hayat Tahrir al-Sham", "SYR", "REB")
SDF = A("SDF: Syrian Democratic Forces", "SYR", "REB")
TUR = A("Military Forces of Turkey (2002-)", "TUR", "MIL")
TUR_POL = A("Police Forces of Turkey (2002-)", "TUR", "COP")

REPORTS = []


def ev(code, a1, a2, country, admin1, location, date, fatalities, evidence, tp=1, injuries=None, modality="asserted", assoc2=None):
    event_type, sub_event_type = SUB[code]
    e = {"event_type": event_type, "sub_event_type": sub_event_type, "actor1": a1, "actor2": a2,
         "country": country, "admin1": admin1, "location": location, "event_date": date,
         "time_precision": tp, "fatalities": fatalities, "injuries": injuries, "modality": modality,
         "evidence": evidence}
    if assoc2:
        e["assoc_actor_2"] = assoc2
    return e


def R(rid, published, text, *events):
    REPORTS.append({"id": rid, "text": text, "published": published, "source": SOURCE, "gold": {"events": list(events)}})


# ---- Battles: Government regains territory ----
R("grt-01", "2024-09-12", "Ukrainian troops recaptured the village of Novyi Put in the Kharkiv region on Wednesday after a day of heavy fighting, the General Staff said. Three Ukrainian soldiers were killed in the assault.",
  ev("GRT", UKR, RUS, "Ukraine", "Kharkiv", "Novyi Put", "2024-09-11", 3, "Ukrainian troops recaptured the village of Novyi Put in the Kharkiv region on Wednesday after a day of heavy fighting, the General Staff said."))
R("grt-02", "2025-01-12", "Sudan's army said on Saturday it had retaken Wad Madani, the capital of Gezira state, from the Rapid Support Forces after fierce battles on the city's outskirts. Residents reported gunfire through the night.",
  ev("GRT", SDN, RSF, "Sudan", "Al Jazirah", "Wad Madani", "2025-01-11", 0, "Sudan's army said on Saturday it had retaken Wad Madani, the capital of Gezira state, from the Rapid Support Forces after fierce battles on the city's outskirts."))
R("grt-03", "2024-06-20", "Congolese soldiers drove M23 rebels out of the hilltop village of Kanyabayonga in North Kivu on Wednesday, a local official said. At least five fighters died in the clashes.",
  ev("GRT", COD, M23, "Democratic Republic of Congo", "North Kivu", "Kanyabayonga", "2024-06-19", 5, "Congolese soldiers drove M23 rebels out of the hilltop village of Kanyabayonga in North Kivu on Wednesday, a local official said."))
R("grt-04", "2024-03-05", "Nigerian troops regained control of the town of Malam Fatori in Borno state on Monday after fighting Islamic State West Africa Province militants for several hours. Dozens of insurgents were killed, the army said.",
  ev("GRT", NGA, ISWAP, "Nigeria", "Borno", "Malam Fatori", "2024-03-04", 12, "Nigerian troops regained control of the town of Malam Fatori in Borno state on Monday after fighting Islamic State West Africa Province militants for several hours."))
R("grt-05", "2023-09-03", "Somali forces backed by clan fighters retook the town of Cowsweyne in Galmudug from al-Shabaab on Saturday, days after losing it. The government said 20 militants were killed.",
  ev("GRT", SOM, SHABAAB, "Somalia", "Galgaduud", "Cowsweyne", "2023-09-02", 20, "Somali forces backed by clan fighters retook the town of Cowsweyne in Galmudug from al-Shabaab on Saturday, days after losing it."))
R("grt-06", "2024-12-03", "The Myanmar army said it recaptured a hill base near Lashio in northern Shan state on Monday following a battle with the MNDAA. No casualty figures were given.",
  ev("GRT", MMR, MNDAA, "Myanmar", "Shan-North", "Lashio", "2024-12-02", 0, "The Myanmar army said it recaptured a hill base near Lashio in northern Shan state on Monday following a battle with the MNDAA."))

# ---- Battles: Non-state actor overtakes territory (includes foreign state forces) ----
R("nso-01", "2024-10-02", "Russian forces captured the village of Krutyi Yar near Pokrovsk in the Donetsk region on Tuesday after Ukrainian units withdrew under fire, according to both sides' reports. The fighting lasted several days.",
  ev("NSO", RUS, UKR, "Ukraine", "Donetsk", "Krutyi Yar", "2024-10-01", 0, "Russian forces captured the village of Krutyi Yar near Pokrovsk in the Donetsk region on Tuesday after Ukrainian units withdrew under fire, according to both sides' reports."))
R("nso-02", "2025-01-28", "M23 rebels seized most of Goma, the largest city in eastern Congo, on Monday after days of fighting with the Congolese army. Bodies lay in the streets and hospitals were overwhelmed.",
  ev("NSO", M23, COD, "Democratic Republic of Congo", "North Kivu", "Goma", "2025-01-27", 0, "M23 rebels seized most of Goma, the largest city in eastern Congo, on Monday after days of fighting with the Congolese army."))
R("nso-03", "2024-12-09", "The Arakan Army said on Sunday it had overrun the last army outpost in Maungdaw township on the border with Bangladesh, taking full control of the town. Dozens of soldiers were killed, it said.",
  ev("NSO", AA, MMR, "Myanmar", "Rakhine", "Maungdaw", "2024-12-08", 12, "The Arakan Army said on Sunday it had overrun the last army outpost in Maungdaw township on the border with Bangladesh, taking full control of the town."))
R("nso-04", "2024-11-30", "Rebel fighters led by Hayat Tahrir al-Sham swept into Aleppo on Friday after government lines collapsed on the western edge of the city. Clashes with army units left at least 20 combatants dead.",
  ev("NSO", HTS, SYR_OLD, "Syria", "Aleppo", "Aleppo", "2024-11-29", 20, "Rebel fighters led by Hayat Tahrir al-Sham swept into Aleppo on Friday after government lines collapsed on the western edge of the city."))
R("nso-05", "2025-05-12", "JNIM militants overran the army base in Djibo in northern Burkina Faso on Sunday and held the town for several hours. Local sources said more than 100 soldiers and volunteers were killed.",
  ev("NSO", JNIM, BFA, "Burkina Faso", "Sahel", "Djibo", "2025-05-11", 100, "JNIM militants overran the army base in Djibo in northern Burkina Faso on Sunday and held the town for several hours."))
R("nso-06", "2025-10-27", "The Rapid Support Forces stormed the army's last positions in El Fasher on Sunday and took control of the city after an 18-month siege. Dozens of soldiers were reported killed.",
  ev("NSO", RSF, SDN, "Sudan", "North Darfur", "El Fasher", "2025-10-26", 12, "The Rapid Support Forces stormed the army's last positions in El Fasher on Sunday and took control of the city after an 18-month siege."))

# ---- Battles: Armed clash ----
R("ac-01", "2024-11-15", "Ukrainian and Russian troops clashed near Kupiansk in the Kharkiv region on Thursday as Russian assault groups tried to cross the Oskil river. Two Ukrainian soldiers were killed.",
  ev("AC", RUS, UKR, "Ukraine", "Kharkiv", "Kupiansk", "2024-11-14", 2, "Ukrainian and Russian troops clashed near Kupiansk in the Kharkiv region on Thursday as Russian assault groups tried to cross the Oskil river."))
R("ac-02", "2024-06-18", "Fighting between the army and the Rapid Support Forces broke out again in Omdurman on Monday, with both sides firing artillery across the Nile. Medics said four fighters died.",
  ev("AC", SDN, RSF, "Sudan", "Khartoum", "Omdurman", "2024-06-17", 4, "Fighting between the army and the Rapid Support Forces broke out again in Omdurman on Monday, with both sides firing artillery across the Nile."))
R("ac-03", "2025-01-17", "ELN guerrillas and FARC dissidents fought for control of villages in the Catatumbo region of Norte de Santander on Thursday. Officials said at least 30 people were killed in the violence.",
  ev("AC", ELN, FARC, "Colombia", "Norte de Santander", "Tibu", "2025-01-16", 30, "ELN guerrillas and FARC dissidents fought for control of villages in the Catatumbo region of Norte de Santander on Thursday."))
R("ac-04", "2024-09-20", "Gunmen from rival factions of the Sinaloa Cartel exchanged fire for hours in the outskirts of Culiacan on Thursday, leaving six dead. Schools in the city stayed closed.",
  ev("AC", SINALOA, SINALOA, "Mexico", "Sinaloa", "Culiacan", "2024-09-19", 6, "Gunmen from rival factions of the Sinaloa Cartel exchanged fire for hours in the outskirts of Culiacan on Thursday, leaving six dead."))
R("ac-05", "2024-10-08", "Pakistani troops killed eight TTP militants in a gunfight in North Waziristan on Monday, the military's media wing said. Two soldiers also died in the exchange.",
  ev("AC", PAK, TTP, "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", "2024-10-07", 10, "Pakistani troops killed eight TTP militants in a gunfight in North Waziristan on Monday, the military's media wing said."))
R("ac-06", "2025-01-07", "Security forces killed five Maoist rebels in an encounter in the forests of Bijapur district in Chhattisgarh on Sunday. A head constable was also killed.",
  ev("AC", IND, MAOIST, "India", "Chhattisgarh", "Bijapur", "2025-01-05", 6, "Security forces killed five Maoist rebels in an encounter in the forests of Bijapur district in Chhattisgarh on Sunday."))
R("ac-07", "2024-08-14", "Fano militiamen attacked federal troops near Gondar in the Amhara region on Tuesday, residents said, describing heavy machine-gun fire. The number of casualties was unclear.",
  ev("AC", FANO, ETH, "Ethiopia", "Amhara", "Gondar", "2024-08-13", 0, "Fano militiamen attacked federal troops near Gondar in the Amhara region on Tuesday, residents said, describing heavy machine-gun fire."))
R("ac-08", "2024-10-04", "Israeli soldiers and Hezbollah fighters fought at close range near the border village of Maroun al-Ras in southern Lebanon on Thursday. The Israeli military said one of its officers was killed.",
  ev("AC", ISR, HEZ, "Lebanon", "Nabatiye", "Maroun al-Ras", "2024-10-03", 1, "Israeli soldiers and Hezbollah fighters fought at close range near the border village of Maroun al-Ras in southern Lebanon on Thursday."))
R("ac-09", "2025-02-26", "Haitian police exchanged fire with Viv Ansanm gang members in the Delmas area of Port-au-Prince on Tuesday during an operation to reopen a main road. Police said three gang members were killed.",
  ev("AC", HTI_POL, VIV, "Haiti", "Ouest", "Port-au-Prince - Delmas", "2025-02-25", 3, "Haitian police exchanged fire with Viv Ansanm gang members in the Delmas area of Port-au-Prince on Tuesday during an operation to reopen a main road."))

# ---- Protests: Excessive force against protesters ----
R("efp-01", "2024-06-26", "Police opened fire on demonstrators protesting a finance bill outside parliament in Nairobi on Tuesday, killing at least five people. The protesters had been marching peacefully before the shooting, witnesses said.",
  ev("EFP", KEN_POL, protesters("Kenya"), "Kenya", "Nairobi", "Nairobi", "2024-06-25", 5, "Police opened fire on demonstrators protesting a finance bill outside parliament in Nairobi on Tuesday, killing at least five people."))
R("efp-02", "2024-07-19", "Police fired live rounds at student protesters demanding an end to job quotas in Dhaka on Thursday. Hospital staff said 17 people were killed and hundreds injured.",
  ev("EFP", A("Police Forces of Bangladesh (2009-2024)", "BGD", "COP"), protesters("Bangladesh"), "Bangladesh", "Dhaka", "Dhaka", "2024-07-18", 17, "Police fired live rounds at student protesters demanding an end to job quotas in Dhaka on Thursday.", injuries=100))
R("efp-03", "2022-10-01", "Security forces shot at worshippers who gathered to protest after Friday prayers in Zahedan, killing dozens, rights groups said. The city in Sistan and Baluchestan province was placed under heavy security.",
  ev("EFP", A("Military Forces of Iran (1979-)", "IRN", "MIL"), protesters("Iran"), "Iran", "Sistan and Baluchestan", "Zahedan", "2022-09-30", 12, "Security forces shot at worshippers who gathered to protest after Friday prayers in Zahedan, killing dozens, rights groups said."))
R("efp-04", "2024-11-08", "Mozambican police killed three people when they fired on a crowd protesting disputed election results in Maputo on Thursday, a rights group said. Several others were wounded by bullets.",
  ev("EFP", A("Police Forces of Mozambique (1975-)", "MOZ", "COP"), protesters("Mozambique"), "Mozambique", "Maputo City", "Maputo", "2024-11-07", 3, "Mozambican police killed three people when they fired on a crowd protesting disputed election results in Maputo on Thursday, a rights group said."))
R("efp-05", "2025-07-08", "Police shot dead eight people as crowds marked the anniversary of last year's protests in several towns around Nairobi on Monday, the national rights commission said.",
  ev("EFP", KEN_POL, protesters("Kenya"), "Kenya", "Nairobi", "Nairobi", "2025-07-07", 8, "Police shot dead eight people as crowds marked the anniversary of last year's protests in several towns around Nairobi on Monday, the national rights commission said."))

# ---- Protests: Protest with intervention ----
R("pwi-01", "2024-12-01", "Riot police used water cannon and pepper spray to disperse thousands of pro-EU demonstrators outside parliament in Tbilisi overnight into Sunday. Dozens of people were detained.",
  ev("PWI", A("Police Forces of Georgia (2012-)", "GEO", "COP"), protesters("Georgia"), "Georgia", "Tbilisi", "Tbilisi", "2024-12-01", 0, "Riot police used water cannon and pepper spray to disperse thousands of pro-EU demonstrators outside parliament in Tbilisi overnight into Sunday."))
R("pwi-02", "2025-03-21", "Turkish police fired tear gas and rubber bullets at students protesting the detention of Istanbul's mayor near city hall on Thursday evening and detained 53 people.",
  ev("PWI", TUR_POL, protesters("Turkey"), "Turkey", "Istanbul", "Istanbul - Fatih", "2025-03-20", 0, "Turkish police fired tear gas and rubber bullets at students protesting the detention of Istanbul's mayor near city hall on Thursday evening and detained 53 people."))
R("pwi-03", "2024-08-02", "Police in Abuja fired tear gas at hundreds of people protesting the high cost of living on Thursday and arrested several of them. The protest had been peaceful, organisers said.",
  ev("PWI", NGA_POL, protesters("Nigeria"), "Nigeria", "Federal Capital Territory", "Abuja", "2024-08-01", 0, "Police in Abuja fired tear gas at hundreds of people protesting the high cost of living on Thursday and arrested several of them."))
R("pwi-04", "2024-09-08", "Israeli police pushed back demonstrators calling for a hostage deal on Ayalon highway in Tel Aviv on Saturday night, using mounted officers and water cannon. Seven protesters were arrested.",
  ev("PWI", ISR_POL, protesters("Israel"), "Israel", "Tel Aviv", "Tel Aviv-Yafo", "2024-09-07", 0, "Israeli police pushed back demonstrators calling for a hostage deal on Ayalon highway in Tel Aviv on Saturday night, using mounted officers and water cannon."))
R("pwi-05", "2024-02-17", "Police in Moscow detained people who came to lay flowers for Alexei Navalny at a memorial to victims of political repression on Friday evening, a monitoring group said.",
  ev("PWI", RUS_POL, protesters("Russia"), "Russia", "Moscow", "Moscow", "2024-02-16", 0, "Police in Moscow detained people who came to lay flowers for Alexei Navalny at a memorial to victims of political repression on Friday evening, a monitoring group said."))

# ---- Protests: Peaceful protest ----
R("pp-01", "2024-09-01", "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to bring home the hostages held in Gaza. The demonstration passed without incident.",
  ev("PP", protesters("Israel"), None, "Israel", "Tel Aviv", "Tel Aviv-Yafo", "2024-08-31", 0, "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to bring home the hostages held in Gaza."))
R("pp-02", "2025-07-23", "Hundreds of young people gathered near the presidential office in Kyiv on Tuesday evening to protest a law curbing the independence of anti-corruption agencies. They chanted slogans and held cardboard signs.",
  ev("PP", protesters("Ukraine"), None, "Ukraine", "Kyiv City", "Kyiv", "2025-07-22", 0, "Hundreds of young people gathered near the presidential office in Kyiv on Tuesday evening to protest a law curbing the independence of anti-corruption agencies."))
R("pp-03", "2024-09-21", "Supporters of the Houthis staged a mass rally in Sanaa's Sabeen Square on Friday in solidarity with Gaza and Lebanon, waving flags and chanting slogans.",
  ev("PP", protesters("Yemen"), None, "Yemen", "Amanat al Asimah", "Sanaa", "2024-09-20", 0, "Supporters of the Houthis staged a mass rally in Sanaa's Sabeen Square on Friday in solidarity with Gaza and Lebanon, waving flags and chanting slogans."))
R("pp-04", "2024-10-03", "Retirees marched to Congress in Buenos Aires on Wednesday to protest the president's veto of a pension increase. The march ended peacefully in the evening.",
  ev("PP", protesters("Argentina"), None, "Argentina", "Ciudad Autonoma de Buenos Aires", "Buenos Aires", "2024-10-02", 0, "Retirees marched to Congress in Buenos Aires on Wednesday to protest the president's veto of a pension increase."))
R("pp-05", "2024-02-14", "Thousands of farmers held a sit-in at the Shambhu border point in Punjab on Tuesday to press for guaranteed crop prices, blocking one side of the highway.",
  ev("PP", protesters("India"), None, "India", "Punjab", "Shambhu", "2024-02-13", 0, "Thousands of farmers held a sit-in at the Shambhu border point in Punjab on Tuesday to press for guaranteed crop prices, blocking one side of the highway."))
R("pp-06", "2025-05-16", "Teachers from across Colombia marched through central Bogota on Thursday demanding better health coverage. Organisers said the march was peaceful.",
  ev("PP", protesters("Colombia"), None, "Colombia", "Bogota D.C.", "Bogota", "2025-05-15", 0, "Teachers from across Colombia marched through central Bogota on Thursday demanding better health coverage."))

# ---- Riots: Violent demonstration ----
R("vd-01", "2024-06-26", "Protesters set part of Kenya's parliament building on fire on Tuesday after breaking through police lines in Nairobi. They also burned tyres and hurled stones at officers.",
  ev("VD", rioters("Kenya"), KEN_POL, "Kenya", "Nairobi", "Nairobi", "2024-06-25", 0, "Protesters set part of Kenya's parliament building on fire on Tuesday after breaking through police lines in Nairobi."))
R("vd-02", "2024-11-14", "Demonstrators in Maputo erected barricades, burned tyres and threw rocks at police vehicles on Wednesday as anger over the election results grew. Shops stayed shut.",
  ev("VD", rioters("Mozambique"), A("Police Forces of Mozambique (1975-)", "MOZ", "COP"), "Mozambique", "Maputo City", "Maputo", "2024-11-13", 0, "Demonstrators in Maputo erected barricades, burned tyres and threw rocks at police vehicles on Wednesday as anger over the election results grew."))
R("vd-03", "2024-11-17", "Angry crowds torched the houses of three legislators in Imphal on Saturday after the bodies of six people abducted by militants were found. Authorities imposed a curfew.",
  ev("VD", rioters("India"), None, "India", "Manipur", "Imphal", "2024-11-16", 0, "Angry crowds torched the houses of three legislators in Imphal on Saturday after the bodies of six people abducted by militants were found."))
R("vd-04", "2024-03-01", "Demonstrators blocked streets in Port-au-Prince with burning tyres on Thursday and pelted police with stones, demanding the resignation of the prime minister.",
  ev("VD", rioters("Haiti"), HTI_POL, "Haiti", "Ouest", "Port-au-Prince", "2024-02-29", 0, "Demonstrators blocked streets in Port-au-Prince with burning tyres on Thursday and pelted police with stones, demanding the resignation of the prime minister."))
R("vd-05", "2024-08-02", "Protesters in Kano set a government building ablaze and looted warehouses on Thursday, police said, as cost-of-living demonstrations turned violent. Police fired tear gas to disperse them.",
  ev("VD", rioters("Nigeria"), NGA_POL, "Nigeria", "Kano", "Kano", "2024-08-01", 0, "Protesters in Kano set a government building ablaze and looted warehouses on Thursday, police said, as cost-of-living demonstrations turned violent."))

# ---- Riots: Mob violence ----
R("mv-01", "2024-06-22", "A mob in Sokoto state beat a man to death and set his body on fire on Thursday after accusing him of blasphemy, police said.",
  ev("MV", rioters("Nigeria"), civ("Nigeria"), "Nigeria", "Sokoto", "Sokoto", "2024-06-20", 1, "A mob in Sokoto state beat a man to death and set his body on fire on Thursday after accusing him of blasphemy, police said."))
R("mv-02", "2023-04-25", "Residents of Canape-Vert in Port-au-Prince lynched and burned more than a dozen suspected gang members on Monday after police stopped their minibus, witnesses said.",
  ev("MV", rioters("Haiti"), A("Unidentified Gang (Haiti)", "HTI", "CRM"), "Haiti", "Ouest", "Port-au-Prince - Canape-Vert", "2023-04-24", 13, "Residents of Canape-Vert in Port-au-Prince lynched and burned more than a dozen suspected gang members on Monday after police stopped their minibus, witnesses said."))
R("mv-03", "2023-08-17", "A crowd attacked churches and Christian homes in Jaranwala in Pakistan's Punjab province on Wednesday, setting several buildings on fire after blasphemy allegations spread.",
  ev("MV", rioters("Pakistan"), civ("Pakistan"), "Pakistan", "Punjab", "Jaranwala", "2023-08-16", 0, "A crowd attacked churches and Christian homes in Jaranwala in Pakistan's Punjab province on Wednesday, setting several buildings on fire after blasphemy allegations spread."))
R("mv-04", "2024-08-30", "Villagers in the Mexican state of Puebla beat two men suspected of kidnapping and set them alight on Thursday before police arrived. Both men died.",
  ev("MV", rioters("Mexico"), civ("Mexico"), "Mexico", "Puebla", "Puebla", "2024-08-29", 2, "Villagers in the Mexican state of Puebla beat two men suspected of kidnapping and set them alight on Thursday before police arrived."))
R("mv-05", "2024-09-27", "An angry crowd attacked a police station in Uvira, South Kivu, on Thursday after officers were accused of killing a moto-taxi driver. Two officers were injured.",
  ev("MV", rioters("Democratic Republic of Congo"), A("Police Forces of Democratic Republic of Congo (2019-)", "COD", "COP"), "Democratic Republic of Congo", "South Kivu", "Uvira", "2024-09-26", 0, "An angry crowd attacked a police station in Uvira, South Kivu, on Thursday after officers were accused of killing a moto-taxi driver.", injuries=2))

# ---- Explosions/Remote violence: Chemical weapon ----
R("cw-01", "2017-04-05", "A sarin attack on the rebel-held town of Khan Shaykhun in Idlib province killed dozens of civilians on Tuesday morning, doctors said. Witnesses said government warplanes dropped the munitions.",
  ev("CW", SYR_OLD, civ("Syria"), "Syria", "Idleb", "Khan Shaykhun", "2017-04-04", 12, "A sarin attack on the rebel-held town of Khan Shaykhun in Idlib province killed dozens of civilians on Tuesday morning, doctors said."))
R("cw-02", "2013-08-22", "Rockets carrying sarin struck several suburbs of eastern Ghouta near Damascus before dawn on Wednesday, killing hundreds of people, according to medical workers.",
  ev("CW", SYR_OLD, civ("Syria"), "Syria", "Rural Damascus", "Zamalka", "2013-08-21", 100, "Rockets carrying sarin struck several suburbs of eastern Ghouta near Damascus before dawn on Wednesday, killing hundreds of people, according to medical workers."))
R("cw-03", "2015-08-22", "Islamic State fighters fired mortar shells filled with sulfur mustard into the town of Marea north of Aleppo on Friday, wounding dozens of residents, an aid group said.",
  ev("CW", IS_SYR, civ("Syria"), "Syria", "Aleppo", "Marea", "2015-08-21", 0, "Islamic State fighters fired mortar shells filled with sulfur mustard into the town of Marea north of Aleppo on Friday, wounding dozens of residents, an aid group said.", injuries=12))
R("cw-04", "2017-03-31", "Inspectors later confirmed that sarin was used in an attack on Lataminah in northern Hama on Thursday, in which about 16 people were injured.",
  ev("CW", SYR_OLD, civ("Syria"), "Syria", "Hama", "Lataminah", "2017-03-30", 0, "Inspectors later confirmed that sarin was used in an attack on Lataminah in northern Hama on Thursday, in which about 16 people were injured.", injuries=16))
R("cw-05", "2016-03-10", "Islamic State militants shelled the Iraqi town of Taza, south of Kirkuk, with rockets carrying mustard agent on Tuesday, killing a three-year-old girl and injuring hundreds, local officials said.",
  ev("CW", A("Islamic State (Iraq)", "IRQ", "REB"), civ("Iraq"), "Iraq", "Kirkuk", "Taza", "2016-03-08", 1, "Islamic State militants shelled the Iraqi town of Taza, south of Kirkuk, with rockets carrying mustard agent on Tuesday, killing a three-year-old girl and injuring hundreds, local officials said.", injuries=100))

# ---- Explosions/Remote violence: Air/drone strike ----
R("ads-01", "2024-11-18", "Russian drones hit an apartment block in Kharkiv overnight, killing two residents and injuring 15, the regional governor said on Monday.",
  ev("ADS", RUS, civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", "2024-11-18", 2, "Russian drones hit an apartment block in Kharkiv overnight, killing two residents and injuring 15, the regional governor said on Monday.", injuries=15))
R("ads-02", "2024-11-17", "Ukrainian drones struck an oil depot in Russia's Oryol region on Saturday, setting fuel tanks ablaze, the regional governor said. No one was hurt.",
  ev("ADS", UKR, None, "Russia", "Oryol", "Oryol", "2024-11-16", 0, "Ukrainian drones struck an oil depot in Russia's Oryol region on Saturday, setting fuel tanks ablaze, the regional governor said."))
R("ads-03", "2024-07-14", "An Israeli airstrike hit a tent camp in al-Mawasi west of Khan Younis on Saturday, killing at least 90 Palestinians, according to Gaza's health ministry. The Israeli military said it had targeted a Hamas commander.",
  ev("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Khan Yunis - Al Mawasi", "2024-07-13", 90, "An Israeli airstrike hit a tent camp in al-Mawasi west of Khan Younis on Saturday, killing at least 90 Palestinians, according to Gaza's health ministry."))
R("ads-04", "2025-04-18", "US warplanes struck the Ras Isa fuel port in Yemen's Hodeidah province on Thursday night, the Houthis said, killing dozens of workers.",
  ev("ADS", USA, HOUTHI, "Yemen", "Al Hudaydah", "Ras Isa", "2025-04-17", 12, "US warplanes struck the Ras Isa fuel port in Yemen's Hodeidah province on Thursday night, the Houthis said, killing dozens of workers."))
R("ads-05", "2025-05-05", "Drones launched by the Rapid Support Forces struck Port Sudan's airport and a fuel depot on Sunday, the first attack on the wartime seat of government. There were no reported casualties.",
  ev("ADS", RSF, None, "Sudan", "Red Sea", "Port Sudan", "2025-05-04", 0, "Drones launched by the Rapid Support Forces struck Port Sudan's airport and a fuel depot on Sunday, the first attack on the wartime seat of government."))
R("ads-06", "2024-05-30", "A military jet bombed the village of Byian Phyu in Sagaing region on Wednesday, killing seven villagers including two children, a local resistance group said.",
  ev("ADS", MMR, civ("Myanmar"), "Myanmar", "Sagaing", "Byian Phyu", "2024-05-29", 7, "A military jet bombed the village of Byian Phyu in Sagaing region on Wednesday, killing seven villagers including two children, a local resistance group said."))
R("ads-07", "2024-10-25", "Turkish drones struck fuel facilities and a checkpoint of the Syrian Democratic Forces near Qamishli on Thursday, a day after a deadly attack in Ankara. The SDF said two of its members were killed.",
  ev("ADS", TUR, SDF, "Syria", "Al Hasakeh", "Qamishli", "2024-10-24", 2, "Turkish drones struck fuel facilities and a checkpoint of the Syrian Democratic Forces near Qamishli on Thursday, a day after a deadly attack in Ankara."))

# ---- Explosions/Remote violence: Suicide bomb ----
R("sb-01", "2024-11-10", "A suicide bomber blew himself up at the railway station in Quetta on Saturday morning as soldiers waited for a train, killing at least 26 people. The Balochistan Liberation Army claimed the attack.",
  ev("SB", BLA, PAK, "Pakistan", "Balochistan", "Quetta", "2024-11-09", 26, "A suicide bomber blew himself up at the railway station in Quetta on Saturday morning as soldiers waited for a train, killing at least 26 people."))
R("sb-02", "2024-08-03", "An al-Shabaab suicide bomber detonated explosives at a beachfront restaurant at Lido beach in Mogadishu on Friday evening, killing 32 people, police said.",
  ev("SB", SHABAAB, civ("Somalia"), "Somalia", "Banadir", "Mogadishu - Lido", "2024-08-02", 32, "An al-Shabaab suicide bomber detonated explosives at a beachfront restaurant at Lido beach in Mogadishu on Friday evening, killing 32 people, police said."))
R("sb-03", "2024-06-30", "Female suicide bombers struck a wedding and a hospital in Gwoza in Borno state on Saturday, killing at least 18 people, emergency officials said. Boko Haram was blamed.",
  ev("SB", BOKO, civ("Nigeria"), "Nigeria", "Borno", "Gwoza", "2024-06-29", 18, "Female suicide bombers struck a wedding and a hospital in Gwoza in Borno state on Saturday, killing at least 18 people, emergency officials said."))
R("sb-04", "2024-12-12", "A suicide attack at the refugee ministry in Kabul on Wednesday killed the Taliban's minister for refugees and several others. Islamic State Khorasan Province said it was responsible.",
  ev("SB", A("Islamic State Khorasan Province", "AFG", "REB"), A("Government of Afghanistan (2021-)", "AFG", "GOV"), "Afghanistan", "Kabul", "Kabul", "2024-12-11", 4, "A suicide attack at the refugee ministry in Kabul on Wednesday killed the Taliban's minister for refugees and several others."))
R("sb-05", "2025-06-23", "A suicide bomber opened fire and then detonated an explosive vest inside the Mar Elias church in Damascus during Sunday mass, killing 25 worshippers. Authorities blamed the Islamic State group.",
  ev("SB", IS_SYR, civ("Syria"), "Syria", "Damascus", "Damascus - Dweila", "2025-06-22", 26, "A suicide bomber opened fire and then detonated an explosive vest inside the Mar Elias church in Damascus during Sunday mass, killing 25 worshippers."))

# ---- Explosions/Remote violence: Shelling/artillery/missile attack ----
R("sh-01", "2024-07-09", "A Russian missile struck the Okhmatdyt children's hospital in Kyiv on Monday during a daytime barrage, killing two adults, officials said. Dozens more died elsewhere in the city.",
  ev("SH", RUS, civ("Ukraine"), "Ukraine", "Kyiv City", "Kyiv", "2024-07-08", 2, "A Russian missile struck the Okhmatdyt children's hospital in Kyiv on Monday during a daytime barrage, killing two adults, officials said."))
R("sh-02", "2024-12-31", "Ukrainian shelling hit a residential street in Belgorod on Monday, killing a woman and wounding four people, the Belgorod governor said on Telegram.",
  ev("SH", UKR, civ("Russia"), "Russia", "Belgorod", "Belgorod", "2024-12-30", 1, "Ukrainian shelling hit a residential street in Belgorod on Monday, killing a woman and wounding four people, the Belgorod governor said on Telegram.", injuries=4))
R("sh-03", "2024-09-26", "Hezbollah fired dozens of rockets at Kiryat Shmona and other towns in northern Israel on Wednesday, damaging houses. The Israeli military said no one was hurt.",
  ev("SH", HEZ, None, "Israel", "HaZafon", "Kiryat Shmona", "2024-09-25", 0, "Hezbollah fired dozens of rockets at Kiryat Shmona and other towns in northern Israel on Wednesday, damaging houses."))
R("sh-04", "2024-06-15", "RSF artillery shells landed on a crowded market in Omdurman on Friday, killing nine civilians, local volunteers said.",
  ev("SH", RSF, civ("Sudan"), "Sudan", "Khartoum", "Omdurman", "2024-06-14", 9, "RSF artillery shells landed on a crowded market in Omdurman on Friday, killing nine civilians, local volunteers said."))
R("sh-05", "2025-05-08", "Pakistani artillery fire hit homes in Poonch district in Indian-administered Kashmir on Wednesday, killing 12 civilians, Indian officials said.",
  ev("SH", PAK, civ("India"), "India", "Jammu and Kashmir", "Poonch", "2025-05-07", 12, "Pakistani artillery fire hit homes in Poonch district in Indian-administered Kashmir on Wednesday, killing 12 civilians, Indian officials said."))
R("sh-06", "2024-05-04", "Mortar bombs fell on two camps for displaced people on the outskirts of Goma on Friday, killing at least 12 people, the army said, blaming M23 rebels.",
  ev("SH", M23, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Goma - Mugunga", "2024-05-03", 12, "Mortar bombs fell on two camps for displaced people on the outskirts of Goma on Friday, killing at least 12 people, the army said, blaming M23 rebels."))
R("sh-07", "2024-02-10", "Al-Shabaab fighters fired mortar shells toward the presidential palace area in Mogadishu on Friday night; one shell hit a house, wounding three people.",
  ev("SH", SHABAAB, civ("Somalia"), "Somalia", "Banadir", "Mogadishu", "2024-02-09", 0, "Al-Shabaab fighters fired mortar shells toward the presidential palace area in Mogadishu on Friday night; one shell hit a house, wounding three people.", injuries=3))

# ---- Explosions/Remote violence: Remote explosive/landmine/IED ----
R("ied-01", "2024-05-21", "An explosive device went off outside a police station in Morales, Cauca, on Monday, wounding two officers, police said. They blamed FARC dissidents.",
  ev("IED", FARC, COL_POL, "Colombia", "Cauca", "Morales", "2024-05-20", 0, "An explosive device went off outside a police station in Morales, Cauca, on Monday, wounding two officers, police said.", injuries=2))
R("ied-02", "2025-02-04", "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij on Monday, killing 20 people, mostly women, the Syrian civil defence said.",
  ev("IED", uag("Syria"), civ("Syria"), "Syria", "Aleppo", "Manbij", "2025-02-03", 20, "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij on Monday, killing 20 people, mostly women, the Syrian civil defence said."))
R("ied-03", "2024-04-16", "A farmer was killed when his tractor hit an anti-tank mine in a field near Balakliia in the Kharkiv region on Monday, the regional police said.",
  ev("IED", None, civ("Ukraine"), "Ukraine", "Kharkiv", "Balakliia", "2024-04-15", 1, "A farmer was killed when his tractor hit an anti-tank mine in a field near Balakliia in the Kharkiv region on Monday, the regional police said."))
R("ied-04", "2025-01-07", "Maoist rebels blew up a vehicle carrying security personnel with an improvised explosive device in Bijapur district on Monday, killing eight police commandos and their driver.",
  ev("IED", MAOIST, IND_POL, "India", "Chhattisgarh", "Bijapur", "2025-01-06", 9, "Maoist rebels blew up a vehicle carrying security personnel with an improvised explosive device in Bijapur district on Monday, killing eight police commandos and their driver."))
R("ied-05", "2024-10-15", "A roadside bomb struck a Malian army convoy between Gao and Ansongo on Monday, killing four soldiers. Local sources attributed the attack to JNIM.",
  ev("IED", JNIM, MLI, "Mali", "Gao", "Ansongo", "2024-10-14", 4, "A roadside bomb struck a Malian army convoy between Gao and Ansongo on Monday, killing four soldiers."))
R("ied-06", "2024-11-02", "A remote-controlled bomb targeting a police van exploded near a school in Mastung, Balochistan, on Friday, killing five children and a policeman.",
  ev("IED", uag("Pakistan"), PAK_POL, "Pakistan", "Balochistan", "Mastung", "2024-11-01", 6, "A remote-controlled bomb targeting a police van exploded near a school in Mastung, Balochistan, on Friday, killing five children and a policeman."))

# ---- Explosions/Remote violence: Grenade ----
R("gr-01", "2024-11-04", "Militants hurled a grenade at a crowded Sunday market in Srinagar, wounding 12 shoppers, police said. Security forces cordoned off the area.",
  ev("GR", uag("India"), civ("India"), "India", "Jammu and Kashmir", "Srinagar", "2024-11-03", 0, "Militants hurled a grenade at a crowded Sunday market in Srinagar, wounding 12 shoppers, police said.", injuries=12))
R("gr-02", "2024-04-10", "Two men on a motorcycle threw a grenade at a police post in Jamundi, near Cali, on Tuesday night, injuring one officer. Police said the ELN was suspected.",
  ev("GR", uag("Colombia"), COL_POL, "Colombia", "Valle del Cauca", "Jamundi", "2024-04-09", 0, "Two men on a motorcycle threw a grenade at a police post in Jamundi, near Cali, on Tuesday night, injuring one officer.", injuries=1))
R("gr-03", "2024-01-22", "Gang members tossed a grenade into a house in the Guasmo district of Guayaquil on Sunday, killing a woman and injuring her two sons, police said.",
  ev("GR", A("Unidentified Gang (Ecuador)", "ECU", "CRM"), A("Civilians (Ecuador)", "ECU", "CVL"), "Ecuador", "Guayas", "Guayaquil - Guasmo", "2024-01-21", 1, "Gang members tossed a grenade into a house in the Guasmo district of Guayaquil on Sunday, killing a woman and injuring her two sons, police said.", injuries=2))
R("gr-04", "2024-01-10", "A hand grenade exploded outside an apartment building in a Stockholm suburb on Tuesday night, shattering windows. Police linked it to a feud between criminal networks; no one was hurt.",
  ev("GR", A("Unidentified Gang (Sweden)", "SWE", "CRM"), None, "Sweden", "Stockholm", "Stockholm", "2024-01-09", 0, "A hand grenade exploded outside an apartment building in a Stockholm suburb on Tuesday night, shattering windows."))
R("gr-05", "2024-03-13", "Unknown attackers threw a grenade at a wedding party in a village in Maguindanao del Sur on Tuesday, wounding nine guests, the provincial police said.",
  ev("GR", A("Unidentified Armed Group (Philippines)", "PHL", "UAF"), A("Civilians (Philippines)", "PHL", "CVL"), "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Datu Piang", "2024-03-12", 0, "Unknown attackers threw a grenade at a wedding party in a village in Maguindanao del Sur on Tuesday, wounding nine guests, the provincial police said.", injuries=9))

# ---- Violence against civilians: Sexual violence ----
W = {c: A(f"Women ({c})", ISO[c], "CVL") for c in ISO}
R("sv-01", "2024-10-28", "RSF fighters raped several women during a raid on the village of Al-Sireha in Gezira state on Friday, survivors told a local rights group.",
  ev("SV", RSF, civ("Sudan"), "Sudan", "Al Jazirah", "Al-Sireha", "2024-10-25", 0, "RSF fighters raped several women during a raid on the village of Al-Sireha in Gezira state on Friday, survivors told a local rights group.", assoc2=[W["Sudan"]]))
R("sv-02", "2024-03-08", "Armed men raped four women collecting firewood near a displacement camp outside Goma on Wednesday, a medical charity said.",
  ev("SV", uag("Democratic Republic of Congo"), civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Goma - Bulengo", "2024-03-06", 0, "Armed men raped four women collecting firewood near a displacement camp outside Goma on Wednesday, a medical charity said.", assoc2=[W["Democratic Republic of Congo"]]))
R("sv-03", "2024-05-16", "Gang members sexually assaulted a group of women in the Solino neighbourhood of Port-au-Prince on Tuesday after attacking their homes, a women's organisation said.",
  ev("SV", VIV, civ("Haiti"), "Haiti", "Ouest", "Port-au-Prince - Solino", "2024-05-14", 0, "Gang members sexually assaulted a group of women in the Solino neighbourhood of Port-au-Prince on Tuesday after attacking their homes, a women's organisation said.", assoc2=[W["Haiti"]]))
R("sv-04", "2024-07-10", "Soldiers raped three women near Bentiu in Unity State on Monday after stopping them at a checkpoint, the UN mission said.",
  ev("SV", A("Military Forces of South Sudan (2011-)", "SSD", "MIL"), civ("South Sudan"), "South Sudan", "Unity", "Bentiu", "2024-07-08", 0, "Soldiers raped three women near Bentiu in Unity State on Monday after stopping them at a checkpoint, the UN mission said.", assoc2=[W["South Sudan"]]))
R("sv-05", "2024-02-22", "Federal soldiers raped a teenage girl in a village near Lalibela in the Amhara region on Sunday, her family said.",
  ev("SV", ETH, civ("Ethiopia"), "Ethiopia", "Amhara", "Lalibela", "2024-02-18", 0, "Federal soldiers raped a teenage girl in a village near Lalibela in the Amhara region on Sunday, her family said.", assoc2=[W["Ethiopia"]]))

# ---- Violence against civilians: Attack ----
R("att-01", "2024-06-05", "Gunmen on motorcycles stormed the village of Gidan Boka in Zamfara state on Tuesday and shot dead 15 villagers, residents said.",
  ev("ATT", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Zamfara", "Gidan Boka", "2024-06-04", 15, "Gunmen on motorcycles stormed the village of Gidan Boka in Zamfara state on Tuesday and shot dead 15 villagers, residents said."))
R("att-02", "2024-08-26", "JNIM militants attacked residents who were digging defensive trenches around Barsalogho in Burkina Faso on Saturday, killing hundreds of people, according to local sources.",
  ev("ATT", JNIM, civ("Burkina Faso"), "Burkina Faso", "Centre-Nord", "Barsalogho", "2024-08-24", 100, "JNIM militants attacked residents who were digging defensive trenches around Barsalogho in Burkina Faso on Saturday, killing hundreds of people, according to local sources."))
R("att-03", "2024-06-09", "ADF rebels killed 40 villagers with machetes and guns in Masala in Beni territory on Friday night, a local civil society leader said.",
  ev("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Masala", "2024-06-07", 40, "ADF rebels killed 40 villagers with machetes and guns in Masala in Beni territory on Friday night, a local civil society leader said."))
R("att-04", "2024-12-09", "Gunmen burst into a house in Salamanca, Guanajuato, on Sunday and killed a family of five, state prosecutors said.",
  ev("ATT", uag("Mexico"), civ("Mexico"), "Mexico", "Guanajuato", "Salamanca", "2024-12-08", 5, "Gunmen burst into a house in Salamanca, Guanajuato, on Sunday and killed a family of five, state prosecutors said."))
R("att-05", "2024-08-16", "Dozens of Israeli settlers attacked the West Bank village of Jit on Thursday evening, setting homes and cars on fire and killing a 23-year-old man, the Palestinian health ministry said.",
  ev("ATT", A("Settlers (Israel)", "ISR", "CVL"), civ("Palestine"), "Palestine", "West Bank", "Jit", "2024-08-15", 1, "Dozens of Israeli settlers attacked the West Bank village of Jit on Thursday evening, setting homes and cars on fire and killing a 23-year-old man, the Palestinian health ministry said."))
R("att-06", "2024-12-10", "Gang members killed at least 180 people in the Wharf Jeremie area of Cite Soleil over the weekend, accusing them of witchcraft, a human rights group said.",
  ev("ATT", VIV, civ("Haiti"), "Haiti", "Ouest", "Cite Soleil", "2024-12-07", 180, "Gang members killed at least 180 people in the Wharf Jeremie area of Cite Soleil over the weekend, accusing them of witchcraft, a human rights group said.", tp=2))
R("att-07", "2024-09-11", "Russian soldiers shot dead a man riding a bicycle in the village of Dniprovske in the occupied part of Kherson region on Tuesday, Ukrainian prosecutors said.",
  ev("ATT", RUS, civ("Ukraine"), "Ukraine", "Kherson", "Dniprovske", "2024-09-10", 1, "Russian soldiers shot dead a man riding a bicycle in the village of Dniprovske in the occupied part of Kherson region on Tuesday, Ukrainian prosecutors said."))

# ---- Violence against civilians: Abduction/forced disappearance ----
R("abd-01", "2024-03-08", "Gunmen kidnapped more than 280 pupils and teachers from a school in Kuriga, Kaduna state, on Thursday morning, residents said.",
  ev("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kaduna", "Kuriga", "2024-03-07", 0, "Gunmen kidnapped more than 280 pupils and teachers from a school in Kuriga, Kaduna state, on Thursday morning, residents said."))
R("abd-02", "2023-07-29", "Armed men abducted an American nurse and her daughter from a missionary compound near Port-au-Prince on Thursday, the organisation said.",
  ev("ABD", A("Unidentified Gang (Haiti)", "HTI", "CRM"), civ("Haiti"), "Haiti", "Ouest", "Port-au-Prince", "2023-07-27", 0, "Armed men abducted an American nurse and her daughter from a missionary compound near Port-au-Prince on Thursday, the organisation said."))
R("abd-03", "2023-10-30", "ELN guerrillas kidnapped the father of footballer Luis Diaz in Barrancas, La Guajira, on Saturday, the government said.",
  ev("ABD", ELN, civ("Colombia"), "Colombia", "La Guajira", "Barrancas", "2023-10-28", 0, "ELN guerrillas kidnapped the father of footballer Luis Diaz in Barrancas, La Guajira, on Saturday, the government said."))
R("abd-04", "2024-09-03", "JNIM fighters stopped a bus near Bandiagara in Mali's Mopti region on Sunday and took away 12 passengers, local officials said.",
  ev("ABD", JNIM, civ("Mali"), "Mali", "Mopti", "Bandiagara", "2024-09-01", 0, "JNIM fighters stopped a bus near Bandiagara in Mali's Mopti region on Sunday and took away 12 passengers, local officials said."))
R("abd-05", "2025-03-23", "Men in plain clothes picked up a Baloch rights activist from her home in Quetta early on Saturday and her whereabouts remain unknown, her family said, blaming the security agencies.",
  ev("ABD", PAK, civ("Pakistan"), "Pakistan", "Balochistan", "Quetta", "2025-03-22", 0, "Men in plain clothes picked up a Baloch rights activist from her home in Quetta early on Saturday and her whereabouts remain unknown, her family said, blaming the security agencies."))
R("abd-06", "2024-05-29", "Russian forces detained two local council workers in occupied Nova Kakhovka on Monday and have not disclosed where they are held, Ukraine's ombudsman said.",
  ev("ABD", RUS, civ("Ukraine"), "Ukraine", "Kherson", "Nova Kakhovka", "2024-05-27", 0, "Russian forces detained two local council workers in occupied Nova Kakhovka on Monday and have not disclosed where they are held, Ukraine's ombudsman said."))

# ---- Strategic developments: Agreement ----
R("agr-01", "2025-01-01", "Russia and Ukraine exchanged 150 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, both governments said.",
  ev("AGR", RUS_GOV, UKR_GOV, "Ukraine", None, None, "2024-12-31", 0, "Russia and Ukraine exchanged 150 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, both governments said."))
R("agr-02", "2025-01-16", "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza that includes the phased release of hostages and Palestinian prisoners, mediators in Qatar announced.",
  ev("AGR", A("Government of Israel (2022-)", "ISR", "GOV"), HAMAS, "Palestine", "Gaza Strip", "Gaza City", "2025-01-15", 0, "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza that includes the phased release of hostages and Palestinian prisoners, mediators in Qatar announced.", tp=1))
R("agr-03", "2024-02-05", "About 60 fighters of a local militia surrendered with their weapons to the army in Masisi territory on Sunday, the provincial governor's office said.",
  ev("AGR", uag("Democratic Republic of Congo"), COD, "Democratic Republic of Congo", "North Kivu", "Masisi", "2024-02-04", 0, "About 60 fighters of a local militia surrendered with their weapons to the army in Masisi territory on Sunday, the provincial governor's office said."))
R("agr-04", "2024-02-09", "The ELN released two kidnapped police officers to a humanitarian commission in rural Arauca on Thursday, the church officials who took part said.",
  ev("AGR", ELN, COL_POL, "Colombia", "Arauca", "Arauca", "2024-02-08", 0, "The ELN released two kidnapped police officers to a humanitarian commission in rural Arauca on Thursday, the church officials who took part said."))
R("agr-05", "2025-01-23", "The Houthis freed the 25 crew members of the cargo ship Galaxy Leader on Wednesday and handed them to Omani mediators in Sanaa, more than a year after seizing the vessel.",
  ev("AGR", HOUTHI, None, "Yemen", "Amanat al Asimah", "Sanaa", "2025-01-22", 0, "The Houthis freed the 25 crew members of the cargo ship Galaxy Leader on Wednesday and handed them to Omani mediators in Sanaa, more than a year after seizing the vessel."))

# ---- Strategic developments: Arrests ----
R("arr-01", "2024-10-22", "The FSB detained a resident of Kursk on Monday on suspicion of passing the locations of Russian troops to Ukrainian intelligence, the agency said.",
  ev("ARR", RUS_POL, civ("Russia"), "Russia", "Kursk", "Kursk", "2024-10-21", 0, "The FSB detained a resident of Kursk on Monday on suspicion of passing the locations of Russian troops to Ukrainian intelligence, the agency said."))
R("arr-02", "2024-07-17", "Ukraine's SBU arrested a man in Kharkiv on Tuesday who it said was guiding Russian missile strikes on the city's power plants.",
  ev("ARR", UKR_POL, civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", "2024-07-16", 0, "Ukraine's SBU arrested a man in Kharkiv on Tuesday who it said was guiding Russian missile strikes on the city's power plants."))
R("arr-03", "2025-03-19", "Turkish police detained Istanbul mayor Ekrem Imamoglu at his home on Wednesday morning as part of a corruption investigation, state media said.",
  ev("ARR", TUR_POL, A("Government of Turkey (2002-)", "TUR", "GOV"), "Turkey", "Istanbul", "Istanbul", "2025-03-19", 0, "Turkish police detained Istanbul mayor Ekrem Imamoglu at his home on Wednesday morning as part of a corruption investigation, state media said."))
R("arr-04", "2023-05-09", "Paramilitary Rangers arrested former prime minister Imran Khan at the Islamabad High Court on Tuesday, dragging him into an armoured vehicle.",
  ev("ARR", A("Military Forces of Pakistan (2022-2024)", "PAK", "MIL"), A("PTI: Pakistan Tehreek-i-Insaf", "PAK", "PTY"), "Pakistan", "Islamabad Capital Territory", "Islamabad", "2023-05-09", 0, "Paramilitary Rangers arrested former prime minister Imran Khan at the Islamabad High Court on Tuesday, dragging him into an armoured vehicle."))
R("arr-05", "2024-08-29", "Israeli forces arrested 25 Palestinians in overnight raids across Jenin and Tulkarm, the Palestinian Prisoners' Society said on Thursday.",
  ev("ARR", ISR, civ("Palestine"), "Palestine", "West Bank", "Jenin", "2024-08-29", 0, "Israeli forces arrested 25 Palestinians in overnight raids across Jenin and Tulkarm, the Palestinian Prisoners' Society said on Thursday."))

# ---- Strategic developments: Change to group/activity ----
R("chg-01", "2024-11-05", "About 10,000 North Korean soldiers have moved into Russia's Kursk region, where they are being integrated into Russian units, US officials said on Monday.",
  ev("CHG", PRK, None, "Russia", "Kursk", "Kursk", "2024-11-04", 0, "About 10,000 North Korean soldiers have moved into Russia's Kursk region, where they are being integrated into Russian units, US officials said on Monday."))
R("chg-02", "2025-06-07", "The Wagner Group said on Friday it was leaving Mali after completing its mission, and Russia's Africa Corps took over its positions in Bamako.",
  ev("CHG", A("Wagner Group", "RUS", "UAF"), None, "Mali", "Bamako", "Bamako", "2025-06-06", 0, "The Wagner Group said on Friday it was leaving Mali after completing its mission, and Russia's Africa Corps took over its positions in Bamako."))
R("chg-03", "2024-06-26", "A first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational mission against the gangs.",
  ev("CHG", A("Police Forces of Kenya (2022-)", "KEN", "COP"), None, "Haiti", "Ouest", "Port-au-Prince", "2024-06-25", 0, "A first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational mission against the gangs."))
R("chg-04", "2024-10-21", "Abu Aqla Keikel, a senior RSF commander in Gezira state, defected to the Sudanese army on Sunday with some of his fighters, the army said.",
  ev("CHG", RSF, SDN, "Sudan", "Al Jazirah", "Wad Madani", "2024-10-20", 0, "Abu Aqla Keikel, a senior RSF commander in Gezira state, defected to the Sudanese army on Sunday with some of his fighters, the army said."))
R("chg-05", "2024-04-09", "Myanmar's military began calling up young men for service under its conscription law in Yangon on Monday, residents said, with the first batch told to report to training camps.",
  ev("CHG", MMR, None, "Myanmar", "Yangon", "Yangon", "2024-04-08", 0, "Myanmar's military began calling up young men for service under its conscription law in Yangon on Monday, residents said, with the first batch told to report to training camps."))

# ---- Strategic developments: Disrupted weapons use ----
R("dwu-01", "2024-11-18", "Ukrainian air defences shot down 39 of 60 Russian drones launched overnight, most of them over Kyiv region, the air force said on Monday.",
  ev("DWU", UKR, RUS, "Ukraine", "Kyiv", "Kyiv", "2024-11-18", 0, "Ukrainian air defences shot down 39 of 60 Russian drones launched overnight, most of them over Kyiv region, the air force said on Monday."))
R("dwu-02", "2024-12-22", "Israel's military said it intercepted a ballistic missile fired from Yemen over central Israel early on Sunday; sirens sounded in Tel Aviv.",
  ev("DWU", ISR, HOUTHI, "Israel", "Tel Aviv", "Tel Aviv-Yafo", "2024-12-22", 0, "Israel's military said it intercepted a ballistic missile fired from Yemen over central Israel early on Sunday; sirens sounded in Tel Aviv."))
R("dwu-03", "2024-03-19", "Police bomb disposal experts defused an improvised explosive device found near a checkpoint in Mogadishu's Hodan district on Monday.",
  ev("DWU", A("Police Forces of Somalia (2022-)", "SOM", "COP"), None, "Somalia", "Banadir", "Mogadishu - Hodan", "2024-03-18", 0, "Police bomb disposal experts defused an improvised explosive device found near a checkpoint in Mogadishu's Hodan district on Monday."))
R("dwu-04", "2024-09-14", "Colombian soldiers seized an arms cache belonging to the ELN, including 40 homemade mortar rounds, in rural Saravena, Arauca, on Friday.",
  ev("DWU", COL, ELN, "Colombia", "Arauca", "Saravena", "2024-09-13", 0, "Colombian soldiers seized an arms cache belonging to the ELN, including 40 homemade mortar rounds, in rural Saravena, Arauca, on Friday."))
R("dwu-05", "2024-08-20", "Russian air defence forces destroyed 11 Ukrainian drones over the Belgorod and Kursk regions overnight, Russia's defence ministry said on Tuesday.",
  ev("DWU", RUS, UKR, "Russia", "Belgorod", "Belgorod", "2024-08-20", 0, "Russian air defence forces destroyed 11 Ukrainian drones over the Belgorod and Kursk regions overnight, Russia's defence ministry said on Tuesday."))

# ---- Strategic developments: Headquarters or base established ----
R("hq-01", "2024-07-03", "JNIM fighters have set up a permanent camp in the forest near Fada N'Gourma in eastern Burkina Faso, from which they collect taxes from villagers, residents said on Tuesday.",
  ev("HQ", JNIM, None, "Burkina Faso", "Est", "Fada N'Gourma", "2024-06-15", 0, "JNIM fighters have set up a permanent camp in the forest near Fada N'Gourma in eastern Burkina Faso, from which they collect taxes from villagers, residents said on Tuesday.", tp=3))
R("hq-02", "2024-04-13", "Russian military instructors from the Africa Corps arrived in Niamey on Wednesday and set up a base at the airport, where Niger's army hosts them, state television said.",
  ev("HQ", A("Military Forces of Russia (2000-) Africa Corps", "RUS", "MIL"), None, "Niger", "Niamey", "Niamey", "2024-04-10", 0, "Russian military instructors from the Africa Corps arrived in Niamey on Wednesday and set up a base at the airport, where Niger's army hosts them, state television said."))
R("hq-03", "2025-02-06", "M23 rebels installed their own governor and administration headquarters in Goma's provincial government building on Wednesday, a week after taking the city.",
  ev("HQ", M23, None, "Democratic Republic of Congo", "North Kivu", "Goma", "2025-02-05", 0, "M23 rebels installed their own governor and administration headquarters in Goma's provincial government building on Wednesday, a week after taking the city."))
R("hq-04", "2024-12-20", "Islamic State fighters have established a base in the Cal Miskaad mountains of Puntland's Bari region, where they train foreign recruits, Puntland officials said this month.",
  ev("HQ", A("Islamic State (Somalia)", "SOM", "REB"), None, "Somalia", "Bari", "Cal Miskaad", "2024-12-15", 0, "Islamic State fighters have established a base in the Cal Miskaad mountains of Puntland's Bari region, where they train foreign recruits, Puntland officials said this month.", tp=3))
R("hq-05", "2024-12-17", "Israeli troops set up new military positions inside the buffer zone in Syria's Quneitra province on Monday, residents said, after Syrian army units abandoned the area.",
  ev("HQ", ISR, None, "Syria", "Quneitra", "Quneitra", "2024-12-16", 0, "Israeli troops set up new military positions inside the buffer zone in Syria's Quneitra province on Monday, residents said, after Syrian army units abandoned the area."))

# ---- Strategic developments: Looting/property destruction ----
R("loot-01", "2024-10-30", "RSF fighters looted homes, shops and grain stores in the village of Al-Hilaliya in Gezira state on Monday after residents fled, witnesses said.",
  ev("LOOT", RSF, civ("Sudan"), "Sudan", "Al Jazirah", "Al-Hilaliya", "2024-10-28", 0, "RSF fighters looted homes, shops and grain stores in the village of Al-Hilaliya in Gezira state on Monday after residents fled, witnesses said."))
R("loot-02", "2024-03-12", "Gangs ransacked pharmacies and a hospital warehouse in downtown Port-au-Prince on Monday, carrying away medicines and equipment, health officials said.",
  ev("LOOT", VIV, None, "Haiti", "Ouest", "Port-au-Prince", "2024-03-11", 0, "Gangs ransacked pharmacies and a hospital warehouse in downtown Port-au-Prince on Monday, carrying away medicines and equipment, health officials said."))
R("loot-03", "2025-02-18", "Israeli bulldozers demolished at least 12 houses in the Jenin refugee camp on Monday, the camp's popular committee said.",
  ev("LOOT", ISR, civ("Palestine"), "Palestine", "West Bank", "Jenin Camp", "2025-02-17", 0, "Israeli bulldozers demolished at least 12 houses in the Jenin refugee camp on Monday, the camp's popular committee said."))
R("loot-04", "2024-06-11", "Junta soldiers burned around 200 houses in the village of Kyauk Aing in Sagaing region on Sunday, after residents had fled ahead of their arrival.",
  ev("LOOT", MMR, civ("Myanmar"), "Myanmar", "Sagaing", "Kyauk Aing", "2024-06-09", 0, "Junta soldiers burned around 200 houses in the village of Kyauk Aing in Sagaing region on Sunday, after residents had fled ahead of their arrival."))
R("loot-05", "2024-07-12", "Soldiers looted a food warehouse run by an aid agency in Juba on Thursday night, the agency said, taking sacks of sorghum and cooking oil.",
  ev("LOOT", A("Military Forces of South Sudan (2011-)", "SSD", "MIL"), None, "South Sudan", "Central Equatoria", "Juba", "2024-07-11", 0, "Soldiers looted a food warehouse run by an aid agency in Juba on Thursday night, the agency said, taking sacks of sorghum and cooking oil."))

# ---- Strategic developments: Non-violent transfer of territory ----
R("nvt-01", "2022-11-12", "Ukrainian troops entered Kherson city on Friday without a fight after Russian forces completed their withdrawal across the Dnipro river.",
  ev("NVT", UKR, None, "Ukraine", "Kherson", "Kherson", "2022-11-11", 0, "Ukrainian troops entered Kherson city on Friday without a fight after Russian forces completed their withdrawal across the Dnipro river."))
R("nvt-02", "2024-12-07", "The Syrian Democratic Forces took over Deir ez-Zor city on Friday after government troops and allied militias pulled out, a war monitor said.",
  ev("NVT", SDF, None, "Syria", "Deir-ez-Zor", "Deir ez Zor", "2024-12-06", 0, "The Syrian Democratic Forces took over Deir ez-Zor city on Friday after government troops and allied militias pulled out, a war monitor said."))
R("nvt-03", "2025-04-23", "The MNDAA handed the city of Lashio back to Myanmar's military on Tuesday under a deal brokered by China, and junta officials entered the city.",
  ev("NVT", MMR, MNDAA, "Myanmar", "Shan-North", "Lashio", "2025-04-22", 0, "The MNDAA handed the city of Lashio back to Myanmar's military on Tuesday under a deal brokered by China, and junta officials entered the city."))
R("nvt-04", "2023-10-16", "UN peacekeepers handed over their camp in Ber, near Timbuktu, to the Malian army on Friday as the mission withdrew from the country.",
  ev("NVT", MLI, A("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", "UNO", "IGO"), "Mali", "Tombouctou", "Ber", "2023-10-13", 0, "UN peacekeepers handed over their camp in Ber, near Timbuktu, to the Malian army on Friday as the mission withdrew from the country."))
R("nvt-05", "2023-10-03", "Azerbaijani police and troops entered Khankendi, known to Armenians as Stepanakert, on Monday after the local ethnic Armenian forces disbanded.",
  ev("NVT", A("Military Forces of Azerbaijan (2003-)", "AZE", "MIL"), None, "Azerbaijan", "Khankendi", "Khankendi", "2023-10-02", 0, "Azerbaijani police and troops entered Khankendi, known to Armenians as Stepanakert, on Monday after the local ethnic Armenian forces disbanded."))

# ---- Strategic developments: Other ----
R("oth-01", "2023-07-27", "Soldiers from Niger's presidential guard detained President Mohamed Bazoum inside the palace in Niamey on Wednesday and announced on television that they had seized power.",
  ev("OTH", A("Military Forces of Niger (2021-2023) Presidential Guard", "NER", "MIL"), A("Government of Niger (2021-2023)", "NER", "GOV"), "Niger", "Niamey", "Niamey", "2023-07-26", 0, "Soldiers from Niger's presidential guard detained President Mohamed Bazoum inside the palace in Niamey on Wednesday and announced on television that they had seized power."))
R("oth-02", "2022-09-16", "Ukrainian investigators found a mass grave with more than 440 bodies in a forest near Izium on Thursday, days after Russian forces left the town.",
  ev("OTH", UKR_POL, None, "Ukraine", "Kharkiv", "Izium", "2022-09-15", 0, "Ukrainian investigators found a mass grave with more than 440 bodies in a forest near Izium on Thursday, days after Russian forces left the town."))
R("oth-03", "2023-08-30", "Military officers in Gabon announced on state television on Wednesday that they had taken power and placed President Ali Bongo under house arrest in Libreville. No shots were reported.",
  ev("OTH", A("Military Forces of Gabon (2009-2023)", "GAB", "MIL"), A("Government of Gabon (2009-2023)", "GAB", "GOV"), "Gabon", "Estuaire", "Libreville", "2023-08-30", 0, "Military officers in Gabon announced on state television on Wednesday that they had taken power and placed President Ali Bongo under house arrest in Libreville."))
R("oth-04", "2025-03-07", "Volunteers searching for missing relatives found a ranch in Teuchitlan, Jalisco, with crematory ovens and hundreds of shoes on Wednesday, prosecutors said.",
  ev("OTH", uag("Mexico"), None, "Mexico", "Jalisco", "Teuchitlan", "2025-03-05", 0, "Volunteers searching for missing relatives found a ranch in Teuchitlan, Jalisco, with crematory ovens and hundreds of shoes on Wednesday, prosecutors said."))
R("oth-05", "2024-05-20", "Tens of thousands of Rohingya fled Buthidaung in Rakhine state over the weekend after fighting between the army and the Arakan Army reached the town, the UN said on Monday.",
  ev("OTH", civ("Myanmar"), None, "Myanmar", "Rakhine", "Buthidaung", "2024-05-18", 0, "Tens of thousands of Rohingya fled Buthidaung in Rakhine state over the weekend after fighting between the army and the Arakan Army reached the town, the UN said on Monday.", tp=2))

# ---- Reports with two events (different actor pairs: separate ACLED events) ----
R("multi-01", "2024-12-14", "Russian missiles struck an energy facility in Lviv region on Friday, cutting power to thousands, the governor said. Ukrainian air defences shot down 80 of the 93 missiles, most of them over Kyiv region, the air force said.",
  ev("SH", RUS, None, "Ukraine", "Lviv", "Lviv", "2024-12-13", 0, "Russian missiles struck an energy facility in Lviv region on Friday, cutting power to thousands, the governor said."),
  ev("DWU", UKR, RUS, "Ukraine", "Kyiv", "Kyiv", "2024-12-13", 0, "Ukrainian air defences shot down 80 of the 93 missiles, most of them over Kyiv region, the air force said.", tp=1))
R("multi-02", "2024-07-31", "Police in Nairobi fired tear gas at protesters marching toward the city centre on Tuesday and arrested 20 of them. In Mombasa, demonstrators marched peacefully to the county offices.",
  ev("PWI", KEN_POL, protesters("Kenya"), "Kenya", "Nairobi", "Nairobi", "2024-07-30", 0, "Police in Nairobi fired tear gas at protesters marching toward the city centre on Tuesday and arrested 20 of them."),
  ev("PP", protesters("Kenya"), None, "Kenya", "Mombasa", "Mombasa", "2024-07-30", 0, "In Mombasa, demonstrators marched peacefully to the county offices."))

# ---- Negative reports: no ACLED event (statements, accusations, plans, hypotheticals, denials, history) ----
NEG = [
    ("neg-01", "2024-11-17", "President Volodymyr Zelenskyy accused Russia on Saturday of preparing a new offensive in the south and said Moscow was moving reserves toward Zaporizhzhia."),
    ("neg-02", "2024-08-12", "The Kremlin denied on Sunday that its troops had shelled a hospital in Sumy, calling the Ukrainian report a provocation."),
    ("neg-03", "2024-06-28", "The United Nations warned that famine could spread across Darfur within weeks if aid convoys are not allowed through."),
    ("neg-04", "2024-09-18", "Israel's defence minister said the army would expand its operations in Lebanon if rocket fire on the north does not stop."),
    ("neg-05", "2025-02-20", "Analysts said M23 rebels might try to push south toward Uvira in the coming weeks, although there was no sign of an advance yet."),
    ("neg-06", "2024-10-10", "Nigeria's army plans to deploy additional battalions to Zamfara state next month, a spokesman said on Wednesday."),
    ("neg-07", "2024-04-07", "Rwanda began a week of commemorations on Sunday marking thirty years since the 1994 genocide, in which more than 800,000 people were killed."),
    ("neg-08", "2024-05-02", "A court in Moscow sentenced a theatre director to six years in prison on Monday over a play it said justified terrorism."),
    ("neg-09", "2024-12-16", "The European Union adopted a new package of sanctions on Monday targeting ships that carry Russian oil."),
    ("neg-10", "2025-05-09", "Talks between the warring parties are scheduled to begin next week in Jeddah, Saudi and US mediators said."),
    ("neg-11", "2024-07-03", "A Hamas official said the group would not agree to any deal that did not include a full Israeli withdrawal from Gaza."),
    ("neg-12", "2024-03-19", "Pakistan's foreign ministry denied that its aircraft had carried out strikes inside Afghanistan, contradicting statements by Taliban officials."),
    ("neg-13", "2025-01-20", "If the ceasefire collapses, fighting could quickly resume in southern Lebanon, a UN envoy cautioned in an interview."),
    ("neg-14", "2024-06-04", "Electoral authorities confirmed on Monday that Claudia Sheinbaum had won Mexico's presidential election by a wide margin."),
    ("neg-15", "2024-08-22", "Ukraine's grain exports rose by a fifth in the first half of the year despite attacks on ports, the agriculture ministry said."),
    ("neg-16", "2024-10-30", "In an interview, a Ukrainian brigade commander said cheap drones had changed the way both armies fight along the front."),
    ("neg-17", "2025-03-31", "Three years after Russian troops withdrew from Bucha, residents gathered memories of the killings there in 2022 for a new book."),
    ("neg-18", "2024-11-12", "Haiti's transitional council appointed a new prime minister on Monday, replacing Garry Conille after months of disputes."),
    ("neg-19", "2024-05-11", "US and Omani officials met representatives of the Houthis in Muscat to discuss shipping in the Red Sea, diplomats said."),
    ("neg-20", "2024-08-05", "Forecasters expect heavy rains to worsen conditions in camps for displaced people in eastern Chad in the coming weeks."),
    ("neg-21", "2024-03-10", "The Nigerian army said it had no information about reports that soldiers had detained villagers in Borno, and promised to investigate."),
    ("neg-22", "2024-07-25", "Ukraine's foreign minister called on allies to send more air defence systems before winter, saying Russia was stockpiling missiles."),
    ("neg-23", "2024-09-05", "India's government rejected a UN report alleging abuses by security forces in Kashmir, calling it biased."),
    ("neg-24", "2025-01-21", "Colombia's president said the ELN would face military action if it did not stop its attacks in Catatumbo."),
    ("neg-25", "2024-10-14", "The UN Security Council is due to vote on Tuesday on extending the peacekeeping mission in South Sudan."),
    ("neg-26", "2024-09-13", "The Kremlin warned that allowing Ukraine to use Western long-range missiles inside Russia would mean NATO was at war with Russia."),
    ("neg-27", "2024-02-24", "Two years ago, Russian tanks crossed into Ukraine from Belarus and advanced toward Kyiv, an anniversary marked quietly in the capital."),
    ("neg-28", "2024-06-13", "Myanmar's junta said it would hold elections next year, a plan opposition groups dismissed as a sham."),
    ("neg-29", "2025-04-02", "Sudan's army chief vowed to keep fighting until the Rapid Support Forces were defeated, in a speech to officers."),
    ("neg-30", "2024-12-03", "Human rights groups said the number of civilians killed in Sahel attacks this year could exceed last year's toll."),
]
for rid, published, text in NEG:
    R(rid, published, text)


# ---- Batch 2 (round 3): longer reports with elaborating, habitual, denied and background sentences, written before
# the events stage was run on them. They are split on their own (see splits) so batch 1 keeps its assignment.
MLI_WAGNER = A("Wagner Group", "RUS", "MIL")
KEN_PROT = protesters("Kenya")
R("b2-01", "2024-07-03", "Russian forces shelled the town of Nikopol in the Dnipropetrovsk region on Tuesday, killing two men and wounding four, the regional governor said. The shelling damaged a school and several houses. Officials said the town has been shelled almost daily since 2022.",
  ev("SH", RUS, civ("Ukraine"), "Ukraine", "Dnipropetrovsk", "Nikopol", "2024-07-02", 2, "Russian forces shelled the town of Nikopol in the Dnipropetrovsk region on Tuesday, killing two men and wounding four, the regional governor said.", injuries=4))
R("b2-02", "2024-06-06", "Gunmen from the Rapid Support Forces attacked the village of Wad al-Nourah in Gezira state on Wednesday, killing at least 35 villagers, local activists said. The RSF denied that its fighters had targeted civilians.",
  ev("ATT", RSF, civ("Sudan"), "Sudan", "Al Jazirah", "Wad al-Nourah", "2024-06-05", 35, "Gunmen from the Rapid Support Forces attacked the village of Wad al-Nourah in Gezira state on Wednesday, killing at least 35 villagers, local activists said."))
R("b2-03", "2024-03-08", "Bandits abducted 20 students from a school in Kuriga in Kaduna state on Thursday, police said. Kidnappings for ransom are common in northwest Nigeria.",
  ev("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kaduna", "Kuriga", "2024-03-07", 0, "Bandits abducted 20 students from a school in Kuriga in Kaduna state on Thursday, police said."))
R("b2-04", "2024-08-03", "An al-Shabaab suicide bomber blew himself up at a beachfront restaurant in Mogadishu on Friday evening, killing at least 9 people, police said. The group frequently attacks hotels and restaurants in the capital.",
  ev("SB", SHABAAB, civ("Somalia"), "Somalia", "Banadir", "Mogadishu", "2024-08-02", 9, "An al-Shabaab suicide bomber blew himself up at a beachfront restaurant in Mogadishu on Friday evening, killing at least 9 people, police said."))
R("b2-05", "2024-06-26", "Thousands of demonstrators marched through Nairobi on Tuesday against a proposed finance bill, chanting and waving flags. The march ended peacefully outside parliament, organisers said.",
  ev("PP", KEN_PROT, None, "Kenya", "Nairobi", "Nairobi", "2024-06-25", 0, "Thousands of demonstrators marched through Nairobi on Tuesday against a proposed finance bill, chanting and waving flags."))
R("b2-06", "2024-07-09", "A roadside bomb struck a police vehicle in Bajaur district of Khyber Pakhtunkhwa on Monday, killing five policemen, officials said. No group claimed responsibility for the blast.",
  ev("IED", None, PAK_POL, "Pakistan", "Khyber Pakhtunkhwa", "Bajaur", "2024-07-08", 5, "A roadside bomb struck a police vehicle in Bajaur district of Khyber Pakhtunkhwa on Monday, killing five policemen, officials said."))
R("b2-07", "2024-10-17", "Israeli warplanes struck a building in the southern Lebanese town of Nabatieh on Wednesday, killing four people, Lebanon's health ministry said. Israel's military said it had hit a Hezbollah weapons depot.",
  ev("ADS", ISR, civ("Lebanon"), "Lebanon", "Nabatiye", "Nabatieh", "2024-10-16", 4, "Israeli warplanes struck a building in the southern Lebanese town of Nabatieh on Wednesday, killing four people, Lebanon's health ministry said."))
R("b2-08", "2024-09-15", "Myanmar's military detained a prominent opposition politician at his home in Yangon on Saturday, his party said.",
  ev("ARR", MMR, civ("Myanmar"), "Myanmar", "Yangon", "Yangon", "2024-09-14", 0, "Myanmar's military detained a prominent opposition politician at his home in Yangon on Saturday, his party said."))
R("b2-09", "2025-02-10", "M23 rebels and Congolese troops fought for several hours near Sake in North Kivu on Sunday, a UN source said. Thousands of civilians fled toward Goma.",
  ev("AC", M23, COD, "Democratic Republic of Congo", "North Kivu", "Sake", "2025-02-09", 0, "M23 rebels and Congolese troops fought for several hours near Sake in North Kivu on Sunday, a UN source said."))
R("b2-10", "2024-06-22", "Russia's defence ministry said on Thursday that Ukraine had been planning a drone attack on Moscow, without giving evidence.")
R("b2-11", "2024-02-22", "Unions said protests are expected across Argentina next week against the government's labour reform.")
R("b2-12", "2024-12-29", "Yemen's Houthis threatened on Saturday to attack ships belonging to any company that deals with Israeli ports.")
R("b2-13", "2024-11-19", "The UN human rights office accused Ethiopian forces of killing civilians in Amhara over the past year, in a report published on Monday.")
R("b2-14", "2024-12-10", "Ukraine's president called for more long-range missiles on Sunday, saying strikes on Russian airfields would save lives.")
R("b2-15", "2025-01-08", "Gunmen shot dead a mayoral candidate during a campaign rally in Guerrero state on Tuesday, prosecutors said.",
  ev("ATT", uag("Mexico"), civ("Mexico"), "Mexico", "Guerrero", "Guerrero", "2025-01-07", 1, "Gunmen shot dead a mayoral candidate during a campaign rally in Guerrero state on Tuesday, prosecutors said."))
R("b2-16", "2024-02-22", "Police used batons and tear gas to break up a protest by farmers at the Shambhu border crossing in Punjab on Wednesday. Several farmers were injured.",
  ev("PWI", protesters("India"), IND_POL, "India", "Punjab", "Shambhu", "2024-02-21", 0, "Police used batons and tear gas to break up a protest by farmers at the Shambhu border crossing in Punjab on Wednesday."))
R("b2-17", "2024-12-29", "Turkish drones struck a car near Kobani in Aleppo province on Saturday, killing two SDF fighters, the group said. Turkey's defence ministry said it had neutralised terrorists in northern Syria.",
  ev("ADS", TUR, SDF, "Syria", "Aleppo", "Kobani", "2024-12-28", 2, "Turkish drones struck a car near Kobani in Aleppo province on Saturday, killing two SDF fighters, the group said."))
R("b2-18", "2024-11-19", "Viv Ansanm gang members looted and burned homes in the Solino neighbourhood of Port-au-Prince on Monday, forcing hundreds of residents to flee.",
  ev("LOOT", VIV, civ("Haiti"), "Haiti", "Ouest", "Port-au-Prince", "2024-11-18", 0, "Viv Ansanm gang members looted and burned homes in the Solino neighbourhood of Port-au-Prince on Monday, forcing hundreds of residents to flee."))
R("b2-19", "2024-12-10", "Ukraine's air force said it shot down 30 Russian drones over the Kyiv region on Sunday. Debris damaged two houses.",
  ev("DWU", UKR, RUS, "Ukraine", "Kyiv", "Kyiv", "2024-12-08", 0, "Ukraine's air force said it shot down 30 Russian drones over the Kyiv region on Sunday."))
R("b2-20", "2024-06-12", "Iraqi officials marked the tenth anniversary of the Speicher massacre, in which Islamic State militants killed hundreds of air force cadets in 2014.")
R("b2-21", "2025-01-08", "US warplanes carried out strikes on Houthi targets in Hodeidah on Tuesday, the Houthi-run Al Masirah TV said, reporting three dead. The United States has struck the group repeatedly since January.",
  ev("ADS", USA, HOUTHI, "Yemen", "Al Hudaydah", "Hodeidah", "2025-01-07", 3, "US warplanes carried out strikes on Houthi targets in Hodeidah on Tuesday, the Houthi-run Al Masirah TV said, reporting three dead."))
R("b2-22", "2023-08-05", "Colombia's government and the ELN signed a six-month ceasefire agreement on Friday, mediators said.",
  ev("AGR", A("Government of Colombia (2022-)", "COL", "GOV"), ELN, "Colombia", None, "Bogota", "2023-08-04", 0, "Colombia's government and the ELN signed a six-month ceasefire agreement on Friday, mediators said."))
R("b2-23", "2025-05-22", "Malian soldiers and Wagner fighters executed at least 20 civilians in the village of Diafarabe in the Segou region on Tuesday, witnesses said. The army denied the accusations.",
  ev("ATT", MLI, civ("Mali"), "Mali", "Segou", "Diafarabe", "2025-05-20", 20, "Malian soldiers and Wagner fighters executed at least 20 civilians in the village of Diafarabe in the Segou region on Tuesday, witnesses said."))
R("b2-24", "2024-08-12", "Palestinian health officials said 12 people were killed on Sunday when an Israeli strike hit a school sheltering displaced families in Gaza City. The Israeli military said it had targeted Hamas militants operating from the compound.",
  ev("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Gaza City", "2024-08-11", 12, "Palestinian health officials said 12 people were killed on Sunday when an Israeli strike hit a school sheltering displaced families in Gaza City."))


# ---- Batch 3 (round 5): longer reports from many conflicts and outlets' styles, with background, habitual and
# historical sentences, statements, claims, denials and plans around the event, and tricky negatives. Written from
# the codebook definitions before the events stage was run on any of them; all of batch 3 goes to dev (see splits).
ISO.update({"Indonesia": "IDN", "Serbia": "SRB", "Burundi": "BDI"})
YEM_MIL = A("Military Forces of Yemen (2022-)", "YEM", "MIL")
IRN = A("Military Forces of Iran (1979-)", "IRN", "MIL")
WAZALENDO = A("Wazalendo", "COD", "UAF")
SETTLERS = A("Settlers (Israel)", "ISR", "CVL")
ISMP = A("Islamic State Mozambique Province", "MOZ", "REB")
SDN_WOMEN = A("Women (Sudan)", "SDN", "CVL")
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def on(published, weekday):
    """The latest date on or before publication that falls on the weekday a report names ("on Tuesday")."""
    import datetime
    p = datetime.date.fromisoformat(published)
    return (p - datetime.timedelta(days=(p.weekday() - _DAYS.index(weekday)) % 7)).isoformat()


def B3(rid, published, sentences, *events):
    """A batch-3 report: its text is its sentences joined; each event names its evidence by sentence index."""
    text = " ".join(sentences)
    R(rid, published, text, *[e(sentences) for e in events])


def E(code, a1, a2, country, admin1, location, published, weekday, fatalities, sentence, tp=1, injuries=None, date=None):
    return lambda s: ev(code, a1, a2, country, admin1, location, date or on(published, weekday), fatalities, s[sentence], tp=tp, injuries=injuries)


P = "2024-10-14"
B3("b3-01", P, ["JNIM fighters attacked an army post outside Barsalogho in Burkina Faso's Centre-Nord region on Saturday, and soldiers fought them off after a two-hour gun battle, security sources told AFP.",
                "At least 15 soldiers and an unknown number of assailants were killed.",
                "In August, a JNIM attack on the same town killed hundreds of civilians who were digging trenches around it.",
                "The army has not commented on the latest assault."],
   E("AC", JNIM, BFA, "Burkina Faso", "Centre-Nord", "Barsalogho", P, "Saturday", 15, 0))
P = "2025-01-25"
B3("b3-02", P, ["The Rapid Support Forces shelled the Saudi Teaching Hospital in El Fasher on Friday, killing 19 patients and relatives, the World Health Organization said on Saturday.",
                "The hospital, the last functioning one in the city, has been hit repeatedly since the RSF laid siege to El Fasher in May.",
                "The WHO chief said attacks on health care must stop."],
   E("SH", RSF, civ("Sudan"), "Sudan", "North Darfur", "El Fasher", P, "Friday", 19, 0))
P = "2025-02-04"
B3("b3-03", P, ["Sudanese army warplanes bombed a busy market in Nyala, South Darfur, on Monday, killing at least 30 people and wounding dozens more, according to the Sudan Doctors Network.",
                "The army, which regularly carries out air raids on RSF-held cities in Darfur, said it had targeted RSF gatherings.",
                "The RSF vowed to retaliate."],
   E("ADS", SDN, civ("Sudan"), "Sudan", "South Darfur", "Nyala", P, "Monday", 30, 0, injuries=12))
P = "2025-07-12"
B3("b3-04", P, ["A Myanmar military aircraft dropped bombs on a monastery sheltering displaced people in Lin Ta Lu village, Sagaing region, early on Friday, killing 23 people including four children, a resistance spokesman and a local resident said.",
                "The junta did not respond to requests for comment.",
                "The military has stepped up air strikes since declaring a ceasefire after the March earthquake, according to monitors."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Sagaing", "Lin Ta Lu", P, "Friday", 23, 0))
P = "2024-12-24"
B3("b3-05", P, ["The Arakan Army said on Monday it had captured the headquarters of the Myanmar military's Western Command in Ann township, Rakhine state, after weeks of fighting.",
                "Junta troops had defended the base since the rebels launched their offensive in November last year.",
                "The AA now controls most of Rakhine's 17 townships."],
   E("NSO", AA, MMR, "Myanmar", "Rakhine", "Ann", P, "Monday", 0, 0))
P = "2025-06-26"
B3("b3-06", P, ["Gunmen killed 12 people at a street party in the city of Irapuato in Guanajuato state late on Wednesday, the municipal government said.",
                "It was not immediately clear who was behind the attack.",
                "Guanajuato, contested by the Santa Rosa de Lima and Jalisco New Generation cartels, has recorded more homicides than any other Mexican state for years."],
   E("ATT", uag("Mexico"), civ("Mexico"), "Mexico", "Guanajuato", "Irapuato", P, "Wednesday", 12, 0))
P = "2024-10-23"
B3("b3-07", P, ["Soldiers clashed with suspected members of the Sinaloa Cartel's Chapitos faction near Culiacan on Tuesday, leaving 19 gunmen dead, the defence ministry said.",
                "One soldier was wounded.",
                "Troops seized rifles, a machine gun and two armoured trucks after the shootout, the ministry added.",
                "Violence has gripped Sinaloa since the cartel split into warring factions in September."],
   E("AC", MEX, SINALOA, "Mexico", "Sinaloa", "Culiacan", P, "Tuesday", 19, 0))
P = "2024-09-18"
B3("b3-08", P, ["ELN guerrillas attacked a military base in Puerto Jordan, Arauca, with a truck loaded with explosives on Tuesday, killing two soldiers and wounding more than 20, the army said.",
                "President Gustavo Petro said the attack closed the door on peace talks with the group.",
                "The ELN has been fighting the Colombian state since 1964."],
   E("IED", ELN, COL, "Colombia", "Arauca", "Puerto Jordan", P, "Tuesday", 2, 0, injuries=20))
P = "2024-03-19"
B3("b3-09", P, ["FARC dissidents kidnapped the mayor of Suarez and two of his aides on a rural road in Cauca on Sunday, the governor's office said.",
                "Talks were under way for their release, it added.",
                "Kidnappings of local officials have risen in the south-west this year."],
   E("ABD", FARC, civ("Colombia"), "Colombia", "Cauca", "Suarez", P, "Sunday", 0, 0))
P = "2025-07-28"
B3("b3-10", P, ["Suspected ADF rebels killed at least 40 people with machetes and guns in an attack on a church in Komanda, Ituri province, during a night-time prayer vigil on Sunday, a local civil society leader said.",
                "Several houses and shops were burned.",
                "The Islamic State-linked group has killed thousands of civilians in eastern Congo over the past decade.",
                "The army said it was pursuing the attackers."],
   E("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Komanda", P, "Sunday", 40, 0))
P = "2025-08-16"
B3("b3-11", P, ["Fighting broke out between M23 rebels and Wazalendo militiamen around the village of Katale in Masisi territory, North Kivu, on Thursday, residents said, with heavy gunfire heard for several hours.",
                "At least seven fighters were killed.",
                "Both sides accused each other of violating the ceasefire signed in Doha."],
   E("AC", M23, WAZALENDO, "Democratic Republic of Congo", "North Kivu", "Katale", P, "Thursday", 7, 0))
P = "2025-05-01"
B3("b3-12", P, ["The Israeli military said it intercepted a missile launched from Yemen on Thursday morning, after sirens sounded in Jerusalem and across central Israel.",
                "There were no reports of injuries.",
                "The Houthis' military spokesman said the group had fired a hypersonic missile at Ben Gurion airport and would continue its operations until the war in Gaza ends."],
   E("DWU", ISR, HOUTHI, "Israel", "Jerusalem", "Jerusalem", P, "Thursday", 0, 0))
P = "2025-03-06"
B3("b3-13", P, ["Government forces repelled a Houthi attack on their positions in the Raghwan district of Marib province on Wednesday, killing 11 rebels, a military official told Xinhua.",
                "Four soldiers were also killed.",
                "The front lines around Marib have been largely frozen since a UN-brokered truce in 2022."],
   E("AC", YEM_MIL, HOUTHI, "Yemen", "Marib", "Raghwan", P, "Wednesday", 15, 0))
P = "2025-06-04"
B3("b3-14", P, ["Israeli troops opened fire on crowds of Palestinians waiting for food near an aid distribution site in Rafah on Tuesday, killing at least 27 people, Gaza's civil defence said.",
                "The Israeli military said soldiers had fired warning shots at suspects who approached them and that it was looking into reports of casualties.",
                "The Gaza Humanitarian Foundation, which runs the site, said there had been no incident at its facility."],
   E("ATT", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Rafah", P, "Tuesday", 27, 0))
P = "2025-05-17"
B3("b3-15", P, ["An Israeli air strike on a house in the Jabalia refugee camp in northern Gaza killed 11 members of one family overnight, medics said on Saturday.",
                "The strike came hours after Israel's military ordered residents of several northern neighbourhoods to leave ahead of what it called extensive operations."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Jabalia Camp", P, "Saturday", 11, 0))
P = "2025-06-26"
B3("b3-16", P, ["Israeli settlers set fire to homes and cars in the Palestinian village of Kafr Malik near Ramallah on Wednesday night and attacked residents with stones, wounding four, the Palestinian Red Crescent said.",
                "When Israeli soldiers arrived, they fired at Palestinians who confronted the settlers, killing three, according to the Palestinian health ministry.",
                "The Israeli military said troops had fired at people who threw rocks at them."],
   E("ATT", SETTLERS, civ("Palestine"), "Palestine", "West Bank", "Kafr Malik", P, "Wednesday", 0, 0, injuries=4),
   E("ATT", ISR, civ("Palestine"), "Palestine", "West Bank", "Kafr Malik", P, "Wednesday", 3, 1))
P = "2025-03-03"
B3("b3-17", P, ["Russian aircraft dropped guided aerial bombs on Zaporizhzhia on Sunday afternoon, killing one man and injuring 13 people, regional governor Ivan Fedorov said.",
                "Residential buildings and a kindergarten were damaged.",
                "Russia has intensified its use of glide bombs against frontline cities this year."],
   E("ADS", RUS, civ("Ukraine"), "Ukraine", "Zaporizhia", "Zaporizhzhia", P, "Sunday", 1, 0, injuries=13))
P = "2025-04-14"
B3("b3-18", P, ["Two Russian ballistic missiles hit the centre of Sumy on Sunday morning as people gathered for Palm Sunday, killing 34 people including two children and wounding 117, Ukrainian officials said.",
                "Russia's defence ministry said it had struck a meeting of Ukrainian commanders.",
                "President Volodymyr Zelenskyy called for a strong response from the world."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Sumy", "Sumy", P, "Sunday", 34, 0, injuries=117))
P = "2025-03-14"
B3("b3-19", P, ["Ukrainian drones attacked the Ryazan oil refinery overnight, sparking a fire, regional governor Pavel Malkov said on Friday.",
                "Falling debris injured one person.",
                "Russia's defence ministry said air defences destroyed 65 Ukrainian drones over several regions, including nine over Ryazan."],
   E("ADS", UKR, None, "Russia", "Ryazan", "Ryazan", P, "Friday", 0, 0, injuries=1),
   E("DWU", RUS, UKR, "Russia", "Ryazan", "Ryazan", P, "Friday", 0, 2))
P = "2025-03-14"
B3("b3-20", P, ["Russian troops recaptured the town of Sudzha in the Kursk region on Thursday, Russia's defence ministry said, after Ukrainian units pulled back under heavy fire.",
                "Ukraine's general staff did not confirm the loss but said its forces were moving to better positions.",
                "Ukraine seized Sudzha in August in a surprise cross-border incursion."],
   E("GRT", RUS, UKR, "Russia", "Kursk", "Sudzha", P, "Thursday", 0, 0))
P = "2024-12-22"
B3("b3-21", P, ["Militants stormed a security checkpoint in the Makeen area of South Waziristan on Saturday night, sparking a gunbattle in which 16 soldiers and eight attackers were killed, the military said.",
                "The Pakistani Taliban claimed responsibility.",
                "The army said a clearance operation was under way and that the perpetrators would be brought to justice."],
   E("AC", TTP, PAK, "Pakistan", "Khyber Pakhtunkhwa", "Makeen", P, "Saturday", 24, 0))
P = "2024-11-27"
B3("b3-22", P, ["Thousands of supporters of jailed former prime minister Imran Khan threw stones at police and set fire to a police vehicle as they marched toward Islamabad's D-Chowk on Tuesday, officials said.",
                "Police fired tear gas and arrested hundreds of them.",
                "Khan's party had called the march to demand his release."],
   E("VD", A("Rioters (Pakistan)", "PAK", "CVL"), PAK_POL, "Pakistan", "Islamabad Capital Territory", "Islamabad", P, "Tuesday", 0, 0))
P = "2025-04-01"
B3("b3-23", P, ["Gang members stormed the town of Mirebalais in Haiti's Centre department on Monday and overpowered the small police contingent after hours of gunfire, taking control of the town, the UN said.",
                "At least 10 people, including two police officers, were killed.",
                "The gangs also freed more than 500 inmates from the local prison, according to officials."],
   E("NSO", VIV, HTI_POL, "Haiti", "Centre", "Mirebalais", P, "Monday", 10, 0))
P = "2024-05-18"
B3("b3-24", P, ["A crowd in the Petion-Ville suburb of Port-au-Prince beat and burned to death three suspected gang members on Friday, local radio reported.",
                "Such vigilante killings, known as bwa kale, have become common since last year as residents take security into their own hands."],
   E("MV", A("Rioters (Haiti)", "HTI", "CVL"), civ("Haiti"), "Haiti", "Ouest", "Petion-Ville", P, "Friday", 3, 0))
P = "2025-02-10"
B3("b3-25", P, ["Armed bandits raided the village of Kakangi in Zamfara state late on Saturday, abducting at least 50 people, mostly women and children, and killing two residents who tried to resist, a local official said.",
                "Police confirmed the attack and said tactical teams had been sent to the area.",
                "Ransom kidnappings have surged across the northwest."],
   E("ATT", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Zamfara", "Kakangi", P, "Saturday", 2, 0))
P = "2025-01-14"
B3("b3-26", P, ["A landmine planted by suspected Boko Haram insurgents exploded under a passenger bus on the Damboa-Maiduguri road in Borno state on Monday, killing at least eight people, police said.",
                "The road had reopened to traffic only last month after years of insurgent attacks."],
   E("IED", BOKO, civ("Nigeria"), "Nigeria", "Borno", "Damboa", P, "Monday", 8, 0))
P = "2024-09-18"
B3("b3-27", P, ["JNIM militants attacked a gendarmerie training school and the military airport in Bamako at dawn on Tuesday, battling security forces for several hours, Mali's army said.",
                "Dozens of gendarmes were killed, according to security sources, though the army did not give a toll.",
                "JNIM said in a statement that its fighters had inflicted heavy losses and destroyed several aircraft."],
   E("AC", JNIM, MLI, "Mali", "Bamako", "Bamako", P, "Tuesday", 12, 0))
P = "2024-04-14"
B3("b3-28", P, ["Thousands of people marched in Niamey on Saturday to demand the departure of US troops from Niger, waving Russian and Nigerien flags.",
                "The rally, organised by civil society groups that back the junta, ended without incident."],
   E("PP", A("Protesters (Niger)", "NER", "CVL"), None, "Niger", "Niamey", "Niamey", P, "Saturday", 0, 0))
P = "2024-06-03"
B3("b3-29", P, ["Al-Shabaab fighters fired several mortar rounds at Mogadishu's airport compound on Sunday evening; one hit near the UN offices, wounding two staff members, police said.",
                "The group regularly targets the heavily fortified compound, which houses embassies and aid agencies."],
   E("SH", SHABAAB, None, "Somalia", "Banadir", "Mogadishu", P, "Sunday", 0, 0, injuries=2))
P = "2025-04-15"
B3("b3-30", P, ["Somali special forces, backed by US air strikes, killed 30 al-Shabaab fighters in a dawn raid on the militants' base near Adan Yabaal in Middle Shabelle on Monday, the information ministry said.",
                "Officials said the operation would continue until the area was cleared."],
   E("AC", SOM, SHABAAB, "Somalia", "Middle Shabelle", "Adan Yabaal", P, "Monday", 30, 0))
P = "2024-10-17"
B3("b3-31", P, ["An Ethiopian military drone hit a minibus on a road near Gondar on Wednesday, killing 11 passengers, residents and a health worker said.",
                "The government did not comment.",
                "Federal forces have been fighting Fano militias in the Amhara region since August 2023."],
   E("ADS", ETH, civ("Ethiopia"), "Ethiopia", "Amhara", "Gondar", P, "Wednesday", 11, 0))
P = "2025-08-29"
B3("b3-32", P, ["Protests over lawmakers' allowances in Jakarta turned deadly on Thursday night when a police armoured vehicle ran over a motorcycle taxi driver near parliament, killing him, witnesses said.",
                "Police had fired tear gas at the crowd earlier in the evening.",
                "The national police chief apologised on Friday and said seven officers were being questioned."],
   E("EFP", A("Police Forces of Indonesia (2024-)", "IDN", "COP"), A("Protesters (Indonesia)", "IDN", "CVL"), "Indonesia", "Jakarta", "Jakarta", P, "Thursday", 1, 0))
P = "2025-02-02"
B3("b3-33", P, ["Tens of thousands of students and their supporters rallied peacefully in Novi Sad on Saturday, three months after the collapse of a railway station canopy killed 15 people.",
                "Demonstrators blocked three bridges over the Danube for several hours, then dispersed."],
   E("PP", A("Protesters (Serbia)", "SRB", "CVL"), None, "Serbia", "Vojvodina", "Novi Sad", P, "Saturday", 0, 0))
P = "2025-02-07"
B3("b3-34", P, ["Police in Tbilisi detained opposition leader Nika Melia outside parliament on Thursday evening, his party said.",
                "The party said he had done nothing wrong and called the detention political revenge."],
   E("ARR", A("Police Forces of Georgia (2012-)", "GEO", "COP"), A("UNM: United National Movement", "GEO", "PTY"), "Georgia", "Tbilisi", "Tbilisi", P, "Thursday", 0, 0))
P = "2025-02-17"
B3("b3-35", P, ["Retreating Congolese soldiers looted shops and homes in the town of Kamanyola in South Kivu on Friday before fleeing south, residents said.",
                "Shots were fired into the air, but no one was hurt.",
                "M23 rebels entered Bukavu, the provincial capital, two days later."],
   E("LOOT", COD, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "South Kivu", "Kamanyola", P, "Friday", 0, 0))
P = "2025-05-13"
B3("b3-36", P, ["Hamas released Israeli-American hostage Edan Alexander to the Red Cross in Khan Younis on Monday, in what it called a gesture to the United States, the Israeli military said.",
                "He had been held in Gaza since the October 7 attack in 2023."],
   E("AGR", HAMAS, None, "Palestine", "Gaza Strip", "Khan Yunis", P, "Monday", 0, 0))
P = "2024-05-04"
B3("b3-37", P, ["Bomb disposal officers defused a seven-kilogram bomb planted near a mosque in Peshawar on Friday, police said, adding that a major tragedy had been averted.",
                "Last year, a suicide bombing at a police mosque in the city killed more than 80 people."],
   E("DWU", PAK_POL, None, "Pakistan", "Khyber Pakhtunkhwa", "Peshawar", P, "Friday", 0, 0))
P = "2024-06-25"
B3("b3-38", P, ["RSF fighters raped at least 20 women and girls during a raid on the village of Al-Sireha in Gezira state on Thursday, a women's rights group said on Monday.",
                "Survivors told the group that the attackers also looted homes.",
                "The RSF has repeatedly denied that its fighters commit sexual violence."],
   E("SV", RSF, civ("Sudan"), "Sudan", "Al Jazirah", "Al-Sireha", P, "Thursday", 0, 0))
P = "2024-09-02"
B3("b3-39", P, ["Islamic State insurgents have set up a camp in the Catupa forest in Macomia district of Cabo Delgado, from which they raid nearby villages for food, a local official said on Monday.",
                "Rwandan and Mozambican troops have carried out several operations in the area this year."],
   E("HQ", ISMP, None, "Mozambique", "Cabo Delgado", "Macomia", P, "Monday", 0, 0, tp=2))
P = "2025-02-25"
B3("b3-40", P, ["Syrian government forces took over the Tishrin dam on the Euphrates on Monday after SDF fighters withdrew under a deal between the two sides, a war monitor said.",
                "No fighting was reported.",
                "The dam had been the scene of weeks of clashes between the SDF and Turkish-backed factions."],
   E("NVT", SYR, SDF, "Syria", "Aleppo", "Tishrin Dam", P, "Monday", 0, 0))
P = "2025-01-27"
B3("b3-41", P, ["Civil defence teams uncovered a mass grave containing at least 21 bodies in the town of Najha south of Damascus on Sunday, state media reported.",
                "The bodies are believed to be those of detainees killed under the former government."],
   E("OTH", None, None, "Syria", "Rural Damascus", "Najha", P, "Sunday", 0, 0))
P = "2024-09-14"
B3("b3-42", P, ["Unidentified attackers threw a grenade into a crowded bar in the Ntahangwa commune of Bujumbura late on Friday, wounding seven people, police said.",
                "No one has claimed the attack."],
   E("GR", uag("Burundi"), civ("Burundi"), "Burundi", "Bujumbura Mairie", "Bujumbura", P, "Friday", 0, 0, injuries=7))
P = "2024-11-20"
B3("b3-43", P, ["A suicide bomber rammed an explosives-laden car into a joint checkpoint of the army and police in Bannu district on Tuesday evening, killing 12 soldiers and the attacker, the military said.",
                "Militants then opened fire on the post, but troops repulsed them."],
   E("SB", uag("Pakistan", "REB"), PAK, "Pakistan", "Khyber Pakhtunkhwa", "Bannu", P, "Tuesday", 13, 0))
P = "2025-03-18"
B3("b3-44", P, ["South Korea's Joint Chiefs of Staff said on Monday that North Korea had sent about 3,000 more troops to Russia in January and February, on top of the 11,000 it deployed last year.",
                "Pyongyang and Moscow have not confirmed the deployment."],
   E("CHG", PRK, None, "Russia", None, None, P, "Monday", 0, 0, tp=3, date="2025-02-15"))
P = "2025-07-21"
B3("b3-45", P, ["Clashes between Druze fighters and Bedouin tribal gunmen in Sweida province on Sunday killed at least 30 people, the Syrian Observatory for Human Rights said.",
                "Government forces are expected to deploy to the province to restore order, the interior ministry said."],
   E("AC", A("Druze Militia (Syria)", "SYR", "UAF"), A("Bedouin Ethnic Militia (Syria)", "SYR", "UAF"), "Syria", "As-Sweida", "As-Sweida", P, "Sunday", 30, 0))
P = "2025-07-02"
B3("b3-46", P, ["Junta troops torched more than 100 houses in the village of Mone in Magway region on Tuesday after residents fled, a local resistance group said.",
                "The military has burned tens of thousands of homes since the 2021 coup, according to data collected by researchers."],
   E("LOOT", MMR, civ("Myanmar"), "Myanmar", "Magway", "Mone", P, "Tuesday", 0, 0))
P = "2025-01-09"
B3("b3-47", P, ["Israeli troops detained 12 Palestinians during a raid on the Tammun area near Tubas on Wednesday, and a drone strike in the village killed three young men, the Palestinian health ministry said.",
                "The Israeli military said it had struck a terrorist cell planting explosives."],
   E("ARR", ISR, civ("Palestine"), "Palestine", "West Bank", "Tammun", P, "Wednesday", 0, 0),
   E("ADS", ISR, civ("Palestine"), "Palestine", "West Bank", "Tammun", P, "Wednesday", 3, 0))
P = "2024-08-27"
B3("b3-48", P, ["Ukrainian air defences intercepted most of the 127 missiles and 109 drones that Russia launched overnight in one of the largest attacks of the war, the air force said on Monday.",
                "A missile hit an energy facility in the western Volyn region, killing one person, the regional governor said."],
   # Review (round 10): the interceptions are told for the whole country and the text names no place for them, so the
   # event is located to the country only (README: Strategic developments may be; it had Kyiv, which the text never names).
   E("DWU", UKR, RUS, "Ukraine", None, None, P, "Monday", 0, 0),
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Volyn", "Lutsk", P, "Monday", 1, 1))

# Batch 3 negatives: statements, denials, plans, threats, anniversaries, aggregates and rumours.
NEG3 = [
    ("b3-n01", "2025-03-20", "Rwanda's government denied on Wednesday that its troops were fighting alongside M23 rebels in eastern Congo, calling a UN experts' report baseless."),
    ("b3-n02", "2025-03-05", "Haiti's prime minister warned that gangs could overrun the capital's last police-held districts if international reinforcements did not arrive soon."),
    ("b3-n03", "2025-01-24", "Colombia's defence ministry said it would send 1,500 additional troops to the Catatumbo region next week to counter the ELN."),
    ("b3-n04", "2024-09-03", "Twenty years after the Beslan school siege, in which more than 330 hostages died, survivors gathered at the ruined gymnasium to remember the victims."),
    ("b3-n05", "2024-12-20", "A court in The Hague sentenced a former Congolese militia leader to 12 years in prison on Thursday for murders committed in Ituri in 2003."),
    ("b3-n06", "2025-06-18", "Fighting in the Sahel has displaced more than three million people, the UN refugee agency said in a report on Tuesday, warning that attacks on schools were becoming more frequent."),
    ("b3-n07", "2025-04-14", "Pakistan accused India on Monday of sponsoring the militants who attacked a passenger train in Balochistan last month, a charge New Delhi rejected."),
    ("b3-n08", "2025-05-16", "The US Treasury imposed sanctions on Thursday on three Sinaloa Cartel leaders it accused of trafficking fentanyl into the United States."),
    ("b3-n09", "2025-04-02", "Chinese warships and aircraft held large-scale drills around Taiwan on Tuesday, simulating a blockade of the island's main ports, Taiwan's defence ministry said."),
    ("b3-n10", "2025-02-10", "An al-Shabaab spokesman threatened in an audio message on Sunday to attack any company that works on the new port in Hobyo."),
    ("b3-n11", "2024-08-04", "Local media reported an explosion near a military airfield in Crimea on Saturday, but Russian officials said there had been no attack and no damage."),
    ("b3-n12", "2024-11-08", "Drone warfare has transformed the battlefield in Myanmar, where resistance groups now routinely drop grenades on junta positions from commercial drones, analysts say."),
    ("b3-n13", "2025-01-31", "Sudan's army chief said his forces would soon retake the whole of Khartoum and called on RSF fighters to surrender."),
    ("b3-n14", "2024-10-08", "A year after Hamas fighters killed about 1,200 people in southern Israel, families of the victims gathered at the site of the Nova music festival to mark the anniversary."),
]
for rid, published, text in NEG3:
    R(rid, published, text)

# ---- Batch 4 (round 6): wire copy whose background, habitual, accused, threatened, denied, planned and aggregate
# sentences invite over-generation, around real events of all 25 sub-event types. Written before the events stage
# was run on any of it; all of it goes to dev.
ISO.update({"Belarus": "BLR", "Georgia": "GEO"})
GEO_POL = A("Police Forces of Georgia (2012-)", "GEO", "COP")
ARG_POL = A("Police Forces of Argentina (2023-)", "ARG", "COP")
BGD_POL = A("Police Forces of Bangladesh (2009-2024)", "BGD", "COP")
IND_MOB = A("Meitei Ethnic Militia (India)", "IND", "UAF")
SOM_POL = A("Police Forces of Somalia (2022-)", "SOM", "COP")
LBN_CIV = civ("Lebanon")
ISR_CIV = civ("Israel")
BLR = A("Military Forces of Belarus (1994-)", "BLR", "MIL")
RUS_FSB = A("Police Forces of Russia (2000-) Federal Security Service", "RUS", "COP")
KEN_PROT = protesters("Kenya")

P = "2025-03-18"
B3("b4-01", P, ["Somali troops backed by local clan militias retook the town of Adan Yabaal in Middle Shabelle on Monday, driving out al-Shabaab fighters after a day of fighting, the defence ministry said.",
                "The town, which al-Shabaab has used for years as a base to attack government positions, changed hands twice last year.",
                "An al-Shabaab spokesman denied that the group had lost the town and said its fighters would return.",
                "Residents said at least nine militants were killed."],
   E("GRT", SOM, SHABAAB, "Somalia", "Middle Shabelle", "Adan Yabaal", P, "Monday", 9, 0))
P = "2025-05-07"
B3("b4-02", P, ["JNIM militants took control of the town of Diafarabe in central Mali on Tuesday after soldiers abandoned their posts, residents told Reuters.",
                "The group, which has blockaded towns across the Sahel for months, also controls several villages nearby.",
                "In 2023, JNIM besieged Timbuktu for weeks, cutting supplies to the city.",
                "Mali's army did not respond to a request for comment."],
   E("NSO", JNIM, MLI, "Mali", "Mopti", "Diafarabe", P, "Tuesday", 0, 0))
P = "2025-02-12"
B3("b4-03", P, ["Nigerian troops fought ISWAP fighters for several hours near the town of Marte in Borno state on Tuesday, killing 14 insurgents, the army said.",
                "The clash comes a week after militants killed 20 farmers who were working on their fields near Dikwa.",
                "ISWAP has repeatedly attacked military bases in the area, and the army accuses it of using civilians as shields.",
                "Borno's governor condemned the killings of the farmers and offered condolences to their families."],
   E("AC", NGA, ISWAP, "Nigeria", "Borno", "Marte", P, "Tuesday", 14, 0))
P = "2025-04-22"
B3("b4-04", P, ["Resistance fighters from a local People's Defence Force clashed with junta troops near Kalay in Sagaing region on Monday, and three soldiers were killed, the group said.",
                "The junta accused the PDF of attacking a police station in the same township last month, an accusation the group rejected.",
                "Sagaing, which is regularly bombed by the military, has seen some of the heaviest fighting since the 2021 coup."],
   E("AC", PDF, MMR, "Myanmar", "Sagaing", "Kalay", P, "Monday", 3, 0))
P = "2024-06-27"
B3("b4-05", P, ["Kenyan police fired live bullets at protesters who tried to storm parliament in Nairobi on Tuesday, killing at least five people, rights groups said.",
                "The demonstrators, who have marched every week against a finance bill, set part of the building on fire before police drove them back.",
                "President William Ruto called the storming of parliament treasonous and vowed to crush the unrest.",
                "Police have been accused of killing protesters during previous demonstrations in 2023."],
   E("EFP", KEN_POL, KEN_PROT, "Kenya", "Nairobi", "Nairobi", P, "Tuesday", 5, 0))
P = "2024-12-03"
B3("b4-06", P, ["Georgian riot police used water cannon and pepper spray to disperse thousands of pro-European protesters outside parliament in Tbilisi late on Monday, detaining dozens, the interior ministry said.",
                "The protesters, who have rallied every night since the government suspended talks on joining the European Union, say they will not stop.",
                "Opposition leaders accused the police of beating detainees during previous rallies, a charge the ministry denied."],
   E("PWI", GEO_POL, protesters("Georgia"), "Georgia", "Tbilisi", "Tbilisi", P, "Monday", 0, 0))
P = "2025-03-20"
B3("b4-07", P, ["Hundreds of pensioners marched peacefully to the Congress building in Buenos Aires on Wednesday to demand higher pensions, local media reported.",
                "Last week, a similar march ended in clashes in which a photographer was badly injured by a tear gas canister.",
                "Organisers said they would march again every Wednesday until the government raised pensions."],
   E("PP", protesters("Argentina"), None, "Argentina", "Ciudad Autonoma de Buenos Aires", "Buenos Aires", P, "Wednesday", 0, 0))
P = "2024-08-06"
B3("b4-08", P, ["Students threw bricks at police and set fire to a police station in the Jatrabari area of Dhaka on Monday, officials said, hours before the prime minister resigned.",
                "The unrest follows weeks of protests over job quotas in which more than 300 people have died.",
                "The army chief said the military would form an interim government."],
   E("VD", rioters("Bangladesh"), BGD_POL, "Bangladesh", "Dhaka", "Dhaka", P, "Monday", 0, 0))
P = "2024-11-18"
B3("b4-09", P, ["An angry mob set fire to the houses of three legislators in Imphal on Saturday after the bodies of six people abducted by militants were found in a river, police said.",
                "Manipur has been gripped by ethnic violence between Meitei and Kuki-Zo communities since May 2023 that has killed more than 250 people.",
                "The state government imposed a curfew in Imphal and suspended internet services."],
   E("VD", rioters("India"), None, "India", "Manipur", "Imphal", P, "Saturday", 0, 0))
P = "2025-05-30"
B3("b4-10", P, ["Russian drones dropped munitions filled with tear gas on Ukrainian trenches near Pokrovsk on Wednesday, forcing soldiers out of their positions, a Ukrainian brigade said.",
                "Ukraine says Russia has used chemical agents thousands of times since the start of the full-scale invasion, and the OPCW has previously confirmed the use of CS gas.",
                "Moscow denies using chemical weapons and accuses Kyiv of staging such incidents."],
   E("ADS", RUS, UKR, "Ukraine", "Donetsk", "Pokrovsk", P, "Wednesday", 0, 0))
P = "2025-04-09"
B3("b4-11", P, ["An Israeli drone strike hit a car on the road between Nabatieh and Kfar Roummane in southern Lebanon on Tuesday, killing two men, Lebanon's health ministry said.",
                "Israel has carried out near-daily strikes in southern Lebanon despite the ceasefire that took effect in November, saying it targets Hezbollah members.",
                "Hezbollah, which has not fired at Israel since the truce, warned that its patience was running out."],
   E("ADS", ISR, LBN_CIV, "Lebanon", "Nabatiye", "Nabatieh", P, "Tuesday", 2, 0))
P = "2025-04-18"
B3("b4-12", P, ["US warplanes struck the Ras Isa fuel port in Yemen's Hodeidah province on Thursday, killing at least 38 people, the Houthi-run health ministry said.",
                "The Houthis, who control most of northern Yemen, have attacked ships in the Red Sea since November 2023 in what they call solidarity with Gaza.",
                "The group vowed to escalate its attacks in response and said US aircraft carriers would be targets."],
   E("ADS", USA, HOUTHI, "Yemen", "Al Hudaydah", "Ras Isa", P, "Thursday", 38, 0))
P = "2024-08-04"
B3("b4-13", P, ["A suicide bomber blew himself up at a beachside restaurant on Mogadishu's Lido beach on Friday evening, and gunmen then stormed the building, killing at least 32 people, police said.",
                "Al-Shabaab, which has carried out scores of similar bombings in the capital, claimed responsibility.",
                "The president sent condolences to the families of the victims and ordered an investigation."],
   E("SB", SHABAAB, civ("Somalia"), "Somalia", "Banadir", "Mogadishu", P, "Friday", 32, 0))
P = "2024-11-10"
B3("b4-14", P, ["A suicide bomber struck a crowd of soldiers waiting for a train at Quetta's main railway station on Saturday, killing at least 26 people and wounding 62, officials said.",
                "The Balochistan Liberation Army, which accuses Islamabad of exploiting the province's resources, claimed the attack.",
                "The separatists have attacked trains, highways and Chinese workers in the province in recent months."],
   E("SB", BLA, PAK, "Pakistan", "Balochistan", "Quetta", P, "Saturday", 26, 0, injuries=62))
P = "2025-01-21"
B3("b4-15", P, ["Russian missiles struck an apartment block and a hospital in Kharkiv on Monday, wounding 14 people, regional governor Oleh Syniehubov said.",
                "Kharkiv, which lies 30 kilometres from the border, is regularly shelled by Russian forces.",
                "Russia denies targeting civilians and says it strikes only military infrastructure.",
                "President Volodymyr Zelensky again called on allies to send more air defence systems."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", P, "Monday", 0, 0, injuries=14))
P = "2024-10-16"
B3("b4-16", P, ["Hezbollah fired dozens of rockets at Kiryat Shmona on Tuesday, lightly wounding three people, Israeli medics said.",
                "The group said the barrage was in response to an Israeli strike that killed one of its commanders in Tyre last week.",
                "The northern town, which has been largely deserted since October 2023, is hit almost every day."],
   E("SH", HEZ, ISR_CIV, "Israel", "HaZafon", "Kiryat Shmona", P, "Tuesday", 0, 0, injuries=3))
P = "2025-06-12"
B3("b4-17", P, ["A roadside bomb exploded as a police patrol passed on the road between Jamundi and Potrerito in Valle del Cauca on Tuesday, killing two police officers, authorities said.",
                "Officials blamed FARC dissidents of the Jaime Martinez front, which has been blamed for a wave of bomb attacks in the region.",
                "The government has offered a reward for information on the front's commanders."],
   E("IED", FARC, COL_POL, "Colombia", "Valle del Cauca", "Jamundi", P, "Tuesday", 2, 0))
P = "2025-02-04"
B3("b4-18", P, ["A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij in northern Syria on Monday, killing 20 people, most of them women, the civil defence said.",
                "No group claimed responsibility, but Turkish-backed factions and Kurdish-led forces have accused each other of earlier bombings in the city.",
                "It was the deadliest attack in Syria since the fall of Bashar al-Assad in December."],
   E("IED", uag("Syria"), civ("Syria"), "Syria", "Aleppo", "Manbij", P, "Monday", 20, 0))
P = "2024-11-05"
B3("b4-19", P, ["Suspected militants hurled a grenade at a crowded Sunday market in Srinagar near a tourist office, wounding 12 shoppers, police said.",
                "The attack comes days after militants shot dead two soldiers and two army porters in Gulmarg.",
                "Police said they had launched a search for the attackers."],
   E("GR", uag("India"), civ("India"), "India", "Jammu and Kashmir", "Srinagar", P, "Sunday", 0, 0, injuries=12))
P = "2025-03-26"
B3("b4-20", P, ["Armed men raped at least 15 women in the village of Nizi in Ituri province on Sunday after attacking their homes, a local women's association said.",
                "The UN has documented thousands of cases of sexual violence in eastern Congo this year, and aid groups say most go unreported.",
                "The army promised to send reinforcements to the area."],
   E("SV", A("Unidentified Armed Group (Democratic Republic of Congo)", "COD", "UAF"), civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Nizi", P, "Sunday", 0, 0))
P = "2025-04-16"
B3("b4-21", P, ["Gunmen attacked the village of Zike in Bassa local government area of Plateau state early on Monday, killing at least 51 people as they slept, police said.",
                "Herders and farmers have clashed repeatedly in the area, and hundreds of people have been killed since 2023.",
                "President Bola Tinubu condemned the attack and ordered the security forces to find those responsible.",
                "Community leaders accused the army of failing to respond to warnings of an imminent attack."],
   E("ATT", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Plateau", "Zike", P, "Monday", 51, 0))
P = "2025-05-15"
B3("b4-22", P, ["A journalist was shot dead outside his home in Culiacan on Tuesday, the Sinaloa state prosecutor's office said.",
                "He had received threats after reporting on the war between factions of the Sinaloa Cartel, colleagues said.",
                "Mexico is one of the deadliest countries for journalists, with more than 150 killed since 2000, according to press freedom groups."],
   E("ATT", A("Unidentified Gang (Mexico)", "MEX", "CRM"), civ("Mexico"), "Mexico", "Sinaloa", "Culiacan", P, "Tuesday", 1, 0))
P = "2025-01-09"
B3("b4-23", P, ["Gang members kidnapped seven nuns and a teacher on a road in Port-au-Prince's Delmas area on Wednesday, a church official said.",
                "Kidnappings have soared in Haiti since the assassination of the president in 2021, with gangs demanding ransoms from families and businesses.",
                "The church said it would not pay a ransom."],
   E("ABD", VIV, civ("Haiti"), "Haiti", "Ouest", "Delmas", P, "Wednesday", 0, 0))
P = "2024-03-08"
B3("b4-24", P, ["Gunmen abducted more than 280 pupils from a school in Kuriga in Kaduna state on Thursday morning, residents said.",
                "In 2014, Boko Haram abducted 276 schoolgirls from Chibok, and some of them are still missing.",
                "The governor said security forces were searching the forests and vowed that the children would be rescued."],
   E("ABD", A("Unidentified Armed Group (Nigeria)", "NGA", "CRM"), civ("Nigeria"), "Nigeria", "Kaduna", "Kuriga", P, "Thursday", 0, 0))
P = "2025-07-20"
B3("b4-25", P, ["Congo's government and the M23 rebels signed a declaration of principles in Doha on Saturday, committing to a permanent ceasefire, Qatar's foreign ministry said.",
                "Previous truces in eastern Congo have collapsed within weeks, and both sides accuse each other of violating a truce agreed in April.",
                "The rebels, who seized Goma and Bukavu earlier this year, said they would not withdraw from the cities."],
   E("AGR", A("Government of Democratic Republic of Congo (2019-)", "COD", "GOV"), M23, "Qatar", "Ad Dawhah", "Doha", P, "Saturday", 0, 0))
P = "2025-02-14"
B3("b4-26", P, ["Russia's Federal Security Service said on Thursday it had detained a man in Bryansk who was planning to blow up a military facility on the orders of Ukrainian intelligence.",
                "The FSB regularly announces the arrest of people it accuses of plotting sabotage for Ukraine.",
                "Kyiv did not comment on the claim."],
   E("ARR", RUS_FSB, civ("Russia"), "Russia", "Bryansk", "Bryansk", P, "Thursday", 0, 0))
P = "2024-06-22"
B3("b4-27", P, ["Belarus moved additional troops and air defence units to its border with Ukraine on Friday, the Belarusian defence ministry said.",
                "Minsk said the deployment was a response to Ukrainian forces massing near the border, which Kyiv denies.",
                "Russia used Belarusian territory to launch its invasion of Ukraine in February 2022."],
   # Review (round 10): "its border with Ukraine" names no division (the border runs through Brest and Gomel regions)
   # and Gomel is named nowhere in the text, so the event is located to the country only (README: Strategic developments).
   E("CHG", BLR, None, "Belarus", None, None, P, "Friday", 0, 0))
P = "2025-01-16"
B3("b4-28", P, ["Police defused a car packed with explosives parked near a checkpoint outside Mogadishu's airport on Wednesday, a police spokesman said.",
                "Al-Shabaab has used car bombs in many deadly attacks on the capital, including a 2017 truck bombing that killed more than 500 people.",
                "The spokesman said the driver had escaped."],
   E("DWU", SOM_POL, SHABAAB, "Somalia", "Banadir", "Mogadishu", P, "Wednesday", 0, 0))
P = "2025-03-11"
B3("b4-29", P, ["Turkish troops set up a new military base on a hilltop near Amadiya in Iraq's Duhok province on Monday, local officials said.",
                "Turkey has carried out regular air strikes and ground operations against the PKK in northern Iraq for decades.",
                "Iraq's foreign ministry has repeatedly protested against what it calls violations of its sovereignty."],
   E("HQ", TUR, None, "Iraq", "Duhok", "Amadiya", P, "Monday", 0, 0))
P = "2024-11-27"
B3("b4-30", P, ["RSF fighters looted the main market in Ed Damer on Monday, residents said, carrying away food, fuel and mobile phones.",
                "The paramilitary force, which has been accused of pillaging towns across Darfur and Gezira, denied involvement in the raid.",
                "Aid agencies warned that famine is spreading across the country."],
   E("LOOT", RSF, civ("Sudan"), "Sudan", "River Nile", "Ed Damer", P, "Monday", 0, 0))
P = "2025-04-03"
B3("b4-31", P, ["Kurdish-led SDF fighters withdrew from two neighbourhoods of Aleppo on Wednesday and handed them to Syria's new government forces under a deal reached last month, officials said.",
                "The SDF, which controls much of northeast Syria, fought Turkish-backed factions near the Tishreen dam in January.",
                "The agreement also provides for a prisoner exchange."],
   E("NVT", SDF, SYR, "Syria", "Aleppo", "Aleppo", P, "Wednesday", 0, 0))
P = "2024-12-10"
B3("b4-32", P, ["Syrian rescuers opened the cells of Saydnaya prison north of Damascus on Monday and found hundreds of detainees, as well as signs of mass executions, the White Helmets said.",
                "Rights groups say tens of thousands of people were killed in the prison during Assad's rule.",
                "The new authorities promised to bring those responsible to justice."],
   E("OTH", civ("Syria"), None, "Syria", "Rural Damascus", "Saydnaya", P, "Monday", 0, 0))
P = "2025-06-03"
B3("b4-33", P, ["Ukrainian drones hit the Engels airbase in Russia's Saratov region overnight, and a Russian missile struck a residential building in Odesa, killing two people, officials on both sides said on Monday.",
                "Russia has used Engels to launch strategic bombers against Ukrainian cities.",
                "The Kremlin said it would retaliate."],
   E("ADS", UKR, RUS, "Russia", "Saratov", "Engels", P, "Monday", 0, 0),
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Odesa", "Odesa", P, "Monday", 2, 0))
P = "2025-08-12"
B3("b4-34", P, ["Gunmen shot dead four Chinese workers at a gold mine in the Central African Republic's Bozoum region on Sunday, and two Cameroonian drivers were wounded, the mayor said.",
                "Foreign mining companies have been attacked before in the area, where armed groups fight over control of the mines.",
                "China urged its citizens to leave the area."],
   E("ATT", A("Unidentified Armed Group (Central African Republic)", "CAF", "UAF"), A("Civilians (China)", "CHN", "CVL"), "Central African Republic", "Ouham-Pende", "Bozoum", P, "Sunday", 4, 0, injuries=2))
P = "2025-09-02"
B3("b4-35", P, ["Police arrested 40 people in the Turkish city of Izmir on Monday during a protest against the detention of the city's opposition mayor, the governor's office said.",
                "Hundreds of people have been detained at protests since the arrest of Istanbul's mayor in March.",
                "The main opposition party said it would hold rallies across the country next weekend."],
   E("PWI", TUR_POL, protesters("Turkey"), "Turkey", "Izmir", "Izmir", P, "Monday", 0, 0))

P = "2025-01-20"
B3("b4-36", P, ["A mob of villagers beat two men to death in Kisii county on Sunday after accusing them of stealing a cow, police said.",
                "Mob justice is common in the area, where residents say the police rarely respond to thefts.",
                "Police said they would arrest those responsible."],
   E("MV", rioters("Kenya"), civ("Kenya"), "Kenya", "Kisii", "Kisii", P, "Sunday", 2, 0))
P = "2018-04-08"
B3("b4-37", P, ["A helicopter dropped a barrel bomb filled with chlorine gas on a residential building in Douma on Saturday evening, killing at least 40 people, rescue workers said.",
                "The government has been accused of using chemical weapons repeatedly during the war, including a sarin attack on Khan Sheikhoun last April, which it denies.",
                "Russia said the reports were fabricated and warned the West against military action."],
   E("CW", SYR_OLD, civ("Syria"), "Syria", "Rural Damascus", "Douma", P, "Saturday", 40, 0))

NEG4 = [
    ("b4-n01", "2025-03-12", "Ukraine's prosecutor general accused Russia on Tuesday of executing at least 93 Ukrainian prisoners of war since 2022, most of them in the past year, and said investigators had opened cases into each killing."),
    ("b4-n02", "2025-05-21", "The war in Sudan has killed at least 150,000 people and driven 12 million from their homes, the US envoy said on Tuesday, urging both sides to return to talks in Jeddah."),
    ("b4-n03", "2025-05-28", "Niger's military leader sent condolences on Tuesday to the families of soldiers killed in last week's ambush near Tillaberi and declared three days of national mourning."),
    ("b4-n04", "2024-07-10", "Hezbollah's leader warned on Wednesday that no place in Israel would be spared if Israel launched a full-scale war on Lebanon, and said his fighters had new weapons."),
    ("b4-n05", "2024-03-19", "Israeli officials said the army was preparing a ground offensive in Rafah, where more than a million displaced Palestinians are sheltering, despite warnings from Washington."),
    ("b4-n06", "2025-02-19", "Residents of Uvira said on Tuesday that there had been no fighting in the town overnight and that M23 rebels had not entered it, despite rumours that the city had fallen."),
    ("b4-n07", "2024-09-25", "In villages along the line of contact in the Zaporizhzhia region, which are shelled almost daily, many residents refuse to leave their homes, aid workers say."),
    ("b4-n08", "2025-06-11", "A Paris court on Tuesday convicted eight men of helping to organise the 2016 truck attack in Nice that killed 86 people, and sentenced them to up to 18 years in prison."),
    ("b4-n09", "2025-02-03", "Colombia's president suspended peace talks with the ELN, accusing the guerrillas of war crimes in the Catatumbo region, where clashes in January killed more than 80 people."),
    ("b4-n10", "2024-12-11", "Amnesty International said in a report on Thursday that Myanmar's military had bombed schools, hospitals and monasteries dozens of times this year, and called for an arms embargo."),
]
for rid, published, text in NEG4:
    R(rid, published, text)


# ---- Batch 5 (round 7): conflicts and outlets the earlier batches under-represent (Lebanon, Ethiopia, Mozambique,
# Niger, Iraq, Afghanistan, the Philippines, South Sudan, Bangladesh, Cameroon, Libya, Ecuador, Armenia/Azerbaijan,
# Senegal, Serbia...), built around what makes the stage over-generate: one incident retold over several sentences
# ("the strike, which ...", "the bombing"), earlier incidents named as context ("Tuesday's strike on a school"),
# background and habitual sentences, threats, warnings, analysis and satellite-image reports, denials and negations,
# numbers that are not casualties (areas, crowd sizes, displaced people, missing people), peaceful protests next to
# riots, arrests, non-violent handovers, bases and agreements. Written from the codebook definitions BEFORE the
# events stage was run on any of it; all of it goes to dev.
ISO.update({"Libya": "LBY", "Armenia": "ARM", "Senegal": "SEN", "Central African Republic": "CAF"})
PHL = A("Military Forces of the Philippines (2022-)", "PHL", "MIL")
NPA = A("NPA: New People's Army", "PHL", "REB")
PMF = A("Popular Mobilization Forces", "IRQ", "MIL")
BGD_POL24 = A("Police Forces of Bangladesh (2024-)", "BGD", "COP")
AWAMI = A("AL: Bangladesh Awami League", "BGD", "PTY")
AMBA = A("Ambazonian Separatists", "CMR", "REB")
SSA = A("SSA: Stability Support Apparatus", "LBY", "MIL")
RADAA = A("Radaa Special Deterrence Forces", "LBY", "MIL")
ECU_MIL = A("Military Forces of Ecuador (2023-)", "ECU", "MIL")
LOBOS = A("Los Lobos", "ECU", "CRM")
AZE_MIL = A("Military Forces of Azerbaijan (2003-)", "AZE", "MIL")
ARM_GOV = A("Government of Armenia (2018-)", "ARM", "GOV")
SEN_POL = A("Police Forces of Senegal (2024-)", "SEN", "COP")
SRB_POL = A("Police Forces of Serbia (2017-)", "SRB", "COP")
ETH_FED = ETH
SWEIDA = A("Men of Dignity", "SYR", "UAF")

P = "2025-03-07"
B3("b5-01", P, ["An Israeli drone struck a car in the southern Lebanese town of Nabatieh on Thursday, killing two men, Lebanon's health ministry said.",
                "The strike, which also wounded a passer-by, was the third in the area this week.",
                "Israel's military said it had targeted a Hezbollah commander responsible for rocket launches.",
                "Despite a ceasefire that took effect in November, Israel has kept up near-daily strikes in Lebanon."],
   E("ADS", ISR, HEZ, "Lebanon", "Nabatiye", "Nabatieh", P, "Thursday", 2, 0, injuries=1))
P = "2025-05-19"
B3("b5-02", P, ["Fano militiamen and federal troops fought for several hours in the town of Debre Markos in Ethiopia's Amhara region on Sunday, residents told the Associated Press.",
                "At least seven people were killed in the fighting, including three civilians caught in the crossfire, a health worker said.",
                "The fighting in Debre Markos was the heaviest in the town since the insurgency began in 2023.",
                "The government has imposed a state of emergency across the region."],
   E("AC", FANO, ETH_FED, "Ethiopia", "Amhara", "Debre Markos", P, "Sunday", 7, 0))
P = "2024-11-08"
B3("b5-03", P, ["Thousands of supporters of opposition candidate Venancio Mondlane marched peacefully through central Maputo on Thursday to reject the results of last month's election.",
                "In the northern city of Nampula, protesters burned tyres and blocked roads with rocks, and police fired tear gas to clear them, a local journalist said.",
                "Rights groups say at least 30 people have been killed in post-election unrest since October."],
   E("PP", protesters("Mozambique"), None, "Mozambique", "Maputo City", "Maputo", P, "Thursday", 0, 0),
   E("VD", rioters("Mozambique"), A("Police Forces of Mozambique (1975-)", "MOZ", "COP"), "Mozambique", "Nampula", "Nampula", P, "Thursday", 0, 1))
P = "2025-06-05"
B3("b5-05", P, ["A roadside bomb struck a vehicle carrying members of the Popular Mobilization Forces near Tarmiyah, north of Baghdad, on Tuesday, killing three of them, security officials said.",
                "Islamic State remnants have carried out similar attacks in the area, including an ambush in 2023 that killed four soldiers.",
                "No group claimed the blast."],
   E("IED", uag("Iraq"), PMF, "Iraq", "Baghdad", "Tarmiyah", P, "Tuesday", 3, 0))
P = "2025-04-17"
B3("b5-07", P, ["Soldiers clashed with New People's Army guerrillas in the mountains of Las Navas, Northern Samar, on Wednesday, the army said.",
                "Two rebels were killed and a soldier was wounded in the 30-minute firefight, an army spokesman said.",
                "The clash was the latest in a series of encounters in the province, where the military says the insurgency is close to defeat."],
   E("AC", PHL, NPA, "Philippines", "Eastern Visayas", "Las Navas", P, "Wednesday", 2, 0, injuries=1))
P = "2025-03-03"
B3("b5-08", P, ["Gunmen attacked a passenger bus on the Juba-Nimule road on Saturday, killing five people, police said.",
                "It was the third ambush on the highway this month, according to a transport union, which threatened to halt traffic on the road.",
                "The government blamed armed cattle raiders and promised to deploy more troops along the route."],
   E("ATT", uag("South Sudan"), civ("South Sudan"), "South Sudan", "Central Equatoria", "Juba", P, "Saturday", 5, 0))
P = "2025-02-13"
B3("b5-09", P, ["Police in Dhaka arrested a former minister of the ousted Awami League government on Wednesday on charges linked to the killing of protesters during last year's uprising, officials said.",
                "Hundreds of people were killed when security forces fired on demonstrators in July and August 2024.",
                "The party called the arrest politically motivated."],
   E("ARR", BGD_POL24, AWAMI, "Bangladesh", "Dhaka", "Dhaka", P, "Wednesday", 0, 0))
P = "2024-09-17"
B3("b5-10", P, ["Separatist fighters kidnapped a village chief and two teachers near Bamenda in Cameroon's North-West region on Monday, a local official said.",
                "The separatists, who are fighting for an independent English-speaking state, have enforced a ban on schools in the region since 2017.",
                "They demanded a ransom for the release of the hostages."],
   E("ABD", AMBA, civ("Cameroon"), "Cameroon", "Nord-Ouest", "Bamenda", P, "Monday", 0, 0))
P = "2025-05-19"
B3("b5-11", P, ["Rival armed groups in Tripoli agreed on Sunday to a ceasefire brokered by the Presidential Council, the council said.",
                "Under the deal, both sides will withdraw their fighters from the Abu Salim district and hand their positions to a neutral force.",
                "Clashes between the groups last month killed at least eight people."],
   E("AGR", SSA, RADAA, "Libya", "Tripoli", "Tripoli", P, "Sunday", 0, 0))
P = "2024-09-08"
B3("b5-12", P, ["Israeli police arrested 12 protesters and used water cannon to disperse thousands of demonstrators who blocked a highway in Tel Aviv on Saturday night to demand a hostage deal, police said.",
                "Protests have been held every Saturday since the war began in October 2023."],
   E("PWI", protesters("Israel"), ISR_POL, "Israel", "Tel Aviv", "Tel Aviv", P, "Saturday", 0, 0))
P = "2025-06-28"
B3("b5-13", P, ["Ecuadorian soldiers captured the leader of the Los Lobos gang in an operation in Guayaquil on Friday without a shot being fired, the defence minister said.",
                "Los Lobos, which the United States designated a terrorist organisation this year, is blamed for hundreds of killings and the 2023 assassination of presidential candidate Fernando Villavicencio."],
   E("ARR", ECU_MIL, LOBOS, "Ecuador", "Guayas", "Guayaquil", P, "Friday", 0, 0))
P = "2024-05-25"
B3("b5-15", P, ["Armenia handed control of four abandoned villages near Voskepar in its Tavush region to Azerbaijan on Friday under a border demarcation deal, the government in Yerevan said.",
                "Residents of nearby Armenian villages had protested for weeks against the handover.",
                "The two countries fought wars over Nagorno-Karabakh in the 1990s and in 2020."],
   E("NVT", AZE_MIL, ARM_GOV, "Armenia", "Tavush", "Voskepar", P, "Friday", 0, 0))
P = "2025-04-10"
B3("b5-16", P, ["Al-Shabaab fighters moved into the town of Sabiid in Lower Shabelle on Tuesday without a fight, a day after government troops pulled out, residents said.",
                "The army said the withdrawal was tactical and that it would soon retake the town."],
   E("NVT", SHABAAB, SOM, "Somalia", "Lower Shabelle", "Sabiid", P, "Tuesday", 0, 0))
P = "2024-05-04"
B3("b5-17", P, ["Russian military instructors of the Africa Corps set up a base at Niamey's airport on Thursday, moving into a section of the air base used by US troops, Niger's state television said.",
                "The United States agreed last month to withdraw its forces from Niger at the junta's request."],
   E("HQ", RUS, None, "Niger", "Niamey", "Niamey", P, "Thursday", 0, 0))
P = "2025-06-26"
B3("b5-18", P, ["Thousands of people marched peacefully through Nairobi on Wednesday to mark the anniversary of last year's anti-tax protests, in which more than 60 people were killed, rights groups said.",
                "Police watched from a distance and there were no reports of arrests."],
   E("PP", protesters("Kenya"), None, "Kenya", "Nairobi", "Nairobi", P, "Wednesday", 0, 0))
P = "2025-02-28"
B3("b5-19", P, ["Students at Cheikh Anta Diop University in Dakar threw stones at police and set fire to a bus on Thursday during a protest over unpaid grants, witnesses said.",
                "Police responded with tear gas, and seven students were injured, the university said."],
   E("VD", rioters("Senegal"), SEN_POL, "Senegal", "Dakar", "Dakar", P, "Thursday", 0, 0, injuries=7))
P = "2024-06-23"
B3("b5-21", P, ["Two Russian guided bombs hit a hardware store in Kharkiv on Saturday afternoon, killing 14 people and injuring 43, regional governor Oleh Syniehubov said.",
                "The strike, which set off a fire that covered 15,000 square metres, was the deadliest in the city this year.",
                "Rescuers were still searching for 16 missing people on Sunday, when about 200 workers and shoppers were believed to have been inside.",
                "Russia denies targeting civilians."],
   E("ADS", RUS, civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", P, "Saturday", 14, 0, injuries=43))
P = "2024-07-11"
B3("b5-22", P, ["An Israeli air strike on a house in the Nuseirat refugee camp killed nine members of one family on Wednesday, Palestinian medics said.",
                "Tuesday's strike on a school in Gaza City, which killed 16 people, drew condemnation from the UN human rights office.",
                "Israel says it targets Hamas fighters and blames the group for civilian deaths because it operates among civilians."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Nuseirat", P, "Wednesday", 9, 0))
P = "2024-10-15"
B3("b5-23", P, ["Ukraine's air force said on Tuesday it had shot down 12 Russian drones over the Odesa region overnight.",
                "Falling debris damaged a warehouse in the port, but no one was hurt, the regional governor said."],
   E("DWU", UKR, RUS, "Ukraine", "Odesa", "Odesa", P, "Tuesday", 0, 0))
P = "2025-02-08"
B3("b5-25", P, ["A suicide bomber blew himself up among worshippers at a mosque in Nowshera district of Khyber Pakhtunkhwa during Friday prayers, killing six people including a cleric, police said.",
                "The bombing, which wounded at least 15 others, was not immediately claimed.",
                "The Pakistani Taliban denied involvement.",
                "Attacks in the province have surged since the Afghan Taliban returned to power in 2021."],
   E("SB", uag("Pakistan"), civ("Pakistan"), "Pakistan", "Khyber Pakhtunkhwa", "Nowshera", P, "Friday", 7, 0, injuries=15))
P = "2025-03-26"
B3("b5-27", P, ["Soldiers and allied VDP militiamen killed at least 30 civilians in the village of Solenzo in western Burkina Faso on Monday, according to videos and witnesses cited by Human Rights Watch.",
                "About 2,000 residents have since fled to neighbouring Mali, the UN refugee agency said.",
                "The army said its operation had targeted jihadists."],
   E("ATT", BFA, civ("Burkina Faso"), "Burkina Faso", "Boucle du Mouhoun", "Solenzo", P, "Monday", 30, 0))
P = "2024-03-21"
B3("b5-28", P, ["Residents of Petion-Ville lynched three suspected gang members on Wednesday, burning their bodies in the street, police said.",
                "Vigilante groups known as Bwa Kale have killed dozens of alleged gang members since 2023."],
   E("MV", rioters("Haiti"), civ("Haiti"), "Haiti", "Ouest", "Petion-Ville", P, "Wednesday", 3, 0))
P = "2024-11-12"
B3("b5-29", P, ["Colombian police arrested 11 ELN members in Arauca on Monday, including a commander accused of ordering the bombing of a police station in 2022, the national police said.",
                "The ELN has not commented on the arrests."],
   E("ARR", COL_POL, ELN, "Colombia", "Arauca", "Arauca", P, "Monday", 0, 0))
P = "2025-03-19"
B3("b5-30", P, ["Dozens of depositors rallied outside the central bank in Beirut on Tuesday to demand access to their savings, chanting slogans against the banks.",
                "Some depositors have stormed bank branches in the past to withdraw their money by force."],
   E("PP", protesters("Lebanon"), None, "Lebanon", "Beirut", "Beirut", P, "Tuesday", 0, 0))
P = "2025-05-02"
B3("b5-31", P, ["Syrian government forces entered the city of Sweida on Thursday without resistance, taking over checkpoints from local Druze fighters under a deal reached last week, state media said.",
                "The fighters had clashed with government troops near Damascus in April."],
   E("NVT", SYR, SWEIDA, "Syria", "As-Sweida", "Sweida", P, "Thursday", 0, 0))
P = "2025-06-17"
B3("b5-33", P, ["Myanmar soldiers seized around 40 young men from villages near Pyapon in the Ayeyarwady region on Sunday and took them away for military training under the conscription law, residents said.",
                "The junta has said it will call up 5,000 people a month."],
   E("ABD", MMR, civ("Myanmar"), "Myanmar", "Ayeyarwady", "Pyapon", P, "Sunday", 0, 0))
P = "2025-03-15"
B3("b5-34", P, ["Serbian police detained 79 people in Belgrade on Friday night after protesters pelted officers with bottles and flares outside the government headquarters, the interior minister said.",
                "Students have led largely peaceful demonstrations across Serbia since a railway station canopy collapsed in Novi Sad in November, killing 16 people."],
   E("VD", rioters("Serbia"), SRB_POL, "Serbia", "Belgrade", "Belgrade", P, "Friday", 0, 0))
P = "2024-08-26"
B3("b5-35", P, ["Ukrainian shelling killed a woman in the village of Zhuravlyovka in Russia's Belgorod region on Sunday, governor Vyacheslav Gladkov said.",
                "Two other people were injured when shells hit a bus stop in the village, he said."],
   E("SH", UKR, civ("Russia"), "Russia", "Belgorod", "Zhuravlyovka", P, "Sunday", 1, 0, injuries=2))
P = "2025-10-08"
B3("b5-37", P, ["JNIM fighters ambushed a convoy of fuel tankers escorted by Malian soldiers near Kayes on Tuesday and burned about 40 trucks after a gun battle with the escort, the army said.",
                "The group has blockaded fuel imports from Senegal and Ivory Coast since September, causing severe shortages in Bamako."],
   E("AC", JNIM, MLI, "Mali", "Kayes", "Kayes", P, "Tuesday", 0, 0))

NEG5 = [
    ("b5-n04", "2025-07-15", "Attacks by jihadist groups in Niger's Tillaberi region have risen sharply since the July 2023 coup, with more than 1,500 people killed in the past year, according to a report published on Monday. The report said the junta's decision to expel French troops had left the army short of air support."),
    ("b5-n06", "2025-10-13", "The Taliban warned Pakistan on Sunday that it would respond to any further air strikes on Afghan territory, a day after Islamabad accused Kabul of sheltering militants who killed 16 soldiers in South Waziristan last week."),
    ("b5-n14", "2025-07-01", "Security forces in Jammu and Kashmir were put on high alert on Monday ahead of the Amarnath pilgrimage, which militants have attacked in the past, officials said. They said any attempt to disrupt the pilgrimage would be met with force."),
    ("b5-n20", "2025-09-13", "Satellite images analysed by Yale's Humanitarian Research Lab show that the Rapid Support Forces have built new earth berms around El Fasher in recent weeks, suggesting preparations for a renewed assault, the lab said on Friday."),
    ("b5-n24", "2025-03-14", "The Sinaloa Cartel faction loyal to the sons of Joaquin Guzman could launch new attacks in Culiacan if its leaders are extradited, Mexico's security minister warned on Thursday."),
    ("b5-n26", "2025-02-10", "Ukraine's military denied Russian claims on Sunday that its forces had captured the village of Andriivka in the Donetsk region, saying its troops still held the village."),
    ("b5-n32", "2024-11-02", "Two years after the Pretoria agreement ended the war in Tigray, in which hundreds of thousands of people were killed, thousands of Eritrean troops remain in parts of the region, diplomats said on Saturday."),
    ("b5-n36", "2025-03-25", "Ukrainian President Volodymyr Zelensky said on Monday that Russia was preparing a new offensive in the Zaporizhzhia region and had massed about 90,000 troops there, and urged allies to speed up deliveries of air defence systems."),
    ("b5-n38", "2025-01-22", "The strike on the Kramatorsk railway station in April 2022, which killed 61 people waiting to be evacuated, was carried out with a Tochka-U missile, according to a report by investigators released on Tuesday. Russia has denied responsibility."),
    ("b5-n39", "2025-08-19", "The army would be ready to retake Goma by force if talks with the M23 rebels fail, Congo's defence minister said in an interview on Monday, adding that no offensive had been ordered."),
]
for rid, published, text in NEG5:
    R(rid, published, text)


# ---- Batch 6 (round 8): wire, local and NGO copy from the Sahel, Colombia, Mexico, Myanmar, Sudan, Congo, Pakistan,
# India (Manipur, Odisha), Yemen, Syria, Haiti, Gaza and the West Bank and Ukraine's rear areas, built around what
# over-generates or mis-types on held-out text: retrospectives and anniversaries, trials and verdicts about past
# killings, policy statements, threats and warnings, war-long casualty tallies, humanitarian descriptions, rescues,
# funerals, metaphors ("attack on democracy", "battle for votes"), sports, labour strikes, accidents (crashes, fires),
# security operations, arrests beside abductions (captures, forced conscription), looting, sexual violence, grenades
# and IEDs, territory taken by non-state actors, bases and agreements. Written from the codebook definitions BEFORE
# the events stage was run on any of it; all of it goes to dev.
ISO.update({"Bangladesh": "BGD", "Nigeria": "NGA"})
CJNG = A("CJNG: Jalisco New Generation Cartel", "MEX", "CRM")
NER_MIL = A("Military Forces of Niger (2023-)", "NER", "MIL")
ISSP = A("Islamic State Sahel Province", "NER", "REB")
GRAN_GRIF = A("Gran Grif", "HTI", "CRM")
KUKI = A("Kuki Ethnic Militia (India)", "IND", "UAF")
ASSAM_RIFLES = A("Military Forces of India (2014-) Assam Rifles", "IND", "MIL")
BANGASH = A("Bangash Tribal Militia (Pakistan)", "PAK", "UAF")
TURI = A("Turi Tribal Militia (Pakistan)", "PAK", "UAF")
PSE_UAG = uag("Palestine")
DRC_WOMEN = A("Women (Democratic Republic of Congo)", "COD", "CVL")

P = "2025-04-17"
B3("b6-01", P, ["Four soldiers were killed and three wounded when their vehicle struck a roadside bomb near Boni in Mali's Mopti region on Tuesday, a military source told AFP.",
                "The road between Boni and Hombori has been mined repeatedly since 2018.",
                "The army blamed JNIM, which did not claim the blast."],
   E("IED", None, MLI, "Mali", "Mopti", "Boni", P, "Tuesday", 4, 0, injuries=3))
P = "2025-03-10"
B3("b6-02", P, ["FARC dissidents shot dead a community leader in the rural area of Argelia, in Colombia's Cauca department, on Saturday, the ombudsman's office said.",
                "It was the 32nd killing of a social leader in the country this year, according to the Indepaz think tank.",
                "President Gustavo Petro condemned what he called an attack on democracy and on the peace process."],
   E("ATT", FARC, civ("Colombia"), "Colombia", "Cauca", "Argelia", P, "Saturday", 1, 0))
P = "2025-05-09"
B3("b6-03", P, ["Gunmen of the Jalisco New Generation Cartel fought soldiers for several hours in the municipality of Apatzingan in Michoacan on Thursday, leaving four soldiers and six gunmen dead, the defence ministry said.",
                "The cartel has used drones to drop explosives on rival groups and villages in the region.",
                "On Friday a court in Morelia sentenced a cartel hitman to 50 years in prison for the 2019 killing of 19 people in Uruapan."],
   E("AC", CJNG, MEX, "Mexico", "Michoacan", "Apatzingan", P, "Thursday", 10, 0))
P = "2025-06-04"
B3("b6-04", P, ["A military jet bombed a village market in Kyaukme township in northern Shan state on Monday, killing 11 people, a local rescue group said.",
                "Funerals for the victims were held on Tuesday as residents fled to nearby forests.",
                "The junta has carried out more than 1,000 air strikes since the 2021 coup, according to monitors."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Shan-North", "Kyaukme", P, "Monday", 11, 0))
P = "2025-08-14"
B3("b6-05", P, ["Shelling by the Rapid Support Forces hit a camp for displaced people near El Obeid in North Kordofan on Wednesday, killing seven people, including three children, medics said.",
                "Aid groups say more than 150,000 people have been killed since the war began in April 2023.",
                "Hunger is spreading across Kordofan as the roads to the city remain cut."],
   E("SH", RSF, civ("Sudan"), "Sudan", "North Kordofan", "El Obeid", P, "Wednesday", 7, 0))
P = "2025-07-29"
B3("b6-06", P, ["ADF rebels linked to the Islamic State killed at least 38 people with machetes and guns during a night raid on the village of Komanda in Ituri province on Sunday, a civil society leader said.",
                "The army said it had launched an operation to pursue the attackers.",
                "The ADF has killed thousands of civilians in eastern Congo since 2014."],
   E("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Komanda", P, "Sunday", 38, 0))
P = "2025-02-09"
B3("b6-07", P, ["Unidentified attackers hurled a hand grenade at a police checkpoint in Turbat in Pakistan's Balochistan province on Saturday night, wounding two policemen, police said.",
                "No group claimed responsibility, but separatists have carried out similar attacks in the district.",
                "Police launched a search operation in the area."],
   E("GR", uag("Pakistan"), PAK_POL, "Pakistan", "Balochistan", "Turbat", P, "Saturday", 0, 0, injuries=2))
P = "2025-01-24"
B3("b6-08", P, ["A mob set fire to a dozen houses in a Kuki-Zo village in Manipur's Jiribam district on Thursday after a dispute over farmland, police said.",
                "Security forces fired tear gas to disperse the crowd.",
                "Ethnic violence in the state has killed more than 250 people since May 2023."],
   E("MV", rioters("India"), civ("India"), "India", "Manipur", "Jiribam", P, "Thursday", 0, 0))
P = "2025-03-04"
B3("b6-09", P, ["A Houthi drone struck a government army position in Yemen's Marib province on Monday, killing three soldiers, the defence ministry said.",
                "Fighting on the Marib fronts has eased since a UN-brokered truce in 2022, although both sides accuse each other of violations."],
   E("ADS", HOUTHI, YEM_MIL, "Yemen", "Marib", "Marib", P, "Monday", 3, 0))
P = "2025-05-14"
B3("b6-10", P, ["Islamic State fighters ambushed a patrol of the Syrian Democratic Forces near the town of Busayrah in Deir ez-Zor province on Tuesday, killing two SDF members, the Kurdish-led force said.",
                "The SDF said it would press on with its campaign against Islamic State cells.",
                "The group lost the last territory it held in Syria at Baghouz in 2019."],
   E("AC", IS_SYR, SDF, "Syria", "Deir-ez-Zor", "Busayrah", P, "Tuesday", 2, 0))
P = "2025-04-02"
B3("b6-11", P, ["Gangs of the Viv Ansanm coalition seized control of the town of Mirebalais in Haiti's Centre department on Monday after a gun battle with police and soldiers, and freed more than 500 inmates from the town's prison, officials said.",
                "The gangs control about 90 percent of the capital, Port-au-Prince, according to the United Nations."],
   E("NSO", VIV, HTI_POL, "Haiti", "Centre", "Mirebalais", P, "Monday", 0, 0))
P = "2025-06-12"
B3("b6-12", P, ["Israeli troops detained a Hamas-affiliated lawmaker during a raid on his home in Hebron early on Wednesday, the Palestinian Prisoners' Society said.",
                "He had been released from administrative detention in March after 18 months without charge.",
                "More than 10,000 Palestinians are held in Israeli prisons, according to the group."],
   E("ARR", ISR, HAMAS, "Palestine", "West Bank", "Hebron", P, "Wednesday", 0, 0))
P = "2025-07-16"
B3("b6-13", P, ["An Israeli air strike on a tent camp in al-Mawasi, west of Khan Younis, killed 14 people early on Tuesday, Gaza's civil defence agency said.",
                "Rescuers dug through the sand with their hands to pull out survivors.",
                "The health ministry in Gaza says more than 58,000 Palestinians have been killed since October 2023."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Al Mawasi", P, "Tuesday", 14, 0))
P = "2025-06-28"
B3("b6-14", P, ["A Russian ballistic missile hit an industrial plant in Dnipro on Friday morning, killing four people and injuring 27, the regional governor said.",
                "Firefighters battled the blaze for six hours, and rescuers pulled two people from the rubble.",
                "Air raid alerts sounded across the country for most of the night."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Dnipropetrovsk", "Dnipro", P, "Friday", 4, 0, injuries=27))
P = "2025-09-14"
B3("b6-15", P, ["Ukrainian air defences shot down 14 Russian drones over the Kyiv region on Sunday, the regional military administration said.",
                "Debris from one drone damaged the roof of a private house in the Bucha district, but no one was injured, it said."],
   E("DWU", UKR, RUS, "Ukraine", "Kyiv", "Kyiv", P, "Sunday", 0, 0))
P = "2025-05-03"
B3("b6-16", P, ["JNIM militants kidnapped about 50 women who were gathering wild fruit near Arbinda in northern Burkina Faso on Thursday, residents said.",
                "The government, which restricts reporting on security, did not comment.",
                "Kidnappings of civilians have become more frequent since the group tightened its blockade of the town."],
   E("ABD", JNIM, civ("Burkina Faso"), "Burkina Faso", "Sahel", "Arbinda", P, "Thursday", 0, 0))
P = "2025-10-20"
B3("b6-17", P, ["Armed men on motorcycles stole about 200 head of cattle from herders near Banibangou in Niger's Tillaberi region on Saturday without firing a shot, a local official said.",
                "Cattle rustling has fuelled reprisal killings between herding and farming communities in the region for years."],
   E("LOOT", uag("Niger"), civ("Niger"), "Niger", "Tillaberi", "Banibangou", P, "Saturday", 0, 0))
P = "2025-02-18"
B3("b6-18", P, ["M23 fighters raped at least ten women in the village of Kalehe in South Kivu on Saturday, a local women's rights group said on Monday.",
                "The United Nations says sexual violence has been used as a weapon of war in eastern Congo for decades.",
                "Survivors are being treated at Panzi hospital in Bukavu."],
   lambda s: ev("SV", M23, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "South Kivu", "Kalehe", on("2025-02-18", "Saturday"), 0, s[0], assoc2=DRC_WOMEN))
P = "2025-04-23"
B3("b6-19", P, ["Hundreds of people protested in Port Sudan on Tuesday against the detention of a prominent activist, chanting \"freedom, peace and justice\", witnesses said.",
                "Police watched but did not intervene.",
                "The activist was arrested in Kassala last week, his family said."],
   E("PP", protesters("Sudan"), None, "Sudan", "Red Sea", "Port Sudan", P, "Tuesday", 0, 0))
P = "2025-03-24"
B3("b6-20", P, ["Police in Quetta fired tear gas and detained dozens of people on Saturday to break up a sit-in by the Baloch Yakjehti Committee against enforced disappearances, the group said.",
                "Organisers say hundreds of Baloch activists have gone missing over the past decade."],
   E("PWI", protesters("Pakistan"), PAK_POL, "Pakistan", "Balochistan", "Quetta", P, "Saturday", 0, 0))
P = "2025-01-14"
B3("b6-21", P, ["Police opened fire on villagers protesting against a bauxite mine near Kashipur in Odisha's Rayagada district on Monday, killing two people, officials said.",
                "The state government ordered a judicial inquiry into the firing."],
   E("EFP", protesters("India"), IND_POL, "India", "Odisha", "Kashipur", P, "Monday", 2, 0))
P = "2025-08-07"
B3("b6-22", P, ["ELN guerrillas blew up a section of the Cano Limon-Covenas oil pipeline in Saravena, in Colombia's Arauca department, on Wednesday, spilling crude into a river, the state oil company Ecopetrol said.",
                "The pipeline has been bombed more than 1,500 times since it opened in 1986."],
   E("IED", ELN, None, "Colombia", "Arauca", "Saravena", P, "Wednesday", 0, 0))
P = "2025-05-16"
B3("b6-23", P, ["A journalist was shot dead outside his home in Ciudad Obregon, in Mexico's Sonora state, on Thursday, state prosecutors said.",
                "He was the fifth reporter killed in Mexico this year.",
                "Press freedom groups called the killing an attack on freedom of expression and demanded a full investigation."],
   E("ATT", uag("Mexico"), civ("Mexico"), "Mexico", "Sonora", "Ciudad Obregon", P, "Thursday", 1, 0))
P = "2025-01-02"
B3("b6-24", P, ["Rival tribes in Pakistan's Kurram district agreed on Wednesday to a ceasefire brokered by a government-appointed jirga in Kohat, officials said, after weeks of clashes that killed more than 130 people.",
                "Under the deal, both sides will hand over their heavy weapons within two weeks."],
   E("AGR", BANGASH, TURI, "Pakistan", "Khyber Pakhtunkhwa", "Kohat", P, "Wednesday", 0, 0))
P = "2025-02-21"
B3("b6-25", P, ["Turkish forces began building a new military base at the Menagh air base north of Aleppo on Thursday, a war monitor said.",
                "Ankara has said it will not withdraw its troops from northern Syria until the threat from Kurdish militants is removed."],
   E("HQ", TUR, None, "Syria", "Aleppo", "Menagh", P, "Thursday", 0, 0))
P = "2025-03-17"
B3("b6-27", P, ["Syrian authorities uncovered a mass grave containing the remains of at least 30 people near the town of Izraa in Daraa province on Sunday, the state news agency SANA said.",
                "The victims are believed to have been killed by the former government's forces in 2013."],
   E("OTH", SYR, None, "Syria", "Dar'a", "Izraa", P, "Sunday", 0, 0))
P = "2025-06-10"
B3("b6-28", P, ["Armed men looted a World Food Programme warehouse in Tawila, North Darfur, on Sunday, taking food meant for 20,000 displaced people, the agency said.",
                "Tawila has received hundreds of thousands of people who fled fighting around El Fasher."],
   E("LOOT", uag("Sudan"), None, "Sudan", "North Darfur", "Tawila", P, "Sunday", 0, 0))
P = "2025-11-04"
B3("b6-29", P, ["Garment workers demanding unpaid wages blocked a highway in Gazipur, outside Dhaka, on Monday, and police fired tear gas and sound grenades to clear the road, officials said.",
                "Union leaders said more than 40 factories had not paid salaries for two months."],
   E("PWI", protesters("Bangladesh"), BGD_POL24, "Bangladesh", "Dhaka", "Gazipur", P, "Monday", 0, 0))
P = "2025-09-10"
B3("b6-30", P, ["Ukraine's SBU security service detained two men in Odesa on Tuesday on suspicion of setting fire to military vehicles on orders from Russian intelligence, the agency said.",
                "Russian services have recruited Ukrainians through Telegram to carry out arson attacks on railways and army vehicles, according to the SBU."],
   E("ARR", UKR_POL, civ("Ukraine"), "Ukraine", "Odesa", "Odesa", P, "Tuesday", 0, 0))
P = "2024-11-27"
B3("b6-31", P, ["Supporters of jailed former prime minister Imran Khan threw stones at police and set fire to vehicles in Islamabad on Tuesday as they tried to reach a protest site, police said.",
                "Officers responded with tear gas and rubber bullets.",
                "Khan has been in prison since August 2023."],
   E("VD", rioters("Pakistan"), PAK_POL, "Pakistan", "Islamabad Capital Territory", "Islamabad", P, "Tuesday", 0, 0))
P = "2024-10-05"
B3("b6-32", P, ["Gang members armed with machetes and rifles killed at least 70 people, including a newborn, in an attack on the town of Pont-Sonde in the Artibonite department on Thursday, the United Nations said.",
                "Survivors described gunmen going from house to house.",
                "The Gran Grif gang said the killings were retaliation for residents' support of a self-defence group."],
   E("ATT", GRAN_GRIF, civ("Haiti"), "Haiti", "Artibonite", "Pont-Sonde", P, "Thursday", 70, 0))
P = "2025-03-03"
B3("b6-33", P, ["Kuki militants and Assam Rifles personnel exchanged fire for about an hour near Moreh in Manipur's Tengnoupal district on Sunday, officials said.",
                "No casualties were reported.",
                "The Assam Rifles said it recovered two assault rifles after the gunfight."],
   E("AC", KUKI, ASSAM_RIFLES, "India", "Manipur", "Moreh", P, "Sunday", 0, 0))
P = "2025-05-09"
B3("b6-34", P, ["Israeli warplanes struck a military base near the coastal city of Tartus on Thursday night, setting off large explosions at a weapons depot, a war monitor said.",
                "There was no immediate word on casualties.",
                "Israel has carried out hundreds of strikes in Syria since the fall of Assad, saying it aims to keep advanced weapons from hostile groups."],
   E("ADS", ISR, SYR, "Syria", "Tartus", "Tartus", P, "Thursday", 0, 0))
P = "2025-01-28"
B3("b6-35", P, ["Palestinian militants detonated an explosive device against an Israeli army vehicle during a raid in the Jenin refugee camp on Monday, wounding two soldiers, the military said.",
                "The army has carried out near-daily raids in the northern West Bank since January, displacing about 40,000 people."],
   E("IED", PSE_UAG, ISR, "Palestine", "West Bank", "Jenin", P, "Monday", 0, 0, injuries=2))
P = "2025-04-14"
B3("b6-36", P, ["Colombian soldiers captured a commander of a FARC dissident faction in a raid in Tumaco, in Narino department, on Sunday, the army said.",
                "He is accused of ordering the killings of several social leaders in the region."],
   E("ARR", COL, FARC, "Colombia", "Narino", "Tumaco", P, "Sunday", 0, 0))
P = "2025-02-24"
B3("b6-37", P, ["Junta troops rounded up at least 30 young men at a bus station in Mandalay on Saturday and forced them into military service, witnesses said.",
                "The military introduced conscription in February 2024 and says it needs 60,000 recruits a year."],
   E("ABD", MMR, civ("Myanmar"), "Myanmar", "Mandalay", "Mandalay", P, "Saturday", 0, 0))
P = "2025-06-21"
B3("b6-38", P, ["Niger's army said it regained control of the rural commune of Tassia in the Tillaberi region on Friday after three days of fighting with Islamic State Sahel Province militants.",
                "Residents who fled the area in March have not yet returned."],
   E("GRT", NER_MIL, ISSP, "Niger", "Tillaberi", "Tassia", P, "Friday", 0, 0))
P = "2025-10-03"
B3("b6-39", P, ["The Syrian Democratic Forces handed control of the Tishrin dam on the Euphrates to Syrian government forces on Thursday under an agreement reached in March, both sides said.",
                "The dam was the scene of heavy fighting between the SDF and Turkish-backed factions earlier this year."],
   E("NVT", SYR, SDF, "Syria", "Aleppo", "Tishrin Dam", P, "Thursday", 0, 0))
P = "2025-06-30"
B3("b6-40", P, ["A suicide bomber rammed an explosives-laden car into a military convoy in Mir Ali in North Waziristan on Saturday, killing 13 soldiers, security officials said.",
                "A faction of the Pakistani Taliban claimed the attack.",
                "The military vowed to hunt down those responsible."],
   E("SB", TTP, PAK, "Pakistan", "Khyber Pakhtunkhwa", "Mir Ali", P, "Saturday", 14, 0))

NEG6 = [
    ("b6-n41", "2024-04-15", "Ten years after Boko Haram fighters abducted 276 schoolgirls from their dormitory in Chibok, about 90 of them are still missing, Amnesty International said in a statement on Sunday. Some of the girls who escaped or were freed have since returned to school."),
    ("b6-n42", "2025-05-08", "A military court in Goma sentenced 25 soldiers to death on Wednesday for fleeing the front line during fighting with M23 rebels last year. Defence lawyers said they would appeal."),
    ("b6-n43", "2025-06-24", "India's home minister said on Monday that 20 more companies of central armed police would be deployed to Manipur in the coming weeks to restore order, and urged armed groups to surrender their weapons."),
    ("b6-n44", "2025-03-12", "The Houthis threatened on Tuesday to resume attacks on commercial ships in the Red Sea if Israel does not lift its blockade on aid to Gaza within four days, the group's leader said in a televised speech."),
    ("b6-n45", "2025-04-26", "At least 1,600 people were killed in gang violence in Haiti between January and March, the UN human rights office said on Friday, calling the figures alarming. Most of the victims were shot in their homes or in the streets of Port-au-Prince, it said."),
    ("b6-n46", "2024-10-17", "A fuel tanker overturned and exploded on a highway in Majiya in Nigeria's Jigawa state on Tuesday night, killing more than 140 people who had gathered to scoop up spilled petrol, police said. Most of the dead were buried in a mass funeral on Wednesday."),
    ("b6-n47", "2025-01-13", "A fire swept through a camp for Rohingya refugees in Cox's Bazar on Sunday, destroying about 800 shelters and leaving thousands of people homeless, officials said. No one was killed. The cause of the fire is under investigation."),
    ("b6-n48", "2025-10-15", "Colombia stormed to a 3-0 victory over Peru in Barranquilla on Tuesday, with striker Luis Diaz firing two goals in the first half to seal the team's qualification for the World Cup."),
    ("b6-n49", "2025-09-02", "Pakistan's prime minister launched his party's battle for votes in Punjab on Monday, vowing in a television address to crush inflation and attack corruption, and accusing the opposition of an assault on the country's institutions."),
    ("b6-n50", "2025-02-04", "Bus drivers in Karachi went on strike on Monday over unpaid wages, leaving hundreds of thousands of commuters stranded. Union leaders said the strike would continue until salaries were paid."),
    ("b6-n51", "2025-08-22", "More than 400,000 people have fled the Zamzam camp in North Darfur since April, and those who remain are surviving on animal feed, Doctors Without Borders said on Thursday, describing the situation as catastrophic."),
    ("b6-n52", "2025-03-09", "Mourners carried the bodies of three men killed in an Israeli strike earlier in the week through the streets of the Jenin camp to the cemetery on Saturday. Shops in the camp stayed closed for the day."),
    ("b6-n53", "2025-07-06", "Rescue workers pulled 12 survivors from the mud on Saturday after a landslide buried dozens of miners at a jade mine in Hpakant in Myanmar's Kachin state, local officials said. At least 30 people are still missing."),
    ("b6-n54", "2025-05-15", "Security forces continued a search operation in the forests of Kathua district in Jammu and Kashmir on Wednesday for the militants who attacked an army convoy last week, officials said. There has been no contact with the militants so far."),
    ("b6-n55", "2025-11-06", "Ukraine's military intelligence warned on Wednesday that Russia could strike energy facilities in the west of the country in the coming days, and urged residents to store water and charge their devices."),
]
for rid, published, text in NEG6:
    R(rid, published, text)

# ---- Batch 7 (round 10): admin1 on held-out phrasings. Conflicts and countries the earlier batches under-represent
# (Sahel, Sudan's outer states, Ituri and the Kivus, Somalia's regions, Myanmar's states, Colombia, Mexico, Pakistan's
# districts, Nigeria's LGAs, Mozambique, Ethiopia's zones, Syria's coast and north-east, Yemen, Lebanon, Iraq), written
# from the codebook definitions BEFORE the pipeline was run on any of it, around the ways wire copy names a place:
# a village in a district/department/commune/LGA/zone of a province ("X district of Y province", "in Y's Z zone"),
# a district named without its province, transliteration variants (Taiz/Taizz, Latakia/Lattakia, Hiran/Hiraan,
# Saada/Sadah, Sinja/Singa), landmarks tied to a town or region (a dam, a port, a prison, an air base, a border
# crossing, a game reserve, a displacement camp), "near X"/"south of X", and regions whose name is another
# division's (the Bekaa valley around Baalbek). All goes to dev.
CODECO = A("CODECO: Cooperative for Development of Congo", "COD", "REB")
KIA = A("KIA: Kachin Independence Army", "MMR", "REB")
KNDF = A("KNDF: Karenni Nationalities Defense Force", "MMR", "REB")
OLA = A("OLA: Oromo Liberation Army", "ETH", "REB")
AFG_MIL = A("Military Forces of Afghanistan (2021-)", "AFG", "MIL")
SAU = A("Military Forces of Saudi Arabia (2015-)", "SAU", "MIL")
NGA_POL23 = NGA_POL
ISO.update({"Saudi Arabia": "SAU"})


def gang(country):
    return A(f"Unidentified Gang ({country})", ISO[country], "CRM")


P = "2025-05-12"
B3("b7-01", P, ["JNIM fighters attacked an army base in Djibo, the main town of Burkina Faso's Soum province, on Sunday, killing at least 25 soldiers and volunteer fighters, security sources said.",
                "The town has been under a jihadist blockade for more than two years, and convoys from Ouagadougou reach it only under military escort."],
   E("AC", JNIM, BFA, "Burkina Faso", "Sahel", "Djibo", P, "Sunday", 25, 0))
P = "2025-05-20"
B3("b7-02", P, ["Suspected jihadists ambushed a civilian bus near the village of Sokolo in the Niono district of Mali's Segou region on Sunday, killing nine passengers, a local official said.",
                "Attacks on the roads of central Mali have multiplied since the group began blockading fuel trucks bound for Bamako."],
   E("ATT", uag("Mali"), civ("Mali"), "Mali", "Segou", "Sokolo", P, "Sunday", 9, 0))
P = "2025-03-24"
B3("b7-03", P, ["Islamic State Sahel Province fighters opened fire on worshippers during Friday prayers at a mosque in the village of Fambita, in the Kokorou commune of Niger's Tillaberi region, killing 44 people, the interior ministry said.",
                "The government declared three days of national mourning."],
   E("ATT", ISSP, civ("Niger"), "Niger", "Tillaberi", "Fambita", P, "Friday", 44, 0))
P = "2025-09-05"
B3("b7-04", P, ["Gunmen on motorbikes attacked a gendarmerie post in the Tassara department of western Niger's Tahoua region on Wednesday, killing four gendarmes, a security source said.",
                "Reinforcements were sent from Tahoua, the regional capital."],
   E("AC", uag("Niger"), NER_MIL, "Niger", "Tahoua", "Tassara", P, "Wednesday", 4, 0))
P = "2025-01-14"
B3("b7-05", P, ["A drone strike by the Rapid Support Forces set fire to the power station at the Merowe dam in Sudan's Northern state on Monday, causing blackouts across several cities, the national electricity company said.",
                "Port Sudan and Atbara were among the cities left without power."],
   E("ADS", RSF, None, "Sudan", "Northern", "Merowe", P, "Monday", 0, 0))
P = "2024-06-06"
B3("b7-06", P, ["Rapid Support Forces fighters stormed the village of Wad al-Noura in the Managil area of Gezira state on Wednesday, killing more than 100 people, activists said.",
                "The army vowed a strong response to what it called a massacre."],
   E("ATT", RSF, civ("Sudan"), "Sudan", "Al Jazirah", "Wad al-Noura", P, "Wednesday", 100, 0))
P = "2025-07-21"
B3("b7-07", P, ["RSF artillery shelled residential areas of Sinja, the capital of Sennar state, on Sunday, killing six civilians, a local resistance committee said.",
                "The army retook the town from the paramilitary group in November."],
   E("SH", RSF, civ("Sudan"), "Sudan", "Sennar", "Singa", P, "Sunday", 6, 0))
P = "2025-02-13"
B3("b7-08", P, ["The army and the Rapid Support Forces fought for hours around the headquarters of the 22nd Infantry Division in Babanusa, West Kordofan, on Wednesday, residents said.",
                "Both sides claimed to have inflicted heavy losses."],
   E("AC", SDN, RSF, "Sudan", "West Kordofan", "Babanusa", P, "Wednesday", 0, 0))
P = "2025-02-12"
B3("b7-09", P, ["CODECO militiamen attacked a camp for displaced people at Plaine Savo in Djugu territory, Ituri province, overnight on Monday, killing 51 people, the United Nations said.",
                "Survivors fled to the nearby town of Bunia."],
   E("ATT", CODECO, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Plaine Savo", P, "Monday", 51, 0))
P = "2025-02-07"
B3("b7-10", P, ["M23 rebels took control of Nyabibwe, a mining town in the Kalehe territory of South Kivu province, on Wednesday after Congolese troops and Wazalendo fighters withdrew, local sources said.",
                "The rebels, who captured Goma last month, have said they intend to march on Kinshasa."],
   E("NSO", M23, COD, "Democratic Republic of Congo", "South Kivu", "Nyabibwe", P, "Wednesday", 0, 0))
P = "2025-04-29"
B3("b7-11", P, ["ADF rebels killed 14 civilians with machetes in a night attack on a village near Oicha, in North Kivu's Beni territory, on Sunday, a civil society leader said.",
                "The army said it was pursuing the attackers towards the border with Ituri."],
   E("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Oicha", P, "Sunday", 14, 0))
P = "2025-04-08"
B3("b7-12", P, ["Al-Shabaab fighters overran a military base in Moqokori, in Somalia's Hiran region, on Monday after a car bomb blew open its gates, residents and a local elder said.",
                "Government forces withdrew towards Beledweyne."],
   E("NSO", SHABAAB, SOM, "Somalia", "Hiraan", "Moqokori", P, "Monday", 0, 0))
P = "2025-03-03"
B3("b7-13", P, ["A US air strike killed three al-Shabaab fighters near Jilib in Somalia's Middle Juba region on Saturday, the US Africa Command said.",
                "It said no civilians were harmed."],
   E("ADS", USA, SHABAAB, "Somalia", "Middle Juba", "Jilib", P, "Saturday", 3, 0))
P = "2025-02-17"
B3("b7-14", P, ["A military air strike hit a crowded market in Kyauktaw township in Myanmar's Rakhine state on Sunday, killing 12 people, a spokesman for the Arakan Army said.",
                "The Arakan Army controls most of the state's townships."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Rakhine", "Kyauktaw", P, "Sunday", 12, 0))
P = "2025-01-23"
B3("b7-15", P, ["Kachin Independence Army fighters seized a junta battalion base on the outskirts of Bhamo in Kachin state on Tuesday after weeks of fighting, the group said.",
                "Thousands of residents have fled the town to Myitkyina."],
   E("NSO", KIA, MMR, "Myanmar", "Kachin", "Bhamo", P, "Tuesday", 0, 0))
P = "2025-06-16"
B3("b7-16", P, ["Resistance fighters attacked a police station in Myingyan township, Mandalay region, early on Sunday, killing two policemen, a local People's Defense Force said.",
                "The junta said it repelled the attack."],
   E("AC", PDF, MMR, "Myanmar", "Mandalay", "Myingyan", P, "Sunday", 2, 0))
P = "2024-12-03"
B3("b7-17", P, ["Karenni resistance forces and junta troops fought in the centre of Loikaw, the capital of Kayah state, on Monday, residents said.",
                "The KNDF said it had captured a university building used by soldiers."],
   E("AC", KNDF, MMR, "Myanmar", "Kayah", "Loikaw", P, "Monday", 0, 0))
P = "2025-04-11"
B3("b7-18", P, ["FARC dissidents attacked a police station in Jamundi, south of Cali, with explosives dropped from drones on Thursday, wounding two officers, police said.",
                "The Jaime Martinez front has carried out dozens of such attacks in the region."],
   E("ADS", FARC, COL_POL, "Colombia", "Valle del Cauca", "Jamundi", P, "Thursday", 0, 0, injuries=2))
P = "2025-01-18"
B3("b7-19", P, ["ELN guerrillas killed at least 15 people, including a former FARC fighter who had signed the peace deal, in attacks on villages around Tibu, in the Catatumbo region of Norte de Santander, on Friday, the governor said.",
                "Thousands of families fled towards Cucuta and across the border into Venezuela."],
   E("ATT", ELN, civ("Colombia"), "Colombia", "Norte de Santander", "Tibu", P, "Friday", 15, 0))
P = "2025-08-25"
B3("b7-20", P, ["Two soldiers were killed when FARC dissidents attacked a military patrol in rural El Retorno, in Colombia's southern department of Guaviare, on Sunday, the army said.",
                "The dissident faction has been fighting a rival group for control of coca routes."],
   E("AC", FARC, COL, "Colombia", "Guaviare", "El Retorno", P, "Sunday", 2, 0))
P = "2025-03-10"
B3("b7-21", P, ["Gunmen ambushed a National Guard patrol on a highway near Fresnillo, Zacatecas, on Saturday, killing three guardsmen, state officials said.",
                "Fresnillo is regularly ranked among the cities where residents feel least safe in Mexico."],
   E("AC", gang("Mexico"), MEX, "Mexico", "Zacatecas", "Fresnillo", P, "Saturday", 3, 0))
P = "2024-06-05"
B3("b7-22", P, ["Gunmen of the Sinaloa and Jalisco cartels fought for control of Frontera Comalapa, in the southern state of Chiapas near the border with Guatemala, on Monday, leaving at least six dead, state prosecutors said.",
                "Hundreds of residents fled to the nearby town of Comitan."],
   E("AC", SINALOA, CJNG, "Mexico", "Chiapas", "Frontera Comalapa", P, "Monday", 6, 0))
P = "2025-02-19"
B3("b7-23", P, ["Militants attacked a police checkpost in Lakki Marwat district on Tuesday night, killing three policemen, officials said.",
                "Police said the attackers escaped under cover of darkness."],
   E("AC", uag("Pakistan"), PAK_POL, "Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", P, "Tuesday", 3, 0))
P = "2025-02-02"
B3("b7-24", P, ["Baloch Liberation Army fighters attacked a paramilitary camp in the Mangochar area of Kalat district on Saturday night, killing 18 soldiers, the military said.",
                "The attack came days after separatists blocked a highway near Quetta."],
   E("AC", BLA, PAK, "Pakistan", "Balochistan", "Mangochar", P, "Saturday", 18, 0))
P = "2024-08-24"
B3("b7-25", P, ["Bandits armed with rocket launchers attacked two police camps in the riverine Kacha area of Rahim Yar Khan district in Punjab on Thursday, killing 12 policemen, officials said.",
                "Police have fought the gangs in the forests along the Indus for years."],
   E("AC", gang("Pakistan"), PAK_POL, "Pakistan", "Punjab", "Rahim Yar Khan", P, "Thursday", 12, 0))
P = "2025-10-13"
B3("b7-26", P, ["Afghan Taliban forces and Pakistani troops exchanged heavy fire at the Chaman border crossing in Balochistan on Sunday, killing two Pakistani soldiers, officials said.",
                "The crossing, a key trade route, was closed to traffic."],
   E("AC", AFG_MIL, PAK, "Pakistan", "Balochistan", "Chaman", P, "Sunday", 2, 0))
P = "2024-03-09"
B3("b7-27", P, ["Gunmen abducted at least 280 pupils from a school in Kuriga, a village in the Chikun local government area of Kaduna state, on Thursday, residents said.",
                "Soldiers and police were deployed to search nearby forests."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kaduna", "Kuriga", P, "Thursday", 0, 0))
P = "2025-06-15"
B3("b7-28", P, ["Gunmen killed at least 100 people in an overnight attack on Yelwata, a village in the Guma local government area of Benue state, on Friday, Amnesty International said.",
                "Many of the victims were displaced farmers sheltering in the market area."],
   E("ATT", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Benue", "Yelwata", P, "Friday", 100, 0))
P = "2022-07-07"
B3("b7-29", P, ["Gunmen attacked the Kuje medium security prison on the outskirts of Abuja late on Tuesday, killing a guard and freeing hundreds of inmates, officials said.",
                "The Islamic State West Africa Province later claimed the attack."],
   E("AC", ISWAP, NGA_POL23, "Nigeria", "Federal Capital Territory", "Kuje", P, "Tuesday", 1, 0))
P = "2025-05-05"
B3("b7-30", P, ["Islamic State fighters attacked a ranger post in the Niassa Special Reserve, in the Mecula district of Niassa province, on Saturday, killing two rangers, the reserve's managers said.",
                "It was the first such attack in the province since 2022."],
   E("ATT", ISMP, civ("Mozambique"), "Mozambique", "Niassa", "Mecula", P, "Saturday", 2, 0))
P = "2024-09-16"
B3("b7-31", P, ["Insurgents beheaded four farmers in fields near Chai, a village in the Macomia district of Cabo Delgado, on Saturday, residents said.",
                "Rwandan troops deployed in the province did not comment."],
   E("ATT", ISMP, civ("Mozambique"), "Mozambique", "Cabo Delgado", "Chai", P, "Saturday", 4, 0))
P = "2024-10-04"
B3("b7-32", P, ["Fano militiamen fought federal troops in Debre Markos, the main town of the East Gojjam zone in Amhara region, on Thursday, and residents said at least ten people were killed.",
                "Internet access in the region has been cut since last year."],
   E("AC", FANO, ETH, "Ethiopia", "Amhara", "Debre Markos", P, "Thursday", 10, 0))
P = "2025-03-18"
B3("b7-33", P, ["Gunmen from the Oromo Liberation Army abducted at least 20 bus passengers near Gimbi in the West Wellega zone of Oromia on Sunday, relatives said.",
                "The group has denied previous accusations of kidnapping civilians for ransom."],
   E("ABD", OLA, civ("Ethiopia"), "Ethiopia", "Oromia", "Gimbi", P, "Sunday", 0, 0))
P = "2025-03-08"
B3("b7-34", P, ["Gunmen loyal to the former government ambushed a security patrol near Jableh, in Latakia province, on Thursday, killing 13 members of the security forces, the interior ministry said.",
                "Reinforcements were sent from Damascus and Homs."],
   E("AC", uag("Syria"), SYR, "Syria", "Lattakia", "Jableh", P, "Thursday", 13, 0))
P = "2025-08-27"
B3("b7-35", P, ["An Israeli drone strike hit a military site near al-Kiswah, south of Damascus, on Tuesday, killing six Syrian soldiers, the foreign ministry said.",
                "Israel said its forces were operating against threats to its troops in southern Syria."],
   E("ADS", ISR, SYR, "Syria", "Rural Damascus", "Al Kiswah", P, "Tuesday", 6, 0))
P = "2024-11-18"
B3("b7-36", P, ["A Turkish drone struck a car near Qamishli in northeastern Syria on Sunday, killing two members of the Syrian Democratic Forces, the SDF said.",
                "Turkey regards the Kurdish-led force as an extension of the PKK."],
   E("ADS", TUR, SDF, "Syria", "Al Hasakeh", "Qamishli", P, "Sunday", 2, 0))
P = "2025-07-03"
B3("b7-37", P, ["Islamic State gunmen shot dead three members of the Syrian Democratic Forces at a checkpoint in the Raqqa countryside on Wednesday, the war monitor said.",
                "The SDF launched a search for the attackers in nearby villages."],
   E("AC", IS_SYR, SDF, "Syria", "Ar-Raqqa", "Raqqa", P, "Wednesday", 3, 0))
P = "2025-05-04"
B3("b7-38", P, ["A Houthi sniper shot dead a ten-year-old boy in the besieged city of Taiz on Saturday, local officials said.",
                "The Houthis have blockaded the city's main roads since 2015."],
   E("ATT", HOUTHI, civ("Yemen"), "Yemen", "Taizz", "Taizz", P, "Saturday", 1, 0))
P = "2025-04-18"
B3("b7-39", P, ["US air strikes on the Ras Isa fuel port in Yemen's Hodeidah province killed at least 74 people on Thursday, the Houthi-run health ministry said.",
                "The US military said the strikes aimed to cut off the Houthis' fuel supplies."],
   E("ADS", USA, civ("Yemen"), "Yemen", "Al Hudaydah", "Ras Isa", P, "Thursday", 74, 0))
P = "2025-06-17"
B3("b7-40", P, ["Saudi border guards fired artillery at the Shada district of Saada province on Monday, killing four farmers, a medical source said.",
                "Such shelling of the border districts is reported almost daily."],
   E("SH", SAU, civ("Yemen"), "Yemen", "Sadah", "Shada", P, "Monday", 4, 0))
P = "2025-03-30"
B3("b7-41", P, ["An Israeli drone strike on a car in the town of Bint Jbeil killed two men on Saturday, Lebanon's health ministry said.",
                "Israel has kept up strikes in southern Lebanon despite the ceasefire."],
   E("ADS", ISR, civ("Lebanon"), "Lebanon", "Nabatiye", "Bint Jbeil", P, "Saturday", 2, 0))
P = "2024-10-09"
B3("b7-42", P, ["Israeli warplanes struck the outskirts of Baalbek in the Bekaa valley on Tuesday, killing five people, the health ministry said.",
                "Residents of the city have been fleeing to Zahle and Beirut."],
   E("ADS", ISR, civ("Lebanon"), "Lebanon", "Baalbek-Hermel", "Baalbek", P, "Tuesday", 5, 0))
P = "2025-05-23"
B3("b7-43", P, ["An Israeli strike on a motorbike killed one man in the southern coastal city of Tyre on Thursday, the health ministry said.",
                "The Israeli military said it had targeted a Hezbollah operative."],
   E("ADS", ISR, civ("Lebanon"), "Lebanon", "South", "Tyre", P, "Thursday", 1, 0))
P = "2024-08-06"
B3("b7-44", P, ["Rockets struck the Ain al-Asad air base in Iraq's western Anbar province on Monday, wounding several US personnel, US officials said.",
                "The base hosts troops of the US-led coalition against the Islamic State."],
   E("SH", uag("Iraq"), USA, "Iraq", "Al Anbar", "Ain al-Asad", P, "Monday", 0, 0, injuries=3))


# ---- Batch 8 (round 11): fresh held-out reports, half to dev and half to test (see splits), written from the codebook
# definitions BEFORE the pipeline was run on any of it. Conflicts across Africa, the Middle East, Asia, Latin America
# and Europe in wire, local and NGO styles, each event surrounded by the distractors that over-generate: background
# incidents, statements, threats, war-long or daily tallies, denials, plans, deployments and funerals; victims named by
# nationality ("Palestinians", "Thai farm workers"); a protest that turns violent in its second sentence (one Riots
# event); negatives of the same kinds with no event at all.
ISO.update({"Thailand": "THA", "Turkey": "TUR", "Peru": "PER", "Brazil": "BRA", "Benin": "BEN",
            "United Kingdom": "GBR", "Romania": "ROU", "Libya": "LBY"})
AMBAZONIA = A("Ambazonian Separatists", "CMR", "REB")
NUER_MIL = A("Nuer Ethnic Militia (South Sudan)", "SSD", "UAF")
SSD_MIL = A("Military Forces of South Sudan (2011-)", "SSD", "MIL")
IRQ_MIL = A("Military Forces of Iraq (2022-)", "IRQ", "MIL")
CHP = A("CHP: Republican People's Party", "TUR", "PTY")
PHL_MIL = A("Military Forces of the Philippines (2022-)", "PHL", "MIL")
DAWLAH = A("Dawlah Islamiyah", "PHL", "REB")
PER_POL = A("Police Forces of Peru (2022-)", "PER", "COP")
BRA_POL = A("Police Forces of Brazil (2023-)", "BRA", "COP")
RED_COMMAND = A("CV: Red Command", "BRA", "CRM")
LOS_LOBOS = A("Los Lobos", "ECU", "CRM")
LOS_CHONEROS = A("Los Choneros", "ECU", "CRM")
HABAR_GIDIR = A("Habar Gidir Clan Militia (Somalia)", "SOM", "UAF")
ABGAL = A("Abgal Clan Militia (Somalia)", "SOM", "UAF")
BEN_MUTINY = A("Mutiny of Military Forces of Benin (2016-)", "BEN", "MIL")
AFG_POL = A("Police Forces of Afghanistan (2021-)", "AFG", "COP")

P = "2025-06-11"
B3("b8-01", P, ["The Rapid Support Forces shelled the Abu Shouk displacement camp on the northern edge of El Fasher on Tuesday, killing at least 14 people, among them six children, the camp's coordination committee said.",
                "The paramilitary group has besieged the North Darfur capital for more than a year.",
                "The army's spokesman accused the RSF of deliberately targeting civilians and said the city would never fall."],
   E("SH", RSF, civ("Sudan"), "Sudan", "North Darfur", "Abu Shouk", P, "Tuesday", 14, 0))
P = "2025-05-05"
B3("b8-02", P, ["A drone struck a fuel depot at the southern port of Port Sudan early on Sunday, setting off a huge fire, Sudan's army said, blaming the Rapid Support Forces.",
                "No casualties were reported.",
                "Port Sudan, the seat of the army-backed government, had been spared the war until this month, and flights from its airport were suspended."],
   E("ADS", RSF, None, "Sudan", "Red Sea", "Port Sudan", P, "Sunday", 0, 0))
P = "2025-09-13"
B3("b8-03", P, ["Soldiers repelled an attack by JNIM militants on their base in Diapaga, in Burkina Faso's Est region, on Thursday, killing dozens of the assailants, the army said in a statement.",
                "The al-Qaeda-linked group has blockaded several towns in the region, cutting them off from food and fuel.",
                "Last month the army said it had killed more than 100 militants in a series of operations in the east."],
   E("AC", JNIM, BFA, "Burkina Faso", "Est", "Diapaga", P, "Thursday", 12, 0))
P = "2025-07-18"
B3("b8-04", P, ["Gunmen abducted at least 40 farmers working in their fields near Gusau, the Zamfara state capital, on Wednesday, residents said.",
                "Police said officers had been deployed to track down the kidnappers.",
                "In March, the state government insisted it had paid no ransom to free 15 schoolgirls held for two months."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Zamfara", "Gusau", P, "Wednesday", 0, 0))
P = "2025-04-07"
B3("b8-05", P, ["A mob beat to death a trader accused of blasphemy and set his body alight at a market in Sokoto on Saturday, police said.",
                "Police said two suspects had been arrested and appealed for calm.",
                "A similar killing in the state in 2022 set off days of unrest."],
   E("MV", rioters("Nigeria"), civ("Nigeria"), "Nigeria", "Sokoto", "Sokoto", P, "Saturday", 1, 0))
P = "2025-02-12"
B3("b8-06", P, ["CODECO militiamen attacked the Plaine Savo displacement camp in Ituri's Djugu territory overnight into Monday, killing at least 51 people with machetes and guns, a local aid group said.",
                "The UN peacekeeping mission said it had stepped up patrols around the camp, which shelters some 20,000 people.",
                "The militia says it defends the Lendu community, and has been blamed for thousands of deaths since 2017."],
   E("ATT", CODECO, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Plaine Savo", P, "Monday", 51, 0))
P = "2025-05-24"
B3("b8-07", P, ["Somali government forces recaptured the village of Sabiid in the Lower Shabelle region on Friday after heavy fighting with al-Shabaab militants, state media reported, saying 20 militants were killed.",
                "Al-Shabaab had seized the village in March during an offensive toward the capital.",
                "The group did not comment."],
   E("GRT", SOM, SHABAAB, "Somalia", "Lower Shabelle", "Sabiid", P, "Friday", 20, 0))
P = "2025-03-19"
B3("b8-08", P, ["Separatist fighters burned down a government secondary school in Bali Nyonga, in Cameroon's North-West region, on Monday after ordering pupils and teachers out, a local official said.",
                "No one was hurt.",
                "The separatists have enforced a boycott of schools in the English-speaking regions since 2017, saying they teach the French-speaking government's curriculum."],
   E("LOOT", AMBAZONIA, civ("Cameroon"), "Cameroon", "Nord-Ouest", "Bali Nyonga", P, "Monday", 0, 0))
P = "2025-08-30"
B3("b8-09", P, ["Government soldiers raped at least 12 women during house-to-house searches in the town of Merawi in Amhara region on Wednesday, a local health worker and two survivors told reporters.",
                "The military did not respond to requests for comment.",
                "Fighting between the army and Fano militias has displaced hundreds of thousands of people in the region since 2023."],
   lambda s: dict(ev("SV", ETH, civ("Ethiopia"), "Ethiopia", "Amhara", "Merawi", on(P, "Wednesday"), 0, s[0]), assoc_actor_2=A("Women (Ethiopia)", "ETH", "CVL")))
P = "2025-03-06"
B3("b8-10", P, ["Armed Nuer youths of the White Army overran an army garrison in Nasir, in South Sudan's Upper Nile state, on Tuesday after two days of fighting, the information minister said.",
                "The government accused the party of First Vice-President Riek Machar of backing the attack, a charge the party denied.",
                "The United Nations called on both sides to avoid a return to civil war."],
   E("NSO", NUER_MIL, SSD_MIL, "South Sudan", "Upper Nile", "Nasir", P, "Tuesday", 0, 0))
P = "2025-07-10"
B3("b8-11", P, ["An Israeli air strike hit tents sheltering displaced Palestinians in al-Mawasi, west of Khan Younis, early on Thursday, killing 13 people, including women and children, the civil defence agency said.",
                "The Israeli military said it had struck a Hamas command centre embedded in the area.",
                "Israel designated al-Mawasi a humanitarian zone early in the war."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Al Mawasi", P, "Thursday", 13, 0))
P = "2025-10-19"
B3("b8-12", P, ["Israeli settlers attacked Palestinians harvesting olives near the village of Turmus Ayya, north of Ramallah, on Saturday, beating farmers with clubs and setting fire to two cars, the Palestinian Red Crescent said, adding that four people were taken to hospital.",
                "Settler attacks during the olive harvest have risen sharply this year, according to UN figures.",
                "The Israeli military said soldiers were sent to the area to separate the two sides."],
   E("ATT", SETTLERS, civ("Palestine"), "Palestine", "West Bank", "Turmus Ayya", P, "Saturday", 0, 0, injuries=4))
P = "2025-04-14"
B3("b8-13", P, ["A roadside bomb hit an army patrol in the Hamrin mountains of Salah al-Din province on Sunday, killing two soldiers and wounding three, security sources said.",
                "No group claimed responsibility.",
                "Islamic State militants still carry out sporadic attacks in the area, years after the group's territorial defeat in 2017."],
   E("IED", None, IRQ_MIL, "Iraq", "Salah al-Din", "Hamrin", P, "Sunday", 2, 0, injuries=3))
P = "2025-01-25"
B3("b8-14", P, ["Yemeni government forces intercepted and destroyed two explosive-laden drones launched by the Houthis toward their positions west of Marib city on Friday, a military spokesman said.",
                "The Houthis have intensified attacks on the province's oil and gas facilities this year.",
                "A Houthi official said the group would continue its operations until the government accepted its terms."],
   E("DWU", YEM_MIL, HOUTHI, "Yemen", "Marib", "Marib", P, "Friday", 0, 0))
P = "2025-11-13"
B3("b8-15", P, ["Police in Istanbul detained the mayor of the Beylikduzu district, a member of the opposition Republican People's Party, in a dawn raid on his home on Wednesday, the party said.",
                "The party called the detention politically motivated and urged supporters to stay calm.",
                "Several other opposition mayors have been detained since March."],
   E("ARR", TUR_POL, CHP, "Turkey", "Istanbul", "Beylikduzu", P, "Wednesday", 0, 0))
P = "2025-08-04"
B3("b8-16", P, ["A Myanmar military jet bombed a village in Kyaukme township in northern Shan state on Saturday, killing nine civilians, including three children, the Ta'ang National Liberation Army said.",
                "The group said on Sunday that it would not withdraw from Kyaukme despite pressure from China.",
                "The junta has stepped up air strikes since announcing elections for December."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Shan-North", "Kyaukme", P, "Saturday", 9, 0))
P = "2025-11-12"
B3("b8-17", P, ["A suicide bomber blew himself up at the gate of the district courts complex in Islamabad on Tuesday, killing 12 people and wounding 27, the interior minister said.",
                "No group immediately claimed the attack.",
                "The government said it had put the capital's police on high alert and vowed to punish those behind the bombing."],
   E("SB", uag("Pakistan"), civ("Pakistan"), "Pakistan", "Islamabad Capital Territory", "Islamabad", P, "Tuesday", 13, 0, injuries=27))
P = "2025-06-28"
B3("b8-18", P, ["Maoist rebels killed a village head they accused of being a police informer in the Bijapur district of Chhattisgarh on Friday, police said.",
                "Security forces have killed more than 200 suspected Maoists in the state this year, according to police figures.",
                "The federal government has vowed to end the insurgency by March 2026."],
   E("ATT", MAOIST, civ("India"), "India", "Chhattisgarh", "Bijapur", P, "Friday", 1, 0))
P = "2025-03-17"
B3("b8-19", P, ["Suspected insurgents threw a grenade at a tea shop in the Rueso district of Narathiwat province on Sunday evening, wounding five people, police said.",
                "More than 7,000 people have been killed since the insurgency in Thailand's Muslim-majority south flared in 2004.",
                "Peace talks between the government and the main rebel group have stalled."],
   E("GR", uag("Thailand"), civ("Thailand"), "Thailand", "Narathiwat", "Rueso", P, "Sunday", 0, 0, injuries=5))
P = "2025-09-23"
B3("b8-20", P, ["Soldiers clashed with Dawlah Islamiyah militants in the town of Datu Hoffer in Maguindanao del Sur on Monday, killing three militants, the army said.",
                "A soldier was slightly wounded.",
                "The army said the group had been behind a bombing in the province last year."],
   E("AC", PHL_MIL, DAWLAH, "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Datu Hoffer", P, "Monday", 3, 0, injuries=1))
P = "2025-08-11"
B3("b8-21", P, ["Taliban police fired into the air and beat women who gathered in Kabul on Sunday to demand the right to work and study, detaining four of them, witnesses said.",
                "A Taliban spokesman said the gathering had not been authorised.",
                "Women have been barred from most jobs and from secondary schools since 2021."],
   E("PWI", protesters("Afghanistan"), AFG_POL, "Afghanistan", "Kabul", "Kabul", P, "Sunday", 0, 0))
P = "2025-10-07"
B3("b8-22", P, ["ELN guerrillas kidnapped two engineers of the state oil company at a roadblock near Saravena, in Arauca department, on Sunday, the company said.",
                "The group released four hostages last month after talks mediated by the Catholic Church.",
                "The army said it had sent troops to search the area."],
   E("ABD", ELN, civ("Colombia"), "Colombia", "Arauca", "Saravena", P, "Sunday", 0, 0))
P = "2025-06-17"
B3("b8-23", P, ["Police opened fire on striking teachers who were blocking a highway near Nochixtlan in Oaxaca on Sunday, killing two of them and wounding several others, the teachers' union said.",
                "The union has staged protests against the education reform every week since May.",
                "The state government said officers had been attacked first and denied that they carried firearms."],
   E("EFP", protesters("Mexico"), MEX_POL, "Mexico", "Oaxaca", "Nochixtlan", P, "Sunday", 2, 0))
P = "2025-03-01"
B3("b8-24", P, ["Members of the Gran Grif gang attacked Petite-Riviere de l'Artibonite before dawn on Thursday, shooting residents in their homes and killing at least 20 people, a local human rights group said.",
                "Police said reinforcements had been sent from Saint-Marc.",
                "In October, the same gang killed 115 people in nearby Pont-Sonde."],
   E("ATT", GRAN_GRIF, civ("Haiti"), "Haiti", "Artibonite", "Petite-Riviere de l'Artibonite", P, "Thursday", 20, 0))
P = "2025-11-12"
B3("b8-25", P, ["Members of the rival Los Lobos and Los Choneros gangs fought with guns and explosives inside the Litoral penitentiary in Guayaquil on Tuesday, leaving at least 17 inmates dead, the prison authority said.",
                "Ecuador's prisons have been the scene of repeated massacres since 2021, with more than 460 inmates killed.",
                "The president has promised to build two new maximum-security prisons."],
   E("AC", LOS_LOBOS, LOS_CHONEROS, "Ecuador", "Guayas", "Guayaquil", P, "Tuesday", 17, 0))
P = "2025-05-16"
B3("b8-26", P, ["Police raided the Complexo da Mare in Rio de Janeiro on Thursday and exchanged fire with members of the Red Command gang for several hours; eight suspects and one officer were killed, the state security department said.",
                "Schools and clinics in the area were closed for the day.",
                "Rights groups have criticised such operations, which killed more than 700 people in the state last year."],
   E("AC", BRA_POL, RED_COMMAND, "Brazil", "Rio de Janeiro", "Rio de Janeiro", P, "Thursday", 9, 0))
P = "2025-04-10"
B3("b8-27", P, ["Thousands of informal miners marched through central Lima on Wednesday to demand an extension of their mining permits.",
                "Some of the marchers threw stones and fireworks at police outside Congress, and officers responded with tear gas.",
                "The miners have blocked roads in several regions over the past month."],
   E("VD", rioters("Peru"), PER_POL, "Peru", "Lima", "Lima", P, "Wednesday", 0, 0))
P = "2025-02-18"
B3("b8-28", P, ["Russian forces shelled the Dniprovskyi district of Kherson on Monday morning, killing a 71-year-old woman and wounding her son, the regional administration said.",
                "Over the past day, Russian attacks across the region killed three people and wounded 17, the governor said.",
                "Kherson has been shelled from across the Dnipro river since Russian troops withdrew from the city in 2022."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Kherson", "Kherson", P, "Monday", 1, 0, injuries=1))
P = "2025-08-22"
B3("b8-29", P, ["Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov region early on Friday, causing a large fire, the regional governor said.",
                "Ukraine has repeatedly targeted Russian refineries this year to cut the Kremlin's fuel revenue.",
                "The refinery had halted operations after a similar attack in 2024."],
   E("ADS", UKR, None, "Russia", "Rostov", "Novoshakhtinsk", P, "Friday", 0, 0))
P = "2025-06-12"
B3("b8-30", P, ["Masked youths attacked houses where Romanian families lived in Ballymena, Northern Ireland, on Tuesday night, smashing windows and setting a car on fire, police said.",
                "Police said the families had been moved to temporary accommodation.",
                "The violence followed a peaceful vigil in the town on Monday over an alleged sexual assault."],
   E("MV", rioters("United Kingdom"), civ("Romania"), "United Kingdom", "Northern Ireland", "Ballymena", P, "Tuesday", 0, 0))
P = "2025-03-15"
B3("b8-31", P, ["Thousands of garment workers marched through the Mirpur area of Dhaka on Friday to demand unpaid wages and bonuses, a union leader said.",
                "The march ended without incident outside the labour ministry.",
                "Factory owners say falling orders have left them unable to pay."],
   E("PP", protesters("Bangladesh"), None, "Bangladesh", "Dhaka", "Dhaka", P, "Friday", 0, 0))
P = "2025-07-23"
B3("b8-32", P, ["Elders of the Habar Gidir and Abgal clans signed a peace agreement in Adado on Tuesday to end months of fighting over grazing land in the Galgaduud region, local officials said.",
                "Dozens of people were killed in clashes between the clans' militias earlier this year.",
                "The deal provides for the return of looted livestock."],
   E("AGR", HABAR_GIDIR, ABGAL, "Somalia", "Galgaduud", "Adado", P, "Tuesday", 0, 0))
P = "2025-12-08"
B3("b8-33", P, ["A group of soldiers appeared on state television in Cotonou on Sunday morning and announced that they had removed the president, but the interior minister said hours later that the coup attempt had been foiled and most of the mutineers arrested.",
                "The president addressed the nation in the evening and thanked the loyal armed forces.",
                "West African leaders condemned the attempt."],
   E("OTH", BEN_MUTINY, None, "Benin", "Littoral", "Cotonou", P, "Sunday", 0, 0))
P = "2025-03-12"
B3("b8-34", P, ["An anti-tank missile fired by Hezbollah from Lebanon hit an orchard near Metula in northern Israel on Monday, killing two Thai farm workers, Israeli medics said.",
                "The Israeli military said it struck the launch site in response.",
                "Tens of thousands of Israelis have been evacuated from the border area."],
   E("SH", HEZ, civ("Thailand"), "Israel", "HaZafon", "Metula", P, "Monday", 2, 0))

# Batch 8 negatives: the same distractors with no event of their own.
NEG8 = [
    ("b8-n01", "2025-08-25", ["Hezbollah's leader warned in a televised speech on Sunday that the group would respond to any Israeli attempt to disarm it by force.",
                              "He said the group's fighters were ready for a long war."]),
    ("b8-n02", "2025-12-10", ["Rwanda's army on Tuesday denied that its drones had struck positions of Burundian troops near Uvira, calling the accusation fabricated.",
                              "Burundi's foreign minister had said on Monday that Rwandan drones killed several soldiers."]),
    ("b8-n03", "2025-09-10", ["At least 1,400 people have been killed in Sinaloa since rival factions of the cartel began fighting a year ago, state prosecutors said in a report on Tuesday.",
                              "Most of the victims were shot in Culiacan, the state capital."]),
    ("b8-n04", "2025-10-28", ["A court in Bogota on Monday convicted three former soldiers of killing 12 civilians whom they falsely presented as guerrillas killed in combat in 2007.",
                              "The judge sentenced them to 40 years in prison."]),
    ("b8-n05", "2025-07-03", ["Kenya's interior minister said on Wednesday that police would deploy 10,000 officers in Nairobi ahead of protests planned for next Monday.",
                              "He warned that anyone who attacked police stations would be shot."]),
    ("b8-n06", "2025-09-16", ["JNIM militants threatened in a video released on Monday to attack any lorry carrying fuel to Bamako from Senegal or Ivory Coast.",
                              "Fuel shortages have already closed schools in the capital."]),
    ("b8-n07", "2025-09-18", ["Russian and Belarusian troops held live-fire exercises near the Polish border on Wednesday as part of the Zapad drills, Belarus's defence ministry said.",
                              "Poland closed its border crossings with Belarus for the duration of the drills."]),
    ("b8-n08", "2025-06-05", ["A military helicopter crashed during a training flight in Kenya's Elgeyo-Marakwet county on Wednesday, killing all ten people on board, the defence ministry said.",
                              "The ministry said a technical failure was the likely cause."]),
    ("b8-n09", "2025-10-22", ["If the Rapid Support Forces capture El Fasher, hundreds of thousands of civilians could be trapped without food or medicine, UN officials warned on Tuesday.",
                              "They called on both sides to open safe corridors out of the city."]),
    ("b8-n10", "2025-05-20", ["Police in Kaduna said on Monday that there had been no attack on a convoy of travellers near the state capital, after videos circulating online claimed gunmen had ambushed it.",
                              "The videos showed an attack in another state in 2023, police said."]),
    ("b8-n11", "2025-08-13", ["The death toll in Gaza since October 2023 has risen to 61,700, the territory's health ministry said on Tuesday, adding that 89 bodies had been brought to hospitals in the past 24 hours.",
                              "The ministry does not distinguish between civilians and fighters."]),
    ("b8-n12", "2025-10-17", ["Thousands of people attended the funeral in Peshawar on Thursday of a police officer killed in a bomb attack earlier in the week.",
                              "The provincial chief minister condemned the violence and promised compensation to the officer's family."]),
]
for rid, published, sentences in NEG8:
    B3(rid, published, sentences)

# Batch 9 (round 12): fresh held-out text written from the codebook definitions and committed BEFORE the pipeline ran on
# it. Each event sits among the distractors that over-generate or mis-type on held-out text (habitual and historical
# sentences, retaliation told as context, war-long tallies, plans, threats, denials, accidents, labour strikes), and its
# victims and protesters are the occupational groups ACLED codes as civilians (farmers, students, teachers, traders).
BSF = A("Military Forces of India (2014-) Border Security Force", "IND", "MIL")
P = "2025-03-11"
B3("b9-01", P, ["Fighters of the Islamic State West Africa Province attacked an army base in Wajiroko, in Borno state's Damboa area, before dawn on Monday, and soldiers repelled them after a three-hour gun battle, a military source said.",
                "Eight soldiers and at least 20 insurgents were killed, the source said.",
                "The jihadists have overrun several bases in the state this year, taking weapons and vehicles."],
   E("AC", ISWAP, NGA, "Nigeria", "Borno", "Wajiroko", P, "Monday", 28, 0))
P = "2025-06-20"
B3("b9-02", P, ["An Israeli drone struck a car on the coastal road near Tyre in southern Lebanon on Thursday, killing two members of Hezbollah, the group said.",
                "The Israeli military said it had targeted a commander who was rebuilding the group's rocket launching sites.",
                "Israel has carried out near-daily strikes in Lebanon despite the ceasefire agreed in November."],
   E("ADS", ISR, HEZ, "Lebanon", "South", "Tyre", P, "Thursday", 2, 0))
P = "2025-05-14"
B3("b9-03", P, ["Hundreds of university students marched through central Dhaka on Tuesday to demand justice for a classmate killed by a speeding bus, blocking traffic for several hours.",
                "The march ended peacefully outside the home ministry.",
                "Student leaders said more protests would follow if the driver was not charged within a week."],
   E("PP", protesters("Bangladesh"), None, "Bangladesh", "Dhaka", "Dhaka", P, "Tuesday", 0, 0))
P = "2025-06-16"
B3("b9-04", P, ["Gunmen believed to be herders killed nine farmers in the village of Yelewata in Benue state's Guma area on Saturday night, the local council chairman said.",
                "Police said a tactical unit had been deployed to the area.",
                "Clashes over grazing land have killed hundreds of people in the state since 2023, and many farmers no longer go to their fields."],
   E("ATT", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Benue", "Yelewata", P, "Saturday", 9, 0))
P = "2025-07-08"
B3("b9-05", P, ["Gunmen kidnapped 25 pupils from a boarding school in the town of Maga in Kebbi state early on Monday, the state police said.",
                "Security forces have launched a search for the children.",
                "The state government said it would not pay ransom, and shut all boarding schools in the area."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kebbi", "Maga", P, "Monday", 0, 0))
P = "2025-07-02"
B3("b9-06", P, ["Russian forces shelled the centre of Kherson on Wednesday morning, killing a 68-year-old woman and wounding four other people, the regional governor said.",
                "The city, which Ukrainian troops retook in November 2022, is shelled almost daily from across the Dnipro river.",
                "Authorities have urged residents of the riverside districts to leave."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Kherson", "Kherson", P, "Wednesday", 1, 0, injuries=4))
P = "2025-08-17"
B3("b9-07", P, ["Russian air defences shot down a Ukrainian drone over the city of Kaluga overnight, the regional governor said on Sunday, adding that no one was hurt.",
                "Moscow says it downs dozens of Ukrainian drones every night.",
                "Kyiv has repeatedly said its long-range strikes target military and energy sites inside Russia."],
   E("DWU", RUS, UKR, "Russia", "Kaluga", "Kaluga", P, "Sunday", 0, 0))
P = "2025-09-10"
B3("b9-08", P, ["Police in Istanbul detained the mayor of the city's Beylikduzu district on Tuesday as part of a corruption investigation, state media reported.",
                "The mayor, a member of the main opposition Republican People's Party, denies wrongdoing.",
                "The party called the arrest politically motivated and said it would challenge it in court."],
   E("ARR", TUR_POL, CHP, "Turkey", "Istanbul", "Istanbul", P, "Tuesday", 0, 0))
P = "2025-04-14"
B3("b9-09", P, ["Al-Shabaab fighters took control of the town of Moqokori in Somalia's Hiraan region on Saturday after clashes with government forces and allied clan militias, residents said.",
                "At least six people were killed in the fighting before the soldiers withdrew towards Jowhar, they said.",
                "Government forces had captured the town from the militants in 2022 during an offensive backed by clan fighters."],
   E("NSO", SHABAAB, SOM, "Somalia", "Hiraan", "Moqokori", P, "Saturday", 6, 0))
P = "2025-06-26"
B3("b9-10", P, ["Demonstrators burned tyres and threw stones at police in the town of Kitengela south of Nairobi on Wednesday during protests against police brutality, and officers fired tear gas to disperse them, witnesses said.",
                "No one was reported killed in the town.",
                "Rights groups say dozens of people were killed during the protests against a finance bill last year."],
   E("VD", rioters("Kenya"), KEN_POL, "Kenya", "Kajiado", "Kitengela", P, "Wednesday", 0, 0))
P = "2025-02-21"
B3("b9-11", P, ["A roadside bomb struck a police vehicle in Dera Ismail Khan district of Khyber Pakhtunkhwa on Thursday, killing three officers and wounding two others, a police spokesman said.",
                "No group claimed responsibility for the blast.",
                "Militants have stepped up attacks on the police in the province since the Pakistani Taliban ended a ceasefire in 2022."],
   E("IED", None, PAK_POL, "Pakistan", "Khyber Pakhtunkhwa", "Dera Ismail Khan", P, "Thursday", 3, 0, injuries=2))
P = "2025-03-04"
B3("b9-12", P, ["ELN guerrillas shot dead a community leader in a rural area of Tibu in Norte de Santander on Sunday, the ombudsman's office said.",
                "The ombudsman said more than 50 social leaders had been killed in the country this year.",
                "The guerrilla group has been fighting FARC dissidents for control of the Catatumbo region since January."],
   E("ATT", ELN, civ("Colombia"), "Colombia", "Norte de Santander", "Tibu", P, "Sunday", 1, 0))
P = "2025-05-22"
B3("b9-13", P, ["Several thousand teachers marched through Quito on Wednesday to demand overdue pay and a new pension law, the national teachers' union said.",
                "The march ended peacefully in front of the education ministry.",
                "The union also called a 48-hour strike, closing public schools in several provinces."],
   E("PP", protesters("Ecuador"), None, "Ecuador", "Pichincha", "Quito", P, "Wednesday", 0, 0))
P = "2025-08-05"
B3("b9-14", P, ["Suspected militants hurled a grenade at a Border Security Force post in the Sopore area of Baramulla district on Monday, wounding two personnel, police said.",
                "The attackers escaped, and security forces cordoned off the area to search for them.",
                "Grenade attacks on security forces were frequent in the valley in the 1990s."],
   E("GR", uag("India"), BSF, "India", "Jammu and Kashmir", "Sopore", P, "Monday", 0, 0, injuries=2))
P = "2025-10-07"
B3("b9-15", P, ["Traders were beaten and their stalls set on fire when a mob attacked the main market in Kaduna's Zangon Kataf area on Sunday after a dispute between two youths, police said, adding that three people were killed.",
                "Police said 14 suspects had been arrested and a curfew imposed on the area.",
                "The state governor appealed for calm and promised to rebuild the market."],
   E("MV", rioters("Nigeria"), civ("Nigeria"), "Nigeria", "Kaduna", "Zangon Kataf", P, "Sunday", 3, 0))

NEG9 = [
    ("b9-n01", "2025-04-09", ["Seven soldiers were killed when their army truck overturned on a highway near Kaduna on Tuesday, the military said.",
                              "The truck was carrying troops to a base in the north-west, a spokesman said."]),
    ("b9-n02", "2025-08-12", ["Dock workers at the port of Mombasa went on strike on Monday over unpaid allowances, halting cargo handling for most of the day, their union said.",
                              "Port officials said talks with the union would resume on Wednesday."]),
    ("b9-n03", "2025-03-31", ["Residents of Bucha laid flowers at a memorial on Monday to mark three years since Russian troops withdrew from the town, where hundreds of civilians were found dead.",
                              "Ukraine's prosecutor general said investigators had identified more than 200 suspects."]),
    ("b9-n04", "2025-07-21", ["The Houthis said on Sunday they would target any ship belonging to companies that deal with Israeli ports, regardless of its flag.",
                              "The group's military spokesman said the warning took effect immediately."]),
    ("b9-n05", "2025-09-23", ["Pakistan's army said on Monday it had killed 230 militants in operations across Khyber Pakhtunkhwa over the past three months.",
                              "It did not say how many soldiers had died in that period."]),
    ("b9-n06", "2025-12-04", ["The Sudanese army denied on Wednesday reports that it had withdrawn from the town of Babanusa in West Kordofan, saying its troops remained in full control.",
                              "The Rapid Support Forces had claimed on social media that the army had fled the town."]),
    ("b9-n07", "2025-07-29", ["Thailand's army chief said on Monday that more troops would be sent to the border with Cambodia if talks between the two governments failed.",
                              "The foreign ministry said a meeting was planned for next week in Kuala Lumpur."]),
    ("b9-n08", "2025-11-05", ["Opposition lawmakers launched a fierce attack on the government's budget in parliament in Nairobi on Tuesday, accusing the finance minister of hiding debts.",
                              "The minister said the figures had been audited and would be published in full."]),
]
for rid, published, sentences in NEG9:
    B3(rid, published, sentences)

# Batch 10 (round 13): fresh held-out text from conflicts other than Ukraine (Sudan, Mali, Burkina Faso, Niger, Myanmar,
# Gaza, Lebanon, Colombia, DR Congo, Somalia), written from the codebook definitions and committed BEFORE the pipeline
# ran on it. Each event sits among the distractors that over-generate (habitual and repeated attacks, war-long tallies,
# claims and counter-claims, threats, conditional plans, verdicts on past attacks, bodies recovered from earlier
# strikes, flight without fighting, talks without agreement).
COD_POL = A("Police Forces of Democratic Republic of Congo (2019-)", "COD", "COP")
P = "2025-05-06"
B3("b10-01", P, ["A drone attack by the Rapid Support Forces struck a fuel depot in Port Sudan on Sunday, setting off a fire that burned for hours, the army said.",
                 "No casualties were reported.",
                 "The paramilitary group has repeatedly targeted the city's airport since the start of the month."],
   E("ADS", RSF, None, "Sudan", "Red Sea", "Port Sudan", P, "Sunday", 0, 0))
P = "2025-06-12"
B3("b10-02", P, ["RSF artillery shelled the Abu Shouk displacement camp near El Fasher on Wednesday, killing at least 11 people, including four children, local volunteers said.",
                 "The camp, home to hundreds of thousands of people, has been shelled dozens of times this year.",
                 "The United Nations called for an immediate end to attacks on civilians."],
   E("SH", RSF, civ("Sudan"), "Sudan", "North Darfur", "Abu Shouk", P, "Wednesday", 11, 0))
P = "2025-06-03"
B3("b10-03", P, ["JNIM fighters attacked a military camp in Boulkessi in Mali's Mopti region on Sunday, sparking hours of fighting with soldiers, security sources said.",
                 "The army said 30 soldiers were killed; the jihadists claimed to have killed more than 100.",
                 "JNIM has besieged several towns in central Mali since 2023."],
   E("AC", JNIM, MLI, "Mali", "Mopti", "Boulkessi", P, "Sunday", 30, 0))
P = "2025-05-14"
B3("b10-04", P, ["Gunmen killed at least 20 villagers in Dargo, a village in Burkina Faso's Centre-Nord region, on Monday, residents and a local official said.",
                 "The attackers, who arrived on motorcycles, also burned the village's grain stores.",
                 "The army did not comment."],
   E("ATT", uag("Burkina Faso"), civ("Burkina Faso"), "Burkina Faso", "Centre-Nord", "Dargo", P, "Monday", 20, 0))
P = "2025-03-26"
B3("b10-05", P, ["Five soldiers were killed when their vehicle struck a landmine near Banibangou in Niger's Tillaberi region on Monday, the defence ministry said.",
                 "The ministry said the area was being searched for those who had planted the device."],
   E("IED", None, NER_MIL, "Niger", "Tillaberi", "Banibangou", P, "Monday", 5, 0))
P = "2025-02-20"
B3("b10-06", P, ["A junta air strike hit a monastery in Sagaing region's Kani township on Tuesday night, killing nine people who had taken shelter there, a local resistance group said.",
                 "The military has not commented on the strike.",
                 "Air strikes on villages in the region have increased since the army lost several towns last year."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Sagaing", "Kani", P, "Tuesday", 9, 0))
P = "2025-01-09"
B3("b10-07", P, ["The Arakan Army said on Wednesday it had captured a junta battalion headquarters near Taungup in Rakhine state after a week-long assault.",
                 "Dozens of government soldiers surrendered, the group said.",
                 "The junta did not respond to requests for comment."],
   E("NSO", AA, MMR, "Myanmar", "Rakhine", "Taungup", P, "Wednesday", 0, 0))
P = "2025-04-15"
B3("b10-08", P, ["An Israeli air strike on a tent housing displaced families in Khan Younis killed seven people early on Monday, including three children, medics at Nasser Hospital said.",
                 "The Israeli military said it had targeted a Hamas militant.",
                 "More than 50,000 people have been killed in Gaza since October 2023, the territory's health ministry says."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Khan Yunis", P, "Monday", 7, 0))
P = "2025-07-09"
B3("b10-09", P, ["An Israeli drone struck a motorcycle in the town of Kfar Kila in southern Lebanon on Tuesday, killing its rider, whom the Israeli army described as a Hezbollah operative.",
                 "Lebanon's health ministry confirmed one death.",
                 "Israel has kept up near-daily strikes despite the ceasefire agreed in November."],
   E("ADS", ISR, HEZ, "Lebanon", "Nabatiye", "Kfar Kila", P, "Tuesday", 1, 0))
P = "2025-08-19"
B3("b10-10", P, ["Soldiers clashed with FARC dissidents in the rural area of Argelia in Cauca department on Sunday, leaving two soldiers and three guerrillas dead, the army said.",
                 "The dissidents have fought the army for control of coca-growing areas in the region for years."],
   E("AC", COL, FARC, "Colombia", "Cauca", "Argelia", P, "Sunday", 5, 0))
P = "2025-03-05"
B3("b10-11", P, ["ELN guerrillas kidnapped two employees of an oil contractor on a road near Saravena in Arauca on Monday, the company said.",
                 "Kidnappings have risen in the department since peace talks were suspended in January."],
   E("ABD", ELN, civ("Colombia"), "Colombia", "Arauca", "Saravena", P, "Monday", 0, 0))
P = "2025-09-10"
B3("b10-12", P, ["ADF rebels attacked a funeral gathering in the village of Ntoyo in North Kivu's Lubero territory on Monday night, killing at least 60 people with machetes and guns, local officials said.",
                 "The toll could rise as bodies were still being found, a civil society leader said."],
   E("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Ntoyo", P, "Monday", 60, 0))
P = "2025-02-11"
B3("b10-13", P, ["Police fired tear gas to disperse hundreds of people protesting outside several Western embassies in Kinshasa on Monday against what they called the world's silence over the M23 offensive in the east.",
                 "The protesters demanded sanctions against Rwanda."],
   E("PWI", COD_POL, protesters("Democratic Republic of Congo"), "Democratic Republic of Congo", "Kinshasa", "Kinshasa", P, "Monday", 0, 0))
P = "2025-03-19"
B3("b10-14", P, ["A suicide bomber targeted the convoy of Somalia's president in Mogadishu on Tuesday, killing at least four people, police said, though the president was unhurt.",
                 "Al-Shabaab said it had carried out the attack."],
   E("SB", SHABAAB, SOM, "Somalia", "Banadir", "Mogadishu", P, "Tuesday", 4, 0))
NEG10 = [
    ("b10-n01", "2025-05-13", ["The Rapid Support Forces said on Monday they would attack any aircraft using Port Sudan airport, calling it a military target.",
                               "The army said the threat would not stop flights."]),
    ("b10-n02", "2025-07-02", ["A court in Bamako on Tuesday sentenced two men to death for their role in a 2015 attack on a hotel in the capital that killed 20 people.",
                               "Their lawyers said they would appeal."]),
    ("b10-n03", "2025-02-07", ["Gaza's civil defence said on Thursday that its crews had recovered 14 bodies from the rubble of houses in Rafah destroyed in earlier strikes.",
                               "The agency said it lacked the equipment to reach hundreds of others."]),
    ("b10-n04", "2025-02-01", ["Colombia's defence minister said on Friday that the army would send 1,500 more troops to Catatumbo if the violence between armed groups continued.",
                               "Tens of thousands of people have fled the region since January."]),
    ("b10-n05", "2025-03-11", ["Thousands of people fled villages near Bhamo over the weekend fearing renewed fighting, aid groups said, though no clashes were reported.",
                               "Many were sheltering in monasteries in the town."]),
    ("b10-n06", "2025-05-01", ["Representatives of the M23 rebels and the Congolese government met in Doha on Wednesday for a new round of talks, but no agreement was reached, mediators said.",
                               "Both sides accuse each other of violating a truce declared in April."]),
]
for rid, published, sentences in NEG10:
    B3(rid, published, sentences)

# Batch 11 (round 14): fresh held-out text from conflicts other than Ukraine (Nigeria, Yemen, Pakistan, Haiti, Syria,
# Ituri, Sudan, Mozambique, Kenya, Niger, Cameroon, Israel/Lebanon), written from the codebook definitions and committed
# BEFORE the pipeline ran on it. Each event sits among the distractors that over-generate or mis-type (an elaborating
# sentence, a denial, an unclaimed bombing, a war-long tally, a planned march, partial interceptions); its negatives are a
# threat, an anniversary, an announcement with a purpose clause, a training crash, a months-long tally and an
# investigation.
HTI_GANG = A("Unidentified Gang (Haiti)", "HTI", "CRM")
P = "2025-06-16"
B3("b11-01", P, ["Bandits abducted at least 25 worshippers from a mosque in Maru, in Nigeria's Zamfara state, on Friday, police said.",
                 "The gunmen, who arrived on motorcycles, also took away cattle.",
                 "Relatives said the kidnappers had demanded a ransom by Sunday."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Zamfara", "Maru", P, "Friday", 0, 0))
P = "2025-04-19"
B3("b11-02", P, ["A US air strike on the fuel port of Ras Isa in Yemen's Hodeidah province killed at least 38 people on Thursday, the Houthi-run health ministry said.",
                 "The strikes were the deadliest since Washington began its campaign in March.",
                 "The US military said the port had been used to supply Houthi forces."],
   E("ADS", USA, civ("Yemen"), "Yemen", "Al Hudaydah", "Ras Isa", P, "Thursday", 38, 0))
P = "2025-03-07"
B3("b11-03", P, ["A roadside bomb struck a police van in Mastung district of Balochistan on Wednesday, killing five policemen and wounding 12, officials said.",
                 "No group claimed the bombing, but separatists have carried out similar attacks in the area."],
   lambda s: ev("IED", uag("Pakistan"), PAK_POL, "Pakistan", "Balochistan", "Mastung", on(P, "Wednesday"), 5, s[0], injuries=12))
P = "2025-03-22"
B3("b11-04", P, ["Police and gang members exchanged fire for several hours in the Solino neighbourhood of Port-au-Prince on Thursday, leaving four gang members and a police officer dead, the national police said.",
                 "Residents said they had been trapped in their homes."],
   E("AC", HTI_POL, HTI_GANG, "Haiti", "Ouest", "Port-au-Prince", P, "Thursday", 5, 0))
P = "2025-06-10"
B3("b11-05", P, ["Unidentified gunmen shot dead three members of a family at their home in a village near Jableh in Latakia province on Sunday, a monitoring group said.",
                 "The killing was the latest in a series of sectarian attacks in the area since March."],
   E("ATT", uag("Syria"), civ("Syria"), "Syria", "Lattakia", "Jableh", P, "Sunday", 3, 0))
P = "2025-02-12"
B3("b11-06", P, ["CODECO militiamen attacked a displacement camp at Plaine Savo in Ituri's Djugu territory on Monday night, killing at least 12 people with machetes, a local civil society leader said.",
                 "The toll could rise, he said."],
   E("ATT", CODECO, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "Ituri", "Plaine Savo", P, "Monday", 12, 0))
P = "2025-08-13"
B3("b11-07", P, ["Army drones struck a market in Kabkabiya in Sudan's North Darfur state on Monday, killing at least 20 people, local activists said.",
                 "The army has denied targeting civilians in the region."],
   E("ADS", SDN, civ("Sudan"), "Sudan", "North Darfur", "Kabkabiya", P, "Monday", 20, 0))
P = "2025-06-03"
B3("b11-08", P, ["Islamic State fighters beheaded four villagers in Ancuabe district of Mozambique's Cabo Delgado province on Saturday, the group said in a statement.",
                 "The insurgency in the province has killed more than 6,000 people since 2017."],
   E("ATT", ISMP, civ("Mozambique"), "Mozambique", "Cabo Delgado", "Ancuabe", P, "Saturday", 4, 0))
P = "2025-06-26"
B3("b11-09", P, ["Police fired tear gas at thousands of protesters marching on parliament in Nairobi on Tuesday against a proposed finance bill, witnesses said.",
                 "Organisers said another march would be held on Thursday."],
   E("PWI", KEN_POL, protesters("Kenya"), "Kenya", "Nairobi", "Nairobi", P, "Tuesday", 0, 0))
P = "2025-03-22"
B3("b11-10", P, ["Islamic State Sahel Province fighters ambushed an army patrol near Tillia in Niger's Tahoua region on Thursday, killing 10 soldiers, the defence ministry said.",
                 "The ministry said 15 attackers were killed in the fighting that followed."],
   E("AC", ISSP, NER_MIL, "Niger", "Tahoua", "Tillia", P, "Thursday", 25, 0))
P = "2025-01-21"
B3("b11-11", P, ["Separatist fighters kidnapped a Catholic priest and two teachers in Bamenda, in Cameroon's North-West region, on Sunday, the diocese said.",
                 "The separatists have enforced a boycott of schools in the region since 2017."],
   E("ABD", AMBA, civ("Cameroon"), "Cameroon", "Nord-Ouest", "Bamenda", P, "Sunday", 0, 0))
P = "2024-06-05"
B3("b11-12", P, ["Hezbollah fired about 30 rockets at the northern Israeli town of Kiryat Shmona on Tuesday, damaging several buildings, the Israeli military said.",
                 "Most were intercepted and no injuries were reported."],
   E("SH", HEZ, None, "Israel", "HaZafon", "Kiryat Shmona", P, "Tuesday", 0, 0))
NEG11 = [
    ("b11-n01", "2025-05-19", ["Al-Shabaab said on Sunday it would target any company that helps build a new military base in Baidoa.",
                               "The Somali government called the statement propaganda."]),
    ("b11-n02", "2026-06-13", ["Relatives marked one year since the killing of dozens of villagers in Yelwata in Benue state with a memorial service on Friday.",
                               "Survivors said many families had still not returned."]),
    ("b11-n03", "2025-08-15", ["Myanmar's junta said on Thursday it would hold elections in December and urged armed groups to lay down their weapons to take part.",
                               "Resistance groups have rejected the vote."]),
    ("b11-n04", "2025-04-09", ["Four air force officers were killed when their helicopter crashed during a training flight near Kaduna on Tuesday, the Nigerian air force said.",
                               "An investigation into the cause has begun."]),
    ("b11-n05", "2025-09-02", ["The United Nations said on Monday that more than 3,000 civilians had been killed in Sudan's North Darfur state since April, most of them in shelling and drone strikes.",
                               "It called on both sides to protect civilians."]),
    ("b11-n06", "2025-05-28", ["Mexican prosecutors said on Tuesday they were investigating reports that a cartel had recruited teenagers through online games.",
                               "No arrests have been made."]),
]
for rid, published, sentences in NEG11:
    B3(rid, published, sentences)

# Batch 12 (round 15): fresh held-out text from conflicts and outlet styles batches 1 to 11 lack (Central African
# Republic, Chad, Papua New Guinea, Honduras, Iraqi Kurdistan, Libya, Ghana, the Kyrgyz-Tajik border, Mali's north,
# Togo, South Africa, Cameroon's Far North, Burundi, Iran's south-east; a military press release, a live blog, a local
# radio bulletin, an NGO alert), written from the codebook definitions and committed BEFORE the pipeline ran on it.
# Each event sits among the sentences that yield false events: statements and vows, conditional and purpose clauses,
# future plans, retold history with its own toll, denials, deployments, generic statements. Its negatives are a
# threat with a condition, a hypothetical, a planned deployment, a retold massacre, a denial, a cumulative tally, a
# generic statement and a military exercise.
ISO.update({"Central African Republic": "CAF", "Papua New Guinea": "PNG", "Honduras": "HND", "Libya": "LBY",
            "Ghana": "GHA", "Kyrgyzstan": "KGZ", "Togo": "TGO", "South Africa": "ZAF", "Burundi": "BDI"})
THREE_R = A("3R: Return, Reclamation, Rehabilitation", "CAF", "REB")
TCD_MIL = A("Military Forces of Chad (2021-)", "TCD", "MIL")
PNG_MILITIA = A("Unidentified Communal Militia (Papua New Guinea)", "PNG", "UAF")
PKK = A("PKK: Kurdistan Workers Party", "TUR", "REB")
BRIGADE_444 = A("444th Combat Brigade", "LBY", "MIL")
KGZ_MIL = A("Military Forces of Kyrgyzstan (2020-)", "KGZ", "MIL")
TJK_MIL = A("Military Forces of Tajikistan (1994-)", "TJK", "MIL")
TGO_POL = A("Police Forces of Togo (2005-)", "TGO", "COP")
JAISH_ADL = A("Jaish al-Adl", "IRN", "REB")
IRN_POL = A("Police Forces of Iran (1979-)", "IRN", "COP")
P = "2025-03-13"
B3("b12-01", P, ["Fighters of the 3R rebel group attacked the village of Koui in the Central African Republic's Ouham-Pende prefecture on Tuesday, killing seven herders, the UN mission MINUSCA said in a statement.",
                 "The group signed a peace deal with the government in 2019 but walked away from it a year later.",
                 "MINUSCA said it would send peacekeepers to the area to protect civilians if the attacks continued."],
   E("ATT", THREE_R, civ("Central African Republic"), "Central African Republic", "Ouham-Pende", "Koui", P, "Tuesday", 7, 0))
P = "2024-10-28"
B3("b12-02", P, ["Boko Haram fighters attacked a military post on the island of Barkaram in Chad's Lac province overnight on Sunday, killing about 40 soldiers, the presidency said on Monday.",
                 "It was the deadliest attack on the army since March 2020, when about 100 soldiers were killed on the Boma peninsula.",
                 "President Mahamat Idriss Deby vowed to hunt down the attackers and said the army would launch an operation to secure the lake."],
   E("AC", BOKO, TCD_MIL, "Chad", "Lac", "Barkaram", P, "Sunday", 40, 0))
P = "2024-07-18"
B3("b12-03", P, ["Tribal fighters armed with rifles and machetes raided three villages in Papua New Guinea's East Sepik province on Tuesday, killing at least 26 people, including women and children, police said.",
                 "Local leaders put the toll at more than 50.",
                 "The prime minister said more troops would be sent to the province if the violence did not stop."],
   E("ATT", PNG_MILITIA, civ("Papua New Guinea"), "Papua New Guinea", "East Sepik", "East Sepik", P, "Tuesday", 26, 0))
P = "2025-02-17"
B3("b12-04", P, ["Gunmen killed six people at a pool hall in San Pedro Sula on Saturday night, Honduran police said, in what they described as a dispute between rival gangs.",
                 "In 2019, 13 people were shot dead in a similar attack in the city.",
                 "Honduras has been under a partial state of emergency since December 2022, which suspends some constitutional rights."],
   E("ATT", gang("Honduras"), civ("Honduras"), "Honduras", "Cortes", "San Pedro Sula", P, "Saturday", 6, 0))
P = "2024-08-15"
B3("b12-05", P, ["A Turkish drone struck a vehicle near Amadiya in Iraq's Duhok province on Wednesday, killing two fighters of the Kurdistan Workers' Party (PKK) and wounding a third, the Kurdistan Region's counter-terrorism service said.",
                 "Ankara says the group uses the mountains of northern Iraq to plan attacks inside Turkey and has vowed to clear the area before winter.",
                 "Turkey's defence ministry did not comment on the strike."],
   lambda s: ev("ADS", TUR, PKK, "Iraq", "Duhok", "Amadiya", on("2024-08-15", "Wednesday"), 2, s[0], injuries=1))
P = "2025-05-13"
B3("b12-06", P, ["Heavy clashes broke out between the Radaa force and the 444 Brigade in Tripoli's Souq al-Juma district late on Monday, killing at least eight people, including two civilians, the emergency medicine centre said.",
                 "The Government of National Unity called for calm and said it would form a committee to investigate what caused the fighting.",
                 "Flights at Mitiga airport were suspended on Tuesday morning."],
   E("AC", RADAA, BRIGADE_444, "Libya", "Tripoli", "Tripoli", P, "Monday", 8, 0))
P = "2025-06-28"
B3("b12-07", P, ["Gunmen opened fire on a passenger bus near Bawku in Ghana's Upper East region on Friday, killing five passengers, police said.",
                 "The town has been at the centre of a decades-old chieftaincy dispute, and a night curfew has been in force there since 2022.",
                 "Police said reinforcements had been deployed to the area and warned that anyone found carrying a weapon would be arrested."],
   E("ATT", uag("Ghana"), civ("Ghana"), "Ghana", "Upper East", "Bawku", P, "Friday", 5, 0))
P = "2022-09-15"
B3("b12-08", P, ["Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Kyrgyzstan's Batken region on Wednesday, leaving one Kyrgyz guard dead and two wounded, the Kyrgyz border service said.",
                 "Each side accused the other of starting the shooting.",
                 "Officials from both countries said talks on demarcating the border would resume next week."],
   lambda s: ev("AC", KGZ_MIL, TJK_MIL, "Kyrgyzstan", "Batken", "Kok-Tash", on("2022-09-15", "Wednesday"), 1, s[0], injuries=2))
P = "2025-03-20"
B3("b12-09", P, ["A drone strike by the Malian army on a gold-mining site near Intahaka in the Gao region on Monday cost the lives of at least 11 civilians, local officials told Studio Tamani.",
                 "The army said in a statement that it had neutralised terrorists in the area, without giving details.",
                 "Rebels of the Azawad Liberation Front said they would take the army to an international court over the strikes."],
   E("ADS", MLI, civ("Mali"), "Mali", "Gao", "Intahaka", P, "Monday", 11, 0))
P = "2025-06-27"
B3("b12-10", P, ["Police fired live ammunition at protesters who had blocked roads in Lome on Thursday, killing two people, the rights group Amnesty International said.",
                 "The government denied that police had used live rounds and said the deaths were being investigated.",
                 "The organisers, online activists who want President Faure Gnassingbe to step down, said they would march again on Saturday."],
   E("EFP", TGO_POL, protesters("Togo"), "Togo", "Maritime", "Lome", P, "Thursday", 2, 0))
P = "2024-11-04"
B3("b12-11", P, ["Residents of Diepsloot, north of Johannesburg, beat and burned to death three men they accused of a spate of robberies on Saturday, police said.",
                 "Police said no arrests had been made and appealed to residents not to take the law into their own hands.",
                 "Vigilante attacks are common in the township, where residents complain that the police rarely respond."],
   E("MV", rioters("South Africa"), civ("South Africa"), "South Africa", "Gauteng", "Diepsloot", P, "Saturday", 3, 0))
P = "2024-09-09"
B3("b12-12", P, ["A female suicide bomber blew herself up at a crowded market in Kolofata in Cameroon's Far North region on Sunday, killing four people besides herself, a local official said.",
                 "Boko Haram has used women and girls as suicide bombers in the region since 2014.",
                 "Authorities said they would step up searches at markets and bus stations."],
   E("SB", BOKO, civ("Cameroon"), "Cameroon", "Extreme-Nord", "Kolofata", P, "Sunday", 5, 0))
P = "2025-01-14"
B3("b12-13", P, ["An unidentified attacker threw a grenade into a bar in Bujumbura's Kamenge neighbourhood on Monday evening, killing one person and wounding nine, police spokesman Pierre Ndayisenga told local radio.",
                 "Grenade attacks were frequent in the capital during the 2015 political crisis, when hundreds of people were killed.",
                 "Police said they had opened an investigation."],
   lambda s: ev("GR", uag("Burundi"), civ("Burundi"), "Burundi", "Bujumbura Mairie", "Bujumbura", on("2025-01-14", "Monday"), 1, s[0], injuries=9))
P = "2024-10-26"
B3("b12-14", P, ["09:40 GMT - Jaish al-Adl militants attacked a police station in Taftan in Iran's Sistan and Baluchestan province on Saturday, killing 10 police officers, state news agency IRNA reported.",
                 "Iran's interior minister said the attackers had come from across the border and warned that Tehran would strike any group that shelters them.",
                 "Jaish al-Adl has killed dozens of members of the security forces in the province over the past decade."],
   E("AC", JAISH_ADL, IRN_POL, "Iran", "Sistan and Baluchestan", "Taftan", P, "Saturday", 10, 0))
NEG12 = [
    ("b12-n01", "2025-02-05", ["The leader of a Chadian rebel group said on Tuesday his fighters would attack N'Djamena unless the government released political prisoners within a week.",
                               "The government dismissed the threat as empty."]),
    ("b12-n02", "2025-05-21", ["If the armed groups that control Tripoli's neighbourhoods were to clash again, Mitiga airport would have to close for weeks, airline officials warned on Tuesday.",
                               "The airport was shut for three days after fighting this month."]),
    ("b12-n03", "2024-05-13", ["Kenya's police chief said on Sunday that 400 more officers would be sent to Haiti next month to join the multinational mission against the gangs.",
                               "The first contingent arrived in Port-au-Prince in June."]),
    ("b12-n04", "2024-11-08", ["A documentary released on Friday retells how more than 600 civilians were killed in the Ethiopian town of Mai Kadra in November 2020.",
                               "Its director said survivors had waited four years to be heard."]),
    ("b12-n05", "2025-01-31", ["The Rwandan army denied on Thursday that its troops had crossed into Congo's North Kivu province and fought alongside M23 rebels near Sake.",
                               "Kinshasa and UN experts have repeatedly accused Kigali of backing the rebels."]),
    ("b12-n06", "2025-03-30", ["Police in El Salvador said on Sunday they had arrested more than 83,000 suspected gang members since a state of emergency began in March 2022.",
                               "Rights groups say thousands of them are innocent."]),
    ("b12-n07", "2025-02-26", ["Landmines kill or maim hundreds of people in Myanmar every year, a monitoring group said in its annual report on Wednesday.",
                               "Most of the victims are civilians."]),
    ("b12-n08", "2025-09-17", ["Russian and Belarusian troops fired artillery and launched drones during joint exercises near Borisov on Tuesday, the Belarusian defence ministry said.",
                               "Poland and Lithuania have closed their borders with Belarus for the duration of the drills."]),
]
for rid, published, sentences in NEG12:
    B3(rid, published, sentences)

# Batch 13 (round 17): fresh held-out text from conflicts and outlet styles batches 1 to 12 lack (northern Kosovo,
# Indonesia's Papua, Guinea, Chile's Araucania, Somaliland's Sool, Ethiopia's Amhara, Bolivia, Madagascar, Tunisia, the
# Thai-Cambodian border, Houthi drones on Eilat, Trinidad and Tobago, Nepal, Peru's Pataz, the Philippines' Samar and
# drones over Poland; police statements, a coalition's statement, a live-blog entry, local media, a division's press
# release), written from the codebook definitions and committed BEFORE the pipeline ran on it. Each event sits among
# the sentences that over-generate on held-out text: generic and habitual statements, retold claims ("the group had
# fired ..."), statements and counter-claims, "until" and "since" clauses that name other places and earlier
# incidents, speculative and conditional sentences. Its negatives are a habitual statement, a rejected counter-claim, a
# plan with an "until" clause, control "since" an earlier withdrawal, a speculative warning, a conditional deployment,
# an accusation, a retold tally of claimed attacks and a claimed troop build-up.
ISO.update({"Kosovo": "XKX", "Guinea": "GIN", "Chile": "CHL", "Bolivia": "BOL", "Madagascar": "MDG", "Tunisia": "TUN",
            "Thailand": "THA", "Israel": "ISR", "Trinidad and Tobago": "TTO", "Nepal": "NPL", "Peru": "PER",
            "Philippines": "PHL", "Poland": "POL", "Ethiopia": "ETH", "Somalia": "SOM", "Indonesia": "IDN"})
TPNPB = A("TPNPB: West Papua National Liberation Army", "IDN", "REB")
GIN_POL = A("Police Forces of Guinea (2021-)", "GIN", "COP")
SSC_KHATUMO = A("SSC-Khatumo", "SOM", "REB")
SOMALILAND_MIL = A("Military Forces of Somaliland (1991-)", "SOM", "MIL")
BOL_POL = A("Police Forces of Bolivia (2020-)", "BOL", "COP")
TUN_POL = A("Police Forces of Tunisia (2019-)", "TUN", "COP")
THA_MIL = A("Military Forces of Thailand (2023-)", "THA", "MIL")
KHM_MIL = A("Military Forces of Cambodia (1979-)", "KHM", "MIL")
PHL_MIL = A("Military Forces of the Philippines (2022-)", "PHL", "MIL")
NPA = A("NPA: New People's Army", "PHL", "REB")
POL_MIL = A("Military Forces of Poland (2023-)", "POL", "MIL")
P = "2024-11-30"
B3("b13-01", P, ["An explosion damaged the Ibar-Lepenac canal near Zubin Potok in northern Kosovo late on Friday, cutting water supplies to much of the country, Kosovo police said.",
                 "Serbia's president rejected Pristina's accusation that Belgrade was behind the blast and suggested that Kosovo's own government might have staged it to justify a crackdown in the north.",
                 "Police in the Serb-majority north have been on high alert since gunmen attacked a patrol in Banjska in September 2023, killing an officer."],
   E("IED", uag("Kosovo"), None, "Kosovo", "Mitrovica", "Zubin Potok", P, "Friday", 0, 0))
P = "2025-06-13"
B3("b13-02", P, ["Gunmen from the West Papua National Liberation Army (TPNPB) shot dead two construction workers building a bridge in Keerom regency, Papua province, on Wednesday, police said.",
                 "A TPNPB spokesman said the group had killed the men because they were working for the military, and warned that it would attack any project until Indonesian troops left Papua.",
                 "Separatist fighters regularly attack construction crews and airstrips in the province's highlands."],
   E("ATT", TPNPB, civ("Indonesia"), "Indonesia", "Papua", "Keerom", P, "Wednesday", 2, 0))
P = "2025-01-17"
B3("b13-03", P, ["Security forces fired tear gas and live rounds at opposition supporters protesting against the military government in Conakry's Hamdallaye district on Thursday, killing a 17-year-old boy, the opposition coalition Forces Vives de Guinee said.",
                 "The government said officers had not used firearms and blamed 'infiltrators' for the death.",
                 "Protests have been banned since 2022, and the coalition said it would keep calling people into the streets until the junta set a date for elections."],
   E("EFP", GIN_POL, protesters("Guinea"), "Guinea", "Conakry", "Conakry", P, "Thursday", 1, 0))
P = "2025-03-11"
B3("b13-04", P, ["Hooded attackers set fire to 14 logging trucks and a machinery shed at a forestry site near Ercilla in Chile's Araucania region early on Monday, police said; no one was hurt.",
                 "Police suspect a radical Mapuche group that has claimed similar arson attacks in the past, though no group has claimed this one.",
                 "The region has been under a state of emergency since May 2022, which allows the army to patrol its main roads."],
   E("LOOT", uag("Chile"), None, "Chile", "Araucania", "Ercilla", P, "Monday", 0, 0))
P = "2023-08-26"
B3("b13-05", P, ["Fighters loyal to the SSC-Khatumo administration captured the Goojacade military base outside Las Anod in Somalia's Sool region on Friday after days of fighting, forcing Somaliland troops to withdraw, local elders said.",
                 "Somaliland's army, which had held the base since 2007, called the withdrawal tactical and said its troops would return.",
                 "Clan militias in the region have fought Somaliland forces on and off since February, when protests over the killing of a local politician turned into open war."],
   E("NSO", SSC_KHATUMO, SOMALILAND_MIL, "Somalia", "Sool", "Las Anod", P, "Friday", 0, 0))
P = "2025-04-15"
B3("b13-06", P, ["Ethiopian federal troops retook the town of Lalibela in the Amhara region on Sunday and drove out Fano militiamen who had controlled it since Thursday, residents said.",
                 "The militia's spokesman said the group had withdrawn to spare civilians and would return when the time was right.",
                 "Fano fighters have repeatedly entered towns in Amhara since the federal government moved to disband regional forces in 2023."],
   E("GRT", ETH, FANO, "Ethiopia", "Amhara", "Lalibela", P, "Sunday", 0, 0))
P = "2024-11-02"
B3("b13-07", P, ["Police used tear gas to clear a highway blockade set up by supporters of a former president near Parotani in Bolivia's Cochabamba department on Friday and detained 50 people, the government said.",
                 "The protesters, who have blocked roads since mid-October, said they would stay until prosecutors dropped the charges against him.",
                 "Officials warned that fuel shortages could spread to La Paz if the blockades continued."],
   E("PWI", BOL_POL, protesters("Bolivia"), "Bolivia", "Cochabamba", "Parotani", P, "Friday", 0, 0))
P = "2025-10-03"
B3("b13-08", P, ["Thousands of young people marched peacefully through Antananarivo on Thursday to protest against daily water and power cuts, local media reported.",
                 "Last week, at least 22 people were killed when security forces fired on protesters in the capital, according to the United Nations, a figure the government disputes.",
                 "Organisers said they would march every day until the president stepped down."],
   E("PP", protesters("Madagascar"), None, "Madagascar", "Analamanga", "Antananarivo", P, "Thursday", 0, 0))
P = "2024-05-13"
B3("b13-09", P, ["Tunisian police arrested a prominent lawyer at the bar association's headquarters in Tunis on Saturday night, hours after she criticised the president on television, her colleagues said.",
                 "The interior ministry said she had been detained under a 2022 decree against spreading false news, which rights groups say has been used to silence critics since it was passed.",
                 "Lawyers said they would strike on Monday if she was not released."],
   E("ARR", TUN_POL, civ("Tunisia"), "Tunisia", "Tunis", "Tunis", P, "Saturday", 0, 0))
P = "2025-07-24"
B3("b13-10", P, ["Thai and Cambodian troops exchanged fire near the Ta Muen Thom temple on the border in Thailand's Surin province on Thursday morning, killing a Thai soldier, the Thai army said.",
                 "Cambodia's defence ministry said Thai troops had opened fire first and that its soldiers had only acted in self-defence.",
                 "Thailand said it would keep all border crossings with Cambodia closed until further notice."],
   E("AC", THA_MIL, KHM_MIL, "Thailand", "Surin", "Ta Muen Thom", P, "Thursday", 1, 0))
P = "2025-09-25"
B3("b13-11", P, ["A drone launched from Yemen hit a shopping and hotel area in Eilat on Wednesday, wounding 20 people, two of them seriously, Israel's emergency services said.",
                 "The Houthis' military spokesman said in a televised statement that the group had fired two drones at 'targets in Umm al-Rashrash', its name for the city, and that its attacks would continue until the war in Gaza ended.",
                 "Israel's military said its air defences had failed to intercept the drone and that the incident was under review."],
   lambda s: ev("ADS", HOUTHI, civ("Israel"), "Israel", "HaDarom", "Eilat", on("2025-09-25", "Wednesday"), 0, s[0], injuries=20))
P = "2024-12-31"
B3("b13-12", P, ["Gunmen shot dead three men outside a bar in Laventille, east of Port of Spain, on Monday night, the Trinidad and Tobago Police Service said.",
                 "Police said the killings might be linked to a feud between two rival gangs in the area and that it was too early to say whether more attacks would follow.",
                 "Trinidad and Tobago has recorded more than 600 murders a year since 2022, most of them blamed on gangs."],
   E("ATT", gang("Trinidad and Tobago"), civ("Trinidad and Tobago"), "Trinidad and Tobago", "San Juan/Laventille", "Laventille", P, "Monday", 3, 0))
P = "2025-09-10"
B3("b13-13", P, ["Protesters set fire to the parliament building and several ministers' homes in Kathmandu on Tuesday, defying a curfew a day after police fired on demonstrators, local media reported.",
                 "The army said it would take control of security in the capital from Tuesday night and warned that any violent act would be punished.",
                 "The protests began over a ban on social media platforms, which the government lifted on Monday night."],
   E("VD", rioters("Nepal"), None, "Nepal", "Bagmati", "Kathmandu", P, "Tuesday", 0, 0))
P = "2025-05-05"
B3("b13-14", P, ["Gunmen abducted 13 security guards working for a mining contractor in Pataz province, in Peru's La Libertad region, on Saturday, police said.",
                 "Pataz has been under a state of emergency since February, when gunmen killed 15 miners in a tunnel in the same district.",
                 "Police said the guards might have been taken by a gang that extorts informal miners, and that they would search the tunnels until the men were found."],
   E("ABD", gang("Peru"), civ("Peru"), "Peru", "La Libertad", "Pataz", P, "Saturday", 0, 0))
P = "2025-02-18"
B3("b13-15", P, ["Soldiers clashed with New People's Army guerrillas near the town of Las Navas in Northern Samar province on Monday, leaving two soldiers and a rebel dead, the army's 8th Infantry Division said.",
                 "A spokesman for the communist rebels said the group had attacked the troops because they were escorting a mining company's equipment.",
                 "The rebels regularly extort money from businesses in the province, the army said, and it would keep up its operations until the last guerrilla front was dismantled."],
   E("AC", PHL_MIL, NPA, "Philippines", "Eastern Visayas", "Las Navas", P, "Monday", 3, 0))
P = "2025-09-10"
B3("b13-16", P, ["Polish and allied aircraft shot down several Russian drones that had crossed into Poland's airspace over the Lublin region early on Wednesday, the Polish military said.",
                 "Russia's defence ministry said it had not planned to strike any targets in Poland and that its drones had been attacking Ukrainian military sites.",
                 "Warsaw said airports in the region would stay closed until noon, and NATO officials said it was not yet clear whether the incursion was deliberate."],
   E("DWU", POL_MIL, RUS, "Poland", "Lublin", "Lublin", P, "Wednesday", 0, 0))
NEG13 = [
    ("b13-n01", "2025-06-10", ["Criminal groups in Guatemala's Izabal department regularly burn the houses of families who refuse to pay extortion, a church-run rights office said in a report on Monday.",
                               "The report urged the government to send more police to the area."]),
    ("b13-n02", "2024-09-03", ["Armenia's defence ministry on Monday rejected Azerbaijan's claim that Armenian troops had fired on Azerbaijani positions near Nakhchivan overnight, calling it disinformation.",
                               "Both countries say they are close to a peace treaty."]),
    ("b13-n03", "2024-11-18", ["Opposition supporters will block the Ressano Garcia border crossing with South Africa until the election results are annulled, their leader said on Sunday.",
                               "Police said they would not allow the border to be closed."]),
    ("b13-n04", "2025-04-23", ["Tuareg rebels have controlled the town of Ber, near Timbuktu, since the army withdrew from its camp there in 2023, a local official said on Tuesday.",
                               "Traders say the road to Timbuktu is now rarely used."]),
    ("b13-n05", "2025-08-08", ["Security analysts warned on Thursday that JNIM fighters might try to blockade Bamako again during the rainy season, when army convoys move slowly.",
                               "The army said it was ready for any attack."]),
    ("b13-n06", "2025-03-16", ["Uganda would send troops into Congo's Ituri province if militias attacked its border posts, the army chief said on Saturday.",
                               "He did not say how many soldiers could be deployed."]),
    ("b13-n07", "2025-09-03", ["Venezuela's defence minister accused the United States on Tuesday of preparing an invasion and said the armed forces were ready to repel any attack.",
                               "Washington has sent warships to the southern Caribbean since August."]),
    ("b13-n08", "2025-11-14", ["A spokesman for the Polisario Front said on Thursday that the group had shelled Moroccan army positions along the berm hundreds of times since the ceasefire collapsed in 2020.",
                               "Morocco does not comment on the attacks."]),
    ("b13-n09", "2025-02-20", ["Eritrea's information minister said on Wednesday that Ethiopian troops had massed on the border and accused Addis Ababa of seeking a pretext for war.",
                               "Ethiopia's government said it had no plans to attack its neighbour."]),
]
for rid, published, sentences in NEG13:
    B3(rid, published, sentences)

# Batch 14 (round 18): fresh held-out text from conflicts and outlet styles batches 1 to 13 lack (New Caledonia,
# Angola's Cabinda, Venezuela's Apure, Kabul, Pakistani strikes in Afghanistan's Paktika, a lynching in Guatemala,
# Thailand's deep south, a French base handed over in Chad, Tanzania, Zimbabwe, Myanmar's Chin state, Sierra Leone,
# Armenia, Slovakia, Chinese workers abducted in the Central African Republic, a legacy mine in Cambodia; a rebel
# communique, a minister's social-media post, an NGO alert, a press-freedom statement, a state-radio bulletin, a mine
# action agency's release, an explainer, a think-tank study, an embassy advisory), written from the codebook
# definitions and committed BEFORE the pipeline ran on it. Each event sits among the sentences that over-generate on
# fresh text: background paragraphs recalling earlier incidents with their own tolls, war-long and yearly tallies,
# statements, threats and vows, denials and counter-claims, retold claims of the same incident, figurative uses of
# violent words ("assault on democracy", "attack the state", a president who "fired" officials). Its negatives are
# built from the classes that over-generate: a price war, a workers' strike, an official fired over a film shot in an
# occupied district, a political "attack" and "battle", an explainer recalling a war's history, an anniversary, a trial
# of a past massacre, a multi-year tally, an embassy warning, a denied report, a think-tank scenario, an accidental
# explosion, a football match and a threat.
ISO.update({"New Caledonia": "NCL", "Angola": "AGO", "Venezuela": "VEN", "Guatemala": "GTM", "Chad": "TCD",
            "Tanzania": "TZA", "Zimbabwe": "ZWE", "Sierra Leone": "SLE", "Armenia": "ARM", "Slovakia": "SVK",
            "China": "CHN", "Cambodia": "KHM", "Afghanistan": "AFG", "Thailand": "THA", "Myanmar": "MMR",
            "Central African Republic": "CAF"})
FLEC = A("FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda", "AGO", "REB")
AGO_MIL = A("Military Forces of Angola (2017-)", "AGO", "MIL")
VEN_MIL = A("Military Forces of Venezuela (2013-)", "VEN", "MIL")
ISKP = A("Islamic State Khorasan Province", "AFG", "REB")
AFG_GOV = A("Government of Afghanistan (2021-)", "AFG", "GOV")
THA_POL = A("Police Forces of Thailand (2023-)", "THA", "COP")
TCD_MIL21 = A("Military Forces of Chad (2021-)", "TCD", "MIL")
FRA_MIL = A("Military Forces of France (2017-)", "FRA", "MIL")
TZA_POL = A("Police Forces of Tanzania (2021-)", "TZA", "COP")
ZWE_POL = A("Police Forces of Zimbabwe (2017-)", "ZWE", "COP")
CHIN_BROTHERHOOD = A("Chin Brotherhood", "MMR", "REB")
SLE_MIL = A("Military Forces of Sierra Leone (2018-)", "SLE", "MIL")
ARM_POL = A("Police Forces of Armenia (2018-)", "ARM", "COP")
P = "2024-05-15"
B3("b14-01", P, ["Rioters set fire to shops, a school and dozens of cars in Noumea on Tuesday as protests against a change to New Caledonia's voting rules turned violent, France's High Commission in the territory said.",
                 "Paris said it would send 1,000 more gendarmes and police to the Pacific territory, and the interior minister accused a pro-independence group of orchestrating the attacks.",
                 "The territory last saw such unrest in the 1980s, when clashes between independence supporters and loyalists killed more than 70 people."],
   E("VD", rioters("New Caledonia"), None, "New Caledonia", "South", "Noumea", P, "Tuesday", 0, 0))
P = "2025-03-20"
B3("b14-02", P, ["Separatist fighters of FLEC-FAC ambushed an Angolan army patrol near the village of Necuto in Cabinda province on Tuesday, and two soldiers and one rebel were killed in the ensuing firefight, the group said in a statement sent to Portuguese media.",
                 "The Angolan armed forces did not comment, but have in the past dismissed the group's statements as propaganda and said the enclave is calm.",
                 "FLEC-FAC, which has fought for Cabinda's independence since 1975, says it has killed hundreds of Angolan soldiers over the decades."],
   E("AC", FLEC, AGO_MIL, "Angola", "Cabinda", "Necuto", P, "Tuesday", 3, 0))
P = "2025-04-09"
B3("b14-03", P, ["Venezuela's armed forces clashed with a FARC dissident group near Elorza in Apure state on Monday, killing six dissidents and wounding two soldiers, the defence minister said on Instagram.",
                 "Colombia's government said it had not been informed of the operation, which took place about 20 kilometres from the border.",
                 "Rights groups have accused both armies of abuses against civilians in the border region since fighting there displaced thousands of people in 2021."],
   E("AC", VEN_MIL, FARC, "Venezuela", "Apure", "Elorza", P, "Monday", 6, 0, injuries=2))
P = "2024-12-12"
B3("b14-04", P, ["A suicide bomber blew himself up inside the Ministry of Refugees in Kabul on Wednesday, killing the refugees minister and four other people, the Taliban government's spokesman said.",
                 "Islamic State Khorasan Province claimed the attack through its Amaq news agency, saying its fighter had detonated an explosive vest among the minister's guards.",
                 "The group has carried out dozens of bombings in Kabul since the Taliban returned to power in 2021, including an attack on the Russian embassy in 2022 that killed two diplomats."],
   E("SB", ISKP, AFG_GOV, "Afghanistan", "Kabul", "Kabul", P, "Wednesday", 6, 0))
P = "2024-12-26"
B3("b14-05", P, ["Pakistani military aircraft bombed several villages in the Barmal district of Afghanistan's Paktika province on Tuesday night, killing at least 46 people, most of them women and children, a Taliban government spokesman said.",
                 "Pakistani security officials said the strikes had targeted hideouts of the Pakistani Taliban, which Islamabad blames for a wave of attacks on its soldiers, including an assault in South Waziristan on Saturday that killed 16 troops.",
                 "The Afghan defence ministry vowed to respond, calling the strikes a violation of its sovereignty."],
   E("ADS", PAK, civ("Afghanistan"), "Afghanistan", "Paktika", "Barmal", P, "Tuesday", 46, 0))
P = "2025-02-17"
B3("b14-06", P, ["A crowd beat a man to death and set fire to his body in the town of Chisec, Alta Verapaz, on Sunday after accusing him of stealing a motorcycle, the National Civil Police said.",
                 "Officers who arrived at the scene were pelted with stones and could not recover the body until the early hours of Monday, the police said.",
                 "The country's human rights ombudsman has recorded more than 30 lynchings a year since 2020 and blames them on distrust of the justice system."],
   E("MV", rioters("Guatemala"), civ("Guatemala"), "Guatemala", "Alta Verapaz", "Chisec", P, "Sunday", 1, 0))
P = "2025-01-22"
B3("b14-07", P, ["Bomb disposal police defused a 15-kilogram bomb hidden in a motorcycle parked outside a market in Rueso district of Narathiwat province on Tuesday morning, police said.",
                 "Police believe insurgents planned to detonate it as traders arrived, and said it resembled a device that exploded in the same market in 2023, wounding four rangers.",
                 "More than 7,000 people have been killed since the insurgency in Thailand's Malay-Muslim southern provinces flared in 2004, according to the monitoring group Deep South Watch."],
   E("DWU", THA_POL, None, "Thailand", "Narathiwat", "Rueso", P, "Tuesday", 0, 0))
P = "2025-01-13"
B3("b14-08", P, ["French troops handed over their base in Abeche, in eastern Chad, to the Chadian army on Saturday, the French armed forces ministry said.",
                 "Chad ended its defence cooperation agreement with France in November, and the remaining French soldiers are due to leave the capital N'Djamena by the end of January.",
                 "Abeche had hosted French forces since the 1980s, when they helped repel a Libyan-backed offensive."],
   E("NVT", TCD_MIL21, FRA_MIL, "Chad", "Ouaddai", "Abeche", P, "Saturday", 0, 0))
P = "2025-10-31"
B3("b14-09", P, ["Police fired live ammunition at opposition supporters protesting against the election results in Dar es Salaam's Mbagala area on Thursday, killing at least three people, a rights group said on Friday.",
                 "The police spokesman said officers had come under attack from 'criminals' and denied firing on peaceful demonstrators.",
                 "The main opposition party, whose leader has been on trial for treason since April, called the vote an 'assault on democracy'."],
   E("EFP", TZA_POL, protesters("Tanzania"), "Tanzania", "Dar es Salaam", "Mbagala", P, "Thursday", 3, 0))
P = "2025-04-02"
B3("b14-10", P, ["Zimbabwean police arrested an opposition lawmaker and two journalists at a press conference in Harare on Monday, accusing them of inciting public violence, their lawyers said.",
                 "The arrests came a day after war veterans called for protests against the president, which police had banned, warning that anyone who took part would face 'the full force of the law'.",
                 "Last month the president fired his deputy defence minister and the head of the prison service, after both were seen at a rally of the protest's organisers."],
   E("ARR", ZWE_POL, civ("Zimbabwe"), "Zimbabwe", "Harare", "Harare", P, "Monday", 0, 0))
P = "2025-04-08"
B3("b14-11", P, ["Chin resistance fighters captured the town of Falam in Myanmar's Chin state on Monday after a five-month siege, taking control of the last junta base in the town, the Chin Brotherhood alliance said.",
                 "The military has not commented, but its aircraft bombed the town repeatedly during the siege, residents said.",
                 "Analysts said the loss would leave the junta with only a handful of outposts in Chin state, which borders India."],
   E("NSO", CHIN_BROTHERHOOD, MMR, "Myanmar", "Chin", "Falam", P, "Monday", 0, 0))
P = "2023-11-27"
B3("b14-12", P, ["Gunmen attacked the main military barracks at Wilberforce in Freetown before dawn on Sunday and exchanged fire with soldiers for several hours, the information minister said on state radio.",
                 "The government imposed a nationwide curfew and said the situation was under control and that several of the attackers had been arrested.",
                 "Sierra Leone's last coup was in 1997, when soldiers overthrew the elected government and fighting in the capital killed hundreds of people."],
   E("AC", uag("Sierra Leone"), SLE_MIL, "Sierra Leone", "Western Area", "Freetown", P, "Sunday", 0, 0))
P = "2024-05-28"
B3("b14-13", P, ["Police detained 151 protesters who were blocking streets in central Yerevan on Monday to demand the prime minister's resignation over border concessions to Azerbaijan, the interior ministry said.",
                 "The movement's leader, a senior cleric, said demonstrators would continue their acts of civil disobedience until the government stepped down.",
                 "The prime minister has accused the protest movement of serving foreign interests and of trying to attack the state."],
   E("PWI", ARM_POL, protesters("Armenia"), "Armenia", "Yerevan", "Yerevan", P, "Monday", 0, 0))
P = "2025-01-25"
B3("b14-14", P, ["Tens of thousands of people rallied peacefully in Bratislava's Freedom Square on Friday evening against the government's foreign policy, organisers said, in one of the largest protests since 1989.",
                 "The prime minister accused the organisers of preparing a coup and said the security services had information about foreign-trained provocateurs.",
                 "Organisers said they would return to the square every week until the government changed course."],
   E("PP", protesters("Slovakia"), None, "Slovakia", "Bratislava", "Bratislava", P, "Friday", 0, 0))
P = "2024-07-23"
B3("b14-15", P, ["Gunmen kidnapped four Chinese workers from a gold mining site near Yaloke in the Central African Republic's Ombella-M'Poko prefecture on Sunday, the Chinese embassy in Bangui said.",
                 "The embassy urged Chinese nationals to leave mining areas outside the capital and said it was working with the authorities to free the hostages.",
                 "In March 2023, nine Chinese nationals were killed in an attack on a gold mine near Bambari that the government blamed on a rebel coalition."],
   E("ABD", uag("Central African Republic"), civ("China"), "Central African Republic", "Ombella-M'Poko", "Yaloke", P, "Sunday", 0, 0))
P = "2025-02-04"
B3("b14-16", P, ["An anti-tank mine left over from the civil war exploded under a tractor in a rice field in Rattanak Mondul district of Battambang province on Monday, killing two farmers, the Cambodian Mine Action Centre said.",
                 "Nearly 20,000 people have been killed by mines and unexploded ordnance in Cambodia since 1979, and the government aims to clear the country of mines by 2030."],
   E("IED", None, civ("Cambodia"), "Cambodia", "Battambang", "Rattanak Mondul", P, "Monday", 2, 0))
NEG14 = [
    ("b14-n01", "2025-03-05", ["Kenya's two largest supermarket chains are locked in a price war that has seen the cost of maize flour slashed by a third in Nairobi since January, traders said on Tuesday.",
                               "One chain's chief executive accused its rival of launching a scorched-earth attack on suppliers, while analysts said smaller shops would be the first casualties."]),
    ("b14-n02", "2024-10-10", ["Air traffic controllers in Portugal went on a 24-hour strike on Wednesday, forcing airlines to cancel more than 300 flights at Lisbon and Porto airports, the airport operator said.",
                               "Unions said they would strike again next month if the government did not reopen talks on pay."]),
    ("b14-n03", "2025-05-21", ["Georgia's public broadcaster fired its head of documentaries on Tuesday after she approved a film shot in the Russian-occupied Akhalgori district without the government's permission, her lawyer said.",
                               "The broadcaster said the film had been shot illegally and that the dismissal was an internal matter."]),
    ("b14-n04", "2025-07-16", ["Peru's prime minister launched a fierce attack on Congress on Tuesday, accusing lawmakers of sabotaging the budget, as the battle over spending cuts moved to the constitutional court.",
                               "Opposition leaders fired back, calling the government's plan a bombshell that would blow a hole in regional finances."]),
    ("b14-n05", "2025-06-10", ["Explainer: why has eastern Congo's war flared again?",
                               "The M23 rebels, who Congo and UN experts say are backed by Rwanda, seized Goma in late January after a week of fighting that killed about 3,000 people, according to the United Nations.",
                               "The group first took the city in 2012 but withdrew under international pressure, and its revival in 2021 has since displaced more than a million people.",
                               "Rwanda denies arming the group and says its concern is a Hutu militia linked to the 1994 genocide."]),
    ("b14-n06", "2025-07-11", ["Thousands of mourners gathered at the memorial centre in Potocari on Friday to mark 30 years since Bosnian Serb forces killed about 8,000 Muslim men and boys around Srebrenica.",
                               "The remains of seven victims identified over the past year were buried at the ceremony."]),
    ("b14-n07", "2025-09-22", ["A court in Bangui on Monday sentenced a former militia commander to life in prison for ordering the killing of 75 civilians in the town of Bossangoa in 2014.",
                               "Prosecutors said his fighters had burned villages and abducted women during a months-long campaign."]),
    ("b14-n08", "2025-04-07", ["Armed groups have carried out more than 300 attacks on schools in Burkina Faso since 2022, killing at least 150 teachers and pupils, Human Rights Watch said in a report on Monday.",
                               "About 5,000 schools remain closed across the country, the report said."]),
    ("b14-n09", "2024-10-27", ["The United States embassy in Kampala warned on Saturday of a heightened risk of terrorist attacks on places of worship and shopping centres during the holiday season, and urged its citizens to avoid crowds.",
                               "Ugandan police said they had stepped up patrols in the capital."]),
    ("b14-n10", "2025-06-18", ["Burundi's army on Tuesday denied a report by UN experts that its soldiers had fought alongside Congolese troops against M23 rebels in South Kivu in May, calling it baseless.",
                               "The experts' report said at least 40 Burundian soldiers had been killed in the fighting."]),
    ("b14-n11", "2025-05-30", ["A Russian attack on the Suwalki gap, the strip of Polish and Lithuanian land between Belarus and Kaliningrad, could cut the Baltic states off from their allies within days, a think-tank warned in a study published on Thursday.",
                               "The study said NATO would need to move at least three brigades to the area to deter such an assault."]),
    ("b14-n12", "2024-11-13", ["An explosion at a fireworks warehouse in the Mexican town of Tultepec killed four workers and injured 11 on Tuesday, civil protection officials said.",
                               "Officials said the blast was caused by a spark while gunpowder was being loaded onto a truck."]),
    ("b14-n13", "2025-03-26", ["Ukraine's striker fired twice in the second half as the team beat Belgium 3-1 in Valencia on Tuesday, shooting their way into the World Cup qualifying play-offs.",
                               "Belgium's coach said his defence had been torn apart."]),
    ("b14-n14", "2025-08-19", ["Al-Shabaab threatened on Monday to attack any Kenyan town that hosts troops bound for Somalia, in an audio message posted on a pro-group website.",
                               "Kenya's interior ministry said security had been tightened in Garissa and Mandera counties."]),
]
for rid, published, sentences in NEG14:
    B3(rid, published, sentences)

# Batch 15 (round 19): fresh held-out text from conflicts, regions and outlet styles batches 1 to 14 lack (an Iranian
# missile on Beersheba in live-blog entries, an MSF-style NGO alert from Jonglei, England's riots in local-press style,
# Seoul, Ulaanbaatar, Kenya's Lamu, Culiacan, Sinjar in Ninewa, Oromia's North Shewa, Makassar in South Sulawesi,
# Luanda, Panjshir, Mali's Kayes region and Haiti's Artibonite in a UN situation update), wire one-paragraph items among
# them, written from the codebook definitions and committed BEFORE the pipeline ran on it. Some events are reported
# inside a statement about them (a ministry condemning a strike, an agency reporting an attack), and two are riots in
# which people died (Riots, not violence against civilians). Its negatives are built from the classes that
# over-generate on fresh text: background recalling an earlier riot, an explainer, a threat, a denial, figurative
# senses, a tally, a trial, two drills and exercises, arms procurement and deliveries, and a live blog of reactions.
ISO.update({"United Kingdom": "GBR", "South Korea": "KOR", "Mongolia": "MNG", "Indonesia": "IDN", "Angola": "AGO",
            "Haiti": "HTI", "Mali": "MLI", "Kenya": "KEN", "Iraq": "IRQ", "Ethiopia": "ETH", "South Sudan": "SSD",
            "Israel": "ISR", "Mexico": "MEX", "Afghanistan": "AFG"})
IRN_MIL = A("Military Forces of Iran (1979-)", "IRN", "MIL")
SSD_MIL = A("Military Forces of South Sudan (2011-)", "SSD", "MIL")
GBR_POL = A("Police Forces of the United Kingdom (2024-)", "GBR", "COP")
MNG_POL = A("Police Forces of Mongolia (2017-)", "MNG", "COP")
OLA = A("OLA: Oromo Liberation Army", "ETH", "REB")
YBS = A("YBS: Sinjar Resistance Units", "IRQ", "REB")
AGO_POL = A("Police Forces of Angola (2017-)", "AGO", "COP")
NRF = A("NRF: National Resistance Front", "AFG", "REB")
AFG_MIL = A("Military Forces of Afghanistan (2021-)", "AFG", "MIL")
GRAN_GRIF = A("Gran Grif", "HTI", "CRM")
P = "2025-06-19"
B3("b15-01", P, ["LIVE: Israel-Iran war, day seven.",
                 "07:41 - Sirens sounded across southern Israel as Iran launched a new barrage of ballistic missiles, the military said.",
                 "07:58 - An Iranian missile hit the Soroka medical centre in Beersheba on Thursday morning, wounding at least 40 people, most of them lightly, Israel's ambulance service said.",
                 "08:20 - The defence minister said Iran's supreme leader would 'pay the full price' for the strike on the hospital.",
                 "08:35 - Iranian state media said the target had been a military intelligence site near the hospital."],
   E("SH", IRN_MIL, civ("Israel"), "Israel", "HaDarom", "Beersheba", P, "Thursday", 0, 2, injuries=40))
P = "2025-05-05"
B3("b15-02", P, ["Medecins Sans Frontieres said on Monday that its hospital in Old Fangak, Jonglei State, was bombed by government forces' aircraft early on Saturday, killing seven people and destroying the pharmacy.",
                 "It was the third time this year that a health facility in the state had been hit, the organisation said.",
                 "MSF has suspended activities at the facility and called on all parties to respect medical neutrality.",
                 "Fighting between the army and armed youth in Jonglei and Upper Nile has displaced more than 120,000 people since March, according to the United Nations."],
   E("ADS", SSD_MIL, civ("South Sudan"), "South Sudan", "Jonglei", "Old Fangak", P, "Saturday", 7, 0))
P = "2024-07-31"
B3("b15-03", P, ["Rioters hurled bricks and bottles at a mosque in Southport on Tuesday night and set a police van alight, injuring more than 50 officers, Merseyside Police said.",
                 "The disorder broke out after a vigil for three girls killed in a knife attack at a dance class in the town on Monday.",
                 "Police said the violence was fuelled by false claims online about the identity of the suspect, a 17-year-old boy born in Cardiff.",
                 "The prime minister said the rioters would 'feel the full force of the law'."],
   E("VD", rioters("United Kingdom"), GBR_POL, "United Kingdom", "England", "Southport", P, "Tuesday", 0, 0, injuries=50))
P = "2024-12-08"
B3("b15-04", P, ["SEOUL, Dec 7 - Tens of thousands of people rallied peacefully outside the National Assembly in Seoul on Saturday, demanding the impeachment of President Yoon Suk Yeol over his short-lived declaration of martial law, as lawmakers voted inside."],
   E("PP", protesters("South Korea"), None, "South Korea", "Seoul", "Seoul", P, "Saturday", 0, 0))
P = "2025-05-29"
B3("b15-05", P, ["ULAANBAATAR, May 28 - Police detained about 20 young demonstrators who tried to enter the Government Palace in Ulaanbaatar on Wednesday during a sit-in demanding the prime minister's resignation over his son's spending, the capital's police department said."],
   E("PWI", MNG_POL, protesters("Mongolia"), "Mongolia", "Ulaanbaatar", "Ulaanbaatar", P, "Wednesday", 0, 0))
P = "2025-03-12"
B3("b15-06", P, ["LAMU - Three police officers were killed on Tuesday when their vehicle struck a roadside bomb on the Mpeketoni-Kibiboni road, in an attack police blamed on al-Shabaab militants.",
                 "County commander Jane Wambui said the officers were escorting a convoy of buses when the device went off.",
                 "Residents of Mpeketoni still remember June 2014, when al-Shabaab gunmen stormed the town and killed about 60 people.",
                 "Security agencies have since set up camps along the Boni forest, where the militants are said to hide."],
   E("IED", SHABAAB, A("Police Forces of Kenya (2022-)", "KEN", "COP"), "Kenya", "Lamu", "Mpeketoni", P, "Tuesday", 3, 0))
P = "2025-02-20"
B3("b15-07", P, ["Mexican soldiers seized 30 explosive devices, two drones fitted to drop them and a grenade launcher at a safe house in Culiacan on Wednesday, the defence ministry said.",
                 "The ministry said the arsenal belonged to a faction of the Sinaloa cartel.",
                 "More than 900 people have been killed in Sinaloa state since the cartel's two main factions began fighting each other in September."],
   E("DWU", MEX, None, "Mexico", "Sinaloa", "Culiacan", P, "Wednesday", 0, 0))
P = "2025-03-19"
B3("b15-08", P, ["Iraq's foreign ministry on Wednesday condemned a Turkish drone strike that killed two members of the Sinjar Resistance Units in their car near Sinune, in Ninewa province, on Tuesday, calling it a violation of Iraqi sovereignty.",
                 "Turkey says the group is an offshoot of the PKK, which it has fought for four decades.",
                 "Ankara did not comment on the strike."],
   E("ADS", TUR, YBS, "Iraq", "Ninewa", "Sinune", P, "Tuesday", 2, 0))
P = "2025-07-08"
B3("b15-09", P, ["Gunmen abducted at least 25 passengers from a bus travelling from Addis Ababa near Fiche, in the North Shewa zone of Oromia, on Sunday, regional officials said, blaming the Oromo Liberation Army.",
                 "The OLA denied involvement and accused government forces of staging the kidnapping to discredit it.",
                 "Families said the kidnappers had demanded ransoms of up to one million birr per passenger."],
   E("ABD", OLA, civ("Ethiopia"), "Ethiopia", "Oromia", "Fiche", P, "Sunday", 0, 0))
P = "2025-08-30"
B3("b15-10", P, ["Protesters set fire to the regional parliament building in Makassar late on Friday, killing three people who were trapped inside, as demonstrations over lawmakers' allowances spread across Indonesia, the city's disaster agency said.",
                 "Student groups said they would march on the national parliament in Jakarta on Monday.",
                 "The protests began after a police armoured vehicle ran over a delivery driver during a rally in the capital on Thursday."],
   E("VD", rioters("Indonesia"), None, "Indonesia", "South Sulawesi", "Makassar", P, "Friday", 3, 0))
P = "2025-07-30"
B3("b15-11", P, ["Police shot dead at least four people in Luanda on Monday as a taxi drivers' strike over fuel prices turned into rioting, with crowds looting shops and burning buses in several districts, the interior ministry said.",
                 "The ministry said 500 people had been arrested and that order had been restored by evening.",
                 "Angola's government cut fuel subsidies this month under a plan agreed with the International Monetary Fund."],
   E("VD", rioters("Angola"), AGO_POL, "Angola", "Luanda", "Luanda", P, "Monday", 4, 0))
P = "2024-09-16"
B3("b15-12", P, ["Fighters of the National Resistance Front ambushed a Taliban patrol in Panjshir's Dara district on Sunday, killing three Taliban fighters, the NRF said on X.",
                 "A Taliban spokesman said the claim was exaggerated and that one fighter had been wounded.",
                 "The NRF, led by Ahmad Massoud, has waged a low-level insurgency from the valley since the Taliban took power in 2021."],
   E("AC", NRF, AFG_MIL, "Afghanistan", "Panjshir", "Dara", P, "Sunday", 3, 0))
P = "2025-09-03"
B3("b15-13", P, ["JNIM militants attacked a convoy of fuel tankers near Diboli, in Mali's Kayes region, on Tuesday, setting about 40 trucks on fire and killing two drivers, a transport union official said.",
                 "The group announced a blockade on fuel imports from Senegal and Mauritania last month, saying it would target any convoy heading to Bamako.",
                 "Fuel shortages have since forced schools in the capital to close."],
   E("ATT", JNIM, civ("Mali"), "Mali", "Kayes", "Diboli", P, "Tuesday", 2, 0))
P = "2024-10-07"
B3("b15-14", P, ["Haiti: Flash Update No. 3 (as of 6 October 2024).",
                 "On 3 October, members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite department, killing at least 115 people, according to local authorities, and setting houses and vehicles on fire.",
                 "More than 6,200 people fled to neighbouring Saint-Marc, where they are sheltering in schools and churches.",
                 "Humanitarian partners are distributing water, food and hygiene kits; access to Pont-Sonde remains restricted."],
   E("ATT", GRAN_GRIF, civ("Haiti"), "Haiti", "Artibonite", "Pont-Sonde", P, "Thursday", 115, 1, date="2024-10-03"))
NEG15 = [
    ("b15-n01", "2025-06-20", ["Two years after riots razed much of Honiara's Chinatown, traders in the Solomon Islands capital say few shops have reopened.",
                               "The unrest in November 2021 left three people dead, their bodies found in a burned-out store, and caused damage estimated at 500 million Solomon dollars.",
                               "The government blamed the violence on people from Malaita province who had travelled to the capital to protest."]),
    ("b15-n02", "2025-01-15", ["Q&A: Who are the Lakurawa?",
                               "The group first appeared in Sokoto and Kebbi states in 2018, when local leaders invited its fighters to protect villages from bandits.",
                               "Since then it has been accused of killing herders and imposing taxes, and in November its fighters killed 15 villagers in an attack on Mera, according to officials.",
                               "Nigeria's government designated it a terrorist organisation in January."]),
    ("b15-n03", "2025-06-21", ["Iran's Revolutionary Guards warned on Saturday that they would strike every American base in the region if the United States joined Israel's attacks on Iranian nuclear sites.",
                               "A spokesman said the Guards had 'the coordinates of every target' and that missiles were ready to launch within minutes."]),
    ("b15-n04", "2025-03-14", ["Eritrea's information minister on Thursday denied reports that Eritrean troops had crossed into Tigray and clashed with Tigrayan forces near Zalambessa, calling them 'fabricated war-mongering'.",
                               "A Tigrayan official had said on Wednesday that Eritrean units were massing along the border."]),
    ("b15-n05", "2025-02-12", ["Nigeria's central bank fired a warning shot at currency speculators on Tuesday, raiding their positions with a surprise sale of dollars that sent the naira surging.",
                               "Traders said the bank had won the latest battle but that the war against inflation, which is killing small businesses, was far from over."]),
    ("b15-n06", "2025-12-29", ["Pakistan's military said on Monday that it had killed 925 militants in Khyber Pakhtunkhwa and Balochistan this year, in more than 14,000 intelligence-based operations.",
                               "At least 580 soldiers and police officers were killed over the same period, the military's spokesman told a news conference in Rawalpindi."]),
    ("b15-n07", "2025-06-17", ["A court in Frankfurt on Monday sentenced a Syrian doctor to life in prison for torturing detainees and killing one of them at a military hospital in Homs in 2011 and 2012.",
                               "Judges said he had beaten prisoners, set fire to one man's genitals and injected another with a lethal substance."]),
    ("b15-n08", "2025-04-02", ["China's military staged live-fire drills in the East China Sea on Wednesday, firing long-range rockets into waters off Zhejiang and simulating strikes on Taiwan's ports and energy facilities, the Eastern Theater Command said.",
                               "The exercise, code-named Strait Thunder-2025A, followed a day of drills in which warships and aircraft practised blockading the island.",
                               "Taiwan's defence ministry said it had tracked 76 aircraft and 15 navy vessels."]),
    ("b15-n09", "2024-08-14", ["Poland signed a deal worth $10 billion on Tuesday to buy 96 Apache attack helicopters from the United States, the largest purchase in its air force's history.",
                               "In Kyiv, the defence ministry said Germany had delivered a fourth IRIS-T air defence system, which Ukraine has used to shoot down hundreds of Russian missiles and drones since 2022."]),
    ("b15-n10", "2025-06-25", ["LIVE: NATO summit in The Hague.",
                               "10:05 - Leaders arrive at the World Forum, where allies are expected to agree to raise defence spending to 5% of GDP.",
                               "10:40 - The secretary general says the alliance will 'defend every inch' of its territory and that Russia remains the biggest threat.",
                               "11:15 - Spain's prime minister says his government will not meet the new target, drawing fire from Washington."]),
    ("b15-n11", "2025-05-22", ["Police and soldiers staged an anti-terror drill at a Manila light-rail station on Wednesday, simulating a bomb explosion and a hostage-taking on a crowded train, the Philippine National Police said.",
                               "Officers playing gunmen fired blank rounds as commandos stormed the carriage, and volunteers acting as wounded passengers were carried out on stretchers."]),
]
for rid, published, sentences in NEG15:
    B3(rid, published, sentences)

# Batch 16 (round 20): fresh held-out text from conflicts, regions and outlet styles batches 1 to 15 lack: a maritime
# security advisory on piracy off Somalia's Nugaal coast, a Nigerien defence ministry communique from Diffa, a local
# radio bulletin from Kenya's Mandera, Russia's anti-terror committee on Ingushetia, a march through Tbilisi, an Islamic
# State bombing in Marawi, an ULFA-I attack in Assam, a provincial police incident summary from Rosario, a judicial
# police statement from Costa Rica's Limon, an OCHA-style flash update from Cabo Delgado, a march stopped in Kampala, a
# general strike in Buenos Aires, a looted aid warehouse in the Central African Republic, a navy press release from the
# Niger Delta and a convoy attack in Kurram. It was written from the codebook definitions and committed BEFORE the
# pipeline ran on it. Its negatives are built from the classes that over-generate on fresh text: an anniversary naming
# a military 'march on Kyiv', an explainer recalling attacks at sea, a threat, a denial, figurative senses ('a barrage
# of criticism', 'an attack on the budgets', 'shoot down any amendment'), a monthly tally, a trial, a naval exercise,
# an arms delivery, a football 'clash', a planned general strike, a 'clash' at a market hearing and a humanitarian
# snapshot.
ISO.update({"Uganda": "UGA", "Costa Rica": "CRI", "Georgia": "GEO", "Argentina": "ARG", "Mozambique": "MOZ",
            "Central African Republic": "CAF", "Nigeria": "NGA", "Pakistan": "PAK", "Somalia": "SOM", "Yemen": "YEM",
            "Philippines": "PHL", "India": "IND", "Niger": "NER", "Kenya": "KEN", "Russia": "RUS"})
NER_MIL = A("Military Forces of Niger (2023-)", "NER", "MIL")
UGA_POL = A("Police Forces of Uganda (1986-)", "UGA", "COP")
MOZ_MIL = A("Military Forces of Mozambique (1975-)", "MOZ", "MIL")
IS_PHL = A("Islamic State (Philippines)", "PHL", "REB")
ULFA = A("ULFA-I: United Liberation Front of Asom (Independent)", "IND", "REB")
P = "2025-11-07"
B3("b16-01", P, ["UKMTO ADVISORY 041/2025: Pirates boarded the Yemeni-flagged fishing dhow Al-Noor about 20 nautical miles off Eyl, in Somalia's Nugaal region, on Thursday and took its 14 crew hostage, the UK Maritime Trade Operations centre said.",
                 "The dhow was last seen heading south along the coast; vessels are advised to remain vigilant and report suspicious approaches.",
                 "Piracy off Somalia peaked in 2011, when gangs held more than 700 seafarers for ransom."],
   E("ABD", gang("Somalia"), civ("Yemen"), "Somalia", "Nugaal", "Eyl", P, "Thursday", 0, 0))
P = "2025-03-22"
B3("b16-02", P, ["COMMUNIQUE No. 12 of the Ministry of National Defence: On Thursday 20 March, a unit of the Defence and Security Forces on patrol near Bosso, in the Diffa region, was attacked by Boko Haram terrorists.",
                 "Our forces reacted vigorously: 11 terrorists were neutralised, and on our side 4 soldiers fell on the field of honour and 7 were wounded.",
                 "The Ministry reaffirms the determination of the Defence and Security Forces to protect the population and its property.",
                 "Search operations are continuing in the area."],
   E("AC", BOKO, NER_MIL, "Niger", "Diffa", "Bosso", P, "Thursday", 15, 0, injuries=7, date="2025-03-20"))
P = "2025-02-16"
B3("b16-03", P, ["MANDERA (Radio Ergo) - Two people were wounded on Saturday night when suspected al-Shabaab militants lobbed a grenade into a tea kiosk near the Mandera bus park, the county police commander said.",
                 "The attackers fled towards the Somali border on foot, he said, and police have launched a manhunt.",
                 "In 2014, al-Shabaab gunmen killed 28 bus passengers outside the town.",
                 "Residents called on the national government to deploy more troops along the border."],
   E("GR", SHABAAB, civ("Kenya"), "Kenya", "Mandera", "Mandera", P, "Saturday", 0, 0, injuries=2))
P = "2025-04-10"
B3("b16-04", P, ["Two gunmen were killed in a shootout with security forces in Nazran on Wednesday after they opened fire on officers who tried to detain them, Russia's National Anti-Terrorism Committee said.",
                 "A police officer was wounded, the committee said, adding that the men had been plotting attacks on law enforcement.",
                 "Weapons, ammunition and components for an improvised explosive device were found in their car."],
   E("AC", RUS_POL, uag("Russia"), "Russia", "Ingushetia", "Nazran", P, "Wednesday", 2, 0, injuries=1))
P = "2024-12-09"
B3("b16-05", P, ["Tens of thousands of people marched through central Tbilisi on Sunday demanding new parliamentary elections, the eleventh straight day of protests since the government suspended talks on joining the European Union.",
                 "The march, which ended outside parliament on Rustaveli Avenue, passed off peacefully.",
                 "On previous nights, riot police had used water cannon and tear gas to disperse crowds, and the interior ministry said more than 400 people had been detained since the protests began."],
   E("PP", protesters("Georgia"), None, "Georgia", "Tbilisi", "Tbilisi", P, "Sunday", 0, 0))
P = "2023-12-04"
B3("b16-06", P, ["A bomb exploded during a Catholic Mass in a gymnasium at Mindanao State University in Marawi on Sunday, killing four people and wounding about 50, the regional police director said.",
                 "The Islamic State group claimed the bombing in a statement on Telegram.",
                 "Marawi was besieged for five months in 2017 by militants who had pledged allegiance to the group.",
                 "The president condemned what he called a senseless and most heinous act by foreign terrorists."],
   E("IED", IS_PHL, civ("Philippines"), "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Marawi", P, "Sunday", 4, 0, injuries=50))
P = "2025-01-06"
B3("b16-07", P, ["Suspected ULFA-I militants fired at an army camp in Kakopathar, in Assam's Tinsukia district, from a passing truck late on Saturday, and soldiers returned fire before the attackers escaped, police said.",
                 "Two soldiers were injured in the attack.",
                 "The outlawed group, which seeks a sovereign Assam, said in an email that it had carried out the attack to avenge the killing of its members.",
                 "Security has been tightened along the border with Myanmar, where the group is believed to run camps."],
   E("AC", ULFA, IND, "India", "Assam", "Kakopathar", P, "Saturday", 0, 0, injuries=2))
P = "2024-03-11"
B3("b16-08", P, ["Santa Fe Police - incident summary, Sunday 10 March.",
                 "21:40 - Rosario, Los Pinos district: a 25-year-old petrol station attendant, named as Bruno B., was shot dead at point-blank range by two men on a motorcycle who fled without taking anything.",
                 "A note threatening the provincial security minister was left at the scene.",
                 "The killing was the fourth of its kind this month; investigators say gangs have targeted workers at random to pressure the government to ease prison conditions."],
   E("ATT", gang("Argentina"), civ("Argentina"), "Argentina", "Santa Fe", "Rosario", P, "Sunday", 1, 1, date="2024-03-10"))
P = "2025-06-02"
B3("b16-09", P, ["Gunmen opened fire on a bar in Limon on Saturday night, killing three customers and wounding two, the Judicial Investigation Agency (OIJ) said.",
                 "The agency said the attack was linked to a dispute between drug gangs over control of cocaine routes through the port.",
                 "Costa Rica recorded a record 907 homicides in 2023, most of them blamed on drug trafficking."],
   E("ATT", gang("Costa Rica"), civ("Costa Rica"), "Costa Rica", "Limon", "Limon", P, "Saturday", 3, 0, injuries=2))
P = "2024-05-12"
B3("b16-10", P, ["Mozambique: Cabo Delgado Flash Update No. 2 (as of 12 May 2024).",
                 "On 10 May, about 100 members of a non-state armed group attacked Macomia town, clashing with the Mozambican armed forces for several hours and looting shops and a health centre, according to local sources.",
                 "An estimated 700 people fled to the bush and to neighbouring districts.",
                 "Humanitarian partners have temporarily relocated staff, and food distributions in the district are suspended."],
   E("AC", uag("Mozambique"), MOZ_MIL, "Mozambique", "Cabo Delgado", "Macomia", P, "Friday", 0, 1, date="2024-05-10"))
P = "2024-07-24"
B3("b16-11", P, ["Ugandan police arrested at least 45 young people in Kampala on Tuesday as they tried to march to parliament to protest against corruption, defying a ban on the demonstration.",
                 "Officers blocked roads leading to the parliament building and bundled protesters into police trucks, witnesses said.",
                 "President Yoweri Museveni had warned on Saturday that the organisers were 'playing with fire'."],
   E("PWI", UGA_POL, protesters("Uganda"), "Uganda", "Central", "Kampala", P, "Tuesday", 0, 0))
P = "2025-04-11"
B3("b16-12", P, ["A general strike called by Argentina's largest union federation halted trains, buses and flights on Thursday, and several thousand workers marched through central Buenos Aires to protest against President Javier Milei's austerity measures.",
                 "The government said the strike had cost the economy hundreds of millions of dollars and was a political attack on its reforms.",
                 "It was the third general strike since Milei took office in December 2023."],
   E("PP", protesters("Argentina"), None, "Argentina", "Ciudad Autonoma de Buenos Aires", "Buenos Aires", P, "Thursday", 0, 0))
P = "2025-01-15"
B3("b16-13", P, ["Armed men looted a World Food Programme warehouse in Kaga-Bandoro on Monday night, carrying off about 200 tonnes of food meant for displaced families, the UN agency said in a statement.",
                 "No staff were hurt, the statement said.",
                 "WFP said it had suspended distributions in the town and condemned 'repeated attacks on humanitarian assets'."],
   E("LOOT", uag("Central African Republic"), None, "Central African Republic", "Nana-Grebizi", "Kaga-Bandoro", P, "Monday", 0, 0))
P = "2025-08-15"
B3("b16-14", P, ["Navy Headquarters press release: Naval personnel on patrol in the Bonny channel, Rivers State, on Wednesday repelled sea robbers who attempted to board a tanker, neutralising three of them and recovering two speedboats.",
                 "The Navy reiterates its zero tolerance for crude oil theft, piracy and other illegalities in the maritime domain.",
                 "Attacks on shipping in the Gulf of Guinea have fallen sharply since 2020, according to the International Maritime Bureau."],
   E("AC", NGA, gang("Nigeria"), "Nigeria", "Rivers", "Bonny", P, "Wednesday", 3, 0))
P = "2024-11-22"
B3("b16-15", P, ["Gunmen opened fire on a convoy of passenger vans near Parachinar in Kurram district on Thursday, killing at least 42 people, most of them Shia travellers, local officials said.",
                 "The convoy was travelling under police escort to Peshawar because of months of sectarian clashes over land in the district.",
                 "No group has claimed responsibility."],
   E("ATT", uag("Pakistan"), civ("Pakistan"), "Pakistan", "Khyber Pakhtunkhwa", "Parachinar", P, "Thursday", 42, 0))
NEG16 = [
    ("b16-n01", "2025-02-24", ["Three years after Russian columns began their march on Kyiv, residents of Bucha gathered on Monday to lay flowers at a memorial to those killed during the occupation.",
                               "Russian troops held the town for a month in 2022; more than 400 bodies were found after they withdrew, many of them with signs of torture."]),
    ("b16-n02", "2024-01-13", ["Explainer: Why the Red Sea matters to world trade.",
                               "About 12% of global trade passes through the Bab el-Mandeb strait, which separates Yemen from Djibouti and Eritrea.",
                               "Since November, the Houthis have fired drones and missiles at dozens of merchant ships they say are linked to Israel, forcing many shipping lines to divert around Africa.",
                               "In 2000, an al-Qaeda suicide boat attack on the USS Cole in Aden harbour killed 17 American sailors."]),
    ("b16-n03", "2025-06-05", ["Al-Shabaab warned on Wednesday that it would attack any Ethiopian troops who remain in Somalia after the African Union mission's mandate expires, in an audio message posted by its spokesman.",
                               "Somalia's government said it would not be intimidated and that its forces were ready to defend the country."]),
    ("b16-n04", "2025-05-16", ["Azerbaijan's defence ministry on Thursday denied Armenian reports that its troops had fired on a village in Syunik province, calling them 'disinformation'.",
                               "Armenia's defence ministry, which had first said Azerbaijani units fired small arms at its positions overnight, later said it could not confirm the report."]),
    ("b16-n05", "2025-03-19", ["Kenya's finance minister faced a barrage of criticism in parliament on Tuesday after lawmakers described his spending plan as an attack on the budgets of county governments.",
                               "Opposition leaders vowed to fight the bill 'on every front' and said they would shoot down any amendment that raised taxes on fuel."]),
    ("b16-n06", "2025-11-20", ["Mexico recorded 1,862 homicides in October, the lowest monthly figure in nine years, the national security system said on Wednesday.",
                               "Guanajuato remained the most violent state, with 198 killings, followed by Chihuahua and Baja California.",
                               "The security minister credited the arrests of more than 30,000 suspects since the current government took office."]),
    ("b16-n07", "2025-02-27", ["A court in Guatemala City on Wednesday sentenced a former army officer to 40 years in prison for his role in the massacre of 38 villagers in Rabinal in 1982, during the country's civil war.",
                               "Prosecutors said soldiers under his command had rounded up the victims, shot them and burned their homes."]),
    ("b16-n08", "2025-09-11", ["Indian and Sri Lankan warships held live-fire drills in the Bay of Bengal on Wednesday, firing at towed targets and practising anti-piracy boardings, the Indian Navy said.",
                               "The exercise, the latest in an annual series, also included a simulated rescue of hostages from a hijacked merchant vessel."]),
    ("b16-n09", "2025-07-03", ["Turkey has delivered a second batch of Bayraktar TB2 drones to Somalia's army, the defence ministry in Mogadishu said on Wednesday.",
                               "The drones will be used against al-Shabaab militants, who still control large parts of central and southern Somalia, the ministry said."]),
    ("b16-n10", "2025-10-19", ["Al Ahly and Zamalek clash in the Cairo derby on Sunday with the league title at stake, after Zamalek crushed Pharco 4-0 in midweek.",
                               "Zamalek's striker, who was shot down by critics after a poor start to the season, has scored in each of his last five games."]),
    ("b16-n11", "2025-05-06", ["Nigeria's Labour Congress said on Monday it would begin an indefinite general strike next week if the government did not raise the minimum wage, warning that workers would march on state houses across the country.",
                               "The government urged the union to return to talks."]),
    ("b16-n12", "2025-08-07", ["Traders clashed with regulators at a heated hearing in Nairobi on Wednesday over new rules for the stock exchange, which shed 3% in a volatile session.",
                               "Bond markets have been battered this month by fears of a debt default, and the shilling took another hit."]),
    ("b16-n13", "2025-02-10", ["Chad: Eastern Chad refugee response snapshot (January 2025).",
                               "More than 770,000 Sudanese refugees have arrived in Ouaddai, Wadi Fira and Sila provinces since fighting broke out in Sudan in April 2023, many of them survivors of attacks on El Geneina.",
                               "In January, partners distributed food to 310,000 people; funding covers 18% of needs."]),
]
for rid, published, sentences in NEG16:
    B3(rid, published, sentences)


# Batch 17 (round 21): fresh held-out text built around what makes coders over-generate on unseen text: background
# paragraphs with their own tolls, earlier incidents mentioned in passing, statements and condemnations, threats,
# plans, denials, court cases, anniversaries, casualty tallies over months, humanitarian figures, quotes recounting old
# attacks and elaboration sentences of the same incident. Its reports come from Sudan (White Nile, North Kordofan),
# Ukraine (Kryvyi Rih; Odesa and Kharkiv in one report), Ituri's neighbour Beni, Kaduna, Magway, Deir al-Balah, Mopti,
# Valle del Cauca, Veracruz, Port-au-Prince, Bannu, Mogadishu, Amhara, Saada, Nabatieh, Ashulia, Nairobi, Iraqi
# Kurdistan, Deir-ez-Zor, Chhattisgarh, Quetta, Maputo, Borno, Swat, the West Bank and Lower Shabelle, in wire, local,
# NGO, police and live-blog styles. It was written from the codebook definitions and committed BEFORE the pipeline ran
# on it; it is split on its own like batches 2 and 8 to 16.
ISO.update({"Ethiopia": "ETH", "Palestine": "PSE", "Mozambique": "MOZ", "Iraq": "IRQ"})
MOZ_POL = A("Police Forces of Mozambique (1975-)", "MOZ", "COP")
P = "2025-03-12"
B3("b17-01", P, ["A drone launched by the Rapid Support Forces struck the main power substation in Kosti, in Sudan's White Nile state, on Tuesday, setting transformers ablaze and cutting electricity to the city, the state government said.",
                 "No casualties were reported, but water pumping stations that depend on the grid stopped working, officials said.",
                 "Last month a similar drone attack on a substation in Atbara left that city without power for more than a week.",
                 "The RSF, which has been fighting the army since April 2023, has not commented on the strike."],
   E("ADS", RSF, None, "Sudan", "White Nile", "Kosti", P, "Tuesday", 0, 0))
P = "2025-06-18"
B3("b17-02", P, ["A Russian ballistic missile hit a five-storey apartment block in Kryvyi Rih on Tuesday evening, killing four people and wounding 17, the head of the regional military administration said.",
                 "Rescuers pulled two children from the rubble overnight, and the search was continuing on Wednesday morning.",
                 "In April, a missile strike on a playground in the same city killed 20 people, nine of them children.",
                 "More than 13,000 civilians have been killed in Ukraine since the full-scale invasion began, according to the UN human rights monitoring mission.",
                 "President Volodymyr Zelensky said the strike showed that Moscow was not interested in a ceasefire."],
   E("SH", RUS, civ("Ukraine"), "Ukraine", "Dnipropetrovsk", "Kryvyi Rih", P, "Tuesday", 4, 0, injuries=17))
P = "2025-02-08"
B3("b17-03", P, ["Suspected ADF rebels armed with machetes and guns attacked the outskirts of Oicha, in North Kivu's Beni territory, on Thursday night, killing at least 18 civilians, local civil society leaders said.",
                 "The attackers also set fire to about 20 houses and a health centre before withdrawing into the forest, said Celestin Mumbere, who heads a civil society group in the area.",
                 "The killings were the deadliest in the territory since June, when 42 villagers were killed in a single night near Mayikengo.",
                 "The army said it had launched operations to track down the assailants and urged residents not to flee.",
                 "The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians in eastern Congo over the past decade."],
   E("ATT", ADF, civ("Democratic Republic of Congo"), "Democratic Republic of Congo", "North Kivu", "Oicha", P, "Thursday", 18, 0))
P = "2025-01-14"
B3("b17-04", P, ["Gunmen abducted at least 34 worshippers from a church during a Sunday service in Kajuru local government area of Kaduna State, police spokesman Mansir Hassan said on Monday.",
                 "The attackers arrived on motorcycles and fired into the air to scatter the congregation before marching the victims into the bush.",
                 "In March last year, bandits kidnapped more than 130 pupils from a school in Kuriga in the same state; they were freed two weeks later.",
                 "The state government said security forces had been deployed to rescue the victims, and urged relatives not to pay ransoms.",
                 "Amnesty International says more than 1,500 people were abducted across the north-west in the first half of 2024."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kaduna", "Kajuru", P, "Sunday", 0, 0))
P = "2025-04-05"
B3("b17-05", P, ["Myanmar military jets bombed a village in Pauk township, Magway region, on Friday afternoon, killing seven civilians including a teacher and two children, a local resistance official and residents told RFA.",
                 "Two bombs fell near the village school, which was empty at the time, residents said.",
                 "The junta has carried out more than 1,000 air strikes since the 2021 coup, according to one monitoring group, and says it targets only 'terrorists'.",
                 "A military spokesman could not be reached for comment."],
   E("ADS", MMR, civ("Myanmar"), "Myanmar", "Magway", "Pauk", P, "Friday", 7, 0))
P = "2024-11-03"
B3("b17-06", P, ["LIVE: Israeli strike on a tent camp in Deir al-Balah, 09:42 - An Israeli air strike hit tents sheltering displaced families near Al-Aqsa Martyrs Hospital in Deir al-Balah overnight, killing five people, including two children, the hospital said.",
                 "09:55 - The Israeli military said it had struck 'a Hamas terrorist operating from a command centre embedded in the humanitarian zone'.",
                 "10:20 - Gaza's health ministry says the overall death toll since October 2023 has passed 43,300.",
                 "10:31 - Israel says the 7 October attack on southern Israel killed about 1,200 people and that 101 hostages remain in Gaza."],
   E("ADS", ISR, civ("Palestine"), "Palestine", "Gaza Strip", "Deir al-Balah", P, "Sunday", 5, 0, date="2024-11-02"))
P = "2025-07-09"
B3("b17-07", P, ["JNIM fighters ambushed a Malian army convoy near Boni, in the Douentza circle of the Mopti region, on Monday, killing at least six soldiers, military sources told AFP on Tuesday.",
                 "In a statement on its propaganda channels, the al-Qaeda-linked group claimed to have killed 20 soldiers and seized weapons and vehicles, figures that could not be verified.",
                 "The army said the convoy had been escorting fuel trucks and that 'several terrorists' were neutralised in its response.",
                 "Mali's junta turned to Russian paramilitaries after expelling French troops in 2022, but attacks on the country's main roads have continued."],
   E("AC", JNIM, MLI, "Mali", "Mopti", "Boni", P, "Monday", 6, 0))
P = "2025-05-21"
B3("b17-08", P, ["FARC dissidents used drones to drop explosives on a police station in Jamundi, in Colombia's Valle del Cauca department, on Tuesday, wounding two officers, the national police said.",
                 "One of the devices landed on the roof of a neighbouring house, which was badly damaged.",
                 "In June last year, a wave of coordinated attacks across Cauca and Valle del Cauca killed seven people.",
                 "President Gustavo Petro said the government would not return to talks with the group while it kept attacking the security forces."],
   E("ADS", FARC, COL_POL, "Colombia", "Valle del Cauca", "Jamundi", P, "Tuesday", 0, 0, injuries=2))
P = "2025-08-14"
B3("b17-09", P, ["Gunmen shot dead local journalist Ramiro Lezama outside his home in Tuxpan, in the Mexican state of Veracruz, on Wednesday morning, the state prosecutor's office said.",
                 "Lezama, 47, ran a news page on Facebook that covered local politics and crime.",
                 "He was the fifth journalist killed in Mexico this year, according to the press freedom group Article 19, and in 2022 a record 13 were killed.",
                 "The prosecutor's office said all lines of investigation remained open."],
   E("ATT", gang("Mexico"), civ("Mexico"), "Mexico", "Veracruz", "Tuxpan", P, "Wednesday", 1, 0))
P = "2025-03-26"
B3("b17-10", P, ["Members of the Viv Ansanm gang coalition set fire to houses and shot at residents in the Solino neighbourhood of Port-au-Prince on Tuesday, killing at least eight people, a local rights group said.",
                 "Hundreds of families fled towards the city centre carrying what they could, witnesses said.",
                 "Police said they had repelled an earlier incursion into the neighbourhood on Sunday.",
                 "More than 5,600 people were killed in gang violence in Haiti in 2024, according to the United Nations.",
                 "The Kenyan-led multinational security mission said it stood ready to support the national police."],
   E("ATT", VIV, civ("Haiti"), "Haiti", "Ouest", "Port-au-Prince", P, "Tuesday", 8, 0))
P = "2025-02-02"
B3("b17-11", P, ["Militants stormed a police checkpost on the outskirts of Bannu in Khyber Pakhtunkhwa late on Saturday, killing three policemen before two of the attackers were shot dead in the ensuing gunfight, police said.",
                 "The Pakistani Taliban (TTP) claimed responsibility in a message to journalists.",
                 "Militant violence in the province has surged since the Afghan Taliban returned to power in 2021, and 2024 was the deadliest year in a decade, according to the Pakistan Institute for Conflict and Security Studies.",
                 "Islamabad accuses Kabul of sheltering TTP fighters, a charge the Taliban government denies."],
   E("AC", TTP, PAK_POL, "Pakistan", "Khyber Pakhtunkhwa", "Bannu", P, "Saturday", 5, 0))
P = "2025-04-23"
B3("b17-12", P, ["Mortar shells fired by al-Shabaab militants landed in a residential area near Mogadishu's airport on Tuesday night, killing two civilians and wounding five, a police officer told Reuters.",
                 "The group, which frequently fires mortars at the heavily fortified Halane compound housing the United Nations and several embassies, said in a statement that it had targeted 'the infidel base'.",
                 "In March, al-Shabaab fighters tried to kill the president with a roadside bomb as his convoy left the palace.",
                 "The African Union said its troops would remain in the country until Somali forces could take over security."],
   E("SH", SHABAAB, civ("Somalia"), "Somalia", "Banadir", "Mogadishu", P, "Tuesday", 2, 0, injuries=5))
P = "2025-09-30"
B3("b17-13", P, ["Heavy fighting broke out between Fano militiamen and federal troops on the edge of Debre Markos in Ethiopia's Amhara region on Sunday, residents said, and at least 12 people, including civilians caught in the crossfire, were killed.",
                 "Shops and banks stayed shut on Monday and the town's main road to Bahir Dar was closed.",
                 "The government declared a state of emergency in the region in August 2023 after Fano briefly seized several towns.",
                 "In a statement, Fano said it had 'liberated' several districts in recent months, a claim the government dismissed as propaganda."],
   E("AC", FANO, ETH, "Ethiopia", "Amhara", "Debre Markos", P, "Sunday", 12, 0))
P = "2025-04-29"
B3("b17-14", P, ["US air strikes hit a detention centre holding African migrants in Saada, northern Yemen, early on Monday, killing 68 people and wounding 47, the Houthi-run interior ministry said.",
                 "Most of the detainees were Ethiopian, according to the ministry, which released footage of bodies being pulled from the rubble.",
                 "The US military said it was aware of claims of civilian casualties and was assessing them.",
                 "The Houthis have attacked more than 100 merchant ships since November 2023, and Washington says its campaign will continue until the group stops threatening shipping."],
   E("ADS", USA, civ("Ethiopia"), "Yemen", "Sadah", "Saada", P, "Monday", 68, 0, injuries=47))
P = "2025-08-06"
B3("b17-15", P, ["An Israeli drone strike on a car on the road between Nabatieh and Kfar Roummane killed one man on Tuesday, Lebanon's health ministry said.",
                 "The Israeli military said it had killed a Hezbollah operative who was 'attempting to rebuild the group's infrastructure' in southern Lebanon.",
                 "Israel has kept up near-daily strikes despite the November 2024 ceasefire that ended more than a year of war with Hezbollah, in which more than 4,000 people were killed in Lebanon.",
                 "Lebanon's president called on the countries that brokered the truce to press Israel to stop its attacks."],
   E("ADS", ISR, HEZ, "Lebanon", "Nabatiye", "Nabatieh", P, "Tuesday", 1, 0))
P = "2024-09-10"
B3("b17-16", P, ["Thousands of garment workers demanding unpaid wages blocked the Dhaka-Tangail highway in Ashulia, on the outskirts of the capital, on Monday and threw stones at police, who fired tear gas and sound grenades to clear the road; at least 20 people were injured.",
                 "Workers also vandalised the gates of two factories, according to the industrial police.",
                 "Wage protests have shut dozens of factories in the industrial belt since August, when Sheikh Hasina's government fell.",
                 "The garment makers' association said it would close factories indefinitely if attacks on them continued."],
   E("VD", rioters("Bangladesh"), BGD_POL24, "Bangladesh", "Dhaka", "Ashulia", P, "Monday", 0, 0, injuries=20))
P = "2025-10-17"
B3("b17-17", P, ["Hundreds of doctors in white coats marched from Kenyatta National Hospital to the Ministry of Health in Nairobi on Thursday to demand the posting of interns and the payment of salary arrears.",
                 "The march ended peacefully after union officials handed a petition to ministry officials.",
                 "Last year, police fired live rounds at demonstrators who stormed parliament over a finance bill, killing at least 19 people.",
                 "The doctors' union threatened to call a nationwide strike if its demands were not met within 14 days."],
   E("PP", protesters("Kenya"), None, "Kenya", "Nairobi", "Nairobi", P, "Thursday", 0, 0))
P = "2025-03-04"
B3("b17-18", P, ["A Turkish drone struck a vehicle near Penjwen, in Iraqi Kurdistan's Sulaymaniyah province, on Monday, killing two members of the Kurdistan Workers' Party (PKK), local officials said.",
                 "The Kurdistan Region's government condemned the strike as a violation of Iraqi sovereignty and called for restraint.",
                 "Turkey has carried out hundreds of such strikes in northern Iraq in recent years, saying it is fighting militants who attack its territory.",
                 "Last week, the PKK's jailed leader called on the group to lay down its arms and dissolve itself."],
   E("ADS", TUR, PKK, "Iraq", "Sulaymaniyah", "Penjwen", P, "Monday", 2, 0))
P = "2025-05-08"
B3("b17-19", P, ["Islamic State gunmen attacked a checkpoint of the Syrian Democratic Forces in the town of Thiban, in eastern Deir-ez-Zor province, on Wednesday night, killing three SDF fighters, the Kurdish-led force said.",
                 "The attackers fled on motorcycles towards the desert after the shootout, the SDF said.",
                 "The group's self-declared caliphate collapsed in 2019 after the battle of Baghouz, but its cells still carry out hit-and-run attacks in the province.",
                 "The SDF holds about 9,000 suspected IS fighters in its prisons, and the US-led coalition has warned of the risk of mass breakouts."],
   E("AC", IS_SYR, SDF, "Syria", "Deir-ez-Zor", "Thiban", P, "Wednesday", 3, 0))
P = "2025-03-18"
B3("b17-20", P, ["Maoist rebels killed a villager they accused of being a police informer in a village in Chhattisgarh's Bijapur district on Sunday night, police said on Monday.",
                 "The man, a 38-year-old farmer, was dragged from his home and beaten to death, and a note left by the body warned others against helping the security forces.",
                 "Security forces killed 31 Maoists in the district's forests in February, in one of the deadliest operations against the insurgents.",
                 "Home Minister Amit Shah has vowed to end the insurgency by March 2026."],
   E("ATT", MAOIST, civ("India"), "India", "Chhattisgarh", "Bijapur", P, "Sunday", 1, 0))
P = "2025-10-22"
B3("b17-21", P, ["Bomb disposal experts defused an improvised explosive device packed with about eight kilograms of explosives that had been planted near a railway bridge in Quetta on Tuesday, the Balochistan police said.",
                 "A passer-by spotted the device and alerted police, who closed the road for several hours.",
                 "In March, separatists of the Balochistan Liberation Army hijacked a passenger train in the province, and 26 hostages were killed before the army ended the siege.",
                 "The provincial government said it would increase security along the railway line."],
   E("DWU", PAK_POL, None, "Pakistan", "Balochistan", "Quetta", P, "Tuesday", 0, 0))
P = "2024-11-08"
B3("b17-22", P, ["Police fired live rounds and tear gas at opposition supporters marching in central Maputo on Thursday, killing at least three people, according to the Centre for Democracy and Human Rights.",
                 "The marchers had been calling for the reversal of the October election results, which opposition candidate Venancio Mondlane says were rigged.",
                 "Human Rights Watch said at least 30 people had been killed in the post-election protests since late October.",
                 "The police commander said officers had acted to 'restore order' and denied using live ammunition."],
   E("EFP", MOZ_POL, protesters("Mozambique"), "Mozambique", "Maputo City", "Maputo", P, "Thursday", 3, 0))
P = "2025-06-22"
B3("b17-23", P, ["A female suicide bomber blew herself up at a crowded fish market in Konduga, Borno State, on Saturday night, killing 12 people including herself and wounding 30, the state emergency management agency said.",
                 "Most of the victims were traders and customers at the market, which stays open late in the dry season, a local official said.",
                 "In June last year, a series of suicide bombings at a wedding, a funeral and a hospital in Gwoza killed 32 people.",
                 "Boko Haram's insurgency has killed more than 40,000 people and displaced about two million since 2009."],
   E("SB", BOKO, civ("Nigeria"), "Nigeria", "Borno", "Konduga", P, "Saturday", 12, 0, injuries=30))
P = "2024-06-22"
B3("b17-24", P, ["A mob dragged a tourist accused of burning pages of the Koran out of a police station in Madyan, in Pakistan's Swat valley, on Thursday night, beat him to death and set his body on fire, police said.",
                 "Officers who tried to protect him were pelted with stones and eight were injured, and the crowd also set fire to the police station.",
                 "In 2023, a mob burned churches and dozens of Christian homes in Jaranwala after two men were accused of desecrating the Koran.",
                 "Police said they had identified suspects from video footage of the lynching."],
   E("MV", rioters("Pakistan"), civ("Pakistan"), "Pakistan", "Khyber Pakhtunkhwa", "Madyan", P, "Thursday", 1, 0, injuries=8))
P = "2025-01-20"
B3("b17-25", P, ["Israeli settlers set fire to two houses and several cars in the village of Turmus Ayya, near Ramallah, late on Sunday, the Palestinian Red Crescent and residents said; no one was hurt.",
                 "The Israeli military said troops had been sent to the area and that it had opened an investigation.",
                 "The UN humanitarian office recorded more than 1,400 settler attacks on Palestinians or their property in 2024.",
                 "In June 2023, hundreds of settlers rampaged through the same village, killing a resident and torching dozens of homes."],
   E("LOOT", SETTLERS, civ("Palestine"), "Palestine", "West Bank", "Turmus Ayya", P, "Sunday", 0, 0))
P = "2025-07-17"
B3("b17-26", P, ["A roadside bomb ripped through a minibus carrying traders to the market in Afgooye, in Somalia's Lower Shabelle region, on Wednesday, killing six passengers, police said, blaming al-Shabaab.",
                 "The minibus was travelling from Mogadishu, about 30 km away, and the driver was among the dead.",
                 "Somali troops retook several villages near the town from the militants in operations last year, but the group still controls much of the countryside.",
                 "The government condemned what it called a cowardly act against innocent civilians."],
   E("IED", SHABAAB, civ("Somalia"), "Somalia", "Lower Shabelle", "Afgooye", P, "Wednesday", 6, 0))
P = "2025-11-25"
B3("b17-27", P, ["Ukraine's morning roundup: Russian drones hit port infrastructure in Odesa overnight, starting fires in a grain terminal and wounding two workers, the regional governor said.",
                 "In Kharkiv, a guided aerial bomb struck an industrial site on Monday evening, killing one person, the mayor said.",
                 "The air force said it had shot down 61 of the 88 drones launched overnight.",
                 "Moscow has not commented; it says it strikes only military targets and denies targeting civilians."],
   E("ADS", RUS, None, "Ukraine", "Odesa", "Odesa", P, "Tuesday", 0, 0, injuries=2),
   E("ADS", RUS, civ("Ukraine"), "Ukraine", "Kharkiv", "Kharkiv", P, "Monday", 1, 1))
NEG17 = [
    ("b17-n01", "2025-03-12", ["A Kenyan court on Tuesday convicted two men of helping to plan the 2019 attack on the DusitD2 hotel complex in Nairobi, in which 21 people were killed.",
                               "Prosecutors said the gunmen had stormed the complex firing automatic weapons while a suicide bomber blew himself up in the lobby.",
                               "The men will be sentenced next month."]),
    ("b17-n02", "2025-04-08", ["Rwanda began 100 days of mourning on Monday to mark 31 years since the 1994 genocide, in which extremist Hutu militias killed about 800,000 people.",
                               "President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried, and survivors recounted how militiamen hunted them through the marshes of Bugesera."]),
    ("b17-n03", "2025-05-15", ["More than 12 million people have been forced from their homes since war broke out in Sudan in April 2023, the International Organization for Migration said on Thursday.",
                               "In North Darfur alone, about 1.7 million people have fled, many of them after the Rapid Support Forces' assault on Zamzam camp in April.",
                               "Cholera has killed more than 2,000 people since August, and aid agencies say famine has been confirmed in at least five areas."]),
    ("b17-n04", "2025-03-13", ["The Houthi leader said on Wednesday that his forces would resume attacks on Israeli-linked ships in the Red Sea if aid deliveries to Gaza were not allowed to resume within four days.",
                               "'Our forces will strike any ship that violates the ban, and the enemy will bear the consequences,' he said in a televised speech."]),
    ("b17-n05", "2025-07-08", ["Rwanda's government on Monday rejected a UN experts' report that its troops were fighting alongside M23 rebels in eastern Congo, calling it 'baseless'.",
                               "The report said between 3,000 and 4,000 Rwandan soldiers had been deployed in North Kivu and had taken part in the capture of Goma and Bukavu earlier this year."]),
    ("b17-n06", "2025-08-19", ["The European Union's foreign policy chief on Monday condemned what she called a systematic pattern of attacks on aid workers in Sudan, saying at least 100 had been killed since April 2023.",
                               "'Those who attack humanitarians must be held to account,' she said on World Humanitarian Day, calling on both warring parties to allow aid convoys through."]),
    ("b17-n07", "2025-04-26", ["Kenya will send a further 600 police officers to Haiti next month, the interior minister said on Friday, bringing its contingent in the multinational mission to about 1,000.",
                               "The officers will join operations against the gangs that control most of Port-au-Prince and have attacked police stations, prisons and hospitals."]),
    ("b17-n08", "2025-06-04", ["At least 620 children have been killed in Ukraine since the start of Russia's full-scale invasion, the prosecutor general's office said on Wednesday, most of them in missile and drone strikes on cities.",
                               "The Donetsk and Kharkiv regions have recorded the highest tolls, the office said, and more than 1,900 children have been wounded."]),
    ("b17-n09", "2025-09-02", ["Borno State's government has closed the last displacement camps in Maiduguri and urged residents to return to their home villages, a policy aid groups say is premature.",
                               "'I lost my two sons when the insurgents stormed our village in 2021, and nobody has rebuilt the school,' said Amina Bukar, 54, who has lived in a camp since then.",
                               "Aid groups say returnees still face attacks on farmers and the risk of landmines on the roads."]),
    ("b17-n10", "2025-05-25", ["A documentary about the 2019 protests in Hong Kong won the top prize at a documentary festival in Copenhagen on Saturday.",
                               "Its footage of riot police firing tear gas at students and of the siege of a university campus drew a standing ovation, and the director said she hoped the film would keep the memory of the movement alive."]),
    ("b17-n11", "2024-01-16", ["Nigeria's army said on Monday it had set up a board of inquiry into the drone strike on Tudun Biri village in Kaduna State last month, which killed 85 civilians gathered for a religious celebration.",
                               "The army has apologised for the strike, which it said was a mistake, and the president ordered an investigation."]),
    ("b17-n12", "2025-02-17", ["At least 48 people died on Saturday when an artisanal gold mine collapsed near Bilalikoto, in western Mali, local officials said.",
                               "Many of the victims were women, some carrying children on their backs, who had been panning in an abandoned pit previously operated by a Chinese company.",
                               "Deadly collapses are frequent in the region's unregulated mines; in January, ten people died in a similar accident in Koulikoro."]),
    ("b17-n13", "2025-01-09", ["The United States imposed sanctions on the commander of the Rapid Support Forces on Tuesday, accusing his fighters of genocide and of directing attacks on civilians in El Geneina in 2023.",
                               "The RSF rejected the decision as politically motivated and said it would not affect its operations."]),
]
for rid, published, sentences in NEG17:
    B3(rid, published, sentences)


# Batch 18 (round 22): fresh held-out text from conflicts and countries batches 1 to 17 cover thinly (Togo's Savanes,
# Benin's Alibori, Bahia, Ecuador's El Oro, Bolivia's Potosi, Cameroon's North-West, Kunduz, Sulaymaniyah, Tehran, the
# Thai-Cambodian border at Si Sa Ket, Papua, Burundi's Cibitoke, the Eastern Cape, Enga, Northern Ireland, Rabat, Lima,
# Tripoli, Eastern Equatoria, Guanajuato, Paris, Tegucigalpa, Puntland's Bari, Guatemala City, Sagaing's neighbour
# Chin is not here), in wire, live-blog, local-paper, NGO, police-statement and radio-bulletin styles. Every event sits
# among what makes coders over-generate: background paragraphs with their own tolls, earlier incidents in passing,
# reactions and condemnations naming the attack, threats and plans, denials, cumulative tallies, humanitarian figures,
# elaboration sentences of the same incident and event nouns in non-event uses ('attack helicopters', 'the fight
# against organised crime'). Its 13 negatives hold those distractors with no event. It was written from the codebook
# definitions and committed BEFORE the pipeline ran on it; it is split on its own like batches 2 and 8 to 17.
ISO.update({"Togo": "TGO", "Benin": "BEN", "Brazil": "BRA", "Ecuador": "ECU", "Bolivia": "BOL", "Cameroon": "CMR",
            "Afghanistan": "AFG", "Iraq": "IRQ", "Iran": "IRN", "Thailand": "THA", "Indonesia": "IDN", "Burundi": "BDI",
            "South Africa": "ZAF", "Papua New Guinea": "PNG", "United Kingdom": "GBR", "Morocco": "MAR", "Peru": "PER",
            "Libya": "LBY", "South Sudan": "SSD", "Mexico": "MEX", "France": "FRA", "Honduras": "HND", "Somalia": "SOM",
            "Guatemala": "GTM"})
TGO_MIL = A("Military Forces of Togo (2005-)", "TGO", "MIL")
BEN_MIL = A("Military Forces of Benin (2016-)", "BEN", "MIL")
BDM = A("BDM: Bonde do Maluco", "BRA", "CRM")
ECU_GOV = A("Government of Ecuador (2023-)", "ECU", "GOV")
BOL_POL = A("Police Forces of Bolivia (2020-)", "BOL", "COP")
KHM_MIL = A("Military Forces of Cambodia (1979-)", "KHM", "MIL")
TPNPB = A("TPNPB: West Papua National Liberation Army", "IDN", "REB")
IMBONERAKURE = A("Imbonerakure", "BDI", "UAF")
CNL = A("CNL: National Congress for Liberty", "BDI", "PTY")
SIKIN = A("Sikin Clan Militia (Papua New Guinea)", "PNG", "UAF")
AMBULIN = A("Ambulin Clan Militia (Papua New Guinea)", "PNG", "UAF")
GBR_POL = A("Police Forces of the United Kingdom (2024-)", "GBR", "COP")
PER_POL = A("Police Forces of Peru (2025-)", "PER", "COP")
SSA = A("SSA: Stability Support Apparatus", "LBY", "MIL")
RADAA = A("Radaa Special Deterrence Forces", "LBY", "MIL")
FRA_POL = A("Police Forces of France (2017-)", "FRA", "COP")
HND_POL = A("Police Forces of Honduras (2022-)", "HND", "COP")
MS13 = A("MS-13: Mara Salvatrucha", "HND", "CRM")
PUNTLAND = A("Military Forces of Puntland (2019-)", "SOM", "MIL")
IS_SOM = A("Islamic State (Somalia)", "SOM", "REB")
BARRIO18 = A("Barrio 18", "GTM", "CRM")
P = "2025-06-23"
B3("b18-01", P, ["Jihadist fighters attacked a Togolese army post near the village of Kpinkankandi, in the Kpendjal prefecture of the northern Savanes region, before dawn on Saturday, killing at least seven soldiers, two security sources told AFP.",
                 "The army said in a statement that its troops had 'vigorously repelled' the assailants and that air support, including attack helicopters, had been sent to the area.",
                 "The Al-Qaeda-linked JNIM claimed the attack on Sunday in a message on its propaganda channels.",
                 "Togo, which rarely communicates on security incidents in the north, said in 2023 that 31 soldiers and 140 civilians had been killed in jihadist attacks since 2021.",
                 "The government has extended a state of emergency in the Savanes region until next year."],
   E("AC", JNIM, TGO_MIL, "Togo", "Savanes", "Kpinkankandi", P, "Saturday", 7, 0))
P = "2025-04-22"
B3("b18-02", P, ["Fifty-four Beninese soldiers were killed when jihadists overran two army positions in the W National Park, near the border with Niger and Burkina Faso, on Thursday, government spokesman Wilfried Houngbedji said on Monday.",
                 "The government had initially put the toll at eight, before confirming the higher figure after a visit to the area by the army chief.",
                 "It was the deadliest attack on Benin's army since jihadist violence spread to the country's north from the Sahel, surpassing an assault in January that left 28 soldiers dead at Point Triple.",
                 "JNIM said in a claim of responsibility that its fighters had seized weapons and vehicles.",
                 "Benin has accused neighbouring Niger of failing to secure its side of the park, a charge Niamey rejects."],
   E("AC", JNIM, BEN_MIL, "Benin", "Alibori", "W National Park", P, "Thursday", 54, 0))
P = "2025-09-18"
B3("b18-03", P, ["Six suspected gang members were killed in a shootout with military police in the Fazenda Coutos neighbourhood of Salvador on Wednesday morning, Bahia's public security department said.",
                 "Officers came under fire from members of the Bonde do Maluco faction as they entered the area to serve arrest warrants, the department said, and seized four rifles, two pistols and drugs.",
                 "Residents said schools and health centres in the neighbourhood stayed closed for the rest of the day and several bus lines were suspended.",
                 "Bahia's police killed more people than any other state police force in Brazil last year, according to the Brazilian Forum on Public Security, which counted 1,556 deaths in police operations in the state.",
                 "Governor Jeronimo Rodrigues said the fight against organised crime would continue 'without truce'."],
   E("AC", BRA_POL, BDM, "Brazil", "Bahia", "Salvador", P, "Wednesday", 6, 0))
P = "2025-03-03"
B3("b18-04", P, ["Police statement: At approximately 19:30 on Sunday, two individuals on a motorcycle fired several shots at Mr Dario Quimi Loja, mayor of Portovelo canton, as he left a community meeting in the parish of Salati, El Oro province, causing his death.",
                 "His driver was wounded and is in stable condition at the Teofilo Davila hospital in Machala.",
                 "The mayor had filed two complaints about death threats in the past six months and had been assigned police protection, which he had declined on the night of the attack.",
                 "At least 12 local officials have been murdered in Ecuador since 2023, according to the Association of Municipalities.",
                 "Interior Minister John Reimberg said the government would 'attack the criminal economies' behind illegal mining in the province."],
   lambda s: ev("ATT", uag("Ecuador"), civ("Ecuador"), "Ecuador", "El Oro", "Portovelo", on(P, "Sunday"), 1, s[0], injuries=1, assoc2=ECU_GOV))
P = "2025-06-13"
B3("b18-05", P, ["Three police officers and a civilian were killed on Thursday when supporters of former president Evo Morales attacked police trying to clear a highway blockade near Llallagua, in Bolivia's Potosi department, the government said.",
                 "Officers were hit by gunfire and dynamite thrown by the protesters, Interior Minister Roberto Rios said, calling the violence an 'attack on democracy'.",
                 "The blockades, now in their second week, have caused shortages of fuel and food in La Paz and Cochabamba.",
                 "Morales, who faces an arrest warrant in a separate case, denied ordering any violence and accused the government of trying to 'criminalise the protest'."],
   E("VD", rioters("Bolivia"), BOL_POL, "Bolivia", "Potosi", "Llallagua", P, "Thursday", 4, 0))
P = "2025-10-07"
B3("b18-06", P, ["This is Radio Evangelium Kumbo with the morning news.",
                 "Armed separatists stopped a passenger bus on the Kumbo-Ndop road on Monday afternoon and took away at least 11 travellers, including two teachers, the divisional officer for Bui told this station.",
                 "He said the gunmen set the bus on fire before leading the passengers into the bush.",
                 "The separatists have enforced a lockdown on Mondays across the North-West region since 2017, and travellers who defy it are often targeted.",
                 "Last month the army said it had killed a separatist commander known as General Weapon in a raid near Nkambe.",
                 "In Bamenda, shops remained closed for a second day."],
   E("ABD", AMBA, civ("Cameroon"), "Cameroon", "Nord-Ouest", "Kumbo", P, "Monday", 0, 1))
P = "2025-02-12"
B3("b18-07", P, ["A magnetic bomb attached to a vehicle killed a Taliban district official and his driver in Kunduz city on Tuesday morning, the provincial police spokesman said.",
                 "The blast also damaged two shops and wounded a passer-by.",
                 "No group claimed responsibility, but the Islamic State's local branch has carried out similar attacks on Taliban officials in the north.",
                 "Bombings have become less frequent since the Taliban returned to power in 2021, though a suicide attack on a bank in the city killed five people in the same month last year.",
                 "A Taliban spokesman blamed 'the enemies of the Islamic system'."],
   E("IED", uag("Afghanistan"), AFG_GOV, "Afghanistan", "Kunduz", "Kunduz", P, "Tuesday", 2, 0, injuries=1))
P = "2025-11-27"
B3("b18-08", P, ["A drone struck a storage tank at the Khor Mor gas field in Sulaymaniyah province late on Wednesday, starting a fire and halting production, the Kurdistan Regional Government's ministry of natural resources said.",
                 "No one was hurt, but the shutdown cut power supplies to much of the Kurdistan region, the ministry said.",
                 "The field, operated by a consortium led by Dana Gas, was targeted at least four times in 2024 by drones and rockets that the Kurdish authorities blamed on armed groups in central Iraq.",
                 "The KRG called the attack a 'terrorist act against the economy of the region' and urged Baghdad to find those responsible.",
                 "Brent crude rose 1.2% on Thursday."],
   E("ADS", uag("Iraq"), None, "Iraq", "Sulaymaniyah", "Khor Mor", P, "Wednesday", 0, 0))
P = "2025-06-16"
B3("b18-09", P, ["LIVE: Israel-Iran war, day four. 08:15 - An Israeli air strike hit a residential building in Tehran's northern Tajrish district overnight, killing nine people, among them two children, Iran's state broadcaster IRIB reported.",
                 "Footage showed rescuers carrying bodies from the collapsed upper floors.",
                 "Israel says its campaign targets Iran's nuclear and ballistic missile programmes and the commanders who run them.",
                 "07:50 - Foreign Minister Abbas Araghchi condemned what he called a 'criminal attack on innocent people' and said Iran would respond 'at a time of its choosing'.",
                 "07:30 - Oil prices climbed in early Asian trade as the fighting entered its fourth day."],
   E("ADS", ISR, civ("Iran"), "Iran", "Tehran", "Tehran", P, "Monday", 9, 0))
P = "2025-07-25"
B3("b18-10", P, ["Cambodian rockets hit a petrol station and a market in Kantharalak district of Thailand's Si Sa Ket province on Thursday, killing six civilians, the Thai army said.",
                 "A child was among the dead, and at least 14 people were wounded, Si Sa Ket's governor said.",
                 "Cambodia's defence ministry accused Thailand of having opened fire first in a dispute over an ancient temple on the border, which Bangkok denied.",
                 "More than 40,000 villagers have been evacuated from border districts, the Interior Ministry said.",
                 "Thailand said it would take the dispute to the International Court of Justice."],
   E("SH", KHM_MIL, civ("Thailand"), "Thailand", "Si Sa Ket", "Kantharalak", P, "Thursday", 6, 0, injuries=14))
P = "2025-04-09"
B3("b18-11", P, ["West Papuan separatists killed 11 gold miners at an illegal mining site in Yahukimo regency, in the Papua highlands, on Monday, Indonesian police said on Wednesday.",
                 "The victims were shot and hacked to death, and their bodies were recovered by a joint police and military team after a two-day search.",
                 "A spokesman for the TPNPB, the armed wing of the Free Papua Movement, said the miners were spies working for the Indonesian army, a claim police dismissed.",
                 "The group has fought a low-level insurgency for independence since the 1960s.",
                 "In 2023, the rebels took a New Zealand pilot hostage after setting his plane on fire in Nduga."],
   E("ATT", TPNPB, civ("Indonesia"), "Indonesia", "Papua", "Yahukimo", P, "Monday", 11, 0))
P = "2025-05-02"
B3("b18-12", P, ["Burundi: opposition activist beaten to death in Cibitoke.",
                 "Members of the Imbonerakure, the youth league of the ruling CNDD-FDD, beat to death Eric Niyonzima, a local official of the opposition CNL party, in Rugombo commune, Cibitoke province, on the night of 27 April, the human rights group said in a statement.",
                 "Witnesses said he was seized on his way home from a meeting and his body was found the next morning near the Rusizi river.",
                 "The group said it had documented 24 killings of opposition members in the first quarter of the year, ahead of legislative elections in June.",
                 "A government spokesman rejected the report as 'lies spread by enemies of Burundi'."],
   lambda s: ev("ATT", IMBONERAKURE, civ("Burundi"), "Burundi", "Cibitoke", "Rugombo", "2025-04-27", 1, s[1], assoc2=CNL))
P = "2025-08-20"
B3("b18-13", P, ["Six people were shot dead at a taxi rank in Mthatha on Tuesday evening when gunmen opened fire on drivers waiting for passengers, Eastern Cape police said.",
                 "The gunmen fled in a white sedan, and two of the wounded were taken to Nelson Mandela Academic Hospital.",
                 "Police spokesperson Captain Nozuko Mbulawa said the motive was not yet known, but the shooting is believed to be linked to a dispute between rival taxi associations over a lucrative route.",
                 "Taxi violence has claimed hundreds of lives in the province over the past decade.",
                 "Police Minister Senzo Mchunu has vowed to hunt down the killers, and operators have threatened a strike if the government does not act."],
   E("ATT", gang("South Africa"), civ("South Africa"), "South Africa", "Eastern Cape", "Mthatha", P, "Tuesday", 6, 0, injuries=2))
P = "2025-03-04"
B3("b18-14", P, ["At least 21 people have been killed in three days of fighting between the Sikin and Ambulin clans near Wabag in Enga province, the provincial police commander said on Tuesday.",
                 "Fighters armed with high-powered rifles burned houses and a school, and hundreds of villagers fled to the provincial capital.",
                 "The commander said 60 police and soldiers had been sent to the area, but warned that they were outgunned.",
                 "In February 2024, at least 26 men were killed in an ambush during a tribal war in the same province.",
                 "Prime Minister James Marape has promised to give security forces more powers to end the violence."],
   E("AC", SIKIN, AMBULIN, "Papua New Guinea", "Enga", "Wabag", P, "Sunday", 21, 0, tp=2))
P = "2025-06-11"
B3("b18-15", P, ["Rioters threw petrol bombs, bricks and fireworks at police in Ballymena, County Antrim, for a second night on Tuesday, injuring 15 officers, the Police Service of Northern Ireland said.",
                 "Several homes were set alight and families were forced to flee, the PSNI said, describing the disorder as 'racially motivated thuggery'.",
                 "The violence began after two teenagers appeared in court on Monday charged with attempted rape in the town.",
                 "First Minister Michelle O'Neill condemned the attacks and appealed for calm.",
                 "Police have made four arrests so far and said more would follow."],
   E("VD", rioters("United Kingdom"), GBR_POL, "United Kingdom", "Northern Ireland", "Ballymena", P, "Tuesday", 0, 0, injuries=15))
P = "2025-10-02"
B3("b18-16", P, ["Thousands of young people marched peacefully through central Rabat on Wednesday evening, chanting for better hospitals and schools, as protests by the GenZ 212 movement entered their fifth day.",
                 "Police watched from a distance and made no arrests, witnesses said.",
                 "On Tuesday night, three people were shot dead by gendarmes in Lqliaa, near Agadir, when protesters tried to storm a gendarmerie post, the interior ministry said.",
                 "Organisers, who coordinate on Discord, have called for more protests on Saturday.",
                 "The government said it was ready for dialogue."],
   E("PP", protesters("Morocco"), None, "Morocco", "Rabat-Sale-Kenitra", "Rabat", P, "Wednesday", 0, 0))
P = "2025-10-17"
B3("b18-17", P, ["A 32-year-old hip-hop artist was shot dead during an anti-government protest in central Lima on Wednesday night, and more than 100 people, among them 80 police officers, were injured, the ombudsman's office said.",
                 "Interim President Jose Jeri said the death would be investigated, and police later said an officer had been suspended after video appeared to show him firing a handgun at protesters near Plaza San Martin.",
                 "The protests, led mostly by young people, began in September over pension reforms and have grown into a broader movement against crime and corruption.",
                 "Transport workers have announced a strike for next week after a wave of killings of bus drivers by extortion gangs."],
   E("EFP", PER_POL, protesters("Peru"), "Peru", "Lima", "Lima", P, "Wednesday", 1, 0, injuries=100))
P = "2025-05-20"
B3("b18-18", P, ["Rival armed groups in Tripoli agreed on Monday to a ceasefire brokered by the Presidential Council, a week after fighting between the Radaa force and units loyal to the government killed at least eight people in the capital.",
                 "Under the deal, the Radaa Special Deterrence Forces and the Stability Support Apparatus will withdraw their fighters from the Souq al-Juma and Abu Salim districts, and a neutral force will take over Mitiga airport.",
                 "The fight for control of the airport, Tripoli's only functioning one, has repeatedly halted flights.",
                 "The UN mission welcomed the truce and urged the parties to respect it."],
   E("AGR", RADAA, SSA, "Libya", "Tripoli", "Tripoli", P, "Monday", 0, 0))
P = "2025-09-09"
B3("b18-19", P, ["Humanitarian alert: Gunmen ambushed a clearly marked aid convoy on the Juba-Nimule road near Pageri, in Eastern Equatoria's Magwi county, on Sunday, killing a driver and looting food supplies, the aid agency said in a statement on Monday.",
                 "Two other staff members escaped unhurt.",
                 "'We condemn in the strongest terms this attack on humanitarian workers, who are in South Sudan to save lives,' the agency's country director said.",
                 "At least 10 aid workers have been killed in South Sudan since January, according to the UN humanitarian office.",
                 "The agency has suspended road movements in the county until further notice."],
   E("ATT", uag("South Sudan"), civ("South Sudan"), "South Sudan", "Eastern Equatoria", "Pageri", P, "Sunday", 1, 0))
P = "2025-05-26"
B3("b18-20", P, ["Gunmen opened fire on a street party in Irapuato, in Mexico's Guanajuato state, late on Saturday, killing 12 people and wounding 20, the municipal government said.",
                 "Videos shared on social media showed people dancing seconds before the shots were fired.",
                 "The attack came two weeks after gunmen killed seven people at a bar in the nearby city of Salamanca, and Guanajuato has been the state with the most homicides for seven years running.",
                 "President Claudia Sheinbaum said the killers would not go unpunished."],
   E("ATT", gang("Mexico"), civ("Mexico"), "Mexico", "Guanajuato", "Irapuato", P, "Saturday", 12, 0, injuries=20))
P = "2025-09-11"
B3("b18-21", P, ["Police detained nearly 200 people in Paris on Wednesday as protesters answering the 'Block Everything' call tried to block the ring road and the entrances to the Gare du Nord, the interior ministry said.",
                 "Officers fired tear gas to disperse a crowd of several hundred at the Place du Chatelet.",
                 "Across France, about 175,000 people took part in the protests, according to the ministry.",
                 "Trade unions have called a nationwide strike for 18 September against the budget plans.",
                 "The outgoing interior minister said 80,000 police officers had been deployed across the country."],
   E("PWI", protesters("France"), FRA_POL, "France", "Ile-de-France", "Paris", P, "Wednesday", 0, 0))
P = "2025-01-29"
B3("b18-22", P, ["Honduran police said on Tuesday they had arrested 14 suspected members of the MS-13 gang in raids on several houses in the Comayaguela area of Tegucigalpa, seizing rifles, grenades and cash.",
                 "Among those held was a man police described as the gang's leader in the capital, wanted for extortion of bus companies.",
                 "The raids are part of the government's emergency measures against extortion, which have been extended 17 times since December 2022.",
                 "Bus drivers threatened last week to stop work if attacks on their colleagues did not end."],
   E("ARR", HND_POL, MS13, "Honduras", "Francisco Morazan", "Tegucigalpa", P, "Tuesday", 0, 0))
P = "2025-02-03"
B3("b18-23", P, ["Puntland forces captured an Islamic State base in the Cal Miskaad mountains of Bari region on Saturday after two days of fighting, killing 19 militants, the regional administration said.",
                 "Three Puntland soldiers were wounded, the defence ministry said.",
                 "The offensive, launched in late December, aims to drive the group from its strongholds in the mountains, from which it has attacked Bosaso with suicide bombers.",
                 "US Africa Command said it had carried out air strikes in support of Puntland's forces in recent weeks.",
                 "Islamic State has not commented."],
   E("GRT", PUNTLAND, IS_SOM, "Somalia", "Bari", "Cal Miskaad", P, "Saturday", 19, 0, injuries=3))
P = "2025-08-06"
B3("b18-24", P, ["A bus driver was shot dead at the wheel in Zone 18 of Guatemala City on Tuesday morning by two men who boarded his bus posing as passengers, firefighters said.",
                 "A woman travelling on the bus was wounded in the arm.",
                 "Police blamed the Barrio 18 gang, which the authorities say extorts transport companies across the capital.",
                 "More than 30 bus drivers have been killed this year, according to the drivers' union.",
                 "Transport companies said they would suspend services on several routes if the government did not provide protection."],
   E("ATT", BARRIO18, civ("Guatemala"), "Guatemala", "Guatemala", "Guatemala City", P, "Tuesday", 1, 0, injuries=1))
AZE_POL = A("Police Forces of Azerbaijan (2003-)", "AZE", "COP")
ISO.update({"Azerbaijan": "AZE", "Russia": "RUS"})
P = "2025-07-01"
B3("b18-25", P, ["Azerbaijani police raided the Baku office of the Russian state news agency Sputnik on Monday and detained two of its staff, the interior ministry said, accusing them of working for Russia's security services.",
                 "Russia's foreign ministry summoned Azerbaijan's ambassador in protest and called the detentions 'unacceptable'.",
                 "Relations between the two countries have soured since two Azerbaijani brothers died in police custody in Yekaterinburg last week, after raids that Baku called 'extrajudicial killings'.",
                 "They were already strained by the crash of an Azerbaijan Airlines plane in Kazakhstan in December, in which 38 people were killed and which Baku blames on Russian air defences."],
   E("ARR", AZE_POL, civ("Russia"), "Azerbaijan", "Baku", "Baku", P, "Monday", 0, 0))
NEG18 = [
    ("b18-n01", "2025-04-15", ["The Philippine Air Force took delivery of two more T129 attack helicopters from Turkey on Monday, completing an order of six.",
                               "The air force chief said the aircraft would strengthen the fight against communist insurgents and improve the military's strike capability in the south.",
                               "The helicopters will be based in Mindanao, where government troops have battled Islamist militants and New People's Army guerrillas for decades."]),
    ("b18-n02", "2025-06-20", ["Brent crude options with a strike price of $100 a barrel changed hands at a record pace on Thursday as traders hedged against attacks on tankers in the Strait of Hormuz.",
                               "Analysts said the market was pricing in a one-in-five chance of a disruption to shipping, which carries about a fifth of the world's oil.",
                               "Shares in shipping companies fell sharply, and war-risk insurance premiums for the Gulf doubled."]),
    ("b18-n03", "2025-03-24", ["Senegal's prime minister vowed on Sunday to press ahead with the fight against corruption, telling a rally in Ziguinchor that former ministers would answer for 'the looting of public funds'.",
                               "He said the government had been the target of 'relentless attacks' by the opposition and the press, and accused his predecessors of hiding the true size of the debt.",
                               "The opposition said the campaign was a witch-hunt."]),
    ("b18-n04", "2025-05-28", ["A court in Bamako on Tuesday sentenced three men to death in absentia for their role in the 2015 attack on the Radisson Blu hotel, in which 20 people, 14 of them foreigners, were killed.",
                               "Prosecutors said gunmen had stormed the hotel shouting 'Allahu Akbar', taken about 170 guests and staff hostage and shot those who could not recite the Koran.",
                               "Mali has not carried out an execution since 1980."]),
    ("b18-n05", "2025-08-15", ["Relatives of the victims gathered in the Andean village of Accomarca, in Peru's Ayacucho region, on Thursday to mark 40 years since soldiers killed 69 villagers, among them 23 children.",
                               "The soldiers rounded up the villagers, shot them and set fire to the houses in which they had been locked, according to the Truth and Reconciliation Commission.",
                               "A court convicted ten former soldiers of the massacre in 2016."]),
    ("b18-n06", "2025-07-10", ["Ecuador recorded 4,619 violent deaths in the first six months of the year, up 47% on the same period of 2024, the national police said on Wednesday.",
                               "Guayas province, home to the port city of Guayaquil, accounted for almost half of the killings, most of them linked to fighting between gangs over drug routes.",
                               "President Daniel Noboa, who declared an 'internal armed conflict' against the gangs last year, said the figures showed the need for foreign military help."]),
    ("b18-n07", "2025-02-19", ["Burkina Faso: WFP warns of hunger in blockaded towns.",
                               "About 2.7 million people in Burkina Faso face acute food insecurity, and more than 40 towns are under blockade by armed groups, the World Food Programme said on Tuesday.",
                               "Convoys bringing food to Djibo have been attacked repeatedly, and the agency now relies on helicopters to supply the town.",
                               "WFP said it needed $120 million to continue its operations in the country until August."]),
    ("b18-n08", "2025-03-18", ["Ethiopia's government on Monday rejected Eritrean claims that its troops had shelled villages near the border town of Zalambessa, calling them 'a fabrication designed to justify aggression'.",
                               "Eritrea's information minister had said on social media that Ethiopian artillery fired on farmland over the weekend.",
                               "Tensions between the neighbours have risen over Ethiopia's demands for access to the Red Sea."]),
    ("b18-n09", "2025-01-22", ["Banners signed by a faction of the Sinaloa Cartel appeared on bridges in Culiacan on Tuesday, warning that its rivals' families would be 'hunted down' and that anyone who helped them would be killed.",
                               "The state government said it had reinforced patrols and asked residents to stay calm.",
                               "Schools in several neighbourhoods switched to online classes."]),
    ("b18-n10", "2025-04-14", ["Eleven years after Boko Haram fighters abducted 276 schoolgirls from their dormitory in Chibok, 82 of them remain missing, Amnesty International said on Monday.",
                               "'They came at night, set the school on fire and put us in trucks, and some of us jumped off into the bush,' recalled one of the women who escaped, now a university student.",
                               "The rights group urged the government to do more to protect schools in Borno State."]),
    ("b18-n11", "2025-03-26", ["The African Union Commission chairman on Tuesday condemned the 'heinous attack' on worshippers at a mosque in western Niger last Friday, which the government says killed 44 people.",
                               "He called on the international community to support the countries of the Sahel in the fight against terrorism and expressed his condolences to the families of the victims."]),
    ("b18-n12", "2025-10-20", ["Barcelona's attack fired blanks for most of the afternoon as Girona held on for a 1-1 draw at the Montjuic stadium on Sunday.",
                               "The home side bombarded the visitors' goal in the second half, but their striker shot wide twice from close range and a late header struck the bar.",
                               "Coach Hansi Flick said his team had lost the battle in midfield."]),
    ("b18-n13", "2025-06-09", ["Seven people were killed and 12 injured when a gas cylinder exploded at a crowded restaurant in Karachi's Saddar area on Sunday evening, rescue officials said.",
                               "The blast brought down part of the building, and firefighters worked through the night to pull survivors from the rubble.",
                               "Police said they had ruled out sabotage and that the cylinder had been illegally filled."]),
]
for rid, published, sentences in NEG18:
    B3(rid, published, sentences)


# Batch 19 (round 24): fresh held-out text from conflicts, countries and outlet styles batches 1 to 18 lack (Cote
# d'Ivoire, Tajikistan's Afghan border, Jamaica, Lesotho, Yemen's Hadramawt, South Sudan's Upper Nile and Central
# Equatoria, the Central African Republic's Haut-Mbomou, Chad's Logone Occidental, Kwara, Manila, Timor-Leste, Athens,
# Novorossiysk, Kermanshah, Derry, Nampula, Amritsar, a Haitian drone task force, North Kordofan, The Hague, Mali's
# Sikasso), in wire, police-statement, UN-mission, ministry, live-blog, local-paper and radio styles. Every event sits
# among the text shapes that leak false events on unseen text: background paragraphs retelling older incidents with
# their own tolls, analysis, trials, anniversaries, threats and ultimatums, policy and aid announcements, cumulative
# totals, humanitarian updates and war words in sport, business and politics. Its 13 negatives are those shapes with no
# event. It was written from the codebook definitions and committed BEFORE the pipeline ran on it; it is split on its
# own like batches 2 and 8 to 18.
ISO.update({"Ivory Coast": "CIV", "Tajikistan": "TJK", "China": "CHN", "Jamaica": "JAM", "Lesotho": "LSO",
            "Yemen": "YEM", "South Sudan": "SSD", "Central African Republic": "CAF", "Chad": "TCD", "Nigeria": "NGA",
            "Philippines": "PHL", "East Timor": "TLS", "Greece": "GRC", "Russia": "RUS", "Iran": "IRN",
            "United Kingdom": "GBR", "Mozambique": "MOZ", "India": "IND", "Haiti": "HTI", "Sudan": "SDN",
            "Netherlands": "NLD", "Mali": "MLI", "Afghanistan": "AFG"})
CIV_POL = A("Police Forces of Ivory Coast (2011-)", "CIV", "COP")
JAM_POL = A("Police Forces of Jamaica (2025-)", "JAM", "COP")
STC = A("STC: Southern Transitional Council", "YEM", "REB")
WHITE_ARMY = A("White Army (Nuer Ethnic Militia)", "SSD", "UAF")
AAKG = A("Azande Ani Kpi Gbe", "CAF", "UAF")
CAF_MIL = A("Military Forces of Central African Republic (2016-)", "CAF", "MIL")
AFRICA_CORPS = A("Africa Corps", "RUS", "MIL")
FULANI_TCD = A("Fulani Ethnic Militia (Chad)", "TCD", "UAF")
NGAMBAYE = A("Ngambaye Ethnic Militia (Chad)", "TCD", "UAF")
PHL_POL = A("Police Forces of the Philippines (2022-)", "PHL", "COP")
IRN_POL79 = A("Police Forces of Iran (1979-)", "IRN", "COP")
SSD_WOMEN = A("Women (South Sudan)", "SSD", "CVL")
NLD_POL = A("Police Forces of the Netherlands (2024-)", "NLD", "COP")
P = "2025-10-20"
B3("b19-01", P, ["Police fired tear gas and arrested dozens of people on Saturday as supporters of excluded opposition candidates tried to march in Abidjan's Yopougon district despite a ban on demonstrations, witnesses and the interior ministry said.",
                 "Riot police blocked the main avenue leading to the town hall and chased marchers into side streets, an AFP reporter saw.",
                 "The government banned opposition rallies for two months last week, citing the risk of 'disturbances to public order'.",
                 "Memories of the 2010-2011 post-election crisis, in which some 3,000 people were killed, weigh heavily on the campaign.",
                 "The opposition has called for 'resistance' until the electoral commission restores its candidates to the ballot."],
   E("PWI", protesters("Ivory Coast"), CIV_POL, "Ivory Coast", "Abidjan", "Yopougon", P, "Saturday", 0, 0))
P = "2025-12-02"
B3("b19-02", P, ["Three Chinese workers were killed when a drone carrying explosives struck the camp of a gold mining company in the Shamsiddin Shohin district of Tajikistan's Khatlon region, near the Afghan border, on Sunday night, the Tajik border service said.",
                 "The drone was launched from Afghan territory, the service said, without naming those responsible.",
                 "China's embassy in Dushanbe urged its citizens to leave the border area and asked the Tajik authorities to 'hunt down the perpetrators'.",
                 "Tajikistan has complained for years about drug smugglers and armed men crossing the Panj river, and its border troops have clashed with smugglers several times this year.",
                 "The Taliban administration in Kabul said it was investigating and denied that its territory was used to threaten neighbours."],
   E("ADS", uag("Afghanistan"), civ("China"), "Tajikistan", "Khatlon", "Shamsiddin Shohin", P, "Sunday", 3, 0))
P = "2025-09-04"
B3("b19-03", P, ["Five men were shot dead in a confrontation with a joint police and military team in the Lakes Pen community of Spanish Town, St Catherine, early on Wednesday, the Jamaica Constabulary Force said in a release.",
                 "The team was conducting an operation targeting members of the Clansman gang when it came under heavy fire, the police said, and returned fire.",
                 "Three pistols and a rifle were recovered at the scene, and no member of the security forces was injured.",
                 "The Independent Commission of Investigations said it had sent a team to the scene, as it does after every fatal shooting involving the security forces.",
                 "Police recorded 1,139 murders last year, down from 1,393 in 2023, and the government has declared states of emergency in several parishes."],
   E("AC", JAM_POL, A("Clansman Gang", "JAM", "CRM"), "Jamaica", "Saint Catherine Parish", "Spanish Town", P, "Wednesday", 5, 0))
P = "2025-02-18"
B3("b19-04", P, ["Gunmen killed six people, among them a nine-year-old girl, at a homestead near Mafeteng town on Saturday night in what police said was the latest violence linked to the rival groups behind famo music.",
                 "Police spokesperson Inspector Thabo Lekhooa told this newspaper that the attackers arrived in two vehicles and opened fire on a family gathered for a funeral wake.",
                 "The famo gangs, which control illegal mining and taxi routes, have killed hundreds of people in revenge attacks over the past decade, and the government banned the groups in 2022.",
                 "Musicians from both factions have been shot dead in South Africa, where many Basotho work.",
                 "The prime minister said the army would be deployed in Mafeteng district if the killings did not stop."],
   E("ATT", gang("Lesotho"), civ("Lesotho"), "Lesotho", "Mafeteng", "Mafeteng", P, "Saturday", 6, 0))
P = "2025-12-04"
B3("b19-05", P, ["Forces of the separatist Southern Transitional Council took control of the headquarters of the First Military Region in Seiyun, in Yemen's Hadramawt province, on Wednesday after brief fighting with government troops, local officials said.",
                 "Two soldiers and a fighter of the STC were killed, a medical source said.",
                 "The STC, which seeks an independent state in the south, said the move was meant to 'secure Hadramawt against terrorism and smuggling'.",
                 "Saudi Arabia, which leads the coalition backing the government against the Houthis, called for calm and urged all sides to respect the 2019 Riyadh agreement.",
                 "The STC seized Aden from government forces in August 2019 after days of clashes in which dozens were killed."],
   E("NSO", STC, YEM_MIL, "Yemen", "Hadramawt", "Seiyun", P, "Wednesday", 3, 0))
P = "2025-03-08"
B3("b19-06", P, ["Armed youths of the White Army overran an army garrison in Nasir, in South Sudan's Upper Nile state, on Tuesday after two days of fighting, the army spokesman said on Friday.",
                 "He said the attackers had killed an unknown number of soldiers and accused the First Vice President's party of arming them, a charge the party denied.",
                 "Nasir changed hands several times during the 2013-2018 civil war, in which an estimated 400,000 people died.",
                 "The UN mission urged both sides to 'step back from the brink' and said it was ready to help evacuate the wounded.",
                 "Humanitarian agencies said about 50,000 people had fled the fighting across the border into Ethiopia's Gambella region since January."],
   E("NSO", WHITE_ARMY, SSD_MIL, "South Sudan", "Upper Nile", "Nasir", P, "Tuesday", 0, 0))
P = "2025-07-14"
B3("b19-07", P, ["Fighters of the Azande Ani Kpi Gbe militia attacked an army position in Zemio, in the south-eastern Haut-Mbomou prefecture, on Friday, sparking a gun battle in which four soldiers and at least seven militiamen were killed, a local official and a humanitarian source said.",
                 "The soldiers were supported by Russian instructors of the Africa Corps, who called in a helicopter, the sources said.",
                 "The militia, formed last year from Zande self-defence groups, accuses the army of favouring Fulani herders and of abuses against civilians.",
                 "Aid groups withdrew from Zemio in 2023 after repeated attacks on their compounds.",
                 "The country goes to the polls in December for presidential, legislative and local elections."],
   E("AC", AAKG, CAF_MIL, "Central African Republic", "Haut-Mbomou", "Zemio", P, "Friday", 11, 0))
P = "2025-05-17"
B3("b19-08", P, ["At least 42 people were killed on Wednesday in clashes between Fulani herders and Ngambaye farmers in the village of Mandakao, in southern Chad's Logone Occidental province, the government said.",
                 "The violence broke out after a dispute over a field that herders' cattle had entered, according to local officials, and several houses were burned.",
                 "Government spokesman Abderaman Koulamallah said 22 people had been arrested and that the army had been sent to restore calm.",
                 "Clashes between herders and farmers, worsened by drought and competition for land, killed more than 200 people in southern Chad between 2022 and 2024, according to rights groups.",
                 "A delegation led by the prime minister will visit the province next week."],
   E("AC", FULANI_TCD, NGAMBAYE, "Chad", "Logone Occidental", "Mandakao", P, "Wednesday", 42, 0))
P = "2025-11-19"
B3("b19-09", P, ["Gunmen stormed a church in Eruku, in Kwara State's Ekiti local government area, during an evening service on Tuesday, killing three worshippers and abducting dozens of others, police said.",
                 "A video of the attack shared on social media showed worshippers running as shots rang out.",
                 "The abduction came a day after 25 schoolgirls were taken from a boarding school in Maga, in neighbouring Kebbi State.",
                 "Kidnappers seeking ransom have abducted thousands of people in Nigeria's north-west and north-central regions since 2020, according to the Lagos-based consultancy SBM Intelligence.",
                 "The Kwara governor ordered the closure of schools in the area and said the government would not pay ransoms."],
   E("ABD", uag("Nigeria"), civ("Nigeria"), "Nigeria", "Kwara", "Eruku", P, "Tuesday", 3, 0))
P = "2025-09-22"
B3("b19-10", P, ["Protesters threw rocks and petrol bombs at police and set a trailer truck on fire near the Mendiola bridge in Manila on Sunday afternoon, after a rally of tens of thousands against corruption in flood-control projects broke up, police said.",
                 "Police said 93 officers were injured and 216 people were arrested, among them dozens of minors.",
                 "Earlier, protesters had filled the Luneta park for the 'Trillion Peso March', named after the public funds that lawmakers and contractors are accused of pocketing.",
                 "President Ferdinand Marcos Jr said he supported the protests but that violence would not be tolerated.",
                 "The scandal has already cost the speaker of the House his post."],
   E("VD", rioters("Philippines"), PHL_POL, "Philippines", "National Capital", "Manila", P, "Sunday", 0, 0, injuries=93))
P = "2025-09-17"
B3("b19-11", P, ["Thousands of students gathered peacefully outside the national parliament in Dili on Tuesday for a third day, demanding that lawmakers scrap plans to buy new cars for each of the 65 members.",
                 "Parliament voted later in the day to cancel the purchase and to end lifetime pensions for former lawmakers.",
                 "On Monday, police had fired tear gas at students who threw stones at the building, and several people were hurt.",
                 "The protests echoed youth-led movements in Indonesia and Nepal, where anger at the perks of the political class has turned deadly in recent weeks."],
   E("PP", protesters("East Timor"), None, "East Timor", "Dili Municipality", "Dili", P, "Tuesday", 0, 0))
P = "2025-03-13"
B3("b19-12", P, ["A bomb exploded outside the Athens offices of Hellenic Train shortly after midnight on Wednesday, shattering windows and damaging the entrance, but no one was hurt, police said.",
                 "A warning call was made to a newspaper about 40 minutes before the blast, and officers had cordoned off the area.",
                 "Anger over the 2023 train crash near Tempi, in which 57 people died, has brought hundreds of thousands of Greeks onto the streets in recent weeks.",
                 "Counter-terrorism officers are examining whether the attack was carried out by an anarchist group.",
                 "The company, owned by Italy's state railways, said services would run normally."],
   E("IED", uag("Greece"), None, "Greece", "Attica", "Athens", P, "Wednesday", 0, 0))
P = "2025-11-14"
B3("b19-13", P, ["Ukrainian drones attacked the oil export terminal at Novorossiysk in Russia's Krasnodar region overnight, setting fire to a tanker berth and wounding three crew members, the regional emergency headquarters said on Friday.",
                 "Debris from downed drones also damaged apartment buildings in the city, the headquarters said.",
                 "Novorossiysk, home to a base of Russia's Black Sea Fleet, has been targeted repeatedly by Ukrainian naval and aerial drones since 2023.",
                 "Kyiv says its long-range strikes on the oil industry aim to cut the revenues that fund Russia's war, now in its fourth year.",
                 "Oil prices rose by more than 2% in early trading as the Caspian Pipeline Consortium suspended loadings."],
   E("ADS", UKR, None, "Russia", "Krasnodar", "Novorossiysk", P, "Friday", 0, 0, injuries=3))
P = "2025-06-25"
B3("b19-14", P, ["Police in Kermanshah province arrested 21 people suspected of spying for Israel and of sending the coordinates of military sites abroad during the 12-day war, the semi-official Tasnim news agency reported on Tuesday.",
                 "The province's police chief said the suspects had been caught with drones and communication equipment.",
                 "Iran has executed three men convicted of espionage for Israel since the ceasefire took effect, and parliament has passed a bill toughening the penalties.",
                 "Israeli strikes killed more than 600 people in Iran during the war, according to the health ministry, and Iranian missiles killed 28 people in Israel."],
   E("ARR", IRN_POL79, civ("Iran"), "Iran", "Kermanshah", "Kermanshah", P, "Tuesday", 0, 0))
P = "2025-08-12"
B3("b19-15", P, ["Army bomb disposal experts made safe a viable pipe bomb left at the front door of a house in the Creggan area of Derry on Sunday night, the Police Service of Northern Ireland said.",
                 "A family with two young children was evacuated from the house, and several nearby streets were sealed off for ten hours.",
                 "Detective Inspector Ruth Galloway said it was 'nothing short of a miracle' that no one had been hurt and that the device had been designed to kill.",
                 "Police have blamed the New IRA for several attacks in the city, including the murder of the journalist Lyra McKee during rioting in the Creggan in 2019.",
                 "The threat level in Northern Ireland from dissident republicans is 'substantial'."],
   E("DWU", GBR_POL, None, "United Kingdom", "Northern Ireland", "Derry", P, "Sunday", 0, 0))
P = "2025-04-30"
B3("b19-16", P, ["Soldiers raped at least 11 women and girls over three days this month in villages around Yei, in Central Equatoria state, the UN mission in South Sudan said in a report on Tuesday.",
                 "The victims, the youngest of them 14, were attacked as they collected firewood and water, the mission said, citing survivors and medical workers.",
                 "The army spokesman said the allegations would be investigated and that any soldier found responsible would face a court martial.",
                 "The mission documented 422 cases of conflict-related sexual violence across the country last year, most of them blamed on government forces and allied militias.",
                 "Fighting between the army and the holdout National Salvation Front has displaced thousands of people around Yei since 2017."],
   lambda s: ev("SV", SSD_MIL, civ("South Sudan"), "South Sudan", "Central Equatoria", "Yei", "2025-04-15", 0, s[0], tp=3, assoc2=SSD_WOMEN))
P = "2025-06-03"
B3("b19-17", P, ["A mob beat two men to death and set their bodies on fire in the town of Monapo, in Mozambique's Nampula province, on Sunday after accusing them of stealing children's organs, police said.",
                 "Officers arrived too late to save them and later detained four people, provincial police spokesman Jose Mussa Ali said.",
                 "Rumours of organ trafficking have sparked lynchings in Nampula and Zambezia before, and in 2017 mobs killed at least six people accused of 'sucking blood'.",
                 "The police urged residents to report suspected crimes instead of 'taking justice into their own hands'."],
   E("MV", rioters("Mozambique"), civ("Mozambique"), "Mozambique", "Nampula", "Monapo", P, "Sunday", 2, 0))
P = "2025-01-17"
B3("b19-18", P, ["Two men on a motorcycle threw a grenade at the Islamabad police station in Amritsar late on Thursday, damaging the building's gate, but no one was hurt, Punjab police said.",
                 "The Director General of Police said the attack bore the hallmarks of a module linked to the Babbar Khalsa International, which claimed similar attacks last month.",
                 "Police stations in Punjab's border districts have been attacked with grenades at least eight times since November, most of them at night.",
                 "Opposition leaders accused the state government of losing control of law and order, and the chief minister called a meeting of senior officers."],
   E("GR", uag("India"), IND_POL, "India", "Punjab", "Amritsar", P, "Thursday", 0, 0))
P = "2025-05-21"
B3("b19-19", P, ["Explosive-laden drones operated by a government task force struck a house used by gang members in the Bel Air neighbourhood of Port-au-Prince on Tuesday, killing at least eight members of the Viv Ansanm coalition, security sources said.",
                 "Residents said two of the drones exploded on a nearby street, and a woman was wounded by shrapnel.",
                 "Human rights groups say the drone campaign, launched in March, has killed more than 200 people, including several children, and have called for an investigation.",
                 "Gang leader Jean Pierre Michelet said in a video that his fighters would 'burn every house' of those who helped the task force.",
                 "The UN says more than 1.3 million Haitians have been displaced by gang violence."],
   E("ADS", HTI_POL, VIV, "Haiti", "Ouest", "Port-au-Prince", P, "Tuesday", 8, 0, injuries=1))
P = "2025-07-16"
B3("b19-20", P, ["Rapid Support Forces fighters attacked villages around Bara, in Sudan's North Kordofan state, on Saturday and Sunday, killing more than 200 people, many of them burned in their homes, the Emergency Lawyers group said.",
                 "Survivors described fighters on motorcycles and pickup trucks who looted livestock and set fire to houses.",
                 "The RSF, which has been at war with the army since April 2023, did not comment.",
                 "The war has killed tens of thousands of people and displaced about 12 million, according to the United Nations.",
                 "The International Organization for Migration said 3,400 people had fled the villages for El Obeid since Saturday."],
   lambda s: ev("ATT", RSF, civ("Sudan"), "Sudan", "North Kordofan", "Bara", on(P, "Saturday"), 200, s[0], tp=2))
P = "2025-09-02"
B3("b19-21", P, ["Rioters hurled stones and fireworks at police and set a police car alight in The Hague on Saturday after an anti-immigration demonstration turned violent, police said.",
                 "A group also smashed the windows of the D66 party's offices, and officers used water cannon and tear gas to disperse them.",
                 "About 1,500 people had gathered on the Malieveld field for the demonstration, calling for a tougher asylum policy.",
                 "Police said 30 people were detained and two officers were hurt.",
                 "The country goes to the polls in October, after the collapse of a coalition government over migration."],
   E("VD", rioters("Netherlands"), NLD_POL, "Netherlands", "South Holland", "The Hague", P, "Saturday", 0, 0, injuries=2))
P = "2025-09-29"
B3("b19-22", P, ["Jihadists ambushed a convoy of fuel tankers and its army escort near Kolondieba in Mali's Sikasso region on Saturday, setting about 40 trucks on fire and killing at least four soldiers, security and local sources said.",
                 "The attack was claimed by JNIM, the Al-Qaeda-linked group that announced a blockade on fuel imports in early September.",
                 "Queues several hundred metres long have formed at petrol stations in Bamako, and the government closed schools nationwide for two weeks because of the shortages.",
                 "The junta said its forces had 'neutralised' dozens of terrorists in operations in recent weeks, without giving details.",
                 "Truck drivers' unions said they would stop work unless escorts were reinforced."],
   E("AC", JNIM, MLI, "Mali", "Sikasso", "Kolondieba", P, "Saturday", 4, 0))
NEG19 = [
    ("b19-n01", "2025-10-07", ["Judges at the International Criminal Court on Monday found a former militia leader, Ahmed Abdelrahim Nour, guilty of 27 counts of war crimes and crimes against humanity committed in Darfur in 2003 and 2004.",
                               "Prosecutors said men under his command killed at least 200 people and raped dozens of women in attacks on the villages of Kodoom, Bindisi and Mukjar, and that he took part in some of the killings himself.",
                               "Sentencing will take place at a later date; the defence said it would appeal."]),
    ("b19-n02", "2025-07-12", ["Tens of thousands of people gathered at the Potocari memorial centre on Friday to mark 30 years since Bosnian Serb forces killed about 8,000 Muslim men and boys in and around Srebrenica.",
                               "The remains of seven victims identified over the past year were buried at the ceremony, among them a 19-year-old who was shot as he fled through the woods.",
                               "Speakers warned that denial of the genocide was growing in the region."]),
    ("b19-n03", "2025-11-03", ["A commander of the Rapid Support Forces gave the army 72 hours to withdraw from El Obeid, warning in a video that his fighters would storm the city and 'spare no one who carries a weapon' if it did not.",
                               "The army called the ultimatum 'empty talk' and said its defences around the North Kordofan capital were strong.",
                               "Aid agencies said they were preparing for a possible exodus of civilians."]),
    ("b19-n04", "2025-08-26", ["Japan will give $50 million in humanitarian aid to Rohingya refugees in Bangladesh's Cox's Bazar camps and to host communities, its embassy in Dhaka said on Monday.",
                               "About 150,000 Rohingya have arrived in the camps over the past 18 months, fleeing fighting between the Arakan Army and Myanmar's military in Rakhine state.",
                               "Eight years ago this week, a military crackdown drove more than 700,000 Rohingya across the border, in what UN investigators have called a campaign with genocidal intent."]),
    ("b19-n05", "2025-11-11", ["At least 148 civilians were killed and 923 injured in Ukraine in October, the UN human rights monitoring mission said on Monday, a slight fall from September.",
                               "Most of the casualties were caused by long-range missiles and drones and by short-range drones in front-line areas of Donetsk, Kharkiv and Kherson, the mission said.",
                               "It has verified more than 14,000 civilian deaths since Russia's full-scale invasion in February 2022 and says the real figure is likely to be considerably higher."]),
    ("b19-n06", "2025-09-09", ["Cholera cases in refugee camps in eastern Chad have more than doubled in two weeks, with 1,200 cases and 56 deaths recorded since the outbreak began in July, the UN humanitarian office said in an update.",
                               "The camps around Adre host more than 800,000 Sudanese who fled attacks by the Rapid Support Forces and allied militias in West Darfur.",
                               "Aid agencies said they had received only 14% of the funding they had requested for this year."]),
    ("b19-n07", "2025-09-15", ["India crushed Pakistan by seven wickets in Dubai on Sunday, their spinners bombarding the batsmen with turn before the openers blasted 128 runs in 16 overs.",
                               "The Indian captain, who refused to shake hands with his opponents at the toss, dedicated the win to the armed forces and the victims of the April attack in Pahalgam.",
                               "Pakistan's team director called the snub 'against the spirit of the game' and said his side would file a complaint."]),
    ("b19-n08", "2025-03-06", ["Shares in European defence companies shot up again on Wednesday, with Rheinmetall gaining 7% and Saab hitting a record, as governments pledged to rearm.",
                               "Analysts said the rally had killed off hopes among short sellers of a correction, and one fund manager described the sector as 'the only trade in town'.",
                               "The board of a mid-sized German arms maker rejected what it called a hostile raid on its shares by a US private equity firm."]),
    ("b19-n09", "2025-10-15", ["The prime minister survived a no-confidence vote on Tuesday after a bruising debate in which opposition leaders attacked his budget as 'a massacre of the middle class' and accused him of holding parliament hostage.",
                               "Ministers came under fire over the cost of living, and one backbencher said the party had been 'ambushed' by its own leadership.",
                               "The government won by 11 votes and will now try to push the budget through before the end of the year."]),
    ("b19-n10", "2025-02-20", ["EXPLAINER: Who are Lakurawa, the militants Nigeria's army is fighting in the north-west?",
                               "The group, which security analysts link to Islamic State's Sahel branch, first came to wide attention in November 2024, when its fighters killed 15 people in an attack on villages in Kebbi State's Augie area.",
                               "Its members, many of them from Niger and Mali, had settled in Sokoto and Kebbi border communities years earlier, preaching and at first protecting herders from bandits.",
                               "The army says it has since killed scores of its fighters in air strikes, and the government declared it a terrorist group in January."]),
    ("b19-n11", "2025-06-30", ["Obituary: Colonel Hernan Salas Villena, who commanded one of the assault teams that stormed the Japanese ambassador's residence in Lima in 1997, has died aged 79.",
                               "In the raid, which ended a 126-day hostage crisis, commandos blew holes in the floor from tunnels dug beneath the building and killed all 14 Tupac Amaru rebels; one hostage and two soldiers also died.",
                               "He later taught at the army's war college and wrote two books on the operation."]),
    ("b19-n12", "2025-10-30", ["The police officer who shot dead a 17-year-old driver at a traffic stop in Nanterre in June 2023 will stand trial for murder, a court ruled on Wednesday, rejecting his lawyers' request to reduce the charge to manslaughter.",
                               "The killing, filmed by a passer-by, set off a week of riots across France in which thousands of cars were burned and more than 3,000 people were arrested.",
                               "The officer has said he fired because he feared for the life of a colleague."]),
    ("b19-n13", "2025-10-02", ["Fact check: A video shared more than two million times this week as showing an Israeli air strike on Beirut's southern suburbs was filmed during the 2020 explosion at the city's port.",
                               "A reverse image search shows the same footage was posted by a Lebanese news channel on 4 August 2020, when ammonium nitrate stored at the port exploded, killing more than 200 people.",
                               "No strike on Beirut was reported on the day the video went viral, and the Israeli army made no statement."]),
]
for rid, published, sentences in NEG19:
    B3(rid, published, sentences)

# Batch 20 (round 26): fresh held-out text from conflicts and outlet styles batches 1 to 19 lack (the Balkans, the
# Caucasus, Central Asia, coastal West Africa, the Andes, Papua, southern Thailand, Kashmir, the Kurdish regions, the
# Great Lakes), heavy in the text shapes that leak false events: live blogs and round-ups with several short items, long
# features with background, investigations of older incidents, UN and NGO reports, condolences, sanctions, elections and
# business stories in war words, weapons deliveries and exercises. Its 13 negatives are those shapes with no event. It
# was written from the codebook definitions and committed BEFORE the pipeline ran on it; it is split on its own like
# batches 2 and 8 to 19.
ISO.update({"Thailand": "THA", "Kosovo": "XKX", "Serbia": "SRB", "Ghana": "GHA", "Senegal": "SEN", "Peru": "PER",
            "Ecuador": "ECU", "Colombia": "COL", "Indonesia": "IDN", "Uganda": "UGA", "Lebanon": "LBN",
            "Sierra Leone": "SLE", "Uzbekistan": "UZB", "Armenia": "ARM", "Azerbaijan": "AZE", "Somalia": "SOM",
            "Democratic Republic of Congo": "COD", "Syria": "SYR", "Iraq": "IRQ"})
ARM_MIL = A("Military Forces of Armenia (2018-)", "ARM", "MIL")
UZB_POL = A("Police Forces of Uzbekistan (2016-)", "UZB", "COP")
XKX_POL = A("Police Forces of Kosovo (2008-)", "XKX", "COP")
SEN_MIL = A("Military Forces of Senegal (2024-)", "SEN", "MIL")
MFDC = A("MFDC: Movement of Democratic Forces of Casamance", "SEN", "REB")
PER_MIL = A("Military Forces of Peru (2022-)", "PER", "MIL")
SHINING_PATH = A("Shining Path", "PER", "REB")
UGA_MIL = A("Military Forces of Uganda (1986-)", "UGA", "MIL")
MINUSCA = A("MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "CAF", "IGO")
FLA = A("FLA: Azawad Liberation Front", "MLI", "REB")
AKYODE = A("Akyode Communal Militia (Ghana)", "GHA", "UAF")
ADELE = A("Adele Communal Militia (Ghana)", "GHA", "UAF")
P = "2025-06-10"
B3("b20-01", P, ["Two paramilitary rangers were killed and three wounded when a roadside bomb exploded under their pickup truck in Bannang Sata district of Yala province on Monday morning, police said.",
                 "The rangers had been escorting teachers to a village school when the device, hidden in a drainage pipe, was set off by a mobile phone, an officer at the scene said.",
                 "More than 7,000 people have been killed since the insurgency in Thailand's Malay-Muslim south flared again in 2004, according to the monitoring group Deep South Watch.",
                 "Talks between the government and the Barisan Revolusi Nasional, the main rebel group, stalled last year after the two sides failed to agree on a ceasefire plan.",
                 "No group said it had planted the bomb, and the army's regional command said it would 'hunt down those responsible'."],
   E("IED", uag("Thailand"), THA_MIL, "Thailand", "Yala", "Bannang Sata", P, "Monday", 2, 0, injuries=3))
P = "2025-09-15"
B3("b20-02", P, ["KASHMIR ROUND-UP",
                 "Two militants were killed in a gunfight with soldiers in the forests of Kupwara district on Saturday night after troops intercepted a group trying to cross the Line of Control, the army said.",
                 "In Srinagar, the lieutenant governor inaugurated a new tulip garden and said tourist arrivals had recovered.",
                 "Police in Anantnag attached the property of a man they said had crossed into Pakistan in 2018 to train with militants.",
                 "The high court adjourned until October the bail hearing of a separatist leader arrested in 2019."],
   E("AC", IND, uag("India"), "India", "Jammu and Kashmir", "Kupwara", P, "Saturday", 2, 1))
P = "2025-05-08"
B3("b20-03", P, ["Pakistani artillery shells hit houses in Poonch town on Wednesday, killing four civilians, among them a schoolboy, and wounding ten others, officials in Indian-administered Kashmir said.",
                 "Residents spent the night in bunkers dug after the last major exchange of fire in 2019.",
                 "India's army said it had 'responded appropriately'; Pakistan's military spokesman said its troops had only fired at positions from which Indian guns had targeted villages on its side.",
                 "The two countries agreed to a ceasefire along the Line of Control in February 2021, and it had largely held until last month's attack on tourists in Pahalgam, in which 26 people were killed."],
   E("SH", PAK, civ("India"), "India", "Jammu and Kashmir", "Poonch", P, "Wednesday", 4, 0, injuries=10))
P = "2025-04-03"
B3("b20-04", P, ["LIVE: North-east Syria",
                 "09:12 A Turkish drone struck a car on the road between Qamishli and Amuda this morning, killing two fighters of the Syrian Democratic Forces, the SDF's media centre says.",
                 "09:40 Turkey's defence ministry says its forces 'neutralised' 21 'terrorists' in northern Iraq and Syria over the past week, without giving places or dates.",
                 "10:05 The Kurdish-led administration has declared three days of mourning and called for a protest in Qamishli on Friday.",
                 "10:30 Talks between the SDF and Damascus on merging the group into the new army are expected to resume next week, an SDF official tells us."],
   E("ADS", TUR, SDF, "Syria", "Al Hasakeh", "Qamishli", P, "Thursday", 2, 1))
P = "2025-07-22"
B3("b20-05", P, ["Iranian artillery shelled the mountains around Sidakan, in the Soran district of Iraq's Kurdistan region, on Monday, setting orchards on fire and forcing shepherds to flee, the district mayor said.",
                 "He said no one had been hurt but that families in three villages had left their homes.",
                 "Iran has repeatedly shelled and bombed the area, accusing Iranian Kurdish opposition groups of using it as a base, and in 2022 its missiles killed 14 people near Koya.",
                 "The Kurdistan Regional Government called on Baghdad to take up the matter with Tehran."],
   E("SH", IRN, None, "Iraq", "Erbil", "Sidakan", P, "Monday", 0, 0))
P = "2025-03-11"
B3("b20-06", P, ["Gunmen opened fire on a traffic police post on the outskirts of Makhachkala on Monday night, killing two officers, before they were shot dead by security forces after a car chase, Russia's National Anti-Terrorist Committee said.",
                 "It named the attackers as three local men who had sworn allegiance to Islamic State and said weapons and a flag had been found in their car.",
                 "Dagestan has seen a series of attacks on police since gunmen killed 22 people in assaults on churches, synagogues and police posts in Makhachkala and Derbent in June 2024.",
                 "The head of the republic offered condolences to the families of the officers and promised them flats."],
   E("AC", uag("Russia"), RUS_POL, "Russia", "Dagestan", "Makhachkala", P, "Monday", 5, 0))
P = "2025-04-01"
B3("b20-07", P, ["Azerbaijani troops fired small arms at Armenian positions near the village of Sotk, in Gegharkunik province, on Monday evening, wounding a soldier, Armenia's defence ministry said.",
                 "Armenian units returned fire, it said.",
                 "Azerbaijan's defence ministry denied the report as 'disinformation' and accused Armenian troops of having fired at its positions in Kalbajar district the day before.",
                 "The two countries agreed the text of a peace treaty in March but have not signed it, and Baku insists that Armenia must first change its constitution."],
   E("AC", AZE_MIL, ARM_MIL, "Armenia", "Gegharkunik", "Sotk", P, "Monday", 0, 0, injuries=1))
P = "2025-07-02"
B3("b20-08", P, ["Police in Nukus detained 12 people on Sunday after they gathered outside the regional parliament to mark the third anniversary of the 2022 unrest in Karakalpakstan, a human rights group said in a report on Tuesday.",
                 "The group said those detained included two relatives of men serving long prison terms over the unrest, in which at least 21 people were killed.",
                 "Uzbek authorities did not respond to requests for comment.",
                 "The report also documented 'systematic ill-treatment' of prisoners convicted over the 2022 events and called on the government to allow an independent investigation."],
   E("PWI", protesters("Uzbekistan"), UZB_POL, "Uzbekistan", "Karakalpakstan", "Nukus", P, "Sunday", 0, 0))
P = "2025-05-24"
B3("b20-09", P, ["Security forces clashed with armed men in Khorog, the capital of Tajikistan's Gorno-Badakhshan region, on Thursday night, and three of the gunmen were killed, the interior ministry said.",
                 "The ministry said the men belonged to a 'criminal group' that had attacked a checkpoint, while local activists said they were residents protesting the arrest of a community leader.",
                 "The region's mobile internet was cut on Friday.",
                 "In May 2022, dozens of people were killed in the region during an operation the government described as counter-terrorism and rights groups called a crackdown on protest."],
   E("AC", TJK_MIL, uag("Tajikistan"), "Tajikistan", "Gorno-Badakhshan", "Khorog", P, "Thursday", 3, 0))
P = "2025-02-17"
B3("b20-10", P, ["A hand grenade was thrown at the police station in North Mitrovica early on Sunday, damaging two patrol cars, but no one was injured, Kosovo police said.",
                 "Police said they were looking for two people filmed by a security camera running towards the Ibar bridge.",
                 "Serbia's government condemned what it called 'provocations' by the Kosovo authorities in the Serb-majority north, and Kosovo's interior minister blamed 'criminal groups directed from Belgrade'.",
                 "In September 2023, about 30 armed Serbs attacked Kosovo police near Banjska, killing an officer, in a gun battle in which three of the attackers died."],
   E("GR", uag("Kosovo"), XKX_POL, "Kosovo", "Mitrovica", "Mitrovica", P, "Sunday", 0, 0))
P = "2025-03-03"
B3("b20-11", P, ["Thousands of students and residents marched peacefully through Novi Sad on Saturday, blowing whistles and observing 15 minutes of silence for the victims of the collapse of the railway station's canopy in November.",
                 "The collapse, which killed 15 people, set off the biggest protest movement Serbia has seen in decades, and the prime minister resigned in January.",
                 "President Aleksandar Vucic accused foreign intelligence services of trying to stage a 'colour revolution' and said he would not call early elections.",
                 "Pro-government tabloids said the protesters had attacked a ruling party office in the town the week before, which the students denied."],
   E("PP", protesters("Serbia"), None, "Serbia", "Vojvodina", "Novi Sad", P, "Saturday", 0, 0))
P = "2025-06-27"
B3("b20-12", P, ["At least five people were killed and several houses burned on Wednesday when fighting broke out between Akyode and Adele youths in Nkwanta, in the Oti region, police said.",
                 "The regional security council imposed a dusk-to-dawn curfew on the town and its surroundings.",
                 "The two communities have fought over land and the chieftaincy of the area for decades, and clashes in 2022 killed at least 12 people.",
                 "Ghana's interior minister said soldiers had been sent to the town and that 'anyone found with a weapon will be arrested'."],
   E("AC", AKYODE, ADELE, "Ghana", "Volta", "Nkwanta", P, "Wednesday", 5, 0))
P = "2025-05-16"
B3("b20-13", P, ["Senegalese troops have taken over three bases of Casamance separatist rebels in the forests near Sindian, in the Bignona department, after an operation that began on Tuesday, the army said on Thursday.",
                 "It said the rebels of the Movement of Democratic Forces of Casamance had fled towards the Gambian border and that no soldier had been hurt.",
                 "The army said it had also destroyed cannabis fields that it says finance the armed wing.",
                 "A faction of the movement signed a peace agreement with the government last year, and hundreds of its fighters have handed in their weapons."],
   E("GRT", SEN_MIL, MFDC, "Senegal", "Ziguinchor", "Sindian", P, "Thursday", 0, 0))
P = "2025-08-19"
B3("b20-14", P, ["A soldier was killed and two others were wounded when a Shining Path column ambushed an army patrol near Pichari, in the VRAEM valley, on Sunday, Peru's joint command of the armed forces said.",
                 "The troops fought back and the attackers fled into the jungle, the statement said.",
                 "Remnants of the Maoist group, which the government says now works as an armed escort for cocaine traffickers, have killed more than 20 soldiers and police in the valley since 2017.",
                 "The defence minister said the state of emergency in the area would be extended for 60 days."],
   E("AC", SHINING_PATH, PER_MIL, "Peru", "Cuzco", "Pichari", P, "Sunday", 1, 0, injuries=2))
P = "2025-09-26"
B3("b20-15", P, ["A car bomb exploded outside a shopping centre in northern Guayaquil on Thursday night, killing one man and wounding 30 people, police said.",
                 "President Daniel Noboa blamed gangs linked to drug trafficking and said the attack was a response to his government's offensive against them.",
                 "Ecuador declared an 'internal armed conflict' against 22 gangs in January 2024, after gunmen stormed a television studio during a live broadcast.",
                 "The government says homicides fell that year, but they have risen again in 2025 in the port city, a hub of cocaine exports to Europe and the United States."],
   E("IED", gang("Ecuador"), civ("Ecuador"), "Ecuador", "Guayas", "Guayaquil", P, "Thursday", 1, 0, injuries=30))
P = "2025-02-05"
B3("b20-16", P, ["ELN guerrillas dropped explosives from drones on the police station in Tibu, in the Catatumbo region, on Tuesday, wounding two officers, the national police said.",
                 "Fighting between the ELN and FARC dissidents has driven more than 50,000 people from their homes in Catatumbo since mid-January, according to the ombudsman's office.",
                 "President Gustavo Petro suspended peace talks with the ELN last month and declared a state of internal commotion in the region.",
                 "The government has sent about 5,000 soldiers to the area."],
   E("ADS", ELN, COL_POL, "Colombia", "Norte de Santander", "Tibu", P, "Tuesday", 0, 0, injuries=2))
P = "2025-04-15"
B3("b20-17", P, ["Fighters of the West Papua National Liberation Army shot dead a motorcycle taxi driver in Sugapa, in Intan Jaya regency, on Sunday, accusing him of spying for the military, a police spokesman said.",
                 "A spokesman for the group, Sebby Sambom, confirmed the killing in a statement and said migrants from other parts of Indonesia should leave the highlands.",
                 "Rights groups say civilians are caught between the rebels and security forces, whose operations in Intan Jaya have displaced thousands of people since 2019.",
                 "Jakarta has sent hundreds of additional troops to the province this year."],
   E("ATT", TPNPB, civ("Indonesia"), "Indonesia", "Central Papua", "Sugapa", P, "Sunday", 1, 0))
P = "2025-01-21"
B3("b20-18", P, ["Ugandan military helicopters bombed camps of the Allied Democratic Forces in the forests west of Irumu, in Congo's Ituri province, on Monday, the Ugandan army said, claiming to have killed 'several' rebels.",
                 "Uganda and Congo have run joint operations against the group, which pledged allegiance to Islamic State in 2019, since late 2021.",
                 "The ADF killed more than 40 villagers in machete attacks near Lubero in North Kivu last week, according to local officials.",
                 "A Congolese army spokesman said the offensive would continue 'until the last terrorist is neutralised'."],
   E("ADS", UGA_MIL, ADF, "Democratic Republic of Congo", "Ituri", "Irumu", P, "Monday", 3, 0))
P = "2025-10-08"
B3("b20-19", P, ["Iranian border guards shot dead two Kurdish porters carrying goods across the mountains near Baneh, in Kurdistan province, on Monday, the rights group Hengaw said.",
                 "The men, aged 19 and 24, were unarmed and were shot without warning, the group said, citing relatives.",
                 "Hengaw says it recorded the killing of 38 porters, known as kolbars, by security forces last year, and that many others died of cold or in falls.",
                 "Iranian officials say the border guards act against smugglers and have not commented on the incident."],
   E("ATT", IRN_POL, civ("Iran"), "Iran", "Kurdistan", "Baneh", P, "Monday", 2, 0))
P = "2025-11-24"
B3("b20-20", P, ["AFRICA IN BRIEF",
                 "Somalia: Al Shabaab fired mortar shells at the area around Mogadishu's airport on Sunday evening; several landed near the parliament, and no casualties were reported.",
                 "Congo: Wazalendo militiamen and M23 rebels clashed near Mwenga in South Kivu on Saturday, and five fighters were killed, local sources said.",
                 "Burundi: The electoral commission confirmed the ruling party's victory in all the seats of the new Senate.",
                 "Kenya: The government said it would send another 200 police officers to Haiti early next year."],
   E("SH", SHABAAB, None, "Somalia", "Banadir", "Mogadishu", P, "Sunday", 0, 1),
   E("AC", WAZALENDO, M23, "Democratic Republic of Congo", "South Kivu", "Mwenga", P, "Saturday", 5, 2))
P = "2025-08-14"
B3("b20-21", P, ["Lebanon live: latest",
                 "The health ministry says an Israeli drone strike on a motorcycle in Bint Jbeil on Thursday morning killed one man, whom Hezbollah named as one of its members.",
                 "The Israeli army says it struck 'a Hezbollah terrorist who was trying to rebuild the group's infrastructure'.",
                 "Lebanon's cabinet is meeting this afternoon to discuss the army's plan for disarming Hezbollah by the end of the year; the group's leader has said it will not give up its weapons while Israeli troops remain on five hilltops in the south.",
                 "Israeli strikes have killed more than 270 people in Lebanon since the November ceasefire, according to the UN."],
   E("ADS", ISR, HEZ, "Lebanon", "Nabatiye", "Bint Jbeil", P, "Thursday", 1, 1))
P = "2025-06-03"
B3("b20-22", P, ["The UN Secretary-General on Monday condemned the attack on a MINUSCA patrol near Sam Ouandja, in the Central African Republic's Haute-Kotto prefecture, on Sunday, in which a Zambian peacekeeper was killed and another wounded.",
                 "He extended his condolences to the family of the fallen peacekeeper and to the government and people of Zambia, and wished the injured a swift recovery.",
                 "He recalled that attacks on UN peacekeepers may constitute war crimes under international law and called on the authorities to bring those responsible to justice.",
                 "Sixteen peacekeepers have been killed in the country since the mission was deployed in 2014."],
   E("AC", uag("Central African Republic"), MINUSCA, "Central African Republic", "Haute-Kotto", "Sam Ouandja", P, "Sunday", 1, 0, injuries=1))
P = "2025-06-25"
B3("b20-23", P, ["Supporters of the two main parties fought with sticks, stones and machetes outside a polling centre in Kailahun on Tuesday as ballots were being counted in a by-election, leaving 12 people injured, police said.",
                 "Voting elsewhere in the district was peaceful, and turnout was put at 58%.",
                 "The opposition's candidate said the 'battle' was not over and vowed to 'fight every stolen vote in court'.",
                 "The electoral commission is expected to announce the result on Thursday."],
   E("MV", rioters("Sierra Leone"), rioters("Sierra Leone"), "Sierra Leone", "Eastern", "Kailahun", P, "Tuesday", 0, 0, injuries=12))
P = "2025-02-12"
B3("b20-24", P, ["Mali's army took delivery of a new batch of Turkish-made combat drones at a ceremony at the air base in Bamako on Monday, the presidency said.",
                 "On the same day, army drones struck a gathering of separatist fighters near Tinzaouatene, in the Kidal region, killing seven, the army said; the Azawad Liberation Front said the dead were civilians at a well.",
                 "The junta has bought dozens of drones from Turkey since it broke with France in 2022 and relies on them in its war against jihadists and separatists.",
                 "In July 2024, separatist and jihadist fighters killed dozens of Malian soldiers and Russian mercenaries near Tinzaouatene."],
   E("ADS", MLI, FLA, "Mali", "Kidal", "Tinzaouatene", P, "Monday", 7, 1))
NEG20 = [
    ("b20-n01", "2025-10-05", ["Georgia local elections live: ruling party claims sweep",
                               "Georgian Dream says it has stormed to victory in every city hall, including Tbilisi, where its candidate is on 71% with most ballots counted.",
                               "The opposition, split over whether to take part, says the battle for the capital was 'lost before it began' and that it will fight on in the streets.",
                               "Observers from a local monitoring group report pressure on public-sector employees to vote and say the count itself was orderly."]),
    ("b20-n02", "2025-06-19", ["The US Treasury on Wednesday imposed sanctions on the leader of Ecuador's Los Lobos gang and four of his lieutenants, freezing any assets they hold in the United States.",
                               "Treasury said the gang, which it designated a terrorist organisation in September, had carried out bombings, murders and prison massacres and controls illegal gold mines in the Andean country.",
                               "Ecuador's president welcomed the measure as 'another blow' against the gangs."]),
    ("b20-n03", "2025-11-20", ["Indonesian security forces and rebels in Papua were responsible for the unlawful killing of at least 87 civilians between 2018 and 2024, the UN human rights office said in a report on Wednesday.",
                               "The report documents killings, torture and the burning of villages in the highland regencies of Nduga, Intan Jaya and Puncak, many of them during military operations after rebel attacks on soldiers.",
                               "It calls on the government to allow independent investigators into the region and to end the prosecution of peaceful activists.",
                               "A foreign ministry spokesman said the report was 'one-sided' and ignored rebel crimes."]),
    ("b20-n04", "2025-09-02", ["The president of Tajikistan sent his condolences to the Taliban administration on Monday after an earthquake killed more than 800 people in Afghanistan's Kunar province.",
                               "Pakistan, Iran and Uzbekistan also offered help, and the UN said rescue teams were struggling to reach villages cut off by landslides.",
                               "The region was hit by floods last year that killed dozens of people and destroyed hundreds of homes."]),
    ("b20-n05", "2025-03-20", ["Kosovo has received a new batch of Turkish Bayraktar drones and anti-tank missiles, its defence minister said on Wednesday, showing the weapons to reporters at a base near Pristina.",
                               "Serbia's president said the deliveries were a threat to the Serbs of Kosovo and that Belgrade would 'respond' by buying more Chinese air-defence systems.",
                               "Kosovo's security force, created after the 1998-1999 war, is being turned into an army with help from NATO members."]),
    ("b20-n06", "2025-09-12", ["Troops from Kyrgyzstan, Kazakhstan, Tajikistan and Russia repelled a mock attack by 'international terrorists' on a mountain pass in Issyk-Kul on Thursday, the final day of exercises by the Russian-led security alliance.",
                               "Attack helicopters and artillery destroyed an 'enemy column' of old trucks, and special forces stormed a training village, the defence ministry said.",
                               "About 2,000 troops took part in the drills, which are held every year."]),
    ("b20-n07", "2025-12-28", ["Fourteen years after Turkish warplanes killed 34 Kurdish villagers near Roboski, a reconstruction by an investigative newsroom suggests that the commanders who ordered the strike knew the group were smugglers.",
                               "Drawing on leaked radio logs, the reporters show that drone operators watched the men cross the border with mules loaded with fuel and cigarettes for more than an hour before the jets were called in.",
                               "Prosecutors dropped the case in 2014, and the families' appeal to the Constitutional Court was rejected.",
                               "The defence ministry did not respond to questions."]),
    ("b20-n08", "2025-07-30", ["A Canadian miner fended off a hostile raid by an Australian rival on Tuesday, persuading shareholders to reject a $2.1 billion bid for its copper mines in Peru's southern Andes.",
                               "The chief executive called the bid 'an ambush' and said the board had 'fought off an assault on shareholder value'.",
                               "Copper prices, which have been killed by fears over Chinese demand, rose 1% in London."]),
    ("b20-n09", "2025-10-12", ["Six months after militants shot dead 26 tourists in the Baisaran meadow above Pahalgam, hotels in Kashmir's best-known resort are half empty and pony owners say they have no work.",
                               "The attack led to four days of missile and drone strikes between India and Pakistan in May, the worst fighting between the two countries in decades.",
                               "Authorities reopened most of the valley's tourist sites in September, with armed police posted at each, and the state government has offered tax breaks to hotel owners.",
                               "'People are still afraid,' said a guide who asked not to be named."]),
    ("b20-n10", "2025-08-04", ["GREAT LAKES WEEK",
                               "Congo and the M23: Talks in Doha on a final peace agreement were postponed again, with both sides accusing the other of violating the ceasefire.",
                               "Rwanda: The government said it would host 250 migrants deported from the United States.",
                               "Uganda: The electoral commission cleared eight candidates for January's presidential election, including the jailed opposition leader's party.",
                               "Burundi: Fuel shortages have forced hospitals to ration power, the health ministry said."]),
    ("b20-n11", "2025-03-17", ["Thousands of people gathered in Halabja on Sunday to mark 37 years since the Iraqi air force bombed the Kurdish town with chemical weapons, killing about 5,000 people.",
                               "Survivors laid flowers at the memorial, and the Kurdistan region's prime minister called on Baghdad to compensate the families.",
                               "The town became Iraq's 19th province this year."]),
    ("b20-n12", "2025-11-06", ["A court in Sarajevo on Wednesday sentenced a former Bosnian Croat commander to 12 years in prison for his role in the killing of more than 100 Muslim civilians in the village of Ahmici in April 1993.",
                               "Judges found that troops under his command shot villagers as they fled and set fire to their houses with families inside.",
                               "The defence said it would appeal."]),
    ("b20-n13", "2025-11-14", ["The Polisario Front said on Thursday it would 'intensify the armed struggle' after the UN Security Council backed Morocco's autonomy plan for Western Sahara as the basis for talks.",
                               "The movement's leader said the resolution had 'buried' the promised referendum on self-determination, while Morocco's king called it a historic turning point.",
                               "The Polisario ended a 29-year ceasefire in 2020 and has since claimed near-daily attacks on Moroccan positions along the sand wall, most of which Rabat does not confirm."]),
]
for rid, published, sentences in NEG20:
    B3(rid, published, sentences)


def splits(records):
    """Stratified and deterministic: within each group (the first event's sub-event type, or negative), records are
    ordered by the SHA-1 of their id and the first 60% go to dev, so every type has examples in both splits."""
    groups = {}
    result = {}
    for r in records:
        if r["id"].startswith(("b3-", "b4-", "b5-", "b6-", "b7-")):
            # Batches 3 to 7 (rounds 5 to 10) are all dev: the test split stays as it was reported.
            result[r["id"]] = "dev"
            continue
        if r["id"].startswith(("b2-", "b8-", "b9-", "b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-", "b17-", "b18-", "b19-", "b20-")):
            # Batches 2 and 8 to 20 are each split on their own, half of their positives and half of their negatives to
            # each side, so earlier records keep their split.
            groups.setdefault(r["id"].split("-")[0] + ":" + ("pos" if r["gold"]["events"] else "neg"), []).append(r)
            continue
        key = r["gold"]["events"][0]["sub_event_type"] if r["gold"]["events"] else "(negative)"
        groups.setdefault(key, []).append(r)
    for members in groups.values():
        members.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
        share = 0.5 if members[0]["id"].startswith(("b2-", "b8-", "b9-", "b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-", "b17-", "b18-", "b19-", "b20-")) else 0.6
        n_dev = min(len(members) - 1, max(1, round(share * len(members))))
        for i, r in enumerate(members):
            result[r["id"]] = "dev" if i < n_dev else "test"
    return result


def check(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids, f"duplicate id {r['id']}"
        ids.add(r["id"])
        for e in r["gold"]["events"]:
            assert e["evidence"] in r["text"], f"{r['id']}: evidence is not a sentence of the text"
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", e["event_date"]), r["id"]
            assert e["event_date"] <= r["published"], f"{r['id']}: event after publication"
            assert e["time_precision"] in (1, 2, 3), r["id"]
            assert e["actor1"] is None or set(e["actor1"]) == {"name", "country_iso3", "sector"}, r["id"]
    covered = {e["sub_event_type"] for r in records for e in r["gold"]["events"]}
    missing = {s for _, s in SUB.values()} - covered
    assert not missing, f"sub-event types without examples: {missing}"


# Test records whose wording was found copied into unit tests or code (tests/Sitrep.Tests/Support/TestSplitLeakTests.cs,
# round 22): they were seen, so they count as dev from then on. The split rule above is unchanged, so no other record moves.
SEEN_TEST_RECORDS = {"b2-04"}


def main():
    check(REPORTS)
    os.makedirs(OUT, exist_ok=True)
    counts = {"dev": 0, "test": 0}
    files = {name: open(os.path.join(OUT, f"acled_style.{name}.jsonl"), "w", encoding="utf-8", newline="\n") for name in counts}
    assignment = splits(REPORTS)
    for rid in SEEN_TEST_RECORDS:
        assert assignment.get(rid) == "test", f"{rid}: not a test record"
        assignment[rid] = "dev"
    for r in REPORTS:
        name = assignment[r["id"]]
        files[name].write(json.dumps(r, ensure_ascii=False) + "\n")
        counts[name] += 1
    for f in files.values():
        f.close()
    negatives = sum(1 for r in REPORTS if not r["gold"]["events"])
    events = sum(len(r["gold"]["events"]) for r in REPORTS)
    print(f"{len(REPORTS)} reports ({negatives} negative, {events} events): dev {counts['dev']}, test {counts['test']}")


if __name__ == "__main__":
    sys.exit(main())
