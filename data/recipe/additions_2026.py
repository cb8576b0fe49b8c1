# Additions of 2026 on top of corrections_2026.py (see SOURCES.md "Additions"): the events the issue tracker listed
# as missing, each from a primary source or a major outlet, and better sources for two existing features.
# Idempotent: an event already present is rewritten in place, so running it again changes nothing.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import facts  # noqa: E402

from layerfiles import DATA, island_label, load, save  # noqa: E402

NEW_SOURCES = {
    'S127': ('MOFA and Russian MFA, Joint Compendium of Documents on the History of Territorial Issue (2001), VI.1 '
             'Japanese-Soviet Joint Communiqué (1991): Gorbachev\'s official visit 16–19 Apr 1991; the four islands '
             'named in the negotiations on territorial demarcation',
             'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period6.html'),
    'S128': ('Baltimore Sun (John E. Woodruff, Tokyo), 19 Apr 1991: Gorbachev–Kaifu summit ends without a '
             'breakthrough; the four islands listed by name in the communiqué for the first time',
             'http://articles.baltimoresun.com/1991-04-19/news/1991109032_1_disputed-islands-gorbachev-soviet-union'),
    'S129': ('Northern Territories Issue Association (Cabinet Office agency), "The four-island exchange program": '
             'proposed by the USSR at Gorbachev\'s April 1991 visit; exchanges began in 1992',
             'https://www.hoppou.go.jp/en/problem-info/kyozai/about-exchange-business.html'),
    'S130': ('TASS 12 Jan 2022: the visa-free exchanges began in 1992 on an intergovernmental agreement; trips '
             'usually May to October', 'https://tass.com/world/1386975'),
    'S131': ('NHK World 6 Sep 2022: Russia announced on Monday (5 Sep) the termination of the 1991 exchange and the '
             '1999 free-visit agreements; about 30,000 took part',
             'https://www3.nhk.or.jp/nhkworld/en/news/20220906_07/'),
    'S132': ('Kyodo via The Japan Times, 20 Apr 1998: Hashimoto\'s proposal at the Kawana summit (Sunday 19 Apr), '
             'per government sources: a demarcation line north of the four islands, Russian administration for a '
             'transitional period',
             'https://www.japantimes.co.jp/news/1998/04/20/national/tokyo-proposes-isles-compromise-to-russia/'),
    'S133': ('UPI 29 Apr 2013: Abe and Putin agree in Moscow to resume peace-treaty talks (joint statement) and set '
             'up a 2+2 format',
             'https://www.upi.com/Top_News/World-News/2013/04/29/Russia-Japan-to-seek-WWII-peace-treaty/'
             'UPI-78531367283955/'),
    'S134': ('AFP via Hürriyet Daily News, 29 Apr 2013: the joint declaration adopted in the Kremlin instructs the '
             'foreign ministers to speed up work on mutually acceptable options',
             'http://www.hurriyetdailynews.com/russia-japan-to-reopen-talks-on-islands-dispute-45835'),
    'S135': ('Reuters 18 Mar 2014: Japan suspends talks on easing visa requirements and on an investment pact after '
             'Russia recognises Crimea (Chief Cabinet Secretary Suga)',
             'http://www.reuters.com/article/us-ukraine-crisis-japan-idUSBREA2H02T20140318'),
    'S136': ('The Moscow Times, 18 Mar 2014: Foreign Minister Kishida\'s statement; talks on visas, investment, '
             'space and the prevention of dangerous military activities suspended or not begun',
             'https://www.themoscowtimes.com/2014/03/18/japan-imposes-mild-sanctions-on-russia-over-crimea-a33090'),
    'S137': ('UPI 2 Jun 2017: Putin at the St Petersburg International Economic Forum (Thursday 1 Jun) on the '
             'possibility of US troops on the islands should they come under Japan\'s sovereignty',
             'https://www.upi.com/Top_News/World-News/2017/06/02/Putin-statement-on-Kuril-Islands-US-military-'
             'rattles-Japan/6501496410511/'),
    'S138': ('TASS 7 Aug 2017 (Russian MFA): the consultations on joint economic activity on the southern Kurils to '
             'be held in Moscow on 17 Aug', 'http://tass.com/politics/959401'),
    'S139': ('Hokkaido Government, 北方墓参 (grave visits to the Northern Territories): run by Hokkaido since 1964, with '
             'interruptions; visits on a simple identity certificate without passport or visa; the 40th in FY2017',
             'http://www.pref.hokkaido.lg.jp/sm/hrn/hoppoubosan.htm'),
    'S140': ('Northern Territories Issue Association, 北方四島への墓参 (archived 24 Feb 2009): the first grave visit on '
             '8 Sep 1964 on Suisho (Habomai) and 9–11 Sep on Shikotan (Inemoshiri, Shakotan); none in 1968, '
             '1971–73 and 1976–85',
             'http://web.archive.org/web/20090224192159/http://www.hoppou.go.jp/event/to_graves/index.html'),
    'S141': ('The Japan Times (Eric Johnston), 19 May 2017: until the 2017 flights, grave visits only by ship, a few '
             'a year, usually from the port of Nemuro',
             'https://www.japantimes.co.jp/news/2017/05/19/national/ex-residents-set-visit-two-disputed-isles-off-'
             'hokkaido-june/'),
    'S142': ('Jiji Press via nippon.com, 13 Dec 2018: the Russian MFA (Zakharova) cites the Soviet memoranda of '
             '27 Jan and 24 Feb 1960 that made the withdrawal of all foreign troops from Japan a condition of the '
             'handover of the Habomai and Shikotan',
             'https://www.nippon.com/en/news/yjj2018121400145/moscow-cites-1960-documents-over-peace-treaty-talks-'
             'with-japan.html'),
    'S143': ('Interfax 17 Jul 2012: the new Iturup airport is built under the federal programme "Socio-economic '
             'development of the Kuril Islands 2007–2015", under construction since 2009',
             'https://interfax.com/newsroom/top-stories/55376/'),
    'S144': ('Interfax (ru) 25 Mar 2017: the Iturup airport completed in 2014, named Yasny by government order '
             'No. 1990-r of 7 Oct 2015, transferred to Sakhalin Oblast', 'http://www.interfax.ru/russia/555299'),
    'S145': ('Kyodo via The Japan Times, 16 May 2002: islanders arrive in Nemuro on a visa-free visit, the 11th year '
             'of the exchanges', 'https://www.japantimes.co.jp/news/2002/05/16/national/russian-tourists-from-'
             'disputed-isles-arrive-in-hokkaido/'),
    'S146': ('TASS 6 Sep 2019: the Russian embassy in Tokyo calls Japan\'s representations over the opening of a new '
             'fish plant on Shikotan unacceptable', 'https://tass.com/politics/1076812'),
    'S147': ('Oreanda-News, Sep 2019: Suga on the plant; Putin watched its launch by video link on Wednesday (4 Sep) at '
             'the Eastern Economic Forum',
             'https://www.oreanda.ru/en/v_mire/japan-made-a-presentation-of-the-russian-federation-due-to-opening-of-a-'
             'fish-/article1279980/'),
}

