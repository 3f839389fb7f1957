#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: `start DIR` initialises one in a temporary
# folder on a free loopback port and writes its base URL to DIR/postgres.url; `pause` and
# `resume` stop it and start it again on the same port (an outage); `stop DIR` stops it and
# removes it. PostgreSQL refuses to run as root, so as root the cluster belongs to the
# unprivileged "postgres" user (created by Debian's package) or "nobody".
set -euo pipefail

cmd="${1:?usage: pgcluster.sh start|pause|resume|stop DIR}"
dir="${2:?usage: pgcluster.sh start|stop DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "pgcluster: PostgreSQL is not installed (./setup.sh install-deps)" >&2; exit 1; }

owner="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id postgres >/dev/null 2>&1 || owner=nobody
fi
as_owner() {
  if [ "$(id -un)" = "$owner" ]; then "$@"; else runuser -u "$owner" -- "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$cmd" in
  start)
    "$0" stop "$dir" 2>/dev/null || true
    mkdir -p "$dir"
    cluster="$(mktemp -d "${TMPDIR:-/tmp}/insights-pg.XXXXXX")"
    chown "$owner" "$cluster" 2>/dev/null || true
    echo "$cluster" >"$dir/postgres.cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 ||
      { cat "$cluster/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5; do
      port="$(free_port)"
      if as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$cluster' -c fsync=off -c max_connections=200" >/dev/null; then
        echo "postgresql://postgres@127.0.0.1:$port/" >"$dir/postgres.url"
        echo "PostgreSQL test cluster on 127.0.0.1:$port ($cluster)"
        exit 0
      fi
      echo "pgcluster: port $port did not work (attempt $attempt)" >&2
    done
    cat "$cluster/server.log" >&2
    exit 1
    ;;
  pause)
    # The database goes away (a failover, a restart): the cluster stops and keeps its data.
    cluster="$(cat "$dir/postgres.cluster")"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
    ;;
  resume)
    cluster="$(cat "$dir/postgres.cluster")"
    port="$(sed -E 's#.*:([0-9]+)/$#\1#' "$dir/postgres.url")"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$cluster' -c fsync=off -c max_connections=200" >/dev/null
    ;;
  stop)
    [ -f "$dir/postgres.cluster" ] || exit 0
    cluster="$(cat "$dir/postgres.cluster")"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$cluster" "$dir/postgres.cluster" "$dir/postgres.url"
    ;;
  *)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
