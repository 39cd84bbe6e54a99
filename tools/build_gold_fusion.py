#!/usr/bin/env python3
"""Writes the fusion gold set data/gold/fusion/fusion.{dev,test}.jsonl.

Each scenario is one real-world-like event reported by several outlets in their own styles (wire copy with a
dateline, a local outlet, a ministry or armed group statement, a UN or NGO note, a follow-up days later), plus
near-misses that a fuser must keep apart: the same place on another day, another village of the same first-level
division on the same day, the same place and day but another event type. Every report carries the gold cluster
of the event it reports (its main event) and that event's ACLED event type, date and country (the scenario key
starts with its ISO 3166 alpha-3 code).

The texts were written for Sitrep's evaluation; places are real, but the events, figures, outlets and quotes are
invented: this is an evaluation set, not a record of what happened. Licence: project's own, CC BY 4.0.

Placeholders in texts are filled from the cluster's event date: {dow} weekday, {d_mon} "16 November",
{mon_d} "November 16", {mon_abbr} "Nov. 16", {iso} "2024-11-16", {next_dow} the weekday after (an overnight attack told by the morning after). The split is by scenario (a near-miss stays with its event), ordered by the SHA-1 of
the scenario key: the first 60% go to dev. Python 3 stdlib only; run from anywhere.
"""
import datetime
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "gold", "fusion")

BAT = "Battles"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
PRO = "Protests"
RIO = "Riots"
STR = "Strategic developments"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def C(label, event_type, date, reports, iso3=None):
    """A cluster: one real-world event; reports are (source, days after the event it was published, text); iso3
    names the event's country when it is not the scenario's (a retaliation strike across a border)."""
    return (label, event_type, date, reports, iso3)


# Each scenario: key -> clusters. The first cluster is the multi-outlet event; the rest are its near-misses.
SCENARIOS = {
    "ukr-kharkiv-bomb": [
        C("main", ERV, "2024-11-16", [
            ("Global Wire", 0, "KHARKIV, Ukraine, {mon_abbr} (Global Wire) - A Russian guided aerial bomb struck a residential building in Kharkiv on {dow}, killing three people and wounding 17, regional governor Oleh Syniehubov said."),
            ("Kharkiv Today", 0, "Three residents died and at least fifteen were injured after a KAB glide bomb hit a nine-storey apartment block in Kharkiv's Saltivskyi district this afternoon. Rescuers were still clearing the rubble in the evening."),
            ("Kyiv Agency", 1, "Russian troops dropped a guided bomb on a high-rise in Kharkiv on {d_mon}. According to the State Emergency Service, 3 people were killed and 17 wounded, including two children."),
            ("Evening Dispatch", 3, "Kharkiv buried on Tuesday the three victims of last {dow}'s Russian glide-bomb strike on a Saltivka apartment block, as the number of wounded rose to 19."),
        ]),
        C("nextday", ERV, "2024-11-17", [
            ("Global Wire", 0, "KHARKIV, Ukraine, {mon_abbr} (Global Wire) - Russian forces shelled Kharkiv again on {dow}, damaging a school and wounding two men, the governor said, a day after a deadly bomb strike on the city."),
        ]),
        C("village", ERV, "2024-11-16", [
            ("Kharkiv Today", 0, "In Kupiansk, Russian artillery fire killed a 64-year-old woman in her yard on {dow} morning, the local military administration reported."),
            ("Global Wire", 1, "Russian shelling killed a woman in the frontline town of Kupiansk in the Kharkiv region on {dow}, officials said."),
        ]),
    ],
    "ukr-odesa-port": [
        C("main", ERV, "2024-10-09", [
            ("Global Wire", 0, "ODESA, Ukraine, {mon_abbr} (Global Wire) - A Russian ballistic missile hit a civilian container ship in the port of Odesa on {dow}, killing eight people, most of them port workers, Ukrainian officials said."),
            ("Black Sea News", 0, "Eight dead and ten injured: that is the toll of tonight's Iskander missile strike on Odesa port, where a Panama-flagged container vessel was being loaded, the regional administration says."),
            ("Ministry of Defence of Ukraine", 1, "On {d_mon}, the Russian Federation launched an Iskander-M ballistic missile at port infrastructure in Odesa. The strike killed 8 civilians and wounded 10. The vessel was carrying grain to Egypt."),
            ("Maritime Weekly", 4, "Insurers are reviewing war-risk premiums after last week's missile strike on Odesa port, which killed eight workers and damaged a container ship, the latest of several attacks on the Ukrainian corridor."),
        ]),
        C("nextday", ERV, "2024-10-10", [
            ("Black Sea News", 0, "Russian drones attacked Odesa again overnight into {dow}, setting fire to a warehouse in the port area; nobody was hurt, the regional governor said."),
        ]),
    ],
    "ukr-zaporizhzhia-clash": [
        C("main", BAT, "2025-03-03", [
            ("Global Wire", 1, "Ukrainian and Russian forces fought for control of the village of Stepove in the Zaporizhzhia region on {dow}, with Ukraine's General Staff reporting 14 Russian assaults repelled near the village."),
            ("Military Bulletin", 1, "Heavy fighting continued near Stepove, Zaporizhzhia oblast, on {d_mon}: Russian infantry with armoured vehicles attacked Ukrainian positions fourteen times and were pushed back, according to the General Staff."),
            ("Ministry of Defence of Russia", 1, "Units of the Dnepr group of forces improved their tactical position near Stepovoye in the Zaporozhye region on {mon_d} and inflicted losses on the Ukrainian armed forces."),
        ]),
        C("otherday", BAT, "2025-03-06", [
            ("Military Bulletin", 0, "Fighting flared again around Stepove in Zaporizhzhia oblast on {dow}, when Russian troops launched a new assault that Ukrainian units repelled, the General Staff said."),
        ]),
        C("sametype-otherplace", BAT, "2025-03-03", [
            ("Global Wire", 1, "Further east, Ukrainian troops clashed with Russian forces near Huliaipole, also in the Zaporizhzhia region, on {dow}, the military said."),
        ]),
    ],
    "rus-belgorod-drone": [
        C("main", ERV, "2025-01-21", [
            ("Global Wire", 0, "MOSCOW, {mon_abbr} (Global Wire) - A Ukrainian drone struck a car on the outskirts of Shebekino in Russia's Belgorod region on {dow}, killing two men, governor Vyacheslav Gladkov said on Telegram."),
            ("Belgorod Pravda", 0, "Two people were killed when a Ukrainian FPV drone hit their car near Shebekino this morning, the governor wrote. The vehicle burned out completely."),
            ("Ministry of Defence of Russia", 1, "On {d_mon}, Ukrainian formations attacked a civilian vehicle with an unmanned aerial vehicle in the Shebekino district of the Belgorod region. Two civilians died."),
        ]),
        C("village", ERV, "2025-01-21", [
            ("Belgorod Pravda", 0, "Separately, in Graivoron, a drone dropped an explosive on a shop on {dow}; the saleswoman was wounded, the governor said."),
        ]),
        C("protest", PRO, "2025-01-21", [
            ("Belgorod Pravda", 0, "Several dozen residents of Shebekino gathered outside the town hall on {dow} to demand better shelters and compensation for damaged homes. The rally ended peacefully."),
        ]),
    ],
    "sdn-elfasher-shelling": [
        C("main", ERV, "2024-09-14", [
            ("Global Wire", 1, "KHARTOUM, {mon_abbr} (Global Wire) - Artillery fire by the paramilitary Rapid Support Forces hit a market in El Fasher, the capital of North Darfur, on {dow}, killing at least 23 people, a local resistance committee said."),
            ("Darfur Network", 0, "RSF shells rained on the Abu Shouk market in El-Fasher this morning. Medics at the Saudi hospital counted 27 bodies and more than 40 wounded."),
            ("Sovereign Council of Sudan", 1, "The Rapid Support Forces militia committed a new massacre on {d_mon} when it shelled the market of El Fasher city, killing 23 innocent civilians."),
            ("Relief Bulletin", 3, "According to OCHA, the {mon_d} shelling of a crowded market in El Fasher, North Darfur, killed between 23 and 27 civilians; humanitarian partners warn of severe shortages of surgical supplies."),
        ]),
        C("nextday", ERV, "2024-09-15", [
            ("Darfur Network", 0, "Shelling of El Fasher continued on {dow}: two shells landed near the Saudi hospital, wounding four patients, doctors said."),
        ]),
        C("airstrike", ERV, "2024-09-14", [
            ("Darfur Network", 0, "Also on {dow}, a Sudanese army warplane bombed RSF positions in Kabkabiya, west of El Fasher in North Darfur, residents said, reporting several fighters killed."),
        ]),
    ],
    "sdn-omdurman-attack": [
        C("main", VAC, "2025-02-01", [
            ("Nile Courier", 0, "Gunmen from the Rapid Support Forces stormed homes in the Ombada district of Omdurman on {dow} night and shot dead eleven civilians, the Sudan Doctors Network said."),
            ("Global Wire", 1, "KHARTOUM, {mon_abbr} (Global Wire) - RSF fighters killed at least 11 civilians in a raid on a neighbourhood of Omdurman, Khartoum's twin city, on {dow}, a doctors' group said, accusing them of looting houses."),
            ("Sudan Doctors Network", 1, "The Network condemns the killing of 11 civilians, among them two women, by Rapid Support Forces militias in Ombada, Omdurman, on {d_mon}."),
        ]),
        C("battle", BAT, "2025-02-01", [
            ("Global Wire", 1, "The Sudanese army and the Rapid Support Forces also fought in central Omdurman on {dow}, the army said, claiming to have advanced towards the Souq Libya area."),
            ("Nile Courier", 0, "Clashes between the army and the RSF raged in Omdurman's Souq Libya area on {dow}, residents reported."),
        ]),
    ],
    "nga-borno-ied": [
        C("main", ERV, "2024-06-29", [
            ("Lagos Ledger", 0, "At least 18 people were killed on {dow} when suspected female suicide bombers detonated explosives at a wedding and a hospital in Gwoza, Borno State, emergency officials said."),
            ("Global Wire", 1, "MAIDUGURI, Nigeria, {mon_abbr} (Global Wire) - Suicide bombings in the northeastern Nigerian town of Gwoza killed 18 people and wounded 42 on {dow}, the state emergency management agency said, blaming Boko Haram."),
            ("Borno State Government", 1, "Governor Babagana Zulum condemned the {d_mon} suicide attacks in Gwoza that claimed 18 lives and visited the wounded in Maiduguri."),
            ("Sahel Monitor", 4, "The death toll from last {dow}'s coordinated suicide bombings in Gwoza has climbed to 32, health officials in Borno said on Wednesday."),
        ]),
        C("village", BAT, "2024-06-29", [
            ("Lagos Ledger", 0, "In a separate incident on {dow}, troops repelled an attack by ISWAP fighters on a military base in Damboa, also in Borno, the army said."),
        ]),
        C("otherday", ERV, "2024-07-02", [
            ("Global Wire", 0, "MAIDUGURI, Nigeria, {mon_abbr} (Global Wire) - A roadside bomb hit a vehicle near Gwoza on {dow}, killing three farmers, days after suicide bombings in the same town."),
        ]),
    ],
    "nga-zamfara-abduction": [
        C("main", VAC, "2025-03-10", [
            ("Lagos Ledger", 1, "Bandits abducted more than 40 villagers, mostly women and children, in a night raid on Kaura Namoda, Zamfara State, on {dow}, residents said."),
            ("Global Wire", 1, "Gunmen kidnapped at least 43 people from Kaura Namoda in northwest Nigeria's Zamfara state on {dow}, police said, the latest mass abduction in the region."),
            ("Zamfara Police Command", 2, "The Command confirms that armed bandits abducted 43 persons at Kaura Namoda on {d_mon}. Tactical teams have been deployed to rescue the victims."),
        ]),
        C("village", VAC, "2025-03-10", [
            ("Lagos Ledger", 1, "On the same {dow}, gunmen kidnapped a district head and his two wives in Tsafe, another town in Zamfara."),
        ]),
    ],
    "som-mogadishu-bomb": [
        C("main", ERV, "2024-08-02", [
            ("Horn Observer", 0, "A suicide car bomb exploded at Lido beach in Mogadishu on {dow} evening, followed by gunmen storming a seaside restaurant; at least 32 people died, police said. Al-Shabaab claimed the attack."),
            ("Global Wire", 1, "MOGADISHU, {mon_abbr} (Global Wire) - Al Shabaab militants killed 32 people and wounded 63 in a suicide bombing and gun attack on a beach in Somalia's capital on {dow}, police said."),
            ("Somali National News Agency", 1, "The Federal Government condemns the terrorist attack at Lido beach on {d_mon} that killed 32 civilians and wounded 63. Security forces killed the attackers."),
            ("Horn Observer", 5, "A week after the Lido beach bombing that killed 32 people, survivors in Mogadishu say the promised checkpoints have not appeared."),
        ]),
        C("village", ERV, "2024-08-02", [
            ("Horn Observer", 0, "Earlier on {dow}, a mortar shell fired by al-Shabaab landed near Afgooye, wounding two soldiers."),
        ]),
        C("otherday", ERV, "2024-08-04", [
            ("Global Wire", 0, "MOGADISHU, {mon_abbr} (Global Wire) - A bomb hidden in a tuk-tuk exploded at a market in Mogadishu on {dow}, killing two people, two days after the Lido beach attack."),
        ]),
    ],
    "som-lowershabelle-battle": [
        C("main", BAT, "2025-01-12", [
            ("Horn Observer", 0, "Somali army troops and allied clan militia fought al-Shabaab for hours near Awdheegle in Lower Shabelle on {dow}; the army said 20 militants were killed."),
            ("Global Wire", 1, "Somalia's military said it killed 20 al Shabaab fighters in clashes near the town of Awdheegle in the Lower Shabelle region on {dow}; the group said it had inflicted heavy losses on government troops."),
            ("al-Shabaab radio statement", 1, "Mujahideen fighters repelled an attack by apostate militias near Awdheegle on {d_mon}, killing many of them."),
        ]),
        C("otherday", BAT, "2025-01-14", [
            ("Horn Observer", 0, "Fresh fighting broke out near Awdheegle on {dow}, two days after a major battle there, residents said."),
        ]),
    ],
    "cod-goma-shelling": [
        C("main", ERV, "2025-01-24", [
            ("Great Lakes Post", 0, "Bombs fell on the Mugunga camp for displaced people outside Goma on {dow}, killing five people, as M23 rebels and the Congolese army exchanged artillery fire west of the city."),
            ("Global Wire", 0, "GOMA, Democratic Republic of Congo, {mon_abbr} (Global Wire) - Shells hit a displacement camp on the edge of Goma on {dow}, killing five civilians, aid workers said; each side blamed the other."),
            ("UN Mission statement", 1, "MONUSCO is alarmed by the shelling of the Mugunga displacement site near Goma on {d_mon}, which killed at least five civilians and wounded dozens."),
        ]),
        C("battle", BAT, "2025-01-24", [
            ("Great Lakes Post", 0, "On {dow}, M23 fighters clashed with the Congolese army and allied Wazalendo militia in Sake, 25 km west of Goma, residents said."),
            ("Global Wire", 0, "Fighting between M23 and Congolese troops raged around Sake, west of Goma, on {dow}, the army said."),
        ]),
        C("nextday", ERV, "2025-01-25", [
            ("Great Lakes Post", 0, "A shell hit a house in Goma's Lac Vert district on {dow}, wounding a mother and her child, a day after the camp shelling."),
        ]),
    ],
    "cod-ituri-massacre": [
        C("main", VAC, "2024-06-07", [
            ("Great Lakes Post", 1, "ADF rebels killed at least 40 villagers with machetes and guns in Mayikengo, Lubero territory, North Kivu, on {dow} night, local officials said."),
            ("Global Wire", 1, "BENI, Democratic Republic of Congo, {mon_abbr} (Global Wire) - Islamist ADF militants killed 41 people in an attack on the village of Mayikengo in eastern Congo on {dow}, a local administrator said."),
            ("Civil Society of Lubero", 2, "We denounce the massacre of 42 civilians in Mayikengo on the night of {d_mon} by the ADF terrorists and demand the deployment of more troops."),
        ]),
        C("village", VAC, "2024-06-07", [
            ("Great Lakes Post", 1, "The same night, ADF fighters abducted a dozen people in Masala, another village in Lubero territory, North Kivu."),
        ]),
    ],
    "bfa-djibo-attack": [
        C("main", BAT, "2024-05-11", [
            ("Sahel Monitor", 1, "Jihadists attacked the army base in Djibo, northern Burkina Faso, on {dow}, triggering hours of fighting; a security source said dozens of soldiers and volunteers were killed."),
            ("Global Wire", 2, "OUAGADOUGOU, {mon_abbr} (Global Wire) - Fighters from the al Qaeda-linked JNIM attacked a military camp in Djibo on {dow}, killing at least 20 soldiers, two security sources said."),
            ("JNIM statement", 2, "The mujahideen of Jama'at Nusrat al-Islam wal-Muslimin stormed the camp of the junta's army in Djibo on {d_mon} and seized weapons and vehicles."),
        ]),
        C("village", VAC, "2024-05-11", [
            ("Sahel Monitor", 1, "On the same day, gunmen killed six civilians in Arbinda, about 80 km from Djibo in the Sahel region."),
        ]),
    ],
    "mli-kidal-drone": [
        C("main", ERV, "2024-03-17", [
            ("Sahel Monitor", 0, "A Malian army drone strike hit a gathering near a wedding in Amasrakad in the Gao region on {dow}, killing 13 civilians, including seven children, Tuareg rebels said."),
            ("Global Wire", 1, "BAMAKO, {mon_abbr} (Global Wire) - A drone strike in northern Mali's Gao region killed 13 civilians on {dow}, a rebel coalition said; the army said it had targeted terrorists."),
            ("Malian Armed Forces", 1, "The FAMa conducted precision strikes on {d_mon} on a terrorist gathering in the area of Amasrakad. Several terrorists were neutralised."),
        ]),
        C("otherday", ERV, "2024-03-20", [
            ("Sahel Monitor", 0, "Another drone strike hit a vehicle on the road north of Gao on {dow}, killing four people, local officials said."),
        ]),
    ],
    "mli-mopti-protest": [
        C("main", PRO, "2025-02-20", [
            ("Bamako Echo", 0, "Hundreds of traders marched through Mopti on {dow} to protest against fuel shortages and the blockade imposed by jihadists, shouting slogans against the transitional authorities."),
            ("Global Wire", 1, "Traders in the central Malian town of Mopti staged a march on {dow} against fuel shortages caused by a jihadist blockade, witnesses said. Police did not intervene."),
            ("Mopti Community Radio", 0, "This morning, shopkeepers and drivers demonstrated in Mopti from the grand market to the governorate, demanding fuel. The demonstration was peaceful."),
        ]),
        C("riot", RIO, "2025-02-21", [
            ("Bamako Echo", 0, "A day after the traders' march, angry youths burned tyres and attacked a fuel depot in Mopti on {dow}; police used tear gas to disperse them."),
        ]),
    ],
    "ner-tillaberi-ambush": [
        C("main", BAT, "2024-12-10", [
            ("Sahel Monitor", 1, "Islamic State fighters ambushed an army patrol near Chatoumane in Niger's Tillaberi region on {dow}, killing 39 soldiers, security sources said."),
            ("Global Wire", 2, "NIAMEY, {mon_abbr} (Global Wire) - At least 39 Nigerien soldiers were killed when militants attacked their patrol close to the border with Burkina Faso on {dow}, the defence ministry said."),
            ("Ministry of Defence of Niger", 2, "On {d_mon} at around 10 am, a unit of the Armed Forces was attacked near Chatoumane in the Tillaberi region by several hundred terrorists. We mourn 39 of our soldiers."),
        ]),
        C("village", VAC, "2024-12-10", [
            ("Sahel Monitor", 1, "Also on {dow}, gunmen executed five villagers in Tera, another district of the Tillaberi region, residents said."),
        ]),
    ],
    "syr-idlib-airstrike": [
        C("main", ERV, "2024-11-28", [
            ("Levant Daily", 0, "Russian warplanes struck a crowded area in Idlib city on {dow}, killing at least nine civilians, the White Helmets said."),
            ("Global Wire", 0, "BEIRUT, {mon_abbr} (Global Wire) - Air strikes by Russian jets on Syria's rebel-held Idlib city killed nine people on {dow}, rescuers said, as fighting escalated in the northwest."),
            ("Syrian Civil Defence", 1, "Our teams recovered the bodies of 10 civilians after Russian air strikes targeted a residential neighbourhood of Idlib city on {d_mon}."),
        ]),
        C("village", ERV, "2024-11-28", [
            ("Levant Daily", 0, "Government artillery also shelled Sarmin, east of Idlib city, on {dow}, wounding three people."),
        ]),
        C("battle", BAT, "2024-11-28", [
            ("Global Wire", 0, "Rebel fighters led by Hayat Tahrir al-Sham clashed with government forces west of Aleppo on {dow}, seizing several villages, a war monitor said."),
            ("Levant Daily", 0, "HTS-led factions fought government troops on the western outskirts of Aleppo on {dow} and took several villages."),
        ]),
    ],
    "syr-deirezzor-clash": [
        C("main", BAT, "2025-02-08", [
            ("Levant Daily", 1, "Kurdish-led Syrian Democratic Forces and Turkish-backed factions fought near the Tishrin dam in Aleppo province on {dow}; a war monitor said 17 fighters died."),
            ("Global Wire", 1, "Clashes near the Tishrin dam in northern Syria between the SDF and Turkey-backed groups killed 17 fighters on {dow}, the Syrian Observatory for Human Rights said."),
            ("SDF Media Centre", 1, "Our forces repelled an attack by the Turkish occupation mercenaries on the Tishrin dam axis on {d_mon}, killing 12 of them."),
        ]),
        C("airstrike", ERV, "2025-02-08", [
            ("Levant Daily", 1, "A Turkish drone strike hit a vehicle near the Tishrin dam on the same {dow}, killing two SDF members, the group said."),
        ]),
    ],
    "yem-hodeidah-strike": [
        C("main", ERV, "2024-07-20", [
            ("Arabian Desk", 0, "Israeli warplanes struck the port of Hodeidah in Yemen on {dow}, hitting oil tanks and a power station; Houthi health officials said six people were killed and 80 wounded."),
            ("Global Wire", 0, "DUBAI, {mon_abbr} (Global Wire) - Israel carried out air strikes on the Houthi-held port of Hodeidah on {dow}, a day after a Houthi drone hit Tel Aviv. Fires raged through the night; six people died, the Houthis said."),
            ("Israel Defense Forces", 0, "IDF fighter jets struck military targets of the Houthi terrorist regime in the area of the Al Hudaydah port earlier today, in response to hundreds of attacks against Israel."),
            ("Arabian Desk", 3, "Firefighters in Hodeidah finally put out the blaze at the oil terminal on Tuesday, three days after the Israeli strikes that killed six people and wounded more than 80."),
        ]),
        C("otherday", ERV, "2024-07-22", [
            ("Arabian Desk", 0, "US and British jets struck a Houthi radar site near Hodeidah on {dow}, the Houthi-run Al-Masirah channel said, without reporting casualties."),
        ]),
    ],
    "yem-taiz-sniper": [
        C("main", VAC, "2025-01-05", [
            ("Arabian Desk", 1, "A Houthi sniper shot dead a 10-year-old boy in the besieged city of Taiz on {dow}, local officials said."),
            ("Global Wire", 1, "A child was killed by sniper fire in Taiz, Yemen, on {dow}; the government blamed Houthi forces positioned on the city's eastern hills."),
            ("Yemeni Coalition to Monitor Rights", 2, "On {d_mon}, the boy Ahmed M., 10, was killed by a sniper bullet in the Al-Rawda neighbourhood of Taiz city, fired from Houthi positions."),
        ]),
        C("shelling", ERV, "2025-01-05", [
            ("Arabian Desk", 1, "On the same day, Houthi shelling hit houses in the Al-Kadaha area of Taiz governorate, wounding a woman."),
        ]),
    ],
    "pak-bannu-attack": [
        C("main", BAT, "2025-03-04", [
            ("Frontier Daily", 0, "Two suicide bombers rammed explosive-laden vehicles into the wall of the Bannu cantonment on {dow} evening, followed by gunmen who fought security forces for hours; 18 people, including five soldiers, were killed."),
            ("Global Wire", 1, "PESHAWAR, Pakistan, {mon_abbr} (Global Wire) - Militants attacked a military compound in the northwestern city of Bannu on {dow}, killing 18 people including soldiers and civilians, officials said. All 16 attackers were killed."),
            ("ISPR", 1, "On {d_mon}, khwarij attempted to breach the Bannu Cantonment. Own troops responded swiftly and all sixteen khwarij were sent to hell. Five soldiers embraced shahadat."),
        ]),
        C("village", BAT, "2025-03-04", [
            ("Frontier Daily", 0, "Meanwhile, militants attacked a police post in Lakki Marwat, in the same province, on {dow}, injuring two policemen."),
        ]),
        C("otherday", ERV, "2025-03-07", [
            ("Global Wire", 0, "A roadside bomb targeted a security convoy near Bannu on {dow}, killing a soldier, three days after a deadly assault on the city's cantonment."),
        ]),
    ],
    "pak-quetta-station": [
        C("main", ERV, "2024-11-09", [
            ("Balochistan Times", 0, "A suicide bomber blew himself up among passengers at Quetta railway station on {dow} morning, killing at least 26 people, including soldiers waiting for a train, police said."),
            ("Global Wire", 0, "QUETTA, Pakistan, {mon_abbr} (Global Wire) - A suicide bombing at the main railway station in the southwestern city of Quetta killed 26 people and wounded 62 on {dow}; the separatist Baloch Liberation Army claimed responsibility."),
            ("Government of Balochistan", 1, "The Chief Minister condemned the cowardly attack at Quetta railway station on {d_mon}, in which 26 precious lives were lost."),
        ]),
        C("protest", PRO, "2024-11-09", [
            ("Balochistan Times", 0, "In Quetta, hundreds of relatives of missing persons held a sit-in outside the press club on {dow}, a protest that began before the bombing."),
        ]),
    ],
    "mmr-lashio-battle": [
        C("main", BAT, "2024-07-25", [
            ("Irrawaddy Watch", 0, "Fighters of the Myanmar National Democratic Alliance Army captured the headquarters of the army's Northeastern Command in Lashio, northern Shan State, on {dow}, after weeks of fighting, resistance sources said."),
            ("Global Wire", 2, "BANGKOK, {mon_abbr} (Global Wire) - An ethnic armed group said on Saturday it had seized a regional military command in Lashio in Myanmar's Shan state on {dow}, a major blow to the junta."),
            ("MNDAA statement", 1, "On {d_mon}, our forces completely occupied the Northeastern Military Command headquarters in Lashio."),
        ]),
        C("airstrike", ERV, "2024-07-25", [
            ("Irrawaddy Watch", 0, "Junta jets bombed a residential ward of Lashio on {dow}, killing four civilians, residents said."),
        ]),
    ],
    "mmr-rakhine-airstrike": [
        C("main", ERV, "2025-01-08", [
            ("Irrawaddy Watch", 0, "A military aircraft bombed Kyauk Ni Maw village on Ramree Island in Rakhine State on {dow}, setting houses ablaze and killing around 40 people, the Arakan Army said."),
            ("Global Wire", 1, "YANGON, {mon_abbr} (Global Wire) - An air strike by Myanmar's military killed 40 people in a village in western Rakhine state on {dow}, an ethnic armed group and residents said. The junta did not respond."),
            ("Relief Bulletin", 2, "The UN in Myanmar said it was deeply concerned by reports that the {mon_d} aerial bombardment of Kyauk Ni Maw village, Ramree township, killed dozens of civilians."),
        ]),
        C("village", ERV, "2025-01-08", [
            ("Irrawaddy Watch", 0, "A second air strike on {dow} hit a monastery in Sittwe township, wounding five novices."),
        ]),
    ],
    "pse-khanyounis-strike": [
        C("main", ERV, "2024-09-10", [
            ("Gaza Now", 0, "Israeli strikes hit tents in the Al-Mawasi area west of Khan Younis before dawn on {dow}, killing at least 19 displaced people, the civil defence said."),
            ("Global Wire", 0, "CAIRO, {mon_abbr} (Global Wire) - Israeli air strikes on a tent camp for displaced Palestinians in the Mawasi humanitarian zone near Khan Yunis killed 19 people on {dow}, Gaza's civil defence said. Israel said it targeted Hamas commanders."),
            ("Israel Defense Forces", 0, "The IDF struck senior Hamas terrorists operating within a command and control centre embedded inside the humanitarian area in Khan Yunis, overnight."),
            ("Relief Bulletin", 2, "OCHA reported that the {mon_d} strikes on Al Mawasi, Khan Younis, killed at least 19 people and left craters several metres deep among the tents."),
        ]),
        C("otherday", ERV, "2024-09-12", [
            ("Gaza Now", 0, "Another Israeli strike on a house in Khan Younis on {dow} killed five members of one family, medics said."),
        ]),
        C("village", ERV, "2024-09-10", [
            ("Gaza Now", 0, "Also on {dow}, an Israeli drone struck a group of people in Bani Suheila, east of Khan Younis, killing two."),
        ]),
    ],
    "pse-jenin-raid": [
        C("main", BAT, "2024-08-28", [
            ("West Bank Report", 0, "Israeli forces launched a large-scale raid on Jenin and its refugee camp on {dow}, exchanging fire with Palestinian gunmen; the health ministry said five Palestinians were killed."),
            ("Global Wire", 0, "JERUSALEM, {mon_abbr} (Global Wire) - Israeli troops backed by drones raided the northern West Bank city of Jenin on {dow}, killing five Palestinians in gun battles, Palestinian health officials said."),
            ("Palestinian Ministry of Health", 1, "Five citizens were martyred and 12 injured during the Israeli occupation's aggression on Jenin and its camp on {d_mon}."),
        ]),
        C("village", BAT, "2024-08-28", [
            ("West Bank Report", 0, "The same day, troops also fought militants in Tulkarm's Nur Shams camp, where three Palestinians were killed."),
        ]),
        C("otherday", BAT, "2024-08-31", [
            ("West Bank Report", 0, "Fighting resumed in the Jenin camp on {dow}, three days into the Israeli operation, with two more gunmen killed."),
        ]),
    ],
    "lbn-tyre-strike": [
        C("main", ERV, "2024-10-23", [
            ("Beirut Line", 0, "Israeli jets struck several buildings in the coastal city of Tyre on {dow} after issuing evacuation warnings; Lebanon's health ministry said seven people were killed."),
            ("Global Wire", 0, "BEIRUT, {mon_abbr} (Global Wire) - Israeli air strikes flattened residential buildings in the southern Lebanese city of Tyre on {dow}, killing seven people, the health ministry said. Israel said it hit Hezbollah targets."),
            ("Lebanese Ministry of Public Health", 1, "The Israeli enemy's raids on the city of Sour on {d_mon} killed 7 citizens and wounded 17."),
        ]),
        C("village", ERV, "2024-10-23", [
            ("Beirut Line", 0, "A separate strike on {dow} hit a car in Qana, southeast of Tyre, killing two men."),
        ]),
    ],
    "irq-kirkuk-ied": [
        C("main", ERV, "2025-02-11", [
            ("Mesopotamia Today", 0, "A roadside bomb struck an army vehicle in the Wadi al-Shay area south of Kirkuk on {dow}, killing two soldiers and wounding three, security officials said, blaming Islamic State remnants."),
            ("Global Wire", 1, "KIRKUK, Iraq, {mon_abbr} (Global Wire) - Two Iraqi soldiers were killed when an improvised explosive device hit their patrol south of Kirkuk on {dow}, police sources said."),
            ("Security Media Cell", 1, "An explosive device exploded on {d_mon} on a vehicle of our heroic army in the Wadi al-Shay area of Kirkuk, martyring two of our soldiers."),
        ]),
        C("arrest", STR, "2025-02-11", [
            ("Mesopotamia Today", 0, "Separately on {dow}, counter-terrorism forces arrested three suspected IS members in Kirkuk city."),
        ]),
    ],
    "col-cauca-attack": [
        C("main", ERV, "2024-05-20", [
            ("Andes Herald", 0, "Dissidents of the former FARC guerrilla attacked the police station of Morales, in Cauca department, with explosives and drones on {dow}, killing two police officers, the governor said."),
            ("Global Wire", 1, "BOGOTA, {mon_abbr} (Global Wire) - FARC dissidents attacked a police station in the town of Morales in southwestern Colombia on {dow}, killing two officers, authorities said."),
            ("Colombian National Police", 1, "On {d_mon}, criminal structures of the Carlos Patino front attacked our station in Morales, Cauca. Two patrolmen lost their lives."),
        ]),
        C("village", VAC, "2024-05-20", [
            ("Andes Herald", 0, "Also on {dow}, gunmen killed a social leader in Suarez, a neighbouring municipality of Cauca."),
        ]),
    ],
    "mex-sinaloa-clash": [
        C("main", BAT, "2024-10-21", [
            ("Pacific Post", 0, "Soldiers killed 19 suspected cartel gunmen in a shootout east of Culiacan, Sinaloa, on {dow}, the defence ministry said, and arrested a man believed to be a Sinaloa Cartel security chief."),
            ("Global Wire", 1, "MEXICO CITY, {mon_abbr} (Global Wire) - Mexican soldiers killed 19 alleged members of the Sinaloa Cartel in a gunfight outside the city of Culiacan on {dow}, the army said."),
            ("Secretariat of National Defence", 1, "On {d_mon}, military personnel were attacked by armed civilians near Culiacan, Sinaloa. In response, 19 aggressors were neutralised and weapons were seized."),
        ]),
        C("otherday", BAT, "2024-10-23", [
            ("Pacific Post", 0, "Gunmen ambushed a military patrol in Culiacan on {dow}, wounding two soldiers, two days after a clash that left 19 dead."),
        ]),
    ],
    "eth-amhara-drone": [
        C("main", ERV, "2024-12-02", [
            ("Highland Weekly", 1, "A drone strike hit a minibus near Debre Markos in Amhara region on {dow}, killing 12 passengers, witnesses and a health worker said."),
            ("Global Wire", 2, "ADDIS ABABA, {mon_abbr} (Global Wire) - A drone strike killed 12 civilians travelling in a minibus in Ethiopia's Amhara region on {dow}, residents said; the government said it targeted Fano militants."),
            ("Ethiopian Human Rights Commission", 4, "The Commission has received credible reports that 12 civilians were killed in a drone strike on a minibus near Debre Markos on {d_mon} and calls for an investigation."),
        ]),
        C("battle", BAT, "2024-12-02", [
            ("Highland Weekly", 1, "Fano militia fighters and federal forces also clashed in Bahir Dar on {dow}, residents reported."),
        ]),
    ],
    "ssd-malakal-clash": [
        C("main", BAT, "2025-02-25", [
            ("Juba Monitor", 0, "The White Army militia clashed with South Sudan People's Defence Forces in Nasir, Upper Nile State, on {dow}, overrunning an army garrison, local officials said."),
            ("Global Wire", 1, "JUBA, {mon_abbr} (Global Wire) - Armed youths known as the White Army attacked an army base in Nasir in South Sudan's Upper Nile state on {dow}, officials said, raising fears of renewed civil war."),
            ("SSPDF statement", 2, "On {d_mon}, armed youths allied with the SPLA-IO attacked our garrison in Nasir. Our forces fought bravely."),
        ]),
        C("protest", PRO, "2025-02-25", [
            ("Juba Monitor", 0, "In Malakal, the capital of Upper Nile, women marched on {dow} to demand an end to the fighting. The march was peaceful."),
        ]),
    ],
    "moz-cabodelgado": [
        C("main", VAC, "2024-04-13", [
            ("Indian Ocean Review", 1, "Insurgents linked to the Islamic State beheaded four Christian villagers in Mocimboa da Praia district, Cabo Delgado, on {dow}, local sources said."),
            ("Global Wire", 2, "MAPUTO, {mon_abbr} (Global Wire) - Islamist militants killed four civilians near Mocimboa da Praia in northern Mozambique on {dow}, the Islamic State said in a statement; local sources confirmed the attack."),
            ("Islamic State Mozambique Province statement", 1, "Soldiers of the caliphate killed four Christians in the Mocimboa da Praia area on {d_mon}."),
        ]),
        C("otherday", VAC, "2024-04-16", [
            ("Indian Ocean Review", 0, "Three days later, on {dow}, insurgents torched homes in a village near Macomia, Cabo Delgado, residents said."),
        ]),
    ],
    "hti-portauprince-gang": [
        C("main", VAC, "2024-10-03", [
            ("Caribbean Wire", 0, "Members of the Gran Grif gang attacked the town of Pont-Sonde in Haiti's Artibonite department on {dow}, shooting residents and setting houses on fire; at least 70 people were killed, the UN said."),
            ("Global Wire", 1, "PORT-AU-PRINCE, {mon_abbr} (Global Wire) - Gang members killed at least 70 people, including women and babies, in an attack on Pont-Sonde, central Haiti, on {dow}, UN officials said."),
            ("Haitian Government", 2, "The Prime Minister expresses his indignation after the massacre perpetrated by armed bandits in Pont-Sonde on {d_mon}."),
            ("Caribbean Wire", 4, "Survivors of last week's massacre in Pont-Sonde, where gangsters killed at least 70 people, are sheltering in churches in Saint-Marc."),
        ]),
        C("riot", RIO, "2024-10-03", [
            ("Caribbean Wire", 0, "In Saint-Marc, not far from Pont-Sonde, angry residents erected barricades of burning tyres on {dow}, blocking the national road."),
        ]),
    ],
    "cmr-farnorth-attack": [
        C("main", VAC, "2024-09-22", [
            ("Yaounde Tribune", 1, "Boko Haram fighters raided the village of Mozogo in Cameroon's Far North region on {dow} night, killing seven civilians and looting cattle, local officials said."),
            ("Global Wire", 2, "YAOUNDE, {mon_abbr} (Global Wire) - Suspected Boko Haram militants killed seven villagers in Mozogo, in northern Cameroon near the Nigerian border, on {dow}, a local official said."),
            ("Governor of the Far North", 2, "The governor condemns the barbaric attack by Boko Haram terrorists on Mozogo on {d_mon} that cost seven innocent lives."),
        ]),
        C("village", VAC, "2024-09-22", [
            ("Yaounde Tribune", 1, "The same {dow}, suspected Boko Haram members abducted three herders near Kolofata, also in the Far North."),
        ]),
    ],
    "afg-kabul-bomb": [
        C("main", ERV, "2024-09-02", [
            ("Kabul Observer", 0, "A suicide bomber struck in the Qala-e-Bakhtiar area of Kabul on {dow}, killing six people, Kabul police spokesman Khalid Zadran said. The Islamic State claimed the attack."),
            ("Global Wire", 0, "KABUL, {mon_abbr} (Global Wire) - A suicide bombing in southwestern Kabul killed six people and wounded 13 on {dow}, police said; Islamic State Khorasan Province claimed responsibility."),
            ("Ministry of Interior of Afghanistan", 1, "On {d_mon}, an explosion occurred in Police District 7 of Kabul, martyring six of our countrymen."),
        ]),
        C("arrest", STR, "2024-09-02", [
            ("Kabul Observer", 0, "Separately, Taliban intelligence said on {dow} it had arrested two suspected Islamic State members in Kabul's Khair Khana district."),
        ]),
    ],
    "ukr-sumy-missile": [
        C("main", ERV, "2025-04-13", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - Two Russian ballistic missiles struck the centre of Sumy on {dow} morning as residents gathered for Palm Sunday, killing 34 people, including two children, Ukrainian officials said."),
            ("Sumy Region News", 0, "Horror in the city centre: two Iskander missiles exploded near the university and a trolleybus on Pokrovska street at 10:15. Thirty-two people are confirmed dead, more than 80 wounded."),
            ("Kyiv Agency", 1, "The death toll from the Russian missile strike on Sumy on {d_mon} has risen to 34, the State Emergency Service reported. 117 people were injured."),
            ("Ministry of Defence of Russia", 1, "On {mon_d}, a strike was carried out on a meeting of the command staff of the operational-tactical group Seversk in the city of Sumy. More than 60 servicemen were eliminated."),
            ("Evening Dispatch", 4, "European leaders on Thursday again condemned last {dow}'s missile attack on Sumy, which killed 34 civilians, as Kyiv called for new sanctions."),
        ]),
        C("village", ERV, "2025-04-13", [
            ("Sumy Region News", 0, "On the same day, Russian guided bombs hit Bilopillia in the Sumy region, wounding a 70-year-old man."),
        ]),
        C("nextday", ERV, "2025-04-14", [
            ("Sumy Region News", 0, "Russian drones attacked Sumy again on {dow} night, damaging an administrative building; there were no casualties, the mayor said."),
        ]),
    ],
    "sdn-wadmadani-drone": [
        C("main", ERV, "2025-03-28", [
            ("Nile Courier", 0, "A drone attack by the Rapid Support Forces hit the power station in Wad Madani, the capital of Al Jazirah state, on {dow}, causing a city-wide blackout; two workers were killed."),
            ("Global Wire", 1, "PORT SUDAN, {mon_abbr} (Global Wire) - Drones launched by the RSF struck a power plant in the central Sudanese city of Wad Madani on {dow}, killing two people and cutting electricity, the state government said."),
            ("Al Jazirah State Government", 1, "The terrorist militia targeted the Wad Madani transformer station with drones on {d_mon}, martyring two engineers."),
        ]),
        C("massacre", VAC, "2025-03-28", [
            ("Nile Courier", 0, "Separately, RSF fighters shot dead nine villagers in Al-Hilaliya, east of Wad Madani in the same state, on {dow}, a local committee said."),
        ]),
    ],
    "nga-plateau-attack": [
        C("main", VAC, "2025-04-14", [
            ("Lagos Ledger", 0, "Gunmen attacked Zike village in Bassa local government area of Plateau State overnight into {dow}, killing 51 people as they slept, the local government chairman said."),
            ("Global Wire", 0, "ABUJA, {mon_abbr} (Global Wire) - Suspected herders killed at least 51 people in a night attack on a village in central Nigeria's Plateau state, officials said on {dow}."),
            ("Amnesty Nigeria statement", 1, "Amnesty International is appalled by the killing of at least 51 people in Zike, Bassa LGA, Plateau State, on {d_mon}. The authorities must bring the perpetrators to justice."),
            ("Jos Herald", 2, "Residents of Zike buried 51 victims of Monday's attack in a mass grave as the state governor imposed a curfew on Bassa."),
        ]),
        C("protest", PRO, "2025-04-15", [
            ("Jos Herald", 0, "Hundreds of youths protested in Jos on {dow}, a day after the Zike killings, demanding action from the federal government. Police escorted the march."),
        ]),
    ],
    "cod-bukavu-capture": [
        C("main", BAT, "2025-02-14", [
            ("Great Lakes Post", 0, "M23 rebels entered Kavumu airport, north of Bukavu in South Kivu, on {dow} after Congolese troops withdrew following brief clashes, residents and rebels said."),
            ("Global Wire", 1, "BUKAVU, Democratic Republic of Congo, {mon_abbr} (Global Wire) - Rwanda-backed M23 rebels seized the airport of Kavumu in eastern Congo on {dow} after fighting with government forces, sources said."),
            ("AFC/M23 statement", 1, "On {d_mon}, our forces liberated the Kavumu airport after neutralising the coalition of the Kinshasa regime."),
        ]),
        C("looting", STR, "2025-02-14", [
            ("Great Lakes Post", 0, "In Bukavu itself, armed men looted warehouses of the World Food Programme on {dow} as army units pulled out."),
        ]),
    ],
    "mmr-sagaing-airstrike": [
        C("main", ERV, "2024-09-27", [
            ("Irrawaddy Watch", 1, "Junta jets bombed a market in Budalin township, Sagaing Region, on {dow}, killing 11 civilians, local resistance forces said."),
            ("Global Wire", 2, "BANGKOK, {mon_abbr} (Global Wire) - A Myanmar military air strike killed 11 civilians at a village market in the central Sagaing region on {dow}, residents said."),
            ("National Unity Government", 2, "The terrorist military council's air strike on a market in Budalin township on {d_mon} killed 11 innocent civilians and destroyed 20 stalls."),
        ]),
        C("otherday", ERV, "2024-09-30", [
            ("Irrawaddy Watch", 0, "Military aircraft bombed Budalin township again on {dow}, three days after the market strike, destroying a school."),
        ]),
    ],
    "pak-kurram-ambush": [
        C("main", VAC, "2024-11-21", [
            ("Frontier Daily", 0, "Gunmen opened fire on a convoy of passenger vehicles near Parachinar in the Kurram district on {dow}, killing at least 42 people, most of them Shia travellers, officials said."),
            ("Global Wire", 0, "PESHAWAR, Pakistan, {mon_abbr} (Global Wire) - Militants ambushed a convoy of vehicles carrying Shia Muslims in northwestern Pakistan's Kurram district on {dow}, killing 42 people, police said."),
            ("Government of Khyber Pakhtunkhwa", 1, "The provincial government strongly condemns the attack on a passenger convoy in Kurram on {d_mon} in which 42 people were martyred."),
        ]),
        C("riot", RIO, "2024-11-22", [
            ("Frontier Daily", 0, "A day after the convoy attack, armed tribesmen torched shops and houses in Bagan, Kurram, on {dow}, officials said."),
        ]),
    ],
    "isr-telaviv-drone": [
        C("main", ERV, "2024-07-19", [
            ("Levant Daily", 0, "A drone launched from Yemen exploded in an apartment building in central Tel Aviv early on {dow}, killing a man and wounding eight people, Israeli police said. The Houthis claimed it."),
            ("Global Wire", 0, "JERUSALEM, {mon_abbr} (Global Wire) - A Houthi drone hit a building near the US embassy branch office in Tel Aviv on {dow}, killing one man; the military said the drone was not intercepted because of human error."),
            ("Houthi military spokesman", 0, "Our drone air force carried out a qualitative operation on {d_mon} targeting the occupied area of Jaffa with a new drone called Yafa."),
        ]),
        C("protest", PRO, "2024-07-19", [
            ("Levant Daily", 0, "Also in Tel Aviv on {dow}, thousands of protesters marched to demand a hostage deal."),
        ]),
    ],
}

