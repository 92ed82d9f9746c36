#!/usr/bin/env python3
"""Turn bench/run.sh's raw outputs into a table of goals, each a ratio to a baseline measured in the
same run, and a table of every absolute figure.

Usage: summarize.py RAW_DIR RESULTS_MD. Prints both tables. Between the `bench:begin` and `bench:end`
markers RESULTS_MD keeps the latest run of each host, newest first: this run replaces the section of
its host (CPU model and identification, cores, memory) and leaves the others. The rest of the file,
such as the log of optimizations, is kept.
"""
import glob
import json
import os
import re
import statistics
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
HOST = "<!-- bench:host "  # followed by the host's key and " -->"
HOSTS_INTRO = ("The latest `make bench` run of each host, newest first. Goals are ratios to baselines measured in "
               "the same run, so they compare across hosts; nginx's static rate marks how fast a host is.")


def read(raw, name, default=None):
    path = os.path.join(raw, name)
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def keyvalues(text):
    return dict(line.split("=", 1) for line in (text or "").splitlines() if "=" in line)


def build_rounds(raw):
    """Each tool's wall time in every round, in round order (one run per tool and round)."""
    times = {}
    paths = glob.glob(os.path.join(raw, "build-round-*.json"))
    for path in sorted(paths, key=lambda p: int(re.search(r"(\d+)\.json$", p).group(1))):
        with open(path, encoding="utf-8") as f:
            for result in json.load(f)["results"]:
                times.setdefault(result["command"], []).extend(result["times"])
    return times


def build_times(raw):
    return {name: statistics.median(values) for name, values in build_rounds(raw).items() if values}


def per_round(ours, baseline):
    """Our figure over the baseline's, round by round."""
    return [a / b for a, b in zip(ours, baseline) if a is not None and b]


def rounds_met(ratios, ok):
    """How many rounds met the goal on their own: the goals ask for four of five."""
    return f"; {sum(1 for r in ratios if ok(r))} of {len(ratios)} rounds" if ratios else ""


def peak_kib(raw, tool):
    values = []
    for path in glob.glob(os.path.join(raw, f"mem-{tool}-*.txt")):
        with open(path, encoding="utf-8") as f:
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        if match:
            values.append(int(match.group(1)))
    return statistics.median(values) if values else None


def cpu_seconds(raw, tool):
    values = []
    for path in glob.glob(os.path.join(raw, f"mem-{tool}-*.txt")):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        user = re.search(r"User time \(seconds\): ([\d.]+)", text)
        system = re.search(r"System time \(seconds\): ([\d.]+)", text)
        if user and system:
            values.append(float(user.group(1)) + float(system.group(1)))
    return statistics.median(values) if values else None


def wrk_run(text, rss):
    units = {"us": 1e-3, "ms": 1.0, "s": 1e3}

    def latency(percent):
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        return float(match.group(1)) * units[match.group(2)] if match else None

    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: (.*)", text)
    return {
        "rps": float(rps.group(1)) if rps else None,
        "p50": latency(50),
        "p99": latency(99),
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket": socket.group(1) if socket else "",
        "rss_mib": int(rss) / 1024 if rss and rss.isdigit() else None,
    }


