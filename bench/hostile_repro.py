#!/usr/bin/env python3
"""The critical repros of issue 15 against a running `coopgraph serve` on loopback (not a test): each must answer in
<= 1 s with a code, and the server must be idle and under 300 MB afterwards.

  coopgraph serve --urls http://127.0.0.1:5093 --Storage:Sqlite:Path=/tmp/hostile.db &
  python3 bench/hostile_repro.py http://127.0.0.1:5093 <server pid>
"""
import http.client
import json
import sys
import time
from urllib.parse import urlparse


def explosion(k):
    parts = ["fragment F0 on Office { code name }"]
    parts += [f"fragment F{i} on Office {{ ...F{i - 1} ...F{i - 1} }}" for i in range(1, k + 1)]
    return " ".join(parts) + f' {{ office(code: "BRA") {{ ...F{k} }} }}'


def chain(n):
    return '{ office(code: "BRA") { ...F0 } } ' + " ".join(f"fragment F{i} on Office {{ code ...F{i + 1} }}" for i in range(n)) + f" fragment F{n} on Office {{ name }}"


CASES = [
    ("fragment explosion k=20", explosion(20)),
    ("fragment explosion k=39 (2 KB)", explosion(39)),
    ("190k __typename (2 MiB)", "{" + " __typename" * 190_000 + " }"),
    ("16k dataset { version }", "{" + " dataset { version }" * 16_000 + " }"),
    ("20k @include on one field", "{ dataset" + " @include(if: true)" * 20_000 + " { version } }"),
    ("5,000-long spread chain", chain(5_000)),
    ("1,200 fields, one alias, different arguments", "{" + "".join(f' a: office(code: "X{i}") {{ code }}' for i in range(1_200)) + " }"),
    ("600 same-name fields, different arguments", "{" + "".join(f' office(code: "X{i}") {{ code }}' for i in range(600)) + " }"),
    ("1,000 centrality aliases", "{" + "".join(f" a{i}: centrality(metric: BETWEENNESS, top: {i}) {{ metric }}" for i in range(1_000)) + " }"),
    ("200 centrality aliases", "{" + "".join(f" a{i}: centrality(metric: BETWEENNESS, top: {i}) {{ metric }}" for i in range(200)) + " }"),
    ("200 paths aliases", "{" + "".join(f' a{i}: paths(from: "BRA", to: "HND", k: {i % 20 + 1}) {{ noPathReason }}' for i in range(200)) + " }"),
    ("200 whatIf aliases", "{" + "".join(f' a{i}: whatIf(removeOffices: ["BRA"]) {{ scenarioVersion }}' for i in range(200)) + " }"),
    ("200 matchPlan aliases", "{" + "".join(f" a{i}: matchPlan(capacity: {i}) {{ assigned }}" for i in range(200)) + " }"),
]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100


def rss_mib(pid, key="VmRSS"):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0


def main():
    url = urlparse(sys.argv[1])
    pid = int(sys.argv[2])
    worst = 0.0
    for name, query in CASES:
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        body = json.dumps({"query": query})
        started = time.perf_counter()
        conn.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        text = response.read()
        elapsed = time.perf_counter() - started
        worst = max(worst, elapsed)
        try:
            codes = sorted({e["extensions"]["code"] for e in json.loads(text).get("errors", [])})
        except ValueError:
            codes = ["(not JSON)"]
        print(f"{name:48} {len(body):>9,} B  {response.status}  {elapsed * 1000:7.1f} ms  {', '.join(codes)}")
        conn.close()
    time.sleep(1)
    before = cpu_seconds(pid)
    time.sleep(5)
    idle = cpu_seconds(pid) - before
    print(f"slowest answer {worst * 1000:.0f} ms; afterwards: CPU {idle * 1000:.0f} ms in 5 s, RSS {rss_mib(pid):.0f} MiB (peak {rss_mib(pid, 'VmHWM'):.0f} MiB)")


if __name__ == "__main__":
    main()
