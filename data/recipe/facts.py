# -*- coding: utf-8 -*-
"""Thematic facts for Claimscape's bundled layers, transcribed from kurils-facts.md (the only facts used).

Every row keeps the citations of the fact sheet ("S45" = [S45] in its source key; free-text citations that
have no key are kept as text). Coordinates come from the fact sheet where it gives them; otherwise a row
says how the position is placed (see build.py: place()). Nothing here is general knowledge except the
well-known city centres in CITIES, which the brief allows as precision "approximate".
"""

# --- island label points of facts §A.1 (lat, lon) -------------------------------------------------
LABEL = {
    "Iturup": (45.033, 147.617, ["S06"]),
    "Kunashir": (44.117, 145.850, ["S07"]),
    "Shikotan": (43.800, 146.750, ["S10"]),
    "Habomai": (43.500, 146.133, ["S08"]),
}

# --- well-known city centres (general knowledge, precision approximate, "city centre, approximate") -----
CITIES = {
    "Tokyo": (35.681, 139.767, "東京", "Tokyo", "Токио"),
    "Moscow": (55.752, 37.617, "モスクワ", "Mosukuwa", "Москва"),
    "Vladivostok": (43.116, 131.882, "ウラジオストク", "Urajiosutoku", "Владивосток"),
    "Singapore": (1.290, 103.852, "シンガポール", "Shingapōru", "Сингапур"),
    "Hamburg": (53.551, 9.994, "ハンブルク", "Hanburuku", "Гамбург"),
    "Nagato": (34.371, 131.182, "長門市", "Nagato", "Нагато"),
    "Irkutsk": (52.287, 104.281, "イルクーツク", "Irukūtsuku", "Иркутск"),
    "Shimoda": (34.680, 138.945, "下田", "Shimoda", "Симода"),
    "St Petersburg": (59.939, 30.316, "サンクトペテルブルク", "Sankuto Peteruburuku", "Санкт-Петербург"),
    "Portsmouth": (43.072, -70.763, "ポーツマス", "Pōtsumasu", "Портсмут"),
    "Yalta": (44.495, 34.166, "ヤルタ", "Yaruta", "Ялта"),
    "San Francisco": (37.779, -122.419, "サンフランシスコ", "San Furanshisuko", "Сан-Франциско"),
    "Krasnoyarsk": (56.010, 92.852, "クラスノヤルスク", "Kurasunoyarusuku", "Красноярск"),
    "Kyiv": (50.450, 30.523, "キーウ", "Kīu", "Киев"),
    "Osaka": (34.694, 135.502, "大阪", "Ōsaka", "Осака"),
    "Da Nang": (16.054, 108.202, "ダナン", "Danan", "Дананг"),
    "Nemuro": (43.330, 145.583, "根室", "Nemuro", "Немуро"),
    "Nakashibetsu": (43.549, 144.972, "中標津", "Nakashibetsu", "Накасибэцу"),
}

# --- places (facts §A.5 + extra point sources) ------------------------------------------------------
# pos: ("src", lat, lon, note) | ("derive", kind, args...) | ("island", island, dx_km, dy_km, note) | ("city", name)
PLACES = [
    dict(id="yuzhno-kurilsk", name_en="Yuzhno-Kurilsk / Furukamappu", name_ru="Южно-Курильск", name_ja="古釜布",
         name_ja_latn="Furukamappu", type="settlement", island="Kunashir", pos=("src", 44.0306, 145.8556, None),
         population=6991, population_year=2021, src=["S99"], confidence="high", precision="exact",
         description="District centre of the Yuzhno-Kurilsky district (urban-type settlement); population 5,832 (2010), "
                     "6,991 (2021). Pre-1945 Japanese name Furukamappu (古釜布). A plaque with the 2020 Art. 67 "
                     "constitutional text was installed here [S36]. en-wiki gives 44.033, 145.850."),
    dict(id="kurilsk", name_en="Kurilsk / Shana", name_ru="Курильск", name_ja="紗那村", name_ja_latn="Shana",
         type="settlement", island="Iturup", pos=("src", 45.2269, 147.8856, None), population=2070, population_year=2010,
         src=["S100"], confidence="high", precision="exact",
         description="Centre of the Kurilsky district, a town since 1947; 1,001 Japanese lived in Shana in 1945. "
                     "en-wiki gives 45.217, 147.883."),
    dict(id="malokurilskoye", name_en="Malokurilskoye / Shikotan-mura", name_ru="Малокурильское", name_ja="色丹村",
         name_ja_latn="Shikotan-mura", type="settlement", island="Shikotan", pos=("src", 43.8708, 146.8319, None),
         population=1873, population_year=2010, src=["S98"], confidence="high", precision="exact",
         description="Shikotan's main village, on Malokurilskaya Bay."),
    dict(id="krabozavodskoye", name_en="Krabozavodskoye", name_ru="Крабозаводское", type="port", island="Shikotan",
         pos=("island", "Shikotan", -3.0, 0.0, "No coordinates in the sources; only the island is known [S75]. "
              "Placed 3 km W of Shikotan's label point (43.800, 146.750 [S10])."),
         src=["S75"], confidence="medium", precision="island",
         description="Port on Shikotan where the 3rd business mission landed on 4 Oct 2018; Krabovaya Bay (wind-power "
                     "candidate site) and Dimitrov Bay (waste-facility site) are nearby [S75]."),
    dict(id="goryachiye-klyuchi", name_en="Goryachiye Klyuchi / Sesekionsen", name_ru="Горячие Ключи",
         name_ja="瀬石温泉", name_ja_latn="Sesekionsen", type="settlement", island="Iturup",
         pos=("src", 45.0328, 147.7606, None), population=2025, population_year=2010, src=["S97", "S43"],
         confidence="high", precision="exact",
         description="Village on Iturup; HQ of the 18th Machine Gun Artillery Division [S43]."),
    dict(id="kitovy", name_en="Kitovy (Kitovoye)", name_ru="Китовый", type="settlement", island="Iturup",
         pos=("derive", "coast_from", "Kurilsk", 2.0, "SW"), src=["S74"], confidence="medium", precision="approximate",
         description="Port, thermal-water complex and viewing site '2 km from Kurilsk'; visited by the 3rd business "
                     "mission on 3 Oct 2018 [S74]."),
    dict(id="reidovo", name_en="Reidovo", name_ru="Рейдово", type="settlement", island="Iturup",
         pos=("island", "Iturup", 4.0, 3.0, "No coordinates in the sources: '12 km from Kurilsk' [S74] with no "
              "direction, so only the island is known. Placed 4 km E, 3 km N of Iturup's label point "
              "(45.033, 147.617 [S06])."),
         src=["S74"], confidence="medium", precision="island",
         description="Fish-processing plant '12 km from Kurilsk'; the Zharkiye Vody balneology site and Baransky "
                     "volcano are nearby. Visited by the 3rd business mission on 3 Oct 2018 [S74]."),
    dict(id="lagunnoye", name_en="Lagunnoye / Nikishiro", name_ru="Лагунное", name_ja="ニキシロ",
         name_ja_latn="Nikishiro", type="settlement", island="Kunashir", pos=("derive", "opposite", "Yuzhno-Kurilsk"),
         src=["S42"], extra_src="dzen.ru travel blog (as cited in the fact sheet)", confidence="medium",
         precision="approximate",
         description="Village on the Okhotsk side of Kunashir, opposite Yuzhno-Kurilsk; base of the 46th Machine Gun "
                     "Artillery Regiment (unit 71435) [S42]. Population 'several hundred to ~1,000' per a travel blog."),
    dict(id="golovnino", name_en="Golovnino", name_ru="Головнино", type="settlement", island="Kunashir",
         pos=("island", "Kunashir", -4.0, -6.0, "No coordinates in the sources; 'S. Kunashir' (travel blog). "
              "Placed 6 km S, 4 km W of Kunashir's label point (44.117, 145.850 [S07]); the real village lies further "
              "south."),
         src=[], extra_src="dzen.ru travel blog (as cited in the fact sheet)", confidence="low", precision="island",
         description="Village in southern Kunashir, end of the road Yuzhno-Kurilsk–Golovnino."),
    dict(id="mendeleyevo", name_en="Mendeleyevo / Tomari", name_ru="Менделеево", name_ja="泊村", name_ja_latn="Tomari",
         type="settlement", island="Kunashir", pos=("src", 43.9583, 145.6831, "Coordinates are the airport's [S65]."),
         src=["S65", "S66"], confidence="high", precision="approximate",
         description="Village and airport (DEE/UHSM) 15.5 km SW of Yuzhno-Kurilsk. Japan's claimed administration: "
                     "Tomari village (泊村)."),
    dict(id="severo-kurilsk", name_en="Severo-Kurilsk / Kashiwabara", name_ru="Северо-Курильск", name_ja="柏原",
         name_ja_latn="Kashiwabara", type="settlement", island="Paramushir", pos=("src", 50.667, 156.117, None),
         population=2536, population_year=2010, src=["S101", "S106"], confidence="high", precision="exact",
         description="Centre of the Severo-Kurilsky district and Paramushir's only permanent settlement; rebuilt after "
                     "the tsunami of 5 Nov 1952. Not part of the four disputed islands."),
    dict(id="cape-nosappu", name_en="Cape Nosappu", name_ja="納沙布岬", name_ja_latn="Nosappu-misaki", type="cape",
         island="Hokkaido", pos=("src", 43.385, 145.817, "Approximate value given as UNSOURCED in the fact sheet "
                                 "(~43.385, 145.817); verify."),
         src=["S02"], confidence="medium", precision="approximate",
         description="Japan's easternmost point (Nemuro Peninsula, Hokkaido), with a view of the Habomai islets; "
                     "Kaigara islet lies 3.7 km off the cape [S02][S04]."),
    dict(id="nemuro", name_en="Nemuro", name_ja="根室", name_ja_latn="Nemuro", type="port", island="Hokkaido",
         pos=("city", "Nemuro"), src=["S73", "S78"], confidence="high", precision="approximate",
         description="Japanese port, departure point of the Etopirika (built 2012 for visa-free exchanges [S102]) for "
                     "the 2017 and 2018 business missions and the 2019 pilot tour."),
    dict(id="nakashibetsu-airport", name_en="Nakashibetsu airport", name_ja="中標津空港",
         name_ja_latn="Nakashibetsu kūkō", type="airfield", island="Hokkaido",
         pos=("city", "Nakashibetsu", "Nakashibetsu town centre, approximate (no coordinates in the sources; the "
              "airport lies just outside the town)."),
         src=["S77"], confidence="medium", precision="approximate",
         description="Departure airport of the July 2018 charter (Aurora airlines) for former residents' grave visits "
                     "to Kunashir and Iturup [S77]."),
    dict(id="aivazovskogo-islet", name_en="Aivazovskogo islet", name_ru="остров Айвазовского", type="site",
         island="Shikotan", pos=("src", 43.7278, 146.6947, "[S96] gives 43.7278, 146.6947; [S95] 43.7285, 146.6937."),
         src=["S96", "S95"], confidence="medium", precision="exact",
         description="Offshore islet of Shikotan."),
    dict(id="griega-islet", name_en="Griega islet", name_ru="остров Грига", type="site", island="Shikotan",
         pos=("src", 43.7531, 146.7989, None), src=["S96"], confidence="medium", precision="exact",
         description="Offshore islet of Shikotan."),
    dict(id="alekhina-bay", name_en="Alekhina Bay", name_ru="бухта Алёхина", type="site", island="Kunashir",
         pos=("src", 43.9227, 145.5305, None), src=["S95"], confidence="medium", precision="exact",
         description="Bay on Kunashir (point in the bay, next to the shore)."),
]

