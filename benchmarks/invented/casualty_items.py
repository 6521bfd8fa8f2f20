"""Probe 4: short invented Syrian-war news items with the figures a FA-KES crowd annotator would write.

Each case: id, outlet style, title, body (1-5 sentences), expected {nb_civilians, nb_children, nb_women,
nb_noncivilians} for the item's ONE event, tags naming what the item exercises, and a note where the label
is a judgement call. All texts are invented: places are real, events and figures are not.
Conventions (casualties.yaml): people killed with no side named are civilians; women and children are
civilians too; fighters = any armed side.
"""

CASES = []


def A(id, style, title, body, civ, ch=0, wo=0, nc=0, tags=(), note=""):
    CASES.append(
        dict(
            id=id,
            style=style,
            title=title,
            body=" ".join(body.split()),
            expected=dict(nb_civilians=civ, nb_children=ch, nb_women=wo, nb_noncivilians=nc),
            tags=tuple(tags),
            note=note,
        )
    )


# ---------------------------------------------------------------- SANA / Syrian state media
A(
    "p001",
    "sana",
    "Two citizens martyred, 9 injured in terrorist rocket attack on Jaramana",
    """
Two citizens were martyred and nine others were injured on Tuesday when terrorist organizations positioned in
Eastern Ghouta fired 5 rocket shells on residential neighborhoods in Jaramana city in Damascus Countryside. A source
at Damascus Countryside Police Command told SANA reporter that the shells fell near al-Nasr square at 11:30 am,
causing material damage to 4 cars and several houses.""",
    2,
    tags=["sana", "non-victim numbers"],
)

A(
    "p002",
    "sana",
    "Terrorist attack claims the lives of a woman and her child in Aleppo",
    """
A terrorist attack with mortar shells claimed the lives of a woman and her child and caused the injury of 6 other
citizens in al-Midan neighborhood in Aleppo city on Saturday. The terrorist organizations in the eastern
neighborhoods targeted the area with 3 shells, a police source said.""",
    2,
    1,
    1,
    tags=["sana", "singular list"],
)

A(
    "p003",
    "sana",
    "Citizen martyred by terrorists' sniper fire in Daraa",
    """
A citizen was martyred by a sniper bullet fired by Jabhat al-Nusra terrorists on al-Sahari neighborhood in Daraa
city, SANA's reporter said. The reporter added that the citizen, 42, was on his way to work when he was targeted on
the road linking the neighborhood to the 16th Brigade area.""",
    1,
    tags=["sana", "age", "unit number"],
)

A(
    "p004",
    "sana",
    "Army eliminates 37 terrorists in Hama countryside, destroys 6 vehicles",
    """
Army units on Thursday eliminated 37 Jabhat al-Nusra terrorists and destroyed 6 vehicles, 3 of them equipped with
heavy machineguns, in Lataminah and Kafr Zita in the northern countryside of Hama, a military source told SANA. The
source added that an army engineering unit also dismantled 14 IEDs planted by terrorists on the road between Souran
and Morek.""",
    0,
    nc=37,
    tags=["sana", "non-victim numbers"],
)

A(
    "p005",
    "sana",
    "Toll of terrorist car bomb in Homs rises to 12 martyrs",
    """
The toll of the terrorist car bomb explosion in Akrama al-Jadida neighborhood in Homs city rose to 12 martyrs,
including 7 schoolchildren, and 45 injured, Homs Governor Talal al-Barazi said. The car, which was laden with about
150 kg of explosives, went off at the exit of a school at 2 pm.""",
    12,
    7,
    tags=["sana", "martyrs noun"],
)

A(
    "p006",
    "sana",
    "Terrorist shells on Old Damascus cause martyrdom of a child",
    """
Terrorists fired mortar shells at Bab Sharqi area in Old Damascus, causing the martyrdom of a child and the injury
of five civilians, two of them seriously, a police source said. The shells also damaged 3 shops.""",
    1,
    1,
    tags=["sana", "martyrdom of a"],
)

A(
    "p007",
    "sana",
    "Death toll of terrorist bombings in Jableh and Tartous rises",
    """
The death toll of the terrorist bombings which hit Jableh and Tartous cities on Monday morning rose to one hundred
and forty-eight martyrs, in addition to more than two hundred injured, the Health Ministry said. The seven
explosions, carried out by ISIS suicide bombers and car bombs, targeted bus stations and the entrance of the national
hospital.""",
    148,
    tags=["sana", "number words"],
)

A(
    "p008",
    "sana",
    "Martyr and 4 wounded in terrorist attack on Mhardeh",
    """
A citizen was martyred and 4 others, among them a woman, were injured in a terrorist rocket attack on Mhardeh city
in Hama northern countryside, a source told SANA.""",
    1,
    tags=["sana", "injured woman"],
)

A(
    "p009",
    "sana",
    "Three citizens martyred in terrorist attack on 1070 Apartments Project in Aleppo",
    """
Three citizens were martyred and 8 others were injured when terrorist organizations fired rocket shells on the 1070
Apartments Project in Aleppo's al-Hamdaniyah neighborhood, SANA reporter said.""",
    3,
    tags=["sana", "place-name number"],
)

A(
    "p010",
    "sana",
    "Terrorist attack on Kafr Sousa leads to the fall of martyrs",
    """
A terrorist explosion near a crowded bakery in Kafr Sousa neighborhood led to the fall of 5 martyrs and the injury
of 20 others, among them children, the Interior Ministry said in a statement.""",
    5,
    tags=["sana", "translated calque"],
)

A(
    "p011",
    "sana",
    "Army units kill terrorists trying to infiltrate towards Jourin",
    """
Army units foiled an infiltration attempt by terrorist groups towards military points near Jourin in al-Ghab
plain, killing a number of terrorists and injuring others, a military source said, adding that 2 machine guns were
seized.""",
    0,
    tags=["sana", "vague", "false alarm test"],
)

A(
    "p012",
    "sana",
    "Toll of martyrs of terrorist attack on Zahraa reaches 17",
    """
The toll of the terrorist twin bombing on al-Zahraa neighborhood in Homs reached 17 martyrs and more than 50
wounded, a source at Homs Health Directorate told SANA, adding that 4 of the injured are in critical condition.""",
    17,
    tags=["sana", "martyrs noun"],
)

A(
    "p013",
    "sana",
    "Soldier martyred, 2 injured in terrorist attack on army post in Lattakia countryside",
    """
A soldier was martyred and two others were injured when terrorists attacked a military post in Kabani area in
Lattakia northern countryside, a military source said. Army units responded to the attack, killing 6 terrorists.""",
    0,
    nc=1,
    tags=["sana", "retaliation"],
    note="annotator takes the headline's event; retaliation 6 is debatable",
)

A(
    "p014",
    "sana",
    "Child succumbs to wounds after terrorist shelling of Suqaylabiyah",
    """
A child succumbed to his wounds on Friday, two days after terrorists targeted Suqaylabiyah city with rocket shells,
raising the toll of martyrs to three, a local source said.""",
    3,
    1,
    tags=["sana", "succumbed", "toll to word"],
)

