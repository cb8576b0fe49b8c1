#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mapnik peer for the render benchmark: each scene of scenes.json (written by BenchData) as a 1920 x 1080
image, the same layers, extent and cartography as Claimscape (style.py). The GeoJSON datasources are opened
once (Mapnik's geojson plugin holds the features in memory with an index, as Claimscape holds its layers);
each timed call renders into a new image, single-threaded, after a warm-up. Prints result rows.

usage: mapnik_render.py SCENES_JSON RUNS OUT_DIR
"""
import json
import os
import sys
from xml.sax.saxutils import quoteattr

import mapnik

from timing import report

from style import (ACCENTS, CLAIM_FILL_ALPHA, CLAIMS, COAST, ICON_SIZE, ISLAND_OUTLINE, LABEL_SIZE, LAND,
                   OTHER_CLAIM, POINT_LAYERS, SEA, SYMBOL_DIAMETER)

MERC = "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"
WGS84 = "+proj=longlat +datum=WGS84 +no_defs"


def label(size, color, bold, dy=0, placement="point"):
    face = "DejaVu Sans Bold" if bold else "DejaVu Sans Book"
    return (f'<TextSymbolizer face-name="{face}" size="{size}" fill="{color}" halo-fill="#FFFFFFD9" '
            f'halo-radius="1.5" dy="{dy}" placement="{placement}">[name_en]</TextSymbolizer>')


def styles(layer_id, icons):
    if layer_id == "land":
        rules = [("[disputed_jp_ru] = true", LAND["disputed"]), ("[country] = 'JP'", LAND["JP"]),
                 ("[country] = 'RU'", LAND["RU"]), (None, LAND["other"])]
        s = "".join(
            f'<Rule>{"<Filter>" + f.replace("<", "&lt;") + "</Filter>" if f else "<ElseFilter/>"}'
            f'<PolygonSymbolizer fill="{c}"/><LineSymbolizer stroke="{COAST}" stroke-width="0.7"/></Rule>'
            for f, c in rules)
        return s, f'<Rule><Filter>[name_en] != null</Filter>{label(13, "#3B2F22", True, placement="interior")}</Rule>'
    if layer_id == "land-overview":
        return (f'<Rule><PolygonSymbolizer fill="{LAND["other"]}"/><LineSymbolizer stroke="{COAST}" stroke-width="0.6"/></Rule>',
                f'<Rule><Filter>[name_en] != null</Filter>{label(13, "#3B2F22", True, placement="interior")}</Rule>')
    if layer_id == "lakes":
        return f'<Rule><PolygonSymbolizer fill="{SEA}"/><LineSymbolizer stroke="{COAST}" stroke-width="0.5"/></Rule>', ""
    if layer_id == "islands":
        return (f'<Rule><LineSymbolizer stroke="{ISLAND_OUTLINE}" stroke-width="0.8"/></Rule>',
                f'<Rule><Filter>[name_en] != null</Filter>{label(13, "#3B2F22", True, placement="interior")}</Rule>')
    if layer_id == "claims":
        s = ""
        for claim, (color, historical) in list(CLAIMS.items()) + [(None, OTHER_CLAIM)]:
            dash = ' stroke-dasharray="7,4"' if historical else ""
            which = f"[claim] = '{claim}' and " if claim else ""
            s += (f"<Rule><Filter>{which}[mapnik::geometry_type] = polygon</Filter>"
                  f'<PolygonSymbolizer fill="{color}" fill-opacity="{CLAIM_FILL_ALPHA:.3f}"/>'
                  f'<LineSymbolizer stroke="{color}" stroke-width="1.6"{dash}/></Rule>'
                  f"<Rule><Filter>{which}[mapnik::geometry_type] = linestring</Filter>"
                  f'<LineSymbolizer stroke="{color}" stroke-width="2.2"{dash}/></Rule>')
        return s, ""
    if layer_id in POINT_LAYERS:
        accent = ACCENTS[layer_id]
        icon = os.path.join(icons, "[type].svg")
        s = (f'<Rule><MarkersSymbolizer marker-type="ellipse" width="{SYMBOL_DIAMETER}" height="{SYMBOL_DIAMETER}" '
             f'fill="#FFFFFFEB" stroke="{accent}" stroke-width="1.5" allow-overlap="true" ignore-placement="true"/>'
             f'<MarkersSymbolizer file={quoteattr(icon)} width="{ICON_SIZE}" height="{ICON_SIZE}" '
             f'allow-overlap="true" ignore-placement="true"/></Rule>')
        bold = layer_id == "places"
        return s, f'<Rule>{label(LABEL_SIZE[layer_id], "#1F2A30", bold, dy=SYMBOL_DIAMETER / 2 + 6)}</Rule>'
    raise SystemExit("no style for layer " + layer_id)


def map_xml(scene, icons):
    parts = [f'<Map srs="{MERC}" background-color="{SEA}">']
    layers = []
    labels = []
    for layer in scene["layers"]:
        lid = layer["id"]
        body, lab = styles(lid, icons)
        mode = ' filter-mode="first"' if lid == "claims" else ""
        parts.append(f'<Style name="{lid}"{mode}>{body}</Style>')
        ds = f'<Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{layer["file"]}</Parameter></Datasource>'
        layers.append(f'<Layer name="{lid}" srs="{WGS84}"><StyleName>{lid}</StyleName>{ds}</Layer>')
        if lab:
            parts.append(f'<Style name="{lid}-labels">{lab}</Style>')
            labels.append(f'<Layer name="{lid}-labels" srs="{WGS84}"><StyleName>{lid}-labels</StyleName>{ds}</Layer>')
    # Labels above every layer, as Claimscape places them last.
    return "".join(parts + layers + labels) + "</Map>"


def main():
    scenes = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2])
    out = sys.argv[3]
    os.makedirs(out, exist_ok=True)
    w, h = scenes["width"], scenes["height"]
    print(f"version\tmapnik\tNaN\t-\tMapnik {mapnik.mapnik_version()} (python3-mapnik, AGG)")
    only = set(sys.argv[4:])
    for scene in scenes["scenes"]:
        if only and scene["name"] not in only:
            continue
        m = mapnik.Map(w, h)
        mapnik.load_map_from_string(m, map_xml(scene, scenes["icons"]))
        m.zoom_to_box(mapnik.Box2d(*scene["extent3857"]))
        im = mapnik.Image(w, h)
        mapnik.render(m, im)  # warm-up: loads the datasources and fonts
        im.save(os.path.join(out, f"mapnik-{scene['name']}.png"), "png")
        report(f"render/{scene['name']}", "mapnik", runs, lambda: mapnik.render(m, mapnik.Image(w, h)))


if __name__ == "__main__":
    main()
