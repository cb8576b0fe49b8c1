#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validates the bundled layers in data/: parse, RFC 7946 shape, unique ids, JTS/GEOS validity of every polygon,
required thematic properties (names in en/ja/ru, source, confidence, ...) and allowed values, dates, and that every point lies on or next to land of its island.

Usage: /usr/bin/python3 data/recipe/check.py      (exit status 1 on any error; prints warnings too)
       /usr/bin/python3 data/recipe/check.py --wkt dump.tsv   (dump for the JTS cross-check, JtsValidity.java)
"""
import json
import os
import re
import sys

from pyproj import Geod
from shapely.geometry import Point, shape
from shapely.ops import nearest_points, unary_union
from shapely.validation import explain_validity

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEOD = Geod(ellps="WGS84")
ERR, WARN = [], []

ICONS = {"missile-battery", "airfield", "garrison", "air-defence", "border-post", "barracks", "naval-base",
         "aquaculture", "greenhouse", "tourism", "wind-power", "waste", "fishing", "hospital", "transport",
         "power-plant", "hospitality", "settlement", "port", "cape", "event", "site"}
THEMATIC = ["events", "places", "projects", "military", "claims", "islands"]
REQUIRED = ["name_en", "name_ja", "name_ru", "type", "source", "confidence", "precision", "description"]
NAME_NOTES = {"ja/ru names translated for Claimscape", "ja name translated for Claimscape",
              "ru name translated for Claimscape"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ON_LAND_KM = 1.5  # "on or right next to land"


def err(m):
    ERR.append(m)


def load(name):
    path = os.path.join(DATA, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001 - any parse failure is an error to report
        err("%s: does not parse: %s" % (name, e))
        return None


def decimals_ok(coords):
    if isinstance(coords[0], (int, float)):
        return all(len(repr(float(c)).split(".")[1]) <= 6 or "e" in repr(c) for c in coords[:2])
    return all(decimals_ok(c) for c in coords)


def rings(geom):
    t = geom["type"]
    if t == "Polygon":
        return geom["coordinates"]
    if t == "MultiPolygon":
        return [r for p in geom["coordinates"] for r in p]
    return []


def polygons(geom):
    t = geom["type"]
    if t == "Polygon":
        return [geom["coordinates"]]
    if t == "MultiPolygon":
        return geom["coordinates"]
    return []


def ring_area2(r):
    """Twice the signed area of a closed ring in lon/lat: positive when counter-clockwise."""
    return sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))


def parse_date(s):
    parts = s.split("-")
    return tuple(int(x) for x in parts) + (1,) * (3 - len(parts))


def check_file(name, thematic):
    d = load(name)
    if d is None:
        return []
    if d.get("type") != "FeatureCollection":
        err("%s: not a FeatureCollection" % name)
        return []
    ids = set()
    for f in d["features"]:
        fid = f.get("id")
        if not isinstance(fid, str) or not fid:
            err("%s: feature without a string id" % name)
        if fid in ids:
            err("%s: duplicate id %s" % (name, fid))
        ids.add(fid)
        g = f.get("geometry")
        if not g:
            err("%s/%s: no geometry" % (name, fid))
            continue
        if not decimals_ok(g["coordinates"]):
            err("%s/%s: more than 6 decimals" % (name, fid))
        for r in rings(g):
            if len(r) < 4 or r[0] != r[-1]:
                err("%s/%s: ring not closed or < 4 points" % (name, fid))
        # RFC 7946 section 3.1.6: exterior rings counter-clockwise, holes clockwise (validate --strict warns)
        for poly in polygons(g):
            for k, r in enumerate(poly):
                a = ring_area2(r)
                if (k == 0 and a < 0) or (k > 0 and a > 0):
                    err("%s/%s: %s against the right-hand rule" % (name, fid, "exterior ring" if k == 0 else "hole"))
        sg = shape(g)
        if not sg.is_valid:
            err("%s/%s: invalid geometry: %s" % (name, fid, explain_validity(sg)))
        lon_ok = all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in
                     ([sg.coords[0]] if g["type"] == "Point" else [(b[0], b[1]) for b in [sg.bounds[:2], sg.bounds[2:]]]))
        if not lon_ok:
            err("%s/%s: coordinates out of lon/lat range" % (name, fid))
        if thematic:
            check_props(name, f)
    return d["features"]


def check_props(name, f):
    fid, p = f["id"], f["properties"]
    for k in REQUIRED:
        if not isinstance(p.get(k), str) or not p[k].strip():
            err("%s/%s: missing %s" % (name, fid, k))
    if "name_note" in p and not p["name_note"].startswith(tuple(NAME_NOTES)) and "not in the cited source" not in p["name_note"]:
        err("%s/%s: name_note %r" % (name, fid, p["name_note"]))
    if not p.get("source_url") and not p.get("source_note"):
        err("%s/%s: missing source_url (and no source_note)" % (name, fid))
    if p.get("source_url") and not re.match(r"^https?://", p["source_url"]):
        err("%s/%s: source_url is not a URL" % (name, fid))
    if p.get("confidence") not in ("high", "medium", "low"):
        err("%s/%s: confidence %r" % (name, fid, p.get("confidence")))
    if p.get("precision") not in ("exact", "approximate", "island"):
        err("%s/%s: precision %r" % (name, fid, p.get("precision")))
    if p.get("precision") in ("approximate", "island") and f["geometry"]["type"] == "Point" \
            and not p.get("location_note"):
        err("%s/%s: %s point without location_note" % (name, fid, p.get("precision")))
    for k in ("valid_from", "valid_to"):
        if k in p and not DATE.match(str(p[k])):
            err("%s/%s: %s %r is not an ISO date" % (name, fid, k, p[k]))
    if "valid_from" in p and "valid_to" in p and DATE.match(p["valid_from"]) and DATE.match(p["valid_to"]):
        if parse_date(p["valid_to"]) < parse_date(p["valid_from"]):
            err("%s/%s: valid_to before valid_from" % (name, fid))
    layer = name.split(".")[0]
    if layer in ("events", "places", "projects", "military"):
        if f["geometry"]["type"] != "Point":
            err("%s/%s: not a Point" % (name, fid))
        if p.get("type") not in ICONS:
            err("%s/%s: type %r not an icon name" % (name, fid, p.get("type")))
    if layer in ("events", "projects", "military") and not p.get("valid_from"):
        err("%s/%s: no valid_from" % (name, fid))
    if layer == "events" and not p.get("valid_to"):
        err("%s/%s: event without valid_to" % (name, fid))
    if layer == "projects" and p.get("status") not in ("proposed", "agreed", "visited", "suspended"):
        err("%s/%s: status %r" % (name, fid, p.get("status")))
    if layer == "claims":
        for k in ("claim", "party", "kind", "basis"):
            if not p.get(k):
                err("%s/%s: missing %s" % (name, fid, k))
        if p.get("party") not in ("JP", "RU", "USSR", "JP-RU"):
            err("%s/%s: party %r" % (name, fid, p.get("party")))
        if p.get("kind") not in ("claim-area", "administration", "boundary-line") or p.get("type") != p.get("kind"):
            err("%s/%s: kind/type %r/%r" % (name, fid, p.get("kind"), p.get("type")))
        gt = f["geometry"]["type"]
        if (p.get("kind") == "boundary-line") != (gt == "LineString"):
            err("%s/%s: kind %s with geometry %s" % (name, fid, p.get("kind"), gt))
    if layer == "islands" and f["geometry"]["type"] != "Point" and not p.get("area_source"):
        err("%s/%s: no area_source" % (name, fid))


def km(a, b):
    p, q = nearest_points(a, b)
    return GEOD.inv(p.x, p.y, q.x, q.y)[2] / 1000


def dump_wkt(path):
    """Writes 'file<TAB>id<TAB>WKT' for every geometry, for the JTS cross-check (JtsValidity.java)."""
    with open(path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(DATA)):
            if name.endswith(".geojson"):
                for f in load(name)["features"]:
                    out.write("%s\t%s\t%s\n" % (name, f["id"], shape(f["geometry"]).wkt))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--wkt":
        dump_wkt(sys.argv[2])
        return
    cat = load("catalog.json")
    order = ["events", "places", "projects", "military", "claims", "islands", "reference", "lakes", "land",
             "land-overview", "countries", "world"]
    if cat:
        ids = [layer["id"] for layer in cat["layers"]]
        if ids != order:
            err("catalog order %s" % ids)
        for layer in cat["layers"]:
            for k in ("id", "title", "group", "file", "visible", "min_zoom", "max_zoom", "description"):
                if k not in layer:
                    err("catalog/%s: missing %s" % (layer.get("id"), k))
            if not os.path.exists(os.path.join(DATA, layer["file"])):
                err("catalog/%s: file %s missing" % (layer["id"], layer["file"]))
    counts, all_ids = {}, {}
    feats = {}
    for lid in order:
        fs = check_file(lid + ".geojson", lid in THEMATIC)
        counts[lid] = len(fs)
        feats[lid] = fs
        if lid in THEMATIC:
            for f in fs:
                if f["id"] in all_ids:
                    err("id %s in both %s and %s" % (f["id"], all_ids[f["id"]], lid))
                all_ids[f["id"]] = lid

    # points on land of the right island
    land = feats["land"]
    by_name = {}
    for f in land:
        n = f["properties"].get("name_en")
        if n:
            by_name.setdefault(n, []).append(shape(f["geometry"]))
    isl = {f["id"]: shape(f["geometry"]) for f in feats["islands"] if f["geometry"]["type"] != "Point"}
    target = {"Iturup": isl["iturup"], "Kunashir": isl["kunashir"], "Shikotan": isl["shikotan"],
              "Habomai": unary_union([g for k, g in isl.items() if k.startswith("habomai")]),
              "Hokkaido": unary_union(by_name["Hokkaido"]), "Paramushir": unary_union(by_name["Paramushir"]),
              "Shumshu": unary_union(by_name["Shumshu"]), "Matua": unary_union(by_name["Matua"])}
    all_land = unary_union([shape(f["geometry"]) for f in land])
    minx, miny, maxx, maxy = all_land.bounds
    checked = 0
    report = []
    for lid in ("military", "projects", "places", "events", "islands"):
        for f in feats[lid]:
            if f["geometry"]["type"] != "Point":
                continue
            pt = shape(f["geometry"])
            island = f["properties"].get("island") or ("Habomai" if f["properties"].get("group") == "habomai" else None)
            if island is None:
                if minx <= pt.x <= maxx and miny <= pt.y <= maxy:
                    err("%s/%s: point inside the data extent without an island" % (lid, f["id"]))
                continue
            if island not in target:
                err("%s/%s: unknown island %s" % (lid, f["id"], island))
                continue
            d = 0.0 if target[island].contains(pt) else km(pt, target[island])
            others = [(k, km(pt, g)) for k, g in target.items() if k != island]
            near_other = min(others, key=lambda t: t[1])
            checked += 1
            tol = ON_LAND_KM
            if f["id"] == "habomai-kaigara":
                tol = 1.6  # the rock is in no source polygon (see its location_note)
            if d > tol:
                err("%s/%s: %.2f km from %s" % (lid, f["id"], d, island))
            if near_other[1] < d:
                err("%s/%s: nearer to %s (%.2f km) than to %s (%.2f km)" % (lid, f["id"], near_other[0],
                                                                              near_other[1], island, d))
            report.append((lid, f["id"], island, round(d, 2)))
    # near-coincident points within a layer: features at one place share its coordinates exactly (the map draws
    # them together); a few hundred metres apart looks like an offset invented to keep icons apart
    for lid in ("military", "projects", "places", "events"):
        pts = [(f["id"], f["geometry"]["coordinates"]) for f in feats[lid]]
        for i in range(len(pts)):
            for j in range(i + 1, len(pts)):
                a, b = pts[i][1], pts[j][1]
                dkm = GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000
                if a != b and dkm < 0.5:
                    WARN.append("%s: %s and %s are %.2f km apart (nearly, not exactly, at one place)" % (lid, pts[i][0], pts[j][0], dkm))
    for w in WARN:
        print("warning:", w)
    print("points checked against land:", checked, "; off-land (>0 km):",
          [(r[1], r[3]) for r in report if r[3] > 0])
    print("feature counts:", json.dumps(counts))
    for e in ERR:
        print("ERROR:", e)
    print("errors:", len(ERR), "warnings:", len(WARN))
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
