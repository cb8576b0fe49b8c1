# Confidence regraded where every cited source is a republication (an aggregator or a blog), not the original
# outlet or a primary text: `high` needs a primary source or a major outlet (README, "Sources"). Idempotent: run
# after corrections_2024.py; running it again changes nothing.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layerfiles import load, save  # noqa: E402


HAMBURG = ('Rests on one Stratfor analysis (a private intelligence firm: neither a primary source nor a news outlet): '
           'medium until MOFA\'s or the Kremlin\'s account of the 7 Jul 2017 Hamburg meeting, or a wire story, is '
           'cited.')

REGRADE = {  # layer: {id: source_note}
    'military': {
        'mil-bastion-iturup': 'Seen only as republished (RFE/RL by WorldTribune; TASS by 5hotnews): medium until '
                              'the original RFE/RL or TASS story, or the Pacific Fleet\'s own announcement, is cited.',
        'mil-bal-kunashir': 'Seen only as republished (RFE/RL by WorldTribune; TASS by 5hotnews): medium until '
                            'the original RFE/RL or TASS story, or the Pacific Fleet\'s own announcement, is cited.',
        'mil-18th-division-hq': 'The HQ\'s place rests on a blog (hoppou.blog, quoting Sakhalin-Info) and '
                                'Wikipedia: medium until a primary or major-outlet source is cited.',
    },
    'places': {
        'goryachiye-klyuchi': 'Rests on ru-Wikipedia and a blog (hoppou.blog): medium until a primary or '
                              'major-outlet source is cited.',
    },
    'events': {
        'ev-2021-eef': 'Cited from UAWire, an aggregator: medium until the Kremlin transcript or a wire story '
                       'is cited.',
        'ev-2017-hamburg': HAMBURG,
    },
    'projects': {f'jea-hamburg-{k}': HAMBURG for k in ('salmon-fishing', 'hospitality', 'transportation',
                                                      'wind-diesel', 'medical-care')},
}

for layer, notes in REGRADE.items():
    fs = load(layer)
    ids = {f['id']: f for f in fs}
    for fid, note in notes.items():
        p = ids[fid]['properties']
        p['confidence'] = 'medium'
        p['source_note'] = note
    save(layer, fs)
