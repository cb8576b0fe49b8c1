#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Claimscape's interaction figures, under an Xvfb of its own: start-up (launch to the first complete map) and
# pan/zoom frame times. Called by run.sh (section 6); prints rows for ResultTable on stdout, progress on stderr.
#
#   src/bench/ui.sh            start-up 5 times cold and 5 times warm, then PanZoomBench on the bundled data,
#                              with a generated 1,000,000-vertex layer and with a user's 1,000,000 points
#                              (about 7 minutes on 2 cores)
#   src/bench/ui.sh --smoke    one cold and one warm start-up, no frame times (under a minute)
#
# Options: --runs K (launches per start-up series). Rows: "measure<TAB>tool<TAB>value<TAB>unit<TAB>note".
# Logs: target/bench-results[-smoke]/ui/. Installs xvfb with apt-get when missing (not in --smoke mode).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

SMOKE=0; RUNS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --runs) RUNS=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ $SMOKE = 1 ]; then K=${RUNS:-1}; LOGS=$ROOT/target/bench-results-smoke/ui
else K=${RUNS:-5}; LOGS=$ROOT/target/bench-results/ui; fi
mkdir -p "$LOGS"
say() { echo "== ui: $*" >&2; }
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@"; }
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }
# Rows that say why there is no figure, so the table still shows the measures.
nan_rows() {
  row ui/startup-cold claimscape NaN ms "$1"
  row ui/startup-warm claimscape NaN ms "$1"
  row ui/frame-times claimscape NaN ms "$1"
}
MVN() { mvn -o -q -B "$@" >&2 || mvn -q -B "$@" >&2; }   # offline first, then Maven Central

# ---- 1. a display: our own Xvfb on a free display number (-displayfd picks it and says when it is ready) ----
if ! command -v Xvfb >/dev/null; then
  if [ $SMOKE = 1 ]; then
    say "no Xvfb: smoke mode skips the UI figures"
    nan_rows "no Xvfb (apt-get install xvfb)"; exit 0
  fi
  say "installing xvfb"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends xvfb; } >&2 \
    || true
  if ! command -v Xvfb >/dev/null; then nan_rows "no Xvfb: apt-get install xvfb failed"; exit 0; fi
