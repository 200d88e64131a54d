#!/usr/bin/env python3
"""NetworkX reference for CoopGraph cohorts (tests/CoopGraph.Planning.Tests compare against its output).

For data/lima-2022.json and the seeded random networks in tests/reference/fixtures/*.dataset.json, builds the
similarity graph of CoopGraph's cohorts (docs/planning.md): one node per office with a non-cross-cutting request, an
edge between two offices whose requested non-cross-cutting subjects overlap, weighted by their Jaccard similarity.
Writes tests/reference/fixtures/<name>.cohorts.json with

- the edges (sorted) and their weights;
- per resolution: the modularity and partition of networkx's louvain_communities, best over seeds 0..9;
- reference partitions (every seed's Louvain partition and three seeded random partitions) with the modularity
  networkx.community.modularity gives them, so the .NET modularity is checked on partitions it did not produce.

Running it again reproduces the fixtures byte for byte. Usage: python3 tests/reference/cohorts_reference.py
"""
import json
import os
import random

import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "tests", "reference", "fixtures")
RESOLUTIONS = [0.5, 1.0, 2.0]
SEEDS = range(10)


def similarity_graph(data):
    cross = {s["id"] for s in data["subjects"] if s["crossCutting"]}
    requested = {}
    for r in data["requests"]:
        if r["subject"] not in cross:
            requested.setdefault(r["office"], set()).add(r["subject"])
    offices = sorted(requested)
    g = nx.Graph()
    g.add_nodes_from(offices)
    for i, a in enumerate(offices):
        for b in offices[i + 1:]:
            common = len(requested[a] & requested[b])
            if common:
                g.add_edge(a, b, weight=common / len(requested[a] | requested[b]))
    return g


def canonical(partition):
    return sorted(sorted(c) for c in partition)


def reference(name, data):
    g = similarity_graph(data)
    out = {
        "name": name,
        "nodes": sorted(g.nodes),
        "edges": [[a, b, g[a][b]["weight"]] for a, b in sorted(tuple(sorted(e)) for e in g.edges)],
        "resolutions": [],
    }
    for resolution in RESOLUTIONS:
        partitions = []
        best = None
        for seed in SEEDS:
            p = canonical(nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed))
            q = nx.community.modularity(g, p, weight="weight", resolution=resolution)
            partitions.append({"source": "louvain seed %d" % seed, "communities": p, "modularity": q})
            if best is None or q > best["modularity"]:
                best = {"seed": seed, "communities": p, "modularity": q}
        rng = random.Random(1000 + int(resolution * 10))
        nodes = sorted(g.nodes)
        for k in (2, 3, 5):
            label = {v: rng.randrange(k) for v in nodes}
            p = canonical([[v for v in nodes if label[v] == c] for c in range(k) if any(label[v] == c for v in nodes)])
            partitions.append({"source": "random %d labels" % k, "communities": p,
                               "modularity": nx.community.modularity(g, p, weight="weight", resolution=resolution)})
        out["resolutions"].append({"resolution": resolution, "louvainBest": best, "partitions": partitions})
    return out


def main():
    sources = [("lima-2022", os.path.join(ROOT, "data", "lima-2022.json"))]
    for name in ("sparse", "dense", "components"):
        sources.append((name, os.path.join(FIXTURES, name + ".dataset.json")))
    for name, path in sources:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        target = os.path.join(FIXTURES, name + ".cohorts.json")
        with open(target, "w", encoding="utf-8") as f:
            json.dump(reference(name, data), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(target, ROOT))


if __name__ == "__main__":
    main()
