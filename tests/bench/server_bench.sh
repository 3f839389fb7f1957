#!/usr/bin/env bash
# The insights-server benchmark of issue 3. Prints BENCH <name> <value> <unit> lines.
#   tests/bench/server_bench.sh [CUSTOMERS=100000] [SECONDS=20]
# Needs wrk and nginx (./setup.sh bench installs them and runs this).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${INSIGHTS_BUILD_DIR:-$here/build}"
count="${1:-100000}"
seconds="${2:-20}"
server="$build/server/insights-server"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

seed_start=$(date +%s.%N)
"$server" --database "sqlite:$work/bench.db" --seed "$count" >/dev/null 2>&1
seed_end=$(date +%s.%N)
echo "BENCH seed_${count}_customers $(echo "$seed_end - $seed_start" | bc -l | xargs printf '%.1f') s"

INSIGHTS_BOOTSTRAP_ADMIN=bench:bench-password-123 "$server" --listen 127.0.0.1:0 \
    --database "sqlite:$work/bench.db" --deploy-step-ms 0 >"$work/server.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do grep -q Listening "$work/server.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^Listening on //p' "$work/server.out")
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
report customers_limit100 "$work/wrk-server.txt"

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
printf 'BENCH customers_vs_nginx_ratio %.3f ratio\n' "$(echo "$ours / $theirs" | bc -l)"

"$build/tests/bench/bench_changefeed" "$url" "$token" 1000
"$build/tests/bench/bench_sync" "$url" "$token"