# --- militarisation (facts §C) -----------------------------------------------------------------------
MILITARY = [
    dict(id="mil-18th-division-hq", name_en="18th Machine Gun Artillery Division HQ",
         name_ru="18-я пулемётно-артиллерийская дивизия", type="garrison", island="Iturup",
         pos=("src", 45.0328, 147.7606, "Coordinates of the village of Goryachiye Klyuchi [S97]; the HQ site within "
              "the village is not located."),
         valid_from="1978-05-19", date_note="Formed 19 May 1978 at Knyaze-Volkonskoye (Khabarovsk) and moved to "
         "Iturup/Kunashir later in 1978; the day of the move is not in the sources.",
         src=["S41", "S43", "S44", "S40"], confidence="high", precision="approximate",
         description="HQ of the only division of its type in the Russian army, at Goryachiye Klyuchi; garrisons on "
                     "Iturup and Kunashir (and Shikotan per [S44]); ~3,500 troops (Med); fixed positions incl. dug-in "
                     "tanks. Elements reported fighting in Ukraine in 2022 [S40]."),
    dict(id="mil-46th-regiment", name_en="46th Machine Gun Artillery Regiment (unit 71435)", type="garrison",
         island="Kunashir", pos=("derive", "opposite", "Yuzhno-Kurilsk"), valid_from="1978",
         date_note="'Moved to Kunashir 1978' (year only); barracks by 1989.", src=["S42"], confidence="medium",
         precision="approximate",
         description="Part of the 18th Division at Lagunnoye: machine-gun battalion, motor-rifle and tank battalions, "
                     "AA missile battalion, helicopter unit."),
    dict(id="mil-bastion-iturup", name_en="Bastion-P (K-300P) coastal missile battalion, Iturup", type="missile-battery",
         island="Iturup", pos=("island", "Iturup", 0.0, 0.0, None), valid_from="2016-11-18",
         date_note="First reported on duty in Boyevaya Vakhta, 18–22 Nov 2016; the deployment date itself is not in "
                   "the sources.",
         src=["S45", "S46"], extra_src="Prensa Latina (as cited in the fact sheet)", confidence="high",
         precision="island",
         description="Pacific Fleet 72nd coastal missile brigade (formed 2014); Onyx anti-ship missiles, range quoted "
                     "500–600 km. Exact site not in the sources."),
    dict(id="mil-bal-kunashir", name_en="Bal (3K60) coastal missile battalion, Kunashir", type="missile-battery",
         island="Kunashir", pos=("island", "Kunashir", 0.0, 0.0, None), valid_from="2016-11",
         date_note="Nov 2016 (month only in the sources).", src=["S45", "S46"], confidence="high", precision="island",
         description="Kh-35 anti-ship missiles, ~120 km range. Exact site not in the sources."),
    dict(id="mil-yasny-airport", name_en="Iturup Airport (Yasny), dual-use", name_ja=None, type="airfield",
         island="Iturup", pos=("src", 45.2564, 147.9558, "Coordinates 45°15′23″N 147°57′21″E [S63]; 7 km NE of "
                               "Kurilsk [S64]."),
         valid_from="2014-09-22", date_note="Airport opened 22 Sep 2014; Su-35S flight on 'experimental combat duty' "
         "from 3 Aug 2018 (Japan protested the same day).",
         src=["S63", "S64", "S47", "S48"], confidence="high", precision="exact",
         description="Runway 13/31, 2,300 m. Flight of Su-35S (23rd IAP, 303rd Gds Composite Aviation Div., 11th Air "
                     "and AD Army, from Dzemgi) on 'experimental combat duty' since 3 Aug 2018, rotating every 2 months."),
    dict(id="mil-burevestnik", name_en="Burevestnik airbase / Tennei airfield", name_ja="天寧飛行場",
         name_ja_latn="Tennei hikōjō", name_ru="Буревестник", type="airfield", island="Iturup",
         pos=("src", 44.9200, 147.6217, None), valid_from="1941",
         date_note="Built 1941 (year only) as the Japanese Tennei airfield; civil flights moved to Yasny in Sept 2014.",
         src=["S62", "S49"], extra_src="airportroutes.com (as cited in the fact sheet)", confidence="high",
         precision="exact",
         description="Runway 14/32, 2,380 m, by Kasatka (Hitokappu) Bay, where the Pearl Harbor strike force "
                     "assembled in Nov 1941. Cold War interceptor base (MiG-21/23); Mi-8AMTSh detachment; a pair of "
                     "Su-35S redeployed here in a Mar 2018 exercise [S49]. ~190 km from Hokkaido [S62]. Current units: "
                     "medium confidence."),
    dict(id="mil-mendeleyevo-airport", name_en="Mendeleyevo Airport (civil)", name_ja="メンデレーエフ空港",
         name_ru="аэропорт Менделеево", type="airfield",  # names: titles of [S65] (ja-wiki) and [S66] (ru-wiki)
         island="Kunashir", pos=("src", 43.9583, 145.6831, "43°57′30″N 145°40′59″E [S65]; 15.5 km SW of "
                                 "Yuzhno-Kurilsk [S66]."),
         valid_from="2007-01-08", date_note="Reopened 8 Jan 2007 after rebuilding (Japanese-built originally); new "
         "terminal Nov 2011.", src=["S65", "S66"], confidence="high", precision="exact",
         description="Civil airport DEE/UHSM, runway 2,055 m, rebuilt under the 2007–2015 Kuril federal programme. "
                     "Military use is NOT documented in the sources found; listed here for context only."),
    dict(id="mil-s300v4-iturup", name_en="S-300V4 long-range SAM, Iturup", type="air-defence", island="Iturup",
         pos=("island", "Iturup", 4.0, -3.0, None), valid_from="2020-12-01",
         date_note="Announced Oct 2020 (exercise); on combat duty 1 Dec 2020. A later Kyodo-derived report (undated, "
                   "Low) says systems on Iturup and Kunashir were removed; no end date is set.",
         src=["S50", "S51"], extra_src="removal: theindiansubcontinent.com (Kyodo-derived, undated; Low)",
         confidence="high", precision="island",
         description="'Heavy' air defence joining short-range SAMs already on duty. Site not in the sources."),
    dict(id="mil-tor-m2-iturup", name_en="Tor-M2 short-range SAM, Iturup", type="air-defence", island="Iturup",
         pos=("island", "Iturup", -4.0, 3.0, None), valid_from="2020-12-01",
         date_note="Planned in 2011 together with Yakhont [S61]; 'already stationed' per CSIS when the S-300V4 went on "
                   "duty (1 Dec 2020) [S51]. The deployment date is not in the sources; 2020-12-01 is the date by "
                   "which they were in place.",
         src=["S51", "S61"], confidence="medium", precision="island",
         description="Tor-M2 short-range air defence (the Tor-M2U variant is NOT confirmed). Sources name Iturup / "
                     "Kunashir without a site."),
    dict(id="mil-tor-m2-kunashir", name_en="Tor-M2 short-range SAM, Kunashir", type="air-defence", island="Kunashir",
         pos=("island", "Kunashir", 3.0, 3.0, None), valid_from="2020-12-01",
         date_note="Planned in 2011 together with Yakhont [S61]; 'already stationed' per CSIS when the S-300V4 went on "
                   "duty (1 Dec 2020) [S51]. The deployment date is not in the sources.",
         src=["S51", "S61"], confidence="medium", precision="island",
         description="Tor-M2 short-range air defence (the Tor-M2U variant is NOT confirmed). Sources name Iturup / "
                     "Kunashir without a site."),
    dict(id="mil-structures-2020-iturup", name_en="AA position, quake-resistant structures and dormitories (Iturup)",
         type="barracks", island="Iturup", pos=("island", "Iturup", -4.0, -3.0, None), valid_from="2020-12-21",
         date_note="Statement by Deputy Defence Minister T. Ivanov, 21 Dec 2020.", src=["S52"], confidence="medium",
         precision="island",
         description="Updated AA position; 25+ structures done and 51 quake-resistant structures planned, 7 dormitories "
                     "commissioned and 1 more due in early 2021, on Kunashir and Iturup (split between the islands not "
                     "given)."),
    dict(id="mil-structures-2020-kunashir", name_en="AA position, quake-resistant structures and dormitories (Kunashir)",
         type="barracks", island="Kunashir", pos=("island", "Kunashir", -3.0, 3.0, None), valid_from="2020-12-21",
         date_note="Statement by Deputy Defence Minister T. Ivanov, 21 Dec 2020.", src=["S52"], confidence="medium",
         precision="island",
         description="Updated AA position; 25+ structures done and 51 quake-resistant structures planned, 7 dormitories "
                     "commissioned and 1 more due in early 2021, on Kunashir and Iturup (split between the islands not "
                     "given)."),
    dict(id="mil-military-town-iturup", name_en="Military town (Spetsstroy), Iturup", type="barracks",
         island="Iturup", pos=("island", "Iturup", 6.0, 0.0, None), valid_from="2014",
         date_note="Built 2014–2016 (target end-2016; years only); dormitories 2017–2019 [S55].",
         src=["S53", "S54", "S55"], confidence="medium", precision="island",
         description="One of two base military towns (Iturup and Kunashir) with >220 facilities in total, incl. >40 "
                     "residential buildings/dormitories, 2 schools, 2 kindergartens, sports complexes, hospitals."),
    dict(id="mil-military-town-kunashir", name_en="Military town (Spetsstroy), Kunashir", type="barracks",
         island="Kunashir", pos=("island", "Kunashir", 0.0, 6.0, None), valid_from="2014",
         date_note="Built 2014–2016 (target end-2016; years only); dormitories 2017–2019 [S55].",
         src=["S53", "S54", "S55"], confidence="medium", precision="island",
         description="One of two base military towns (Iturup and Kunashir) with >220 facilities in total, incl. >40 "
                     "residential buildings/dormitories, 2 schools, 2 kindergartens, sports complexes, hospitals."),
    dict(id="mil-border-guard-habomai", name_en="Border-guard posts, Habomai", type="border-post", island="Habomai",
         pos=("island", "Habomai", 0.0, 0.0, None), valid_from="1945-09-03",
         date_note="'Since 1945' in the sources; Soviet forces reached Habomai on 3 Sep 1945 [S16].",
         src=["S03", "S44"], confidence="high", precision="island",
         description="FSB Border Service: on the Habomai islets only border guards are stationed; they are the only "
                     "inhabitants [S03]."),
    dict(id="mil-border-ships-shikotan", name_en="Border patrol-ship detachment, Shikotan", type="border-post",
         island="Shikotan", pos=("island", "Shikotan", 3.0, 0.0, None), valid_from="1945-09-01",
         date_note="'Since 1945' in the sources; Soviet forces reached Shikotan on 1 Sep 1945 [S16].",
         src=["S10", "S44"], confidence="high", precision="island",
         description="FSB Border Service patrol-ship detachment on Shikotan."),
    dict(id="mil-matua-outpost", name_en="Matua airfield / Pacific Fleet outpost", name_ja="松輪島", name_ja_latn="Matsuwa",
         name_ru="Матуа", type="airfield", island="Matua",
         pos=("src", 48.08, 153.22, "Matua coordinates are UNSOURCED in the fact sheet (≈48.08, 153.22; verify); the "
                                    "airfield site on the island is not located."),
         valid_from="2016-05", date_note="MoD–Russian Geographical Society expedition May–Jun 2016; airfield in use by "
         "Mar 2018 [S56].", src=["S56", "S57", "S58"], confidence="high", precision="approximate",
         description="Central Kurils, uninhabited, WWII Japanese airfield. Expedition of 6 ships and 200+ people assessed "
                     "a Pacific Fleet base; airfield for light transports and helicopters guarded by a Pacific Fleet "
                     "unit; autonomous military town. Not part of the four disputed islands."),
    dict(id="mil-matua-bastion", name_en="Bastion coastal missile system, Matua", name_ru="Бастион (Матуа)",
         type="missile-battery", island="Matua",
         pos=("srcoff", 48.08, 153.22, 2.0, 0.0, "Matua coordinates are UNSOURCED in the fact sheet (≈48.08, 153.22; "
                                              "verify); placed 2 km E of that point so icons do not stack."),
         valid_from="2021-12-02", date_note="On combat duty for the first time on 2 Dec 2021.",
         src=["S57", "S58"], confidence="high", precision="approximate",
         description="Bastion coastal missile system on duty on Matua (central Kurils). Not part of the four disputed "
                     "islands."),
    dict(id="mil-paramushir-bastion", name_en="Bastion coastal missile system, Paramushir", name_ru="Бастион (Парамушир)",
         type="missile-battery", island="Paramushir", pos=("computed", "Paramushir"), valid_from="2022-12",
         date_note="Early Dec 2022 (MoD statement 5 Dec 2022), confirmed by Shoigu 22 Mar 2023. Not 2020 as an earlier "
                   "brief said.", src=["S59", "S60"], confidence="high", precision="island",
         description="Round-the-clock watch over the straits; year-round military camp. Site not in the sources "
                     "(possibly near Severo-Kurilsk). Northern Kurils, not part of the four disputed islands."),
    dict(id="mil-buildup-2011", name_en="2011 Kuril defence build-up order", type="site", island="Iturup",
         pos=("island", "Iturup", 0.0, -6.0, "The order concerned the Kuril defences as a whole ('all' in the fact "
              "sheet); shown once, on Iturup, for display only. Placed 6 km S of Iturup's label point "
              "(45.033, 147.617 [S06])."),
         valid_from="2011-02", date_note="Announced by President Medvedev in Feb 2011 (month only).",
         src=["S44", "S61"], confidence="medium", precision="island",
         description="Medvedev announced improved Kuril defences; Kyodo reported planned Yakhont anti-ship missiles and "
                     "Tor-M2 air defence [S61]."),
]

