"""Invented Syrian-war incident articles with the figures a FA-KES-style annotator would write.

Each case: id, style, title, body, expected {nb_civilians, nb_children, nb_women, nb_noncivilians}
for the ONE event the article reports (the headline's), tags describing what the article exercises,
and a note where the label is a judgement call. All texts are invented for testing: places are real,
events and figures are not.
"""

CASES = []


def A(id, style, title, body, civ, ch=0, wo=0, nc=0, tags=(), note=""):
    CASES.append(
        dict(
            id=id,
            style=style,
            title=title,
            body=body.strip("\n"),
            expected=dict(nb_civilians=civ, nb_children=ch, nb_women=wo, nb_noncivilians=nc),
            tags=tuple(tags),
            note=note,
        )
    )


A(
    "c01",
    "reuters",
    "Air strikes kill at least 23 in market in Syria's Idlib - monitor",
    """
BEIRUT (Reuters) - Air strikes hit a crowded vegetable market in the rebel-held town of Maarat al-Numan in Syria's northwestern Idlib province on Monday, killing at least 23 people including six children, a war monitor said.

The Britain-based Syrian Observatory for Human Rights said the jets that carried out the strikes were believed to be Russian. Moscow denies targeting civilians and says its air force strikes only militants.

Rescue workers from the Syrian Civil Defence, known as the White Helmets, pulled bodies from the rubble of shops and stalls for several hours after the raid. A local council official said more than 60 people were wounded, some of them critically, and that the town's only functioning hospital was overwhelmed.

Idlib is the last major stronghold of rebels fighting President Bashar al-Assad. It is home to some three million people, many of them displaced from other parts of the country.

The war, now in its ninth year, has killed hundreds of thousands of people and driven half of Syria's pre-war population from their homes.

(Reporting by Ellen Francis; Editing by Hugh Lawson)
""",
    23,
    6,
    0,
    nc=0,
    tags=["running_total_vague"],
)

A(
    "c02",
    "ap",
    "Car bomb kills 12 in northern Syrian town of Azaz",
    """
BEIRUT (AP) — A car bomb exploded near a busy roundabout in the northern Syrian town of Azaz on Saturday, killing 12 people and wounding dozens, opposition activists and a local official said.

The blast went off in the town's main commercial street shortly before noon, when shops were crowded with shoppers ahead of the Eid holiday, according to the Syrian Civil Defense. Photos posted online showed charred vehicles and collapsed shop fronts.

Azaz, near the border with Turkey, is controlled by Turkish-backed opposition fighters. No group immediately claimed responsibility, but similar bombings in the area have been blamed on Kurdish militants and on the Islamic State group.

Elsewhere, in the eastern province of Deir el-Zour, a roadside bomb struck a military vehicle, killing three Syrian soldiers, state media reported.

Syria's conflict, which began in March 2011, has killed around 400,000 people.
""",
    12,
    0,
    0,
    nc=0,
    tags=["second_incident", "marker_elsewhere", "running_total"],
)

A(
    "c03",
    "sana",
    "Nine civilians martyred, 30 injured in terrorist rocket attack on Damascus",
    """
Damascus, SANA – Nine civilians, among them two children, were martyred and 30 others were injured on Tuesday when terrorist organizations positioned in Eastern Ghouta fired rocket shells on residential neighborhoods in Damascus.

A source at Damascus Police Command told SANA that terrorists fired 14 rocket shells on Bab Touma, al-Qassaa and Abbasiyyin square areas, causing the martyrdom of the nine civilians and injuring others, including women, in addition to causing material damage to houses and public and private properties.

The injured were taken to al-Mujtahed and al-Mouwasat hospitals, where some of them were described as being in critical condition.

The source added that army units responded to the sources of fire and destroyed the launch pads used by the terrorists.

Terrorist organizations in Eastern Ghouta have been repeatedly targeting residential neighborhoods in Damascus with rocket and mortar shells over the past weeks, in a flagrant violation of the de-escalation agreement.

H. Said / Ghossoun
""",
    9,
    2,
    0,
    nc=0,
    tags=[],
)

A(
    "c04",
    "sohr",
    "Regime forces and militiamen lose 14 members in fierce fighting in Hama countryside",
    """
Syrian Observatory for Human Rights: The Syrian Observatory for Human Rights has documented the death of 14 members of regime forces and loyal militiamen of Syrian and non-Syrian nationalities in violent clashes that have been raging since dawn today on the axes of Kafr Nabudah and al-Hamamiyat in the northern countryside of Hama.

SOHR also documented the death of 9 fighters of the jihadi factions and Hayat Tahrir al-Sham in the same clashes, amid continued mutual shelling and the use of heavy weapons.

The clashes were accompanied by intense air strikes by Russian warplanes which carried out more than 30 air strikes on areas of the fighting, while the regime helicopters dropped no fewer than 18 barrel bombs on Kafr Nabudah and its outskirts.

SOHR sources reported that the number of deaths is likely to rise because of the presence of people with serious injuries and missing people on both sides.
""",
    0,
    0,
    0,
    nc=23,
    tags=["fighters_only", "two_sides_sum"],
    note="annotator sums both sides of the same battle",
)

A(
    "c05",
    "aljazeera",
    "Suspected chemical attack kills dozens in Syria's Douma",
    """
At least 42 people have been killed in a suspected chemical attack on the rebel-held town of Douma in Eastern Ghouta, according to rescuers and medical workers.

The Syrian Civil Defence, also known as the White Helmets, said on Sunday that families had been found suffocated in their homes and shelters. The Union of Medical Care and Relief Organizations, a medical charity, put the death toll higher, saying at least 70 people had died and more than 500 had been treated for breathing difficulties.

The figures could not be independently verified by Al Jazeera.

The Syrian government denied carrying out any chemical attack, calling the allegations "fabrications" by the rebel group Jaish al-Islam, which controls the town.

Douma is the last rebel-held town in Eastern Ghouta, which government forces have besieged since 2013. A government offensive on the enclave that began in February has killed more than 1,600 civilians, according to monitors.

SOURCE: Al Jazeera and news agencies
""",
    42,
    0,
    0,
    nc=0,
    tags=["conflicting_sources", "campaign_total", "vague_headline"],
)

A(
    "c06",
    "local_mt",
    "Syrias regime warplanes kill 8 civilians in Daraa countryside",
    """
Daraa Enab Baladi eight civilians were killed including three children and a woman as a result of air strikes by regime warplanes targeted the town of Busra al-Harir in the eastern countryside of Daraa on Thursday morning

The local coordination said the warplanes launched four raids on the residential neighborhoods of the town which led to the destruction of several houses and the killing of the civilians most of them from one family

Civil defense teams in Daraa worked to extract the victims from under the rubble and transported the wounded to field hospitals in the area the number of wounded reached 15 people according to the civil defense

The regime forces have escalated their bombing on the southern areas since the beginning of the week despite the agreement of de-escalation which includes Daraa

Tags: Daraa, Busra al-Harir, air strikes, civilians
""",
    8,
    3,
    1,
    nc=0,
    tags=["machine_translated", "no_punctuation", "tags"],
)

A(
    "c07",
    "dailysabah",
    "PKK/YPG terrorists kill 5 civilians in car bomb attack in Afrin",
    """
DAILY SABAH WITH AA
ISTANBUL
Published 14.07.2019 5:22 PM

At least five civilians were killed and 17 others were injured in a car bomb attack carried out by the PKK/YPG terrorist group in northwestern Syria's Afrin district on Sunday, local sources said.

The bomb-laden vehicle exploded near a market in the district center, the sources said, adding that the wounded were taken to nearby hospitals.

Afrin was liberated from the YPG/PKK terrorists in March 2018 by Turkey's Operation Olive Branch. Since then, the terrorist group has carried out frequent attacks targeting civilians and security forces in the region.

In its more than 30-year terror campaign against Turkey, the PKK has been responsible for the deaths of nearly 40,000 people, including women, children and infants.

Related
Bomb attack in Syria's Jarablus kills 2, injures 6
Turkish security forces neutralize 4 PKK terrorists in northern Iraq
""",
    5,
    0,
    0,
    nc=0,
    tags=["published_line", "related_links", "running_total"],
)

A(
    "c08",
    "sputnik",
    "Terrorists shell Aleppo residential areas, killing 4 civilians - Russian reconciliation center",
    """
MOSCOW (Sputnik) - Militants shelled residential neighborhoods of the Syrian city of Aleppo on Tuesday, killing four civilians and injuring 18 others, the Russian Center for Reconciliation of Opposing Sides in Syria said.

"Over the past day, militants of the Hayat Tahrir al-Sham terrorist group fired mortars and rocket launchers at the Aleppo districts of Hamdaniya and New Aleppo. As a result, four civilians were killed, 18 more received injuries of varying severity," the center said in its daily bulletin.

Earlier on Tuesday, militants shelled the outskirts of the city of Hama, injuring two people, the center added.

The Russian military said it had registered 27 ceasefire violations in the Idlib de-escalation zone over the past 24 hours.

The center urged the leaders of illegal armed groups to abandon armed provocations and embark on the path of a peaceful settlement of the situation in the areas under their control.

Russia and Turkey agreed in 2018 to create a demilitarized zone along the contact line in Idlib, but militants have continued to shell government-held areas and Russian positions.
""",
    4,
    0,
    0,
    nc=0,
    tags=["second_incident_injured_only"],
)

