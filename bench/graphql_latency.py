#!/usr/bin/env python3
"""Bounded load loop against a running `coopgraph serve` (not a test): median latency of
  1. a cached `centrality` query, and
  2. a mutation (addOffer, then removeOffer to restore) each followed by `unmetNeeds`.

  coopgraph serve --urls http://127.0.0.1:5090 --GraphQL:ApiKeys:bench=<16+ char key> --Storage:Sqlite:Path=/tmp/bench.db
  python3 bench/graphql_latency.py http://127.0.0.1:5090 <key> [iterations]
"""
import http.client
import json
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
    unmet = "{ unmetNeeds { subject { id name } status requesters { code } offerers { code } } }"
    add = "mutation { addOffer(input: { office: \"HND\", subject: \"%s\", source: \"bench\", confidence: LOW }) { version } }"
    remove = "mutation { removeOffer(office: \"HND\", subject: \"%s\") { version } }"
    _, needs = post(unmet)
    subject = needs["data"]["unmetNeeds"][0]["subject"]["id"]

    for _ in range(50):  # warm-up: JIT, caches
        post(centrality)
    cached = [post(centrality)[0] for _ in range(n)]

    mutation_then_query = []
    for i in range(n // 5):
        for q in (add, remove):
            t1, _ = post(q % subject, auth=True)
            t2, _ = post(unmet)
            mutation_then_query.append(t1 + t2)

    ms = lambda xs: f"median {statistics.median(xs) * 1000:.2f} ms, p90 {statistics.quantiles(xs, n=10)[-1] * 1000:.2f} ms over {len(xs)}"
    print("cached centrality:            " + ms(cached))
    print("mutation then unmetNeeds:     " + ms(mutation_then_query))


if __name__ == "__main__":
    main()
