#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL server for the tests that run on both
# backends. Installs Debian's server package if needed, starts a server on a Unix
# socket in a temp folder (no TCP), exports its URL as CASEBOOK_TEST_PG (the tests then
# never skip: a server that cannot be reached fails them) and stops it when .ci/run exits.
# initdb refuses root, so under root the server runs as the unprivileged `postgres` user.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -1; }

if [ -z "$(pg_bin)" ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
fi
CASEBOOK_TEST_PG_BIN="$(pg_bin)"
if [ -z "$CASEBOOK_TEST_PG_BIN" ]; then
  echo "postgres.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2
  exit 1
fi
export CASEBOOK_TEST_PG_BIN

CASEBOOK_PG_DIR="$(mktemp -d /tmp/casebook-ci-pg.XXXXXX)"
chmod 755 "$CASEBOOK_PG_DIR"
PG_AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$CASEBOOK_PG_DIR"
  PG_AS=(runuser -u postgres --)
fi
"${PG_AS[@]}" "$CASEBOOK_TEST_PG_BIN/initdb" -D "$CASEBOOK_PG_DIR/data" -U casebook \
  --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${PG_AS[@]}" "$CASEBOOK_TEST_PG_BIN/pg_ctl" -D "$CASEBOOK_PG_DIR/data" \
  -l "$CASEBOOK_PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses='' -k $CASEBOOK_PG_DIR -c fsync=off -c max_connections=200" \
  start >/dev/null

casebook_pg_stop() {
  "${PG_AS[@]}" "$CASEBOOK_TEST_PG_BIN/pg_ctl" -D "$CASEBOOK_PG_DIR/data" -m fast -w stop \
    >/dev/null 2>&1 || true
  rm -rf "$CASEBOOK_PG_DIR"
}
trap casebook_pg_stop EXIT

export CASEBOOK_TEST_PG="postgresql://casebook@${CASEBOOK_PG_DIR//\//%2F}/postgres"
echo "postgres.sh: PostgreSQL $("$CASEBOOK_TEST_PG_BIN/postgres" --version | awk '{print $3}')" \
  "on $CASEBOOK_PG_DIR for the tests"
