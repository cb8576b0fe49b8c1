#!/usr/bin/env python3
"""Writes data/reference.geojson: cartographic label points for seas, straits, large islands and countries.

The positions are where a cartographer would put the name (the middle of a strait, the open water of a sea, a
country's interior), checked to lie in water (or on land for islands and countries) against land.geojson and
world.geojson; they are not sites. Deterministic; run from the repository root.
"""
import json
from urllib.parse import quote

WIKI = "https://{}.wikipedia.org/wiki/{}"


def src(en, ja, ru):
    """Citation text: the Wikipedia article titles in the three languages (the names are their titles)."""
    return (f"Wikipedia article titles: en \"{en}\"; ja 「{ja}」; ru «{ru}»",
            WIKI.format("en", quote(en.replace(" ", "_"))))


# id, kind, lon, lat, min_zoom, max_zoom, en, ja, ja_latn, ru, (en, ja, ru article), confidence, extra
ROWS = [
    # Small scales: out in the open ocean, clear of the chain's symbols.
    ("ref-pacific-ocean", "ocean", 165.0, 40.0, 2, 5, "Pacific Ocean", "太平洋", "Taiheiyō", "Тихий океан",
     ("Pacific Ocean", "太平洋", "Тихий океан"), "medium", {}),
    ("ref-pacific-ocean-kurils", "ocean", 157.0, 47.3, 5, 7, "Pacific Ocean", "太平洋", "Taiheiyō", "Тихий океан",
     ("Pacific Ocean", "太平洋", "Тихий океан"), "medium", {}),
    ("ref-sea-of-okhotsk", "sea", 147.5, 48.5, 4, 9, "Sea of Okhotsk", "オホーツク海", "Ohōtsuku-kai", "Охотское море",
     ("Sea of Okhotsk", "オホーツク海", "Охотское море"), "medium", {}),
    # The regional view around the four islands (the window's first views, zooms 5-6): open water between Sakhalin
    # and Iturup, and south-east of the Lesser Kurils, where the names above are out of the frame.
    ("ref-sea-of-okhotsk-regional", "sea", 146.4, 46.4, 5, 6, "Sea of Okhotsk", "オホーツク海", "Ohōtsuku-kai",
     "Охотское море", ("Sea of Okhotsk", "オホーツク海", "Охотское море"), "medium", {}),
    ("ref-pacific-ocean-regional", "ocean", 148.6, 42.9, 5, 6, "Pacific Ocean", "太平洋", "Taiheiyō", "Тихий океан",
     ("Pacific Ocean", "太平洋", "Тихий океан"), "medium", {}),
    # The same names again nearer the four islands, for the large-scale maps (one name is placed per map).
    ("ref-pacific-ocean-south-kurils", "ocean", 148.0, 44.4, 7, 10, "Pacific Ocean", "太平洋", "Taiheiyō",
     "Тихий океан", ("Pacific Ocean", "太平洋", "Тихий океан"), "medium", {}),
    ("ref-sea-of-okhotsk-south-kurils", "sea", 146.0, 45.3, 7, 11, "Sea of Okhotsk", "オホーツク海",
     "Ohōtsuku-kai", "Охотское море", ("Sea of Okhotsk", "オホーツク海", "Охотское море"), "medium", {}),
    ("ref-sea-of-japan", "sea", 138.0, 42.5, 4, 9, "Sea of Japan", "日本海", "Nihonkai", "Японское море",
     ("Sea of Japan", "日本海", "Японское море"), "medium", {}),
    ("ref-nemuro-strait", "strait", 145.5, 44.3, 6, 12, "Nemuro Strait (Kunashir Strait)", "根室海峡",
     "Nemuro kaikyō", "Кунаширский пролив", ("Nemuro Strait", "根室海峡", "Кунаширский пролив"), "medium",
     {"name_note": "Russian charts call the strait's northern part (Shiretoko–Kunashir) Кунаширский пролив, its "
                   "southern part Советский пролив and the narrows off Notsuke пролив Измены; the label sits in "
                   "the northern part"}),
    ("ref-catherine-strait", "strait", 146.72, 44.47, 6, 12, "Catherine Strait", "国後水道", "Kunashiri suidō",
     "пролив Екатерины", ("Catherine Strait", "国後水道", "Пролив Екатерины"), "medium", {}),
    ("ref-friza-strait", "strait", 149.05, 45.45, 6, 12, "Friza Strait (Vries Strait)", "択捉水道", "Etorofu suidō",
     "пролив Фриза", ("Vries Strait", "択捉水道", "Пролив Фриза"), "medium",
     {"name_note": "ja: 択捉水道 is the ja-Wikipedia title (フリース海峡 / フリーズ海峡 redirect to it); 択捉海峡 was "
                   "not found in use, so it is not given"}),
    ("ref-bussol-strait", "strait", 151.6, 46.7, 6, 12, "Bussol Strait", "北得撫水道", "Kita-Uruppu suidō",
     "пролив Буссоль", ("Bussol Strait", "北得撫水道", "Пролив Буссоль"), "medium",
     {"name_note": "ja: 北得撫水道, also called ブッソル海峡 (ja-Wikipedia)"}),
    ("ref-hokkaido", "island", 142.8, 43.4, 5, 12, "Hokkaido", "北海道", "Hokkaidō", "Хоккайдо",
     ("Hokkaido", "北海道", "Хоккайдо"), "medium", {}),
    # Eastern Hokkaido, for the maps of the four islands, where the island's middle is off the page.
    ("ref-hokkaido-east", "island", 144.95, 43.45, 7, 12, "Hokkaido", "北海道", "Hokkaidō", "Хоккайдо",
     ("Hokkaido", "北海道", "Хоккайдо"), "medium", {}),
    ("ref-sakhalin", "island", 142.7, 50.5, 5, 12, "Sakhalin", "サハリン", "Saharin", "Сахалин",
     ("Sakhalin", "サハリン", "Сахалин"), "medium",
     {"former_names": [{"valid_to": "1946-02-01", "name_en": "Sakhalin", "name_ja": "樺太",
                        "name_ja_latn": "Karafuto", "name_ru": "Сахалин",
                        "date_note": "Japanese maps named the island 樺太 (Karafuto) while Japan held its south; "
                                     "サハリン from the South Sakhalin Oblast (2 Feb 1946, [S19]) on, as in "
                                     "claims.geojson"}]}),
    ("ref-kamchatka", "peninsula", 157.8, 54.0, 5, 12, "Kamchatka", "カムチャツカ半島", "Kamuchatsuka hantō",
     "Камчатка", ("Kamchatka Peninsula", "カムチャツカ半島", "Камчатка"), "medium", {}),
    ("ref-japan", "country", 140.9, 39.2, 2, 7, "JAPAN", "日本", "Nihon", "ЯПОНИЯ",
     ("Japan", "日本", "Япония"), "medium", {}),
    ("ref-japan-east", "country", 145.02, 43.24, 7, 9, "JAPAN", "日本", "Nihon", "ЯПОНИЯ",
     ("Japan", "日本", "Япония"), "medium", {}),
    ("ref-russia", "country", 138.5, 52.5, 2, 7, "RUSSIA", "ロシア", "Roshia", "РОССИЯ",
     ("Russia", "ロシア", "Россия"), "medium", {}),
]

