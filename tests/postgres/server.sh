#!/usr/bin/env bash
# A private PostgreSQL for the tests and benchmarks: Debian's server binaries, a temporary folder, loopback only.
#
#   tests/postgres/server.sh start DIR   initdb into DIR (created; must not exist or be empty), start on a free port
#                                        of 127.0.0.1, create the database "supervision", write the Npgsql connection
#                                        string to DIR/connection and print it on stdout.
#   tests/postgres/server.sh start DIR PID   the same, and stop it (removing DIR) once process PID has ended: a test
#                                        process that starts its own server cannot leave it running.
#   tests/postgres/server.sh stop DIR    stop the server started in DIR and remove DIR.
#   tests/postgres/server.sh bin         print the folder holding initdb/pg_ctl (exit 1 when PostgreSQL is missing).
#
# As root (CI) the server runs as the unprivileged user "postgres" (runuser); otherwise as the calling user.
# Authentication is "trust", and only on 127.0.0.1 (TCP) and on a Unix socket inside DIR; nothing listens elsewhere.
# Install the binaries on Debian with: apt-get install postgresql
set -euo pipefail

bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir=$1 owner=${2:-} bin port tries
  bin=$(bin_dir) || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ -z "$(ls -A "$dir")" ] || { echo "$dir is not empty" >&2; exit 1; }
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  cat > "$dir/data/pg_hba.conf" <<HBA
local all all trust
host  all all 127.0.0.1/32 trust
HBA
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/pg_hba.conf"
  for tries in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300 -c synchronous_commit=on -c fsync=on" \
      > "$dir/pg_ctl.log" 2>&1; then
      echo "$port" > "$dir/port"
      as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE supervision" >/dev/null
      echo "Host=127.0.0.1;Port=$port;Database=supervision;Username=postgres" > "$dir/connection"
      cat "$dir/connection"
      if [ -n "$owner" ]; then
        nohup setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 2; done; "$2" stop "$3"' watcher "$owner" "$(cd "$(dirname "$0")" && pwd)/$(basename "$0")" "$dir" \
          >/dev/null 2>&1 < /dev/null &
      fi
      return 0
    fi
    grep -q "could not bind\|already in use" "$dir/server.log" 2>/dev/null || break
  done
  echo "PostgreSQL did not start:" >&2; cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null; exit 1
}

stop() {
  local dir=$1 bin
  [ -d "$dir/data" ] || { rm -rf "$dir"; return 0; }
  bin=$(bin_dir) || true
  [ -n "$bin" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:?usage: server.sh start DIR [PID]}" "${3:-}" ;;
  stop) stop "${2:?usage: server.sh stop DIR}" ;;
  bin) bin_dir ;;
  *) echo "usage: server.sh start DIR | stop DIR | bin" >&2; exit 2 ;;
esac
