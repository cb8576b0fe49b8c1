#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Claimscape benchmarks against the tools users would pick instead, same work, same run; prints one table.
#
#   src/bench/run.sh            the full suite (about 25 minutes on 2 cores); installs the peers with apt-get
#   src/bench/run.sh --smoke    a minute or two: tiny inputs, one call each, peers skipped when not installed
#
# Options: --no-peers (Claimscape only), --no-jmh (CPU-time harness only), --runs N (peer and harness calls),
#          --only ingest,many,render,export,pick,search,heap,ui,postgis (a part of the suite; many =
#          src/bench/many.sh: a million point features as GeoJSON, GeoPackage and CSV, `claimscape info` against
#          ogr2ogr as whole processes and the reader against a raw Jackson token pass, 15-20 minutes; ui =
#          src/bench/ui.sh: start-up and pan/zoom frame times under an Xvfb of its own, about 5 minutes, 30 s in
#          --smoke; postgis = src/bench/postgis.sh: a 1,000,000-point PostGIS table beside the same points as
#          GeoJSON and GeoPackage, first view, pan/zoom steps by zoom, rows read, RSS and heap, in a throwaway
#          server of its own, 20-40 minutes, 20,000 points in --smoke; export = ExportBench in the JVM and
#          src/bench/export.sh, a page and the pack as whole processes, about 2 minutes).
# Output: target/bench-results[-smoke]/ (table.md, jmh.csv, rows.tsv, peer images); inputs in target/bench-data.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