TRANSLATED = 'ja/ru names translated for Claimscape'
CITY_NOTE = 'City centre, approximate (general knowledge; no coordinates in the sources)'
ITO = (34.966, 139.102, '伊東', 'Itō', 'Ито')  # Itō city centre (general knowledge); Kawana lies in Itō
SHAKOTAN = (43.8708, 146.8319)  # Malokurilskoye, the former Shakotan [S98]


def key_text(key):
    return '[%s] %s' % (key, NEW_SOURCES[key][0])


def event(fid, names, dates, keys, confidence, description, place, date_note=None, location_note=None, island=None):
    """An event at a city centre, at a point given with its own note, or (place None) known only to the island."""
    name_en, name_ja, name_ru = names
    valid_from, valid_to = dates
    precision = 'approximate'
    if place is None:
        lon, lat, at_label = island_label(island)
        place_en = place_ja = place_ru = None
        precision = 'island'
        note = 'Only the island is known. Listed at the island, not drawn as a point.' + at_label
    elif isinstance(place, str):
        lat, lon, place_ja, _, place_ru = facts.CITIES[place]
        place_en = place
        note = location_note or CITY_NOTE + '; drawn at the centre with the city\'s other events.'
    else:
        lat, lon, place_en, place_ja, place_ru = place
        note = location_note
    p = dict(name_en=name_en, name_ja=name_ja, name_ru=name_ru, name_note=TRANSLATED, type='event',
             valid_from=valid_from, valid_to=valid_to)
    if date_note:
        p['date_note'] = date_note
    p.update(source='; '.join(key_text(k) for k in keys), source_url=NEW_SOURCES[keys[0]][1],
             confidence=confidence, precision=precision, location_note=note, description=description)
    if place_en:
        p.update(place=place_en, place_ja=place_ja, place_ru=place_ru)
    if island:
        p['island'] = island
    return {'type': 'Feature', 'id': fid, 'properties': p, 'geometry': {'type': 'Point', 'coordinates': [lon, lat]}}


