#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 17, reading at the user's scale: a million point features as GeoJSON, GeoPackage and CSV, read by
# `claimscape info` and by GDAL (`ogr2ogr -f Memory`) as whole processes, interleaved call by call so both see the
# same machine; then, inside one warm JVM, Claimscape's reader against a raw Jackson token pass over the GeoJSON.
# Last, ManyPointsBench draws the points as a user layer over the bundled map (first drawing, pan steps at each zoom).
#
#   src/bench/many.sh [--smoke] [--runs N] [--features N] [--before JAR]     (run.sh --only many calls it)
#
# --before JAR adds an earlier build's `info` (e.g. main's target/claimscape.jar, copied aside) to the interleaved
# calls, as tool claimscape-before: before and after measured in the same minutes.
# Prints result rows (measure, tool, value, unit, note) on stdout, progress on stderr. Inputs are made in
# target/bench-data[-smoke]/ (never checked in): ManyFeatures writes the GeoJSON (seeded), ogr2ogr converts it.
# Needs target/claimscape.jar (built when missing or older than the sources) and target/benchmarks.jar (run.sh
# builds it; built here when missing); gdal-bin for the peer rows and the GeoPackage and CSV inputs.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SMOKE=0; RUNS=5; N=1000000; BEFORE=
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1; RUNS=1; N=20000 ;;
    --runs) RUNS=$2; shift ;;
    --features) N=$2; shift ;;
    --before) BEFORE=$(realpath "$2"); shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
say() { echo "== $*" >&2; }
MVN() { mvn -o -q -B "$@" >&2 || mvn -q -B "$@" >&2; }
DATA=$ROOT/target/bench-data$([ $SMOKE = 1 ] && echo -smoke || true)
mkdir -p "$DATA"
APP=$ROOT/target/claimscape.jar
BENCH=$ROOT/target/benchmarks.jar
if [ ! -f "$BENCH" ]; then
  say "building target/benchmarks.jar"
  MVN -Pbench -Dmaven.test.skip=true -Dclaimscape.classArchive.skip=true package
fi
# The jar as users run it: with the class-data archive the build makes for it (the command line maps it too). A
# bench build (-Pbench) remakes the jar without one, so an archive older than the jar means a rebuild.
if [ ! -f "$APP" ] || [ -n "$(find src/main pom.xml -newer "$APP" -type f -print -quit)" ] \
    || [ -z "$(find "$ROOT/target/claimscape-startup" -name '*.jsa' -newer "$APP" -print -quit 2>/dev/null)" ]; then
  say "building target/claimscape.jar with its class-data archive"
  MVN -DskipTests package
fi
TIME=/usr/bin/time
[ -x $TIME ] || { say "installing GNU time (for the resident memory)"; apt-get install -y -q time >&2; }
GDAL=0; command -v ogr2ogr >/dev/null && GDAL=1

# ---- inputs: the GeoJSON (seeded), and the same features as GeoPackage and CSV (X, Y columns) by ogr2ogr ----
TAG=$([ "$N" = 1000000 ] && echo 1m || echo "$N")
GJ=$DATA/points-$TAG.geojson
[ -s "$GJ" ] || java -cp "$BENCH" org.claimscape.bench.ManyFeatures "$GJ" "$N" >&2
FILES=("$GJ")
if [ $GDAL = 1 ]; then
  [ -s "${GJ%.geojson}.gpkg" ] || ogr2ogr -f GPKG "${GJ%.geojson}.gpkg" "$GJ" -nln points >&2
  [ -s "${GJ%.geojson}.csv" ] || ogr2ogr -f CSV "${GJ%.geojson}.csv" "$GJ" -lco GEOMETRY=AS_XY >&2
  FILES+=("${GJ%.geojson}.gpkg" "${GJ%.geojson}.csv")
else
  say "no ogr2ogr (apt-get install gdal-bin): GeoJSON only, no GDAL rows"
fi