# ---------------------------------------------------------------- Russian / Iranian media
A(
    "p015",
    "sputnik",
    "Syrian army neutralizes over 100 militants in Idlib - Reconciliation Center",
    """
The Syrian Arab Army has neutralized more than 100 militants of the Hayat Tahrir al-Sham terrorist group in the Idlib
de-escalation zone over the past 24 hours, the Russian Center for Reconciliation of Opposing Sides said. The center
registered 27 ceasefire violations in the provinces of Idlib, Latakia, Aleppo and Hama.""",
    0,
    nc=100,
    tags=["sputnik", "24 hours"],
)

A(
    "p016",
    "sputnik",
    "Militants shell Aleppo residential areas, 4 civilians dead",
    """
Four civilians, including a 7-year-old girl, were killed and 11 others injured as militants shelled the New Aleppo
and al-Hamdaniyah districts, a Sputnik correspondent reported citing local sources. According to the correspondent,
the shells were fired from positions in the 3000 Apartments area.""",
    4,
    1,
    tags=["sputnik", "age singular"],
)

A(
    "p017",
    "sputnik",
    "Russian Aerospace Forces liquidate 50 militants near Palmyra",
    """
Russian warplanes liquidated some 50 Daesh militants and destroyed 12 pickup trucks mounted with heavy weapons in the
vicinity of Palmyra, the Russian Defense Ministry said.""",
    0,
    nc=50,
    tags=["sputnik", "liquidated"],
)

A(
    "p018",
    "tass",
    "Russian aircraft destroy over 40 terrorists in Deir ez-Zor",
    """
Russian Aerospace Forces have destroyed over 40 terrorists and 9 armored vehicles in an airstrike on an ISIS convoy
moving towards Deir ez-Zor, the Russian General Staff said on Wednesday.""",
    0,
    nc=40,
    tags=["tass", "destroyed"],
)

A(
    "p019",
    "sputnik",
    "Militants violated ceasefire 36 times in past 24 hours",
    """
Militants violated the ceasefire in Syria 36 times over the past 24 hours, the Russian Centre for Reconciliation said
on Saturday. Two civilians were killed and 5 injured in the shelling of the village of Safsafiyah in Latakia
province, the centre said.""",
    2,
    tags=["sputnik", "non-victim numbers"],
)

A(
    "p020",
    "presstv",
    "Takfiri terrorists kill 9 civilians in Syria's Hasakah",
    """
At least nine civilians have lost their lives after Takfiri terrorists attacked a village in Syria's northeastern
province of Hasakah, local sources say. The Daesh terrorists stormed the village at dawn, opening fire on residents
and setting fire to 12 homes, the sources added. Five of the victims were reportedly members of a single Assyrian
Christian family.""",
    9,
    tags=["presstv"],
)

A(
    "p021",
    "presstv",
    "Two IRGC military advisers martyred in Syria",
    """
Two military advisers of Iran's Islamic Revolution Guards Corps (IRGC) have been martyred while fulfilling their
advisory mission in Syria, the IRGC said in a statement on Saturday. The statement identified the two as Colonel
Hassan Ahmadi, 46, and Major Ali Rezaei, 39, saying they were targeted in a terrorist attack near Damascus.""",
    0,
    nc=2,
    tags=["presstv", "IRGC advisers"],
)

A(
    "p022",
    "fars",
    "Syrian army kills 53 ISIL terrorists near Deir Ezzur airbase",
    """
Syrian Army troops repelled an attack by ISIL terrorists on their positions near the airbase in Deir Ezzur, killing
53 terrorists, military sources said on Sunday. The terrorists also lost 8 vehicles and a tank in the clashes that
lasted for 6 hours, the sources added.""",
    0,
    nc=53,
    tags=["fars"],
)

A(
    "p023",
    "fars",
    "Al-Nusra commanders killed in Syrian army operation in Hama",
    """
Several commanders of Tahrir al-Sham Hay'at (the Levant Liberation Board or the al-Nusra Front) were killed in the
Syrian Army's operations in Northern Hama, field sources said. Abu Omar al-Shishani and Abu Khaled al-Tunisi, two
senior commanders of the terrorist group, were among the killed.""",
    0,
    nc=2,
    tags=["fars", "among the killed"],
    note="annotator counts the two named commanders",
)

A(
    "p024",
    "almanar",
    "Hezbollah mourns three fighters martyred in Syria",
    """
Hezbollah announced on Tuesday that three of its fighters were martyred while performing their jihadist duty in
Syria. The Islamic Resistance named the martyrs as Hajj Ali Fayyad, Hussein Kassem and Mohammad Hamoud, adding that
funerals will be held in their hometowns in south Lebanon on Wednesday.""",
    0,
    nc=3,
    tags=["almanar"],
)

A(
    "p025",
    "almanar",
    "Syrian army regains control of 5 villages in southern Aleppo",
    """
The Syrian Arab Army, backed by allied forces, regained control of five villages in the southern Aleppo countryside
on Friday after fierce clashes with terrorists, killing dozens of them, among them 12 foreign fighters, Al-Manar
correspondent reported. The army also seized 3 tanks and an ammunition depot.""",
    0,
    nc=12,
    tags=["almanar", "part of vague whole"],
)

A(
    "p026",
    "presstv",
    "Israeli strike kills Fatemiyoun members near Albukamal",
    """
Seven members of the Fatemiyoun Brigade were killed in an Israeli airstrike on their positions near the city of
Albukamal on the Syria-Iraq border, a source in the resistance axis said.""",
    0,
    nc=7,
    tags=["presstv", "armed group name unknown"],
)

# ---------------------------------------------------------------- Turkish media
A(
    "p027",
    "anadolu",
    "Turkish army neutralizes 9 PKK/PYD terrorists in northern Syria",
    """
Turkish security forces neutralized nine PKK/PYD terrorists who were preparing to attack the Operation Euphrates
Shield zone, the National Defense Ministry said on Sunday. Turkish authorities often use the word "neutralized" in
their statements to imply the terrorists in question surrendered or were killed or captured.""",
    0,
    nc=9,
    tags=["anadolu", "PKK/PYD"],
)

A(
    "p028",
    "anadolu",
    "Turkish soldier martyred in YPG/PKK attack in northern Syria",
    """
One Turkish soldier was martyred and three others were injured in an attack by YPG/PKK terrorists in northern Syria's
Operation Peace Spring zone, the National Defense Ministry said. The terrorists fired mortar shells at a Turkish base
near Ras al-Ain, the ministry said. In its more than 30-year terror campaign against Turkey, the PKK has been
responsible for the deaths of nearly 40,000 people, including women, children and infants.""",
    0,
    nc=1,
    tags=["anadolu", "boilerplate total"],
)