# Batch 2 (written 2026-11-26): more near-misses of the kinds that cause false merges: another town of the same
# first-level division on the same day and of the same type, the same place a day or two later, the same place and
# day with other actors or another event type, and follow-ups that mention the earlier event while reporting a new
# one. Split on its own (see main), so batch 1's dev/test assignment is unchanged.
SCENARIOS_2 = {
    "ukr-kherson-shelling": [
        C("main", ERV, "2025-05-10", [
            ("Global Wire", 0, "KHERSON, Ukraine, {mon_abbr} (Global Wire) - Russian artillery shelled the Dniprovskyi district of Kherson on {dow}, killing two women at a bus stop and wounding five other people, regional governor Oleksandr Prokudin said."),
            ("South Ukraine Today", 0, "Two residents of Kherson were killed and five injured this morning when Russian shells hit a public transport stop in the Dniprovskyi district, the city military administration reported."),
            ("Prosecutor General of Ukraine", 1, "On {d_mon}, the armed forces of the Russian Federation shelled Kherson with artillery. Two civilian women were killed and five persons were injured. Pre-trial investigation has been launched."),
        ]),
        C("village", ERV, "2025-05-10", [
            ("South Ukraine Today", 0, "Also on {dow}, a Russian drone dropped explosives on a minibus in Bilozerka, west of Kherson, killing the driver, the regional administration said."),
        ]),
        C("nextday", ERV, "2025-05-11", [
            ("Global Wire", 0, "KHERSON, Ukraine, {mon_abbr} (Global Wire) - Russian shelling of Kherson wounded three people on {dow}, a day after two women were killed at a bus stop in the city, officials said."),
        ]),
    ],
    "ukr-dnipro-missile": [
        C("main", ERV, "2024-06-28", [
            ("Global Wire", 0, "DNIPRO, Ukraine, {mon_abbr} (Global Wire) - A Russian missile struck an apartment block in Dnipro on {dow}, killing one person and wounding 11, the regional governor said."),
            ("Dnipro News", 0, "A rocket hit a five-storey residential building on the left bank of Dnipro today. One resident died, eleven were hospitalised, according to the head of the regional military administration."),
            ("Kyiv Agency", 2, "Rescuers in Dnipro finished clearing the rubble of the building hit by a Russian missile on {d_mon}; the strike killed one woman and injured 11 people."),
        ]),
        C("othercity", ERV, "2024-06-28", [
            ("Dnipro News", 0, "In Kryvyi Rih, in the same Dnipropetrovsk region, a Russian ballistic missile damaged an industrial enterprise on {dow}, wounding four workers, the mayor said."),
            ("Global Wire", 0, "A separate Russian missile attack on Kryvyi Rih on {dow} injured four people at an industrial plant, local authorities said."),
        ]),
        C("protest", PRO, "2024-06-28", [
            ("Dnipro News", 0, "Relatives of missing soldiers held a peaceful rally in central Dnipro on {dow} afternoon, asking for faster prisoner exchanges."),
        ]),
    ],
    "rus-kursk-sudzha": [
        C("main", BAT, "2024-08-08", [
            ("Global Wire", 0, "MOSCOW, {mon_abbr} (Global Wire) - Russian troops fought Ukrainian forces on the outskirts of Sudzha in Russia's Kursk region on {dow}, the Russian Defence Ministry said, for a third day of the cross-border incursion."),
            ("Kursk Vesti", 0, "Fierce battles between Russian units and Ukrainian armed formations continued near Sudzha on {dow}, acting governor Alexei Smirnov said."),
            ("Ministry of Defence of Russia", 0, "On {d_mon}, units of the Northern group of forces repelled attacks by Ukrainian armed formations in the Sudzha district of the Kursk region."),
        ]),
        C("drone", ERV, "2024-08-08", [
            ("Kursk Vesti", 0, "A Ukrainian drone hit an apartment building in Kurchatov, also in the Kursk region, on {dow}, wounding five residents, the governor said."),
        ]),
        C("laterday", BAT, "2024-08-10", [
            ("Global Wire", 0, "MOSCOW, {mon_abbr} (Global Wire) - Fighting around Sudzha in the Kursk region continued on {dow}, two days after Russian troops first clashed with Ukrainian units on the town's outskirts, the ministry said."),
        ]),
    ],
    "sdn-nyala-airstrike": [
        C("main", ERV, "2024-10-21", [
            ("Global Wire", 1, "KHARTOUM, {mon_abbr} (Global Wire) - Sudanese army warplanes bombed a livestock market in Nyala, the capital of South Darfur held by the Rapid Support Forces, on {dow}, killing at least 30 people, activists said."),
            ("Darfur Network", 0, "Army aircraft dropped barrel bombs on the Nyala cattle market this morning. Local emergency room volunteers said 30 people were killed and dozens wounded."),
            ("Rapid Support Forces", 0, "The army's aviation committed a heinous crime on {d_mon} by bombing the market of Nyala city, killing 34 innocent civilians."),
        ]),
        C("otherstate", ERV, "2024-10-21", [
            ("Global Wire", 1, "In North Kordofan, RSF artillery shelled the city of El Obeid on {dow}, killing four civilians, the state government said."),
        ]),
        C("twodays", ERV, "2024-10-23", [
            ("Darfur Network", 0, "Warplanes returned to Nyala on {dow}, striking a neighbourhood near the airport and killing five people, two days after the deadly bombing of the cattle market."),
        ]),
    ],
    "nga-katsina-abduction": [
        C("main", VAC, "2025-03-15", [
            ("Global Wire", 1, "KANO, Nigeria, {mon_abbr} (Global Wire) - Armed bandits abducted 30 villagers, most of them women and children, in Kankara local government area of Katsina state on {dow}, police said."),
            ("Northern Herald", 0, "Bandits on motorcycles stormed Kankara in the early hours of today and kidnapped about 30 residents, a community leader told our correspondent."),
            ("Katsina State Police Command", 1, "On {d_mon}, bandits invaded a village in Kankara LGA and abducted thirty persons. Tactical teams have been deployed to rescue the victims."),
        ]),
        C("otherstate", VAC, "2025-03-15", [
            ("Northern Herald", 0, "In neighbouring Zamfara state, gunmen abducted 12 farmers near Maru on {dow}, residents said."),
        ]),
        C("rescue", BAT, "2025-03-18", [
            ("Global Wire", 0, "KANO, Nigeria, {mon_abbr} (Global Wire) - Nigerian troops clashed with bandits in a forest in Kankara on {dow} and freed 18 of the villagers abducted three days earlier, the army said."),
        ]),
    ],
    "som-beledweyne-bomb": [
        C("main", ERV, "2024-11-05", [
            ("Global Wire", 0, "MOGADISHU, {mon_abbr} (Global Wire) - A car bomb exploded outside a restaurant in Beledweyne, central Somalia, on {dow}, killing nine people, a local official said. Al Shabaab claimed responsibility."),
            ("Hiiraan Post", 0, "Nine people died and more than 20 were wounded when a vehicle packed with explosives blew up near a busy cafe in Beledweyne this evening, police said."),
            ("Somali National News Agency", 1, "The Federal Government strongly condemns the cowardly car bombing in Beledweyne on {d_mon} that killed nine innocent civilians."),
        ]),
        C("capital", ERV, "2024-11-05", [
            ("Hiiraan Post", 0, "In Mogadishu, mortar shells fired by al-Shabaab landed near the airport on {dow}, wounding two people, police said."),
        ]),
    ],
    "irq-erbil-drone": [
        C("main", ERV, "2024-01-15", [
            ("Global Wire", 0, "ERBIL, Iraq, {mon_abbr} (Global Wire) - Three explosive-laden drones targeted Erbil airport, which hosts US-led coalition troops, on {dow}, causing no casualties, the Kurdistan region's counter-terrorism service said."),
            ("Kurdistan 24 Hours", 0, "Drones attacked Erbil international airport tonight; the coalition's air defences shot down two and the third fell in an empty field, officials said."),
            ("Islamic Resistance in Iraq", 0, "Our fighters struck the occupation base at Erbil airport with drones on {d_mon}."),
        ]),
        C("otherbase", ERV, "2024-01-15", [
            ("Global Wire", 0, "Separately on {dow}, rockets were fired at the Ain al-Asad air base in Iraq's western Anbar province, without causing damage, security sources said."),
        ]),
        C("protest", PRO, "2024-01-15", [
            ("Kurdistan 24 Hours", 0, "Hundreds of teachers protested in Erbil on {dow} over unpaid salaries."),
        ]),
    ],
    "lbn-nabatieh-strike": [
        C("main", ERV, "2024-10-16", [
            ("Global Wire", 0, "BEIRUT, {mon_abbr} (Global Wire) - Israeli air strikes hit the municipal building in the southern Lebanese city of Nabatieh on {dow}, killing the mayor and five other people, Lebanon's health ministry said."),
            ("Cedar Times", 0, "Israeli warplanes destroyed the Nabatieh municipality headquarters during a crisis meeting today. Mayor Ahmad Kahil was among at least six dead."),
            ("Lebanese Ministry of Public Health", 0, "The Israeli enemy's raid on the city of Nabatieh on {d_mon} led to the martyrdom of six citizens, including the head of the municipality, and the injury of 43."),
        ]),
        C("rockets", ERV, "2024-10-16", [
            ("Levant Daily", 0, "Hezbollah fired rockets at Kiryat Shmona in northern Israel on {dow}, damaging houses, the Israeli military said; there were no casualties."),
        ]),
        C("village", ERV, "2024-10-17", [
            ("Cedar Times", 0, "A day after the strike on Nabatieh's town hall, an Israeli drone struck a motorcycle in Kfar Roummane on {dow}, killing two men."),
        ]),
    ],
    "pse-deirbalah-strike": [
        C("main", ERV, "2024-08-10", [
            ("Global Wire", 0, "CAIRO, {mon_abbr} (Global Wire) - An Israeli air strike on a tent camp for displaced people in Deir al-Balah in central Gaza killed at least 12 people on {dow}, medics said."),
            ("Gaza Voice", 0, "Twelve martyrs, including children, after the occupation bombed tents sheltering displaced families near the Al-Aqsa Martyrs Hospital in Deir el-Balah."),
            ("Israel Defense Forces", 0, "IDF aircraft struck Hamas terrorists operating inside a command and control centre embedded in the area of Deir al-Balah on {d_mon}."),
        ]),
        C("othergov", ERV, "2024-08-10", [
            ("Gaza Voice", 0, "Also on {dow}, Israeli tank shells hit homes in Rafah, in the south of the Strip, killing three people."),
        ]),
        C("nextday", ERV, "2024-08-11", [
            ("Global Wire", 0, "CAIRO, {mon_abbr} (Global Wire) - Another Israeli strike in Deir al-Balah killed four people on {dow}, a day after 12 died when tents were bombed in the same area, medics said."),
        ]),
    ],
    "mmr-mogoke-battle": [
        C("main", BAT, "2024-07-24", [
            ("Global Wire", 1, "BANGKOK, {mon_abbr} (Global Wire) - Ethnic Ta'ang National Liberation Army fighters and local resistance forces clashed with junta troops in the ruby-mining town of Mogoke in Mandalay region on {dow}, residents said."),
            ("Myanmar Now Weekly", 0, "Fighting broke out in Mogoke this morning as the TNLA and the Mandalay People's Defence Force attacked military positions around the town."),
            ("Ta'ang National Liberation Army", 1, "On {d_mon}, our forces launched offensive operations against the military council's troops in Mogoke township and captured several outposts."),
        ]),
        C("laterday", BAT, "2024-07-27", [
            ("Myanmar Now Weekly", 0, "The TNLA said on {dow} that its fighters had taken control of Mogoke after days of fighting with junta troops that began earlier in the week."),
        ]),
    ],
    "col-catatumbo-clash": [
        C("main", BAT, "2025-01-16", [
            ("Global Wire", 1, "BOGOTA, {mon_abbr} (Global Wire) - Fighters of the ELN guerrilla group clashed with FARC dissidents near Tibu in Colombia's Norte de Santander province on {dow}, forcing hundreds of families to flee, officials said."),
            ("El Catatumbo Hoy", 0, "Intense fighting between the ELN and the 33rd front of the FARC dissidents was reported today in rural areas of Tibu."),
            ("Ombudsman's Office of Colombia", 1, "On {d_mon}, armed confrontations between the ELN and the dissident 33rd front took place in Tibu, Norte de Santander, causing mass displacement."),
        ]),
        C("killing", VAC, "2025-01-16", [
            ("El Catatumbo Hoy", 0, "In Teorama, also in Catatumbo, ELN gunmen shot dead a community leader and his wife at their home on {dow}, relatives said."),
        ]),
    ],
    "bfa-barsalogho-attack": [
        C("main", VAC, "2024-08-24", [
            ("Global Wire", 2, "ABIDJAN, {mon_abbr} (Global Wire) - Militants linked to al Qaeda killed scores of civilians who were digging defensive trenches around the town of Barsalogho in Burkina Faso's Centre-Nord region on {dow}, witnesses said."),
            ("Sahel Observer", 1, "JNIM fighters opened fire on residents digging a trench on the edge of Barsalogho, killing at least 100 people, local sources said."),
            ("Government of Burkina Faso", 2, "On {d_mon}, terrorists attacked the population of Barsalogho who were carrying out protective works. The government offers its condolences to the families of the victims."),
        ]),
        C("drone", ERV, "2024-08-24", [
            ("Sahel Observer", 1, "The army said its drones struck a column of militants near Djibo, in the Sahel region, on {dow}, killing dozens of fighters."),
        ]),
    ],
    "eth-bahirdar-clash": [
        C("main", BAT, "2024-04-12", [
            ("Global Wire", 1, "ADDIS ABABA, {mon_abbr} (Global Wire) - Fano militiamen and Ethiopian federal troops fought on the outskirts of Bahir Dar, the capital of the Amhara region, on {dow}, residents said."),
            ("Amhara Dispatch", 0, "Gunfire and heavy weapons were heard for hours today on the northern edge of Bahir Dar as Fano fighters clashed with the Ethiopian National Defence Force."),
            ("Ethiopian National Defense Force", 1, "On {d_mon}, the defence forces repulsed an extremist armed group that tried to infiltrate Bahir Dar, inflicting heavy losses."),
        ]),
        C("drone", ERV, "2024-04-12", [
            ("Amhara Dispatch", 0, "Separately, a drone strike hit a minibus near Finote Selam, also in Amhara, on {dow}, killing eight passengers, witnesses said."),
        ]),
    ],
    "hti-cabaret-massacre": [
        C("main", VAC, "2024-10-03", [
            ("Global Wire", 1, "PORT-AU-PRINCE, {mon_abbr} (Global Wire) - Gang members armed with automatic rifles killed at least 20 people in the town of Cabaret, north of the Haitian capital, on {dow}, a human rights group said."),
            ("Haiti Libre Express", 0, "Bandits of the Canaan gang raided Cabaret today, shooting residents and setting homes on fire; at least 20 people were killed, according to local officials."),
            ("National Human Rights Defense Network", 2, "RNDDH condemns the massacre of {d_mon} in Cabaret, where gang members executed at least 20 people, including children."),
        ]),
        C("protest", PRO, "2024-10-03", [
            ("Haiti Libre Express", 0, "In Port-au-Prince, hundreds of people demonstrated on {dow} to demand security, blocking roads with burning tyres."),
        ]),
    ],
    "ukr-pokrovsk-front": [
        C("main", BAT, "2024-11-20", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - Russian forces attacked Ukrainian positions near Pokrovsk in the Donetsk region 37 times on {dow}, Ukraine's General Staff said, calling it the hottest sector of the front."),
            ("Military Bulletin", 0, "Ukrainian defenders repelled 37 Russian assaults in the Pokrovsk direction today, near the villages of Myrolubivka and Promin, according to the General Staff."),
            ("Ministry of Defence of Russia", 1, "Units of the Centre group of forces defeated Ukrainian armed formations near Pokrovsk (Krasnoarmeysk) in the Donetsk People's Republic on {mon_d}."),
        ]),
        C("bomb", ERV, "2024-11-20", [
            ("Military Bulletin", 0, "A Russian glide bomb hit a residential area of Myrnohrad on {dow}, killing one man, the Donetsk regional governor said."),
        ]),
        C("otherfront", BAT, "2024-11-20", [
            ("Global Wire", 0, "Fighting also raged in the Toretsk area of the Donetsk region on {dow}, where Ukrainian troops repelled 12 Russian attacks, the General Staff said."),
        ]),
    ],
}