A(
    "c09",
    "presstv",
    "Daesh terrorists kill 17 Syrian soldiers in attack near Palmyra",
    """
At least 17 Syrian soldiers have lost their lives in an attack by Daesh Takfiri terrorists on an army position in the desert near the ancient city of Palmyra, in the central province of Homs.

A military source told Syria's official news agency SANA on Friday that the terrorists attacked the position in the early hours, and that army troops engaged the assailants in fierce clashes.

Meanwhile, Syrian army air strikes killed dozens of Daesh terrorists in the eastern province of Deir ez-Zor, the source added.

Daesh was driven out of its last territory in Syria in 2019, but its remnants continue to carry out attacks from hideouts in the vast Badiya desert.

Syria has been gripped by foreign-backed militancy since March 2011. The Damascus government says Western governments and their regional allies are aiding Takfiri terrorist groups that are wreaking havoc in the country.
""",
    0,
    0,
    0,
    nc=17,
    tags=["fighters_only", "second_incident_vague"],
)

A(
    "c10",
    "asharq",
    "Syria: 11 Killed in Russian Strikes on Idlib",
    """
Beirut - Asharq Al-Awsat

Eleven civilians, including three women, were killed on Wednesday in Russian air strikes on the town of Kafranbel in the southern countryside of Idlib, the Syrian Observatory for Human Rights reported.

The Observatory said the Russian jets targeted a residential area and the vicinity of a bakery in the town, adding that a number of people were seriously injured.

Residents said the strikes came as people were queuing for bread. "There were bodies on the street and people screaming," a local activist told Asharq Al-Awsat.

In a separate development, three members of Hayat Tahrir al-Sham were killed in an ambush by unknown gunmen in the countryside of Latakia, the Observatory said.

Idlib and parts of the nearby provinces of Hama, Aleppo and Latakia are covered by a de-escalation agreement reached by Russia and Turkey in Sochi in September 2018, but the regime and its ally Moscow have escalated their bombing of the area since late April.
""",
    11,
    0,
    3,
    nc=0,
    tags=["second_incident", "marker_separate"],
)

A(
    "c11",
    "reuters",
    "Barrel bombs kill 15 in Aleppo's Sakhour district - activists",
    """
BEIRUT (Reuters) - Syrian government helicopters dropped barrel bombs on the rebel-held Sakhour district of Aleppo on Sunday, killing 15 people, the Syrian Observatory for Human Rights said.

The crude weapons, oil drums or cylinders packed with explosives and shrapnel, struck a residential building and a street near a mosque, the Britain-based monitor said.

In Deraa in the south, government shelling killed four people including two children, the Observatory said.

Syria's government says it targets only militants and denies using barrel bombs.

Aleppo, once Syria's commercial hub, has been divided between government and rebel control since 2012. Rescue workers in the rebel-held east say they often have to dig through rubble by hand because they lack heavy equipment.

Human Rights Watch has accused the government of dropping thousands of barrel bombs on residential areas in violation of a U.N. Security Council resolution.

(Reporting by Sylvia Westall; Editing by Dominic Evans)
""",
    15,
    0,
    0,
    nc=0,
    tags=["second_incident", "no_marker"],
)

A(
    "c12",
    "afp",
    "Death toll from Jableh, Tartus bombings rises to 148: monitor",
    """
Beirut (AFP) - The death toll from a wave of unprecedented bombings in Syria's regime strongholds of Jableh and Tartus rose to 148 on Tuesday, a monitoring group said.

The Syrian Observatory for Human Rights had initially reported that 120 people were killed in the seven blasts that rocked the two Mediterranean coastal cities on Monday.

"The toll has risen to 148 dead, including 12 children," Observatory chief Rami Abdel Rahman told AFP, adding that the vast majority were civilians.

The Islamic State group claimed responsibility for the attacks, which hit bus stations, a hospital and an electricity company.

Jableh and Tartus, in the heartland of President Bashar al-Assad's Alawite community, had been largely spared by the conflict that has killed more than 280,000 people since it erupted in March 2011.

Russia, a key ally of the Syrian government, condemned the bombings as a terrorist act aimed at derailing peace talks in Geneva.
""",
    148,
    12,
    0,
    nc=0,
    tags=["updated_toll", "running_total"],
)

A(
    "c13",
    "ap",
    "Car bomb kills 18 near Syrian border town of Tal Abyad",
    """
BEIRUT (AP) — A car bomb went off near a market in the northeastern Syrian town of Tal Abyad on Saturday, killing 18 people, Turkey's Defense Ministry said.

The ministry blamed Syrian Kurdish fighters for the attack, which it said targeted civilians. The Kurdish-led Syrian Democratic Forces denied any involvement.

The Britain-based Syrian Observatory for Human Rights said the death toll later rose to 25, including civilians and Turkish-backed opposition fighters. It said many of the wounded were in critical condition.

Tal Abyad has been under the control of Turkey and allied Syrian opposition fighters since October, when Ankara launched an offensive into northeastern Syria.

The Turkish ministry said the wounded were taken to hospitals across the border in Turkey's Sanliurfa province.

Ankara considers the YPG, which spearheads the SDF, a terrorist group. Several bombings have hit towns in the area since the offensive, killing dozens of people.
""",
    18,
    0,
    0,
    nc=0,
    tags=["updated_toll_body", "mixed_no_split"],
    note="Observatory's 25 mixes fighters and civilians without a split; annotator keeps 18",
)

A(
    "c14",
    "reuters",
    "U.S.-led strikes kill 20 civilians in Raqqa, monitor says; coalition reviewing",
    """
BEIRUT (Reuters) - Air strikes by the U.S.-led coalition killed 20 civilians in the Islamic State-held city of Raqqa on Thursday, the Syrian Observatory for Human Rights said.

The activist group Raqqa is Being Slaughtered Silently, which reports on the city, said 27 people had been killed, among them women and children, when bombs struck a residential building near the Clock Tower.

A spokesman for the coalition said it took all reports of civilian casualties seriously and was reviewing the allegations.

The U.S.-backed Syrian Democratic Forces, an alliance of Kurdish and Arab militias, are fighting to take the city from Islamic State with the support of coalition air strikes.

Raqqa was declared the capital of Islamic State's self-styled caliphate in 2014. Tens of thousands of civilians are believed to remain trapped in the city, where the militants have been accused of using residents as human shields.

(Reporting by Tom Perry; editing by Andrew Roche)
""",
    20,
    0,
    0,
    nc=0,
    tags=["conflicting_sources"],
)

A(
    "c15",
    "afp",
    "IS executes 12 men in east Syria for 'spying': monitor",
    """
Beirut (AFP) - The Islamic State group executed 12 men in the eastern Syrian province of Deir Ezzor, accusing them of spying for the US-led coalition, a monitoring group said Wednesday.

The men, all civilians from the town of Al-Mayadeen, were shot dead in a public square after being held for several weeks, the Syrian Observatory for Human Rights said.

"IS accused them of providing the coalition with coordinates of its positions," Observatory head Rami Abdel Rahman told AFP.

The jihadist group has carried out scores of executions in areas under its control, often filming them and circulating the footage online.

Since the start of the year IS has executed more than 400 people in Syria, half of them civilians, according to the Observatory.

Residents contacted by AFP said the bodies were left on display for hours as a warning to others.
""",
    12,
    0,
    0,
    nc=0,
    tags=["execution", "campaign_total"],
)

A(
    "c16",
    "aljazeera",
    "ISIL beheads eight captured Syrian soldiers, video shows",
    """
The Islamic State of Iraq and the Levant (ISIL, also known as ISIS) group has released a video purporting to show the beheading of eight Syrian government soldiers captured during fighting near the ancient city of Palmyra.

The video, posted on social media accounts linked to the group on Thursday, showed masked fighters standing behind the kneeling captives in a desert area before killing them.

Al Jazeera could not independently verify the authenticity of the footage.

The Syrian Observatory for Human Rights said the soldiers were captured last week when ISIL fighters overran several army checkpoints east of Homs.

ISIL has previously released videos showing the killing of captured soldiers, journalists and aid workers. In 2014, the group filmed the mass execution of dozens of soldiers captured at the Tabqa air base.

Syrian state media did not comment on the video.

SOURCE: Al Jazeera and news agencies
""",
    0,
    0,
    0,
    nc=8,
    tags=["fighters_only", "execution"],
)

A(
    "c17",
    "ap",
    "At least 35 fighters killed in clashes in northern Syria",
    """
BEIRUT (AP) — Fierce clashes between Turkish-backed Syrian opposition fighters and Kurdish-led forces in northern Syria killed at least 35 fighters on Wednesday, a war monitor said.

The Syrian Observatory for Human Rights said 20 of the dead were opposition fighters and 15 were members of the Kurdish-led Syrian Democratic Forces. The fighting was concentrated around the village of Tal Tamr in Hassakeh province.

The SDF said in a statement that its fighters had repelled an attack on their positions and inflicted heavy losses on the attackers.

Turkey considers the main Kurdish militia in the SDF, known as the YPG, a terrorist group linked to a Kurdish insurgency within its own borders.

Civilians in the area were not reported among the casualties.

The Observatory said Turkish warplanes and artillery backed the opposition assault, and that hundreds of families had fled villages in the area toward the city of Hassakeh.
""",
    0,
    0,
    0,
    nc=35,
    tags=["fighters_only"],
)