A(
    "p029",
    "dailysabah",
    "YPG/PKK rocket attack kills 2 children in Azaz",
    """
Two children were killed and five civilians injured when YPG/PKK terrorists targeted a residential area in northern
Syria's Azaz district with Katyusha rockets on Wednesday, local sources said. The children, aged 6 and 9, were playing
in front of their home when 3 rockets hit the neighborhood.""",
    2,
    2,
    tags=["dailysabah", "ages"],
)

A(
    "p030",
    "yenisafak",
    "Daesh car bomb in al-Bab leaves 8 civilians dead",
    """
A bomb-laden vehicle exploded in the city center of al-Bab in northern Syria, killing eight civilians including a
child, and wounding 21 others, according to local sources. The explosion took place near a crowded market at around
10.30 a.m. local time (0730GMT). Three of the wounded are in critical condition.""",
    8,
    1,
    tags=["yenisafak", "including a child"],
)

A(
    "p031",
    "trt",
    "Turkish intelligence neutralizes three PKK/YPG ringleaders in Syria",
    """
Turkish intelligence neutralized three so-called senior PKK/YPG ringleaders in a drone strike on their vehicle near
Qamishli, security sources said. One of the ringleaders was on Turkey's wanted list with a bounty of 4 million liras
on his head.""",
    0,
    nc=3,
    tags=["trt", "ringleader"],
)

A(
    "p032",
    "anadolu",
    "12 PKK terrorists rendered ineffective in northern Iraq and Syria",
    """
Twelve PKK terrorists were rendered ineffective in air-backed operations in northern Iraq and Syria over the
weekend, the Turkish General Staff said in a statement.""",
    0,
    nc=12,
    tags=["anadolu", "rendered ineffective"],
)

A(
    "p033",
    "dailysabah",
    "Four civilians, including 2 children, martyred in YPG/PKK attack on Tal Abyad",
    """
Four civilians, including two children, were martyred when the YPG/PKK terrorist group detonated a bomb-rigged
motorcycle in the city center of Tal Abyad on Saturday. The terror group has carried out 7 bomb attacks in the
Operation Peace Spring region in the past month.""",
    4,
    2,
    tags=["dailysabah"],
)

A(
    "p034",
    "anadolu",
    "Turkish forces neutralize 5 YPG terrorists, capture 2",
    """
Turkish commandos neutralized five YPG terrorists and captured two others alive who were trying to infiltrate the
Operation Olive Branch region, the ministry said. One terrorist also surrendered to security forces.""",
    0,
    nc=5,
    tags=["anadolu", "captured others"],
)

# ---------------------------------------------------------------- opposition / activist outlets
A(
    "p035",
    "orient",
    "Massacre in Idlib: 11 civilians killed in Russian airstrikes on Maarat Misrin",
    """
A new massacre was committed by Russian warplanes on Tuesday in the town of Maarat Misrin in northern Idlib, killing
11 civilians, most of them women and children, and wounding more than 20 others, the Syrian Civil Defence said. The
Civil Defence teams pulled out 4 bodies from under the rubble of a 3-storey building.""",
    11,
    tags=["orient", "bodies recovered part"],
)

A(
    "p036",
    "orient-mt",
    "Assad militias shelling kills two children in Daraa countryside",
    """
two children were killed and their mother was injured as a result of artillery shelling by Assad militias on the
town of al-Yadudah in the western countryside of Daraa the local sources said that the children are brothers aged 4
and 8 years and the shelling came from the positions of the 4th division""",
    2,
    2,
    tags=["machine translation", "ages", "unit number"],
)

A(
    "p037",
    "enab",
    "Civilian killed by landmine explosion in rural Hama",
    """
A civilian was killed and two others were injured on Thursday, 12 March, by the explosion of a landmine left over by
the Syrian regime forces in the countryside of Hama, according to the Syria Civil Defence. The Civil Defence said the
victims were shepherds and that its teams had cleared 23 unexploded munitions in the area since the beginning of the
month.""",
    1,
    tags=["enab", "date", "non-victim numbers"],
)

A(
    "p038",
    "enab",
    "Five killed in car bomb explosion in Afrin",
    """
Five people were killed and 14 others wounded in the explosion of a car bomb in the center of Afrin city, north of
Aleppo, on Saturday, 23 January. The Syrian Civil Defence (White Helmets) said the dead include a woman and two
children.""",
    5,
    2,
    1,
    tags=["enab", "the dead include"],
)

A(
    "p039",
    "snhr",
    "SNHR: Russian forces commit a massacre in Ariha city killing 13 civilians",
    """
The Syrian Network for Human Rights (SNHR) documented the killing of 13 civilians, including 6 children and 3 women,
in an airstrike carried out by fixed-wing warplanes believed to be Russian on a residential neighborhood in Ariha
city in the southern suburbs of Idlib governorate on 12/10. SNHR calls on the UN Security Council to act in accordance
with Resolution 2254.""",
    13,
    6,
    3,
    tags=["snhr", "documented the killing", "date", "resolution number"],
)

A(
    "p040",
    "snhr",
    "A young man from Daraa died due to torture in a Syrian regime detention center",
    """
SNHR has documented the death of the young man Ahmad Khalil al-Hariri, from Tafas city in Daraa suburbs, due to torture
in a Syrian regime detention center. He was 27 years old when he was arrested on 3 May 2013 at a checkpoint. SNHR has
documented the death of 14,338 individuals due to torture since March 2011.""",
    1,
    tags=["snhr", "named singular", "running total"],
)

A(
    "p041",
    "whitehelmets",
    "Civil Defence volunteer killed in double-tap strike on Kafranbel",
    """
One of our volunteers, Khaled Omar, was killed and 3 others were injured when regime warplanes targeted our team with
a second strike while they were rescuing civilians in Kafranbel. This is the 4th attack on our centres this month.
252 volunteers have lost their lives since 2013.""",
    1,
    tags=["whitehelmets", "one of our", "running total"],
)

A(
    "p042",
    "sohr",
    "Number of people killed in airstrikes on Atareb rises to 18",
    """
The Syrian Observatory for Human Rights documented the rise in the number of people who were killed in the airstrikes
by warplanes on the town of Atareb in the western countryside of Aleppo to 18, among them 4 children and 3 citizen
women, and the number is still likely to rise because of the presence of some wounded in critical situations.""",
    18,
    4,
    3,
    tags=["sohr", "citizen women"],
)

A(
    "p043",
    "sohr",
    "31 killed in clashes between regime forces and factions in Hama countryside",
    """
The number of fatalities in the clashes on the axes of Kafr Nabudah in the northwestern countryside of Hama rose to
31, they are 19 members of the regime forces and the loyal gunmen and 12 fighters of the rebel and Islamic factions,
SOHR said.""",
    0,
    nc=31,
    tags=["sohr", "sideless whole of fighter parts"],
)