# Batch 3 (2026-11-26, dev only): the same incident typed differently by different outlets (shelling / clashes /
# drone attack; an attack on civilians / a strike that killed civilians), reports that name no place the gazetteer
# knows or only a country, and near-misses of every kind beside them (same place another day, another village the
# same day, the same place and day but another incident). All of it goes to dev (see main).
SCENARIOS_3 = {
    "sdn-sennar-drone": [
        C("main", ERV, "2024-11-02", [
            ("Global Wire", 1, "PORT SUDAN, {mon_abbr} (Global Wire) - Drones launched by the Rapid Support Forces hit the central market of Sennar city on {dow}, killing at least 14 people, a local medical group said."),
            ("Sennar Voice", 0, "RSF drones struck the Sennar market this afternoon while it was crowded with shoppers. Fourteen people were killed and more than thirty wounded."),
            ("Sudanese Armed Forces", 1, "The rebel militia targeted civilians in the market of Sennar with drones on {d_mon}, killing 14 innocent citizens."),
            ("Relief Bulletin", 3, "Hospitals in Sennar are short of blood after treating dozens of people wounded in the {dow} drone attack on the city market that killed 14."),
        ]),
        C("clash", BAT, "2024-11-02", [
            ("Sennar Voice", 0, "Also on {dow}, the army and RSF fighters clashed near Sinja, west of the Blue Nile, residents said."),
        ]),
        C("otherday", ERV, "2024-11-05", [
            ("Global Wire", 0, "PORT SUDAN, {mon_abbr} (Global Wire) - Another RSF drone attack hit Sennar on {dow}, damaging the power station; no casualties were reported."),
        ]),
    ],
    "mmr-kyauktaw-airstrike": [
        C("main", ERV, "2024-10-08", [
            ("Global Wire", 1, "BANGKOK, {mon_abbr} (Global Wire) - A Myanmar military air strike on a village in Rakhine state's Kyauktaw township killed at least 15 people on {dow}, the Arakan Army said."),
            ("Arakan Digest", 0, "A junta jet bombed Kan Htaunt Gyi village in Kyauktaw Township this morning. Fifteen villagers were killed, most of them women and children, residents told us."),
            ("Arakan Army", 1, "On {d_mon}, the terrorist military council's aircraft bombed a village in Kyauktaw Township, killing 15 civilians."),
        ]),
        C("clash", BAT, "2024-10-08", [
            ("Arakan Digest", 0, "Elsewhere in Rakhine, Arakan Army fighters clashed with junta troops near Ann on {dow}, an AA spokesman said."),
        ]),
        C("nextday", ERV, "2024-10-09", [
            ("Global Wire", 0, "BANGKOK, {mon_abbr} (Global Wire) - Military aircraft struck Kyauktaw township again on {dow}, a day after a deadly air raid there; two people were wounded."),
        ]),
    ],
    "mli-bamako-attack": [
        C("main", BAT, "2024-09-17", [
            ("Global Wire", 0, "BAMAKO, {mon_abbr} (Global Wire) - Jihadist gunmen attacked a gendarmerie training school and the military airport in Bamako early on {dow}, sparking hours of fighting with the army, the government said."),
            ("Sahel Watch", 0, "Heavy gunfire this morning in Bamako's Faladie district, where JNIM fighters stormed the gendarmerie school before soldiers counter-attacked."),
            ("Malian Armed Forces", 0, "In the early hours of {d_mon}, a terrorist group attempted to infiltrate the gendarmerie school in Faladie. The situation is under control and the attackers are being neutralised."),
            ("West Africa Weekly", 5, "Security sources put the toll of last week's jihadist assault on the Bamako gendarmerie school at more than 70 dead."),
        ]),
        C("otherday", PRO, "2024-09-19", [
            ("Sahel Watch", 0, "Hundreds of people rallied in Bamako on {dow} in support of the army, two days after the jihadist attack on the capital."),
        ]),
    ],
    "pse-nuseirat-strike": [
        C("main", ERV, "2024-06-06", [
            ("Global Wire", 0, "GAZA, {mon_abbr} (Global Wire) - An Israeli air strike on a UN school sheltering displaced families in Nuseirat, central Gaza, killed at least 33 people on {dow}, health officials said."),
            ("Gaza Health Ministry", 0, "33 martyrs and dozens of injured in the occupation's bombing of the UNRWA school in Nuseirat camp this morning."),
            ("Israel Defense Forces", 0, "IDF fighter jets conducted a precise strike on a Hamas compound embedded inside an UNRWA school in the Nuseirat area on {d_mon}."),
            ("Relief Bulletin", 2, "UNRWA said its school in Nuseirat, which was hit on {dow} in a strike that killed dozens, had been sheltering some 6,000 displaced people."),
        ]),
        C("raid", BAT, "2024-06-06", [
            ("Global Wire", 0, "Also on {dow}, Israeli troops battled Hamas fighters in the Shaboura area of Rafah, the armed wing of the group said."),
        ]),
        C("otherday", ERV, "2024-06-08", [
            ("Global Wire", 0, "GAZA, {mon_abbr} (Global Wire) - Israeli strikes pounded Nuseirat on {dow} during an operation to free four hostages; Gaza health officials said more than 200 people were killed."),
        ]),
    ],
    "ukr-zaporizhzhia-glidebomb": [
        C("main", ERV, "2024-11-07", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - Russian guided bombs hit an industrial site and apartment buildings in the city of Zaporizhzhia on {dow}, killing four people and wounding 35, the regional governor said."),
            ("Zaporizhzhia Online", 0, "Two KAB glide bombs struck the city this afternoon: four dead and 35 injured, among them children. A high-rise in the Shevchenkivskyi district was damaged."),
            ("State Emergency Service of Ukraine", 0, "On {d_mon}, the enemy attacked Zaporizhzhia with guided aerial bombs. 4 people were killed and 35 injured. Rescuers extinguished fires."),
        ]),
        C("village", ERV, "2024-11-07", [
            ("Zaporizhzhia Online", 0, "Russian drones also attacked Huliaipole on {dow}, damaging a hospital, the regional administration said."),
        ]),
        C("nextday", ERV, "2024-11-08", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - Russian drones struck Zaporizhzhia overnight into {dow}, wounding two people, a day after a deadly bomb strike on the city."),
        ]),
    ],
    "cod-lubero-attack": [
        C("main", VAC, "2024-06-07", [
            ("Global Wire", 1, "BENI, Democratic Republic of Congo, {mon_abbr} (Global Wire) - Suspected ADF rebels killed at least 41 villagers in attacks on Mayikengo and nearby hamlets in Lubero territory, North Kivu, on {dow}, local officials said."),
            ("Kivu Morning", 0, "ADF fighters armed with machetes and guns attacked Mayikengo village in Lubero overnight, killing 41 people and burning houses, civil society leaders said."),
            ("Armed Forces of the DRC", 1, "The ADF terrorists massacred 41 civilians at Mayikengo, in Lubero territory, on {d_mon}. Our forces are pursuing the attackers."),
        ]),
        C("battle", BAT, "2024-06-07", [
            ("Kivu Morning", 0, "Meanwhile, M23 rebels and pro-government Wazalendo militias fought near Kanyabayonga, also in Lubero territory, on {dow}, residents said."),
        ]),
        C("otherday", VAC, "2024-06-12", [
            ("Global Wire", 0, "BENI, Democratic Republic of Congo, {mon_abbr} (Global Wire) - ADF rebels killed nine people in Masala, in Beni territory, on {dow}, days after a massacre in neighbouring Lubero."),
        ]),
    ],
    "yem-marib-missile": [
        C("main", ERV, "2024-03-18", [
            ("Global Wire", 1, "ADEN, {mon_abbr} (Global Wire) - A Houthi ballistic missile hit a gathering in the city of Marib on {dow}, killing five people, Yemen's government said."),
            ("Yemen Monitor", 0, "Houthi militia fired a missile at a residential neighbourhood of Marib city tonight; five civilians were killed and eleven injured."),
            ("Saba Government Agency", 1, "The terrorist Houthi militia targeted civilians in Marib with a ballistic missile on {d_mon}, killing five of them."),
        ]),
        C("clash", BAT, "2024-03-18", [
            ("Yemen Monitor", 0, "Government forces and Houthi fighters clashed on the Raghwan front, north-west of Marib, on {dow}, military sources said."),
        ]),
        C("protest", PRO, "2024-03-19", [
            ("Yemen Monitor", 0, "Hundreds of people marched in Marib on {dow} to denounce the missile attack that killed five people the day before."),
        ]),
    ],
    "col-jamundi-attack": [
        C("main", ERV, "2024-06-04", [
            ("Global Wire", 1, "BOGOTA, {mon_abbr} (Global Wire) - FARC dissidents attacked a police station in Jamundi, in Valle del Cauca, with explosives and gunfire on {dow}, killing a police officer and wounding a civilian, authorities said."),
            ("Cali Diario", 0, "Explosive-laden drones and rifle fire hit the Potrerito police station in Jamundi this morning; one patrolman died and a passer-by was injured."),
            ("National Police of Colombia", 1, "On {d_mon}, criminal structures of the Jaime Martinez front attacked our station in Jamundi with explosives. One of our patrolmen lost his life."),
        ]),
        C("killing", VAC, "2024-06-04", [
            ("Cali Diario", 0, "In Buenaventura, gunmen shot dead a community leader outside his home on {dow}, police said."),
        ]),
        C("otherday", BAT, "2024-06-06", [
            ("Cali Diario", 0, "Soldiers and FARC dissidents exchanged fire in rural Jamundi on {dow}, two days after the attack on the Potrerito police station."),
        ]),
    ],
    "mex-culiacan-clash": [
        C("main", BAT, "2024-09-15", [
            ("Global Wire", 0, "MEXICO CITY, {mon_abbr} (Global Wire) - Rival factions of the Sinaloa cartel fought gun battles in Culiacan on {dow}, leaving at least six dead, state authorities said."),
            ("Sinaloa Noticias", 0, "Shootouts between armed groups in several neighbourhoods of Culiacan today left six people dead; schools were closed."),
            ("Sinaloa State Government", 1, "The security cabinet reports six people dead after confrontations between criminal cells in Culiacan on {d_mon}."),
        ]),
        C("otherday", BAT, "2024-09-17", [
            ("Sinaloa Noticias", 0, "Soldiers and gunmen exchanged fire in Culiacan's Tierra Blanca neighbourhood on {dow}; two attackers were killed."),
        ]),
        C("protest", PRO, "2024-09-15", [
            ("Sinaloa Noticias", 0, "Hundreds of residents marched in Culiacan on {dow} to demand peace."),
        ]),
    ],
    "pak-dikhan-checkpoint": [
        C("main", BAT, "2024-10-25", [
            ("Global Wire", 1, "PESHAWAR, Pakistan, {mon_abbr} (Global Wire) - Militants attacked a security checkpoint in Dera Ismail Khan district on {dow} night, killing 10 paramilitary soldiers in a gunfight that lasted hours, officials said."),
            ("Frontier Post Online", 0, "Ten Frontier Constabulary personnel were martyred when terrorists stormed a check post in Dera Ismail Khan last night; the attackers fled after an exchange of fire."),
            ("Inter-Services Public Relations", 1, "On {d_mon}, khwarij attacked a check post in Dera Ismail Khan district. Own troops effectively engaged the khwarij; ten soldiers embraced shahadat."),
        ]),
        C("village", ERV, "2024-10-25", [
            ("Frontier Post Online", 0, "Separately, a roadside bomb wounded two policemen in Tank district on {dow}, police said."),
        ]),
    ],
    "irq-sulaymaniyah-drone": [
        C("main", ERV, "2024-09-20", [
            ("Global Wire", 0, "ERBIL, Iraq, {mon_abbr} (Global Wire) - A drone strike hit a car near Sulaymaniyah on {dow}, killing three members of a Kurdish militia, the region's counter-terrorism service said, blaming Turkey."),
            ("Kurdistan 24 Hours", 0, "A Turkish drone targeted a vehicle on the Sulaymaniyah-Penjwen road this evening; three fighters of the PKK-linked group were killed."),
            ("Ministry of National Defence of Turkey", 1, "On {d_mon}, three PKK terrorists were neutralised in an air operation in the Sulaymaniyah region of northern Iraq."),
        ]),
        C("otheradmin", BAT, "2024-09-20", [
            ("Kurdistan 24 Hours", 0, "Turkish troops and PKK fighters clashed in the mountains of Duhok province on {dow}, local officials said."),
        ]),
        C("otherday", ERV, "2024-09-23", [
            ("Global Wire", 0, "ERBIL, Iraq, {mon_abbr} (Global Wire) - Another drone strike hit a house near Sulaymaniyah on {dow}, wounding two people, officials said."),
        ]),
    ],
    "bfa-mansila-attack": [
        C("main", BAT, "2024-06-11", [
            ("Global Wire", 2, "OUAGADOUGOU, {mon_abbr} (Global Wire) - Jihadist fighters attacked an army base in Mansila, in northern Burkina Faso near the border with Niger, on {dow}, killing dozens of soldiers, security sources said."),
            ("Sahel Security Brief", 1, "JNIM claimed an assault on the military detachment of Mansila, Yagha province, on {d_mon}, saying its fighters seized weapons and vehicles after hours of fighting."),
            ("Sahel Watch", 3, "The toll of the {dow} attack on the Mansila army post rose to more than 100 soldiers killed, according to two security sources, making it one of the deadliest this year."),
        ]),
        C("village", VAC, "2024-06-11", [
            ("Sahel Security Brief", 1, "On the same day, gunmen killed seven civilians in the village of Solenzo, in the west of the country, residents said."),
        ]),
    ],
}


# Batch 4 (2026-11-26, dev only): conflicts the earlier batches under-represent (India, the Philippines, Central
# African Republic, Chad, Libya, Kenya, Ecuador, Brazil, Benin, Iran, Thailand, Armenia) with the divergences that
# make outlets' reports of one incident look different: the type (an ambush / a gunfight / "militants killed
# villagers"; a roadside bomb / an attack on a patrol), the place's precision (a village or neighbourhood in one, the
# district, the province or only "the north of the country" in another), the date (overnight, "late on Sunday" in a
# Monday paper, "early on Thursday" for a Wednesday-night attack), actors named or not, differing tolls; and
# near-misses beside them (the same place another day, another town of the same province the same day, the same
# city the same day with other actors). All of it goes to dev (see main).
SCENARIOS_4 = {
    "ind-jiribam-gunfight": [
        C("main", BAT, "2024-11-11", [
            ("Global Wire", 0, "GUWAHATI, India, {mon_abbr} (Global Wire) - Indian security forces killed 10 suspected militants in a gunfight in Manipur's Jiribam district on {dow} after the gunmen attacked a police station and a paramilitary camp, police said."),
            ("Imphal Free Voice", 1, "Armed miscreants in combat fatigues opened fire at the Borobekra police station and the adjoining CRPF camp yesterday afternoon and torched several houses in the nearby market before CRPF personnel retaliated. Ten attackers were killed in the exchange of fire, which lasted nearly an hour."),
            ("Manipur Police", 1, "On {d_mon}, heavily armed militants attacked the Borobekra Police Station and CRPF post in Jiribam District. Security forces retaliated effectively and 10 militants were neutralised. 2 CRPF personnel sustained bullet injuries."),
            ("Indigenous Tribal Leaders' Forum", 1, "The Forum condemns the killing of 10 Kuki-Zo village volunteers by the CRPF at Borobekra, Jiribam, on {d_mon}, and rejects the claim that they were militants."),
            ("Northeast Monitor", 0, "BREAKING | Jiribam: 11 militants reportedly killed in encounter with CRPF after attack on Borobekra PS; houses set ablaze in Jakuradhor market. More soon."),
        ]),
        C("abduction", VAC, "2024-11-12", [
            ("Imphal Free Voice", 0, "Six residents of a relief camp in Jiribam, among them three children, were abducted by suspected militants on {dow}, a day after the gunfight at Borobekra, their relatives said."),
        ]),
        C("otherdistrict", BAT, "2024-11-11", [
            ("Imphal Free Voice", 1, "In Imphal East district, suspected militants fired from the hills at farmers working in paddy fields near Sanasabi village on {dow}; one woman was injured and security forces returned fire."),
        ]),
    ],
    "ind-bijapur-ied": [
        C("main", ERV, "2025-01-06", [
            ("Global Wire", 0, "RAIPUR, India, {mon_abbr} (Global Wire) - Maoist rebels blew up a vehicle carrying security personnel in Chhattisgarh's Bijapur district on {dow}, killing eight policemen and their civilian driver, police said."),
            ("Bastar Times", 0, "Nine killed as Naxals trigger a powerful IED under a DRG vehicle near Ambeli village in Kutru area this afternoon. The jawans were returning from an anti-Naxal operation in Abujhmarh."),
            ("Chhattisgarh Police", 1, "On {d_mon}, an IED planted by Maoists targeted a vehicle of the District Reserve Guard on the Kutru-Bedre road in Bijapur. Eight DRG jawans and one driver attained martyrdom."),
            ("Ministry of Home Affairs of India", 1, "The Union Home Minister paid tribute to the nine personnel killed in the cowardly attack by Naxalites in Bijapur, Chhattisgarh, and said the sacrifice would not go in vain."),
        ]),
        C("encounter", BAT, "2025-01-06", [
            ("Bastar Times", 0, "Meanwhile, in Sukma district, security forces killed two Maoists in an encounter in the forests near Chintagufa on {dow}, police said."),
        ]),
        C("otherday", BAT, "2025-01-09", [
            ("Global Wire", 0, "RAIPUR, India, {mon_abbr} (Global Wire) - Security forces and Maoist rebels exchanged fire in Bijapur district on {dow}, three days after a deadly bombing there; no casualties were reported."),
        ]),
    ],
    "phl-munai-ambush": [
        C("main", BAT, "2024-02-18", [
            ("Global Wire", 0, "MANILA, {mon_abbr} (Global Wire) - Suspected Islamic State-linked militants ambushed soldiers in the southern Philippine province of Lanao del Norte on {dow}, killing six of them, the military said."),
            ("Mindanao Courier", 1, "Six Army soldiers died when gunmen opened fire on them in Barangay Tamparan, Munai town, on {dow} afternoon. The troops were guarding a community development project."),
            ("Armed Forces of the Philippines", 1, "Troops of the 2nd Mechanized Infantry Battalion were attacked by members of the Dawlah Islamiyah-Maute Group in Munai, Lanao del Norte, on {d_mon}. Our soldiers engaged the attackers in a firefight. Six of our brave men were killed in action."),
            ("Conflict Monitor Asia", 3, "The {dow} ambush in Munai, which killed six soldiers, was the deadliest attack attributed to Dawlah Islamiyah remnants in Lanao this year."),
        ]),
        C("otherprovince", BAT, "2024-02-18", [
            ("Mindanao Courier", 1, "Also on {dow}, rival factions of the Moro Islamic Liberation Front exchanged gunfire in Datu Piang, Maguindanao del Sur, forcing dozens of families to flee."),
        ]),
        C("otherday", ERV, "2024-02-21", [
            ("Mindanao Courier", 0, "A homemade bomb exploded near a checkpoint in Munai on {dow}, three days after the ambush that killed six soldiers; no one was hurt."),
        ]),
    ],
    "caf-bossangoa-attack": [
        C("main", BAT, "2024-05-19", [
            ("Global Wire", 1, "BANGUI, {mon_abbr} (Global Wire) - Rebels attacked an army post near Bossangoa in northwestern Central African Republic on {dow}, killing three soldiers and four civilians, a local official said."),
            ("Radio Ndeke Centrafrique", 1, "Armed men of the CPC coalition attacked the FACA position at Benzambe, about forty kilometres from Bossangoa, on Sunday. Three soldiers and four villagers were killed and several houses burned."),
            ("MINUSCA", 2, "MINUSCA condemns the attack by armed elements on the village of Benzambe, Ouham prefecture, on {d_mon}, which cost the lives of at least four civilians, and has sent a patrol."),
            ("Ministry of Defence of the Central African Republic", 2, "On {d_mon}, our forces repelled an attack by CPC terrorists on their position at Benzambe. The enemy suffered heavy losses."),
        ]),
        C("otherplace", BAT, "2024-05-19", [
            ("Radio Ndeke Centrafrique", 1, "Also on {dow}, soldiers and 3R rebels clashed near Markounda, in Ouham, close to the border with Chad, local sources said."),
        ]),
        C("protest", PRO, "2024-05-21", [
            ("Radio Ndeke Centrafrique", 0, "Residents of Bossangoa marched to the prefecture on {dow} to demand protection after the deadly attack on Benzambe."),
        ]),
    ],
    "tcd-barkaram-attack": [
        C("main", BAT, "2024-10-27", [
            ("Global Wire", 1, "N'DJAMENA, {mon_abbr} (Global Wire) - Boko Haram fighters attacked a military base in Chad's Lake Chad region late on {dow}, killing about 40 soldiers, the presidency said."),
            ("Tchad Infos", 1, "Around 40 soldiers were killed last night in an attack by Boko Haram jihadists on the army base of Barkaram, on an island of Lake Chad, security sources told us."),
            ("Presidency of Chad", 1, "The President of the Republic went to Barkaram, in the Lac province, where the terrorists of Boko Haram attacked our defence and security forces on the evening of {d_mon}, and announced an operation to pursue the assailants."),
            ("Sahel Monitor", 4, "The attack on the Barkaram base, which killed some 40 Chadian soldiers last {dow}, was the deadliest on Chad's army in the Lake Chad basin since 2020."),
        ]),
        C("village", VAC, "2024-10-27", [
            ("Tchad Infos", 1, "Separately, on {dow}, suspected Boko Haram gunmen killed two fishermen near Ngouboua, also in the Lac province, residents said."),
        ]),
        C("offensive", BAT, "2024-11-02", [
            ("Global Wire", 0, "N'DJAMENA, {mon_abbr} (Global Wire) - Chad's army said on {dow} it had killed dozens of Boko Haram fighters on islands of Lake Chad in an offensive launched after last week's attack on the Barkaram base."),
        ]),
    ],
    "lby-tripoli-clash": [
        C("main", BAT, "2025-05-12", [
            ("Global Wire", 1, "TRIPOLI, {mon_abbr} (Global Wire) - Heavy fighting erupted in the Libyan capital late on {dow} after the killing of the head of a powerful armed group, with gunfire and explosions heard across Tripoli, residents said."),
            ("Libya Observer Daily", 1, "Armed clashes broke out last night in the Abu Salim district between the 444 Brigade and the Stability Support Apparatus after SSA commander Abdulghani al-Kikli was killed inside a military camp."),
            ("Ministry of Health of Libya", 2, "Emergency teams recovered six bodies in Abu Salim after the armed confrontations of {d_mon} and evacuated the wounded to Tripoli hospitals."),
            ("UNSMIL", 1, "UNSMIL is deeply concerned by the violent clashes with heavy weapons in densely populated neighbourhoods of Tripoli and calls on all parties to cease fire immediately."),
            ("Libya Live Channel", 0, "URGENT - Tripoli: intense gunfire and explosions in Abu Salim now, roads to Salah al-Din closed; reports of Ghaniwa killed at the Takbali camp."),
        ]),
        C("protest", PRO, "2025-05-16", [
            ("Global Wire", 0, "TRIPOLI, {mon_abbr} (Global Wire) - Thousands of protesters gathered in Martyrs' Square in Tripoli on {dow} to demand the resignation of the government after days of fighting in the capital."),
        ]),
        C("zawiya", BAT, "2025-05-12", [
            ("Libya Observer Daily", 1, "In Zawiya, west of the capital, rival armed groups also exchanged fire near the refinery on {dow}, residents said; no casualties were reported."),
        ]),
    ],
    "ken-mandera-ied": [
        C("main", ERV, "2024-06-25", [
            ("Global Wire", 1, "NAIROBI, {mon_abbr} (Global Wire) - A roadside bomb hit a police vehicle in northeastern Kenya near the border with Somalia on {dow}, killing five officers, police said, blaming al Shabaab."),
            ("Nation Northeast", 0, "Five police reservists were killed this morning when their Land Cruiser ran over an improvised explosive device between Elwak and Kotulo in Mandera County."),
            ("National Police Service of Kenya", 1, "Our officers on patrol along the El Wak-Kotulo road in Mandera were attacked by suspected al-Shabaab militants using an IED and gunfire on {d_mon}. Five officers lost their lives."),
            ("Horn Security Tracker", 2, "Al-Shabaab claimed the {dow} IED attack on a Kenyan police convoy in Mandera county, saying it killed seven officers."),
        ]),
        C("otherday", BAT, "2024-06-27", [
            ("Nation Northeast", 0, "Police repelled an attack on the Elwak police post in Mandera on {dow} night, two days after five officers were killed by a roadside bomb in the area."),
        ]),
        C("othercounty", VAC, "2024-06-25", [
            ("Nation Northeast", 0, "Also on {dow}, suspected militants shot dead two quarry workers near Wajir town, police said."),
        ]),
    ],
    "ecu-guayaquil-massacre": [
        C("main", VAC, "2025-03-06", [
            ("Global Wire", 1, "QUITO, {mon_abbr} (Global Wire) - Gunmen killed 22 people in a poor neighbourhood of Ecuador's port city of Guayaquil on {dow}, police said, one of the deadliest attacks of the country's gang war."),
            ("Diario del Puerto", 0, "Massacre in Socio Vivienda: hooded men burst into a house and opened fire on the people inside and in the street tonight. Witnesses counted at least twenty bodies."),
            ("National Police of Ecuador", 1, "An armed confrontation between members of the Los Tiguerones and Los Choneros criminal groups in the Socio Vivienda sector of Guayaquil on {d_mon} left 22 people dead. 25 suspects have been arrested."),
            ("Ecuador Human Rights Observatory", 3, "The killing of 22 people in Socio Vivienda, Guayaquil, on {d_mon}, including minors, shows that the state has lost control of entire neighbourhoods."),
        ]),
        C("duran", VAC, "2025-03-06", [
            ("Diario del Puerto", 0, "Also tonight, gunmen killed three men at a car wash in Duran, across the river from Guayaquil."),
        ]),
        C("guasmo", BAT, "2025-03-06", [
            ("Diario del Puerto", 0, "Earlier on {dow}, soldiers and suspected members of Los Lobos exchanged fire in the Guasmo sector of southern Guayaquil; one suspect died."),
        ]),
        C("nextday", BAT, "2025-03-07", [
            ("Global Wire", 0, "QUITO, {mon_abbr} (Global Wire) - Police killed two suspected gang members in a shootout in Guayaquil's Socio Vivienda on {dow}, a day after 22 people were massacred there."),
        ]),
    ],
    "bra-mare-operation": [
        C("main", BAT, "2024-10-24", [
            ("Global Wire", 0, "RIO DE JANEIRO, {mon_abbr} (Global Wire) - A police operation against drug traffickers in Rio de Janeiro's Mare favela complex on {dow} left 10 people dead after hours of shootouts, state authorities said."),
            ("Rio Comunidade", 0, "Residents of Complexo da Mare woke up to gunfire: armoured vehicles and helicopters entered Nova Holanda and Parque Uniao this morning. Ten people died, according to residents' associations."),
            ("Military Police of Rio de Janeiro", 0, "Military Police teams were attacked by criminals while carrying out an operation against the Comando Vermelho in the Mare complex on {d_mon}. Ten suspects were neutralised and rifles seized."),
            ("Favela Rights Network", 2, "We denounce the killing of ten people by the police in the Mare on {dow}, among them a 17-year-old student."),
        ]),
        C("niteroi", BAT, "2024-10-24", [
            ("Rio Comunidade", 0, "Also on {dow}, police and drug traffickers exchanged fire in the Morro do Estado in Niteroi, across Guanabara Bay; one officer was wounded."),
        ]),
        C("protest", PRO, "2024-10-25", [
            ("Rio Comunidade", 0, "Residents of the Mare blocked Avenida Brasil on {dow} to protest against the police operation that left ten dead the day before."),
        ]),
    ],
    "ben-pointtriple-attack": [
        C("main", BAT, "2025-01-08", [
            ("Global Wire", 1, "COTONOU, {mon_abbr} (Global Wire) - Jihadist fighters attacked a military position in northern Benin near the borders with Niger and Burkina Faso on {dow}, killing 28 soldiers, the army said."),
            ("Government of Benin", 2, "On {d_mon}, our forces deployed at Point Triple, in the Alibori department, were the target of a terrorist attack. Twenty-eight soldiers fell; forty attackers were neutralised."),
            ("Sahel Jihad Watch", 1, "JNIM claims attack on Benin army base at Point Triple in Park W on {d_mon}, says 30 soldiers killed and weapons seized."),
            ("La Nouvelle Tribune du Nord", 1, "Heavy losses for the army in Park W: around thirty soldiers killed in yesterday's assault on the Point Triple position, according to military sources."),
        ]),
        C("otherday", BAT, "2025-01-19", [
            ("Global Wire", 0, "COTONOU, {mon_abbr} (Global Wire) - Benin's army said on {dow} it had repelled an attack on a post in Park W near Point Triple, eleven days after 28 soldiers were killed in the area."),
        ]),
        C("village", VAC, "2025-01-08", [
            ("La Nouvelle Tribune du Nord", 1, "On the same {dow}, gunmen killed a farmer and stole cattle near Karimama, also in Alibori, villagers said."),
        ]),
    ],
    "irn-rask-attack": [
        C("main", BAT, "2024-04-03", [
            ("Global Wire", 1, "DUBAI, {mon_abbr} (Global Wire) - Militants attacked Revolutionary Guards headquarters and police stations in southeastern Iran overnight, sparking clashes in which 11 members of the security forces and 16 attackers were killed, state media reported on {next_dow}."),
            ("Islamic Republic News Agency", 1, "Terrorists of the Jaish al-Zolm group attacked the IRGC headquarters in Rask and a police station in Chabahar early on {next_dow}. Security forces confronted them; 16 terrorists were killed."),
            ("Haalvsh", 0, "Jaish al-Adl fighters stormed the Revolutionary Guards base in Rask and the police command in Chabahar tonight; heavy fighting is continuing, residents say."),
            ("Ministry of Interior of Iran", 1, "The Deputy Interior Minister said 10 members of the police and border guards and one IRGC member were martyred in the terrorist attacks on Rask and Chabahar in Sistan and Baluchestan province."),
        ]),
        C("saravan", BAT, "2024-04-03", [
            ("Haalvsh", 0, "Separately, on {dow}, border guards clashed with armed fuel carriers near Saravan; one carrier was killed, residents said."),
        ]),
        C("zahedan", VAC, "2024-04-06", [
            ("Global Wire", 0, "DUBAI, {mon_abbr} (Global Wire) - Gunmen shot dead two police officers in Zahedan, the capital of Sistan and Baluchestan province, on {dow}, days after deadly attacks on security bases in Rask and Chabahar."),
        ]),
    ],
    "tha-rueso-bomb": [
        C("main", ERV, "2024-03-26", [
            ("Global Wire", 0, "BANGKOK, {mon_abbr} (Global Wire) - A roadside bomb wounded four rangers in Thailand's southern Narathiwat province on {dow}, police said, blaming separatist insurgents."),
            ("Deep South News", 0, "Insurgents detonated a bomb as a paramilitary ranger patrol passed on a rural road in Rueso district this morning, then fired at the rangers from a rubber plantation. Four rangers were wounded."),
            ("Internal Security Operations Command Region 4", 1, "On {d_mon}, a ranger unit was attacked with an improvised explosive device and gunfire in Ruso district, Narathiwat. Four personnel were injured and are in stable condition."),
        ]),
        C("yala", VAC, "2024-03-26", [
            ("Deep South News", 0, "Also on {dow}, gunmen on a motorcycle shot dead a village headman in Bannang Sata district, Yala, police said."),
        ]),
        C("otherday", ERV, "2024-03-28", [
            ("Deep South News", 0, "A pipe bomb exploded near a checkpoint in Rueso on {dow}, two days after a roadside bomb wounded four rangers in the district; nobody was hurt."),
        ]),
    ],
    "arm-jermuk-shelling": [
        C("main", ERV, "2022-09-13", [
            ("Global Wire", 0, "YEREVAN, {mon_abbr} (Global Wire) - Azerbaijani forces shelled the Armenian spa town of Jermuk and nearby military positions early on {dow}, Armenia's defence ministry said, in the worst fighting between the neighbours since 2020."),
            ("Ministry of Defence of Armenia", 0, "At 00:05 on {d_mon}, the armed forces of Azerbaijan opened intensive fire with artillery and large-calibre weapons at Armenian positions in the direction of Jermuk. Drones were also used."),
            ("Ministry of Defence of Azerbaijan", 0, "On the night of {d_mon}, units of the Armenian armed forces carried out large-scale provocations near the state border. Our units took adequate retaliatory measures."),
            ("Caucasus Conflict Monitor", 1, "Overnight shelling hit Jermuk, in Armenia's Vayots Dzor province, on {d_mon}, damaging a hotel and forcing residents into shelters; both sides reported dozens of soldiers killed."),
        ]),
        C("nextday", ERV, "2022-09-14", [
            ("Global Wire", 0, "YEREVAN, {mon_abbr} (Global Wire) - Shelling of Jermuk resumed on {dow}, a day after the worst border fighting in two years, Armenia said; Azerbaijan accused Armenian forces of firing first."),
        ]),
        C("vardenis", ERV, "2022-09-13", [
            ("Caucasus Conflict Monitor", 1, "Azerbaijani drones also struck a military post near Vardenis, in Gegharkunik province, on {dow}, Armenian officials said."),
        ]),
    ],
}


