#!/usr/bin/env python3
"""Whole-process comparison of `coopgraph` with igraph and NetworkX on generated networks (issue 10's table).

    python3 bench/compare.py                      # Lima, M and L; median of 3; prints the markdown table
    python3 bench/compare.py --sizes lima,M --runs 5
    python3 bench/compare.py --sizes L --timeout 300 --tools validate,analyze,igraph
    python3 bench/compare.py --no-build           # reuse bench/out/bin (rerun after a merge without --no-build)

Steps: publishes `coopgraph` in Release with ReadyToRun into bench/out/bin (as the tool ships); installs Debian's python3-igraph when /usr/bin/python3 cannot import igraph;
writes M (200 offices, 2,000 subjects, 50k requests + offers) and L (5,000 / 50,000 / 1M) with `coopgraph generate`
(seeded, so every machine gets the same files) into bench/out/; then runs every tool on the same file, each in its own
process under /usr/bin/time -v (wall clock and peak RSS), `--runs` times, and prints medians. A run that exceeds
`--timeout` seconds is killed and shown as "timeout"; the tool's remaining runs at that size are skipped. Each cell gives
the wall clock, the CPU time (user + system; steadier than the wall clock when the machine is shared) and the peak RSS.

Tools: `validate` = `coopgraph validate FILE`; `analyze` = `coopgraph analyze --data FILE --format json` (every section,
JSON written to a file); `igraph` = bench/peers/igraph_analyze.py (Debian python3-igraph, /usr/bin/python3) and
`networkx` = bench/peers/networkx_analyze.py (NetworkX 3.6.1, `python3`), both answering the same questions and
writing their answers as JSON. docs/performance.md explains each number.
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
BINARY = os.path.join(OUT, "bin", "coopgraph")
SIZES = {
    "lima": None,
    "M": dict(offices=200, subjects=2000, edges=50000, seed=1),
    "L": dict(offices=5000, subjects=50000, edges=1000000, seed=1),
}
TOOLS = ["validate", "analyze", "igraph", "networkx"]


def dataset_path(size):
    if SIZES[size] is None:
        return os.path.join(ROOT, "data", "lima-2022.json")
    p = SIZES[size]
    return os.path.join(OUT, "generated-%d-%d-%d-%d.json" % (p["offices"], p["subjects"], p["edges"], p["seed"]))


def command(tool, path):
    return {
        "validate": [BINARY, "validate", path],
        "analyze": [BINARY, "analyze", "--data", path, "--format", "json"],
        "igraph": ["/usr/bin/python3", os.path.join(HERE, "peers", "igraph_analyze.py"), path],
        "networkx": [shutil.which("python3") or "python3", os.path.join(HERE, "peers", "networkx_analyze.py"), path],
    }[tool]


def measure(argv, timeout):
    """One run under /usr/bin/time -v: (wall seconds, peak RSS MiB, output bytes) or None on timeout or failure."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats, open(os.path.join(OUT, "last-output"), "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", stats.name] + argv, stdout=out, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return "timeout"
        wall = time.perf_counter() - start
        text = stats.read()
        if proc.returncode != 0:
            sys.stderr.write("failed (exit %d): %s\n%s\n" % (proc.returncode, " ".join(argv), err.decode(errors="replace")[-2000:]))
            return "failed"
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
        elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
        seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(elapsed.split(":"))))
        cpu = sum(float(re.search(r"%s time \(seconds\): ([\d.]+)" % k, text).group(1)) for k in ("User", "System"))
        return {"wall": seconds or wall, "cpu": cpu, "rss": rss, "output": out.tell()}


def run_tool(tool, path, runs, timeout):
    results = []
    for _ in range(runs):
        r = measure(command(tool, path), timeout)
        if not isinstance(r, dict):
            print("  %-8s %s" % (tool, "timeout (> %d s)" % timeout if r == "timeout" else r), file=sys.stderr, flush=True)
            return {"status": r, "timeout": timeout}
        results.append(r)
        print("  %-8s %6.2f s wall %6.2f s cpu %7.0f MiB" % (tool, r["wall"], r["cpu"], r["rss"]), file=sys.stderr, flush=True)
    return {"status": "ok", "runs": results, "wall": statistics.median(r["wall"] for r in results),
            "cpu": statistics.median(r["cpu"] for r in results),
            "rss": statistics.median(r["rss"] for r in results), "output": results[-1]["output"]}