A(
    "p044",
    "sohr",
    "A woman and her daughter killed by gunfire from regime checkpoint",
    """
SOHR documented that a woman and her daughter were killed by gunfire from a checkpoint of the regime forces at the
entrance of the town of Hirak in the eastern countryside of Daraa, while they were on their way to the market.""",
    2,
    1,
    1,
    tags=["sohr", "woman and her daughter"],
)

A(
    "p045",
    "sohr",
    "SOHR: 12 people killed so far in Russian airstrikes on Jisr al-Shughour",
    """
The SOHR has so far documented the death of 12 people, including 3 children, in the airstrikes carried out by Russian
warplanes on Jisr al-Shughour city this morning, and the number is expected to rise.""",
    12,
    3,
    tags=["sohr", "so far"],
)

A(
    "p046",
    "sohr",
    "27 civilians killed in Idlib since the morning",
    """
Russian and regime warplanes have killed 27 civilians, among them 9 children, in their strikes on the countryside of
Idlib since the morning, the Syrian Observatory for Human Rights said.""",
    27,
    9,
    tags=["sohr", "since the morning"],
)

A(
    "p047",
    "orient-mt",
    "Martyr and wounded in Assad militias bombing on Jisr al-Shughur",
    """
a civilian was martyred and 3 others wounded today on Sunday 6 of June as a result of a shelling of Assad militias with
rocket launchers on the city of Jisr al-Shughur west of Idlib and the Civil Defense teams transported the injured to
the hospital and the shelling coincided with the flight of the Russian reconnaissance aircraft in the sky""",
    1,
    tags=["machine translation", "date"],
)

A(
    "p048",
    "orient-mt",
    "Russian aircraft commits a massacre in Kafr Nabl",
    """
Russian warplanes committed today a massacre in the village of Kafr Nabl south of Idlib which led to the killing of 4
civilians including 2 children and the wounding of 10 others some of them in critical conditions and the teams of
Civil Defense retrieved the bodies of the martyrs from under the rubble""",
    4,
    2,
    tags=["machine translation"],
)

A(
    "p049",
    "step-mt",
    "Regime bombing claims the souls of 7 civilians in Khan Sheikhoun",
    """
the bombing of the regime aircraft with barrel bombs on the city of Khan Sheikhoun claimed the souls of 7 civilians
among them 3 children and a woman and the civil defense said the barrels number was 12 barrels""",
    7,
    3,
    1,
    tags=["machine translation", "souls", "singular list"],
)

A(
    "p050",
    "hawar",
    "Turkish occupation and its mercenaries kill 3 civilians in Ain Issa countryside",
    """
Three civilians were killed when the Turkish occupation army and its mercenaries shelled the village of Saida in the
countryside of Ain Issa with heavy artillery, Hawar news agency (ANHA) correspondent reported. The village was hit by
more than 40 shells.""",
    3,
    tags=["hawar", "mercenaries"],
)

A(
    "p051",
    "hawar",
    "Three YPJ fighters fell martyr in Turkish drone strike",
    """
The General Command of the Syrian Democratic Forces announced that three YPJ fighters fell martyr in a Turkish drone
strike on their vehicle near Tal Tamr. The statement said the drone fired 2 missiles at the vehicle.""",
    0,
    nc=3,
    tags=["hawar", "fell martyr"],
)

A(
    "p052",
    "anf",
    "Six HPG guerrillas martyred in clashes, HPG says",
    """
The People's Defense Forces (HPG) said six guerrillas fell martyr in clashes with the Turkish army in the Zap region,
and released the names of the guerrillas on Monday.""",
    0,
    nc=6,
    tags=["anf", "guerrillas"],
)

# ---------------------------------------------------------------- Gulf / Lebanese outlets
A(
    "p053",
    "alarabiya",
    "ISIS executes 12 men in Deir Ezzor for 'collaborating' with coalition",
    """
ISIS militants publicly executed 12 men in the town of Mayadeen in Deir Ezzor province, accusing them of
collaborating with the US-led coalition, activists said. The men, aged between 18 and 45, were shot in front of a
crowd in the town square, according to the Deir Ezzor 24 network.""",
    12,
    tags=["alarabiya", "age range", "outlet-name number"],
)

A(
    "p054",
    "asharq",
    "Car bomb kills 6 in Syria's Jarablus",
    """
A car bomb exploded near a checkpoint of Turkey-backed factions in Jarablus, killing six people, including three
fighters of the Syrian National Army, a source told Asharq Al-Awsat. "The car was parked near the checkpoint since 7
a.m.," the source said, adding that "at least 15 people were wounded, four of them critically.\"""",
    3,
    nc=3,
    tags=["asharq", "whole includes fighters"],
)

A(
    "p055",
    "thenational",
    "Seven SDF fighters killed in ISIS ambush in Deir Ezzor",
    """
Seven fighters of the US-backed Syrian Democratic Forces were killed in an ambush by ISIS cells in the eastern Deir
Ezzor countryside, the SDF said on Tuesday. The attack took place on the road between Al Busayrah and Diban, about 35km
east of Deir Ezzor city, where ISIS sleeper cells have carried out at least 40 attacks this year.""",
    0,
    nc=7,
    tags=["thenational", "non-victim numbers"],
)

A(
    "p056",
    "dailystar",
    "Lebanese soldier killed in clashes with militants near Arsal",
    """
A Lebanese soldier was killed and two others were wounded Friday in clashes with militants on the outskirts of the
northeastern border town of Arsal, the Army said. The clashes erupted at around 5 a.m. near the Wadi Hmeid checkpoint,
an Army statement said.""",
    0,
    nc=1,
    tags=["dailystar"],
)

A(
    "p057",
    "naharnet",
    "Rocket from Syria kills girl in Hermel",
    """
A rocket fired from Syria slammed into a house in the northeastern town of Hermel on Sunday, killing a girl and
wounding her mother and two brothers, the state-run National News Agency reported. The rocket was among 6 that landed
in the area, NNA said.""",
    1,
    1,
    tags=["naharnet"],
)

A(
    "p058",
    "alarabiya",
    "ISIS executes 30 Shaitat tribesmen in Deir Ezzor",
    """
ISIS militants executed 30 Shaitat tribesmen in the villages of Abu Hamam and Kishkiyeh in eastern Deir Ezzor, local
activists told Al Arabiya. Some of the victims were beheaded, they said.""",
    30,
    tags=["alarabiya", "tribesmen"],
)

A(
    "p059",
    "asharq",
    "Assassinations continue in Daraa: two former opposition commanders killed",
    """
Unknown gunmen assassinated two former opposition commanders in the town of Tafas in the western countryside of
Daraa on Wednesday, local sources told Asharq Al-Awsat. The two had joined the Russian-backed 8th Brigade after the
2018 settlement deal.""",
    0,
    nc=2,
    tags=["asharq", "assassinated", "unit number"],
)

A(
    "p060",
    "thenational",
    "Civilian assassinated in Daraa's Jasim",
    """
Gunmen assassinated a civilian in the town of Jasim on Monday, the Daraa 24 network said, the third killing in the
town in 10 days.""",
    1,
    tags=["thenational", "assassinated", "outlet-name number"],
)