SMOKE=0; PEERS=1; JMH=1; RUNS=""; ONLY="ingest many render export pick search heap ui postgis"
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --no-peers) PEERS=0 ;;
    --no-jmh) JMH=0 ;;
    --runs) RUNS=$2; shift ;;
    --only) ONLY=${2//,/ }; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ $SMOKE = 1 ]; then
  JMH=0; RUNS=${RUNS:-1}; OUT=$ROOT/target/bench-results-smoke; DATA=$ROOT/target/bench-data-smoke
else
  RUNS=${RUNS:-7}; OUT=$ROOT/target/bench-results; DATA=$ROOT/target/bench-data
fi
rm -rf "$OUT"; mkdir -p "$OUT" "$DATA"
ROWS=$OUT/rows.tsv; : > "$ROWS"
say() { echo "== $*" >&2; }
PY=/usr/bin/python3   # Debian's Python: the one python3-mapnik, python3-gdal and python3-qgis install into
export PYTHONDONTWRITEBYTECODE=1

# ---- 1. peers: install what is missing (a full run on a fresh machine), or skip them (smoke) ----
PEER_PKGS="gdal-bin python3-gdal python3-mapnik qgis python3-qgis xvfb hyperfine"
missing() { for p in $PEER_PKGS; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done; }
if [ $PEERS = 1 ] && [ -n "$(missing)" ]; then
  if [ $SMOKE = 1 ]; then
    say "peers not installed ($(missing | tr '\n' ' ')): smoke mode skips what is missing"
  else
    say "installing peers: $(missing | tr '\n' ' ')"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $(missing)
  fi
fi
have() { dpkg -s "$1" >/dev/null 2>&1 && [ -x "$PY" ]; }

# ---- 2. build target/benchmarks.jar (profile bench) ----
say "building target/benchmarks.jar"
mvn -o -q -Pbench -Dmaven.test.skip=true package 2>/dev/null || mvn -q -Pbench -Dmaven.test.skip=true package
JAR=$ROOT/target/benchmarks.jar
JAVA=(java -Xmx4g -Djava.awt.headless=true -Dclaimscape.bench.data="$ROOT/data" -Dclaimscape.bench.out="$DATA")

# ---- 3. inputs: the bundled data and the 1,000,000-vertex land layer, made reproducibly ----
say "inputs in $DATA"
"${JAVA[@]}" -cp "$JAR" org.claimscape.bench.BenchData "$DATA" $([ $SMOKE = 1 ] && echo --smoke) >&2
DENSE=$DATA/land-dense.geojson
if [ $SMOKE = 1 ]; then INGEST_FILES=("$ROOT/data/lakes.geojson" "$DENSE"); SCENES="detail dense-overview"
else INGEST_FILES=("$ROOT/data/land.geojson" "$ROOT/data/claims.geojson" "$DENSE"); SCENES=""; fi

# ---- 4. Claimscape: JMH (wall time) and the harness (CPU time per call; the whole smoke mode) ----
want() { case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
BENCHES=()
want ingest && BENCHES+=(IngestBench)
want render && BENCHES+=(RenderBench)
want export && BENCHES+=(ExportBench)
want pick && BENCHES+=(PickBench)
want search && BENCHES+=(SearchBench)
# Only the classes this build has (ExportBench and PickBench need the export and picker code on main).
AVAILABLE=()
for b in "${BENCHES[@]}"; do unzip -l "$JAR" "org/claimscape/bench/$b.class" >/dev/null 2>&1 && AVAILABLE+=("$b"); done
if [ ${#AVAILABLE[@]} -gt 0 ]; then
  if [ $JMH = 1 ]; then
    PATTERN=$(IFS='|'; echo "${AVAILABLE[*]}")
    say "JMH: ${AVAILABLE[*]}"
    "${JAVA[@]}" -jar "$JAR" -rf json -rff "$OUT/jmh.json" \
      -jvmArgsAppend "-Dclaimscape.bench.data=$ROOT/data -Dclaimscape.bench.out=$DATA" \
      "$PATTERN" > "$OUT/jmh.log" 2>&1 || { tail -40 "$OUT/jmh.log" >&2; exit 1; }
  fi
  say "harness (CPU time): ${AVAILABLE[*]}"
  "${JAVA[@]}" -cp "$JAR" org.claimscape.bench.Harness $([ $SMOKE = 1 ] && echo --smoke) --runs "$RUNS" \
    "${AVAILABLE[@]}" >> "$ROWS"
fi
if want heap; then
  say "heap after loading the bundled data"
  "${JAVA[@]}" -cp "$JAR" org.claimscape.bench.HeapProbe >> "$ROWS"
fi

# ---- 5. peers ----
if [ $PEERS = 1 ]; then
  cd "$ROOT/src/bench/peers"
  if want ingest && have python3-gdal; then
    say "GDAL in-process"
    $PY gdal_ingest.py "$RUNS" "${INGEST_FILES[@]}" >> "$ROWS"
  fi
  if want ingest && have gdal-bin && command -v hyperfine >/dev/null; then
    say "GDAL ogr2ogr process (hyperfine)"
    for f in "${INGEST_FILES[@]}"; do
      hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/hyperfine.json" \
        "ogr2ogr -f Memory mem $f" >/dev/null 2>&1
      $PY - "$OUT/hyperfine.json" "$(basename "$f")" "$RUNS" >> "$ROWS" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
name, runs = sys.argv[2], sys.argv[3]
print(f"ingest/{name}\tgdal-ogr2ogr\t{min(r['times']) * 1000:.3f}\tms\tbest of {runs}, whole process (hyperfine)")
print(f"ingest/{name}\tgdal-ogr2ogr\t{(r['user'] + r['system']) * 1000:.3f}\tms cpu\tmean of {runs}, whole process (hyperfine)")
PYEOF
    done
  fi
  if want render && have python3-mapnik; then
    say "Mapnik"
    $PY mapnik_render.py "$DATA/scenes.json" "$RUNS" "$OUT" $SCENES >> "$ROWS"
  fi
  if want render && have python3-qgis; then
    say "QGIS"
    QT_QPA_PLATFORM=offscreen $PY qgis_render.py "$DATA/scenes.json" "$RUNS" "$OUT" $SCENES >> "$ROWS" 2>"$OUT/qgis.log" \
      || { tail -20 "$OUT/qgis.log" >&2; exit 1; }
  fi
  if want export && have python3-qgis; then
    say "QGIS layout export"
    QT_QPA_PLATFORM=offscreen $PY qgis_export.py "$DATA/scenes.json" "$RUNS" "$OUT" >> "$ROWS" 2>>"$OUT/qgis.log" \
      || { tail -20 "$OUT/qgis.log" >&2; exit 1; }
  fi
  cd "$ROOT"
fi

# ---- 6. a million small features (issue 17): whole processes against ogr2ogr, the reader against Jackson ----
if want many; then
  say "a million point features: GeoJSON, GeoPackage, CSV (src/bench/many.sh)"
  "$ROOT/src/bench/many.sh" $([ $SMOKE = 1 ] && echo --smoke) --runs "$([ $SMOKE = 1 ] && echo 1 || echo "${RUNS}")" \
    >> "$ROWS"
fi

# ---- 6b. the export as users run it (issue 17): a page and the pack as whole processes (src/bench/export.sh) ----
if want export; then
  say "export page and pack as whole processes (src/bench/export.sh)"
  "$ROOT/src/bench/export.sh" $([ $SMOKE = 1 ] && echo --smoke) --runs "$([ $SMOKE = 1 ] && echo 1 || echo "${RUNS}")" \
    >> "$ROWS"
fi

# ---- 7. UI: start-up and pan/zoom frame times, under an Xvfb of its own (src/bench/ui.sh) ----
# ui.sh launches target/claimscape.jar 5 times with fresh XDG dirs (cold) and 5 times reusing the last one's tile
# cache and window state (warm), reading the "first complete map N ms after launch" the app logs, then runs
# org.claimscape.ui.PanZoomBench (test scope) on the bundled data and with a 1,000,000-vertex layer. Its rows:
# "ui/startup-cold<TAB>claimscape<TAB>1450<TAB>ms<TAB>note", ui/startup-warm, ui/window-shown-cold|warm, ui/window-complete-cold|warm and
# "ui/step-render-p95<TAB>claimscape-bundled<TAB>12.5<TAB>ms<TAB>note" (p50, p95, max; ui/frame-interval-*, ui/fx-step-layout-*;
# tool claimscape-bundled+1m-vertices with the stress layer). --smoke: one launch each, no frame times, and NaN
# rows when there is no Xvfb. A tree without ui.sh gets placeholder rows.
if want ui; then
  if [ -x "$ROOT/src/bench/ui.sh" ]; then
    say "UI frame times and start-up"
    "$ROOT/src/bench/ui.sh" $([ $SMOKE = 1 ] && echo --smoke) >> "$ROWS"
  else
    printf 'ui/frame-times\tclaimscape\tNaN\t-\tnot wired yet (src/bench/ui.sh)\n' >> "$ROWS"
    printf 'ui/startup\tclaimscape\tNaN\t-\tnot wired yet (src/bench/ui.sh)\n' >> "$ROWS"
  fi
fi

# ---- 8. a PostGIS table of a million points beside the same points in files (issue 18; src/bench/postgis.sh) ----
if want postgis; then
  say "a PostGIS table of a million points beside GeoJSON and GeoPackage (src/bench/postgis.sh)"
  "$ROOT/src/bench/postgis.sh" --no-build $([ $SMOKE = 1 ] && echo --smoke) >> "$ROWS"
fi

# ---- 9. the table ----
printf 'load\tmachine\tNaN\t-\tload average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$ROWS"
"${JAVA[@]}" -cp "$JAR" org.claimscape.bench.ResultTable "$OUT/jmh.json" "$ROWS" | tee "$OUT/table.md"
