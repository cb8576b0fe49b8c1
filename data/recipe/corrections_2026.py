# Corrections of 2026 on top of grades_2026.py (see SOURCES.md "Corrections"). Idempotent: running it again changes
# nothing.
#  - No invented positions: events that share a city were set 1.5-3 km apart "so the icons do not coincide", and the
#    two air grave visits 1.5 km either side of Nakashibetsu airport. A place known only as a city or an airport is
#    drawn there; features at one place are drawn at that place (the map groups them), never moved apart.
#  - Features known only to the island (precision "island") sit at its label point, not on a 3 km grid around it.
#  - The renaming of Golovnino, Malokurilskoye and Goryachiye Klyuchi is dated by the decree of 15 Oct 1947 that
#    named them, not by the 1946 formation of the districts (which named the district centres only).
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import facts  # noqa: E402

from layerfiles import DATA, island_label, load, save  # noqa: E402

NEW_SOURCES = {
    'S125': ('Wikipedia (ru), Малокурильское: the name fixed by the decree of the Presidium of the RSFSR Supreme Soviet '
             'of 15 Oct 1947 (Shpanbergovo had been proposed)', 'https://ru.wikipedia.org/wiki/Малокурильское'),
    'S126': ('Краеведческий бюллетень 2003 no. 2, p. 103 (Sakhalin Regional Museum; the Yuzhno-Sakhalinsk city '
             'library\'s copy): the renaming of South Sakhalin and Kuril settlements, begun in spring 1946, completed '
             'by the decree of 15 Oct 1947',
             'https://elb.ys-citylibrary.ru/userfiles/mag/bulitens/2003-2/files/basic-html/page103.html'),
}

RENAMED_1947 = '1947-10-14'  # the last day of the Japanese name: the decree is of 15 Oct 1947
RENAMING = {
    'golovnino': ('Japanese name until the decree of the Presidium of the RSFSR Supreme Soviet of 15 Oct 1947 on '
                  'renaming the settlements of Sakhalin Oblast, which named the village Golovnino [S116]; the decree\'s '
                  'own text was not consulted.', None),
    'malokurilskoye': ('Japanese name until the decree of the Presidium of the RSFSR Supreme Soviet of 15 Oct 1947, '
                       'which fixed the name Malokurilskoye [S125]; the decree\'s own text was not consulted.', 'S125'),
    'goryachiye-klyuchi': ('Japanese name [S97][S43] until the Soviet renaming, which the decree of the Presidium of '
                           'the RSFSR Supreme Soviet of 15 Oct 1947 on the settlements of Sakhalin Oblast completed '
                           '[S126]; when the Russian name came into use here is not in the sources.', 'S126'),
}

OFFSET = re.compile(r'[;,] offset [\d.]+ km at bearing \d+° from the centre so (?:that )?the icons of several events '
                    r'in ([A-Za-z ]+) do not coincide\.')

changed = 0
L = {name: load(name) for name in ('events', 'projects', 'places', 'military')}

# ---------------------------------------------------------------- events: at their city's centre
for f in L['events']:
    p = f['properties']
    m = OFFSET.search(p.get('location_note', ''))
    if m:
        c = facts.CITIES[m.group(1)]
        f['geometry']['coordinates'] = [c[1], c[0]]
        p['location_note'] = p['location_note'][:m.start()] + '; drawn at the centre with the city\'s other events.'
        changed += 1

# ---------------------------------------------------------------- points set a kilometre or two off their place
GRAVE_VISITS = ('Nakashibetsu airport (43.5775, 144.9600 [S123]), where the charter left from; drawn at the '
                'airport.')
