#!/usr/bin/env bash
# Throughput of the GraphQL endpoint against bare Kestrel answering the same bytes, same machine, same run (issue 10),
# then a bounded loopback soak (issue 15). Not a test: prints numbers for docs/performance-service.md.
#   bash bench/service.sh [rounds=3] [seconds=10]
# BASELINE=/path/to/another/coopgraph (e.g. a Release publish of main) adds that build to every round.
# EXECUTED=1 adds this build with GraphQL:MaxKeptAnswerBytes=0 (every request executed; only the parsed document kept).
# Needs wrk (apt-get install -y wrk). Release builds go to /tmp/coopgraph-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}; seconds=${2:-10}
out=/tmp/coopgraph-bench; mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }

dotnet publish src/CoopGraph.Server -c Release -o "$out/server" -v q -nologo >/dev/null
dotnet publish bench/BareKestrel -c Release -o "$out/bare" -v q -nologo >/dev/null

for port in 57091 57092 57095 57096; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: stop what listens there first"; exit 2; fi
done
rm -f "$out/bench.db"
# Rate limits off for the throughput runs (one client would otherwise be held to Hosting:RateLimit).
"$out/server/coopgraph" serve --urls http://127.0.0.1:57091 --Storage:Sqlite:Path="$out/bench.db" \
  --Hosting:RateLimit:PermitsPerSecond=0 --Logging:LogLevel:Default=Warning >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server ${bare:-} ${baseline:-} ${executed:-} 2>/dev/null || true' EXIT
until curl -sf http://127.0.0.1:57091/ready >/dev/null; do sleep 0.2; done
if [ -n "${EXECUTED:-}" ]; then
  rm -f "$out/executed.db"
  "$out/server/coopgraph" serve --urls http://127.0.0.1:57096 --Storage:Sqlite:Path="$out/executed.db" --GraphQL:MaxKeptAnswerBytes=0 \
    --Hosting:RateLimit:PermitsPerSecond=0 --Logging:LogLevel:Default=Warning >"$out/executed.log" 2>&1 &
  executed=$!
  until curl -sf http://127.0.0.1:57096/ready >/dev/null; do sleep 0.2; done
fi
if [ -n "${BASELINE:-}" ]; then
  rm -f "$out/baseline.db"
  "$BASELINE" serve --urls http://127.0.0.1:57095 --Storage:Sqlite:Path="$out/baseline.db" \
    --Hosting:RateLimit:PermitsPerSecond=0 --Logging:LogLevel:Default=Warning >"$out/baseline.log" 2>&1 &
  baseline=$!
  until curl -sf http://127.0.0.1:57095/ready >/dev/null; do sleep 0.2; done
fi

query='{ centrality(metric: PAGE_RANK, top: 5) { metric ranking { rank value office { code name } } } }'
url="http://127.0.0.1:57091/graphql?query=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$query")"
echo "first answer after /ready (computes PageRank on this version): $(curl -s -o /dev/null -w '%{time_total}' "$url") s"
curl -sf "$url" >"$out/answer.json"
echo "answer: $(wc -c <"$out/answer.json") bytes"
"$out/bare/BareKestrel" "$out/answer.json" --urls http://127.0.0.1:57092 >/dev/null 2>&1 &
bare=$!
until curl -sf http://127.0.0.1:57092/graphql >/dev/null; do sleep 0.2; done
cmp <(curl -sf "$url") <(curl -sf "http://127.0.0.1:57092/graphql") && echo "same bytes from both"

# req/s, p50, p99, then the server's CPU time per answered request in microseconds (user + system, from /proc: steadier
# than req/s on a shared machine) and the count of non-2xx answers (a refused request is not a throughput).
run() {
  local t1 t2 text
  t1=$(awk '{print $14+$15}' "/proc/$2/stat")
  text=$(wrk -t2 -c64 -d"${seconds}s" --latency "$1")
  t2=$(awk '{print $14+$15}' "/proc/$2/stat")
  echo "$text" | awk -v ticks=$((t2 - t1)) -v hz="$(getconf CLK_TCK)" '/requests in/ {n=$1} /Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5}
    END {printf "%s %s %s %.1f %d\n", r, p50, p99, ticks * 1e6 / hz / n, bad}'
}
for i in $(seq "$rounds"); do
  echo "round $i coopgraph $(run "$url" "$server")"
  echo "round $i kestrel   $(run "http://127.0.0.1:57092/graphql" "$bare")"
  if [ -n "${EXECUTED:-}" ]; then echo "round $i executed  $(run "${url/57091/57096}" "$executed")"; fi
  if [ -n "${BASELINE:-}" ]; then echo "round $i baseline  $(run "${url/57091/57095}" "$baseline")"; fi
done | tee "$out/rounds.txt"
echo "load average during the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/rounds.txt" <<'PY'
import re, statistics, sys
rows = {"coopgraph": [], "kestrel": [], "executed": [], "baseline": []}
for line in open(sys.argv[1]):
    _, _, who, rps, p50, p99, cpu, bad = line.split()
    ms = lambda s: float(re.sub("[a-z]+", "", s)) * (1000 if s.endswith("s") and not s.endswith("ms") and not s.endswith("us") else 0.001 if s.endswith("us") else 1)
    rows[who].append((float(rps), ms(p50), ms(p99), float(cpu), int(bad)))
med = {k: [statistics.median(c) for c in zip(*v)] for k, v in rows.items() if v}
for k, (rps, p50, p99, cpu, bad) in med.items():
    print(f"median {k:9} {rps:10.0f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  {cpu:6.1f} us CPU/request  {bad:.0f} non-2xx")
print(f"coopgraph / kestrel: {med['coopgraph'][0] / med['kestrel'][0]:.0%} of the requests per second, "
      f"{med['coopgraph'][3] / med['kestrel'][3]:.1f}x the CPU per request")
if "executed" in med:
    print(f"executed / kestrel: {med['executed'][0] / med['kestrel'][0]:.0%} of the requests per second, "
          f"{med['executed'][3] / med['kestrel'][3]:.1f}x the CPU per request")
if "baseline" in med:
    print(f"coopgraph / baseline: {med['coopgraph'][0] / med['baseline'][0]:.1f}x the requests per second")
PY
kill "$bare"; bare=
if [ -n "${BASELINE:-}" ]; then kill "$baseline"; baseline=; fi
if [ -n "${EXECUTED:-}" ]; then kill "$executed"; executed=; fi


seconds=60; echo "soak 60 s, 64 connections (req/s p50 p99 us-CPU/request non-2xx): $(run "$url" "$server")"
sleep 2
rss=$(awk '/VmRSS/ {print $2}' /proc/$server/status); hwm=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
t1=$(awk '{print $14+$15}' /proc/$server/stat); sleep 5; t2=$(awk '{print $14+$15}' /proc/$server/stat)
echo "after the soak: RSS $((rss / 1024)) MiB, peak $((hwm / 1024)) MiB, CPU while idle $(( (t2 - t1) * 10 )) ms in 5 s"