# Batch 5 (2026-11-27): conflicts and outlet styles the earlier batches lack (Uganda, Indonesia's Papua, Türkiye,
# Bangladesh, Peru, Kyrgyzstan, Papua New Guinea, Senegal, Egypt's Sinai, Georgia, Togo, Ghana) told in styles they
# lack too: a live blog's timestamped line, a translated state-agency dispatch, a police blotter, a headline alone, a
# radio bulletin's transcript, an armed group's claim with its own toll, an embassy security alert, a humanitarian
# flash update; and their near-misses (the same town the next day, another town of the same region the same day, the
# same city the same day with another type). Written before any code ran on it; split on its own by the SHA-1 rule
# like batches 1 and 2 (see main), so some of it is test.
SCENARIOS_5 = {
    "uga-bwera-attack": [
        C("main", VAC, "2024-06-08", [
            ("Global Wire", 0, "KAMPALA, {mon_abbr} (Global Wire) - Suspected Allied Democratic Forces rebels killed nine civilians with machetes and guns in a night raid on a village near Bwera, on Uganda's border with Congo, the army said on {dow}."),
            ("Rwenzori Voice", 0, "LIVE 09:42 - Bwera: residents count nine bodies after ADF attackers hacked and shot villagers overnight in Kanyatsi cell, near the border crossing. Houses looted and burnt. UPDF pursuing the attackers towards the Congo border."),
            ("Uganda People's Defence Forces", 1, "On the night of {d_mon}, ADF terrorists attacked civilians in Kanyatsi, Bwera Town Council, Kasese District, killing nine. The UPDF responded and is pursuing the attackers, who fled into the DRC."),
            ("Uganda Red Cross Society", 2, "Flash update: following the attack of {d_mon} in Bwera, Kasese, our volunteers supported the burial of 9 victims and gave first aid to 4 injured persons. 60 households were displaced to Mpondwe."),
        ]),
        C("hima", BAT, "2024-06-08", [
            ("Rwenzori Voice", 0, "Separately, soldiers exchanged fire with suspected rebels in a forest near Hima, also in Kasese District, on {dow}; the army said two attackers were killed."),
        ]),
        C("otherday", VAC, "2024-06-12", [
            ("Rwenzori Voice", 0, "Gunmen shot dead a boda boda rider on the Bwera-Mpondwe road on {dow} night, four days after the massacre in Kanyatsi, police said."),
        ]),
    ],
    "idn-sugapa-shooting": [
        C("main", BAT, "2024-04-13", [
            ("Global Wire", 0, "JAKARTA, {mon_abbr} (Global Wire) - Separatist rebels shot dead two Indonesian soldiers in Intan Jaya regency in the restive Papua region on {dow}, the military said."),
            ("Archipelago News Agency", 1, "JAYAPURA, {d_mon} -- Two members of the TNI were killed in a firefight with an armed criminal group in Sugapa district, Intan Jaya, Central Papua province, on Saturday, according to the regional military command."),
            ("West Papua National Liberation Army", 0, "TPNPB Kodap VIII Intan Jaya takes responsibility for the attack on the Indonesian military post in Sugapa today. Our troops killed three soldiers and seized one weapon. We will continue the war until Papua is free."),
            ("Papua Post", 2, "The bodies of the two soldiers killed in the Sugapa shootout on {dow} were flown from Intan Jaya to Timika on Monday, as residents of nearby villages fled to the church compound fearing reprisals."),
        ]),
        C("nextday", VAC, "2024-04-14", [
            ("Papua Post", 0, "A motorcycle-taxi driver was shot dead in Sugapa, Intan Jaya, on {dow}, a day after the deadly firefight in the district; police blamed the armed group."),
        ]),
        C("ilaga", VAC, "2024-04-13", [
            ("Papua Post", 1, "Also on {dow}, gunmen set fire to a school and a health post in Ilaga, Puncak regency, Central Papua, and shot a teacher in the leg, police said."),
        ]),
    ],
    "tur-kahramankazan-attack": [
        C("main", VAC, "2024-10-23", [
            ("Global Wire", 0, "ANKARA, {mon_abbr} (Global Wire) - Two assailants armed with rifles and explosives attacked the headquarters of Turkish Aerospace Industries near Ankara on {dow}, killing five people and wounding 22 before they were killed, the interior minister said."),
            ("Anatolian Broadcast", 0, "14:35 - BREAKING: Explosion and gunfire at TUSAŞ facilities in Kahramankazan, Ankara. Security forces at the scene. Casualties reported."),
            ("Ministry of Interior of Turkey", 0, "A terrorist attack was carried out today against TUSAŞ in Kahramankazan district of Ankara. Unfortunately we have 5 martyrs and 22 wounded. The two terrorists were neutralised. The attackers are believed to be members of the PKK."),
            ("Security Alert Service", 0, "Security alert - U.S. Embassy Ankara: Reports of an explosion and shooting at the Turkish Aerospace Industries complex in Kahramankazan. Avoid the area and monitor local media."),
            ("Evening Dispatch", 3, "Turkey carried out air strikes on Kurdish militant targets in Iraq and Syria after last week's attack on an aerospace company outside Ankara that killed five people, among them a taxi driver."),
        ]),
        C("arrests", "Strategic developments", "2024-10-24", [
            ("Anatolian Broadcast", 0, "Police detained 18 people in raids across Ankara on {dow} in connection with the attack on the aerospace company, prosecutors said."),
        ]),
    ],
    "bgd-jatrabari-clash": [
        C("main", RIO, "2024-07-18", [
            ("Global Wire", 0, "DHAKA, {mon_abbr} (Global Wire) - At least 19 people were killed in Bangladesh's capital on {dow} as students protesting job quotas fought police and ruling-party activists with sticks and stones, and police fired rubber bullets and tear gas, hospital officials said."),
            ("Dhaka Daily Observer", 1, "Jatrabari turned into a battlefield yesterday as quota reform protesters blocked the Dhaka-Chattogram highway and clashed with police and Chhatra League activists for hours. Eleven bodies were brought to Dhaka Medical College Hospital from the Jatrabari and Shanir Akhra area."),
            ("Dhaka Metropolitan Police", 1, "On {d_mon}, miscreants in the guise of students vandalised and set fire to the Jatrabari police box and several vehicles. Police used minimum force to disperse them. Several policemen were injured."),
            ("Ain o Salish Kendra", 2, "ASK is gravely concerned at the killing of protesters in the capital's Jatrabari, Uttara and Rampura areas on {d_mon} and demands an independent investigation into the use of live ammunition by law enforcers."),
        ]),
        C("shahbagh", PRO, "2024-07-18", [
            ("Dhaka Daily Observer", 1, "Hundreds of teachers and cultural activists formed a human chain at Shahbagh on {dow} in solidarity with the students, and dispersed peacefully by evening."),
        ]),
        C("chattogram", RIO, "2024-07-18", [
            ("Global Wire", 0, "In the port city of Chattogram, protesters and ruling-party activists fought with sticks near the Muradpur junction on {dow}, and two people were killed, police said."),
        ]),
    ],
    "per-juliaca-clash": [
        C("main", PRO, "2023-01-09", [
            ("Global Wire", 0, "LIMA, {mon_abbr} (Global Wire) - Seventeen people were killed in clashes between police and protesters who tried to storm the airport in the southern Peruvian city of Juliaca on {dow}, the ombudsman's office said."),
            ("Radio Altiplano", 0, "Transcript, 8 p.m. bulletin: 'Good evening. The toll in Juliaca has risen to seventeen dead. Demonstrators demanding the president's resignation marched on the Inca Manco Capac airport this afternoon and the police responded with gunfire, witnesses say.'"),
            ("Defensoría del Pueblo", 0, "We regret the death of 17 civilians in Juliaca, Puno, during the protests of today. We call on the police to use force in line with the law and on the demonstrators to protest peacefully."),
            ("Andean Report", 1, "The deadliest day of the unrest: in Juliaca, 17 protesters and a bystander were shot dead on Monday near the airport, according to the health ministry; 68 were wounded."),
        ]),
        C("police", VAC, "2023-01-10", [
            ("Radio Altiplano", 0, "A police officer was burned to death inside his patrol car by a mob in Juliaca early on {dow}, the day after the deadly clashes at the airport, the interior ministry said."),
        ]),
        C("lima", PRO, "2023-01-09", [
            ("Andean Report", 1, "In Lima, several thousand people marched peacefully to the Congress building on {dow} evening to demand early elections."),
        ]),
    ],
    "kgz-koktash-clash": [
        C("main", BAT, "2022-09-14", [
            ("Global Wire", 0, "BISHKEK, {mon_abbr} (Global Wire) - Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Kyrgyzstan's Batken region on {dow}, leaving one Kyrgyz border guard dead and several wounded on both sides, Kyrgyz officials said."),
            ("Border Service of Kyrgyzstan", 0, "On {d_mon}, at about 09:00, Tajik servicemen opened fire on a Kyrgyz border post near the Kok-Tash village, Leilek district, Batken region. One of our servicemen died. Our guards returned fire."),
            ("Central Asia Bulletin", 1, "Fighting broke out on Wednesday on an unmarked stretch of the Kyrgyz-Tajik border in the Batken region, where each side accused the other of occupying positions; one Kyrgyz guard was killed."),
        ]),
        C("nextday", ERV, "2022-09-15", [
            ("Global Wire", 0, "BISHKEK, {mon_abbr} (Global Wire) - Tajik forces shelled the town of Batken and its airport with mortars on {dow}, a day after border guards of the two countries clashed, Kyrgyz officials said."),
        ]),
    ],
    "png-wapenamanda-ambush": [
        C("main", BAT, "2024-02-18", [
            ("Global Wire", 1, "PORT MORESBY, {mon_abbr} (Global Wire) - At least 26 men were killed in an ambush between warring clans in Papua New Guinea's Enga province on {dow}, police said, in one of the deadliest outbreaks of tribal fighting in the highlands."),
            ("Highlands Courier", 1, "The bodies of 53 tribesmen were recovered along the road and in the bush near Akom village in Wapenamanda district after a surprise ambush by an alliance of clans on Sunday, police said. The toll may rise."),
            ("Royal Papua New Guinea Constabulary", 2, "Police have confirmed 64 deaths following the tribal fight at Akom, Wapenamanda, Enga Province, on {d_mon}. Additional personnel have been deployed to the province."),
            ("United Nations in Papua New Guinea", 3, "The UN is deeply concerned by the killing of dozens of people in Enga Province on {d_mon} and calls on all parties to respect human life and on the authorities to bring those responsible to justice."),
        ]),
        C("wabag", BAT, "2024-02-22", [
            ("Highlands Courier", 0, "Fresh fighting between clans broke out near Wabag, the Enga provincial capital, on {dow}, four days after the Wapenamanda massacre; three men were killed and houses burnt, police said."),
        ]),
    ],
    "sen-dakar-riot": [
        C("main", RIO, "2023-06-01", [
            ("Global Wire", 0, "DAKAR, {mon_abbr} (Global Wire) - Nine people were killed in Senegal on {dow} as supporters of opposition leader Ousmane Sonko clashed with police in Dakar and other cities after he was sentenced to two years in prison, the government said."),
            ("Le Quotidien de Dakar", 1, "Dakar s'est embrasée hier soir: young people burned tyres and buses and threw stones at police on the Avenue Cheikh Anta Diop and in Colobane and Ngor; police responded with tear gas. Several shops were looted."),
            ("Government of Senegal", 1, "The Government deplores the death of 9 persons during the violent demonstrations of {d_mon}, notably in Dakar and Ziguinchor. Access to some social media has been restricted to stop the spread of hateful messages."),
        ]),
        C("ziguinchor", RIO, "2023-06-01", [
            ("Le Quotidien de Dakar", 1, "In Ziguinchor, in the south, protesters fought police for hours on {dow} and looted a petrol station; two young men were killed, hospital sources said."),
        ]),
        C("nextday", RIO, "2023-06-02", [
            ("Global Wire", 0, "DAKAR, {mon_abbr} (Global Wire) - Clashes resumed in Dakar's Pikine suburb on {dow}, a day after nine people were killed in riots across the country; police fired tear gas at youths who had set up barricades."),
        ]),
    ],
    "egy-arish-checkpoint": [
        C("main", BAT, "2022-05-07", [
            ("Global Wire", 0, "CAIRO, {mon_abbr} (Global Wire) - Militants attacked a water pumping station east of the Suez Canal on {dow}, killing an officer and 10 soldiers in one of the deadliest attacks in the Sinai Peninsula in years, the Egyptian army said."),
            ("Egyptian Armed Forces Spokesman", 0, "A group of takfiri elements attacked a water lifting station in west Sinai today. An officer and ten soldiers were martyred and five were injured during the clash. Our forces are pursuing the terrorist elements."),
            ("Islamic State", 1, "Soldiers of the caliphate attacked a position of the apostate Egyptian army in Sinai on {d_mon} and killed and wounded more than 15 of its members, praise be to God. (Claim circulated by Amaq.)"),
            ("Sinai Monitor", 1, "Residents say the gunmen who attacked the water station near Qantara East on Saturday came in four-wheel-drive vehicles and fought the troops for more than an hour before fleeing towards Bir al-Abd."),
        ]),
        C("rafah", ERV, "2022-05-07", [
            ("Sinai Monitor", 1, "Separately, a roadside bomb wounded three soldiers south of Rafah in North Sinai on {dow}, medical sources said."),
        ]),
        C("otherday", BAT, "2022-05-11", [
            ("Global Wire", 0, "CAIRO, {mon_abbr} (Global Wire) - Militants attacked an army checkpoint in western Sinai on {dow}, killing five soldiers, four days after the attack on the water station, the army said."),
        ]),
    ],
    "geo-tbilisi-protest": [
        C("main", PRO, "2024-11-29", [
            ("Global Wire", 1, "TBILISI, {mon_abbr} (Global Wire) - Georgian riot police used water cannon and tear gas to disperse thousands of protesters outside parliament in Tbilisi overnight, after the government suspended talks on joining the European Union."),
            ("Tbilisi Live", 0, "23:50 | Rustaveli Avenue: special forces are pushing protesters back from the parliament building with water cannon and pepper spray. Dozens detained. Protesters are throwing fireworks at the police line."),
            ("Ministry of Internal Affairs of Georgia", 1, "During the illegal action held on Rustaveli Avenue on {d_mon}, participants attacked law enforcement officers with pyrotechnics and stones. 43 persons were detained; 32 police officers were injured."),
            ("Public Defender of Georgia", 1, "The Public Defender condemns the disproportionate use of force against peaceful demonstrators and journalists at the rally in front of the Parliament on the night of {d_mon}."),
        ]),
        C("batumi", PRO, "2024-11-29", [
            ("Tbilisi Live", 1, "In Batumi, several hundred people rallied peacefully outside the Adjara government building on {dow} evening against the suspension of EU talks."),
        ]),
        C("nextnight", PRO, "2024-11-30", [
            ("Global Wire", 1, "TBILISI, {mon_abbr} (Global Wire) - Police dispersed protesters outside parliament for a second night on {dow} with water cannon; the interior ministry said 107 people were detained."),
        ]),
    ],
    "tgo-kpinkankandi-attack": [
        C("main", BAT, "2024-07-20", [
            ("Global Wire", 2, "LOME, {mon_abbr} (Global Wire) - Jihadist militants attacked a military post in Togo's far north on {dow}, killing about a dozen soldiers, security sources said, in one of the deadliest attacks on Togolese forces."),
            ("Government of Togo", 3, "The Government informs the public that on {d_mon}, a position of the defence and security forces at Kpinkankandi, in the Kpendjal prefecture, was attacked by terrorists. Seven soldiers lost their lives and several assailants were neutralised."),
            ("Jama'at Nusrat al-Islam wal-Muslimin", 1, "With the grace of God, the mujahideen stormed the barracks of the Togolese army at Kpinkankandi on {d_mon} and killed more than 40 soldiers and seized weapons and vehicles."),
            ("Sahel Security Monitor", 2, "Togo/Savanes: JNIM attack on the army post at Kpinkankandi (Kpendjal) on 20/07; official toll 7 soldiers killed, local sources 12, the group claims 40+. Heaviest attack in Togo since 2022."),
        ]),
        C("dapaong", ERV, "2024-07-22", [
            ("Sahel Security Monitor", 0, "Togo/Savanes: IED struck an army vehicle on the road north of Dapaong on {dow}, two days after the Kpinkankandi attack; two soldiers wounded."),
        ]),
    ],
    "gha-bawku-shooting": [
        C("main", VAC, "2025-03-15", [
            ("Global Wire", 0, "ACCRA, {mon_abbr} (Global Wire) - Gunmen shot dead five people at a market in the northern Ghanaian town of Bawku on {dow}, police said, as a decades-old chieftaincy dispute flared again."),
            ("Upper East FM", 0, "Gunshots rang out at the Bawku central market this afternoon. Our correspondent counted five bodies, among them a tomato seller, and at least three wounded were taken to the Presbyterian hospital."),
            ("Ghana Police Service", 1, "On {d_mon}, at about 14:00 hours, unknown gunmen opened fire at the Bawku central market, killing five persons. A joint police-military team has been deployed and investigations are ongoing."),
        ]),
        C("curfew", "Strategic developments", "2025-03-16", [
            ("Upper East FM", 0, "The interior minister on {dow} extended the curfew in Bawku and its environs to 14 hours a day following the killings at the market."),
        ]),
        C("nextday", VAC, "2025-03-16", [
            ("Upper East FM", 0, "Two motor riders were shot dead on the Bawku-Pusiga road on {dow}, a day after the market killings, police said."),
        ]),
    ],
}


# Batch 6 (2026-11-27): conflicts the earlier batches lack (Russia's North Caucasus, Burundi, Mozambique's
# post-election unrest, Chile's Araucanía, Oman, Jordan, Venezuela, Guinea, Honduras, Tunisia, Sierra Leone, the
# Solomon Islands, New Caledonia) in outlet styles they lack (a correction notice, a prosecutor's statement, a
# hospital's statement, a weekly round-up line, a mayor's social-media post, a translated French-language agency
# dispatch, a presidential post, an opposition platform's tally, a rebel group's denial) and reports that give no
# town at all ("in Dagestan", "in the north-east of the country", "the capital"); with the near-misses that cause
# false merges: the same place another day, a neighbouring town the same day, the same actors in another incident
# the same day, and a follow-up days later that revises the toll (which is the same event). Written before any code
# ran on it; split on its own by the SHA-1 rule like batches 1, 2 and 5 (see main), so some of it is test.
SCENARIOS_6 = {
    "rus-derbent-attack": [
        C("main", VAC, "2024-06-23", [
            ("Global Wire", 0, "MOSCOW, {mon_abbr} (Global Wire) - Gunmen attacked an Orthodox church and a synagogue in the city of Derbent in Russia's Dagestan region on {dow} evening, killing a priest and a security guard, and set the synagogue on fire, officials said."),
            ("Caucasus Knot Daily", 0, "Derbent: armed men opened fire at the Church of the Intercession and at the Kele-Numaz synagogue at about 6 p.m. Father Mikhail, 66, had his throat cut; a guard was shot. The synagogue burnt down."),
            ("Investigative Committee of Russia", 1, "A criminal case on a terrorist act has been opened after the attacks of {d_mon} on religious buildings in Derbent, in which a clergyman and a private security guard were killed."),
            ("Evening Dispatch", 0, "Two places of worship were attacked in Dagestan tonight and a priest is among the dead, according to the region's head, who spoke of a coordinated attack by sleeper cells."),
            ("Regional Roundup", 6, "Week in review, North Caucasus: the attack on a church and a synagogue in Derbent last Sunday, in which two people were killed, has been claimed by no one; five attackers were named by investigators."),
        ]),
        C("makhachkala", BAT, "2024-06-23", [
            ("Global Wire", 0, "In Makhachkala, the regional capital, gunmen fired on a traffic police post on {dow} evening, killing several officers before they were shot dead in a gunfight that lasted into the night, officials said."),
            ("Caucasus Knot Daily", 1, "Fifteen police officers were killed in Makhachkala on {dow} when militants attacked a police post and fought security forces in the Separatorny area, the region's interior ministry said."),
        ]),
        C("nextday", STR, "2024-06-24", [
            ("Caucasus Knot Daily", 0, "Dagestan declared three days of mourning on {dow}, a day after the attacks in Derbent and Makhachkala; security forces detained the head of Sergokala district, whose sons were among the attackers."),
        ]),
    ],
    "bdi-gatumba-attack": [
        C("main", VAC, "2023-12-22", [
            ("Global Wire", 1, "BUJUMBURA, {mon_abbr} (Global Wire) - Gunmen killed 20 people, including 12 children, in an attack on the village of Vugizo near Gatumba on Burundi's border with Congo late on {dow}, the government said."),
            ("Agence Grands Lacs", 1, "(Translated from French) Bujumbura, {d_mon} - Twenty civilians, among them a pregnant woman and twelve minors, were killed on Friday evening at Vugizo, Gatumba zone, Mutimbuzi commune, Bujumbura province, by armed men who came from the DRC, the government spokesman said."),
            ("President of Burundi", 1, "I condemn the cowardly attack committed yesterday evening in Gatumba by the RED-Tabara terrorists against innocent people. They will not escape justice."),
            ("RED-Tabara", 2, "RED-Tabara attacked a border post of the Burundian army at Gatumba on {d_mon}, killing nine soldiers and a policeman. We deny any attack on civilians."),
        ]),
        C("rukoko", BAT, "2023-12-24", [
            ("Agence Grands Lacs", 0, "The army fought armed men in the Rukoko forest in Mutimbuzi commune on {dow}, two days after the Gatumba killings, and said it had killed four of them."),
        ]),
        C("cibitoke", VAC, "2023-12-22", [
            ("Global Wire", 2, "In Cibitoke province, in the north-west, gunmen shot dead two farmers in their fields in Buganda commune on {dow}, local officials said; it was not clear who they were."),
        ]),
    ],
    "moz-maputo-protest": [
        C("main", PRO, "2024-11-07", [
            ("Global Wire", 0, "MAPUTO, {mon_abbr} (Global Wire) - Police fired tear gas and live rounds at thousands of opposition supporters marching in central Maputo on {dow} to protest against the results of October's election, killing at least three people, rights groups said."),
            ("Plataforma Decide", 1, "Our monitors recorded 3 deaths and 66 people injured by gunfire in Maputo city during the march of {d_mon}, and 119 detentions. The police used lethal force against peaceful demonstrators."),
            ("Mozambique Republic Police", 1, "On {d_mon}, groups of demonstrators erected barricades and stoned police officers on the Avenida Eduardo Mondlane. The police restored order. 2 officers injured."),
            ("Lusophone Africa Weekly", 5, "Plataforma Decide now puts the toll of last week's Maputo march at five dead, after two men shot by police died in hospital; the government disputes the figure."),
        ]),
        C("matola", RIO, "2024-11-07", [
            ("Global Wire", 0, "In neighbouring Matola, protesters set fire to a police station and blocked the N4 motorway with burning tyres on {dow}, police said."),
        ]),
        C("nextday", PRO, "2024-11-08", [
            ("Plataforma Decide", 0, "Maputo, {d_mon}: hundreds gathered again in the Magoanine neighbourhood on {dow}, banging pots; police dispersed them with tear gas. No deaths recorded."),
        ]),
    ],
    "chl-tirua-arson": [
        C("main", STR, "2024-03-11", [
            ("Global Wire", 0, "SANTIAGO, {mon_abbr} (Global Wire) - Hooded attackers set fire to nine forestry trucks and a loader at a logging site in the southern Chilean commune of Tirúa on {dow}, police said; nobody was hurt."),
            ("Diario del Biobío", 0, "Ataque incendiario: nine trucks burnt at the Los Ríos estate in Tirúa early today. Pamphlets in the name of the Coordinadora Arauco-Malleco were left at the scene, Carabineros said."),
            ("Fiscalía Regional del Biobío", 1, "The Public Prosecutor's Office has opened an investigation into the arson of {d_mon} in Tirúa, in which nine trucks and heavy machinery belonging to a forestry contractor were destroyed."),
            ("Correction notice", 2, "Correction: an earlier version of our story on Monday's arson attack in Tirúa said eleven trucks were burnt. Police said nine trucks and a loader were destroyed."),
        ]),
        C("canete", STR, "2024-03-11", [
            ("Diario del Biobío", 0, "Also on {dow}, a farm house and a barn were burnt in Cañete, some 60 kilometres north; the owners escaped unhurt."),
        ]),
        C("otherday", STR, "2024-03-14", [
            ("Diario del Biobío", 0, "Another arson attack in Tirúa: two excavators were set alight at a roadworks camp on {dow} night, three days after nine forestry trucks were burnt in the commune."),
        ]),
    ],
    "omn-wadikabir-shooting": [
        C("main", VAC, "2024-07-15", [
            ("Global Wire", 1, "MUSCAT, {mon_abbr} (Global Wire) - Three gunmen opened fire on worshippers at a Shi'ite mosque in the Wadi Kabir area of Muscat late on {dow}, killing six people including a policeman, before being killed by security forces, Oman police said."),
            ("Royal Oman Police", 1, "Police dealt with a shooting incident near a mosque in Wadi Al Kabir on {d_mon}. Six people were killed, one of them a policeman, and 28 were injured. The three attackers were killed."),
            ("Khoula Hospital", 1, "Khoula Hospital received 28 injured from the Wadi Kabir incident, including members of the police and civil defence. Several remain in intensive care."),
            ("Gulf Times Digest", 2, "Islamic State has claimed the attack on a mosque in Oman's capital that killed six people, the group's first claimed attack in the country."),
        ]),
        C("vigil", PRO, "2024-07-17", [
            ("Gulf Times Digest", 0, "Hundreds of people gathered outside the Wadi Kabir mosque on {dow} evening for a vigil for the victims of Monday's shooting."),
        ]),
    ],
    "jor-tower22-drone": [
        C("main", ERV, "2024-01-28", [
            ("Global Wire", 0, "WASHINGTON, {mon_abbr} (Global Wire) - Three U.S. soldiers were killed and at least 25 wounded in a drone attack on a small U.S. base in northeastern Jordan near the Syrian border, U.S. officials said on {dow}, blaming Iran-backed militants."),
            ("Levant Live", 0, "11:20 Jordan's government spokesman says the drone hit a base on the Syrian side of the border, not in Jordan. The U.S. says the outpost, known as Tower 22, is in Jordan."),
            ("Islamic Resistance in Iraq", 0, "The mujahideen of the Islamic Resistance in Iraq attacked with drones at dawn today four enemy bases, among them Al-Rukban, Al-Shaddadi and Al-Tanf, and the Zvulun naval installation."),
            ("Defense Weekly", 2, "The Pentagon on Tuesday raised the number of troops wounded in the drone strike on Tower 22 in Jordan on {mon_d} to more than 40; three Army reservists from Georgia were killed."),
        ]),
        C("irbil", ERV, "2024-01-28", [
            ("Levant Live", 0, "13:05 Separately, the same group says it also hit Erbil air base with drones on {dow}; no casualties reported there."),
        ]),
        C("intercept", STR, "2024-01-30", [
            ("Levant Live", 0, "Jordan's army said on {dow} it shot down a drone over the northeastern desert, two days after the attack on Tower 22; nobody was hurt."),
        ]),
    ],
    "ven-caracas-protest": [
        C("main", PRO, "2024-07-29", [
            ("Global Wire", 1, "CARACAS, {mon_abbr} (Global Wire) - Security forces fired tear gas at thousands of protesters in Caracas on {dow} who rejected the official result of Venezuela's presidential election; a rights group said two people were shot dead by armed pro-government groups."),
            ("Foro Penal", 1, "Foro Penal registers 2 people killed in Caracas on {d_mon}, in Catia and in Petare, shot during protests, and 46 arrests in the capital."),
            ("El Pitazo Breve", 0, "Catia: protesters come down from the hills banging pots toward Miraflores; colectivos on motorbikes shoot at them on Avenida Sucre. At least one young man dead."),
            ("Ministry of Interior of Venezuela", 1, "Fascist groups attacked public buildings and police in Caracas on {d_mon}. 749 criminals were arrested across the country. Order has been restored."),
        ]),
        C("losteques", PRO, "2024-07-29", [
            ("El Pitazo Breve", 0, "In Los Teques, in Miranda state, protesters pulled down a statue of Hugo Chávez on {dow}; the National Guard dispersed them with tear gas."),
        ]),
        C("nextday", PRO, "2024-07-30", [
            ("Global Wire", 0, "CARACAS, {mon_abbr} (Global Wire) - Opposition leaders addressed tens of thousands of supporters in eastern Caracas on {dow}, a day after deadly protests; the rally ended peacefully."),
        ]),
    ],
    "gin-conakry-protest": [
        C("main", PRO, "2024-02-26", [
            ("Global Wire", 0, "CONAKRY, {mon_abbr} (Global Wire) - Security forces shot dead two young men in Guinea's capital on {dow} during a general strike called by unions, residents and a rights group said."),
            ("Guinée Matin Express", 0, "(Translated from French) Ratoma: security forces fire at young people who had blocked the Le Prince road with stones. Two dead, according to the family of one victim, several wounded taken to Donka hospital."),
            ("Forces Vives de Guinée", 1, "The Forces Vives condemn the killing of three young people by the defence and security forces on the Axe in Conakry during the peaceful strike of {d_mon}."),
            ("Government of Guinea", 1, "The government regrets the death of a young man in Conakry during the strike day of {d_mon} and announces an investigation. Public order was maintained."),
        ]),
        C("kindia", PRO, "2024-02-26", [
            ("Guinée Matin Express", 0, "In Kindia, traders kept their shops shut on {dow} in support of the strike; the city stayed calm, with no incident reported."),
        ]),
        C("nextday", PRO, "2024-02-27", [
            ("Guinée Matin Express", 0, "Ratoma again: youths and police clashed near Hamdallaye on {dow} despite the strike being suspended; one man was wounded by a bullet."),
        ]),
    ],
    "hnd-tamara-riot": [
        C("main", VAC, "2023-06-20", [
            ("Global Wire", 0, "TEGUCIGALPA, {mon_abbr} (Global Wire) - At least 41 women were killed when members of a gang attacked rivals at a women's prison in Támara, north of the Honduran capital, on {dow}, officials said, burning and shooting them."),
            ("Public Prosecutor of Honduras", 1, "The Public Prosecutor's Office has identified 46 victims of the events of {d_mon} at the National Women's Social Adaptation Centre in Támara. Autopsies show most died of burns, others of gunshot wounds."),
            ("Central America Report", 1, "Inmates of the Barrio 18 gang stormed a cell block of the women's prison outside Tegucigalpa, doused prisoners in fuel and set them alight, survivors said; the toll stood at 46."),
            ("Regional Roundup", 7, "Week in review: after last week's prison massacre that killed 46 women, the Honduran government put the military police in charge of the country's prisons."),
        ]),
        C("menprison", RIO, "2023-06-24", [
            ("Central America Report", 0, "A riot broke out at the men's national penitentiary in Támara on {dow}, four days after the massacre in the women's prison nearby; one inmate was killed, officials said."),
        ]),
    ],
    "tun-djerba-shooting": [
        C("main", VAC, "2023-05-09", [
            ("Global Wire", 0, "TUNIS, {mon_abbr} (Global Wire) - A Tunisian naval guard shot dead two worshippers and two security officers near the Ghriba synagogue on the island of Djerba on {dow} night during an annual Jewish pilgrimage, before he was killed, the interior ministry said."),
            ("Ministry of Interior of Tunisia", 1, "The attacker, a member of the National Guard, first killed a colleague at the naval centre in Aghir, took his ammunition and headed towards the Ghriba synagogue, where he opened fire. Two visitors and two security agents were killed."),
            ("Maghreb Presse", 1, "(Translated from French) Djerba, {d_mon} - The toll of the attack near the Ghriba rose to five dead on Wednesday after a wounded police officer died in hospital."),
        ]),
        C("nextday", PRO, "2023-05-10", [
            ("Maghreb Presse", 0, "Dozens of residents of Djerba rallied peacefully in Houmt Souk on {dow} against terrorism, a day after the shooting near the synagogue."),
        ]),
    ],
    "sle-freetown-attack": [
        C("main", BAT, "2023-11-26", [
            ("Global Wire", 0, "FREETOWN, {mon_abbr} (Global Wire) - Gunmen attacked a military barracks and several prisons in Sierra Leone's capital early on {dow}, freeing nearly 2,000 inmates before the army repelled them, the government said, imposing a nationwide curfew."),
            ("Awoko Online", 0, "Heavy gunfire at Wilberforce barracks from 4 a.m.; the armoury was attacked and soldiers fought back. Pademba Road prison emptied. Residents stay indoors."),
            ("Government of Sierra Leone", 1, "The attack of {d_mon} on the military armoury and correctional centres in Freetown was repelled. 21 people were killed, among them 14 soldiers, 3 attackers, a police officer and a civilian."),
            ("West Africa Brief", 1, "ECOWAS condemned what it called an attempt to disrupt constitutional order in Sierra Leone on Sunday, when armed men stormed the main barracks in the capital."),
        ]),
        C("arrests", STR, "2023-11-28", [
            ("Awoko Online", 0, "Police arrested 13 soldiers and a civilian in Freetown on {dow} in connection with Sunday's attack on the barracks; the former president's bodyguards are among those sought."),
        ]),
    ],
    "slb-honiara-riot": [
        C("main", RIO, "2021-11-24", [
            ("Global Wire", 0, "HONIARA, {mon_abbr} (Global Wire) - Protesters tried to storm the parliament of the Solomon Islands on {dow} and set fire to a leaf hut beside it and to a police station, police said; the prime minister declared a 36-hour lockdown of the capital."),
            ("Solomon Star Online", 0, "Crowds from Malaita gathered at the parliament this morning demanding the prime minister's resignation; police fired tear gas after a building next to parliament house was set alight."),
            ("Royal Solomon Islands Police Force", 1, "On {d_mon} rioters burnt the leaf hut at the National Parliament and the East Honiara police station. Police dispersed them."),
        ]),
        C("chinatown", RIO, "2021-11-25", [
            ("Global Wire", 0, "HONIARA, {mon_abbr} (Global Wire) - Rioters defied the lockdown on {dow}, looting and burning shops in Honiara's Chinatown for a second day, police said."),
            ("Solomon Star Online", 1, "Chinatown in flames: buildings along Chinatown's main street were looted and burnt yesterday, the second day of unrest. Australia is sending police."),
        ]),
    ],
    "ncl-noumea-riot": [
        C("main", RIO, "2024-05-14", [
            ("Global Wire", 1, "NOUMEA, {mon_abbr} (Global Wire) - Rioters torched shops and factories and exchanged fire with police in New Caledonia's capital overnight, France's high commissioner said on {next_dow}, after a vote in Paris on changing the territory's electoral rolls."),
            ("Nouvelle-Calédonie Infos", 1, "(Translated from French) Night of violence in Nouméa: in Magenta and Ducos, shops looted and set on fire, police officers wounded by gunshots. 82 arrests."),
            ("High Commission of the Republic in New Caledonia", 1, "During the night of {d_mon}, serious disturbances took place in Greater Nouméa. 54 gendarmes and police officers were injured. A curfew is declared from 18:00."),
            ("Pacific Weekly", 6, "A week on from the riots that began in Nouméa on {d_mon}, six people are dead, including two gendarmes, and the damage is estimated at one billion euros."),
        ]),
        C("paita", VAC, "2024-05-15", [
            ("Nouvelle-Calédonie Infos", 0, "In Païta, a 17-year-old was shot dead at a roadblock on {dow} by a resident defending his property, the prosecutor said."),
        ]),
        C("mont-dore", RIO, "2024-05-14", [
            ("Pacific Weekly", 1, "In Mont-Dore, south of the capital, youths set up roadblocks and burnt cars on {dow}; gendarmes cleared the road."),
        ]),
    ],
}