A(
    "c18",
    "reuters",
    "Clashes in Syria's Deraa kill nine fighters, three civilians",
    """
AMMAN (Reuters) - Clashes between Syrian government forces and former rebels in the southern city of Deraa killed nine fighters and three civilians on Monday, residents and a war monitor said.

The fighting, the worst in the city since a Russian-brokered deal returned it to state control in 2018, broke out after gunmen attacked an army checkpoint in the Deraa al-Balad district.

The Syrian Observatory for Human Rights said six soldiers and three local gunmen were among the dead. Residents said the civilians were killed by stray fire.

Deraa, the cradle of the 2011 uprising against President Bashar al-Assad, has seen a wave of assassinations and attacks on security forces since government forces retook it. Many former rebels who accepted the Russian-brokered deal have refused to hand over their weapons.

Tribal elders were trying to negotiate a truce on Tuesday, a local source said.

(Reporting by Suleiman Al-Khalidi; Editing by Alex Richardson)
""",
    3,
    0,
    0,
    nc=9,
    tags=["mixed"],
)

A(
    "c19",
    "ap",
    "Syrian government airstrikes kill 27 in rebel-held suburbs",
    """
By BASSEM MROUE Associated Press
Published 3:41 PM EST, February 6, 2018

BEIRUT (AP) — Syrian government airstrikes on rebel-held suburbs east of Damascus killed at least 27 people on Tuesday, opposition activists and rescue workers said.

The Syrian Civil Defense, whose members are known as the White Helmets, said 31 people were killed in the towns of Hamouria, Beit Sawa and Arbeen. The Britain-based Syrian Observatory for Human Rights put the death toll at 27.

The Observatory said the raids also wounded more than 100 people. Videos posted online by activists showed rescuers carrying children out of collapsed buildings.

The government says it targets only militants in the besieged enclave, home to about 400,000 people.

The United Nations has called for a monthlong cease-fire to allow aid deliveries and medical evacuations from eastern Ghouta, where hundreds of patients need urgent treatment.

Copyright 2018 The Associated Press. All rights reserved.
""",
    27,
    0,
    0,
    nc=0,
    tags=["byline", "published_line", "conflicting_sources"],
)

A(
    "c20",
    "afp",
    "Air strike kills woman and her four children in Syria's Idlib",
    """
Idlib (Syria) (AFP) - A woman and her four children were killed Friday when an air strike hit their home in a village in the northwestern Syrian province of Idlib, a monitor and rescuers said.

The Syrian Observatory for Human Rights said the strike, which hit the village of Kafr Ain in the south of the province, was carried out by Russian warplanes.

The children were aged between two and 11, said a White Helmets volunteer who took part in the rescue operation. The father survived with serious injuries.

Russia and its Syrian ally have stepped up bombardment of the jihadist-dominated region since late April despite a ceasefire deal.

Rescuers said the family had fled the fighting in northern Hama several months ago and had been renting the house in Kafr Ain.

The Observatory says more than 500 civilians have been killed in the bombardment since then. Hundreds of thousands of people have fled toward the Turkish border.
""",
    5,
    4,
    1,
    nc=0,
    tags=["family_count"],
)

A(
    "c21",
    "reuters",
    "Shelling kills seven children, three women in Syria's Ghouta - monitor",
    """
BEIRUT (Reuters) - Government shelling on the rebel-held town of Hazzeh in eastern Ghouta killed seven children and three women on Sunday, the Syrian Observatory for Human Rights said.

The shells struck a street where families had gathered outside a shelter during a lull in the bombardment, the Britain-based monitor said.

Medical workers in the besieged enclave said there was a severe shortage of medicine and blood for transfusions.

The Observatory said the dead were from three families. Footage posted online showed medics treating wounded children on the floor of a makeshift clinic.

Eastern Ghouta, home to some 400,000 people, has been besieged by government forces since 2013 and has come under intense bombardment in recent days. The government says it is targeting militants who fire mortars at Damascus.

Activists said the shelling continued into the evening.

(Reporting by Angus McDowall; Editing by Mark Potter)
""",
    10,
    7,
    3,
    nc=0,
    tags=["women_children_sum"],
)

A(
    "c22",
    "afp",
    "Syria air strikes kill 10 including four rebels: monitor",
    """
Beirut (AFP) - Regime air strikes on the rebel-held town of Ariha in northwest Syria killed 10 people including four rebel fighters on Saturday, a monitoring group said.

The Syrian Observatory for Human Rights said the strikes hit a residential area and a nearby rebel position in the town in Idlib province.

It said the toll was likely to rise because several of the wounded were in a serious condition. Rescue workers said the bombs destroyed two residential buildings.

Idlib province is dominated by Hayat Tahrir al-Sham, a jihadist alliance led by members of Al-Qaeda's former Syrian affiliate, but other rebel groups are also present. The area is supposed to be protected by a ceasefire deal brokered by Russia and Turkey.

The Britain-based monitor relies on a network of sources inside Syria for its information.

Syria's war has killed more than 370,000 people since it started in 2011.
""",
    6,
    0,
    0,
    nc=4,
    tags=["mixed_part"],
)

A(
    "c23",
    "local",
    "Car bomb kills six in Qamishli",
    """
Qamishli - North Press

The Syrian war has killed more than 380,000 people since 2011 and the northeast, administered by the Autonomous Administration, has not been spared.

On Tuesday a car bomb exploded near the Haddad church in the al-Wusta neighbourhood of Qamishli city, killing six people and wounding 21 others, a source in the Internal Security Forces (Asayish) told North Press.

The source said a motorbike had been used to guide the car to the area. Three of the wounded are in a critical condition.

Islamic State claimed responsibility for the bombing through its Amaq news agency.

Security forces closed the roads leading to the neighbourhood after the explosion.

The Christian community in Qamishli has been targeted several times. In July 2016, twin bombings in the city killed more than 40 people.

The Asayish said it had arrested two suspects in connection with the bombing and that investigations were continuing.
""",
    6,
    0,
    0,
    nc=0,
    tags=["running_total_first"],
)

A(
    "c24",
    "sohr",
    "Russian airstrikes kill nine civilians in Jisr al-Shughur, raising the death toll since beginning of the month to 142",
    """
Syrian Observatory for Human Rights: SOHR has documented the death of nine civilians, among them three children and two women, in airstrikes carried out by Russian warplanes on residential neighborhoods of Jisr al-Shughur city in the western countryside of Idlib this afternoon.

Accordingly, the number of civilians who were killed since the beginning of the month in the Russian and regime bombardment on the de-escalation zone rises to 142, among them 37 children and 25 women.

SOHR sources said that ambulances and civil defense teams were still searching for survivors under the rubble of houses destroyed in the strikes.

SOHR renews its call on the international community to act to stop the bombardment and protect civilians in the de-escalation zone, where more than three million people live, about half of them displaced from other areas.
""",
    9,
    3,
    2,
    nc=0,
    tags=["campaign_total", "headline_total"],
)

A(
    "c25",
    "local_mt",
    "Turkeys artillery kills 3 civilians in Tal Rifat",
    """
Aleppo - Hawar News

three civilians were killed among them a child and other were wounded today morning by the Turkish occupation army artillery shelling on the town of Tal Rifat in northern countryside of Aleppo

According to our correspondent the shelling targeted the houses of the citizens in the town which hosts thousands of displaced from Afrin the civilians were taken to the Avrin hospital in Fafin

The Turkish occupation and its mercenaries target the areas of Shehba and Tal Rifat daily

The Autonomous Administration called on Russia which has forces deployed in the area to take a position regarding the attacks of the Turkish occupation on the civilians and the displaced people in Shehba

Our correspondent added that the shelling continued intermittently until noon and caused damage to the houses and the properties of the citizens

Related: 7 killed in car bomb in Jarablus
Related: Turkish drone kills two members of the Asayish in Qamishli
""",
    3,
    1,
    0,
    nc=0,
    tags=["machine_translated", "related_links"],
)

A(
    "c26",
    "ap",
    "US drone strike kills 2 al-Qaida commanders in Syria's Idlib",
    """
BEIRUT (AP) — A U.S. drone strike on Sunday hit a car in northwestern Syria, killing two senior commanders of an al-Qaida-linked group, a war monitor and opposition activists said.

The Syrian Observatory for Human Rights said the men were members of Hurras al-Din, an al-Qaida affiliate. The car was struck on a road near the town of Sarmada, close to the Turkish border.

The U.S. Central Command said in a statement it had conducted a strike against senior al-Qaida leaders and that it was assessing the results. It said there were no indications of civilian casualties.

The U.S. has carried out several such strikes in Idlib over the past years targeting members of the group.

In June, a U.S. strike killed a senior member of Hurras al-Din in the same area, according to the Observatory.

Residents said the car was burned out and that ambulances took the bodies to a hospital in Sarmada.
""",
    0,
    0,
    0,
    nc=2,
    tags=["fighters_only"],
)

