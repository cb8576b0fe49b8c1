#!/usr/bin/env bash
# Builds ../../world.geojson: Natural Earth 1:50m land and land borders (public domain, via npm world-atlas 2.0.2)
# for the small scales, with the hi-res basemap's box (lon 139..157, lat 41..52) cut out so that GSHHG land is the
# only land drawn there. Needs node 20 + npm. Run from anywhere; works in a temporary folder.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/../../world.geojson
WORK=${WORKDIR:-$(mktemp -d)}
cd "$WORK"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund world-atlas@2.0.2 topojson-client@3.1.0 mapshaper@0.7.70 >/dev/null
export PATH=$PWD/node_modules/.bin:$PATH
BOX=139,41,157,52

topo2geo land=land-50m.json < node_modules/world-atlas/land-50m.json
# Shared land borders only (mapshaper -innerlines): coasts come from the land polygons.
topo2geo countries=countries-50m.json < node_modules/world-atlas/countries-50m.json
# -clean: simplification can push a coast over a small island offshore; overlaps are resolved.
# Antarctica's ring runs along the south pole from 180 to -180; simplification leaves a slanting edge near 84.3 S
# across the world, so the land is cut at 80 S (the Mercator map shows little of what lies south of it).
node "$HERE/unwrap.js" land-50m.json > land-unwrapped.json  # cut at the antimeridian
mapshaper -i land-unwrapped.json -explode -erase bbox=$BOX -simplify 12% keep-shapes \
  -filter-slivers min-area=20km2 -clean -clip bbox=-180,-80,180,85.06 -o land.json precision=0.001 format=geojson geojson-type=FeatureCollection
mapshaper -i countries-50m.json -innerlines -erase bbox=$BOX -simplify 12% \
  -o borders.json precision=0.001 format=geojson geojson-type=FeatureCollection
node "$HERE/assemble-world.js" land.json borders.json > "$OUT"
ls -l "$OUT"