A(
    "p061",
    "naharnet",
    "Syrian shells kill 2 in Lebanon's Arsal",
    """
Syrian army shells struck the northeastern Lebanese town of Arsal on Thursday, killing two people, including a
Syrian refugee, and wounding five, the National News Agency said.""",
    2,
    tags=["naharnet"],
)

# ---------------------------------------------------------------- Western wires
A(
    "p062",
    "reuters",
    "Air strikes kill at least 15, possibly 20, in Syria's Douma",
    """
Air strikes on the rebel-held town of Douma killed at least 15 people and possibly as many as 20 on Sunday, a
medical source and a war monitor said.""",
    15,
    tags=["reuters", "hedged range"],
)

A(
    "p063",
    "reuters",
    "Up to 40 killed in suspected chemical attack in Syria's Douma, rescuers say",
    """
As many as 40 people may have been killed in a suspected chemical attack on the rebel-held town of Douma late on
Saturday, rescue workers and medical sources said. The Syrian American Medical Society said more than 500 people,
mostly women and children, were brought to medical centres with symptoms of exposure to a chemical agent.""",
    40,
    tags=["reuters", "up to"],
)

A(
    "p064",
    "ap",
    "Syrian activists: Airstrike kills 9 from same family",
    """
An airstrike on a house in the northern Syrian town of Saraqeb killed nine members of the same family, including six
children, activists said Wednesday. The Britain-based Syrian Observatory for Human Rights said the dead included a
40-year-old man, his two wives and their six children, the youngest of whom was 18 months old.""",
    9,
    6,
    2,
    tags=["ap", "kinship plural"],
)

A(
    "p065",
    "afp",
    "Syria regime bombardment kills 22 civilians: monitor",
    """
Regime bombardment on Eastern Ghouta killed 22 civilians on Wednesday, including five children, a monitor said, as
Syria's army pressed its offensive against the rebel enclave for a 10th straight day. The Syrian Observatory for Human
Rights said 130 people had been wounded. "Not a single hour passes without strikes," said Abu Mohammad, 35, a resident
of Douma.""",
    22,
    5,
    tags=["afp", "ordinal", "age"],
)

A(
    "p066",
    "dpa",
    "Twenty-one dead in Syria car bomb",
    """
At least twenty-one people died when a car bomb exploded outside a mosque in the north-eastern Syrian city of Qamishli
on Friday, dpa learned from Kurdish security sources. Among the dead were six members of the Kurdish Asayish security
forces, the sources said.""",
    15,
    nc=6,
    tags=["dpa", "hyphenated words", "whole includes fighters"],
    note="civilians = 21 - 6; some annotators would write 21",
)

A(
    "p067",
    "xinhua",
    "7 killed, 20 injured in mortar attack on Damascus",
    """
Seven people were killed and 20 others injured on Sunday as mortar shells fired by rebels slammed into several
neighborhoods in the Syrian capital Damascus, state TV reported. The shells landed in the Abbasiyeen square, Bab Touma
and al-Qassaa neighborhoods, it said, adding that 2 of the injured were in critical condition.""",
    7,
    tags=["xinhua"],
)

A(
    "p068",
    "xinhua",
    "Syrian army destroys 23 vehicles of IS militants in Deir al-Zour",
    """
The Syrian army destroyed 23 vehicles and killed dozens of Islamic State (IS) militants in an airstrike on the eastern
province of Deir al-Zour, state news agency SANA reported Tuesday. The strike targeted a convoy near the town of
al-Mayadin, SANA said.""",
    0,
    tags=["xinhua", "vehicles", "false alarm test"],
)

A(
    "p069",
    "reuters",
    "Air strikes kill 30 in Idlib, most of them women and children - rescuers",
    """
Air strikes killed 30 people in the town of Saraqeb on Monday, rescuers said, adding that 70 percent of the victims
were women and children. The strikes hit a market at 11 a.m., when it was most crowded.""",
    30,
    tags=["reuters", "percentage"],
)

A(
    "p070",
    "reuters",
    "Shelling kills a dozen in Aleppo's Sheikh Maqsoud",
    """
Rebel shelling killed a dozen people, including four children, in the Kurdish-majority Sheikh Maqsoud district of
Aleppo on Monday, the Kurdish Red Crescent said. More than 40 people were hurt.""",
    12,
    4,
    tags=["reuters", "a dozen"],
)

A(
    "p071",
    "afp",
    "Israeli strike kills half a dozen Hezbollah fighters in Quneitra",
    """
An Israeli air strike killed half a dozen Hezbollah fighters near the Golan Heights town of Quneitra on Sunday, a
source close to the group told AFP.""",
    0,
    nc=6,
    tags=["afp", "half a dozen"],
)

A(
    "p072",
    "ap",
    "IS militants kill two dozen in Kobani dawn attack",
    """
Islamic State militants disguised in Kurdish uniforms killed at least two dozen civilians in a dawn attack on the
Syrian border town of Kobani, a Kurdish official said Thursday.""",
    24,
    tags=["ap", "two dozen"],
)

A(
    "p073",
    "reuters",
    "Russian helicopter shot down over Idlib, all five on board killed",
    """
A Russian Mi-8 military helicopter was shot down over Syria's Idlib province on Monday, killing all five people on
board, Russia's defence ministry said. Both pilots and the three other crew members were killed, the ministry said,
adding that the helicopter was returning from delivering aid to Aleppo.""",
    0,
    nc=5,
    tags=["reuters", "both", "crew members military"],
    note="military crew: annotator writes 5 non-civilians",
)

A(
    "p074",
    "afp",
    "Barrel bomb wipes out family of five in Daraa",
    """
A barrel bomb dropped by a regime helicopter on the town of Jasim killed a family of five, a father, a mother and their
three children, local activists said. The family's house collapsed on top of them at around 2 a.m.""",
    5,
    3,
    1,
    tags=["afp", "family of N", "singular list"],
)

A(
    "p075",
    "ap",
    "Coalition strike kills nine-member family in Raqqa",
    """
A nine-member family was killed when a US-led coalition air strike hit their home in Raqqa's al-Badu neighborhood, the
activist group Raqqa is Being Slaughtered Silently said. Among them were five children and their grandmother.""",
    9,
    5,
    1,
    tags=["ap", "N-member family"],
)

A(
    "p076",
    "reuters",
    "Shell kills baby and mother in Aleppo",
    """
A 3-month-old baby and her 25-year-old mother were among four people killed when a shell hit a residential building in
Aleppo's Salaheddine district, a doctor said.""",
    4,
    1,
    1,
    tags=["reuters", "were among N killed", "age"],
)

A(
    "p077",
    "afp",
    "Five-year-old dies of malnutrition in besieged Madaya",
    """
A five-year-old child died of malnutrition in the besieged Syrian town of Madaya on Tuesday, a doctor there told AFP,
the 6th such death this month.""",
    1,
    1,
    tags=["afp", "hyphenated age word"],
)

