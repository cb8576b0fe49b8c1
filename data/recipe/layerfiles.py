# The bundled layer files as the recipe writes them: a FeatureCollection with one feature per line (compact JSON,
# UTF-8), so that a change shows as a line in `git diff`; and where a feature known only to its island is stored.
# Shared by the correction steps.
import json, os

import facts

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def load(name):
    lines = open(os.path.join(DATA, name + '.geojson'), encoding='utf-8').read().rstrip('\n').split('\n')
    assert lines[0] == '{"type":"FeatureCollection","features":[' and lines[-1] == ']}'
    return [json.loads(l.rstrip(',')) for l in lines[1:-1]]


def save(name, features):
    out = ['{"type":"FeatureCollection","features":[']
    out += [json.dumps(f, ensure_ascii=False, separators=(',', ':')) + (',' if i < len(features) - 1 else '')
            for i, f in enumerate(features)]
    out.append(']}')
    open(os.path.join(DATA, name + '.geojson'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')


def island_label(island):
    """(lon, lat, note) of the sourced label point where a feature known only to its island is stored."""
    lat, lon, keys = facts.LABEL[island]
    return lon, lat, (' Its coordinates are the island\'s label point (%.3f, %.3f [%s]), the same for every such '
                      'feature.' % (lat, lon, keys[0]))