EVENTS = [
    event('ev-1964-first-grave-visit',
          ('First grave visit by former residents (Habomai, Shikotan)', '初の北方墓参（歯舞群島・色丹島）',
           'первое посещение могил бывшими жителями (Хабомаи, Шикотан)'),
          ('1964-09-08', '1964-09-11'), ['S140', 'S139', 'S141'], 'high',
          'After the Soviet side agreed in May 1964, former residents visited family graves on Suisho (Habomai) on '
          '8 Sep and on Shikotan on 9–11 Sep, on a simple identity certificate, without passport or visa. Run by '
          'Hokkaido every year since, with interruptions (none in 1968, 1971–73 and 1976–85) [S140][S139]; by ship, '
          'usually from Nemuro, until the first charter flight of 2017 [S141].',
          (SHAKOTAN[0], SHAKOTAN[1], 'Shikotan (Shakotan)', '色丹島（斜古丹）', 'Шикотан (Малокурильское)'),
          location_note='The source names Suisho (Habomai, 8 Sep) and the Inemoshiri and Shakotan districts of '
                        'Shikotan (9–11 Sep) [S140]; drawn at Malokurilskoye, the former Shakotan (43.8708, '
                        '146.8319 [S98]).', island='Shikotan'),
    event('ev-1991-gorbachev-visit',
          ('Gorbachev visits Japan: Joint Communiqué names the four islands', 'ゴルバチョフ大統領訪日（日ソ共同声明）',
           'визит Горбачёва в Японию: совместное заявление называет четыре острова'),
          ('1991-04-16', '1991-04-19'), ['S127', 'S128', 'S129'], 'high',
          'Official visit 16–19 Apr 1991, the first to Japan by a Soviet head of state. The Joint Communiqué records '
          'negotiations on a peace treaty "including the issue of territorial demarcation", naming the Habomai, '
          'Shikotan, Kunashiri and Etorofu [S127] — the first time the four islands were listed by name [S128]. The '
          'USSR proposed visa-free exchanges between Japanese and the islands\' residents [S129].',
          'Tokyo'),
    event('ev-1992-visa-free-exchanges',
          ('Visa-free exchanges with the four islands begin', '北方四島交流（ビザなし交流）開始',
           'начало безвизовых обменов с четырьмя островами'),
          ('1992', '1992'), ['S129', 'S130', 'S145'], 'high',
          'Japanese (former residents, their families, researchers) and the islands\' Russian residents visit each '
          'other without passports or visas, under an intergovernmental agreement; trips usually May to October '
          '[S129][S130]; the islanders\' groups arrive at Nemuro [S145]. Suspended by Russia on 21 Mar 2022; the '
          'agreement terminated on 5 Sep 2022 [S131].',
          'Nemuro', date_note='Year only in the sources [S129][S130].',
          location_note=CITY_NOTE + '; Nemuro is where the islanders\' groups arrive [S145]; drawn at the centre.',
          island='Hokkaido'),
    event('ev-1998-kawana',
          ('Kawana summit: Hashimoto\'s border proposal', '川奈会談（橋本提案）',
           'встреча в Кавана: предложение Хасимото о границе'),
          ('1998-04-18', '1998-04-19'), ['S132'], 'high',
          'Informal Yeltsin–Hashimoto summit at the seaside resort of Kawana. Hashimoto made a "serious" new '
          'proposal; per Japanese government sources, a demarcation line north of the four islands, with Russia '
          'administering them for a transitional period [S132]. Its text was not published.',
          (ITO[0], ITO[1], 'Kawana (Itō)', '川奈（伊東市）', 'Кавана (Ито)'),
          location_note='The source names the resort of Kawana, Shizuoka Prefecture [S132]; drawn at the centre of '
                        'Itō, the city Kawana belongs to (approximate, general knowledge).'),
    event('ev-2013-moscow-joint-statement',
          ('Abe–Putin joint statement, Moscow: peace-treaty talks resumed', '日露共同声明（モスクワ、2013年）',
           'совместное заявление Абэ и Путина в Москве: возобновление переговоров о мирном договоре'),
          ('2013-04-29', '2013-04-29'), ['S133', 'S134'], 'high',
          'The first official visit of a Japanese prime minister to Russia in ten years. The joint statement calls '
          'the absence of a peace treaty abnormal and instructs the foreign ministers to speed up work on mutually '
          'acceptable options; a 2+2 format (foreign and defence ministers) is agreed [S133][S134].',
          'Moscow'),
    event('ev-2014-crimea-sanctions',
          ('Japan\'s first sanctions over Crimea', 'クリミアをめぐる日本の対露制裁（第1弾）',
           'первые санкции Японии в связи с Крымом'),
          ('2014-03-18', '2014-03-18'), ['S135', 'S136'], 'high',
          'After Russia recognised Crimea\'s independence, Japan suspended talks on easing visa requirements and did '
          'not begin talks on investment, space and the prevention of dangerous military activities [S135][S136].',
          'Tokyo'),
    event('ev-2017-putin-us-troops',
          ('Putin: US troops possible on the islands under Japan', 'プーチン大統領、島への米軍展開の可能性に言及',
           'Путин о возможности размещения войск США на островах'),
          ('2017-06-01', '2017-06-01'), ['S137'], 'high',
          'At the St Petersburg International Economic Forum Putin said that, should the islands come under '
          'Japan\'s sovereignty, "the possibility exists" of US troops being deployed there, citing the US–Japan '
          'agreements; the statement tied the islands\' defences to US basing [S137].',
          'St Petersburg'),
    event('ev-2017-08-deputy-fm',
          ('Deputy foreign ministers on joint economic activities, 2nd round', '共同経済活動に関する日露外務次官級協議（第2回）',
           'консультации заместителей министров иностранных дел о совместной хозяйственной деятельности (2-й раунд)'),
          ('2017-08-17', '2017-08-17'), ['S138'], 'medium',
          'Morgulov and Akiba discuss the priority projects for joint economic activities on the four islands, '
          'as agreed by Abe and Putin in Hamburg. Medium: the date and place are from the Russian MFA\'s '
          'announcement [S138]; the reports that the round was held are republications.',
          'Moscow'),
    event('ev-2019-shikotan-fish-plant',
          ('New fish plant on Shikotan opened; Japan protests', '色丹島で新水産加工場が稼働、日本が抗議',
           'открытие нового рыбозавода на Шикотане; протест Японии'),
          ('2019-09-04', '2019-09-06'), ['S146', 'S147'], 'high',
          'Putin watched the launch of a new fish-processing plant on Shikotan by video link from the Eastern '
          'Economic Forum [S147]; Japan made representations, which the Russian embassy called unacceptable: the '
          'islands belong to Russia and it may develop them [S146]. Its site is not in these sources.',
          None, island='Shikotan',
          date_note='Launched on Wed 4 Sep 2019 [S147]; the embassy\'s answer to Japan\'s representations reported '
                    'on 6 Sep [S146].'),
    event('ev-2022-visa-free-terminated',
          ('Russia terminates the visa-free exchange agreements', 'ロシア、ビザなし交流・自由訪問の合意を破棄',
           'Россия прекращает действие соглашений о безвизовых обменах'),
          ('2022-09-05', '2022-09-05'), ['S131'], 'high',
          'Russia terminates the 1991 agreement on the four-island exchanges and the 1999 agreement on free visits '
          'by former residents, suspended since 21 Mar 2022 [S131].',
          'Moscow', location_note=CITY_NOTE + '; a government decision in Moscow (place not in the source); drawn at '
                                              'the centre with the city\'s other events.'),
]