A(
    "p078",
    "ap",
    "Siblings killed in regime shelling of Idlib village",
    """
A two-year-old boy and his five-year-old sister were killed when regime artillery shells hit their home in the village
of Kansafra, the civil defence said.""",
    2,
    2,
    tags=["ap", "sister is a girl"],
)

A(
    "p079",
    "afp",
    "Father and two sons killed by shell near Tal Rifaat",
    """
A father and his two young sons were killed when a shell struck their car near Tal Rifaat on Wednesday, local
officials said.""",
    3,
    2,
    tags=["afp", "father"],
    note="'young sons' -> children 2",
)

A(
    "p080",
    "reuters",
    "Car bomb kills 14 in Manbij (9 civilians, 5 fighters)",
    """
A car bomb exploded at a checkpoint on the outskirts of Manbij on Sunday, killing 14 people (nine civilians and five
fighters of the Manbij Military Council), the Syrian Observatory for Human Rights said.""",
    9,
    nc=5,
    tags=["reuters", "parenthesis breakdown"],
)

A(
    "p081",
    "afp",
    "Russian strikes kill 17 in Idlib: monitor",
    """
Russian air strikes on the town of Jisr al-Shughour killed 17 people on Thursday -- 11 civilians and six rebels from the
Turkistan Islamic Party -- the Syrian Observatory for Human Rights said.""",
    11,
    nc=6,
    tags=["afp", "dash breakdown"],
)

A(
    "p082",
    "ap",
    "Truck bomb kills 17 in Azaz",
    """
The toll from Saturday's truck bomb in Azaz stands at 17 dead: 12 civilians and five policemen, the local council said
on Sunday.""",
    12,
    nc=5,
    tags=["ap", "colon breakdown"],
)

A(
    "p083",
    "reuters",
    "IS attack on army checkpoint near Palmyra",
    """
Islamic State militants attacked an army checkpoint on the road between Palmyra and Homs on Friday. Killed in the
attack were four soldiers and a civilian truck driver, the Syrian defence ministry said.""",
    1,
    nc=4,
    tags=["reuters", "inverted killed in ... were"],
)

A(
    "p084",
    "ap",
    "Bomb blast claims seven lives in Deir Ezzor market",
    """
An explosive device planted in a motorcycle went off in a busy market in the town of Hajin on Monday, claiming seven
lives and leaving 13 people wounded, local sources said.""",
    7,
    tags=["ap", "claiming N lives"],
)

A(
    "p085",
    "reuters",
    "Mortar attack on Aleppo University causes 30 casualties",
    """
A mortar attack on the campus of Aleppo University on Tuesday caused 30 casualties, including eight deaths, the
university's president said, adding that most of the victims were students sitting their exams.""",
    8,
    tags=["reuters", "casualties including deaths"],
)

A(
    "p086",
    "afp",
    "Toll from Halfaya bakery strike rises",
    """
The death toll from the bombing of a bakery in Halfaya climbed from 12 to 19 on Tuesday after seven of the wounded died
in hospital, the Syrian Observatory for Human Rights said.""",
    19,
    tags=["afp", "from X to Y"],
)

A(
    "p087",
    "reuters",
    "Qardaha rocket attack toll rises",
    """
Two of the people wounded in Monday's rocket attack on Qardaha died of their wounds overnight, raising the toll to
seven, the governor of Latakia said.""",
    7,
    tags=["reuters", "increment before total"],
)

A(
    "p088",
    "sana",
    "25 injured as mortar shells hit Damascus neighbourhoods",
    """
Twenty-five people were injured, three of them critically, when mortar shells fell on the Mazzeh and Kafr Souseh
neighbourhoods of Damascus on Thursday, a police source told SANA. No deaths were reported.""",
    0,
    tags=["sana", "injury only", "false alarm test"],
)

A(
    "p089",
    "reuters",
    "Israeli missiles target Damascus airport, no casualties - state media",
    """
Syrian air defences intercepted most of the Israeli missiles fired at targets near Damascus International Airport
early on Monday, state media said, adding that there were no casualties. The missiles were fired from the direction of
Lake Tiberias at 1:20 a.m., a military source said. Israel has carried out hundreds of strikes in Syria since 2011.""",
    0,
    tags=["reuters", "no casualties", "false alarm test"],
)

A(
    "p090",
    "afp",
    "Strike kills six in Idlib 48 hours into truce",
    """
Six civilians were killed in an air strike on the town of Khan Sheikhoun on Saturday, just 48 hours after a
Turkish-Russian ceasefire took effect at 00:01 a.m. (2101 GMT Thursday), the civil defence said.""",
    6,
    tags=["afp", "hours", "times"],
)

A(
    "p091",
    "reuters",
    "Russian jets pound southern Idlib, nine killed",
    """
Russian warplanes carried out more than 20 air strikes on the southern countryside of Idlib on Tuesday, killing nine
civilians in the town of Maarat al-Numan, rescuers said.""",
    9,
    tags=["reuters", "number of strikes"],
)

A(
    "p092",
    "ap",
    "Barrel bombs kill 12 in Aleppo's al-Shaar district",
    """
Government helicopters dropped more than 100 barrel bombs on Aleppo's eastern districts on Sunday, killing 12 people
in the al-Shaar neighborhood alone, activists said.""",
    12,
    tags=["ap", "number of bombs"],
)

A(
    "p093",
    "afp",
    "Elderly man shot dead by sniper in Deir Ezzor",
    """
A sniper shot dead a man in his 60s as he crossed a street in the government-held part of Deir Ezzor, a local
activist said. The 65-year-old was killed instantly, the activist added.""",
    1,
    tags=["afp", "the 65-year-old", "in his 60s"],
)

A(
    "p094",
    "reuters",
    "Child born in 2010 among victims of Hama strike",
    """
Air strikes on the town of Kafr Zita killed three people on Wednesday, including a boy born in 2010, a local medic
said.""",
    3,
    1,
    tags=["reuters", "year", "including a boy"],
)

A(
    "p095",
    "afp",
    "Strike on Deir Ezzor market kills 5, France 24 reports",
    """
An air strike on a market in the Islamic State-held town of Al-Mayadeen killed five civilians, France 24 reported,
citing local activists.""",
    5,
    tags=["afp", "outlet-name number"],
)

A(
    "p096",
    "reuters",
    "Rockets kill 4, wound 30 in Kafr Nubl",
    """
At least 30 people were wounded and four killed when rockets slammed into Kafr Nubl's main street on Friday, the civil
defence said.""",
    4,
    tags=["reuters", "wounded before killed"],
)

A(
    "p097",
    "ap",
    "Shelling near M4 highway kills two civilians",
    """
Government shelling on the village of Kafr Amim near the M4 highway killed two civilians on Monday, opposition
activists said.""",
    2,
    tags=["ap", "road-name number"],
)

