#!/usr/bin/env bash
# The insights-server benchmark of issues 3 and 8. Prints BENCH <name> <value> <unit> lines.
#   [ENGINE=sqlite|postgresql] [INSTANCES=1|2] tests/bench/server_bench.sh [CUSTOMERS=100000] [SECONDS=20]
# ENGINE=postgresql runs a throwaway cluster (tests/support/pgcluster.sh); INSTANCES=2 (on
# PostgreSQL) puts two servers behind haproxy round-robin. Needs wrk and nginx (./setup.sh
# bench installs them and runs this).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${INSIGHTS_BUILD_DIR:-$here/build}"
count="${1:-100000}"
seconds="${2:-20}"
server="$build/server/insights-server"
engine="${ENGINE:-sqlite}"
instances="${INSTANCES:-1}"
work="$(mktemp -d)"
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ "$engine" = postgresql ] && "$here/tests/support/pgcluster.sh" stop "$work/pg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
tag="${engine}_${instances}x"
[ "$instances" -gt 1 ] && [ "$engine" != postgresql ] && { echo "INSTANCES=2 needs ENGINE=postgresql" >&2; exit 2; }

if [ "$engine" = postgresql ]; then
  "$here/tests/support/pgcluster.sh" start "$work/pg" >/dev/null
  base=$(cat "$work/pg/postgres.url")
  psql -q "${base}postgres" -c "CREATE DATABASE bench" >/dev/null
  database="${base}bench"
else
  database="sqlite:$work/bench.db"
fi

seed_start=$(date +%s.%N)
"$server" --database "$database" --seed "$count" >/dev/null 2>&1
seed_end=$(date +%s.%N)
echo "BENCH ${tag}_seed_${count}_customers $(echo "$seed_end - $seed_start" | bc -l | xargs printf '%.1f') s"

start_instance() { # $1: a name; prints nothing, leaves the URL in $work/$1.url
  INSIGHTS_BOOTSTRAP_ADMIN=bench:bench-password-123 "$server" --listen 127.0.0.1:0 \
      --database "$database" --deploy-step-ms 0 --instance-id "$1" >"$work/$1.out" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q Listening "$work/$1.out" 2>/dev/null && break; sleep 0.1; done
  sed -n 's/^Listening on //p' "$work/$1.out" >"$work/$1.url"
}
start_instance a
url=$(cat "$work/a.url")
if [ "$instances" -gt 1 ]; then
  start_instance b
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat >"$work/haproxy.cfg" <<HAPROXY
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend insights
    bind 127.0.0.1:$port
    default_backend servers
backend servers
    balance roundrobin
    server a ${url#http://}
    server b $(sed 's#^http://##' "$work/b.url")
HAPROXY
  haproxy -f "$work/haproxy.cfg" &
  pids+=($!)
  url="http://127.0.0.1:$port"
  for _ in $(seq 50); do curl -s -o /dev/null "$url/healthz" && break; sleep 0.1; done
fi
token=$(curl -s -X POST "$url/api/v1/auth/token" \
    -d '{"username":"bench","password":"bench-password-123"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

mkdir -p "$work/www"
chmod 755 "$work" "$work/www" # nginx workers run as nobody
curl -s -H "Authorization: Bearer $token" "$url/api/v1/customers?limit=100" >"$work/www/customers.json"
chmod 644 "$work/www/customers.json"
echo "BENCH response_size $(stat -c %s "$work/www/customers.json") bytes"

# wrk output -> rate, p50, p99 (ms), errors
report() {
    local name=$1 file=$2
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$file")
    p50=$(awk '$1=="50%" {print $2}' "$file")
    p99=$(awk '$1=="99%" {print $2}' "$file")
    errors=$(awk '/Non-2xx|Socket errors/ {for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) s+=$i} END {print s+0}' "$file")
    to_ms() { case "$1" in *us) echo "${1%us}/1000" | bc -l ;; *ms) echo "${1%ms}" ;; *s) echo "${1%s}*1000" | bc -l ;; esac; }
    echo "BENCH ${name}_rate $rps req/s"
    printf 'BENCH %s_p50 %.2f ms\n' "$name" "$(to_ms "$p50")"
    printf 'BENCH %s_p99 %.2f ms\n' "$name" "$(to_ms "$p99")"
    echo "BENCH ${name}_errors $errors requests"
}

wrk -t2 -c32 -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
    "$url/api/v1/customers?limit=100" >"$work/wrk-server.txt"
report "${tag}_customers_limit100" "$work/wrk-server.txt"

cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    server {
        listen 127.0.0.1:18999;
        root $work/www;
        default_type application/json;
    }
}
NGINX
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18999/customers.json && break; sleep 0.1; done
wrk -t2 -c32 -d"${seconds}s" --latency http://127.0.0.1:18999/customers.json >"$work/wrk-nginx.txt"
report nginx_static "$work/wrk-nginx.txt"
ours=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-server.txt")
theirs=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-nginx.txt")
printf 'BENCH %s_customers_vs_nginx_ratio %.3f ratio\n' "$tag" "$(echo "$ours / $theirs" | bc -l)"

# A deploy's wall time with --deploy-step-ms 0 (server-side: the operation's createdAt to its
# last update), the median of 5.
python3 - "$url" "$token" "$tag" <<'PY'
import json, sys, time, urllib.request
from datetime import datetime
url, token, tag = sys.argv[1:4]
def call(method, path, body=None):
    req = urllib.request.Request(url + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Authorization": "Bearer " + token,
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return r.status, r.headers, json.loads(r.read() or b"null")  # headers: any case
times = []
for i in range(5):
    name = "BenchDeploy%d" % i
    _, _, c = call("POST", "/api/v1/customers", {"displayName": name + " Ltd"})
    _, headers, s = call("POST", "/api/v1/customers/%s/services" % c["id"], {
        "type": "interaction-recording",
        "tenant": {"name": name, "domain": name.lower() + ".onmicrosoft.com", "shortName": name,
                   "contactEmails": ["it@%s.com" % name.lower()],
                   "adminUpns": ["admin@%s.onmicrosoft.com" % name.lower()],
                   "userType": "pro", "includedUsers": 100, "storageLocation": "westeurope"},
        "compliance": {"advancedStorage": True}})
    op = headers.get("Operation-Location")
    for _ in range(200):
        _, _, o = call("GET", op)
        if o["status"] in ("Succeeded", "Failed"):
            break
        time.sleep(0.02)
    ts = lambda t: datetime.fromisoformat(t.replace("Z", "+00:00"))
    times.append((ts(o["updatedAt"]) - ts(o["createdAt"])).total_seconds() * 1000)
times.sort()
print("BENCH %s_deploy_step0_median %.0f ms" % (tag, times[len(times) // 2]))
PY

"$build/tests/bench/bench_changefeed" "$url" "$token" 1000
"$build/tests/bench/bench_sync" "$url" "$token"