changed = 0
events = load('events')
by_id = {f['id']: i for i, f in enumerate(events)}
for new in EVENTS:
    if new['id'] in by_id:
        i = by_id[new['id']]
        if events[i] != new:
            events[i] = new
            changed += 1
        continue
    at = next((i for i, f in enumerate(events) if f['properties']['valid_from'] > new['properties']['valid_from']),
              len(events))
    events.insert(at, new)
    by_id = {f['id']: i for i, f in enumerate(events)}
    changed += 1

# The 1960 aide-mémoire: a major outlet's report of the Russian MFA citing it, not a trade site alone.
for f in events:
    p = f['properties']
    if f['id'] == 'ev-1960-aide-memoire' and '[S142]' not in p['source']:
        p['source'] = key_text('S142') + '; ' + p['source']
        p['source_url'] = NEW_SOURCES['S142'][1]
        p['confidence'] = 'high'
        p['description'] = ('Soviet aide-mémoire of 27 Jan 1960 (a second memorandum followed on 24 Feb): the '
                            'Habomai and Shikotan to be handed over under the 1956 Declaration only if all foreign '
                            'troops leave Japan, in reaction to the revised US–Japan security treaty; Japan rejected '
                            'it. The Russian MFA cited both in Dec 2018 [S142][S25].')
        changed += 1
save('events', events)

# Yasny airport: a work of the Kuril development programme.
military = load('military')
for f in military:
    p = f['properties']
    if f['id'] == 'mil-yasny-airport' and '[S143]' not in p['source']:
        p['source'] += '; %s; %s' % (key_text('S143'), key_text('S144'))
        p['description'] += (' Built under the federal programme "Socio-economic development of the Kuril Islands '
                             '2007–2015" from 2009 [S143], completed in 2014 and named Yasny by government order of '
                             '7 Oct 2015 [S144].')
        changed += 1
save('military', military)

path = os.path.join(DATA, 'SOURCES.md')
src = open(path, encoding='utf-8').read()
rows = ''.join('| %s | %s | %s |\n' % (k, t.replace('|', '\\|'), u) for k, (t, u) in NEW_SOURCES.items()
               if '| %s |' % k not in src)
if rows:
    open(path, 'w', encoding='utf-8').write(src.replace('<!-- source-key:end -->', rows + '<!-- source-key:end -->'))
print('additions 2026: changed', changed)
