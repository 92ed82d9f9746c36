#!/usr/bin/env bash
# The release as deployed: nginx on loopback with the archive's configuration (deploy/nginx/) in front of
# one, then two `icp serve --site` instances. wrk measures a static page (nginx alone), the checker's form
# page and POST /api/check (both through the pool) for each instance count, then summarize_proxy.py writes
# the "Behind nginx" section of bench/results.md. Called by bench/run.sh; alone:
#   bench/proxy.sh [ICP]     (default .build/release/icp; BENCH_DURATION, BENCH_CONNECTIONS as for run.sh;
#                             BENCH_RESULTS writes elsewhere than bench/results.md)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
ICP=$(realpath "${1:-$ROOT/.build/release/icp}")
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$(mktemp -d /tmp/icp-proxy-bench.XXXXXX)
RAW=$WORK/raw
mkdir -p "$RAW"
chmod 755 "$WORK"  # nginx workers drop to an unprivileged user and must read the site
PIDS=()
PREFIX=/handbook
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }

"$ICP" build --root "$ROOT" --out "$WORK/site" --quiet
ports=(28471 28472)
for port in "${ports[@]}"; do
    "$ICP" serve --site "$WORK/site" --port "$port" --trusted-proxy 127.0.0.1 >"$WORK/instance-$port.log" 2>&1 &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$port/healthz/ready" || { cat "$WORK/instance-$port.log" >&2; exit 1; }
done

# nginx with the shipped locations and proxy snippet, an upstream of COUNT instances, no access log.
start_nginx() {
    local count=$1 port=28470 conf=$WORK/nginx-$1
    mkdir -p "$conf/temp"
    for file in "$ROOT"/deploy/nginx/icp-handbook-{locations,proxy}.conf; do
        sed -e "s|/opt/icp-handbook/site/|$WORK/site/|g" -e "s|/etc/nginx/snippets/|$conf/|g" "$file" >"$conf/$(basename "$file")"
    done
    {
        echo "upstream icp_handbook_checkers {"
        for port_number in "${ports[@]:0:$count}"; do echo "    server 127.0.0.1:$port_number max_fails=1 fail_timeout=10s;"; done
        echo "    keepalive 64;"
        echo "}"
    } >"$conf/upstream.conf"
    cat >"$conf/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $conf/nginx.pid;
error_log $conf/error.log warn;
events { worker_connections 2048; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    include $conf/upstream.conf;
    server {
        listen 127.0.0.1:$port;
        include $conf/icp-handbook-locations.conf;
    }
}
CONF
    PATH="$PATH:/usr/sbin" nginx -c "$conf/nginx.conf" -p "$conf" -e "$conf/error.log" &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    wait_for "http://127.0.0.1:$port$PREFIX/"
}

for count in 1 2; do
    start_nginx "$count"
    base=http://127.0.0.1:28470$PREFIX
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$base/naming/" >"$RAW/proxy-$count-page.txt" 2>&1 || true
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$base/check/" >"$RAW/proxy-$count-form.txt" 2>&1 || true
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/check.lua" "$base/api/check" >"$RAW/proxy-$count-check.txt" 2>&1 || true
    kill "$NGINX_PID"
    wait "$NGINX_PID" 2>/dev/null || true
done
echo "connections=$CONNECTIONS duration=$DURATION cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) commit=$(git -C "$ROOT" rev-parse --short HEAD) date=$(date -u +%Y-%m-%dT%H:%MZ)" >"$RAW/proxy-machine"
python3 "$BENCH_DIR/summarize_proxy.py" "$RAW" "${BENCH_RESULTS:-$BENCH_DIR/results.md}"
