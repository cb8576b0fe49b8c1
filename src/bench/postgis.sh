#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A PostGIS table of N points (1,000,000 by default) beside the same data in a GeoJSON file: load time, heap and
# a scripted pan/zoom drawn from each (org.claimscape.bench.PostgisBench). Starts a throwaway PostgreSQL with
# PostGIS of its own (Debian postgresql, postgresql-15-postgis-3) in a temporary folder on a free local port, and
# deletes it afterwards. Rows go to target/bench-results/postgis.tsv.
#
#   src/bench/postgis.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
N=${1:-1000000}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$BIN/initdb" ] || { echo "install postgresql and postgresql-15-postgis-3 first" >&2; exit 1; }
mvn -o -q -Pbench -Dmaven.test.skip=true -Dclaimscape.classArchive.skip=true package

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
PGPASSWORD=$PW java -Xmx6g -Djava.awt.headless=true -cp "$ROOT/target/benchmarks.jar" \
  org.claimscape.bench.PostgisBench "postgresql://bench@127.0.0.1:$PORT/bench" "$ROOT/target/bench-data" "$N" \
  | tee "$ROOT/target/bench-results/postgis.tsv"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