A(
    "c27",
    "reuters",
    "Israeli strikes near Damascus kill three soldiers, Syrian state media says",
    """
DUBAI (Reuters) - Israeli missile strikes on targets near Damascus killed three Syrian soldiers and wounded seven others early on Wednesday, Syrian state media said, citing a military source.

Syrian air defences intercepted most of the missiles, which were fired from the direction of the occupied Golan Heights, the source said.

The Syrian Observatory for Human Rights, a British-based war monitor, said the strikes killed eight fighters, five of them from Iranian-backed militias, and hit weapons depots near Damascus airport.

The Israeli military said it did not comment on foreign reports.

Israel has carried out hundreds of strikes in Syria during the war against what it says are Iranian targets and weapons shipments to Lebanon's Hezbollah.

The strikes shook buildings in the capital and explosions could be heard across Damascus, residents said. It was the third such attack this month.

(Reporting by Ghaida Ghantous; Editing by Toby Chopra)
""",
    0,
    0,
    0,
    nc=3,
    tags=["fighters_only", "conflicting_sources"],
)

A(
    "c28",
    "anadolu",
    "Landmine kills 6 truffle hunters in central Syria",
    """
ANKARA

Six people were killed when a landmine left over by the Daesh/ISIS terror group exploded in the desert of Syria's central Hama province, according to local sources.

The victims, who were collecting truffles in an area east of the town of Salamiyah, were killed when their vehicle ran over the landmine on Saturday, the sources said.

Truffle hunters in the Syrian desert are often victims of mines and explosive remnants left by the terror group, as well as of attacks by its cells.

Local sources said the bodies were taken to the national hospital in Salamiyah. Two more people were wounded in the explosion.

Last year, more than 200 people were killed in such incidents, according to monitoring groups.

Thousands of Syrians head into the desert every spring to collect truffles, which can fetch high prices at local markets, despite repeated warnings by authorities.
""",
    6,
    0,
    0,
    nc=0,
    tags=["background_total"],
)

A(
    "c29",
    "sputnik",
    "Drone attack on Russia's Hmeimim airbase repelled, no casualties - ministry",
    """
MOSCOW (Sputnik) - Russian air defence systems at the Hmeimim airbase in Syria repelled an attack by drones launched by militants on Saturday evening, the Russian Defence Ministry said.

"Air defence systems detected and destroyed four unmanned aerial vehicles launched from the Idlib de-escalation zone. There were no casualties or material damage," the ministry said in a statement.

The ministry said the Hmeimim base had come under similar attacks several times this month.

Last month, militant shelling killed three civilians in the town of Suqaylabiyah in northern Hama, the ministry recalled.

Russia has maintained a military presence at Hmeimim, in the coastal province of Latakia, since it began its military campaign in Syria in support of President Bashar al-Assad's government in September 2015. Drone attacks on the base have become more frequent since the start of the year.

The ministry said there was no threat to Russian personnel.
""",
    0,
    0,
    0,
    nc=0,
    tags=["zero", "background"],
)

A(
    "c30",
    "reuters",
    "Suicide bomber kills five Kurdish security men, two civilians in Syria's Hasaka",
    """
BEIRUT (Reuters) - A suicide bomber blew himself up at a checkpoint in the northeastern Syrian city of Hasaka on Thursday, killing five members of the Kurdish Asayish security forces and two civilians, a Kurdish official said.

The attacker detonated his explosives belt as he was being searched at the checkpoint on the city's southern entrance, the official said.

Islamic State militants have carried out several bombings in Kurdish-held areas of northeastern Syria since they lost their last territory in the country.

Kurdish officials said the bomber was wearing a military uniform. The blast also damaged several nearby shops.

The Kurdish-led Syrian Democratic Forces, backed by a U.S.-led coalition, control much of northeastern Syria.

The wounded were taken to the national hospital in the city, a medical source said. Security forces sealed off the area and searched nearby buildings.

(Reporting by Rodi Said; Writing by Tom Perry)
""",
    2,
    0,
    0,
    nc=5,
    tags=["mixed"],
)

A(
    "c31",
    "afp",
    "Toll from Syria 'gas attack' rises to 86, including 30 children: monitor",
    """
Beirut (AFP) - The death toll from a suspected chemical attack on a rebel-held town in northwest Syria rose to 86 on Wednesday, including 30 children, a monitor said.

The Syrian Observatory for Human Rights said 20 women were also among those killed in Tuesday's attack on Khan Sheikhun in Idlib province.

The toll was up from 72 given by the monitor on Tuesday evening.

The attack, which left scores of people suffering from breathing difficulties, convulsions and foaming at the mouth, drew international condemnation.

Syria's government has denied using chemical weapons.

Witnesses said warplanes struck the town early on Tuesday, and that hours later a clinic treating the victims was also hit.

U.S. President Donald Trump said the attack crossed "a lot of lines" and was an affront to humanity. The UN Security Council was due to hold an emergency meeting on Wednesday.
""",
    86,
    30,
    20,
    nc=0,
    tags=["updated_toll"],
)

A(
    "c32",
    "sana",
    "Army units eliminate 14 Jabhat al-Nusra terrorists in Idlib countryside",
    """
Idleb, SANA – Army units on Monday eliminated 14 terrorists from Jabhat al-Nusra and destroyed their weapons and equipment in the southern countryside of Idleb province.

SANA's reporter said that army units carried out precise operations against the terrorists' positions and gatherings in the surroundings of Khan Sheikhoun and al-Tamanah, killing 14 terrorists and injuring many others.

The army units also destroyed a number of vehicles, some of which were equipped with heavy machineguns, in addition to rocket launchers used by the terrorists in targeting safe areas.

Army units had also targeted positions of terrorists in the northern countryside of Hama, destroying their fortifications.

The army units' operations came in response to the terrorists' repeated attacks on the safe villages and towns in Hama and Idleb countryside.

Meanwhile, a civilian was martyred and three others were injured as terrorists fired rocket shells on Maharda city in the northern countryside of Hama.

R. Jazaeri / Barry
""",
    0,
    0,
    0,
    nc=14,
    tags=["fighters_only", "second_incident", "marker_meanwhile"],
)

A(
    "c33",
    "anadolu",
    "Assad regime kills 7 civilians in Idlib despite cease-fire",
    """
Ammar Ali | 16.02.2020

ANKARA

At least seven civilians, including two children, were killed in attacks by the Assad regime in Syria's northwestern Idlib province on Sunday, according to local sources.

The regime's warplanes targeted residential areas in the town of Darat Izza and the village of Kafr Nouran, the White Helmets civil defense agency said in a statement.

Since the Sochi cease-fire deal was signed in September 2018, more than 1,300 civilians have been killed in attacks by the regime and Russian forces in the de-escalation zone.

Turkey and Russia agreed in September 2018 to turn Idlib into a de-escalation zone in which acts of aggression are expressly prohibited.

More than 1 million people have been displaced by the regime offensive since December, according to the UN. The regime forces also shelled the villages of Jabal al-Zawiya, the sources said.
""",
    7,
    2,
    0,
    nc=0,
    tags=["campaign_total", "byline_date"],
)

A(
    "c34",
    "dailysabah",
    "Turkish soldier martyred, 3 injured in YPG attack in northern Syria",
    """
DAILY SABAH
ANKARA
Published 22.11.2019 2:19 PM

A Turkish soldier was martyred and three others were injured in an attack by the PKK/YPG terrorist group in northern Syria's Operation Peace Spring region, the National Defense Ministry said Friday.

The terrorists opened fire with mortars on a Turkish base near Ras al-Ayn, the ministry said, adding that the injured soldiers were taken to hospitals in Turkey.

In retaliation, Turkish forces neutralized 11 terrorists in the area, the ministry said.

Turkey launched Operation Peace Spring on Oct. 9 to eliminate terrorists from northern Syria in order to secure Turkey's borders, aid in the safe return of Syrian refugees and ensure Syria's territorial integrity.

Turkish Defense Minister Hulusi Akar offered his condolences to the soldier's family.

The ministry said the attack came despite agreements reached with the US and Russia that required the withdrawal of YPG/PKK terrorists from the area.
""",
    0,
    0,
    0,
    nc=1,
    tags=["fighters_only", "retaliation"],
    note="main event: the soldier; the 11 'neutralized' are the retaliation",
)

A(
    "c35",
    "local_mt",
    "The martyrdom of 3 young men by regime shelling on Kafranbel",
    """
Idlib - Smart News Agency

3 young men were martyred and other wounded on Monday in an artillery shelling by the regime forces stationed in the Hamidiyah camp targeted the city of Kafranbel in the southern Idlib countryside

The correspondent of Smart said that the shelling targeted the center of the city and the civil defense teams transferred the wounded to the hospital of the city in which the cases of some of them are critical

The regime forces were shelling the villages of Jabal al-Zawiya on the day before which led to the injury of a woman and her child

The regime forces have escalated their shelling on the villages and towns of southern Idlib since last week despite the announcement of the ceasefire according to the activists of the area

and the civil defence teams continue to search the destroyed houses
""",
    3,
    0,
    0,
    nc=0,
    tags=["machine_translated"],
)