# --- joint economic activities (facts §D) ---------------------------------------------------------------
JEA_SUSPENDED = "2022-03-21"  # Russia withdraws from the JEA dialogue [S37][S38]
_JEA_END = ("Russia withdrew from the joint-economic-activity dialogue on 21 Mar 2022 [S37][S38]; status "
            "'suspended' since then.")


def _four(note_extra=""):
    return ("No site in the sources: the project was discussed for the four islands as a whole. Shown on Kunashir as an "
            "island-level placeholder" + note_extra)


PROJECTS = [
    dict(id="jea-aquaculture", name_en="Aquaculture (sea urchin, salmon)", type="aquaculture", island="Kunashir",
         pos=("island", "Kunashir", -6.4, -6.4, _four(", 9 km SW of Kunashir's label point (44.117, 145.850 [S07]) "
                                                          "in a row with the other site-less projects.")),
         status="suspended", stage_reached="agreed", valid_from="2017-09-07",
         status_history="2017-04-27 Abe mentions joint fish and sea-urchin farming [S85]; 2017-09-07 announced as a "
                        "priority project (Vladivostok) [S69]; 2018-05-26 reaffirmed [S76]; 2022-03-21 suspended.",
         date_note=_JEA_END, src=["S69", "S89", "S76"], confidence="high", precision="island",
         description="One of the five priority projects (aquaculture, wind power, greenhouse farms, waste disposal, "
                     "package tours). No specific site found; Iturup's Reidovo fish plant was visited in 2018 [S74]."),
    dict(id="jea-greenhouses", name_en="Greenhouse vegetable farms", type="greenhouse", island="Kunashir",
         pos=("island", "Kunashir", -4.2, -4.2, _four(", 6 km SW of Kunashir's label point (44.117, 145.850 [S07]).")),
         status="suspended", stage_reached="agreed", valid_from="2017-09-07",
         status_history="2017-09-07 announced as a priority project [S69]; 2018-05-26 reaffirmed [S76]; 2022-03-21 "
                        "suspended.",
         date_note=_JEA_END, src=["S69", "S89", "S76"], confidence="high", precision="island",
         description="One of the five priority projects. No site found in the sources."),
    dict(id="jea-wind-krabovaya", name_en="Wind power: Krabovaya Bay (candidate site)", name_ru="бухта Крабовая",
         type="wind-power", island="Shikotan",
         pos=("island", "Shikotan", -1.0, 2.5, "No coordinates for Krabovaya Bay in the sources; it is near "
              "Krabozavodskoye on Shikotan [S75]. Island-level: placed 2.5 km N, 1 km W of Shikotan's label point "
              "(43.800, 146.750 [S10])."),
         status="suspended", stage_reached="visited", valid_from="2017-09-07",
         status_history="2017-09-07 electric power (wind) announced as a priority project [S69]; 2018-05-26 "
                        "reaffirmed [S76]; 2018-10-04 candidate site visited by the 3rd business mission [S75]; "
                        "2022-03-21 suspended.",
         date_note=_JEA_END, src=["S75", "S69", "S76"], confidence="high", precision="island",
         description="Wind-power candidate site on Shikotan, visited on 4 Oct 2018."),
    dict(id="jea-waste-dimitrov", name_en="Waste reduction: Dimitrov Bay (facility site)", name_ru="бухта Димитрова",
         type="waste", island="Shikotan",
         pos=("island", "Shikotan", 1.5, -2.5, "No coordinates for Dimitrov Bay in the sources; it is near "
              "Krabozavodskoye on Shikotan [S75]. Island-level: placed 2.5 km S, 1.5 km E of Shikotan's label point "
              "(43.800, 146.750 [S10])."),
         status="suspended", stage_reached="visited", valid_from="2017-09-07",
         status_history="2017-09-07 waste disposal announced as a priority project [S69]; 2018-05-26 reaffirmed [S76]; "
                        "2018-10-04 site visited [S75]; Jun 2019 business plan agreed at Osaka [S80]; 2022-03-21 "
                        "suspended.",
         date_note=_JEA_END, src=["S75", "S80", "S69"], confidence="high", precision="island",
         description="Waste-facility site on Shikotan, visited on 4 Oct 2018; a waste-management business plan was "
                     "agreed in June 2019."),
    dict(id="jea-tours-kunashir", name_en="Package tours: Kunashir (Yuzhno-Kurilsk area)", type="tourism",
         island="Kunashir",
         pos=("srcoff", 44.0306, 145.8556, -1.5, 0.0, "'Yuzhno-Kurilsk area' [S78]: placed 1.5 km W of Yuzhno-Kurilsk "
                                                     "(44.0306, 145.8556 [S99]); the tour sites (churches, museum) are "
                                                     "not located individually."),
         status="suspended", stage_reached="visited", valid_from="2017-09-07",
         status_history="2017-09-07 package tours announced as a priority project [S69]; Jun 2019 pilot tour agreed "
                        "(Osaka) [S80]; 30–31 Oct 2019 pilot tour on Kunashir [S78][S79]; 2022-03-21 suspended.",
         date_note=_JEA_END, src=["S78", "S79", "S80"], confidence="high", precision="approximate",
         description="Pilot tour of 44 people (incl. officials) on Kunashir 30–31 Oct 2019: Orthodox churches, museum."),
    dict(id="jea-tours-iturup", name_en="Package tours: Iturup (Kurilsk area)", type="tourism", island="Iturup",
         pos=("srcoff", 45.2269, 147.8856, 0.0, -1.5, "'Kurilsk area' [S78]: placed 1.5 km S of Kurilsk "
                                                     "(45.2269, 147.8856 [S100]); hot springs and 'white cliffs' not "
                                                     "located individually."),
         status="suspended", stage_reached="visited", valid_from="2017-09-07",
         status_history="2017-09-07 package tours announced as a priority project [S69]; 1–2 Nov 2019 pilot tour on "
                        "Iturup [S78][S79]; 2022-03-21 suspended.",
         date_note=_JEA_END, src=["S78", "S79"], confidence="high", precision="approximate",
         description="Pilot tour on Iturup 1–2 Nov 2019: hot springs, 'white cliffs'."),
    # the 2017 Hamburg list (S67): "may include salmon fishing, hospitality, medical care, transportation and
    # hybrid wind-diesel power plants"
    dict(id="jea-hamburg-salmon-fishing", name_en="Salmon fishing (2017 Hamburg list)", type="fishing",
         island="Kunashir", pos=("island", "Kunashir", -2.1, -2.1, _four(", 3 km SW of Kunashir's label point.")),
         status="suspended", stage_reached="proposed", valid_from="2017-07-07",
         status_history="2017-07-07 named at the G-20 Hamburg meeting as a possible project [S67]; not among the five "
                        "priority projects of Sep 2017; 2022-03-21 JEA talks suspended.",
         date_note=_JEA_END, src=["S67"], confidence="high", precision="island",
         description="Abe and Putin agreed deputy FMs would meet in August 2017 to finalise projects that 'may include "
                     "salmon fishing, hospitality, medical care, transportation and hybrid wind-diesel power plants'."),
    dict(id="jea-hamburg-hospitality", name_en="Hospitality (2017 Hamburg list)", type="hospitality",
         island="Kunashir", pos=("island", "Kunashir", 0.0, 0.0, _four(", at Kunashir's label point "
                                                                      "(44.117, 145.850 [S07]).")),
         status="suspended", stage_reached="proposed", valid_from="2017-07-07",
         status_history="2017-07-07 named at Hamburg [S67]; 2022-03-21 JEA talks suspended.",
         date_note=_JEA_END, src=["S67"], confidence="high", precision="island",
         description="Named in the Hamburg list of possible projects (see salmon fishing)."),
    dict(id="jea-hamburg-medical-care", name_en="Medical care (2017 Hamburg list)", type="hospital",
         island="Kunashir", pos=("island", "Kunashir", 2.1, 2.1, _four(", 3 km NE of Kunashir's label point.")),
         status="suspended", stage_reached="proposed", valid_from="2017-07-07",
         status_history="2017-07-07 named at Hamburg [S67]; medicine named as a JEA field in Dec 2016 [S29]; "
                        "2022-03-21 JEA talks suspended.",
         date_note=_JEA_END, src=["S67", "S29"], confidence="high", precision="island",
         description="Named in the Hamburg list of possible projects; medicine was one of the JEA fields named at "
                     "Nagato in Dec 2016."),
    dict(id="jea-hamburg-transportation", name_en="Transportation (2017 Hamburg list)", type="transport",
         island="Kunashir", pos=("island", "Kunashir", 4.2, 4.2, _four(", 6 km NE of Kunashir's label point.")),
         status="suspended", stage_reached="proposed", valid_from="2017-07-07",
         status_history="2017-07-07 named at Hamburg [S67]; 2022-03-21 JEA talks suspended.",
         date_note=_JEA_END, src=["S67"], confidence="high", precision="island",
         description="Named in the Hamburg list of possible projects."),
    dict(id="jea-hamburg-wind-diesel", name_en="Hybrid wind-diesel power plants (2017 Hamburg list)",
         type="power-plant", island="Kunashir",
         pos=("island", "Kunashir", 6.4, 6.4, _four(", 9 km NE of Kunashir's label point.")),
         status="suspended", stage_reached="proposed", valid_from="2017-07-07",
         status_history="2017-07-07 named at Hamburg [S67]; wind power became a priority project on 2017-09-07 (see "
                        "Krabovaya Bay); 2022-03-21 JEA talks suspended.",
         date_note=_JEA_END, src=["S67"], confidence="high", precision="island",
         description="Named in the Hamburg list of possible projects."),
    # business missions, pilot tour, grave-visit charter
    dict(id="mission-2017-kunashir", name_en="Public-private mission 2017: Kunashir", type="site", island="Kunashir",
         pos=("island", "Kunashir", -3.0, -3.0, None),
         status="visited", valid_from="2017-06-27", valid_to="2017-07-01",
         date_note="Whole mission 27 Jun–1 Jul 2017; days per island not in the sources.",
         src=["S70", "S71", "S72", "S67"], confidence="high", precision="island",
         description="Public-private delegation of about 70 people (32 companies/agencies per NHK), led by PM adviser "
                     "Eiichi Hasegawa: Kunashir → Iturup → Shikotan, back to Nemuro. Stratfor: 'the first since 1998'."),
    dict(id="mission-2017-iturup", name_en="Public-private mission 2017: Iturup", type="site", island="Iturup",
         pos=("island", "Iturup", 8.0, 0.0, None), status="visited", valid_from="2017-06-27", valid_to="2017-07-01",
         date_note="Whole mission 27 Jun–1 Jul 2017; days per island not in the sources.",
         src=["S70", "S71", "S72", "S67"], confidence="high", precision="island",
         description="Second island of the 2017 public-private mission (about 70 people led by Eiichi Hasegawa)."),
    dict(id="mission-2017-shikotan", name_en="Public-private mission 2017: Shikotan", type="site", island="Shikotan",
         pos=("island", "Shikotan", 0.0, -1.5, None), status="visited", valid_from="2017-06-27", valid_to="2017-07-01",
         date_note="Whole mission 27 Jun–1 Jul 2017; days per island not in the sources.",
         src=["S70", "S71", "S72", "S67"], confidence="high", precision="island",
         description="Third island of the 2017 public-private mission (about 70 people led by Eiichi Hasegawa)."),
    dict(id="mission-2018-kunashir", name_en="3rd business mission 2018: Kunashir", type="site", island="Kunashir",
         pos=("island", "Kunashir", -6.0, 0.0, None), status="visited", valid_from="2018-10-02", valid_to="2018-10-02",
         src=["S73"], confidence="high", precision="island",
         description="3rd business mission, 61 people led by Hasegawa on the Etopirika from Nemuro (JTB, Hankyu Travel, "
                     "Komai Haltec on board); Kunashir on 2 Oct 2018 (sites not in the sources)."),
    dict(id="mission-2018-iturup", name_en="3rd business mission 2018: Iturup (Kurilsk)", type="site",
         island="Iturup", pos=("srcoff", 45.2269, 147.8856, 1.5, 0.0, "Placed 1.5 km E of Kurilsk (45.2269, 147.8856 "
                                                                      "[S100]), the first stop named."),
         status="visited", valid_from="2018-10-03", valid_to="2018-10-03", src=["S74"], confidence="high",
         precision="approximate",
         description="Iturup on 3 Oct 2018: Kurilsk, Kitovoye thermal complex, Reidovo fish plant, Zharkiye Vody, "
                     "Baransky volcano."),
    dict(id="mission-2018-shikotan", name_en="3rd business mission 2018: Shikotan (Krabozavodskoye)", type="site",
         island="Shikotan",
         pos=("island", "Shikotan", -4.5, 1.5, "Krabozavodskoye has no coordinates in the sources; island-level, "
              "placed 4.5 km W, 1.5 km N of Shikotan's label point (43.800, 146.750 [S10])."),
         status="visited", valid_from="2018-10-04", valid_to="2018-10-04", src=["S75"], confidence="high",
         precision="island",
         description="Shikotan on 4 Oct 2018: Krabozavodskoye port, Krabovaya Bay (wind-power candidate site), "
                     "Dimitrov Bay (waste-facility site)."),
    dict(id="pilot-tour-2019-nemuro", name_en="First pilot tour 2019: departure from Nemuro", type="tourism",
         island="Hokkaido", pos=("cityoff", "Nemuro", 0.0, -1.5, "Nemuro city centre (approximate), 1.5 km S so it does "
                                                                  "not cover the Nemuro place icon."),
         status="visited", valid_from="2019-10-29", valid_to="2019-11-03",
         date_note="Left Nemuro 29 Oct 2019, back about 3–4 Nov; originally set for 11–16 Oct, postponed at Russia's "
                   "initiative [S79].",
         src=["S78", "S79"], confidence="high", precision="approximate",
         description="First pilot tour (44 people incl. officials): Kunashir 30–31 Oct, Iturup 1–2 Nov 2019."),
    dict(id="grave-visit-charter-2018", name_en="Air grave-visit charter 2018 (Nakashibetsu)", type="transport",
         island="Hokkaido", pos=("cityoff", "Nakashibetsu", 0.0, 1.5, "Nakashibetsu town centre (approximate), 1.5 km N; "
                                                                       "the airport is not located in the sources."),
         status="visited", valid_from="2018-07", valid_to="2018-07-31",
         date_note="July 2018 (month only in the sources). Agreed at the Moscow summit of 27 Apr 2017 [S85][S86].",
         src=["S77", "S85"], confidence="medium", precision="approximate",
         description="Charter (Aurora airlines) for former residents' grave visits to Kunashir and Iturup."),
]

