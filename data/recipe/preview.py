#!/usr/bin/python3
"""Draws quick SVG previews of the bundled layers (for eyeballing only): preview.py OUT_DIR [lon0 lat0 lon1 lat1] [claim-id ...]."""
import json
import math
import os
import sys

DATA = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1]
lon0, lat0, lon1, lat1 = (float(v) for v in sys.argv[2:6]) if len(sys.argv) > 5 else (145.2, 43.2, 149.6, 46.3)
W = 1400


def my(lat):
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


H = int(W * (my(lat1) - my(lat0)) / math.radians(lon1 - lon0))


def xy(c):
    return "%.1f,%.1f" % ((c[0] - lon0) / (lon1 - lon0) * W, H - (my(c[1]) - my(lat0)) / (my(lat1) - my(lat0)) * H)


def path(g):
    polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
    return " ".join("M" + " L".join(xy(c) for c in ring) + "Z" for p in polys for ring in p)


def load(n):
    return json.load(open(os.path.join(DATA, n + ".geojson"), encoding="utf-8"))["features"]


COL = {"JP": "#d33", "RU": "#36c", "USSR": "#639", "JP-RU": "#393"}
parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d"><rect width="100%%" height="100%%" fill="#cde"/>' % (W, H)]
for f in load("land"):
    parts.append('<path d="%s" fill="%s" stroke="#555" stroke-width="0.5"/>' % (
        path(f["geometry"]), "#eec" if f["properties"].get("disputed_jp_ru") else "#ddd"))
claims = sys.argv[6:] or ["jp-claim", "ru-admin-yuzhno-kurilsky", "declaration-1956"]
for f in load("claims"):
    if f["id"] in claims or f["geometry"]["type"] == "LineString":
        c = COL[f["properties"]["party"]]
        if f["geometry"]["type"] == "LineString":
            parts.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="3" stroke-dasharray="8,4"/>' % (
                " ".join(xy(c2) for c2 in f["geometry"]["coordinates"]), c))
        else:
            parts.append('<path d="%s" fill="%s" fill-opacity="0.25" stroke="%s" stroke-width="1.5"/>' % (path(f["geometry"]), c, c))
for lid, col in (("military", "#c00"), ("projects", "#080"), ("places", "#000"), ("events", "#f80"), ("islands", "#909")):
    for f in load(lid):
        if f["geometry"]["type"] == "Point":
            x, y = xy(f["geometry"]["coordinates"]).split(",")
            shape_ = "circle" if f["properties"].get("precision") != "island" else "rect"
            if shape_ == "circle":
                parts.append('<circle cx="%s" cy="%s" r="4" fill="%s"/>' % (x, y, col))
            else:
                parts.append('<rect x="%.1f" y="%.1f" width="7" height="7" fill="none" stroke="%s" stroke-width="2"/>' % (float(x) - 3.5, float(y) - 3.5, col))
            parts.append('<text x="%.1f" y="%s" font-size="9" fill="%s">%s</text>' % (float(x) + 5, y, col, f["id"]))
parts.append("</svg>")
open(out, "w").write("\n".join(parts))
