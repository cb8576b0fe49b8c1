#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Builds Claimscape's bundled layers (data/*.geojson, data/catalog.json) from the prepared basemap and the fact sheet.

Usage: /usr/bin/python3 data/recipe/build.py [BASEMAP_DIR] [FACTS_MD]
Defaults: /work/shared/data/basemap and /work/shared/research/kurils-facts.md. Writes into the data/ folder that holds
this recipe. Needs Debian's python3-shapely (1.8) and python3-pyproj (apt-get install python3-shapely python3-pyproj).
Deterministic: the same inputs give byte-identical outputs.
"""
import json
import math
import os
import re
import sys

from pyproj import Geod
from shapely.geometry import LineString, MultiPolygon, Point, box, mapping, shape
from shapely.geometry.polygon import orient
from shapely.ops import nearest_points, unary_union
from shapely.validation import make_valid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import facts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BASEMAP = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "input")
FACTS_MD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "input", "kurils-facts.md")
GEOD = Geod(ellps="WGS84")
REPAIRS = []  # (file, id, what) for SOURCES.md

# ----------------------------------------------------------------------------------------------- sources


def read_source_key(path):
    """The [Sxx] table of the fact sheet: id -> (title, first URL)."""
    key = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\| (S\d{2,3}) \| (.+?) \| (.+?) \|\s*$", line)
        if m:
            urls = re.findall(r"https?://[^\s;|)]+", m.group(3))
            title = m.group(2).strip()
            if urls:  # the fact sheet shortens commit hashes that its URL gives in full; a citation writes them out
                title = re.sub(r"commit ([0-9a-f]{7,})…", lambda h: "commit " + next(
                    (x for x in re.findall(r"[0-9a-f]{40}", urls[0]) if x.startswith(h.group(1))), h.group(0)), title)
            key[m.group(1)] = (title, urls[0] if urls else None)
    return key


SRC = read_source_key(FACTS_MD)
USED = set()


def cite(ids, extra=None, url=None):
    """Source text and URL for a row: '[S45] title; [S46] title; extra'. URL = first keyed source's URL."""
    parts, first_url = [], None
    for i in ids:
        title, u = SRC[i]
        USED.add(i)
        parts.append("[%s] %s" % (i, title))
        if first_url is None and u:
            first_url = u
    if extra:
        parts.append(extra)
    return "; ".join(parts), first_url or url


# ----------------------------------------------------------------------------------------------- geometry helpers

def r6(geom):
    """Rounds coordinates to 6 decimals (about 0.1 m)."""
    def rc(c):
        return [round(c[0], 6), round(c[1], 6)]

    g = mapping(geom)
    t = g["type"]
    if t == "Point":
        return {"type": t, "coordinates": rc(g["coordinates"])}
    if t == "LineString":
        return {"type": t, "coordinates": [rc(c) for c in g["coordinates"]]}
    if t == "Polygon":
        return {"type": t, "coordinates": [[rc(c) for c in ring] for ring in g["coordinates"]]}
    if t == "MultiPolygon":
        return {"type": t, "coordinates": [[[rc(c) for c in ring] for ring in poly] for poly in g["coordinates"]]}
    raise ValueError(t)