# --- diplomatic events (facts §E, §B.1 rows with a place, and §D rows with a place) ------------------------
EVENTS = [
    dict(id="ev-1855-shimoda", name_en="Treaty of Shimoda", name_ja="日露和親条約", type="event", city="Shimoda",
         valid_from="1855-02-07", date_note="7 Feb 1855 (26 Jan O.S.; 21st day, 12th moon, Ansei 1). Japan marks 7 Feb "
         "as Northern Territories Day (observed since 1981; aggregator, Med).", src=["S15", "S13", "S17"],
         confidence="high",
         description="Treaty of Commerce, Navigation and Delimitation: boundary 'between Etorofu and Uruppu'; Etorofu "
                     "wholly Japanese, Urup and the islands north of it Russian; Sakhalin left undivided. Signed at "
                     "Chōraku-ji temple, Shimoda (Med)."),
    dict(id="ev-1875-st-petersburg", name_en="Treaty of Saint Petersburg signed", type="event", city="St Petersburg",
         valid_from="1875-05-07", src=["S13", "S14"], confidence="high",
         description="Sakhalin–Kurile exchange: all 18 Kurile islands to Japan, boundary in the strait between Cape "
                     "Lopatka and Shumshu; Sakhalin to Russia. The authentic text is French."),
    dict(id="ev-1875-ratification", name_en="Treaty of Saint Petersburg: ratifications exchanged", type="event",
         city="Tokyo", valid_from="1875-08-22", src=["S13", "S14"], confidence="high",
         description="Ratifications of the 1875 treaty exchanged in Tokyo; the exchange takes effect on the claims layer "
                     "from this date."),
    dict(id="ev-1905-portsmouth", name_en="Treaty of Portsmouth", type="event", city="Portsmouth",
         valid_from="1905-09", valid_to="1905-09-30",
         date_note="September 1905; the exact day is not in the sources.", src=["S18", "S17", "S103"],
         confidence="medium",
         description="Japan gains Sakhalin south of 50°N. Russian view (Koshkin): the treaty scrapped the earlier "
                     "treaties, so Japan lost its legal basis; Japan disputes this."),
    dict(id="ev-1945-yalta", name_en="Yalta agreement", type="event", city="Yalta", valid_from="1945-02",
         valid_to="1945-02-28", date_note="February 1945 (month only in the sources).", src=["S17", "S08"],
         confidence="medium",
         description="US, UK and USSR agree on Soviet entry into the war; Moscow cites it for the transfer of the "
                     "Kuriles."),
    dict(id="ev-1945-shumshu", name_en="Soviet landing on Shumshu", type="event", island="Shumshu",
         pos=("computed", "Shumshu"), valid_from="1945-08-18", valid_to="1945-08-21",
         date_note="Fighting until the ceasefire on the 21st (some sources say the 23rd).", src=["S105"],
         confidence="high", precision="island",
         description="Soviet landing on Shumshu, northern Kurils."),
    dict(id="ev-1945-etorofu", name_en="Soviet landing on Iturup / Etorofu", type="event", island="Iturup",
         pos=("island", "Iturup", 0.0, 3.0, None), valid_from="1945-08-28", src=["S16"], confidence="medium",
         precision="island", description="Soviet landing on Etorofu (account follows the Japanese government text)."),
    dict(id="ev-1945-kunashir", name_en="Soviet forces reach Kunashir / Kunashiri", type="event", island="Kunashir",
         pos=("island", "Kunashir", 0.0, -3.0, None), valid_from="1945-09-01", src=["S16"], confidence="medium",
         precision="island", description="Kunashiri reached on 1 Sep 1945; all four islands occupied by 5 Sep 1945 "
                                         "[S16] ('by early September' [S17])."),
    dict(id="ev-1945-shikotan", name_en="Soviet forces reach Shikotan", type="event", island="Shikotan",
         pos=("island", "Shikotan", 0.0, 1.5, None), valid_from="1945-09-01", src=["S16"], confidence="medium",
         precision="island", description="Shikotan reached on 1 Sep 1945."),
    dict(id="ev-1945-habomai", name_en="Soviet forces reach Habomai", type="event", island="Habomai",
         pos=("island", "Habomai", 2.0, 2.0, None), valid_from="1945-09-03", src=["S16"], confidence="medium",
         precision="island", description="Habomai reached on 3 Sep 1945; all four islands occupied by 5 Sep 1945."),
    dict(id="ev-1946-scapin", name_en="SCAP memorandum excludes the islands north of Hokkaido", type="event",
         city="Tokyo", valid_from="1946-01-29", src=[], extra_src="nuremberg.media (Russian state project; as cited in "
         "the fact sheet)", confidence="medium",
         description="SCAP memorandum excludes the islands north of Hokkaido from Japanese jurisdiction."),
    dict(id="ev-1946-decree", name_en="Decree creating South Sakhalin Oblast", type="event", city="Moscow",
         valid_from="1946-02-02", src=["S19", "S20", "S21"], confidence="high",
         description="Presidium decree creates South Sakhalin Oblast (South Sakhalin + Kurils) within Khabarovsk Krai; "
                     "land nationalised. Districts followed on 5 Jun 1946 [S20]; merged into Sakhalin Oblast on "
                     "2 Jan 1947."),
    dict(id="ev-1951-san-francisco", name_en="San Francisco Peace Treaty", type="event", city="San Francisco",
         valid_from="1951-09-08", src=["S22", "S23", "S18"], confidence="high",
         description="Art. 2(c): Japan renounces 'all right, title and claim to the Kurile Islands'. The USSR did not "
                     "sign; no beneficiary is named. Japan holds the four islands are not part of the renounced "
                     "Kuriles [S23]."),
    dict(id="ev-1956-joint-declaration", name_en="Soviet–Japanese Joint Declaration", type="event", city="Moscow",
         valid_from="1956-10-19", src=["S24", "S25"], confidence="high",
         description="Art. 9: the USSR 'agrees to transfer to Japan the Habomai Islands and the island of Shikotan', "
                     "the transfer to take place after a peace treaty. Ratified Dec 1956. A Soviet aide-mémoire of "
                     "27 Jan 1960 made the transfer conditional on all foreign troops leaving Japan [S25]."),
    dict(id="ev-1993-tokyo-declaration", name_en="Tokyo Declaration (Hosokawa–Yeltsin)", type="event", city="Tokyo",
         valid_from="1993-10-13", src=["S26", "S27"], confidence="high",
         description="The dispute is over attribution of the four islands, to be resolved on the basis of 'legality and "
                     "justice'."),
    dict(id="ev-1997-krasnoyarsk", name_en="Krasnoyarsk agreement", type="event", city="Krasnoyarsk",
         valid_from="1997", valid_to="1997-12-31", date_note="1997 (year only in the sources).", src=["S27"],
         confidence="high", description="Aim to conclude a peace treaty by 2000."),
    dict(id="ev-2000-putin-mori", name_en="Putin–Mori statement on the peace treaty", type="event", city="Tokyo",
         valid_from="2000-09-05", src=[], extra_src="Kremlin (kremlin.ru/supplement/3223)",
         url="http://kremlin.ru/supplement/3223", confidence="high",
         description="Statement on the peace treaty issued in Tokyo."),
    dict(id="ev-2001-irkutsk", name_en="Irkutsk Statement", type="event", city="Irkutsk", valid_from="2001-03-25",
         src=["S27", "S28"], confidence="high",
         description="The 1956 declaration is the 'starting point'; conclude a treaty by resolving attribution of the "
                     "four islands on the basis of 1993. Russian MFA: the sides interpret the 1956 clause differently."),
    dict(id="ev-2010-medvedev-kunashir", name_en="Medvedev visits Kunashir", type="event", island="Kunashir",
         pos=("srcoff", 43.9583, 145.6831, 0.0, 1.0, "The sources are the Mendeleyevo airport articles; places visited on "
                                                    "Kunashir are not given. Placed 1 km N of the airport (43.9583, "
                                                    "145.6831 [S65])."),
         valid_from="2010-11-01", src=["S65", "S66"], confidence="high", precision="approximate",
         description="First visit to Kunashir by a Russian leader (President Medvedev)."),
    dict(id="ev-2012-medvedev-kunashir", name_en="Medvedev visits Kunashir again", type="event", island="Kunashir",
         pos=("srcoff", 43.9583, 145.6831, 0.0, 2.0, "Places visited not given; placed 2 km N of Mendeleyevo airport "
                                                    "(43.9583, 145.6831 [S65])."),
         valid_from="2012-07-03", src=["S65", "S66"], confidence="high", precision="approximate",
         description="Second visit by Medvedev (then Prime Minister) to Kunashir."),
    dict(id="ev-2016-eef", name_en="Abe–Putin at the Eastern Economic Forum", type="event", city="Vladivostok",
         valid_from="2016-09-02", src=["S90"], confidence="high", description="Agree to hold the Nagato summit."),
    dict(id="ev-2016-nagato", name_en="Nagato summit", type="event", city="Nagato", valid_from="2016-12-15",
         src=["S29", "S30", "S31"], confidence="high",
         description="Putin–Abe summit at a hot-spring resort hotel in Nagato (Yamaguchi Pref.): agree to consult on "
                     "joint economic activities on the four islands under a 'special framework' (fisheries/mariculture, "
                     "tourism, medicine, ecology). Kremlin: sovereignty not discussed; activities to follow Russian law "
                     "[S31]; Japan: without prejudice to legal positions."),
    dict(id="ev-2016-tokyo", name_en="Putin–Abe talks and business forum, Tokyo", type="event", city="Tokyo",
         valid_from="2016-12-16", src=["S30"], confidence="high",
         description="Talks and a Russia–Japan business forum; ~80 business deals."),
    dict(id="ev-2017-deputy-fm", name_en="First deputy-FM consultation on joint economic activities", type="event",
         city="Tokyo", valid_from="2017-03-18", src=[], extra_src="chinagate (Xinhua 18 Feb 2017), as cited in the fact "
         "sheet; no URL given", confidence="medium", description="First deputy-foreign-minister round on JEA."),
    dict(id="ev-2017-2plus2", name_en="2+2 meeting (foreign and defence ministers)", type="event", city="Tokyo",
         valid_from="2017-03-20", valid_to="2017-03-21",
         date_note="The events table gives 20 Mar; the Russian MFA announcement gives 20–21 Mar [S87].",
         src=["S87", "S88"], confidence="high",
         description="Lavrov, Shoigu / Kishida, Inada: second round, the first since Nov 2013."),
    dict(id="ev-2017-moscow", name_en="Abe–Putin summit, Moscow", type="event", city="Moscow",
         valid_from="2017-04-27", src=["S85", "S86"], confidence="high",
         description="Agree a public-private fact-finding mission and air travel for former residents' grave visits; "
                     "Abe mentions joint fish and sea-urchin farming."),
    dict(id="ev-2017-mission", name_en="Public-private mission to the islands", type="event", island="Hokkaido",
         pos=("cityoff", "Nemuro", 1.5, 0.0, "The mission returned to Nemuro; placed 1.5 km E of Nemuro city centre "
                                              "(approximate). Island stops: see the projects layer."),
         valid_from="2017-06-27", valid_to="2017-07-01", src=["S70", "S71", "S72"], confidence="high",
         precision="approximate",
         description="About 70 people (32 companies/agencies) led by Eiichi Hasegawa visit Kunashir, Iturup and Shikotan."),
    dict(id="ev-2017-hamburg", name_en="Abe–Putin on the G-20 sidelines", type="event", city="Hamburg",
         valid_from="2017-07-07", src=["S67"], confidence="high",
         description="Deputy FMs to meet in August to finalise projects that 'may include salmon fishing, hospitality, "
                     "medical care, transportation and hybrid wind-diesel power plants'."),
    dict(id="ev-2017-eef", name_en="Eastern Economic Forum 2017: five priority projects", type="event",
         city="Vladivostok", valid_from="2017-09-06", valid_to="2017-09-07",
         date_note="EEF 6–7 Sep 2017; Abe–Putin talks and plenary on 7 Sep.", src=["S67", "S89", "S69"],
         confidence="high",
         description="Putin announces the first priority projects: aquaculture, electric power (wind), greenhouse "
                     "farms, waste disposal, package tours. Venue assumed to be FEFU, Russky Island (UNSOURCED); the "
                     "point is the city centre."),
    dict(id="ev-2017-da-nang", name_en="Abe–Putin at APEC Da Nang", type="event", city="Da Nang",
         valid_from="2017-11-10", src=[], extra_src="sputniknews.jp 20171110 (as cited in the fact sheet; no URL given)",
         confidence="medium",
         description="Continue air grave visits; working group by end-2017; legal consultations early 2018."),
    dict(id="ev-2018-moscow", name_en="Moscow summit reaffirms the five JEA areas", type="event", city="Moscow",
         valid_from="2018-05-26", src=["S76"], confidence="high",
         description="Aquaculture, greenhouse vegetables, tours, wind energy, waste reduction."),
    dict(id="ev-2018-singapore", name_en="Singapore agreement", type="event", city="Singapore",
         valid_from="2018-11-14", src=["S32", "S33", "S104"], confidence="high",
         description="On the ASEAN sidelines: accelerate peace-treaty talks 'on the basis of the 1956 Joint "
                     "Declaration'."),
    dict(id="ev-2019-moscow", name_en="Abe–Putin summit, Moscow", type="event", city="Moscow",
         valid_from="2019-01-22", src=[], extra_src="LDP (jimin.jp/english/news/138930)",
         url="https://www.jimin.jp/english/news/138930", confidence="medium",
         description="Moscow summit; foreign-minister negotiations under way."),
    dict(id="ev-2019-osaka", name_en="Osaka G20: JEA business plans and pilot tour agreed", type="event",
         city="Osaka", valid_from="2019-06", valid_to="2019-06-30", date_note="June 2019 (month only in the sources).",
         src=["S80", "S79"], confidence="high",
         description="Two business plans agreed (waste management, tourism); pilot tour agreed."),
    dict(id="ev-2020-constitution-vote", name_en="Russian constitutional amendments: vote", type="event",
         city="Moscow", valid_from="2020-06-25", valid_to="2020-07-01", src=["S34", "S35", "S36"], confidence="high",
         description="Art. 67 text bars actions (and calls for actions) aimed at alienating territory, with an exception "
                     "for delimitation and demarcation of borders. A plaque with the text was installed in "
                     "Yuzhno-Kurilsk [S36]."),
    dict(id="ev-2020-constitution-decree", name_en="Decree on the constitutional amendments", type="event",
         city="Moscow", valid_from="2020-07-03", src=["S36", "S34"], confidence="medium",
         description="Decree of 3 Jul 2020 putting the amendments into force (details Med)."),
    dict(id="ev-2021-mishustin-iturup", name_en="PM Mishustin on Iturup proposes tax exemptions", type="event",
         island="Iturup", pos=("island", "Iturup", -3.0, -3.0, None),
         valid_from="2021-07-26", src=["S81"], confidence="high", precision="island",
         description="Proposes tax exemptions and a duty-free zone, open to Japanese investors too."),
    dict(id="ev-2021-eef", name_en="Putin at the EEF: Kuril tax regime", type="event", city="Vladivostok",
         valid_from="2021-09-03", src=["S82"], confidence="high",
         description="No profit, property, land or transport tax for 10 years; 7.6% insurance premiums; free customs "
                     "zone; excludes intermediaries, excisable goods, hydrocarbons, fishing. The tax bill went to the Duma in "
                     "Dec 2021 / Jan 2022; TASS says the exemptions run 'for 20 years', which conflicts with '10 years' "
                     "[S83]. A special economic zone law covering the three Kuril municipalities until 31 Dec 2046 "
                     "followed in Mar 2023 [S84]. Stratfor (2017) noted Russia inviting non-Japanese business [S68]."),
    dict(id="ev-2022-talks-halted", name_en="Russia halts peace-treaty talks", type="event", city="Moscow",
         valid_from="2022-03-21", src=["S37", "S38", "S39"], confidence="high",
         description="Russian MFA halts talks in response to Japanese sanctions; suspends visa-free exchanges and grave "
                     "visits; withdraws from the joint-economic-activity dialogue. Japan: 'extremely regrettable… "
                     "cannot accept'."),
    dict(id="ev-2022-ukraine-rada", name_en="Ukraine's parliament recognises the islands as Japanese", type="event",
         city="Kyiv", valid_from="2022-10", valid_to="2022-10-31", date_note="October 2022 (month only).", src=[],
         extra_src="pastebin link list only (pastebin.com/RaenbpNx) pointing at AA, Ukrinform and rada.gov.ua; verify",
         url="https://pastebin.com/RaenbpNx", confidence="low",
         description="Low confidence: reported via a link list only."),
]