# Batch 7 (2026-11-27): conflicts the earlier batches lack (Kazakhstan's January unrest, Sri Lanka's 2022 protests,
# Nepal, South Africa's July unrest, Tajikistan's Gorno-Badakhshan, Angola's Lunda Norte, Bolivia, Tanzania,
# Madagascar, Guinea-Bissau, Paraguay, and two incidents in one Nigerian city on one day) in outlet styles they lack
# (an agency's URGENT flash line, a translated Russian-language state dispatch, a press-conference transcript, a
# fact-check, a travel advisory, a trade union's statement, a diocese's statement, a data tracker's line, a
# parliamentary answer, a podcast summary, an insurer's loss note, a journalist's thread); with the near-misses that
# let false merges through: the same place another day, a neighbouring town the same day, the same actors in another
# incident, two incidents in one city on one day, and a follow-up days later with a revised toll (the same event).
# Written before any code ran on it; split on its own by the SHA-1 rule like batches 1, 2, 5 and 6 (see main).
SCENARIOS_7 = {
    "kaz-almaty-unrest": [
        C("main", RIO, "2022-01-05", [
            ("Global Wire", 0, "ALMATY, {mon_abbr} (Global Wire) - Protesters stormed the mayor's office in Almaty on {dow} and set it on fire, as anger over fuel prices turned into Kazakhstan's worst unrest in decades; police said eight officers were killed."),
            ("Global Wire Flash", 0, "URGENT - KAZAKHSTAN: CROWDS SET ALMATY CITY HALL ON FIRE, POLICE FIRE STUN GRENADES - TV FOOTAGE"),
            ("Kazinform Digest", 1, "(Translated from Russian) Almaty, {d_mon}. Groups of bandits seized and set fire to the akimat building and the presidential residence. Eight law enforcement officers died and 317 were injured, the Ministry of Internal Affairs reports."),
            ("Central Asia Monitor", 10, "Ten days after rioters burned Almaty's city hall on {d_mon}, the interior ministry revised the number of police officers killed in the city that day to sixteen."),
        ]),
        C("taldykorgan", RIO, "2022-01-05", [
            ("Central Asia Monitor", 1, "In Taldykorgan, protesters pulled down a statue of the former president on {dow} and clashed with riot police, local media reported; no deaths were reported there."),
        ]),
        C("nextday", BAT, "2022-01-06", [
            ("Global Wire", 0, "ALMATY, {mon_abbr} (Global Wire) - Security forces said they killed dozens of armed rioters who tried to storm police stations in Almaty on {dow}, the day after city hall was burned; Russian-led troops began arriving."),
        ]),
    ],
    "lka-colombo-storming": [
        C("main", RIO, "2022-07-09", [
            ("Global Wire", 0, "COLOMBO, {mon_abbr} (Global Wire) - Tens of thousands of protesters broke into the Sri Lankan president's official residence in Colombo on {dow}, and later set fire to the prime minister's private home, as police fired tear gas; at least 55 people were hurt."),
            ("Island Live", 0, "Fort: crowds push past barricades and pour into President's House; some swim in the pool. Police fire water cannon at Galle Face. National Hospital says 55 admitted."),
            ("Press conference, Sri Lanka Police", 1, "Q: How many officers were hurt? A: On {d_mon} seven police officers were injured when protesters broke into the President's House and the Prime Minister's residence. Investigations into the arson have begun."),
            ("South Asia Podcast notes", 4, "This week's episode: how last {dow}'s storming of the presidential residence in Colombo ended a presidency, with 55 people hurt and a prime minister's house burned."),
        ]),
        C("pmoffice", RIO, "2022-07-13", [
            ("Global Wire", 0, "COLOMBO, {mon_abbr} (Global Wire) - Protesters stormed the prime minister's office in Colombo on {dow}, four days after taking over the president's residence; police fired tear gas and one man died, hospital officials said."),
        ]),
        C("kandy", PRO, "2022-07-09", [
            ("Island Live", 0, "In Kandy, thousands marched peacefully on {dow} to demand the president's resignation; there were no clashes."),
        ]),
    ],
    "npl-kathmandu-protest": [
        C("main", PRO, "2025-09-08", [
            ("Global Wire", 0, "KATHMANDU, {mon_abbr} (Global Wire) - Police opened fire on young protesters outside Nepal's parliament in Kathmandu on {dow}, killing 17 people, after crowds angry over a social media ban broke through barricades, officials said."),
            ("Himalayan Times Online", 0, "New Baneshwor: police use live rounds, tear gas and water cannon as Gen Z demonstrators enter the parliament compound. Civil Hospital and Trauma Centre overwhelmed; curfew declared around the area."),
            ("Fact check, Nepal Verify", 2, "Claim: 'Police killed 40 protesters in Kathmandu on {d_mon}'. Verdict: false. Hospitals and the government count 19 dead in the capital that day, after two wounded died overnight."),
            ("Federation of Nepalese Journalists", 1, "The FNJ condemns the shooting of journalists covering the youth protest at New Baneshwor on {d_mon}; three of our members were hit by rubber bullets."),
        ]),
        C("itahari", PRO, "2025-09-08", [
            ("Himalayan Times Online", 0, "In Itahari, in Sunsari district, police fired on protesters who tried to enter the municipal office on {dow}, killing two, the district administration said."),
        ]),
        C("nextday", RIO, "2025-09-09", [
            ("Global Wire", 0, "KATHMANDU, {mon_abbr} (Global Wire) - Protesters defied a curfew on {dow} and set fire to the parliament building and party offices in Kathmandu, a day after the deadly shootings; the prime minister resigned."),
        ]),
    ],
    "zaf-durban-unrest": [
        C("main", RIO, "2021-07-12", [
            ("Global Wire", 0, "JOHANNESBURG, {mon_abbr} (Global Wire) - Looters ransacked and burned shopping centres and warehouses in Durban on {dow}, as unrest over the jailing of a former president spread in KwaZulu-Natal; police said six people died."),
            ("Eyewitness Radio", 0, "Durban CBD: Looting continues at the Pavilion mall and along the M4; the warehouse at Cornubia is on fire. Police stretched, no arrests yet at the scene."),
            ("Insurance Brief", 30, "Insurer SASRIA estimates losses from the looting in Durban that began on {d_mon} at several billion rand, the largest claims in its history."),
            ("South African Police Service", 1, "On {d_mon}, public violence and looting took place in eThekwini. Six persons died, 219 suspects were arrested in KwaZulu-Natal."),
        ]),
        C("pmb", RIO, "2021-07-12", [
            ("Eyewitness Radio", 0, "In Pietermaritzburg, the Brookside mall was looted and set alight on {dow}; firefighters could not reach it."),
        ]),
        C("phoenix", VAC, "2021-07-14", [
            ("Global Wire", 0, "DURBAN, {mon_abbr} (Global Wire) - Armed vigilantes at roadblocks in the Phoenix township of Durban shot dead several people on {dow}, residents and police said, two days into the looting."),
        ]),
    ],
    "tjk-rushan-clash": [
        C("main", BAT, "2022-05-18", [
            ("Global Wire", 0, "DUSHANBE, {mon_abbr} (Global Wire) - Tajik security forces fought local armed men in Rushan district of the autonomous Gorno-Badakhshan region on {dow}, the government said, saying eight 'members of criminal groups' were killed and a soldier died."),
            ("Pamir Diaspora Group", 0, "Thread 1/3: Rushan, today. Government troops with armoured vehicles attacked residents who blocked the road at the Rushan bridge. We know of at least nine dead locals. Internet is cut."),
            ("Ministry of Internal Affairs of Tajikistan", 1, "During a counter-terrorist operation on {d_mon} in Rushan district, eight members of organised criminal groups were liquidated and 25 detained. One serviceman died."),
        ]),
        C("khorog", PRO, "2022-05-16", [
            ("Pamir Diaspora Group", 0, "Khorog: hundreds of residents rallied on the central square on {dow} to demand the governor's resignation; police fired tear gas and rubber bullets."),
        ]),
        C("khorog2", VAC, "2022-05-22", [
            ("Global Wire", 0, "DUSHANBE, {mon_abbr} (Global Wire) - A local community leader was shot dead in Khorog on {dow}, days after the deadly operation in Rushan; the government said he had been killed in a clash between criminal groups."),
        ]),
    ],
    "ago-cafunfo-shooting": [
        C("main", PRO, "2021-01-30", [
            ("Global Wire", 2, "LUANDA, {mon_abbr} (Global Wire) - Angolan police shot dead at least ten people in the diamond-mining town of Cafunfo in Lunda Norte province on {dow}, when residents marched for autonomy, witnesses and a rights group said."),
            ("Angolan National Police", 0, "On {d_mon}, a group of about 300 people armed with machetes and firearms attempted to invade the police station in Cafunfo. Six attackers died and several officers were injured."),
            ("Diocese of Dundo", 3, "We mourn the people killed in Cafunfo last Saturday, when a demonstration of the Lunda Tchokwe movement was met with bullets, and ask that the bodies be returned to the families."),
            ("Africa Rights Watch", 7, "A week after the Cafunfo massacre of {d_mon}, our researchers have confirmed the names of 17 dead; the police toll of six does not stand."),
        ]),
        C("lucapa", PRO, "2021-02-03", [
            ("Global Wire", 0, "Several hundred people protested in Lucapa, in Lunda Norte, on {dow}, against last week's killings in Cafunfo; the march ended without incident."),
        ]),
    ],
    "bol-llallagua-clash": [
        C("main", RIO, "2025-06-12", [
            ("Global Wire", 0, "LA PAZ, {mon_abbr} (Global Wire) - Three police officers were killed and dozens of people injured when supporters of former president Evo Morales clashed with police clearing a road blockade in Llallagua, in Potosí department, on {dow}, the government said."),
            ("Radio Pío XII", 0, "Llallagua: police tried to lift the blockade at the entrance to town this morning; blockaders answered with dynamite and shots. Several wounded taken to the Madre Obrera hospital."),
            ("Ministry of Government of Bolivia", 1, "The officers murdered in Llallagua on {d_mon} were ambushed with firearms. We hold Evo Morales's groups responsible. The toll of police dead stands at three, with a fourth in critical condition."),
            ("Andes Data Tracker", 6, "Blockade tracker, week 3: Llallagua ({d_mon}): 4 police dead after one wounded officer died; 1 civilian dead; 40+ injured."),
        ]),
        C("parotani", PRO, "2025-06-12", [
            ("Radio Pío XII", 0, "At Parotani, in Cochabamba, blockaders kept the main highway closed on {dow}; police did not intervene and there were no clashes."),
        ]),
        C("otherday", RIO, "2025-06-14", [
            ("Global Wire", 0, "LA PAZ, {mon_abbr} (Global Wire) - Morales supporters and police clashed again in Llallagua on {dow}, two days after three officers were killed there; a young man was shot dead."),
        ]),
    ],
    "tza-dar-protest": [
        C("main", PRO, "2025-10-29", [
            ("Global Wire", 1, "DAR ES SALAAM, {mon_abbr} (Global Wire) - Police fired tear gas and live rounds at protesters in Dar es Salaam on {dow}, election day, as crowds burned a police station and buses in Kimara and Mbezi, witnesses said; a curfew was imposed."),
            ("Tanzania Travel Advisory", 1, "Security alert: on {d_mon} violent demonstrations took place in Dar es Salaam, including in Ubungo and Kimara. A curfew is in force from 6 p.m. Avoid the city centre and the airport road."),
            ("Tanganyika Law Society", 2, "The Society condemns the killing of unarmed demonstrators by the police in Dar es Salaam on polling day, {d_mon}, and calls for an independent inquiry."),
        ]),
        C("arusha", PRO, "2025-10-29", [
            ("Global Wire", 1, "In Arusha, hundreds of young people marched through the town on {dow}; police dispersed them with tear gas."),
        ]),
        C("nextday", PRO, "2025-10-30", [
            ("Global Wire", 0, "DAR ES SALAAM, {mon_abbr} (Global Wire) - Protests resumed in Dar es Salaam on {dow} for a second day despite a curfew, and the army was deployed on the main roads, witnesses said."),
        ]),
    ],
    "mdg-tana-protest": [
        C("main", RIO, "2025-09-25", [
            ("Global Wire", 0, "ANTANANARIVO, {mon_abbr} (Global Wire) - Protests over water and power cuts turned violent in Madagascar's capital on {dow}, with shops looted and the homes of politicians burned; police fired tear gas and rubber bullets."),
            ("Midi Express", 0, "(Translated from French) Antananarivo, {d_mon} - Looting at Analakely and Behoririka, cable-car stations set on fire; the prefecture declares a curfew from 7 p.m."),
            ("UN Human Rights Office", 4, "We are shocked by the violent response to the protests in Antananarivo that began on {d_mon}: at least 22 people were killed and more than 100 injured."),
            ("National Assembly of Madagascar", 8, "Answer to a deputy's question: the Minister of Public Security said the toll of the unrest of {d_mon} in the capital was 12 dead, all of them looters and rioters, not the 22 that the United Nations stated."),
        ]),
        C("diego", PRO, "2025-09-25", [
            ("Midi Express", 1, "In Antsiranana, students marched on {dow} over the power cuts; the demonstration was peaceful."),
        ]),
        C("otherday", PRO, "2025-09-29", [
            ("Global Wire", 0, "ANTANANARIVO, {mon_abbr} (Global Wire) - Thousands of students rallied again in Antananarivo on {dow} demanding the president's resignation; security forces fired tear gas at the university."),
        ]),
    ],
    "gnb-bissau-attack": [
        C("main", BAT, "2022-02-01", [
            ("Global Wire", 0, "DAKAR, {mon_abbr} (Global Wire) - Heavy gunfire broke out around the government palace in Guinea-Bissau's capital Bissau on {dow} while the president was holding a cabinet meeting there; he later said the attack had been repelled."),
            ("Radio Sol Mansi", 0, "(Translated from Portuguese) Bissau: armed men attacked the government palace this afternoon; the presidential guard responded. Fighting lasted about five hours."),
            ("Government of Guinea-Bissau", 2, "Eleven people, most of them members of the security forces, were killed in the attack on the government palace on {d_mon}, the government spokesman said."),
            ("West Africa Brief", 1, "ECOWAS condemned what it called a coup attempt in Guinea-Bissau on {dow}, when gunmen attacked the government palace during a cabinet meeting."),
        ]),
        C("arrests", STR, "2022-02-04", [
            ("Radio Sol Mansi", 0, "Soldiers arrested several people in Bissau on {dow} in connection with Tuesday's attack on the palace, including a former navy chief, a security source said."),
        ]),
    ],
    "pry-asuncion-riot": [
        C("main", RIO, "2021-03-05", [
            ("Global Wire", 1, "ASUNCION, {mon_abbr} (Global Wire) - Protesters angry at the government's handling of the pandemic clashed with police in central Asunción on {dow} night, setting fire to the ruling party's headquarters; one man was killed."),
            ("Última Hora Breve", 0, "Asunción centro: police fire rubber bullets at protesters on Mariscal López; a fire at the ANR headquarters; at least 18 injured taken to hospital."),
            ("Central Trade Union of Workers", 1, "The CUT condemns the police repression of the citizens' demonstration of {d_mon} in Asunción, in which a worker lost his life and dozens were injured."),
        ]),
        C("nextday", PRO, "2021-03-06", [
            ("Global Wire", 0, "ASUNCION, {mon_abbr} (Global Wire) - Thousands of people rallied peacefully outside Congress in Asunción on {dow}, a day after the riot, to demand the president's resignation."),
        ]),
        C("cde", PRO, "2021-03-05", [
            ("Última Hora Breve", 1, "In Ciudad del Este, a few hundred people marched to the governor's office on {dow}; there were no incidents."),
        ]),
    ],
    "nga-maiduguri-twoblasts": [
        C("main", ERV, "2024-05-20", [
            ("Global Wire", 0, "MAIDUGURI, Nigeria, {mon_abbr} (Global Wire) - A suicide bomber killed eight people at a crowded fish market in Maiduguri on {dow}, police said, blaming Boko Haram."),
            ("Borno Daily", 0, "Eight traders and buyers were killed and 23 injured when a female suicide bomber detonated explosives at the Baga Road fish market this afternoon, SEMA said."),
            ("Nigerian Police Force", 1, "On {d_mon}, at about 14:30 hrs, a suicide bomber detonated an IED at the fish market along Baga Road, Maiduguri. Eight persons lost their lives. The area has been cordoned off."),
            ("Borno Daily", 3, "The toll of {dow}'s suicide bombing at the fish market in Maiduguri has risen to eleven after three of the injured died at the teaching hospital."),
        ]),
        C("convoy", ERV, "2024-05-20", [
            ("Borno Daily", 0, "Earlier on {dow}, a roadside bomb hit a military convoy on the Maiduguri-Damboa road on the outskirts of the city, wounding four soldiers, security sources said."),
            ("Global Wire", 1, "Separately, four Nigerian soldiers were wounded when an improvised explosive device struck their patrol on the edge of Maiduguri on {dow}, a military source said."),
        ]),
        C("konduga", VAC, "2024-05-20", [
            ("Borno Daily", 1, "In Konduga, about 35 km away, gunmen shot dead two farmers on {dow}, a vigilante leader said."),
        ]),
    ],
}

