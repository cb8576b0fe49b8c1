#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 17, the export as users run it: `java -jar target/claimscape.jar export --out page.pdf` (the default page:
# A4 portrait, the disputed islands, its Sources annex) and `export --pack --out pack.pdf` as whole processes.
#
#   src/bench/export.sh [--smoke] [--runs N] [--before JAR]     (run.sh --only export calls it)
#
# --before JAR adds an earlier build's jar (built where it lies, with its claimscape-startup/ archive beside it) to
# the interleaved calls, as tool claimscape-before: before and after measured in the same minutes.
# Each call gets a fresh, empty XDG cache folder: the first export after installing, reading only what the build
# made. Prints result rows (measure, tool, value, unit, note) on stdout: best wall time, mean CPU time (user +
# system, the parent and child JVMs), and the load average, which on a shared machine matters more than anything.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SMOKE=0; RUNS=5; BEFORE=
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1; RUNS=1 ;;
    --runs) RUNS=$2; shift ;;
    --before) BEFORE=$(realpath "$2"); shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
say() { echo "== $*" >&2; }
APP=$ROOT/target/claimscape.jar
# The jar as users run it, with the class-data archive and seed shapes the build makes for it.
if [ ! -f "$APP" ] || [ -n "$(find src/main pom.xml -newer "$APP" -type f -print -quit)" ] \
    || [ -z "$(find "$ROOT/target/claimscape-startup" -name '*.jsa' -newer "$APP" -print -quit 2>/dev/null)" ]; then
  say "building target/claimscape.jar with its class-data archive"
  mvn -o -q -B -DskipTests package >&2 || mvn -q -B -DskipTests package >&2
fi
TIME=/usr/bin/time
[ -x $TIME ] || { say "installing GNU time"; apt-get install -y -q time >&2; }
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT

# One call under GNU time with a fresh cache folder; prints "wall cpu" in seconds, or "NaN NaN" when it failed.
timed() {
  local out cache
  cache=$(mktemp -d -p "$OUT")
  if out=$(XDG_CACHE_HOME=$cache $TIME -f '%e %U %S' "$@" 2>&1 >/dev/null | tail -1) \
      && [[ $out =~ ^[0-9.]+\ [0-9.]+\ [0-9.]+$ ]]; then
    awk -v o="$out" 'BEGIN { split(o, a, " "); print a[1], a[2] + a[3] }'
  else
    echo "NaN NaN"
  fi
}
best() { printf '%s\n' "$@" | sort -g | head -1; }
mean() { printf '%s\n' "$@" | awk '{ s += $1; n++ } END { print n ? s / n : "NaN" }'; }
all() { printf '%s ' "$@"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }

for kind in page pack; do
  args=(export --date 2026-01-01 --out "$OUT/$kind.pdf")
  [ $kind = pack ] && args+=(--pack)
  say "whole process, $RUNS interleaved calls each: export $kind"
  ours_w=(); ours_c=(); before_w=(); before_c=(); loads=()
  for i in $(seq "$RUNS"); do
    loads+=("$(cut -d' ' -f1 /proc/loadavg)")
    read -r w c < <(timed java -jar "$APP" "${args[@]}"); ours_w+=("$w"); ours_c+=("$c")
    if [ -n "$BEFORE" ]; then
      read -r w c < <(timed java -jar "$BEFORE" "${args[@]}"); before_w+=("$w"); before_c+=("$c")
    fi
  done
  cmd="java -jar claimscape.jar ${args[*]/#$OUT\//}"
  for tool in claimscape claimscape-before; do
    if [ $tool = claimscape ]; then w=("${ours_w[@]}"); c=("${ours_c[@]}"); jar=$APP
    elif [ -n "$BEFORE" ]; then w=("${before_w[@]}"); c=("${before_c[@]}"); jar=$BEFORE
    else continue; fi
    printf 'export-process/%s\t%s\t%s\tms\tbest of %s, whole process (%s, %s), runs: %ss; 1-min load at the calls: %s\n' \
      "$kind" "$tool" "$(ms "$(best "${w[@]}")")" "$RUNS" "$cmd" "$jar" "$(all "${w[@]}")" "$(all "${loads[@]}")"
    printf 'export-process/%s\t%s\t%s\tms cpu\tmean user + system time of %s runs (both JVMs): %ss\n' \
      "$kind" "$tool" "$(ms "$(mean "${c[@]}")")" "$RUNS" "$(all "${c[@]}")"
  done
done
