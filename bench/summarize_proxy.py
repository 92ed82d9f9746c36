#!/usr/bin/env python3
"""Writes the "Behind nginx" section of bench/results.md from bench/proxy.sh's wrk outputs.

Usage: summarize_proxy.py RAW_DIR RESULTS_MD. The section is replaced in place (or appended), so the
rest of the file, written by summarize.py, stays as it is.
"""
import os
import re
import sys

HEADING = "## Behind nginx: the release as deployed"
ROWS = [("page", "static page `/handbook/naming/` (nginx serves it)"),
        ("form", "checker form `GET /handbook/check/` (proxied)"),
        ("check", "`POST /handbook/api/check` (proxied)")]


def figures(path):
    """(requests/s, p99 in ms, non-2xx count) of one wrk run; None when it did not run."""
    if not os.path.exists(path):
        return None
    text = open(path).read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if not rps or not p99:
        return None
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    return float(rps.group(1)), float(p99.group(1)) * scale, int(errors.group(1)) if errors else 0


def section(raw):
    machine = open(os.path.join(raw, "proxy-machine")).read().strip() if os.path.exists(os.path.join(raw, "proxy-machine")) else ""
    lines = [HEADING, "",
             "`bench/proxy.sh` (run by `make bench`): nginx on loopback with the archive's own configuration "
             "(`deploy/nginx/`) publishing the handbook at `/handbook/`, in front of one and then two "
             "`icp serve --site` instances on the same machine. wrk with 2 threads; p99 from wrk's latency "
             "distribution. On 2 cores the client, nginx and the instances share the same cores, so a second "
             "instance adds a process rather than CPU.", "",
             f"Run: {machine}" if machine else "Not measured yet: run `make bench`, or `bench/proxy.sh` alone, on a quiet machine.", "",
             "| request | instances | requests/s | p99 | non-2xx |",
             "|---|---|---|---|---|"]
    for key, label in ROWS:
        for count in (1, 2):
            result = figures(os.path.join(raw, f"proxy-{count}-{key}.txt"))
            if result is None:
                lines.append(f"| {label} | {count} | not measured | | |")
            else:
                rps, p99, errors = result
                lines.append(f"| {label} | {count} | {rps:,.0f} | {p99:.2f} ms | {errors} |")
    return "\n".join(lines) + "\n"


def main():
    raw, results = sys.argv[1], sys.argv[2]
    text = open(results).read() if os.path.exists(results) else ""
    new = section(raw)
    start = text.find(HEADING)
    if start >= 0:
        end = text.find("\n## ", start + len(HEADING))
        text = text[:start] + new + (text[end + 1:] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + new
    open(results, "w").write(text)
    print(new)


if __name__ == "__main__":
    main()