# --- names in Japanese and Russian that the fact sheet does not give ---------------------------------------
# Plain translations of name_en written for Claimscape, as a Japanese / Russian news agency or government text
# would name the feature (established names for treaties, places and weapon systems). A language given here
# replaces the row's value; the build marks every feature using this table with name_note, e.g. "ja/ru names
# translated for Claimscape", so that users can tell them from the sourced names of the rows above.
# Value: (name_ja or None, name_ru or None); None keeps the row's (sourced) name.
TRANSLATED_NAMES = {
    # military (facts §C)
    "mil-18th-division-hq": ("第18機関銃・砲兵師団司令部", "штаб 18-й пулемётно-артиллерийской дивизии"),
    "mil-46th-regiment": ("第46機関銃・砲兵連隊（部隊番号71435）", "46-й пулемётно-артиллерийский полк (в/ч 71435)"),
    "mil-bastion-iturup": ("地対艦ミサイル「バスチオンP」（K-300P）大隊（択捉島）",
                           "дивизион БРК «Бастион-П» (К-300П), Итуруп"),
    "mil-bal-kunashir": ("地対艦ミサイル「バル」（3K60）大隊（国後島）", "дивизион БРК «Бал» (3К60), Кунашир"),
    "mil-yasny-airport": ("択捉島空港（ヤースヌイ）、軍民共用", "аэропорт Итуруп (Ясный), двойного назначения"),
    "mil-s300v4-iturup": ("長距離地対空ミサイル「S-300V4」（択捉島）", "ЗРС большой дальности С-300В4, Итуруп"),
    "mil-tor-m2-iturup": ("短距離地対空ミサイル「トールM2」（択捉島）", "ЗРК малой дальности «Тор-М2», Итуруп"),
    "mil-tor-m2-kunashir": ("短距離地対空ミサイル「トールM2」（国後島）", "ЗРК малой дальности «Тор-М2», Кунашир"),
    "mil-structures-2020-iturup": ("防空陣地・耐震構造物・宿舎（択捉島）",
                                   "позиция ПВО, сейсмостойкие сооружения и общежития (Итуруп)"),
    "mil-structures-2020-kunashir": ("防空陣地・耐震構造物・宿舎（国後島）",
                                     "позиция ПВО, сейсмостойкие сооружения и общежития (Кунашир)"),
    "mil-military-town-iturup": ("軍事居住区（スペツストロイ）、択捉島", "военный городок (Спецстрой), Итуруп"),
    "mil-military-town-kunashir": ("軍事居住区（スペツストロイ）、国後島", "военный городок (Спецстрой), Кунашир"),
    "mil-border-guard-habomai": ("国境警備隊の拠点（歯舞群島）", "пограничные заставы, острова Хабомаи"),
    "mil-border-ships-shikotan": ("国境警備艇部隊（色丹島）", "отряд пограничных сторожевых кораблей, Шикотан"),
    "mil-matua-bastion": ("地対艦ミサイル「バスチオン」（松輪島）", "БРК «Бастион», Матуа"),
    "mil-paramushir-bastion": ("地対艦ミサイル「バスチオン」（幌筵島）", "БРК «Бастион», Парамушир"),
    "mil-buildup-2011": ("2011年のクリル諸島防衛力強化の指示", "поручение 2011 года об укреплении обороны Курил"),
    # projects (facts §D)
    "jea-aquaculture": ("海産物の増養殖（ウニ、サケ）", "аквакультура (морской ёж, лосось)"),
    "jea-greenhouses": ("温室野菜栽培", "тепличное овощеводство"),
    "jea-wind-krabovaya": ("風力発電：クラボヴァヤ湾（候補地）", "ветроэнергетика: бухта Крабовая (площадка-кандидат)"),
    "jea-waste-dimitrov": ("ごみの減容：ディミトロフ湾（施設予定地）",
                           "сокращение объёма отходов: бухта Димитрова (площадка объекта)"),
    "jea-tours-kunashir": ("観光ツアー：国後島（古釜布周辺）", "турпакеты: Кунашир (окрестности Южно-Курильска)"),
    "jea-tours-iturup": ("観光ツアー：択捉島（紗那周辺）", "турпакеты: Итуруп (окрестности Курильска)"),
    "jea-hamburg-salmon-fishing": ("サケ漁（2017年ハンブルク会談の候補分野）", "лов лосося (гамбургский перечень 2017 года)"),
    "jea-hamburg-hospitality": ("宿泊・接客業（2017年ハンブルク会談の候補分野）",
                                "гостиничное дело (гамбургский перечень 2017 года)"),
    "jea-hamburg-medical-care": ("医療（2017年ハンブルク会談の候補分野）",
                                 "медицинская помощь (гамбургский перечень 2017 года)"),
    "jea-hamburg-transportation": ("運輸（2017年ハンブルク会談の候補分野）", "транспорт (гамбургский перечень 2017 года)"),
    "jea-hamburg-wind-diesel": ("風力・ディーゼル複合発電所（2017年ハンブルク会談の候補分野）",
                                "гибридные ветродизельные электростанции (гамбургский перечень 2017 года)"),
    "mission-2017-kunashir": ("2017年官民調査団：国後島", "государственно-частная миссия 2017 года: Кунашир"),
    "mission-2017-iturup": ("2017年官民調査団：択捉島", "государственно-частная миссия 2017 года: Итуруп"),
    "mission-2017-shikotan": ("2017年官民調査団：色丹島", "государственно-частная миссия 2017 года: Шикотан"),
    "mission-2018-kunashir": ("2018年第3回ビジネス調査団：国後島", "третья бизнес-миссия 2018 года: Кунашир"),
    "mission-2018-iturup": ("2018年第3回ビジネス調査団：択捉島（紗那）", "третья бизнес-миссия 2018 года: Итуруп (Курильск)"),
    "mission-2018-shikotan": ("2018年第3回ビジネス調査団：色丹島（クラボザボツコエ）",
                              "третья бизнес-миссия 2018 года: Шикотан (Крабозаводское)"),
    "pilot-tour-2019-nemuro": ("2019年第1回パイロットツアー：根室出港", "первый пробный тур 2019 года: отправление из Немуро"),
    "grave-visit-charter-2018": ("2018年空路墓参チャーター便（中標津）",
                                 "чартерный рейс для посещения могил 2018 года (Накасибэцу)"),
    # places (facts §A.5): katakana for Russian names, Cyrillic for Japanese names
    "krabozavodskoye": ("クラボザボツコエ", None),
    "kitovy": ("キトヴイ", None),
    "reidovo": ("レイドヴォ", None),
    "golovnino": ("ゴロヴニノ", None),
    "cape-nosappu": (None, "мыс Носаппу"),
    "nemuro": (None, "Немуро"),
    "nakashibetsu-airport": (None, "аэропорт Накасибэцу"),
    "aivazovskogo-islet": ("アイヴァゾフスキー島", None),
    "griega-islet": ("グリーグ島", None),
    "alekhina-bay": ("アリョーヒナ湾", None),
    # events (facts §B.1, §D, §E): established names of treaties and documents where one exists
    "ev-1855-shimoda": ("日露和親条約", "Симодский трактат"),
    "ev-1875-st-petersburg": ("樺太・千島交換条約の調印", "подписание Петербургского договора 1875 года"),
    "ev-1875-ratification": ("樺太・千島交換条約の批准書交換",
                             "обмен ратификационными грамотами Петербургского договора 1875 года"),
    "ev-1905-portsmouth": ("ポーツマス条約", "Портсмутский мирный договор"),
    "ev-1945-yalta": ("ヤルタ協定", "Ялтинское соглашение"),
    "ev-1945-shumshu": ("ソ連軍の占守島上陸", "высадка советских войск на Шумшу"),
    "ev-1945-etorofu": ("ソ連軍の択捉島上陸", "высадка советских войск на Итуруп"),
    "ev-1945-kunashir": ("ソ連軍の国後島到達", "прибытие советских войск на Кунашир"),
    "ev-1945-shikotan": ("ソ連軍の色丹島到達", "прибытие советских войск на Шикотан"),
    "ev-1945-habomai": ("ソ連軍の歯舞群島到達", "прибытие советских войск на острова Хабомаи"),
    "ev-1946-scapin": ("北海道以北の島々を日本の管轄から除外するGHQ覚書",
                       "меморандум SCAP об исключении островов к северу от Хоккайдо из юрисдикции Японии"),
    "ev-1946-decree": ("南サハリン州設置に関するソ連最高会議幹部会令",
                       "указ Президиума Верховного Совета СССР об образовании Южно-Сахалинской области"),
    "ev-1951-san-francisco": ("サンフランシスコ平和条約", "Сан-Францисский мирный договор"),
    "ev-1956-joint-declaration": ("日ソ共同宣言", "Советско-японская декларация 1956 года"),
    "ev-1993-tokyo-declaration": ("東京宣言（細川・エリツィン）", "Токийская декларация (Хосокава — Ельцин)"),
    "ev-1997-krasnoyarsk": ("クラスノヤルスク合意", "Красноярская договорённость"),
    "ev-2000-putin-mori": ("平和条約問題に関するプーチン・森声明", "заявление Путина и Мори по проблеме мирного договора"),
    "ev-2001-irkutsk": ("イルクーツク声明", "Иркутское заявление"),
    "ev-2010-medvedev-kunashir": ("メドベージェフ大統領の国後島訪問", "визит Медведева на Кунашир"),
    "ev-2012-medvedev-kunashir": ("メドベージェフ首相の国後島再訪問", "повторный визит Медведева на Кунашир"),
    "ev-2016-eef": ("東方経済フォーラムでの安倍・プーチン会談", "Абэ и Путин на Восточном экономическом форуме"),
    "ev-2016-nagato": ("長門での日露首脳会談", "саммит в Нагато"),
    "ev-2016-tokyo": ("プーチン・安倍会談と日露ビジネスフォーラム（東京）",
                      "переговоры Путина и Абэ и бизнес-форум, Токио"),
    "ev-2017-deputy-fm": ("共同経済活動に関する第1回外務次官級協議",
                          "первые консультации замминистров иностранных дел по совместной хозяйственной деятельности"),
    "ev-2017-2plus2": ("日露外務・防衛閣僚協議（2+2）", "встреча в формате «2+2» (министры иностранных дел и обороны)"),
    "ev-2017-moscow": ("日露首脳会談（モスクワ）", "саммит Абэ и Путина, Москва"),
    "ev-2017-mission": ("北方四島への官民調査団", "японская государственно-частная миссия на острова"),
    "ev-2017-hamburg": ("G20首脳会議の際の安倍・プーチン会談", "встреча Абэ и Путина на полях G20"),
    "ev-2017-eef": ("東方経済フォーラム2017：5件の優先プロジェクト",
                    "Восточный экономический форум 2017: пять приоритетных проектов"),
    "ev-2017-da-nang": ("APECダナンでの安倍・プーチン会談", "Абэ и Путин на саммите АТЭС в Дананге"),
    "ev-2018-moscow": ("モスクワでの首脳会談：共同経済活動5分野を再確認",
                       "саммит в Москве подтверждает пять направлений совместной хозяйственной деятельности"),
    "ev-2018-singapore": ("シンガポール合意", "Сингапурская договорённость"),
    "ev-2019-moscow": ("日露首脳会談（モスクワ）", "саммит Абэ и Путина, Москва"),
    "ev-2019-osaka": ("G20大阪：共同経済活動の事業計画とパイロットツアーで合意",
                      "G20 в Осаке: согласованы бизнес-планы совместной хозяйственной деятельности и пробный тур"),
    "ev-2020-constitution-vote": ("ロシア憲法改正：全国投票", "поправки к Конституции России: общероссийское голосование"),
    "ev-2020-constitution-decree": ("憲法改正に関する大統領令", "указ о поправках к Конституции России"),
    "ev-2021-mishustin-iturup": ("ミシュスチン首相、択捉島で税制優遇を提案", "Мишустин на Итурупе предлагает налоговые льготы"),
    "ev-2021-eef": ("東方経済フォーラムでのプーチン大統領：クリル諸島の税制", "Путин на ВЭФ: налоговый режим для Курил"),
    "ev-2022-talks-halted": ("ロシア、平和条約交渉を中断", "Россия прекращает переговоры о мирном договоре"),
    "ev-2022-ukraine-rada": ("ウクライナ最高会議、北方四島を日本領と承認", "Верховная рада Украины признаёт острова японскими"),
}