MOVED = {  # layer: {id: (lon, lat, location_note)}
    'military': {
        'mil-matua-bastion': (153.22, 48.08, 'Matua coordinates are UNSOURCED in the fact sheet (≈48.08, 153.22; '
                                             'verify); drawn at that point, with the outpost.'),
    },
    'projects': {
        'jea-tours-kunashir': (145.8556, 44.0306, "'Yuzhno-Kurilsk area' [S78]: drawn at Yuzhno-Kurilsk (44.0306, "
                                                  "145.8556 [S99]); the tour sites (churches, museum) are not located "
                                                  "individually."),
        'jea-tours-iturup': (147.8856, 45.2269, "'Kurilsk area' [S78]: drawn at Kurilsk (45.2269, 147.8856 [S100]); "
                                                "hot springs and 'white cliffs' not located individually."),
        'mission-2018-iturup': (147.8856, 45.2269, 'Drawn at Kurilsk (45.2269, 147.8856 [S100]), the first stop '
                                                   'named.'),
        'grave-visit-charter-2017': (144.96, 43.5775, GRAVE_VISITS),
        'grave-visit-charter-2018': (144.96, 43.5775, GRAVE_VISITS),
    },
    'events': {
        'ev-2010-medvedev-kunashir': (145.6831, 43.9583, 'The sources are the Mendeleyevo airport articles; places '
                                                         'visited on Kunashir are not given. Drawn at the airport '
                                                         '(43.9583, 145.6831 [S65]), the place the sources name.'),
        'ev-2012-medvedev-kunashir': (145.6831, 43.9583, 'Places visited not given; drawn at Mendeleyevo airport '
                                                         '(43.9583, 145.6831 [S65]).'),
        'ev-2017-mission': (145.583, 43.33, 'The mission returned to Nemuro; drawn at Nemuro city centre '
                                            '(approximate). Island stops: see the projects layer.'),
    },
}
for name, moves in MOVED.items():
    for f in L[name]:
        if f['id'] in moves:
            lon, lat, note = moves[f['id']]
            if f['geometry']['coordinates'] != [lon, lat] or f['properties'].get('location_note') != note:
                f['geometry']['coordinates'] = [lon, lat]
                f['properties']['location_note'] = note
                changed += 1

# ---------------------------------------------------------------- known only to the island: at its label point
# build.py spread these on a 3 km grid around the island's label point; the map lists them at the island instead
# of drawing them, but the coordinates still travel with every export (KML, GeoPackage, CSV). They all take the
# island's sourced label point, which says no more than the source does.
for name in ('military', 'projects', 'events'):
    for f in L[name]:
        p = f['properties']
        if p.get('precision') != 'island' or p.get('island') not in facts.LABEL:
            continue
        lon, lat, note = island_label(p['island'])
        if f['geometry']['coordinates'] != [lon, lat] or not p['location_note'].endswith(note):
            f['geometry']['coordinates'] = [lon, lat]
            p['location_note'] = p['location_note'].split(' Its coordinates are')[0] + note
            changed += 1

# ---------------------------------------------------------------- places: renaming dates
for f in L['places']:
    if f['id'] not in RENAMING:
        continue
    p = f['properties']
    note, key = RENAMING[f['id']]
    former = p['former_names'][0]
    if former['valid_to'] != RENAMED_1947:
        former['valid_to'] = RENAMED_1947
        former['date_note'] = note
        changed += 1
    if key and '[%s]' % key not in p['source']:
        p['source'] += '; [%s] %s' % (key, NEW_SOURCES[key][0])
    if f['id'] == 'golovnino':
        p['description'] = p['description'].replace('called Tomari (泊) until 1946, renamed Golovnino in 1947',
                                                    'called Tomari (泊) until the decree of 15 Oct 1947 renamed it '
                                                    'Golovnino')

# ---------------------------------------------------------------- the peace treaty from the UN Treaty Series
UNTS_1832 = 'https://treaties.un.org/doc/Publication/UNTS/Volume%20136/volume-136-I-1832-English.pdf'
S22 = ('Treaty of Peace with Japan, signed at San Francisco on 8 September 1951: United Nations Treaty Series vol. '
       '136, No. 1832 (registered by the United States on 21 Aug 1952; was a private site\'s copy of the text)')
for f in L['events']:
    p = f['properties']
    if '[S22] San Francisco Peace Treaty text' in p.get('source', ''):
        p['source'] = p['source'].replace('[S22] San Francisco Peace Treaty text',
                                          '[S22] Treaty of Peace with Japan, UNTS vol. 136, No. 1832')
        p['source_url'] = UNTS_1832
        changed += 1
for name, features in L.items():
    save(name, features)

# ---------------------------------------------------------------- the source key
path = os.path.join(DATA, 'SOURCES.md')
src = open(path, encoding='utf-8').read()
rows = ''.join('| %s | %s | %s |\n' % (k, t.replace('|', '\\|'), u) for k, (t, u) in NEW_SOURCES.items()
               if '| %s |' % k not in src)
if rows:
    src = src.replace('<!-- source-key:end -->', rows + '<!-- source-key:end -->')
s22_old = '| S22 | San Francisco Peace Treaty text | http://vcn.bc.ca/alpha/sfpt/SanFranciscoPeaceTreaty1951.htm |'
src = src.replace(s22_old, '| S22 | %s | %s |' % (S22, UNTS_1832))
open(path, 'w', encoding='utf-8').write(src)
print('corrections 2026: changed', changed)