A(
    "c36",
    "almasdar",
    "Syrian Army kills over 50 jihadists in southern Idlib",
    """
BEIRUT, LEBANON (10:45 A.M.) - The Syrian Arab Army (SAA) killed more than 50 jihadist militants during a large-scale attack on their positions in southern Idlib on Thursday, a military source told Al-Masdar News.

According to the source, the Syrian Army's 25th Special Mission Forces Division stormed the jihadist positions near the town of Kafr Sijnah after heavy artillery and air strikes, killing over 50 militants from Hay'at Tahrir Al-Sham and the Turkistan Islamic Party.

The source said the army also captured two villages during the operation, while a number of soldiers were wounded.

Hay'at Tahrir Al-Sham has not commented on its losses. The jihadist group's media wing claimed its fighters had destroyed two tanks and killed several soldiers.

The Syrian Army has been advancing in southern Idlib since the collapse of the ceasefire in late August.

Al-Masdar News could not independently verify the toll.
""",
    0,
    0,
    0,
    nc=50,
    tags=["fighters_only"],
)

A(
    "c37",
    "reuters",
    "Gunmen massacre 25 in Syrian village, mostly women and children - activists",
    """
BEIRUT (Reuters) - Pro-government gunmen killed 25 people, most of them women and children, in a Sunni village in central Syria, opposition activists said on Saturday.

The activists said the militiamen, known as shabbiha, stormed the village of al-Qubeir near the city of Hama late on Friday after an army bombardment, and shot and stabbed residents in their homes.

State media denied the report and said "terrorist groups" had committed a crime in the area to provoke international intervention.

The United Nations said its monitors had been prevented from reaching the village.

The reported massacre came less than two weeks after more than 100 people were killed in the town of Houla, an attack that drew widespread international condemnation.

Activists said some of the bodies had been burned and that others had been taken away by the gunmen. Residents said the army bombarded the village for several hours before the militia entered.

(Reporting by Oliver Holmes; Editing by Alistair Lyon)
""",
    25,
    0,
    0,
    nc=0,
    tags=["massacre"],
)

A(
    "c38",
    "afp",
    "Bomb on bus carrying Shiite pilgrims kills 14 in Damascus: monitor",
    """
Damascus (AFP) - A bomb hidden on a bus carrying Shiite pilgrims exploded in the Syrian capital on Sunday, killing at least 14 people, most of them Iraqis, a monitor said.

The blast struck near the Bab Mousalla area as the bus was heading to the shrine of Sayyida Zeinab, the Syrian Observatory for Human Rights said.

State news agency SANA said the explosion killed nine pilgrims and wounded 20, blaming "terrorists".

The Sayyida Zeinab shrine, south of Damascus, is one of the holiest Shiite sites and has been targeted by jihadist bombings several times during Syria's war.

Iraq's foreign ministry condemned the attack and said it was working to repatriate the bodies of its citizens.

Witnesses said ambulances rushed the wounded to hospitals in central Damascus while security forces fired into the air to disperse crowds.

Security forces cordoned off the area and the interior ministry said an investigation had been opened.
""",
    14,
    0,
    0,
    nc=0,
    tags=["conflicting_sources", "unknown_noun"],
)

A(
    "c39",
    "aljazeera",
    "Air strike on Syria hospital kills four medics and six patients",
    """
An air strike on a hospital in the opposition-held town of Kafr Nabl in northwestern Syria has killed at least 10 people, including four medical workers and six patients, according to a medical charity.

The Syrian American Medical Society (SAMS), which supports the hospital, said the facility was struck by at least two missiles on Monday morning, putting it out of service.

"This is the fifth hospital attacked in Idlib this month," a SAMS spokesman said.

Russia and the Syrian government have repeatedly denied targeting medical facilities.

Attacks on health facilities have been documented throughout the war. Physicians for Human Rights says more than 500 attacks on medical facilities have been recorded since 2011, killing more than 800 medical personnel.

Staff at the hospital had moved some patients to the basement after warplanes were spotted over the town, but the missiles hit the entrance and a ward on the ground floor.

SOURCE: Al Jazeera News
""",
    10,
    0,
    0,
    nc=0,
    tags=["sum_in_headline"],
)

A(
    "c40",
    "local",
    "Shelling of camp for displaced kills five including three children near Atmeh",
    """
Idlib - Syria Call

Five displaced people, three of them children, were killed on Saturday when artillery shells struck a camp for displaced families near the town of Qah in northern Idlib, close to the Turkish border.

The Syrian Civil Defence said its teams recovered the bodies and transferred 12 wounded to hospitals in Atmeh and Darkush. Tents were burned in the attack.

The camp hosts around 800 families who fled the regime offensive on southern Idlib earlier this year.

Residents of the camp said there was no shelter from the shells and that many families had started to dismantle their tents to move closer to the border. "We fled the bombing in Maarat al-Numan and now it has followed us here," said one man, who lost his nephew in the attack.

Humanitarian agencies say nearly a million people have fled their homes in northwest Syria since December, the largest displacement of the war.
""",
    5,
    3,
    0,
    nc=0,
    tags=["part_of_figure"],
)

A(
    "c41",
    "asharq",
    "Kurdish Politician Hevrin Khalaf Among 9 Civilians Killed by Turkey-backed Factions",
    """
London - Asharq Al-Awsat

Turkey-backed factions killed nine civilians, including Kurdish politician Hevrin Khalaf, on a highway south of the border town of Tal Abyad on Saturday, the Syrian Observatory for Human Rights said.

Khalaf, 35, the secretary-general of the Future Syria Party, was pulled out of her car and shot dead along with her driver, the Observatory said, while the other victims were executed at a makeshift checkpoint on the M4 highway.

The Kurdish-led Syrian Democratic Forces (SDF) condemned the killing as "a clear proof that the Turkish state is continuing its criminal policy against unarmed civilians".

Turkey launched its offensive against Kurdish militias in northeastern Syria on Wednesday. The Observatory says the fighting has so far killed 38 civilians and dozens of fighters on both sides.

The United Nations human rights office said on Tuesday that Turkey could be held responsible for the killings.
""",
    9,
    0,
    1,
    nc=0,
    tags=["campaign_total", "named_woman"],
    note="women label 1: the named politician Hevrin Khalaf",
)

A(
    "c42",
    "sohr",
    "Eight civilians and four non-civilians killed in regime bombardment on Ariha",
    """
SOHR - The Syrian Observatory for Human Rights has documented the death of 12 people in the regime bombardment with rocket launchers on the city of Ariha in the southern countryside of Idlib, of whom 8 are civilians including a child and 4 non-civilians.

SOHR sources reported that the number of deaths is likely to rise as several people are in a critical condition. The bombardment coincided with continuous flights by Russian reconnaissance planes in the skies of the area.

Meanwhile, regime helicopters dropped barrel bombs on Kafr Nabudah in the northern countryside of Hama.

The death toll in the regime and Russian bombardment on the de-escalation zone since the start of the military escalation at the end of April has risen to 1204 civilians, including 297 children, according to SOHR statistics.

SOHR sources said that the bombardment targeted the market of the city and the vicinity of a school at the time of the exit of students.
""",
    8,
    1,
    0,
    nc=4,
    tags=["mixed_split"],
)

A(
    "c43",
    "reuters",
    "Air strikes kill nine in Syria's Ariha, two more in Saraqeb - rescuers",
    """
BEIRUT (Reuters) - Air strikes on the rebel-held town of Ariha in Syria's Idlib province killed nine people on Wednesday, rescue workers said, while shelling on the nearby town of Saraqeb killed two more.

The White Helmets civil defence service said the strikes on Ariha hit a residential building close to the town's main square.

Rescuers said they had recovered the bodies of women and children from the building and that the toll could rise.

Russian and Syrian warplanes have intensified their bombing of the region, the last big rebel bastion, forcing hundreds of thousands of people to flee toward the Turkish border. Moscow and Damascus say they are targeting jihadists.

The United Nations has warned of a humanitarian catastrophe in Idlib, home to about 3 million people.

Residents said warplanes were still circling overhead as rescuers worked.

(Reporting by Khalil Ashawi; Editing by Alison Williams)
""",
    9,
    0,
    0,
    nc=0,
    tags=["second_incident", "same_sentence"],
)

A(
    "c44",
    "ap",
    "Airstrike kills 5 in Khan Sheikhoun, 2 years after chemical attack",
    """
BEIRUT (AP) — Two years after a chemical attack that killed more than 80 people in the northern Syrian town of Khan Sheikhoun, an airstrike on Thursday killed five people in the same town, opposition activists said.

The Syrian Civil Defense, also known as the White Helmets, said the strike hit a house on the western edge of the town, killing a man, his wife and three of their children.

The Britain-based Syrian Observatory for Human Rights confirmed the death toll and said the airstrike was carried out by Syrian government warplanes.

Khan Sheikhoun, in Idlib province, has been repeatedly hit in recent weeks as government forces push toward the town from the south.

The April 2017 sarin attack on Khan Sheikhoun prompted U.S. missile strikes on a Syrian air base. Rescue workers said the couple's eldest son survived Thursday's strike and was taken to a hospital near the Turkish border.
""",
    5,
    3,
    1,
    nc=0,
    tags=["background_first_sentence", "family_count"],
)