NOTE = "Cartographic label position (where the name is written), not a site"


def feature(row):
    fid, kind, lon, lat, zmin, zmax, en, ja, latn, ru, titles, confidence, extra = row
    source, url = src(*titles)
    props = {"name_en": en, "name_ja": ja, "name_ja_latn": latn, "name_ru": ru, "kind": kind,
             "min_zoom": zmin, "max_zoom": zmax, "precision": "label", "location_note": NOTE,
             "source": source, "source_url": url, "confidence": confidence}
    props.update(extra)
    return {"type": "Feature", "id": fid, "properties": props,
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}


# Key distances drawn as a measured line between two features of the other layers, labelled with the published
# figure (not the drawn length: both ends are approximate positions).
DISTANCES = [
    ("ref-distance-nosappu-kaigara", [[145.817, 43.385], [145.859, 43.395]], 9, 14,
     ("3.7 km", "3.7 km", "3,7 км"),
     "[S02] Cabinet Office (hoppou.go.jp), \"Islands outline\"; [S04] Hokkaido Prefecture, \"What are the Northern "
     "Territories?\"; [S12] id-Wikipedia, Kepulauan Habomai: Kaigara islet lies 3.7 km off Cape Nosappu",
     "https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html", "high",
     "From Cape Nosappu (places: cape-nosappu) to Kaigara islet (islands: habomai-kaigara); both ends are "
     "approximate positions, the label gives the published distance"),
]


def distance_feature(row):
    fid, coords, zmin, zmax, (en, ja, ru), source, url, confidence, note = row
    props = {"name_en": en, "name_ja": ja, "name_ru": ru, "kind": "distance", "min_zoom": zmin,
             "max_zoom": zmax, "precision": "label", "location_note": note, "source": source,
             "source_url": url, "confidence": confidence}
    return {"type": "Feature", "id": fid, "properties": props,
            "geometry": {"type": "LineString", "coordinates": coords}}


def main():
    lines = [json.dumps(feature(r), ensure_ascii=False, separators=(",", ":")) for r in ROWS]
    lines += [json.dumps(distance_feature(r), ensure_ascii=False, separators=(",", ":")) for r in DISTANCES]
    with open("data/reference.geojson", "w", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n")


if __name__ == "__main__":
    main()
