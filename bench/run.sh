#!/usr/bin/env bash
# `make bench`: times `icp build` against Hugo and the cmark floor, `icp serve`'s static pages against
# nginx and its `POST /api/check` against a plain Hummingbird handler (bench/api-baseline), and the
# checker on one core against decoding alone; prints one table of ratios to these same-run baselines
# and writes it into bench/results.md.
# Knobs: BENCH_PAGES (10000), BENCH_RUNS (5), BENCH_DURATION (10s), BENCH_CONNECTIONS (32),
# ICP_CORPUS_SCRIPT (default bench/make_corpus.py), BENCH_KEEP=1 keeps the temp folder.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
PAGES=${BENCH_PAGES:-10000}
RUNS=${BENCH_RUNS:-5}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
CORPUS_SCRIPT=${ICP_CORPUS_SCRIPT:-$ROOT/bench/make_corpus.py}
ICP=$ROOT/.build/release/icp
WORK=$(mktemp -d /tmp/icp-bench.XXXXXX)
RAW=$WORK/raw
mkdir -p "$RAW"
chmod 755 "$WORK"  # nginx workers drop to an unprivileged user and must read the site
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*" >&2; }

install_tools() {
    local missing=()
    command -v hugo >/dev/null || missing+=(hugo)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
    command -v cmark >/dev/null || missing+=(cmark)
    [ -x /usr/bin/time ] || missing+=(time)
    command -v curl >/dev/null || missing+=(curl)
    [ ${#missing[@]} -eq 0 ] && return
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null"
}

# Builds the release binary and the checker benchmark.
build_release() {
    say "release build of icp"
    local attempt built_ok=0
    for attempt in 1 2 3; do
        if (cd "$ROOT" && swift build -c release --product icp) >"$RAW/build-icp.log" 2>&1; then built_ok=1; break; fi
        grep -q 'modified during the build' "$RAW/build-icp.log" || break
        sleep 20  # someone saved a file of the shared checkout mid-build: try again
    done
    if [ "$built_ok" = 0 ]; then
        grep -m5 'error:' "$RAW/build-icp.log" >&2 || tail -20 "$RAW/build-icp.log" >&2
        [ -x "$ICP" ] || { echo "bench: the release build of icp failed (above)" >&2; exit 1; }
        local built
        built=$(date -u -r "$ICP" +%Y-%m-%dT%H:%MZ)
        echo "bench: the tree does not compile now; measuring the release binary built $built" >&2
        echo "the tree did not compile at bench time; measured the release binary built $built" >"$RAW/binary-note"
    fi
}

# Writes the corpus, a home page, the icp site root and the Hugo site, all over the same content/.
prepare_corpus() {
    [ -f "$CORPUS_SCRIPT" ] || { echo "bench: corpus script not found at $CORPUS_SCRIPT (set ICP_CORPUS_SCRIPT)" >&2; exit 1; }
    say "writing a $PAGES-page corpus"
    python3 "$CORPUS_SCRIPT" "$WORK/site/content" --pages "$PAGES"
    printf -- '---\ntitle: "Benchmark corpus"\n---\n\nThe generated benchmark corpus.\n' >"$WORK/site/content/_index.md"
    printf 'title: Benchmark\nbase_url: https://example.org/\n' >"$WORK/site/site.yaml"
    cp -r "$ROOT/theme" "$WORK/site/theme"
    cp -r "$BENCH_DIR/hugo" "$WORK/hugo"
    find "$WORK/site/content" -name '*.md' | sort | xargs cat >"$WORK/all.md"
    du -sb "$WORK/site/content" | cut -f1 >"$RAW/corpus-bytes"
    stat -c %s "$WORK/all.md" >"$RAW/markdown-bytes"
}

bench_build() {
    say "build: icp vs hugo vs cmark, $RUNS alternating rounds after one warm-up round"
    local icp_cmd="$ICP build --root $WORK/site --out $WORK/site/public --quiet"
    local hugo_cmd="hugo --source $WORK/hugo --contentDir $WORK/site/content --destination $WORK/out-hugo --quiet"
    local cmark_cmd="cmark $WORK/all.md"
    $icp_cmd && $hugo_cmd && $cmark_cmd >/dev/null
    # One hyperfine call per round runs each command once, in turn: the tools alternate.
    for round in $(seq 1 "$RUNS"); do
        # /usr/bin/time only forks and waits, so the same runs give the peak memory too.
        hyperfine --runs 1 --style none --export-json "$RAW/build-round-$round.json" \
            -n icp "/usr/bin/time -v -o $RAW/mem-icp-$round.txt $icp_cmd" \
            -n hugo "/usr/bin/time -v -o $RAW/mem-hugo-$round.txt $hugo_cmd" \
            -n cmark "/usr/bin/time -v -o $RAW/mem-cmark-$round.txt $cmark_cmd" >/dev/null 2>&1
        printf 'round %s done\n' "$round" >&2
    done
    find "$WORK/site/public" -name index.html | wc -l >"$RAW/icp-pages"
    find "$WORK/out-hugo" -name index.html | wc -l >"$RAW/hugo-pages"
}

has_serve() { "$ICP" serve --help >/dev/null 2>&1; }

wait_for_port() {
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null "http://127.0.0.1:$1/" && return 0
        sleep 0.1
    done
    return 1
}

# Times `icp serve --watch` from appending a line to FILE until every OUTPUT file has been rewritten,
# RUNS times, into RAW/rebuild-NAME-ms. Usage: watch_rounds NAME SITE_ROOT PORT FILE OUTPUT...
watch_rounds() {
    local name=$1 site=$2 port=$3 file=$4
    shift 4
    "$ICP" serve --watch --root "$site" --port "$port" >"$RAW/watch-$name.log" 2>&1 &
    local watch_pid=$!
    PIDS+=("$watch_pid")
    if ! wait_for_port "$port"; then echo "watch server did not start ($name)" >"$RAW/rebuild-note"; return; fi
    : >"$RAW/rebuild-$name-ms"
    for round in $(seq 1 "$RUNS"); do
        local before=() out
        for out in "$@"; do before+=("$(stat -c %.9Y "$out" 2>/dev/null || echo none)"); done
        sleep 1
        local start
        start=$(date +%s%N)
        case "$file" in
            *.yaml) printf '\n# rebuild probe %s\n' "$round" >>"$file" ;;
            *) printf '\nRebuild probe %s.\n' "$round" >>"$file" ;;
        esac
        local i=0
        while [ "$i" -lt "$#" ]; do
            local outputs=("$@")
            if [ "$(stat -c %.9Y "${outputs[$i]}" 2>/dev/null || echo none)" != "${before[$i]}" ]; then
                i=$((i + 1))
                continue
            fi
            sleep 0.002
            [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ] && break
        done
        echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$RAW/rebuild-$name-ms"
    done
    kill "$watch_pid" 2>/dev/null || true
    wait "$watch_pid" 2>/dev/null || true
}

