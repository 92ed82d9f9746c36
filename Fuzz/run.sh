#!/usr/bin/env bash
# Builds the draft fuzzer with libFuzzer and AddressSanitizer and runs it on the seed corpus.
#   Fuzz/run.sh                 1,000,000 runs
#   RUNS=0 SECONDS_MAX=600 Fuzz/run.sh    ten minutes instead
# New interesting inputs go to Fuzz/.work/corpus (not committed); crashes to Fuzz/.work/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
swift build -c debug -Xswiftc -sanitize=fuzzer,address --product FuzzDraft
mkdir -p .work/corpus
args=(-runs="${RUNS:-1000000}" -max_len="${MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=.work/)
if [[ -n "${SECONDS_MAX:-}" ]]; then args+=(-max_total_time="$SECONDS_MAX"); fi
if [[ -n "${JOBS:-}" ]]; then args+=(-jobs="$JOBS" -workers="$JOBS"); fi
ICP_ROOT="$here/.." exec "$(swift build -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)/FuzzDraft" \
    "${args[@]}" .work/corpus corpus "$@"
