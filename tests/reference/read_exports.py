#!/usr/bin/env python3
"""Reads CoopGraph's GraphML and GEXF exports of the Lima network with NetworkX (an independent reader) and writes
what it found to tests/reference/exports/lima.read.json. The C# export tests compare that with the network view the
service computes, so a file NetworkX misreads (or reads with other values) fails the build.

The exports are approval files (ExportApprovalTests): after a deliberate change of the writers, regenerate them, then
run this script:
  COOPGRAPH_UPDATE_EXPORTS=1 dotnet test --project tests/CoopGraph.Server.Tests -- --filter-class 'CoopGraph.Server.Tests.Exports.ExportApprovalTests'
  python3 tests/reference/read_exports.py
"""
import json
import os

import networkx as nx

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "exports")


def describe(graph):
    nodes = {}
    for node, data in sorted(graph.nodes(data=True)):
        nodes[node] = {key: data[key] for key in sorted(data)}
    edges = []
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])):
        edges.append({"source": source, "target": target, "weight": int(data["weight"]), "subjects": data["subjects"].split()})
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def main():
    result = {
        "networkx": nx.__version__,
        "graphml": describe(nx.read_graphml(os.path.join(HERE, "lima-support.graphml"))),
        "gexf": describe(nx.read_gexf(os.path.join(HERE, "lima-support.gexf"))),
    }
    with open(os.path.join(HERE, "lima.read.json"), "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1, sort_keys=True, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    main()