A(
    "c45",
    "afp",
    "Car bomb kills eight in Syria's Jarablus: monitor",
    """
Beirut (AFP) - A car bomb exploded near a bus station in the northern Syrian town of Jarablus on Monday, killing eight people including four civilians, a war monitor said.

The other four dead were Turkish-backed rebels who were manning a nearby checkpoint, the Syrian Observatory for Human Rights said.

The attack comes a week after a car bomb in the same town killed 19 people, most of them civilians.

Jarablus has been controlled by Turkish troops and allied Syrian rebels since they expelled the Islamic State group in 2016.

No group claimed responsibility. Turkey blames such attacks on Kurdish militants, while rebels also accuse Islamic State sleeper cells.

The Observatory said at least 20 people were wounded, some of them seriously.

The blast destroyed several vehicles and damaged shops around the bus station, according to footage posted online by local activists. Ambulances took the wounded to hospitals in Jarablus and across the border in Turkey.
""",
    4,
    0,
    0,
    nc=4,
    tags=["mixed_part", "background_marker"],
)

A(
    "c46",
    "sputnik",
    "Militants kill 6 in mortar attack on Damascus - state media",
    """
DAMASCUS (Sputnik) - Six people were killed and 24 injured in a mortar attack carried out by militants on residential areas in Damascus on Sunday, Syria's state-run SANA news agency reported.

According to the agency, the mortar shells fell on the Old City, Bab Sharqi and Jaramana districts.

The day before, at least two people were killed in a similar attack on the Damascus suburb of Jaramana, the agency reported.

Damascus has repeatedly been hit by mortar shells fired by militants from the Eastern Ghouta area. The Russian Center for Syrian Reconciliation said earlier this week that over 30 people had been killed by shelling of the capital since the start of the month.

Residents said the shells landed near a school and a market during the busy morning hours. The Syrian army has been shelling militant positions in Eastern Ghouta in response.
""",
    6,
    0,
    0,
    nc=0,
    tags=["second_incident", "marker_day_before", "campaign_total"],
)

A(
    "c47",
    "local_mt",
    "killed 6 civilians by regime warplanes on Saraqib city",
    """
Idlib Orient Net

killed 6 civilians wounded 12 others result of the bombing of the Russian warplanes on the residential neighborhoods in Saraqib city east of Idlib today Wednesday

Orient correspondent said that the warplanes targeted with 4 air raids the market of the city and the vicinity of the mosque of the great at the time of exit of worshipers which caused big destruction in the buildings

the civil defence teams worked to remove the rubble and search for survivors while the warplanes continued to fly in the sky of the city and the residents left the market

also one civilian was killed by the artillery shelling of the regime on town of Maarat Harma in the southern countryside of Idlib

Related news
- 3 martyrs by regime shelling on Kafr Nabl
- Russian warplanes target hospital in Maarat al-Numan
""",
    6,
    0,
    0,
    nc=0,
    tags=["machine_translated", "second_incident", "marker_also", "related_links"],
)

A(
    "c48",
    "reuters",
    "Syrian war monitor says 40 pro-government fighters killed in Islamic State attack",
    """
BEIRUT (Reuters) - Islamic State militants killed 40 Syrian soldiers and allied militiamen in an ambush in the eastern desert on Thursday, the Syrian Observatory for Human Rights said, the deadliest such attack in months.

The militants attacked a convoy of buses carrying troops near the town of al-Sukhna, east of Palmyra, the Britain-based war monitor said.

Syrian state media did not report the attack.

The attack began with a suicide car bomb followed by an assault by dozens of fighters, the Observatory said. It said at least 15 soldiers were wounded.

On Tuesday, nine members of the pro-government National Defence Forces were killed in a separate attack in Deir al-Zor province, the monitor said.

The attack was one of the deadliest on government forces since the Islamic State lost its territory. The group claimed responsibility through its Amaq news agency, saying its fighters had destroyed three buses.

(Reporting by Dubai newsroom; Editing by Giles Elgood)
""",
    0,
    0,
    0,
    nc=40,
    tags=["fighters_only", "second_incident", "marker_separate"],
)

A(
    "c49",
    "presstv",
    "Saudi-backed militants kill 6 in mortar attack on Damascus",
    """
Foreign-backed militants have fired a barrage of mortar rounds on a residential neighborhood in the Syrian capital, Damascus, killing at least six civilians.

Syria's official news agency SANA said the shells landed in the Christian neighborhood of Bab Touma on Monday, killing six people, including a child, and injuring 23 others.

Damascus has been the target of repeated mortar attacks by militants holed up in the Eastern Ghouta region, which is controlled by the Saudi-sponsored Jaysh al-Islam terrorist group.

Elsewhere, the Syrian army said it had killed scores of Daesh terrorists and destroyed their hideouts in the eastern province of Dayr al-Zawr.

Residents said the shells fell near a school as children were leaving classes.

Syria has been gripped by foreign-backed militancy since 2011. UN envoy Staffan de Mistura has estimated that 400,000 people have been killed in the conflict.

Tags: Syria, Damascus, Jaysh al-Islam
""",
    6,
    1,
    0,
    nc=0,
    tags=["second_incident_vague", "running_total", "tags"],
)

A(
    "c50",
    "tass",
    "Three Russian military policemen killed by IED in Syria's Aleppo province",
    """
MOSCOW, August 18. /TASS/. Three Russian military policemen were killed and two others wounded when their armored vehicle was hit by an improvised explosive device in the Aleppo province, the Russian Defense Ministry said on Tuesday.

"While escorting a humanitarian convoy near the settlement of Tell Rifaat, an armored vehicle of the Russian military police was blown up by an improvised explosive device. As a result, three servicemen were killed," the ministry said.

The wounded were evacuated by helicopter to the Hmeymim airbase hospital, where they are receiving medical aid. Their lives are not in danger, according to the ministry.

The ministry said the attack had been carried out by terrorists from the Idlib de-escalation zone.

Russian military police have been deployed in northern Syria since 2016 to monitor ceasefire agreements. The ministry said an investigation had been launched.
""",
    0,
    0,
    0,
    nc=3,
    tags=["fighters_only", "dateline_number"],
)

A(
    "c51",
    "aljazeera",
    "Syria: Family of seven killed in air raid on Idlib home",
    """
Seven members of a single family, including five children, have been killed in an air raid on their home in Syria's northwestern Idlib province, according to rescue workers.

The White Helmets said on Tuesday that a man, his wife and their five children died when a missile struck their house in the village of Maarzaf. A neighbour was also wounded in the attack.

"We pulled the bodies of the children out one by one," a rescue worker told Al Jazeera.

The raid came a day after government shelling killed four civilians in the nearby town of Kafr Sajna.

Government forces backed by Russian air power have been pushing into southern Idlib since late April. The UN says more than 400,000 people have fled the fighting.

Photographs of the bodies, wrapped in white shrouds, were shared widely on social media. The family had already been displaced twice by the fighting, relatives said.

SOURCE: Al Jazeera News
""",
    7,
    5,
    1,
    nc=0,
    tags=["family_count", "second_incident", "background_marker"],
)

A(
    "c52",
    "reuters",
    "Air strikes kill 30 in Syria's Idlib and Hama, monitor says",
    """
BEIRUT (Reuters) - Air strikes by Syrian government and Russian warplanes killed 30 people in rebel-held areas of Idlib and northern Hama on Friday, the Syrian Observatory for Human Rights said.

Twenty people were killed in strikes on the town of Saraqeb and nearby villages in Idlib, and 10 in the town of Kafr Zita in Hama province, the Britain-based monitor said.

The dead included at least seven children, the Observatory said.

Residents said the jets struck a market and a residential area in Saraqeb shortly after midday. Rescue workers said the toll was likely to rise as people remained trapped under rubble.

The government and its Russian ally have escalated attacks on the rebel-held northwest in recent weeks despite a deal to reduce violence. They say they are targeting Islamist militants who have attacked government-held areas.

(Reporting by Ellen Francis; Editing by Peter Graff)
""",
    30,
    7,
    0,
    nc=0,
    tags=["aggregated_event", "breakdown"],
)

A(
    "c53",
    "local",
    "Two brothers among four killed by mortar shell in Jobar",
    """
Damascus - Damascus Now

Two brothers were among four people killed on Thursday when a mortar shell hit a residential building in the Jobar neighbourhood of eastern Damascus, local residents said.

The brothers, aged 17 and 19, were standing at the entrance of the building when the shell struck. Two of their neighbours were also killed and six other residents were wounded, the sources said.

Earlier on Thursday, a rocket fell on the nearby Abbasiyyin area, killing a woman and wounding her son.

Government forces and rebels have exchanged fire across the Jobar front line for years.

Eastern Ghouta's rebels say they fire on Damascus in retaliation for government bombardment of the enclave, where hundreds of thousands of people live under siege.

The brothers were buried on Thursday evening in a cemetery near the neighbourhood, relatives said.
""",
    4,
    0,
    0,
    nc=0,
    tags=["second_incident", "marker_earlier", "part_of_figure"],
)

A(
    "c54",
    "afp",
    "Jihadist attack kills 24 regime fighters in Syria desert: monitor",
    """
Beirut (AFP) - Islamic State group jihadists killed 24 regime fighters in an attack in Syria's central desert on Sunday, a war monitor said, the latest in a string of such assaults.

The jihadists attacked army positions near the town of Al-Sukhnah, sparking clashes that lasted several hours, the Syrian Observatory for Human Rights said.

Those killed included soldiers and pro-regime militiamen, including members of an Iran-backed militia, Observatory head Rami Abdel Rahman told AFP.

Regime forces retaliated with air strikes on jihadist hideouts in the desert, the monitor said, adding that IS cells had stepped up their attacks in recent weeks.

Since March 2019, more than 1,200 regime fighters and 600 IS jihadists have been killed in the desert, according to the Observatory.

Syria's war has killed more than 380,000 people since it started in 2011 with the brutal repression of anti-government protests.
""",
    0,
    0,
    0,
    nc=24,
    tags=["fighters_only", "campaign_total", "running_total"],
)