A(
    "p098",
    "reuters",
    "Suicide bombing in Manbij kills 2 US service members and 2 US civilians",
    """
Two American service members and two US civilians were killed in a suicide bombing at a restaurant in the northern
Syrian city of Manbij on Wednesday, the Pentagon said.""",
    2,
    nc=2,
    tags=["reuters", "service members"],
)

A(
    "p099",
    "afp",
    "Couple killed in regime shelling of Ghouta",
    """
An elderly couple were killed when a regime rocket hit their home in the Eastern Ghouta town of Arbin, a civil defence
volunteer said.""",
    2,
    0,
    1,
    tags=["afp", "couple"],
)

A(
    "p100",
    "ap",
    "Mother and twins killed in air strike on Saraqeb",
    """
An air strike on Saraqeb killed a mother and her twin babies, local activists said Thursday.""",
    3,
    2,
    1,
    tags=["ap", "twins", "singular list"],
)

A(
    "p101",
    "reuters",
    "Syrian hospital director: 'We have 11 dead'",
    """
"We have 11 dead and more than 40 wounded, most of them women and children," said Dr. Hatem Abu Yazan, director of
the surgical hospital in Kafr Takharim, after air strikes hit the town's market.""",
    11,
    tags=["reuters", "quote we have N dead"],
)

A(
    "p102",
    "afp",
    "Airstrike on IDP camp in Idlib kills 8 IDPs",
    """
An air strike on a camp for displaced people near the Turkish border killed eight IDPs, including three children, the
Syria Response Coordinators group said.""",
    8,
    3,
    tags=["afp", "IDPs"],
)

A(
    "p103",
    "reuters",
    "Regime loyalists killed in Sweida attack",
    """
Twelve regime loyalists were killed on Tuesday when Islamic State militants attacked a checkpoint east of Sweida city,
the Syrian Observatory for Human Rights said.""",
    0,
    nc=12,
    tags=["reuters", "loyalists"],
)

A(
    "p104",
    "afp",
    "Five SNA members killed in SDF attack near Tal Abyad",
    """
Five SNA members were killed when Kurdish-led forces attacked their positions near Tal Abyad, the Observatory said.""",
    0,
    nc=5,
    tags=["afp", "SNA acronym"],
)

A(
    "p105",
    "reuters",
    "Russian contractors killed in Deir Ezzor",
    """
Fourteen Russian private military contractors were killed in a US air strike on pro-government forces near Deir Ezzor,
people familiar with the matter said.""",
    0,
    nc=14,
    tags=["reuters", "contractors"],
)

A(
    "p106",
    "ap",
    "Three ISIS emirs killed in coalition raid",
    """
A US-led coalition raid killed three ISIS emirs in the village of Thiban, the SDF said Monday.""",
    0,
    nc=3,
    tags=["ap", "emirs"],
)

A(
    "p107",
    "reuters",
    "Six National Defence Forces members killed in IS attack",
    """
Six members of the National Defence Forces were killed in an Islamic State attack on the outskirts of Salamiyah,
state media said.""",
    0,
    nc=6,
    tags=["reuters", "members of the ... Forces"],
)

A(
    "p108",
    "afp",
    "Four Faylaq al-Rahman members killed on Jobar front",
    """
Four members of Faylaq al-Rahman were killed in clashes on the Jobar front, the group said.""",
    0,
    nc=4,
    tags=["afp", "armed group name unknown"],
)

A(
    "p109",
    "reuters",
    "Nine Hayat Tahrir al-Sham members killed in Russian strikes",
    """
Russian air strikes killed nine members of Hayat Tahrir al-Sham in an attack on one of the group's headquarters near
the town of Sarmada, the Syrian Observatory said.""",
    0,
    nc=9,
    tags=["reuters", "HTS spelled out"],
)

A(
    "p110",
    "ap",
    "Three White Helmets members killed in Idlib",
    """
Russian air strikes killed three members of the White Helmets rescue group while they were pulling survivors from the
rubble in Saraqeb, the group said.""",
    3,
    tags=["ap", "members civilian group"],
)

A(
    "p111",
    "afp",
    "Air strikes kill four in Idlib, all civilians",
    """
Air strikes on the village of Kafr Amim killed four people on Sunday, all of them civilians, the civil defence said.""",
    4,
    tags=["afp", "all of them"],
)

A(
    "p112",
    "reuters",
    "Strikes kill 10 civilians in Idlib despite UN call for 30-day truce",
    """
Air strikes killed 10 civilians in Idlib on Sunday, despite UN Security Council Resolution 2401 calling for a 30-day
ceasefire across Syria, rescuers said.""",
    10,
    tags=["reuters", "resolution number", "30-day"],
)

A(
    "p113",
    "ap",
    "Pregnant woman among five killed in shelling of Jisr al-Shughour",
    """
A pregnant woman was among five people killed when government shells hit Jisr al-Shughour, opposition activists said.""",
    5,
    0,
    1,
    tags=["ap", "X was among N killed"],
)

A(
    "p114",
    "afp",
    "Air strike kills 3, bringing week's toll in Ariha to 11",
    """
An air strike on Ariha on Thursday killed three people, bringing to 11 the number of civilians killed in the town this
week, the Observatory said.""",
    3,
    tags=["afp", "bringing to N the number"],
)

A(
    "p115",
    "reuters",
    "Rescuers recover 14 bodies from rubble in Atareb",
    """
"We recovered 14 bodies from under the rubble, among them six children," civil defence official Ahmad Sheikho said,
after an overnight air strike on Atareb.""",
    14,
    6,
    tags=["reuters", "quoted bodies"],
)

A(
    "p116",
    "afp",
    "Three young men executed by IS in Raqqa",
    """
Three young men were executed by the Islamic State group in Raqqa's main square on charges of smoking, activists
said.""",
    3,
    tags=["afp", "young men plural"],
)

A(
    "p117",
    "reuters",
    "Bomb kills at least five in Azaz, toll could rise to 10",
    """
A bomb exploded in a market in Azaz on Saturday, killing at least five people, a hospital official said, adding that
the toll could rise to 10 because several of the wounded were in critical condition.""",
    5,
    tags=["reuters", "could rise to"],
)

A(
    "p118",
    "ap",
    "Air strikes kill nearly 50 civilians in Ghouta",
    """
Air strikes on eastern Ghouta killed nearly 50 civilians on Tuesday, among them 13 children, the Syrian Observatory
for Human Rights said, in one of the deadliest days of the offensive.""",
    50,
    13,
    tags=["ap", "nearly"],
)

A(
    "p119",
    "afp",
    "No fewer than 35 killed in IS car bomb in al-Bab",
    """
No fewer than 35 people were killed when an Islamic State car bomb exploded in the village of Sousian near al-Bab on
Friday, the Observatory said.""",
    35,
    tags=["afp", "no fewer than"],
)

A(
    "p120",
    "reuters",
    "Killing of 3 aid workers in Syria condemned by UN",
    """
The United Nations condemned the killing of three aid workers in an air strike on a humanitarian convoy near Urum
al-Kubra in Aleppo province, spokesman Stephane Dujarric said.""",
    3,
    tags=["reuters", "condemned the killing"],
)

