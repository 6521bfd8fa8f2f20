"""Invented casualty articles for probing newscounts.claims.extract_text (casualties preset).

Each case is (text, expected). text = headline + "\n\n" + body.
expected lists the MAIN-scope, BODY claims of civilians_killed (civ), children_killed (chi),
women_killed (wom), fighters_killed (fig) that a careful analyst following the preset's
conventions would list. Notation: "civ=12" exact; "civ=20-25" range; "civ>=12" at_least;
"civ>12" more_than; "civ<12" less_than; "civ<=12" at_most; "civ~12" about; "civ?24-99" vague;
"civ+" some (low 1); "civ0" none (0-0).  Headline claims, injuries, war_dead and
other_event / background claims are not compared.
"""

CASES = [
    # ---------------- Reuters ----------------
    (
        "Air strikes kill 27 in Syria's Idlib, monitor says\n\nAir strikes killed at least 27 people in a market town in Syria's rebel-held Idlib province on Monday, a war monitor said. The Syrian Observatory for Human Rights said seven children were among the dead.",
        ["civ>=27", "chi=7"],
    ),
    (
        "Car bomb kills Syrian soldiers near Damascus\n\nA car bomb killed nine Syrian soldiers at a checkpoint south of Damascus on Tuesday, state media said. Another 14 were wounded.",
        ["fig=9"],
    ),
    (
        "Suicide bomber hits Baghdad market\n\nA suicide bomber blew himself up in a crowded Baghdad market on Thursday, killing 31 people and wounding more than 60, police and medical sources said.",
        ["civ=31"],
    ),
    (
        "Russian missile hits Kharkiv apartment block\n\nA Russian missile struck an apartment block in Kharkiv overnight, killing four people including a 10-year-old boy, the regional governor said.",
        ["civ=4", "chi=1"],
    ),
    (
        "Rebels say dozens of troops killed near Hama\n\nRebels said they killed dozens of government troops in an offensive on the northern outskirts of Hama, a claim that could not be independently verified.",
        ["fig?24-99"],
    ),
    (
        "Twenty-one killed in Aleppo shelling - state TV\n\nTwenty-one civilians were killed and dozens injured when rebel shells hit government-held western Aleppo on Sunday, state television reported.",
        ["civ=21"],
    ),
    (
        "Iraqi troops killed in suicide attack\n\nA suicide car bomber struck an army checkpoint north of Baghdad, killing eight soldiers and wounding 12, officials said. Police and hospital officials said two civilians were also among the dead.",
        ["fig=8", "civ=2"],
    ),
    (
        "Gunmen kill 11 shepherds in Iraq\n\nGunmen shot dead 11 shepherds in Iraq's Salahuddin province on Friday, security sources said, blaming Islamic State militants.",
        ["civ=11"],
    ),
    (
        "Houthi missile kills soldiers in Marib\n\nA Houthi ballistic missile attack on a military camp in Marib killed around 30 soldiers of the internationally recognised government and wounded dozens more, military sources said.",
        ["fig~30"],
    ),
    (
        "Coalition says strikes killed Houthis\n\nSaudi-led coalition air strikes killed 35 Houthis near the city of Marib on Saturday, the coalition said in a statement carried by Saudi state media.",
        ["fig=35"],
    ),
    (
        "Nearly 50 killed in Afrin market blast\n\nNearly 50 people were killed when a fuel tanker rigged with explosives blew up in a crowded market in the northern Syrian town of Afrin on Tuesday, Turkey's defence ministry said. Eleven children were among the dead.",
        ["civ~50", "chi=11"],
    ),
    (
        "Strike on Syrian hospital\n\nUp to 30 people may have been killed in the strike on the hospital in Sarmin, medics said.",
        ["civ<=30"],
    ),
    (
        "Conflicting tolls after Homs strike\n\nSyrian state media said 8 people were killed in the strike, while the Observatory said at least 12 had died.",
        ["civ=8", "civ>=12"],
    ),
    (
        "Israeli strikes kill 32 in central Gaza\n\nIsraeli strikes killed 32 people in central Gaza on Tuesday, health officials said. The health ministry says more than 40,000 Palestinians have been killed since October 7.",
        ["civ=32"],
    ),
    (
        "Russian says it killed Ukrainian servicemen\n\nRussia's defence ministry said its forces had killed up to 120 Ukrainian servicemen in the Kupiansk direction.",
        ["fig<=120"],
    ),
    (
        "Ukraine strike toll\n\nA Russian strike on a training ground in Dnipropetrovsk region killed 19 people, most of them soldiers, Ukrainian officials said.",
        ["fig=19"],
    ),
    (
        "Sudan market shelling\n\nShelling by the paramilitary Rapid Support Forces on a market in El Fasher killed as many as 40 civilians on Sunday, a medical charity said.",
        ["civ<=40"],
    ),
    (
        "Shrine attack toll\n\nA suicide attack on a Shiite shrine south of Damascus killed 19 people on Sunday, state media said. The Observatory put the toll higher, at 25.",
        ["civ=19", "civ=25"],
    ),
    (
        "Israeli drone strikes car in south Lebanon\n\nAn Israeli drone hit a car in southern Lebanon, killing three and wounding two, Lebanon's state news agency said.",
        ["civ=3"],
    ),
    (
        "Hezbollah says fighters killed\n\nHezbollah said 12 of its fighters were killed in Israeli strikes in southern Lebanon on Tuesday.",
        ["fig=12"],
    ),
    (
        "Iraq forces kill IS members\n\nIraqi counter-terrorism forces killed 22 IS members in an operation in the Hamrin mountains, the Joint Operations Command said.",
        ["fig=22"],
    ),
    (
        "Bodies found near Tel Afar\n\nThe bodies of 20 men, some of them handcuffed, were found in a ditch outside the town of Tel Afar, Iraqi police said.",
        ["civ=20"],
    ),
    # ---------------- AFP ----------------
    (
        "Syria regime strikes kill 16 civilians: monitor\n\nSyrian regime air strikes killed 16 civilians, among them five children, in the last major rebel bastion of Idlib on Wednesday, a war monitor said. The strikes hit the town of Maaret al-Numan, the Britain-based Syrian Observatory for Human Rights said.",
        ["civ=16", "chi=5"],
    ),
    (
        "Jihadist ambush kills 40 Syria troops: monitor\n\nJihadists killed 40 Syrian troops and allied militiamen in an ambush in the desert east of Homs, the Observatory said on Friday. The attack was claimed by the Islamic State group.",
        ["fig=40"],
    ),
    (
        "Car bomb kills 12 in Azaz\n\nAt least 12 people were killed when a car bomb exploded in the northern town of Azaz on Saturday, the Observatory said. Syria's war has killed more than 380,000 people since it started in 2011 with the brutal repression of anti-government protests.",
        ["civ>=12"],
    ),
    (
        "Thirty-four die in Raqa strikes\n\nThirty-four people, twenty-one of them children, died in air strikes by the US-led coalition on the city of Raqa on Friday, the Observatory said.",
        ["civ=34", "chi=21"],
    ),
    (
        "Fighting south of Aleppo\n\nHeavy fighting in southern Aleppo left 33 dead, most of them rebels, the Syrian Observatory said.",
        ["fig=33"],
    ),
    (
        "Russian strikes hit ex-Nusra\n\nRussian air strikes killed 41 people, mostly jihadists of the former Nusra Front, near the village of al-Tamanah on Sunday, the monitor said.",
        ["fig=41"],
    ),
    (
        "Turkish shelling kills civilians in Tal Rifaat\n\nTurkish shelling killed seven civilians in the Kurdish-held town of Tal Rifaat on Thursday, the Kurdish Red Crescent said. In a separate attack, two Turkish soldiers were killed by a rocket fired from Syria.",
        ["civ=7"],
    ),
    (
        "Regime bombardment hits Eastern Ghouta town\n\nRegime bombardment killed nine civilians in the town of Saqba in Eastern Ghouta, according to the Observatory. Elsewhere, 14 fighters from the Islamic State group died in coalition raids in Deir Ezzor.",
        ["civ=9"],
    ),
    (
        "IS kills soldiers in Badia\n\nIslamic State militants killed 11 Syrian soldiers in an attack on an army post in the Badia desert, the Observatory said. At least 500,000 people have died in Syria since 2011, according to the monitor.",
        ["fig=11"],
    ),
    (
        "Clashes near Khan Tuman\n\nBetween 30 and 40 pro-regime fighters were killed when rebels overran a checkpoint near Khan Tuman, the monitor said.",
        ["fig=30-40"],
    ),
    (
        "Jarablus motorcycle bomb\n\nNo fewer than 16 people were killed when a bomb hidden in a motorcycle exploded in the town of Jarablus on Monday.",
        ["civ>=16"],
    ),
    (
        "Ain Issa clashes\n\nUpwards of 200 fighters on both sides have been killed in four days of clashes around Ain Issa, the Observatory said.",
        ["fig>200"],
    ),
    (
        "Israeli strikes near Albukamal\n\nMore than a hundred Iranian-backed fighters were killed in Israeli strikes near Albukamal, the Observatory said.",
        ["fig>100"],
    ),
    (
        "Ras al-Ain car bomb\n\nA car bomb exploded near a checkpoint of the Turkish-backed Syrian National Army in Ras al-Ain, killing eight civilians and three fighters, the Observatory said.",
        ["civ=8", "fig=3"],
    ),
    (
        "Drone kills HTS fighters\n\nA drone strike killed four Hayat Tahrir al-Sham fighters, including a senior commander, near Sarmada, the Observatory said.",
        ["fig=4"],
    ),
    (
        "Ahrar al-Sham members killed\n\nThe strike killed nine members of Ahrar al-Sham, including a field commander, opposition sources said.",
        ["fig=9"],
    ),
    (
        "IS executes 19 in desert\n\nIslamic State jihadists executed 19 men in the Deir Ezzor desert on charges of collaborating with the regime, the Observatory said.",
        ["civ=19"],
    ),
    (
        "Syria: Ariha raids\n\nAt least 18 people, all of them civilians, were killed in air strikes on the town of Ariha, the Observatory said.",
        ["civ>=18"],
    ),
    (
        "Gaza: family killed\n\nAn Israeli strike on a house in Rafah killed 13 members of the same family early on Friday, medics said. Last month, a similar strike in the city killed more than 20 people.",
        ["civ=13"],
    ),
    # ---------------- AP ----------------
    (
        "Activists: Airstrikes kill 11 in rebel-held town\n\nSyrian activists say airstrikes have killed 11 people, including three children, in a rebel-held town in the country's northwest. The White Helmets said the strikes on Saraqeb also wounded 18 people.",
        ["civ=11", "chi=3"],
    ),
    (
        "Official: Suicide bomber kills 18 at mosque\n\nA suicide bomber detonated his vest at the entrance of a mosque in Jableh, killing himself and 18 others, the health ministry said.",
        ["civ=18"],
    ),
    (
        "Israeli troops kill 3 in Jenin raid\n\nIsraeli troops shot dead three Palestinians during a raid on the Jenin refugee camp, the Palestinian health ministry said.",
        ["civ=3"],
    ),
    (
        "Sniper kills girl in Madaya\n\nA 12-year-old girl was killed by sniper fire in the besieged town of Madaya, medics said.",
        ["chi=1", "civ=1"],
    ),
    (
        "Syria: regime soldiers kill 5\n\nFive civilians were killed by regime soldiers at a checkpoint in Homs countryside, activists said.",
        ["civ=5"],
    ),
    (
        "Turkish troops killed in Idlib\n\nThree Turkish troops were killed and four wounded in a Syrian government attack in Idlib, Turkey's defence ministry said.",
        ["fig=3"],
    ),
    (
        "Coalition kills IS militants\n\nU.S.-led coalition airstrikes killed 64 Islamic State militants near Haditha, the coalition said in a statement.",
        ["fig=64"],
    ),
    (
        "Officials: blast kills 13 in Afrin\n\nThirteen people lost their lives and more than 20 were injured when a bomb-laden motorcycle exploded in Afrin, the Turkish defense ministry said.",
        ["civ=13"],
    ),
    (
        "Landmine kills soldiers near Palmyra\n\nSeveral soldiers were killed and others wounded when their vehicle hit a landmine near Palmyra, state media said.",
        ["fig?3-9"],
    ),
    (
        "Soldiers killed in Daraa\n\nSeven soldiers were killed and five were wounded when their patrol came under fire near Daraa, a military official said.",
        ["fig=7"],
    ),
    (
        "Mortar kills soldier in Quneitra\n\nOne soldier was killed and three others were wounded in a mortar attack on an army post in Quneitra, SANA said.",
        ["fig=1"],
    ),
    (
        "Peshmerga killed near Kirkuk\n\nFour Peshmerga were killed in an Islamic State attack near Kirkuk, Kurdish officials said.",
        ["fig=4"],
    ),
    (
        "Pro-government fighters die in Latakia\n\nAt least 20 pro-government fighters died in the clashes with jihadists in Latakia province, the Observatory said.",
        ["fig>=20"],
    ),
    # ---------------- Al Jazeera ----------------
    (
        "Israeli attacks kill dozens across Gaza\n\nIsraeli air strikes across the Gaza Strip have killed at least 45 Palestinians since dawn, including 18 children, according to the health ministry in Gaza.",
        ["civ>=45", "chi=18"],
    ),
    (
        "Coalition strike hits Yemen wedding\n\nAn air strike by the Saudi-UAE-led coalition on a wedding party in Yemen's Hajjah province has killed at least 20 people, most of them women and children, local officials told Al Jazeera. A further 46 people were wounded.",
        ["civ>=20"],
    ),
    (
        "Israel says it killed Hamas fighters\n\nThe Israeli military said its forces had killed about 20 Hamas militants in the fighting in Khan Younis.",
        ["fig~20"],
    ),
    (
        "Khan Younis bombardment\n\nThe Israeli bombardment of Khan Younis overnight claimed the lives of 27 people, including 9 children, the civil defence said.",
        ["civ=27", "chi=9"],
    ),
    (
        "School shelter struck in Gaza City\n\nAt least 29 people were killed in Israeli strikes on a school sheltering displaced families in Gaza City, the civil defence agency said. The dead included 11 children and six women.",
        ["civ>=29", "chi=11", "wom=6"],
    ),
    (
        "Israeli strike hits home in Jabalia camp\n\nThe Israeli strike killed 15 people, five of whom were women, in the Jabalia camp, medics said.",
        ["civ=15", "wom=5"],
    ),
    (
        "Sudan: drone attack on camp\n\nDrone attacks on a displacement camp near El Fasher killed 23 people, including 8 children, the Sudan Doctors Network said. Meanwhile in Khartoum, artillery fire killed at least five civilians.",
        ["civ=23", "chi=8"],
    ),
    (
        "Hundreds killed in Khartoum fighting\n\nHundreds of people were killed in three days of fighting in the Sudanese capital Khartoum, doctors said.",
        ["civ?200-999"],
    ),
    (
        "RSF kills over 100 in Gezira village\n\nMore than 100 people were killed when Rapid Support Forces fighters stormed the village of Wad al-Nourah in Sudan's Gezira state, activists said on Thursday. Among the dead were 35 children, according to the local resistance committee.",
        ["civ>100", "chi=35"],
    ),
    (
        "Mosul Old City\n\nAn estimated 300 civilians were killed in the battle for the Old City, according to UN officials.",
        ["civ~300"],
    ),
    (
        "Nuseirat camp strikes\n\nAt least 12 Palestinians, including three women, were killed in Israeli airstrikes on the Nuseirat refugee camp in central Gaza, according to medical sources.",
        ["civ>=12", "wom=3"],
    ),
    (
        "Strike hits shelter in southern Lebanon village\n\nThe strike on the shelter killed 28 civilians, 16 of them children, according to the Lebanese Red Cross.",
        ["civ=28", "chi=16"],
    ),
    # ---------------- SANA ----------------
    (
        "Two civilians martyred in terrorist rocket attack on Aleppo\n\nTwo civilians were martyred and 7 others were injured when terrorist organizations positioned in Idleb countryside fired rocket shells on al-Hamdaniya neighborhood in Aleppo city, a source at Aleppo Police Command told SANA.",
        ["civ=2"],
    ),
    (
        "Army units eliminate scores of terrorists in Hama countryside\n\nArmy units on Tuesday eliminated scores of terrorists and destroyed their positions and weapons in the northern countryside of Hama, SANA reporter said.",
        ["fig?40-99"],
    ),
    (
        "Child martyred in terrorist attack on Mhardeh\n\nA child was martyred and 4 other citizens were injured due to a terrorist attack with shells on the town of Mhardeh in Hama northern countryside.",
        ["chi=1", "civ=1"],
    ),
    (
        "Terrorists' rocket attack on Damascus\n\nA terrorist rocket attack targeting Bab Touma area in Damascus led to the martyrdom of three citizens and the injury of 12 others, a source at Damascus Police Command said.",
        ["civ=3"],
    ),
    (
        "Terrorists target Suqaylabiyah\n\nTerrorists targeted the town of Suqaylabiyah with rocket shells, claiming the lives of two citizens, a woman and a child, and injuring 9 others.",
        ["civ=2", "wom=1", "chi=1"],
    ),
    (
        "Army kills ISIS elements in Badia\n\nSyrian army units killed 23 ISIS elements in the Badia, SANA said.",
        ["fig=23"],
    ),
    (
        "Two army personnel martyred in Daraa\n\nTwo army personnel were martyred and 5 others injured when terrorists attacked a military post in Daraa countryside.",
        ["fig=2"],
    ),
    (
        "Terrorist attack on Latakia\n\nSixteen people were wounded, including four children, when shells fired by terrorists hit residential areas in Latakia city, SANA reported.",
        [],
    ),
    (
        "Mortar shell on Damascus school\n\nA mortar shell landed on a school in Damascus killing one child and injuring 9 other children, the Ministry of Education said.",
        ["chi=1", "civ=1"],
    ),
    (
        "Death toll of Tartus bombings rises\n\nThe death toll from Saturday's twin terrorist bombings in the coastal city of Tartus climbed to 48, state media said.",
        ["civ=48"],
    ),
    (
        "Number of martyrs rises\n\nThe number of martyrs of the terrorist attack on al-Zahraa neighborhood in Homs rose to 9, in addition to 30 injured, Homs Governor said.",
        ["civ=9"],
    ),
    # ---------------- Anadolu ----------------
    (
        "Turkish army neutralizes 17 PKK/YPG terrorists\n\nThe Turkish army has neutralized 17 PKK/YPG terrorists in northern Syria, the National Defense Ministry said on Saturday. The terrorists were neutralized in the Operation Peace Spring region as they tried to infiltrate, the ministry said in a statement.",
        ["fig=17"],
    ),
    (
        "Assad regime attack kills 6 civilians in Idlib\n\nAt least six civilians, including two children, were killed in an attack by the Bashar al-Assad regime on Syria's northwestern Idlib province, according to a local civil defense agency.",
        ["civ>=6", "chi=2"],
    ),
    (
        "YPG attack kills civilians in Afrin\n\nFour civilians, including a woman, were killed in a rocket attack by the YPG/PKK terror group on a residential area in Afrin, local sources said.",
        ["civ=4", "wom=1"],
    ),
    (
        "Israeli army kills Palestinians in West Bank\n\nIsraeli soldiers killed five Palestinians, including a 15-year-old boy, during a raid on the city of Nablus, the Palestinian Health Ministry said.",
        ["civ=5", "chi=1"],
    ),
    (
        "Kurdish civilians killed\n\nTurkish drone strikes killed five Kurdish civilians in Qamishli, the SDF said.",
        ["civ=5"],
    ),
    # ---------------- BBC ----------------
    (
        "Syria conflict: Chemical attack 'kills 58' in Idlib\n\nA suspected chemical attack has killed at least 58 people, including 11 children, in a rebel-held town in north-western Syria, a monitoring group says. Dozens more were treated for breathing difficulties after the attack on Khan Sheikhoun.",
        ["civ>=58", "chi=11"],
    ),
    (
        "Ukraine war: Hroza cafe strike\n\nAt least 14 people died when a Russian missile hit a crowded cafe in the village of Hroza, officials say. Ukraine's interior minister said a six-year-old boy was among the dead.",
        ["civ>=14", "chi=1"],
    ),
    (
        "Ghouta chemical attack\n\nMore than 1,400 people were killed in the chemical weapons attack on the Ghouta suburbs, the US government said, including at least 426 children.",
        ["civ>1400", "chi>=426"],
    ),
    (
        "Twin car bombs rock Homs district\n\nScores of people were killed on Monday when two car bombs exploded in a predominantly Alawite district of Homs, state media and monitors said.",
        ["civ?40-99"],
    ),
    (
        "Ukraine war: Odesa strike\n\nFive dead and 20 injured after Russian missiles hit the port of Odesa, the regional governor said.",
        ["civ=5"],
    ),
    (
        "Glide bomb hits Kostiantynivka street\n\nA Russian glide bomb killed two civilians in Kostiantynivka, the regional governor said. More than 11,000 civilians have been killed in Ukraine since February 2022, according to the UN.",
        ["civ=2"],
    ),
    (
        "Mosul: coalition strike\n\nThe US military said fewer than 10 civilians were killed in the coalition strike near Mosul.",
        ["civ<10"],
    ),
    (
        "Tikrit base attack\n\nSome 35 Iraqi soldiers were killed when Islamic State militants stormed a base near Tikrit, security officials said.",
        ["fig~35"],
    ),
    (
        "Syrian army losses\n\nAlmost 100 soldiers from the Syrian army were killed in the rebel offensive, the opposition claimed.",
        ["fig~100"],
    ),
    (
        "Russia claims militants killed\n\nThe Russian defence ministry said its strikes had killed 120 militants and that no civilians were killed.",
        ["fig=120", "civ0"],
    ),
    # ---------------- SOHR ----------------
    (
        "Death toll of Kafr Nabl massacre rises\n\nThe death toll of the massacre committed by the regime warplanes in the town of Kafr Nabl has risen to 19 including 6 children and 3 women while the number of the dead is expected to rise due to the presence of seriously injured people.",
        ["civ=19", "chi=6", "wom=3"],
    ),
    (
        "Clashes in southern Aleppo\n\nSOHR documented the death of 14 members of the regime forces and the loyal gunmen in clashes with the rebel and Islamist factions in the southern countryside of Aleppo, while 9 fighters of the factions were killed.",
        ["fig=14", "fig=9"],
    ),
    (
        "Aerial bombardment on Douma city toll rises\n\nThe number of people who were killed by the aerial bombardment on Douma city rose to 23 people among them 4 children and a woman, and the number is expected to rise because there are some people in critical condition",
        ["civ=23", "chi=4", "wom=1"],
    ),
    (
        "Regime forces losses\n\nThe death toll among the regime forces rose to 26 after rebels attacked positions in the Hama countryside, SOHR said.",
        ["fig=26"],
    ),
    (
        "SOHR daily toll for Idlib and Hama\n\nSOHR documented the death of 6 civilians including 2 children in regime shelling on southern Idlib while 11 members of regime forces were killed in clashes with HTS on Kabani axis",
        ["civ=6", "chi=2", "fig=11"],
    ),
    (
        "Russian raids on Ghouta\n\nThe Syrian Observatory said 53 civilians had been killed in the Russian strikes, with 12 children and seven women among them.",
        ["civ=53", "chi=12", "wom=7"],
    ),
    (
        "SDF fighters killed\n\nFourteen fighters of the Syrian Democratic Forces were killed by Turkish drone strikes in Ain Issa over the weekend, SOHR said.",
        ["fig=14"],
    ),
    (
        "Toll from Jableh attack rises again\n\nTwo more people died of their wounds in hospital on Monday, raising the toll from the Jableh attack to 15, SOHR said.",
        ["civ=2", "civ=15"],
    ),
    (
        "Toll of market raid\n\nRescuers found a further eight bodies under the rubble of the market, bringing the death toll of the regime air raid to 61.",
        ["civ=8", "civ=61"],
    ),
    # ---------------- local / translated ----------------
    (
        "Idlib: three civilians killed by regime shelling\n\nthree civilians were killed and five others were injured by artillery shelling of the regime forces on the town of Kansafra in Jabal al-Zawiya south of Idlib the civil defense said that among the victims a child",
        ["civ=3", "chi=1"],
    ),
    (
        "Massacre in Al-Bab\n\nA car bomb exploded in the center of al-Bab city east of Aleppo killing 14 civilians among them 5 children and wounding more than 30 others most of them in critical condition the death toll is likely to rise",
        ["civ=14", "chi=5"],
    ),
    (
        "Syrias army loses 12 soldiers in Daraa ambush\n\nTwelve soldiers of Syrias army were killed today in an ambush by unknown gunmen on the road between Daraa and Tafas a local source told Horan Free League",
        ["fig=12"],
    ),
    (
        "Daraa: 4 killed in explosion\n\nfour young men killed and others injured by explosion of an explosive device planted by unknown on the road of Nahta town in Daraa eastern countryside and the victims were transported to the hospital of Busra",
        ["civ=4"],
    ),
    (
        "Regime shelling targets Ariha city again\n\n7 martyrs including 3 children due to the regimes shelling on Ariha city and the civil defence teams are working to retrieve the victims from under the rubble",
        ["civ=7", "chi=3"],
    ),
    (
        "Russias strikes kill 18 in Idlibs south\n\nRussias warplanes killed 18 civilians including 4 women in the towns of Idlibs southern countryside today according to the Syrian Civil Defence",
        ["civ=18", "wom=4"],
    ),
    (
        "Gunmen kill five in Daraa countryside\n\nUnidentified gunmen gunned down five people in the town of Tafas in Daraa countryside, including a former rebel commander, the Daraa 24 network said.",
        ["civ=5"],
    ),
    (
        "Family killed in Daraa al-Balad\n\nSix members of one family were killed when a regime barrel bomb hit their home in Daraa al-Balad, the local council said.",
        ["civ=6"],
    ),
    (
        "Kansafra house collapse\n\nEleven people perished when their house collapsed after a Russian air strike on the village of Kansafra, local activists said.",
        ["civ=11"],
    ),
    (
        "Drone strikes car on Sarmada road\n\nThe seven victims, all members of the same family, were killed when their car was struck by a drone on the road to Sarmada.",
        ["civ=7"],
    ),
    (
        "Civil defence toll\n\nThe civil defence put the death toll at 17, adding that more people were still trapped under the rubble in Atarib.",
        ["civ=17"],
    ),
    (
        "Raid on Maarat Misrin\n\nThe raid killed 9, including four children, the White Helmets said.",
        ["civ=9", "chi=4"],
    ),
    (
        'Civil defence chief speaks\n\n"We have pulled 17 bodies out of the rubble so far, including those of four women," said Mustafa Haj Youssef, head of the civil defence in Idlib.',
        ["civ=17", "wom=4"],
    ),
    # ---------------- more variety ----------------
    (
        "Barrel bombs leave 15 dead in Aleppo\n\nRegime helicopters dropped barrel bombs on the al-Shaar district of Aleppo on Saturday, leaving at least 15 people dead, among them three women, activists said.",
        ["civ>=15", "wom=3"],
    ),
    (
        "Rescuers pull bodies from Jisr al-Shughur rubble\n\nRescue workers recovered 22 bodies from the rubble of a building in Jisr al-Shughur that was flattened by Russian air strikes, the White Helmets said.",
        ["civ=22"],
    ),
    (
        "Air raid kills a dozen in Mayadeen\n\nAn air raid killed a dozen civilians in the eastern town of al-Mayadeen on Tuesday, the Observatory said.",
        ["civ=12"],
    ),
    (
        "Heavy clashes erupt around Manbij city\n\nAround 60 rebels were killed in fierce clashes with Kurdish-led forces around Manbij, the monitor said.",
        ["fig~60"],
    ),
    (
        "Eastern Ghouta strikes\n\nAs many as 70 people, most of them civilians, are feared dead after strikes on Eastern Ghouta, rescue workers said.",
        ["civ<=70"],
    ),
    (
        "Haas school strike\n\nAn air strike hit a school compound in Haas, killing 22 people, six of them children, UNICEF said in a statement.",
        ["civ=22", "chi=6"],
    ),
    (
        "Kyiv strike toll rises\n\nThe death toll from a Russian missile strike on a residential building in Kyiv has risen to 31, including five children, Ukrainian President Volodymyr Zelenskiy said on Wednesday. Rescue workers were still searching the rubble.",
        ["civ=31", "chi=5"],
    ),
    (
        "Ukraine says 500 Russian troops killed\n\nUkraine's armed forces said on Monday they had killed 500 Russian troops in the previous 24 hours, bringing the total since the start of the invasion to more than 200,000.",
        ["fig=500"],
    ),
    (
        "Kafr Battikh school\n\nSeven children were killed when a rocket struck their school in the village of Kafr Battikh on Wednesday, the Syria Civil Defence said.",
        ["chi=7", "civ=7"],
    ),
    (
        "Artillery shells hit Kafranbel bakery queue\n\nFour women were killed and eight injured when regime artillery shelled a bakery queue in Kafranbel, a local activist said.",
        ["wom=4", "civ=4"],
    ),
    (
        "Deir Ezzor market\n\nTwo dozen people were killed when a shell hit a crowded marketplace in the government-held city of Deir Ezzor.",
        ["civ=24"],
    ),
    (
        "Strike toll disputed\n\nThe strike killed 15 to 20 civilians, according to local activists, while state media said only militants were hit.",
        ["civ=15-20"],
    ),
    (
        "Regime shelling hits Jobar neighbourhood again\n\nRegime shelling on 14 March killed 9 people in Jobar, the Observatory said.",
        ["civ=9"],
    ),
    (
        "Douma barrel bomb\n\nA barrel bomb attack on a market in Douma killed dozens of people and wounded many more, rescuers said.",
        ["civ?24-99"],
    ),
    (
        "Activists report massacre in Hama village\n\nClose to 60 people were killed in a massacre in the village of al-Qubeir, opposition activists said.",
        ["civ~60"],
    ),
    (
        "Baghdad bombing toll\n\nThe death toll from Monday's double suicide bombing in central Baghdad rose to 38 on Tuesday, with 110 people wounded, the health ministry said.",
        ["civ=38"],
    ),
    (
        "Yemen: Taiz shelling\n\nHouthi shelling of residential neighbourhoods in Taiz killed four children and wounded six others on Sunday, the UN children's agency said.",
        ["chi=4", "civ=4"],
    ),
    (
        "Coalition raid hits Hodeidah fish market\n\nA coalition air raid on a fish market in Hodeidah left 31 people dead, including fishermen and traders, a health official said.",
        ["civ=31"],
    ),
    (
        "Sudan: El Geneina killings\n\nArab militias and RSF fighters killed at least 87 members of the Masalit tribe, whose bodies were buried in a mass grave outside El Geneina, the UN human rights office said.",
        ["civ>=87"],
    ),
    (
        "Iraq says Yazidis executed near Sinjar\n\nIraqi officials said 17 Yazidis were executed by Islamic State militants near Sinjar.",
        ["civ=17"],
    ),
    (
        "Gaza aid queue\n\nIsraeli forces opened fire on Palestinians waiting for food aid in Gaza City, killing more than 100 people and wounding some 700, the health ministry said.",
        ["civ>100"],
    ),
    (
        "Ukraine: Kramatorsk station\n\nRussian rockets hit the railway station in Kramatorsk as civilians waited to be evacuated, killing 52 people, five of them children, Ukrainian officials said.",
        ["civ=52", "chi=5"],
    ),
    (
        "Ukraine: Russian soldiers killed\n\nUkrainian forces killed 14 Russian soldiers and destroyed two tanks near Bakhmut, the general staff said.",
        ["fig=14"],
    ),
    (
        "Sudan: army drone\n\nAn army drone strike killed 30 RSF fighters near Omdurman, a military source said.",
        ["fig=30"],
    ),
    (
        "Idlib: women and children among dead\n\nSeventeen people were killed in Russian raids on Idlib city on Tuesday, among them 5 women and 8 children, the White Helmets said.",
        ["civ=17", "wom=5", "chi=8"],
    ),
    (
        "Regime shelling on Atarib\n\nThe shelling killed a total of 10 people and wounded 25 others; three of the dead were children, a doctor at the local hospital said.",
        ["civ=10", "chi=3"],
    ),
    (
        "Gaza: children among victims\n\nChildren accounted for 9 of the 21 people killed in the Israeli strike on the Shati camp, the health ministry said.",
        ["chi=9", "civ=21"],
    ),
    (
        "Fierce fighting continues around Yemen's Marib\n\nFierce fighting between Houthi rebels and government forces around Marib killed 53 combatants from both sides over the past 24 hours, military officials said.",
        ["fig=53"],
    ),
    (
        "Deir Ezzor tribal clashes\n\nA number of civilians were killed in clashes between the SDF and tribal fighters in the town of Dhiban, local sources said.",
        ["civ+"],
    ),
    (
        "Rocket attack hits crowded street in Azaz\n\nA rocket fired by Kurdish militants hit a crowded street in Azaz on Wednesday, killing five people, three of whom were children, and wounding 20 others.",
        ["civ=5", "chi=3"],
    ),
    (
        "Jihadists attack army positions in north Hama\n\nAbout a dozen soldiers and pro-government militiamen were killed when jihadists attacked army positions in northern Hama, the monitor said.",
        ["fig~12"],
    ),
    (
        "Idlib: civilians die\n\nThe strikes killed more than 30 civilians in southern Idlib on Saturday, bringing to 500 the number of civilians killed since the regime offensive began in April, the Observatory said.",
        ["civ>30"],
    ),
    # ---------------- batch 2: more phrasings ----------------
    (
        "Russian raids pound Idlib city on Tuesday\n\nRussian raids killed 17 people in the city of Idlib in the northwest of the country on Tuesday morning, activists and rescuers said, including 8 children.",
        ["civ=17", "chi=8"],
    ),
    (
        "Regime barrel bombs hit Daraa al-Balad\n\nRegime helicopters dropped at least ten barrel bombs on residential neighbourhoods of Daraa al-Balad on Thursday, killing 13 civilians, the Daraa Martyrs Documentation Office said, among them four women.",
        ["civ=13", "wom=4"],
    ),
    (
        "Suicide attack on Mosul checkpoint\n\nA suicide car bomber attacked a checkpoint at the southern entrance of Mosul, killing six people, most of them policemen, and wounding 15 others, police said.",
        ["fig=6"],
    ),
    (
        "Shelling hits Deir Ezzor neighbourhood\n\nIslamic State shelling hit the government-held al-Joura district, killing nine people, including two children, and wounding 30 others, SANA said.",
        ["civ=9", "chi=2"],
    ),
    (
        "Coalition strike toll climbs in Hajjah\n\nThe death toll from Sunday's coalition air strike on a prison in Hajjah has risen to 62, bringing the death toll from the attack to its highest level, health officials said.",
        ["civ=62"],
    ),
    (
        "Israeli strikes kill dozens in Gaza\n\nIsraeli strikes killed 28 people in Gaza on Wednesday, bringing the Palestinian death toll since the war began to more than 43,000, according to the health ministry.",
        ["civ=28"],
    ),
    (
        "Martyrs in terrorist attack on Jableh\n\nThe terrorist attack on the city of Jableh resulted in the martyrdom of 5 citizens and the injury of 17 others, SANA reporter said.",
        ["civ=5"],
    ),
    (
        "Number of martyrs in Homs bombing rises\n\nThe number of martyrs of the terrorist bombing in Akrama neighborhood in Homs has risen to 41, most of them children, Homs Health Directorate said.",
        ["civ=41"],
    ),
    (
        "Woman killed by sniper in Aleppo\n\nA woman was killed by sniper fire in the Bustan al-Qasr district of Aleppo, activists said.",
        ["wom=1", "civ=1"],
    ),
    (
        "Soldier killed in Quneitra\n\nA soldier was killed and two others were wounded when a roadside bomb hit their vehicle in the Quneitra countryside, a military source said.",
        ["fig=1"],
    ),
    (
        "Child killed in Idlib shelling\n\nOne child was killed and four people were wounded when regime shells hit the village of Maarzaf, the White Helmets said.",
        ["chi=1", "civ=1"],
    ),
    (
        "Bodies found in Raqqa mass grave\n\nIraqi and Syrian officials said 15 corpses were found in a mass grave on the outskirts of Raqqa on Monday.",
        ["civ=15"],
    ),
    (
        "Raid leaves dead and wounded in Marib\n\nThe raid left 12 dead and 40 wounded, according to the health office in Marib.",
        ["civ=12"],
    ),
    (
        "Toll rises in Idlib massacre\n\nThe toll in the Hass massacre climbed to at least 40 on Thursday as more bodies were pulled from the rubble, rescuers said.",
        ["civ>=40"],
    ),
    (
        'Faylaq al-Sham mourns fighters\n\n"Eleven of our fighters were martyred in the battle for Kafr Nabuda," a Faylaq al-Sham spokesman told reporters.',
        ["fig=11"],
    ),
    (
        "Jaish al-Islam claims regime losses\n\nJaish al-Islam said it had killed 30 regime soldiers in an attack on the Harasta vehicles base, a claim that could not be verified.",
        ["fig=30"],
    ),
    (
        "Islamic State members killed in Anbar\n\nIraqi forces killed 12 members of the Islamic State group in the Anbar desert, the military said.",
        ["fig=12"],
    ),
    (
        "Hashd members killed in Diyala ambush\n\nSeven Hashd members were killed in an ambush by Islamic State militants in Diyala province, a security source said.",
        ["fig=7"],
    ),
    (
        "PMF ambushed north of Baghdad\n\nIslamic State militants ambushed a convoy of the Popular Mobilisation Forces north of Baghdad, killing eight members of the force, officials said.",
        ["fig=8"],
    ),
    (
        "Wagner mercenaries killed in Bakhmut\n\nUkraine's military said its troops killed 40 Wagner mercenaries near Bakhmut overnight.",
        ["fig=40"],
    ),
    (
        "More killed in Douma\n\nRegime strikes killed 20 people in Harasta on Sunday, the Observatory said. Another 12 people were killed in Douma in the same wave of raids.",
        ["civ=20", "civ=12"],
    ),
    (
        "Doctor gives toll of Kafr Takharim strike\n\nFourteen people died on the spot and three more died later in hospital, a doctor said after the strike on the Kafr Takharim market.",
        ["civ=14", "civ=3"],
    ),
    (
        "Sixty-two killed in Deir Ezzor raids\n\nSixty-two people were killed in coalition air raids on the town of Hajin on Friday, most of them women and children, the Observatory said.",
        ["civ=62"],
    ),
    (
        "Toll of at least a dozen\n\nAt least a dozen people were killed when a car bomb exploded outside a bakery in Qamishli, Kurdish officials said.",
        ["civ>=12"],
    ),
    (
        "More than two dozen killed\n\nMore than two dozen civilians were killed in Russian air strikes on the town of Kafr Nabl on Monday, rescuers said.",
        ["civ>24"],
    ),
    (
        "Nearly 1,000 killed in Mariupol theatre\n\nNearly 1,000 people may have died in the Russian strike on the Mariupol drama theatre, city officials said.",
        ["civ~1000"],
    ),
    (
        "Several hundred killed in El Fasher\n\nSeveral hundred civilians were killed when RSF fighters overran the Zamzam camp, aid groups said.",
        ["civ?300-999"],
    ),
    (
        "Daraa: killing of regime members\n\nunknown gunmen killed 3 of the regime forces near the town of Inkhil in Daraa northern countryside and no party claimed the attack",
        ["fig=3"],
    ),
    (
        "Landmine blast in Hama east\n\n2 people died and 4 others injured as result of landmine explosion in Hama eastern countryside while they were collecting truffles",
        ["civ=2"],
    ),
    (
        "HTS members killed by unknown\n\nSOHR activists documented the killing of 3 members of HTS by unknown gunmen in Idlib countryside",
        ["fig=3"],
    ),
    (
        "Regime shelling on Jisr al-Shughur\n\nthe regime shelling on jisr al-shughur killed 6 civilians including 3 women and injured 10 others and the civil defence teams evacuated the injured to hospitals",
        ["civ=6", "wom=3"],
    ),
    (
        "Separate incident in Daraa\n\nA Russian air strike killed 11 civilians in the town of Busra al-Harir on Wednesday, the Observatory said. Separately, four soldiers were killed when rebels shelled an army post in Daraa city.",
        ["civ=11"],
    ),
    (
        "Another incident in Homs\n\nShelling on the al-Waer district of Homs killed eight people on Monday, activists said. In another incident, gunmen shot dead three soldiers at a checkpoint in Talbiseh.",
        ["civ=8"],
    ),
    (
        "Aleppo rockets and background\n\nRebel rockets killed six civilians in the Salaheddine district of Aleppo on Friday, state media said. Earlier this month, a similar attack killed 12 people in the same area.",
        ["civ=6"],
    ),
    (
        "Idlib market strike and 2016 attack\n\nAn air strike on a market in Maarat al-Numan killed 15 people on Sunday, the White Helmets said. In 2016, a strike on the same market killed 44 people.",
        ["civ=15"],
    ),
    (
        "Russian strikes kill civilians, monitor says\n\nRussian strikes killed ten civilians in Idlib province on Thursday, the Observatory said. Also on Thursday, five rebels died in clashes with regime forces in Latakia.",
        ["civ=10"],
    ),
    (
        "Gunman kills five at Kirkuk market\n\nA gunman opened fire in a crowded market in Kirkuk, killing five people before he was shot dead by police, officials said.",
        ["civ=5"],
    ),
    (
        "Gaza daily toll\n\nAt least 50 people have been killed in Israeli strikes on Gaza over the past 24 hours, the health ministry said.",
        ["civ>=50"],
    ),
    (
        "Strikes on Ghouta kill 94\n\nThe Syrian Observatory for Human Rights said 94 civilians including 19 children had been killed in the Eastern Ghouta enclave on Monday, the highest daily toll there in three years.",
        ["civ=94", "chi=19"],
    ),
    (
        "Idlib funeral attack\n\nAir strikes targeted a funeral procession in the town of Khan Shaykhun, killing twenty-two people, the Syrian Civil Defence said, adding that women and children were among the victims.",
        ["civ=22"],
    ),
    (
        "Russian shelling hits central Kherson\n\nRussian shelling of Kherson killed a 45-year-old man and wounded four other residents, the regional governor said.",
        ["civ=1"],
    ),
    (
        "Drone attack kills Sudanese soldiers\n\nA drone attack on an army base in Kassala killed at least 18 Sudanese soldiers, a military official said, adding that 27 others were wounded in the attack, which the army blamed on the paramilitary Rapid Support Forces.",
        ["fig>=18"],
    ),
    (
        "Yemen school bus\n\nA coalition air strike hit a school bus in Saada province on Thursday, killing 40 children and wounding dozens of others, the Red Cross said.",
        ["chi=40", "civ=40"],
    ),
    (
        "Gaza refugee camp\n\nThe strike killed 19 people, mostly women and children, medics said, and the death toll was expected to rise.",
        ["civ=19"],
    ),
    (
        "Twin blasts hit Aleppo University campus\n\nTwin explosions struck Aleppo University on the first day of exams, killing at least 82 people, most of them students, state media said.",
        ["civ>=82"],
    ),
    (
        "Hama: army personnel killed\n\nThirteen army personnel, among them two officers, were killed when terrorists attacked military points in Hama countryside, a military source said.",
        ["fig=13"],
    ),
    (
        "Israeli strikes kill 32 across the Gaza Strip\n\nIsraeli strikes killed 32 people on Tuesday, bringing the death toll since October 7 to more than 40,000, the health ministry in Gaza said.",
        ["civ=32"],
    ),
    (
        "Israel says it killed Hamas operatives in Rafah\n\nThe Israeli military said its troops killed 12 Hamas members in a tunnel shaft in Rafah on Sunday.",
        ["fig=12"],
    ),
    (
        "Suicide bomber strikes Shiite mosque in Kirkuk\n\nA suicide bomber blew himself up inside a crowded Shiite mosque in Kirkuk during Friday prayers, killing himself and at least 25 worshippers, police said.",
        ["civ>=25"],
    ),
    (
        "Five members of one family killed in Rafah strike\n\nFive members of one family, including three children, were killed when an Israeli strike hit their tent in al-Mawasi, civil defence officials said.",
        ["civ=5", "chi=3"],
    ),
]
