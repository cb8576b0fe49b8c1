#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS peer for the briefing export: the page Claimscape's export package makes (A4 landscape, 10 mm margins,
title, map of the disputed islands with graticule, scale bar and north arrow, locator inset with an overview
frame, legend, sources footer), built as a QGIS print layout with the same layers and cartography, exported
with QgsLayoutExporter to a 300-dpi PDF and a 300-dpi PNG. Prints result rows (export/pdf,catalog,300 and export/png,catalog,300).

usage: qgis_export.py SCENES_JSON RUNS OUT_DIR
"""
import json
import os
import sys

import qgis_common as qc
from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemMapGrid, QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutMeasurement,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, QgsRectangle, QgsUnitTypes)
from qgis.PyQt.QtGui import QColor, QFont

from timing import report

# BriefingPage.DEFAULT_BBOX (lon 144.6-149.4, lat 42.9-45.9) and the locator extent, in EPSG:3857 metres.
BBOX_4326 = (144.6, 42.9, 149.4, 45.9)
LOCATOR_4326 = (139.0, 41.0, 157.0, 52.0)
ATTRIBUTION = ("Coastlines: GSHHG 2.3.7 (Wessel & Smith 1996), LGPL-3+; country polygons: DCW-GMT, LGPL-3+; "
               "overview: Made with Natural Earth. Thematic layers: see SOURCES.md.")


def merc(lon, lat):
    import math
    return math.radians(lon) * 6378137.0, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * 6378137.0


def rect(e):
    x0, y0 = merc(e[0], e[1])
    x1, y1 = merc(e[2], e[3])
    return QgsRectangle(x0, y0, x1, y1)


def label(layout, text, x, y, w, h, size, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    item.setFont(font)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    return item


def fit(item, extent):
    """Shows the whole extent in the item without resizing it (the extent grows to the item's aspect)."""
    r = item.rect()
    aspect = r.width() / r.height()
    cx, cy = extent.center().x(), extent.center().y()
    w, h = extent.width(), extent.height()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    item.setExtent(QgsRectangle(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))


def build(project, layers, icons):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)
    w, h, m = 297.0, 210.0, 10.0
    label(layout, "Southern Kurils / Northern Territories", m, m, 180, 9, 18, True)
    label(layout, "Viewpoint: Neutral — both names; disputed islands hatched", w - m - 100, m, 100, 8, 8.5)
    side = max(58.2, w * 0.21)
    top, bottom = m + 14, h - m - 16
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(m + 4.6, top, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(w - m - side - 4.2 - (m + 4.6), bottom - top, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(qc.crs3857())
    map_item.setLayers(list(reversed(layers)))
    map_item.setKeepLayerSet(True)
    map_item.setBackgroundColor(QColor(qc.SEA))
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    fit(map_item, rect(BBOX_4326))
    grid = QgsLayoutItemMapGrid("graticule", map_item)
    grid.setCrs(qc.QgsCoordinateReferenceSystem("EPSG:4326"))
    grid.setIntervalX(1.0)
    grid.setIntervalY(1.0)
    grid.setGridLineColor(QColor(0x30, 0x40, 0x50, 90))
    grid.setAnnotationEnabled(True)
    map_item.grids().addGrid(grid)

    inset = QgsLayoutItemMap(layout)
    inset.attemptMove(QgsLayoutPoint(w - m - side, top, QgsUnitTypes.LayoutMillimeters))
    inset.attemptResize(QgsLayoutSize(side, side * 0.72, QgsUnitTypes.LayoutMillimeters))
    inset.setCrs(qc.crs3857())
    inset.setLayers([l for l in reversed(layers) if l.name() in ("land", "lakes", "claims")])
    inset.setKeepLayerSet(True)
    inset.setBackgroundColor(QColor(qc.SEA))
    inset.setFrameEnabled(True)
    layout.addLayoutItem(inset)
    fit(inset, rect(LOCATOR_4326))
    inset.overview().setLinkedMap(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(w - m - side, top + side * 0.72 + 3.5, QgsUnitTypes.LayoutMillimeters))

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setNumberOfSegments(2)
    scale.setUnitsPerSegment(20)
    scale.setUnitLabel("km")
    layout.addLayoutItem(scale)
    scale.attemptMove(QgsLayoutPoint(m + 7, bottom - 14, QgsUnitTypes.LayoutMillimeters))

    north = QgsLayoutItemPicture(layout)
    north.setPicturePath("/usr/share/qgis/svg/arrows/NorthArrow_02.svg")
    layout.addLayoutItem(north)
    north.attemptMove(QgsLayoutPoint(w - m - side - 16, top + 2, QgsUnitTypes.LayoutMillimeters))
    north.attemptResize(QgsLayoutSize(8.5, 11, QgsUnitTypes.LayoutMillimeters))

    label(layout, ATTRIBUTION, m, h - m - 12, w - 2 * m, 12, 6)
    return layout


def main():
    scenes = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2])
    out = sys.argv[3]
    os.makedirs(out, exist_ok=True)
    qc.start()
    print(f"version\tqgis-layout\tNaN\t-\tQGIS {qc.version()} (QgsLayoutExporter)")
    scene = next(s for s in scenes["scenes"] if s["name"] == "detail")
    project = QgsProject.instance()
    layers = qc.scene_layers(scene, scenes["icons"])
    project.setCrs(qc.crs3857())
    for l in reversed(layers):
        project.addMapLayer(l)  # in the layer tree, so the legend lists them
    layout = build(project, layers, scenes["icons"])
    exporter = QgsLayoutExporter(layout)
    pdf = QgsLayoutExporter.PdfExportSettings()
    pdf.dpi = 300
    pdf.rasterizeWholeImage = False
    png = QgsLayoutExporter.ImageExportSettings()
    png.dpi = 300
    pdf_path = os.path.join(out, "qgis-briefing.pdf")
    png_path = os.path.join(out, "qgis-briefing.png")

    def export_pdf():
        r = exporter.exportToPdf(pdf_path, pdf)
        if r != QgsLayoutExporter.Success:
            raise SystemExit(f"QGIS PDF export failed: {r}")

    def export_png():
        r = exporter.exportToImage(png_path, png)
        if r != QgsLayoutExporter.Success:
            raise SystemExit(f"QGIS PNG export failed: {r}")

    export_pdf()  # warm-up
    export_png()
    report("export/pdf,catalog,300", "qgis", runs, export_pdf, "A4 landscape, 300 dpi, QgsLayoutExporter.exportToPdf")
    report("export/png,catalog,300", "qgis", runs, export_png, "A4 landscape, 300 dpi, QgsLayoutExporter.exportToImage")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # QGIS 3.22 can crash tearing down its application object