A(
    "p121",
    "ap",
    "Three Kurdish Red Crescent workers among 8 killed in Afrin shelling",
    """
Turkish shelling killed eight civilians in Afrin on Friday, among them three workers of the Kurdish Red Crescent, a
Kurdish official said.""",
    8,
    tags=["ap", "part of same category"],
)

A(
    "p122",
    "reuters",
    "Gunmen kill 3 civilians, 1 policeman in Daraa",
    """
Gunmen opened fire on a police checkpoint in the town of al-Sanamayn, killing three civilians and a policeman, the
state news agency SANA said.""",
    3,
    nc=1,
    tags=["reuters", "a policeman"],
)

A(
    "p123",
    "afp",
    "Syria: rocket attack kills 3 children in Aleppo school",
    """
Rebel rockets hit a school in Aleppo's al-Furqan district on Wednesday, killing three children aged between 8 and 12,
state media said.""",
    3,
    3,
    tags=["afp", "aged between"],
)

A(
    "p124",
    "ap",
    "Idlib shelling kills man, his wife and daughter",
    """
Government shelling killed a man, his wife and their daughter in the village of Maarzita on Thursday, the civil
defence said.""",
    3,
    1,
    1,
    tags=["ap", "kinship singular list"],
)


# ---------------------------------------------------------------- context sentences (no casualty figures)
# Appended to items that were under 40 words, so that every item has 40-200 words.
EXTRA = {
    "p008": "Army units responded to the sources of fire.",
    "p009": "The attack caused material damage to a number of houses and cars.",
    "p014": "The child had been transferred to the National Hospital in Hama in critical condition.",
    "p017": "The strikes were carried out after reconnaissance confirmed the coordinates of the targets, the ministry said.",
    "p018": "The convoy included pickup trucks carrying ammunition and fuel.",
    "p026": "Israel rarely comments on its operations in Syria.",
    "p032": "The statement said the operations would continue until the last terrorist is neutralized.",
    "p034": "The operation was carried out near the town of Jinderes.",
    "p046": "The Observatory said the toll was likely to rise as rescuers searched the rubble.",
    "p052": "The HPG statement accused the Turkish army of using banned weapons in the area.",
    "p058": "The tribe had rebelled against the group's rule in the area last summer.",
    "p060": "Local sources said the man was shot from a passing motorcycle near the town's main roundabout and that the "
    "gunmen fled towards the west.",
    "p061": "The Lebanese army said it returned fire towards the sources of the shelling on the Syrian side of the "
    "border.",
    "p070": "The district is controlled by the Kurdish YPG militia.",
    "p071": "Israel's military declined to comment on the report.",
    "p072": "The militants detonated three car bombs before storming the town, he said.",
    "p076": "The doctor said the district had been shelled for three consecutive days and that the field hospital was "
    "running short of blood.",
    "p077": "Aid groups have warned that dozens more residents are at risk of starving to death if the siege is not "
    "lifted.",
    "p078": "Their parents were wounded and taken to a hospital in the town of Ariha, the civil defence said.",
    "p079": "The family had been returning from the market in Azaz, they said, and their car was completely burned.",
    "p082": "Turkey blamed the attack on the YPG, which denied any involvement. It was the deadliest bombing in the town "
    "this year.",
    "p086": "Many of the victims were queuing for bread.",
    "p087": "Qardaha is the hometown of President Bashar al-Assad. The rockets were fired from rebel positions in the "
    "Latakia countryside, the governor said.",
    "p091": "The town has been hit repeatedly since the government launched its offensive in the spring.",
    "p092": "Rescue workers said many people remained trapped under collapsed buildings.",
    "p094": "The medic said the boy had been on his way to buy bread. The town lies in the northern Hama countryside, "
    "close to the front line.",
    "p095": "The town is one of the last in the province still held by the group.",
    "p096": "The street was crowded with shoppers ahead of the holiday. Rescuers said some of the wounded had been "
    "taken across the border to Turkey.",
    "p097": "The highway links Aleppo with Latakia and has been the scene of heavy fighting. Russian and Turkish forces "
    "conduct joint patrols on the road.",
    "p099": "The couple had refused to leave their home despite weeks of bombardment, neighbours said.",
    "p100": "The woman's husband was at work when the strike hit the building, they said. Rescue workers spent hours "
    "digging through the rubble.",
    "p102": "The camp hosts families who fled the fighting in southern Idlib and northern Hama.",
    "p103": "The group claimed the attack in a statement posted online.",
    "p104": "The Turkish-backed Syrian National Army controls a strip of territory along the border between Tal Abyad "
    "and Ras al-Ain.",
    "p105": "The Kremlin said it had no information about Russian citizens in the area.",
    "p106": "The coalition said the raid targeted senior figures responsible for planning attacks on civilians in the "
    "Euphrates valley.",
    "p107": "The NDF is a pro-government militia formed early in the war.",
    "p108": "The rebel group controls parts of the Eastern Ghouta enclave, where government forces have been advancing.",
    "p109": "HTS dominates the rebel-held northwest of the country.",
    "p110": "The group said its teams had been clearly marked.",
    "p111": "Residents said the strikes hit a bakery and a nearby mosque shortly after the dawn prayer.",
    "p112": "The resolution was adopted unanimously.",
    "p113": "The shells struck a residential neighbourhood near the town's main hospital, the activists said.",
    "p114": "Ariha lies on the M4 highway south of Idlib city.",
    "p115": "The strike flattened a four-storey residential building, he said.",
    "p116": "The group has carried out dozens of public executions in the city, which it considers its capital.",
    "p118": "The United Nations called for an immediate pause.",
    "p119": "The village had been captured by Turkish-backed rebels a week earlier.",
    "p120": "The convoy was carrying food and medical supplies.",
    "p121": "The Red Crescent said its ambulance had been clearly marked when it was hit.",
    "p122": "It was the latest in a string of attacks in the southern province since government forces retook it.",
    "p123": "The government blamed armed groups in the city's eastern districts. Classes were suspended across the "
    "district after the attack.",
    "p124": "The village lies in the southern Idlib countryside, where government forces and rebels have exchanged "
    "artillery fire for weeks.",
}
for _case in CASES:
    if _case["id"] in EXTRA:
        _case["body"] = _case["body"] + " " + EXTRA[_case["id"]]

# notes on labels that are judgement calls, added after the first run
NOTES = {
    "p011": "'a number of terrorists': an annotator may write 0 (no number) or guess; 0 here",
    "p068": "'dozens of IS militants': an annotator may write 0 (no number) or guess; 0 here",
    "p025": "the only number of the dead is the part '12 foreign fighters' of 'dozens'; 12 here, 0 defensible",
}
for _case in CASES:
    if _case["id"] in NOTES:
        _case["note"] = NOTES[_case["id"]]