def polygonal(geom):
    """Only the polygonal part of a geometry, as Polygon or MultiPolygon."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = []
    for g in getattr(geom, "geoms", []):
        if g.geom_type == "Polygon":
            polys.append(g)
        elif g.geom_type == "MultiPolygon":
            polys.extend(g.geoms)
    return MultiPolygon(polys) if len(polys) != 1 else polys[0]


def clean_area(geom, fname, fid):
    """Rounds, repairs if rounding broke validity (recorded), orients rings RFC 7946 style (exterior CCW)."""
    g = shape(r6(geom))
    if not g.is_valid:
        REPAIRS.append((fname, fid, "make_valid after rounding to 6 decimals"))
        g = polygonal(make_valid(g))
        g = shape(r6(g))
    if g.geom_type == "Polygon":
        g = orient(g, 1.0)
    else:
        g = MultiPolygon([orient(p, 1.0) for p in g.geoms])
    assert g.is_valid, (fname, fid)
    return r6(g)


def move(lat, lon, dx_km, dy_km):
    """Point dx km east and dy km north of (lat, lon), geodesic."""
    lo, la = lon, lat
    if dx_km:
        lo, la, _ = GEOD.fwd(lo, la, 90 if dx_km > 0 else 270, abs(dx_km) * 1000)
    if dy_km:
        lo, la, _ = GEOD.fwd(lo, la, 0 if dy_km > 0 else 180, abs(dy_km) * 1000)
    return la, lo


def area_km2(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def dist_km(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def write(name, obj):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        if "features" in obj:
            f.write('{"type":"FeatureCollection","features":[\n')
            for i, feat in enumerate(obj["features"]):
                f.write(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
                f.write(",\n" if i < len(obj["features"]) - 1 else "\n")
            f.write("]}\n")
        else:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return path


def feature(fid, geom, props):
    return {"type": "Feature", "id": fid, "properties": props, "geometry": geom}


# ----------------------------------------------------------------------------------------------- basemap

ROMAJI = {  # land polygons named by the basemap (Russian-derived English names) -> Japanese romaji
    "Iturup": "Etorofu", "Kunashir": "Kunashiri", "Shikotan": "Shikotan", "Zelyony": "Shibotsu",
    "Polonsky": "Taraku", "Yuri": "Yuri", "Anuchina": "Akiyuri", "Tanfilyev": "Suisho",
    "Urup": "Uruppu", "Simushir": "Shimushiru", "Hokkaido": "Hokkaido", "Sakhalin": "Karafuto",
}

land_src = json.load(open(os.path.join(BASEMAP, "kurils-land-hires.geojson"), encoding="utf-8"))
LAND = [shape(f["geometry"]) for f in land_src["features"]]
LPROPS = [dict(f["properties"]) for f in land_src["features"]]
NAMED = {p["name_en"]: i for i, p in enumerate(LPROPS) if p.get("name_en")}


def largest_where(pred):
    best, ba = None, -1
    for i, g in enumerate(LAND):
        c = g.representative_point()
        if pred(c, LPROPS[i]):
            a = g.area
            if a > ba:
                best, ba = i, a
    return best


# anchors the basemap does not name, identified by geometry (see SOURCES.md)
KAMCHATKA = largest_where(lambda c, p: p["country"] == "RU" and c.y > 50.9 and c.x > 156.4)
PARAMUSHIR = largest_where(lambda c, p: p["country"] == "RU" and 50.0 < c.y < 50.9 and 155.0 < c.x < 156.2)
SHUMSHU = largest_where(lambda c, p: p["country"] == "RU" and 50.6 < c.y < 50.9 and c.x > 156.2)
MATUA = next(i for i, g in enumerate(LAND) if g.contains(Point(153.22, 48.08)))
EXTRA_NAMES = {  # names from the fact sheet (§A.3, §B.1): en, ja, ja_latn, ru
    PARAMUSHIR: ("Paramushir", "幌筵島", "Paramushiru", "Парамушир"),
    SHUMSHU: ("Shumshu", None, "Shumushu", None),
    MATUA: ("Matua", "松輪島", "Matsuwa", "Матуа"),
}
assert KAMCHATKA is not None and PARAMUSHIR is not None and SHUMSHU is not None
assert area_km2(LAND[PARAMUSHIR]) > 1500 and 300 < area_km2(LAND[SHUMSHU]) < 500

# island assignment of the disputed polygons
HABOMAI_NAMED = {"Zelyony": "habomai-zelyony", "Polonsky": "habomai-polonsky", "Yuri": "habomai-yuri",
                 "Anuchina": "habomai-anuchina", "Tanfilyev": "habomai-tanfilyeva"}
MAIN = {"Iturup": "iturup", "Kunashir": "kunashir", "Shikotan": "shikotan"}
MAIN.update(HABOMAI_NAMED)
HABOMAI_ATTACH_KM = 1.5  # a small polygon within this distance of a named islet belongs to it


def km_between(a, b):
    p, q = nearest_points(a, b)
    return dist_km((p.x, p.y), (q.x, q.y))


ASSIGN = {}
for i, p in enumerate(LPROPS):
    if not p["disputed_jp_ru"]:
        continue
    if p.get("name_en") in MAIN:
        ASSIGN[i] = MAIN[p["name_en"]]
        continue
    d = {n: km_between(LAND[i], LAND[NAMED[n]]) for n in MAIN}
    n = min(d, key=d.get)
    if n in HABOMAI_NAMED and d[n] > HABOMAI_ATTACH_KM:
        ASSIGN[i] = "habomai-other"
    else:
        ASSIGN[i] = MAIN[n]


def is_kuril(i):
    """Kuril chain polygon: Russian-held, east of Sakhalin, not Kamchatka or islets nearest to it."""
    p = LPROPS[i]
    if p["country"] != "RU":
        return False
    c = LAND[i].representative_point()
    if c.x < 145.3:
        return False
    if i == KAMCHATKA:
        return False
    return LAND[i].distance(LAND[KAMCHATKA]) > LAND[i].distance(LAND[SHUMSHU]) or c.y < 50.6


KURIL = [i for i in range(len(LAND)) if is_kuril(i)]
FOUR = [i for i in KURIL if LPROPS[i]["disputed_jp_ru"]]
assert set(FOUR) == set(ASSIGN), "disputed polygons must all be in the chain"
PARAMUSHIR_S = LAND[PARAMUSHIR].bounds[1]
NORTH = [i for i in KURIL if not LPROPS[i]["disputed_jp_ru"] and LAND[i].representative_point().y >= PARAMUSHIR_S - 0.05]
CENTRAL = [i for i in KURIL if not LPROPS[i]["disputed_jp_ru"] and i not in NORTH]


def union_of(idx):
    return unary_union([LAND[i] for i in idx])


def group(name):
    return [i for i, n in ASSIGN.items() if n == name or (name == "habomai" and n.startswith("habomai"))]


# ----------------------------------------------------------------------------------------------- land, lakes, countries, overview

def build_basemap():
    out = []
    for i, f in enumerate(land_src["features"]):
        p = dict(f["properties"])
        n = p.get("name_en")
        if n in ROMAJI:
            p["name_ja_latn"] = ROMAJI[n]
        if i in EXTRA_NAMES:
            en, ja, latn, ru = EXTRA_NAMES[i]
            p["name_en"] = en
            for k, v in (("name_ja", ja), ("name_ja_latn", latn), ("name_ru", ru)):
                if v:
                    p[k] = v
        fid = "land-%04d" % (i + 1)
        out.append(feature(fid, clean_area(LAND[i], "land.geojson", fid), p))
    write("land.geojson", fc(out))

    lakes = json.load(open(os.path.join(BASEMAP, "kurils-lakes-hires.geojson"), encoding="utf-8"))
    out = []
    for i, f in enumerate(lakes["features"]):
        fid = "lake-%04d" % (i + 1)
        out.append(feature(fid, clean_area(shape(f["geometry"]), "lakes.geojson", fid), dict(f["properties"])))
    write("lakes.geojson", fc(out))

    dcw = json.load(open(os.path.join(BASEMAP, "kurils-countries-dcw.geojson"), encoding="utf-8"))
    out = []
    names = {"JP": ("Japan", "日本", "Nihon", "Япония"), "RU": ("Russia", "ロシア", "Roshia", "Россия")}
    for i, f in enumerate(dcw["features"]):
        fid = "country-%04d" % (i + 1)
        p = dict(f["properties"])
        en, ja, latn, ru = names[p["country"]]
        p.update({"name_en": en, "name_ja": ja, "name_ja_latn": latn, "name_ru": ru,
                  "note": "De facto (DCW-GMT): the four disputed islands lie in the RU polygons."})
        out.append(feature(fid, clean_area(shape(f["geometry"]), "countries.geojson", fid), p))
    write("countries.geojson", fc(out))

    ne = json.load(open(os.path.join(BASEMAP, "kurils-land-10m.geojson"), encoding="utf-8"))
    geoms = ne["geometries"] if ne["type"] == "GeometryCollection" else [f["geometry"] for f in ne["features"]]
    out = []
    for i, g in enumerate(geoms):
        fid = "land-overview-%04d" % (i + 1)
        out.append(feature(fid, clean_area(shape(g), "land-overview.geojson", fid),
                           {"source": "Natural Earth 1:10m land v4.1.0 (npm world-atlas 2.0.2), public domain"}))
    write("land-overview.geojson", fc(out))


# ----------------------------------------------------------------------------------------------- islands

ISLANDS = [
    # id, en, ja, ja_latn, ru, group, published, area_source ids, alt, alt text, confidence, src ids, description
    ("iturup", "Iturup / Etorofu", "択捉島", "Etorofu", "Итуруп", None, 3168, ["S01"], 3139,
     "[S06] en-wiki 3,139 km²; also 3,174.71 (ru-wiki), 3,182.65 [S102], 3,184 (older JP list)", "high",
     ["S01", "S02", "S06"],
     "Largest of the four islands; 3,167 km² main island only [S01]. Length 204 km [S04] / 200 km [S06]. "
     "RU: Kurilsky district, Sakhalin Oblast; JP: Nemuro Subprefecture (pre-war counties Shibetoro, Shana, Etorofu). "
     "Population ~6,400 (Jan 2018) [S03]."),
    ("kunashir", "Kunashir / Kunashiri", "国後島", "Kunashiri", "Кунашир", None, 1490, ["S01"], None,
     "[S07] also gives 1,490 km²; 1,498.83 is often quoted but was not found in the sources read", "high",
     ["S01", "S07"],
     "1,489 km² main island only [S01]. Length 122 km [S04] / 123 km [S07]; 16 km off the Notsuke Peninsula [S04]. "
     "RU: Yuzhno-Kurilsky district; JP: Kunashiri county, Nemuro Subprefecture. Population ~8,500 (Jan 2018) [S03]."),
    ("shikotan", "Shikotan", "色丹島", "Shikotan", "Шикотан", None, 251, ["S01"], 252.8,
     "[S10] ru-wiki 252.8 km²; also 253.33 (JP village unit), 255 (kuril.info), 225 [S09], 250.16 (Nipponica)",
     "medium", ["S01", "S10"],
     "248 km² main island only [S01]; sources disagree on the area. Historic Russian alt. name Shpanberg. "
     "RU: Yuzhno-Kurilsky district; JP: Shikotan county. Population ~3,000 (Jan 2018) [S03]. Includes offshore islets "
     "such as Griega and Aivazovskogo [S96]."),
    ("habomai-zelyony", "Zelyony / Shibotsu", "志発島", "Shibotsu", "Зелёный", "habomai", 58, ["S01"], 60,
     "[S12] 60 km²", "high", ["S01", "S12", "S11"],
     "Largest Habomai islet. Habomai group: 95 km² [S01][S02] (100 [S08]; 102 Brockhaus); only border guards are "
     "stationed there [S03]. Russian name transliterated from [S12] (verify)."),
    ("habomai-polonsky", "Polonsky / Taraku", "多楽島", "Taraku", "Полонского", "habomai", 11, ["S01"], 12,
     "[S12] 12 km²", "high", ["S01", "S12"], "Habomai islet (RU 'Polonskogo'). Includes two small adjacent islets."),
    ("habomai-yuri", "Yuri", "勇留島", "Yuri", "Юрий", "habomai", 10, ["S01"], None, None, "high", ["S01", "S12"],
     "Habomai islet. Includes one small adjacent islet."),
    ("habomai-anuchina", "Anuchina / Akiyuri", "秋勇留島", "Akiyuri", "Анучина", "habomai", 2, ["S01"], 3,
     "[S12] ~3 km²", "high", ["S01", "S12"], "Habomai islet."),
    ("habomai-tanfilyeva", "Tanfilyeva / Suisho", "水晶島", "Suisho", "Танфильева", "habomai", 12, ["S01"], 14,
     "[S12] 14 km²", "high", ["S01", "S12"], "Habomai islet (JP Suishō)."),
    ("habomai-other", "Other Habomai islets", "歯舞群島（小島）", "Habomai guntō (small islets)",
     "острова Хабомаи (малые)", "habomai", None, ["S01"], None, None, "medium", ["S01", "S11"],
     "GSHHG polygons flagged disputed that lie more than 1.5 km from any named islet. The sources list further "
     "islets without positions: Todo (under 1 km² [S01]), Harukarimoshiri, Odoke, Moemoshiri, Gome [S11], so these "
     "polygons are not named individually. One of the two small polygons ~3 km SW of Tanfilyeva lies 1.2–1.4 km ESE "
     "of Kaigara's published position and may be Kaigara (not confirmed)."),
]


def name_note(langs):
    """The name_note marking Claimscape's own translations: langs is "ja/ru", "ja" or "ru"."""
    return "ja/ru names translated for Claimscape" if langs == "ja/ru" else "%s name translated for Claimscape" % langs