A(
    "c55",
    "sohr",
    "Regime executes 18 detainees in Sednaya prison",
    """
Syrian Observatory for Human Rights: SOHR has learned from reliable sources that regime authorities executed 18 detainees from Rif Dimashq and Hama governorates in Sednaya military prison during the past few days.

The detainees had been arrested on charges of dealing with the armed factions and participating in the demonstrations in 2012. Their families were informed of their death when they went to civil registry offices to obtain documents.

SOHR has previously documented the death of more than 30 thousand detainees in regime prisons under torture and in mass executions since the start of the revolution.

SOHR renews its calls on the international community to put pressure on the regime to release detainees and disclose the fate of tens of thousands of missing people.

The executions were carried out after trials at the military field court, which lacks the minimum standards of fair trial.
""",
    18,
    0,
    0,
    nc=0,
    tags=["execution", "running_total"],
)

A(
    "c56",
    "ap",
    "Unexploded bomb kills 5 children playing in southern Syria",
    """
DAMASCUS, Syria (AP) — An unexploded bomb left over from the war detonated Saturday as a group of children played with it in southern Syria, killing five of them, state media reported.

The state news agency SANA said the children, aged between 6 and 13, found the object on farmland near the village of Nahta in Daraa province and took it home. It exploded as they gathered around it, killing five and wounding three.

Unexploded ordnance remains a deadly threat across Syria. The United Nations says that more than 11 million people live in areas contaminated by explosive remnants of war.

Children are particularly at risk, as they often mistake the devices for toys or scrap metal that can be sold. Daraa province returned to government control in 2018 after a Russian-brokered deal.

Earlier this month, a landmine killed two shepherds in the nearby province of Quneitra.
""",
    5,
    5,
    0,
    nc=0,
    tags=["children_only"],
)

A(
    "c57",
    "reuters",
    "Mortar bomb kills two in Damascus Old City - state media",
    """
BEIRUT (Reuters) - A mortar bomb hit the Old City of Damascus on Tuesday, killing two people and wounding five, Syrian state media said.

The shell landed near the Umayyad Mosque as people were leaving noon prayers, state television said.

In eastern Ghouta, on the outskirts of the capital, government air strikes and shelling killed 31 people on Tuesday, the Syrian Observatory for Human Rights said.

The rebel enclave has been under siege since 2013.

Shelling of the Old City and other central districts has become less frequent in recent months, but mortar bombs still fall on the capital regularly.

Rebels say they fire at government targets in Damascus in response to the bombardment of eastern Ghouta.

Ambulances rushed to the scene and security forces closed the surrounding streets, a witness told Reuters.

(Reporting by Dahlia Nehme; Editing by Catherine Evans)
""",
    2,
    0,
    0,
    nc=0,
    tags=["second_incident", "no_marker", "second_bigger"],
)

A(
    "c58",
    "local_mt",
    "killing 9 members of one family in a massacre of Russian warplanes in Maarat al-Numan",
    """
Idlib Step News Agency

nine members of one family were killed including 5 children and their mother at dawn today Sunday in a massacre committed by Russian warplanes on the city of Maarat al-Numan in southern countryside of Idlib

Step correspondent said that the Russian warplanes targeted a house in the western neighbourhood of the city by a guided missile which led to kill all members of family of Abu Ahmed al-Hamoud except a child who rescued by civil defence

This comes while the Russian and regime warplanes continue the campaign of bombardment on the villages and towns of southern Idlib countryside since two weeks which caused the killing of more than 100 civilians

The civil defence said the number of killed may rise because of the presence of people under the rubble and warned the residents to stay away from the gatherings
""",
    9,
    5,
    1,
    nc=0,
    tags=["machine_translated", "family_count", "campaign_total"],
)

A(
    "c59",
    "anadolu",
    "YPG/PKK car bomb attack kills 3 in Syria's Ras al-Ayn",
    """
Omer Koparan | 02.11.2019

SANLIURFA, Turkey

Three civilians were killed and 20 others injured in a car bomb attack by the YPG/PKK terror group in northern Syria's Ras al-Ayn town, Turkey's National Defense Ministry said on Saturday.

The bomb-laden vehicle exploded in a residential area, the ministry said in a statement. "The YPG/PKK continues its inhumane attacks against innocent people," it added.

On Wednesday, another car bomb attack in Tal Abyad killed 13 civilians and injured 20 others.

Turkey launched Operation Peace Spring on Oct. 9 to eliminate terrorists from northern Syria.

The ministry said the wounded were taken to hospitals in the region and in Turkey. Turkish officials say the YPG/PKK has carried out a string of bomb attacks in the area since the start of the operation.

Related: 8 civilians killed in YPG/PKK car bomb attack in Syria's Tal Abyad
""",
    3,
    0,
    0,
    nc=0,
    tags=["second_incident", "marker_day", "related_links"],
)

A(
    "c60",
    "asharq",
    "Syria: 12 Killed as Explosion Rocks Arms Depot in Idlib",
    """
Beirut - Asharq Al-Awsat

Twelve people, among them eight fighters from Hayat Tahrir al-Sham, were killed on Thursday when an explosion tore through an arms depot in the town of Sarmada in the northern countryside of Idlib, the Syrian Observatory for Human Rights said.

The Observatory said the cause of the explosion was not known, and that four civilians living near the depot were among the victims.

Rescue teams were still searching for people trapped under the rubble of several buildings that collapsed in the blast.

Explosions at weapons depots have occurred several times in northwest Syria. HTS, which controls much of Idlib province, did not comment on the blast.

Witnesses said a series of explosions continued for nearly an hour after the first blast, hurling shrapnel and debris across the area.

Sarmada, near the border with Turkey, hosts tens of thousands of displaced people living in camps and unfinished buildings.
""",
    4,
    0,
    0,
    nc=8,
    tags=["mixed_part"],
)

A(
    "c61",
    "reuters",
    "Islamic State kills 18 in attack on Syrian village, monitor says",
    """
BEIRUT (Reuters) - Islamic State militants killed 18 people, including women and children, in an attack on a village in the eastern Syrian province of Hama on Friday, a war monitor said.

The Syrian Observatory for Human Rights said the militants stormed the Ismaili village of Aqareb al-Safi at dawn, killing residents in their homes. Syrian state media said 52 people had been killed, among them 15 children.

Islamic State has been fighting to hold on to a pocket of territory in central Syria after losing most of its strongholds in the country.

Residents who fled the village said the attackers went from house to house. The Syrian army sent reinforcements to the area, state media said.

Separately, a car bomb in the city of Idlib killed seven people, the Observatory said.

(Reporting by Lisa Barrington; Editing by Andrew Bolton)
""",
    18,
    0,
    0,
    nc=0,
    tags=["conflicting_sources", "second_incident", "marker_separately"],
    note="children label 0: the 15 children are state media's breakdown of its own 52 toll; the headline follows the Observatory's 18",
)

A(
    "c62",
    "dailysabah",
    "4 civilians, including child, killed in Assad regime attack on Idlib",
    """
DAILY SABAH WITH AGENCIES
ISTANBUL
Published 09.03.2020 12:01 PM
Last Update 09.03.2020 12:15 PM

Four civilians, including a child, were killed in an Assad regime artillery attack on a village in northwestern Syria's Idlib province on Monday despite the cease-fire agreement reached between Turkey and Russia, local sources said.

The regime forces shelled the village of Kansafra in the Jabal al-Zawiya region, the sources said. The White Helmets said their teams transferred six injured people to hospitals.

The attack was the first deadly violation since the truce came into force on Friday.

More than 1,800 civilians have been killed in attacks by the regime and its allies in Idlib since January 2019, according to the White Helmets.

Turkey and Russia agreed last week on a cease-fire in Idlib after weeks of clashes in which dozens of Turkish soldiers were killed.

RELATED TOPICS
SYRIA, IDLIB, ASSAD REGIME, CEASE-FIRE
""",
    4,
    1,
    0,
    nc=0,
    tags=["published_line", "campaign_total", "tags"],
)

A(
    "c63",
    "afp",
    "Twin blasts kill 16 in Syrian government-held city: state media",
    """
Damascus (AFP) - Twin bombings struck a neighbourhood in the Syrian city of Homs on Wednesday, killing 16 people and wounding dozens, state media reported.

"Two terrorist blasts targeted the Zahraa neighbourhood," the official SANA news agency said, putting the toll at 16 dead and 45 wounded.

The Syrian Observatory for Human Rights said the toll was 22 dead, including eight members of the security forces.

There was no immediate claim of responsibility, but the Islamic State group has carried out several attacks in the Alawite-majority neighbourhood in the past.

Homs, Syria's third-largest city, was once dubbed the capital of the revolution. Government forces regained full control of it in 2017.

Footage broadcast by state television showed burning cars and damaged buildings. Ambulances ferried the wounded to hospitals in the city.

In January, a car bomb in the same neighbourhood killed 10 people.
""",
    16,
    0,
    0,
    nc=0,
    tags=["conflicting_sources"],
    note="fighters label 0: the headline follows SANA's 16; the Observatory's 22 incl. 8 security men is the other source",
)