# --- claims / islands: which names build.py composes itself (not given by the fact sheet) -----------------------
# The claim features are named by the recipe ("Soviet occupation 1945: Iturup" ...); the languages listed here are
# Claimscape's translations and get the same name_note. Unlisted languages are names from the fact sheet (island
# and district names of §A.1–§A.3, 北方領土/北方四島, Южно-Сахалинская область [S20]).
COMPOSED_NAMES = {
    "jp-claim": "ru", "jp-claim-line-ne": "ja/ru",
    "jp-sovereignty-iturup": "ru", "jp-sovereignty-kunashir": "ru", "jp-sovereignty-shikotan": "ru",
    "jp-sovereignty-habomai": "ru",
    "shimoda-1855": "ja/ru", "shimoda-1855-jp": "ja/ru", "shimoda-1855-ru": "ja/ru",
    "st-petersburg-1875": "ja/ru", "st-petersburg-1875-line": "ja/ru",
    "soviet-occupation-1945-north": "ja/ru", "soviet-occupation-1945-iturup": "ja/ru",
    "soviet-occupation-1945-kunashir": "ja/ru", "soviet-occupation-1945-shikotan": "ja/ru",
    "soviet-occupation-1945-habomai": "ja/ru",
    "ru-admin-south-sakhalin-oblast-1946": "ja", "ru-admin-yuzhno-kurilsky": "ja", "ru-admin-kurilsky": "ja",
    "ru-admin-kurilsky-central": "ja/ru", "ru-admin-severo-kurilsky": "ja",
    "jp-renounced-undetermined": "ja/ru", "portsmouth-1905-line": "ja/ru", "declaration-1956": "ja/ru",
    "habomai-other": "ja/ru",
}


