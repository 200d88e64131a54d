#!/usr/bin/env python3
"""NetworkX 3.6.1 peer of `coopgraph analyze --format json` (questions in bench/peers/common.py); NetworkX defines the
semantics of every metric. Pure Python (no SciPy here: PageRank and HITS by NetworkX's Python implementations).
    python3 bench/peers/networkx_analyze.py DATASET.json > answer.json
"""
import os
import sys

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def main(path):
    data = common.load(path)
    requesters, offerers = common.by_subject(data)
    weight = common.support_edges(data, requesters, offerers)
    g = nx.DiGraph()
    g.add_nodes_from(sorted(o["code"] for o in data["offices"]))
    g.add_weighted_edges_from((a, b, w) for (a, b), w in weight.items())
    betweenness = nx.betweenness_centrality(g, normalized=True)
    closeness = nx.closeness_centrality(g)
    harmonic = nx.harmonic_centrality(g)
    pagerank = _pagerank_python(g, alpha=0.85, weight="weight")
    hub, authority = _hits_python(g)
    components = [sorted(c) for c in nx.weakly_connected_components(g)]
    u = g.to_undirected()
    articulation = sorted(nx.articulation_points(u))
    bridges = list(nx.bridges(u))
    unmet, fragile, status = common.needs(data, requesters, offerers)
    flow = nx.DiGraph()
    for tail, head, capacity in common.flow_network(data, requesters, offerers):
        flow.add_edge(tail, head, capacity=capacity)
    assigned = nx.maximum_flow_value(flow, "s", "t") if "s" in flow and "t" in flow else 0
    common.write({
        "dataset": data["name"],
        "offices": [{"code": c, "inDegree": g.in_degree(c), "outDegree": g.out_degree(c),
                     "inStrength": g.in_degree(c, weight="weight"), "outStrength": g.out_degree(c, weight="weight"),
                     "betweenness": betweenness[c], "closeness": closeness[c], "harmonic": harmonic[c], "pageRank": pagerank[c],
                     "hub": hub[c], "authority": authority[c], "unmetRequests": unmet.get(c, []), "fragileRequests": fragile.get(c, [])}
                    for c in g],
        "subjects": status,
        "components": components, "articulationPoints": articulation, "bridges": bridges,
        "reciprocalPairs": common.reciprocal_pairs(weight),
        "matchPlan": {"assigned": assigned},
        "supportGraph": {"edges": len(weight), "subjectLinks": sum(weight.values())},
    })


if __name__ == "__main__":
    main(sys.argv[1])