def composed_note(fid):
    return {"name_note": name_note(facts.COMPOSED_NAMES[fid])} if fid in facts.COMPOSED_NAMES else {}


# Russian-administered residents, Jan 2018, rounded as the source gives them [S03]; the main settlement's id in
# places.geojson. Habomai has no residents: only border guards are stationed there [S03].
POPULATION = {"iturup": 6400, "kunashir": 8500, "shikotan": 3000}
MAIN_SETTLEMENT = {"iturup": "kurilsk", "kunashir": "yuzhno-kurilsk", "shikotan": "malokurilskoye"}
HABOMAI_AREA = 95  # the group's published area [S01][S02]; the named islets alone sum to 93


def fact_box(fid, grp):
    """The island page's fact box properties (population with date and source, main settlement)."""
    p = {}
    if fid in POPULATION:
        p["population_approx"] = POPULATION[fid]
        p["population_date"] = "2018-01"
        p["population_source"] = cite(["S03"])[0]
    if fid in MAIN_SETTLEMENT:
        p["main_settlement"] = MAIN_SETTLEMENT[fid]
    if grp == "habomai":
        p["group_area_km2_published"] = HABOMAI_AREA
        p["group_area_source"] = cite(["S01", "S02"])[0]
        p["population_note"] = "No residents; only border guards are stationed there (Jan 2018) [S03]"
        p["population_source"] = cite(["S03"])[0]
    return p


def build_islands():
    out = []
    for (fid, en, ja, latn, ru, grp, pub, asrc, alt, alttext, conf, src, desc) in ISLANDS:
        idx = group(fid)
        geom = union_of(idx)
        p = {"name_en": en, "name_ja": ja, "name_ja_latn": latn, "name_ru": ru, **composed_note(fid), "type": "island"}
        if grp:
            p["group"] = grp
        if pub is not None:
            p["area_km2_published"] = pub
            p["area_source"] = cite(asrc)[0] + " (GSI 2020 figure)"
        else:
            p["area_source"] = "No published area for these islets individually; Todo and Kaigara are each under 1 km² [S01]"
        if alt is not None:
            p["area_km2_alt"] = alt
        if alttext:
            p["area_alt_source"] = alttext
        p.update(fact_box(fid, grp))
        p["area_km2_gshhg"] = round(area_km2(geom), 2)
        p["polygon_count"] = len(idx)
        s, u = cite(src)
        p.update({"source": s, "source_url": u, "confidence": conf, "precision": "exact",
                  "description": desc + " Geometry: union of %d GSHHG 2.3.7 full-resolution polygons; geodesic area "
                                        "of this geometry %.1f km² (GSHHG areas run a few %% above the GSI figures)."
                                        % (len(idx), area_km2(geom))})
        out.append(feature(fid, clean_area(geom, "islands.geojson", fid), p))
    # Kaigara / Signalny: in no source polygon
    s, u = cite(["S02", "S04", "S12", "S108"])
    out.append(feature("habomai-kaigara", r6(Point(145.859, 43.395)), {
        "name_en": "Signalny / Kaigara", "name_ja": "貝殻島", "name_ja_latn": "Kaigara", "name_ru": "Сигнальный",
        "type": "site", "group": "habomai", "area_source": "Under 1 km² [S01] (published without a figure)",
        "source": s, "source_url": u, "confidence": "high", "precision": "approximate",
        "location_note": "Kaigara (a ~200 m rock) is in no source polygon. Point at its published position "
                         "43.395 N, 145.859 E (as recorded in the basemap README), consistent with '3.7 km off Cape "
                         "Nosappu' [S02][S04]; the nearest GSHHG islet lies about 1.2 km ESE.",
        "description": "Closest Habomai islet to Hokkaido, 3.7 km off Cape Nosappu. Russian name 'Signalny' "
                       "('Signal Island') [S108] (Med).",
        **fact_box("habomai-kaigara", "habomai")}))
    write("islands.geojson", fc(out))
    return out


# ----------------------------------------------------------------------------------------------- claims

