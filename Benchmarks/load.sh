#!/usr/bin/env bash
# Load benchmark: the release careerd and cannedd (a server that does nothing but
# answer each line with a fixed reply: the machine's ceiling) under the same loadgen
# runs from ../shared/tools. Prints a Markdown table; docs/PERFORMANCE.md quotes it.
#
#   Benchmarks/load.sh [SECONDS]        (run by `make bench`)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-5}
tools=${SHARED_TOOLS:-../shared/tools}
work=$(mktemp -d /tmp/careerd-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

[[ -f $tools/loadgen.c ]] || { echo "no $tools/loadgen.c; set SHARED_TOOLS"; exit 1; }
cc -O2 -o "$work/loadgen" "$tools/loadgen.c" -lpthread
cc -O2 -o "$work/cannedd" "$tools/cannedd.c" -lpthread
careerd=${CAREERD:-.build/release/careerd}
[[ -x $careerd ]] || swift build -c release --product careerd >/dev/null

# Requests: every question of the project's set as a stateless ask, plus the same with
# a session (follow-ups exercise the session store).
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
qs = [json.loads(l)["text"] for l in open("Tests/Eval/questions.jsonl") if l.strip()]
with open(f"{work}/ask.jsonl", "w") as f:
    for q in qs:
        f.write(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "ask", "params": {"text": q}}).replace('"id": 0', '"id": __ID__') + "\n")
with open(f"{work}/session.jsonl", "w") as f:
    for i, q in enumerate(qs):
        f.write(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "ask", "params": {"text": q, "session": f"s{i % 50}"}}).replace('"id": 0', '"id": __ID__') + "\n")
with open(f"{work}/search.jsonl", "w") as f:
    for q in qs:
        f.write(json.dumps({"jsonrpc": "2.0", "id": 0, "method": "search", "params": {"query": q, "limit": 5}}).replace('"id": 0', '"id": __ID__') + "\n")
PY
# cannedd answers with a reply as long as a typical careerd answer.
python3 - "$work" <<'PY'
import json, sys
reply = {"jsonrpc": "2.0", "id": 1, "result": {"intent": "role.salary", "answer": "x" * 1500}}
open(f"{sys.argv[1]}/reply.txt", "w").write(json.dumps(reply) + "\n")
PY

wait_socket() { for _ in $(seq 100); do [[ -S $1 ]] && return 0; sleep 0.05; done; echo "no socket $1"; exit 1; }

"$careerd" --socket "$work/careerd.sock" --knowledge Knowledge --log-level warning 2>"$work/careerd.log" &
pids+=($!)
"$work/cannedd" "$work/cannedd.sock" "$work/reply.txt" 2 &
pids+=($!)
wait_socket "$work/careerd.sock"; wait_socket "$work/cannedd.sock"

run() { # server file connections depth
    "$work/loadgen" -s "$work/$1.sock" -f "$work/$2.jsonl" -c "$3" -d "$4" -t "$secs"
}
row() { # label server file c d json
    python3 -c '
import json, sys
label, server, file, c, d, raw = sys.argv[1:7]
r = json.loads(raw)
print("| %s | %s | %sx%s | %s | %s | %s | %s |" % (label, server, c, d, format(r["rps"], ",.0f"), r["p50_us"], r["p99_us"], r["errors"]))
' "$@"
}

echo "| workload | server | connections x depth | requests/s | p50 µs | p99 µs | errors |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: |"
for cfg in "1 1" "8 1" "8 16"; do
    set -- $cfg
    row "ask" careerd ask "$1" "$2" "$(run careerd ask "$1" "$2")"
    row "ask" cannedd ask "$1" "$2" "$(run cannedd ask "$1" "$2")"
done
row "ask in sessions" careerd session 8 16 "$(run careerd session 8 16)"
row "search" careerd search 8 16 "$(run careerd search 8 16)"
echo
echo "machine: $(nproc) cores, $(uname -r); ${secs}s per run; $(date -u +%Y-%m-%d)"
