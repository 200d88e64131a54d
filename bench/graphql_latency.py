#!/usr/bin/env python3
"""Bounded load loop against a running `coopgraph serve` (not a test): median latency of
  1. a cached `centrality` query, and
  2. a mutation (addOffer, then removeOffer to restore) each followed by `unmetNeeds` (fresh analytics: the query
     answers for the version the mutation published, which the script checks).

  coopgraph serve --urls http://127.0.0.1:5090 --GraphQL:ApiKeys:bench=<16+ char key> --Storage:Sqlite:Path=/tmp/bench.db
  python3 bench/graphql_latency.py http://127.0.0.1:5090 <key> [iterations] [server-pid]

With the server's pid (Linux), it also prints the server's CPU time per mutation+query pair (from /proc), which a
shared, noisy machine disturbs far less than wall time.

The office and subject of the mutation are taken from the data (the first office in code order, and the first subject
it neither offers nor requests), so the loop runs on Lima or on a generated network imported into the store, e.g. M:
  coopgraph import bench/out/generated-200-2000-50000-1.json --store sqlite:/tmp/bench-m.db --mode replace
  (the M file bench/compare.py writes; or any 200-office file)
"""
import http.client
import json
import os
import statistics
import sys
import time
from urllib.parse import urlparse


def main():
    url = urlparse(sys.argv[1])
    key = sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    conn = http.client.HTTPConnection(url.hostname, url.port)

    def post(query, variables=None, auth=False):
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = "Bearer " + key
        started = time.perf_counter()
        conn.request("POST", "/graphql", json.dumps({"query": query, "variables": variables or {}}), headers)
        body = conn.getresponse().read()
        elapsed = time.perf_counter() - started
        answer = json.loads(body)
        if answer.get("errors"):
            raise SystemExit("error: " + json.dumps(answer["errors"]))
        return elapsed, answer

    centrality = "{ centrality(metric: PAGE_RANK) { ranking { rank value office { code } } evidence { datasetVersion } } }"
    unmet = "{ dataset { version } unmetNeeds { subject { id name } status requesters { code } offerers { code } } }"
    add = "mutation { addOffer(input: { office: \"%s\", subject: \"%s\", source: \"bench\", confidence: LOW }) { version } }"
    remove = "mutation { removeOffer(office: \"%s\", subject: \"%s\") { version } }"
    _, first = post("{ offices(first: 1) { nodes { code offers { subject { id } } requests { subject { id } } } } subjects { id } }")
    office = first["data"]["offices"]["nodes"][0]
    taken = {o["subject"]["id"] for o in office["offers"]} | {r["subject"]["id"] for r in office["requests"]}
    subject = next(s["id"] for s in first["data"]["subjects"] if s["id"] not in taken)
    office = office["code"]

    for _ in range(50):  # warm-up: JIT, caches
        post(centrality)
    cached = [post(centrality)[0] for _ in range(n)]

    def cpu_seconds(pid):
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    pid = int(sys.argv[4]) if len(sys.argv) > 4 else None
    cpu_before = cpu_seconds(pid) if pid else 0
    mutation_then_query = []
    for i in range(n // 5):
        for q in (add, remove):
            t1, written = post(q % (office, subject), auth=True)
            t2, answer = post(unmet)
            version = next(iter(written["data"].values()))["version"]
            if answer["data"]["dataset"]["version"] != version:
                raise SystemExit(f"the query after the mutation answered for {answer['data']['dataset']['version']}, not {version}")
            mutation_then_query.append(t1 + t2)

    ms = lambda xs: f"median {statistics.median(xs) * 1000:.2f} ms, p90 {statistics.quantiles(xs, n=10)[-1] * 1000:.2f} ms over {len(xs)}"
    print("cached centrality:            " + ms(cached))
    print("mutation then unmetNeeds:     " + ms(mutation_then_query))
    if pid:
        cpu = (cpu_seconds(pid) - cpu_before) / len(mutation_then_query)
        print(f"server CPU per mutation+query: {cpu * 1000:.1f} ms (mean over {len(mutation_then_query)}; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