# Names a place carried before the Soviet renaming (model: period names, former_names). Added in 2026 from the
# sources each date_note cites; the Russian forms of the Japanese names are Polivanov transliterations (name_note).
FORMER_NAMES = {
    "yuzhno-kurilsk": [{"valid_to": "1946-06-04", "name_en": "Furukamappu", "name_ja": "古釜布", "name_ja_latn": "Furukamappu", "name_ru": "Фурукамаппу", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Russian name in use from the Soviet renaming of 1946-47; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used (last Japanese-name day 4 Jun 1946)"}],
    "kurilsk": [{"valid_to": "1946-06-04", "name_en": "Shana", "name_ja": "紗那", "name_ja_latn": "Shana", "name_ru": "Сяна", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Russian name in use from the Soviet renaming of 1946-47; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used (last Japanese-name day 4 Jun 1946)"}],
    "malokurilskoye": [{"valid_to": "1946-06-04", "name_en": "Shakotan", "name_ja": "斜古丹", "name_ja_latn": "Shakotan", "name_ru": "Сякотан", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Russian name in use from the Soviet renaming of 1946-47; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used (last Japanese-name day 4 Jun 1946)"}],
    "goryachiye-klyuchi": [{"valid_to": "1946-06-04", "name_en": "Sesekionsen", "name_ja": "瀬石温泉", "name_ja_latn": "Sesekionsen", "name_ru": "Сэсэкионсэн", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Japanese name [S97][S43] until the Soviet renaming of 1946-47; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used"}],
    "golovnino": [{"valid_to": "1946-06-04", "name_en": "Tomari", "name_ja": "泊", "name_ja_latn": "Tomari", "name_ru": "Томари", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Japanese name until the Soviet renaming of 1946-47 [S116]; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used"}],
    "severo-kurilsk": [{"valid_to": "1946-06-04", "name_en": "Kashiwabara", "name_ja": "柏原", "name_ja_latn": "Kashiwabara", "name_ru": "Касивабара", "name_note": "ru name transliterated (Polivanov) for Claimscape", "date_note": "Japanese name [S101] until the Soviet renaming of 1946-47; the decree date is not in the fact sheet, so the formation of the districts with Russian names on 5 Jun 1946 [S20] is used"}],
}