def cell(r):
    if r is None:
        return "–"
    if r["status"] == "timeout":
        return "timeout (> %d s)" % r["timeout"]
    if r["status"] != "ok":
        return r["status"]
    return "%s s (cpu %s s), %.0f MiB" % (("%.2f" if r["wall"] < 10 else "%.1f") % r["wall"], ("%.2f" if r["cpu"] < 10 else "%.1f") % r["cpu"], r["rss"])


def ratio(a, b):
    if a and b and a["status"] == "ok" and b["status"] == "ok":
        return "%.2f× (cpu %.2f×) / %.2f×" % (a["wall"] / b["wall"], a["cpu"] / max(b["cpu"], 1e-3), a["rss"] / b["rss"])
    return "–"


def ensure_igraph():
    if subprocess.run(["/usr/bin/python3", "-c", "import igraph"], capture_output=True).returncode == 0:
        return
    print("installing Debian python3-igraph", file=sys.stderr)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "python3-igraph"], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="lima,M,L", help="comma-separated: lima, M, L")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated: " + ", ".join(TOOLS))
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and size (median reported)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds before a run is killed and reported as timeout")
    parser.add_argument("--no-build", action="store_true", help="use the existing build in bench/out/bin")
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [s for s in sizes if s not in SIZES] + [t for t in tools if t not in TOOLS]
    if unknown:
        parser.error("unknown size or tool: " + ", ".join(unknown))

    os.makedirs(OUT, exist_ok=True)
    if not args.no_build:
        # Release, compiled ahead of time (ReadyToRun) as a command-line tool ships: start-up is part of every run.
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "CoopGraph.Server"), "-c", "Release", "-r", "linux-x64",
                        "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", os.path.dirname(BINARY),
                        "-v", "quiet", "-nologo"], check=True)
    if "igraph" in tools:
        ensure_igraph()

    results = {}
    for size in sizes:
        path = dataset_path(size)
        if not os.path.exists(path):
            p = SIZES[size]
            start = time.perf_counter()
            subprocess.run([BINARY, "generate", "--offices", str(p["offices"]), "--subjects", str(p["subjects"]),
                            "--edges", str(p["edges"]), "--seed", str(p["seed"]), "--out", path], check=True)
            print("generated %s in %.1f s: %s (%.0f MB)" % (size, time.perf_counter() - start, path, os.path.getsize(path) / 1e6), file=sys.stderr)
        print("%s: %s" % (size, path), file=sys.stderr)
        results[size] = {tool: run_tool(tool, path, args.runs, args.timeout) for tool in tools}

    print()
    print("Whole process, median of %d: wall clock (user + system CPU), peak RSS; %s, %d cores, load average %.1f; %s" % (
        args.runs, platform.platform(), os.cpu_count(), os.getloadavg()[0], time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    print()
    print("| network | CoopGraph `validate` | CoopGraph `analyze` | igraph | NetworkX | analyze ÷ igraph (time / RSS) | analyze ÷ NetworkX (time / RSS) |")
    print("|---|---|---|---|---|---|---|")
    names = {"lima": "Lima (18 offices)", "M": "M: 200 offices, 2,000 subjects, 50k edges", "L": "L: 5,000 offices, 50,000 subjects, 1M edges"}
    for size, r in results.items():
        print("| %s | %s | %s | %s | %s | %s | %s |" % (names[size], cell(r.get("validate")), cell(r.get("analyze")),
              cell(r.get("igraph")), cell(r.get("networkx")), ratio(r.get("analyze"), r.get("igraph")), ratio(r.get("analyze"), r.get("networkx"))))
    with open(os.path.join(OUT, "compare.json"), "w", encoding="utf-8") as f:
        json.dump({"runs": args.runs, "timeout": args.timeout, "results": results}, f, indent=2)


if __name__ == "__main__":
    main()