bench_rebuild() {
    say "rebuild: icp serve --watch, save to written"
    prepare_kb "$WORK/kb"
    watch_rounds kb-page "$WORK/kb" 18091 "$WORK/kb/content/glossary.md" "$WORK/kb/public/glossary/index.html"
    local dependents=() slug
    for slug in $(sed -n 's/^  - slug: //p' "$WORK/kb/content/data/provinces.yaml"); do
        dependents+=("$WORK/kb/public/regions/$slug/index.html")
    done
    watch_rounds kb-data "$WORK/kb" 18094 "$WORK/kb/content/data/provinces.yaml" "$WORK/kb/public/regions/index.html" "${dependents[@]}"
    watch_rounds corpus-page "$WORK/site" 18095 "$WORK/site/content/section-03/page-00100.md" "$WORK/site/public/section-03/page-00100/index.html"
}

# Serves the folder $2 with nginx on a high loopback port, unprivileged, config in the temp folder.
start_nginx() {
    local port=$1 root=$2 dir=$WORK/nginx
    mkdir -p "$dir"
    sed -e "s|@PORT@|$port|g" -e "s|@ROOT@|$root|g" -e "s|@DIR@|$dir|g" "$BENCH_DIR/nginx.conf.in" >"$dir/nginx.conf"
    nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/error.log" &
    PIDS+=($!)
    NGINX_PID=$!
    wait_for_port "$port"
}

# wrk with latency figures into RAW/NAME.txt and the server's resident memory after into RAW/NAME.rss.
run_wrk() {
    local name=$1 pid=$2
    shift 2
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$RAW/$name.txt" 2>&1 || true
    rss_kib "$pid" >"$RAW/$name.rss"
}