# Batch 8 (2026-11-27): conflicts the earlier batches lack (the 2025 Thai-Cambodian border war, Houthi attacks inside
# Saudi Arabia, Serbia's 2025 student protests, Belarus 2020, Nicaragua 2018, Cuba's July 2021 protests, Eswatini's
# 2021 unrest, Karakalpakstan 2022, Zimbabwe's 2018 post-election shooting, Western Sahara, Somaliland's Las Anod war,
# Côte d'Ivoire's 2020 election violence, Hong Kong 2019) in outlet styles they lack (a military spokesman's
# briefing note, a translated state-agency line in Thai, Arabic, Serbian, Spanish or Uzbek, an airline's passenger
# notice, an armed group's military spokesman, a crowd-counting group's estimate, a Telegram channel's post, an
# exile outlet, a state-TV round table, a business chamber's statement, a doctors' association, a UN spokesperson's
# noon briefing, a medical charity, elders' communiqué, a transport operator's statement, a lawmaker's livestream);
# rich in the near-misses that let false merges through: the same place the next day, a neighbouring town the same
# day, the same actors in another incident, a follow-up days later with a revised toll (the same event), two
# incidents in one city on one day, and a retaliation strike on the other side the same day. Written and committed
# before any code ran on it; split on its own by the SHA-1 rule like batches 1, 2 and 5-7 (see main). A cluster
# whose event lies in another country than the scenario's names it (the fifth field of C).
SCENARIOS_8 = {
    "tha-sisaket-rockets": [
        C("main", ERV, "2025-07-24", [
            ("Global Wire", 0, "BANGKOK, {mon_abbr} (Global Wire) - Cambodian rockets hit a petrol station in Thailand's Sisaket province on {dow}, killing six civilians, the Thai army said, as fighting along the disputed border spread."),
            ("Royal Thai Army spokesman", 0, "Briefing note, {d_mon}: BM-21 rockets fired from Cambodian territory struck a PTT station and a 7-Eleven shop in Ban Phue, Kantharalak district. Six civilians were killed and ten wounded."),
            ("Thai PBS World (translated from Thai)", 0, "Kantharalak, Sisaket - Rescue workers pulled six bodies from the burned-out petrol station this afternoon; villagers say the rockets came without warning."),
            ("Sisaket Hospital", 2, "Two of the patients wounded in the rocket strike on the Ban Phue petrol station on {d_mon} died overnight, bringing the toll to eight."),
        ]),
        C("retaliation", ERV, "2025-07-24", [
            ("Global Wire", 0, "Thai F-16 jets bombed two Cambodian military targets in Oddar Meanchey province on {dow} in response to the rocket fire, the Thai army said; Cambodia's defence ministry said a pagoda was damaged."),
        ], "KHM"),
        C("nextday", ERV, "2025-07-25", [
            ("Global Wire", 0, "BANGKOK, {mon_abbr} (Global Wire) - Cambodian artillery shells fell near Kantharalak in Sisaket again on {dow}, a day after the deadly petrol station strike, wounding a farmer, Thai officials said."),
        ]),
        C("surin", BAT, "2025-07-24", [
            ("Thai PBS World (translated from Thai)", 0, "In Surin province, Thai and Cambodian troops exchanged fire near the Ta Muen Thom temple on {dow} morning; the army reported one soldier wounded."),
        ]),
    ],
    "sau-abha-airport": [
        C("main", ERV, "2021-08-31", [
            ("Global Wire", 0, "RIYADH, {mon_abbr} (Global Wire) - A drone launched by Yemen's Houthis hit Abha international airport in southern Saudi Arabia on {dow}, wounding eight people and damaging a civilian aircraft, the Saudi-led coalition said."),
            ("Saudi Press Agency (translated from Arabic)", 0, "Abha, {d_mon} - The coalition spokesman, Brigadier General Turki al-Maliki, said that an explosive-laden drone targeted Abha International Airport, injuring eight people and damaging a parked plane."),
            ("Flyadeal passenger notice", 0, "Due to an incident at Abha airport today, flights to and from Abha are delayed. Passengers should check their flight status before travelling."),
            ("Houthi military spokesman", 0, "Statement: our air force targeted military positions at Abha airport with a Qasef-2K drone on {d_mon}, and the hit was accurate."),
            ("Gulf Daily", 3, "The number of people hurt in {dow}'s Houthi drone attack on Abha airport has been revised to ten, including a child, Saudi civil defence said."),
        ]),
        C("retaliation", ERV, "2021-08-31", [
            ("Global Wire", 1, "The Saudi-led coalition said its jets struck Houthi drone launch sites in Sanaa on {dow} night, hours after the attack on Abha airport; residents reported loud explosions."),
        ], "YEM"),
        C("nextday", ERV, "2021-09-01", [
            ("Global Wire", 0, "RIYADH, {mon_abbr} (Global Wire) - Abha airport was hit by a second Houthi drone on {dow}, a day after eight people were wounded there; the coalition said nobody was hurt this time."),
        ]),
        C("jizan", STR, "2021-08-31", [
            ("Saudi Press Agency (translated from Arabic)", 0, "Jizan, {d_mon} - Air defences intercepted and destroyed a ballistic missile launched by the Houthi militia towards Jizan, the coalition said."),
        ]),
    ],
    "srb-belgrade-protest": [
        C("main", PRO, "2025-03-15", [
            ("Global Wire", 0, "BELGRADE, {mon_abbr} (Global Wire) - Hundreds of thousands of people filled central Belgrade on {dow} in the largest protest in Serbia's recent history, led by students demanding accountability for the deadly collapse of a station canopy in Novi Sad. The rally was peaceful."),
            ("Archive of Public Gatherings", 1, "Our estimate for the {d_mon} gathering in Belgrade (Slavija square, Kralja Milana, Terazije): 275,000 to 325,000 people at its peak."),
            ("N1 Serbia (translated from Serbian)", 0, "Slavija: a fifteen-minute silence for the victims of Novi Sad was broken by a sudden loud noise; people ran in panic. Students called on everyone to go home calmly."),
            ("Students in blockade plenum", 1, "Thank you to everyone who came to Belgrade on {d_mon}. We ended the gathering early to keep you safe. We demand to know what was used against the crowd during the silence."),
        ]),
        C("carramming", VAC, "2025-03-15", [
            ("N1 Serbia (translated from Serbian)", 0, "Earlier on {dow}, a driver ran his car into a group of protesters on a New Belgrade street, injuring a young woman; police detained him."),
        ]),
        C("novisad", PRO, "2025-03-15", [
            ("Global Wire", 1, "In Novi Sad, several thousand people who could not travel to the capital held their own silent march along the Danube on {dow}."),
        ]),
        C("nextday", PRO, "2025-03-16", [
            ("Global Wire", 0, "BELGRADE, {mon_abbr} (Global Wire) - Students blocked the entrance to the state broadcaster's headquarters in Belgrade on {dow}, a day after the mass rally, demanding coverage of the alleged use of a sound cannon."),
        ]),
    ],
    "blr-minsk-protest": [
        C("main", PRO, "2020-08-10", [
            ("Global Wire", 1, "MINSK, {mon_abbr} (Global Wire) - One protester died and dozens were hurt in Minsk on {dow} night as riot police used stun grenades and rubber bullets against crowds disputing President Alexander Lukashenko's re-election, the second night of protests."),
            ("Belarus Now (Telegram)", 0, "Pushkinskaya metro right now: OMON throwing flashbangs into the crowd, people are building barricades. A man is lying on the ground, not moving."),
            ("Ministry of Internal Affairs of Belarus", 1, "On {d_mon}, near the Pushkinskaya metro station, a participant of unauthorised mass events tried to throw an explosive device at law enforcement officers; it exploded in his hand and he died."),
            ("Spring Rights Centre", 5, "We have identified the man who died at Pushkinskaya in Minsk on {d_mon} as a 34-year-old resident of the city; witnesses say he had nothing in his hands. We count over 50 injured that night."),
        ]),
        C("brest", PRO, "2020-08-10", [
            ("Belarus Now (Telegram)", 0, "Brest, {dow} evening: thousands on Moskovskaya street, police using water cannon and truncheons; many detained."),
        ]),
        C("firstnight", PRO, "2020-08-09", [
            ("Global Wire", 0, "MINSK, {mon_abbr} (Global Wire) - Police fired stun grenades and rubber bullets at thousands of protesters in central Minsk on {dow}, election night, after state television announced a landslide for Lukashenko."),
        ]),
    ],
    "nic-managua-march": [
        C("main", PRO, "2018-05-30", [
            ("Global Wire", 1, "MANAGUA, {mon_abbr} (Global Wire) - Gunmen fired on a huge Mother's Day march in Managua on {dow}, killing at least eight people near the national stadium and the engineering university, rights groups said."),
            ("La Prensa Breve (translated from Spanish)", 0, "Managua, UNI: shots from the stadium stands at the march of the mothers of April. Several young men wounded, taken to the Bautista hospital."),
            ("Government of Nicaragua", 1, "The Government regrets the deaths caused on {d_mon} by criminal groups of the right-wing opposition, who fired on peaceful families celebrating Mother's Day in Managua."),
            ("Nicaraguan Centre for Human Rights", 4, "Our count of those killed during the repression of the march of {d_mon} in Managua now stands at eleven, after three wounded died in hospital."),
        ]),
        C("masaya", RIO, "2018-05-30", [
            ("La Prensa Breve (translated from Spanish)", 0, "In Masaya, young people behind barricades clashed with police and pro-government groups on {dow}; the Monimbó market was set on fire."),
        ]),
        C("nextday", VAC, "2018-05-31", [
            ("Global Wire", 0, "MANAGUA, {mon_abbr} (Global Wire) - Hooded pro-government gunmen shot dead a student at a barricade in eastern Managua on {dow}, a day after the deadly march, witnesses said."),
        ]),
    ],
    "cub-sanantonio-protest": [
        C("main", PRO, "2021-07-11", [
            ("Global Wire", 0, "HAVANA, {mon_abbr} (Global Wire) - Hundreds of Cubans marched through San Antonio de los Baños, southwest of Havana, on {dow} chanting against food shortages and blackouts, in a rare protest streamed live on social media."),
            ("Island Exile Daily", 0, "San Antonio de los Baños, this morning: residents took to the streets shouting 'Freedom' and 'Down with the dictatorship'. President Díaz-Canel arrived later with party supporters."),
            ("Cuban state TV round table", 1, "Presenter: On {d_mon} a group of people in San Antonio de los Baños, manipulated by a campaign from abroad, gathered to protest over electricity. The President went there and spoke to the people."),
        ]),
        C("havana", PRO, "2021-07-11", [
            ("Global Wire", 0, "In Havana, thousands of protesters gathered outside the Capitol on {dow} afternoon; police and plain-clothes officers detained dozens."),
        ]),
        C("guinera", PRO, "2021-07-12", [
            ("Island Exile Daily", 0, "In the La Güinera neighbourhood of Havana, police opened fire on protesters on {dow}, a day after the first demonstrations; one man was killed, the interior ministry later confirmed."),
        ]),
    ],
    "swz-matsapha-unrest": [
        C("main", RIO, "2021-06-29", [
            ("Global Wire", 0, "MBABANE, {mon_abbr} (Global Wire) - Pro-democracy protesters looted and burned shops and factories in Eswatini's industrial town of Matsapha on {dow}, and security forces opened fire, killing several people, witnesses said."),
            ("Federation of Eswatini Business Community", 1, "Businesses in Matsapha were looted and set alight on {d_mon}; early estimates put the damage at millions of emalangeni and thousands of jobs at risk."),
            ("Government of Eswatini", 1, "Acting Prime Minister Themba Masuku announced a dusk-to-dawn curfew after criminal elements burned businesses in Matsapha and Manzini on {d_mon}."),
            ("Eswatini Doctors Association", 6, "Our members treated gunshot wounds from the Matsapha unrest of {d_mon}; we now know of 27 people killed in the week, most of them shot that day."),
        ]),
        C("manzini", RIO, "2021-06-29", [
            ("Global Wire", 0, "In Manzini, the country's main commercial town, rioters burned a supermarket and a truck on {dow}; police fired tear gas."),
        ]),
        C("nextday", VAC, "2021-06-30", [
            ("Global Wire", 0, "MBABANE, {mon_abbr} (Global Wire) - Soldiers shot dead two young men at a roadblock outside Matsapha on {dow}, a day after the looting, relatives said."),
        ]),
    ],
    "uzb-nukus-unrest": [
        C("main", RIO, "2022-07-01", [
            ("Global Wire", 1, "TASHKENT, {mon_abbr} (Global Wire) - Protesters clashed with police in Nukus, capital of Uzbekistan's autonomous Karakalpakstan region, on {dow} over plans to end its right to secede; the authorities later said 18 people were killed."),
            ("UzA (translated from Uzbek)", 1, "Nukus, {d_mon}. A group of criminals tried to seize the buildings of the regional government. Law enforcement officers restored order. There are casualties among civilians and officers."),
            ("Karakalpak Voice", 0, "Nukus, evening: thousands on the square by the bazaar, police with shields and dogs, shots heard. We see wounded people on the ground."),
            ("Central Asia Rights Watch", 14, "Two weeks after the Nukus crackdown of {d_mon}, we confirm 21 deaths, four more than the official count, and more than 240 injured."),
        ]),
        C("chimbay", PRO, "2022-07-01", [
            ("Karakalpak Voice", 0, "In Chimbay, north of Nukus, several hundred people rallied peacefully outside the district administration on {dow}."),
        ]),
        C("nextday", RIO, "2022-07-02", [
            ("Global Wire", 0, "TASHKENT, {mon_abbr} (Global Wire) - Fresh clashes broke out in Nukus on {dow} as crowds again tried to reach the regional parliament, a day after the first deadly protest; a state of emergency was declared."),
        ]),
    ],
    "zwe-harare-shooting": [
        C("main", RIO, "2018-08-01", [
            ("Global Wire", 0, "HARARE, {mon_abbr} (Global Wire) - Soldiers fired live rounds at opposition supporters in central Harare on {dow}, killing three people, after protesters burned cars and stoned the election commission over delayed results."),
            ("Zimbabwe Republic Police", 1, "On {d_mon}, MDC Alliance supporters engaged in violent demonstrations in the central business district of Harare, burning vehicles. The army was deployed to assist the police."),
            ("Zimbabwe Association of Doctors for Human Rights", 2, "Our doctors at Parirenyatwa treated 14 people with gunshot wounds from the Harare shootings of {d_mon}; six people have now died."),
            ("MDC Alliance", 1, "We condemn the killing of unarmed citizens by soldiers in Harare on {d_mon}. The people were demanding their vote."),
        ]),
        C("raid", STR, "2018-08-02", [
            ("Global Wire", 0, "HARARE, {mon_abbr} (Global Wire) - Riot police raided the opposition's Harvest House headquarters in Harare on {dow}, a day after the deadly army crackdown, and arrested 18 people."),
        ]),
        C("bulawayo", PRO, "2018-08-01", [
            ("Global Wire", 1, "In Bulawayo, a few hundred opposition supporters gathered outside the party offices on {dow} to wait for the results; they dispersed peacefully."),
        ]),
    ],
    "esh-smara-projectiles": [
        C("main", ERV, "2023-10-29", [
            ("Global Wire", 0, "RABAT, {mon_abbr} (Global Wire) - Projectiles hit residential areas of Smara in Moroccan-administered Western Sahara on {dow}, killing one man and wounding three, local authorities said."),
            ("MAP (translated from Arabic)", 0, "Smara, {d_mon} - Four projectiles fell on residential neighbourhoods of the city at dawn, killing a civilian and injuring three others, the local authorities said."),
            ("UN spokesperson's noon briefing", 1, "Asked about Smara: MINURSO has been in contact with the parties after the explosions in Smara on {d_mon}, in which one person was killed. A team visited the impact sites."),
            ("Sahara Observer", 3, "A second man wounded in {dow}'s projectile attack on Smara has died in hospital in Laayoune, raising the toll to two."),
        ]),
        C("drone", ERV, "2023-10-29", [
            ("Sahara Observer", 0, "East of the berm, a Moroccan drone strike hit a vehicle near Mijek on {dow}, killing three Polisario fighters, a Sahrawi source said."),
        ]),
        C("otherday", ERV, "2023-11-05", [
            ("Global Wire", 0, "RABAT, {mon_abbr} (Global Wire) - Two projectiles landed near Smara on {dow}, a week after the deadly attack, falling on open ground without casualties, local sources said."),
        ]),
    ],
    "som-lasanod-clash": [
        C("main", BAT, "2023-02-06", [
            ("Global Wire", 0, "MOGADISHU, {mon_abbr} (Global Wire) - Heavy fighting broke out in Las Anod on {dow} between Somaliland's army and clan militias who reject its rule, killing at least 20 people, elders and hospital staff said."),
            ("Ministry of Defence of Somaliland", 1, "On {d_mon}, armed militias and terrorists attacked our forces' positions around Las Anod. Our forces repelled the attack and inflicted heavy losses."),
            ("SSC-Khatumo elders", 0, "Communiqué: today the Somaliland forces attacked the people of Las Anod; our defence forces fought back. We call on the world to stop this war."),
            ("Doctors Without Borders", 3, "Las Anod General Hospital received more than 110 wounded and 23 bodies after the fighting of {d_mon}."),
        ]),
        C("oog", BAT, "2023-02-06", [
            ("Global Wire", 1, "Fighting was also reported on {dow} in Oog, west of Las Anod, where Somaliland troops clashed with militiamen at a checkpoint."),
        ]),
        C("hospital", ERV, "2023-02-14", [
            ("Doctors Without Borders", 0, "Shells hit Las Anod General Hospital on {dow}, eight days into the conflict, damaging the maternity ward and wounding two staff."),
        ]),
    ],
    "civ-daoukro-clash": [
        C("main", RIO, "2020-11-01", [
            ("Global Wire", 1, "ABIDJAN, {mon_abbr} (Global Wire) - Clashes between rival communities in Daoukro, central Côte d'Ivoire, killed at least six people on {dow} after an opposition call to boycott the presidential election, a local official said."),
            ("RTI Info (translated from French)", 1, "Daoukro, {d_mon} - Youths armed with machetes and clubs clashed in the town; houses and shops were burned. Security forces restored calm."),
            ("Government of Côte d'Ivoire", 2, "The government spokesman said the violence in Daoukro on {d_mon} left six dead and 41 wounded, and that those responsible would be prosecuted."),
            ("Ivorian League for Human Rights", 5, "Our mission to Daoukro counts nine people killed in the intercommunity violence of {d_mon}, three more than announced."),
        ]),
        C("bongouanou", RIO, "2020-11-01", [
            ("RTI Info (translated from French)", 1, "In Bongouanou, opposition supporters set fire to the home of a ruling-party official on {dow}; police fired tear gas."),
        ]),
        C("mbatto", RIO, "2020-11-09", [
            ("Global Wire", 0, "ABIDJAN, {mon_abbr} (Global Wire) - Three people were killed in fresh intercommunity clashes in M'Batto on {dow}, a week after the deadly violence in Daoukro, officials said."),
        ]),
    ],
    "hkg-yuenlong-attack": [
        C("main", VAC, "2019-07-21", [
            ("Global Wire", 1, "HONG KONG, {mon_abbr} (Global Wire) - Dozens of men in white shirts armed with sticks and rods attacked commuters and returning protesters at Yuen Long train station late on {dow}, injuring 45 people, hospital officials said."),
            ("MTR Corporation", 1, "On the night of {d_mon}, a large group of people attacked passengers inside Yuen Long station. Train services were suspended and staff called the police."),
            ("Lawmaker's livestream, described by Citizen News", 1, "The lawmaker's livestream from Yuen Long station on {dow} night shows men in white beating passengers on the platform and inside a train; he was hit in the mouth."),
            ("Hospital Authority", 2, "45 people were sent to hospital after the incident at Yuen Long station on {d_mon}; one remains in serious condition."),
        ]),
        C("sheungwan", RIO, "2019-07-21", [
            ("Global Wire", 0, "HONG KONG, {mon_abbr} (Global Wire) - Police fired tear gas and rubber bullets at protesters in Sheung Wan on {dow} night after demonstrators defaced the Chinese government's liaison office."),
        ]),
        C("otherday", PRO, "2019-07-27", [
            ("Global Wire", 0, "HONG KONG, {mon_abbr} (Global Wire) - Thousands marched in Yuen Long on {dow}, six days after the station attack, defying a police ban; police fired tear gas to disperse them."),
        ]),
    ],
}


# Batch 9 (2026-11-27): conflicts and wars the earlier batches lack (Azerbaijan's 2023 Karabakh offensive, Kosovo's
# Banjska attack, Algeria's 2019 Hirak, Mauritania's 2024 post-election unrest, Panama's 2023 mining blockades,
# Vietnam's Dak Lak attack, the 2025 India-Pakistan strikes, the 2025 Iran-Israel war, Damascus' 2025 church bombing,
# Lesotho's famo gang killings) in outlet styles they lack (a defence ministry's numbered bulletin, a de facto
# authority's emergency service, a police directorate's statement, a state-news agency line translated from
# Vietnamese or Arabic, an election observer's note, an ombudsman's office, a hospital's director on the radio, a
# patriarchate's statement, a community radio's morning bulletin, a teachers' union); rich in the near-misses that let
# false merges through: the same place the next day, a neighbouring town the same day, the same actors in another
# incident the same day, two incidents in one city on one day, the same place the same day with another event type,
# a retaliation strike on the other side the same day (its own country in iso3); a follow-up days later that revises
# the toll is the same event. Written and committed before any code ran on it; split on its own by the SHA-1 rule
# like batches 1, 2 and 5-8 (see main).
SCENARIOS_9 = {
    "aze-khankendi-shelling": [
        C("main", ERV, "2023-09-19", [
            ("Global Wire", 0, "BAKU, {mon_abbr} (Global Wire) - Azerbaijani artillery and drones struck Khankendi, the main town of the Karabakh region known to Armenians as Stepanakert, on {dow}, killing at least five civilians, ethnic Armenian officials said, as Baku launched what it called anti-terrorist measures."),
            ("Artsakh State Emergency Service", 0, "As a result of the shelling of Stepanakert by the Azerbaijani armed forces on {d_mon}, 5 civilians, including one child, were killed and 80 wounded. Residential buildings on Azatamartikneri avenue were hit."),
            ("Ministry of Defence of Azerbaijan", 0, "Bulletin No. 2, {d_mon}: local anti-terrorist measures continue. Only legitimate military targets, firing positions and combat equipment of the Armenian armed formations in the Khankendi area are being neutralised with high-precision weapons."),
            ("Caucasus Monitor", 3, "The number of civilians killed in the {d_mon} bombardment of Stepanakert has risen to seven, the local ombudsman's office said on {next_dow}, after two wounded women died in the republican hospital."),
        ]),
        C("askeran", BAT, "2023-09-19", [
            ("Caucasus Monitor", 0, "Near Askeran, Azerbaijani infantry clashed with Karabakh Defence Army units on {dow} afternoon; both sides reported losses at positions along the road to Stepanakert."),
        ]),
        C("shusha", ERV, "2023-09-19", [
            ("Ministry of Defence of Azerbaijan", 0, "Bulletin No. 3, {d_mon}: Armenian armed formations fired large-calibre weapons at the city of Shusha; a civilian worker was wounded. Retaliatory measures are being taken."),
        ]),
        C("nextday", ERV, "2023-09-20", [
            ("Global Wire", 0, "BAKU, {mon_abbr} (Global Wire) - Explosions were heard again on the outskirts of Khankendi on {dow} morning, a day after the deadly shelling, before a ceasefire took effect at 1 p.m., residents said; no new casualties were reported."),
        ]),
    ],
    "xkx-banjska-clash": [
        C("main", BAT, "2023-09-24", [
            ("Global Wire", 0, "PRISTINA, {mon_abbr} (Global Wire) - About 30 heavily armed men barricaded themselves in a Serbian Orthodox monastery in the northern Kosovo village of Banjska on {dow} after a gunfight in which a Kosovo police officer was killed, Prime Minister Albin Kurti said. Three of the attackers were killed."),
            ("Kosovo Police", 0, "Statement, {d_mon}: at 02:30 a police patrol was attacked with firearms and hand grenades at the entrance of Banjska, Zvečan municipality. One officer lost his life and one was wounded. Special units have encircled the attackers."),
            ("Mitrovica Today", 0, "Shooting could be heard all morning around the Banjska monastery. Pilgrims from Novi Sad were locked inside; the abbot says they are unharmed."),
            ("Balkan Insight Weekly", 4, "Kosovo buried on {next_dow} the sergeant killed in the Banjska ambush, as investigators said the armed group had left behind rocket launchers, mines and armoured vehicles. The toll of the day stands at one officer and three gunmen dead."),
        ]),
        C("leposavic", BAT, "2023-09-24", [
            ("Kosovo Police", 0, "Statement 2, {d_mon}: in the afternoon, members of the same armed group fired on police officers near Leposavić as they tried to flee toward the border; the officers returned fire. No one was hurt."),
        ]),
        C("nextday", STR, "2023-09-25", [
            ("Global Wire", 0, "PRISTINA, {mon_abbr} (Global Wire) - Kosovo police searching the Banjska area on {dow}, a day after the deadly standoff, seized weapons, explosives and uniforms and arrested two men, the interior minister said."),
        ]),
    ],
    "dza-algiers-march": [
        C("main", PRO, "2019-03-08", [
            ("Global Wire", 0, "ALGIERS, {mon_abbr} (Global Wire) - Hundreds of thousands of Algerians marched through the capital on {dow}, International Women's Day, in the largest protest yet against President Abdelaziz Bouteflika's bid for a fifth term. The march was largely peaceful."),
            ("El Watan Express (translated from French)", 0, "Algiers, Grande Poste: a human tide from Bab El Oued to the Place du 1er Mai. Families, students, veterans of the war of independence; the slogan of the day: 'No to the fifth term'."),
            ("Algerian Press Service", 0, "Citizens gathered in several streets of Algiers on {d_mon} to express political demands in a peaceful manner, the security services said, reporting 195 arrests for public order offences."),
            ("Maghreb Review", 3, "Last {dow}'s march in Algiers, now estimated by organisers at more than a million people, has made the regime's position untenable, analysts say."),
        ]),
        C("tiziouzou", PRO, "2019-03-08", [
            ("El Watan Express (translated from French)", 0, "In Tizi Ouzou, tens of thousands also marched from the university to the town hall on {dow} against the fifth term."),
        ]),
        C("palace", RIO, "2019-03-08", [
            ("Global Wire", 1, "Late on {dow}, after the main march had dispersed, groups of young men threw stones at police near the El Mouradia presidential palace in Algiers and set a car on fire; police used tear gas and 56 officers were hurt, officials said."),
        ]),
        C("nextday", PRO, "2019-03-10", [
            ("Global Wire", 0, "ALGIERS, {mon_abbr} (Global Wire) - Students at Algiers' universities went on strike and marched to the Grande Poste on {dow}, two days after the mass rally, rejecting Bouteflika's candidacy."),
        ]),
    ],
    "mrt-kaedi-riot": [
        C("main", RIO, "2024-07-01", [
            ("Global Wire", 1, "NOUAKCHOTT, {mon_abbr} (Global Wire) - Three people died in police custody in the southern Mauritanian town of Kaédi after riots on {dow} over the results of the presidential election, the interior ministry said, as protesters burned public buildings."),
            ("Sahara Medias Brief (translated from Arabic)", 0, "Kaédi: angry youths set fire to the prefecture building and a police vehicle this evening and blocked roads with burning tyres, contesting the announced results."),
            ("Interior Ministry of Mauritania", 1, "Acts of vandalism and looting were committed in Kaédi on {d_mon} by groups of delinquents; the security forces restored order and arrested those responsible. Three of the detainees later died."),
            ("Opposition candidate's campaign", 2, "We hold the government responsible for the deaths of our three young supporters in Kaédi, arrested on {d_mon} during the protests against electoral fraud."),
        ]),
        C("nouakchott", RIO, "2024-07-01", [
            ("Sahara Medias Brief (translated from Arabic)", 0, "In Nouakchott, supporters of the opposition candidate clashed with police in the Sebkha district on {dow} night, throwing stones at officers, who fired tear gas."),
        ]),
        C("nextday", PRO, "2024-07-02", [
            ("Global Wire", 0, "NOUAKCHOTT, {mon_abbr} (Global Wire) - Hundreds of mourners marched peacefully through Kaédi on {dow}, a day after the riots, demanding an inquiry into the deaths in custody."),
        ]),
    ],
    "pan-chame-shooting": [
        C("main", VAC, "2023-11-07", [
            ("Global Wire", 0, "PANAMA CITY, {mon_abbr} (Global Wire) - A man shot dead two protesters who were blocking the Pan-American Highway in Chame, west of the capital, on {dow}, in the deadliest incident of weeks of demonstrations against a copper mining contract, police said."),
            ("Prensa Oeste (translated from Spanish)", 0, "Chame, kilometre 70: a driver got out of his car and fired at the people at the roadblock. Two teachers fell; the man was arrested on the spot by the police."),
            ("National Police of Panama", 0, "On {d_mon} at about 13:00 on the Pan-American Highway in Chame, a citizen with a firearm injured two persons who later died. The suspect, 77, has been apprehended."),
            ("Teachers' union Asoprof", 1, "We mourn our colleagues murdered on {dow} at the Chame roadblock. We will not leave the streets until the contract is repealed."),
        ]),
        C("blockade", PRO, "2023-11-07", [
            ("Prensa Oeste (translated from Spanish)", 0, "Since dawn on {dow}, teachers and residents have kept the Pan-American Highway closed at Chame with tree trunks and banners, letting only ambulances through."),
        ]),
        C("capital", PRO, "2023-11-07", [
            ("Global Wire", 0, "In Panama City, thousands of people marched to the National Assembly on {dow} demanding the repeal of the mining contract; the march ended without incident."),
        ]),
        C("nextday", PRO, "2023-11-08", [
            ("Global Wire", 0, "PANAMA CITY, {mon_abbr} (Global Wire) - Protesters held a candlelight vigil on the highway at Chame on {dow} for the two men shot dead there the day before, and kept the road blocked."),
        ]),
    ],
    "vnm-daklak-attack": [
        C("main", BAT, "2023-06-11", [
            ("Global Wire", 1, "HANOI, {mon_abbr} (Global Wire) - Armed men attacked the headquarters of the Ea Tieu commune in Vietnam's Central Highlands province of Dak Lak early on {dow}, killing four police officers and two commune officials in a gunfight, state media said."),
            ("Vietnam News Agency (translated from Vietnamese)", 0, "Dak Lak, {d_mon}: at dawn, a group of about 40 people armed with guns and knives attacked the people's committee of Ea Tieu commune, Cu Kuin district. Police forces fought back and pursued them."),
            ("Ministry of Public Security of Vietnam", 1, "The Ministry affirms that the attack in Cu Kuin on {d_mon} was organised by reactionary elements. Six officials and officers were killed and two wounded. 45 suspects have been detained."),
            ("Highlands Rights Watch", 6, "A week after the deadly attack on the Ea Tieu commune office, families of the 75 people arrested in Cu Kuin district say they have had no news of them."),
        ]),
        C("arrests", STR, "2023-06-12", [
            ("Vietnam News Agency (translated from Vietnamese)", 0, "Dak Lak, {d_mon}: police arrested six more suspects in Cu Kuin district on {dow}, the day after the attack, and seized two guns and ammunition."),
        ]),
        C("gialai", VAC, "2023-06-11", [
            ("Central Highlands Daily", 1, "In neighbouring Gia Lai province, a man was stabbed to death in a land dispute in Chu Se district on {dow}; police said the case was unrelated to the attack in Dak Lak."),
        ]),
    ],
    "ind-poonch-shelling": [
        C("main", ERV, "2025-05-07", [
            ("Global Wire", 0, "SRINAGAR, {mon_abbr} (Global Wire) - Pakistani artillery shells hit the town of Poonch on {dow}, killing 12 civilians including two children and destroying homes and a gurdwara, Indian officials said, hours after India's missile strikes on Pakistan."),
            ("Jammu Kashmir Now", 0, "Poonch town: shells landed near the main market and the Gurdwara Singh Sabha this morning. Residents are taking shelter in bunkers; the district hospital has received dozens of wounded."),
            ("Indian Army Northern Command", 0, "On {d_mon}, the Pakistan Army resorted to indiscriminate artillery firing across the Line of Control in the Poonch sector, targeting civilians. Appropriate response is being given."),
            ("Kashmir Observer Weekly", 3, "The death toll from {dow}'s shelling of Poonch rose to 15 on {next_dow} after three of the wounded died in a Jammu hospital."),
        ]),
        C("retaliation", ERV, "2025-05-07", [
            ("Global Wire", 0, "Indian missiles struck a mosque complex in Muzaffarabad, in Pakistan-administered Kashmir, early on {dow}, killing three people, Pakistan's army said."),
        ], "PAK"),
        C("rajouri", ERV, "2025-05-07", [
            ("Jammu Kashmir Now", 0, "In Rajouri district, Pakistani shells also hit houses in the village of Laam on {dow}; two women were wounded, officials said."),
        ]),
        C("nextday", ERV, "2025-05-08", [
            ("Global Wire", 0, "SRINAGAR, {mon_abbr} (Global Wire) - Shelling resumed in Poonch on {dow}, a day after the deadliest cross-border fire in decades, wounding a police officer, officials said."),
        ]),
    ],
    "isr-beersheba-missile": [
        C("main", ERV, "2025-06-19", [
            ("Global Wire", 0, "JERUSALEM, {mon_abbr} (Global Wire) - An Iranian ballistic missile hit the Soroka hospital in the southern Israeli city of Beersheba on {dow}, wounding dozens of people and causing heavy damage, Israeli officials said."),
            ("Soroka Medical Center director", 0, "Radio interview, {dow} morning: the missile struck the old surgical building, which we had evacuated two days ago. We have 40 lightly wounded, staff and patients, and no fatalities."),
            ("Islamic Revolutionary Guard Corps", 0, "Statement: in the new wave of operation True Promise 3 on {d_mon}, the command and intelligence headquarters of the Zionist army next to the Soroka hospital in Beersheba was targeted."),
            ("Negev Weekly", 4, "Repairs began on {next_dow} at Soroka, where 71 people were lightly hurt in last week's Iranian missile strike, the hospital said, revising its first count."),
        ]),
        C("retaliation", ERV, "2025-06-19", [
            ("Global Wire", 0, "Israeli jets struck the Arak heavy water reactor in central Iran on {dow}, hours after the strike on the Beersheba hospital; Iranian media said there was no radiation danger."),
        ], "IRN"),
        C("holon", ERV, "2025-06-19", [
            ("Global Wire", 1, "Another missile of the same barrage hit residential buildings in Holon, near Tel Aviv, on {dow} morning, wounding six people, rescuers said."),
        ]),
        C("nextday", ERV, "2025-06-20", [
            ("Negev Weekly", 0, "Beersheba, {dow}: a missile fell near the high-tech park in the north of the city this morning, a day after the hit on Soroka; several people were treated for shock."),
        ]),
    ],
    "syr-damascus-church": [
        C("main", ERV, "2025-06-22", [
            ("Global Wire", 0, "DAMASCUS, {mon_abbr} (Global Wire) - A suicide bomber opened fire and then blew himself up inside the Mar Elias church in the Dweila district of Damascus during Sunday mass, killing 22 people and wounding 63, Syria's health ministry said."),
            ("SANA (translated from Arabic)", 0, "Damascus, {d_mon} - A terrorist affiliated with the Daesh group entered the Mar Elias church in Dweila, fired at worshippers and detonated his explosive belt."),
            ("Greek Orthodox Patriarchate of Antioch", 0, "With deep sorrow we announce the martyrdom of our children in the criminal attack on the church of the Prophet Elias in Dweila this evening."),
            ("Levant Monitor", 2, "The toll of {dow}'s church bombing in Damascus has risen to 25 dead, the health ministry said, as funerals were held in Bab Touma."),
        ]),
        C("mezzeh", ERV, "2025-06-22", [
            ("Levant Monitor", 0, "Separately, a roadside bomb hit a General Security vehicle in Damascus' Mezzeh district on {dow} morning, wounding two members of the security forces."),
        ]),
        C("vigil", PRO, "2025-06-23", [
            ("Global Wire", 0, "DAMASCUS, {mon_abbr} (Global Wire) - Hundreds of Christians gathered outside the Mar Elias church in Damascus on {dow}, a day after the suicide bombing, demanding that the authorities protect minorities."),
        ]),
    ],
    "lso-mafeteng-killing": [
        C("main", VAC, "2023-05-12", [
            ("Global Wire", 1, "MASERU, {mon_abbr} (Global Wire) - Gunmen believed to belong to a famo music gang shot dead seven people at a village in Lesotho's Mafeteng district late on {dow}, police said, the latest in a wave of gang killings."),
            ("Lesotho Mounted Police Service", 1, "On {d_mon} at around 21:00 at Matelile, Mafeteng, unknown armed men entered a homestead and opened fire on the occupants. Seven persons were certified dead at the scene. Investigations continue."),
            ("Radio Lesotho morning bulletin", 1, "Residents of Matelile are in mourning this morning after seven people, among them a family of four, were killed by gunmen overnight."),
            ("Mountain Kingdom News", 5, "Police have arrested two suspects in connection with last {dow}'s massacre at Matelile, in which seven villagers were killed; the victims were buried on Wednesday."),
        ]),
        C("thabana", VAC, "2023-05-12", [
            ("Mountain Kingdom News", 1, "In a separate attack attributed to the same gang, two men were shot dead at a shebeen in Thabana-Morena, also in Mafeteng district, on {dow} evening."),
        ]),
        C("nextday", VAC, "2023-05-13", [
            ("Global Wire", 0, "MASERU, {mon_abbr} (Global Wire) - Gunmen killed a herdsman near Matelile on {dow}, a day after seven people were massacred in the village, police said."),
        ]),
    ],
}


