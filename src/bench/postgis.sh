#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A PostGIS table of N points (1,000,000 by default) beside the same points in a GeoJSON file and a GeoPackage
# (org.claimscape.bench.PostgisBench): the first view, a scripted pan/zoom at zooms 6 to 14 (read when needed plus
# frame, p50/p95 by zoom), the rows each read fetched, peak RSS and live heap; each source in a JVM of its own.
# Starts a throwaway PostgreSQL with PostGIS of its own (Debian postgresql, postgresql-15-postgis-3) in a temporary
# folder on a free local port, and deletes it afterwards. Result rows go to stdout (and
# target/bench-results/postgis.tsv), progress to stderr.
#
#   src/bench/postgis.sh [--smoke] [--no-build] [N]     --smoke: 20,000 points; 15-20 minutes for 1,000,000
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
N=1000000; BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) N=20000 ;;
    --no-build) BUILD=0 ;;
    *) N=$1 ;;
  esac
  shift
done
say() { echo "== postgis: $*" >&2; }
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ ! -x "$BIN/initdb" ] || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  say "skipped: install postgresql and postgresql-15-postgis-3 first"
  printf 'postgis/first-view\tclaimscape\tNaN\t-\tskipped: postgresql and postgresql-15-postgis-3 not installed\n'
  exit 0
fi
[ $BUILD = 0 ] || mvn -o -q -Pbench -Dmaven.test.skip=true -Dclaimscape.classArchive.skip=true package >&2

DIR=$(mktemp -d /tmp/claimscape-pgbench-XXXX)
RUNAS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUNAS=(runuser -u postgres --); fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PW=bench-$$
echo "$PW" > "$DIR/pw"; [ ${#RUNAS[@]} = 0 ] || chown postgres "$DIR/pw"
cleanup() { "${RUNAS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
"${RUNAS[@]}" "$BIN/initdb" -D "$DIR/data" -U bench --pwfile="$DIR/pw" --auth-host=scram-sha-256 \
  --auth-local=trust -E UTF8 --locale=C --no-sync --no-instructions >/dev/null
"${RUNAS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -c listen_addresses=127.0.0.1 \
  -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB" start >/dev/null
"${RUNAS[@]}" "$BIN/psql" -h "$DIR" -p "$PORT" -U bench -d postgres -qc "CREATE DATABASE bench" >/dev/null
"${RUNAS[@]}" "$BIN/psql" -h "$DIR" -p "$PORT" -U bench -d bench -qc "CREATE EXTENSION postgis" >/dev/null

mkdir -p "$ROOT/target/bench-results" "$ROOT/target/bench-data"
URI="postgresql://bench@127.0.0.1:$PORT/bench"
# PostgisBench MODE URI OUTDIR N [geojson|gpkg]
part() {
  local mode=$1; shift
  PGPASSWORD=$PW java -Xmx4g -Djava.awt.headless=true -cp "$ROOT/target/benchmarks.jar" \
    org.claimscape.bench.PostgisBench "$mode" "$URI" "$ROOT/target/bench-data" "$N" "$@"
}
bench() {
  say "writing $N points to the table, a GeoJSON file and a GeoPackage"
  part prepare
  say "the GeoJSON file"; part file geojson
  say "the GeoPackage"; part file gpkg
  say "the table"; part table
}
bench | tee "$ROOT/target/bench-results/postgis.tsv"
say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
