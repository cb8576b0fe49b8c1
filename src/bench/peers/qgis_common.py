# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS set-up shared by the render and export peers: an offscreen QgsApplication and the scene's layers
styled as Claimscape draws them (style.py)."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-bench")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,  # noqa: E402
                       QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsPalLayerSettings, QgsProperty,
                       QgsRendererCategory, QgsRuleBasedRenderer, QgsSimpleMarkerSymbolLayer, QgsSvgMarkerSymbolLayer,
                       QgsSymbolLayer, QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from style import (ACCENTS, CLAIM_FILL_ALPHA, CLAIMS, COAST, ICON_SIZE, ISLAND_OUTLINE, LABEL_SIZE, LAND,  # noqa: E402
                   OTHER_CLAIM, POINT_LAYERS, SEA, SYMBOL_DIAMETER)

_app = None


def start():
    global _app
    if _app is None:
        QgsApplication.setPrefixPath("/usr", True)
        _app = QgsApplication([], False)
        _app.initQgis()
    return _app


def version():
    return Qgis.QGIS_VERSION


def _labels(layer, size, bold, color, point):
    s = QgsPalLayerSettings()
    s.fieldName = "name_en"
    s.enabled = True
    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPixels)
    fmt.setColor(QColor(color))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(1.5)
    buf.setSizeUnit(QgsUnitTypes.RenderPixels)
    buf.setColor(QColor(255, 255, 255, 217))
    fmt.setBuffer(buf)
    s.setFormat(fmt)
    if point:
        s.placement = QgsPalLayerSettings.OverPoint
        s.yOffset = SYMBOL_DIAMETER / 2 + 6
        s.offsetUnits = QgsUnitTypes.RenderPixels
    else:
        s.placement = QgsPalLayerSettings.Horizontal
    layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
    layer.setLabelsEnabled(True)


def _fill(fill, stroke, width, dash=False, alpha=1.0):
    props = {"color": fill if fill else "0,0,0,0", "outline_color": stroke, "outline_width": str(width),
             "outline_width_unit": "Pixel", "style": "solid" if fill else "no"}
    if dash:
        props["outline_style"] = "dash"
    sym = QgsFillSymbol.createSimple(props)
    if fill and alpha < 1:
        c = QColor(fill)
        c.setAlphaF(alpha)
        sym.symbolLayer(0).setFillColor(c)
    return sym


def _line(stroke, width, dash=False):
    props = {"line_color": stroke, "line_width": str(width), "line_width_unit": "Pixel"}
    if dash:
        props["customdash"] = "7;4"
        props["use_custom_dash"] = "1"
        props["customdash_unit"] = "Pixel"
    return QgsLineSymbol.createSimple(props)


def layer(layer_id, path, icons):
    vl = QgsVectorLayer(path, layer_id, "ogr")
    if not vl.isValid():
        raise SystemExit("QGIS cannot open " + path)
    if layer_id == "land":
        root = QgsRuleBasedRenderer.Rule(None)
        for expr, color in (('"disputed_jp_ru" = true', LAND["disputed"]), ("\"country\" = 'JP'", LAND["JP"]),
                            ("\"country\" = 'RU'", LAND["RU"]), ("ELSE", LAND["other"])):
            rule = QgsRuleBasedRenderer.Rule(_fill(color, COAST, 0.7), 0, 0, None if expr == "ELSE" else expr)
            if expr == "ELSE":
                rule.setIsElse(True)
            root.appendChild(rule)
        vl.setRenderer(QgsRuleBasedRenderer(root))
        _labels(vl, 13, True, "#3B2F22", False)
    elif layer_id == "land-overview":
        vl.renderer().setSymbol(_fill(LAND["other"], COAST, 0.6))
        _labels(vl, 13, True, "#3B2F22", False)
    elif layer_id == "lakes":
        vl.renderer().setSymbol(_fill(SEA, COAST, 0.5))
    elif layer_id == "islands":
        vl.renderer().setSymbol(_fill(None, ISLAND_OUTLINE, 0.8))
        _labels(vl, 13, True, "#3B2F22", False)
    elif layer_id == "claims":
        root = QgsRuleBasedRenderer.Rule(None)
        known = ", ".join(f"'{c}'" for c in CLAIMS)
        for claim, (color, historical) in list(CLAIMS.items()) + [(None, OTHER_CLAIM)]:
            which = f"\"claim\" = '{claim}'" if claim else f"coalesce(\"claim\", '') NOT IN ({known})"
            area = _fill(color, color, 1.6, historical, CLAIM_FILL_ALPHA)
            root.appendChild(QgsRuleBasedRenderer.Rule(area, 0, 0,
                                                       f"{which} and geometry_type($geometry) = 'Polygon'"))
            root.appendChild(QgsRuleBasedRenderer.Rule(_line(color, 2.2, historical), 0, 0,
                                                       f"{which} and geometry_type($geometry) = 'Line'"))
        vl.setRenderer(QgsRuleBasedRenderer(root))
    elif layer_id in POINT_LAYERS:
        accent = ACCENTS[layer_id]
        disc = QgsSimpleMarkerSymbolLayer()
        disc.setSize(SYMBOL_DIAMETER)
        disc.setSizeUnit(QgsUnitTypes.RenderPixels)
        disc.setColor(QColor(255, 255, 255, 235))
        disc.setStrokeColor(QColor(accent))
        disc.setStrokeWidth(1.5)
        disc.setStrokeWidthUnit(QgsUnitTypes.RenderPixels)
        icon = QgsSvgMarkerSymbolLayer(os.path.join(icons, "site.svg"), ICON_SIZE)
        icon.setSizeUnit(QgsUnitTypes.RenderPixels)
        icon.setDataDefinedProperty(QgsSymbolLayer.PropertyName,
                                    QgsProperty.fromExpression(f"'{icons}/' || \"type\" || '.svg'"))
        sym = QgsMarkerSymbol()
        sym.changeSymbolLayer(0, disc)
        sym.appendSymbolLayer(icon)
        vl.renderer().setSymbol(sym)
        _labels(vl, LABEL_SIZE[layer_id], layer_id == "places", "#1F2A30", True)
    else:
        raise SystemExit("no style for layer " + layer_id)
    return vl


def scene_layers(scene, icons):
    """QgsVectorLayers bottom to top."""
    return [layer(l["id"], l["file"], icons) for l in scene["layers"]]


def crs3857():
    return QgsCoordinateReferenceSystem("EPSG:3857")


def sea():
    return QColor(SEA)