def wrk_figures(raw, name):
    """The round with the median requests per second (its latencies with it), every round's rate, the
    highest resident memory after any round and the non-2xx responses of all rounds."""
    runs = []
    def round_number(path):
        return int(re.search(r"-(\d+)\.txt$", path).group(1))

    for path in sorted(glob.glob(os.path.join(raw, name + "-*.txt")), key=round_number):
        stem = os.path.basename(path)[:-len(".txt")]
        runs.append(wrk_run(read(raw, stem + ".txt", ""), read(raw, stem + ".rss")))
    runs = [run for run in runs if run["rps"] is not None]
    if not runs:
        return None
    median = sorted(runs, key=lambda run: run["rps"])[(len(runs) - 1) // 2]
    memory = [run["rss_mib"] for run in runs if run["rss_mib"] is not None]
    return dict(median, rounds=[run["rps"] for run in runs], p99s=[run["p99"] for run in runs],
                non2xx=sum(run["non2xx"] for run in runs), rss_mib=max(memory) if memory else None)


def round_ratio(ours, baseline, key):
    """The median over the rounds of our figure divided by the baseline's of the same round (the two ran
    one after the other), or None."""
    pairs = [(a, b) for a, b in zip(ours[key], baseline[key]) if a is not None and b]
    return statistics.median(a / b for a, b in pairs) if pairs else None


def seconds(value):
    return "n/a" if value is None else f"{value:.2f} s"


def mib(kib):
    return "n/a" if kib is None else f"{kib / 1024:.0f} MiB"


def verdict(ok):
    return "met" if ok else "missed"


def against(value, goal, at_most=True):
    """`met`, or `missed by N %` of a goal the value must not exceed (or, `at_most=False`, stay under)."""
    ok = value <= goal if at_most else value < goal
    return "met" if ok else f"missed by {100 * (value / goal - 1):.1f} %"


def at_least(value, goal):
    """`met`, or `missed by N %` of a goal the value must reach."""
    return "met" if value >= goal else f"missed by {100 * (1 - value / goal):.1f} %"


def kilo(rate):
    return f"{rate / 1000:.1f}k"


def host_key(machine):
    """What names a host: the same key on every run of one machine, another on a machine of another kind."""
    return (f"{machine.get('cpu', '?')} ({machine.get('cpu_id', 'no id')}), {machine.get('cores', '?')} cores, "
            f"{machine.get('memory', '?')}")


def main():
    raw, results_path = sys.argv[1], sys.argv[2]
    machine = keyvalues(read(raw, "machine", ""))
    goals, rows = [], []

    def goal(measure, ratio, target, status, figures):
        goals.append(f"| {measure} | {ratio} | {target} | {status} | {figures} |")

    def row(area, measure, figure, goal="", status=""):
        rows.append(f"| {area} | {measure} | {figure} | {goal} | {status} |")

    times = build_times(raw)
    icp, hugo, cmark = times.get("icp"), times.get("hugo"), times.get("cmark")
    rounds = build_rounds(raw)
    icp_mem, hugo_mem, cmark_mem = peak_kib(raw, "icp"), peak_kib(raw, "hugo"), peak_kib(raw, "cmark")
    pages = read(raw, "icp-pages", "?")
    megabytes = int(read(raw, "markdown-bytes", "0")) / 1e6
    if icp and hugo:
        ratio = icp / hugo
        met = rounds_met(per_round(rounds["icp"], rounds["hugo"]), lambda r: r <= 0.2)
        goal(f"build, {pages} pages: icp / Hugo, median wall", f"{ratio:.3f}×", "≤ 0.200×", against(ratio, 0.2) + met,
             f"{seconds(icp)} / {seconds(hugo)}")
    if icp and cmark:
        ratio = icp / cmark
        met = rounds_met(per_round(rounds["icp"], rounds["cmark"]), lambda r: r <= 2)
        goal("build: icp / cmark floor, median wall", f"{ratio:.2f}×", "≤ 2×", against(ratio, 2) + met,
             f"{seconds(icp)} / {seconds(cmark)}")
    if icp_mem and hugo_mem:
        ratio = icp_mem / hugo_mem
        goal("build: icp / Hugo peak memory", f"{ratio:.2f}×", "≤ 0.25×", against(ratio, 0.25),
             f"{mib(icp_mem)} / {mib(hugo_mem)}")
    row("build", f"icp build, {pages} pages, median wall", seconds(icp))
    row("build", f"hugo {machine.get('hugo', '')}, minimal templates, median wall", seconds(hugo))
    row("build", f"cmark floor ({megabytes:.0f} MB concatenated), median wall", seconds(cmark))
    cpu = [cpu_seconds(raw, tool) for tool in ("icp", "hugo", "cmark")]
    row("build", "CPU time (user + system) icp / hugo / cmark, median", " / ".join(seconds(c) for c in cpu))
    row("build", "peak memory icp / hugo / cmark", f"{mib(icp_mem)} / {mib(hugo_mem)} / {mib(cmark_mem)}")

    measured = False
    for name, label, target in (
        ("kb-page", "handbook: save a page → its file written (icp serve --watch), median", "< 50 ms"),
        ("kb-data", "handbook: save provinces.yaml → all dependent pages written, median", ""),
        ("corpus-page", "corpus: save a page → its file written (icp serve --watch), median", "< 50 ms"),
    ):
        watch = read(raw, f"rebuild-{name}-ms")
        if not watch:
            continue
        measured = True
        median = statistics.median(int(v) for v in watch.split())
        status = against(median, 50, at_most=False) if target else ""
        row("rebuild", label, f"{median:.0f} ms", target, status)
    note = read(raw, "rebuild-note")
    if note and not measured:
        row("rebuild", "note", note)

    nginx, static, check, baseline = (wrk_figures(raw, n) for n in ("nginx-static", "icp-static", "icp-check", "baseline-check"))
    server_note = read(raw, "server-note")
    if server_note:
        row("server", "note", server_note)
    if static and nginx:
        ratio = round_ratio(static, nginx, "rounds")
        met = rounds_met(per_round(static["rounds"], nginx["rounds"]), lambda r: r >= 0.8)
        goal("static page: icp / nginx requests per second", f"{ratio:.2f}×", "≥ 0.8×", at_least(ratio, 0.8) + met,
             f"{kilo(static['rps'])} / {kilo(nginx['rps'])} rps")
    if check and baseline:
        ratio = round_ratio(check, baseline, "rounds")
        failed = " (with non-2xx answers)" if check["non2xx"] else ""
        met = rounds_met(per_round(check["rounds"], baseline["rounds"]), lambda r: r >= 0.6)
        goal("`POST /api/check`: icp / plain Hummingbird handler requests per second", f"{ratio:.2f}×", "≥ 0.6×",
             at_least(ratio, 0.6) + met + failed, f"{kilo(check['rps'])} / {kilo(baseline['rps'])} rps")
        ratio = round_ratio(check, baseline, "p99s")
        if ratio is not None:
            met = rounds_met(per_round(check["p99s"], baseline["p99s"]), lambda r: r <= 1.5)
            goal("`POST /api/check`: icp / plain Hummingbird handler p99 latency", f"{ratio:.2f}×", "≤ 1.5×",
                 against(ratio, 1.5) + met, f"{check['p99']:.2f} / {baseline['p99']:.2f} ms")
    note = read(raw, "api-baseline-note")
    if note:
        row("server", "note", note)
    for label, figures in (("nginx, static page", nginx), ("icp serve, static page", static),
                           ("icp serve, POST /api/check", check),
                           ("plain Hummingbird handler, POST /api/check (decode only)", baseline)):
        if not figures or figures["rps"] is None:
            continue
        extra = f", {figures['non2xx']} non-2xx" if figures["non2xx"] else ""
        rounds = " · ".join(kilo(rate) for rate in figures["rounds"])
        row("server", f"{label}: requests/s ({machine.get('connections', '32')} conn.), median of rounds",
            f"{figures['rps']:,.0f} ({rounds}){extra}")
        row("server", f"{label}: p50 / p99 of that round", f"{figures['p50']:.2f} / {figures['p99']:.2f} ms")
        if figures["rss_mib"] is not None:
            ours = figures is static or figures is check
            row("server", f"{label}: resident memory after, highest of rounds", f"{figures['rss_mib']:.0f} MiB",
                "< 50 MiB" if ours else "", verdict(figures["rss_mib"] < 50) if ours else "")

    checker = keyvalues(read(raw, "checker.txt", ""))
    if "check_per_second" in checker:
        rate = int(checker["check_per_second"])
        decode = int(checker.get("decode_per_second", 0))
        if decode:
            # Time per draft: checking 1 / rate, decoding 1 / decode; their ratio is decode / rate.
            ratio = decode / rate
            goal("checker, one core: time to check a draft / time to decode it from JSON", f"{ratio:.2f}×", "< 1×",
                 against(ratio, 1, at_most=False), f"{rate:,} / {decode:,} drafts/s")
            row("checker", "one-website drafts decoded from JSON per second, one core (baseline)", f"{decode:,}")
        row("checker", "one-website drafts checked per second, one core", f"{rate:,}")
        row("checker", "decoded from JSON and checked per second", f"{int(checker['decode_check_per_second']):,}")
        row("checker", "decoded, checked and report encoded per second",
            f"{int(checker['decode_check_json_per_second']):,}")
    note = read(raw, "checker-note")
    if note:
        row("checker", "note", note)

    note = read(raw, "binary-note")
    if note:
        row("note", "binary", note)
    goals_table = "\n".join(["| goal | ratio | target | status | figures (ours / baseline) |", "|---|---|---|---|---|"] + goals)
    table = "\n".join(["| area | measure | figure | goal | status |", "|---|---|---|---|---|"] + rows)
    key = host_key(machine)
    marker = f"nginx {kilo(nginx['rps'])} rps" if nginx else "nginx not measured"
    described = (
        f"Measured {machine.get('date', '')} at commit {machine.get('commit', '')}; {machine.get('os', '')} "
        f"(kernel {machine.get('kernel', '')}); {machine.get('swift', '')}; nginx {machine.get('nginx', '')}, "
        f"{machine.get('cmark', '')}. Load average before / after: {machine.get('load', '?')} / "
        f"{machine.get('load_after', '?')} (the machine is shared; figures taken under load are noisier)."
    )
    section = (f"{HOST}{key} -->\n### {key}; {marker}\n\n{described}\n\n{goals_table}\n\n"
               f"<details><summary>Every figure</summary>\n\n{table}\n\n</details>\n")
    print(f"\n{key}; {marker}\n{described}\n\n{goals_table}\n\n{table}")

    existing = ""
    if os.path.exists(results_path):
        with open(results_path, encoding="utf-8") as f:
            existing = f.read()
    if BEGIN in existing and END in existing:
        head, rest = existing.split(BEGIN, 1)
        inside, tail = rest.split(END, 1)
        others = [part for part in inside.split(HOST)[1:] if not part.startswith(key + " -->")]
        hosts = [section] + [HOST + part.rstrip("\n") + "\n" for part in others]
        updated = head + BEGIN + "\n" + HOSTS_INTRO + "\n\n" + "\n".join(hosts) + END + tail
    else:
        updated = ("# Benchmark results\n\nWritten by `make bench` (bench/run.sh).\n\n" + BEGIN + "\n" + HOSTS_INTRO
                   + "\n\n" + section + END + "\n" + existing)
    with open(results_path, "w", encoding="utf-8") as f:
        f.write(updated)


if __name__ == "__main__":
    main()
