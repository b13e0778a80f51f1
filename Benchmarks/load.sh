#!/usr/bin/env bash
# Load benchmark: the release careerd and cannedd (a server that does nothing but
# answer each line with a fixed reply, one of careerd's own: the machine's ceiling) under
# the same loadgen runs from ../shared/tools, at 1x1, 1x32, 32x1 and 32x8 (connections x
# requests in flight), stateless and in sessions. Prints a Markdown table with careerd's
# share of the ceiling; docs/PERFORMANCE.md quotes it.
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
wait_socket() { for _ in $(seq 100); do [[ -S $1 ]] && return 0; sleep 0.05; done; echo "no socket $1"; exit 1; }

# One uid sends every request here, so the per-uid rate limit (docs/OPERATIONS.md,
# 2,000/s, x16 for root) would answer most of a fast workload with -32002: it is lifted,
# as this measures throughput, not fairness (Tests/soak/limits.py tests the limits).
"$careerd" --socket "$work/careerd.sock" --knowledge Knowledge --log-level warning \
    --set requests_per_second_per_uid=100000000 --set burst_per_uid=100000000 2>"$work/careerd.log" &
pids+=($!)
wait_socket "$work/careerd.sock"

# cannedd answers every line with one of careerd's own replies: the one of median length
# among the replies to the question set, so the ceiling carries the same bytes.
python3 - "$work" <<'PY'
import json, socket, sys
work = sys.argv[1]
s = socket.socket(socket.AF_UNIX); s.connect(f"{work}/careerd.sock"); f = s.makefile("rwb")
replies = []
for line in open(f"{work}/ask.jsonl"):
    f.write(line.replace("__ID__", "1").encode()); f.flush()
    replies.append(f.readline())
replies.sort(key=len)
open(f"{work}/reply.txt", "wb").write(replies[len(replies) // 2])
print(f"cannedd reply: {len(replies[len(replies) // 2])} bytes (median of {len(replies)} careerd replies)")
PY
"$work/cannedd" "$work/cannedd.sock" "$work/reply.txt" 2 &
pids+=($!)
wait_socket "$work/cannedd.sock"

run() { # server file connections depth
    "$work/loadgen" -s "$work/$1.sock" -f "$work/$2.jsonl" -c "$3" -d "$4" -t "$secs"
}
# One row: careerd and cannedd on the same load, and careerd's share of the ceiling.
pair() { # label file c d
    local ours theirs
    ours=$(run careerd "$2" "$3" "$4")
    theirs=$(run cannedd "$2" "$3" "$4")
    python3 -c '
import json, sys
label, c, d, a, b = sys.argv[1:6]
a, b = json.loads(a), json.loads(b)
print("| %s | %sx%s | %s | %s | %s | %s | %s | %s | %.2f | %.1fx | %s |" % (label, c, d,
      format(a["rps"], ",.0f"), a["p50_us"], a["p99_us"], format(b["rps"], ",.0f"), b["p50_us"], b["p99_us"],
      a["rps"] / b["rps"], a["p50_us"] / max(b["p50_us"], 1), a["errors"]))
' "$1" "$3" "$4" "$ours" "$theirs"
}

echo
echo "| workload | connections x depth | careerd requests/s | p50 µs | p99 µs | ceiling requests/s | p50 µs | p99 µs | share of ceiling | p50 / ceiling p50 | errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for cfg in "1 1" "1 32" "32 1" "32 8"; do
    set -- $cfg
    pair "ask" ask "$1" "$2"
done
pair "ask in sessions" session 32 1
pair "ask in sessions" session 32 8
pair "search" search 32 8
echo
echo "machine: $(nproc) cores, $(uname -r); ${secs}s per run; $(date -u +%Y-%m-%d)"