NE_JAPANESE_CLAIM = [  # Natural Earth ne_10m_admin_0_boundary_lines_disputed_areas, NAME "Japanese claim" [S92]
    [149.359335, 45.182721], [149.30354, 45.256682], [149.235797, 45.346484], [149.185787, 45.412687],
    [149.159619, 45.481863], [149.139507, 45.56415], [149.117394, 45.65452], [149.102959, 45.713586],
    [149.064032, 45.822689], [149.038027, 45.895758], [149.018131, 45.951553], [149.000776, 45.9964],
    [148.958659, 46.06755], [148.915515, 46.140402], [148.897512, 46.17076]]


def strait_line(a, b, half_km):
    """A line across the strait between polygons a and b: the perpendicular bisector of their closest points."""
    p, q = nearest_points(a, b)
    mx, my = (p.x + q.x) / 2, (p.y + q.y) / 2
    az = GEOD.inv(p.x, p.y, q.x, q.y)[0]
    ends = [GEOD.fwd(mx, my, az + s * 90, half_km * 1000)[:2] for s in (-1, 1)]
    pts = [ends[0], (mx, my), ends[1]]
    return LineString(pts), dist_km((p.x, p.y), (q.x, q.y))


RU_NAMES = {"iturup": "Итуруп", "kunashir": "Кунашир", "shikotan": "Шикотан", "habomai": "острова Хабомаи",
            "north": "от Урупа до Шумшу"}
JA_NAMES = {"iturup": "択捉島", "kunashir": "国後島", "shikotan": "色丹島", "habomai": "歯舞群島", "north": "得撫島以北"}


