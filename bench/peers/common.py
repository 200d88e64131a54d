"""Standard-library parts shared by the igraph and NetworkX peers of `coopgraph analyze` (bench/compare.py).

Both peers answer the questions `coopgraph analyze --format json` answers, on the same canonical dataset file:
support graph (A -> B when A offers a subject B requests, A != B; weight = number of such subjects), in/out degree and
strength, betweenness, closeness, harmonic, PageRank, HITS, weak components, articulation points and bridges of the
undirected collaboration graph, reciprocal pairs, unmet and fragile requests and subject statuses, and the match plan
(maximum flow, capacity 3 per offering office in total), then write their answers as JSON.
"""
import json
import sys
from collections import defaultdict

CAPACITY = 3


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def by_subject(data):
    requesters, offerers = defaultdict(list), defaultdict(list)
    for r in data["requests"]:
        requesters[r["subject"]].append(r["office"])
    for o in data["offers"]:
        offerers[o["subject"]].append(o["office"])
    return requesters, offerers


def support_edges(data, requesters, offerers):
    """{(a, b): weight}: the office -> office projection through subjects."""
    weight = defaultdict(int)
    for subject, offering in offerers.items():
        asking = requesters.get(subject, ())
        for a in offering:
            for b in asking:
                if a != b:
                    weight[(a, b)] += 1
    return weight


def needs(data, requesters, offerers):
    """Unmet (no other office offers) and fragile (exactly one does) requests per office; status per subject."""
    offering = {s: set(o) for s, o in offerers.items()}
    unmet, fragile = defaultdict(list), defaultdict(list)
    for r in data["requests"]:
        others = len(offering.get(r["subject"], set()) - {r["office"]})
        if others == 0:
            unmet[r["office"]].append(r["subject"])
        elif others == 1:
            fragile[r["office"]].append(r["subject"])
    status = {}
    for s in data["subjects"]:
        asked, offered = requesters.get(s["id"], []), offering.get(s["id"], set())
        status[s["id"]] = "UNREQUESTED" if not asked else "UNMET" if not offered else "FRAGILE" if len(offered) == 1 else "COVERED"
    return unmet, fragile, status


def reciprocal_pairs(weight):
    return [(a, b) for (a, b) in weight if a < b and (b, a) in weight]


def flow_network(data, requesters, offerers):
    """Arcs (tail, head, capacity) of the match plan's flow network, requests grouped per subject where interchangeable
    (a request's own office may not serve it, so requests by an office that also offers the subject stay apart)."""
    arcs = []
    offering = {s: set(o) for s, o in offerers.items()}
    groups = defaultdict(int)
    for r in data["requests"]:
        own = r["office"] if r["office"] in offering.get(r["subject"], ()) else None
        groups[(r["subject"], own)] += 1
    for (subject, own), count in groups.items():
        node = ("g", subject, own)
        arcs.append(("s", node, count))
        for a in offering.get(subject, ()):
            if a != own:
                arcs.append((node, ("o", a), count))
    for a in {o["office"] for o in data["offers"]}:
        arcs.append((("o", a), "t", CAPACITY))
    return arcs


def write(answer):
    json.dump(answer, sys.stdout, indent=2)
    sys.stdout.write("\n")
