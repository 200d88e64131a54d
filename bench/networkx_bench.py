#!/usr/bin/env python3
"""NetworkX timing of the analytics suite, to compare with bench/CoopGraph.Benchmarks (BenchmarkDotNet).

    python3 bench/networkx_bench.py --generate   # (re)writes bench/data/generated-200.json (seeded, reproducible)
    python3 bench/networkx_bench.py              # times the suite on Lima and the generated network, prints medians

The suite mirrors `NetworkAnalysis.Report()`: build the support graph, degree/strength, betweenness, closeness,
harmonic, PageRank and HITS (pure Python), weak components, articulation points and bridges, reciprocal pairs and a
maximum-flow match plan (capacity 3 per office in total). Unmet needs are a few dict look-ups and are left out.
"""
import json
import os
import random
import statistics
import sys
import time

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "reference"))
from networkx_reference import dataset, random_links, support_graph  # noqa: E402

GENERATED = os.path.join(HERE, "data", "generated-200.json")
LIMA = os.path.join(HERE, "..", "data", "lima-2022.json")
RUNS = 7


def generate():
    rng = random.Random(200)
    offices = ["G%03d" % i for i in range(200)]
    subjects = [("g-%02d" % i, ["alpha", "beta", "gamma", "delta", "epsilon"][i % 5], False) for i in range(60)]
    pool = [s for s, _, _ in subjects]
    data = dataset("generated-200", offices, subjects, random_links(rng, offices, pool, 3, 3), random_links(rng, offices, pool, 3, 3))
    with open(GENERATED, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(data, indent=2, sort_keys=True) + "\n")


def match_plan(data, capacity=3):
    flow = nx.DiGraph()
    offers = {}
    for o in data["offers"]:
        offers.setdefault(o["subject"], []).append(o["office"])
    for i, r in enumerate(data["requests"]):
        flow.add_edge("s", ("r", i), capacity=1)
        for a in offers.get(r["subject"], []):
            if a != r["office"]:
                flow.add_edge(("r", i), ("o", a), capacity=1)
                flow.add_edge(("o", a), "t", capacity=capacity)
    return nx.maximum_flow_value(flow, "s", "t") if "s" in flow else 0


def suite(data):
    g = support_graph(data)
    degrees = [(g.in_degree(n), g.out_degree(n), g.in_degree(n, weight="weight"), g.out_degree(n, weight="weight")) for n in g]
    nx.betweenness_centrality(g, normalized=True)
    nx.closeness_centrality(g)
    nx.harmonic_centrality(g)
    _pagerank_python(g, alpha=0.85, weight="weight")
    _hits_python(g)
    list(nx.weakly_connected_components(g))
    u = g.to_undirected()
    list(nx.articulation_points(u))
    list(nx.bridges(u))
    [(a, b) for a, b in g.edges if a < b and g.has_edge(b, a)]
    match_plan(data)
    return len(degrees)


def main():
    if "--generate" in sys.argv:
        generate()
        return
    for path in [LIMA, GENERATED]:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            suite(data)
            times.append(time.perf_counter() - start)
        g = support_graph(data)
        print("%s: %d offices, %d support edges; NetworkX suite median %.2f ms over %d runs (min %.2f ms)"
              % (data["name"], g.number_of_nodes(), g.number_of_edges(), statistics.median(times) * 1000, RUNS, min(times) * 1000))


if __name__ == "__main__":
    main()