def build_claims():
    four = union_of(FOUR)
    yuzhno = union_of(group("kunashir") + group("shikotan") + group("habomai"))
    iturup = union_of(group("iturup"))
    central, north = union_of(CENTRAL), union_of(NORTH)
    chain = union_of(KURIL)
    two = union_of(group("shikotan") + group("habomai"))
    urup_north = union_of(CENTRAL + NORTH)
    urup = LAND[NAMED["Urup"]]
    shimoda, vries_km = strait_line(LAND[NAMED["Iturup"]], urup, 40)
    lopatka, first_km = strait_line(LAND[SHUMSHU], LAND[KAMCHATKA], 9)
    for ln, nm in ((shimoda, "1855"), (lopatka, "1875")):
        hit = [i for i, g in enumerate(LAND) if g.intersects(ln)]
        assert not hit, (nm, hit)

    out = []

    def add(fid, geom, claim, party, kind, en, ja, latn, ru, vf, vt, basis, src, conf, desc, date_note=None,
            precision="exact", extra=None, location_note=None):
        s, u = cite(src, extra)
        p = {"name_en": en}
        for k, v in (("name_ja", ja), ("name_ja_latn", latn), ("name_ru", ru)):
            if v:
                p[k] = v
        p.update(composed_note(fid))
        p.update({"type": kind, "kind": kind, "claim": claim, "party": party})
        if vf:
            p["valid_from"] = vf
        if vt:
            p["valid_to"] = vt
        if date_note:
            p["date_note"] = date_note
        p.update({"basis": basis, "source": s, "source_url": u, "confidence": conf, "precision": precision,
                  "description": desc})
        if location_note:
            p["location_note"] = location_note
        g = r6(geom) if geom.geom_type == "LineString" else clean_area(geom, "claims.geojson", fid)
        out.append(feature(fid, g, p))

    # Japan's current claim
    add("jp-claim", four, "jp-claim", "JP", "claim-area", "Japan's claim: the four islands (Northern Territories)",
        "北方領土（北方四島）", "Hoppō Ryōdo", "Южные Курилы (претензия Японии)", "1945-08-28", None,
        "Japan: the four islands are an inherent part of Japanese territory, not part of the 'Kurile Islands' renounced "
        "in 1951, and are occupied by Russia without legal grounds [S02][S23].",
        ["S02", "S01", "S23"], "high",
        "Etorofu, Kunashiri, Shikotan and the Habomai islets, 5,003 km² (GSI 2020) [S01]. Japan's aim: conclude a peace "
        "treaty after resolving the attribution of all four islands [S104][S27]. Russia's position: see ru-admin. "
        "Natural Earth models the same four islands as the disputed area 'Kuril Is.' (B29, 'Admin. by Russia; Claimed "
        "by Japan'; ADM0_A3_JP = JPN, other points of view RUS) [S91]; its default themes follow the 'on the ground' "
        "rule [S94].",
        date_note="The islands came under dispute with the Soviet landing on Etorofu on 28 Aug 1945; all four were "
                  "occupied by 5 Sep 1945 [S16][S17]. Before that they were Japanese (see jp-sovereignty features).")
    add("jp-claim-line-ne", LineString(NE_JAPANESE_CLAIM), "jp-claim", "JP", "boundary-line",
        "Japanese claim line (Natural Earth)", "日本の主張線", None, "Линия претензий Японии", "1945-08-28", None,
        "Japan: the boundary runs between Etorofu and Uruppu, as fixed by the 1855 Treaty of Shimoda [S02][S15].",
        ["S92"], "high",
        "Natural Earth 1:10m 'Claim boundary' NAME='Japanese claim' (BRK_A3 B29) in the Iturup–Urup strait; "
        "FCLASS_JP and FCLASS_CN 'International boundary (verify)', FCLASS_RU/ISO/OSM 'Unrecognized'. Public domain.",
        date_note="Dated with jp-claim (28 Aug 1945).",
        location_note="Vertices copied from Natural Earth (bbox 148.897512–149.359335 E, 45.182721–46.17076 N, as in "
                      "[S92]).")

    # Japanese sovereignty before the occupation, per island (for the time slider)
    ends = [("jp-sovereignty-iturup", group("iturup"), "Iturup / Etorofu", "択捉島", "Etorofu", "1945-08-27",
             "Soviet landing on Etorofu 28 Aug 1945 [S16]"),
            ("jp-sovereignty-kunashir", group("kunashir"), "Kunashir / Kunashiri", "国後島", "Kunashiri", "1945-08-31",
             "Kunashiri reached 1 Sep 1945 [S16]"),
            ("jp-sovereignty-shikotan", group("shikotan"), "Shikotan", "色丹島", "Shikotan", "1945-08-31",
             "Shikotan reached 1 Sep 1945 [S16]"),
            ("jp-sovereignty-habomai", group("habomai"), "Habomai", "歯舞群島", "Habomai guntō", "1945-09-02",
             "Habomai reached 3 Sep 1945 [S16]")]
    for fid, idx, en, ja, latn, vt, why in ends:
        add(fid, union_of(idx), "jp-sovereignty", "JP", "administration", "Japanese sovereignty 1855–1945: " + en,
            ja, latn, "Суверенитет Японии 1855–1945: " + RU_NAMES[fid.split("-")[-1]], "1855-02-07", vt,
            "Treaty of Shimoda (1855): the boundary runs between Etorofu and Uruppu, Etorofu and the islands south of "
            "it being Japanese [S15][S13].", ["S15", "S13", "S16"], "high" if fid != "jp-sovereignty-iturup" else "high",
            "Japanese territory from the 1855 treaty until the Soviet occupation (pre-war: Nemuro Subprefecture, "
            "Hokkaido [S01]); 17,291 Japanese residents on 15 Aug 1945 [S04][S01].",
            date_note="Ends the day before: " + why + " (Med, the account follows the Japanese government text).")

    # Shimoda 1855
    add("shimoda-1855", shimoda, "shimoda-1855", "JP-RU", "boundary-line", "Shimoda boundary (1855), Vries Strait",
        "日露和親条約の境界（択捉・得撫間）", "Nichiro washin jōyaku no kyōkai", "Граница по Симодскому трактату (пролив Фриза)",
        "1855-02-07", "1875-08-22",
        "Treaty of Shimoda, Art. 2: the boundary lies 'between Etorofu and Uruppu'; Etorofu wholly Japanese, Urup and "
        "the islands north of it Russian; Sakhalin undivided [S15][S13].", ["S15", "S13", "S17"], "high",
        "Boundary of the 1855 treaty in the Vries Strait (пролив Фриза) between Iturup and Urup; the same strait is the "
        "north edge of Japan's current claim.",
        date_note="Signed 7 Feb 1855; superseded when the 1875 ratifications were exchanged (22 Aug 1875).",
        precision="approximate",
        location_note="The treaty gives no coordinates: drawn as the perpendicular bisector of the closest points of "
                      "the Iturup and Urup polygons (%.1f km apart in GSHHG; 37 km per [S06]), 40 km each way." % vries_km)
    add("shimoda-1855-jp", four, "shimoda-1855", "JP", "claim-area", "Shimoda 1855: Japanese side (four islands)",
        "日露和親条約：日本側", None, "Симодский трактат: японская сторона", "1855-02-07", "1875-08-22",
        "Treaty of Shimoda: Etorofu and the islands south of it are Japanese [S15].", ["S15", "S13"], "high",
        "Islands on the Japanese side of the 1855 line.")
    add("shimoda-1855-ru", urup_north, "shimoda-1855", "RU", "claim-area",
        "Shimoda 1855: Russian side (Urup and the islands north)", "日露和親条約：ロシア側", None,
        "Симодский трактат: российская сторона", "1855-02-07", "1875-08-22",
        "Treaty of Shimoda: Urup and the islands north of it are Russian [S15].", ["S15", "S13"], "high",
        "Islands on the Russian side of the 1855 line, within the data extent (north to Shumshu).")

    # St Petersburg 1875
    add("st-petersburg-1875", chain, "st-petersburg-1875", "JP-RU", "claim-area",
        "Treaty of Saint Petersburg (1875): whole chain Japanese", "樺太・千島交換条約", "Karafuto-Chishima kōkan jōyaku",
        "Петербургский договор (1875)", "1875-08-22", "1945-08-17",
        "Treaty of Saint Petersburg: Russia cedes the 18 Kurile islands Shumushu–Uruppu to Japan in exchange for "
        "Sakhalin; the boundary lies in the strait between Cape Lopatka and Shumshu [S13][S14].",
        ["S13", "S14"], "high",
        "The whole Kuril chain within the data extent: the 18 islands ceded in 1875 (Shumushu, Araido, Paramushiru, "
        "Makanrushi, Onekotan, Harimukotan, Ekaruma, Shasukotan, Mushiru, Raikoke, Matsua, Rasutsua, Suredonewa & "
        "Ushishiru, Ketoi, Shimushiru, Buroton, Cherupoi & Brat Cherupoefu, Uruppu [S13]) plus the four southern "
        "islands, Japanese since 1855. The 1905 Treaty of Portsmouth left the Kurils Japanese.",
        date_note="From the exchange of ratifications (22 Aug 1875; signed 7 May 1875) until the day before the first "
                  "Soviet landing (Shumshu, 18 Aug 1945 [S105]); the southern islands were occupied 28 Aug–5 Sep 1945 "
                  "[S16].")
    add("st-petersburg-1875-line", lopatka, "st-petersburg-1875", "JP-RU", "boundary-line",
        "1875 boundary: Shumshu – Cape Lopatka strait", "樺太・千島交換条約の境界（占守島・ロパトカ岬間）", None,
        "Граница 1875 г. (Шумшу — мыс Лопатка)", "1875-08-22", "1945-08-17",
        "Treaty of Saint Petersburg, Art. 2: the boundary lies in the strait between Cape Lopatka (Kamchatka) and "
        "Shumshu [S13].", ["S13", "S14"], "high",
        "Boundary between Japan and Russia in the First Kuril Strait, 1875–1945.",
        date_note="As st-petersburg-1875.", precision="approximate",
        location_note="The treaty gives no coordinates: drawn as the perpendicular bisector of the closest points of "
                      "the Shumshu and Kamchatka polygons (%.1f km apart in GSHHG), 9 km each way." % first_km)

    # Soviet occupation 1945
    occ = [("soviet-occupation-1945-north", CENTRAL + NORTH, "Urup to Shumshu", "1945-08-18", "medium",
            "Soviet landing on Shumshu on 18 Aug 1945 [S105]; the dates for Paramushir, the central islands and Urup "
            "are not in the sources.", ["S105"]),
           ("soviet-occupation-1945-iturup", group("iturup"), "Iturup / Etorofu", "1945-08-28", "medium",
            "Soviet landing on Etorofu 28 Aug 1945 [S16].", ["S16"]),
           ("soviet-occupation-1945-kunashir", group("kunashir"), "Kunashir / Kunashiri", "1945-09-01", "medium",
            "Kunashiri reached 1 Sep 1945 [S16].", ["S16"]),
           ("soviet-occupation-1945-shikotan", group("shikotan"), "Shikotan", "1945-09-01", "medium",
            "Shikotan reached 1 Sep 1945 [S16].", ["S16"]),
           ("soviet-occupation-1945-habomai", group("habomai"), "Habomai", "1945-09-03", "medium",
            "Habomai reached 3 Sep 1945 [S16]; all four islands occupied by 5 Sep 1945 [S16][S17].", ["S16", "S17"])]
    for fid, idx, en, vf, conf, note, src in occ:
        add(fid, union_of(idx), "soviet-occupation-1945", "USSR", "administration", "Soviet occupation 1945: " + en,
            "ソ連による占領（1945年）：" + JA_NAMES[fid.split("-")[-1]], None,
            "Советская оккупация 1945: " + RU_NAMES[fid.split("-")[-1]], vf, "1946-02-01",
            "USSR: the islands passed to the Soviet Union as a result of the Second World War, citing the Yalta "
            "agreement [S17][S25].", src, conf,
            "Military occupation after the USSR declared war on Japan (8/9 Aug 1945). Japanese residents (17,291 on "
            "the four islands in 1945) were forced to leave by 1949 [S04]. Japan's position is that the four islands "
            "remain occupied without legal grounds to this day [S02].",
            date_note=note + " Ends the day before the decree of 2 Feb 1946 placed the islands under Soviet civil "
                             "administration (see ru-admin).")

    # Russian administration
    ru_basis = ("Russia: the Southern Kurils became part of the USSR as a result of the Second World War and Russian "
                "sovereignty over them cannot be doubted [S25][S74]; since 2020 the constitution bars alienating "
                "territory [S34].")
    add("ru-admin-south-sakhalin-oblast-1946", chain, "ru-admin", "USSR", "administration",
        "South Sakhalin Oblast (1946): all Kurils", "南サハリン州（1946年）", None, "Южно-Сахалинская область (1946)", "1946-02-02",
        "1946-06-04", ru_basis, ["S19", "S20", "S21"], "high",
        "Presidium decree of 2 Feb 1946 creates South Sakhalin Oblast (South Sakhalin + Kurils) within Khabarovsk "
        "Krai; land nationalised.",
        date_note="Until the districts were formed on 5 Jun 1946 [S20] (Med); the oblast was merged into Sakhalin "
                  "Oblast on 2 Jan 1947.")
    add("ru-admin-yuzhno-kurilsky", yuzhno, "ru-admin", "RU", "administration",
        "Yuzhno-Kurilsky district: Kunashir, Shikotan, Habomai", "南クリル地区", "Minami-Kuriru chiku",
        "Южно-Курильский район", "1946-06-05", None, ru_basis, ["S07", "S08", "S10", "S20", "S05"], "high",
        "Russian administration (Sakhalin Oblast; Soviet Union until 1991): Kunashir, Shikotan and the Habomai islets; "
        "centre Yuzhno-Kurilsk.",
        date_note="District formed 5 Jun 1946 [S20] (one source, Med); membership of the islands High [S07][S08][S10].")
    add("ru-admin-kurilsky", iturup, "ru-admin", "RU", "administration", "Kurilsky district: Iturup", "クリル地区",
        "Kuriru chiku", "Курильский район", "1946-06-05", None, ru_basis, ["S06", "S20", "S05"], "high",
        "Russian administration (Sakhalin Oblast): Iturup; centre Kurilsk.",
        date_note="District formed 5 Jun 1946 [S20] (Med).")
    add("ru-admin-kurilsky-central", central, "ru-admin", "RU", "administration",
        "Kurilsky district (probable): Urup and the central islands", "クリル地区（推定）：得撫島と中部の島々", None,
        "Курильский район (предположительно): Уруп и средние Курилы", "1946-06-05", None, ru_basis, ["S05", "S20"],
        "low",
        "Urup and the central islands up to the Paramushir group. The fact sheet says they 'probably also' belong to "
        "the Kurilsky district (UNSOURCED); the district boundary in the central chain is a gap. Not part of the four "
        "disputed islands.",
        date_note="District formation 5 Jun 1946 [S20] (Med).",
        location_note="Membership by island is not sourced: all chain polygons between Iturup and the Paramushir group "
                      "(%d GSHHG polygons)." % len(CENTRAL))
    add("ru-admin-severo-kurilsky", north, "ru-admin", "RU", "administration",
        "Severo-Kurilsky district: Paramushir and the north", "北クリル地区", "Kita-Kuriru chiku", "Северо-Курильский район", "1946-06-05",
        None, ru_basis, ["S101", "S05", "S20"], "medium",
        "Paramushir and the islands north of its southern tip (incl. Shumshu), within the data extent; centre "
        "Severo-Kurilsk. Not part of the four disputed islands.",
        date_note="District formation 5 Jun 1946 [S20] (Med).",
        location_note="'Paramushir and the north' [S101]: all chain polygons whose interior point lies north of "
                      "Paramushir's southern tip (%d GSHHG polygons)." % len(NORTH))

    # Japan's renounced-but-undetermined areas (its official maps) and the 1905 line on Sakhalin
    sakhalin = LAND[NAMED["Sakhalin"]]
    south_sakhalin = sakhalin.intersection(box(139.0, 41.0, 157.0, 50.0))
    cut = sakhalin.intersection(LineString([(141.0, 50.0), (145.0, 50.0)]))
    xs = [c[0] for g in getattr(cut, "geoms", [cut]) for c in g.coords]
    line_1905 = LineString([(min(xs), 50.0), (max(xs), 50.0)])
    add("jp-renounced-undetermined", unary_union([urup_north, south_sakhalin]), "jp-renounced-undetermined", "JP",
        "claim-area", "Renounced by Japan in 1951, attribution undetermined (Japan's view)", "帰属未定地（日本の見解）",
        "Kizoku mitei-chi", "Территории, от которых Япония отказалась в 1951 г. (принадлежность не определена, "
        "позиция Японии)", "1951-09-08", None,
        "Japan: by the San Francisco Peace Treaty, Art. 2(c), it renounced the Kurile Islands (which do not include "
        "the four islands) and South Sakhalin, but the treaty names no beneficiary and the USSR did not sign [S22][S23].",
        ["S23", "S22"], "medium",
        "Japan's official maps show Urup and the islands north of it, and Sakhalin south of 50°N, in a colour different "
        "from Russia. Russia administers them (see ru-admin). The part of Sakhalin is clipped at 50°N from the GSHHG "
        "polygon within the data extent.",
        date_note="Signature of the San Francisco Peace Treaty, 8 Sep 1951; its entry into force is not in the "
                  "sources.")
    # Renounced, but to no one: the land is neither side's under this claim (the maritime analysis reads area_to).
    out[-1]["properties"]["area_to"] = "none"
    add("portsmouth-1905-line", line_1905, "portsmouth-1905", "JP-RU", "boundary-line",
        "Portsmouth boundary (1905): 50°N on Sakhalin", "ポーツマス条約の境界（北緯50度）", "Pōtsumasu jōyaku no kyōkai",
        "Граница по Портсмутскому договору (50° с. ш.)", "1905-09", "1946-02-01",
        "Treaty of Portsmouth: Japan gains Sakhalin south of 50°N [S18]; Russian view (Koshkin): the treaty scrapped "
        "the earlier treaties [S103]; Japan disputes this [S17].", ["S18", "S17", "S103"], "medium",
        "Boundary across Sakhalin along the 50th parallel; the Kurils stayed Japanese.",
        date_note="September 1905 (exact day not in the sources). Ends the day before the decree of 2 Feb 1946 placed "
                  "South Sakhalin in the Soviet South Sakhalin Oblast [S19]; the date Soviet control of South Sakhalin "
                  "began is not in the sources.",
        precision="exact",
        location_note="The 50th parallel between the west and east coasts of the Sakhalin polygon (GSHHG).")

    # 1956 declaration
    add("declaration-1956", two, "declaration-1956", "JP-RU", "claim-area",
        "1956 Joint Declaration, Art. 9: Shikotan and Habomai", "日ソ共同宣言（色丹島・歯舞群島）", "Nisso kyōdō sengen",
        "Совместная декларация 1956 г. (Шикотан и Хабомаи)", "1956-10-19", None,
        "Art. 9: the USSR 'agrees to transfer to Japan the Habomai Islands and the island of Shikotan', the transfer "
        "to take place after a peace treaty [S24]; Russia reads this as the basis of talks (Singapore 2018) [S25][S33], "
        "Japan as the 'starting point' for resolving all four islands (Irkutsk 2001) [S27].",
        ["S24", "S25", "S32"], "high",
        "Islands the USSR agreed to transfer after a peace treaty (no treaty has been concluded). 1960 aide-mémoire: "
        "transfer only if all foreign troops leave Japan [S25]. Basis of the 2018 Singapore acceleration [S32].",
        date_note="Signed 19 Oct 1956 (ratified Dec 1956); open end: the transfer has not taken place.")
    write("claims.geojson", fc(out))
    return out


