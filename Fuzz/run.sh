#!/usr/bin/env bash
# Builds a fuzzer with libFuzzer and AddressSanitizer and runs it on its seed corpus.
#   Fuzz/run.sh                          the draft decoder and checker, 1,000,000 runs
#   TARGET=FuzzMarkdown Fuzz/run.sh      the generator's Markdown path (seeds in corpus-markdown/)
#   RUNS=0 SECONDS_MAX=600 Fuzz/run.sh   ten minutes instead
# New interesting inputs go to Fuzz/.work/TARGET/corpus (not committed); crashes to Fuzz/.work/TARGET/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
target="${TARGET:-FuzzDraft}"
case "$target" in
    FuzzDraft) seeds=corpus ;;
    FuzzMarkdown) seeds=corpus-markdown ;;
    *) echo "unknown TARGET $target (FuzzDraft or FuzzMarkdown)" >&2; exit 2 ;;
esac
swift build -c debug -Xswiftc -sanitize=fuzzer,address --product "$target"
work=".work/$target"
mkdir -p "$work/corpus"
args=(-runs="${RUNS:-1000000}" -max_len="${MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/")
if [[ -n "${SECONDS_MAX:-}" ]]; then args+=(-max_total_time="$SECONDS_MAX"); fi
if [[ -n "${JOBS:-}" ]]; then args+=(-jobs="$JOBS" -workers="$JOBS"); fi
ICP_ROOT="$here/.." exec "$(swift build -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)/$target" \
    "${args[@]}" "$work/corpus" "$seeds" "$@"
