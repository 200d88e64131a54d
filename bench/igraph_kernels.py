#!/usr/bin/python3
"""igraph (python-igraph, C core) timing of the per-question kernels, beside bench/CoopGraph.Benchmarks KernelBenchmarks.

    dotnet run -c Release --project bench/CoopGraph.Benchmarks -- write M /tmp/m.json
    /usr/bin/python3 bench/igraph_kernels.py /tmp/m.json            # medians of 7 runs, in ms
    dotnet run -c Release --project bench/CoopGraph.Benchmarks -- scale L /tmp/pr.json      # CoopGraph's PageRank at L
    /usr/bin/python3 bench/igraph_kernels.py /tmp/l.json --compare-pagerank /tmp/pr.json      # igraph's, compared

Same network, same questions: the support graph (A -> B when A offers a subject B requests, weight = subjects) is
projected once (not timed: igraph cannot answer without it); max-flow on the same grouped flow network as the match
plan; 100 single-pair shortest paths by hops on the pairs of ScaleNetwork.Pairs; Yen k=5 for the first 10 pairs;
betweenness (directed), closeness and harmonic by incoming distance, weighted PageRank (PRPACK).
Run with Debian's /usr/bin/python3 (apt install python3-igraph).
"""
import json
import statistics
from array import array
import sys
import time
from collections import defaultdict

import igraph as ig

RUNS = 7


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def projection(data):
    codes = sorted(o["code"] for o in data["offices"])
    index = {c: i for i, c in enumerate(codes)}
    requesters, offerers = defaultdict(list), defaultdict(list)
    for r in data["requests"]:
        requesters[r["subject"]].append(index[r["office"]])
    for o in data["offers"]:
        offerers[o["subject"]].append(index[o["office"]])
    offered = defaultdict(list)
    for subject, offices in offerers.items():
        for a in offices:
            offered[a].append(subject)
    # Row by row (one counter per office), so memory holds the edge arrays, not a dict of 20M pairs.
    sources, targets, weights = array("i"), array("i"), array("i")
    for a in range(len(codes)):
        row = defaultdict(int)
        for subject in offered.get(a, ()):
            for b in requesters.get(subject, ()):
                row[b] += 1
        row.pop(a, None)
        for b in sorted(row):
            sources.append(a)
            targets.append(b)
            weights.append(row[b])
    g = ig.Graph(n=len(codes), edges=list(zip(sources, targets)), directed=True)
    g.es["weight"] = list(weights)
    return codes, g, requesters, offerers


def flow_network(data, codes, requesters, offerers, capacity=3):
    cross = {s["id"] for s in data["subjects"] if s["crossCutting"]}
    n = len(codes)
    edges, caps = [], []
    source, sink, nodes = n, n + 1, n + 2
    for subject in (s["id"] for s in data["subjects"]):
        if subject in cross or not requesters.get(subject):
            continue
        offices = set(offerers.get(subject, ()))
        outsiders = [r for r in requesters[subject] if r not in offices]
        groups = [([r], r) for r in requesters[subject] if r in offices] + ([(outsiders, None)] if outsiders else [])
        for members, selfoffice in groups:
            node = nodes
            nodes += 1
            edges.append((source, node)); caps.append(len(members))
            for a in sorted(offices):
                if a != selfoffice:
                    edges.append((node, a)); caps.append(len(members))
    for a in range(n):
        edges.append((a, sink)); caps.append(capacity)
    return ig.Graph(n=nodes, edges=edges, directed=True), caps, source, sink


def pairs(n, count):
    out = []
    for i in range(count * 2):
        a, b = i * 7919 % n, (i * 104729 + 13) % n
        if a != b:
            out.append((a, b))
        if len(out) == count:
            break
    return out


def median_ms(fn):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def median_cpu_ms(fn):
    """Process CPU time per call (user + system), as CpuRun.cs: warm up, then the first batch size taking at least
    100 ms of CPU, 7 batches of that size (none dropped), median per call."""
    for _ in range(3):
        fn()
    calls = 1
    while True:
        start = time.process_time()
        for _ in range(calls):
            fn()
        if (time.process_time() - start) * 1000 >= 100 or calls >= 1 << 24:
            break
        calls *= 2
    per_call = []
    for _ in range(RUNS):
        start = time.process_time()
        for _ in range(calls):
            fn()
        per_call.append((time.process_time() - start) * 1000 / calls)
    return statistics.median(per_call)


def main():
    data = load(sys.argv[1])
    start = time.perf_counter()
    codes, g, requesters, offerers = projection(data)
    print("%s: %d offices, %d support edges (projection %.1f s, not timed)" % (data["name"], g.vcount(), g.ecount(), time.perf_counter() - start))
    if "--compare-pagerank" in sys.argv:
        start = time.perf_counter()
        ranks = g.pagerank(weights="weight", damping=0.85)
        print("igraph pagerank %.2f s" % (time.perf_counter() - start))
        with open(sys.argv[sys.argv.index("--compare-pagerank") + 1], encoding="utf-8") as f:
            ours = json.load(f)
        worst = max(abs(ours[c] - r) for c, r in zip(codes, ranks))
        print("PageRank: max |CoopGraph - igraph| = %.3g over %d offices (max rank %.3g)" % (worst, len(codes), max(ranks)))
        return
    flow, caps, source, sink = flow_network(data, codes, requesters, offerers)
    ps = pairs(len(codes), 100)
    results = {
        "maxflow": median_ms(lambda: flow.maxflow_value(source, sink, caps)),
        "paths100": median_ms(lambda: [g.get_shortest_paths(a, to=b, mode="out", output="vpath") for a, b in ps]),
        "yen10k5": median_ms(lambda: [g.get_k_shortest_paths(a, to=b, k=5, mode="out") for a, b in ps[:10]]),
        "betweenness": median_ms(lambda: g.betweenness(directed=True)),
        "closeness+harmonic": median_ms(lambda: (g.closeness(mode="in"), g.harmonic_centrality(mode="in"))),
        "pagerank": median_ms(lambda: g.pagerank(weights="weight", damping=0.85)),
    }
    print("maxflow value %d" % flow.maxflow_value(source, sink, caps))
    for name, ms in results.items():
        print("igraph %-20s median %9.2f ms over %d runs" % (name, ms, RUNS))
    if "--cpu" in sys.argv:
        kernels = {
            "betweenness": lambda: g.betweenness(directed=True),
            "paths100": lambda: [g.get_shortest_paths(a, to=b, mode="out", output="vpath") for a, b in ps],
            "yen10k5": lambda: [g.get_k_shortest_paths(a, to=b, k=5, mode="out") for a, b in ps[:10]],
            "closeness+harmonic": lambda: (g.closeness(mode="in"), g.harmonic_centrality(mode="in")),
            "pagerank": lambda: g.pagerank(weights="weight", damping=0.85),
            "maxflow": lambda: flow.maxflow_value(source, sink, caps),
        }
        for name, fn in kernels.items():
            print("igraph %-20s median CPU %9.3f ms per call" % (name, median_cpu_ms(fn)))


if __name__ == "__main__":
    main()