# Resident memory of a process and its children (nginx workers), in KiB.
rss_kib() {
    local total=0 p
    for p in $1 $(pgrep -P "$1" || true); do
        total=$(( total + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
    done
    echo "$total"
}

# A copy of the knowledge base, built: the server needs its data for /api/check.
prepare_kb() {
    mkdir -p "$1"
    cp -r "$ROOT/content" "$ROOT/theme" "$1/"
    if [ -f "$ROOT/site.yaml" ]; then cp "$ROOT/site.yaml" "$1/"; fi
}

# --- The /api/check baseline: a plain Hummingbird handler that decodes the same draft (bench/api-baseline).

API_BASELINE=$ROOT/.build-api-baseline/release/api-baseline
API_BASELINE_PORT=18096
API_BASELINE_PID=""

build_api_baseline() {
    say "release build of the /api/check baseline"
    swift build -c release --package-path "$BENCH_DIR/api-baseline" --scratch-path "$ROOT/.build-api-baseline" \
        >"$RAW/build-api-baseline.log" 2>&1 \
        || echo "the /api/check baseline does not build (see build-api-baseline.log): no API ratio" >"$RAW/api-baseline-note"
}

start_api_baseline() {
    [ -x "$API_BASELINE" ] && [ ! -f "$RAW/api-baseline-note" ] || return 0
    "$API_BASELINE" "$API_BASELINE_PORT" >"$RAW/api-baseline.log" 2>&1 &
    API_BASELINE_PID=$!
    PIDS+=("$API_BASELINE_PID")
    wait_for_port "$API_BASELINE_PORT" || { echo "the /api/check baseline did not start" >"$RAW/api-baseline-note"; API_BASELINE_PID=""; }
}

# One round of the baseline, run right after icp's /api/check round so that the two share the moment.
api_baseline_round() {
    [ -n "$API_BASELINE_PID" ] || return 0
    run_wrk "baseline-check-$1" "$API_BASELINE_PID" -s "$BENCH_DIR/check.lua" "http://127.0.0.1:$API_BASELINE_PORT/api/check"
}

stop_api_baseline() {
    [ -n "$API_BASELINE_PID" ] && kill "$API_BASELINE_PID" 2>/dev/null || true
}

# --- icp serve against nginx.

bench_server() {
    say "server: wrk against icp serve and nginx, $RUNS alternating rounds"
    if ! has_serve; then
        echo "icp serve does not exist yet: server figures skipped" >"$RAW/server-note"
        echo "bench: icp serve does not exist yet, skipping the server benchmark" >&2
        return
    fi
    local site=$WORK/kb-serve page=naming/index.html icp_port=18092 nginx_port=18093
    prepare_kb "$site"
    if ! "$ICP" build --root "$site" --quiet >"$RAW/serve-build.log" 2>&1; then
        echo "the knowledge base does not build right now: server figures skipped" >"$RAW/server-note"
        return
    fi
    "$ICP" serve --no-build --root "$site" --port "$icp_port" --log-level warning >"$RAW/serve.log" 2>&1 &
    local icp_pid=$!
    PIDS+=("$icp_pid")
    if ! wait_for_port "$icp_port"; then
        echo "icp serve did not answer on 127.0.0.1:$icp_port (see serve.log)" >"$RAW/server-note"
        return
    fi
    start_nginx "$nginx_port" "$site/public"
    start_api_baseline
    echo "$page" >"$RAW/server-page"
    # Alternating rounds, as for the build: load from other tenants of a shared machine comes and goes,
    # and a round of each server side by side keeps it from deciding the ratio.
    for round in $(seq 1 "$RUNS"); do
        run_wrk "nginx-static-$round" "$NGINX_PID" "http://127.0.0.1:$nginx_port/$page"
        run_wrk "icp-static-$round" "$icp_pid" "http://127.0.0.1:$icp_port/$page"
        run_wrk "icp-check-$round" "$icp_pid" -s "$BENCH_DIR/check.lua" "http://127.0.0.1:$icp_port/api/check"
        api_baseline_round "$round"
    done
    stop_api_baseline
    kill "$icp_pid" "$NGINX_PID" 2>/dev/null || true
}

bench_checker() {
    say "checker: drafts per second on one core"
    (cd "$BENCH_DIR/checker" && swift build -c release) >"$RAW/build-checker.log" 2>&1 || {
        echo "the checker benchmark does not build right now (FilingRules)" >"$RAW/checker-note"
        return
    }
    taskset -c 1 "$BENCH_DIR/checker/.build/release/checker-bench" "$ROOT/content/data" 3 >"$RAW/checker.txt" 2>"$RAW/checker.err" \
        || echo "the checker benchmark failed: $(head -c 300 "$RAW/checker.err")" >"$RAW/checker-note"
}

describe_machine() {
    {
        echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
        echo "cpu_id=family $(lscpu | sed -n 's/^CPU family: *//p' | head -1), model $(lscpu | sed -n 's/^Model: *//p' | head -1), stepping $(lscpu | sed -n 's/^Stepping: *//p' | head -1)"
        echo "cores=$(nproc)"
        echo "memory=$(free -h | awk '/^Mem:/ {print $2}')"
        echo "kernel=$(uname -r)"
        echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
        echo "swift=$(swift --version 2>&1 | head -1)"
        echo "hugo=$(hugo version | cut -d' ' -f2)"
        echo "nginx=$(nginx -v 2>&1 | cut -d/ -f2)"
        echo "cmark=$(cmark --version | head -1)"
        echo "load=$(cut -d' ' -f1-3 /proc/loadavg)"
        echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
        echo "connections=$CONNECTIONS"
        echo "commit=$(git -C "$ROOT" rev-parse --short HEAD)"
    } >"$RAW/machine"
}

install_tools
build_release
build_api_baseline
prepare_corpus
describe_machine
bench_build
bench_rebuild
bench_server
bench_checker
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RAW/machine"
python3 "$BENCH_DIR/summarize.py" "$RAW" "$BENCH_DIR/results.md"
# Through nginx with one and two instances; writes its own section of results.md.
say "behind nginx: one and two icp serve --site instances"
"$BENCH_DIR/proxy.sh" "$ICP" || echo "bench: the nginx benchmark failed" >&2