A(
    "c64",
    "local_mt",
    "Assad forces execute a field 5 of sons of Daraa after arrest them",
    """
Daraa Horan Free League

Assad forces executed a field 5 young men from the sons of the town of Tafas in the western Daraa countryside after arresting them on Tuesday at a checkpoint on the road of Daraa Tafas according to local sources

The sources said that the bodies of the young men were found in the next day with the traces of bullets in the head and the chest and the families recognized them in national hospital in Daraa

In other news 2 members of the regime forces killed in an attack by unknown gunmen on a checkpoint near al-Yadudah

The town of Tafas witnessed in recent months many security incidents and assassinations targeted former opposition fighters and members of the regime and the bodies were buried in the town cemetery amid anger from residents

Tags: Daraa, Tafas, executions, Assad forces
""",
    5,
    0,
    0,
    nc=0,
    tags=["machine_translated", "execution", "second_incident", "marker_other_news"],
)

A(
    "c65",
    "sana",
    "Two martyred, 8 injured in terrorist attack with car bomb in Qardaha",
    """
Lattakia, SANA – Two citizens were martyred and 8 others were injured in a terrorist explosion of a car bomb in Qardaha city in Lattakia countryside.

A source in Lattakia Police Command told SANA reporter that terrorists detonated a car bomb parked near a bakery in the city center on Saturday evening, claiming the lives of two citizens and injuring others, some of them women and children.

The explosion caused material damage to the nearby shops and cars.

In Hama, army units repelled an attack by Jabhat al-Nusra terrorists on military posts in the northern countryside, killing and injuring a number of terrorists.

The Police Command source added that the competent authorities started investigation to identify the perpetrators. Qardaha has rarely been hit by such attacks during the crisis.

Civil defense teams and firefighters put out the fire that broke out in the area of the explosion.

M.Ibrahim / Ghossoun
""",
    2,
    0,
    0,
    nc=0,
    tags=["second_incident", "no_marker_place"],
)

A(
    "c66",
    "aljazeera",
    "Dozens killed as Syrian regime pounds Eastern Ghouta",
    """
Syrian government air strikes and artillery fire have killed at least 38 civilians in Eastern Ghouta, according to the Syrian Observatory for Human Rights, as the besieged rebel enclave faced one of the most intense days of bombardment in the war.

The UK-based monitor said 10 children were among those killed on Monday in the towns of Hamouria, Saqba and Beit Sawa.

Doctors in the enclave said hospitals were running out of supplies. "We are facing a massacre," one doctor in Douma told Al Jazeera by phone.

More than 120 people have been killed in Eastern Ghouta since Sunday, the observatory said, making it one of the deadliest 48-hour periods for the enclave since 2015.

Residents said many families had been sheltering in basements for days. The UN Security Council was due to discuss a draft resolution calling for a 30-day ceasefire.

SOURCE: Al Jazeera and news agencies
""",
    38,
    10,
    0,
    nc=0,
    tags=["vague_headline", "campaign_total"],
)

A(
    "c67",
    "ap",
    "Attack on Syrian army bus kills 14 soldiers in Damascus",
    """
BEIRUT (AP) — Two roadside bombs exploded as a military bus was passing over a bridge in central Damascus on Wednesday, killing 14 people, state media reported, the deadliest attack in the Syrian capital in years.

State TV said the bombs had been planted on the bus and went off during the morning rush hour. Syrian army troops were on board, a military official said.

Shortly after the bombing, government shelling killed at least 13 people, including four children, in the rebel-held town of Ariha in the northwestern province of Idlib, according to opposition activists.

No group immediately claimed responsibility. State media said 30 people were wounded in the blast, which came as the government was trying to project an image of normality in the capital.

Images posted online showed the charred remains of the bus.

Syria's war has killed hundreds of thousands of people since 2011.
""",
    0,
    0,
    0,
    nc=14,
    tags=["headline_side", "second_incident", "marker_shortly_after"],
)

A(
    "c68",
    "sputnik",
    "Terrorists Kill 7 Civilians in Shelling of Syria's Hama Province - Reconciliation Center",
    """
MOSCOW (Sputnik) - Seven civilians, including two children, have been killed as a result of shelling by terrorists of settlements in Syria's Hama province, the Russian Center for Reconciliation of Opposing Sides in Syria said on Friday.

"Terrorist groups in the Idlib de-escalation zone carried out shelling of the settlements of Suqaylabiyah and Mahardah. As a result, seven civilians, including two children, were killed, and 19 more were injured," the center's head, Rear Admiral Oleg Zhuravlev, said.

He added that on Thursday, militants attempted to attack positions of Syrian government forces in southern Idlib, losing up to 40 fighters.

According to the reconciliation center, the shelling damaged residential buildings and a school. Militants have stepped up their shelling of government-held towns in northern Hama in recent weeks.

Read more: Russian Defence Ministry says 3 drones downed near Hmeimim airbase
""",
    7,
    2,
    0,
    nc=0,
    tags=["second_incident", "marker_on_day", "related_links"],
)

A(
    "c69",
    "reuters",
    "Blast in Syria's Afrin kills at least 40, Turkey says; monitor gives higher toll",
    """
ISTANBUL/BEIRUT (Reuters) - A fuel truck bomb exploded in a crowded market in the northern Syrian town of Afrin on Tuesday, killing at least 40 people including 11 children, Turkey's Defense Ministry said.

The Syrian Observatory for Human Rights said the death toll was 46, among them six Turkish-backed fighters.

Turkey blamed the Kurdish YPG militia for the attack. There was no immediate comment from the YPG.

A second blast, in the town of al-Bab, wounded 12 people later on Tuesday, a local official said.

Turkish-backed rebels took control of Afrin in 2018 after an offensive that drove out the YPG. Kurdish groups say tens of thousands of residents were displaced and have not been allowed to return.

Turkey's Defense Minister Hulusi Akar said the attack showed the true face of the YPG.

(Reporting by Daren Butler and Tom Perry; Editing by Jonathan Spicer)
""",
    40,
    11,
    0,
    nc=0,
    tags=["conflicting_sources", "second_incident_injured"],
    note="fighters label 0: the headline follows Turkey's 40; the Observatory's 46 incl. 6 fighters is the other source",
)

A(
    "c70",
    "local",
    "Drone strike kills two Asayish members in Qamishli",
    """
Qamishli - Rudaw

A Turkish drone strike targeted a vehicle belonging to the Kurdish Internal Security Forces (Asayish) on the outskirts of Qamishli on Friday, killing two of its members, a security source told Rudaw.

The vehicle was struck on the road between Qamishli and Amuda, the source said. A passer-by was slightly wounded.

Turkish drones have struck several targets in northeastern Syria in recent weeks. A strike last month near Kobani killed three women activists.

The Autonomous Administration condemned the attack and called on the US-led coalition to stop Turkish aggression.

Rudaw could not independently verify the identities of those killed. Since the start of the year, Turkish drone strikes have killed at least 40 people in northeastern Syria, according to the Autonomous Administration.

The Asayish said the two men were on a routine patrol when the vehicle was hit.
""",
    0,
    0,
    0,
    nc=2,
    tags=["fighters_only", "background"],
)

A(
    "c71",
    "afp",
    "Regime barrel bombs kill 22 civilians in Syria's Aleppo: monitor",
    """
Aleppo (AFP) - Syrian regime helicopters dropped barrel bombs on several rebel-held districts of Aleppo on Saturday, killing at least 22 civilians including five children, a monitor said.

The Syrian Observatory for Human Rights said most of the victims died in the Al-Shaar neighbourhood, where a barrel bomb hit a busy street.

Rebels responded by firing rockets into government-held districts of the divided city, killing four people, state news agency SANA reported.

An AFP correspondent saw residents digging through the rubble with their bare hands.

Aleppo has been divided since mid-2012, and barrel bomb attacks on rebel areas have killed thousands of people, according to rights groups. The regime denies using the weapons.

The monitor said rescuers were still searching for survivors and that the toll was expected to rise. Barrel bombs are crude weapons made of oil drums, gas cylinders or water tanks filled with explosives and scrap metal.

Rescue workers said dozens of people were wounded, many of them women and children.
""",
    22,
    5,
    0,
    nc=0,
    tags=["second_incident", "no_marker_retaliation"],
)

A(
    "c72",
    "presstv",
    "Terrorist attack in Syria's Hama kills 3, injures 15",
    """
A terrorist attack in the central Syrian province of Hama has killed three people and injured 15 others, the official SANA news agency reports.

The agency said a car bomb went off near a bus stop in the town of Salamiyah on Sunday morning.

Later on Sunday, Syrian army units in the northern countryside of Hama killed 23 members of the al-Nusra Front terrorist group who were trying to infiltrate army positions.

Daesh and the Nusra Front are among the many terrorist groups which have been wreaking havoc in Syria since 2011.

Salamiyah, a town with a large Ismaili population, has been targeted several times by terrorists during the war. Security forces cordoned off the area of the explosion.

Witnesses said the explosion destroyed several cars and shattered windows in nearby buildings.

Syrian forces have recently made gains against the terrorists in the northern countryside of Hama.
""",
    3,
    0,
    0,
    nc=0,
    tags=["second_incident", "marker_later"],
)