# ----------------------------------------------------------------------------------------------- points

def label_point(island):
    return facts.LABEL[island]


def island_note(note):
    """A feature known only by its island is listed at the island, never drawn at its placeholder point, so its
    note keeps what the sources say and drops how the placeholder was placed."""
    m = re.search(r"(?:[;:.,] )?(?:[Ii]sland-level|[Pp]laced|Shown on)\b", note)
    return (note[:m.start()] if m else note.rstrip(".")) + ". Listed at the island, not drawn as a point."


def offset_note(island, dx, dy):
    lat, lon, src = label_point(island)
    if dx == 0 and dy == 0:
        where = "at"
    else:
        parts = []
        if dy:
            parts.append("%g km %s" % (abs(dy), "N" if dy > 0 else "S"))
        if dx:
            parts.append("%g km %s" % (abs(dx), "E" if dx > 0 else "W"))
        where = ", ".join(parts) + " of"
    return ("Only the island is known; placed %s %s's label point (%.3f, %.3f [%s])%s." %
            (where, island, lat, lon, src[0], " so icons do not stack" if (dx or dy) else ""))


def coast_from(lat, lon, island_poly, km, direction):
    """A point on the island's coastline about km from (lat, lon), on the side given (for 'N km from X' rows)."""
    ring = island_poly.exterior if island_poly.geom_type == "Polygon" else max(island_poly.geoms, key=lambda g: g.area).exterior
    best, bd = None, 1e9
    want = {"SW": 225, "NE": 45}[direction]
    for i in range(0, len(ring.coords)):
        x, y = ring.coords[i]
        az, _, d = GEOD.inv(lon, lat, x, y)
        if abs(d / 1000 - km) < 0.3:
            dev = abs(((az - want) + 180) % 360 - 180)
            if dev < bd:
                best, bd = (y, x), dev
    return best


