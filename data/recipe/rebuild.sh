#!/usr/bin/env bash
# Rebuilds the bundled layers from data/recipe/input in place, in the order they were made, and checks them.
# Every step is deterministic and idempotent; a rebuild of a clean checkout leaves `git status` clean.
# Needs Python 3 with shapely and pyproj (Debian: python3-shapely python3-pyproj). world.geojson is built
# separately by recipe/world/build.sh (node and npm).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
"$PY" data/recipe/build.py            # basemap, islands, claims and points from the inputs and the fact sheet
"$PY" data/recipe/corrections_2024.py # district membership, 1945 per island group, places, dates, citations
"$PY" data/recipe/grades_2026.py      # confidence regraded where only republications back "high"
"$PY" data/recipe/corrections_2026.py # no invented offsets; 1947 renaming dates
"$PY" data/recipe/additions_2026.py   # sourced events the issue tracker listed as missing
"$PY" data/recipe/reference.py        # seas, straits, large islands and countries as label points
"$PY" data/recipe/check.py
