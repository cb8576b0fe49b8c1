# SPDX-License-Identifier: GPL-3.0-or-later
"""The cartography of Claimscape's StyleCatalog (render package), restated for the peers so that every
renderer draws the same symbols: colours, widths, dashes, point discs with icons, labels."""

SEA = "#C6DCEA"
COAST = "#6F8EA3"
LAND = {"JP": "#F7EBDD", "RU": "#ECE9EE", "disputed": "#F1ECE2", "other": "#F3F0E7"}
ISLAND_OUTLINE = "#6B5B4B"
# claim id -> (colour, historical = dashed)
CLAIMS = {
    "jp-claim": ("#C62828", False),
    "ru-admin": ("#1E5AA8", False),
    "declaration-1956": ("#7B1FA2", True),
    "shimoda-1855": ("#8D6E00", True),
    "st-petersburg-1875": ("#2E7D32", True),
    "soviet-occupation-1945": ("#D84315", True),
}
CLAIM_FILL_ALPHA = 38 / 255.0
# claims not in CLAIMS: StyleCatalog picks from a palette by the claim id's hash; the peers use its first colour
OTHER_CLAIM = ("#00838F", True)
ACCENTS = {"military": "#B71C1C", "projects": "#2E7D32", "places": "#37474F", "events": "#6A1B9A"}
POINT_LAYERS = ("military", "projects", "places", "events")
SYMBOL_DIAMETER = 24
ICON_SIZE = 16
LABEL_SIZE = {"places": 11.5, "military": 10.5, "projects": 10.5, "events": 10.5, "land": 13, "islands": 13}
