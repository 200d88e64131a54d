#!/usr/bin/python3
"""igraph peer of `coopgraph analyze --format json` (questions in bench/peers/common.py). Debian python3-igraph:
    /usr/bin/python3 bench/peers/igraph_analyze.py DATASET.json > answer.json
"""
import os
import sys

import igraph as ig

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def main(path):
    data = common.load(path)
    codes = sorted(o["code"] for o in data["offices"])
    index = {c: i for i, c in enumerate(codes)}
    requesters, offerers = common.by_subject(data)
    weight = common.support_edges(data, requesters, offerers)
    g = ig.Graph(n=len(codes), edges=[(index[a], index[b]) for a, b in weight], directed=True)
    g.es["weight"] = list(weight.values())
    n = len(codes)
    scale = (n - 1) * (n - 2) if n > 2 else 1
    betweenness = [b / scale for b in g.betweenness(directed=True)]
    closeness = g.closeness(mode="in")
    harmonic = g.harmonic_centrality(mode="in", normalized=False)
    pagerank = g.pagerank(weights="weight", damping=0.85)
    hub = g.hub_score(weights="weight")
    authority = g.authority_score(weights="weight")
    components = [[codes[v] for v in c] for c in g.connected_components(mode="weak")]
    u = g.as_undirected(mode="collapse")
    articulation = sorted(codes[v] for v in u.articulation_points())
    bridges = [(codes[u.es[e].source], codes[u.es[e].target]) for e in u.bridges()]
    unmet, fragile, status = common.needs(data, requesters, offerers)
    arcs = common.flow_network(data, requesters, offerers)
    nodes = {}
    for tail, head, _ in arcs:
        nodes.setdefault(tail, len(nodes))
        nodes.setdefault(head, len(nodes))
    assigned = 0
    if "s" in nodes and "t" in nodes:
        flow = ig.Graph(n=len(nodes), edges=[(nodes[t], nodes[h]) for t, h, _ in arcs], directed=True)
        assigned = flow.maxflow(nodes["s"], nodes["t"], capacity=[c for _, _, c in arcs]).value
    common.write({
        "dataset": data["name"],
        "offices": [{"code": c, "inDegree": g.degree(i, mode="in"), "outDegree": g.degree(i, mode="out"),
                     "inStrength": g.strength(i, mode="in", weights="weight"), "outStrength": g.strength(i, mode="out", weights="weight"),
                     "betweenness": betweenness[i], "closeness": closeness[i], "harmonic": harmonic[i], "pageRank": pagerank[i],
                     "hub": hub[i], "authority": authority[i], "unmetRequests": unmet.get(c, []), "fragileRequests": fragile.get(c, [])}
                    for i, c in enumerate(codes)],
        "subjects": status,
        "components": components, "articulationPoints": articulation, "bridges": bridges,
        "reciprocalPairs": common.reciprocal_pairs(weight),
        "matchPlan": {"assigned": assigned},
        "supportGraph": {"edges": len(weight), "subjectLinks": sum(weight.values())},
    })


if __name__ == "__main__":
    main(sys.argv[1])