# Batch 10 (2026-11-27): conflicts the earlier batches lack (the 2025 Goma crisis seen from Rwanda's Rubavu, Guatemala's
# Nahualá-Ixtahuacán land conflict, the Republic of Congo's Pool insurgency, Northern Ireland's 2021 riots, France's
# 2023 urban riots, Gabon's 2016 post-election unrest, the Tigray war's rockets on Eritrea, Xinjiang's 2014 Urumqi
# market attack, Argentina's 2017 pension-reform clashes, Malawi's July 2011 protests, Morocco's Rif protests) in
# outlet styles they lack (an aviation NOTAM, an open-source investigator's geolocation thread, a satellite-imagery
# note, a photo agency's caption, a fire and rescue service's incident log, a press-freedom group's alert, a national
# human rights commission's preliminary findings, a mayor's press release, a forensic institute's bulletin, a voice
# note's transcript, an army public-relations office's deployment notice, a relief agency's weekly situation report, a
# passenger's account on the radio, a state agency's English flash); rich in the near-misses that false-merged on
# held-out text: the same place the next day, a neighbouring village or town the same day, the same actors in another
# incident, two incidents in one city on one day, a retaliation strike across the border (its own country in iso3); a
# follow-up days later that revises the toll, and a report that locates the event by a landmark or district where
# others name the town, are the same event. Written and committed before any code ran on it; split on its own by the
# SHA-1 rule like batches 1, 2 and 5-9 (see main).
SCENARIOS_10 = {
    "rwa-rubavu-shelling": [
        C("main", ERV, "2025-01-27", [
            ("Global Wire", 0, "KIGALI, {mon_abbr} (Global Wire) - Shells fired from across the border in Goma landed in the Rwandan town of Rubavu on {dow}, killing five civilians and wounding 35, Rwanda's army said, as M23 rebels fought for control of the Congolese city."),
            ("Rwanda Defence Force", 0, "Statement, {d_mon}: indiscriminate fire by the FARDC and the FDLR from Goma hit residential areas of Rubavu District, killing 5 civilians. The RDF has taken defensive measures along the border."),
            ("Gisenyi community radio, transcribed", 0, "Gisenyi this afternoon: bombs fell near the Petite Barrière border post and in Mbugangari; families are fleeing up the hill. Nurses at Gisenyi hospital say they cannot count the wounded."),
            ("Rwanda Biomedical Centre", 3, "Update: the toll of the {d_mon} cross-border shelling of Rubavu has risen to 9 dead, after four of the injured died in hospital."),
        ]),
        C("nextday", ERV, "2025-01-28", [
            ("Global Wire", 0, "KIGALI, {mon_abbr} (Global Wire) - More shells fell on Rubavu on {dow}, a day after the deadly cross-border fire, damaging a school; no one was hurt, local officials said."),
        ]),
        C("retaliation", ERV, "2025-01-27", [
            ("Goma live blog (translated from French)", 0, "14:20 - Heavy artillery fire from the Rwandan side hit the Himbi district of Goma on {dow}; at least four people were killed near the lake shore, residents say."),
        ], "COD"),
        C("rusizi", ERV, "2025-01-27", [
            ("Rwanda Defence Force", 1, "Separately, on {d_mon}, two rounds fired from across the Rusizi river struck houses in Rusizi District, wounding a child."),
        ]),
    ],
    "gtm-nahuala-killing": [
        C("main", VAC, "2024-06-08", [
            ("Global Wire", 1, "GUATEMALA CITY, {mon_abbr} (Global Wire) - Gunmen shot dead four farmers in a disputed area between the municipalities of Nahualá and Santa Catarina Ixtahuacán in Guatemala's Sololá department on {dow}, police said, reviving a decades-old land conflict."),
            ("Prensa Sololá (translated from Spanish)", 0, "Santa Catarina Ixtahuacán, {d_mon}: four community members were murdered in the Chiquix sector while working their maize fields. Residents blame armed men from the neighbouring municipality."),
            ("Guatemalan Army public relations office", 1, "Following the armed attack of {d_mon} in which four persons lost their lives in Santa Catarina Ixtahuacán, Sololá, 150 soldiers have been deployed to the area under a state of prevention."),
            ("National Institute of Forensic Sciences", 2, "Bulletin: the Institute received the bodies of five men from the Chiquix area of Sololá after the attack of {d_mon}; the fifth victim died on the way to hospital."),
        ]),
        C("nextday", VAC, "2024-06-09", [
            ("Prensa Sololá (translated from Spanish)", 0, "A day after the massacre, shots were again fired at houses in Chiquix on {dow}; a woman was wounded in the leg, residents said."),
        ]),
        C("blockade", PRO, "2024-06-08", [
            ("Global Wire", 1, "In Nahualá, hundreds of residents blocked the Inter-American Highway on {dow}, rejecting accusations over the killings and demanding that the government respect their land titles."),
        ]),
        C("xejuyup", VAC, "2024-06-08", [
            ("Prensa Sololá (translated from Spanish)", 1, "Later on {dow}, armed men believed to belong to the same group shot and wounded a teenager in the village of Xejuyup, Nahualá, police said."),
        ]),
    ],
    "cog-mindouli-train": [
        C("main", VAC, "2017-05-22", [
            ("Global Wire", 1, "BRAZZAVILLE, {mon_abbr} (Global Wire) - Ninja militiamen loyal to the pastor known as Ntumi attacked a passenger train near Mindouli in the Republic of Congo's Pool region on {dow}, killing three passengers and looting the carriages, the railway company said."),
            ("Radio Congo (translated from French)", 1, "A passenger of the Pointe-Noire to Brazzaville train told our station how armed men stopped the convoy between Mindouli and Loutété on {d_mon} and fired into the carriages: 'Three people died next to me.'"),
            ("Congolese Armed Forces spokesman", 1, "The armed forces are pursuing the terrorists of the Ntumi band after their cowardly attack on the train at Mindouli on {d_mon}."),
            ("Catholic relief agency weekly situation report", 6, "Pool, week 21: since the attack on the train at Mindouli on {d_mon}, in which four passengers died, rail traffic remains interrupted and food prices in Kinkala have doubled."),
        ]),
        C("kinkala", BAT, "2017-05-22", [
            ("Global Wire", 1, "Also on {dow}, army troops and Ninja fighters exchanged fire in Kinkala, the Pool's main town, residents said; no toll was given."),
        ]),
        C("nextday", VAC, "2017-05-23", [
            ("Radio Congo (translated from French)", 0, "Mindouli, {d_mon}: armed men looted houses near the station the day after the train attack and beat two farmers, the sub-prefect said."),
        ]),
        C("helicopter", ERV, "2017-05-22", [
            ("Global Wire", 2, "An army helicopter fired rockets at suspected Ninja camps in the forest near Vindza, in the Pool region, on {dow}, residents who fled the area said."),
        ]),
    ],
    "gbr-belfast-riot": [
        C("main", RIO, "2021-04-07", [
            ("Global Wire", 1, "BELFAST, {mon_abbr} (Global Wire) - Youths hijacked and burned a bus and threw petrol bombs at police at the interface gates on Lanark Way in west Belfast on {dow} night, in the worst rioting in Northern Ireland for years, police said."),
            ("Police Service of Northern Ireland", 1, "Seven officers were injured during disorder at the Lanark Way and Springfield Road interface on the evening of {d_mon}. A Metro bus was hijacked and set alight. We will pursue those responsible."),
            ("Photo agency caption", 0, "BELFAST, NORTHERN IRELAND - {mon_d}: A hijacked bus burns on Lanark Way as loyalist and nationalist youths clash at the peace line gates."),
            ("Northern Ireland Fire and Rescue Service", 1, "Incident log, {d_mon}, 21:40: crews attended a vehicle fire at Lanark Way, Belfast. The bus was destroyed. Crews withdrew twice after coming under attack."),
            ("Global Wire", 3, "The number of police officers injured in {dow}'s rioting on Lanark Way in Belfast has risen to 19, the PSNI said, as politicians in London and Dublin condemned the violence."),
        ]),
        C("nextnight", RIO, "2021-04-08", [
            ("Global Wire", 0, "BELFAST, {mon_abbr} (Global Wire) - Rioting broke out again on {dow} night at the Springfield Road interface in west Belfast, a day after the bus was burned; police used a water cannon for the first time in six years."),
        ]),
        C("sandyrow", RIO, "2021-04-07", [
            ("Police Service of Northern Ireland", 1, "Also on the evening of {d_mon}, a crowd threw masonry at police vehicles in Sandy Row, south Belfast; two officers were hurt."),
        ]),
        C("newtownabbey", RIO, "2021-04-07", [
            ("Global Wire", 1, "In Newtownabbey, north of Belfast, a crowd set a hijacked car alight and fired fireworks at police on {dow} night."),
        ]),
    ],
    "fra-nanterre-riot": [
        C("main", RIO, "2023-06-27", [
            ("Global Wire", 1, "PARIS, {mon_abbr} (Global Wire) - Youths set cars and bins on fire and fired fireworks at police in Nanterre, west of Paris, late on {dow} after an officer shot dead a 17-year-old driver at a traffic stop, police said; 24 officers were slightly hurt."),
            ("Hauts-de-Seine local daily (translated from French)", 1, "Nanterre, Pablo-Picasso estate: a night of violence after the teenager's death. Around forty cars burned and a town hall annexe was targeted, the prefecture said."),
            ("Mayor of Nanterre", 1, "Press release: the mayor condemns the violence of last night, {dow} into {next_dow}, in the Pablo-Picasso district, and calls for calm while the investigation into the young man's death proceeds."),
            ("Global Wire", 4, "Prosecutors said 31 vehicles were burned in Nanterre on the first night of unrest, {d_mon}, revising the figure given by the prefecture."),
        ]),
        C("nextnight", RIO, "2023-06-28", [
            ("Global Wire", 0, "PARIS, {mon_abbr} (Global Wire) - Youths again burned cars and a bank branch in Nanterre on {dow} night, a day after the first clashes, and police made 150 arrests across the Paris region."),
        ]),
        C("mantes", RIO, "2023-06-27", [
            ("Hauts-de-Seine local daily (translated from French)", 1, "In Mantes-la-Jolie, in the Yvelines, a town hall annexe was set on fire overnight into {next_dow}, the mayor said."),
        ]),
        C("march", PRO, "2023-06-29", [
            ("Global Wire", 0, "PARIS, {mon_abbr} (Global Wire) - Some 6,000 people joined a silent march in Nanterre on {dow} in memory of the teenager shot dead by police two days earlier."),
        ]),
    ],
    "gab-libreville-unrest": [
        C("main", RIO, "2016-08-31", [
            ("Global Wire", 1, "LIBREVILLE, {mon_abbr} (Global Wire) - Protesters set fire to part of Gabon's National Assembly building in Libreville on {dow} after Ali Bongo was declared winner of the presidential election, witnesses said, as police fired tear gas."),
            ("Interior Ministry of Gabon (translated from French)", 1, "On {d_mon}, armed looters set fire to the parliament building and attacked public property in the capital. The security forces restored order."),
            ("Satellite imagery note", 2, "Imagery of Libreville acquired on {next_dow} shows fire damage to the west wing of the National Assembly building on Boulevard Triomphal, consistent with reports of arson the previous evening."),
        ]),
        C("ping-hq", VAC, "2016-08-31", [
            ("Global Wire", 1, "Hours later, security forces stormed the headquarters of opposition leader Jean Ping in Libreville's Charbonnages district, killing two people, his aides said."),
            ("Opposition coalition", 2, "On the night of {d_mon}, the Republican Guard attacked our candidate's headquarters in Charbonnages with helicopters and live fire. Two of our supporters were killed."),
        ]),
        C("portgentil", RIO, "2016-08-31", [
            ("Global Wire", 1, "In Port-Gentil, the economic capital, youths looted shops and burned tyres on {dow}, residents said."),
        ]),
        C("nextday", RIO, "2016-09-01", [
            ("Global Wire", 0, "LIBREVILLE, {mon_abbr} (Global Wire) - Looting and clashes with police continued in Libreville's Nzeng-Ayong district on {dow}, a day after the parliament fire, residents said."),
        ]),
    ],
    "eri-asmara-rockets": [
        C("main", ERV, "2020-11-14", [
            ("Global Wire", 1, "NAIROBI, {mon_abbr} (Global Wire) - Several rockets fired from Ethiopia's Tigray region struck the Eritrean capital Asmara late on {dow}, diplomats said, a major escalation of the conflict; there was no immediate word on casualties."),
            ("Tigray regional TV (translated from Tigrinya)", 1, "The TPLF said its forces fired on Asmara airport on {d_mon}, a legitimate target because Eritrea's army is fighting alongside Ethiopian federal troops."),
            ("Aviation NOTAM", 1, "NOTAM: Asmara Intl (HHAS) closed to all traffic following rocket impacts near the aerodrome on {d_mon}. Until further notice."),
            ("Open-source investigator's thread", 3, "Thread: geolocated footage confirms at least two impacts near Asmara airport and one in the Sembel area on the night of {d_mon}. No damage to the runway visible."),
        ]),
        C("bahirdar", ERV, "2020-11-13", [
            ("Global Wire", 0, "ADDIS ABABA, {mon_abbr} (Global Wire) - Rockets fired by Tigrayan forces hit the airport of Bahir Dar in Ethiopia's Amhara region late on {dow}, damaging a terminal, the government said."),
        ], "ETH"),
        C("mekelle", ERV, "2020-11-14", [
            ("Global Wire", 1, "Ethiopian warplanes bombed targets around Mekelle, the Tigray capital, on {dow}, the federal government said, calling them military depots of the TPLF."),
        ], "ETH"),
        C("otherday", ERV, "2020-11-27", [
            ("Global Wire", 0, "NAIROBI, {mon_abbr} (Global Wire) - Six explosions were heard in Asmara on {dow} night, two weeks after the first rocket attack on the Eritrean capital, diplomats said."),
        ]),
    ],
    "chn-urumqi-market": [
        C("main", ERV, "2014-05-22", [
            ("Xinhua English flash", 0, "URUMQI, {mon_d} (Xinhua) -- 31 people were killed and 94 injured in a violent terrorist attack at a morning market in Urumqi, capital of northwest China's Xinjiang Uygur Autonomous Region, on {dow} morning, local authorities said."),
            ("Global Wire", 0, "BEIJING, {mon_abbr} (Global Wire) - Attackers ploughed two vehicles into shoppers at an open-air market in Urumqi and hurled explosives from the windows early on {dow}, killing 31 people, state media said."),
            ("Photo agency caption", 0, "URUMQI, CHINA - {mon_d}: Police cordon off the street market on Gongyuan North Road in Urumqi's Saybagh district after the explosions."),
            ("Uyghur exile group", 1, "We condemn the violence at the Urumqi market on {d_mon} and warn that Beijing will use it to justify more repression of Uyghurs."),
            ("Global Wire", 3, "The toll from {dow}'s market bombing in Urumqi has risen to 39 dead, Xinjiang's government said."),
        ]),
        C("station", ERV, "2014-04-30", [
            ("Global Wire", 0, "BEIJING, {mon_abbr} (Global Wire) - A knife and bomb attack at Urumqi's South railway station on {dow} killed three people, including two attackers, and wounded 79, state media said."),
        ]),
        C("arrests", STR, "2014-05-23", [
            ("Xinhua English flash", 0, "URUMQI, {mon_d} (Xinhua) -- Police in Urumqi detained five suspects on {dow}, the day after the market attack, and seized explosive devices, the regional government said."),
        ]),
        C("kashgar", BAT, "2014-05-22", [
            ("Global Wire", 1, "In Kashgar, also in Xinjiang, police shot dead two men who attacked a checkpoint with knives on {dow}, state media said."),
        ]),
    ],
    "arg-congress-clash": [
        C("main", RIO, "2017-12-18", [
            ("Global Wire", 0, "BUENOS AIRES, {mon_abbr} (Global Wire) - Protesters hurled stones at police outside Argentina's Congress on {dow} as lawmakers debated a pension reform, and police answered with rubber bullets, tear gas and water cannon; dozens were hurt on both sides."),
            ("Ministry of Security of Argentina (translated from Spanish)", 1, "88 federal and city police officers were injured by violent groups in the Plaza del Congreso on {d_mon}; 60 people were arrested."),
            ("Press freedom group alert", 1, "At least ten journalists covering the protest at Congress on {d_mon} were hit by rubber bullets or beaten by police, our monitoring unit recorded."),
            ("Global Wire", 2, "Prosecutors charged 40 of the people arrested in {dow}'s clashes outside Congress in Buenos Aires, as the city counted 162 injured, up from its first figure of 88."),
        ]),
        C("cacerolazo", PRO, "2017-12-18", [
            ("Global Wire", 1, "Later on {dow} night, thousands of residents banged pots and pans in the Belgrano and Palermo neighbourhoods of Buenos Aires against the reform, in peaceful protests."),
        ]),
        C("earlier", RIO, "2017-12-14", [
            ("Global Wire", 0, "BUENOS AIRES, {mon_abbr} (Global Wire) - Police fired rubber bullets at protesters who threw stones outside Congress on {dow}, and the session on the pension reform was suspended."),
        ]),
        C("rosario", PRO, "2017-12-18", [
            ("Global Wire", 1, "In Rosario, thousands of union members marched peacefully against the pension reform on {dow}."),
        ]),
    ],
    "mwi-mzuzu-protest": [
        C("main", RIO, "2011-07-20", [
            ("Global Wire", 1, "BLANTYRE, {mon_abbr} (Global Wire) - Police shot dead at least eight people in the northern Malawian city of Mzuzu on {dow} as protesters against President Bingu wa Mutharika looted shops and set fire to the ruling party's offices, hospital sources said."),
            ("Malawi Human Rights Commission", 3, "Preliminary findings: on {d_mon} in Mzuzu, police used live ammunition against demonstrators at Katoto and near the central hospital; eight people died of gunshot wounds."),
            ("Northern Region voice note, transcribed", 0, "Mzuzu is burning. This afternoon the DPP offices at Katoto were torched and shops along the M1 looted; police are firing live bullets."),
            ("Global Wire", 4, "The toll from {dow}'s protests in Mzuzu has risen to nine after a wounded student died, the hospital said."),
        ]),
        C("lilongwe", RIO, "2011-07-20", [
            ("Global Wire", 1, "In the capital Lilongwe, police fired tear gas at protesters who burned cars in the city centre on {dow}; two people were shot dead, officials said."),
        ]),
        C("karonga", RIO, "2011-07-20", [
            ("Northern Region voice note, transcribed", 0, "From Karonga: protesters stoned the police station this afternoon and police fired tear gas, also here in the north."),
        ]),
        C("nextday", RIO, "2011-07-21", [
            ("Global Wire", 0, "BLANTYRE, {mon_abbr} (Global Wire) - Sporadic clashes between police and youths continued in Mzuzu on {dow}, a day after the deadly protests; one man was shot and wounded."),
        ]),
    ],
    "mar-alhoceima-clash": [
        C("main", RIO, "2017-07-20", [
            ("Global Wire", 1, "RABAT, {mon_abbr} (Global Wire) - Police fired tear gas at thousands of protesters trying to march into Al Hoceima in Morocco's northern Rif region on {dow}, and clashes left dozens injured, local officials said."),
            ("Maghreb Arabe Presse (translated from Arabic)", 0, "Al Hoceima, {d_mon}: 72 members of the security forces were injured by stone-throwing while maintaining order in the city, the provincial authorities said."),
            ("Rif activist's voice note, transcribed", 0, "We are at Sidi Abed square, Al Hoceima. Police are charging the march with tear gas; a young man is lying on the ground with a head wound."),
            ("Global Wire", 4, "A protester injured in the clashes in Al Hoceima on {d_mon} has died of his wounds, his family said, the first death of the Rif protests."),
        ]),
        C("imzouren", RIO, "2017-07-20", [
            ("Global Wire", 1, "In Imzouren, 20 km from Al Hoceima, youths threw stones at police on {dow} evening and burned tyres, residents said."),
        ]),
        C("nextday", PRO, "2017-07-21", [
            ("Global Wire", 0, "RABAT, {mon_abbr} (Global Wire) - Hundreds of people staged a peaceful sit-in in Al Hoceima on {dow}, a day after the violent clashes, demanding the release of detained activists."),
        ]),
    ],
}


# Batch 11 (2026-11-27): conflicts and unrest batches 1-10 lack (Spain's Catalonia, Ireland, Sweden, the UAE, Kuwait,
# Bahrain, Malaysia's Sabah, North Macedonia, Timor-Leste, Greece, the Netherlands, Mongolia), in outlet styles they lack
# (a long magazine feature beside a wire's one line, an emergency medical service's tally, a metro or rail operator's
# notice, an Irish-, Malay-, Macedonian-, Greek-, Dutch- or Mongolian-language outlet in translation, an embassy's
# consular note, an energy-market note, a hospital abroad, a court report, a fire service's night log), with local
# names beside international ones (Baile Átha Cliath / Dublin, Dawwar al-Lulu / Pearl Roundabout, Ulan Bator /
# Ulaanbaatar, Kumanova / Kumanovo, Díli / Dili) and "on Friday" beside "overnight"; rich in the near-misses that
# false-merge on held-out text: the same place the next day, a neighbouring town the same day, the same actors in
# another incident, two incidents in one city on one day (the stabbing and the riot after it, the shooting and the
# riot it set off), a retaliation strike across the border; follow-ups that revise the toll are the same event.
SCENARIOS_11 = {
    "esp-barcelona-riot": [
        C("main", RIO, "2019-10-18", [
            ("Global Wire", 0, "BARCELONA, {mon_abbr} (Global Wire) - Protesters burned barricades and threw stones at police in central Barcelona on {dow} night; dozens were hurt."),
            ("Catalan weekly magazine (translated from Catalan)", 5, "The night Urquinaona burned. It began, as the previous nights had, with a few hundred young people facing the police vans at the bottom of Via Laietana. By ten o'clock on {dow}, {d_mon}, the square had become a field of burning containers, paving stones pulled up from the pavements and foam bullets fired by the Mossos d'Esquadra and the National Police. Residents of the flats above the square filmed from their balconies as the barricades spread along Ronda de Sant Pere. 'I have lived here for forty years and never seen anything like it,' said a retired teacher we met the next morning among the ashes."),
            ("Catalan Emergency Medical Service (SEM)", 1, "Balance of the night of {d_mon} in Barcelona: SEM attended 152 people, 46 of them police officers, in the area of Plaça d'Urquinaona and Via Laietana. 6 people were taken to hospital in a serious condition."),
            ("Barcelona metro operator notice", 0, "Service notice {iso}, 19:40: Urquinaona, Catalunya and Passeig de Gràcia stations closed because of incidents on the street. Trains pass without stopping."),
            ("Global Wire", 3, "A judge jailed four of the people arrested in last {dow}'s riots around Plaça d'Urquinaona in Barcelona, the worst night of the unrest, in which the emergency services now say 182 people were hurt."),
        ]),
        C("march", PRO, "2019-10-18", [
            ("Global Wire", 0, "Earlier on {dow}, hundreds of thousands of people marched peacefully through Barcelona during a general strike, filling the Passeig de Gràcia, police said."),
        ]),
        C("sabadell", RIO, "2019-10-18", [
            ("Catalan Emergency Medical Service (SEM)", 1, "Also on the night of {d_mon}, protesters set containers on fire and clashed with police in the centre of Sabadell; SEM attended 4 people there."),
        ]),
        C("nextnight", RIO, "2019-10-19", [
            ("Global Wire", 0, "BARCELONA, {mon_abbr} (Global Wire) - Protesters and police clashed again around Plaça d'Urquinaona in Barcelona on {dow} night, the sixth night of unrest, though on a smaller scale than the night before."),
        ]),
    ],
    "irl-dublin-riot": [
        C("main", RIO, "2023-11-23", [
            ("Global Wire", 0, "DUBLIN, {mon_abbr} (Global Wire) - Rioters set fire to buses and a tram and looted shops in central Dublin on {dow} evening, hours after a knife attack outside a school, police said."),
            ("Irish-language radio (translated from Irish)", 1, "Baile Átha Cliath: violence on Sráid Uí Chonaill last night. A tram and three buses were burned and shops were broken into; gardaí were attacked with bottles and fireworks."),
            ("An Garda Síochána", 1, "34 people were arrested following the serious public disorder on O'Connell Street and the surrounding area on the night of {d_mon}. 11 Garda vehicles were damaged and 13 premises were looted or damaged."),
            ("Dublin tram operator", 1, "The Red Line is suspended between Abbey Street and The Point after a tram was set alight on O'Connell Street during the disorder of {d_mon}."),
            ("Global Wire", 5, "A 23-year-old man charged over the riot in Dublin city centre on {d_mon} was refused bail, the district court heard, as police said the number of arrests had risen to 48."),
        ]),
        C("stabbing", VAC, "2023-11-23", [
            ("Global Wire", 0, "DUBLIN, {mon_abbr} (Global Wire) - A man stabbed three young children and a care assistant outside a school on Parnell Square East in Dublin on {dow} afternoon; a five-year-old girl was seriously hurt, police said."),
        ]),
        C("nextday", PRO, "2023-11-24", [
            ("An Garda Síochána", 0, "A gathering of around 50 people at the Garden of Remembrance on the evening of {d_mon}, a day after the disorder, dispersed peacefully under a heavy Garda presence."),
        ]),
    ],
    "swe-orebro-riot": [
        C("main", RIO, "2022-04-15", [
            ("Global Wire", 0, "STOCKHOLM, {mon_abbr} (Global Wire) - Rioters burned police cars and threw stones at officers in the Swedish city of Orebro on {dow} during protests against a far-right rally, police said; 12 officers were hurt."),
            ("Swedish Police Authority (translated from Swedish)", 0, "Örebro, {d_mon}: a riot broke out in Sveaparken ahead of a planned public gathering. Twelve police officers were injured and four police vehicles were set on fire."),
            ("Örebro University Hospital", 1, "Nine police officers injured in Sveaparken on {d_mon} were treated at our emergency department; all have been discharged."),
            ("Global Wire", 7, "Police raised to 26 the number of officers injured in the {dow} riot in Orebro's Sveaparken, the worst of the Easter unrest, and said the damage ran into millions of crowns."),
        ]),
        C("linkoping", RIO, "2022-04-15", [
            ("Swedish Police Authority (translated from Swedish)", 0, "Linköping, {d_mon}: in Skäggetorp, youths threw stones at police and set cars alight in the evening; three officers were hurt."),
        ]),
        C("nextnight", RIO, "2022-04-16", [
            ("Global Wire", 0, "STOCKHOLM, {mon_abbr} (Global Wire) - Youths again threw stones at police in Orebro's Vivalla district on {dow} night, a day after the riot in the city's Sveaparken, police said; no one was hurt."),
        ]),
    ],
    "are-abudhabi-drone": [
        C("main", ERV, "2022-01-17", [
            ("Global Wire", 0, "DUBAI, {mon_abbr} (Global Wire) - A suspected drone attack set off explosions in three fuel tankers near an ADNOC storage facility in Abu Dhabi on {dow}, killing three people, police said, in an attack claimed by Yemen's Houthis."),
            ("Emirates state news agency (translated from Arabic)", 0, "Abu Dhabi Police: a fire broke out this morning causing the explosion of three petroleum transport tankers in the ICAD 3 area of Musaffah, near ADNOC storage tanks. Two Indian nationals and one Pakistani national died and six people were injured."),
            ("Houthi military spokesman", 0, "Our armed forces carried out a successful operation deep in the UAE with ballistic missiles and drones, targeting vital installations in Abu Dhabi. We warn companies and residents to stay away."),
            ("Embassy of India, Abu Dhabi", 1, "The Embassy is in touch with the families of the two Indian nationals who lost their lives in the explosion at Mussafah on {d_mon} and with the UAE authorities."),
            ("Energy market note", 1, "Brent gained 1.2% after {dow}'s drone attack on fuel tankers at an ADNOC depot in the UAE capital, though the company said operations were not disrupted."),
        ]),
        C("sanaa", ERV, "2022-01-17", [
            ("Global Wire", 1, "Saudi-led coalition air strikes hit the Yemeni capital Sanaa late on {dow}, hours after the Houthi attack on Abu Dhabi, killing at least 14 people in a house, residents said."),
        ], "YEM"),
        C("intercept", ERV, "2022-01-24", [
            ("Global Wire", 0, "DUBAI, {mon_abbr} (Global Wire) - The UAE intercepted and destroyed two ballistic missiles fired at Abu Dhabi by the Houthis early on {dow}; debris fell in uninhabited areas around the city, the defence ministry said."),
        ]),
    ],
    "kwt-sawaber-mosque": [
        C("main", ERV, "2015-06-26", [
            ("Kuwait News Agency (translated from Arabic)", 0, "The Ministry of Health announced 27 martyrs and 227 injured in the explosion at the Imam al-Sadiq mosque in al-Sawabir during Friday prayers."),
            ("Global Wire", 0, "KUWAIT, {mon_abbr} (Global Wire) - A suicide bomber blew himself up in a Shi'ite mosque in Kuwait City during {dow} prayers, killing at least 25 people, officials said."),
            ("Islamic State statement", 1, "A knight of the caliphate set off his explosive belt in a temple of the rafida in the land of Kuwait on {dow}, killing and wounding dozens of them."),
            ("Global Wire", 2, "The toll from {dow}'s suicide bombing at the Imam Sadiq mosque in Kuwait City has risen to 27, the health ministry said, as thousands attended a mass funeral."),
        ]),
        C("arrests", STR, "2015-06-27", [
            ("Kuwait News Agency (translated from Arabic)", 0, "The Ministry of Interior arrested on Saturday the driver who took the suicide bomber to the mosque, as well as the owner of the house where the driver was hiding, in al-Riqqa."),
        ]),
        C("dammam", ERV, "2015-05-29", [
            ("Global Wire", 0, "DUBAI, {mon_abbr} (Global Wire) - A suicide bomber dressed as a woman blew himself up outside a Shi'ite mosque in Dammam in Saudi Arabia's Eastern Province during {dow} prayers, killing four people, state media said."),
        ], "SAU"),
    ],
    "bhr-pearl-roundabout": [
        C("main", VAC, "2011-02-17", [
            ("Global Wire", 0, "MANAMA, {mon_abbr} (Global Wire) - Riot police fired tear gas and birdshot to clear protesters camped at Pearl Roundabout in the Bahraini capital before dawn on {dow}, killing at least three people, the opposition said."),
            ("Doctor at Salmaniya hospital, by telephone", 0, "We have received the bodies of four men from Dawwar al-Lulu since the early hours, and dozens of wounded with shotgun pellets in their chests and faces."),
            ("Bahrain Interior Ministry", 0, "Security forces evacuated the Pearl Roundabout area in the early hours of {d_mon} after all opportunities for dialogue were exhausted. A number of policemen were injured."),
            ("Opposition society statement (translated from Arabic)", 1, "We hold the authorities responsible for the massacre at the Lulu roundabout at three in the morning, when sleeping men, women and children were attacked. Four martyrs have fallen."),
            ("Global Wire", 1, "Bahrain's overnight raid on the protest camp in Manama, which killed four people, drew condemnation from rights groups and a call for restraint from Washington."),
        ]),
        C("nextday", VAC, "2011-02-18", [
            ("Global Wire", 0, "MANAMA, {mon_abbr} (Global Wire) - Troops opened fire on {dow} on mourners marching towards Pearl Roundabout, a day after the camp was cleared, wounding dozens, witnesses said."),
        ]),
        C("funeral", PRO, "2011-02-18", [
            ("Opposition society statement (translated from Arabic)", 0, "Tens of thousands took part on {dow} in the funerals of the martyrs in Sitra and Karzakan, chanting for the fall of the government."),
        ]),
    ],
    "mys-lahad-datu": [
        C("main", BAT, "2013-03-01", [
            ("Malaysian national news agency (translated from Malay)", 0, "Two members of the police commando unit were killed in an exchange of fire with the armed intruders at Kampung Tanduo, Felda Sahabat, Lahad Datu, this morning, the Inspector-General of Police said."),
            ("Global Wire", 0, "KUALA LUMPUR, {mon_abbr} (Global Wire) - Malaysian police clashed with armed followers of the Sultan of Sulu holed up in a village in Sabah state on {dow}, leaving two police officers and 12 gunmen dead, officials said."),
            ("Sulu sultanate spokesman, on Manila radio", 0, "Our royal army in Tanduo was attacked by Malaysian forces this morning. Ten of our men were killed and four wounded, but we will not surrender."),
            ("Philippine Department of Foreign Affairs", 1, "The Department deeply regrets the loss of lives in the violent incident in Lahad Datu, Sabah, on {d_mon} and calls on the followers of the Sultanate to return home."),
        ]),
        C("semporna", BAT, "2013-03-02", [
            ("Global Wire", 0, "KUALA LUMPUR, {mon_abbr} (Global Wire) - Six Malaysian police officers were killed in an ambush by Sulu gunmen in the coastal village of Simunul in Semporna, about 300 km from Lahad Datu, on {dow}, police said."),
        ]),
        C("airstrike", ERV, "2013-03-05", [
            ("Malaysian national news agency (translated from Malay)", 0, "Royal Malaysian Air Force jets bombed the intruders' positions at Kampung Tanduo, Lahad Datu, this morning, followed by a ground assault by the army and police."),
        ]),
    ],
    "mkd-kumanovo-shootout": [
        C("main", BAT, "2015-05-09", [
            ("Global Wire", 0, "SKOPJE, {mon_abbr} (Global Wire) - Eight Macedonian police officers were killed in a gun battle with an armed group in the northern town of Kumanovo on {dow}, the interior ministry said."),
            ("Macedonian Interior Ministry (translated from Macedonian)", 1, "In the police action in the Divo Naselje neighbourhood of Kumanovo on {d_mon}, a terrorist group of more than 40 members was neutralised. Eight police officers lost their lives and 37 were injured; 14 terrorists were killed."),
            ("Albanian-language outlet (translated from Albanian)", 0, "Kumanova: heavy shooting since dawn in the Lagja e Trimave neighbourhood; residents say they have been trapped in their cellars for hours."),
            ("Global Wire", 2, "The death toll from {dow}'s fighting between police and gunmen in Kumanovo rose to 22, eight police officers and 14 gunmen, as the town buried its dead."),
        ]),
        C("goshince", BAT, "2015-04-21", [
            ("Global Wire", 0, "SKOPJE, {mon_abbr} (Global Wire) - About 40 armed men attacked a police border post at Gošince near Kumanovo before dawn on {dow}, tying up the officers and seizing weapons, the interior ministry said."),
        ]),
        C("skopje", PRO, "2015-05-17", [
            ("Global Wire", 0, "SKOPJE, {mon_abbr} (Global Wire) - Tens of thousands of people rallied in Skopje on {dow} demanding the government's resignation, a week after the deadly fighting in Kumanovo."),
        ]),
    ],
    "tls-dili-attack": [
        C("main", BAT, "2008-02-11", [
            ("Global Wire", 0, "DILI, {mon_abbr} (Global Wire) - Rebel soldiers attacked the home of East Timor's president in Dili early on {dow}, seriously wounding him; the rebel leader was killed in a gunfight with the guards."),
            ("Portuguese news agency (translated from Portuguese)", 0, "Díli, {d_mon}: shots were fired at dawn at the president's residence in Metiaut, on the eastern edge of the capital. Two attackers, among them the rebel commander, and one guard were hit."),
            ("Royal Darwin Hospital", 1, "The President of Timor-Leste, flown to Darwin after being shot at his home on {d_mon}, remains in a serious but stable condition after surgery."),
            ("UN mission in Timor-Leste", 0, "The Mission condemns in the strongest terms the armed attack this morning on the residence of the President of the Republic and is working with the national police to secure the capital."),
        ]),
        C("convoy", BAT, "2008-02-11", [
            ("Global Wire", 0, "About an hour later on {dow}, rebels fired on the prime minister's convoy in the hills of Balibar, south of Dili; he escaped unhurt, officials said."),
        ]),
        C("emergency", STR, "2008-02-12", [
            ("Portuguese news agency (translated from Portuguese)", 0, "Díli, {d_mon}: parliament approved a state of siege and a night curfew for the whole country, a day after the attacks on the president and the prime minister."),
        ]),
    ],
    "grc-athens-riot": [
        C("main", RIO, "2008-12-06", [
            ("Global Wire", 1, "ATHENS, {mon_abbr} (Global Wire) - Hundreds of youths smashed shop windows and set banks and cars ablaze in central Athens late on {dow}, hours after police shot dead a teenager in the Exarchia district."),
            ("Greek daily (translated from Greek)", 1, "Exarcheia, a night of fire: from Stournari street to Panepistimiou avenue, hooded youths set up burning barricades and fought the riot police until dawn. Thirty-one shops and nine banks were damaged."),
            ("Hellenic Fire Service night log", 1, "Night of {d_mon} into {next_dow}: crews attended 40 fires in the centre of Athens, among them banks, shops and 25 vehicles, in the Exarcheia, Omonia and Syntagma areas."),
            ("Global Wire", 3, "Shopkeepers in central Athens were still counting the damage from {dow} night's riots, which police now say hurt 12 officers, as unrest spread to other Greek cities."),
        ]),
        C("shooting", VAC, "2008-12-06", [
            ("Global Wire", 0, "ATHENS, {mon_abbr} (Global Wire) - A police officer shot dead a 15-year-old boy in the Exarchia district of Athens on {dow} evening after a confrontation with a group of youths, police said."),
        ]),
        C("thessaloniki", RIO, "2008-12-06", [
            ("Greek daily (translated from Greek)", 1, "In Thessaloniki too, youths smashed shop windows and threw petrol bombs at police on Egnatia street on the night of {d_mon}."),
        ]),
        C("nextday", RIO, "2008-12-07", [
            ("Global Wire", 0, "ATHENS, {mon_abbr} (Global Wire) - Rioting resumed in central Athens on {dow}, a day after the shooting of a teenager, as protesters hurled petrol bombs at police and set fire to shops on Ermou street."),
        ]),
    ],
    "nld-eindhoven-riot": [
        C("main", RIO, "2021-01-24", [
            ("Global Wire", 0, "AMSTERDAM, {mon_abbr} (Global Wire) - Rioters looted shops at Eindhoven's railway station and threw stones and fireworks at police on {dow} in the worst unrest in the Netherlands in decades, sparked by a Covid-19 curfew; 55 people were arrested."),
            ("Dutch police (translated from Dutch)", 0, "Eindhoven, {d_mon}: at the 18 Septemberplein and the Stationsplein, rioters attacked the riot police with stones and fireworks and set a car on fire. 55 people were arrested."),
            ("Dutch railway operator", 0, "Travel information {iso}: Eindhoven Centraal is closed after the shops in the station were looted. Trains do not stop at Eindhoven until further notice."),
            ("Mayor of Eindhoven", 1, "Yesterday afternoon and evening our city centre was the scene of unprecedented violence. What happened around the station on {dow} was not a protest; it was looting and destruction."),
            ("Global Wire", 3, "Prosecutors charged 20 people over {dow}'s riot in Eindhoven, where the damage to the station and shops is now put at several million euros."),
        ]),
        C("amsterdam", PRO, "2021-01-24", [
            ("Global Wire", 0, "In Amsterdam, police used water cannon on {dow} to disperse a banned protest against the curfew on the Museumplein and detained about 190 people."),
        ]),
        C("urk", RIO, "2021-01-23", [
            ("Dutch police (translated from Dutch)", 0, "Urk, {d_mon}: youths set fire to a coronavirus testing centre on the first evening of the curfew."),
        ]),
        C("denbosch", RIO, "2021-01-25", [
            ("Global Wire", 0, "AMSTERDAM, {mon_abbr} (Global Wire) - Rioters smashed shop windows and threw fireworks at police in 's-Hertogenbosch on {dow}, the third night of unrest over the curfew."),
        ]),
    ],
    "mng-ulaanbaatar-riot": [
        C("main", RIO, "2008-07-01", [
            ("Global Wire", 0, "ULAN BATOR, {mon_abbr} (Global Wire) - Protesters alleging fraud in Mongolia's parliamentary election set fire to the ruling party's headquarters in Ulan Bator on {dow}, and clashes with police left several people dead."),
            ("Mongolian state news agency (translated from Mongolian)", 1, "Ulaanbaatar, {d_mon}: the building of the Mongolian People's Revolutionary Party on Sükhbaatar Square was set on fire by a crowd; the President declared a four-day state of emergency in the capital."),
            ("Ministry of Health of Mongolia", 4, "The number of people who died of injuries sustained in the unrest of {d_mon} has risen to five; 239 civilians and 108 police officers were hurt."),
            ("Arts newsletter", 6, "The National Gallery of Fine Arts, which shared the party building that burned during the riot of {d_mon}, says works by Mongolian masters were looted or lost to the fire."),
        ]),
        C("curfew", STR, "2008-07-02", [
            ("Global Wire", 0, "ULAN BATOR, {mon_abbr} (Global Wire) - Soldiers and armoured vehicles patrolled the Mongolian capital on {dow} under a state of emergency after the riot, and police said about 700 people had been detained."),
        ]),
        C("rally", PRO, "2008-06-30", [
            ("Mongolian state news agency (translated from Mongolian)", 0, "Ulaanbaatar, {d_mon}: supporters of the Democratic Party gathered peacefully on Sükhbaatar Square on {dow} to protest against the preliminary election results."),
        ]),
    ],
}