fi
TMP=$(mktemp -d "${TMPDIR:-/tmp}/claimscape-ui.XXXXXX")
XPID=""
cleanup() {
  if [ -n "$XPID" ]; then kill "$XPID" 2>/dev/null || true; wait "$XPID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$TMP/display" >"$LOGS/xvfb.log" 2>&1 &
XPID=$!
for _ in $(seq 100); do
  [ -s "$TMP/display" ] && break
  kill -0 "$XPID" 2>/dev/null || break
  sleep 0.1
done
if [ ! -s "$TMP/display" ]; then
  tail -5 "$LOGS/xvfb.log" >&2
  nan_rows "Xvfb did not start (see $LOGS/xvfb.log)"; exit 0
fi
export DISPLAY=:$(head -1 "$TMP/display")
say "Xvfb on $DISPLAY (1600x1000x24; JavaFX falls back to its software pipeline there)"
FX=(-Dprism.verbose=false -Djava.io.tmpdir="$TMP")

# ---- 2. start-up: the real app, cold (fresh XDG dirs: no window state, no tile cache) and warm ----
APP=$ROOT/target/claimscape.jar
if [ ! -f "$APP" ] || [ -n "$(find src/main pom.xml -newer "$APP" -type f -print -quit)" ]; then
  say "building target/claimscape.jar"
  MVN -DskipTests package
fi
# One launch with XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME under $1; prints "first-map shown complete"
# in ms. The app exits once the window is complete, right after the first map (-Dclaimscape.exitAfterFirstMap: the
# bars and panels follow the map); its log goes to $2. The clock starts
# in this shell just before java is started (-Dclaimscape.launchedAt), so JVM boot counts too.
launch() {
  mkdir -p "$1/config" "$1/cache" "$1/state"
  XDG_CONFIG_HOME=$1/config XDG_CACHE_HOME=$1/cache XDG_STATE_HOME=$1/state \
    timeout -k 10 180 java "${FX[@]}" -Dclaimscape.exitAfterFirstMap=true -Dclaimscape.launchedAt="$(date +%s%3N)" \
      -jar "$APP" >"$2" 2>&1 || true
  local first shown complete
  first=$(sed -n 's/.*first complete map \([0-9][0-9]*\) ms after launch.*/\1/p' "$2" | head -1)
  shown=$(sed -n 's/.*window shown \([0-9][0-9]*\) ms after launch.*/\1/p' "$2" | head -1)
  complete=$(sed -n 's/.*window complete ([^)]*) \([0-9][0-9]*\) ms after launch.*/\1/p' "$2" | head -1)
  echo "${first:-NaN} ${shown:-NaN} ${complete:-NaN}"
}
# min, median and count of the numbers given (NaN left out): "min median n", or "NaN NaN 0".
stats() {
  printf '%s\n' "$@" | grep -v NaN | sort -n | awk '{ v[NR] = $1 }
    END { if (NR == 0) { print "NaN NaN 0"; exit }
          m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print v[1], m, NR }'
}
# Emits one start-up row: measure, what the series is, the load after it, then the figures of each launch.
startup_row() {
  local measure=$1 what=$2 after=$3; shift 3
  local s min med n
  s=$(stats "$@"); read -r min med n <<<"$s"
  if [ "$n" = 0 ]; then
    row "$measure" claimscape NaN ms "no launch of $K got there (logs in $LOGS)"
  else
    row "$measure" claimscape "$min" ms "best of $n/$K launches, median $med ms (all: $*); $what; $after"
  fi
}
COLD_FIRST=(); COLD_SHOWN=(); COLD_DONE=(); WARM_FIRST=(); WARM_SHOWN=(); WARM_DONE=()
for i in $(seq "$K"); do
  say "start-up cold $i/$K"
  read -r f s c <<<"$(launch "$TMP/cold-$i" "$LOGS/startup-cold-$i.log")"
  COLD_FIRST+=("$f"); COLD_SHOWN+=("$s"); COLD_DONE+=("$c")
done
COLD_LOAD=$(load)
# The last cold launch is the priming run: its tile cache and saved window state are reused.
for i in $(seq "$K"); do
  say "start-up warm $i/$K"
  read -r f s c <<<"$(launch "$TMP/cold-$K" "$LOGS/startup-warm-$i.log")"
  WARM_FIRST+=("$f"); WARM_SHOWN+=("$s"); WARM_DONE+=("$c")
done
WARM_LOAD=$(load)
COLD="first launch: fresh XDG config, cache and state dirs (no window state, no tile cache)"
WARM="tile cache and window state of the last cold launch reused"
startup_row ui/startup-cold "launch to first complete map; $COLD" "$COLD_LOAD" "${COLD_FIRST[@]}"
startup_row ui/startup-warm "launch to first complete map; $WARM" "$WARM_LOAD" "${WARM_FIRST[@]}"
startup_row ui/window-shown-cold "launch to stage shown; $COLD" "$COLD_LOAD" "${COLD_SHOWN[@]}"
startup_row ui/window-shown-warm "launch to stage shown; $WARM" "$WARM_LOAD" "${WARM_SHOWN[@]}"
startup_row ui/window-complete-cold "launch to bars and panels built; $COLD" "$COLD_LOAD" "${COLD_DONE[@]}"
startup_row ui/window-complete-warm "launch to bars and panels built; $WARM" "$WARM_LOAD" "${WARM_DONE[@]}"

# ---- 3. frame times: PanZoomBench (test scope) on the bundled data, with a 1,000,000-vertex layer, and with a
#      user's layer of 1,000,000 points ----
# With the JIT setting the window's JVM has (C1 only: app.Launcher.WINDOW_JIT, and the pom for javafx:run).
if [ $SMOKE = 1 ]; then
  say "frame times skipped in smoke mode (PanZoomBench takes about a minute per run under Xvfb)"
  row ui/frame-times claimscape NaN ms "skipped in --smoke (PanZoomBench takes a minute under Xvfb)"
  exit 0
fi
say "building the test classpath"
MVN test-compile
MVN dependency:build-classpath -Dmdep.outputFile="$TMP/test-cp.txt" -Dmdep.includeScope=test
CP=$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$TMP/test-cp.txt")
for variant in bundled stress points; do
  case $variant in
    stress) ARGS=(--stress); TOOL=claimscape-bundled+1m-vertices ;;
    points) ARGS=(--points); TOOL=claimscape-bundled+1m-points ;;
    *) ARGS=(); TOOL=claimscape-bundled ;;
  esac
  say "frame times [$variant]"
  rc=0
  XDG_CACHE_HOME=$TMP/cache timeout -k 10 900 java "${FX[@]}" -XX:TieredStopAtLevel=1 -cp "$CP" org.claimscape.ui.PanZoomBench "${ARGS[@]}" \
    >"$LOGS/panzoom-$variant.log" 2>&1 || rc=$?
  grep -E '^(warm-up|measured|    )' "$LOGS/panzoom-$variant.log" >&2 || true
  if grep -q '^ROW	' "$LOGS/panzoom-$variant.log"; then
    L=$(load)
    grep '^ROW	' "$LOGS/panzoom-$variant.log" | cut -f2- | sed "s/\$/; $L/"
  else
    row ui/step-render-p95 "$TOOL" NaN ms "PanZoomBench failed (exit $rc; see $LOGS/panzoom-$variant.log)"
  fi
done