def opposite_coast(lat, lon, island_poly):
    """The point on the other coast of the island at the same latitude (for 'opposite X' rows)."""
    line = LineString([(lon - 1.0, lat), (lon + 1.0, lat)])
    inter = island_poly.boundary.intersection(line)
    pts = [inter] if inter.geom_type == "Point" else list(inter.geoms)
    far = max(pts, key=lambda p: abs(p.x - lon))
    return far.y, far.x


def island_poly(island):
    if island == "Iturup":
        return LAND[NAMED["Iturup"]]
    if island == "Kunashir":
        return LAND[NAMED["Kunashir"]]
    if island == "Shikotan":
        return LAND[NAMED["Shikotan"]]
    if island == "Paramushir":
        return LAND[PARAMUSHIR]
    if island == "Shumshu":
        return LAND[SHUMSHU]
    raise KeyError(island)


def place(row):
    """(lat, lon, precision override or None, location_note) for a row's pos spec."""
    pos = row["pos"]
    kind = pos[0]
    if kind == "src":
        return pos[1], pos[2], None, pos[3]
    if kind == "srcoff":
        lat, lon = move(pos[1], pos[2], pos[3], pos[4])
        return lat, lon, None, pos[5]
    if kind == "island":
        _, isl, dx, dy, note = pos
        lat, lon, _src = label_point(isl)
        lat, lon = move(lat, lon, dx, dy)
        return lat, lon, "island", note or offset_note(isl, dx, dy)
    if kind == "city":
        c = facts.CITIES[pos[1]]
        return c[0], c[1], "approximate", (pos[2] if len(pos) > 2 else "City centre, approximate (general knowledge; "
                                           "no coordinates in the sources).")
    if kind == "cityoff":
        c = facts.CITIES[pos[1]]
        lat, lon = move(c[0], c[1], pos[2], pos[3])
        return lat, lon, "approximate", pos[4]
    if kind == "computed":
        g = island_poly(pos[1])
        c = g.representative_point()
        return c.y, c.x, "island", ("No site or island label point in the sources; placed at an interior point of the "
                                    "%s polygon (GSHHG) computed by the recipe." % pos[1])
    if kind == "derive":
        if pos[1] == "coast_from":
            ref = {"Kurilsk": (45.2269, 147.8856, "S100")}[pos[2]]
            lat, lon = coast_from(ref[0], ref[1], island_poly("Iturup"), pos[3], pos[4])
            return lat, lon, "approximate", (
                "'%g km from %s' [S74]; the direction is not in the sources. Derived: a point on the coast %g km %s of "
                "%s (%.4f, %.4f [%s]); uncertainty about %g km." % (pos[3], pos[2], pos[3], pos[4], pos[2], ref[0],
                                                                    ref[1], ref[2], pos[3]))
        if pos[1] == "opposite":
            lat, lon = opposite_coast(44.0306, 145.8556, island_poly("Kunashir"))
            lat, lon = move(lat, lon, 0.3, 0)  # just inside the shore
            return lat, lon, "approximate", (
                "'Okhotsk side, opposite Yuzhno-Kurilsk' (travel blog): derived as the Okhotsk-coast point of Kunashir "
                "at the latitude of Yuzhno-Kurilsk (44.0306 N [S99]), 0.3 km inland; uncertainty several km.")
    raise ValueError(pos)


COMMON_ORDER = ["name_en", "name_ja", "name_ja_latn", "name_ru", "name_note", "former_names", "type", "island", "status", "stage_reached",
                "suspended_from", "status_history", "population", "population_year", "valid_from", "valid_to", "date_note", "source",
                "source_url", "confidence", "precision", "location_note", "description"]


def translated_names(fid):
    """name_ja / name_ru written for Claimscape (facts.TRANSLATED_NAMES) and the name_note that marks them."""
    if fid not in facts.TRANSLATED_NAMES:
        return {}
    ja, ru = facts.TRANSLATED_NAMES[fid]
    out, langs = {}, []
    if ja:
        out["name_ja"] = ja
        langs.append("ja")
    if ru:
        out["name_ru"] = ru
        langs.append("ru")
    out["name_note"] = name_note("/".join(langs))
    return out