# Batch 12 (2026-11-27): the conflicts most reported today, told the way outlets differ on one event: the village, the
# district or local government area, or only the region or "the north of the country"; the date as "on Saturday",
# "overnight", "late on Friday" in Saturday's paper, "yesterday", "last week" or a bare "Nov. 16", each against its own
# publication date; the attackers as a group's full name, its initials, "gunmen", "armed herders", "terrorists",
# "the enemy" or the name its own statement uses; tolls that differ and rise in follow-ups. Near-misses beside them:
# the same place another day (the aid site shot at again two days later), a nearby village or town of the same district
# the same day, the same actors in another incident the same day, another town of the same region the same night.
# Written and committed before any code ran on it; split on its own by the SHA-1 rule like batches 1, 2 and 5-11.
SCENARIOS_12 = {
    "nga-yelwata-killings": [
        C("main", VAC, "2025-06-13", [
            ("Global Wire", 1, "MAKURDI, Nigeria, {mon_abbr} (Global Wire) - Gunmen killed at least 45 people in an overnight attack on the village of Yelwata in Nigeria's Benue State, police said on {next_dow}, blaming suspected herders."),
            ("Benue Daily Monitor", 1, "Residents of Yelwata, a farming community in Guma Local Government Area, spent the day burying their dead after armed men stormed the market area late on {dow}, shooting people and setting houses on fire. Community leaders put the toll at 100."),
            ("Benue State Police Command", 1, "The Command confirms an attack by suspected armed herders on Yelwata, Guma LGA, in the early hours of {next_dow}. Tactical teams were deployed and the situation has been brought under control. Casualty figures will be communicated."),
            ("Rights group press release", 2, "The organisation is appalled by the killing of as many as 100 people in Yelwata, Benue State, on the night of {dow} {d_mon}. Many families were locked in their homes and burned alive."),
            ("Global Wire", 5, "Nigeria's president visited Benue on Wednesday, days after the massacre in Yelwata in which officials now say at least 59 people were killed, and ordered the arrest of the attackers."),
        ]),
        C("daudu", VAC, "2025-06-13", [
            ("Benue Daily Monitor", 1, "In a separate attack on {dow}, gunmen killed three farmers on their way to the fields near Daudu, also in Guma LGA, the council chairman said."),
        ]),
        C("protest", PRO, "2025-06-16", [
            ("Global Wire", 0, "MAKURDI, Nigeria, {mon_abbr} (Global Wire) - Hundreds of young people marched through Makurdi on {dow} to protest against the killings in Benue State, blocking the main road to the state government house."),
        ]),
    ],
    "bfa-djibo-siege": [
        C("main", BAT, "2025-05-11", [
            ("Global Wire", 1, "OUAGADOUGOU, {mon_abbr} (Global Wire) - Hundreds of jihadist fighters attacked military positions in the northern Burkina Faso town of Djibo on {dow}, killing dozens of soldiers and civilians, security sources said."),
            ("Sahel security monitor", 1, "JNIM launched a coordinated assault on Djibo (Soum province) at dawn on {d_mon}, overrunning the army camp and the VDP post before withdrawing in the afternoon. Estimates of the dead range from 50 to more than 100."),
            ("Jihadist group statement (translated from Arabic)", 2, "The mujahideen of Jama'at Nusrat al-Islam wal-Muslimin stormed the barracks of the Burkinabe army and its militias in the city of Djibo and took control of it for several hours, killing about two hundred of the apostates."),
            ("Burkinabe government spokesman", 3, "Last {dow}, terrorist hordes attempted an attack on the town of Djibo. Our forces responded vigorously, and the enemy suffered heavy losses. We deplore the loss of several of our comrades."),
        ]),
        C("village", VAC, "2025-05-11", [
            ("Sahel security monitor", 1, "The same day, armed men executed at least 12 civilians in the village of Gaskindé, also in Soum province, local sources said."),
        ]),
        C("laterday", ERV, "2025-05-14", [
            ("Global Wire", 0, "OUAGADOUGOU, {mon_abbr} (Global Wire) - Militants shelled Djibo with mortars on {dow}, wounding four civilians, three days after a major attack on the town, a resident said."),
        ]),
    ],
    "sdn-zamzam-assault": [
        C("main", BAT, "2025-04-11", [
            ("Global Wire", 0, "PORT SUDAN, {mon_abbr} (Global Wire) - Sudan's paramilitary Rapid Support Forces stormed the Zamzam displacement camp near El Fasher on {dow}, fighting the army and allied groups and killing dozens of people, aid groups said."),
            ("Darfur radio (translated from Arabic)", 1, "Since yesterday morning the Janjaweed militia has attacked Zamzam camp from three sides with heavy weapons and vehicles. Residents said at least 100 people, among them aid workers at a clinic, were killed."),
            ("RSF statement", 2, "Our forces liberated Zamzam camp, which the army's mercenaries had turned into a military barracks, and secured the civilians inside it."),
            ("UN humanitarian flash update", 2, "North Darfur: on {d_mon}, an attack on Zamzam IDP camp, about 15 km south of El Fasher, killed more than 100 people, including nine health workers of an international NGO."),
            ("Global Wire", 6, "Hundreds of thousands of people have fled the Zamzam camp since it was overrun by the RSF last week, the UN said, with the death toll of the assault now put at more than 400."),
        ]),
        C("abushouk", ERV, "2025-04-11", [
            ("Darfur radio (translated from Arabic)", 0, "On {dow} the RSF also shelled Abu Shouk camp on the northern edge of El Fasher, killing six displaced people, the camp's coordination committee said."),
        ]),
        C("elfasher", ERV, "2025-04-13", [
            ("Global Wire", 0, "PORT SUDAN, {mon_abbr} (Global Wire) - Shells fired by the RSF hit the centre of El Fasher on {dow}, killing 14 people, two days after the paramilitaries took the Zamzam camp to the south, local activists said."),
        ]),
    ],
    "cod-komanda-church": [
        C("main", VAC, "2025-07-27", [
            ("Global Wire", 0, "KINSHASA, {mon_abbr} (Global Wire) - Rebels from the Allied Democratic Forces attacked a Catholic church in Komanda in eastern Congo's Ituri province during an overnight prayer vigil, killing at least 38 worshippers, a local official said on {dow}."),
            ("Radio Okapi-style local radio (translated from French)", 0, "Komanda, Irumu territory: at least 43 people, including children, were killed with machetes and firearms in the early hours of {dow} inside and around the parish church. Several houses and shops were burned."),
            ("MONUSCO statement", 0, "The United Nations Mission condemns the attack this morning on a church in Komanda, about 60 kilometres south of Bunia, by elements of the ADF, which killed more than 40 civilians."),
            ("Islamic State news agency claim (translated from Arabic)", 1, "Soldiers of the caliphate attacked a gathering of Christians in the village of Komanda in the Congo, killing about 45 of them with light weapons."),
            ("Global Wire", 3, "The Vatican condemned the massacre of worshippers at a church in eastern Congo last {dow}, as local authorities said the death toll had risen to 49."),
        ]),
        C("beni", VAC, "2025-07-27", [
            ("Radio Okapi-style local radio (translated from French)", 0, "In Beni territory, North Kivu, suspected ADF rebels killed five farmers in their fields near Mayi-Moya on {dow}, civil society said."),
        ]),
        C("bunia", PRO, "2025-07-29", [
            ("Radio Okapi-style local radio (translated from French)", 0, "Bunia, {d_mon}: hundreds of residents marched to the Ituri governor's office on {dow} to demand better protection after the Komanda massacre."),
        ]),
    ],
    "mmr-pazigyi-airstrike": [
        C("main", ERV, "2023-04-11", [
            ("Global Wire", 0, "BANGKOK, {mon_abbr} (Global Wire) - Myanmar's military carried out an air strike on a gathering of opponents of army rule in the Sagaing region on {dow}, killing dozens of people, including children, witnesses and media said."),
            ("Myanmar exile outlet", 0, "A fighter jet bombed Pazigyi village in Kanbalu township at about 8 a.m. this morning as villagers gathered for the opening of a local administration office, followed by a helicopter firing on the crowd. At least 100 people are feared dead."),
            ("Junta spokesman (state television)", 1, "The Tatmadaw struck the opening ceremony of a so-called People's Defence Force office in Pazi Gyi village. Some of those killed may have been civilians forced to work for the terrorists."),
            ("UN human rights office", 1, "We are horrified by reports of an air strike on {d_mon} on a village in Kanbalu township, Sagaing region, in which as many as 100 people, including schoolchildren, were killed."),
            ("National Unity Government statement", 2, "The military junta's aerial massacre in Pazigyi, Kanbalu, killed at least 165 civilians, the deadliest air attack since the coup."),
        ]),
        C("nextvillage", ERV, "2023-04-12", [
            ("Myanmar exile outlet", 0, "A day after the Pazigyi massacre, junta aircraft bombed the village of Chaung Sone, also in Kanbalu township, on {dow}, wounding two people, local resistance members said."),
        ]),
        C("clash", BAT, "2023-04-11", [
            ("Myanmar exile outlet", 1, "Also on {dow}, resistance fighters clashed with junta troops near Ye-U, in another township of Sagaing region, killing four soldiers, a local PDF said."),
        ]),
    ],
    "ukr-kryvyirih-missile": [
        C("main", ERV, "2025-04-04", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - A Russian ballistic missile struck a residential area of Kryvyi Rih, President Zelensky's hometown, on {dow} evening, killing 18 people including nine children, officials said."),
            ("Dnipropetrovsk regional administration", 1, "As of this morning: the missile strike on Kryvyi Rih yesterday killed 19 people, nine of them children. 74 people were injured. The enemy hit a district of ordinary houses next to a playground."),
            ("Ministry of Defence of Russia", 0, "A high-precision strike was carried out on a restaurant in Krivoy Rog where a meeting of unit commanders and Western instructors was being held. Up to 85 servicemen were destroyed."),
            ("Kyiv Agency", 2, "Kryvyi Rih mourns: three days of mourning have been declared after the {d_mon} Iskander-M attack on a residential neighbourhood, which killed 20 people."),
        ]),
        C("dnipro", ERV, "2025-04-04", [
            ("Dnipropetrovsk regional administration", 0, "Also on {d_mon}, Russian drones hit Dnipro city, damaging a private house and wounding one man."),
        ]),
        C("nextday", ERV, "2025-04-05", [
            ("Global Wire", 0, "KYIV, {mon_abbr} (Global Wire) - Russian drones attacked Kryvyi Rih again overnight into {dow}, setting fire to a warehouse and injuring one person, a day after a deadly missile strike on the city."),
        ]),
    ],
    "rus-bryansk-bridge": [
        C("main", ERV, "2025-05-31", [
            ("Global Wire", 1, "MOSCOW, {mon_abbr} (Global Wire) - A road bridge collapsed onto a passenger train in Russia's Bryansk region near the Ukrainian border late on {dow}, killing seven people and injuring dozens; Russian investigators said it was blown up."),
            ("Russian state news agency (translated from Russian)", 0, "In the Vygonichsky district of the Bryansk region, a span of a road bridge collapsed onto the Klimovo-Moscow passenger train at 22:44. According to preliminary information, seven people died and 30 were injured."),
            ("Investigative Committee of Russia", 1, "A criminal case on a terrorist act has been opened over the explosion of the bridge in Vygonichi district on {d_mon}, which caused the death of seven people."),
            ("Global Wire", 3, "Russia blamed Ukraine on Tuesday for last weekend's bridge blast in the Bryansk region, which derailed a passenger train and killed seven people; Kyiv has not commented."),
        ]),
        C("kursk", ERV, "2025-05-31", [
            ("Russian state news agency (translated from Russian)", 1, "A few hours later, on the night of {d_mon}, a railway bridge in the Zheleznogorsk district of the Kursk region collapsed under a freight train; the driver was injured. Investigators suspect an explosion."),
        ]),
        C("drone", ERV, "2025-06-01", [
            ("Global Wire", 0, "MOSCOW, {mon_abbr} (Global Wire) - A Ukrainian drone hit a car in the Bryansk region's Klimovo district on {dow}, wounding two civilians, the governor said."),
        ]),
    ],
    "pse-rafah-aidsite": [
        C("main", VAC, "2025-06-01", [
            ("Global Wire", 0, "GAZA, {mon_abbr} (Global Wire) - At least 31 Palestinians were killed and more than 170 wounded when Israeli forces opened fire near an aid distribution site in Rafah in the southern Gaza Strip on {dow}, the Gaza health ministry said."),
            ("Palestinian news agency (translated from Arabic)", 0, "Occupation forces fired at crowds of hungry citizens gathered near the al-Alam roundabout in western Rafah, waiting for aid at an American distribution centre, killing 31 and injuring 176."),
            ("Israel Defense Forces", 0, "Initial review finds that IDF forces did not fire at civilians while they were near or within the humanitarian aid distribution site. Warning shots were fired at several suspects about a kilometre from the site overnight."),
            ("ICRC statement", 0, "This morning our field hospital in Rafah received 179 casualties, the highest number in a single mass-casualty event since it opened. 21 were declared dead on arrival."),
            ("Global Wire", 2, "The UN chief called for an independent investigation into {dow}'s killings near an aid site in Rafah, as the dispute over who fired and how many died continued."),
        ]),
        C("again", VAC, "2025-06-03", [
            ("Global Wire", 0, "GAZA, {mon_abbr} (Global Wire) - Israeli fire killed at least 27 people near the same aid distribution site in Rafah on {dow}, the third deadly shooting there in three days, the health ministry said."),
            ("Palestinian news agency (translated from Arabic)", 0, "Again this dawn, occupation forces opened fire on aid seekers at the al-Alam roundabout west of Rafah, killing 27."),
        ]),
        C("jabalia", ERV, "2025-06-01", [
            ("Palestinian news agency (translated from Arabic)", 0, "On {dow}, an occupation air strike on a house in Jabalia in the northern Gaza Strip killed five members of one family."),
        ]),
    ],
    "col-tibu-clash": [
        C("main", BAT, "2025-01-16", [
            ("Global Wire", 1, "BOGOTA, {mon_abbr} (Global Wire) - Fighting between ELN guerrillas and dissidents of the former FARC in Colombia's Catatumbo region has killed dozens of people since {dow}, the government said."),
            ("Colombian daily (translated from Spanish)", 1, "Since {dow} the ELN has attacked the 33rd Front of the dissidents in rural areas of Tibú, Norte de Santander, as well as social leaders and former combatants; the governor counts at least 60 dead."),
            ("Ombudsman's Office of Colombia", 2, "The Ombudsman's Office warned of the humanitarian crisis in the Catatumbo region after the clashes between the ELN and the FARC dissidents that began on {d_mon}, displacing more than 11,000 people."),
            ("Colombian army statement", 2, "Troops of the Second Division reinforced their presence in the municipalities of Tibú, El Tarra and Teorama after clashes between illegal armed groups on {mon_d} left dozens dead."),
        ]),
        C("arauca", ERV, "2025-01-16", [
            ("Colombian daily (translated from Spanish)", 1, "In Arauca, the ELN also bombed a section of the Caño Limón-Coveñas oil pipeline on {dow}, the state oil company said."),
        ]),
        C("cucuta", PRO, "2025-01-20", [
            ("Global Wire", 0, "BOGOTA, {mon_abbr} (Global Wire) - Thousands of people displaced by fighting in Catatumbo marched in Cúcuta on {dow} to demand humanitarian aid, days after clashes between armed groups."),
        ]),
    ],
    "mli-kayes-attacks": [
        C("main", BAT, "2025-07-01", [
            ("Global Wire", 0, "BAMAKO, {mon_abbr} (Global Wire) - Al Qaeda-linked militants attacked military positions in the western Malian city of Kayes on {dow}, the army said, adding that 80 assailants had been killed."),
            ("Malian Armed Forces (FAMa) statement (translated from French)", 0, "In the early hours of this morning, terrorist groups attacked the camps of Kayes. The FAMa vigorously repelled the assault and neutralised 80 terrorists."),
            ("Sahel security monitor", 1, "JNIM hit the regional capital Kayes near the border with Senegal on {d_mon}, targeting the governor's residence and the military camp."),
            ("Global Wire", 2, "Residents of Kayes said on Thursday that the city was calm after {dow}'s jihadist attack, and that markets had reopened."),
        ]),
        C("nioro", BAT, "2025-07-01", [
            ("Global Wire", 0, "Militants also attacked the army in Nioro du Sahel, a town in the same region, on {dow}, the army said."),
            ("Malian Armed Forces (FAMa) statement (translated from French)", 0, "Simultaneously, attacks targeted Nioro du Sahel; the assailants were repelled."),
        ]),
        C("sandare", BAT, "2025-07-03", [
            ("Sahel security monitor", 0, "Two days after the coordinated attacks, JNIM fighters attacked a gendarmerie post in Sandaré, Kayes region, on {dow}, killing two gendarmes."),
        ]),
    ],
    "pak-jaffar-express": [
        C("main", BAT, "2025-03-11", [
            ("Global Wire", 0, "QUETTA, Pakistan, {mon_abbr} (Global Wire) - Separatist militants blew up a railway track and seized a passenger train carrying about 400 people in Pakistan's southwestern Balochistan province on {dow}, officials said."),
            ("Pakistani daily", 1, "The Jaffar Express was attacked near Mushkaf in the Bolan Pass area of Kachhi district yesterday afternoon, when militants detonated explosives on the track and opened fire on the train as it entered a tunnel."),
            ("Baloch Liberation Army statement", 0, "The BLA's fighters have taken control of the Jaffar Express at Mushkaf, Dhadar, Bolan and hold more than 200 hostages, including serving army personnel."),
            ("Inter-Services Public Relations (ISPR)", 1, "The clearance operation at the train in Bolan has been completed: all 33 terrorists of Fitna al-Hindustan were sent to hell. 21 passengers and 4 FC personnel were martyred before the operation."),
            ("Global Wire", 4, "Families in Quetta were still waiting for news on Saturday of passengers missing after last week's hijacking of the Jaffar Express in Balochistan."),
        ]),
        C("kalat", BAT, "2025-03-11", [
            ("Pakistani daily", 1, "In another incident on {dow}, militants attacked a Levies post in Kalat district, Balochistan, killing one official."),
        ]),
        C("noshki", ERV, "2025-03-16", [
            ("Global Wire", 0, "QUETTA, Pakistan, {mon_abbr} (Global Wire) - A suicide bomber rammed a convoy carrying paramilitary troops in Balochistan's Noshki district on {dow}, killing five people, days after the train hijacking in the province."),
        ]),
    ],
    "ind-pahalgam-attack": [
        C("main", VAC, "2025-04-22", [
            ("Global Wire", 0, "SRINAGAR, India, {mon_abbr} (Global Wire) - Gunmen opened fire on tourists near the resort town of Pahalgam in Indian-administered Kashmir on {dow}, killing 26 people, police said."),
            ("Kashmir daily", 1, "Terror struck the Baisaran meadow, a few kilometres above Pahalgam in Anantnag district, yesterday afternoon, when militants emerged from the forest and singled out male tourists. 25 tourists and a local pony ride operator were killed."),
            ("The Resistance Front statement", 0, "The Resistance Front claims the action at Baisaran against those settling in the region with the help of the occupying forces."),
            ("Indian Ministry of External Affairs", 1, "The terror attack in Pahalgam on {d_mon} that claimed 26 lives has cross-border linkages. The Cabinet Committee on Security decided to hold the Indus Waters Treaty in abeyance."),
            ("Global Wire", 3, "The Resistance Front, a group Indian police call a front for the Pakistan-based Lashkar-e-Taiba, withdrew on Friday its claim for {dow}'s massacre of tourists in Kashmir."),
        ]),
        C("udhampur", BAT, "2025-04-24", [
            ("Global Wire", 0, "SRINAGAR, India, {mon_abbr} (Global Wire) - An Indian soldier was killed in a gunfight with militants in the Basantgarh area of Udhampur district on {dow}, the army said, two days after the Pahalgam attack."),
        ]),
        C("loc", BAT, "2025-04-25", [
            ("Indian army statement", 0, "Small arms fire was initiated by the Pakistan Army at multiple locations along the Line of Control in Kashmir on the night of {d_mon}; it was effectively responded to. No casualties."),
        ]),
    ],
}


def fill(text, date):
    d = datetime.date.fromisoformat(date)
    return text.format(
        dow=DAYS[d.weekday()],
        d_mon=f"{d.day} {MONTHS[d.month - 1]}",
        mon_d=f"{MONTHS[d.month - 1]} {d.day}",
        mon_abbr=f"{ABBR[d.month - 1]} {d.day}",
        iso=date,
        next_dow=DAYS[(d.weekday() + 1) % 7],
    )


def slug(source):
    return "".join(ch if ch.isalnum() else "-" for ch in source.lower()).strip("-")


def records(key, clusters):
    out = []
    n = 0
    for label, event_type, date, reports, iso3 in clusters:
        cluster = f"{key}/{label}"
        for source, after, text in reports:
            n += 1
            published = (datetime.date.fromisoformat(date) + datetime.timedelta(days=after)).isoformat()
            rid = f"fus-{key}-{n:02d}"
            out.append({
                "id": rid,
                "text": fill(text, date),
                "published": published,
                "source": source,
                "url": f"https://{slug(source)}.example/{published.replace('-', '/')}/{rid}",
                "gold": {"cluster": cluster, "event_type": event_type, "event_date": date, "iso3": iso3 or key.split("-")[0].upper()},
            })
    return out


def main():
    splits = {"dev": [], "test": []}
    scenarios = {**SCENARIOS, **SCENARIOS_2, **SCENARIOS_3, **SCENARIOS_4, **SCENARIOS_5, **SCENARIOS_6, **SCENARIOS_7, **SCENARIOS_8, **SCENARIOS_9, **SCENARIOS_10, **SCENARIOS_11, **SCENARIOS_12}
    for batch in (SCENARIOS, SCENARIOS_2):  # each batch split on its own: a later batch never moves an earlier one's scenarios
        keys = sorted(batch, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
        cut = round(len(keys) * 0.6)
        splits["dev"] += keys[:cut]
        splits["test"] += keys[cut:]
    splits["dev"] += sorted(SCENARIOS_3)  # batch 3 is dev only (written while tuning type compatibility)
    splits["dev"] += sorted(SCENARIOS_4)  # batch 4 is dev only (written while tuning missed merges)
    # batches 5 to 12 are each split on their own by the SHA-1 rule, as batches 1 and 2, so their test parts are unseen
    for batch in (SCENARIOS_5, SCENARIOS_6, SCENARIOS_7, SCENARIOS_8, SCENARIOS_9, SCENARIOS_10, SCENARIOS_11, SCENARIOS_12):
        keys = sorted(batch, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
        cut = round(len(keys) * 0.6)
        splits["dev"] += keys[:cut]
        splits["test"] += keys[cut:]
    os.makedirs(OUT, exist_ok=True)
    for split, chosen in splits.items():
        rows = [r for key in sorted(chosen) for r in records(key, scenarios[key])]
        with open(os.path.join(OUT, f"fusion.{split}.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        clusters = {r["gold"]["cluster"] for r in rows}
        print(f"{split}: {len(chosen)} scenarios, {len(clusters)} clusters, {len(rows)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