# ---- whole processes, interleaved: best wall time, largest resident set of the runs ----
# One call under GNU time; prints "seconds maxrss_kb cpu_seconds" (cpu: user + system, every thread and child
# process), or "NaN NaN NaN" when the command failed.
timed() {
  local out
  if out=$($TIME -f '%e %M %U %S' "$@" 2>&1 >/dev/null | tail -1) && [[ $out =~ ^[0-9.]+\ [0-9]+\ [0-9.]+\ [0-9.]+$ ]]; then
    echo "$out" | awk '{print $1, $2, $3 + $4}'
  else
    echo "NaN NaN NaN"
  fi
}
for f in "${FILES[@]}"; do
  name=$(basename "$f")
  peer=(ogr2ogr -f Memory mem "$f")
  case "$f" in *.csv) peer+=(-oo X_POSSIBLE_NAMES=X -oo Y_POSSIBLE_NAMES=Y -oo KEEP_GEOM_COLUMNS=NO) ;; esac
  say "whole process, $RUNS interleaved calls each: $name"
  ours_t=(); ours_m=(); ours_c=(); gdal_t=(); gdal_m=(); gdal_c=(); before_t=(); before_m=(); before_c=()
  for i in $(seq "$RUNS"); do
    read -r t m c < <(timed java -jar "$APP" info "$f"); ours_t+=("$t"); ours_m+=("$m"); ours_c+=("$c")
    if [ -n "$BEFORE" ]; then
      read -r t m c < <(timed java -jar "$BEFORE" info "$f"); before_t+=("$t"); before_m+=("$m"); before_c+=("$c")
    fi
    if [ $GDAL = 1 ]; then read -r t m c < <(timed "${peer[@]}"); gdal_t+=("$t"); gdal_m+=("$m"); gdal_c+=("$c"); fi
  done
  best() { printf '%s\n' "$@" | sort -g | head -1; }
  most() { printf '%s\n' "$@" | sort -g | tail -1; }
  all() { printf '%s ' "$@"; }
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf 'info-1m/%s\tclaimscape\t%s\tms\tbest of %s, whole process (java -jar claimscape.jar info), runs: %ss; load %s\n' \
    "$name" "$(awk -v s="$(best "${ours_t[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "$(all "${ours_t[@]}")" "$load"
  printf 'rss-1m/%s\tclaimscape\t%s\tMB\tlargest resident set of %s runs (GNU time, the child JVM included)\n' \
    "$name" "$(awk -v k="$(most "${ours_m[@]}")" 'BEGIN{printf "%.0f", k/1024}')" "$RUNS"
  printf 'cpu-1m/%s\tclaimscape\t%s\tms\tleast CPU time (user + system, every thread) of %s runs: %ss\n' \
    "$name" "$(awk -v s="$(best "${ours_c[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "$(all "${ours_c[@]}")"
  if [ -n "$BEFORE" ]; then
    printf 'info-1m/%s\tclaimscape-before\t%s\tms\tbest of %s, whole process (%s), runs: %ss\n' "$name" \
      "$(awk -v s="$(best "${before_t[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "$BEFORE" "$(all "${before_t[@]}")"
    printf 'rss-1m/%s\tclaimscape-before\t%s\tMB\tlargest resident set of %s runs\n' "$name" \
      "$(awk -v k="$(most "${before_m[@]}")" 'BEGIN{printf "%.0f", k/1024}')" "$RUNS"
    printf 'cpu-1m/%s\tclaimscape-before\t%s\tms\tleast CPU time of %s runs: %ss\n' "$name" \
      "$(awk -v s="$(best "${before_c[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "$(all "${before_c[@]}")"
  fi
  if [ $GDAL = 1 ]; then
    printf 'info-1m/%s\tgdal-ogr2ogr\t%s\tms\tbest of %s, whole process (%s), runs: %ss\n' "$name" \
      "$(awk -v s="$(best "${gdal_t[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "${peer[*]}" "$(all "${gdal_t[@]}")"
    printf 'rss-1m/%s\tgdal-ogr2ogr\t%s\tMB\tlargest resident set of %s runs\n' "$name" \
      "$(awk -v k="$(most "${gdal_m[@]}")" 'BEGIN{printf "%.0f", k/1024}')" "$RUNS"
    printf 'cpu-1m/%s\tgdal-ogr2ogr\t%s\tms\tleast CPU time of %s runs: %ss\n' "$name" \
      "$(awk -v s="$(best "${gdal_c[@]}")" 'BEGIN{print s*1000}')" "$RUNS" "$(all "${gdal_c[@]}")"
  fi
done
if [ $GDAL = 1 ]; then
  printf 'version\tgdal-ogr2ogr\tNaN\t-\t%s\n' "$(ogr2ogr --version | head -1)"
fi

# ---- inside one JVM: the reader against a raw Jackson token pass; the live heap of the layer ----
say "in one JVM: reader against a raw Jackson token pass"
java -Xmx3g -cp "$BENCH" org.claimscape.bench.ManyFeaturesBench "$([ $SMOKE = 1 ] && echo 1 || echo 3)" "${FILES[@]}"

# ---- drawing them: the first map with the layer and pan steps at zooms 5 to 14 (ManyPointsBench) ----
say "drawing a million points: first map, pan steps at zooms 5-14"
if [ $SMOKE = 1 ]; then
  java -Xmx3g -Djava.awt.headless=true -cp "$BENCH" org.claimscape.bench.ManyPointsBench "$N" --zooms 5,12
else
  java -Xmx3g -Djava.awt.headless=true -cp "$BENCH" org.claimscape.bench.ManyPointsBench "$N"
fi | sed "s/\$/; load $(cut -d' ' -f1-3 /proc/loadavg)/"