def point_features(rows, layer):
    out = []
    city_uses = {}
    for row in rows:
        if "city" in row:
            c = facts.CITIES[row["city"]]
            lat, lon, prec, note = c[0], c[1], "approximate", "City centre, approximate (general knowledge; no " \
                                                                "coordinates in the sources)."
            k = city_uses.get(row["city"], 0)
            city_uses[row["city"]] = k + 1
            if k:  # several events in one city: a small ring around the centre so each stays clickable
                bearing, radius = (k - 1) % 6 * 60.0, 1.5 * (1 + (k - 1) // 6)
                lon, lat, _ = GEOD.fwd(lon, lat, bearing, radius * 1000)
                note = note[:-1] + "; offset %.1f km at bearing %d° from the centre so that the icons of several " \
                                   "events in %s do not coincide." % (radius, bearing, row["city"])
        else:
            lat, lon, prec, note = place(row)
        s, u = cite(row.get("src", []), row.get("extra_src"), row.get("url"))
        p = {}
        for k in COMMON_ORDER:
            if k in row and row[k] is not None and k not in ("source", "source_url", "precision", "location_note"):
                p[k] = row[k]
        p.update(translated_names(row["id"]))
        if row["id"] in facts.FORMER_NAMES:
            p["former_names"] = facts.FORMER_NAMES[row["id"]]
        if row.get("status") == "suspended":
            p["suspended_from"] = facts.JEA_SUSPENDED
        if "city" in row:
            p["place"] = row["city"]
            cj = facts.CITIES[row["city"]]
            p["place_ja"] = cj[2]
            p["place_ru"] = cj[4]
        p["source"] = s
        if u:
            p["source_url"] = u
        else:
            p["source_note"] = "No URL for this citation in the fact sheet."
        p["confidence"] = row["confidence"]
        # placement kinds that fix the precision (island-level, city centre, computed) override the row's value
        p["precision"] = prec or row["precision"]
        if note:
            p["location_note"] = island_note(note) if p["precision"] == "island" else note
        p["description"] = row["description"]
        # keep a stable key order
        p = {k: p[k] for k in COMMON_ORDER + ["place", "place_ja", "place_ru", "source_note"] if k in p} | \
            {k: v for k, v in p.items() if k not in COMMON_ORDER + ["place", "place_ja", "place_ru", "source_note"]}
        out.append(feature(row["id"], r6(Point(lon, lat)), p))
    write(layer + ".geojson", fc(out))
    return out


# ----------------------------------------------------------------------------------------------- catalog + main

CATALOG = [
    ("events", "Diplomatic events", "Events", "events.geojson", True, 0, 99,
     "Treaties, summits and landings with a place and date (1855–2022)."),
    ("places", "Settlements and named places", "Places", "places.geojson", True, 0, 99,
     "Settlements, ports, capes and islets with names in English, Japanese and Russian, and population where sourced."),
    ("projects", "Joint economic activities", "Projects", "projects.geojson", True, 0, 99,
     "Japan–Russia joint economic activity projects, business missions and the 2019 pilot tour, with status."),
    ("military", "Militarization", "Military", "military.geojson", True, 0, 99,
     "Russian military sites and deployments on the Kurils, with dates and honest location precision."),
    ("claims", "Sovereignty claims and boundaries", "Claims", "claims.geojson", True, 0, 99,
     "Japan's claim, Russian administration by district, the 1855/1875 treaty boundaries, the 1945 occupation and the "
     "1956 declaration."),
    ("islands", "Disputed islands", "Claims", "islands.geojson", True, 0, 99,
     "Iturup, Kunashir, Shikotan and each Habomai islet, with published areas."),
    ("reference", "Reference labels", "Basemap", "reference.geojson", True, 0, 99,
     "Names of the seas, straits, large islands and countries in English, Japanese and Russian; label positions only "
     "(each name has its own zoom range)."),
    ("lakes", "Lakes", "Basemap", "lakes.geojson", True, 0, 99, "GSHHG 2.3.7 full-resolution lakes."),
    ("land", "Coastline (GSHHG full)", "Basemap", "land.geojson", True, 0, 99,
     "GSHHG 2.3.7 full-resolution land polygons, de facto country and disputed flag."),
    ("land-overview", "Land overview (Natural Earth 10m)", "Basemap", "land-overview.geojson", True, 0, 6,
     "Natural Earth 1:10m land for small scales."),
    ("countries", "Countries (DCW, de facto)", "Basemap", "countries.geojson", False, 0, 99,
     "DCW-GMT country polygons of Japan and Russia (de facto: the four islands are in Russia)."),
    ("world", "World (Natural Earth 50m)", "Basemap", "world.geojson", True, 0, 99,
     "Natural Earth 1:50m land and land borders of the world, outside the hi-res basemap's box (lon 139–157, lat "
     "41–52), for small scales."),
]


def write_source_key(used):
    """Fills the source-key block of SOURCES.md with the cited sources (id, title, URL as in the fact sheet)."""
    path = os.path.join(OUT, "SOURCES.md")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    rows = ["| id | title / description | URL |", "|---|---|---|"]
    for s in used:
        title, url = SRC[s]
        rows.append("| %s | %s | %s |" % (s, title.replace("|", "\\|"), url or "(no URL recorded)"))
    block = "<!-- source-key:start -->\n" + "\n".join(rows) + "\n<!-- source-key:end -->"
    text = re.sub(r"<!-- source-key:start -->.*?<!-- source-key:end -->", lambda m: block, text, flags=re.S)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    build_basemap()
    islands = build_islands()
    claims = build_claims()
    row_ids = {r["id"] for rows in (facts.MILITARY, facts.PROJECTS, facts.PLACES, facts.EVENTS) for r in rows}
    unknown = sorted((set(facts.TRANSLATED_NAMES) - row_ids) | (set(facts.COMPOSED_NAMES) - {f["id"] for f in
                                                                                          islands + claims}))
    assert not unknown, "TRANSLATED_NAMES for unknown ids: %s" % unknown
    mil = point_features(facts.MILITARY, "military")
    prj = point_features(facts.PROJECTS, "projects")
    plc = point_features(facts.PLACES, "places")
    for row in facts.EVENTS:  # an event without an end date lasts one day
        if "valid_to" not in row and re.match(r"^\d{4}-\d{2}-\d{2}$", row["valid_from"]):
            row["valid_to"] = row["valid_from"]
    ev = point_features(facts.EVENTS, "events")
    cat = {"version": 1, "layers": [dict(id=i, title=t, group=g, file=f, visible=v, min_zoom=a, max_zoom=b,
                                         description=d) for (i, t, g, f, v, a, b, d) in CATALOG]}
    write("catalog.json", cat)
    for name in ("islands", "claims", "military", "projects", "places", "events"):
        with open(os.path.join(OUT, name + ".geojson"), encoding="utf-8") as f:
            USED.update(s for s in re.findall(r"\[(S\d{2,3})\]", f.read()) if s in SRC)
    summary = {
        "sources_used": sorted(USED, key=lambda s: int(s[1:])),
        "repairs": REPAIRS,
        "anchors": {"kamchatka": KAMCHATKA + 1, "paramushir": PARAMUSHIR + 1, "shumshu": SHUMSHU + 1,
                    "matua": MATUA + 1},
        "chain_polygons": {"four": len(FOUR), "central": len(CENTRAL), "north": len(NORTH)},
        "habomai_other": sorted(i + 1 for i, n in ASSIGN.items() if n == "habomai-other"),
        "counts": {"islands": len(islands), "claims": len(claims), "military": len(mil), "projects": len(prj),
                   "places": len(plc), "events": len(ev)},
    }
    write_source_key(summary["sources_used"])
    with open(os.path.join(HERE, "build-summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps(summary["counts"]), "repairs:", len(REPAIRS))


if __name__ == "__main__":
    main()
